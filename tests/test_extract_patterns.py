"""One sentence per pattern: quotes, speakers, numbers and dates as a reader expects them."""

import pytest

from factcheck.extract import extract_claims


def quotes(text, published="2025-03-12"):
    return [(c.text, c.speaker) for c in extract_claims(text, published) if c.kind == "quote"]


def numbers(text):
    return [(c.text, c.value, c.value_max, c.unit, c.qualifier) for c in extract_claims(text, "2025-03-12") if c.kind == "number"]


def dates(text, published="2025-03-12"):  # a Wednesday
    return [(c.text, c.date) for c in extract_claims(text, published) if c.kind == "date"]


# ------------------------------------------------------------------ quote spans

def test_straight_and_curly_quotes_with_marks_in_the_span():
    assert quotes('"We will appeal," said Maria Lopes.') == [('"We will appeal,"', "Maria Lopes")]
    assert quotes("“We will appeal,” said Maria Lopes.") == [("“We will appeal,”", "Maria Lopes")]


def test_apostrophes_are_not_quote_marks():
    text = "The mayor’s office said the ’90s were different. Don't ask, the students' union said."
    assert quotes(text) == []


def test_nested_single_quotes_stay_inside_one_quote():
    text = "“He told me, ‘Stay here,’ and left,” said Omar Haddad."
    assert quotes(text) == [("“He told me, ‘Stay here,’ and left,”", "Omar Haddad")]


def test_a_quote_over_several_paragraphs_is_one_claim():
    text = (
        "Nurse Amara Okonkwo described the night.\n\n"
        "“We ran out of beds by midnight.\n\n"
        "“By morning we were treating people in the car park,” she said.\n"
    )
    got = quotes(text)
    assert len(got) == 1
    assert got[0][0].startswith("“We ran out") and got[0][0].endswith("car park,”")
    assert got[0][1] == "Amara Okonkwo"


def test_split_quote_is_two_claims_with_one_speaker():
    text = "“The first part is easy,” Lena Fischer said, “but the second will take years.”"
    assert quotes(text) == [
        ("“The first part is easy,”", "Lena Fischer"),
        ("“but the second will take years.”", "Lena Fischer"),
    ]


def test_partial_quote_and_mentions():
    text = ('Senator Paula Grant called the bill "a disgrace" on Monday. '
            'The report, titled "Rivers at Risk", was published by the agency.')
    claims = [c for c in extract_claims(text, "2025-03-12") if c.kind == "quote"]
    assert [(c.text, c.speaker, c.partial, c.mention) for c in claims] == [
        ('"a disgrace"', "Paula Grant", True, False),
        ('"Rivers at Risk"', None, True, True),
    ]


# ------------------------------------------------------------------ speakers

@pytest.mark.parametrize("text,speaker", [
    ('"It is over," Tom Ng told reporters.', "Tom Ng"),
    ('Tom Ng told reporters: "It is over."', "Tom Ng"),
    ('"It is over," according to Tom Ng.', "Tom Ng"),
    ('Tom Ng wrote on X: "It is over."', "Tom Ng"),
    ('Tom Ng was quoted by the Daily Courier as saying: "It is over."', "Tom Ng"),
    ('"It is over," the Daily Courier quoted Tom Ng as saying.', "Tom Ng"),
    ('"It is over," Tom Ng said in a statement.', "Tom Ng"),
    ('"It is over," said the Interior Ministry.', "Interior Ministry"),
    ('"It is over," the company\'s chief executive, Tom Ng, said.', "Tom Ng"),
    ('"It is over," Prime Minister Tom Ng said.', "Tom Ng"),
])
def test_attribution_patterns(text, speaker):
    assert quotes(text)[0][1] == speaker


def test_titles_are_stripped_and_a_later_surname_resolves_to_the_full_name():
    text = ('US Senator Paula Grant spoke first. "We need answers," Grant said.')
    claims = [c for c in extract_claims(text, "2025-03-12") if c.kind == "quote"]
    assert claims[0].speaker == "Paula Grant"
    assert claims[0].speaker_role == "US Senator"


def test_pronouns_resolve_to_the_right_earlier_person_by_gender():
    text = ("Ms. Helen Brandt met Omar Haddad on Monday. He said little. "
            "\"We agreed on nothing,\" she said.")
    assert quotes(text) == [('"We agreed on nothing,"', "Helen Brandt")]


def test_organisation_speaker_referred_back_to():
    text = ('The Riverside Tenants Union called a strike. "We have no choice," the union said.')
    assert quotes(text) == [('"We have no choice,"', "Riverside Tenants Union")]


def test_it_said_resolves_to_an_organisation():
    text = ('Rights group Civitas counted the arrests. "Dozens remain in custody," it said.')
    assert quotes(text) == [('"Dozens remain in custody,"', "Civitas")]


def test_a_quote_standing_alone_continues_the_last_speaker():
    text = ('"We lost everything," said farmer Ruth Abebe.\n\n"Now we start again."')
    assert quotes(text) == [('"We lost everything,"', "Ruth Abebe"), ('"Now we start again."', "Ruth Abebe")]


