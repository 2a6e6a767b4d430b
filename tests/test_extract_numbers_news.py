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
    assert numbers("Council candidates.\n\n1.\n\nof.\n\n12.\n\nMs Vale (Harbour ward) is running again.") == []


def test_embed_markup_ids_are_not_figures():
    text = 'Ms Arlow posted a reply.\n\n<post post-id="918273645546372819" stamp="1700000000"></post>.\n\nIt drew 300 replies.'
    assert numbers(text) == [("300 replies", 300, None, "replies")]


def test_a_long_ungrouped_code_is_not_a_count():
    assert numbers("Readers can text JOIN to 40417 for updates.") == []
    assert numbers("The charity, a 501(c)(3) group, raised $2,000.") == [("$2,000", 2000, None, "USD")]
    assert numbers("About 12000 people signed.") == [("About 12000 people", 12000, None, "people")]


def test_a_number_word_standing_for_people_named_before_is_no_claim():
    assert numbers("Of the two, Mr Penhale is the calmer.") == []
    assert numbers("The two have since fallen out; the two sharply disagree.") == []
    assert numbers("The two leading candidates, Ms Vale and Mr Dale, disagree.") == [("two leading candidates", 2, None, "candidates")]
    assert numbers("The seven family members arrived in May.") == [("seven family members", 7, None, "members")]
    assert numbers("She joined the two-K club of marathon runners.") == []
    assert numbers("Polls Show Vale Ahead in a Three-Way Race") == [("Three", 3, None, None)]


def test_a_capitalised_number_word_inside_a_name_is_no_claim():
    assert numbers("She was one of the Circle of Nine trustees.") == []
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


# ------------------------------------------------------------------ dates

def test_a_weekday_possessive_before_a_name_is_a_day():
    # published on a Wednesday
    assert dates("She won Tuesday's Marlow County primary.", "2025-06-11") == [("Tuesday's", "2025-06-10")]
    assert dates("Sunday Okafor scored twice.", "2025-06-11") == []  # a given name


def test_a_weekday_after_every_is_no_one_day():
    assert dates("The market opens every Friday.", "2025-06-11") == []
    assert dates("She said so in a Friday interview.", "2025-06-11") == [("Friday", "2025-06-06")]


def test_an_all_caps_title_is_not_today():
    assert dates("A poll for DAILY TODAY found the same.", "2025-06-11") == []
    assert dates("TODAY the council votes.", "2025-06-11") == [("TODAY", "2025-06-11")]


def test_a_month_possessive_and_toward_a_month():
    assert dates("According to May's count and July's survey, turnout rose.", "2025-08-04") == [("July", "2025-07")]
    assert dates("The party is marching toward November.", "2025-03-09") == [("toward November", "2025-11")]


def test_a_month_as_a_modifier_takes_the_nearest_month():
    assert dates("That could push the ruling past the November election.", "2025-07-13") == [("November", "2025-11")]
    assert dates("The decision may come after the November vote.", "2025-07-13") == [("November", "2025-11")]


def test_a_modal_takes_the_nearest_date():
    # a past verb ("said") far from the date does not push an upcoming date back a year
    text = "A quarter said they could be persuaded to switch before April 26, when the county votes."
    assert dates(text, "2025-04-06") == [("April 26", "2025-04-26")]
    text = "The row could keep her in the race through the convention in July."
    assert dates(text, "2025-05-27") == [("in July", "2025-07")]


def test_an_intention_looks_forward():
    text = "Ms Ferrant told supporters in Hallam that she expects to win the county's May 10 primary."
    assert dates(text, "2025-04-27") == [("May 10", "2025-05-10")]


def test_a_condition_looks_forward():
    text = "The senator promised new ports if he and Ms Dunmore take office in January."
    assert dates(text, "2025-08-01") == [("in January", "2026-01")]


