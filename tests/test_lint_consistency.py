"""`lint` on original sentences: shares restating a part and its whole, money parts over a
total, groups over a stated total, dates in the wrong order by month."""

from factcheck.extract import extract_claims
from factcheck.verify.consistency import lint_claims


def findings(text, published="2025-06-11"):
    claims = list(enumerate(extract_claims(text, published)))
    return [(f.check, f.severity, f.message) for f in lint_claims(claims)]


def warnings(text):
    return [(check, message) for check, severity, message in findings(text) if severity == "warning"]


def test_a_share_that_does_not_fit_its_part_and_whole():
    got = warnings("The bakery will cut 300 of its 1,200 staff, or 40 percent, by March.")
    assert got == [("percentage", "“40 percent” does not fit: 300 of 1,200 staff = 25.0%")]


def test_a_share_that_fits_passes_with_its_arithmetic():
    text = "The bakery will cut 300 of its 1,200 staff, or 25 percent, by March."
    assert warnings(text) == []
    assert ("percentage", "ok", "“25 percent” fits: 300 of 1,200 staff = 25.0%") in findings(text)
    assert warnings("The bakery will cut 300 of its 1,200 staff, or a quarter, by March.") == []


def test_money_parts_exceeding_a_stated_total():
    got = warnings("The £12m budget includes £8m for roads and £6m for schools.")
    assert got == [("total", "parts add up to 14,000,000, more than “£12m”")]
    assert warnings("The £12m budget includes £8m for roads and £4m for schools.") == []


def test_groups_adding_up_to_more_than_the_total_before_them():
    got = warnings("All 1,000 staff voted on the offer. Of them, 700 voted yes and 450 voted no.")
    assert got == [("total", "groups add up to 1,150, more than “1,000 staff”")]
    assert warnings("All 1,000 staff voted on the offer. Of them, 700 voted yes and 250 voted no.") == []


def test_dates_in_the_wrong_order_by_month():
    got = warnings("The inquiry opened in March, after the vote in May.")
    assert got == [("date_order", "in March (2025-03) is said to come after in May (2025-05)")]
    assert warnings("The inquiry opened in June, after the vote in May.") == []


def test_a_part_as_large_as_the_whole_counts_something_else():
    text = "The bus makes three stops, including a hamlet of 500 people and a village of 300."
    assert warnings(text) == []


def test_a_year_guessed_from_tense_does_not_make_an_order_wrong():
    assert warnings("The fund, set up in June 2014, grew after the audit in November.") == []


def test_a_fraction_restating_a_part_and_its_whole():
    got = warnings("The bakery will cut 300 of its 1,200 staff, or a third.")
    assert got == [("percentage", "“a third” does not fit: 300 of 1,200 staff = 25.0%")]
    assert ("percentage", "ok", "“a quarter” fits: 300 of 1,200 staff = 25.0%") in findings(
        "The bakery will cut 300 of its 1,200 staff, or a quarter.")


def test_groups_of_a_total_that_opens_the_same_sentence():
    got = warnings("Of the 1,000 staff, 700 voted yes and 450 voted no.")
    assert got == [("total", "groups add up to 1,150, more than “1,000 staff”")]
    assert warnings("Of the 1,000 staff, 700 voted yes and 250 voted no.") == []
    got = warnings("The union's 1,000 members voted: 700 backed the deal and 450 opposed it.")
    assert got == [("total", "groups add up to 1,150, more than “1,000 members”")]


def test_money_parts_of_a_total_that_opens_the_sentence():
    got = warnings("Of the 2.5 billion euros, 1.8 billion euros go to rail and 0.9 billion euros to roads.")
    assert got == [("total", "groups add up to 2,700,000,000, more than “2.5 billion euros”")]
    assert warnings("Of the 2.5 billion euros, 1.6 billion euros go to rail and 0.9 billion euros to roads.") == []


def test_a_share_of_one_group_is_not_weighed_against_counts_of_another():
    text = ("A new count found 31 percent of coastal households favour the levy. "
            "The survey reached 1,500 households in all. "
            "Among 420 inland households, support was lower.")
    assert warnings(text) == []


def test_ranks_are_not_counts_of_the_same_thing():
    text = ("Ms Vale finished second in the county race. "
            "Mr Dale finished third in the county race.")
    assert warnings(text) == []
