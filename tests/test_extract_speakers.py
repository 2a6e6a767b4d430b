"""Speaker patterns of English news writing (issue 12, items 1–8), one invented text each.

Every text here is written for the project; none is taken from an article.
"""

import pytest

from factcheck.extract import extract_claims


def speakers(text, published="2025-03-04"):
    return [(c.text, c.speaker) for c in extract_claims(text, published) if c.kind == "quote"]


def speaker_of(text, words):
    """The speaker of the quote that holds `words`."""
    for quoted, speaker in speakers(text):
        if words in quoted:
            return speaker
    raise AssertionError(f"no quote holds {words!r}: {speakers(text)}")


# ------------------------------------------------------------ item 3: reporting verbs

@pytest.mark.parametrize("verb", [
    "interjected", "gushed", "fumed", "sighed", "quipped", "insisted", "advises", "recalled",
    "conceded", "scoffed", "remembered", "deadpanned", "groused", "marvelled", "boomed", "reacted",
    "exhorted",
])
def test_a_broad_class_of_reporting_verbs_names_the_speaker(verb):
    text = ("Teodora Blaskovic chaired the hearing on the ferry timetable.\n\n"
            f"“Nobody reads the small print,” Marek Oduya {verb}.")
    assert speaker_of(text, "small print") == "Marek Oduya"


@pytest.mark.parametrize("verb", ["shot back", "chimed in", "blurted out", "went on", "fired back"])
def test_two_word_reporting_verbs(verb):
    text = ("Teodora Blaskovic chaired the hearing on the ferry timetable.\n\n"
            f"“Nobody reads the small print,” Marek Oduya {verb}.")
    assert speaker_of(text, "small print") == "Marek Oduya"


def test_a_party_and_state_tag_after_the_name_does_not_hide_the_verb():
    text = ("The bill passed late on Tuesday.\n\n"
            "“We will fix the roads first,” Sen. Willa Prentiss (D-Ore.) said.")
    assert speaker_of(text, "roads first") == "Willa Prentiss"


# ------------------------------------------------------------ item 5: non-finite attribution

def test_a_participle_after_a_comma_takes_the_sentence_subject():
    text = ("Before the vote, harbour master Colm Aldane asked the board to delay the new berths, "
            "saying, “The channel is not deep enough yet.” The Corrib Basin is one of six harbours.")
    assert speaker_of(text, "channel is not deep") == "Colm Aldane"


def test_by_saying_takes_the_sentence_subject():
    text = ("Councillor Renata Voss inflamed the meeting by saying, “This plan was written for "
            "developers, not for tenants.”")
    assert speaker_of(text, "written for developers") == "Renata Voss"


# ------------------------------------------------------------ item 4: attribution on its own

def test_an_attribution_sentence_after_a_quote_that_closed_its_sentence():
    text = ("Ilse Marwood spoke first at the depot.\n\n"
            "The transport chief, Dario Fenwick, took questions afterwards.\n\n"
            "“We have ordered forty new buses. They arrive in spring.” Fenwick said. "
            "He did not give a price.")
    assert speaker_of(text, "forty new buses") == "Dario Fenwick"


def test_a_title_case_headline_quote_takes_the_name_before_the_colon():
    text = ("Halvorsen: Harbour Plan Is A ‘Costly Mistake’.\n\n"
            "Mayor Brit Halvorsen criticised the harbour plan on Monday, calling the "
            "scheme expensive and late.")
    assert speaker_of(text, "Costly Mistake") == "Brit Halvorsen"


def test_a_title_case_headline_quote_takes_the_headline_subject():
    text = ("Brit Halvorsen Calls Harbour Plan A ‘Costly Mistake’.\n\n"
            "Mayor Brit Halvorsen criticised the harbour plan on Monday, calling the scheme "
            "expensive and late.")
    assert speaker_of(text, "Costly Mistake") == "Brit Halvorsen"


def test_a_headline_quote_repeated_in_the_body_takes_the_body_speaker():
    text = ("Harbour plan a ‘costly mistake’, says mayor\n\n"
            "The harbour plan is a “costly mistake”, Mayor Brit Halvorsen said on Monday.")
    assert speaker_of(text, "‘costly mistake’") == "Brit Halvorsen"


# ------------------------------------------------------------ item 2: descriptions and names

def test_a_description_then_a_name_in_commas_is_that_person():
    text = ("The council met on Thursday.\n\n"
            "“The budget is balanced,” a spokeswoman for the council, Jane Doe, said.")
    assert speaker_of(text, "budget is balanced") == "Jane Doe"


def test_an_organisation_and_a_role_before_a_name_is_the_person():
    text = ("The inquiry opened on Monday.\n\n"
            "“The forms were never filed,” former NTSB investigator Pavel Orsini explained.")
    assert speaker_of(text, "never filed") == "Pavel Orsini"


def test_a_place_after_the_name_does_not_hide_the_verb():
    text = ("Sen. Oriana Falk of North Dakota said the rule was “a gift to insurers,” "
            "arguing that “premiums will double within a year.”")
    assert speaker_of(text, "premiums will double") == "Oriana Falk"


def test_an_irregular_past_tense_makes_the_name_a_subject():
    text = ("The storm closed the airport overnight.\n\n"
            "Governor Tobias Wren quickly took to Twitter, writing: “Stay home tonight. "
            "The roads are not safe.”")
    assert speaker_of(text, "Stay home tonight") == "Tobias Wren"


