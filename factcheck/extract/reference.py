"""Who a pronoun, a role or an organisation word refers to.

The resolving half of speaker attribution: he/she by the person in focus (focus.py), they
and it by the people or organisation last acting together, roles ("the minister") by the
person given that role, organisations by their head word or the cue they were introduced
with. The reader keeps who has spoken so far, which later pronouns may mean.
"""

from __future__ import annotations

import bisect
import re

from factcheck.extract.entities import EntityIndex, followed_by_verb
from factcheck.extract.focus import FocusReader
from factcheck.extract.lexicon import ORG_ANAPHORS, ROLE_NOUNS, words
from factcheck.extract.segment import SentenceIndex

ROLE_CANDIDATES = 40  # people named before "the minister" that it may mean
RECENT_NAMES = 25
ORG_LOOKBACK_NAMES = 200
ORG_PHRASE_REACH = 3000  # characters: a few paragraphs back is where an organisation was introduced
_WS = re.compile(r"\s*")
_OWNED_HEAD = re.compile(r"['’]s?\s+([a-z]+)")
_PLAIN_WORD_AFTER = re.compile(r" (?:[a-z]+ly )?([a-z]+)\b")
_NOT_A_VERB = words("of and or in on at for to with from by as but than the a an who which that whose "
                    "both alike themselves")
_LEADING_FUNCTION_WORDS = re.compile(
    r"""^(?:[a-z][\w\-]*\s+(?=(?:his|her|their|its|our)\s))?           # "discuss his administration"
        (?:(?:the|a|an|its|their|his|her|our|and|or|of|in|on|said|told    # determiners, links
          |for|to|up|after|before|with|from|by|at|about|into|over|as|that)   # prepositions, particles
         \s+)+""",
    re.I | re.VERBOSE,
)
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")  # "the 56-year-old said"
# "the company said" may mean the latest organisation named in any role
_FIRM_WORDS = words("company firm group operator business carrier airline retailer maker manufacturer "
                    "developer publisher startup lender insurer")