def test_attribution_in_the_next_sentence():
    text = '"Nobody listened to us." The words came from Ivan Petrov, a retired miner.'
    assert quotes(text) == [('"Nobody listened to us."', "Ivan Petrov")]


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize("text,expected", [
    ("Police arrested 1,250 protesters.", ("1,250 protesters", 1250, None, "protesters", None)),
    ("Prices rose 3.5 percent.", ("3.5 percent", 3.5, None, "percent", None)),
    ("Support fell 4 percentage points.", ("4 percentage points", 4, None, "percentage points", None)),
    ("Turnout was 61%.", ("61%", 61, None, "percent", None)),
    ("The deal is worth $4.2 million.", ("$4.2 million", 4.2e6, None, "USD", None)),
    ("It paid £350m for the site.", ("£350m", 350e6, None, "GBP", None)),
    ("A €1.5bn loan was agreed.", ("€1.5bn", 1.5e9, None, "EUR", None)),
    ("The fund holds 12 billion euros.", ("12 billion euros", 12e9, None, "EUR", None)),
    ("Seven people died.", ("Seven people", 7, None, "people", None)),
    ("They found twenty-three bodies.", ("twenty-three bodies", 23, None, "bodies", None)),
    ("She bought a dozen eggs.", ("a dozen eggs", 12, None, "eggs", None)),
    ("Between 40 and 50 jobs will go.", ("Between 40 and 50 jobs", 40, 50, "jobs", "between")),
    ("Repairs take 10-12 days.", ("10-12 days", 10, 12, "days", None)),
    ("It will cost up to 300 dollars.", ("up to 300 dollars", 300, None, "USD", "up to")),
    ("A 34-year-old teacher was hurt.", ("34-year-old teacher", 34, None, "years old", None)),
    ("He served more than three decades.", ("more than three decades", 3, None, "decades", "more than")),
    ("Nearly two-thirds of voters agreed.", ("Nearly two-thirds", 2 / 3, None, "fraction", "nearly")),
    ("The vote was four and a half hours late.", ("four and a half hours", 4.5, None, "hours", None)),
])
def test_numbers(text, expected):
    got = numbers(text)
    assert len(got) == 1, got
    t, v, vmax, unit, q = got[0]
    assert (t, unit, q) == expected[:1] + expected[3:]
    assert v == pytest.approx(expected[1])
    assert vmax == expected[2]


def test_ages_in_apposition():
    assert numbers("Lena Fischer, 61, a nurse, was hurt.") == [("61", 61, None, "years old", None)]


@pytest.mark.parametrize("text", [
    "The Boeing 737 landed.", "COVID-19 cases rose.", "Call 0800 555 0199.",
    "It was one of the worst days.", "They met at 3 p.m.", "He lives at 12 Elm Street.",
])
def test_not_claims(text):
    assert numbers(text) == []


def test_a_number_inside_a_quote_is_still_a_claim():
    text = '"We hired 40 nurses," said Ana Ruiz.'
    assert ("40 nurses", 40, None, "nurses", None) in numbers(text)


# ------------------------------------------------------------------ dates

def test_weekday_on_the_publication_day_is_that_day_not_a_week_back():
    assert dates("The minister said on Wednesday that talks failed.") == [("on Wednesday", "2025-03-12")]


def test_weekdays_past_and_future():
    assert dates("Talks collapsed on Monday.") == [("on Monday", "2025-03-10")]
    assert dates("Talks will resume on Monday.") == [("on Monday", "2025-03-17")]


def test_absolute_dates_take_the_year_on_the_right_side_of_publication():
    assert dates("The law was passed on Nov. 3.") == [("Nov. 3", "2024-11-03")]
    assert dates("The vote will be held on April 2.") == [("April 2", "2025-04-02")]
    assert dates("It ends on 3 March 2026.") == [("3 March 2026", "2026-03-03")]
    assert dates("Rates peaked in May 2024.") == [("May 2024", "2024-05")]


def test_relative_dates():
    text = "Prices rose yesterday, fell last month and will be reviewed next week. Two weeks ago they were flat."
    assert dates(text) == [
        ("yesterday", "2025-03-11"), ("last month", "2025-02"), ("next week", "2025-03-17"),
        ("Two weeks ago", "2025-02-26"),
    ]


def test_without_a_published_date_relative_dates_stay_unresolved():
    assert dates("Prices rose yesterday, as in 2021.", published=None) == [("yesterday", None), ("2021", "2021")]


def test_durations_and_ages_are_not_dates():
    assert dates("A 34-year-old served 15 years.") == []


def test_plural_possessive_inside_single_quotes_is_not_the_closing_mark():
    text = "‘It is the students’ money,’ said Jane Doe."
    assert quotes(text) == [("‘It is the students’ money,’", "Jane Doe")]


def test_a_spokesperson_for_an_organisation_speaks_for_it():
    assert quotes("“Enough,” a spokesperson for the Ministry of Health said.") == [("“Enough,”", "Ministry of Health")]


