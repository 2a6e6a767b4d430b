"""How a run of capitalised words becomes a mention: a person, an organisation or neither.

A mention is a run of capitalised words outside quotes. Titles and roles in front
of a name are split off ("Harbour Minister Ana Okafor" → name "Ana
Okafor", role "Harbour Minister"). Organisations are recognised by their head
word (Ministry, Union, Group), by a cue noun in front ("rights group X") or by being
an acronym. What a run makes depends only on the run, whether it opens a sentence and
the cue word before it, so run_shapes works it out once and keeps it; entities.py places
the shapes in an article and indexes the mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from factcheck.extract.lexicon import (
    FEMALE_NAMES,
    GIVEN_NAME_TITLES,
    MALE_NAMES,
    NOT_NAME_WORDS,
    ORG_CUES,
    ORG_HEADS,
    ROLE_NOUNS,
    TITLE_WORDS,
    words,
)
from factcheck.extract.name_cues import cue_before

_TITLE_ABBREV = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Maj|Adm|Rev|Hon|Supt|Insp|Det|Cmdr|Fr|Sr|Jr|St|Engr|Atty)\."
_TOKEN = (
    rf"(?:{_TITLE_ABBREV}|(?:[A-Z]\.){{2,3}}(?![\w])|[A-Z]\.|(?:Mc|Mac|O['’])?[A-Z][\w]*(?:[-'’][A-Za-z]\w*)*"
    r"(?:(?<=s)['’](?=[ \u00a0][A-Z]))?)"
)
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|la|le|al|el|bin|ibn|dos|das|du|di|ten|ter|y|of|for)"
# "Friends of the Tamsin", "Bank of England": "of (the)" joins a name's words
NAME_RUN = re.compile(rf"(?=[A-Z]){_TOKEN}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0](?:the[ \u00a0])?)?{_TOKEN})*")
POSSESSIVE_END = re.compile(r"['’]s?$")

# Capitalised words that make a run a place, an event or a thing rather than a person.
NOT_PERSON_WORDS = words(
    """
    United States Kingdom Nations Union Republic Federation Emirates Kingdom New North
    South East West Northern Southern Eastern Western Central Upper Lower Greater Prize
    Award Awards Cup League Street St Road Avenue Square River Lake Mountain Mountains
    Island Islands City County Province Region District Sea Ocean Bay Park Bridge Airport
    Station Day Week Games Olympics Olympic Act Bill Law Treaty Accord Agreement Summit
    Conference Forum War Revolution Peace Church Cathedral Palace House Hall Tower Valley
    Coast Gulf Strait Hills Heights America Americas Europe Asia Africa Oceania Arctic
    Antarctic Middle Far Nobel Christmas Easter Ramadan Eid Covid COVID Internet Web
    Boulevard Lane Drive Court Plaza Centre Center Stadium Arena Museum Gallery Zone
    Channel Canal Desert Forest Peninsula Basin Delta Plain Plains Highlands Lowlands
    Police Army Navy Air Force Guard Senate Parliament Congress Assembly Cabinet
    Prize Medal Trophy Championship Championships Open Series Grand Prix Festival Fair
    Expo Show Index Exchange Market Markets Stock Bureau Department Ministry
    """
)
_PLACE_SUFFIXES = words(
    """
    Road Street St St. Avenue Ave Boulevard Lane Drive Way Square Place Bridge Airport Station
    Stadium Arena Centre Center Park Gardens Prize Award Cup Trophy Fire Storm Hurricane Act
    Bill Treaty Accord Hospital School College University Museum Gallery Theatre Theater
    Cemetery Chapel Parish Graveyard Crematorium Church Cathedral Mosque Temple Synagogue
    Home Homes Hotel Inn Pub Farm Estate Mall Market Library Prison Barracks
    """
)
_DEMONYM = re.compile(r"\w{3,}(?:ian|ese|ish)$")


@dataclass(slots=True)
class Mention:
    """One occurrence of a name outside quotes."""

    start: int  # where the name itself starts (after any title)
    end: int
    run_start: int  # where the capitalised run starts (with its title)
    name: str
    role: str | None
    kind: str  # person | org | other
    possessive: bool = False
    canonical: str = ""
    cue: str | None = None  # lower-case cue noun in front ("group")
    _subject: bool | None = None  # worked out on first use (most names never need it)



def _is_title(t: str) -> bool:
    return t in TITLE_WORDS or t.rstrip(".") in TITLE_WORDS or t.lower() in ROLE_NOUNS


def _split_title(tokens: list[str]) -> int:
    """Index of the first name token after any leading title/role words."""
    last_title = -1
    for i, t in enumerate(tokens[:-1]):
        if _is_title(t):
            last_title = i
        elif last_title >= 0:
            if i + 2 < len(tokens) and _is_title(tokens[i + 1]):
                continue  # a word between two titles is part of the role: "Chief Financial Officer"
            break
    if last_title == 0 and len(tokens) == 2 and tokens[0] in GIVEN_NAME_TITLES:
        return 0  # "Dean Ashworth": a given name, not the title
    if last_title >= 0:
        i = last_title + 1
        while i + 2 < len(tokens) and tokens[i] in ("of", "for"):
            i += 3 if tokens[i + 1] == "the" and i + 3 < len(tokens) else 2  # "Prime Minister of Utopia Ravi Kaul": the jurisdiction is part of the role
        return i
    # leading demonyms or acronyms before a title-less name: "Belarusian dissident" is split by case already
    return 0


_PARTY_AND_CHAMBER = words("Republican Democrat Democratic Independent Libertarian Labour Tory House Senate")
_DEMONYM_LEAD = re.compile(r"[A-Z][a-z]{4,}(?:ian|ean|an|ese|ish)")  # Valdorian, Brennese
MIN_DESCRIBED_NAME_TOKENS = 2


def _is_descriptor(tok: str) -> bool:
    """'Senate', 'Independent', 'Valdorian': a capitalised word that describes the person after it."""
    if tok in _PARTY_AND_CHAMBER:
        return True
    return bool(_DEMONYM_LEAD.fullmatch(tok)) and tok not in FEMALE_NAMES and tok not in MALE_NAMES


def _descriptor_lead(tokens: list[str]) -> int:
    """How many describing words open a name run ('Senate Independent Tom Birk',
    'fellow Valdorian Ravi Kaul'): 0 unless a person's name of two words or more follows."""
    i = 0
    while i < len(tokens) - MIN_DESCRIBED_NAME_TOKENS and _is_descriptor(tokens[i]):
        i += 1
    if not i or not _looks_like_person(tokens[i:], None):
        return 0
    return i + _split_title(tokens[i:])  # "Senate Minority Whip Ann Lee": the role goes on