def test_a_partial_quote_with_its_attribution_right_after_it():
    text = ("Ines Caravaggi asked the committee for more time. The panel is less likely to be "
            "“swayed by lobbyists,” Henrik Solberg said.")
    assert speaker_of(text, "swayed by lobbyists") == "Henrik Solberg"


# ------------------------------------------------------------ items 6 and 8: fragments, boundaries

def test_a_sentence_ending_in_an_attribution_gives_its_quotes_that_speaker():
    text = ("Turnout fell again in the spring.\n\n"
            "A second defeat would mean a “long winter” for Chancellor Imre Vass and his party, "
            "said Odile Brandt, a pollster at the Hale Institute.")
    assert speaker_of(text, "long winter") == "Odile Brandt"


def test_doubled_apostrophes_are_one_quote_mark():
    text = ("''The harbour will reopen in May,'' Yusuf Adebayo said on Friday. "
            "''The dredging is finished.''")
    found = speakers(text)
    assert [q for q, _ in found] == ["''The harbour will reopen in May,''", "''The dredging is finished.''"]
    assert {s for _, s in found} == {"Yusuf Adebayo"}


def test_a_participle_after_a_time_phrase_takes_the_person_not_the_time():
    text = ("Nadia Okonjo praised the mayor on Monday.\n\n"
            "Hours later, Mayor Ruben Castellanos returned the compliment, telling reporters, "
            "“Nadia has been a fine partner for this city.”")
    assert speaker_of(text, "fine partner") == "Ruben Castellanos"


# ------------------------------------------------------------ item 1: pronouns

def test_a_pronoun_is_the_person_in_focus_not_a_place():
    text = ("Defence Minister Arvid Kallström flew to Dravnik on Monday to meet the commanders in "
            "Crimea.\n\n“We will not give up a metre of this coast,” he warned.")
    assert speaker_of(text, "metre of this coast") == "Arvid Kallström"


def test_a_pronoun_after_a_reported_sentence_is_its_reporter_not_its_subject():
    text = ("Tomas Reuben joined the senator's campaign in its first month, he said.\n\n"
            "Senator Ilsa Marn won over the small crowds with long speeches, Reuben said.\n\n"
            "“He was sharp, funny and always on time,” he said.")
    assert speaker_of(text, "sharp, funny") == "Tomas Reuben"


def test_a_given_name_that_is_also_a_month_abbreviation_after_a_role():
    text = ("The state budget passed on Friday.\n\n"
            "“This protects every family,” said former governor Jan Okafor, a supporter of the bill.")
    assert speaker_of(text, "protects every family") == "Jan Okafor"


def test_an_unnamed_speaker_described_by_a_capitalised_phrase():
    text = ("Turnout fell again in the spring.\n\n"
            "“Nobody expected the recount to take a week,” said a North Dakota Republican, who "
            "asked not to be named.")
    assert speaker_of(text, "recount") == "North Dakota Republican"


# ------------------------------------------------------------ more of items 4, 5 and 6

def test_a_name_as_a_label_before_a_colon():
    text = ("Reaction to the verdict\n\n"
            "The harbour board met on Friday with Ilse Varga of the Tidewater Trust.\n\n"
            "FERRY FARES TO RISE AGAIN - Marta Quist, Coastal Courier: “Fares will rise for the "
            "third year running.”")
    assert speaker_of(text, "third year running") == "Marta Quist"


def test_a_name_asked_before_a_colon_is_no_label():
    text = ("Councillor Ruth Abara chaired the meeting.\n\n"
            "Abara asked Pieter Lund: “Who signed the contract?”")
    assert speaker_of(text, "Who signed") == "Ruth Abara"


def test_a_participle_after_a_quote_is_not_an_attribution():
    text = ("President Elena Marsh spoke on Friday.\n\n"
            "Marsh said there was still “more work to do,” noting weak demand in Brazil and Peru.")
    assert speaker_of(text, "more work to do") == "Elena Marsh"


@pytest.mark.parametrize("text", [
    "In an interview with Radio Kestrel, Senator Alma Brandt defended the bill, saying its critics had "
    "“not read a single page.”",
    "Senator Alma Brandt spoke on Monday.\n\nIn an interview with KTVN, Brandt continued to question "
    "Mayor Ruiz's record, saying the mayor could not “balance a budget” in office.",
])
def test_an_opening_prepositional_phrase_does_not_hold_the_subject(text):
    assert speaker_of(text, "“") == "Alma Brandt"


def test_a_second_verb_of_one_subject():
    text = ("Mayor Ida Kessler once backed councillor Tom Oduya, but now said the scheme was "
            "“a waste of everyone's time.”")
    assert speaker_of(text, "waste of everyone") == "Ida Kessler"


def test_a_short_fragment_someone_used_of_something_carries_their_name():
    text = ("Prime Minister Aino Laakso hailed the fisheries deal as a “breakthrough.” "
            "The agreement runs for ten years.")
    assert speaker_of(text, "breakthrough") == "Aino Laakso"


def test_a_verb_between_two_names_is_not_a_role():
    text = ("At a rally in the port, Mayor Ben Okafor attacked Premier Lise Vang, calling her "
            "“the weakest leader this province has had.”")
    assert speaker_of(text, "weakest leader") == "Ben Okafor"


