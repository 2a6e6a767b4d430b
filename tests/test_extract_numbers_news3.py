"""Numbers and dates on original sentences, round 3: patterns a fresh batch of real news showed
(issue 12), each written here from scratch with invented people and places."""

from factcheck.extract import extract_claims


def dates(text, published):
    return [(c.text, c.date) for c in extract_claims(text, published) if c.kind == "date"]


def numbers(text, published="2025-06-11"):
    return [(c.text, c.value, c.value_max, c.unit) for c in extract_claims(text, published) if c.kind == "number"]


# ------------------------------------------------------------------ the tense of a date's clause

def test_a_hyphenated_would_be_is_no_future():
    # published on a Friday: the debate was the day before, not six days ahead
    text = "The two rivals Thursday attacked the mayor and her would-be successor, Ms Orrin, in a debate."
    assert dates(text, "2025-06-13") == [("Thursday", "2025-06-12")]
    # a plain "would" still looks ahead
    assert dates("The two rivals Thursday would attack the mayor.", "2025-06-13") == [("Thursday", "2025-06-19")]


def test_a_parenthesis_between_dashes_does_not_give_the_clause_its_tense():
    # published on a Sunday: the fundraiser is tomorrow; "had endorsed" belongs to the aside
    text = "On Monday, Mr Penhale—who had earlier endorsed Ms Vale for mayor—will host a dinner for her."
    assert dates(text, "2025-06-15") == [("Monday", "2025-06-16")]
    # after "On Monday," the main verb decides, not one in a clause it governs
    text = "On Monday, Mr Penhale stalled over whether he would back her."
    assert dates(text, "2025-06-15") == [("Monday", "2025-06-09")]
    text = "On Monday, Mr Penhale – who will run again – hosted a dinner for her."
    assert dates(text, "2025-06-15") == [("Monday", "2025-06-09")]


def test_next_and_the_month_of_publication_is_a_year_ahead():
    text = "The plan would falter at the county vote next November, Ms Vale said."
    assert dates(text, "2025-11-20") == [("next November", "2026-11")]
    assert dates("The county votes again next March.", "2025-11-20") == [("next March", "2026-03")]


def test_a_named_day_is_not_the_weekday_of_publication_week():
    text = "Harbour County votes on Super Tuesday, and shops open early on Black Friday."
    assert dates(text, "2025-11-20") == []
    assert dates("The county voted on Tuesday.", "2025-11-20") == [("on Tuesday", "2025-11-18")]


# ------------------------------------------------------------------ figures

def test_a_plus_or_minus_margin_is_a_figure():
    text = "The survey of 800 residents is accurate to within +/-4 percentage points."
    assert numbers(text) == [("800 residents", 800, None, "residents"),
                             ("4 percentage points", 4, None, "percentage points")]


def test_a_bare_ordinal_that_places_is_a_rank():
    assert numbers("Ms Vale and Mr Dale tied for fourth at 6% in the survey.") == [
        ("fourth", 4, None, "place"), ("6%", 6, None, "percent")]
    assert numbers("Across three county races her finishes ran from second to fourth place.") == [
        ("three county races", 3, None, "races"), ("second", 2, None, "place"), ("fourth place", 4, None, "place")]
    assert numbers("Mr Dale is second in the seat count.") == [("second", 2, None, "place")]
    # order, not rank
    assert numbers("It was the second in a series of hearings.") == []
    assert numbers("He went from second to last in a week.") == []


def test_one_as_a_pronoun_is_no_count():
    assert numbers("She voted against all such bills, including one called harbour relief.") == []
    assert numbers("It is one known locally as the harbour levy.") == []
    assert numbers("Only one called for a recount.") == [("Only one", 1, None, None)]


def test_an_emergency_number_is_not_a_count():
    assert numbers("A neighbour placed a 911 call at dawn; a 999 caller said the same.") == []
    assert numbers("The clinic saw 911 patients last year.", "2025-06-11") == [
        ("911 patients", 911, None, "patients")]


def test_will_have_looks_ahead():
    # published on a Thursday: the vote is next Tuesday, not two days ago
    text = "Harbour County voters will have their say on Tuesday."
    assert dates(text, "2025-06-12") == [("on Tuesday", "2025-06-17")]
    assert dates("Harbour County voters have had their say on Tuesday.", "2025-06-12") == [
        ("on Tuesday", "2025-06-10")]