def test_a_timetable_present_puts_a_weekday_ahead():
    # published on a Thursday: the vote two days later, not five days earlier
    assert dates("The county holds its vote on Saturday.", "2025-06-12") == [("on Saturday", "2025-06-14")]
    assert dates("The county held its vote on Saturday.", "2025-06-12") == [("on Saturday", "2025-06-07")]


# ------------------------------------------------------------------ tallies, spans of years, multipliers

def test_the_first_of_two_tallies_is_a_claim_with_the_unit_of_the_second():
    assert numbers("A new poll has Ms Vale beating Tarrow 46 to 40 percent.") == [
        ("46", 46, None, "percent"), ("40 percent", 40, None, "percent")]
    assert numbers("The mayor swept Ostley 34 seats to zero.") == [("34 seats", 34, None, "seats")]
    assert numbers("He read Article 5 to them.") == []


def test_a_quarter_century_is_twenty_five_years():
    assert numbers("She has run the office for nearly a quarter-century.") == [
        ("nearly a quarter-century", 25, None, "years")]


def test_tripling_the_number_is_a_multiplier():
    assert numbers('The plan calls for tripling "the number of inspectors."')[0] == ("tripling", 3, None, "times")
    assert numbers("The party is doubling down on tax.") == []


def test_one_or_two_is_a_range():
    assert numbers("There were one or two lapses.") == [("one or two lapses", 1, 2, "lapses")]
    assert numbers("It is one or the other.") == []


def test_a_present_clause_takes_the_nearest_month():
    # "is bent on winning before the convention in July", written in April: this July
    assert dates("The mayor is set on a deal before the summit in July.", "2025-04-15") == [("in July", "2025-07")]
    assert dates("Support is up from 37 percent in January.", "2025-04-15") == [("in January", "2025-01")]


# ------------------------------------------------------------------ years

def test_a_name_with_a_year_is_neither_a_date_nor_a_number():
    assert numbers("Euro 2024 was a success.") == [] and dates("Euro 2024 was a success.", "2025-06-11") == []
    assert dates("The fans loved it. Tallin 2031 will cost more.", "2025-06-11") == []
    assert dates("The fans loved it. In 2031 it will cost more.", "2025-06-11") == [("2031", "2031")]
    assert numbers("Nearly 2000 people came.") == [("Nearly 2000 people", 2000, None, "people")]


def test_a_year_after_the_is_a_year_even_before_a_plural():
    assert dates("The 2019 figures were worse.", "2025-06-11") == [("2019", "2019")]


def test_an_irregular_past_verb_keeps_a_month_in_the_past():
    """'fell' is the clause's verb: the present 'are' further back must not take the nearest December."""
    assert dates("Shares that are recovering now fell in December.", "2025-11-12") == [("in December", "2024-12")]
    assert dates("Shares that are recovering now will rally in December.", "2025-11-12") == [("in December", "2025-12")]


# ------------------------------------------------------------------ ranks, fractions of a scale, compared figures

def test_an_ordinal_before_and_a_superlative_ranks():
    assert numbers("It would be the third and perhaps sharpest rebuke yet.") == [("third", 3, None, "place")]
    assert numbers("It was her third and final term.") == [("third and final term", 3, None, "term")]
    assert numbers("The third- and fourth-largest parties abstained.") == [
        ("third", 3, None, "largest"), ("fourth-largest", 4, None, "largest")]


def test_a_fraction_of_a_scale_is_the_amount():
    assert numbers("Half a million homes lost power.") == [("Half a million homes", 500_000, None, "homes")]
    assert numbers("Three-quarters of a billion dollars was spent.") == [
        ("Three-quarters of a billion dollars", 750_000_000, None, "USD")]
    assert numbers("The feud lasted half a century.") == [("half a century", 50, None, "years")]


def test_a_bare_figure_compared_with_takes_the_unit_it_is_compared_with():
    assert numbers("Some 25,000 people fled, up from 18,000 last year.")[1] == ("18,000", 18000, None, "people")
    assert numbers("Police made 1,200 arrests, compared with 900 in 2023.")[1] == ("900", 900, None, "arrests")
    assert numbers("Turnout rose to 61 percent from 58.")[1] == ("58", 58, None, "percent")