def test_a_pull_quote_takes_the_attribution_in_the_next_paragraph():
    text = ("Councillor Bea Norrland opened the session.\n\n"
            "“We cannot keep patching the same roads every spring.”\n\n"
            "Roads chief Emeka Dunmore said on Monday.\n\n"
            "The council will ask for a bigger grant next year.")
    assert speaker_of(text, "patching the same roads") == "Emeka Dunmore"


# ------------------------------------------------------------ item 8: quote boundaries

def test_embed_markup_attributes_are_not_quotes():
    text = ("Ana Pereira posted her reply within minutes.\n\n"
            '<post post-id="5512" datetime="May 2, 2025">Ferries will run on Sunday<post/>.\n\n'
            "“We listened to the islanders,” Pereira said.")
    found = speakers(text)
    assert found == [("“We listened to the islanders,”", "Ana Pereira")]


def test_the_verb_right_after_the_name_before_any_later_commas():
    text = ("Rafe Collins was hurt in the scuffle.\n\n"
            "“He had it coming,” the attacker, Dorian Pike, told the radio show “Night Desk” after "
            "the fight, which was filmed by several people.")
    assert speaker_of(text, "had it coming") == "Dorian Pike"


@pytest.mark.parametrize("text,want", [
    ("“He calls me short. He’s maybe 6’1”,” Ivo Brandt said on Sunday.",
     "“He calls me short. He’s maybe 6’1”,”"),
    ('"The fee went up to 45" Ivo Brandt said.\n\nIt was 12 in 2020.',
     '"The fee went up to 45"'),
])
def test_a_mark_after_a_digit_may_be_inches_or_the_close(text, want):
    assert speakers(text)[0] == (want, "Ivo Brandt")


def test_a_quote_paragraph_credited_after_a_dash():
    text = ("Councillor Bea Norrland opened the session with a claim about the bus budget.\n\n"
            "“I wrote half of that budget myself.”\n\n"
            "- Norrland.\n\n"
            "She wrote two amendments to it, the minutes show.")
    assert speaker_of(text, "half of that budget") == "Bea Norrland"


def test_initials_inside_a_name_do_not_end_the_sentence():
    text = ("The caucus opposes the change. Caucus Chairman T.J. Wendover of North Dakota said he "
            "was “outraged” to even hear about it.")
    assert speaker_of(text, "outraged") == "T.J. Wendover"


# ------------------------------------------------------------ item 7: surnames

def test_a_titled_surname_is_the_relative_whose_given_name_fits_the_title():
    text = ("Anna Lee and her husband, David Lee, arrived together. Mr. Lee spoke first.\n\n"
            "“I am proud of her,” Mr. Lee said.\n\n"
            "“We will win,” Mrs. Lee said.")
    assert speaker_of(text, "proud of her") == "David Lee"
    assert speaker_of(text, "We will win") == "Anna Lee"


def test_a_surname_alone_is_the_person_first_introduced_by_it():
    text = ("Nora Quill, the village postmistress, retired on Friday after 40 years. Her daughter, "
            "Siobhan Mary Quill, organised the party.\n\n"
            "“I knew every family by their handwriting,” Quill said.")
    assert speaker_of(text, "handwriting") == "Nora Quill"


def test_a_lone_name_opening_a_clause_before_an_appositive_is_the_subject():
    text = ("Premier Lise Vang defended the school plan on Monday.\n\n"
            "Okonkwo, a Vang ally, called the plan “reckless.”")
    assert speaker_of(text, "reckless") == "Okonkwo"


def test_an_unnamed_organisation_is_named_by_its_phrase_without_the_words_before_it():
    text = ("Officials in Harrow County set up a website that welcomes new residents.\n\n"
            "“Come and live where the rent is fair,” the website said.")
    assert speaker_of(text, "rent is fair") == "website"


# ------------------------------------------------------------ item 6: fragments

@pytest.mark.parametrize("text,words,want", [
    ("Councillor Priya Danvers blamed the flooding on “lazy drainage planning.” The river rose "
     "two metres.", "lazy drainage", "Priya Danvers"),
    ("The Harbour Trust faulted the ferry operator for “chronic neglect” in its annual report.",
     "chronic neglect", "Harbour Trust"),
])
def test_a_fragment_in_a_sentence_without_a_speech_verb_is_its_subjects(text, words, want):
    assert speaker_of(text, words) == want


def test_a_scare_quote_with_no_person_as_subject_has_no_speaker():
    claims = [c for c in extract_claims("The “temporary” bridge has now stood for forty years.",
                                        "2025-03-04") if c.kind == "quote"]
    assert [(c.speaker, c.mention) for c in claims] == [(None, True)]


# ------------------------------------------------------------ item 2: descriptions and names

@pytest.mark.parametrize("text,words,want", [
    ("The head of the Ferry Workers Union, Dagny Solheim, warned that the new rota would be "
     "“unworkable by Christmas.”", "unworkable", "Dagny Solheim"),
    ("Sen. Orla Brennick (D-Vt.), who has backed Tomas Reyes, said the bill was “a good start.”",
     "good start", "Orla Brennick"),
    ("Rep. Amos Tull (R-Kan.), chair of the Rivers Committee, said the dams were “overdue.”",
     "overdue", "Amos Tull"),
])
def test_the_name_among_the_pieces_before_the_verb(text, words, want):
    assert speaker_of(text, words) == want


