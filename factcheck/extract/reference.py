"""Who a pronoun, a role or an organisation word refers to.

The resolving half of speaker attribution: pronouns by the main subject of the latest
sentences and what is known of gender, roles ("the minister") by the person given that
role, organisations by their head word or the cue they were introduced with. The
reader keeps who has spoken so far, which later pronouns may mean.
"""

from __future__ import annotations

import bisect
import re

from factcheck.extract.entities import EntityIndex, Mention, followed_by_verb
from factcheck.extract.lexicon import FEMALE_NAMES, MALE_NAMES, ORG_ANAPHORS, ROLE_NOUNS, SPEECH_VERBS, words
from factcheck.extract.segment import SentenceIndex

PRONOUN_CANDIDATES = 30  # people named before a pronoun that it may mean
ROLE_CANDIDATES = 40  # people named before "the minister" that it may mean
RECENT_NAMES = 25
ORG_LOOKBACK_NAMES = 200
ORG_PHRASE_REACH = 3000  # characters: a few paragraphs back is where an organisation was introduced
_NOT_IN_FOCUS = 2
_PHRASE_WORDS = re.compile(r" (?:the|for|to|with|and|on|in|at) ")  # inside a phrase, never inside a name
_OWNER_OF_SUBJECT = 1.5  # between a subject (1) and a name out of focus
_THERE_IS = re.compile(r"\b[Tt]here(?:['’]s|\s+is|\s+was)\s+$")
_WS = re.compile(r"\s*")
_OWNED_HEAD = re.compile(r"['’]s?\s+([a-z]+)")
_POSSESSIVE_MARK = re.compile(r"['’]s?")
_OWNED_WORD = re.compile(r"\s+[a-z][\w\-]*")  # a word of "'s economic message"
_PLAIN_WORD_AFTER = re.compile(r" (?:[a-z]+ly )?([a-z]+)\b")
_NOT_A_VERB = words("of and or in on at for to with from by as but than the a an who which that whose "
                    "both alike themselves")
_GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES  # a person called by a given name alone ("Ravi met …")
FOCUS_SENTENCES = 5  # sentences back where a pronoun's antecedent may still be in focus
PRONOUN_CHAIN = 3  # "Lee … He … He …": a pronoun opening a sentence is followed back this many times
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
_LEADING_FUNCTION_WORDS = re.compile(
    r"""^(?:[a-z][\w\-]*\s+(?=(?:his|her|their|its|our)\s))?           # "discuss his administration"
        (?:(?:the|a|an|its|their|his|her|our|and|or|of|in|on|said|told    # determiners, links
          |for|to|up|after|before|with|from|by|at|about|into|over|as|that)   # prepositions, particles
         \s+)+""",
    re.I | re.VERBOSE,
)
# "the company said" may mean the latest organisation named in any role
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")  # "the 56-year-old said"
_FIRM_WORDS = words("company firm group operator business carrier airline retailer maker manufacturer "
                    "developer publisher startup lender insurer")


class ReferenceResolver:
    """Resolves pronouns, roles and organisation words against the names of one article."""

    def __init__(self, text: str, entities: EntityIndex, sentences: SentenceIndex, quote_spans):
        self.text = text
        self.entities = entities
        self.sentences = sentences
        self.quote_spans = quote_spans
        self._quote_starts = [q[0] for q in quote_spans]
        self.spoken: list[tuple[int, str, str]] = []  # (position, speaker, kind)
        self.last_quote: tuple[int, int, str | None] | None = None  # (start, end, speaker)
        self._named_at: dict[str, list[int]] | None = None

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
            if owned:  # "Lee's campaign backtracked. …, it said": the campaign
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

    def _recent_person(self, pos: int, gender: str | None, depth: int = 0) -> str | None:
        """The person a pronoun at `pos` most likely means.

        Going back sentence by sentence (three at most), the first person who is the
        subject of a sentence — its main clause, so "Ortiz rejected that, noting that
        Patel had…" gives Ortiz — and whose gender, if known, fits; a sentence whose
        subject is a he/she of that gender passes the question on to that pronoun. Failing
        that, the same a few sentences further back, then the latest fitting person named,
        one whose gender is known to fit first."""
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
                  if not _PHRASE_WORDS.search(m.canonical))  # "Fundraising for the Convention": no person
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
        # past the names in focus, neither "the Blue Line Crew" nor a possessive "Duarte's budget"
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
        if self._named_at is None:
            self._named_at = {}
            for m in self.entities.mentions:
                if m.kind == "person":
                    self._named_at.setdefault(m.canonical, []).append(m.start)
        return bisect.bisect_left(self._named_at.get(name, []), pos)

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
        ('Lee's fate is', 'Lee's economic message, …, came')?"""
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
        """'the Crimson Brotherhood': a name after 'the' (no title) is no person."""
        return m is not None and m.role is None and self.text.endswith(("the ", "The "), max(0, m.run_start - 4), m.run_start)

    def _focus_rank(self, m: Mention | None) -> float:
        """0 for a speaker (an attribution, or a name beside a reporting verb: 'said Ann Lee',
        'Ann Lee, a pollster, said'), 1 for a subject, else _NOT_IN_FOCUS."""
        if m is None:
            return 0
        text = self.text
        if self._after_the(m):
            return _NOT_IN_FOCUS  # "to crush the Crimson Brotherhood, Lee …": a name after "the" is no person
        if text[m.end:m.end + 1] in ",.;" and _INVERTED_ATTRIBUTION.search(
                text, max(0, m.run_start - _REPORTED_REACH), m.run_start):
            return 0  # "…,” said Ann Lee, a pollster." (not "he said Lee.")
        if m.possessive and m.kind == "person" and self._opens_sentence(m):
            if self._owns_subject(m):  # "Lee's fate is unclear, but she …": the owner of the
                return _OWNER_OF_SUBJECT   # sentence's subject, after a subject ("Lee's aide, Ng, said")
        if _THERE_IS.search(text, max(0, m.run_start - 20), m.run_start):
            return 1  # "Then there's Lee.": introduced as the one the text turns to
        if not self.entities.subject(m):
            who = _WHO_SAID.match(text, m.end)
            if who and who.group(1) in SPEECH_VERBS:
                return 0  # "was backed by Sen. Ann Lee, the panel's ranking member, who said …"
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
        """A he/she of `gender` opening a later clause before `end` ('…, and she doesn't think
        Lee can …'), not inside a quote nor after a subordinator; -1 if none."""
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
                if not w[:1].isupper() and not w[:1].isdigit()]  # past capitalised words, numbers: "of Port Ardley", "on 4 Mill Lane"
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
                return f"{m.canonical} and {later.canonical}"  # "Professors Lund and Okafor argue …"
            later = m
        return None

    def _verb_after_pair(self, end: int) -> bool:
        """A verb after 'Lund and Okafor': past or listed ('said'), or a plain present ('argue')."""
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
        ('senior transport ministry official')."""
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
