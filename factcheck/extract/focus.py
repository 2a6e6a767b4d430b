"""Who is in focus when a text says "he" or "she".

The person a he/she means is the one the text is about at that point: whoever the latest
sentences report as speaking, else their subject, whose gender fits; a sentence whose
subject is itself a he/she passes the question back. reference.py resolves the other
words (they, it, the minister, the company) and keeps who has spoken so far.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from factcheck.extract.entities import Mention, followed_by_verb
from factcheck.extract.lexicon import FEMALE_NAMES, MALE_NAMES, SPEECH_VERBS, words

PRONOUN_CANDIDATES = 30  # people named before a pronoun that it may mean
FOCUS_SENTENCES = 5  # sentences back where a pronoun's antecedent may still be in focus
PRONOUN_CHAIN = 3  # "Lee … He … He …": a pronoun opening a sentence is followed back this many times
_NOT_IN_FOCUS = 2
_START = attrgetter("start")  # a mention's place, for bisecting mentions in text order
_OWNER_OF_SUBJECT = 1.5  # between a subject (1) and a name out of focus
_PHRASE_WORDS = re.compile(r" (?:the|for|to|with|and|on|in|at) ")  # inside a phrase, never inside a name
_THERE_IS = re.compile(r"\b[Tt]here(?:['’]s|\s+is|\s+was)\s+$")
_POSSESSIVE_MARK = re.compile(r"['’]s?")
_OWNED_WORD = re.compile(r"\s+[a-z][\w\-]*")  # a word of "'s economic message"
_GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES  # a person called by a given name alone ("Ravi met …")
# "But on Sunday he …", "He said …": a pronoun as the subject within a sentence's first words
_OPENING_PRONOUN = re.compile(r"\W*(?:[\w’']+,?\s+){0,3}?(he|she)\b", re.I)
# "If he loses, Lee said …": a pronoun in a clause before the main one is not the sentence's subject
_SUBORDINATORS = words("if when whenever while as because although though since unless until once after before whether")
_CLAUSE_PRONOUN = re.compile(r"(?:[,;]\s+|\b(?:and|but|so)\s+)(?:(and|but|so)\s+)?(he|she)\s+(?!said\b|says\b)[a-z]", re.I)
_PLACE_PREPOSITIONS = words("in of from at on to near across outside inside throughout")
_REPORTED_REACH = 40  # characters before a name searched for "said" in "said former aide Ann Lee"
_INVERTED_ATTRIBUTION = re.compile(
    r"""[,”"]\s*(?:[a-z]+ly\s+)?
        (?:said|says|added|adds|wrote|writes|asked|asks|told|explained|argued|noted|recalled)
        \s+(?:[a-z][\w\-]*\s+){0,4}$     # lower-case role words: "said former aide"
    """,
    re.VERBOSE,
)
_WHO_SAID = re.compile(r"(?:\s+(?:of|from)(?:\s+[A-Z][\w.’'\-]*){1,3})?(?:,\s+[a-z][^,.;“”\"]{0,80}(?=,)){0,2},\s+who\s+(?:[a-z]+ly\s+)?([a-z]+)")
_REPORTING_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:,[^,.;“”\"]{1,80}(?=,)){0,2},?\s+(?:[a-z]+ly\s+)?([a-z]+)")


class FocusReader:
    """The he/she half of ReferenceResolver (a mixin: it reads the resolver's text, names,
    sentences and the speakers found so far)."""

    def _recent_person(self, pos: int, gender: str | None, depth: int = 0) -> str | None:
        """The person a pronoun at `pos` most likely means.

        Going back sentence by sentence (three at most), the first person who is the
        subject of a sentence — its main clause, so "Ortiz rejected that, noting that
        Patel had…" gives Ortiz — and whose gender, if known, fits; a sentence whose
        subject is a he/she of that gender passes the question on to that pronoun. Failing
        that, the fitting person named most often so far among those in the last sentences
        (one whose gender is known to fit first), else the one in focus a few sentences
        further back, else the latest fitting person named."""
        ents = self.entities
        window_start = self._sentences_back(pos, 2)

        def fits(c: tuple[int, str, Mention | None]) -> bool:
            return gender is None or ents.gender_of(c[1]) in (None, gender)

        # the candidates in the last sentences (the people named there, latest first, then
        # attributions, then unrecognised names), and the older ones, which matter only if
        # none of those fits; a name's gender (a scan of its mentions) is asked only as needed
        recent: list[tuple[int, str, Mention | None]] = []
        older: list[tuple[int, str, Mention | None]] = []
        people = (m for m in self._people_before(pos, PRONOUN_CANDIDATES)  # latest first: read on only if needed
                  if not _PHRASE_WORDS.search(m.canonical))  # "Recruiting for the Parade": no person
        for m in people:
            if m.start < window_start:
                older.append((m.start, m.canonical, m))
                break
            recent.append((m.start, m.canonical, m))
        older_spoken: list[tuple[int, str, Mention | None]] = []
        for at, speaker, kind in self.spoken[-6:]:
            if kind == "person" and at < pos:  # an attribution: a subject by definition
                (recent if at >= window_start else older_spoken).append((at, speaker, None))
        for m in self._mentions_back(pos, window_start):
            if m.kind == "other" and self._may_be_a_surname(m) and self._focus_rank(m) < (
                    _NOT_IN_FOCUS if m.name in _GIVEN_NAMES else 1):
                recent.append((m.start, m.canonical, m))  # "Pettigrew told the Echo": a speaker; "Ravi met …"
        found = self._in_focus(recent, gender, fits, depth)
        if found is not None:
            return found or None
        # past the names in focus, neither "the Back Row Gang" nor a possessive "Duarte's lease"
        recent = [c for c in recent if fits(c) and not self._after_the(c[2]) and not (c[2] and c[2].possessive)]
        if not recent:  # nobody in the last sentences fits: the one in focus a little before, else
            older += [(m.start, m.canonical, m) for m in people] + older_spoken  # the latest fitting
            reach = self._sentences_back(pos, FOCUS_SENTENCES)
            older += [(m.start, m.canonical, m) for m in self._mentions_back(window_start, reach)
                      if m.kind == "other" and self._may_be_a_surname(m) and self._focus_rank(m) == 0]
            found = self._in_focus([c for c in older if c[0] >= reach], gender, fits, depth)
            if found:
                return found
            pool = [c for c in older if fits(c)]
            return max(pool, key=lambda c: c[0])[1] if pool else None
        known = [c for c in recent if gender and ents.gender_of(c[1]) == gender]
        return max(known or recent, key=lambda c: (self._times_named(c[1], pos), c[0]))[1]  # the most named, then the latest

    def _times_named(self, name: str, pos: int) -> int:
        """How often a person has been named before `pos`: the more, the more salient."""
        return bisect.bisect_left(self.entities.person_mentions(name), pos, key=_START)

    def _in_focus(self, candidates, gender: str | None, fits, depth: int) -> str | None:
        """The focus of the latest sentence among `candidates` that has one: whoever it reports
        as speaking, else its subject, whose gender fits; "" when the latest such sentence
        opens with the pronoun and it leads back to nobody. None when no sentence has one."""
        by_sentence: dict[int, list[tuple[int, str, Mention | None]]] = {}
        for c in candidates:
            by_sentence.setdefault(self.sentences.index_at(c[0]), []).append(c)
        for idx in sorted(by_sentence, reverse=True):  # ranks asked sentence by sentence, latest first
            group = by_sentence[idx]
            first = next((c for c in sorted(group, key=lambda c: c[0]) if fits(c)), None)
            if first is None:
                continue
            opening = self._opens_with_pronoun(idx, gender, first[0]) if gender else -1
            if opening >= 0:  # "Later he claimed that Kask …": the same person goes on; not Kask
                if depth < PRONOUN_CHAIN:
                    return self._recent_person(opening, gender, depth + 1) or ""
                continue
            # the best ranked (speaker, then subject; earliest) whose gender fits
            ranked = sorted((((self._focus_rank(c[2]), c[0], c[1]), c) for c in group), key=lambda r: r[0])
            for (rank, _, name), c in ranked:
                if rank >= _NOT_IN_FOCUS:
                    break
                if fits(c):
                    return name
        return None

    def _owns_subject(self, m: Mention) -> bool:
        """Is the possessive name followed by up to three lower-case words and then a verb
        ('Lee's job is', 'Lee's new bakery, …, opened')?"""
        mark = _POSSESSIVE_MARK.match(self.text, m.end)
        at = mark.end() if mark else -1
        for _ in range(3 if mark else 0):
            word = _OWNED_WORD.match(self.text, at)
            if not word:
                return False
            at = word.end()
            if followed_by_verb(self.text, at):
                return True
        return False

    def _after_the(self, m: Mention | None) -> bool:
        """'the Copper Foxes': a name after 'the' (no title) is no person."""
        return m is not None and m.role is None and self.text.endswith(("the ", "The "), max(0, m.run_start - 4), m.run_start)

    def _focus_rank(self, m: Mention | None) -> float:
        """0 for a speaker (an attribution, or a name beside a reporting verb: 'said Ann Lee',
        'Ann Lee, a pollster, said'), 1 for a subject, else _NOT_IN_FOCUS."""
        if m is None:
            return 0
        text = self.text
        if self._after_the(m):
            return _NOT_IN_FOCUS  # "to catch the Copper Foxes, Lee …": a name after "the" is no person
        if text[m.end:m.end + 1] in ",.;" and _INVERTED_ATTRIBUTION.search(
                text, max(0, m.run_start - _REPORTED_REACH), m.run_start):
            return 0  # "…,” said Ann Lee, a pollster." (not "he said Lee.")
        if m.possessive and m.kind == "person" and self._opens_sentence(m):
            if self._owns_subject(m):  # "Lee's job is in doubt, yet she …": the owner of the
                return _OWNER_OF_SUBJECT   # sentence's subject, after a subject ("Lee's aide, Ng, said")
        if _THERE_IS.search(text, max(0, m.run_start - 20), m.run_start):
            return 1  # "Then there's Lee.": introduced as the one the text turns to
        if not self.entities.subject(m):
            who = _WHO_SAID.match(text, m.end)
            if who and who.group(1) in SPEECH_VERBS:
                return 0  # "was praised by Dr. Ann Lee, the board's head, who said …"
            if text[m.end:m.end + 1] == "," and self._opens_sentence(m):
                return 1  # "Ann Lee, managing director of …, a salvage firm and …, said": long appositives
            return _NOT_IN_FOCUS  # "the town of Bir Sadiq, 40km away, said": a place in a phrase
        after = _REPORTING_AFTER.match(text, m.end)
        if after and after.group(1) in SPEECH_VERBS and not after.group(1).endswith("ing"):
            return 0  # "Ann Lee, a pollster, said" (not "Ann Lee, saying")
        return 1

    def _opens_with_pronoun(self, idx: int, gender: str, first_name_at: int) -> int:
        """Where the he/she of `gender` that is the subject of sentence `idx`, before any name
        in it, stands (-1 if none)."""
        sent = self.sentences.spans[idx]
        m = _OPENING_PRONOUN.match(self.text, sent.start, min(first_name_at, sent.end))
        if m is None or m.group(1).lower() != ("he" if gender == "m" else "she"):
            return self._clause_pronoun(sent.start, gender, first_name_at)
        lead = self.text[sent.start:m.start(1)].lower().split()
        return -1 if any(w.strip(",") in _SUBORDINATORS for w in lead) else m.start(1)

    def _clause_pronoun(self, start: int, gender: str, end: int) -> int:
        """A he/she of `gender` opening a later clause before `end` ('…, and she doubts Lee
        will …'), not inside a quote nor after a subordinator; -1 if none."""
        for m in _CLAUSE_PRONOUN.finditer(self.text, start, end):
            if m.group(2).lower() == ("he" if gender == "m" else "she") and not self._in_quote(m.start(2)):
                return m.start(2)
        return -1

    def _may_be_a_surname(self, m: Mention) -> bool:
        """A name of one or two capitalised words that no preposition puts in a phrase ('in
        Ruritania', 'of Port Ardley') and that is no acronym ('CEO'): a person the text did not
        recognise ('Pettigrew', 'Aram Velikian', whose surname reads like a demonym)."""
        if m.possessive or m.name.isupper() or len(m.name.split()) > 2:
            return False
        sent = self.sentences.spans[self.sentences.index_at(m.start)]
        lead = [w for w in self.text[max(sent.start, m.run_start - _REPORTED_REACH):m.run_start].split()
                if not w[:1].isupper() and not w[:1].isdigit()]  # past capitalised words, numbers: "of Port Ardley", "at 40 Orchard Road"
        return not lead or lead[-1].lower() not in _PLACE_PREPOSITIONS

    def _opens_sentence(self, m: Mention) -> bool:
        """Does the name open its sentence (nothing but a title before it)?"""
        sent = self.sentences.spans[self.sentences.index_at(m.start)]
        return not self.text[sent.start:m.run_start].strip()

    def _sentences_back(self, pos: int, back: int) -> int:
        """Where the sentence `back` sentences before the one holding `pos` starts."""
        if not self.sentences.spans:
            return 0
        return self.sentences.spans[max(0, self.sentences.index_at(pos) - back)].start

    def _mentions_back(self, pos: int, floor: int):
        """The names before `pos`, latest first, back to offset `floor`."""
        ents = self.entities
        i = ents.before(pos) - 1
        while i >= 0 and ents.mentions[i].start >= floor:
            yield ents.mentions[i]
            i -= 1

    def _people_before(self, pos: int, most: int):
        """The people named before `pos`, latest first, at most `most` of them."""
        ents = self.entities
        i = ents.before(pos) - 1
        seen = 0
        while i >= 0 and seen < most:
            m = ents.mentions[i]
            i -= 1
            if m.kind == "person":
                seen += 1
                yield m