def test_the_jurisdiction_after_a_title_is_part_of_the_role():
    claims = [c for c in extract_claims("“Go,” said Prime Minister of Utopia Ravi Kaul.", "2025-03-12") if c.kind == "quote"]
    assert (claims[0].speaker, claims[0].speaker_role) == ("Ravi Kaul", "Prime Minister of Utopia")


def test_compound_units_and_identifiers():
    assert numbers("He got a 15-year sentence at No. 10.") == [("15-year sentence", 15, None, "years", None)]
    assert numbers("“We were scared,” said one resident, Ann Lee, 45.") == [("45", 45, None, "years old", None)]


@pytest.mark.parametrize("text,speaker", [
    ("Officers were called. “The suspect fled,” a police spokesman said.", "police"),
    ("The army denied it. “No civilians were hit,” an army spokeswoman told reporters.", "army"),
    ("“We are reviewing the footage,” a White House spokesperson said.", "White House"),
    ("Valdoria’s health ministry met. “It is serious,” the ministry said.", "Valdoria’s health ministry"),
])
def test_unnamed_spokespeople_speak_for_their_organisation(text, speaker):
    assert quotes(text)[0][1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Aurelia Governor Teodoro "Dodong" Manalastas declared a calamity. "We need food," he said.',
     "Teodoro Manalastas"),
    ('The Department of Family Welfare (DFW) gave out packs. "More are coming," the DFW said.',
     "Department of Family Welfare"),
    ("“It is too heavy,” Lumenfold chief executive Harriet Osei said. “Every gram counts,” the company said.",
     "Lumenfold"),
    ('"We are not chasing volume," Nalvadi Electrolines managing director and CEO Ravindra Kulkarni said.',
     "Ravindra Kulkarni"),
    ("The ministry's spokesman, Sunday Ibekwe, said last week that \"payments have started.\"", "Sunday Ibekwe"),
    ("The Premier has ruled out a stadium, telling reporters the Government would “put every dollar into trains”. "
     "Premier Joanne Halloran spoke in the capital.", "Joanne Halloran"),
    ("In 2023 Lena Vale postponed her tour. Later she cancelled dates, telling fans she was “singing through it”.",
     "Lena Vale"),
])
def test_harder_attributions(text, speaker):
    assert quotes(text)[-1][1] == speaker


def test_a_relative_who_shares_a_surname_keeps_their_own_name():
    text = ("Nora Fennelly ran the post office. Her son, Declan Fennelly, kept her ledger. "
            "“There are 1,142 of them,” he said.")
    assert quotes(text) == [("“There are 1,142 of them,”", "Declan Fennelly")]


@pytest.mark.parametrize("text,expected", [
    ("The order book stood at Rs 4,950 crore.", ("Rs 4,950 crore", 4.95e10, "INR")),
    ("The plant adds 1.2 lakh tonnes.", ("1.2 lakh tonnes", 1.2e5, "tonnes")),
    ("A N2.5 billion fund was promised.", ("N2.5 billion", 2.5e9, "NGN")),
    ("Food packs worth P26.9 million went out.", ("P26.9 million", 2.69e7, "PHP")),
    ("The road is 1,25,000 km long.", ("1,25,000 km", 125000, "km")),
    ("It is accurate 19 times out of 20.", ("19 times out of 20", 0.95, "ratio")),
    ("Prices rose between fourfold and sixfold.", ("between fourfold and sixfold", 4, "times")),
])
def test_more_numbers(text, expected):
    got = numbers(text)
    assert [(t, u) for t, _v, _m, u, _q in got] == [(expected[0], expected[2])]
    assert got[0][1] == pytest.approx(expected[1])


def test_a_weekday_that_is_a_given_name_is_not_a_date():
    assert dates("The spokesman, Sunday Ibekwe, said so on Monday.") == [("on Monday", "2025-03-10")]


@pytest.mark.parametrize("text,speaker", [
    ('Waiting lists grew.\n\n"Some days I can\'t get up the stairs." Retired bus driver Kenneth Doyle, 71, '
     'has been waiting two years.', "Kenneth Doyle"),
    ("“He is not for sale.” That was how club president Rui Mendonça put it.", "Rui Mendonça"),
    ('Parents were divided. Another parent, Jamal Reid, was more blunt: "They knew the job."', "Jamal Reid"),
    ('Margaret Ellery attacked the plan. "It is reckless," she said.\n\nJoanna Pryce hit back within hours. '
     'In a radio interview, she said the plan had been "discussed in detail".', "Joanna Pryce"),
])
def test_more_attributions(text, speaker):
    assert quotes(text)[-1][1] == speaker


def test_ratios_and_durations_ago():
    assert numbers("Fires fell from 212 to 198, down from 247 in 2023.")[-1][:2] == ("247", 247)
    assert dates("The coalition took office 18 months ago.") == [("18 months ago", "2023-09")]


def test_of_the_inside_an_organisations_name():
    text = ('Campaign group Friends of the Tamsin counted the fish. "It is the worst," '
            'a spokesman for Friends of the Tamsin said.')
    assert quotes(text) == [('"It is the worst,"', "Friends of the Tamsin")]
    assert numbers("Dimming cut the effect roughly in half.") == [("half", 0.5, None, "fraction", None)]
