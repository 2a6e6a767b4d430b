"""Names in running text: people and organisations, their canonical forms and genders.

A mention is a run of capitalised words outside quotes. Titles and roles in front
of a name are split off ("Lithuanian President Gitanas Nauseda" → name "Gitanas
Nauseda", role "Lithuanian President"); a later surname alone resolves to the full
name. Organisations are recognised by their head word (Ministry, Union, Group),
by a cue noun in front ("rights group X") or by being an acronym.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from factcheck.extract.lexicon import (
    AUXILIARIES,
    FEMALE_NAMES,
    FEMALE_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    NOT_NAME_WORDS,
    ORG_CUES,
    ORG_HEADS,
    PRONOUNS_PERSON,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    words,
)

_TITLE_ABBREV = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Maj|Adm|Rev|Hon|Supt|Insp|Det|Cmdr|Fr|Sr|Jr|St|Engr|Atty)\."
_TOKEN = (
    rf"(?:{_TITLE_ABBREV}|[A-Z]\.|(?:Mc|Mac|O['’])?[A-Z][\w]*(?:[-'’][A-Za-z]\w*)*"
    r"(?:(?<=s)['’](?=[ \u00a0][A-Z]))?)"
)
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|la|le|al|el|bin|ibn|dos|das|du|di|ten|ter|y|of|for)"
# "Friends of the Tamsin", "Bank of England": "of (the)" joins a name's words
_RUN = re.compile(rf"(?=[A-Z]){_TOKEN}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0](?:the[ \u00a0])?)?{_TOKEN})*")
_POSSESSIVE = re.compile(r"['’]s?$")

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


@dataclass
class EntityIndex:
    """Every mention in an article, with canonical names and what is known of gender."""

    mentions: list[Mention] = field(default_factory=list)
    by_surname: dict[str, str] = field(default_factory=dict)
    by_first: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    text: str = ""
    low: str = ""  # text.lower() when that keeps offsets, else text
    quote_spans: list = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    _gender: dict[str, str | None] = field(default_factory=dict)
    _by_person: dict | None = None
    _orgs: set | None = None
    _first: dict | None = None
    acronyms: dict[str, str] = field(default_factory=dict)  # "DFW" → "Department of Family Welfare"
    roles: dict[str, str] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _run_starts: dict[int, Mention] = field(default_factory=dict)
    _name_starts: dict[int, Mention] = field(default_factory=dict)

    def canonical(self, name: str, kind: str = "person") -> str:
        toks = name.split()
        if kind != "person" or not toks:
            return name
        last = toks[-1].lower()
        full = self.by_surname.get(last)
        # a surname alone, or a shorter form of the same name ("Donald Trump" in "Donald J.
        # Trump"); "Declan Fennelly" stays himself beside his mother "Nora Fennelly"
        if full and (len(toks) == 1 or set(toks) <= set(full.split())):
            return full
        if len(toks) == 1:
            firsts = self.by_first.get(toks[0].lower())
            if firsts and len(firsts) == 1 and toks[0].lower() not in self.by_surname:
                return next(iter(firsts))
        return name

    def gender_of(self, name: str) -> str | None:
        """'m', 'f' or None; worked out on first use, since most names never need it."""
        if name not in self._gender:
            votes = _votes_for(self, name)
            g = None
            if votes:
                top, n = votes.most_common(1)[0]
                if n > votes["m" if top == "f" else "f"]:
                    g = top
            self._gender[name] = g
        return self._gender[name]

    def subject(self, m: Mention) -> bool:
        """Is this mention the subject of its clause? (cached on the mention)"""
        if m._subject is None:
            m._subject = is_subject(self.text, m)
        return m._subject

    def first_named(self, canonical: str) -> int:
        """Where a name (by canonical form) is first mentioned (-1 if never)."""
        if self._first is None:
            self._first = {}
            for m in self.mentions:
                self._first.setdefault(m.canonical, m.start)
        return self._first.get(canonical, -1)

    def kind_of(self, name: str) -> str:
        """'person', 'org' or 'other' for a canonical speaker name."""
        if " and " in name or name.split()[-1].lower() in self.by_surname:
            return "person"  # "Anders and Lena Holt"
        if self._orgs is None:
            self._orgs = {m.canonical for m in self.mentions if m.kind == "org"}
        return "org" if name in self._orgs else "other"

    def before(self, pos: int) -> int:
        """Index of the first mention starting at or after `pos`."""
        return bisect.bisect_left(self._starts, pos)

    def at_run(self, pos: int) -> Mention | None:
        """The mention whose capitalised run (title included) or name starts at `pos`."""
        return self._run_starts.get(pos) or self._name_starts.get(pos)

    def ending_at(self, pos: int) -> Mention | None:
        i = self.before(pos) - 1
        while i >= 0 and self.mentions[i].end > pos - 30:
            m = self.mentions[i]
            if m.end == pos or (m.possessive and m.end <= pos <= m.end + 2):
                return m
            i -= 1
        return None


def _split_title(tokens: list[str]) -> int:
    """Index of the first name token after any leading title/role words."""
    last_title = -1
    for i, t in enumerate(tokens[:-1]):
        if t in TITLE_WORDS or t.rstrip(".") in TITLE_WORDS or t.lower() in ROLE_NOUNS:
            last_title = i
        elif last_title >= 0 and not (t in TITLE_WORDS):
            break
    if last_title >= 0:
        i = last_title + 1
        while i + 2 < len(tokens) and tokens[i] in ("of", "for"):
            i += 3 if tokens[i + 1] == "the" and i + 3 < len(tokens) else 2  # "Prime Minister of India Narendra Modi": the jurisdiction is part of the role
        return i
    # leading demonyms or acronyms before a title-less name: "Belarusian dissident" is split by case already
    return 0


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




def find_mentions(text: str, quote_spans: list[tuple[int, int]], sentence_starts: list[int]) -> EntityIndex:
    """Scan `text` (outside the given quote spans) for names of people and organisations."""
    low = text.lower()
    index = EntityIndex(text=text, low=low if len(low) == len(text) else text,
                        quote_spans=quote_spans, sentence_starts=sentence_starts)
    sentence_start_set = set(sentence_starts)
    append = index.mentions.append
    gaps = []  # the text between quotes
    pos = 0
    for qs, qe in quote_spans:
        gaps.append((pos, qs))
        pos = max(pos, qe)
    gaps.append((pos, len(text)))
    for gs, ge in gaps:
        for m in _RUN.finditer(text, gs, ge):
            run = m.group()
            if run in NOT_NAME_WORDS:
                continue
            s = m.start()
            initial = s in sentence_start_set or _after_quote_open(text, s)
            for ps, pe, piece in _split_affiliation(text, s, m.end(), run):
                mention = _make_mention(text, ps, pe, piece, initial and ps == s)
                if mention:
                    append(mention)
    _merge_org_conjunctions(text, index.mentions)
    _merge_nicknames(text, index.mentions)
    _modifier_orgs(text, index.mentions)
    index._starts = [m.start for m in index.mentions]
    _register(index)
    index._starts = [m.start for m in index.mentions]
    index._run_starts = {m.run_start: m for m in index.mentions}
    index._name_starts = {m.start: m for m in index.mentions}
    return index


_OF_SPLIT = re.compile(r" (?:of|for) ")
_CALENDAR_WORDS = words("monday tuesday wednesday thursday friday saturday sunday january february march "
                        "april may june july august september october november december")
_NICKNAME = re.compile(r"\s+[\"“'‘][A-Z][\w .’'-]{0,24}[\"”'’]\s+$")
_ROLE_LEAD = ROLE_NOUNS | words("managing deputy senior general vice acting chief executive")


def _split_affiliation(text: str, s: int, e: int, run: str):
    """'Dr. Amara Okafor of Linden University Hospital' is a person and an organisation;
    'Ministry of Health' and 'Bank of England' stay whole; 'Premier Dana Ekstrom’s Prairie
    Alliance' is a person's and an organisation."""
    for mark in ("’s ", "'s "):
        cut = run.find(mark)
        if cut > 0:
            left_end = cut + len(mark) - 1
            return [(s, s + left_end, run[:left_end])] + _split_affiliation(
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


def _merge_org_conjunctions(text: str, mentions: list[Mention]) -> None:
    """'Ministry of Trade' + 'and' + 'Industry' → 'Ministry of Trade and Industry'."""
    i = 0
    while i + 1 < len(mentions):
        a, b = mentions[i], mentions[i + 1]
        joined = text[a.end:b.run_start] == " and " and not a.possessive
        if joined and ((a.kind == "org" and " of " in a.name and len(b.name.split()) <= 2 and b.kind != "person")
                       or (a.kind != "person" and b.kind == "org" and b.name.split()[-1] in ORG_HEADS)):
            a.end = b.end
            a.kind = "org"
            a.name = a.canonical = text[a.start:b.end]
            a.possessive = b.possessive
            del mentions[i + 1]
            continue
        i += 1


def _merge_nicknames(text: str, mentions: list[Mention]) -> None:
    """'Governor Teodoro "Dodong" Manalastas' is one person: given name, nickname, surname."""
    i = 0
    while i + 1 < len(mentions):
        a, b = mentions[i], mentions[i + 1]
        if (a.kind == "person" and not a.possessive and len(b.name.split()) == 1 and b.kind != "org"
                and _NICKNAME.fullmatch(text, a.end, b.run_start)):
            a.name = a.canonical = f"{a.name} {b.name}"
            a.end, a.possessive = b.end, b.possessive
            del mentions[i + 1]
            continue
        i += 1


def _modifier_orgs(text: str, mentions: list[Mention]) -> None:
    """A name used before a role and a person is an organisation: 'Lumenfold chief executive
    Harriet Osei', 'Nalvadi Electrolines managing director and CEO Ravindra Kulkarni'."""
    for a, b in zip(mentions, mentions[1:]):
        if a.possessive or b.kind != "person" or a.kind == "org" or b.run_start - a.end > 45:
            continue
        between = text[a.end:b.run_start].split()
        if between and any(w in _ROLE_LEAD for w in between) and all(
                w in _ROLE_LEAD or w in ("and", "&") or w in TITLE_WORDS for w in between):
            a.kind = "org"