class ReferenceResolver(FocusReader):
    """Resolves pronouns, roles and organisation words against the names of one article."""

    def __init__(self, text: str, entities: EntityIndex, sentences: SentenceIndex, quote_spans):
        self.text = text
        self.entities = entities
        self.sentences = sentences
        self.quote_spans = quote_spans
        self._quote_starts = [q[0] for q in quote_spans]
        self.spoken: list[tuple[int, str, str]] = []  # (position, speaker, kind)
        self.last_quote: tuple[int, int, str | None] | None = None  # (start, end, speaker)

    # ------------------------------------------------------------------ helpers
    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]


    def resolve_pronoun(self, pron: str, pos: int) -> tuple[str | None, str | None]:
        if pron in ("he", "she"):
            return self._recent_person(pos, "m" if pron == "he" else "f"), "person"
        if pron == "they":
            pair = self._recent_couple(pos)
            if pair:
                return pair, "person"
            subject = self._recent_subject(pos)
            if subject is not None:
                return subject
        if pron == "it":
            owned = self._owned_subject(pos)
            if owned:  # "Lee's firm apologised. …, it said": the firm
                return owned, "org"
        if pron in ("it", "they"):
            org = self._recent_org(pos)
            if org:
                return org, "org"
        return None, None

    def _owned_subject(self, pos: int) -> str | None:
        """'Ana Lee's campaign' opening this or the previous sentence, then a verb: 'Ana Lee’s campaign'."""
        for back in (0, 1):
            start = self._sentences_back(pos, back)
            m = self.entities.at_run(_WS.match(self.text, start).end())
            if m is None or not m.possessive or m.kind != "person" or m.start >= pos:
                continue
            head = _OWNED_HEAD.match(self.text, m.end)
            if head and head.group(1) in ORG_ANAPHORS and followed_by_verb(self.text, head.end()):
                return f"{m.canonical}’s {head.group(1)}"
        return None

    def _recent_couple(self, pos: int) -> str | None:
        """'Anders and Lena Holt said …' → 'Anders and Lena Holt' for a later 'they'."""
        window_start = self._sentences_back(pos, 2)
        later = None  # the mention after `m` (the loop goes back)
        for m in self._mentions_back(pos, window_start):
            if m.kind != "person":
                later = m
                continue
            cm = re.search(r"([A-Z][\w'’\-]+)\s+and\s+$", self.text[max(0, m.run_start - 30):m.run_start])
            if cm and len(m.name.split()) >= 2:
                return f"{cm.group(1)} and {m.name}"
            if (later is not None and later.kind == "person" and not m.possessive and not later.possessive
                    and self.text[m.end:later.run_start] == " and " and self._verb_after_pair(later.end)):
                return f"{m.canonical} and {later.canonical}"  # "Brekke and Okafor warn …"
            later = m
        return None

    def _verb_after_pair(self, end: int) -> bool:
        """A verb after 'Brekke and Okafor': past or listed ('said'), or a plain present ('warn')."""
        if followed_by_verb(self.text, end):
            return True
        nxt = _PLAIN_WORD_AFTER.match(self.text, end)
        return nxt is not None and nxt.group(1) not in _NOT_A_VERB

    def _recent_subject(self, pos: int) -> tuple[str, str] | None:
        """The latest person or organisation in subject position in this or the previous
        sentence: 'Sam Ortiz, a volunteer with the Response Team, said they …'."""
        ents = self.entities
        window_start = self._sentences_back(pos, 1)
        for m in self._mentions_back(pos, window_start):
            if m.kind in ("person", "org") and ents.subject(m):
                return m.canonical, m.kind
        return None

    def _recent_subject_org(self, pos: int, any_position: bool = False) -> str | None:
        """'the company said' with no company named as one: the latest organisation that
        was the subject of a sentence in the last few."""
        ents = self.entities
        window_start = self._sentences_back(pos, 4)
        i = ents.before(pos) - 1
        latest = None
        while i >= 0 and ents.mentions[i].start >= window_start:
            m = ents.mentions[i]
            i -= 1
            if m.kind == "org":
                if ents.subject(m):
                    return m.canonical
                latest = latest or m.canonical
        return latest if any_position else None

    def _recent_org(self, pos: int) -> str | None:
        """The latest organisation among the last RECENT_NAMES names."""
        for seen, m in enumerate(self._mentions_back(pos, 0)):
            if seen >= RECENT_NAMES:
                break
            if m.kind == "org":
                return m.canonical
        return None

    def resolve_anaphor(self, head: str, modifiers: str, pos: int,
                        definite: bool = False) -> tuple[str | None, str | None]:
        """'the ministry' → the latest organisation that is a ministry; 'the midfielder' →
        the latest person with that role; 'the group's lawyer' → the group; with `definite`
        ('the …'), 'the aide' → the aide described before, 'the 56-year-old' → the person
        given that age."""
        owner = None
        if modifiers.endswith(("’s", "'s", "’", "'")):
            owner = modifiers.split()[-1].rstrip("’'s").lower()
        if head in ORG_ANAPHORS:
            org = self._org_named(head, pos) or self._recent_subject_org(pos, any_position=head in _FIRM_WORDS)
            return (org or self._org_phrase(head, modifiers, pos)), "org"
        if owner and owner in ORG_ANAPHORS:
            org = self._org_named(owner, pos)
            return (org or self._org_phrase(owner, "", pos)), "org"
        person = self._person_with_role(head, pos) if head in ROLE_NOUNS else None
        if person:
            return person, "person"
        org = self._org_named(head, pos, by_cue=False)
        if org:
            return org, "org"
        if head in ROLE_NOUNS:
            for word in reversed(modifiers.split()):  # "a police spokesman": the police speak
                if word.lower() in ORG_ANAPHORS:
                    return self.resolve_anaphor(word.lower(), "", pos)
        if definite and _AGE_NOUN.fullmatch(head):  # "The 56-year-old said": the person aged 56
            person = self._person_aged(head.split("-")[0], pos)
            if person:
                return person, "person"
        if definite and head in ROLE_NOUNS and not head.endswith("s"):
            described = self._introduced_as(head, pos)
            if described:  # "A senior aide said … The aide added": the one described before
                return described, None
        return None, None

    def _person_aged(self, years: str, pos: int) -> str | None:
        """The latest person given that age before `pos`: 'Ann Lee, 56,' or '56-year-old Ann Lee'."""
        for m in self._people_before(pos, ROLE_CANDIDATES):
            if re.match(rf",\s*{years}\s*,", self.text[m.end:m.end + 8]) or self.text.endswith(
                    f"{years}-year-old ", max(0, m.run_start - 16), m.run_start):
                return m.canonical
        return None

    def _introduced_as(self, head: str, pos: int) -> str | None:
        """The latest 'a/an/one … head' in the last sentences: an unnamed person described
        ('junior planning officer')."""
        floor = self._sentences_back(pos, 2)
        found = None
        for m in re.finditer(rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w’'\-]+\s+){{0,4}}?){re.escape(head)}\b", self.text[floor:pos]):
            if not self._in_quote(floor + m.start()):
                found = " ".join(f"{m.group(1)}{head}".split())
        return found

    def _org_named(self, head: str, pos: int, by_cue: bool = True) -> str | None:
        """The latest organisation whose name holds `head` ('the trust' → 'Eastmoor
        Hospitals Trust') or that was introduced with it ('rights group X')."""
        ents = self.entities
        i = ents.before(pos) - 1
        cap = head.capitalize()
        seen = 0
        while i >= 0 and seen < ORG_LOOKBACK_NAMES:
            m = ents.mentions[i]
            i -= 1
            seen += 1
            if m.kind == "person":
                continue
            if (by_cue and m.cue == head) or cap in m.name.split():
                return m.canonical
        return None

    def _org_phrase(self, head: str, modifiers: str, pos: int) -> str:
        """No named organisation: the latest earlier phrase for it that names its owner
        ("Aurelia's environment ministry", not a later "the ministry"), else the latest."""
        latest = owned = None
        floor = max(0, pos - ORG_PHRASE_REACH)
        pattern = rf"(?<![\w’'])((?:[A-Z][\w]*['’]s\s+)?(?:[A-Za-z][\w\-]*(?:['’]s)?\s+){{0,2}}){re.escape(head)}\b"
        for m in re.finditer(pattern, self.text[floor:pos]):
            if self._in_quote(floor + m.start()):
                continue
            latest = _LEADING_FUNCTION_WORDS.sub("", m.group(0).strip())
            if latest[:1].isupper() or "'s " in latest or "’s " in latest:
                owned = latest
        return owned or latest or _LEADING_FUNCTION_WORDS.sub("", f"{modifiers} {head}".strip())

    def _person_with_role(self, head: str, pos: int) -> str | None:
        """The latest person given this role ('the minister'), or the one named with it in
        the next two sentences ('The Premier has ruled out … Premier Joanne Halloran …')."""
        ents = self.entities
        for m in self._people_before(pos, ROLE_CANDIDATES):
            role = (m.role or ents.roles.get(m.canonical) or "").lower()
            if head in role.split():
                return m.canonical
        sent_i = self.sentences.index_at(pos)
        if not self.sentences.spans:
            return None
        horizon = self.sentences.spans[min(len(self.sentences.spans) - 1, sent_i + 2)].end
        i = ents.before(pos)
        while i < len(ents.mentions) and ents.mentions[i].start < horizon:
            m = ents.mentions[i]
            i += 1
            if m.kind == "person" and head in (m.role or "").lower().split():
                return m.canonical
        return None