def test_a_tally_joined_by_a_dash_is_two_figures():
    assert numbers("By 61%-30%, residents backed the levy; members split 52%-41%.") == [
        ("61%", 61, None, "percent"), ("30%", 30, None, "percent"),
        ("52%", 52, None, "percent"), ("41%", 41, None, "percent")]


def test_first_or_second_place_is_a_rank():
    assert numbers("Ms Vale hopes to take second place from Mr Dale.") == [("second place", 2, None, "place")]
    assert numbers("The first place she visited was the harbour.") == []
    assert numbers("They should never have been fined in the first place.") == []
    assert numbers("She finished in second place.") == [("second place", 2, None, "place")]


def test_a_numbered_place_on_a_list_is_a_rank():
    assert numbers("Tarrow was No. 12 on this list, with 40 burglaries.") == [
        ("No. 12", 12, None, "place"), ("40 burglaries", 40, None, "burglaries")]
    assert numbers("She lives at No. 12 Harbour Row.") == []


def test_an_embed_attribute_broken_over_two_lines_is_markup():
    text = 'Ms Arlow posted a photo.\n\n<post post-author="@arlow" post-date="June 9, 2025\n">Empty seats. 40 came.</post>.'
    assert dates(text, "2025-06-11") == []
    assert numbers(text) == [("40", 40, None, None)]


def test_a_month_a_tally_begins_or_ends_with_is_a_date():
    text = "The mayor's fund began March with $4 million and ended April with $1 million."
    assert dates(text, "2025-06-11") == [("March", "2025-03"), ("April", "2025-04")]
    assert dates("Ms May began May's talks.", "2025-06-11") == []


def test_that_month_is_in_the_year_last_written():
    text = "In 1988, the county backed Ms Vale. But she lost badly that November."
    assert dates(text, "2025-06-11") == [("1988", "1988"), ("November", "1988-11")]


def test_a_second_month_joined_by_and_is_a_date():
    # published in May: both polls were in the past
    text = "Ms Vale's rating held steady in two harbour surveys, in February and October."
    assert dates(text, "2025-05-12") == [("in February", "2025-02"), ("October", "2024-10")]
    # "Vale and May" is no month
    assert dates("The ruling party of Ms Vale and May is in February.", "2025-05-12") == [("in February", "2025-02")]


def test_planned_for_a_month_takes_the_nearest():
    # written in late November: the advertising is for the coming months
    text = "Nearly all of the $9 million of billboard spending planned for December comes from one family."
    assert dates(text, "2025-11-27") == [("December", "2025-12")]


def test_a_half_dozen_is_six():
    assert numbers("The group has more than a half-dozen bakeries.") == [
        ("more than a half-dozen bakeries", 6, None, "bakeries")]
    assert numbers("It has more than half-dozen bakeries and a half dozen offices.") == [
        ("more than half-dozen bakeries", 6, None, "bakeries"), ("a half dozen offices", 6, None, "offices")]


def test_one_unnamed_source_is_no_count():
    text = "“This is not a rescue,” one senior county official said. One harbour aide told reporters the same."
    assert numbers(text) == []
    assert numbers("One county official has resigned, and two more may follow.") == [
        ("One county official", 1, None, "official"), ("two", 2, None, None)]


def test_a_month_after_a_determiner_is_a_date():
    text = "Candidates must file their February reports on Sunday. In a September letter, she asked again."
    assert dates(text, "2025-03-16") == [("February", "2025-02"), ("on Sunday", "2025-03-16"),
                                         ("September", "2024-09")]


def test_an_infinitive_after_the_main_past_verb_does_not_make_it_future():
    text = "In April, Ms Vale called the firm's plans to open a depot in Tarrow a disgrace."
    assert dates(text, "2025-05-18") == [("In April", "2025-04")]
    assert dates("In April, the firm plans to open a depot.", "2025-02-18") == [("In April", "2025-04")]


def test_a_range_from_a_grouped_figure_to_a_scaled_one():
    assert numbers("Her share of the ferry firm is valued at between $300,000 and $2 million.") == [
        ("between $300,000 and $2 million", 300_000, 2_000_000, "USD")]
    assert numbers("It costs $5 to $10 million.") == [("$5 to $10 million", 5_000_000, 10_000_000, "USD")]


def test_not_one_is_none():
    assert numbers("Not one councillor has spoken, and not one resident came.") == [
        ("Not one councillor", 0, None, "councillor"), ("not one resident", 0, None, "resident")]
    assert numbers("Tarrow is not one of the busiest harbours.") == []


