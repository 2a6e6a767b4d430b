"""Generate the gold tables of the blind2 articles.

    python tests/blind2/_build_gold.py          # check every span, rewrite NAME.gold.json / NAME.meta.json
    python tests/blind2/_build_gold.py --check  # check only, write nothing

Every item is declared by its text; `n` picks the n-th occurrence (0-based) when the text occurs more than
once, or `ctx` names a longer string that occurs once and contains the item.  Occurrences of a text that
starts or ends with a letter or digit only count at word boundaries ("14" does not match inside "14,000"
or "2014").  A missing or ambiguous span is an error.  Offsets are Python str offsets into
open(path, encoding="utf-8").read(), and the script asserts text == article[start:end] for every item.

Lints (errors unless noted): quote items must start and end with a quote mark; every double quote mark
and every opening single quote of the article lies inside a quote item; every digit lies inside a number
item; number items do not overlap each other; date items have a resolved `date` or are optional.
Warnings: number words, weekdays, months and relative times that no number item covers (reviewed by
hand: each warning left is deliberate).
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


# ---------------------------------------------------------------- dates (resolved with datetime)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _pub(published):
    return dt.date.fromisoformat(published)


def weekday(published, name, tense):
    """'past': on or before publication; 'future': after it; None: nearest."""
    pub = _pub(published)
    back = (pub.weekday() - WEEKDAYS.index(name)) % 7
    fwd = (WEEKDAYS.index(name) - pub.weekday()) % 7 or 7
    if tense == "past":
        d = pub - dt.timedelta(days=back)
    elif tense == "future":
        d = pub + dt.timedelta(days=fwd)
    else:
        d = pub - dt.timedelta(days=back) if back <= fwd else pub + dt.timedelta(days=fwd)
    assert d.strftime("%A") == name
    return d.isoformat()


def next_weekday(published, name):
    """'next Saturday': the one in the week after the publication's (Monday-start) week."""
    pub = _pub(published)
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7)
    d = monday + dt.timedelta(days=WEEKDAYS.index(name))
    assert d.strftime("%A") == name
    return d.isoformat()


def month_day(published, month, day, tense):
    pub = _pub(published)
    cands = [dt.date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "past":
        d = max(c for c in cands if c <= pub)
    elif tense == "future":
        d = min(c for c in cands if c > pub)
    else:
        d = min(cands, key=lambda c: abs((c - pub).days))
    return d.isoformat()


def month(published, m, tense):
    pub = _pub(published)
    cands = [(y, m) for y in (pub.year - 1, pub.year, pub.year + 1)]
    now = (pub.year, pub.month)
    if tense == "past":
        y, mm = max(c for c in cands if c <= now)
    elif tense == "future":
        y, mm = min(c for c in cands if c > now)
    else:
        y, mm = min(cands, key=lambda c: abs((c[0] - now[0]) * 12 + c[1] - now[1]))
    return f"{y:04d}-{mm:02d}"


def months_ago(published, k):
    pub = _pub(published)
    i = pub.year * 12 + pub.month - 1 - k
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def years_ago(published, k):
    return f"{_pub(published).year - k:04d}"


def days_ago(published, k):
    return (_pub(published) - dt.timedelta(days=k)).isoformat()


# ---------------------------------------------------------------- item declarations


def Q(text, speaker, kind="full", n=None, ctx=None, required=None):
    if required is None:
        required = kind in ("full", "partial")
    return {"text": text, "speaker": speaker, "kind": kind, "required": required, "n": n, "ctx": ctx}


def N(text, value, n=None, ctx=None, required=True, also=None, date=None):
    return {"text": text, "value": value, "required": required, "also": also, "date": date, "n": n, "ctx": ctx}


def opt(text, value=None, **kw):
    return N(text, value, required=False, **kw)


def D(text, date, n=None, ctx=None, required=True):
    """A date: value null, `date` resolved against `published`."""
    return N(text, None, n=n, ctx=ctx, required=required, date=date)


def OD(text, date=None, n=None, ctx=None):
    """An optional (vague / relative) date or time."""
    return N(text, None, n=n, ctx=ctx, required=False, date=date)


# ---------------------------------------------------------------- span lookup


def occurrences(article, text):
    out, i = [], article.find(text)
    while i != -1:
        j = i + len(text)
        ok = True
        if text[0].isalnum() and i > 0 and article[i - 1].isalnum():
            ok = False
        if text[-1].isalnum() and j < len(article):
            nxt = article[j]
            if nxt.isalnum() or (nxt in ",." and j + 1 < len(article) and article[j + 1].isdigit() and text[-1].isdigit()):
                ok = False
        if ok:
            out.append(i)
        i = article.find(text, i + 1)
    return out


def locate(article, item, name):
    text = item["text"]
    if item["ctx"] is not None:
        cs = occurrences(article, item["ctx"])
        if len(cs) != 1:
            raise SystemExit(f"{name}: context {item['ctx']!r} occurs {len(cs)} times")
        inner = occurrences(item["ctx"], text)
        if len(inner) != 1:
            raise SystemExit(f"{name}: {text!r} occurs {len(inner)} times in context {item['ctx']!r}")
        start = cs[0] + inner[0]
    else:
        occ = occurrences(article, text)
        if not occ:
            raise SystemExit(f"{name}: MISSING span {text!r}")
        if item["n"] is None and len(occ) > 1:
            raise SystemExit(f"{name}: AMBIGUOUS span {text!r} occurs {len(occ)} times; give n= or ctx=")
        k = item["n"] or 0
        if k >= len(occ):
            raise SystemExit(f"{name}: span {text!r} has only {len(occ)} occurrences, n={k}")
        start = occ[k]
    end = start + len(text)
    assert article[start:end] == text
    return start, end


def num(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


# ---------------------------------------------------------------- lints

OPEN_CLOSE = "“”\"‘"
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"millions?|billions?|dozens?|half|quarter|third|twice|double[ds]?|tripled?|\w+fold|first|second|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|decades?|none|couple|few|several|dozen|once)\b",
    re.I,
)
TIME_WORDS = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Nov|today|yesterday|"
    r"tomorrow|tonight|spring|summer|autumn|winter|Thanksgiving|ago|last (?:week|month|year|season)|"
    r"next (?:week|month|year)|this (?:week|month|year|season))\b"
)