def _looks_like_person(tokens: list[str], cue: str | None) -> bool:
    """Two or more capitalised words: a person unless they name a place, event or thing.
    A known given name or a role right before ("director, Leah Park") outweighs a
    surname that is also a place word (Park, Hall, Lake)."""
    if tokens[-1] in _PLACE_SUFFIXES:
        return False  # Victoria Road, James Street
    if tokens[0] in FEMALE_NAMES or tokens[0] in MALE_NAMES or cue in ROLE_NOUNS:
        return True
    return not any(t in NOT_PERSON_WORDS for t in tokens) and not _DEMONYM.search(tokens[-1])


_NOT_ORG_ACRONYMS = words("GMT UTC BST CET EST EDT PST PDT GDP CEO CFO COO AM PM TV DNA PDF OK AI IT ID PhD MP MEP VAT")


def _is_acronym(tok: str) -> bool:
    """NATO, BelTA, UNICEF: two or more capitals in one word."""
    return len(tok) >= 2 and tok.isalpha() and tok not in _NOT_ORG_ACRONYMS and (
        tok.isupper() or (tok[-1].isupper() and not tok.istitle()))




_OF_SPLIT = re.compile(r" (?:of|for) ")
_CALENDAR_WORDS = words("monday tuesday wednesday thursday friday saturday sunday january february march "
                        "april may june july august september october november december jan feb mar apr jun jul aug sep "
                        "sept oct nov dec")
