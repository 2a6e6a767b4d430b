"""Gold tables of the numbers-and-dates articles in this folder (written for the project).

    python tests/holdout_numbers/_build_gold.py          # regenerate NAME.meta.json and NAME.gold.json
    python tests/holdout_numbers/_build_gold.py --check  # exit 1 when a file differs from the declarations

Only the article declarations live here; the vocabulary and every check are in tests/goldkit.py.
Every number word and time word must be covered or declared a trap. See README.md for the split:
the DEV articles may be read when writing rules, the HOLDOUT articles are scored only, never tuned on.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import (D, N, O, OD, GoldSet, Q, frac, main, month, month_day,  # noqa: E402
                     weekday, year)

GOLD = GoldSet(Path(__file__).resolve().parent, strict_words=True)
DEV = ("fuel-fraud-sentencing", "snack-maker-job-cuts", "winter-vaccine-delay")
HOLDOUT = ("league-title-clinched", "coalition-budget-deal", "rail-operator-fine")


def article(name, title, published, quotes, numbers, traps=()):
    """Declare an article; `traps` are strings that must NOT be claims."""
    assert name in DEV + HOLDOUT, name
    GOLD.add(name, title, published, quotes + numbers, not_claims=traps)


def TIME(text, ctx=None, occ=None):
    """A clock time: optional, and never the numbers inside it."""
    return O(text, None, ctx=ctx, occ=occ)


# 1 (dev, courts) -------------------------------------------------------------
P = "2025-11-12"
article("fuel-fraud-sentencing", "Former depot manager jailed for six years over £2.4m fuel fraud", P, [
    Q('"sophisticated, greedy and sustained"', "Alice Kemble", "partial"),
    Q('"You betrayed an employer who trusted you for 19 years."', "Alice Kemble"),
    Q('"One in 14 litres that left that depot was stolen,"', "Daniel Osei"),
    Q('"enormous pressure"', "Helen Varga", "partial"),
], [
    N("six years", 6, occ=0),
    N("£2.4m", 2_400_000),
    N("£2.4 million", 2_400_000),
    N("four years", 4),
    N("six years", 6, occ=1),
    D("on Tuesday", weekday(P, "Tuesday", "past")),
    N("47", 47),
    D("in June", month(P, "June", "past")),
    D("March 2021", "2021-03"),
    D("January 2025", "2025-01"),
    N("1.6 million litres", 1_600_000),
    N("half", frac(1, 2), ctx="roughly half the pump"),
    N("third witness", 3),
    TIME("4:30 a.m."),
    N("212 night-time deliveries", 212),
    N("two-thirds", frac(2, 3)),
    N("19 years", 19),
    N("a fifth", frac(1, 5)),
    N("One in 14", frac(1, 14)),
    N("£310,000", 310_000),
    D("in August", month(P, "August", "past"), ctx="home in August"),
    N("several thousand pages", 3000),
    D("the end of August", month(P, "August", "past")),
    N("38 customers", 38),
    N("Two co-defendants", 2),
    N("18 months", 18),
    N("fourth man", 4),
    D("early January", month(P, "January", "future")),
    D("in September", month(P, "September", "past")),
    D("3 February", month_day(P, "February", 3, "future")),
    N("62 per cent", 62),
    N("40,000 litres", 40_000),
    N("twice", 2, required=False),
    OD("the spring"),
], traps=["no one else", "the last person"])

# 2 (dev, business) -------------------------------------------------------------
P = "2026-05-07"
article("snack-maker-job-cuts", "Halden Foods cuts 300 jobs as profits fall for fourth consecutive quarter", P, [
    Q('"painful but unavoidable"', "Priya Nair", "partial"),
    Q('"We make three brands that families love, and we sell too many of them at a loss,"', "Priya Nair"),
    Q('"two and a half times"', "Priya Nair", "partial"),
    Q('"Five-and-a-half years ago these workers kept the shelves stocked through a pandemic,"', "Marta Kowal"),
], [
    N("300 jobs", 300),
    N("fourth consecutive quarter", 4, occ=0),
    N("300", 300, ctx="cut 300 of"),
    N("1,200 staff", 1200),
    N("a quarter", frac(1, 4)),
    N("fourth consecutive quarter", 4, occ=1),
    D("on Wednesday", weekday(P, "Wednesday", "past")),
    D("December 31", month_day(P, "December", 31, "past")),
    N("18.5%", 18.5),
    N("£16.6 million", 16_600_000),
    N("£20.4 million", 20_400_000),
    OD("a year earlier"),
    N("£412 million", 412_000_000),
    N("three brands", 3),
    N("96.4p", 96.4),
    N("11 per cent", 11),
    D("March high", month(P, "March", "past")),
    N("131p", 131),
    N("540 people", 540),
    D("early 2027", "2027"),
    N("70 roles", 70),
    N("hundreds of seasonal contracts", None),
    D("January 2024", "2024-01"),
    N("two", 2, ctx="sold two of"),
    N("six factories", 6),
    N("a third", frac(1, 3)),
    D("2022", "2022", ctx="since 2022"),
    N("two and a half times", 2.5),
    N("45 days", 45),
    N("Five-and-a-half years", 5.5),
    D("By March", month(P, "March", "past")),
    N("85 drivers", 85),
    N("£9 million", 9_000_000),
    N("£14 million", 14_000_000),
    D("2027", "2027", ctx="from 2027"),
    D("in April", month(P, "April", "past")),
    D("19 June", month_day(P, "June", 19, "future")),
    N("14th", 14),
    D("1961", "1961"),
    N("12 employees", 12),
    D("2005", "2005"),
    D("2018", "2018"),
    N("30 countries", 30),
    N("eight core markets", 8),
    OD("the end of next year", year(P, 1)),
], traps=[])

# 3 (dev, health) ----------------------------------------------------------------
P = "2025-11-20"
article("winter-vaccine-delay", "Winter vaccine drive to start in early January after supply delays", P, [
    Q('"a tenth short of where it needs to be"', "Regional Health Board", "partial"),
    Q('"frustrating but manageable"', "Fiona Mbeki", "partial"),
    Q('"Most of the protection comes in the coldest weeks, and those are still ahead of us,"', "Fiona Mbeki"),
    Q('"We expect tens of thousands of calls in the first week,"', "Fiona Mbeki"),
    Q('"never missed a contracted date"', "Corvan Biologics", "partial"),
], [
    D("early January", month(P, "January", "future"), occ=0),
    N("75", 75, ctx="for over-75s starts", required=False),
    D("early January", month(P, "January", "future"), occ=1),
    N("two months", 2),
    N("three deliveries", 3),
    D("on Monday", weekday(P, "Monday", "past")),
    D("in October", month(P, "October", "past")),
    N("1.1 million doses", 1_100_000),
    N("two batches", 2),
    N("640,000 people", 640_000),
    N("one in nine", frac(1, 9)),
    OD("Last winter"),
    N("71.5 per cent", 71.5),
    N("75", 75, ctx="among over-75s but", required=False),
    N("38 per cent", 38),
    N("a tenth", frac(1, 10)),
    D("In June", month(P, "June", "past")),
    D("By September", month(P, "September", "past")),
    N("210,000", 210_000),
    N("900,000 doses", 900_000),
    N("third week", 3),
    N("1,482", 1482),
    N("58 per cent", 58),
    N("four hours", 4),
    D("2019", "2019"),
    TIME("8 a.m."),
    TIME("7:30 p.m."),
    N("over 75", 75, required=False),
    N("a few thousand appointments", 3000),
    N("tens of thousands of calls", 20_000),
    D("December 15", month_day(P, "December", 15, "future")),
    N("£2.3 million", 2_300_000),
    OD("November", month(P, "November", "future")),
    N("45%", 45),
    OD("last year's", year(P, -1)),
    N("an extra fortnight", None, required=False),
    N("two assistants", 2),
], traps=["1. Care", "2. People", "3. Carers", "first week", "a nurse and"])

# 4 (holdout, sport) ---------------------------------------------------------------
P = "2026-04-13"
article("league-title-clinched", "Fenwick Athletic clinch third league title in five seasons", P, [
    Q('"grown up in public"', "Ines Falk", "partial"),
    Q('"Last June people laughed when I said we could win three league titles in a row. Nobody is laughing now,"', "Ines Falk"),
    Q('"We were second best for 90 minutes, no excuses."', "Dev Anand"),
], [
    N("third league title", 3, occ=0),
    N("five seasons", 5, occ=0),
    N("third league title", 3, occ=1),
    N("five seasons", 5, occ=1),
    D("on Saturday", weekday(P, "Saturday", "past")),
    N("2-0", 2, required=False),
    N("31,408", 31_408),
    N("23rd minute", 23),
    N("19th", 19),
    N("four games", 4),
    N("27", 27),
    N("34 matches", 34),
    N("twice", 2),
    D("2023", "2023", ctx="summer of 2023"),
    D("Last June", month(P, "June", "past")),
    N("three league titles", 3),
    N("14th", 14),
    N("£850,000", 850_000),
    N("4,500 away tickets", 4500),
    N("40 minutes", 40),
    N("Several hundred fans", 300),
    TIME("3:15 p.m."),
    N("second", 2, ctx="finished second last"),
    OD("last season", ctx="second last season"),
    N("five", 5, ctx="lost five of"),
    N("six games", 6),
    N("seventh", 7),
    N("22 points", 22),
    N("90 minutes", 90),
    N("£41.3 million", 41_300_000),
    N("two-thirds", frac(2, 3)),
    D("in March", month(P, "March", "past")),
    D("9 May", month_day(P, "May", 9, "future")),
    N("£9 million", 9_000_000),
    D("2028", "2028"),
    D("late August", month(P, "August", "future")),
    N("21", 21, ctx="Reyes, 21,"),
    N("£30 million", 30_000_000),
    D("1987", "1987"),
    N("17", 17),
    N("four", 4, ctx="drew four of"),
    N("21 home games", 21),
], traps=["first signing", "all but one", "second best"])

# 5 (holdout, politics) -------------------------------------------------------------
P = "2025-09-24"
article("coalition-budget-deal", "Coalition agrees budget deal after 11 weeks of talks", P, [
    Q('"the best budget this country has had since 2011"', "Lena Varis", "partial"),
    Q('"a shopping list, not a plan"', "Piotr Halm", "partial"),
    Q('"In 1998 we had a government that could not pass a budget at all. I was there,"', "Lena Varis"),
    Q('"dozens of amendments"', "Piotr Halm", "partial"),
    Q('"changes nothing"', "central bank", "partial", required=False),
], [
    N("11 weeks", 11, occ=0),
    N("three parties", 3, occ=0),
    D("on Tuesday", weekday(P, "Tuesday", "past")),
    N("11 weeks", 11, occ=1),
    N("260,000 public sector workers", 260_000),
    N("3.2 per cent", 3.2),
    N("48.7 billion crowns", 48_700_000_000),
    OD("next year", year(P, 1), occ=0),
    N("a fifth", frac(1, 5)),
    D("2011", "2011"),
    D("in August", month(P, "August", "past")),
    OD("a week later"),
    D("March 2027", "2027-03"),
    D("1998", "1998"),
    TIME("7:14"),
    D("on Wednesday", weekday(P, "Wednesday", "past")),
    N("260,000 workers", 260_000),
    N("4 per cent", 4, ctx="a 4 per cent"),
    D("April", month(P, "April", "past")),
    N("a third", frac(1, 3)),
    N("1.5 per cent", 1.5),
    D("early January", month(P, "January", "future")),
    D("in October", month(P, "October", "future")),
    N("91", 91),
    N("175 seats", 175),
    N("seven", 7),
    OD("last week"),
    N("three parties", 3, occ=1),
    N("44 per cent", 44),
    N("51 per cent", 51),
    D("June of last year", "2024-06"),
    N("dozens of amendments", None),
    N("four", 4, ctx="controls four of"),
    N("12 parliamentary committees", 12),
    D("in September", month(P, "September", "past")),
    N("fourth-largest party", 4),
    OD("last year", ctx="did last year"),
    N("2.8 per cent", 2.8),
    OD("next year", year(P, 1), occ=1),
    N("0.4 per cent", 0.4),
    N("3.75 per cent", 3.75),
    D("May", month(P, "May", "past"), ctx="since May"),
    D("on Monday", weekday(P, "Monday", "past")),
], traps=[])

# 6 (holdout, transport) -------------------------------------------------------------
P = "2026-02-17"
article("rail-operator-fine", "Rail operator fined £3.5m over timetable chaos", P, [
    Q('"let down repeatedly and predictably"', "Sunil Rao", "partial"),
    Q('"A railway that cannot tell you whether the 7:52 will run is not a railway,"', "Sunil Rao"),
    Q('"We will spend every penny of the fine, and more, on compensation,"', "Carla Benn"),
    Q('"Half of my mornings in December I was stood on a platform,"', "Abby Lund"),
], [
    N("£3.5m", 3_500_000),
    N("£3.5 million", 3_500_000),
    N("one in five", frac(1, 5)),
    N("thousands of passengers", None),
    D("on Monday", weekday(P, "Monday", "past")),
    N("4,812 trains", 4812),
    N("four weeks", 4),
    D("in December", month(P, "December", "past"), ctx="began in December"),
    N("9,230", 9230),
    N("15 minutes", 15),
    D("12 December", month_day(P, "December", 12, "past")),
    N("61.4%", 61.4),
    TIME("7:52"),
    D("in November", month(P, "November", "past")),
    N("120 daily services", 120),
    D("the end of October", month(P, "October", "past")),
    N("1,050 drivers", 1050),
    N("1,180", 1180),
    N("96 drivers", 96),
    N("40", 40, ctx="another 40 due"),
    D("by May", month(P, "May", "future")),
    N("half an hour", 0.5, required=False),
    N("a quarter", frac(1, 4)),
    N("£87.50", 87.5),
    D("March 2", month_day(P, "March", 2, "future")),
    N("second fine", 2),
    N("three years", 3),
    D("2023", "2023"),
    N("£1.2 million", 1_200_000),
    N("38 million passengers", 38_000_000),
    N("6,400 people", 6400),
    N("£640 million", 640_000_000),
    N("half of one per cent", 0.5),
    N("Half", frac(1, 2), ctx="Half of my", required=False),
    N("34", 34),
    N("45 miles", 45),
    N("six months", 6),
    OD("the summer"),
    OD("in December", month(P, "December", "past"), ctx="mornings in December"),
], traps=[])


if __name__ == "__main__":
    sys.exit(main(GOLD))
