"""Build the gold tables for tests/blind5 articles.

Each item is declared by its exact text (plus occurrence index when the text is repeated);
the script locates it, checks text == article[start:end], fails loudly on missing/ambiguous
spans, and regenerates NAME.gold.json and NAME.meta.json.  Run: python tests/blind5/_build_gold.py
"""
import datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def wd(pub, name, when="past"):
    """Resolve a weekday name against the publication date (past: on or before; future: after)."""
    p = dt.date.fromisoformat(pub)
    t = DAYS.index(name)
    if when == "past":
        d = p - dt.timedelta(days=(p.weekday() - t) % 7)
    elif when == "lastweek":  # "last Thursday": strictly before
        d = p - dt.timedelta(days=((p.weekday() - t) % 7) or 7)
    else:
        d = p + dt.timedelta(days=((t - p.weekday()) % 7) or 7)
    return d.isoformat()


def Q(text, speaker, kind="full", req=True, occ=None, to=None):
    return dict(t="q", text=text, speaker=speaker, kind=kind, required=req, occ=occ, to=to)


def N(text, value, req=True, also=None, date=None, occ=None):
    return dict(t="n", text=text, value=value, required=req, also=also, date=date, occ=occ)


def D(text, date, req=True, occ=None):
    return N(text, None, req=req, date=date, occ=occ)


def locate(article, item, name):
    text, occ = item["text"], item["occ"]
    hits = [m.start() for m in re.finditer(re.escape(text), article)]
    if not hits:
        sys.exit(f"{name}: MISSING span {text!r}")
    if occ is None:
        if len(hits) > 1:
            sys.exit(f"{name}: AMBIGUOUS span {text!r} ({len(hits)} hits) - give occ")
        occ = 0
    if occ >= len(hits):
        sys.exit(f"{name}: occurrence {occ} of {text!r} not found")
    start = hits[occ]
    end = start + len(text)
    if item.get("to"):
        j = article.find(item["to"], end)
        if j < 0:
            sys.exit(f"{name}: end text {item['to']!r} not found after {text!r}")
        end = j + len(item["to"])
    span = article[start:end]
    assert item.get("to") or span == text
    return start, end, span


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
        N("41", 41), D("on Monday", wd(P, "Monday"), req=False),
        N("4.20pm", None, req=False), D("August 29", "2025-08-29"),
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
        Q('"hold"', None, "mention", req=False),
    ], [
        N("$4.2 billion", 4.2e9, occ=0), N("$4.2 billion", 4.2e9, occ=1),
        D("Nov 5", "2025-11-05", req=False), D("on Wednesday", wd(P, "Wednesday"), req=False),
        N("one of the", 1, req=False),
        N("$38.50", 38.50), N("0.412", 0.412), N("27%", 27), D("on Tuesday", wd(P, "Tuesday"), req=False),
        N("$19.6 billion", 19.6e9), N("41,000 employees", 41000), N("11 countries", 11),
        N("a decade", 1, req=False, also=[10]), N("$310 million", 310e6), N("2028", 2028),
        N("900 and 1,100 roles", 900, also=[1100]),
        N("two family-founded", 2), N("two companies", 2, req=False),
        N("12 members", 12), N("seven of them", 7), N("second quarter", 2, req=False), N("2026", 2026),
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
        D("on Wednesday", wd(P, "Wednesday"), req=False),
        N("62 meadow sites", 62), N("three summers", 3), N("2021 and 2023", 2021, also=[2023]),
        N("27% fewer", 27), N("13% fewer", 13), N("40 metres", 40), N("18,000 insect visits", 18000),
        N("9pm", None, req=False), N("5am", None, req=False), N("midnight", None, req=False),
        N("in half", 0.5, also=[50]), N("1.6 million streetlights", 1.6e6), N("2015", 2015),
        N("a decade", 1, req=False, also=[10]), N("five years", 5),
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
        D("on Sunday", wd(P, "Sunday"), req=False), N("6 kilometres", 6),
        N("first light", None, req=False), N("2 milligrams", 2), N("7 milligrams", 7),
        D("Friday night", wd(P, "Friday"), req=False), N("11 hours", 11),
        D("on Saturday", wd(P, "Saturday"), req=False), N("2.3 million litres", 2.3e6),
        N("4,000 dead fish", 4000), D("Sunday evening", wd(P, "Sunday"), req=False),
        N("for years", None, req=False),
        N("214 times", 214), N("2024", 2024), N("131 times", 131), D("the year before", "2023", req=False),
        N("48 hours", 48), D("In March", "2025-03", req=False), N("£1.8 million", 1.8e6), N("2022", 2022),
    ])

