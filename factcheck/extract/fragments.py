"""Who used a few quoted words in a sentence with no verb of saying.

"Lee blamed the delay on “lazy planning”": a short fragment that would read as a scare
quote is the words of the sentence's subject, of a line's 'Name:' label, or of the owner of
a word for something said ("Lee's promise to remain “impartial”"). The patterns it falls
back on (`_after`, `_before`, `_label`, `_main_subject`) are speakers.py's.
"""

from __future__ import annotations

import re

from factcheck.extract.context import Attribution
from factcheck.extract.lexicon import SPEECH_VERBS, word_alternation

# any verb of saying except those that name a thing ("called it “X”" is handled as a partial quote)
_MENTION_REPORTING_VERBS = SPEECH_VERBS - frozenset("""called calls calling named dubbed termed terms labelled
    labeled labels branded brands described describes describing referred refers""".split())
# one of them as a whole lower-case word: the same test as listing every \b([a-z]+)\b word
_MENTION_REPORTING_WORD = re.compile(r"\b(?:" + word_alternation(
    frozenset(w for w in _MENTION_REPORTING_VERBS if re.fullmatch("[a-z]+", w))) + r")\b")
# "On the Gazette's “Morning Bake,” Lee said …": a show or paper named in the sentence's opening
# phrase is where the words were said, not part of them
OPENING_PHRASE_WORDS = 10
_CIRCUMSTANCE_BEFORE = re.compile(
    r"\b(?i:on|in|at|during|from|with|to)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.\-]*(?:['’]s?)?\s+){0,3}$")
_TOLD_OUTLET = re.compile(r"\b(?:told|tells)\s+(?:the\s+)?(?:[A-Z][\w.\-]*(?:['’]s?)?\s+){1,3}$")  # told the Gazette's “…”
# "a show called “X”", "the slogan “X”": the quote names a thing
_NAMING_RIGHT_BEFORE = re.compile(
    r"""\b(?:called|calls|named|names|dubbed|titled|entitled|known\s+as|nicknamed|signed|simply|marked
          |stamped|labell?ed|labeled|read|reads|reading|code-?named)\s*,?\s*$""", re.VERBOSE)

# "Lee's recent pledge": a possessive, up to three modifiers, a noun for something said
_SAYING_NOUN = re.compile(
    r"""['’]s?\s+(?:[a-z][\w\-]*\s+){0,3}?
        (?:assertion|assertions|claim|claims|contention|pledge|pledges|promise|promises|call|calls
          |vow|vows|words|comments?|remarks?|statement|rhetoric|description|warning|proposals?
          |slogan|phrase|tweets?|insistence|argument|charge|accusation|boast|complaint
          |response|reply|answer|message|verdict)\b""",
    re.VERBOSE,
)


class FragmentReader:
    """The fragment half of SpeakerResolver (a mixin: it uses the resolver's patterns)."""

    def fragment_speaker(self, q_start: int, q_end: int) -> Attribution:
        """A few quoted words in a sentence with no verb of saying ("Lee blamed the delay on
        “lazy planning”"): the words of the subject of the clause they sit in, when that is
        a person or an organisation; nobody from around the sentence."""
        sent = self.sentences.covering(q_start, q_end)
        att = (self._after(q_end, sent.end, q_start) or self._before(q_start, sent.start, partial=True)
               or self._fragment_label(sent.start, q_start) or self._owner_of_words(sent.start, q_start))
        if att is not None:
            return att
        np = self._main_subject(sent.start, q_start) or self._main_subject(q_end, sent.end)
        if np is not None and np.speaker:
            kind = np.kind if np.kind in ("person", "org") else None
            return Attribution(np.speaker, np.role, at=q_start, kind=kind)
        return Attribution(None)

    def mention_speaker(self, q_start: int, q_end: int) -> Attribution:
        """A title or term quoted inside reported speech ('“Harbour Nights” drew more viewers
        than any show we made, Lee said'; 'Lee said he would never use the word “austerity”'):
        the reporting speaker's, kept a mention. Only an attribution that reports the
        sentence's words counts: a verb of naming right before it ('a show called “X”') or no
        verb of saying at all leaves it nobody's."""
        sent = self.sentences.covering(q_start, q_end)
        head = self.text[sent.start:q_start]
        if _NAMING_RIGHT_BEFORE.search(head) or _TOLD_OUTLET.search(head):
            return Attribution(None)
        if _CIRCUMSTANCE_BEFORE.search(head) and len(head.split()) <= OPENING_PHRASE_WORDS and (
                _MENTION_REPORTING_WORD.search(head) is None):
            return Attribution(None)  # "On the Gazette's “Morning Bake,” Lee said …": where, not what
        att = self._after(q_end, sent.end, q_start) or self._closing_attribution(q_start, q_end, sent.end)
        if att is not None:
            return att
        if _MENTION_REPORTING_WORD.search(head) is None:
            return Attribution(None)
        return self._before(q_start, sent.start, partial=True) or Attribution(None)

    def _fragment_label(self, floor: int, q_start: int) -> Attribution | None:
        """'Lee: Harbour Rules Need ‘tougher’ Teeth' — a line that opens with a name and a colon."""
        colon = self.text.find(":", floor, q_start)
        return self._label(floor, colon) if colon > floor else None

    def _owner_of_words(self, floor: int, q_start: int) -> Attribution | None:
        """'Lee's promise to remain “impartial”', 'Lee's claim that “dozens” …': the owner of a
        word for something said, shortly before the quote."""
        ents = self.entities
        i = ents.before(q_start) - 1
        while i >= 0 and ents.mentions[i].start >= floor:
            m = ents.mentions[i]
            i -= 1
            if m.possessive and m.kind in ("person", "org") and _SAYING_NOUN.match(self.text, m.end):
                np = self._person_or_org(m)
                return Attribution(np.speaker, np.role, kind=np.kind, at=m.start)
        return None
