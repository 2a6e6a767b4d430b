"""Word lists the extractors share: general English and newsroom vocabulary only.

Nothing here may name a person, place or phrase of a particular article; these are
closed classes (titles, speech verbs, number words) that any news story uses.
"""

from __future__ import annotations

import re


def words(s: str) -> frozenset[str]:
    return frozenset(s.split())


def word_alternation(listed: frozenset[str]) -> str:
    """The words as one regex alternation grouped by first letter (the engine passes over a
    group on one character test), longest first within a group; characters are escaped."""
    groups: dict[str, list[str]] = {}
    for w in sorted(listed):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(
        re.escape(head) + "(?:" + "|".join(re.escape(t) for t in sorted(tails, key=lambda t: (-len(t), t))) + ")"
        for head, tails in sorted(groups.items()))


# Verbs that introduce or attribute speech (all inflections listed).
SPEECH_VERBS = words(
    """
    said says say saying told tells tell telling added adds adding wrote writes write writing
    posted posts tweeted tweets stated states declared declares announced announces
    urged urges warned warns insisted insists argued argues claimed claims
    explained explains noted notes asked asks replied replies responded responds
    continued continues recalled recalls acknowledged acknowledges admitted admits
    described describes describing called calls calling termed terms branded brands
    labelled labeled labels dubbed praised praises criticised criticized criticises
    criticizes thanked thanks thanking promised promises vowed vows pledged pledges
    quoted quotes quoting stressed stresses emphasised emphasized insisting
    complained complains lamented laments conceded concedes boasted boasts
    suggested suggests predicted predicts confirmed confirms denied denies
    dismissed dismisses denounced denounces condemned condemns hailed hails welcomed
    welcomes charged charges accused accuses joked jokes quipped quips mused muses
    cautioned cautions pointed observed observes reported reports testified testifies
    told shouted shouts whispered whispers exclaimed exclaims remarked remarks
    countered counters retorted retorts agreed agrees disagreed disagrees
    characterised characterized characterises characterizes referred refers
    speaks spoke speaking
    """
) | words(
    # the broad closed class of reporting verbs in news copy, past and present forms
    """
    interjected interjects gushed gushes fumed fumes sighed sighs quipped blurted blurts
    chimed chimes advised advises advise recounted recounts reminisced remembered
    remembers scoffed scoffs snapped barked mocked mocks teased teases pleaded implored
    implores demanded proclaimed proclaims asserted asserts contended contends
    maintained maintains reiterated reiterates opined opines reasoned wondered wonders
    answered marvelled marveled marvels crowed crows bragged brags deadpanned deadpans
    griped gripes groused grouses grumbled grumbles moaned moans muttered mutters
    mumbled mumbles murmured murmurs protested ranted rants raged thundered roared
    yelled yells screamed screams cried chanted intoned intones elaborated elaborates
    concluded concludes summarised summarized summarises summarizes surmised surmises
    speculated speculates theorised theorized alleged alleges affirmed affirms assured
    assures chided chides scolded scolds lectured lectures railed ridiculed ridicules
    sneered sneers smirked laughed laughs chuckled chuckles beamed enthused enthuses
    raved cheered exulted exults rejoiced objected interrupted challenged challenges
    questioned queried queries inquired inquires enquired enquires pressed probed
    emailed texted tweeting posting writing confessed confesses confided confides
    disclosed discloses revealed reveals divulged explains explaining warning
    underscored underscores underlined highlighted reaffirmed reaffirms repeated
    repeats echoed reflected ventured offered volunteered conceding acknowledging
    admitting complaining lamenting boasting insisting arguing noting adding asking
    replying responding recalling predicting quipping pleading stating declaring
    announcing vowing retaliated
    boomed booms exhorted exhorts reacted reacts suggesting urging warning claiming
    charging accusing denying promising stressing repeating yelling shouting
    lecturing tweeting joking musing explaining
    """
)