# 5. Transport strike: union leader (he) and minister (she) ----------------------------
P = "2026-01-16"  # Friday
ARTICLES["transport-strike-metrolink"] = (
    "Tram drivers to strike in pay row as minister says offer is “final”", P, [
        Q("“final”", None, "heading", req=False),
        Q("“Our members kept this network running through floods, through the pandemic and through years of cuts, and they are being told to accept another real-terms pay cut,”", "Colm Brennan"),
        Q("“Nobody takes strike action lightly, but they have run out of patience.”", "Colm Brennan"),
        Q("“fair, affordable and final”", "Anneliese Vogt", "partial"),
        Q("“I would ask the union leadership to think about the 310,000 people who rely on these trams every weekday to get to work, to school and to hospital,”", "Anneliese Vogt"),
        Q("“Every pound we add to the pay bill has to come from passengers or from taxpayers,”", "Anneliese Vogt"),
        Q("“There is no third option.”", "Anneliese Vogt"),
        Q("“They found the money for shareholders quickly enough,”", "Colm Brennan"),
    ], [
        N("48-hour walkout", 48), D("January 27", "2026-01-27"), D("on Friday", wd(P, "Friday"), req=False),
        N("78%", 78), N("64%", 64), N("1,450 drivers", 1450), N("3.5%", 3.5), D("this year", "2026", req=False),
        N("6%", 6), N("second", 2, req=False, occ=0), N("24-hour", 24), D("February 10", "2026-02-10"),
        N("310,000 people", 310000), N("£14.2 million", 14.2e6), N("two years", 2),
        N("an extra day", 1, req=False), N("9%", 9), N("third option", 3, req=False),
        N("£6.8 million", 6.8e6), D("last year", "2025", req=False), N("7pm", None, req=False),
        N("first strike", 1, req=False), N("2017", 2017), N("three days", 3),
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
        N("1,842 votes", 1842), N("40.6%", 40.6), D("Friday", wd(P, "Friday"), req=False),
        N("second", 2, req=False), N("1,617 votes", 1617), N("35.6%", 35.6), N("612 votes", 612),
        N("278", 278), N("188", 188), N("31.4%", 31.4), N("27.9%", 27.9), N("2023", 2023),
        N("12 spoiled ballots", 12), D("in January", "2025-01", req=False), N("2003", 2003),
        N("for months", None, req=False), D("Tonight", None, req=False), N("first priority", 1, req=False),
        N("2024", 2024), N("twice", 2, req=False), N("29 of", 29), N("51 seats", 51), N("4 councillors", 4),
        N("38%", 38), N("9.3 points", 9.3),
    ])

# 7. Health scare at a school --------------------------------------------------------------
P = "2025-02-12"  # Wednesday
ARTICLES["school-illness-brookfield"] = (
    "Primary school closes for deep clean after dozens of pupils fall ill", P, [
        Q("“The health and wellbeing of our children and staff has to come first, and closing the building is the only way we can be confident we have broken the chain of infection,”", "Caroline Dunmore"),
        Q("“I know this is hugely disruptive for working parents and I am truly sorry for that,”", "Caroline Dunmore"),
        Q("“The first message we got just said ‘a small number of children are unwell’, and by then half of his class was off,”", "Emma Kowalczyk"),
        Q("‘a small number of children are unwell’", None, "partial", req=False),
        Q("“If we’d known on Friday, we could have kept him at home.”", "Emma Kowalczyk"),
        Q("“She couldn’t keep water down. We ended up at the urgent treatment centre at 2am on Sunday,”", "Hannah Bright"),
        Q("“We shared information as soon as we had a confirmed picture,”", "Caroline Dunmore"),
    ], [
        N("dozens of pupils", None), N("two days", 2), N("47 pupils", 47), N("six members", 6),
        N("312 pupils", 312), D("on Tuesday", wd(P, "Tuesday"), req=False, occ=0),
        D("until Friday", wd(P, "Friday", "future"), req=False),
        N("first cases", 1, req=False), D("last Thursday", wd(P, "Thursday", "lastweek"), req=False),
        D("over the weekend", None, req=False), N("come first", 1, req=False),
        N("5 children", 5), N("dozens of parents", None), D("on Tuesday", wd(P, "Tuesday"), req=False, occ=1),
        N("several", None, req=False), N("7-year-old", 7), D("on Monday", wd(P, "Monday"), req=False),
        N("first message", 1, req=False), N("a small number", None, req=False),
        N("half of his class", 0.5, also=[50]), D("on Friday", wd(P, "Friday"), req=False),
        N("9-year-old", 9), N("three days", 3), N("2am", None, req=False),
        D("on Sunday", wd(P, "Sunday"), req=False), N("40%", 40), N("1,284", 1284),
        D("in January", "2025-01", req=False), N("48 hours", 48),
    ])