def _after_quote_open(text: str, s: int) -> bool:
    return s > 0 and text[s - 1] in "“‘\"'("


def _single_mention(text: str, s: int, e: int, tok: str, sentence_initial: bool) -> Mention | None:
    """The common case, one capitalised word: 'Trump', 'Reuters', 'NATO', 'Belarus’s'."""
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
    cue = _cue_before(text, s)
    kind = "org" if (tok in ORG_HEADS or cue in ORG_CUES or _is_acronym(tok)) else "other"
    role = None
    if kind == "other" and cue in ROLE_NOUNS:  # "her husband, Dougie", "striker Pele"
        kind, role = "person", _role_before(text, s)
    return Mention(start=s, end=e, run_start=s, name=tok, role=role, kind=kind, possessive=possessive, cue=cue)


def _make_mention(text: str, s: int, e: int, run: str, sentence_initial: bool) -> Mention | None:
    if " " not in run and "\u00a0" not in run:
        return _single_mention(text, s, e, run, sentence_initial)
    tokens = run.replace("\u00a0", " ").split(" ")
    offsets = []
    pos = s
    for t in tokens:
        offsets.append(pos)
        pos += len(t) + 1
    possessive = False
    last = tokens[-1]
    pm = _POSSESSIVE.search(last)
    if pm and (last.endswith("’s") or last.endswith("'s") or last[-1] in "’'"):
        tokens[-1] = last[: pm.start()]
        e -= len(last) - len(tokens[-1])
        possessive = True
        if not tokens[-1]:
            return None
    # drop leading words that are not names ("But", "In", "Thursday"), except a given name
    # right after a role: "the ministry's spokesman, Sunday Ibekwe"
    i = 0
    named = _cue_before(text, s) in ROLE_NOUNS
    while i < len(tokens) and (tokens[i] in NOT_NAME_WORDS or tokens[i].rstrip(".") in NOT_NAME_WORDS) and not (
            named and tokens[i].lower() in _CALENDAR_WORDS):
        i += 1
    if i == len(tokens):
        return None
    tokens, offsets = tokens[i:], offsets[i:]
    run_start = offsets[0]
    kind = "other"
    role = None
    cue = _cue_before(text, run_start)
    titled = _split_title(tokens)
    if (any(t in ORG_HEADS for t in tokens) or cue in ORG_CUES) and not (
        titled and len(tokens) - titled >= 2 and not any(t in ORG_HEADS for t in tokens[titled:])
    ):  # "Senate Majority Leader Tom Reed" is a person with a role, not the Senate
        kind = "org"
        name_start = 0
    else:
        name_start = _split_title(tokens)
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
            role = _role_before(text, run_start)
    return Mention(
        start=offsets[name_start], end=e, run_start=run_start, name=name, role=role,
        kind=kind, possessive=possessive, cue=cue,
    )


