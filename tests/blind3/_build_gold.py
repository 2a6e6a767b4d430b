"""Build the gold tables of the blind3 articles.

Every claim is declared by its text (plus `occ`, the 0-based occurrence, when the text repeats, or `ctx`, a
longer string that pins it down; `upto` ends a span that runs over several paragraphs).  The script finds
the span in the article as `open(path, encoding="utf-8").read()` returns it, checks
`text == article[start:end]`, fails loudly on a missing or ambiguous span, and rewrites NAME.gold.json and
NAME.meta.json.  It also fails when a digit, a quote mark, a number word or a date word of an article is
covered by no gold item and is not listed in that article's `not_claims` (so that every borderline span has
an optional item and nothing is forgotten).

    python tests/blind3/_build_gold.py          # rebuild all
    python tests/blind3/_build_gold.py --check  # verify only, write nothing
"""
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---------------------------------------------------------------- date helpers (all via datetime)
def _d(published):
    return date.fromisoformat(published)


def past_wd(published, name):
    """'on Monday' in past tense: the most recent such day on or before publication."""
    p = _d(published)
    return (p - timedelta((p.weekday() - WEEKDAYS.index(name)) % 7)).isoformat()


def next_wd(published, name):
    """'on Friday' in future tense: the next such day after publication."""
    p = _d(published)
    return (p + timedelta((WEEKDAYS.index(name) - p.weekday() - 1) % 7 + 1)).isoformat()


def past_md(published, month, day):
    p = _d(published)
    d = date(p.year, month, day)
    return (d if d <= p else date(p.year - 1, month, day)).isoformat()


def future_md(published, month, day):
    p = _d(published)
    d = date(p.year, month, day)
    return (d if d > p else date(p.year + 1, month, day)).isoformat()


def past_month(published, month):
    p = _d(published)
    return f"{p.year if month <= p.month else p.year - 1}-{month:02d}"


def future_month(published, month):
    p = _d(published)
    return f"{p.year if month > p.month else p.year + 1}-{month:02d}"


def last_month(published):
    p = _d(published)
    y, m = (p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12)
    return f"{y}-{m:02d}"


def year_of(published, delta=0):
    return str(_d(published).year + delta)


# ---------------------------------------------------------------- item declarations
def Q(text, speaker, kind="full", req=None, occ=None, ctx=None, upto=None):
    if req is None:
        req = kind in ("full", "partial")
    return dict(t="q", text=text, speaker=speaker, kind=kind, required=req, occ=occ, ctx=ctx, upto=upto)


def N(text, value, req=True, also=None, date=None, occ=None, ctx=None):
    return dict(t="n", text=text, value=value, required=req, also=also, date=date, occ=occ, ctx=ctx, upto=None)


def _bounded(article, s, e):
    """An occurrence counts only when it does not sit inside a longer word or number."""
    left_ok = s == 0 or not (article[s - 1].isalnum() and article[s].isalnum())
    right_ok = e == len(article) or not (article[e - 1].isalnum() and article[e].isalnum())
    return left_ok and right_ok


def _occurrences(hay, needle, base=0, article=None):
    out, i = [], hay.find(needle)
    while i >= 0:
        s, e = base + i, base + i + len(needle)
        if article is None or _bounded(article, s, e):
            out.append((s, e))
        i = hay.find(needle, i + 1)
    return out


def locate(article, item, name):
    text, occ, ctx, upto = item["text"], item["occ"], item["ctx"], item["upto"]
    where = f"{name}: {text[:50]!r}"
    if ctx is not None:
        spots = _occurrences(article, ctx)
        if not spots:
            sys.exit(f"MISSING ctx {ctx!r} for {where}")
        if occ is None and len(spots) > 1:
            sys.exit(f"AMBIGUOUS ctx {ctx!r} ({len(spots)}x) for {where}")
        cs, ce = spots[occ or 0]
        inner = _occurrences(ctx, text, base=cs, article=article)
        if len(inner) != 1:
            sys.exit(f"ctx {ctx!r} holds {len(inner)} bounded copies of {where}")
        s, e = inner[0]
    else:
        spots = _occurrences(article, text, article=article)
        if not spots:
            sys.exit(f"MISSING {where}")
        if occ is None and len(spots) > 1:
            sys.exit(f"AMBIGUOUS {where}: {len(spots)} occurrences, give occ or ctx")
        if occ is not None and occ >= len(spots):
            sys.exit(f"occ {occ} out of range ({len(spots)}) for {where}")
        s, e = spots[occ or 0]
    if upto is not None:
        j = article.find(upto, e)
        if j < 0:
            sys.exit(f"MISSING upto {upto!r} for {where}")
        e = j + len(upto)
    assert article[s:e].startswith(text)
    return s, e