def covered(pos, spans):
    return any(s <= pos < e for s, e in spans)


def lint(name, article, quotes, numbers):
    errors, warnings = [], []
    qspans = [(q["start"], q["end"]) for q in quotes]
    nspans = [(x["start"], x["end"]) for x in numbers]
    for q in quotes:
        if q["text"][0] not in "“\"‘" or q["text"][-1] not in "”\"’":
            errors.append(f"quote does not start/end with a mark: {q['text'][:40]!r}")
    for i, ch in enumerate(article):
        if ch in OPEN_CLOSE and not covered(i, qspans):
            errors.append(f"quote mark {ch!r} at {i} outside any quote item: {article[max(0, i - 30):i + 30]!r}")
        if ch.isdigit() and not covered(i, nspans):
            errors.append(f"digit at {i} outside any number item: {article[max(0, i - 30):i + 30]!r}")
    s = sorted(nspans)
    for a, b in zip(s, s[1:]):
        if b[0] < a[1]:
            errors.append(f"number items overlap: {article[a[0]:a[1]]!r} / {article[b[0]:b[1]]!r}")
    for x in numbers:
        if x["value"] is None and "date" not in x and x["required"] and not x.get("vague"):
            pass  # vague quantities: value null, required
    for rx in (NUMBER_WORDS, TIME_WORDS):
        for m in rx.finditer(article):
            if not any(overlap_(m.span(), sp) for sp in nspans):
                warnings.append(f"uncovered {m.group(0)!r}: …{article[max(0, m.start() - 35):m.end() + 25]!r}…".replace("\n", " "))
    return errors, warnings


def overlap_(a, b):
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


# ---------------------------------------------------------------- build