_NICKNAME = re.compile(r"\s+[\"“'‘][A-Z][\w .’'-]{0,24}[\"”'’]\s+$")
_NICKNAME_MIN = len(' "T" ')  # the shortest text _NICKNAME matches
_ROLE_LEAD = ROLE_NOUNS | words("managing deputy senior general vice acting chief executive")


def split_affiliation(text: str, s: int, e: int, run: str):
    """'Dr. Amara Okafor of Linden University Hospital' is a person and an organisation;
    'Ministry of Health' and 'Bank of England' stay whole; 'Premier Dana Ekstrom’s Prairie
    Alliance' is a person's and an organisation."""
    for mark in ("’s ", "'s "):
        cut = run.find(mark)
        if cut > 0:
            left_end = cut + len(mark) - 1
            return [(s, s + left_end, run[:left_end])] + split_affiliation(
                text, s + left_end + 1, e, run[left_end + 1:])
    m = _OF_SPLIT.search(run) if (" of " in run or " for " in run) else None
    if m:
        left = run[:m.start()].split(" ")
        right = run[m.end():].split(" ")
        titled = _split_title(left)
        if (not any(t in ORG_HEADS for t in left) and len(left) - titled >= 2 and right
                and not (titled and len(left) - titled < 1)):
            return [(s, s + m.start(), run[:m.start()]), (s + m.end(), e, run[m.end():])]
    return [(s, e, run)]


def merge_org_conjunctions(text: str, mentions: list[Mention]) -> None:
    """'Ministry of Trade' + 'and' + 'Industry' → 'Ministry of Trade and Industry'."""
    i = 0
    while i + 1 < len(mentions):
        a, b = mentions[i], mentions[i + 1]
        joined = b.run_start - a.end == 5 and text.startswith(" and ", a.end) and not a.possessive
        # "UN Relief and Shelter Agency": a name opening with an acronym is no person's
        if joined and ((a.kind == "org" and " of " in a.name and len(b.name.split()) <= 2 and b.kind != "person")
                       or (b.kind == "org" and b.name.split()[-1] in ORG_HEADS
                           and (a.kind != "person" or _is_acronym(a.name.split()[0])))):
            a.end = b.end
            a.kind = "org"
            a.name = a.canonical = text[a.start:b.end]
            a.possessive = b.possessive
            del mentions[i + 1]
            continue
        i += 1


def merge_nicknames(text: str, mentions: list[Mention]) -> None:
    """'Governor Tomas "Tito" Varga' is one person: given name, nickname, surname."""
    i = 0
    while i + 1 < len(mentions):
        a, b = mentions[i], mentions[i + 1]
        if (a.kind == "person" and not a.possessive and b.run_start - a.end >= _NICKNAME_MIN
                and len(b.name.split()) == 1 and b.kind != "org" and _NICKNAME.fullmatch(text, a.end, b.run_start)):
            a.name = a.canonical = f"{a.name} {b.name}"
            a.end, a.possessive = b.end, b.possessive
            del mentions[i + 1]
            continue
        i += 1


def modifier_orgs(text: str, mentions: list[Mention]) -> None:
    """A name used before a role and a person is an organisation: 'Lumenfold chief executive
    Harriet Osei', 'Nalvadi Electrolines managing director and CEO Ravindra Kulkarni'."""
    for a, b in zip(mentions, mentions[1:]):
        if a.possessive or b.kind != "person" or a.kind == "org" or b.run_start - a.end > 45:
            continue
        between = text[a.end:b.run_start].split()
        if between and any(w in _ROLE_LEAD for w in between) and all(
                w in _ROLE_LEAD or w in ("and", "&") or w in TITLE_WORDS for w in between):
            a.kind = "org"