@pytest.mark.parametrize("text,words,want", [
    ("The Varga campaign defended the advert.\n\n“We stand by every word,” said Varga campaign "
     "spokesman Teo Malmqvist.", "every word", "Teo Malmqvist"),
    ("Turnout was low.\n\n“People stayed home,” said Liberal party boss Henrike Osei.",
     "stayed home", "Henrike Osei"),
    ("Turnout was low.\n\n“People stayed home,” said Liberal party strategist Ruairi Stenson.",
     "stayed home", "Ruairi Stenson"),
])
def test_a_person_named_after_an_organisation_and_a_role(text, words, want):
    assert speaker_of(text, words) == want


def test_a_phrase_opening_with_a_preposition_is_not_the_speaker():
    text = ("The ferry board relies on “gentle nudges” in its talks with Norland Shipping, said "
            "Maren Ekdahl, a trade lawyer in the capital.")
    assert speaker_of(text, "gentle nudges") == "Maren Ekdahl"


@pytest.mark.parametrize("verb", ["yelling", "lecturing"])
def test_a_participle_of_a_reporting_verb_before_a_colon_takes_its_subject(verb):
    text = ("Councillor Bo Lindqvist asked for order.\n\n"
            f"The gallery emptied slowly, Mayor Ines Albrecht {verb} at the last stragglers: "
            "“This hall is not a circus!”")
    assert speaker_of(text, "not a circus") == "Ines Albrecht"


# ------------------------------------------------------------ item 1: pronouns

def test_he_is_the_person_opening_the_sentence_before_long_appositives():
    text = ("Mr. Osei bought the old ferry in 2019.\n\n"
            "Tavish Corran, managing director of Corran Marine Surveys, a vessel inspection firm "
            "and salvage broker for insurers and harbour authorities in the north, said Mr. Osei "
            "had overpaid. “Rust is the one cargo that ferry still carries,” he said.")
    assert speaker_of(text, "Rust is the one cargo") == "Tavish Corran"


def test_he_is_a_lone_surname_reported_as_speaking_not_a_place():
    text = ("Quarry owner Lucan Fairweather opened the site in 1998.\n\n"
            "Pettigrew told the Valley Echo on Monday that the blasting had cracked his walls. "
            "“I can hear the windows rattle every afternoon,” he said.")
    assert speaker_of(text, "windows rattle") == "Pettigrew"



def test_a_long_appositive_between_the_name_and_the_verb():
    text = ("The lighthouse reopened in June.\n\n"
            "“Visitors came back faster than the gulls did,” Halvard Mette, curator of the island "
            "museum for eleven years and before that keeper of the northern light for a decade, "
            "told the council in his report. “We need a second guide.”")
    assert speaker_of(text, "faster than the gulls") == "Halvard Mette"
    assert speaker_of(text, "second guide") == "Halvard Mette"


def test_a_lone_surname_as_subject_before_a_participle_is_the_speaker():
    text = ("The hustings moved on to housing.\n\n"
            "On the second night, Okwuosa set himself apart from Mayor Fenna Rijk, saying, "
            "“My campaign has never owned a single rental flat.” Okwuosa has stood twice before.")
    assert speaker_of(text, "single rental flat") == "Okwuosa"


def test_a_capitalised_time_word_opening_a_sentence_is_no_speaker():
    text = ("Mayor Fenna Rijk met the donors on Friday.\n\n"
            "Hours later, she sent a letter to the council, saying: “Our friendship is not for sale.”")
    assert speaker_of(text, "not for sale") == "Fenna Rijk"


# ------------------------------------------------------------ item 4: before a colon

def test_as_someone_put_it_before_a_colon():
    text = ("Mayor Fenna Rijk wants the vote this month. Few councillors agree. As Jorun Vik, "
            "deputy leader since Jan. 2020 and "
            "the voice of the opposition, put it: “This budget will not pass before spring.”")
    assert speaker_of(text, "will not pass") == "Jorun Vik"


def test_a_verb_before_its_subject_and_a_colon():
    text = ("Mayor Fenna Rijk spoke for ten minutes about the harbour.\n\n"
            "Put simply, explained panel chair Jorun Vik: “Who pays for the dredging?”")
    assert speaker_of(text, "pays for the dredging") == "Jorun Vik"


def test_told_an_outlet_before_a_colon_is_still_the_subject():
    text = ("Mayor Fenna Rijk later told the Harbour Gazette: “I never posted that.”")
    assert speaker_of(text, "never posted") == "Fenna Rijk"


@pytest.mark.parametrize("text,words,want", [
    ("Mayor Fenna Rijk on Friday sharpened her criticism of Jorun Vik, saying his budget is "
     "“built on sand and wishful tides.”", "wishful tides", "Fenna Rijk"),
    ("Aldo Brenn, a press officer for Mrs. Rijk, urged the board to reconsider and said the "
     "vote was “a wasted evening.”", "wasted evening", "Aldo Brenn"),
])
def test_the_main_subject_past_a_time_or_an_appositive_with_an_abbreviation(text, words, want):
    assert speaker_of(text, words) == want


def test_a_closing_attribution_covers_every_quote_before_it():
    text = ("The Audit Office compared the two tenders and saw no “overlap worth noting,” beyond "
            "a shared “printing supplier” in the capital, said the office's director, "
            "Marit Ostby, on Monday.")
    assert speaker_of(text, "overlap worth noting") == "Marit Ostby"
    assert speaker_of(text, "printing supplier") == "Marit Ostby"


