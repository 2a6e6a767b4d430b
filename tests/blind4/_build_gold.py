"""Gold tables of the blind4 articles (local and national stories written for the project).

    python tests/blind4/_build_gold.py          # check every span, rewrite NAME.gold.json / NAME.meta.json
    python tests/blind4/_build_gold.py --check  # exit 1 when a file differs from the declarations

The vocabulary and every check are in tests/goldkit.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import D, N, O, GoldSet, Q, main, month, month_day, shift_month, weekday  # noqa: E402

GOLD = GoldSet(Path(__file__).resolve().parent)


def article(name, published, title):
    """Declare an article: the decorated function returns its items, given the publication date."""
    def declare(items_of):
        GOLD.add(name, title, published, items_of(published))
        return items_of
    return declare

# ======================================================================
P1 = "2025-03-19"


@article("council-cycle-lanes", P1, "Harwick council approves £4.2m cycle lane network after heated debate")
def _a1(P):
    return [
        Q('"This is the single biggest investment in safe streets this city has ever made,"', "Priya Ramsden"),
        Q('"People have been asking for it for a decade, and now we have finally delivered."', "Priya Ramsden"),
        Q('"a slap in the face"', "Derek Holloway", "partial"),
        Q("\u201cWe have shopkeepers on Castlegate who tell me their takings are down 30% already,\u201d", "Derek Holloway"),
        Q("\u201cTaking away their parking is the last thing they need.\u201d", "Derek Holloway"),
        Q('"deeply disappointed"', "Harwick Chamber of Commerce", "partial"),
        Q('"We simply want a scheme that works for everyone, not just for commuters,"', "Fiona Latham"),
        Q('"Nobody can say they weren\'t heard,"', "Priya Ramsden"),
        Q('"It\'s a great day for everyone who rides in this city,"', "Tom Achebe"),
        N("27 votes", 27),
        N("19", 19),
        O("on Tuesday", date=weekday(P, "Tuesday", "past")),
        N("£4.2 million", 4_200_000),
        N("two years", 2),
        N("14 kilometres", 14),
        N("five main roads", 5),
        O("in September", date=month(P, "September", "future")),
        O("a decade", 1, also=[10]),
        N("350 parking spaces", 350),
        N("30%", 30),
        O("last autumn"),
        N("6,812 responses", 6812),
        N("58 percent", 58),
        O("in January", date=month(P, "January", "past")),
        N("half of respondents", 0.5, also=[50]),
        N("12 months", 12),
        N("£3.1m", 3_100_000),
        N("£1.1m", 1_100_000),
        N("18 and 24 months", 18, also=[24]),
        N("11 public meetings", 11),
        N("2023", 2023),
        O("twice", 2),
        N("9 serious cyclist injuries", 9),
        N("three years", 3),
        O("first", 1, ctx="The first section"),
        N("2026", 2026),
    ]


# ======================================================================
@article("school-strike", "2025-11-04", "Brookfield teachers strike over pay and class sizes")
def _a2(P):
    return [
        Q("\u201cNobody goes into teaching to stand on a picket line in the rain,\u201d", "Helen Okafor"),
        Q("\u201cBut our members have had enough. Classes of 35 are now normal here, and experienced staff are "
          "leaving for jobs that pay better and ask less.\u201d", "Helen Okafor"),
        Q('"disappointed"', "Lantern Education Trust", "partial"),
        Q('"gone as far as our budget allows"', "Lantern Education Trust", "partial"),
        Q('"nowhere near enough"', "National Union of Classroom Teachers", "partial"),
        Q('"We would love to pay our staff more. The money simply isn\'t there,"', "Martin Greaves"),
        Q('"Every pound we put into salaries is a pound we take from somewhere else."', "Martin Greaves"),
        Q('"My daughter sits her GCSEs in May. Every day she misses matters,"', "Sarah Lindqvist"),
        Q('"They knew the job when they signed up."', "Jamal Reid"),
        Q('"get back round the table"', "Anne Castellano", "partial"),
        N("three secondary schools", 3),
        O("on Monday", date=weekday(P, "Monday", "past")),
        O("first", 1, ctx="the first of a planned"),
        N("2,400 pupils", 2400),
        O("7.30am"),
        N("91 percent", 91),
        N("68 percent", 68),
        N("35", 35),
        N("40 teachers", 40),
        N("18 months", 18),
        N("4.5%", 4.5),
        N("two years", 2),
        N("£1.8m", 1_800_000),
        O("this year", date=P[:4]),
        N("two children", 2),
        O("in May", date=month(P, "May", "future")),
        D("November 12", month_day(P, "November", 12, "future")),
        D("November 20", month_day(P, "November", 20, "future")),
        N("five-day", 5),
        O("in December", date=month(P, "December", "future")),
        O("on Friday", date=weekday(P, "Friday", "future")),
        N("6 percent", 6),
        N("2015", 2015),
        O("year 11", 11),
        N("300 pupils", 300),
    ]


# ======================================================================
@article("hospital-waiting-times", "2025-06-26", "Northvale hospital waiting lists hit record, watchdog finds")
def _a3(P):
    return [
        Q('"These numbers are not just statistics. Behind every one of them is a person in pain,"', "Aisha Rahman"),
        Q('"We are seeing people give up work, lose mobility and, in some cases, come to harm while they wait."',
          "Aisha Rahman"),
        Q('"faster than anyone predicted"', "Northvale Hospitals Trust", "partial"),
        Q('"working flat out"', "Owen Pritchard", "partial"),
        Q("\u201cWe carried out 18 percent more operations last year than the year before,\u201d", "Owen Pritchard"),
        Q("\u201cBut referrals went up by almost a quarter, and you cannot close that gap overnight.\u201d", "Owen Pritchard"),
        Q('"Some days I can\'t get up the stairs. They keep telling me it\'s coming, and I\'ve stopped believing them."',
          "Kenneth Doyle"),
        Q('"significantly"', "Gemma Forsyth", "partial"),
        Q('"a sticking plaster"', "Rory Bannerman", "partial"),
        Q('"The minister promised last year that waits would be falling by now. They have gone up every single '
          'month since."', "Rory Bannerman"),
        N("two main hospitals", 2),
        N("12,000 people", 12000),
        O("a year", 1, ctx="for over a year"),
        O("on Wednesday", date=weekday(P, "Wednesday", "past")),
        N("41 weeks", 41),
        N("29 weeks", 29),
        N("2022", 2022, occ=0),
        N("54.3%", 54.3),
        N("62 days", 62),
        N("85%", 85),
        O("one", 1, ctx="every one of them"),
        O("in October", date=month(P, "October", "future")),
        N("4,000 operations", 4000),
        O("a year", 1, ctx="operations a year"),
        N("18 percent", 18),
        O("last year", date="2024", occ=0),
        O("the year before"),
        N("a quarter", 0.25, also=[25]),
        N("one in five", 0.2, also=[20]),
        N("12 hours", 12),
        N("one in ten", 0.1, also=[10]),
        N("2022", 2022, occ=1),
        N("71", 71),
        N("58 weeks", 58),
        N("£45 million", 45_000_000),
        N("three years", 3),
        N("2027", 2027),
        O("last year", date="2024", occ=1),
        N("1,900 vacancies", 1900),
        N("9 percent", 9),
        N("90 days", 90),
    ]


# ======================================================================
@article("transfer-rumour", "2025-08-08", "Kingsmere in advanced talks for Vell Marena winger Arriaga")
def _a4(P):
    return [
        Q('"I don\'t talk about players from other clubs. It\'s not respectful,"', "Stefan Lorenz"),
        Q('"Every coach wants more options. I am no different."', "Stefan Lorenz"),
        Q("\u201cTomás is not for sale at any price, but if someone pays the release clause, we cannot stop him.\u201d",
          "Rui Mendonça"),
        Q('"cautiously excited"', "Kingsmere Supporters' Trust", "partial"),
        Q('"focused on Vell Marena"', "Paulo Cardeal", "partial"),
        Q('"Nothing is decided,"', "Paulo Cardeal"),
        Q('"When there is news, you will hear it from us."', "Paulo Cardeal"),
        Q('"He\'s quick, he\'s direct and he\'s 23. At that price he\'s a bargain in today\'s market,"', "Gary Whitlock"),
        Q('"If they get him, they\'re top-four contenders."', "Gary Whitlock"),
        N("€42 million", 42_000_000),
        N("23-year-old", 23),
        N("14 goals", 14),
        N("9 assists", 9),
        N("31 league games", 31),
        O("last season", occ=0),
        O("in June", date=month(P, "June", "past")),
        N("€30m", 30_000_000),
        N("€5m", 5_000_000),
        O("last week"),
        O("on Thursday", date=weekday(P, "Thursday", "past")),
        D("June 2028", "2028-06"),
        N("€50 million", 50_000_000),
        O("last season", occ=1),
        O("eighth-place", 8),
        N("£61.4m", 61_400_000),
        O("2023-24", 2023, also=[2024]),
        O("on Wednesday", date=weekday(P, "Wednesday", "past")),
        N("£75m", 75_000_000),
        O("this summer"),
        N("three players", 3),
        N("£18m", 18_000_000),
        D("September 1", month_day(P, "September", 1, "future")),
        N("23", 23, ctx="he's 23."),
        O("today's", date=P, ctx="today's market"),
        O("top-four", 4),
        O("over the weekend"),
    ]


# ======================================================================
@article("earnings-miss", "2025-10-23", "Calder Foods shares slide after profit miss, 1,200 jobs to go")
def _a5(P):
    return [
        Q('"It was a difficult quarter, and I\'m not going to pretend otherwise,"', "Laura Benedetti"),
        Q('"Consumers are trading down, and we were too slow to respond."', "Laura Benedetti"),
        Q("\u201cThese are hard decisions that affect people\u2019s lives,\u201d", "Laura Benedetti"),
        Q("\u201cWe will support everyone affected.\u201d", "Laura Benedetti"),
        Q('"a betrayal"', "Food and Allied Workers Union", "partial"),
        Q('"Many of these workers have been there 20 or 30 years,"', "Kevin Strand"),
        Q('"The guidance cut was bigger than we feared,"', "Priyanka Shah"),
        Q('"The question now is whether management has finally found the bottom, and I\'m not convinced it has."',
          "Priyanka Shah"),
        N("11%", 11),
        O("on Wednesday", date=weekday(P, "Wednesday", "past")),
        O("third-quarter", 3),
        O("second time", 2),
        N("four months", 4),
        N("three months", 3),
        D("September 30", month_day(P, "September", 30, "past")),
        N("$212 million", 212_000_000),
        N("84 cents", 0.84, also=[84]),
        N("$298 million", 298_000_000),
        O("a year earlier"),
        N("97 cents", 0.97, also=[97]),
        N("3.2 percent", 3.2),
        N("$4.61 billion", 4_610_000_000),
        N("$3.40 and $3.55", 3.40, also=[3.55]),
        N("$3.80 to $4.00", 3.80, also=[4.00]),
        N("1,200 jobs", 1200),
        N("6%", 6),
        N("two plants", 2, occ=0),
        N("2026", 2026),
        N("450", 450),
        N("two plants", 2, occ=1),
        N("20", 20, ctx="20 or 30"),
        N("30 years", 30),
        N("$150 million to $180 million", 150_000_000, also=[180_000_000]),
        N("$250 million", 250_000_000),
        O("a year", 1, ctx="million a year from"),
        O("full-year", ctx="cut its full-year"),
        O("full-year", ctx="expects full-year"),
        N("2027", 2027),
        N("$41.18", 41.18),
        D("March 2020", "2020-03"),
        N("40%", 40),
        O("this year", date=P[:4]),
        O("fourth-quarter", 4),
        O("in February", date=month(P, "February", "future")),
    ]


# ======================================================================
@article("house-fire", "2025-01-14", "Woman and two children rescued from Ellesby house fire; man arrested")
def _a6(P):
    mon_ = weekday(P, "Monday", "past")
    return [
        Q('"Crews arrived within five minutes of the first call and carried out a rescue from an upstairs window '
          'using a ladder,"', "Claire Dunmore"),
        Q('"Without their quick actions, I have no doubt this would have ended very differently."', "Claire Dunmore"),
        Q('"We believe this was a targeted incident and there is no wider risk to the public,"', "Westshire Police"),
        Q('"We\'re particularly keen to speak to anyone who was on Fenwick Street between 2am and 3am, or who has '
          'doorbell or dashcam footage,"', "Mark Faulds"),
        Q('"for several days"', "Mark Faulds", "partial"),
        Q("\u201cI looked out and the whole front of the house was orange. The smoke was so thick you couldn\u2019t see "
          "the other side of the road,\u201d", "Janice Otley"),
        Q('"It takes ten seconds and it can save your life,"', "Claire Dunmore"),
        N("two children", 2),
        O("Monday", date=mon_, ctx="early hours of Monday"),
        O("2.47am"),
        N("Six fire engines", 6),
        N("30 firefighters", 30),
        N("three hours", 3),
        N("five minutes", 5),
        O("first call", 1),
        N("34", 34),
        N("6", 6, ctx="aged 6 and 9"),
        N("9", 9, ctx="aged 6 and 9"),
        O("on Monday", date=mon_, ctx="on Monday afternoon"),
        O("three", 3, ctx="all three"),
        N("41-year-old", 41),
        O("2am", ctx="between 2am"),
        O("3am"),
        O("several days"),
        N("62", 62),
        N("Two neighbouring homes", 2),
        N("11 residents", 11),
        O("on Monday", date=mon_, ctx="later on Monday"),
        N("ten seconds", 10),
        N("212 accidental house fires", 212),
        O("last year", date="2024"),
        N("247", 247),
        N("2023", 2023),
    ]


# ======================================================================
@article("ministers-row", "2025-05-21", "Finance and interior ministers clash over police recruitment pledge")
def _a7(P):
    return [
        Q('"making promises the country cannot afford"', "Margaret Ellery", "partial"),
        Q('"from the newspapers"', "Margaret Ellery", "partial"),
        Q('"I have enormous respect for Joanna, but you cannot announce a 2.3 billion crown commitment and then send '
          'the bill to my department,"', "Margaret Ellery"),
        Q('"That is not how government works."', "Margaret Ellery"),
        Q('"discussed in detail"', "Joanna Pryce", "partial"),
        Q('"surprised"', "Joanna Pryce", "partial"),
        Q("\u201cCrime has risen by 14 percent in two years. People want to see officers on their streets, not excuses "
          "from accountants,\u201d", "Joanna Pryce"),
        Q("\u201cI will not apologise for putting public safety first.\u201d", "Joanna Pryce"),
        Q('"You would have to ask him, but I\'ve never had any reason to doubt it."', "Joanna Pryce"),
        Q('"full confidence in both ministers"', "Henrik Salo", "partial"),
        Q('"in the normal way"', "Henrik Salo", "partial"),
        Q('"Ellery needs to show the markets she is in charge of the purse strings, and Pryce has staked her '
          'leadership ambitions on this,"', "Ruth Adebayo"),
        Q('"Somebody is going to lose face, and it is hard to see who it will be."', "Ruth Adebayo"),
        O("two", 2, ctx="two of the government's"),
        O("on Tuesday", date=weekday(P, "Tuesday", "past")),
        N("8,000 extra police officers", 8000),
        N("four years", 4),
        O("last weekend"),
        N("2.3 billion crown", 2_300_000_000),
        O("within hours"),
        O("in March", date=month(P, "March", "past")),
        N("14 percent", 14),
        N("two years", 2),
        O("first", ctx="safety first"),
        D("June 18", month_day(P, "June", 18, "future")),
        O("last month", date=shift_month(P, -1)),
        N("4.1 percent", 4.1),
        N("3 percent", 3),
        N("2027", 2027),
        N("18 months", 18),
        O("on Sunday", date=weekday(P, "Sunday", "past")),
        N("27 percent", 27),
        N("five points", 5),
        O("January", date=month(P, "January", "past")),
        N("31 percent", 31),
    ]


# ======================================================================
@article("tavaria-floods", "2025-07-30", "Tavaria floods kill at least 37, UN agency appeals for $48 million")
def _a8(P):
    return [
        Q('"Search and rescue operations are continuing around the clock in all affected districts,"',
          "Interior Ministry"),
        Q('"The scale of the damage is only now becoming clear,"', "Ingrid Solberg"),
        Q('"Many communities have lost their harvest, their livestock and their homes in a single week."',
          "Ingrid Solberg"),
        Q('"No family will be left to rebuild alone,"', "Dario Kessel"),
        Q('"inadequate"', None, "partial"),
        Q('"This was a disaster foretold,"', "Nadia Haddou"),
        Q('"The 2021 report was clear, and very little of it was implemented."', "Nadia Haddou"),
        O("July 30", date=month_day(P, "July", 30, "nearest")),
        N("37 people", 37),
        N("60,000", 60000),
        O("on Wednesday", date=P),
        O("Days", ctx="Days of torrential"),
        N("14 bridges", 14),
        N("112 people", 112),
        N("23", 23),
        N("4,500 soldiers", 4500),
        N("210,000 people", 210000),
        N("half", 0.5, also=[50], ctx="nearly half of them"),
        O("a single week"),
        N("$48 million", 48_000_000),
        N("three months", 3),
        N("35,000 hectares", 35000),
        N("410 millimetres", 410),
        D("July 24", month_day(P, "July", 24, "past")),
        D("July 28", month_day(P, "July", 28, "past")),
        N("three times", 3),
        O("Saturday", date=weekday(P, "Saturday", "future")),
        O("on Tuesday", date=weekday(P, "Tuesday", "past")),
        N("1.2 billion tavs", 1_200_000_000),
        N("$30 million", 30_000_000),
        N("2021", 2021, occ=0),
        N("2021", 2021, occ=1),
        O("once", 1),
        N("50 years", 50),
        N("10 to 15 years", 10, also=[15]),
        N("2014", 2014),
        N("58 people", 58),
    ]


if __name__ == "__main__":
    sys.exit(main(GOLD))
