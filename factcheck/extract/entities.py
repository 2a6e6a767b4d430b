"""Names in running text: every mention of an article indexed, canonical forms, genders.

names.py turns each run of capitalised words into a mention; this module finds the
runs outside quotes, resolves a later surname alone to the full name, and answers
what the speaker attribution asks of them: is a mention a subject, which gender.
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
    IRREGULAR_VERBS,
    MALE_NAMES,
    MALE_WORDS,
    NOT_NAME_WORDS,
    PRONOUNS_PERSON,
    SPEECH_VERBS,
    words,
)
from factcheck.extract.name_cues import cue_before, role_before, word_before
from factcheck.extract.names import (
    NAME_RUN,
    QUOTE_OPENERS,
    Mention,
    merge_nicknames,
    merge_org_conjunctions,
    modifier_orgs,
    run_shapes,
)

__all__ = ["EntityIndex", "Mention", "find_mentions", "followed_by_verb", "is_subject"]


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
        # a surname alone, or a shorter form of the same name ("Ana Okafor" in "Ana M.
        # Okafor"); "Declan Fennelly" stays himself beside his mother "Nora Fennelly"
        if full and (len(toks) == 1 or set(toks) <= set(full.split()) or _led_by_description(self.text, toks, full.split())):
            return full
        if len(toks) == 1:
            firsts = self.by_first.get(toks[0].lower())
            if firsts and len(firsts) == 1 and toks[0].lower() not in self.by_surname:
                return next(iter(firsts))
        return name

    def person_mentions(self, name: str) -> list[Mention]:
        """Every mention of the person `name` (canonical), in text order; indexed on first use."""
        if self._by_person is None:
            self._by_person = defaultdict(list)
            for m in self.mentions:
                if m.kind == "person":
                    self._by_person[m.canonical].append(m)
        return self._by_person.get(name, [])

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



def find_mentions(text: str, quote_spans: list[tuple[int, int]], sentence_starts: list[int],
                  low: str | None = None) -> EntityIndex:
    """Scan `text` (outside the given quote spans) for names of people and organisations.
    `low`: text.lower() if the caller has it (or `text` when lower-casing moves offsets)."""
    if low is None:
        low = text.lower()
        low = low if len(low) == len(text) else text
    index = EntityIndex(text=text, low=low, quote_spans=quote_spans, sentence_starts=sentence_starts)
    sentence_start_set = set(sentence_starts)
    mentions = index.mentions
    append = mentions.append
    gaps = []  # the text between quotes
    pos = 0
    for qs, qe in quote_spans:
        gaps.append((pos, qs))
        if qe > pos:
            pos = qe
    gaps.append((pos, len(text)))
    for gs, ge in gaps:
        for m in NAME_RUN.finditer(text, gs, ge):
            run = m.group()
            if run in NOT_NAME_WORDS:
                continue
            s = m.start()
            # after_quote_open(text, s), inlined: this loop runs once per capitalised run
            initial = s in sentence_start_set or (s > 0 and text[s - 1] in QUOTE_OPENERS)
            # the shape of a run is worked out once (run_shapes is cached); each occurrence
            # only adds its offset and, for a person without a title, the role before it
            for start, end, run_start, name, role, role_at, kind, possessive, cue in run_shapes(
                    run, initial, cue_before(text, s)):
                if role_at >= 0:
                    role = role_before(text, s + role_at)
                append(Mention(s + start, s + end, s + run_start, name, role, kind, possessive, "", cue))
    merge_org_conjunctions(text, mentions)
    merge_nicknames(text, mentions)
    modifier_orgs(text, mentions)
    _register(index)
    index._starts = [m.start for m in mentions]
    index._run_starts = {m.run_start: m for m in mentions}
    index._name_starts = {m.start: m for m in mentions}
    return index


def _register(index: EntityIndex) -> None:
    people = [m for m in index.mentions if m.kind == "person"]
    for m in people:
        toks = m.name.split()
        if len(toks) >= 2:
            key = toks[-1].lower()
            known = index.by_surname.get(key)
            # a surname alone means the person first introduced by it; a fuller form of the
            # same name ("Ana M. Okafor" after "Ana Okafor") replaces it, a relative does not
            if known is None or (len(toks) > len(known.split()) and toks[0] == known.split()[0]) or (
                    _led_by_description(index.text, known.split(), toks)):  # "Baker Ana Lee", then "Ana Lee"
                index.by_surname[key] = m.name
    relatives: dict[str, list[str]] = defaultdict(list)  # surname -> full names, first introduced first
    seen_full: set[str] = set()
    # by_surname is complete: one canonical form per name of two or more words (one-word
    # names also read by_first, complete after this loop, and are first looked up below)
    canonical: dict[str, str] = {}
    for m in people:
        if m.name in seen_full or " " not in m.name:
            continue
        seen_full.add(m.name)
        toks = m.name.split()
        full = canonical[m.name] = index.canonical(m.name)
        index.by_first[toks[0].lower()].add(full)
        family = relatives[toks[-1].lower()]
        if full not in family:
            family.append(full)
    known_alone: dict[str, bool] = {}
    text, by_surname, by_first, roles, acronyms = index.text, index.by_surname, index.by_first, index.roles, index.acronyms
    for m in index.mentions:
        name, kind = m.name, m.kind
        if kind != "org":
            alone = known_alone.get(name)
            if alone is None:
                low = name.lower()
                alone = known_alone[name] = len(name.split()) == 1 and (
                    low in by_surname or len(by_first.get(low, ())) == 1)
            if alone:  # "Tennant" or, in features, "Roy" on second reference
                m.kind = kind = "person"
        if kind == "person":
            full = canonical.get(name)
            if full is None:
                full = canonical[name] = index.canonical(name)
            m.canonical = (m.role and " " not in name and _by_title_gender(m, relatives)) or full
            if m.role and m.canonical not in roles:
                roles[m.canonical] = m.role
        else:
            m.canonical = acronyms.get(name, name)
        if kind == "org" and text.startswith(" (", m.end):
            close = text.find(")", m.end, m.end + 14)
            acronym = text[m.end + 2:close] if close > 0 else ""
            if acronym.isalpha() and acronym.isupper() and len(acronym) >= 2:
                acronyms[acronym] = m.canonical


def _led_by_description(text: str, longer: list[str], name: list[str]) -> bool:
    """'Baker Ana Lee' is 'Ana Lee' with a headline's capitalised description before it:
    words the article also writes in lower case ("the baker"), not part of a name
    ('Maria Ana Lee', 'Odile Maren Vasko Thill')."""
    return (len(longer) > len(name) >= 2 and longer[-len(name):] == name
            and all(f" {w.lower()} " in text for w in longer[:-len(name)]))


def _by_title_gender(m: Mention, relatives: dict[str, list[str]]) -> str | None:
    """'Mrs. Lee' after 'Tom Lee' and 'Ana Lee': the Lee whose given name fits the title;
    'Lee' alone when the Lee first named has a given name of the other gender."""
    if " " in m.name or not m.role or m.role.rstrip(".") not in _GENDERED_TITLES:
        return None
    family = relatives.get(m.name.lower(), [])
    given = FEMALE_NAMES if m.role.rstrip(".") in _FEMALE_TITLES else MALE_NAMES
    fitting = next((full for full in family if full.split()[0] in given), None) if len(family) >= 2 else None
    if fitting is None and family and family[0].split()[0] in (MALE_NAMES if given is FEMALE_NAMES else FEMALE_NAMES):
        return m.name  # "Mrs. Lee" when the Lee named first is "Tom Lee": not him
    return fitting


_FEMALE_TITLES = frozenset(("Mrs", "Ms", "Miss"))
_GENDERED_TITLES = _FEMALE_TITLES | {"Mr"}
_PLACE_TAIL = r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"  # "Lee of Ohio"
_VERB_NEXT = re.compile(
    rf"""(?:{_PLACE_TAIL})?              # Sen. Ann Lee of North Carolina
         \s*(?:\([^()\n]{{1,30}}\)\s*)?   # (D-Ore.)
         (?:[a-z]+ly\s+)?               # quickly
         ([a-z]+)\b                      # the verb
    """,
    re.VERBOSE,
)
_APPOSITIVE = re.compile(r",[^,.;:“”\"]{1,80}(?=,)")
_PRESENT_VERB = re.compile(r"[a-z]{2,}[^s]s")  # "calls", "wants" (not "was", "has": listed; not "boss")
_PARTY_TAG = re.compile(r"\s*\([^()\n]{1,30}\)(?=,)")


def _is_verb(w: str) -> bool:
    return w in SPEECH_VERBS or w in AUXILIARIES or w in IRREGULAR_VERBS or (w.endswith("ed") and len(w) > 4)


def followed_by_verb(text: str, pos: int) -> bool:
    """A verb right after `pos`, or after up to three appositives: 'Ortiz, 52, rejected',
    'Hannah Reiss, 38, a teacher, said'."""
    for pieces in range(4):
        f = _VERB_NEXT.match(text, pos + 1 if text.startswith(",", pos) else pos)
        if f and (_is_verb(f.group(1)) or pieces and _PRESENT_VERB.fullmatch(f.group(1))):
            return True  # past an appositive, "…, calls the plan …" is a verb too
        tag = _PARTY_TAG.match(text, pos)  # "Ann Lee (R), a pollster, said"
        piece = _APPOSITIVE.match(text, tag.end() if tag else pos)
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
    prev = word_before(text, m.run_start)
    if prev in _PREPOSITIONS or (prev == "the" and word_before(text, m.run_start - 4) in _PREPOSITIONS):
        return False
    if followed_by_verb(text, m.end):
        return True
    # "Pryce hit back within hours.": a name opening its sentence, then a lower-case word
    before = text[max(0, m.run_start - 2):m.run_start]
    opens = m.run_start == 0 or before[-1:] == "\n" or before in (". ", "” ", '" ')
    nxt = _VERB_NEXT.match(text, m.end)
    return opens and nxt is not None and text[m.end:m.end + 1] == " " and nxt.group(1) not in _NOT_VERBS


_ADJACENT_REACH = 25  # characters before a name whose last two words may say "his wife", "Ms"
# a word that says a gender; one in both lists counts as female, as the lists were read before
_GENDER_OF_WORD = {**{w: "m" for w in MALE_WORDS}, **{w: "f" for w in FEMALE_WORDS}}
# he, she, his, him, her as whole words, either case. Opening with a character class (and
# checking the word start after it) lets the regex engine skip to candidate letters; no re.I,
# under which "ſhe" and "hİm" also matched and then were missing from PRONOUNS_PERSON.
_GENDER_PRONOUN = re.compile(
    r"""[hHsS] (?<!\w[hHsS])                       # a word starting with h or s
        (?: (?<=[hH]) (?:[eE][rR]?|[iI][sSmM])      # he, her, his, him
          | (?<=[sS]) [hH][eE]                      # she
        )\b""",
    re.X,
)


def _votes_for(index: EntityIndex, name: str) -> Counter:
    """Evidence of one person's gender: titles and role words at their mentions, the
    pronouns that follow them when nobody else is in play, then a common given name."""
    votes: Counter = Counter()
    text, low = index.text, index.low
    mentions = index.person_mentions(name)
    word_votes = []  # every mention's title and role words, then the two lower-case words before it
    for m in mentions:
        if m.role:
            word_votes += [_GENDER_OF_WORD.get(w) for w in m.role.split()]
        rs = m.run_start
        near = text[rs - _ADJACENT_REACH if rs > _ADJACENT_REACH else 0:rs].split()[-2:]
        if near and near[-1].endswith(("ing", "ed")):
            near = near[-1:]  # "a spokeswoman, calling Lee": the verb's object, not the spokeswoman
        word_votes += [_GENDER_OF_WORD.get(w.strip(",;:")) for w in near if w.islower()]
    for g in word_votes:
        if g:
            votes[g] += 3
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
    """The one person named in the sentence before offset `p` (or the one subject of the previous one)."""
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
            if m.start >= sent_start:
                if not m.possessive:  # "… of Lee's loaf, but he …": his is someone else's
                    same.add(m.canonical)
            elif index.subject(m):  # "Lee met Ng's aides. She …": the previous sentence's subject
                earlier.add(m.canonical)
        k -= 1
    cands = same or earlier
    return next(iter(cands)) if len(cands) == 1 else None


def _inside(spans, pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