QUOTE_OPENERS = "“‘\"'("  # a name right after one of these opens a quoted sentence


def after_quote_open(text: str, s: int) -> bool:
    return s > 0 and text[s - 1] in QUOTE_OPENERS


def _single_shape(s: int, e: int, tok: str, sentence_initial: bool, cue: str | None) -> MentionShape | None:
    """The common case, one capitalised word: 'Okafor', 'Reuters', 'NATO', 'Aurelia’s'."""
    possessive = False
    if tok[-1] in "’'" or tok.endswith(("’s", "'s")):
        cut = tok.rstrip("s")[:-1] if tok.endswith(("’s", "'s")) else tok[:-1]
        e -= len(tok) - len(cut)
        tok = cut
        possessive = True
        if not tok or tok in NOT_NAME_WORDS:
            return None
    if sentence_initial and tok.lower() in _COMMON_LOWER:
        return None
    kind = "org" if (tok in ORG_HEADS or cue in ORG_CUES or _is_acronym(tok)) else "other"
    role_at = _NO_ROLE
    if kind == "other" and cue in ROLE_NOUNS:  # "her husband, Dougie", "striker Tavi"
        kind, role_at = "person", s
    return MentionShape(s, e, s, tok, None, role_at, kind, possessive, cue)


def _shape(run: str, s: int, e: int, piece: str, sentence_initial: bool, cue_s: str | None) -> MentionShape | None:
    """The mention that `piece` (run[s:e]) makes, offsets relative to the run. `cue_s` is
    the cue word before `s`; a cue further in is read from the run itself."""
    if " " not in piece and "\u00a0" not in piece:
        return _single_shape(s, e, piece, sentence_initial, cue_s)
    tokens = piece.replace("\u00a0", " ").split(" ")
    offsets = []
    pos = s
    for t in tokens:
        offsets.append(pos)
        pos += len(t) + 1
    possessive = False
    last = tokens[-1]
    pm = POSSESSIVE_END.search(last)
    if pm and (last.endswith("’s") or last.endswith("'s") or last[-1] in "’'"):
        tokens[-1] = last[: pm.start()]
        e -= len(last) - len(tokens[-1])
        possessive = True
        if not tokens[-1]:
            return None
    # drop leading words that are not names ("But", "In", "Thursday"), except a given name
    # right after a role: "the ministry's spokesman, Sunday Ibekwe"
    i = 0
    named = cue_s in ROLE_NOUNS
    while i < len(tokens) and (tokens[i] in NOT_NAME_WORDS or tokens[i].rstrip(".") in NOT_NAME_WORDS) and not (
            named and tokens[i].lower() in _CALENDAR_WORDS):
        i += 1
    if i == len(tokens):
        return None
    tokens, offsets = tokens[i:], offsets[i:]
    run_start = offsets[0]
    kind = "other"
    role = None
    role_at = _NO_ROLE
    # the word before a dropped "But" is that capitalised word itself, within the run
    cue = cue_s if run_start == s else cue_before(run, run_start)
    titled = _split_title(tokens) or _descriptor_lead(tokens)
    if (any(t in ORG_HEADS for t in tokens) or cue in ORG_CUES) and not (
        titled and len(tokens) - titled >= 2 and not any(t in ORG_HEADS for t in tokens[titled:])
    ):  # "Senate Majority Leader Tom Reed" is a person with a role, not the Senate
        kind = "org"
        name_start = 0
    else:
        name_start = titled
        if name_start:
            role = " ".join(tokens[:name_start])
        name_tokens = tokens[name_start:]
        if len(name_tokens) == 1 and _is_acronym(name_tokens[0]):
            kind = "org"
        elif len(name_tokens) >= 2 and _looks_like_person(name_tokens, cue) or (name_start and name_tokens):
            kind = "person"
        if sentence_initial and name_start == 0 and len(tokens) == 1 and tokens[0].lower() in _COMMON_LOWER:
            return None
    name_tokens = tokens[name_start:]
    if not name_tokens:
        return None
    name = " ".join(name_tokens)
    if kind == "person":
        name = " ".join(t for t in name_tokens if not (len(t) == 2 and t.endswith(".")) or t == name_tokens[0])
        if role is None:
            role_at = run_start
    return MentionShape(offsets[name_start], e, run_start, name, role, role_at, kind, possessive, cue)