# Two-word reporting verbs: "“…,” she shot back", "he went on", "Ms Lee chimed in".
PHRASAL_SPEECH = frozenset((
    "shot back", "shoots back", "fired back", "fires back", "hit back", "hits back",
    "went on", "goes on", "chimed in", "chimes in", "blurted out", "blurts out",
    "pointed out", "points out", "spoke up", "speaks up", "piped up", "pipes up",
    "cut in", "cuts in", "weighed in", "weighs in", "summed up", "sums up",
    "spelled out", "spelt out", "spells out", "called out", "calls out", "cried out",
    "lashed out", "lashes out", "broke in", "jumped in", "jumps in",
))

# Speech verbs that take the quote as their direct object or complement.
DESCRIBE_VERBS = words(
    """
    described describes describing called calls calling termed terms branded brands
    labelled labeled labels characterised characterized characterises characterizes
    referred refers dubbed thanked thanks thanking praised praises hailed hails
    """
)

AUXILIARIES = words(
    """
    has had have having is was were are be been being will would could can may might
    shall should must did does do also later then again earlier previously once
    didn doesn don isn wasn weren aren hasn haven hadn wouldn couldn shouldn mustn
    """
)

# Common verbs whose past or present form no suffix rule recognises ("Lee took to the
# stage", "Lee sees"): a name followed by one of them is a subject.
IRREGULAR_VERBS = words(
    """
    took takes made makes went goes gave gives got gets came comes saw sees knew knows
    thought thinks felt feels found finds left leaves kept keeps held holds led leads
    met meets ran runs sat stood stands won wins lost loses paid pays sent sends spent
    spends built builds brought brings bought buys began begins become became becomes
    put puts set sets let lets cut cuts hit hits read fought fights drew draws wants
    needs tried tries seems seemed appears looks believes believed expects hopes fears
    broke breaks chose chooses drove drives fell falls flew flies grew grows heard hears
    rose rises sold sells shook taught teaches threw throws understood understands wore
    withdrew withdraws sought seeks struck strikes swore swears
    """
)

# Titles and roles that precede a name ("Harbour Minister Ana Okafor").
TITLE_WORDS = words(
    """
    President Vice Prime Minister Secretary Senator Sen Sen. Representative Rep Rep.
    Governor Gov Gov. Mayor Chancellor King Queen Prince Princess Pope Cardinal Bishop
    Archbishop Rabbi Imam Reverend Rev Rev. Father Sister General Gen Gen. Colonel Col
    Col. Lieutenant Lt Lt. Major Maj Maj. Captain Capt Capt. Commander Cmdr Admiral
    Adm Sergeant Sgt Sgt. Corporal Private Officer Detective Det Det. Inspector
    Superintendent Supt Constable Chief Judge Justice Magistrate Attorney Prosecutor
    Dr Dr. Doctor Prof Prof. Professor Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dame Sir Lord Lady
    Engr Engr. Atty Atty. Hon Hon. Chief
    Sheikh Emir Sultan Ambassador Envoy Commissioner Councillor Councilor Councilman
    Councilwoman Alderman Speaker Leader Whip Chairman Chairwoman Chair Chairperson Director
    Executive CEO CFO COO Coach Manager Spokesman Spokeswoman Spokesperson Deputy
    Assistant Acting Interim Foreign Defence Defense Health Finance Interior Justice
    Education Trade Economy Energy Transport Labour Labor Agriculture Culture Home
    State Treasury Attorney-General Auditor Comptroller Treasurer Clerk Sheriff
    Premier Chief-Executive Founder Co-founder President-elect Senator-elect Delegate
    Congressman Congresswoman MP MEP Lawmaker Legislator Minister-President Marshal
    Patriarch Metropolitan Ayatollah Crown Grand Duke Duchess Baron Baroness Count
    Countess Earl Viscount Marquess Headteacher Principal Dean Provost Chancellor-elect
    """
)

