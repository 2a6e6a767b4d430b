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


def test_a_copula_or_a_preposition_to_is_no_schedule():
    assert dates("Support is up from 37 percent in January.", "2026-05-07") == [("in January", "2026-01")]
    assert dates("She spoke to reporters on Thursday.", "2025-11-20") == [("on Thursday", "2025-11-20")]
    assert dates("He sent an email to supporters on Tuesday.", "2025-11-20") == [("on Tuesday", "2025-11-18")]


def test_since_a_month_looks_back():
    assert dates("Prices have risen since October.", "2025-06-11") == [("since October", "2024-10")]


# ------------------------------------------------------------------ 11. years, clock times, list numbering

def test_a_year_inside_a_quote_is_a_date():
    text = '"In 1987 we had nothing," said the coach, Mira Holt.'
    assert dates(text, "2025-06-11") == [("1987", "1987")]


def test_bare_years_are_dates():
    pub = "2025-06-11"
    assert dates("“2019 was the worst year,” she said.", pub) == [("2019", "2019")]
    assert dates("Between 2018 and 2020, sales fell.", pub) == [("2018", "2018"), ("2020", "2020")]
    assert dates("By Spring 2019 the firm had gone.", pub) == [("2019", "2019")]
    assert dates("The Boeing 2020 is a plane.", pub) == []


def test_clock_times_are_not_numbers():
    assert claims("The train left at 7:14 and the last one at 4:30 a.m. on the dot.") == []
    assert claims("Doors open at 7:30 p.m.") == []


def test_list_numbering_is_not_a_claim():
    text = "The leaflet lists its rules:\n\n1. Never sign a blank form\n2. Keep every receipt for 6 years\n"
    assert numbers(text) == [("6 years", 6, None, "years")]


# ------------------------------------------------------------------ 12. ordinals

def test_ordinals_that_rank_or_count_are_claims():
    assert numbers("The third witness was a driver.") == [("third witness", 3, None, "witness")]
    assert numbers("Sales fell for the fourth consecutive month.") == [("fourth consecutive month", 4, None, "month")]
    assert numbers("The club sat 14th in the table.") == [("14th", 14, None, "place")]
    assert numbers("Ostley finished second last season.") == [("second", 2, None, "place")]
    assert numbers("The fourth-largest party will abstain.") == [("fourth-largest", 4, None, "largest")]


def test_ordinals_of_order_are_not_claims():
    assert numbers("It was the second time she had asked.") == []
    assert numbers("Her first signing cost little.") == []
    assert numbers("A third party was involved.") == []
    assert numbers("They live on Fifth Avenue near 5th Street, by the Seventh Circuit court.") == []
    assert numbers("Art of the 20th century sold well.") == []


# ------------------------------------------------------------------ 13. vague amounts are ranges

def test_vague_amounts_read_as_ranges():
    assert numbers("Several thousand pages were read.") == [("Several thousand pages", 3000, 9000, "pages")]
    assert numbers("A few thousand appointments were booked.") == [("A few thousand appointments", 2000, 5000, "appointments")]
    assert numbers("Hundreds of fans waited outside.") == [("Hundreds of fans", 200, 900, "fans")]
    assert numbers("It cost hundreds of millions of dollars.") == [
        ("hundreds of millions of dollars", 200_000_000, 900_000_000, "dollars")]


# ------------------------------------------------------------------ 14. fractions

def test_fractions_and_ratios():
    assert numbers("The firm lost a fifth of its margin.") == [("a fifth", 0.2, None, "fraction")]
    assert numbers("The figure was a tenth short of the target.") == [("a tenth", 0.1, None, "fraction")]
    assert numbers("One in 14 litres was stolen.") == [("One in 14 litres", 1 / 14, None, "litres")]
    assert numbers("He served five-and-a-half years.") == [("five-and-a-half years", 5.5, None, "years")]


# ------------------------------------------------------------------ 15. exact values, units from the counted noun

def test_scaled_values_are_exact():
    got = numbers("Profit was £16.6 million, and debt 0.7 billion dollars.")
    assert [(t, v) for t, v, _, _ in got] == [("£16.6 million", 16_600_000), ("0.7 billion dollars", 700_000_000)]


def test_the_unit_is_the_counted_noun_not_a_verb_or_adverb():
    assert numbers("They have won three league titles.") == [("three league titles", 3, None, "titles")]
    assert numbers("She won by 1,208 votes; the crash cost 10 lives.") == [
        ("1,208 votes", 1208, None, "votes"), ("10 lives", 10, None, "lives")]
    assert numbers("About 1,500 work at the plant and 60 offshore.") == [
        ("About 1,500", 1500, None, None), ("60", 60, None, None)]


def test_plain_written_dates_read_as_dateparser_reads_them():
    """The fast reader of 'March 3, 2016' / '3 March' must agree with dateparser, which it skips."""
    from factcheck.extract.date_resolve import _dateparser, _plain_day

    months = ["January", "February", "Sept", "Dec", "Mar", "May", "June"]
    spans = [form.format(m=m, d=d) + year
             for m in months for d in (1, 3, 28, 30, 31)
             for form in ("{m} {d}", "{d} {m}", "{d} of {m}", "{m}. {d}")
             for year in ("", ", 2016", " 1999")]
    read = 0
    for span in spans:
        fast = _plain_day(span)
        ref = _dateparser(span, "current_period", "2016-05-01")
        if fast is None:
            continue
        read += 1
        assert ref is not None and ref[1] == fast[1], span
        assert (ref[0] if fast[1] else (ref[0].month, ref[0].day)) == (
            fast[0] if fast[1] else (fast[0].month, fast[0].day)), span
    assert read > len(spans) // 2  # the common forms really take the fast path
    assert _plain_day("February 29") is None and _plain_day("June 31, 2016") is None


def test_plain_ago_counts_back_as_dateparser_does(monkeypatch):
    """'18 months ago' read without dateparser must give what dateparser gives."""
    import datetime as dt

    from factcheck.extract import date_resolve as dates

    spans = [f"{n} {unit} ago" for n in (1, 2, 12, 18, 40, "a", "An", "eight")
             for unit in ("day", "weeks", "months", "year", "years", "decades")]
    bases = [dt.date(2016, 3, 31), dt.date(2016, 2, 29), dt.date(2015, 1, 31)]
    fast = [dates.resolve(s, "ago", b, None) for b in bases for s in spans]
    monkeypatch.setattr(dates, "_plain_ago", lambda low, published: None)
    slow = [dates.resolve(s, "ago", b, None) for b in bases for s in spans]
    assert fast == slow
    assert dates.resolve("18 months ago", "ago", dt.date(2016, 3, 31), None) == "2014-09"