def build(name, spec, write=True, show_warnings=True):
    path = HERE / f"{name}.txt"
    article = path.read_text(encoding="utf-8")
    if article.startswith("\ufeff"):
        raise SystemExit(f"{name}: remove the BOM")
    if not 2000 <= len(article) <= 5000:
        raise SystemExit(f"{name}: {len(article)} characters, want 2,000-5,000")
    pub = spec["published"]
    quotes, numbers = [], []
    for it in spec["quotes"]:
        s, e = locate(article, it, name)
        quotes.append({"start": s, "end": e, "text": article[s:e], "speaker": it["speaker"],
                       "kind": it["kind"], "required": it["required"]})
    for it in spec["numbers"]:
        s, e = locate(article, it, name)
        d = {"start": s, "end": e, "text": article[s:e], "value": num(it["value"]), "required": it["required"]}
        if it["also"] is not None:
            d["also_accept"] = [num(v) for v in it["also"]]
        if it["date"] is not None:
            d["date"] = it["date"]
        numbers.append(d)
    for lst in (quotes, numbers):
        seen = set()
        for x in lst:
            key = (x["start"], x["end"])
            if key in seen:
                raise SystemExit(f"{name}: duplicate item {x['text']!r}")
            seen.add(key)
    quotes.sort(key=lambda x: x["start"])
    numbers.sort(key=lambda x: x["start"])
    errors, warnings = lint(name, article, quotes, numbers)
    if errors:
        raise SystemExit(f"{name}:\n  " + "\n  ".join(errors))
    if show_warnings:
        for w in warnings:
            print(f"  warn {name}: {w}")
    gold = {"article": f"{name}.txt", "published": pub, "quotes": quotes, "numbers": numbers}
    meta = {"title": spec["title"], "published": pub, "url": None}
    if write:
        (HERE / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        (HERE / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    rq = sum(q["required"] for q in quotes)
    rn = sum(x["required"] for x in numbers)
    print(f"{name}: {len(article)} chars; quotes {rq} required / {len(quotes)}; "
          f"numbers {rn} required / {len(numbers)}")
    return gold


# ================================================================ the articles

ARTICLES = {}

# ---------------------------------------------------------------- 1. wire markets story
P = "2025-11-05"  # Wednesday
ARTICLES["copper-miner-guidance-cut"] = {
    "title": "Corrin Resources shares slump 18% after second output forecast cut",
    "published": P,
    "quotes": [
        Q('"This is a credibility problem more than a volume problem,"', "Calder Hoyt"),
        Q('"hold"', None, "mention", n=0),
        Q('"buy"', None, "mention", n=0),
        Q('"Two downgrades in one quarter will make it hard for anyone to underwrite the 2026 numbers."', "Calder Hoyt"),
        Q('"the worst we have seen there in a decade"', "Graham Tull", "partial"),
        Q('"We are not where we want to be, and I am not going to pretend otherwise,"', "Graham Tull"),
        Q('"But the ore body has not changed. The grades come back in 2026 and 2027."', "Graham Tull"),
        Q('"hard to justify"', "Sanjana Mehta", "partial"),
        Q('"Copper at $10,000 a ton forgives a lot of sins,"', "Brightwater Securities"),
        Q('"buy"', None, "mention", n=1),
        Q('"hold"', None, "mention", n=1),
        Q('"sell"', None, "mention"),
    ],
    "numbers": [
        OD("Nov 5", P),  # dateline
        N("18%", 18),
        OD("on Wednesday", weekday(P, "Wednesday", "past")),
        opt("one-day", 1),
        D("March 2020", "2020-03"),
        opt("second time", 2),
        N("three months", 3),
        N("310,000 and 325,000 metric tons", 310000, also=[325000]),
        OD("this year", P[:4], n=0),
        N("340,000-360,000 tons", 340000, also=[360000]),
        N("19-day strike", 19),
        opt("third quarter", 3),
        N("16.4%", 16.4),
        N("1,182 pence", 1182, also=[11.82]),
        OD("1120 GMT"),
        N("2.1 billion pounds", 2.1e9),
        N("$2.7 billion", 2.7e9),
        N("0.3%", 0.3),
        N("2.8%", 2.8),
        N("1.9%", 1.9),
        N("Two downgrades", 2),
        opt("one quarter", 1),
        N("2026", 2026, n=0),
        D("Oct. 9", month_day(P, 10, 9, "past")),
        N("14,000 tons", 14000),
        opt("a decade", 1, also=[10]),
        N("2026", 2026, n=1),
        N("2027", 2027),
        opt("C1", 1),
        N("$2.05-$2.20 per pound", 2.05, also=[2.2]),
        N("$1.85-$2.00", 1.85, also=[2.0]),
        N("$1.4 billion to $1.5 billion", 1.4e9, also=[1.5e9]),
        N("$150 million", 150e6),
        N("$3.85 billion", 3.85e9),
        OD("the end of September", month(P, 9, "past")),
        N("$3.1 billion", 3.1e9),
        OD("the end of June", month(P, 6, "past")),
        N("42 cents a share", 42, also=[0.42]),
        N("$600 million", 600e6),
        OD("in February", month(P, 2, "past")),
        N("1,250 pence", 1250, also=[12.5]),
        N("1,600 pence", 1600, also=[16]),
        N("9% cut", 9),
        N("2025", 2025),
        N("5.5 times", 5.5),
        N("7 times", 7),
        N("five years", 5),
        N("$10,000 a ton", 10000),
        N("0.6%", 0.6),
        N("$10,412", 10412),
        N("$11,210", 11210),
        OD("late October", month(P, 10, "past")),
        opt("several large mines"),
        N("21 analysts", 21),
        N("14", 14, ctx="Corrin, 14 rate"),
        N("seven", 7, ctx="seven rate it"),
        opt("none", 0),
        N("a quarter", 0.25, also=[25]),
        OD("this year", P[:4], n=1),
        OD("Wednesday", weekday(P, "Wednesday", "past"), ctx="Wednesday's slump"),
    ],
}

# ---------------------------------------------------------------- 2. British politics piece
P = "2026-02-17"  # Tuesday
ARTICLES["rural-bus-funding"] = {
    "title": "Rural bus routes to get £350m as £3 fare cap extended to 2028",
    "published": P,
    "quotes": [
        Q("‘keep the last bus running’", "Rachel Dunmore", "partial"),
        Q("‘recycling’", "Conservatives", "partial"),
        Q("‘For too many people the bus isn’t a choice, it’s the only way to get to work, to the GP, to college. "
          "If it doesn’t turn up, they’re stuck.’", "Rachel Dunmore"),
        Q("‘within months, not years’", "Rachel Dunmore", "partial"),
        Q("‘Sticking plaster’", None, "heading"),
        Q("‘Any new money is welcome, but let’s be honest about what this is. It is a sticking plaster on a wound "
          "that has been open for 10 years.’", "Graham Whitcombe"),
        Q("‘smoke and mirrors’", "Owen Pritchard", "partial"),
        Q("‘Half of this money was announced in last year’s Budget. The minister is re-announcing it and hoping "
          "nobody notices,’", "Owen Pritchard"),
        Q("‘She stood at the despatch box in 2024 and told us “every village will have a bus”. Two years on, "
          "thousands of them still don’t.’", "Owen Pritchard"),
        Q("“every village will have a bus”", "Rachel Dunmore", "partial", required=False),  # nested
        Q("‘reallocated from underspent budgets’", "Rachel Dunmore", "partial"),
        Q("‘It’s a start. I’m not going to stand here and tell you we’ve fixed it.’", "Rachel Dunmore"),
    ],
    "numbers": [
        N("£350m", 350e6, n=0),
        N("three years", 3),
        N("£3", 3, n=0),
        D("March 2028", "2028-03"),
        N("2015", 2015, n=0),
        N("1,200 rural routes", 1200),
        opt("the past decade", 1, also=[10]),
        N("a quarter", 0.25, also=[25]),
        OD("on Tuesday", weekday(P, "Tuesday", "past")),
        OD("April", month(P, 4, "future")),
        opt("first", 1),
        N("2023", 2023),
        N("£3.50", 3.5),
        OD("next January", month(P, 1, "future")),
        N("£3", 3, n=1),
        N("£210m a year", 210e6),
        N("37 county authorities", 37),
        N("£11 a year", 11),
        N("10 years", 10),
        N("28 per cent", 28),
        N("2021", 2021),
        N("£9 per passenger journey", 9),
        N("Half", 0.5, also=[50]),
        OD("last year", years_ago(P, 1), n=0),
        N("2024", 2024),
        opt("Two years on", 2),
        N("thousands of them", None),
        opt("doubled", 2),
        N("£700m", 700e6),
        N("£2", 2),
        opt("under-22s", 22),
        OD("last year", years_ago(P, 1), n=1),
        N("twice", 2),
        N("14 per cent", 14),
        N("7 per cent", 7),
        N("one in four rural households", 0.25, also=[25]),
        OD("18:00"),
        N("£175m", 175e6),
        N("£350m", 350e6, n=1),
        N("68 local transport authorities", 68),
        N("2015", 2015, n=1),
    ],
}

# ---------------------------------------------------------------- 3. US courts story
P = "2025-10-15"  # Wednesday; the ruling was on Tuesday Oct. 14
ARTICLES["app-store-age-law-blocked"] = {
    "title": "Judge blocks Illinois law requiring app stores to verify users' ages",
    "published": P,
    "quotes": [
        Q('"a legitimate and even compelling interest"', "Marian Holt", "partial"),
        Q('"the bluntest instrument available"', "Marian Holt", "partial"),
        Q('"The Act does not merely burden minors\' access to speech; it burdens everyone\'s,"', "Marian Holt"),
        Q('"An adult who declines to hand over a government ID to download a weather app is, under this statute, '
          'an adult who does not get the weather app."', "Marian Holt"),
        Q('"We are disappointed but not surprised. The companies that profit from our kids\' attention will always '
          'find a lawyer to say that protecting those kids is unconstitutional,"', "Laura Pettis"),
        Q('"We\'ll see them in the 7th Circuit."', "Laura Pettis"),
        Q('"a win for every Illinoisan who values their privacy,"', "Steven Ruiz", "partial"),
        Q('"Nobody is against protecting kids,"', "Steven Ruiz"),
        Q('"We\'re against a law that treats a 45-year-old downloading a bus timetable like a 12-year-old '
          'downloading a chat app."', "Steven Ruiz"),
        Q('"Fifty different state laws were never going to be the answer,"', "Dana Whitfield"),
        Q('"One national standard is."', "Dana Whitfield"),
        Q('"before Thanksgiving."', "Carl Benning", "partial"),
        Q('"gutted"', "Angela Korver", "partial"),
        Q('"I\'m not a lawyer. I\'m a mom who watched her 13-year-old get served things no adult should see,"',
          "Angela Korver"),
        Q('"The judge talks about the weather app. I\'d like her to talk about that."', "Angela Korver"),
        Q('"less restrictive alternatives,"', "Marian Holt", "partial"),
    ],
    "numbers": [
        OD("on Tuesday", weekday(P, "Tuesday", "past")),
        N("16", 16),
        opt("First", 1),
        N("two largest", 2),
        N("11 weeks", 11),
        D("Jan. 1", month_day(P, 1, 1, "future")),
        N("42-page opinion", 42),
        OD("in May", month(P, 5, "past")),
        N("101-12", 101, also=[12]),
        N("48-7", 48, also=[7]),
        D("June 20", month_day(P, 6, 20, "past")),
        D("Aug. 8", month_day(P, 8, 8, "past")),
        N("$2,500 per violation", 2500),
        N("$7,500", 7500),
        OD("Tuesday", weekday(P, "Tuesday", "past"), ctx="said Tuesday"),
        opt("7th", 7, n=0),
        opt("7th", 7, n=1),
        N("9.8 million adult users", 9.8e6),
        N("45-year-old", 45),
        N("12-year-old", 12),
        N("14 other states", 14),
        OD("this year", P[:4]),
        OD("in September", month(P, 9, "past")),
        N("68%", 68),
        N("22%", 22),
        N("Fifty", 50),
        opt("One", 1, ctx="One national standard"),
        OD("Thanksgiving", "2025-11-27"),  # fourth Thursday of November 2025
        opt("three", 3, ctx="mother of three"),
        OD("last spring"),
        N("13-year-old", 13),
        OD("Wednesday", weekday(P, "Wednesday", "past")),
        N("2014", 2014),
        N("3 in 4 parents", 0.75, also=[75]),
        D("Nov. 4", month_day(P, 11, 4, "future")),
    ],
}

# ---------------------------------------------------------------- 4. long feature
P = "2025-07-19"  # Saturday
ARTICLES["island-ferry-feature"] = {
    "title": "‘Every cancellation is a little decision’: the island waiting for its ferry",
    "published": P,
    "quotes": [
        Q("“You learn to live by the timetable,”", "Morag Lennie"),
        Q("“Then you learn to live without one.”", "Morag Lennie"),
        Q("“People think it’s an inconvenience, like a late train,”", "Ewan Baird"),
        Q("“It isn’t. If the boat doesn’t go, the dialysis patient doesn’t get to the hospital. The builder doesn’t "
          "get his materials, so the house doesn’t get finished, so the young family that was going to move into "
          "it goes somewhere else.\n\n"
          "“We had a couple last spring, both teachers, with jobs and a house lined up here. They came over for a "
          "weekend in March and were stuck for four days because of a fault on the vessel. They went back and took "
          "jobs in Dunmarron instead. You can’t blame them.\n\n"
          "“Every one of those cancellations is a little decision someone makes about whether this place has a "
          "future.”", "Ewan Baird"),
        Q("“I’ve done the maths on leaving more times than I can count,”", "Kirsty Orr"),
        # the husband is only ever named "Dougie"; the scorer checks the gold speaker's last word
        Q("“If we go, that’s the shop gone. Then it’s the post office, because that’s us too. You can’t keep "
          "pulling bricks out of a wall.”", "Dougie"),
        Q("“The boat is the hospital, the boat is the school run, the boat is the funeral,”", "Alasdair Munro"),
        Q("“no plans”", "Westmarch Ferries", "partial"),
        Q("“We recognise the disruption that island communities have experienced, and we are sorry for it,”",
          "Westmarch Ferries"),
        Q("“The new vessel will carry 40% more vehicles and will allow us to restore a second winter sailing.”",
          "Westmarch Ferries"),
        Q("“unforeseen issues at the shipyard”", "Hiort Connect", "partial"),
        Q("“A minister stood on that pier in 2019 and told us, ‘You will not be forgotten,’”", "Ewan Baird"),
        Q("‘You will not be forgotten,’", None, "full", required=False),  # nested, unnamed minister
        Q("“I wrote that down. It’s in the spreadsheet.”", "Ewan Baird"),
        Q("“It’s not the sea that’ll finish us,”", "Morag Lennie"),
        Q("“It’s the waiting.”", "Morag Lennie"),
    ],
    "numbers": [
        OD("6.40am"),
        N("a dozen people", 12),
        N("two nurses", 2),
        opt("one", 1, ctx="without one"),
        opt("twice a week", 2),
        N("71 years", 71),
        N("four miles", 4),
        N("three days a week", 3),
        opt("1970s", 1970),
        N("900 people", 900),
        N("2022", 2022),
        N("412", 412),
        OD("Today", P),
        N("356", 356),
        OD("winter", ctx="the winter of 2023"),
        N("2023", 2023),
        N("three sailings a day", 3),
        N("one", 1, ctx="to one between"),
        OD("October"),
        OD("March", ctx="October and March"),
        N("1991", 1991),
        N("11 years", 11),
        OD("last year", years_ago(P, 1)),
        N("147", 147),
        N("double", 2),
        N("2021", 2021),
        opt("a couple", 2),
        OD("last spring"),
        OD("in March", month(P, 3, "past")),
        N("four days", 4),
        opt("Every one", 1),
        opt("Five years ago", 5, date=years_ago(P, 5)),
        N("19 pupils", 19),
        OD("in August", month(P, 8, "future")),
        N("seven", 7, ctx="with seven, three"),
        N("three of them", 3),
        N("2024", 2024),
        N("34", 34),
        OD("summer", ctx="in summer the shop"),
        N("£4,200", 4200),
        OD("in January"),
        opt("once a day", 1),
        N("half", 0.5, also=[50]),
        N("six funerals", 6),
        OD("last winter"),
        N("Two", 2, ctx="Two were delayed"),
        opt("a week", 1, ctx="more than a week", also=[7]),
        N("£38m", 38e6),
        OD("spring", ctx="in spring 2027"),
        N("2027", 2027),
        N("two years later", 2),
        N("40% more vehicles", 40),
        opt("second winter sailing", 2),
        opt("first", 1, ctx="than first promised"),
        N("£2.6m", 2.6e6),
        N("18 months", 18),
        N("2019", 2019),
        OD("7.25am"),
        N("35 minutes", 35),
    ],
}

# ---------------------------------------------------------------- 5. football match report
P = "2026-03-08"  # Sunday; the match was on Saturday
ARTICLES["harwell-dunmore-match-report"] = {
    "title": "Harwell Athletic 3-1 Dunmore Rovers: teenager Vance settles it off the bench",
    "published": P,
    "quotes": [
        Q("“I thought we were poor for 25 minutes, really poor,”", "Neil Corrigan"),
        Q("“We were second to everything. But the reaction after that was everything I’ve asked of them this "
          "season.\n\n"
          "“Elliot’s been knocking on the door for weeks. I told him at half-time, ‘Be ready, you’re going on,’ "
          "and he’s gone and done that. I’m delighted for the kid.”", "Neil Corrigan"),
        Q("‘Be ready, you’re going on,’", "Neil Corrigan", "full", required=False),  # nested
        Q("“It doesn’t feel real,”", "Elliot Vance"),
        Q("“I’ve been dreaming about that since I was six years old. My mum and dad were in the stand and I "
          "couldn’t even look at them after, I’d have cried.”", "Elliot Vance"),
        Q("“thrown it away”", "Paul Hennessy", "partial"),
        Q("“At 1-0 we should be killing the game,”", "Paul Hennessy"),
        Q("“Instead we’ve given away a penalty and a goal from a set piece, and you can’t do that at this level. "
          "I’m not having a go at Kieran. He’s been our best player all season.”", "Paul Hennessy"),
        Q("“soft”", "Paul Hennessy", "partial"),
        Q("“We told each other to stop feeling sorry for ourselves,”", "Jordan Blake"),
        Q("“We’d let them bully us. Second half, we were the ones doing the bullying.”", "Jordan Blake"),
    ],
    "numbers": [
        N("3-1", 3, also=[1]),
        OD("on Saturday", weekday(P, "Saturday", "past")),
        N("two points", 2),
        N("four", 4, ctx="won four of"),
        N("five away games", 5),
        opt("12th minute", 12),
        opt("half-time", n=0),
        N("19", 19),
        opt("67th minute", 67),
        opt("first senior goal", 1),
        N("20 yards", 20),
        N("eight minutes", 8),
        N("25 minutes", 25),
        opt("half-time", n=1),
        opt("second", 2, ctx="second to everything"),
        OD("this season"),
        N("nine", 9),
        OD("Friday night", weekday(P, "Friday", "past")),
        N("six years old", 6),
        opt("two up", 2),
        N("20 minutes", 20),
        N("1-0", 1, also=[0]),
        OD("all season"),
        opt("half-time", n=2),
        N("31-year-old", 31),
        opt("Second half", 2),
        N("61%", 61),
        N("17 shots", 17),
        N("six", 6, ctx="Rovers’ six"),
        N("14,206", 14206),
        N("2019", 2019),
        opt("eighth", 8),
        N("58 points", 58),
        N("36 games", 36),
        N("two", 2, ctx="two behind"),
        opt("sixth", 6),
        N("10 matches", 10),
        opt("fifth", 5),
        N("63 points", 63),
        N("three", 3, ctx="lost three of"),
        N("four", 4, ctx="their last four"),
        opt("16th goal", 16),
        opt("one more", 1),
        OD("last season"),
        OD("on Tuesday", weekday(P, "Tuesday", "future")),
        OD("next Saturday", next_weekday(P, "Saturday")),
    ],
}

# ---------------------------------------------------------------- 6. science / health story
P = "2025-12-02"  # Tuesday; the paper came out on Monday
ARTICLES["short-sleep-heart-rhythm-study"] = {
    "title": "Sleeping under six hours linked to higher risk of irregular heartbeat, study finds",
    "published": P,
    "quotes": [
        Q("“This is one of the clearest signals we have seen that sleep duration is not just a lifestyle issue but "
          "a cardiovascular risk factor in its own right,”", "Hannah Verhoeven"),
        Q("“It’s an observational study, so we can’t rule out that something else is driving both,”",
          "Hannah Verhoeven"),
        Q("“But the association held up in every way we tried to break it.”", "Hannah Verhoeven"),
        Q("“robust”", "Daniel Osei", "partial"),
        Q("“Most studies in this area ask people how long they sleep, and people are terrible at estimating it – "
          "we tend to overestimate by 30 to 60 minutes,”", "Daniel Osei"),
        Q("“may not translate neatly”", "Daniel Osei", "partial"),
        Q("“We’d urge anyone who notices a fluttering or racing heartbeat to speak to their GP, particularly if they "
          "are over 65,”", "Heart Rhythm Trust"),
        Q("“It takes a few seconds to check a pulse, and it could prevent a stroke.”", "Heart Rhythm Trust"),
    ],
    "numbers": [
        N("six hours", 6, n=0),
        N("48,000 people", 48000),
        opt("a decade", 1, also=[10]),
        OD("on Monday", weekday(P, "Monday", "past")),
        N("31%", 31),
        N("seven to eight hours", 7, also=[8]),
        N("1 in 5 participants", 0.2, also=[20]),
        N("six hours", 6, n=1),
        opt("one of the", 1),
        N("47,862 adults", 47862),
        N("40 to 69", 40, also=[69]),
        N("2011 and 2014", 2011, also=[2014]),
        N("seven days", 7),
        N("9.4 years", 9.4),
        N("2,914 people", 2914),
        N("6.1%", 6.1),
        N("six hours", 6, n=2),
        N("1.31", 1.31),
        opt("95%", 95, n=0),
        N("1.12 to 1.48", 1.12, also=[1.48]),
        N("nine hours", 9),
        opt("one", 1, ctx="crossed one"),
        N("1.09", 1.09),
        opt("95%", 95, n=1),
        N("0.94–1.27", 0.94, also=[1.27]),
        N("twice", 2),
        N("29%", 29),
        N("six hours", 6, n=3),
        N("17%", 17),
        N("12 percentage points", 12),
        N("30 to 60 minutes", 30, also=[60]),
        N("94%", 94),
        N("56", 56),
        N("1.6 million people", 1.6e6),
        N("fivefold", 5),
        N("65", 65),
        opt("a few seconds"),
        N("45 minutes", 45),
        N("600 patients", 600),
        OD("the spring"),
    ],
}

# ---------------------------------------------------------------- 7. conflict report
P = "2026-01-22"  # Thursday
ARTICLES["qadira-air-strikes"] = {
    "title": "Air strikes kill at least 34 in besieged Qadira as hospital fuel runs low",
    "published": P,
    "quotes": [
        Q('"Medical teams are working with what little they have left. Many of the wounded are being treated on '
          'the floor of corridors,"', "Ministry of Health"),
        Q('"command centres and weapons depots"', "Ardanian Armed Forces", "partial"),
        Q('"We heard the planes and then the whole street shook. My neighbour\'s house is gone. His two daughters '
          'were inside,"', "Yusuf Karam"),
        Q('"We dug with our hands until the morning."', "Yusuf Karam"),
        Q('"We have patients on mattresses in the car park,"', "Samira Aziz"),
        Q('"We are choosing who to save."', "Samira Aziz"),
        Q('"After that, the generators stop, the incubators stop, the ventilators stop,"',
          "UN Relief and Shelter Agency"),
        Q('"This is not a warning about something that might happen. It is a countdown."',
          "UN Relief and Shelter Agency"),
        Q('"a city living underground"', "Leila Nasser", "partial"),
        Q('"People told us they have not seen daylight for days. They sleep in basements, they cook in basements, '
          'and they only come out when they hear that a bread distribution is happening,"', "Leila Nasser"),
        Q('"humanitarian corridor"', None, "mention"),
    ],
    "numbers": [
        N("34 people", 34),
        N("11 children", 11),
        OD("on Thursday", weekday(P, "Thursday", "past")),
        N("96 others", 96),
        OD("midnight"),
        OD("in October", month(P, 10, "past")),
        N("1,847", 1847),
        N("2023", 2023, n=0),
        N("43-year-old", 43),
        opt("first strike", 1),
        OD("1am"),
        N("two daughters", 2),
        N("120 beds", 120),
        OD("since Tuesday", weekday(P, "Tuesday", "past")),
        N("three more days", 3),
        N("40,000 litres", 40000),
        N("15km", 15),
        D("January 18", month_day(P, 1, 18, "past")),
        N("200,000 people", 200000),
        N("60 percent", 60),
        N("fourfold and sixfold", 4, also=[6]),
        N("40km", 40),
        N("72-hour", 72),
        OD("last week", None),
        opt("two sides", 2),
        D("April 2023", "2023-04"),
        N("40,000 people", 40000),
        N("3 million", 3e6),
    ],
}

# ---------------------------------------------------------------- 8. local news
P = "2025-08-28"  # Thursday
ARTICLES["cobb-lane-flooding"] = {
    "title": "Cobb Lane residents ‘left to sink’ as £2.4m flood scheme shelved",
    "published": P,
    "quotes": [
        Q("“left to sink”", None, "partial"),  # the street's residents as a group
        # speaker only named in the next sentence ("That is the verdict of Roy Tennant")
        Q("“We’ve been patient. We’ve been polite. We’ve filled in every form they’ve sent us. It hasn’t made a "
          "blind bit of difference.”", "Roy Tennant"),
        Q("“I lost my husband’s photographs, his medals, everything that was in the bottom of the dresser,”",
          "Pauline Hendry"),
        Q("“You can’t claim for that. There’s no insurance for that.”", "Pauline Hendry"),
        Q("“The first time you think it’s bad luck. The second time you think, right, they’ll do something now,”",
          "Sheila Marr"),
        Q("“By the third time you just start carrying things upstairs in November and bringing them down again in "
          "April.”", "Sheila Marr"),
        Q("“Who’s going to buy it?”", "Pauline Hendry"),
        Q("“Would you?”", "Pauline Hendry"),
        Q("“Every time it rains hard I’m up at 3am looking out of the window,”", "Dennis Crabb"),
        Q("“shares residents’ frustration”", "Mark Ebdon", "partial"),
        Q("“The scheme was costed at £2.4m in 2022. It is now £3.1m, and our share of that has gone up by almost "
          "60 per cent,”", "Mark Ebdon"),
        Q("“We are still pursuing government funding and I have not given up on it.”", "Mark Ebdon"),
        Q("“adequate”", "Vale Water", "partial"),
        Q("“They can say what they like,”", "Roy Tennant"),
        Q("“We’ve got the pictures.”", "Roy Tennant"),
        Q("“in numbers”", "Roy Tennant", "partial"),
    ],
    "numbers": [
        N("four times", 4),
        N("six years", 6),
        N("£2.4m", 2.4e6, n=0),
        OD("last week"),
        opt("first", 1, ctx="first proposed"),
        N("2021", 2021),
        OD("this financial year"),
        N("£3.1m", 3.1e6, n=0),
        N("47 homes", 47),
        OD("in January", month(P, 1, "past")),
        N("40cm", 40),
        opt("Several families"),
        N("71", 71),
        N("1979", 1979),
        N("64", 64),
        N("five months", 5),
        OD("January", month(P, 1, "past"), ctx="the January floods"),
        N("£250", 250),
        N("£5,000", 5000),
        N("tripled", 3),
        N("58", 58),
        N("2004", 2004),
        N("2019", 2019),
        N("three times", 3),
        opt("first time", 1),
        opt("second time", 2),
        opt("third time", 3),
        OD("November"),
        OD("April"),
        OD("last month", months_ago(P, 1)),
        N("£40,000", 40000),
        opt("a few streets"),
        OD("3am"),
        N("67", 67),
        N("£2,800", 2800),
        N("1,300 signatures", 1300),
        OD("on Saturday", weekday(P, "Saturday", "past")),
        N("£2.4m", 2.4e6, n=1),
        N("2022", 2022),
        N("£3.1m", 3.1e6, n=1),
        N("60 per cent", 60),
        D("September 16", month_day(P, 9, 16, "future")),
        OD("January", month(P, 1, "past"), ctx="the January flooding"),
        N("two occasions", 2),
    ],
}


def main():
    write = "--check" not in sys.argv
    for name, spec in ARTICLES.items():
        build(name, spec, write=write)


if __name__ == "__main__":
    main()
