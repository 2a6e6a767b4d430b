#!/usr/bin/env python3
"""Build the gold tables (NAME.gold.json) and metadata (NAME.meta.json) of the test articles.

Every expectation is declared below by its text; offsets are computed here, never typed by hand.
A text that occurs more than once must be pinned with `occ` (0-based occurrence index in the
article) or `ctx` (a longer string, unique in the article, that contains the text).

    python tests/articles/_build_gold.py          # (re)write every .gold.json / .meta.json
    python tests/articles/_build_gold.py --check  # verify the committed files are up to date

The script fails loudly when a span is not found or ambiguous, when two items of one list overlap,
when a double quote mark or an opening single curly quote lies outside every gold quote, or when a
digit lies outside every gold number and is not declared as a trap (a deliberate non-claim).
It prints, as warnings to review by eye, number words, month names and weekday names that no gold
number covers.

Conventions (see README.md): quote spans run from the opening mark to the closing mark inclusive
(a comma or full stop inside the closing mark is included); a quote over several paragraphs is one
span; nested quotes are not separate items. Numbers: `value` is the full quantity ("$4.2 million"
-> 4200000, "4.5%" -> 4.5, "two-thirds" -> 2/3 with the percentage reading also accepted), ranges give
the low end as `value` and the high end in `also_accept`, alternatives ("300 or 400") are two items
as in the fixture, vague quantities ("hundreds of") are required with `value: null`. Absolute dates
are required, with `value: null` and `date`; relative and vague times are optional.
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'"}
KINDS = {"full", "partial", "heading", "mention"}


def Q(text, speaker=None, kind="full", required=None, occ=None, ctx=None):
    """A quote. full/partial need a speaker and are required; heading/mention are optional."""
    if required is None:
        required = kind in ("full", "partial")
    return dict(_t="q", text=text, speaker=speaker, kind=kind, required=required, occ=occ, ctx=ctx)


def N(text, value, also=None, required=True, occ=None, ctx=None):
    """A numeric claim."""
    return dict(_t="n", text=text, value=value, also=also, date=None, required=required, occ=occ, ctx=ctx)


def D(text, date, required=False, occ=None, ctx=None):
    """A date or time: absolute dates are declared required=True, relative/vague ones stay optional.
    `date` may be None when the time cannot be resolved against the published date."""
    return dict(_t="n", text=text, value=None, also=None, date=date, required=required, occ=occ, ctx=ctx)


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

ARTICLES = {}

ARTICLES["harwick-council-budget"] = dict(
    title="Harwick council passes $412.6 million budget after all-night session",
    published="2025-03-10",
    weekday="Monday",
    traps=["88 Canal Street", "one of the", "the one place", "first presented"],
    quotes=[
        Q("“the most honest spending plan this city has seen since the ’90s”", "Linda Ortiz", "partial"),
        Q("“We didn’t balance this budget with gimmicks. We balanced it with choices, and some of those choices hurt.”", "Linda Ortiz"),
        Q("“Landlords don’t absorb tax increases, they pass them on,”", "Raj Patel"),
        Q("“Tenants in the east wards will feel this by summer.”", "Raj Patel"),
        Q("“Raj voted for 6% in 2023. I’m asking for four and a half,”", "Linda Ortiz"),
        Q("“Nobody on this council enjoys raising taxes,”", "Linda Ortiz"),
        Q("“but nobody on this council wants to explain to a family why the fire truck took 12 minutes instead of six.”", "Linda Ortiz"),
        Q("“These 23 positions will save lives, full stop,”", "Harwick Firefighters’ Union"),
        Q("“rainy day”", kind="mention"),
        Q("‘It belongs to everybody’", kind="heading"),
        Q("“When I was a girl, my mother told me, ‘The library is the one place in town that belongs to everybody.’ I’d like my granddaughter to be able to say the same,”", "Maria Lopes"),
        Q("“the Shed”", kind="mention"),
        Q("“Last Call at the Shed”", kind="mention"),
        Q("“a lifeline, not a handout”", "Ben Achebe", "partial"),
        Q("“more careers than any tax break ever did”", "Ben Achebe", "partial"),
        Q("“a bailout for a bar”", "Harwick Taxpayers Alliance", "partial"),
    ],
    numbers=[
        N("$412.6 million", 412_600_000),
        N("2:40 a.m.", None, required=False),
        D("on Saturday", "2025-03-08"),
        D("on Friday", "2025-03-07"),
        N("4.5%", 4.5),
        N("Seven", 7),
        N("nine council members", 9),
        N("2023", 2023, occ=0),
        N("’90s", 1990, required=False),
        N("$96", 96),
        D("March 3", "2025-03-03", required=True),
        N("5.2%", 5.2),
        N("two members", 2),
        N("52", 52, ctx="Ortiz, 52,"),
        D("two years ago", "2023"),
        N("6%", 6),
        N("2023", 2023, occ=1),
        N("four and a half", 4.5),
        D("summer", None),
        N("12 minutes", 12),
        N("six", 6, ctx="instead of six"),
        N("23 firefighters", 23),
        N("between 40 and 50 seasonal jobs", 40, also=[50]),
        N("two-thirds", 2 / 3, also=[200 / 3]),
        N("23 positions", 23),
        D("yesterday", "2025-03-09"),
        N("9.1%", 9.1),
        D("last year", "2024"),
        N("7%", 7),
        N("2.1 percentage points", 2.1),
        N("$18.2 million", 18_200_000),
        N("2022", 2022),
        N("11 branches", 11),
        N("$1.3 million", 1_300_000),
        N("61", 61),
        N("14 years", 14),
        N("a dozen library volunteers", 12),
        D("midnight", None),
        N("$250,000", 250_000),
        N("1978", 1978),
        N("2016", 2016),
        N("six months", 6),
        N("2,300 members", 2300),
        D("on Tuesday", "2025-03-11"),
        D("July 1", "2025-07-01", required=True),
        D("in October", "2025-10"),
    ],
)

ARTICLES["westbrook-fraud-verdict"] = dict(
    title="Former student union treasurer convicted of stealing $380,000 in fees",
    published="2025-11-18",
    weekday="Tuesday",
    traps=["Courtroom 6", "second row"],
    quotes=[
        Q('"shadow payroll"', "Calder County District Attorney's Office", "partial"),
        Q('"the Banker,"', kind="mention"),
        Q('"hidden in plain sight,"', "Leon Fairbanks", "partial"),
        Q('"Students paid these fees believing the money would go to clubs, concerts and emergency grants. '
          'Instead it paid for a boat, a down payment on a condo and a lot of very nice dinners.\n\n'
          '"His own text message said it best: \'Nobody reads the ledger.\' Well, twelve jurors just read it,"',
          "Karen Boateng"),
        Q('"We respect the jury\'s work,"', "Tomas Reyes"),
        Q('"but we don\'t accept this verdict. Daniel made bookkeeping mistakes. He did not steal from his classmates."',
          "Tomas Reyes"),
        Q("'I trusted him with everything'", kind="heading"),
        Q('"I trusted him with everything."', "Priya Natarajan"),
        Q('"that looked completely normal."', "Priya Natarajan", "partial"),
        Q('"He was the person we all went to when something broke,"', "Priya Natarajan"),
        Q('"Campus Cash,"', kind="mention"),
        Q('"We owed our students an apology and a refund. They have both now, and they will have a college '
          'that checks its own books."', "Alan Whitcombe"),
    ],
    numbers=[
        D("on Monday", "2025-11-17"),
        N("$380,000", 380_000),
        N("nine-day trial", 9),
        N("34", 34, ctx="Mercer, 34,"),
        N("11", 11, ctx="11 of the 13"),
        N("13 counts", 13),
        N("20 years", 20),
        D("Jan. 9", "2026-01-09", required=True),
        N("4 p.m.", None, required=False),
        N("212 separate payments", 212),
        N("2021", 2021),
        D("May 2024", "2024-05", required=True),
        D("a day after", None),
        N("38 fictitious employees", 38),
        N("twelve jurors", 12),
        D("Oct. 14", "2025-10-14", required=True),
        N("six years", 6),
        D("Nov. 5", "2025-11-05", required=True),
        N("a third", 1 / 3, also=[100 / 3]),
        N("2020", 2020),
        D("next week", "2025-11"),
        N("22", 22, ctx="Natarajan, 22,"),
        N("19", 19),
        N("2022", 2022),
        N("$1.9 million", 1_900_000),
        N("6,400 members", 6400),
        N("$215,000", 215_000),
        N("57%", 57),
        N("64 student organisations", 64),
        N("34-year-old", 34),
    ],
)

ARTICLES["valdoria-measles-emergency"] = dict(
    title="Valdoria declares measles emergency in north as cases pass 1,100",
    published="2026-01-07",
    weekday="Wednesday",
    traps=["COVID-19", "The first death", "first appeared"],
    quotes=[
        Q("“entirely preventable and entirely predictable”", "Elena Marsh", "partial"),
        Q("“We have been warning for three years that vaccination rates in the north were slipping. Nobody wanted "
          "to hear it over the holidays, and here we are,”", "Elena Marsh"),
        Q("“The situation is serious but it is under control,”", "Valdoria Health Ministry"),
        Q("“Closing the Gap”", kind="mention"),
        Q("“drifting toward an outbreak”", "Valdoria Health Ministry", "partial"),
        Q("“Measles is the canary in the coal mine,”", "Tomasz Weller"),
        Q("“and the canary has been coughing for a while.”", "Tomasz Weller"),
        Q("“We did not cut nurses. We moved them to where the patients were,”", "Elena Marsh"),
        Q("“We will knock on doors if we have to,”", "Elena Marsh"),
        Q("“We queued for four hours in the snow and were sent home with a leaflet,”", "Brask Parents’ Association"),
    ],
    numbers=[
        N("three northern provinces", 3),
        D("on Tuesday", "2026-01-06", occ=0),
        N("1,184", 1184, occ=0),
        N("300 temporary vaccination clinics", 300),
        D("next week", "2026-01"),
        N("three years", 3),
        D("last month", "2025-12"),
        N("18,000 people", 18_000),
        N("412 infections", 412),
        D("Dec. 22", "2025-12-22", required=True),
        N("1,184 cases", 1184),
        D("Monday", "2026-01-05", ctx="as of Monday"),
        N("217 patients", 217),
        N("four children", 4),
        N("14-month-old", 14),
        D("Dec. 29", "2025-12-29", required=True),
        D("on Tuesday", "2026-01-06", occ=1),
        N("12 million euros", 12_000_000),
        N("81.5%", 81.5),
        D("last year", "2025"),
        N("93%", 93),
        N("2019", 2019),
        N("11.5 percentage points", 11.5),
        N("95%", 95),
        N("2023", 2023),
        N("90 children", 90),
        D("mid-December", "2025-12"),
        N("a third", 1 / 3, also=[100 / 3]),
        N("2024", 2024),
        N("two decades", 2, also=[20]),
        D("on Wednesday", "2026-01-07"),
        D("two weeks ago", "2025-12-24"),
        N("hundreds of families", None),
        D("on Monday", "2026-01-05"),
        N("four hours", 4),
        N("146 families", 146),
        N("€35", 35),
        N("six weeks", 6),
        D("Feb. 16", "2026-02-16", required=True),
    ],
)

ARTICLES["northbridge-almeida-transfer"] = dict(
    title="Northbridge Rovers sign Almeida for club-record 42 million euros",
    published="2025-08-29",
    weekday="Friday",
    traps=["from day one", "Rovers' first", "more than once", "first instalment"],
    quotes=[
        Q('"He is the player I wanted from day one,"', "Stefan Kowalczyk"),
        Q('"He sees passes that other people only see on the replay."', "Stefan Kowalczyk"),
        Q('"the Professor"', kind="mention"),
        Q('"anywhere but England"', "Tomas Brito", "partial"),
        Q('"moving the goalposts."', "Tomas Brito", "partial"),
        Q('"Tomas is a tough negotiator, and he should be. But Joao always wanted to come here,"', "Stefan Kowalczyk"),
        Q('"When I first called him, he said, \'Coach, is there a piano at the training ground?\' I said no. '
          'Now there is,"', "Stefan Kowalczyk"),
        Q('"We play rock \'n\' roll football here. Joao is the guy who makes the rest of the band sound good,"',
          "Stefan Kowalczyk"),
        Q('"We sold a player. We did not sell our ambition."', "Rui Fontes"),
        Q('"spent big on midfield again and ignored the defence."', "Rovers Supporters' Trust", "partial"),
        Q('"We wish Joao well. But this club has finished mid-table in six of the last seven seasons, and a new '
          'piano will not fix that."', "Rovers Supporters' Trust"),
        Q('"proud and a little bit nervous."', "Joao Almeida", "partial"),
        Q('"That depends on whether they let me bring my books."', "Joao Almeida"),
    ],
    numbers=[
        N("11th", 11, required=False),  # a rank is a claim (issue 12, item 12)
        N("42 million euros", 42_000_000),
        D("summer-long", None),
        N("23-year-old", 23),
        N("five-year contract", 5),
        N("£180,000", 180_000),
        D("Sept. 13", "2025-09-13", required=True),
        N("6 million euros", 6_000_000),
        N("15%", 15),
        D("on Thursday", "2025-08-28", occ=0),
        N("twenty-three goals", 23),
        N("61 appearances", 61),
        N("two seasons", 2),
        N("2022", 2022),
        N("50 million euros", 50_000_000),
        N("two bids", 2),
        N("30 million", 30_000_000),
        N("35 million euros", 35_000_000),
        D("in July", "2025-07"),
        D("the summer", None),
        N("£36.3m", 36_300_000),
        N("£28m", 28_000_000),
        N("2021", 2021),
        D("last season", None),
        N("£95m", 95_000_000),
        N("2025-26 season", 2025, also=[2026]),
        N("30 days", 30),
        N("9,500 season-ticket holders", 9500),
        N("six", 6, ctx="in six of the last"),
        N("seven seasons", 7),
        N("10-12 days", 10, also=[12]),
        N("11 p.m.", None, required=False),
        D("on Wednesday", "2025-08-27"),
        D("a day before", None),
        D("on Thursday", "2025-08-28", occ=1),
    ],
)

ARTICLES["calloway-earnings-guidance"] = dict(
    title="Calloway Systems cuts revenue forecast again as strike and plane delays bite",
    published="2025-10-23",
    weekday="Thursday",
    traps=["second time", "Boeing 737", "Airbus A320", "hour-long"],
    quotes=[
        Q("“This was a quarter we would rather forget,”", "Miriam Okafor"),
        Q("“But the order book has never been stronger, and the strike is behind us.”", "Miriam Okafor"),
        Q("“Our members did not choose to strike. They were pushed,”", "Dunmore Machinists Union"),
        Q("“Demand is not the problem,”", "Miriam Okafor"),
        Q("“delivery is.”", "Miriam Okafor"),
        Q("“We are not touching the dividend,”", "Luis Carvalho"),
        Q("“We are not going to cut our way out of a supply problem,”", "Miriam Okafor"),
        Q("“Nobody buys a seat from a company that cannot ship it.”", "Miriam Okafor"),
        Q("“Strikes end. Backlogs don’t vanish. We bought more this morning.”", "Ravi Menon"),
        Q("“lost touch with the shop floor”", "Hal Brenner", "partial"),
        Q("“should never have happened”", "Hal Brenner", "partial"),
    ],
    numbers=[
        D("on Wednesday", "2025-10-22"),
        N("three months", 3),
        N("8.4%", 8.4),
        N("$52.17", 52.17),
        D("on Thursday", "2025-10-23"),
        N("2025", 2025, ctx="2025 revenue"),
        N("$4.1 billion to $4.3 billion", 4_100_000_000, also=[4_300_000_000]),
        N("$4.6 billion", 4_600_000_000),
        D("in July", "2025-07"),
        D("Sept. 30", "2025-09-30", required=True),
        N("$1.02 billion", 1_020_000_000),
        N("3%", 3),
        D("a year earlier", "2024"),
        N("$1.09 billion", 1_090_000_000),
        N("$61.5 million", 61_500_000),
        N("94 cents", 0.94, also=[94]),
        N("$88 million", 88_000_000),
        N("9.8%", 9.8),
        N("12.1%", 12.1),
        N("2.3 percentage points", 2.3),
        N("1,300 workers", 1300),
        D("Sept. 8", "2025-09-08", required=True),
        N("19 days", 19),
        N("between $35 million and $40 million", 35_000_000, also=[40_000_000]),
        N("14%", 14),
        N("four years", 4),
        N("$12.8 billion", 12_800_000_000),
        N("two-thirds", 2 / 3, also=[200 / 3]),
        N("$150 million", 150_000_000),
        D("this year", "2025"),
        N("three times", 3),
        N("€1.5bn", 1_500_000_000),
        N("USD 1.75 billion", 1_750_000_000),
        N("first half of 2026", 2026),
        D("May 2024", "2024-05", required=True),
        N("£350m", 350_000_000),
        N("4%", 4, ctx="about 4% of"),
        D("this morning", "2025-10-23"),
        N("17 years", 17),
        N("2019", 2019),
        N("$58", 58),
        N("$71", 71),
        N("fourth-quarter", None, required=False),
        D("Feb. 12", "2026-02-12", required=True),
    ],
)

ARTICLES["arden-ice-shelf-report"] = dict(
    title="Aurelian Sea ice shelves thinning faster than thought, institute warns",
    published="2025-06-14",
    weekday="Saturday",
    traps=["first flagged"],
    quotes=[
        Q("“Thin Ice, Rising Water”", kind="mention"),
        Q("“When we started this work, the models told us we had until the end of the century before the western "
          "shelves became unstable. That comfortable timeline is gone.\n\n“What we see now is a system that loses "
          "ice faster every year, and twenty-three years of data all point the same way. We are not talking about "
          "our grandchildren any more. We are talking about people who are in school today,”", "Ingrid Solheim"),
        Q("“Operation Northern Lantern”", kind="mention"),
        Q("‘Later than they think’", kind="heading"),
        Q('"If you\'re building a sea wall for the sea your grandparents knew, you\'re building a monument, not a '
          'defence,"', "Kwame Asante"),
        Q('"Politicians keep asking me, \'Is it too late?\' It isn\'t. But it is later than they think,"',
          "Kwame Asante"),
        Q('"Our coastal programme already commits 12 billion euros to sea defences through 2035,"',
          "Aurelia Environment Ministry"),
        Q('"managed retreat"', kind="mention"),
        Q('"worst-case assumptions dressed up as forecasts"', "Henrik Dahl", "partial"),
        Q('"the middle of the range, not the edge of it,"', "Ingrid Solheim", "partial"),
        Q('"Each time they tell us it will last 50 years,"', "Anders and Lena Holt"),
    ],
    numbers=[
        N("a third", 1 / 3, also=[100 / 3]),
        D("a decade ago", "2015"),
        D("on Friday", "2025-06-13"),
        N("41 billion tonnes", 41_000_000_000),
        N("2015", 2015),
        N("2024", 2024, ctx="2015 and 2024"),
        N("27 billion tonnes", 27_000_000_000),
        D("the previous decade", None),
        N("6.2%", 6.2),
        N("2002", 2002),
        N("0.4 degrees Celsius", 0.4),
        D("the end of the century", None),
        N("twenty-three years", 23),
        N("three decades", 3, also=[30]),
        D("today", "2025-06-14"),
        N("between 9 and 14 centimetres", 9, also=[14]),
        N("2100", 2100),
        N("4 to 6 centimetres", 4, also=[6]),
        N("2019", 2019),
        D("29 April 2024", "2024-04-29", required=True),
        N("three-month expedition", 3),
        D("earlier this year", "2025"),
        N("56 GPS stations", 56),
        N("12 billion euros", 12_000_000_000),
        N("2035", 2035),
        D("next month", "2025-07"),
        D("on Saturday", "2025-06-14"),
        N("twice", 2, required=False),
        N("2010", 2010),
        N("50 years", 50),
        N("half", 0.5, also=[50]),
        N("600 residents", 600),
        N("11 coastal states", 11),
        D("3 November", "2025-11-03", required=True),
    ],
)

ARTICLES["serran-valley-earthquake"] = dict(
    title="Kestria earthquake kills at least 47 as rescuers search collapsed blocks",
    published="2025-04-06",
    weekday="Sunday",
    traps=["Mi-17", "0800 412 7730", "every one", "glass go first", "“The first"],
    quotes=[
        Q("“We are still searching 14 buildings. Until every one of them has been cleared, nobody is giving up.”",
          "Farid Hamzaoui"),
        Q("“I heard the glass go first, then the walls. I thought I would die under my own kitchen table.\n\n"
          "“My neighbour’s son, he is only 16, came up the stairs with a torch and carried me down on his back. "
          "Five floors. I don’t even know his surname.\n\n“When this is over I will find him,”", "Selma Duric"),
        Q("“The first 72 hours are everything. After that, the odds turn against us very quickly.”", "Dragan Pavlek"),
        Q("“We need blankets, insulin and generators, in that order,”", "Mira Santos"),
        Q("“The need is growing faster than we can respond,”", "Kestrian Relief Society"),
        Q("“No family in this valley will be left to rebuild alone.”", "Ilse Varga"),
        Q("“Safe Walls”", kind="mention"),
        Q("“barely half”", "Lukas Ferenc", "partial"),
        Q("“We knew exactly which ones were dangerous,”", "Lukas Ferenc"),
    ],
    numbers=[
        N("magnitude 6.4", 6.4),
        D("on Saturday", "2025-04-05", occ=0),
        N("47 people", 47),
        N("thousands of residents", None),
        N("3:17 a.m.", None, required=False),
        N("10 kilometres", 10),
        N("60 aftershocks", 60),
        N("5.1", 5.1),
        D("last week", "2025-03"),
        N("14 buildings", 14),
        N("212 people", 212),
        N("38", 38, ctx="38 of them"),
        N("between 1,800 and 2,000 homes", 1800, also=[2000]),
        N("9-year-old", 9),
        N("71", 71),
        N("16", 16),
        N("Five floors", 5),
        N("72 hours", 72),
        N("40-member search team", 40),
        N("two", 2, ctx="two Mi-17"),
        N("300", 300, ctx="300 or 400"),
        N("400 more patients", 400),
        D("Monday", "2025-04-07", ctx="by Monday"),
        N("26 shelters", 26),
        N("5,000 people", 5000),
        D("yesterday", "2025-04-05"),
        N("three days", 3),
        N("$25 million", 25_000_000),
        N("1987", 1987),
        N("magnitude 6.9", 6.9),
        N("1,100 people", 1100),
        D("on Saturday", "2025-04-05", occ=1),
        N("1970s", 1970, required=False),
        N("2011", 2011),
        N("half", 0.5, also=[50], ctx="barely half"),
        D("Wednesday", "2025-04-09", ctx="at least Wednesday"),
        D("the eve of", None),
        D("spring", None),
    ],
)


# ---------------------------------------------------------------------------------------------
# Machinery
# ---------------------------------------------------------------------------------------------

class GoldError(Exception):
    pass


def locate(article, item, name):
    text, occ, ctx = item["text"], item["occ"], item["ctx"]
    if ctx is not None:
        n = article.count(ctx)
        if n != 1:
            raise GoldError(f"{name}: ctx {ctx!r} occurs {n} times (must be exactly once)")
        base = article.index(ctx)
        inner = [m.start() for m in re.finditer(re.escape(text), ctx)]
        if not inner:
            raise GoldError(f"{name}: {text!r} not inside ctx {ctx!r}")
        if occ is None and len(inner) > 1:
            raise GoldError(f"{name}: {text!r} occurs {len(inner)} times inside ctx {ctx!r}; give occ")
        start = base + inner[occ or 0]
    else:
        hits = [m.start() for m in re.finditer(re.escape(text), article)]
        if not hits:
            raise GoldError(f"{name}: span not found: {text!r}")
        if occ is None and len(hits) > 1:
            raise GoldError(f"{name}: {text!r} occurs {len(hits)} times; give occ or ctx")
        if occ is not None and occ >= len(hits):
            raise GoldError(f"{name}: {text!r} has only {len(hits)} occurrences, occ={occ}")
        start = hits[occ or 0]
    end = start + len(text)
    assert article[start:end] == text
    return start, end


def check_overlaps(items, what, name):
    items = sorted(items, key=lambda x: x["start"])
    for a, b in zip(items, items[1:]):
        if b["start"] < a["end"]:
            raise GoldError(f"{name}: overlapping {what}: {a['text']!r} and {b['text']!r}")


def covered(pos, spans):
    return any(s <= pos < e for s, e in spans)


NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|half|halves|third|thirds|quarter|quarters|"
    r"twice|double|triple|decades?|single|first|second|last)\b", re.I)
MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
WEEKDAYS = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                      r"tomorrow|tonight|week|month|year)s?\b", re.I)
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def build(name, spec, warnings):
    path = HERE / f"{name}.txt"
    article = path.read_text(encoding="utf-8")
    if article.startswith("\ufeff"):
        article = article[1:]
    if not 2500 <= len(article) <= 6000:
        raise GoldError(f"{name}: article is {len(article)} characters (want 2,500-6,000)")
    pub = datetime.date.fromisoformat(spec["published"])
    if pub.strftime("%A") != spec["weekday"]:
        raise GoldError(f"{name}: {spec['published']} is a {pub.strftime('%A')}, not {spec['weekday']}")

    quotes = []
    for it in spec["quotes"]:
        s, e = locate(article, it, name)
        if it["kind"] not in KINDS:
            raise GoldError(f"{name}: bad kind {it['kind']!r}")
        if it["kind"] in ("full", "partial") and not it["speaker"]:
            raise GoldError(f"{name}: {it['text'][:40]!r} is speech but has no speaker")
        if it["kind"] in ("heading", "mention") and (it["speaker"] or it["required"]):
            raise GoldError(f"{name}: {it['text'][:40]!r}: headings/mentions have no speaker, are optional")
        t = it["text"]
        if t[0] not in OPEN_CLOSE or t[-1] != OPEN_CLOSE[t[0]]:
            raise GoldError(f"{name}: quote span must run from its opening to its closing mark: {t[:40]!r}")
        quotes.append(dict(start=s, end=e, text=t, speaker=it["speaker"], kind=it["kind"],
                           required=it["required"]))

    numbers = []
    for it in spec["numbers"]:
        s, e = locate(article, it, name)
        row = dict(start=s, end=e, text=it["text"], value=it["value"], required=it["required"])
        if it["also"]:
            row["also_accept"] = it["also"]
        if it["_t"] == "n" and it["date"] is not None:
            if not DATE_RE.match(it["date"]):
                raise GoldError(f"{name}: bad date {it['date']!r}")
            row["date"] = it["date"]
        numbers.append(row)

    check_overlaps(quotes, "quotes", name)
    check_overlaps(numbers, "numbers", name)

    # every double quote mark and every opening single curly mark must sit inside a gold quote
    qspans = [(q["start"], q["end"]) for q in quotes]
    for m in re.finditer(r"[“”\"‘]", article):
        if not covered(m.start(), qspans):
            ctx = article[max(0, m.start() - 30):m.start() + 30]
            raise GoldError(f"{name}: quote mark at {m.start()} outside every gold quote: {ctx!r}")

    # every digit must sit inside a gold number or a declared trap
    nspans = [(n["start"], n["end"]) for n in numbers]
    tspans = []
    for t in spec.get("traps", []):
        if t not in article:
            raise GoldError(f"{name}: trap {t!r} not in article")
        tspans += [(m.start(), m.end()) for m in re.finditer(re.escape(t), article)]
    for m in re.finditer(r"\d+", article):
        if not covered(m.start(), nspans) and not covered(m.start(), tspans):
            ctx = article[max(0, m.start() - 30):m.end() + 30]
            raise GoldError(f"{name}: digits {m.group()!r} outside every gold number and trap: {ctx!r}")
    for t in spec.get("traps", []):
        for m in re.finditer(re.escape(t), article):
            if any(s < m.end() and m.start() < e for s, e in nspans):
                raise GoldError(f"{name}: trap {t!r} overlaps a gold number")

    for rx, what in ((NUMBER_WORDS, "number word"), (MONTHS, "month"), (WEEKDAYS, "time word")):
        for m in rx.finditer(article):
            if not covered(m.start(), nspans):
                ctx = article[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                warnings.append(f"{name}: uncovered {what} {m.group()!r}: ...{ctx}...")

    quotes.sort(key=lambda x: x["start"])
    numbers.sort(key=lambda x: x["start"])
    gold = {"article": f"{name}.txt", "published": spec["published"],
            "published_weekday": spec["weekday"], "quotes": quotes, "numbers": numbers}
    meta = {"title": spec["title"], "published": spec["published"], "url": None}
    return gold, meta


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    check = "--check" in argv
    quiet = "-q" in argv
    warnings, stale = [], []
    for name, spec in ARTICLES.items():
        gold, meta = build(name, spec, warnings)
        for suffix, obj in ((".gold.json", gold), (".meta.json", meta)):
            p = HERE / f"{name}{suffix}"
            text = dump(obj)
            if check:
                if not p.exists() or p.read_text(encoding="utf-8") != text:
                    stale.append(p.name)
            else:
                p.write_text(text, encoding="utf-8")
        nq = sum(q["required"] for q in gold["quotes"])
        nn = sum(n["required"] for n in gold["numbers"])
        print(f"{name}: {len(gold['quotes'])} quotes ({nq} required), "
              f"{len(gold['numbers'])} numbers/dates ({nn} required)")
    if not quiet:
        for w in warnings:
            print("review:", w)
    if stale:
        print("STALE (rerun without --check):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except GoldError as e:
        print("GOLD ERROR:", e, file=sys.stderr)
        sys.exit(2)