def test_one_capitalised_word_said_of_someone_is_the_subjects_word():
    text = ("At the rally, Mayor Fenna Rijk described the inspector as “Foreign,” and the crowd "
            "laughed. The rally ended at nine.")
    claims = [c for c in extract_claims(text, "2025-03-04") if c.kind == "quote"]
    assert [(c.speaker, c.mention) for c in claims] == [("Fenna Rijk", False)]


def test_a_capitalised_title_after_called_stays_a_mention():
    text = "Mayor Fenna Rijk runs a weekly radio show called “Tidewater” on Sundays."
    claims = [c for c in extract_claims(text, "2025-03-04") if c.kind == "quote"]
    assert [(c.speaker, c.mention) for c in claims] == [(None, True)]


@pytest.mark.parametrize("text,words,want", [
    ("Brit Halvorsen: Harbour Rules Need ‘tougher’ teeth.\n\nThe council meets on Monday.",
     "tougher", "Brit Halvorsen"),
    ("Mayor Fenna Rijk's recent promise to remain “impartial” in the dispute surprised the unions.",
     "impartial", "Fenna Rijk"),
    ("After a week of bickering over whether the plan is “affordable” at all, Mayor Fenna Rijk on "
     "Monday turned on the harbour board.", "affordable", "Fenna Rijk"),
])
def test_a_fragment_takes_a_label_an_owner_of_words_or_the_subject_after_it(text, words, want):
    assert speaker_of(text, words) == want


def test_he_continues_the_person_a_sentence_opening_with_he_continued():
    text = ("Finance Minister Tobias Lindgren defended the new tide tables on Monday. Later he "
            "claimed that Mr. Arvo Kask had misread them on purpose. “It is all in the "
            "appendix,” he said.")
    assert speaker_of(text, "in the appendix") == "Tobias Lindgren"


def test_a_description_with_a_name_then_the_person_named_after_it():
    text = ("Officials met on Monday.\n\n"
            "“The water is at the doorstep,” wrote another Facebook member, Marit Ostby. "
            "“Nobody has sandbags left.”")
    assert speaker_of(text, "at the doorstep") == "Marit Ostby"
    assert speaker_of(text, "sandbags left") == "Marit Ostby"


def test_a_relative_clause_left_open_before_the_verb():
    text = ("Officials met on Monday.\n\n"
            "“The advert speaks for itself,” Katrin Dahl, who chairs the Harbour Fund said in a "
            "statement.")
    assert speaker_of(text, "speaks for itself") == "Katrin Dahl"


def test_a_person_after_a_possessive_description_and_a_role():
    text = ("The hall went quiet for the first speaker: “This harbour has waited long enough for "
            "its new pier,” declared Rijk's campaign chair, engineer Marit Ostby.")
    assert speaker_of(text, "new pier") == "Marit Ostby"


def test_according_to_a_person_before_a_partial_quote():
    text = ("On the ferry question, according to former harbour master Colm Aldane, Mayor Lise "
            "Vang faced “her hardest winter yet” last year.")
    assert speaker_of(text, "hardest winter") == "Colm Aldane"


def test_the_agent_of_a_passive_asked_is_the_speaker():
    text = ("Councillor Bo Lindqvist was asked by radio host Marit Ostby if the plan meant "
            "“another year of closed slipways for the fishing fleet.”")
    assert speaker_of(text, "closed slipways") == "Marit Ostby"


def test_a_partial_quote_in_a_sentence_opened_by_he_is_his():
    text = ("Councillor Bo Lindqvist spoke for an hour on Monday. Ms. Fenna Rijk, the mayor, "
            "left early.\n\n"
            "He later cast Rijk as “the least prepared mayor this harbour has had.”")
    assert speaker_of(text, "least prepared") == "Bo Lindqvist"


@pytest.mark.parametrize("text,words,want", [
    ("Mayor Fenna Rijk met the board.\n\n“The numbers look thin” for Rijk, said Marit Ostby.",
     "numbers look thin", "Marit Ostby"),
    ("Mayor Fenna Rijk met the board.\n\n“The ledger was kept apart,” Councillor Bo Lindqvist’s "
     "office said in a statement.", "ledger was kept", "Bo Lindqvist’s office"),
    ("Mayor Fenna Rijk met the board.\n\n“It was the norm,” the Lindqvist campaign explained in "
     "its release.", "the norm", "Lindqvist campaign"),
])
def test_possessive_and_name_modified_organisations_and_a_for_phrase(text, words, want):
    assert speaker_of(text, words) == want


def test_a_title_cased_item_line_inside_the_body_takes_its_opening_name():
    text = ("Ten Harbour Voices Worth Hearing This Year.\n\n"
            "The list below was compiled by our staff.\n\n"
            "3. Marit Ostby Says Pilots Are ‘Overworked’ Every Winter.\n\n"
            "Harbour pilot Marit Ostby spoke about her first years on the council.")
    assert speaker_of(text, "Overworked") == "Marit Ostby"


def test_a_long_headline_lead_before_a_colon_takes_its_opening_name():
    text = ("Brit Halvorsen Joins Reyes Campaign: Pier Plan ‘Hopeless’ Without Dredging.\n\n"
            "Brit Halvorsen threw her support behind Tomas Reyes on Wednesday.")
    assert speaker_of(text, "Hopeless") == "Brit Halvorsen"


def test_an_outlets_or_groups_person_after_a_possessive():
    text = ("Turnout was low in the port wards.\n\n"
            "“Fix the buses and the votes follow,” Harbour Policy Forum’s Marit Ostby said.")
    assert speaker_of(text, "Fix the buses") == "Marit Ostby"