# ---------------------------------------------------------------- coverage checks
NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|millions?|billions?|dozens?|half|halves|thirds?|quarters?|double|twice|triple|once|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|decades?|lakhs?|crores?"
)
DATE_WORDS = (
    r"today|tonight|yesterday|tomorrow|weekend|ago|(?:last|next|this)\s+(?:week|month|year|fiscal)"
)
MONTHS_WEEKDAYS = (  # case-sensitive: "May" the month, not "may" the verb
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
)
TRIGGERS = [
    re.compile(r"\d"),
    re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.I),
    re.compile(rf"\b(?:{DATE_WORDS})\b", re.I),
    re.compile(rf"\b(?:{MONTHS_WEEKDAYS})\b"),
]
DOUBLE_MARKS = "“”\""
OPENERS = " \n\t(—–-“\""


def coverage(article, name, quotes, numbers, not_claims):
    allowed = []
    for nc in not_claims:
        spots = _occurrences(article, nc)
        if not spots:
            sys.exit(f"{name}: not_claims entry {nc!r} is not in the article")
        allowed += spots
    nspans = [(n["start"], n["end"]) for n in numbers] + allowed
    qspans = [(q["start"], q["end"]) for q in quotes] + allowed
    inside = lambda i, j, spans: any(s <= i and j <= e for s, e in spans)
    touches = lambda i, j, spans: any(s < j and i < e for s, e in spans)
    problems = []
    for rx in TRIGGERS:
        for m in rx.finditer(article):
            if not touches(m.start(), m.end(), nspans):
                problems.append(f"uncovered number/date {m.group()!r} at {m.start()}: "
                                f"...{article[max(0, m.start() - 30):m.end() + 30]!r}")
    for i, ch in enumerate(article):
        opening_single = ch in "‘'" and (i == 0 or article[i - 1] in OPENERS) and i + 1 < len(article) \
            and article[i + 1].isalnum()
        if (ch in DOUBLE_MARKS or opening_single) and not inside(i, i + 1, qspans):
            problems.append(f"quote mark {ch!r} at {i} outside every quote item: "
                            f"...{article[max(0, i - 30):i + 30]!r}")
    if problems:
        sys.exit(f"{name}:\n  " + "\n  ".join(problems))


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def build(spec, write=True):
    name = spec["name"]
    path = HERE / f"{name}.txt"
    article = open(path, encoding="utf-8").read()
    n_chars = len(article)
    if not 1500 <= n_chars <= 4500:
        sys.exit(f"{name}: {n_chars} characters, want 1,500-4,500")
    pub = spec["published"]
    date.fromisoformat(pub)
    quotes, numbers = [], []
    for item in spec["items"]:
        s, e = locate(article, item, name)
        text = article[s:e]
        assert text == article[s:e]
        if item["t"] == "q":
            if text[0] not in "“\"‘'" or text[-1] not in "”\"’'":
                sys.exit(f"{name}: quote {text[:40]!r} must start and end with a quote mark")
            if item["kind"] not in ("full", "partial", "heading", "mention"):
                sys.exit(f"{name}: bad kind {item['kind']}")
            quotes.append(dict(start=s, end=e, text=text, speaker=item["speaker"], kind=item["kind"],
                               required=item["required"]))
        else:
            if text != text.strip() or not text:
                sys.exit(f"{name}: number span {text!r} has outer spaces")
            g = dict(start=s, end=e, text=text, value=_num(item["value"]), required=item["required"])
            if item["also"]:
                g["also_accept"] = [_num(a) for a in item["also"]]
            if item["date"]:
                if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", item["date"]):
                    sys.exit(f"{name}: bad date {item['date']}")
                if g["value"] is not None:
                    sys.exit(f"{name}: date item {text!r} must have value null")
                g["date"] = item["date"]
            numbers.append(g)
    for kind, items in (("quote", quotes), ("number", numbers)):
        seen = set()
        for it in items:
            if (it["start"], it["end"]) in seen:
                sys.exit(f"{name}: {kind} {it['text']!r} declared twice")
            seen.add((it["start"], it["end"]))
    ns = sorted(numbers, key=lambda n: n["start"])
    for a, b in zip(ns, ns[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"{name}: number items overlap: {a['text']!r} / {b['text']!r}")
    qs = sorted(quotes, key=lambda q: q["start"])
    for a, b in zip(qs, qs[1:]):  # quotes may only overlap by nesting, and a nested one is optional
        if b["start"] < a["end"] and (b["end"] > a["end"] or b["required"]):
            sys.exit(f"{name}: quote items overlap: {a['text'][:30]!r} / {b['text'][:30]!r}")
    coverage(article, name, quotes, numbers, spec.get("not_claims", []))
    quotes = qs
    numbers = sorted(numbers, key=lambda n: (not n["required"], n["start"]))
    gold = {"article": f"{name}.txt", "published": pub, "quotes": quotes, "numbers": numbers}
    meta = {"title": spec["title"], "published": pub, "url": None}
    if write:
        (HERE / f"{name}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        (HERE / f"{name}.meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    rq = sum(q["required"] for q in quotes)
    rn = sum(n["required"] for n in numbers)
    print(f"{name:34s} {n_chars:5d} chars  quotes {rq:2d} req / {len(quotes):2d}  "
          f"numbers {rn:2d} req / {len(numbers):2d}")
    return gold


# ================================================================= the articles
SPECS = []

# 1 ---------------------------------------------------------------- Indian English business
P = "2025-11-18"  # Tuesday
SPECS.append(dict(
    name="nalvadi-cable-plant", published=P,
    title="Nalvadi Electrolines to invest Rs 500 crore in new cable plant; shares jump 6%",
    items=[
        Q('"The demand visibility from transmission utilities and hyperscale data centres has never been '
          'stronger. This investment will nearly double our conductor capacity by FY28,"', "Ravindra Kulkarni"),
        Q('"We are not chasing volume for the sake of volume. Margins in the export business are 250-300 '
          'basis points better, and that is where the incremental capacity will go,"', "Meenakshi Iyer"),
        Q('"roughly 70 per cent"', "Meenakshi Iyer", "partial"),
        Q("'buy'", None, "mention"),
        Q('"well-timed and largely self-funded"', "Sterling Ward Securities", "partial"),
        Q('"At the current run-rate, we estimate the company can add Rs 1,000-1,200 crore to its topline '
          'annually once the Hosamandi unit stabilises,"', "Ankit Bhandari"),
        Q('"We thank the government for its support,"', "Ravindra Kulkarni"),

        N("Rs 500 crore", 5_000_000_000, also=[500], occ=0),
        N("6%", 6),
        N("on Monday", None, req=False, date=past_wd(P, "Monday")),
        N("Rs 500 crore", 5_000_000_000, also=[500], occ=1),
        N("two years", 2),
        N("62 acres", 62),
        N("1.2 lakh tonnes", 120_000, also=[1.2]),
        N("1,800 people", 1800),
        N("double", 2, req=False),
        N("FY28", 2028, req=False),
        N("first", 1, req=False, ctx="first phase"),
        N("October 2026", None, date="2026-10"),
        N("6.4 per cent", 6.4),
        N("Rs 1,184.50", 1184.5),
        N("on Tuesday", None, req=False, date=past_wd(P, "Tuesday")),
        N("Rs 1,212", 1212),
        N("14-month", 14, req=False),
        N("September quarter", None, req=False),
        N("Q2", 2, req=False),
        N("FY26", 2026, req=False),
        N("38 per cent", 38),
        N("Rs 146.7 crore", 1_467_000_000, also=[146.7]),
        N("Rs 106.3 crore", 1_063_000_000, also=[106.3]),
        N("last fiscal", None, req=False),
        N("Rs 2,318 crore", 23_180_000_000, also=[2318]),
        N("21 per cent", 21),
        N("Rs 4,950 crore", 49_500_000_000, also=[4950]),
        N("September 30", None, date=past_md(P, 9, 30)),
        N("40 per cent", 40),
        N("250-300 basis points", 250, also=[300]),
        N("70 per cent", 70),
        N("two quarters", 2),
        N("Rs 1,450", 1450),
        N("Rs 1,000-1,200 crore", 10_000_000_000, also=[12_000_000_000, 1000, 1200]),
        N("1,25,000 km", 125_000),
        N("FY25", 2025, req=False),
        N("4,300 people", 4300),
        N("five plants", 5),
        N("50 per cent", 50),
    ],
    not_claims=["annually once the"],
))

# 2 ---------------------------------------------------------------- Australian state politics
P = "2026-02-11"  # Wednesday
SPECS.append(dict(
    name="premier-rail-link", published=P,
    title="Premier rules out second stadium as Opposition demands costings for $1.4 billion rail link",
    items=[
        Q("“put every spare dollar into trains and hospitals”", "Joanne Halloran", "partial"),
        Q("“I’ve been very clear: we are not building a stadium while people in the outer suburbs are waiting "
          "45 minutes for a bus,”", "Joanne Halloran"),
        Q("“That’s the choice. Footy fans can still watch the footy at the ground we’ve already got.”",
          "Joanne Halloran"),
        Q("“lost control”", "Craig Dutfield", "partial"),
        Q("“Every year this Government delays, the bill goes up by another hundred million dollars,”",
          "Craig Dutfield"),
        Q("“If the Premier is so confident in her numbers, she should table them in Parliament next week. "
          "Otherwise Western Districts families are entitled to assume the worst.”", "Craig Dutfield"),
        Q("“have more to say closer to the election”", "Craig Dutfield", "partial"),
        Q("‘A leap of faith’", None, "heading"),
        Q("“I’m not signing a blank cheque. Nobody should,”", "Lisbeth Kaur"),
        Q("“It’s a leap of faith at this point, and I don’t take leaps of faith with $1.4 billion of public "
          "money.”", "Lisbeth Kaur"),
        Q("“The only poll that matters is the one in November,”", "Joanne Halloran"),

        N("second", 2, req=False),
        N("$1.4 billion", 1_400_000_000, occ=0),
        N("Wed 11 Feb 2026", None, req=False, date="2026-02-11"),
        N("4:12pm", None, req=False),
        N("on Wednesday", None, req=False, date=past_wd(P, "Wednesday")),
        N("first", 1, req=False, ctx="the first $380"),
        N("$380 million", 380_000_000),
        N("45 minutes", 45),
        N("2019", 2019),
        N("$920 million", 920_000_000),
        N("$1.4 billion", 1_400_000_000, occ=1),
        N("hundred million dollars", 100_000_000),
        N("next week", None, req=False),
        N("$1.8 billion and $2.1 billion", 1_800_000_000, also=[2_100_000_000]),
        N("4KX", 4, req=False),
        N("$1.4 billion", 1_400_000_000, occ=2),
        N("47", 47, ctx="47 of the 88"),
        N("88 seats", 88),
        N("three", 3, ctx="majority of three"),
        N("last month", None, req=False, date=last_month(P)),
        N("$61.2 billion", 61_200_000_000),
        N("June 2028", None, date="2028-06"),
        N("$48.5 billion", 48_500_000_000),
        N("this financial year", None, req=False),
        N("1,100 voters", 1100),
        N("on the weekend", None, req=False),
        N("34 per cent", 34),
        N("three points", 3),
        N("November", None, req=False, ctx="since November", date=past_month(P, 11)),
        N("37 per cent", 37),
        N("one", 1, req=False, ctx="the one in November"),
        N("November", None, req=False, ctx="one in November", date=future_month(P, 11)),
        N("November 28", None, date=future_md(P, 11, 28)),
    ],
))

# 3 ---------------------------------------------------------------- US local TV crime
P = "2025-10-27"  # Monday
SPECS.append(dict(
    name="alder-street-shooting", published=P,
    title="Police: Teen charged after shooting outside Alder Street bar leaves 2 hurt",
    items=[
        Q('"pulled a gun out of his waistband and just started firing."', None, "partial"),
        Q('"This was a senseless act of violence over what we believe was a spilled drink,"',
          "Dolores Quintanilla"),
        Q('"Two people are lucky to be alive this morning."', "Dolores Quintanilla"),
        Q('"We had officers there in under three minutes. That\'s a testament to the work they do,"',
          "Dolores Quintanilla"),
        Q('"It\'s every weekend. Fights, yelling, and now this,"', "Carla Dunn"),
        Q('"Somebody\'s going to get killed."', "Carla Dunn"),
        Q('"cooperating fully with police"', "Mitch Avery", "partial"),

        N("2 hurt", 2),
        N("9", 9, req=False, ctx="KTVR 9 News"),
        N("Oct. 27, 2025", None, req=False, date="2025-10-27"),
        N("6:02 AM", None, req=False),
        N("8 hours ago", None, req=False),
        N("19-year-old", 19),
        N("two people", 2),
        N("Sunday", None, req=False, ctx="early Sunday morning", date=past_wd(P, "Sunday")),
        N("1400 block", 1400, req=False),
        N("1:45 a.m.", None, req=False),
        N("34-year-old", 34),
        N("27-year-old", 27),
        N("Sunday", None, req=False, ctx="Sunday afternoon", date=past_wd(P, "Sunday")),
        N("19", 19, ctx="Rollins, 19,"),
        N("20 minutes", 20),
        N("two blocks", 2),
        N("two counts", 2),
        N("one count", 1),
        N("$250,000", 250_000),
        N("Sunday", None, req=False, ctx="news conference Sunday", date=past_wd(P, "Sunday")),
        N("Two people", 2),
        N("this morning", None, req=False),
        N("9mm", 9, req=False),
        N("six shell casings", 6),
        N("three minutes", 3),
        N("31 times", 31),
        N("January", None, req=False, date=past_month(P, 1)),
        N("12 years", 12),
        N("Tuesday", None, req=False, date=next_wd(P, "Tuesday")),
        N("(555) 014-2200", None, req=False),
        N("555-TIPS", None, req=False),
        N("$1,000", 1000),
        N("2025", 2025, req=False, ctx="Copyright 2025"),
    ],
    not_claims=["every weekend"],
))

# 4 ---------------------------------------------------------------- celebrity / entertainment
P = "2025-07-15"  # Tuesday
SPECS.append(dict(
    name="juniper-vale-tour", published=P,
    title="Juniper Vale cancels remaining ‘Saltwater Hymns’ tour dates, citing vocal cord surgery",
    items=[
        Q("‘Saltwater Hymns’", None, "mention"),
        Q("“heartbroken”", "Juniper Vale", "partial"),
        Q("“Saltwater Hymns”", None, "mention"),
        Q("“I have been putting off writing this", "Juniper Vale", upto="Louder. Promise.”"),
        Q("“Rest that golden voice, June. We’ll keep the lights on for you.”", "Ravi Castellanos"),
        Q("“the Lighthouse Girl”", None, "mention"),
        Q("“Lighthouse,”", None, "mention"),
        Q("“routine”", "Dana Whitcombe", "partial"),
        Q("“She’s in great hands and in good spirits,”", "Dana Whitcombe"),
        Q("“She’s already bossing her doctors around, which is a good sign.”", "Dana Whitcombe"),
        Q("“Saltwater Hymns,”", None, "mention"),
        Q("“singing through it for weeks, which was stupid.”", "Juniper Vale", "partial"),

        N("Monday", None, req=False, ctx="Monday night", date=past_wd(P, "Monday")),
        N("July 15, 2025", None, req=False, date="2025-07-15"),
        N("10:41am", None, req=False),
        N("29-year-old", 29),
        N("14 dates", 14),
        N("on Monday", None, req=False, ctx="announced on Monday", date=past_wd(P, "Monday")),
        N("three days", 3),
        N("2.3 million times", 2_300_000),
        N("2019", 2019),
        N("11 cities", 11),
        N("August", None, req=False, date="2025-08"),
        N("two nights", 2),
        N("18,000-seat", 18_000),
        N("in March", None, req=False, date=past_month(P, 3)),
        N("$48.6 million", 48_600_000),
        N("first", 1, req=False, ctx="first 32"),
        N("32 shows", 32),
        N("third", 3, req=False),
        N("No. 1", 1, req=False),
        N("200", 200, req=False, ctx="Hot Charts 200"),
        N("last October", None, req=False, date="2024-10"),
        N("1.1 million units", 1_100_000),
        N("7-10 business days", 7, also=[10]),
        N("second", 2, req=False),
        N("two years", 2),
        N("2023", 2023),
    ],
    not_claims=["voice, June."],
))

# 5 ---------------------------------------------------------------- tech product launch
P = "2026-03-04"  # Wednesday
SPECS.append(dict(
    name="lumenfold-pane-fold", published=P,
    title="Lumenfold unveils Pane Fold 2 with bigger battery, $1,499 price tag",
    items=[
        Q("“With Pane Fold 2 we set out to answer the two complaints we heard most: it’s too heavy, and it "
          "dies by dinner,”", "Harriet Osei"),
        Q("“We fixed both.”", "Harriet Osei"),
        Q("“Every gram we took out, we took out for a reason,”", "Lumenfold"),
        Q("“well over a million”", "Lumenfold", "partial"),
        Q("“entirely on-device”", "Lumenfold", "partial"),
        Q("“On-device AI isn’t a feature, it’s a privacy promise,”", "Vikram Sethi"),
        Q("“Your data shouldn’t have to leave your pocket to be useful.”", "Vikram Sethi"),
        Q("“The price cut matters more than the specs,”", "Nadia Brooks"),
        Q("“At fifteen hundred dollars, this is still a luxury purchase, but it’s no longer an absurd one.”",
          "Nadia Brooks"),

        N("2", 2, req=False, ctx="Pane Fold 2 with"),
        N("$1,499", 1499, occ=0),
        N("on Wednesday", None, req=False, date=past_wd(P, "Wednesday")),
        N("2", 2, req=False, ctx="the Pane Fold 2,"),
        N("second", 2, req=False),
        N("31 hours", 31),
        N("500,000 folds", 500_000),
        N("14 markets", 14),
        N("March 20", None, date=future_md(P, 3, 20)),
        N("$1,499", 1499, occ=1),
        N("256GB", 256, req=False),
        N("$200", 200),
        N("Friday", None, req=False, date=next_wd(P, "Friday")),
        N("2", 2, req=False, ctx="With Pane Fold 2 we"),
        N("two complaints", 2),
        N("219 grams", 219),
        N("12%", 12),
        N("8.9 millimetres", 8.9),
        N("7.9 inches", 7.9),
        N("a million", 1_000_000),
        N("2023", 2023),
        N("9%", 9),
        N("fourth quarter", 4, req=False),
        N("2025", 2025),
        N("$179", 179),
        N("fifteen hundred dollars", 1500),
        N("1.5%", 1.5),
        N("last year", None, req=False, date=year_of(P, -1)),
        N("18 million units", 18_000_000),
        N("3-4%", 3, also=[4]),
        N("2028", 2028),
        N("2.7%", 2.7),
        N("$84.12", 84.12),
        N("first-quarter", 1, req=False),
        N("April 29", None, date=future_md(P, 4, 29)),
    ],
    not_claims=["an absurd one"],
))

# 6 ---------------------------------------------------------------- weather / disaster (Philippine English)
P = "2025-10-21"  # Tuesday
SPECS.append(dict(
    name="typhoon-dindo-update", published=P,
    title="Typhoon 'Dindo' leaves 14 dead, 51,000 displaced as it exits PAR",
    items=[
        Q("'Dindo'", None, "mention"),
        Q('"Our rescuers are still digging by hand because heavy equipment cannot pass. The road is cut in at '
          'least three places,"', "Arnel Dizon"),
        Q('"Hindi pa po tapos. The rains are not over, so we advise residents in landslide-prone areas to stay '
          'in the evacuation centers,"', "Lorna Cabrera"),
        Q('"a wall of mud that came down in seconds."', "Arnel Dizon", "partial"),
        Q('"Dodong"', None, "mention"),
        Q('"We need food packs, drinking water and generators. Right now, we only have enough for two days,"',
          "Teodoro Manalastas"),
        Q('"Relief goods are prepositioned in all affected regions and more are on the way,"',
          "Department of Family Welfare"),

        N("14 dead", 14),
        N("51,000 displaced", 51_000),
        N("14 people", 14),
        N("51,000", 51_000, ctx="more than 51,000 were"),
        N("over the weekend", None, req=False),
        N("Tuesday", None, req=False, ctx="said Tuesday", date=past_wd(P, "Tuesday")),
        N("8 a.m.", None, req=False),
        N("14,362 families", 14_362),
        N("51,208 individuals", 51_208),
        N("212 barangays", 212),
        N("four provinces", 4),
        N("9,874 families", 9874),
        N("163 evacuation centers", 163),
        N("14", 14, ctx="stood at 14"),
        N("six people", 6),
        N("11 houses", 11),
        N("Sunday", None, req=False, date=past_wd(P, "Sunday")),
        N("three places", 3),
        N("P412.6 million", 412_600_000),
        N("18,430 hectares", 18_430),
        N("P1.27 billion", 1_270_000_000),
        N("380 kilometers", 380),
        N("20 km/h", 20),
        N("150 km/h", 150),
        N("185 km/h", 185),
        N("Tuesday", None, req=False, ctx="Tuesday evening", date=past_wd(P, "Tuesday")),
        N("No. 1", 1, req=False),
        N("50 to 100 millimeters", 50, also=[100]),
        N("Wednesday", None, req=False, date=next_wd(P, "Wednesday")),
        N("27 towns", 27),
        N("46 domestic flights", 46),
        N("Hundreds of families", None),
        N("Monday", None, req=False, date=past_wd(P, "Monday")),
        N("two days", 2),
        N("38,500 family food packs", 38_500),
        N("P26.9 million", 26_900_000),
        N("11th", 11, req=False),
        N("this year", None, req=False, date=year_of(P)),
        N("20 tropical cyclones", 20),
    ],
))

# 7 ---------------------------------------------------------------- obituary (Irish English)
P = "2025-05-13"  # Tuesday
SPECS.append(dict(
    name="nora-fennelly-obituary", published=P,
    title="Tributes paid to 'the heart of Cloonbarra' Nora Fennelly (94)",
    items=[
        Q("'the heart of Cloonbarra'", None, "heading"),
        Q("“the heart of Cloonbarra”", "Phil Mahon", "partial"),
        Q("“known every family in the parish by their handwriting”", "Siobhán Fennelly", "partial"),
        Q("“She could tell you who was writing to who from America before the envelope was even opened. She "
          "never told a soul, mind you,”", "Siobhán Fennelly"),
        Q("“Mam took the seal of the post office as seriously as any priest took the seal of confession.”",
          "Siobhán Fennelly"),
        Q("“half the marriages in the parish were arranged over the counter”", "Nora Fennelly", "partial"),
        Q("“I’ve sold stamps to three generations", "Nora Fennelly", upto="at it long enough.”"),
        Q("“There are 1,142 of them in it.", "Declan Fennelly", upto="until you open it,’”"),
        Q("‘Declan, a telegram is never good news until you open it,’", "Nora Fennelly", "full", req=False),
        Q("“right up to the last week”", "Cian Brennan", "partial"),
        Q("“She was doing the crossword in pen on Thursday. On Friday she told me I needed a haircut. That was "
          "Nana,”", "Cian Brennan"),

        N("94", 94, ctx="(94)"),
        N("38 years", 38),
        N("94", 94, ctx="She was 94"),
        N("Saturday", None, req=False, date=past_wd(P, "Saturday")),
        N("10 May", None, date=past_md(P, 5, 10)),
        N("2 February 1931", None, date="1931-02-02"),
        N("nine children", 9),
        N("1962", 1962),
        N("a year after", None, req=False),
        N("2009", 2009),
        N("decades", None, req=False),
        N("half", 0.5, also=[50]),
        N("2000", 2000),
        N("three generations", 3),
        N("First", 1, req=False, ctx="First Communion"),
        N("1960s", 1960, req=False),
        N("1,142", 1142),
        N("60 years", 60),
        N("2016", 2016),
        N("85", 85, ctx="age of 85"),
        N("the last week", None, req=False),
        N("Thursday", None, req=False, date=past_wd(P, "Thursday")),
        N("Friday", None, req=False, date=past_wd(P, "Friday")),
        N("14 grandchildren", 14),
        N("three great-grandchildren", 3),
        N("1987", 1987),
        N("19", 19, ctx="aged 19"),
        N("on Tuesday", None, req=False, date=P),
        N("5pm", None, req=False),
        N("7pm", None, req=False),
        N("Wednesday", None, req=False, date=next_wd(P, "Wednesday")),
        N("11am", None, req=False),
    ],
    not_claims=["May she rest", "once joked", "said to me once"],
))

# 8 ---------------------------------------------------------------- Q&A interview (Nigerian English)
P = "2025-08-26"  # Tuesday
SPECS.append(dict(
    name="rice-growers-interview", published=P,
    title="'We lost 40 per cent of our harvest to flooding' - Rice growers' chief, Ezeaku",
    items=[
        Q("'We lost 40 per cent of our harvest to flooding'", "Tobechukwu Ezeaku", "heading"),
        Q('"the money is still on paper."', "Tobechukwu Ezeaku", "partial"),
        Q('"the money will hit your accounts within two weeks."', "Halima Oyelaran", "partial"),
        Q('"harmonised"', None, "mention"),
        Q('"payments have started in batches."', "Sunday Ibekwe", "partial"),
        Q('"ghost farmers"', None, "mention"),
        Q('"no farmer will be left to carry this alone."', "Obinna Nwachukwu", "partial"),

        N("40 per cent", 40),
        N("last month", None, req=False, date=last_month(P)),
        N("N2.5 billion", 2_500_000_000, occ=0),
        N("this year", None, req=False, date=year_of(P)),
        N("2012", 2012, occ=0),
        N("2012", 2012, occ=1),
        N("two weeks", 2, occ=0),
        N("23 days", 23),
        N("6,800 registered members", 6800),
        N("4,000", 4000),
        N("N2.5 billion", 2_500_000_000, occ=1),
        N("one naira", 1, req=False),
        N("July 30", None, date=past_md(P, 7, 30)),
        N("two weeks", 2, occ=1),
        N("a month ago", None, req=False),
        N("last week", None, req=False, date=None),
        N("one farmer", 1, req=False),
        N("November", None, req=False, date=future_month(P, 11)),
        N("50kg", 50, req=False),
        N("N28,000", 28_000),
        N("last year", None, req=False, date=year_of(P, -1)),
        N("N46,500", 46_500),
        N("two hectares", 2),
        N("eight bags", 8),
        N("first", 1, req=False, ctx="first son"),
        N("60 per cent", 60),
        N("50", 50, ctx="above 50"),
        N("ten years", 10),
    ],
    not_claims=["Sunday Ibekwe"],
))

# 9 ---------------------------------------------------------------- opinion poll (Canadian English)
P = "2026-04-14"  # Tuesday
SPECS.append(dict(
    name="prairie-alliance-poll", published=P,
    title="Alliance holds six-point lead as carbon levy fight tightens race: poll",
    items=[
        Q("“The Alliance is still in front, but the trend line is not their friend,”", "Rachel Oduya"),
        Q("“Three months ago this was a 13-point race. Now it’s six.”", "Rachel Oduya"),
        Q("“Families in this province are paying $1,100 a year more to heat their homes and fill their tanks,”",
          "Owen Castellane"),
        Q("“That’s not a climate policy, that’s a cash grab.”", "Owen Castellane"),
        Q("“a slogan, not a plan.”", "Dana Ekstrom", "partial"),
        Q("“A sample of 200 young voters moves around a lot from month to month,”", "Rachel Oduya"),

        N("six-point lead", 6, occ=0),
        N("six-point lead", 6, occ=1),
        N("half", 0.5, also=[50]),
        N("Tuesday", None, req=False, date=past_wd(P, "Tuesday")),
        N("41 per cent", 41),
        N("today", None, req=False, date=P),
        N("35 per cent", 35),
        N("16 per cent", 16),
        N("8 per cent", 8),
        N("three points", 3),
        N("four", 4, ctx="up four"),
        N("January", None, req=False, date=past_month(P, 1)),
        N("Three months ago", None, req=False),
        N("13-point race", 13),
        N("six", 6, ctx="Now it’s six"),
        N("1,206 adults", 1206),
        N("April 8 to 11", None, date=past_md(P, 4, 8)),
        N("2.8 percentage points", 2.8),
        N("19 times out of 20", 0.95, also=[95]),
        N("18%", 18),
        N("a third", 1 / 3, also=[100 / 3, 33.3, 33]),
        N("$95 per tonne", 95),
        N("April 1", None, date=past_md(P, 4, 1)),
        N("February", None, req=False, date=past_month(P, 2)),
        N("100 days", 100),
        N("$1,100 a year", 1100),
        N("Monday", None, req=False, ctx="reporters Monday", date=past_wd(P, "Monday")),
        N("On Monday", None, req=False, date=past_wd(P, "Monday")),
        N("80 per cent", 80),
        N("47 per cent", 47),
        N("30", 30, ctx="to 30,"),
        N("36 per cent", 36),
        N("39", 39, ctx="to 39"),
        N("35", 35, ctx="under 35"),
        N("11 points", 11),
        N("One in five", 0.2, also=[20]),
        N("18 to 34", 18, also=[34]),
        N("200 young voters", 200),
        N("Oct. 19, 2027", None, date="2027-10-19"),
    ],
))

# 10 --------------------------------------------------------------- court ruling
P = "2025-06-20"  # Friday
SPECS.append(dict(
    name="marlow-springs-bodycam-ruling", published=P,
    title="Judge orders Marlow Springs to release police shooting video, calls delay 'indefensible'",
    items=[
        Q("'indefensible'", "Harriet Lindqvist", "heading"),
        Q('"indefensible,"', "Harriet Lindqvist", "partial"),
        Q('"collapse under the lightest scrutiny"', "Harriet Lindqvist", "partial"),
        Q('"The Open Records Act does not contain an exception for embarrassment,"', "Harriet Lindqvist"),
        Q('"A public body that is confident in its conduct has little reason to fear the public\'s gaze."',
          "Harriet Lindqvist"),
        Q('"The City has offered three reasons', "Harriet Lindqvist", upto='no jury to prejudice."'),
        Q("'ongoing investigation,'", None, "mention"),
        Q('"This is a win for every resident who believes the police should be accountable to the people they '
          'serve,"', "Gloria Nakamura-Reyes"),
        Q('"649 days"', "Benjamin Sato", "partial"),
        Q('"She has asked one question since the night he died: What happened to my son?"', "Benjamin Sato"),
        Q('"Now she\'s going to get an answer."', "Benjamin Sato"),
        Q('"reviewing the decision and weighing all options, including an appeal."', "Frank Dellamonica",
          "partial"),
        Q('"government is the servant of the people, and not the master of them,"', None, "mention"),
        Q('"inflame"', None, "mention"),
        Q('"The remedy for public distrust is more sunlight, not less,"', "Harriet Lindqvist"),

        N("on Thursday", None, req=False, date=past_wd(P, "Thursday")),
        N("2023", 2023, ctx="a 2023 police"),
        N("20 months", 20),
        N("38-page", 38),
        N("30 days", 30, occ=0),
        N("three reasons", 3),
        N("March 4, 2024", None, date="2024-03-04"),
        N("11 other releases", 11),
        N("26", 26, ctx="Okafor, 26"),
        N("Sept. 9, 2023", None, date="2023-09-09"),
        N("first", 1, req=False, ctx="first requested"),
        N("Oct. 2, 2023", None, date="2023-10-02"),
        N("$184,500", 184_500),
        N("$25", 25),
        N("$15,300", 15_300),
        N("649 days", 649),
        N("one question", 1, req=False),
        N("30 days", 30, occ=1),
        N("2019", 2019),
        N("20 business days", 20),
        N("10", 10, ctx="days to 10"),
    ],
))


def main():
    write = "--check" not in sys.argv
    for spec in SPECS:
        build(spec, write=write)


if __name__ == "__main__":
    main()
