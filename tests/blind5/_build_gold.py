"""Gold tables of the blind5 articles (short stories across beats written for the project).

    python tests/blind5/_build_gold.py          # check every span, rewrite NAME.gold.json / NAME.meta.json
    python tests/blind5/_build_gold.py --check  # exit 1 when a file differs from the declarations

The vocabulary and every check are in tests/goldkit.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import D, N, GoldSet, Q, main, weekday  # noqa: E402

GOLD = GoldSet(Path(__file__).resolve().parent)

ARTICLES = {}

# 1. Regional newspaper court report -------------------------------------------------
P = "2025-10-14"  # Tuesday
ARTICLES["court-speeding-millbrook"] = (
    "Delivery driver banned after 68mph dash past village school", P, [
        Q('"travelling at a speed that simply has no place outside a school"', "Helen Marchetti", "partial"),
        Q('"This was not a momentary lapse,"', "Helen Marchetti"),
        Q('"The defendant overtook two cars and a cyclist on a stretch of road where the pavement is very narrow."', "Helen Marchetti"),
        Q('"I\'m not making excuses. I was stupid and I know somebody could have been killed,"', "Dean Ashworth"),
        Q('"I\'ve driven for 22 years and I\'ve never been in front of a court before."', "Dean Ashworth"),
        Q("“You chose to put your schedule ahead of the safety of children, and it is only by good fortune that nobody was hurt,”", "Patricia Olawale"),
        Q("“We have been warning about this for six years,”", "Gareth Lunn"),
        Q("“It shouldn’t take a near miss outside a school for anyone to listen.”", "Gareth Lunn"),
    ], [
        N("68mph", 68, occ=0), N("68mph", 68, occ=1), N("30mph", 30), N("14 months", 14),
        N("41", 41), D("on Monday", weekday(P, "Monday", "past"), required=False),
        N("4.20pm", None, required=False), D("August 29", "2025-08-29"),
        N("two cars", 2), N("nine penalty points", 9), N("140 deliveries", 140), N("22 years", 22),
        N("£11.44", 11.44), N("14-month ban", 14), N("12-week", 12), N("18 months", 18),
        N("120 hours", 120), N("£650", 650), N("£154", 154), N("20mph", 20), N("2019", 2019),
        N("six years", 6),
    ])

# 2. Business wire: merger -------------------------------------------------------------
P = "2025-11-05"  # Wednesday
ARTICLES["merger-northgate-halvorsen"] = (
    "Northgate Foods to buy Halvorsen Dairy in $4.2 billion deal", P, [
        Q('"Halvorsen gives us the brands, the cold chain and the farmer relationships that would have taken us a decade to build,"', "Marcus Whitfield"),
        Q('"We are not buying a dairy business to shrink it."', "Marcus Whitfield"),
        Q('"This is a partnership of two family-founded companies that share the same values and the same customers,"', "Ingrid Solberg"),
        Q('"Our farmers will have a bigger, more stable buyer for their milk."', "Ingrid Solberg"),
        Q('"The strategic logic is sound, but Northgate is paying a full price at a time when milk costs are volatile,"', "Priya Raman"),
        Q('"hold"', None, "mention", required=False),
    ], [
        N("$4.2 billion", 4.2e9, occ=0), N("$4.2 billion", 4.2e9, occ=1),
        D("Nov 5", "2025-11-05", required=False), D("on Wednesday", weekday(P, "Wednesday", "past"), required=False),
        N("one of the", 1, required=False),
        N("$38.50", 38.50), N("0.412", 0.412), N("27%", 27), D("on Tuesday", weekday(P, "Tuesday", "past"), required=False),
        N("$19.6 billion", 19.6e9), N("41,000 employees", 41000), N("11 countries", 11),
        N("a decade", 1, required=False, also=[10]), N("$310 million", 310e6), N("2028", 2028),
        N("900 and 1,100 roles", 900, also=[1100]),
        N("two family-founded", 2), N("two companies", 2, required=False),
        N("12 members", 12), N("seven of them", 7), N("second quarter", 2, required=False), N("2026", 2026),
        N("34%", 34), N("3.8%", 3.8), N("$61.20", 61.20), N("22%", 22), N("2019", 2019),
        N("$1.1 billion", 1.1e9),
    ])

# 3. Science story -------------------------------------------------------------------------
P = "2025-06-19"  # Thursday
ARTICLES["science-streetlights-moths"] = (
    "Bright streetlights cut night-time pollination by a quarter, study finds", P, [
        Q("“We expected some effect, but we were surprised by how far the light reached,”", "Tobias Wren"),
        Q("“Flowers more than 40 metres from a lamp were still visited less often than those in the dark.”", "Tobias Wren"),
        Q("“Dimming the lamps after midnight, or shifting to warmer amber light, cut the effect roughly in half in our trial plots,”", "Leila Haddad"),
        Q("“It’s a careful, well-designed piece of work, and the seed data are what make it convincing,”", "Ruth Okafor"),
        Q("“What we don’t yet know is whether a small drop in seeds each year adds up to fewer plants over a decade,”", "Ruth Okafor"),
        Q("“That is the question councils will want answered before they spend money.”", "Ruth Okafor"),
    ], [
        N("a quarter", 0.25, also=[25], occ=0), N("a quarter", 0.25, also=[25], occ=1),
        D("on Wednesday", weekday(P, "Wednesday", "past"), required=False),
        N("62 meadow sites", 62), N("three summers", 3), N("2021 and 2023", 2021, also=[2023]),
        N("27% fewer", 27), N("13% fewer", 13), N("40 metres", 40), N("18,000 insect visits", 18000),
        N("9pm", None, required=False), N("5am", None, required=False), N("midnight", None, required=False),
        N("in half", 0.5, also=[50]), N("1.6 million streetlights", 1.6e6), N("2015", 2015),
        N("a decade", 1, required=False, also=[10]), N("five years", 5),
    ])

# 4. Environment: agency and NGO through spokespeople ---------------------------------
P = "2025-07-14"  # Monday
ARTICLES["environment-tamsin-fish"] = (
    "Thousands of fish killed after pollution incident on River Tamsin", P, [
        Q('"Our officers have been on site since first light, taking water samples and checking outfalls along both banks,"', "Rivers and Coast Agency"),
        Q('"We would ask people to keep dogs out of the water until further notice."', "Rivers and Coast Agency"),
        Q('"This is the worst fish kill on the Tamsin in living memory, and it didn\'t come out of nowhere,"', "Friends of the Tamsin"),
        Q('"We have been reporting sewage discharges at Corley for years and nothing has changed."', "Friends of the Tamsin"),
        Q('"too early to say where responsibility lies"', "Rivers and Coast Agency", "partial"),
        Q('"not hesitate to prosecute"', "Rivers and Coast Agency", "partial"),
    ], [
        N("Thousands of fish", None), N("thousands of fish", None),
        D("on Sunday", weekday(P, "Sunday", "past"), required=False), N("6 kilometres", 6),
        N("first light", None, required=False), N("2 milligrams", 2), N("7 milligrams", 7),
        D("Friday night", weekday(P, "Friday", "past"), required=False), N("11 hours", 11),
        D("on Saturday", weekday(P, "Saturday", "past"), required=False), N("2.3 million litres", 2.3e6),
        N("4,000 dead fish", 4000), D("Sunday evening", weekday(P, "Sunday", "past"), required=False),
        N("for years", None, required=False),
        N("214 times", 214), N("2024", 2024), N("131 times", 131), D("the year before", "2023", required=False),
        N("48 hours", 48), D("In March", "2025-03", required=False), N("£1.8 million", 1.8e6), N("2022", 2022),
    ])

# 5. Transport strike: union leader (he) and minister (she) ----------------------------
P = "2026-01-16"  # Friday
ARTICLES["transport-strike-metrolink"] = (
    "Tram drivers to strike in pay row as minister says offer is “final”", P, [
        Q("“final”", None, "heading", required=False),
        Q("“Our members kept this network running through floods, through the pandemic and through years of cuts, and they are being told to accept another real-terms pay cut,”", "Colm Brennan"),
        Q("“Nobody takes strike action lightly, but they have run out of patience.”", "Colm Brennan"),
        Q("“fair, affordable and final”", "Anneliese Vogt", "partial"),
        Q("“I would ask the union leadership to think about the 310,000 people who rely on these trams every weekday to get to work, to school and to hospital,”", "Anneliese Vogt"),
        Q("“Every pound we add to the pay bill has to come from passengers or from taxpayers,”", "Anneliese Vogt"),
        Q("“There is no third option.”", "Anneliese Vogt"),
        Q("“They found the money for shareholders quickly enough,”", "Colm Brennan"),
    ], [
        N("48-hour walkout", 48), D("January 27", "2026-01-27"), D("on Friday", weekday(P, "Friday", "past"), required=False),
        N("78%", 78), N("64%", 64), N("1,450 drivers", 1450), N("3.5%", 3.5), D("this year", "2026", required=False),
        N("6%", 6), N("second", 2, required=False, occ=0), N("24-hour", 24), D("February 10", "2026-02-10"),
        N("310,000 people", 310000), N("£14.2 million", 14.2e6), N("two years", 2),
        N("an extra day", 1, required=False), N("9%", 9), N("third option", 3, required=False),
        N("£6.8 million", 6.8e6), D("last year", "2025", required=False), N("7pm", None, required=False),
        N("first strike", 1, required=False), N("2017", 2017), N("three days", 3),
    ])

# 6. Local election result ---------------------------------------------------------------
P = "2025-05-02"  # Friday
ARTICLES["election-eastfield-ward"] = (
    "Greens take Eastfield ward from Labour by 225 votes", P, [
        Q('"People here have been telling us for months that they want cleaner streets, safer crossings and a council that actually answers the phone,"', "Naomi Castellano"),
        Q('"Tonight they voted for that."', "Naomi Castellano"),
        Q('"It has been a difficult night for Labour, and I won\'t pretend otherwise,"', "Derek Fairbrother"),
        Q('"We will listen, and we will be back."', "Derek Fairbrother"),
        Q('"a warning sign, not a catastrophe"', "Ian Pryce", "partial"),
    ], [
        N("225 votes", 225), N("more than two decades", 2, also=[20]),
        N("1,842 votes", 1842), N("40.6%", 40.6), D("Friday", weekday(P, "Friday", "past"), required=False),
        N("second", 2, required=False), N("1,617 votes", 1617), N("35.6%", 35.6), N("612 votes", 612),
        N("278", 278), N("188", 188), N("31.4%", 31.4), N("27.9%", 27.9), N("2023", 2023),
        N("12 spoiled ballots", 12), D("in January", "2025-01", required=False), N("2003", 2003),
        N("for months", None, required=False), D("Tonight", None, required=False), N("first priority", 1, required=False),
        N("2024", 2024), N("twice", 2, required=False), N("29 of", 29), N("51 seats", 51), N("4 councillors", 4),
        N("38%", 38), N("9.3 points", 9.3),
    ])

# 7. Health scare at a school --------------------------------------------------------------
P = "2025-02-12"  # Wednesday
ARTICLES["school-illness-brookfield"] = (
    "Primary school closes for deep clean after dozens of pupils fall ill", P, [
        Q("“The health and wellbeing of our children and staff has to come first, and closing the building is the only way we can be confident we have broken the chain of infection,”", "Caroline Dunmore"),
        Q("“I know this is hugely disruptive for working parents and I am truly sorry for that,”", "Caroline Dunmore"),
        Q("“The first message we got just said ‘a small number of children are unwell’, and by then half of his class was off,”", "Emma Kowalczyk"),
        Q("‘a small number of children are unwell’", None, "partial", required=False),
        Q("“If we’d known on Friday, we could have kept him at home.”", "Emma Kowalczyk"),
        Q("“She couldn’t keep water down. We ended up at the urgent treatment centre at 2am on Sunday,”", "Hannah Bright"),
        Q("“We shared information as soon as we had a confirmed picture,”", "Caroline Dunmore"),
    ], [
        N("dozens of pupils", None), N("two days", 2), N("47 pupils", 47), N("six members", 6),
        N("312 pupils", 312), D("on Tuesday", weekday(P, "Tuesday", "past"), required=False, occ=0),
        D("until Friday", weekday(P, "Friday", "future"), required=False),
        N("first cases", 1, required=False), D("last Thursday", weekday(P, "Thursday", "before"), required=False),
        D("over the weekend", None, required=False), N("come first", 1, required=False),
        N("5 children", 5), N("dozens of parents", None), D("on Tuesday", weekday(P, "Tuesday", "past"), required=False, occ=1),
        N("several", None, required=False), N("7-year-old", 7), D("on Monday", weekday(P, "Monday", "past"), required=False),
        N("first message", 1, required=False), N("a small number", None, required=False),
        N("half of his class", 0.5, also=[50]), D("on Friday", weekday(P, "Friday", "past"), required=False),
        N("9-year-old", 9), N("three days", 3), N("2am", None, required=False),
        D("on Sunday", weekday(P, "Sunday", "past"), required=False), N("40%", 40), N("1,284", 1284),
        D("in January", "2025-01", required=False), N("48 hours", 48),
    ])

# 8. Sports interview with a multi-paragraph quote -----------------------------------------
P = "2025-08-14"  # Thursday
ARTICLES["sports-striker-interview"] = (
    "Okonjo: ‘I was ready to walk away from football’", P, [
        Q("‘I was ready to walk away from football’", None, "heading", required=False),
        Q("“People see the goals and the celebrations and they think it has always been easy,”", "Kenny Okonjo"),
        # one quote running over three paragraphs (opening mark repeated, closing mark only at the end)
        Q("“When I did my cruciate the second time,", "Kenny Okonjo", upto="Every game now feels like a bonus.”"),
        Q("‘Give it one more year.’", None, "partial", required=False),
        Q("“He is the first in and the last to leave, and the younger lads see that,”", "Steve Lindqvist"),
        Q("“You can’t coach that.”", "Steve Lindqvist"),
        Q("“I want 20 goals and I want us in Europe,”", "Kenny Okonjo"),
        Q("“Anything less and I’ll be disappointed, and I think the manager would be too.”", "Kenny Okonjo"),
        Q("“If the call comes, I’ll be on the plane,”", "Kenny Okonjo"),
        Q("“But I can’t control that. I can only control what I do on Saturday.”", "Kenny Okonjo"),
    ], [
        N("23 league goals", 23), D("last season", None, required=False), N("Two years ago", 2, required=False),
        N("27-year-old", 27), N("four-year contract", 4), D("in July", "2025-07", required=False),
        N("£18 million", 18e6), N("14 months", 14), D("this week", None, required=False),
        N("second time", 2, required=False), N("an hour", 1, required=False), N("25", 25), N("two operations", 2), N("the one who", 1, required=False),
        N("one more year", 1, required=False, occ=0), N("one more year", 1, required=False, occ=1),
        N("6.30", None, required=False), N("twice", 2, required=False), N("3-1", 3, required=False, also=[1]),
        D("on Saturday", weekday(P, "Saturday", "past"), required=False, occ=0), N("first in", 1, required=False),
        N("61 goals", 61), N("118 appearances", 118), N("2017", 2017), N("20 goals", 20),
        N("3 caps", 3), D("March 2023", "2023-03"), N("second knee", 2, required=False),
        D("on Saturday", weekday(P, "Saturday", "future"), required=False, occ=1), D("August 23", "2025-08-23"),
    ])


for _name, (_title, _published, _quotes, _numbers) in ARTICLES.items():
    GOLD.add(_name, _title, _published, _quotes + _numbers)

if __name__ == "__main__":
    sys.exit(main(GOLD))