def test_the_person_right_before_a_colon_when_no_subject_speaks():
    text = ("Mayor Fenna Rijk's lead grew again this week.\n\n"
            "None of this is news to harbour statistician Marit Ostby: “Flood years always "
            "reward whoever holds the sandbags.”")
    assert speaker_of(text, "Flood years") == "Marit Ostby"


def test_the_one_who_put_out_a_statement_that_said():
    text = ("Attorney General Bo Lindqvist sued the academy in 2013.\n\n"
            "To fill the evening classes, Mayor Fenna Rijk mailed a leaflet that said, “Our tutors "
            "all hold master mariner tickets.”")
    assert speaker_of(text, "master mariner") == "Fenna Rijk"


def test_an_infinitive_of_saying_takes_the_clause_subject():
    text = ("Councillor Bo Lindqvist had spoken first.\n\n"
            "The hearing dragged on until Mayor Fenna Rijk was moved to say, “We have counted "
            "every bollard twice.”")
    assert speaker_of(text, "every bollard") == "Fenna Rijk"


# ------------------------------------------------------------ item 8: nested marks

def test_a_quote_inside_doubled_apostrophes_is_nested_not_a_quote_of_its_own():
    text = ("''The tenants have heard 'we will look into it' for years,'' said Councillor Bo "
            "Lindqvist. ''They want the bridge fixed.''")
    quotes = speakers(text)
    assert quotes == [("''The tenants have heard 'we will look into it' for years,''", "Bo Lindqvist"),
                      ("''They want the bridge fixed.''", "Bo Lindqvist")]


def test_an_opening_mark_glued_to_the_words_before_it_closes_the_quote():
    text = "“The bridge will be ready by spring,“ said Councillor Bo Lindqvist on Monday."
    assert speakers(text) == [("“The bridge will be ready by spring,“", "Bo Lindqvist")]


def test_a_stray_mark_at_the_end_of_a_line_is_no_quote():
    text = ("“We will rebuild the pier,” Mayor Fenna Rijk said.\"\n\n"
            "The council meets again in May.")
    assert speakers(text) == [("“We will rebuild the pier,”", "Fenna Rijk")]


# ------------------------------------------------------------ round 3: titles inside reported speech

@pytest.mark.parametrize("text,words,want", [
    ("Listeners in the valley still request “Bread at Dawn,” presenter Odile Varga said.", "Bread at Dawn",
     "Odile Varga"),
    ("Councillor Bram Okoye said she would no longer print the word “Homework” on the school calendar.",
     "Homework", "Bram Okoye"),
    ("Headteacher Ines Calloway promised on Thursday to drop the label “Gifted Stream” from the brochures.",
     "Gifted Stream", "Ines Calloway"),
])
def test_a_title_inside_reported_speech_is_the_reporters_and_stays_a_mention(text, words, want):
    claims = [c for c in extract_claims(text, "2025-03-04") if c.kind == "quote" and words in c.text]
    assert [(c.speaker, c.mention) for c in claims] == [(want, True)]


def test_a_title_in_a_sentence_without_a_verb_of_saying_has_no_speaker():
    text = "Odile Varga presented “Bread at Dawn” for nine winters."
    claims = [c for c in extract_claims(text, "2025-03-04") if c.kind == "quote"]
    assert [(c.speaker, c.mention) for c in claims] == [(None, True)]


# ------------------------------------------------------------ round 3: participles after an object

@pytest.mark.parametrize("text,words,want", [
    ("Principal Ines Calloway sent a note to Schools Inspector Piet Bakker urging the office to redo the "
     "“careless” audit.", "careless", "Ines Calloway"),
    ("Tomas Ferreira took the complaint from Ines Calloway on the parents' forum writing, “The gym reopens "
     "in May.”", "gym reopens", "Tomas Ferreira"),
    ("The Orchard Lane Parents Association in Wexby released a statement accusing the board of “reckless "
     "haste” over the bus timetable.", "reckless", "Orchard Lane Parents Association"),
])
def test_a_participle_after_an_object_is_the_sentence_subjects(text, words, want):
    assert speaker_of(text, words) == want


def test_a_participle_after_with_and_a_name_is_that_names():
    text = ("Parents reacted within the hour, with Ines Calloway posting that the closure was unfair and "
            "asking, “Who approved this?”")
    assert speaker_of(text, "approved this") == "Ines Calloway"


# ------------------------------------------------------------ round 3: title-cased headlines

@pytest.mark.parametrize("text,words,want", [
    ("Ana Lee Says Bakery Expansion Is Off\n\nThe bakery's owners met on Wednesday.\n\n"
     "“We cannot expand this year,” Lee said.", "cannot expand", "Ana Lee"),
    ("Ana Lee Says Tom Ng Got ‘Careless’ With Rye\n\nThe bakery's owners met on Wednesday.\n\n"
     "“We cannot expand this year,” Lee said.", "Careless", "Ana Lee"),
    ("Baker Tom Ng Reveals His Favourite Loaf\n\nThe baker Tom Ng opened a third shop.\n\n"
     "“Sourdough is the only honest bread,” Ng said.", "honest bread", "Tom Ng"),
    ("Lee Praises Bakery Volunteers: ‘We Will Bake Again.’\n\nOn Sunday, a flood ruined the ovens. "
     "Councillor Ana Lee spoke outside the shop.", "Bake Again", "Ana Lee"),
])
def test_a_title_cased_headline_is_not_one_long_name(text, words, want):
    assert speaker_of(text, words) == want


