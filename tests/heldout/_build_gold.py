"""Build (or check) the gold tables of the held-out articles in this folder.

    python tests/heldout/_build_gold.py          # regenerate NAME.meta.json and NAME.gold.json
    python tests/heldout/_build_gold.py --check  # verify only; exit 1 if a file on disk differs

Every item is declared by its text, optionally inside a unique context string `ctx` (or with an
occurrence index `occ` when the text is repeated). The script fails loudly when a span is missing or
ambiguous, when `text != article[start:end]`, when two gold numbers overlap, when a quote span does not
start and end with a quote mark, when a double quote mark / opening single curly quote of the article is
not the edge of a gold quote, or when a digit of the article is covered neither by a gold number nor by
a declared trap (a string that must NOT be a claim). Weekdays and resolved dates are computed with
datetime, never written by hand.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


# ---------------------------------------------------------------- date helpers
def D(s):
    return dt.date.fromisoformat(s)


def weekday(pub, name, tense):
    """past: the most recent such day on or before pub; future: the next one after pub."""
    p, w = D(pub), WEEKDAYS.index(name)
    if tense == "past":
        return (p - dt.timedelta(days=(p.weekday() - w) % 7)).isoformat()
    assert tense == "future"
    delta = (w - p.weekday()) % 7
    assert delta != 0, "future weekday equal to publication weekday is ambiguous"
    return (p + dt.timedelta(days=delta)).isoformat()


def month_day(pub, month, day, tense):
    """past: the year that puts it on or before pub; future: after pub; None: the nearest."""
    p, m = D(pub), MONTHS[month]
    cands = [dt.date(p.year + k, m, day) for k in (-1, 0, 1)]
    if tense == "past":
        return max(c for c in cands if c <= p).isoformat()
    if tense == "future":
        return min(c for c in cands if c > p).isoformat()
    return min(cands, key=lambda c: abs((c - p).days)).isoformat()


def month(pub, name, tense):
    """'in June': past -> the most recent June (this month counts); future -> the next one."""
    p, m = D(pub), MONTHS[name]
    if tense == "past":
        y = p.year if m <= p.month else p.year - 1
    else:
        y = p.year if m > p.month else p.year + 1
    return f"{y:04d}-{m:02d}"


def shift_month(pub, k):
    p = D(pub)
    y, m = divmod(p.year * 12 + p.month - 1 + k, 12)
    return f"{y:04d}-{m + 1:02d}"


def shift_day(pub, k):
    return (D(pub) + dt.timedelta(days=k)).isoformat()


def year(pub, k=0):
    return f"{D(pub).year + k:04d}"


def frac(n, d):
    """A fraction: value n/d, also accepting the percent (exact and rounded)."""
    v = n / d
    pct = [v * 100, round(v * 100, 2), round(v * 100, 1)]
    acc = []
    for x in pct:
        x = int(x) if float(x).is_integer() else x
        if x not in acc:
            acc.append(x)
    return v, acc


# ---------------------------------------------------------------- item declarations
def Q(text, speaker, kind="full", required=None, ctx=None, occ=None):
    if required is None:
        required = kind in ("full", "partial")
    return ("q", text, ctx, occ, dict(speaker=speaker, kind=kind, required=required))


def H(text, ctx=None, occ=None):
    return Q(text, None, "heading", False, ctx, occ)


def M(text, ctx=None, occ=None):
    return Q(text, None, "mention", False, ctx, occ)


def N(text, value, also=None, ctx=None, occ=None, required=True):
    d = dict(value=value, required=required)
    if isinstance(value, tuple):  # frac()
        d["value"], also = value[0], (also or []) + value[1]
    if also:
        d["also_accept"] = also
    return ("n", text, ctx, occ, d)


def DATE(text, date, ctx=None, occ=None, required=True):
    d = dict(value=None, required=required)
    if date:
        d["date"] = date
    return ("n", text, ctx, occ, d)


def VAGUE(text, date=None, ctx=None, occ=None):
    """Vague relative time / time of day: optional."""
    return DATE(text, date, ctx, occ, required=False)


# ---------------------------------------------------------------- articles
ARTICLES = []


def article(name, title, published, quotes, numbers, traps=()):
    ARTICLES.append(dict(name=name, title=title, published=published, items=quotes + numbers, traps=traps))


# 1 -------------------------------------------------------------------------
P = "2025-10-14"
article("trade-dispute", "Valdoria hits Corvenian cheese with 35 percent tariffs as steel row escalates", P, [
    Q('"Corvenia has left us no choice,"', "Ministry of Trade and Industry"),
    Q('"We asked for talks in June and again in August. We received silence."', "Ministry of Trade and Industry"),
    Q('"reckless and illegal"', "Corvenian Foreign Office", "partial"),
    Q('"Last year their minister sat in this building and told us, \'Food will never be part of this,\'"', "Aurel Denk"),
    Q("'Food will never be part of this,'", None, "full", required=False),  # nested, unnamed speaker
    Q('"Now food is the whole of it."', "Aurel Denk"),
    Q('"Some of these farms have been in the same family for 200 years,"', "Lucan Ferro"),
    Q('"They will not survive a winter like this."', "Lucan Ferro"),
    Q('"We sell at market prices, full stop,"', "Mira Santos"),
    Q('"until Corvenia ends its subsidies"', "Ilse Marek", "partial"),
    Q('"meet anywhere, any day"', "Ilse Marek", "partial"),
    Q('"The door is open,"', "Ilse Marek"),
    Q('"But we are not going to keep paying for someone else\'s steel."', "Ilse Marek"),
    Q('"Tariffs are taxes on our own shoppers."', "Petra Lindqvist"),
    Q('"not been consulted at any stage."', "Valdorian Retail Federation", "partial"),
], [
    N("35 percent", 35),
    DATE("Nov. 1", month_day(P, "November", 1, "future")),
    VAGUE("on Tuesday", weekday(P, "Tuesday", "past")),
    N("$2.4 billion", 2400000000),
    VAGUE("in June", month(P, "June", "past")),
    VAGUE("in August", month(P, "August", "past")),
    N("212 tariff lines", 212),
    N("48", 48, ctx="up from 48 in"),
    VAGUE("in July", month(P, "July", "past")),
    N("90 million euros", 90000000),
    N("30 days", 30),
    VAGUE("Last year", year(P, -1)),
    N("610 million euros", 610000000),
    VAGUE("last year", year(P, -1)),
    N("18 percent", 18),
    N("58", 58),
    N("3,000 and 3,500 family farms", 3000, also=[3500]),
    N("200 years", 200),
    VAGUE("in March", month(P, "March", "past")),
    N("11.5 percent", 11.5),
    N("six months", 6),
    VAGUE("September", month(P, "September", "past")),
    N("2,700 jobs", 2700),
    VAGUE("on Monday", weekday(P, "Monday", "past")),
    N("31", 31, ctx="holds 31 of"),
    N("150 seats", 150),
    N("$140", 140),
    N("0.3 to 0.5 percentage points", 0.3, also=[0.5]),
    VAGUE("next year", year(P, 1)),
    N("a third", frac(1, 3)),
    N("8-10 percent", 8, also=[10]),
    VAGUE("within weeks"),
    N("14 member states", 14),
    N("2019", 2019),
    N("22 months", 22),
], traps=["Article 21"])

# 2 -------------------------------------------------------------------------
P = "2025-11-20"
article("hospital-strike", "Nurses at Eastmoor hospitals begin 48-hour strike over pay and staffing", P, [
    Q("‘the last thing any of us wanted’", "Gwen Rafferty", "partial"),
    Q("‘We’re not striking for a pay rise. We’re striking because there aren’t enough of us,’", "Gwen Rafferty"),
    Q("‘Patients deserve better,’", "Gwen Rafferty"),
    Q("‘and so do the people looking after them.’", "Gwen Rafferty"),
    Q("‘robust plans’", "Eastmoor Hospitals Trust", "partial"),
    Q("‘run as normal’", "Eastmoor Hospitals Trust", "partial"),
    Q("‘We would urge anyone who needs care to come forward,’", "Eastmoor Hospitals Trust"),
    Q("‘Around 1,150 routine appointments and operations have been rescheduled, and every patient affected "
      "has been contacted.’", "Eastmoor Hospitals Trust"),
    H("‘That money simply does not exist’"),
    Q("‘That money simply does not exist,’", "Alan Whitcombe"),
    Q("‘Nobody values our nurses’ work more than I do, but I can’t spend what I haven’t got.’", "Alan Whitcombe"),
    M("‘Care to Stay’"),
    Q("‘I love this job. I’ve done it since I was 22,’", "Priya Nandakumar"),
    Q("‘But most weeks I go home without having had a break.’", "Priya Nandakumar"),
    Q("‘the lowest I have ever seen it’", "Derek Mallory", "partial"),
    Q("‘A patient’s daughter told me last week, “You all look exhausted,” and she was right,’", "Derek Mallory"),
    Q("“You all look exhausted,”", None, "full", required=False),  # nested, unnamed speaker
    Q("‘We are.’", "Derek Mallory"),
    Q("‘I’ve waited 14 months already,’", "Margaret Holt"),
    Q("‘I can wait a bit longer if it means they get what they’re owed.’", "Margaret Holt"),
], [
    N("three hospitals", 3),
    VAGUE("7am"),
    VAGUE("on Thursday", weekday(P, "Thursday", "past")),
    N("48-hour strike", 48),
    VAGUE("this year", year(P)),
    N("a third", frac(1, 3), ctx="says a third of"),
    N("4,200 members", 4200),
    N("19 per cent", 19),
    N("150 nurses", 150),
    VAGUE("mid-morning"),
    N("1,150 routine appointments", 1150),
    N("3.2 per cent", 3.2),
    N("£1,400", 1400),
    N("6 per cent", 6),
    N("350 extra nurses", 350),
    N("2027", 2027),
    N("£38m", 38000000),
    N("two years", 2),
    N("£21.5m", 21500000),
    N("£2.4bn", 2400000000),
    N("2.1 percentage points", 2.1),
    N("6.8 per cent", 6.8),
    VAGUE("October", month(P, "October", "past")),
    N("120 posts", 120),
    VAGUE("since April", month(P, "April", "past")),
    N("half", frac(1, 2), ctx="fewer than half"),
    N("260", 260),
    N("34-year-old", 34),
    N("11 extra shifts", 11),
    VAGUE("since September", month(P, "September", "past")),
    N("22", 22, ctx="since I was 22"),
    N("61", 61),
    VAGUE("the ’90s"),
    VAGUE("last week"),
    N("79", 79),
    N("14 months", 14),
    DATE("5 December", month_day(P, "December", 5, "future")),
    VAGUE("on Monday", weekday(P, "Monday", "future")),
    N("third strike", 3, required=False),  # a rank is a claim (issue 12, item 12)
], traps=["the first to include", "COVID-19", "Ward 12", "second time"])

# 3 -------------------------------------------------------------------------
P = "2026-01-27"
article("tech-layoffs", "Cobaltline to cut 1,850 jobs as AI spending squeezes budgets", P, [
    M("“Project Northstar.”"),
    Q("“These are people who helped build Cobaltline, and I don’t take this lightly,”", "Dana Whitlock"),
    Q("“But the way our customers buy software has changed more in the past year than in the previous ten.”",
      "Dana Whitlock"),
    Q("“We over-hired in 2021 and 2022 like everyone else. I own that.”", "Dana Whitlock"),
    Q("“a gut punch”", "Marcus Bell", "partial"),
    Q("“Cobaltline got $45 million in tax credits from this state in 2023 on the promise of 2,000 new jobs,”",
      "Marcus Bell"),
    Q("“I want to know where those jobs went.”", "Marcus Bell"),
    Q("“reached out to Cobaltline leadership”", "Renata Flores", "partial"),
    Q("“and then some,”", "Jordan Pike", "partial"),
    Q("“Four years, three promotions, one Slack message. Grateful for the people. Not for the process.”",
      "Kayla Dunn"),
    Q("“This is a company paying for its AI ambitions with headcount,”", "Luis Marchetti"),
], [
    VAGUE("Tuesday", weekday(P, "Tuesday", "past"), ctx="said Tuesday"),
    N("1,850 employees", 1850),
    N("12%", 12),
    N("14 months", 14),
    VAGUE("the past year"),
    N("ten", 10, ctx="the previous ten"),
    N("16 weeks", 16),
    N("two weeks", 2),
    N("40 weeks", 40),
    DATE("June 30", month_day(P, "June", 30, "future")),
    N("Dozens of employees", None),
    VAGUE("within hours"),
    N("4.6%", 4.6),
    N("$212.35", 212.35),
    VAGUE("Tuesday", weekday(P, "Tuesday", "past"), ctx="trading Tuesday"),
    N("30%", 30),
    VAGUE("in July", month(P, "July", "past")),
    DATE("Oct. 31", month_day(P, "October", 31, "past")),
    N("$3.9 billion", 3900000000),
    N("7 percent", 7),
    N("$1.2 billion", 1200000000),
    N("2026", 2026),
    N("half", frac(1, 2), ctx="more than half"),
    N("2021", 2021),
    N("2022", 2022),
    N("$45 million", 45000000),
    N("2023", 2023, occ=0),
    N("2,000 new jobs", 2000),
    DATE("Feb. 12", month_day(P, "February", 12, "future")),
    N("2,340 positions", 2340),
    N("2023", 2023, occ=1),
    N("29", 29),
    VAGUE("6:15 a.m."),
    N("Four years", 4),
    N("three promotions", 3),
    N("one Slack message", 1),
    N("$240", 240),
    N("5% to 8%", 5, also=[8]),
    N("18 months", 18),
    N("150,000 jobs", 150000),
    N("2025", 2025),
], traps=["second round", "Vault 9"])

# 4 -------------------------------------------------------------------------
P = "2025-08-05"
article("wildfire", "Ridgeback Fire tops 18,000 acres as winds threaten two towns", P, [
    Q("“He has promised us everything we asked for, and we asked for a lot,”", "Rosa Delgado"),
    Q("“We had a window of maybe 10 to 12 hours to hold it on the ridge, and we lost that window when the wind "
      "turned,”", "Rosa Delgado"),
    Q("“It’s the same fuel, the same wind, the same slope,”", "Tom Becker"),
    Q("“The only difference is that there are more houses up there now.”", "Tom Becker"),
    Q("“Go now. Don’t wait for the knock on the door.”", "Paul Brandt"),
    Q("“a very angry llama”", "Sam Ortiz", "partial"),
    Q("“People were calling from their cars asking us to get their animals,”", "Sam Ortiz"),
    Q("“We took every call we could.”", "Sam Ortiz"),
    Q("“That’s my porch. That was my porch,”", "Linda Chu"),
    Q("“I know it was stupid. But she’s had that cat for 15 years,”", "Ben Foster"),
    Q("“Restoring power is a priority, but not before it is safe,”", "Tamarack Electric Cooperative"),
], [
    N("18,400 acres", 18400),
    VAGUE("overnight", ctx="acres overnight"),
    N("9%", 9),
    VAGUE("Tuesday morning", weekday(P, "Tuesday", "past")),
    N("45 mph", 45),
    VAGUE("overnight", ctx="phone overnight"),
    N("4,000 residents", 4000),
    N("62 homes", 62),
    N("1,200 firefighters", 1200),
    N("a dozen helicopters", 12),
    VAGUE("on Tuesday", weekday(P, "Tuesday", "past")),
    VAGUE("Saturday afternoon", weekday(P, "Saturday", "past")),
    N("two containment lines", 2),
    VAGUE("on Monday", weekday(P, "Monday", "past")),
    N("10 to 12 hours", 10, also=[12]),
    N("1998", 1998),
    N("2017", 2017),
    VAGUE("Monday", weekday(P, "Monday", "past"), ctx="message Monday"),
    N("1,100 doors", 1100),
    VAGUE("since Sunday", weekday(P, "Sunday", "past")),
    N("14 people", 14),
    N("30 horses", 30),
    VAGUE("on Sunday night", weekday(P, "Sunday", "past")),
    N("67", 67),
    N("19", 19, ctx="Foster, 19,"),
    N("15 years", 15),
    N("7,800 customers", 7800),
    N("three and five days", 3, also=[5]),
    N("104 degrees", 104),
    VAGUE("on Wednesday", weekday(P, "Wednesday", "future")),
    N("5 and 8 percent", 5, also=[8]),
    N("$8.6 million", 8600000),
    DATE("Aug. 15", month_day(P, "August", 15, "future")),
], traps=["CL-415", "Highway 97"])

# 5 -------------------------------------------------------------------------
P = "2025-05-03"
article("council-election", "Civic Party loses Stanbridge council after 16 years in control", P, [
    Q("‘a council that answers the phone’", "Farah Osei", "partial"),
    Q("‘For 16 years this town has been run as if it belonged to the Civic Party,’", "Farah Osei"),
    Q("‘From Monday, it belongs to the people who live here again.’", "Farah Osei"),
    H("‘A council that answers the phone’"),
    Q("‘We’ve listened to the residents’ associations, to the traders and to the parents’ groups,’", "Farah Osei"),
    Q("‘They all told us the same thing: nobody ever calls them back.’", "Farah Osei"),
    Q("‘She ran a better campaign than we did, and I told her so,’", "Graham Pettifer"),
    Q("‘It’s been a tough night. There’s no point pretending otherwise.’", "Graham Pettifer"),
    Q("‘unavoidable, but unpopular’", "Graham Pettifer", "partial"),
    M("‘Steady Hands’"),
    Q("‘Four votes! I’m going to thank every single one of them personally,’", "Josh Amani"),
    Q("‘Well, I’ll try.’", "Josh Amani"),
    Q("‘The voters have spoken, even if only just,’", "Maureen Kettle"),
    Q("‘anyone who is serious about the climate’", "Ruth Abernethy", "partial"),
], [
    N("2009", 2009),
    VAGUE("4am"),
    VAGUE("on Saturday", weekday(P, "Saturday", "past")),
    N("24", 24, ctx="won 24 of"),
    N("51 seats", 51),
    N("two", 2, ctx="two short"),
    N("15", 15, ctx="up from 15 at"),
    N("2021", 2021, occ=0),
    N("29 seats", 29),
    N("18", 18, ctx="seats to 18"),
    N("five", 5, ctx="took five"),
    N("four", 4, ctx="independents four"),
    N("31.4 per cent", 31.4),
    N("34.9 per cent", 34.9),
    N("2021", 2021, occ=1),
    N("6.2 percentage points", 6.2),
    N("38.7 per cent", 38.7),
    N("Hundreds of supporters", None),
    N("16 years", 16),
    VAGUE("From Monday", weekday(P, "Monday", "future")),
    N("44", 44),
    N("two years", 2),
    N("£12m", 12000000),
    VAGUE("last year", year(P, -1)),
    N("112 votes", 112),
    VAGUE("3am"),
    N("4.99 per cent", 4.99),
    VAGUE("in February", month(P, "February", "past")),
    N("£4.5m", 4500000),
    N("four votes", 4),
    N("1,208 votes", 1208),
    N("1,204", 1204),
    N("Four votes", 4),
    N("26", 26),
    N("71", 71),
    N("1998", 1998),
    N("two other councillors", 2),
    DATE("21 May", month_day(P, "May", 21, "future")),
], traps=["40 Victoria Road", "first time", "every single one", "second recount"])

# 6 -------------------------------------------------------------------------
P = "2025-06-18"
article("migraine-trial", "Experimental migraine pill halves attack days for most patients in late-stage trial", P, [
    Q("“For a lot of these patients, this is the difference between losing a day and losing a week,”",
      "Amara Okafor"),
    Q("“We saw benefits within the first fortnight,”", "Amara Okafor"),
    Q("“and they held for the full three months.”", "Amara Okafor"),
    Q("“clinically meaningful but not a cure,”", "Henrik Lund", "partial"),
    Q("“We have been here before.”", "Ruth Adeyemi"),
    Q("“I want to see five years of safety data, not 12 weeks,”", "Ruth Adeyemi"),
    Q("“Now it’s three or four,”", "Hannah Reiss"),
    Q("“I went to my niece’s birthday party in March. I hadn’t been to one in years.”", "Hannah Reiss"),
    Q("“before the end of the year.”", "Miriam Castellanos", "partial"),
    Q("“in line with existing preventive treatments,”", "Miriam Castellanos", "partial"),
], [
    N("half", frac(1, 2), ctx="at least half"),
    N("two-thirds", frac(2, 3)),
    VAGUE("on Wednesday", weekday(P, "Wednesday", "past")),
    N("one in seven adults", frac(1, 7)),
    N("1,482 adults", 1482),
    N("96 clinics", 96),
    N("11 countries", 11),
    N("25 mg", 25),
    N("50 mg", 50),
    N("12 weeks", 12, occ=0),
    N("64%", 64),
    N("50%", 50),
    N("31%", 31),
    N("9.8", 9.8),
    N("4.1", 4.1),
    N("three months", 3),
    N("7.5%", 7.5),
    N("3.2%", 3.2),
    N("42 patients", 42),
    N("2.8%", 2.8),
    N("half", frac(1, 2), ctx="Nearly half"),
    N("two weeks", 2),
    N("65", 65),
    N("two earlier drugs", 2),
    N("2012", 2012),
    N("2016", 2016),
    N("five years", 5),
    N("12 weeks", 12, occ=1),
    N("38", 38),
    N("15 days", 15),
    N("three", 3, ctx="it’s three or"),
    N("four", 4, ctx="three or four"),
    VAGUE("in March", month(P, "March", "past")),
    VAGUE("the end of the year", year(P)),
    N("$700", 700),
    N("23%", 23),
    N("$2 billion to $2.5 billion", 2000000000, also=[2500000000]),
    N("1.1 billion euros", 1100000000),
    N("14 years", 14),
    N("2021", 2021),
], traps=["Phase 3", "HT-204", "COVID-19", "first fortnight", "one in years", "first patient"])

# 7 -------------------------------------------------------------------------
P = "2026-02-09"
article("rail-collision", "One dead, 27 injured as passenger train hits freight train near Kelby", P, [
    Q('"This is a dark day for our railway and for everyone who relies on it,"', "Oskar Lindgren"),
    Q('"The driver\'s last words on the radio were \'I can\'t stop it,\'"', "Oskar Lindgren"),
    Q("'I can't stop it,'", None, "full", required=False),  # nested, unnamed driver
    Q('"That tells you he did everything he could."', "Oskar Lindgren"),
    Q('"We will find out what happened,"', "Helena Vos"),
    Q('"and if someone is responsible, they will be held to account."', "Helena Vos"),
    Q('"decades out of date."', "Rail Workers' Federation", "partial"),
    Q('"We warned about this section of track in 2019, in 2022 and again last year,"', "Rail Workers' Federation"),
    Q('"Every time, we were told it was on the list."', "Rail Workers' Federation"),
    Q('"look very hard"', "Nils Berg", "partial"),
    Q('"There is no indication of foul play,"', "Dunmore police"),
], [
    N("One passenger", 1),
    N("27 people", 27),
    VAGUE("on Monday", weekday(P, "Monday", "past")),
    N("four-car", 4),
    VAGUE("05:40"),
    N("143 passengers", 143),
    N("four crew", 4),
    N("70 km/h", 70),
    VAGUE("5:52 a.m."),
    N("Eight", 8),
    N("52-year-old", 52),
    VAGUE("mid-afternoon"),
    N("30 days", 30),
    N("31-kilometre", 31),
    N("1974", 1974),
    N("2019", 2019),
    N("2022", 2022),
    VAGUE("last year", year(P, -1)),
    N("2028", 2028),
    N("1.8 billion crown", 1800000000),
    N("22,000 passengers", 22000),
    N("five days", 5),
    N("15 minutes", 15),
    VAGUE("this year", year(P)),
    N("2011", 2011),
    N("nine people", 9),
], traps=["Series 460", "0800 555 0142", "12 Station Road", "first findings", "decades out of date",
          "second fatal"])

# 8 -------------------------------------------------------------------------
P = "2025-12-07"
MARSH = ("“I walked past the case three times before I saw it.", "That frightens me more than anything.”")
article("museum-theft-feature", "‘I walked past the case three times’: the curator who lost the Varga Brooch", P, [
    ("q_span", MARSH, None, None, dict(speaker="Elena Marsh", kind="full", required=True)),
    Q("‘Elena, where’s the Varga?’", "Peter Nwosu", "full", required=False),  # nested inside Marsh's quote
    H("“Stolen to order”"),
    Q("“This was not an opportunist,”", "Ray Okonjo"),
    Q("“Someone was paid to take that piece, and someone else is holding it now.”", "Ray Okonjo"),
    M("“the Velvet Thieves”"),
    Q("“It makes them sound glamorous,”", "Elena Marsh"),
    Q("“They are not glamorous. They are thieves.”", "Elena Marsh"),
    Q("“She kept saying it was her fault. It wasn’t her fault. It was a decision made in an office a long way "
      "from here,”", "Peter Nwosu"),
    Q("“She is the museum.”", "Tom Alcott"),
    Q("“We are deeply sorry that this happened on our watch,”", "Halloway Museum Trust"),
    Q("“I don’t sleep well,”", "Elena Marsh"),
    Q("“but I sleep. And every morning I still open the side door at half past seven.”", "Elena Marsh"),
], [
    N("twenty-three years", 23),
    VAGUE("half past seven", occ=0),
    DATE("14 October", month_day(P, "October", 14, "past")),
    N("58", 58),
    N("three times", 3),
    N("four centimetres", 4),
    N("seven weeks", 7),
    N("14 cameras", 14),
    N("Two of them", 2),
    VAGUE("the summer"),
    N("£6,800", 6800),
    N("1887", 1887),
    N("212 seed pearls", 212),
    N("9-carat", 9),
    N("1952", 1952),
    N("£1.2m", 1200000),
    VAGUE("last month", shift_month(P, -1)),
    N("300 hours", 300),
    N("40 witnesses", 40),
    N("£50,000", 50000),
    N("64", 64),
    N("11 years", 11),
    N("£85,000", 85000),
    N("a quarter", frac(1, 4)),
    N("2023", 2023),
    N("half", frac(1, 2), ctx="restore half"),
    VAGUE("next year", year(P, 1)),
    VAGUE("last week"),
    N("60,000 visitors", 60000),
    VAGUE("half past seven", occ=1),
    N("third circuit", 3, required=False),  # an ordinal count is a claim (issue 12, item 12)
], traps=["first hour", "one of its"])


# ---------------------------------------------------------------- building and checks
OPEN_CLOSE = set("“”‘’\"'")
NUMBER_WORDS = re.compile(
    r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty\w*|thirty|forty|fifty|"
    r"hundred\w*|thousand\w*|million|billion|dozen\w*|half|halves|third\w*|quarter\w*|fifth|once|twice|"
    r"double\w*|single|first|second|several|couple|few|decades?|century|fortnight)\b")


def locate(art, text, ctx, occ, name):
    if ctx is not None:
        n = art.count(ctx)
        if n != 1:
            sys.exit(f"{name}: context {ctx!r} occurs {n} times (want exactly 1)")
        base = art.index(ctx)
        if ctx.count(text) != 1:
            sys.exit(f"{name}: {text!r} occurs {ctx.count(text)} times in context {ctx!r}")
        start = base + ctx.index(text)
    else:
        pos, i = [], art.find(text)
        while i >= 0:
            pos.append(i)
            i = art.find(text, i + 1)
        if not pos:
            sys.exit(f"{name}: MISSING span {text!r}")
        if occ is None and len(pos) > 1:
            sys.exit(f"{name}: {text!r} occurs {len(pos)} times; give occ= or ctx=")
        if occ is not None and occ >= len(pos):
            sys.exit(f"{name}: {text!r} occurs {len(pos)} times; occ={occ} out of range")
        start = pos[occ or 0]
    end = start + len(text)
    assert art[start:end] == text
    return start, end


def build(a):
    path = os.path.join(HERE, a["name"] + ".txt")
    art = open(path, encoding="utf-8").read()
    name = a["name"]
    quotes, numbers = [], []
    for kind, text, ctx, occ, extra in a["items"]:
        if kind == "q_span":  # multi-paragraph quote given by its first and last sentence
            first, last = text
            s = art.index(first)
            assert art.count(first) == 1 and art.count(last) == 1, name
            e = art.index(last) + len(last)
            text = art[s:e]
        else:
            s, e = locate(art, text, ctx, occ, name)
        rec = dict(start=s, end=e, text=art[s:e])
        rec.update(extra)
        if rec["text"] != art[rec["start"]:rec["end"]]:
            sys.exit(f"{name}: text mismatch {rec['text']!r}")
        (quotes if kind in ("q", "q_span") else numbers).append(rec)

    # quote checks
    for q in quotes:
        t = q["text"]
        if t[0] not in OPEN_CLOSE or t[-1] not in OPEN_CLOSE:
            sys.exit(f"{name}: quote span does not start/end with a quote mark: {t!r}")
        assert q["kind"] in ("full", "partial", "heading", "mention"), q
        if q["kind"] in ("heading", "mention"):
            assert q["speaker"] is None and q["required"] is False, q
        if q["required"]:
            assert q["speaker"], q
    edges = {q["start"] for q in quotes} | {q["end"] - 1 for q in quotes}
    # an opening mark repeated at the start of a paragraph inside a multi-paragraph quote is not an edge
    inner_para = {i for q in quotes for i in range(q["start"] + 1, q["end"]) if art[i - 1] == "\n"}
    for i, ch in enumerate(art):
        if ch in "“”\"‘" and i not in edges and i not in inner_para:
            sys.exit(f"{name}: quote mark {ch!r} at {i} ({art[max(0, i - 30):i + 30]!r}) is not a gold quote edge")
    for o in quotes:  # the scorer takes the first prediction covering a gold quote: keep nested ones short
        for i in quotes:
            if i is not o and o["start"] <= i["start"] and i["end"] <= o["end"]:
                if (o["end"] - o["start"]) <= 2 * (i["end"] - i["start"]) + 4:
                    sys.exit(f"{name}: nested quote {i['text']!r} is too long for its outer quote")
    spans = sorted((q["start"], q["end"]) for q in quotes)
    if len(set(spans)) != len(spans):
        sys.exit(f"{name}: duplicate quote spans")

    # number checks
    numbers.sort(key=lambda n: n["start"])
    for x, y in zip(numbers, numbers[1:]):
        if y["start"] < x["end"]:
            sys.exit(f"{name}: overlapping numbers {x['text']!r} / {y['text']!r}")
    for n in numbers:
        if "date" in n:
            d = n["date"]
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d), d
            if len(d) == 10:
                D(d)
        if n["required"] and n["value"] is None and "date" not in n:
            assert re.match(r"(?i)(hundreds|dozens|thousands)", n["text"]), n  # vague quantities only
    covered = set()
    for n in numbers:
        covered.update(range(n["start"], n["end"]))
    trap_cov = set()
    for t in a["traps"]:
        if t not in art:
            sys.exit(f"{name}: trap {t!r} not in article")
        i = art.find(t)
        while i >= 0:
            trap_cov.update(range(i, i + len(t)))
            i = art.find(t, i + 1)
        for n in numbers:
            if set(range(n["start"], n["end"])) & trap_cov:
                sys.exit(f"{name}: trap {t!r} overlaps gold number {n['text']!r}")
    for m in re.finditer(NUMBER_WORDS, art):
        if not (set(range(m.start(), m.end())) & (covered | trap_cov)):
            sys.exit(f"{name}: number word {m.group()!r} at {m.start()} is neither gold nor a declared trap")
    for m in re.finditer(r"\d+", art):
        if not (set(range(m.start(), m.end())) & (covered | trap_cov)):
            sys.exit(f"{name}: digits {m.group()!r} at {m.start()} are neither gold nor a declared trap")

    n_chars = len(art)
    if not 2000 <= n_chars <= 5000:
        sys.exit(f"{name}: {n_chars} characters, want 2,000-5,000")
    quotes.sort(key=lambda q: q["start"])
    # required numbers first, optional ones after (as in the fixture gold), each by position
    numbers = [n for n in numbers if n["required"]] + [n for n in numbers if not n["required"]]
    gold = {"article": name + ".txt", "published": a["published"], "quotes": quotes, "numbers": numbers}
    meta = {"title": a["title"], "published": a["published"], "url": None}
    return gold, meta


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def main():
    check = "--check" in sys.argv
    bad = 0
    names = [a["name"] for a in ARTICLES]
    assert len(set(names)) == len(names)
    for a in ARTICLES:
        gold, meta = build(a)
        for suffix, obj in ((".gold.json", gold), (".meta.json", meta)):
            p = os.path.join(HERE, a["name"] + suffix)
            text = dump(obj)
            if check:
                if not os.path.exists(p) or open(p, encoding="utf-8").read() != text:
                    print("DIFFERS", p)
                    bad = 1
            else:
                with open(p, "w", encoding="utf-8") as f:
                    f.write(text)
        rq = sum(q["required"] for q in gold["quotes"])
        rn = sum(n["required"] for n in gold["numbers"])
        print(f"{a['name']:24s} {a['published']} {D(a['published']).strftime('%a')}  "
              f"quotes {rq:2d} required / {len(gold['quotes']):2d}   numbers {rn:2d} required / "
              f"{len(gold['numbers']):2d}")
    sys.exit(bad)


if __name__ == "__main__":
    main()