def test_the_counted_noun_is_the_plural_not_the_verb_after_it():
    assert numbers("One in 14 adults smoke.") == [("One in 14 adults", 1 / 14, None, "adults")]
    assert numbers("Four companies bid for the lease.") == [("Four companies", 4, None, "companies")]
    assert numbers("They won three league titles.") == [("three league titles", 3, None, "titles")]


def test_minus_makes_a_figure_negative():
    assert numbers("Among renters her rating is minus 14; among owners, minus nine.") == [
        ("minus 14", -14, None, None), ("minus nine", -9, None, None)]
    assert numbers("The margin of error is plus or minus 3 points.") == [("3 points", 3, None, "points")]


def test_a_number_word_with_a_possessive_is_a_title():
    assert numbers("She co-wrote Seven's Company, a study of coalitions.") == []


def test_composed_month_leads():
    assert dates("By the beginning of May, the mayor will have a majority.", "2025-04-20") == [
        ("By the beginning of May", "2025-05")]
    assert dates("The tapes date as far back as June, when the row began.", "2025-02-21") == [
        ("as far back as June", "2024-06")]


def test_a_month_of_that_year_is_in_the_year_last_written():
    text = "She first ran in 1998. Between early June of that year and the autumn she rose."
    assert dates(text, "2025-04-20") == [("1998", "1998"), ("early June", "1998-06")]


def test_a_future_weekday_in_an_article_of_that_weekday_is_that_day():
    # published on a Tuesday: the vote is today; a week ahead is "next Tuesday"
    assert dates("The mayor will win the vote on Tuesday.", "2025-06-10") == [("on Tuesday", "2025-06-10")]
    assert dates("The mayor will face a second vote next Tuesday.", "2025-06-10") == [("next Tuesday", "2025-06-17")]


def test_a_year_in_a_title_case_headline_is_a_year():
    assert dates("Harbour Democrats Say 2031 Is Not Just About Her", "2025-06-10") == [("2031", "2031")]


def test_a_placing_with_an_adjective_between():
    assert numbers("She battled back to finish a closer-than-expected second.") == [("second", 2, None, "place")]


def test_out_of_is_a_ratio_and_an_eighth_a_fraction():
    assert numbers("About four out of 10 voters said no.") == [("About four out of 10 voters", 0.4, None, "voters")]
    assert numbers("Savers get one-eighth of 1 percent.")[0] == ("one-eighth", 0.125, None, "fraction")


def test_a_month_modifier_with_no_verb_takes_the_nearest_month():
    # written in February: "the March states" vote next month, not eleven months ago
    assert dates("The March states hold half the delegates.", "2025-02-10") == [("March", "2025-03")]


def test_an_infinitive_after_a_past_verb_points_at_the_nearest_date():
    text = "The campaign invited a boxer to appear at the convention in July."
    assert dates(text, "2025-06-29") == [("in July", "2025-07")]
    assert dates("She went to school in March.", "2025-11-12") == [("in March", "2025-03")]


def test_embed_timestamps_are_not_dates():
    text = '<post post-id="1" datetime="2024-06-29">A post.</post>.\n\nThe vote was in 2019.'
    assert dates(text, "2025-06-29") == [("2019", "2019")]


def test_numeric_dates_in_either_order_when_only_one_is_a_date():
    assert dates("It ended on 2/26/2012, he wrote.", "2025-06-29") == [("2/26/2012", "2012-02-26")]
    assert dates("It ended on 26/2/2012, he wrote.", "2025-06-29") == [("26/2/2012", "2012-02-26")]
    assert dates("It ended on 3/4/2012, he wrote.", "2025-06-29") == [("3/4/2012", "2012")]


