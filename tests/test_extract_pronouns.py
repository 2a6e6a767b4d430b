"""Pronoun and descriptive speakers (issue 12, items 1, 2 and 6): who "he said" means.

Every text here is invented for the project; none is taken from an article.
"""

from factcheck.extract import extract_claims


def speaker_of(text, words, published="2025-03-04"):
    """The speaker of the quote that holds `words` (the whole name)."""
    quotes = [(c.text, c.speaker) for c in extract_claims(text, published) if c.kind == "quote"]
    for quoted, speaker in quotes:
        if words in quoted:
            return speaker
    raise AssertionError(f"no quote holds {words!r}: {quotes}")


def test_a_sentence_opening_with_he_passes_the_pronoun_back_to_his_antecedent():
    text = ("Tomas Varga said the bridge plan had failed. He blamed the delay on Piotr Lasko, the "
            "contractor. The bridge will stay closed until spring. Repairs have barely begun.\n\n"
            "“We were let down,” he said.")
    assert speaker_of(text, "let down") == "Tomas Varga"


def test_a_pronoun_inside_an_opening_if_clause_is_not_the_sentence_subject():
    text = ("Piotr Lasko chaired the meeting. If he loses the vote, Tomas Varga said, the bridge plan "
            "is dead. Repairs have barely begun.\n\n"
            "“We were let down,” he said.")
    assert speaker_of(text, "let down") == "Tomas Varga"


def test_he_is_an_unrecognised_full_name_reported_as_speaking():
    text = ("Tom Osei ran the charity for a decade. Aram Velikian, a spokesman for the trust, said "
            "the money was safe. Donors were told on Monday.\n\n"
            "“Nothing has been lost,” he said.")
    assert speaker_of(text, "Nothing has been lost") == "Aram Velikian"


def test_a_pronoun_opening_a_sentence_tells_the_gender_of_the_previous_sentences_subject():
    # "by her side" before the mayor's name is the senator's; the "he" after the sentence
    # where the mayor is the subject is his, though another man is named in it too
    text = ("With Mayor Robin Castell by her side, Senator Ana Duarte opened the new ferry terminal.\n\n"
            "Castell, a former docker, has close ties to Tom Ruiz. But on Sunday he finally backed Duarte.\n\n"
            "“We need a fighter,” he said.")
    assert speaker_of(text, "We need a fighter") == "Robin Castell"


def test_a_street_after_a_house_number_is_no_unrecognised_speaker():
    text = ("Crowds packed the hall on 12 Veronica Road, where the party leader, Farah Osei, promised "
            "cheaper buses.\n\n"
            "“The town is ours again,” she told them.")
    assert speaker_of(text, "The town is ours again") == "Farah Osei"


def test_a_name_after_the_is_no_person_a_pronoun_may_mean():
    text = ("In a May debate, while his rivals called for a war to crush the Crimson Brotherhood, also "
            "known as the CB, Tom Ruiz hewed to a softer line. "
            "“Let them fight each other,” he said.")
    assert speaker_of(text, "Let them fight") == "Tom Ruiz"


def test_she_is_the_agent_of_a_passive_who_said_something():
    text = ("Mayor Ana Duarte’s plan was backed on Friday by Councillor Orla Brennan of Eastmoor, the chair "
            "of the transport panel, who said none of the money came from fares.\n\n"
            "“It has never been about fares,” she said in a statement.")
    assert speaker_of(text, "never been about fares") == "Orla Brennan"


def test_a_party_tag_then_an_appositive_keeps_the_name_the_subject():
    text = ("Some of Ruiz’s backers have their own plans for the ferry vote.\n\n"
            "Councillor Dana Whitfield (L), a leader of the harbour group, suggested that Ana Ruiz "
            "had not been tested. “Voters have not read the small print,” she said.")
    assert speaker_of(text, "small print") == "Dana Whitfield"


def test_a_titled_surname_of_the_other_gender_is_not_the_man_named_in_full():
    text = ("Tom Okafor campaigned in Dunmore on Friday. Mrs. Okafor spoke after him and thanked the "
            "volunteers.\n\n"
            "“We are not finished,” she said.\n\n"
            "“Nor am I,” Mr. Okafor said.")
    assert speaker_of(text, "We are not finished") == "Okafor"
    assert speaker_of(text, "Nor am I") == "Tom Okafor"