# Titles that are also given names: "Dean Ashworth" is a name, "Dean Ruth Okoro" a title.
GIVEN_NAME_TITLES = words("Dean Earl Duke Marshal")

# Nouns naming a role that may stand before a name in lower case ("US envoy  Coale").
ROLE_NOUNS = words(
    """
    envoy spokesman spokeswoman spokesperson official officials minister president premier
    chief leader head director lawyer attorney adviser advisor aide source sources insider insiders analyst expert
    economist scientist researcher professor teacher doctor nurse surgeon resident
    campaigner activist dissident journalist reporter editor writer author critic
    candidate senator governor mayor councillor councilor judge prosecutor detective
    officer inspector commander general colonel captain coach manager player striker
    midfielder defender goalkeeper forward executive founder chairman chairwoman chair
    owner investor trader banker spokesman representative ambassador diplomat negotiator
    secretary clerk treasurer auditor engineer architect farmer worker student pupil
    resident witness victim survivor mother father wife husband son daughter sister
    brother neighbour neighbor friend colleague partner member fan supporter voter
    opponent rival veteran lawmaker legislator regulator commissioner administrator substitute
    superintendent principal dean provost historian lecturer pastor priest bishop
    boss strategist pollster consultant operative speechwriter commentator columnist
    host co-host anchor co-anchor correspondent staffer organizer organiser donor
    fundraiser cleric rabbi imam nominee contender hopeful challenger incumbent
    delegate moderator panelist panellist
    """
)

# Head words that make a capitalised name an organisation.
ORG_HEADS = words(
    """
    Ministry Department Agency Office Bureau Service Services Authority Commission
    Committee Council Court Parliament Assembly Senate Congress Government Administration
    Union Party Group Bank Fund Trust Foundation Institute Institution University College
    School Academy Hospital Clinic Association Federation League Club Society Alliance
    Coalition Movement Network Organisation Organization Corporation Corp Corp. Inc Inc.
    Ltd Ltd. LLC PLC plc Company Co Co. Holdings Industries Airlines Airways Motors Energy
    Police Army Navy Force Forces Guard Command Board Tribunal Embassy Consulate Secretariat
    Center Centre Council Cabinet Presidency Kremlin Times Post News Journal Herald Tribune
    Gazette Telegraph Guardian Press Radio Television TV Agency Observatory Programme
    Program Commission Unit Team FC Club Campaign Project Initiative Watch International
    Athletic Rovers Wanderers Rangers Albion Sports Securities Capital Partners Investments
    Resources Mining Metals Ferries Railways Water Power Telecom Communications Media
    Pharmaceuticals Therapeutics Technologies Systems Labs Laboratories Analytics Insurance
    Motors Logistics Foods Brewery Studios Records Publishing Trust Council Alliance
    Cooperative Co-operative Collective Consortium Syndicate Guild Chamber Chapter
    """
)

# Lower-case nouns that, before a name, mark it as an organisation ("rights group X").
ORG_CUES = words(
    """
    group agency ministry company firm union party organisation organization charity
    association body watchdog regulator outlet newspaper broadcaster network channel
    website platform club team court council committee commission department office
    institute university bank fund foundation coalition alliance movement campaign
    startup manufacturer maker carrier airline retailer insurer lender operator developer
    publisher daily tabloid station service authority board
    """
)

# Lower-case nouns that an organisation is referred back to by ("the ministry said").
ORG_ANAPHORS = ORG_CUES | words("government administration embassy police army military")

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}
PRONOUNS_SUBJECT = words("he she it they we i")

