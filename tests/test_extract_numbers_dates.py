"""Numbers and dates on original sentences (issue 12, items 9–15): what a fact-checker reads in
the claims list for each pattern of news writing."""

from factcheck.extract import extract_claims


def dates(text, published):
    return [(c.text, c.date) for c in extract_claims(text, published) if c.kind == "date"]


def numbers(text, published="2025-06-11"):
    return [(c.text, c.value, c.value_max, c.unit) for c in extract_claims(text, published) if c.kind == "number"]


def claims(text, published="2025-06-11"):
    return [(c.kind, c.text) for c in extract_claims(text, published) if c.kind != "quote"]


# ------------------------------------------------------------------ 9. months after a capitalised word

def test_a_month_opening_a_sentence_is_a_date():
    pub = "2025-11-20"
    assert dates("In June, the board warned the supplier.", pub) == [("In June", "2025-06")]
    assert dates("By September it had delivered half the doses.", pub) == [("By September", "2025-09")]
    assert dates("Last June the squad was laughed at.", pub) == [("Last June", "2025-06")]


def test_the_end_of_a_month_and_a_month_as_a_modifier():
    pub = "2026-05-07"
    assert dates("At the end of March, investigators found a ledger.", pub) == [("At the end of March", "2026-03")]
    assert dates("The shares are well below the March high.", pub) == [("March", "2026-03")]
    assert dates("Ministers met at the May summit.", pub) == []  # May is also a name


def test_a_month_of_last_year():
    assert dates("Turnout fell at the election in June of last year.", "2025-09-24") == [("in June of last year", "2024-06")]


# ------------------------------------------------------------------ 10. tense decides the year

def test_a_present_schedule_looks_forward():
    assert dates("The new timetable starts in early January.", "2025-11-20") == [("in early January", "2026-01")]
    assert dates("Vaccine drive to start in early January", "2025-11-20") == [("in early January", "2026-01")]


def test_a_plan_made_in_the_past_takes_the_nearest_date():
    assert dates("The report was due to be released in September.", "2025-11-12") == [("in September", "2025-09")]
    assert dates("The update was due to be published in April but was delayed.", "2026-05-07") == [("in April", "2026-04")]
    assert dates("The rule was set to take effect in January.", "2025-10-15") == [("in January", "2026-01")]


def test_since_a_month_looks_back():
    assert dates("Prices have risen since October.", "2025-06-11") == [("since October", "2024-10")]