def test_a_when_clause_looks_forward():
    # published on a Friday: the convention is tomorrow
    text = "When the party gathers for its convention on Saturday, the mayor will not attend."
    assert dates(text, "2025-04-11") == [("on Saturday", "2025-04-12")]
    # a "when" after the date is another clause's
    text = "Mr Ferro drew applause from the crowd on Thursday when he lashed out at the board."
    assert dates(text, "2025-04-11") == [("on Thursday", "2025-04-10")]


def test_a_two_digit_year_after_an_apostrophe():
    assert dates("Ferry Deficit to Narrow in '27 as Fares Climb", "2026-01-20") == [("'27", "2027")]
    assert dates("She was in the class of '98.", "2026-01-20") == [("'98", "1998")]
    assert dates("'16 people died,' she said.", "2026-01-20") == []


def test_trillions_and_grand():
    assert numbers("They proposed trillions of dollars in tax cuts.") == [
        ("trillions of dollars", 2e12, 9e12, "dollars")]
    assert numbers("Some spend 100 grand on a degree.") == [("100 grand", 100_000, None, None)]
    assert numbers("She won 3 grand slams.") == [("3 grand slams", 3, None, "slams")]


def test_what_an_infinitive_says_about_a_date():
    """'invited … to appear' is a plan (the nearest day), 'failed to appear' happened, and an
    adverb after 'to' is no plan: guards for the infinitive rule above."""
    # published on a Wednesday
    assert dates("The defendant failed to appear in court on Friday.", "2025-07-09") == [
        ("on Friday", "2025-07-04")]
    assert dates("Two critics clashed over how to responsibly share data late Thursday.", "2025-07-07") == [
        ("late Thursday", "2025-07-03")]


def test_a_modal_puts_a_month_ahead_and_a_day_nearest():
    assert dates("Not only can Ms Vale win in November, she can govern.", "2025-04-09") == [("in November", "2025-11")]
    assert dates("Mr Dale said the mayor should ignore critics who on Sunday called him weak.", "2025-06-09") == [
        ("on Sunday", "2025-06-08")]


def test_a_present_clause_looking_back_stays_in_the_past():
    assert dates("Fences are an emotional issue after the flood in June.", "2025-02-25") == [("in June", "2024-06")]
    assert dates("The mayor is bent on winning before the convention in July.", "2025-04-15") == [("in July", "2025-07")]


def test_a_day_without_its_year_is_not_eleven_months_back():
    """A guard for the irregular past verbs: 'led' must not push a date written without its year
    eleven months back."""
    # written in mid-January: the caucuses on Feb. 1 are next month, even in a past-tense clause
    text = "As the two led the field before the caucuses Feb. 1, the others attacked."
    assert dates(text, "2025-01-15") == [("Feb. 1", "2025-02-01")]
    assert dates("The vote was held on Dec. 20.", "2025-01-15") == [("Dec. 20", "2024-12-20")]


def test_more_placings_multiplier_verbs_and_single_counts():
    assert numbers("Ms Vale comes in second, ahead of Mr Dale.") == [("second", 2, None, "place")]
    assert numbers("He is polling a distant second to her.") == [("second", 2, None, "place")]
    assert numbers("Ms Vale doubles Mr Dale's share of support.") == [("doubles", 2, None, "times")]
    assert numbers("She won the mixed doubles Final.") == []
    assert numbers("The poll showed a mere one-point gap.") == [("one-point gap", 1, None, "points")]
    assert numbers("Just one candidate has done it. It is a one-sided race.") == [
        ("Just one candidate", 1, None, "candidate")]


def test_ahead_of_a_weekday_takes_the_nearest():
    # published on a Thursday: the caucus is in two days
    assert dates("Still, ahead of Saturday's county caucus, both must campaign.", "2025-06-12") == [
        ("Saturday's", "2025-06-14")]


def test_a_terminal_control_sequence_in_the_text_holds_no_claim():
    text = ("The council said \x1b]0;owned\x07 it approved 40 percent more berths "
            "\x1b[2J for 300 boats.")
    assert [c[0] for c in numbers(text)] == ["40 percent", "300 boats"]