FEMALE_WORDS = words(
    """
    Mrs Mrs. Ms Ms. Miss Madam Dame Lady Queen Princess Duchess Baroness Countess Sister
    spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman
    sportswoman actress mother wife daughter sister grandmother aunt niece girl woman
    widow queen princess granddaughter stepdaughter stepmother mum mom fiancee bride
    chairwoman headmistress
    """
)
MALE_WORDS = words(
    """
    Mr Mr. Sir Lord King Prince Duke Baron Count Father Brother spokesman chairman
    businessman congressman councilman policeman sportsman actor father husband son
    brother grandfather uncle nephew boy man widower king prince grandson stepson stepfather
    dad fiance groom headmaster
    """
)

# A small sample of common given names, used only when the text gives no better clue.
FEMALE_NAMES = words(
    """
    Mary Anna Ana Anne Maria Marie Sarah Sara Elizabeth Emma Olivia Sophie Sophia
    Laura Julia Lisa Linda Susan Karen Nancy Helen Jane Emily Hannah Rachel Rebecca
    Claire Clara Alice Grace Lucy Kate Katherine Catherine Kathryn Jennifer Jessica
    Amanda Michelle Nicole Angela Patricia Barbara Margaret Diana Elena Irina Olga
    Natalia Tatiana Svetlana  Fatima Aisha Amina Priya Anjali Mei Yuki
    Ingrid Astrid Greta Eva Ewa Agnieszka Marta Carmen Lucia Isabel Sofia Giulia
    Chiara Francesca Ursula Angela Theresa Nadia Leila Yasmin Zara
    Chloe Zoe Ruth Joan Janet Carol Deborah Sharon Donna Maya Nina Vera Rosa Teresa
     Kristina Christina Monica Veronica Victoria Charlotte Amelia Ella Mia Lena
    """
)
MALE_NAMES = words(
    """
     James Robert Michael William David Richard Joseph Thomas Charles Christopher
    Daniel Matthew Mark  Paul Steven Andrew Kenneth Joshua Kevin Brian George
    Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen
    Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond  Patrick
    Jack Dennis Jerry Tyler Aaron Henry Peter Adam Nathan Walter Harold Kyle Carl
    Arthur Roger Keith Jeremy Terry Lawrence Sean Christian Albert Joe Ethan Austin
     Sergei Sergey Dmitry Ivan Alexei Mikhail Andrei Igor Oleg Nikolai Viktor
    Mohammed Muhammad Ahmed Ali Omar Hassan Hussein Ibrahim Yusuf Mustafa
    Rajesh Ravi Amit Rahul Wei Hiroshi Kenji Jean Pierre Emmanuel Francois
    Olaf Friedrich Hans Klaus Jurgen Giuseppe Giorgio Marco Luca Matteo Carlos Jose
    Juan Luis Miguel Pedro Antonio Manuel Diego Javier Tom Tim Bob Bill Mike Jim
    Joe Ben Sam Max Leo Luke Boris Emil Karl Lars Erik Jan Piotr Tomasz Pavel
    """
)

# Words that start sentences or fill names' slots but are not names.
NOT_NAME_WORDS = words(
    """
    The A An And But Or Nor So Yet For In On At By Of To From With Without Within After
    Before During Since Until While When Whenever Where Wherever Why How What Which Who
    Whom Whose That This These Those There Here Then Now Today Yesterday Tomorrow
    Tonight It Its He She They We I You Him Her Them Us Me My Our Your Their His
    Hers Some Many Most Much More Less Few Several All Both Each Every Either Neither
    No Not None One Two Three Four Five Six Seven Eight Nine Ten Such Other Another
    Among Amid Against Despite Although Though Because If Unless Once As Also Still
    Meanwhile However Instead Even Only Just Yes Asked Later Earlier According Under
    Over Into Onto Upon About Above Below Between Through Throughout Across Around
    Near Beyond Like Unlike Along Alongside Following Including Regarding Those
    Last Next First Second Third Final Former Late New Old
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Jan Feb Mar Apr
    Jun Jul Aug Sep Sept Oct Nov Dec Eventually Hopefully Separately Elsewhere
    """
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