_COMMON_LOWER = words(
    "sanctions relief those these officials police residents analysts experts critics "
    "supporters prisoners voters workers"
)


def _word_before(text: str, pos: int) -> str:
    """The word right before `pos` (separated by one space), or ''."""
    if pos < 2 or text[pos - 1] != " ":
        return ""
    return text[text.rfind(" ", max(0, pos - 20), pos - 1) + 1:pos - 1]


def _words_before(text: str, pos: int, span: int = 60) -> list[str]:
    """The words in the `span` characters before `pos`, punctuation kept on them."""
    return text[max(0, pos - span):pos].split()


def _cue_before(text: str, pos: int) -> str | None:
    """'rights group' → 'group': a lower-case noun right before a capitalised name."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    w = text[text.rfind(" ", max(0, pos - 20), pos - 1) + 1:pos - 1]
    if w.isalpha() and w.islower() and (w in ORG_CUES or w in ROLE_NOUNS):
        return w
    if w.endswith(",") and w[:-1] in ROLE_NOUNS:  # "the group's director, Leah Park"
        return w[:-1]
    return None


_ROLE_BREAK = words("the a an and of said by with to for in on at from as who that")


def _role_before(text: str, pos: int) -> str | None:
    """'US envoy', 'human rights campaigner': the lower-case role right before a name."""
    before = _words_before(text, pos)
    if before and before[-1].endswith(",") and before[-1][:-1] in ROLE_NOUNS:
        before[-1] = before[-1][:-1]  # "her husband, Dougie"
    if not before or before[-1] not in ROLE_NOUNS or text[pos - 1:pos] != " ":
        return None
    keep = []
    for w in reversed(before[-4:]):
        lw = w.lower()
        if (lw in _ROLE_BREAK or lw in SPEECH_VERBS or lw in AUXILIARIES or lw.endswith("ed")
                or not w.replace("’", "").replace("'", "").replace("-", "").isalnum()):
            break
        keep.append(w)
    return " ".join(reversed(keep)) or None


def _register(index: EntityIndex) -> None:
    people = [m for m in index.mentions if m.kind == "person"]
    for m in people:
        toks = m.name.split()
        if len(toks) >= 2:
            key = toks[-1].lower()
            known = index.by_surname.get(key)
            if known is None or len(toks) > len(known.split()):
                index.by_surname[key] = m.name
            index.by_first[toks[0].lower()].add(index.by_surname[key])
    for m in index.mentions:
        if m.kind != "org" and len(m.name.split()) == 1 and (
            m.name.lower() in index.by_surname or len(index.by_first.get(m.name.lower(), ())) == 1
        ):  # "Tennant" or, in features, "Roy" on second reference
            m.kind = "person"
        if m.kind == "person":
            m.canonical = index.canonical(m.name)
            if m.role and m.canonical not in index.roles:
                index.roles[m.canonical] = m.role
        else:
            m.canonical = index.acronyms.get(m.name, m.name)
        if m.kind == "org" and index.text.startswith(" (", m.end):
            close = index.text.find(")", m.end, m.end + 14)
            acronym = index.text[m.end + 2:close] if close > 0 else ""
            if acronym.isalpha() and acronym.isupper() and len(acronym) >= 2:
                index.acronyms[acronym] = m.canonical


_VERB_NEXT = re.compile(r"\s*(?:\(\w+\)\s*)?(?:[a-z]+ly\s+)?([a-z]+)\b")
_APPOSITIVE = re.compile(r",[^,.;:“”\"]{1,80}(?=,)")


def _is_verb(w: str) -> bool:
    return w in SPEECH_VERBS or w in AUXILIARIES or (w.endswith("ed") and len(w) > 4)


def followed_by_verb(text: str, pos: int) -> bool:
    """A verb right after `pos`, or after up to three appositives: 'Ortiz, 52, rejected',
    'Hannah Reiss, 38, a teacher, said'."""
    for _ in range(4):
        f = _VERB_NEXT.match(text, pos + 1 if text.startswith(",", pos) else pos)
        if f and _is_verb(f.group(1)):
            return True
        piece = _APPOSITIVE.match(text, pos)
        if not piece:
            return False
        pos = piece.end()
    return False


_NOT_VERBS = words("of and or in on at for to with from by as but than the a an who which that")
_PREPOSITIONS = words("of with at for from by in on to about against between among into under over than like via")


def is_subject(text: str, m: Mention) -> bool:
    """A name followed (after any appositives) by a verb is a subject, unless a
    preposition puts it inside a phrase: 'a volunteer with the Response Team, said'."""
    if m.possessive:
        return False
    prev = _word_before(text, m.run_start)
    if prev in _PREPOSITIONS or (prev == "the" and _word_before(text, m.run_start - 4) in _PREPOSITIONS):
        return False
    if followed_by_verb(text, m.end):
        return True
    # "Pryce hit back within hours.": a name opening its sentence, then a lower-case word
    before = text[max(0, m.run_start - 2):m.run_start]
    opens = m.run_start == 0 or before[-1:] == "\n" or before in (". ", "” ", '" ')
    nxt = _VERB_NEXT.match(text, m.end)
    return opens and nxt is not None and text[m.end:m.end + 1] == " " and nxt.group(1) not in _NOT_VERBS


_GENDER_PRONOUN = re.compile(r"\b(?=[hsHS])(?:he|she|his|him|her)\b", re.I)


def _votes_for(index: EntityIndex, name: str) -> Counter:
    """Evidence of one person's gender: titles and role words at their mentions, the
    pronouns that follow them when nobody else is in play, then a common given name."""
    votes: Counter = Counter()
    text, low = index.text, index.low
    if index._by_person is None:
        index._by_person = defaultdict(list)
        for m in index.mentions:
            if m.kind == "person":
                index._by_person[m.canonical].append(m)
    mentions = index._by_person.get(name, [])
    for m in mentions:
        adjacent = [w.strip(",;:") for w in _words_before(text, m.run_start, 25)[-2:] if w.islower()]
        for w in (m.role or "").split() + adjacent:
            if w in FEMALE_WORDS:
                votes["f"] += 3
            elif w in MALE_WORDS:
                votes["m"] += 3
    for m in mentions[:8]:
        s_idx = bisect.bisect_right(index.sentence_starts, m.start)
        window_end = index.sentence_starts[s_idx + 1] if s_idx + 1 < len(index.sentence_starts) else len(text)
        for pm in _GENDER_PRONOUN.finditer(low, m.end, window_end):
            p = pm.start()
            if _inside(index.quote_spans, p):
                continue
            if _only_person_before(index, p) == name:
                votes[PRONOUNS_PERSON[pm.group().lower()]] += 1
    first = name.split()[0]
    if first in FEMALE_NAMES:
        votes["f"] += 2
    elif first in MALE_NAMES:
        votes["m"] += 2
    return votes


def _only_person_before(index: EntityIndex, p: int) -> str | None:
    """The one person named in the sentence before offset `p` (or in the previous one)."""
    starts = index.sentence_starts
    s_idx = bisect.bisect_right(starts, p) - 1
    sent_start = starts[s_idx] if s_idx >= 0 else 0
    prev_start = starts[s_idx - 1] if s_idx >= 1 else sent_start
    same: set[str] = set()
    earlier: set[str] = set()
    k = index.before(p) - 1
    while k >= 0 and index.mentions[k].start >= prev_start:
        m = index.mentions[k]
        if m.kind == "person":
            (same if m.start >= sent_start else earlier).add(m.canonical)
        k -= 1
    cands = same or earlier
    return next(iter(cands)) if len(cands) == 1 else None


def _inside(spans, pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