def test_the_n_year_old_is_the_person_given_that_age():
    text = ("Tom Ruiz, 56, and Ana Duarte, 41, spoke at the harbour meeting in Dunmore.\n\n"
            "The 56-year-old said: “We are ready to build.”\n\n"
            "“So are we,” the 41-year-old said.")
    assert speaker_of(text, "ready to build") == "Tom Ruiz"
    assert speaker_of(text, "So are we") == "Ana Duarte"


def test_the_official_is_the_unnamed_official_described_before():
    text = ("Tom Ruiz, the harbour master, wants the bridge open by May. A senior transport "
            "official said on Friday that it would open late.\n\n"
            "“We are not there yet,” the official said.")
    assert speaker_of(text, "not there yet") == "senior transport official"


def test_a_pronoun_after_a_possessive_name_says_nothing_of_that_persons_gender():
    text = ("Melek Varga and Ana Duarte spoke at the congress on Monday. Officials declined to name "
            "the writers of Varga’s speech, nor did he say who approved it.\n\n"
            "Later, Varga addressed reporters.\n\n"
            "“We are moving on,” she said.")
    assert speaker_of(text, "moving on") == "Melek Varga"


def test_a_she_opening_a_later_clause_before_a_name_passes_the_pronoun_back():
    text = ("Lena Osei, a nurse from Dunmore, backs the union. The strike was the first time she had "
            "marched, and she doesn’t think Ana Duarte can fix the wards.\n\n"
            "Picking between Duarte and Tom Ruiz is a “false choice,” she said.")
    assert speaker_of(text, "false choice") == "Lena Osei"


def test_he_is_a_man_called_by_his_given_name_not_a_team_named_after_the():
    text = ("Ravi said he has run the night shift at the depot since May. The drivers, known in town "
            "as the Blue Line Crew, report to him.\n\n"
            "A council memo blames Ravi for the delays. He called that unfair.\n\n"
            "“We work with what we have,” he said.")
    assert speaker_of(text, "We work with what we have") == "Ravi"


def test_he_is_not_a_possessive_name_when_someone_was_in_focus_before():
    text = ("Tom Ruiz opened the depot in May.\n\n"
            "The plan rests on Kim Duarte’s budget. Few expect it to pass.\n\n"
            "“We will find the money,” he said.")
    assert speaker_of(text, "find the money") == "Tom Ruiz"


def test_a_name_before_a_contracted_negative_is_the_subject():
    text = ("Kim Duarte could be the last pick this year. Council spokeswoman Ana Lee wouldn’t say "
            "when the vote will be held.\n\n"
            "“There is no news yet,” she said.")
    assert speaker_of(text, "no news yet") == "Ana Lee"


def test_a_participle_after_an_attribution_clause_is_the_reporters():
    text = ("Tom Ruiz didn’t stay long but left right after the vote, Lena Osei said, adding, "
            "“He was in a hurry.”")
    assert speaker_of(text, "in a hurry") == "Lena Osei"


def test_with_nobody_in_focus_he_is_the_man_named_most_so_far():
    text = ("Tom Ruiz has run the depot since May. Ruiz wants the line rebuilt. Ruiz met the unions "
            "on Monday.\n\n"
            "The depot opened in 1990. It has 40 buses. The roof leaks. The canteen closed in March.\n\n"
            "I met with Ruiz in his office two days after his talks with Peter Varga.\n\n"
            "“We keep the buses running,” he told me.")
    assert speaker_of(text, "keep the buses running") == "Tom Ruiz"


def test_a_present_tense_verb_after_an_appositive_makes_the_name_the_subject():
    text = ("In the new radio advert, Councillor Kim Okafor, who was first elected in 2012, casts Tom "
            "Ruiz as a spender who would “wreck” the budget.")
    assert speaker_of(text, "wreck") == "Kim Okafor"