class MentionShape(NamedTuple):
    """What a run of capitalised words makes, offsets relative to the run's start. The
    role in front of a title-less person lies outside the run: it is read from the text
    before `role_at` (_NO_ROLE: nothing to read)."""

    start: int
    end: int
    run_start: int
    name: str
    role: str | None
    role_at: int
    kind: str
    possessive: bool
    cue: str | None


_NO_ROLE = -1
# An article has a few hundred distinct (run, sentence-initial, cue) keys; a long-running
# process (the TUI, a batch import) keeps the ones it met last, up to this many (about 3.5 MB;
# over the 837 PolNeAR-train articles 69% of runs are found here, 70% with no limit).
_SHAPE_CACHE_SIZE = 1 << 13


# Words that a title-cased headline capitalises but that are no part of a name: a run
# "Ana Lee Says Tom Ng Got Careless With Rye" holds two names, not one of nine words.
# (No given name: "May", "Will" and "Grant" stay inside a run.)
_TITLE_CASE_BREAKS = words(
    """
    Says Said Say Tells Told Asks Asked Is Are Was Were Be Been Has Have Had Does Did Do Just
    Got Gets Get About With On To In At Into From By Over Against Than And Or But Not No Why How
    What Who When Where Which Slams Blasts Rips Praises Urges Warns Vows Explains Responds
    Responded Reveals Admits Claims Sides Steps Wants Thinks Knows Calls Hits Defends Denies
    Compares Conflates Endorses Addresses Celebrating Just Makes Takes Gives Did Well
    """
)
_TITLE_CASE_BREAKS = _TITLE_CASE_BREAKS | frozenset(w.upper() for w in _TITLE_CASE_BREAKS)


def title_case_parts(run: str) -> list[tuple[int, int, str]]:
    """The parts of a run between headline words (see _TITLE_CASE_BREAKS), as offsets."""
    if " " not in run:
        return [(0, len(run), run)]
    parts = []
    start = pos = 0
    for tok in run.split(" "):
        end = pos + len(tok)
        if tok in _TITLE_CASE_BREAKS and pos:  # a leading "On" is dropped with the other lead words
            if pos > start and run[start:pos - 1] not in NOT_NAME_WORDS:
                parts.append((start, pos - 1, run[start:pos - 1]))
            start = end + 1
        pos = end + 1
    if start < len(run) and (start == 0 or run[start:] not in NOT_NAME_WORDS):
        parts.append((start, len(run), run[start:]))
    return parts


@lru_cache(maxsize=_SHAPE_CACHE_SIZE)
def run_shapes(run: str, sentence_initial: bool, cue: str | None) -> tuple[MentionShape, ...]:
    """The mentions one capitalised run makes, as offsets into the run. A pure function of
    the run, whether it opens a sentence and the cue word before it (see cue_before), so
    a name met again, in this article or another, costs one lookup."""
    shapes = []
    pieces = [(ps, pe, piece) for s, e, part in title_case_parts(run)
              for ps, pe, piece in split_affiliation("", s, e, part)]
    for ps, pe, piece in pieces:
        first = ps == 0
        shape = _shape(run, ps, pe, piece, sentence_initial and first, cue if first else cue_before(run, ps))
        if shape:
            shapes.append(shape)
    return tuple(shapes)


_COMMON_LOWER = words(
    "sanctions relief those these officials police residents analysts experts critics "
    "supporters prisoners voters workers"
)