def test_one_thing_of_a_kind_is_no_count():
    assert numbers("One mark of a weak council is debt. One sign of the slump is empty shops.") == []
    assert numbers("He faces one count of theft.") == [("one count", 1, None, "count")]
    assert numbers("Only one member of the board voted no.") == [("Only one member", 1, None, "member")]


def test_style_sheet_lengths_are_not_figures():
    text = ".card {\n  border-radius: 40px;\n}\n@media print and (min-width: 480px) {\n  .card { width: 310px; }\n}"
    assert numbers(text) == []


def test_between_now_and_a_month_looks_ahead():
    text = "Her allies will make the case for her between now and March."
    assert dates(text, "2025-11-23") == [("between now and March", "2026-03")]


def test_the_first_week_of_a_month_and_into_a_month():
    text = "Three polls taken the first week of March favour her; the rally may last into January."
    assert dates(text, "2025-12-16") == [("the first week of March", "2025-03"), ("into January", "2026-01")]


def test_a_month_after_a_possessive_modifying_a_noun():
    assert dates("He will not endorse anyone before Harbour County's March primary.", "2025-01-08") == [
        ("March", "2025-03")]


def test_a_year_after_all_or_a_possessive_before_a_plural_is_a_year():
    assert dates("Nurses are urging all 2026 campaigns to back the clinic.", "2025-12-22") == [("2026", "2026")]
    assert numbers("Nurses are urging all 2026 campaigns.", "2025-12-22") == []
    assert numbers("The club has 2026 members.", "2025-12-22") == [("2026 members", 2026, None, "members")]


def test_being_eligible_to_vote_on_a_weekday_and_a_condition_look_ahead():
    # published on a Friday: the primary is next Tuesday
    text = "The court held that teenage residents are entitled to vote in the county primary on Tuesday."
    assert dates(text, "2025-03-14") == [("on Tuesday", "2025-03-18")]
    text = "The clerk will recount by hand, since if there is a tight race on Tuesday the rules demand it."
    assert dates(text, "2025-03-14") == [("on Tuesday", "2025-03-18")]


def test_a_second_weekday_joined_by_or_follows_the_first():
    # published on a Wednesday
    text = "That does not mean we won't see a rally Wednesday or Thursday."
    assert dates(text, "2025-12-17") == [("Wednesday", "2025-12-17"), ("Thursday", "2025-12-18")]


def test_a_rank_in_first_and_a_title_case_ordinal():
    assert numbers("Among harbour voters Ms Vale is in first, a new tally shows.") == [("first", 1, None, "place")]
    assert numbers("Rowing Club Celebrates After Finishing Third In Quayside Regatta") == [
        ("Third", 3, None, "place")]
    assert numbers("He was in first grade then.") == []


def test_two_dozen_is_twenty_four():
    assert numbers("The ferry carries two dozen cyclists each morning.") == [("two dozen cyclists", 24, None, "cyclists")]


def test_one_person_posting_is_a_source_not_a_count():
    assert numbers("One user tweeted that the rally was empty. One resident wrote to the council.") == []


def test_according_to_one_source_is_no_count():
    assert numbers("According to one source, the firm guards 90 percent of the plants.") == [
        ("90 percent", 90, None, "percent")]
    assert numbers("The port earns, according to one estimate, $41 million a year.") == [
        ("$41 million", 41_000_000, None, "USD")]


def test_a_weekday_before_its_date_is_that_day():
    text = "Mr Penhale, 91, of Tarrow, died Friday, March 7, 2025, at home."
    assert dates(text, "2025-03-14") == [("Friday", "2025-03-07"), ("March 7, 2025", "2025-03-07")]


def test_could_have_with_a_noun_looks_ahead():
    # published in April: the vote is this November
    text = "The split could have grave effects in November if the mayor runs again."
    assert dates(text, "2025-04-22") == [("in November", "2025-11")]
    assert dates("They could have met in November.", "2025-04-22") == [("in November", "2024-11")]


def test_an_ordinal_before_a_superlative_is_a_rank():
    assert numbers("Attendance was the second highest in the club's 31 seasons.") == [
        ("second highest", 2, None, "highest"), ("31 seasons", 31, None, "seasons")]
    assert numbers("It is the third most populous county.") == [("third most", 3, None, "most")]


def test_a_postcode_after_a_comma_is_no_age():
    assert numbers("Mail entries to 4 Quay Lane, Tarrow, ME, 48211.") == []
    assert numbers("Ann Vale, 98, of Tarrow, died.") == [("98", 98, None, "years old")]