def test_a_name_someone_calls_someone_is_their_word():
    text = ("Tom Ruiz spoke first at the harbour debate. Within minutes, he called Varga “Little Piet” "
            "several times.\n\n"
            "Ana Duarte runs a weekly radio show called “Tidewater” on Sundays.")
    assert speaker_of(text, "Little Piet") == "Tom Ruiz"
    claims = [c for c in extract_claims(text, "2025-03-04") if c.kind == "quote" and "Tidewater" in c.text]
    assert [(c.speaker, c.mention) for c in claims] == [(None, True)]


def test_they_are_two_people_named_together_as_a_subject():
    text = ("Ada Lund and Piet Okafor teach at the harbour college. In a new book, Lund and Okafor argue "
            "that the ferry rules are too strict for the European Union.\n\n"
            "In the north, they write, “ferries are a lifeline.”")
    assert speaker_of(text, "ferries are a lifeline") == "Ada Lund and Piet Okafor"


def test_it_is_a_persons_campaign_that_opened_the_previous_sentence():
    text = ("The Supreme Court ruled on Monday.\n\n"
            "Tom Ruiz’s campaign quickly backtracked, putting out a statement. In cases of fraud, it "
            "said, “the voter is a victim.”")
    assert speaker_of(text, "the voter is a victim") == "Tom Ruiz’s campaign"


def test_then_theres_someone_puts_them_in_focus():
    text = ("Peter Varga sat on the panel last year. Tom Ruiz praised the plan on Monday.\n\n"
            "Then there’s Varga.\n\n"
            "“It will never float,” he wrote on Tuesday.")
    assert speaker_of(text, "It will never float") == "Peter Varga"


def test_the_owner_of_a_response_before_a_colon_is_the_speaker():
    text = ("An aide told Ana Duarte about the closure of the ferry line in a short email.\n\n"
            "Duarte’s response was: “Is Harbour Deli still open on Sundays?” Harbour Deli is a sandwich "
            "shop in the old town.")
    assert speaker_of(text, "Is Harbour Deli still open") == "Ana Duarte"


def test_the_owner_of_a_sentences_subject_is_in_focus():
    text = ("“The count was fair,” said Kim Osei, who observed the vote.\n\n"
            "Ana Duarte’s future is still unclear, but she said on Monday that she would run again. "
            "“I am not done yet,” she said.")
    assert speaker_of(text, "not done yet") == "Ana Duarte"


def test_a_subject_outranks_the_owner_of_the_phrase_that_describes_it():
    text = ("Ana Duarte, 64, spent a winter in a caravan after the floods.\n\n"
            "Ana’s next-door neighbour, Kim Osei, 58, moved to the lane in 2004. Since then she has "
            "been flooded twice.\n\n"
            "“Nobody listens to us,” she said.")
    assert speaker_of(text, "Nobody listens") == "Kim Osei"


def test_a_role_word_before_a_participle_says_nothing_of_its_objects_gender():
    from factcheck.extract.entities import find_mentions

    text = "Tom Ruiz denied the claims through a spokeswoman, dismissing Alex Marden as a former clerk."
    index = find_mentions(text, [], [0])
    assert index.gender_of("Alex Marden") is None
    assert find_mentions("The spokeswoman, Alex Marden, denied it.", [], [0]).gender_of("Alex Marden") == "f"


def test_a_name_after_the_is_not_the_subject_a_lone_quote_falls_back_on():
    text = ("Ravi said he has run the night shift at the depot since May. Under his command were the "
            "drivers, known in town as the Blue Line Crew, and the cleaners.\n\n"
            "A council memo accuses Ravi of treating the drivers like “hired help.” He said that is a "
            "“distortion,” describing the crew as loyal. “These people are heroes,” he said.")
    assert speaker_of(text, "These people are heroes") == "Ravi"
    assert speaker_of(text, "hired help") != "Blue Line Crew"


def test_a_capitalised_phrase_with_the_inside_is_no_person_a_pronoun_may_mean():
    text = ("Fundraising for the Civic convention in Dunmore has been hard. The Civic convention opens "
            "in May.\n\n"
            "Ana Duarte said the boycott would not hurt. Fundraising was “flat for a month” as donors "
            "waited, she said.")
    assert speaker_of(text, "flat for a month") == "Ana Duarte"
