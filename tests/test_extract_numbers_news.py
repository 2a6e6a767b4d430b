"""Numbers and dates on original sentences, round 2: patterns that real news showed (issue 12),
each written here from scratch with invented people and places."""

from factcheck.extract import extract_claims


def dates(text, published):
    return [(c.text, c.date) for c in extract_claims(text, published) if c.kind == "date"]


def numbers(text, published="2025-06-11"):
    return [(c.text, c.value, c.value_max, c.unit) for c in extract_claims(text, published) if c.kind == "number"]


# ------------------------------------------------------------------ figures that are not claims

def test_a_figure_alone_in_its_paragraph_is_a_claim_not_list_numbering():
    text = "By the numbers.\n\n40.\n\nThe number of bridges the county must repair.\n\n12,500.\n\nThe cost per bridge."
    assert [(t, v) for t, v, _, _ in numbers(text)] == [("40", 40), ("12,500", 12500)]


def test_embed_markup_ids_are_not_figures():
    text = 'Ms Arlow posted a reply.\n\n<post post-id="918273645546372819" stamp="1700000000"></post>.\n\nIt drew 300 replies.'
    assert numbers(text) == [("300 replies", 300, None, "replies")]


def test_a_long_ungrouped_code_is_not_a_count():
    assert numbers("Readers can text JOIN to 40417 for updates.") == []
    assert numbers("The charity, a 501(c)(3) group, raised $2,000.") == [("$2,000", 2000, None, "USD")]
    assert numbers("About 12000 people signed.") == [("About 12000 people", 12000, None, "people")]


def test_a_number_word_standing_for_people_named_before_is_no_claim():
    assert numbers("Of the two, Mr Penhale is the calmer.") == []
    assert numbers("She joined the two-K club of marathon runners.") == []


def test_a_capitalised_number_word_inside_a_name_is_no_claim():
    assert numbers("He was one of the Gang of Eight senators.") == []
    assert numbers("Harbour City Wins Three Titles In A Row") == [("Three Titles", 3, None, "titles")]


# ------------------------------------------------------------------ values and units

def test_pence_after_the_figure_is_kept():
    assert numbers("Shares in Tollby closed at 96.4p.") == [("96.4p", 96.4, None, "pence")]


def test_the_fourth_quarter_is_a_period_not_a_rank():
    text = "Output fell in the fourth quarter, the fourth consecutive quarter of decline."
    assert numbers(text) == [("fourth consecutive quarter", 4, None, "quarter")]


def test_a_fifth_term_is_a_rank_not_a_fraction():
    assert numbers("The mayor is not seeking a fifth term.") == [("fifth term", 5, None, "term")]
    assert numbers("A third party was involved.") == []
    assert numbers("The firm lost a fifth of its margin.") == [("a fifth", 0.2, None, "fraction")]


def test_an_ordinal_after_a_possessive_ranks_without_a_noun():
    assert numbers("The winner will be the county's 31st.") == [("31st", 31, None, "place")]


def test_vague_amounts_without_of_are_ranges():
    assert numbers("Hundreds waited in the rain.") == [("Hundreds", 200, 900, None)]
    assert numbers("Tens of thousands marched.") == [("Tens of thousands", 20_000, 90_000, None)]