def test_whether_and_heading_into_look_ahead():
    text = "Whether the levy passes or fails in November, the council will be reshaped."
    assert dates(text, "2025-08-19") == [("in November", "2025-11")]
    # published on a Monday: the primary is tomorrow
    assert dates("Heading into Tuesday's county primary, Ms Vale leads.", "2025-02-10") == [
        ("Tuesday's", "2025-02-11")]


def test_a_future_passive_with_adverbs_and_a_bare_be():
    text = "The harbour contract will most likely be awarded at the board meeting in July."
    assert dates(text, "2025-03-08") == [("in July", "2025-07")]
    # published on a Sunday: "be released by Thursday" is this week's Thursday
    text = "The judge ordered that the records be released by Thursday."
    assert dates(text, "2025-06-01") == [("by Thursday", "2025-06-05")]


def test_set_for_a_month_in_the_present_looks_ahead():
    assert dates("The hearing is set for November.", "2025-05-29") == [("November", "2025-11")]
    assert dates("The hearing was set for November.", "2025-12-29") == [("November", "2025-11")]


def test_a_tally_of_names_and_figures():
    text = "The seat count is Ms Vale 212, Mr Dale 190, Tarrow 63, and Ms Orrin 41."
    assert [v for _, v, _, _ in numbers(text)] == [212, 190, 63, 41]
    assert numbers("He flew a Boeing 737 to Tarrow.") == []


def test_half_a_dozen_is_six():
    assert numbers("Half a dozen donors signed on.") == [("Half a dozen donors", 6, None, "donors")]


def test_a_figure_after_a_capital_in_a_title_case_headline():
    assert numbers("Watch The Coach React After Losing 4 Rookies To Injury") == [("4 Rookies", 4, None, "rookies")]


def test_a_capitalised_number_word_before_a_name_is_part_of_it():
    text = "The contest heated up after the group One Harbour Now found her old columns."
    assert numbers(text) == []


def test_a_month_modifying_a_noun_after_in_takes_the_nearest():
    assert dates("Port levy in November election splits the council.", "2025-08-10") == [("in November", "2025-11")]


def test_decades_of_a_figure_are_ranges():
    text = "Night frost took the lake into the mid-20s; by noon the quay read the low 50s, the sea stays in the 30s."
    assert [(t, v, m) for t, v, m, _ in numbers(text)] == [
        ("mid-20s", 24, 26), ("low 50s", 50, 53), ("30s", 30, 39)]


def test_a_placing_with_its_score():
    assert numbers("Mr Dale was second at 14 percent.") == [("second", 2, None, "place"), ("14 percent", 14, None, "percent")]
    assert numbers("Ms Orrin was third at 9 percent.") == [("third", 3, None, "place"), ("9 percent", 9, None, "percent")]


def test_triple_the_figure_is_a_multiplier():
    assert numbers("Her lead is triple the lead he had.") == [("triple", 3, None, "times")]


def test_a_year_and_a_half():
    assert numbers("The ferry sat idle for a year and a half.") == [("a year and a half", 1.5, None, "years")]
    assert numbers("She waited two and a half years.") == [("two and a half years", 2.5, None, "years")]


def test_one_person_of_a_role_without_a_reporting_verb_is_a_count():
    assert numbers("That leaves the clinic with one doctor on weekends.") == [("one doctor", 1, None, "doctor")]
    assert numbers("“It is late,” said one resident.") == []


def test_a_year_joined_to_a_year_before_a_plural_is_a_year():
    assert dates("He dominated the 2018 and 2022 cycles.", "2025-01-19") == [("2018", "2018"), ("2022", "2022")]


def test_an_infinitive_far_from_a_present_perfect_does_not_make_a_later_day_future():
    # published on a Tuesday: he announced it yesterday
    text = "The mayor has raised $8 million to visit each ward and on Monday pledged $2 million more."
    assert dates(text, "2025-08-26") == [("on Monday", "2025-08-25")]


def test_a_quarter_of_a_million_with_hyphens():
    assert numbers("The tour has reached a quarter-of-a-million visitors.") == [
        ("a quarter-of-a-million visitors", 250_000, None, "visitors")]


def test_between_two_months():
    text = "The county registered 1.1 million voters between January and April."
    assert dates(text, "2025-06-03") == [("January", "2025-01"), ("April", "2025-04")]