# 8. Sports interview with a multi-paragraph quote -----------------------------------------
P = "2025-08-14"  # Thursday
ARTICLES["sports-striker-interview"] = (
    "Okonjo: ‘I was ready to walk away from football’", P, [
        Q("‘I was ready to walk away from football’", None, "heading", req=False),
        Q("“People see the goals and the celebrations and they think it has always been easy,”", "Kenny Okonjo"),
        # one quote running over three paragraphs (opening mark repeated, closing mark only at the end)
        Q("“When I did my cruciate the second time,", "Kenny Okonjo", to="Every game now feels like a bonus.”"),
        Q("‘Give it one more year.’", None, "partial", req=False),
        Q("“He is the first in and the last to leave, and the younger lads see that,”", "Steve Lindqvist"),
        Q("“You can’t coach that.”", "Steve Lindqvist"),
        Q("“I want 20 goals and I want us in Europe,”", "Kenny Okonjo"),
        Q("“Anything less and I’ll be disappointed, and I think the manager would be too.”", "Kenny Okonjo"),
        Q("“If the call comes, I’ll be on the plane,”", "Kenny Okonjo"),
        Q("“But I can’t control that. I can only control what I do on Saturday.”", "Kenny Okonjo"),
    ], [
        N("23 league goals", 23), D("last season", None, req=False), N("Two years ago", 2, req=False),
        N("27-year-old", 27), N("four-year contract", 4), D("in July", "2025-07", req=False),
        N("£18 million", 18e6), N("14 months", 14), D("this week", None, req=False),
        N("second time", 2, req=False), N("an hour", 1, req=False), N("25", 25), N("two operations", 2), N("the one who", 1, req=False),
        N("one more year", 1, req=False, occ=0), N("one more year", 1, req=False, occ=1),
        N("6.30", None, req=False), N("twice", 2, req=False), N("3-1", 3, req=False, also=[1]),
        D("on Saturday", wd(P, "Saturday"), req=False, occ=0), N("first in", 1, req=False),
        N("61 goals", 61), N("118 appearances", 118), N("2017", 2017), N("20 goals", 20),
        N("3 caps", 3), D("March 2023", "2023-03"), N("second knee", 2, req=False),
        D("on Saturday", wd(P, "Saturday", "future"), req=False, occ=1), D("August 23", "2025-08-23"),
    ])

NUMWORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|half|quarter|dozens?|hundreds?|thousands?|millions?|billions?|twice|first|second|third|decades?|several|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow)\b"


def build(name, title, pub, quotes, numbers):
    article = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    n = len(article)
    assert 1500 <= n <= 3500, f"{name}: length {n}"
    assert article.startswith(title + "\n"), f"{name}: title mismatch"
    gq, gn = [], []
    for it in quotes:
        s, e, span = locate(article, it, name)
        gq.append({"start": s, "end": e, "text": span, "speaker": it["speaker"], "kind": it["kind"], "required": it["required"]})
    for it in numbers:
        s, e, span = locate(article, it, name)
        d = {"start": s, "end": e, "text": span, "value": it["value"], "required": it["required"]}
        if it["also"]:
            d["also_accept"] = it["also"]
        if it["date"]:
            d["date"] = it["date"]
        gn.append(d)
    for g in gq + gn:
        assert article[g["start"]:g["end"]] == g["text"]
    # duplicate spans
    for lst in (gq, gn):
        seen = [(g["start"], g["end"]) for g in lst]
        assert len(seen) == len(set(seen)), f"{name}: duplicate span"
    # coverage checks: every double quote mark inside a quote item, every digit / number word inside a number item
    def covered(i, lst):
        return any(g["start"] <= i < g["end"] for g in lst)
    for m in re.finditer(r"[“”\"]", article):
        if not covered(m.start(), gq):
            sys.exit(f"{name}: quote mark at {m.start()} not covered: {article[m.start()-20:m.start()+20]!r}")
    for m in re.finditer(r"\d+", article):
        if not covered(m.start(), gn):
            sys.exit(f"{name}: digits {m.group()!r} at {m.start()} not covered")
    for m in re.finditer(NUMWORDS, article, re.I):
        if not covered(m.start(), gn):
            print(f"  note {name}: number word {m.group()!r} uncovered: ...{article[max(0,m.start()-30):m.end()+20]!r}")
    gold = {"article": name + ".txt", "published": pub, "quotes": gq, "numbers": gn}
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, name + ".meta.json"), "w", encoding="utf-8") as f:
        json.dump({"title": title, "published": pub, "url": None}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    rq = sum(g["required"] for g in gq)
    rn = sum(g["required"] for g in gn)
    print(f"{name}: {n} chars, published {pub} ({DAYS[dt.date.fromisoformat(pub).weekday()]}), "
          f"quotes {rq} required / {len(gq)}, numbers {rn} required / {len(gn)}")


if __name__ == "__main__":
    for name, (title, pub, quotes, numbers) in ARTICLES.items():
        build(name, title, pub, quotes, numbers)