def test_initials_after_a_determiner_do_not_end_the_sentence_of_an_attribution():
    text = ("“The ferry needs a second deck,” said Ana Lee, an adviser to the U.K. Board of Ferries "
            "and an old classmate of Tom Ng. “Nobody has paid for it yet.”")
    assert speaker_of(text, "Nobody has paid") == "Ana Lee"


# ------------------------------------------------------------ round 3: appositives and initials

@pytest.mark.parametrize("text,words,want", [
    ("On Tuesday, P.K. Ferrand, columnist for The Lantern, a monthly sheet for the valley's bakers, "
     "wrote, “Good flour rewards patience.”", "rewards patience", "P.K. Ferrand"),
    ("“The timetable keeps changing,” Marit Holm, 54, a school bus driver in Wexby, Ont., said after "
     "the meeting.", "keeps changing", "Marit Holm"),
])
def test_appositives_with_commas_and_initials_keep_the_name(text, words, want):
    assert speaker_of(text, words) == want



# ------------------------------------------------------------ round 3: attributions further on

@pytest.mark.parametrize("text,words,want", [
    ("“Very pleased” by the vote, said Rosalind Ferro, chair of the Wexby Ferry Riders Club, whose "
     "members cross between the two islands every morning.", "Very pleased", "Rosalind Ferro"),
    ("Her debut column praised “a perfectly burnt crust,” long before Tom Ng put that loaf on the menu "
     "of “Crumb Corner,” Ana Lee noted.", "perfectly burnt", "Ana Lee"),
])
def test_an_attribution_after_a_tail_or_a_later_quote_names_the_speaker(text, words, want):
    assert speaker_of(text, words) == want


def test_a_credit_inside_brackets_after_a_later_quote_is_not_the_sentences():
    text = ("When Ana Lee said the coach “cannot count” at a parents' evening, the school newsletter "
            "joined in (“Lee Benches Coach,” announced the Gazette), and the fuss spread.")
    assert speaker_of(text, "cannot count") == "Ana Lee"


def test_an_inverted_attribution_between_commas_names_the_speaker():
    text = ("What surprised the crew about the new ferry, says Ravi Kaul, a deckhand on its first crossing, "
            "was how it felt “steadier than the pier itself.”")
    assert speaker_of(text, "steadier than") == "Ravi Kaul"


@pytest.mark.parametrize("text,words,want", [
    ("Councillor Ines Calloway said Principal Tom Ng called on teachers to remain “firmly united.”",
     "firmly united", "Ines Calloway"),
    ("Ines Calloway said that when Tom Ng complained about the bus contractor, “he voiced what every "
     "parent felt.”", "every parent felt", "Ines Calloway"),
])
def test_a_report_inside_a_report_is_the_outer_speakers(text, words, want):
    assert speaker_of(text, words) == want


def test_a_verb_in_a_relative_clause_of_a_report_keeps_its_own_subject():
    text = ("Councillor Ana Lee said she expected the return of the textbooks that Principal Tom Ng has "
            "described as “overdue” before the term ends.")
    assert speaker_of(text, "overdue") == "Tom Ng"


def test_party_chamber_and_demonym_words_before_a_name_are_its_description():
    text = ("Senate Independent Tomas Birk once campaigned beside fellow Valdorian Ravi Kaul, yet on Friday "
            "said the governor owed voters “a straight answer.”")
    assert speaker_of(text, "straight answer") == "Tomas Birk"


@pytest.mark.parametrize("text", [
    "Ana Lee and Tom Ng ran the bakery together for years. Later Ng broke down his objection to the "
    "recipe for the Wexby Crier: “Cutting the butter was careless. Good pastry needs fat.”",
    "Tom Ng ran the bakery for years. Ana Lee bought it in 2004.\n\nHere’s Ng in March 2003: "
    "“Cutting the butter was careless. Good pastry needs fat.”",
    "Ana Lee bought the bakery in 2004.\n\n“Cutting the butter was careless. Good pastry needs fat.” "
    "Those words from Guild Treasurer Tom Ng were printed in the parish bulletin in 1987.",
])
def test_a_quote_introduced_by_its_speaker_without_a_verb_of_saying(text):
    assert speaker_of(text, "careless") == "Tom Ng"


def test_a_quote_after_an_attributed_quote_goes_on_before_a_newcomer_is_credited():
    text = ("“Nobody thought this shop would last a year,” Ana Lee said on Saturday. “The bank refused us "
            "twice.” Her business partner, Tom Ng, sounded just as proud.")
    assert speaker_of(text, "refused us twice") == "Ana Lee"


def test_an_unnamed_source_described_by_a_campaign_is_that_description():
    text = ("Tom Lee spoke briefly on Thursday.\n\n"
            "“We will carry the vote,” one Lee campaign source said. “He has the numbers.”")
    assert speaker_of(text, "carry the vote") == "Lee campaign source"


@pytest.mark.parametrize("text,words,want", [
    ("Principal Ana Lee spoke first. “If the board cuts the buses, we walk, simple as that,” Tom Ng "
     "said before adding: “Perhaps the parents can drive, who knows.”", "parents can drive", "Tom Ng"),
    ("Parents were fast to pile on, with Tom Ng posting that the closure was a “scandal” for Ana Lee and "
     "asking, “Who would trust her with a budget again?”", "trust her with", "Tom Ng"),
    ("Here in Wexby, Tom Ng doubled down on his bus plan, saying, “Every child deserves a seat.”",
     "deserves a seat", "Tom Ng"),
    ("After the Schools Tribunal declined to review the appeal, Gov. Ana Lee faulted the tribunal’s "
     "“three sleepy members” for the backlog.", "three sleepy", "Ana Lee"),
])
def test_the_main_clause_speaks_past_quotes_places_and_fronted_clauses(text, words, want):
    assert speaker_of(text, words) == want


