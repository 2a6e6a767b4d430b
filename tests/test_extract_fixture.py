"""The fixture article, claim by claim: what a fact-checker must get from it.

Published Thursday 2025-09-11. Every row is one claim the extractor must produce,
at these offsets, with this speaker / value / resolved date; nothing else may come out.
"""

from pathlib import Path

import pytest

from factcheck.extract import extract_claims

FIXTURE = Path(__file__).parent.parent / "fixtures" / "belarus-prisoner-release.txt"
TEXT = FIXTURE.read_text(encoding="utf-8")

# kind, text, start, expectations
QUOTES = [
    ("“No man left behind! 52 prisoners safely crossed the Lithuanian border from Belarus today, leaving behind barbed wire, barred windows and constant fear,”", 404, "Gitanas Nauseda", False, False),
    ("“hostages”", 764, "Donald Trump", True, False),
    ("“Among those released today is Mikola Statkevich,”", 2034, "Vyasna", False, False),
    ("“US partners for their efforts”", 2372, "Kaja Kallas", True, False),
    ("“We welcome their release, but in essence, this is a trade in human lives – people who should never have been imprisoned in the first place,”", 2680, "Sviatlana Tsikhanouskaya", False, False),
    ("“hostages”", 3196, "Donald Trump", True, False),
    ("“Our mission is to get them all out now,”", 3209, "John Coale", False, False),
    ("“Eventually, hopefully within a short period of time everybody will be out,”", 3271, "John Coale", False, False),
    ("‘A global deal’", 3358, None, False, True),  # a heading
    ("“Donald”", 3786, None, True, True),  # a signature, not speech
    ("“Donald”", 3859, None, True, True),
    ("“a rare act of personal friendship”", 3872, "John Coale", True, False),
    ("“If Donald insists that he is ready to take in all these released prisoners, God bless you, let’s try to work out a global deal, as Mr Trump likes to say, a big deal,”", 3937, "Alexander Lukashenko", False, False),
    ("“Our main task is to stand with Trump and help him in his mission to establish peace,”", 4186, "Alexander Lukashenko", False, False),
    ("“bandits”", 4547, "Alexander Lukashenko", True, False),
    ("“wage war”", 4567, "Alexander Lukashenko", True, False),
    ("“very respected man, strong person, strong leader”", 4703, "Donald Trump", True, False),
]

# text, start, value, value_max, unit, qualifier
NUMBERS = [
    ("52 prisoners", 163, 52, None, "prisoners", None),
    ("52 prisoners", 425, 52, None, "prisoners", None),
    ("1,300 or 1,400 prisoners", 1326, 1300, 1400, "prisoners", None),
    ("33", 1513, 33, None, "years old", None),
    ("15 years", 1551, 15, None, "years", None),
    ("52 political prisoners", 1975, 52, None, "prisoners", None),
    ("14 years", 2172, 14, None, "years", None),
    ("only 4 percent", 2560, 4, None, "percent", "only"),
    ("1,400 Belarusian prisoners", 3141, 1400, None, "prisoners", None),
    ("14 foreign nationals", 3438, 14, None, "nationals", None),
    ("six or seven world conflicts", 4365, 6, 7, "conflicts", None),
    ("more than three decades", 4431, 3, None, "decades", "more than"),
    ("three NATO countries", 4968, 3, None, "countries", None),
]

# text, start, resolved date (None: relative to another event). "today" inside a
# quote is the speaker's day, not a date the article asserts, and is left out.
DATES = [
    ("on Thursday", 313, "2025-09-11"),  # the publication day itself, not a week back
    ("last month", 1420, "2025-08"),
    ("2021", 1543, "2021"),
    ("2022", 1862, "2022"),
    ("2010", 2122, "2010"),
    ("2020", 2250, "2020"),
    ("in June", 2519, "2025-06"),
    ("Thursday’s", 2533, "2025-09-11"),
    ("August 22", 4501, "2025-08-22"),
    ("a day after", 4784, None),
    ("the eve of", 4873, None),
    ("2022", 5078, "2022"),
]


@pytest.fixture(scope="module")
def claims():
    return extract_claims(TEXT, published="2025-09-11")


def by_start(claims, kind):
    return {c.start: c for c in claims if c.kind == kind}


@pytest.mark.parametrize("text,start,speaker,partial,mention", QUOTES, ids=[f"{q[1]}:{q[0][:30]}" for q in QUOTES])
def test_quote(claims, text, start, speaker, partial, mention):
    found = by_start(claims, "quote").get(start)
    assert found is not None, f"quote not found: {text}"
    assert found.text == text
    assert found.speaker == speaker
    assert found.partial == partial
    assert found.mention == mention


@pytest.mark.parametrize("text,start,value,value_max,unit,qualifier", NUMBERS, ids=[f"{n[1]}:{n[0]}" for n in NUMBERS])
def test_number(claims, text, start, value, value_max, unit, qualifier):
    found = by_start(claims, "number").get(start)
    assert found is not None, f"number not found: {text}"
    assert (found.text, found.value, found.value_max, found.unit, found.qualifier) == (text, value, value_max, unit, qualifier)


@pytest.mark.parametrize("text,start,date", DATES, ids=[f"{d[1]}:{d[0]}" for d in DATES])
def test_date(claims, text, start, date):
    found = by_start(claims, "date").get(start)
    assert found is not None, f"date not found: {text}"
    assert (found.text, found.date) == (text, date)


def test_years_carry_their_value(claims):
    years = [c for c in claims if c.kind == "date" and c.text.isdigit()]
    assert [c.value for c in years] == [2021, 2022, 2010, 2020, 2022]


def test_nothing_else_is_extracted(claims):
    expected = {("quote", q[1]) for q in QUOTES} | {("number", n[1]) for n in NUMBERS} | {("date", d[1]) for d in DATES}
    extra = [(c.kind, c.start, c.text) for c in claims if (c.kind, c.start) not in expected]
    assert extra == []


def test_every_claim_has_its_sentence(claims):
    for c in claims:
        assert c.text == TEXT[c.start:c.end]
        assert c.text in c.sentence or c.sentence in c.text
        assert c.sentence == c.sentence.strip()
        assert 0 <= c.checkworthiness <= 1


def test_roles_are_kept_apart_from_names(claims):
    quotes = by_start(claims, "quote")
    assert quotes[3209].speaker_role == "US envoy"
    assert quotes[764].speaker_role == "US President"
