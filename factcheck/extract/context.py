"""Attribution from around a quote's sentence: when the sentence itself names no speaker.

A sentence that closes in an attribution after its last comma (“…” lies ahead, said Lee,
a pollster), an attribution sentence of its own right after a quote that closed its
sentence (“…” Lee said.), a pull quote credited in a short line below, "The warning came
from X", a person newly introduced in the next sentence, or whoever spoke or was named
just before. speakers.py reads the patterns inside the sentence (`_after`, `_before`)
that these fall back on.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.extract.entities import followed_by_verb
from factcheck.extract.lexicon import PHRASAL_SPEECH, SPEECH_VERBS, word_alternation
from factcheck.extract.phrases import PhraseReader

# nouns for what someone said: "The warning came from …"
_SPEECH_NOUNS = "|".join("""
    words? warnings? messages? comments? remarks? verdict views? assessment plea appeal statement
    response reply answer admission claims? quotes? lines? sentiment advice view take diagnosis
    prediction forecast promise pledge vow boast complaint
""".split())
_CAME_FROM = re.compile(
    rf"""\s*(?:
        (?:(?:The|Those|These|Such|That|This)\s+(?:[a-z]+\s+)?(?:{_SPEECH_NOUNS})   # The blunt reply
           |That|This)\s+
        (?:(?:came|comes|come|were|was|is)\s+                              # came
           (?:(?:the|a|an)\s+)?(?:[A-Za-z]+\s+){{0,3}}?(?:from|of|by)       # from / the view of
         | from)                                                            # Those words from X were
      | (?:That|This)\s+(?:was|is)\s+how                                   # That is how X put it
      | So\s+(?:says|said)                                                 # So says X
    )\s+""",
    re.VERBOSE,
)
_WS_AFTER = re.compile(r"\s*")
INTRODUCTION_REACH = 40  # characters from a sentence's start to a newly introduced speaker
LAST_SPEAKER_REACH = 600  # characters over which a lone quote continues the last speaker
CLOSING_ATTRIBUTION_CHARS = 140  # ", said Lee, a pollster at the Hale Institute."
CLOSING_ATTRIBUTION_COMMAS = 3
FIRST_COMMA_REACH = 60  # “…” by the vote, said Lee: the words between the quote and ", said"
PULL_QUOTE_CREDIT_CHARS = 80  # "Emeka Dunmore, roads chief, said on Monday."
PHRASAL_HEADS = frozenset(p.split()[0] for p in PHRASAL_SPEECH)
# a reporting verb or phrasal head as a whole lower-case word: the same test as listing every
# \b([a-z]+)\b word and looking each up
_REPORTING_WORD = re.compile(r"\b(?:" + word_alternation(
    frozenset(w for w in SPEECH_VERBS | PHRASAL_HEADS if re.fullmatch("[a-z]+", w))) + r")\b")
_PRONOUN_NEXT = re.compile(r"[\s,]*(?:he|she|they|it|we|I)\b")
_CREDIT_DASH = re.compile(r"[-—–]+\s*")


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    role: str | None = None
    at: int = -1  # where the attribution was found (for later pronouns)
    kind: str | None = None  # person | org, when the phrase that named the speaker said


class ContextReader(PhraseReader):
    """The attributions found around a quote's sentence (see the module docstring)."""

    def _after(self, q_end: int, limit: int, anchor: int) -> Attribution | None:
        raise NotImplementedError  # the sentence patterns: SpeakerResolver

    def _before(self, q_start: int, floor: int, partial: bool) -> Attribution | None:
        raise NotImplementedError

    def _closing_attribution(self, q_start: int, q_end: int, sent_end: int) -> Attribution | None:
        """“A summer of agony” lies ahead for the party, said Lee. — a sentence that ends in an
        attribution after its last comma: every quote before that comma is the speaker's."""
        text = self.text
        k = bisect.bisect_right(self._quote_starts, q_end)
        last_end = q_end
        while k < len(self._quote_starts) and self._quote_starts[k] < sent_end:
            last_end = self.quote_spans[k][1]  # “…” and “…”, said Lee: past the later quotes too
            k += 1
        if last_end > q_end and "(" not in text[q_end:last_end] and not _PRONOUN_NEXT.match(text, last_end):
            # “…” … “…,” Lee noted.: a name after the sentence's last quote
            att = self._after(last_end, sent_end, q_start)
            if att is not None:
                return att
        first_comma = text.find(",", last_end, min(sent_end, last_end + FIRST_COMMA_REACH))
        if first_comma >= 0 and text.startswith(" said ", first_comma + 1):
            # “Very pleased” by the vote, said Ann Lee, chair of … (a long tail)
            att = self._after(first_comma + 1, sent_end, q_start)
            if att is not None:
                return att
        floor = max(last_end, sent_end - CLOSING_ATTRIBUTION_CHARS)
        if not self._has_reporting_word(floor, sent_end):
            return None
        comma = sent_end
        for _ in range(CLOSING_ATTRIBUTION_COMMAS):  # ", said Lee, a pollster at …": past appositives
            comma = text.rfind(",", floor, comma)
            if comma < 0:
                return None
            att = self._after(comma + 1, sent_end, q_start)
            if att is not None:
                return att
        return None

    def _attribution_sentence(self, q_start: int, q_end: int, sent_end: int) -> Attribution | None:
        """“…we will win.” Lee said. — a quote that closes its sentence, then on the same line
        a sentence of its own that opens with the attribution and holds no quote."""
        text = self.text
        if text[q_end:sent_end].strip():
            return None
        nxt = self.sentences.span_at(_WS_AFTER.match(text, sent_end).end())
        if nxt.start < sent_end:
            return None
        if "\n" in text[q_end:nxt.start]:
            line_start = text.rfind("\n", 0, q_start) + 1
            line_end = text.find("\n", nxt.start)
            if text[line_start:q_start].strip() or (line_end if line_end >= 0 else len(text)) - nxt.start > PULL_QUOTE_CREDIT_CHARS:
                return None  # a pull quote (a paragraph of its own), credited in a short line below
            credit = self._dash_credit(nxt.start)
            if credit is not None:
                return credit
        k = bisect.bisect_left(self._quote_starts, nxt.start)
        if k < len(self._quote_starts) and self._quote_starts[k] < nxt.end:
            return None
        if not self._has_reporting_word(nxt.start, nxt.end):
            return None
        return self._after(nxt.start, nxt.end, q_start)

    def _dash_credit(self, pos: int) -> Attribution | None:
        """'— Ana Lee.' / '- Lee, at the rally': a credit line naming the speaker after a dash."""
        dash = _CREDIT_DASH.match(self.text, pos)
        if not dash:
            return None
        m = self.entities.at_run(dash.end())
        if m is None or m.possessive or m.kind not in ("person", "org"):
            return None
        np = self._person_or_org(m)
        return Attribution(np.speaker, np.role, kind=np.kind, at=m.start)

    def _has_reporting_word(self, start: int, end: int) -> bool:
        """A cheap test before reading phrases: a reporting verb or 'according to' in the span."""
        span = self.text[start:end]
        if "ccording" in span:
            return True
        return _REPORTING_WORD.search(span) is not None

    def _next_sentence(self, sent_end: int) -> Attribution | None:
        """“…” The warning came from X."""
        m = _CAME_FROM.match(self.text, sent_end)
        if not m:
            return self._introduced_next(sent_end)
        nxt = self.sentences.span_at(m.end())
        np = self._np_forward(m.end(), nxt.end, m.end())
        if np and np.speaker:
            return Attribution(np.speaker, np.role, kind=np.kind, at=m.end())
        return None

    def _introduced_next(self, sent_end: int) -> Attribution | None:
        """“Some days I can't get up the stairs.” Retired bus driver Kenneth Doyle, 71, has
        been waiting…: a quote opening its paragraph, then a person newly named as the
        subject of the next sentence of that paragraph."""
        text = self.text
        nl = text.find("\n", sent_end)
        nxt = self.sentences.span_at(_WS_AFTER.match(text, sent_end).end())
        if nxt.start <= sent_end or (0 <= nl < nxt.start):
            return None
        ents = self.entities
        i = ents.before(nxt.start)
        while i < len(ents.mentions) and ents.mentions[i].kind != "person" and ents.mentions[i].run_start - nxt.start <= INTRODUCTION_REACH:
            i += 1  # "Retired bus driver Kenneth Doyle": past capitalised role words
        if i >= len(ents.mentions):
            return None
        m = ents.mentions[i]
        if m.kind != "person" or m.run_start - nxt.start > INTRODUCTION_REACH or not ents.subject(m):
            return None
        if ents.first_named(m.canonical) < m.start:
            return None  # someone already named: no introduction
        np = self._person_or_org(m)
        return Attribution(np.speaker, np.role, kind="person", at=m.start)

    def _nearby(self, q_start: int, sent_start: int) -> Attribution:
        """A quote standing alone: the sentence before it introduces the speaker, or the
        speaker of the quote just before it goes on."""
        idx = self.sentences.index_at(sent_start)
        if idx == 0:
            return Attribution(None)
        prev = self.sentences.spans[idx - 1]
        prev_text = self.text[prev.start:prev.end].rstrip()
        if prev_text.endswith(":"):
            att = self._before(prev.end, prev.start, partial=False)
            if att:
                return att
        if self.last_quote and self.last_quote[1] >= prev.start:
            return Attribution(self.last_quote[2], None, q_start)
        np = self._np_forward(prev.start, prev.end, prev.start)  # "Her husband is blunter."
        if np and np.speaker and np.kind == "person" and followed_by_verb(self.text, np.end):
            return Attribution(np.speaker, np.role, kind=np.kind, at=q_start)
        sp, role = self.sentence_subject(prev.start, prev.end, subject_only=True)
        if sp:
            return Attribution(sp, role, q_start)
        if (self.last_quote and self.last_quote[2] and q_start - self.last_quote[1] < LAST_SPEAKER_REACH
                and "\n" not in self.text[self.last_quote[1]:q_start]):
            # “…,” said Lee. But the big Ng portrait has not scared anyone off. “…”: a name in passing is no speaker
            return Attribution(self.last_quote[2], None, q_start)
        sp, role = self.sentence_subject(prev.start, prev.end)
        if sp:
            return Attribution(sp, role, q_start)
        if self.last_quote and q_start - self.last_quote[1] < LAST_SPEAKER_REACH:
            return Attribution(self.last_quote[2], None, q_start)
        return Attribution(None)