@pytest.mark.parametrize("text,words,want", [
    ("For Principal Ana Lee, according to Tom Ng's former school treasurer Ravi Kaul, Friday's "
     "assembly is “a turning point” for her staff.", "turning point", "Ravi Kaul"),
    ("Pieter Ferro, founder and owner of Wexby Bakers Guild stated, “This is not about flour; it is "
     "about rent.”", "about rent", "Pieter Ferro"),
])
def test_roles_between_an_owner_or_a_name_and_the_verb(text, words, want):
    assert speaker_of(text, words) == want


def test_a_long_institution_after_of_does_not_hide_the_verb():
    text = ("Tom Ng spoke on Thursday.\n\n“Opening a second bakery would strain the family's savings,” "
            "Ana Ferrand of the Wexby Institute for Bread and Pastry Research wrote in June.")
    assert speaker_of(text, "second bakery") == "Ana Ferrand"


def test_a_description_then_the_name_after_a_short_tail_is_that_person():
    text = ("Thanks to Tom Ng's loan, the bakery was “trying to shed its reputation as a place for stale "
            "rolls,” wrote the town's food critic at the time, Ana Ferrand.")
    assert speaker_of(text, "shed its reputation") == "Ana Ferrand"


def test_a_passive_naming_credits_the_agent_after_the_quote():
    text = ("Tom Ng opened the bakery in 2001. Its habit of closing at noon has been called “artisan "
            "stubbornness” by Ravi Kaul, a lecturer at Wexby College, and it annoys commuters.")
    assert speaker_of(text, "artisan") == "Ravi Kaul"


def test_a_partial_quote_after_but_is_the_later_clauses_subjects():
    text = ("Councillor Tom Ng offered a forum on the morning of June 9 - but the Lee campaign dismissed the "
            "offer as “pointless” because of a school fair.")
    assert speaker_of(text, "pointless") == "Lee campaign"


def test_a_subordinate_clause_after_a_quote_is_no_attribution():
    text = ("The baker Tom Ng spoke first. Ng said he brought back “Tuesday Buns” only because Ana Lee "
            "offered to help.")
    assert speaker_of(text, "Tuesday Buns") == "Tom Ng"


@pytest.mark.parametrize("text,words,want", [
    ("Principal Ana Lee, speaking at assembly, called Tom Ng a “menace,” and said his anti-Wexby remarks "
     "were welcome “ammunition” for the bus company.", "ammunition", "Ana Lee"),
    ("The Education Ministry says the classrooms are “too cold for lessons.”", "too cold",
     "Education Ministry"),
])
def test_a_plural_noun_after_a_determiner_is_no_verb_of_saying(text, words, want):
    assert speaker_of(text, words) == want


def test_a_quote_after_a_sentence_that_names_someone_in_passing_goes_on():
    text = ("“This loaf pokes fun at the fancy bakeries,” said Marit Vasko, the baker's sister. But the huge "
            "Tom Ng portrait over the counter has not scared customers off. “Sales have been wonderful.”")
    assert speaker_of(text, "been wonderful") == "Marit Vasko"


def test_an_appositive_holding_a_quote_does_not_hide_the_verb():
    text = ("Tom Ng spoke first. “The raffle was the best part,” volunteer Ana Ferrand, wearing an apron "
            "and a “Bake Sale” badge, said as the stalls closed.")
    assert speaker_of(text, "raffle was") == "Ana Ferrand"


def test_a_subject_whose_appositive_holds_a_title_introduces_the_quote_after_a_colon():
    text = ("Ana Lee picked a cookbook as her favourite. Tom Ng, the head baker and one-time presenter of "
            "the show “Crust Club,” listed a cartoon as his secret treat: “Oven Mice” — and his own voice "
            "part in it.")
    assert speaker_of(text, "Oven Mice") == "Tom Ng"


def test_a_verb_in_a_fronted_clause_is_not_the_main_clauses_speaker():
    text = ("As Principal Tom Ng spoke, the Wexby Parents Association was busy behind the scenes, lobbying "
            "trustees against “every single cut”.")
    assert speaker_of(text, "every single") == "Wexby Parents Association"


def test_a_present_tense_verb_after_a_name_marks_the_main_subject():
    text = ("While Tom Ng hails the new menu as “a triumph, worth every crumb,” Ana Lee dwells on the "
            "“burnt” edges.")
    assert speaker_of(text, "burnt") == "Ana Lee"


@pytest.mark.parametrize("text,words", [
    ("On the Gazette's “Morning Bake,” Ana Lee said bread prices would drop.", "Morning Bake"),
    ("She told the Gazette's “Morning Bake” on Sunday that bread prices would drop.", "Morning Bake"),
])
def test_a_show_where_the_words_were_said_is_no_part_of_them(text, words):
    claims = [c for c in extract_claims("Ana Lee runs the bakery.\n\n" + text, "2025-03-04")
              if c.kind == "quote" and words in c.text]
    assert [(c.speaker, c.mention) for c in claims] == [(None, True)]
