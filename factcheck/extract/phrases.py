"""Noun phrases in attributions and what they refer to.

The reading half of speaker attribution: the phrase a verb's subject or object is made
of (a name, a pronoun, "the ministry", "the company's chief executive, Tom Ng", "a
spokesperson for the trust"), and who it means: pronouns by the main subject of the
latest sentences and what is known of gender, roles ("the minister") by the person given
that role, organisations by their head word or the cue they were introduced with.
speakers.py applies the attribution patterns on top of this.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.extract.entities import EntityIndex, Mention
from factcheck.extract.lexicon import AUXILIARIES, ORG_ANAPHORS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, words
from factcheck.extract.segment import SentenceIndex

_WS = re.compile(r"\s*")
_TOKEN = re.compile(r"\s*([\w][\w'’\-]*|[^\w\s])")
_DETERMINERS = words("the a an its their his her our one")
_LINKS = words("for of at from with in")
_NP_STOP = SPEECH_VERBS | AUXILIARIES | words("who which that and but or on as after before when while to")
_SUBORDINATE = re.compile(r",\s+(?:where|when|while|whereas|as|after|before|because|since|although|though|but|and|so)\s+")
_THE = re.compile(r"the\s+")
_HEAD_WORD = re.compile(r"\s*([a-z][\w\-]*)\b")
SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "who"))
BACK_DETERMINERS = frozenset(("the", "The", "a", "A", "an", "An", "its", "Its", "their", "Their"))
_LEADING_FUNCTION_WORDS = re.compile(r"^(?:(?:the|a|an|its|their|his|her|and|or|of|in|on|said|told)\s+)+", re.I)
_WORD_AFTER = re.compile(r"\s+([\w][\w'’\-]*)")
# "the company said" may mean the latest organisation named in any role
_FIRM_WORDS = words("company firm group operator business carrier airline retailer maker manufacturer "
                    "developer publisher startup lender insurer")


@dataclass(frozen=True)
class Phrase:
    speaker: str | None
    kind: str | None  # person | org | None
    role: str | None
    end: int


class PhraseReader:
    """Reads the noun phrases around quotes and resolves them to people and organisations;
    keeps who has spoken so far, which later pronouns may mean."""

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

    def _person_or_org(self, m: Mention, role: str | None = None) -> Phrase:
        if m.kind == "person":
            return Phrase(m.canonical, "person", role or m.role or self.entities.roles.get(m.canonical), m.end)
        return Phrase(m.canonical, "org" if m.kind == "org" else None, role, m.end)

    def _np_forward(self, pos: int, limit: int, anchor: int) -> Phrase | None:
        """The noun phrase that starts at `pos`: a name, a pronoun, or 'the ministry'."""
        text = self.text
        pos = _WS.match(text, pos).end()
        if pos >= limit:
            return None
        m = self.entities.at_run(pos)
        if m is not None and not m.possessive and not self._is_title_word(m):
            if m.kind != "person" or len(m.name.split()) == 1:
                behind = self._behind_name(m, limit)  # "Athletic manager Neil Corrigan"
                if behind is not None:
                    return behind
            return self._person_or_org(m)
        tm = _TOKEN.match(text, pos)
        if tm and tm.group(1).lower() in ("he", "she", "they", "it", "we"):
            sp, kind = self.resolve_pronoun(tm.group(1).lower(), anchor)
            return Phrase(sp, kind, None, tm.end())
        # lower-case words up to a name, a comma or a verb: "manager Stefan Kowalczyk",
        # "the company's chief executive, Tom Ng", "a spokesperson for the Ministry of Health"
        collected: list[str] = []
        p = pos
        for _ in range(9):
            tm = _TOKEN.match(text, p)
            if not tm or tm.end() > limit:
                break
            tok = tm.group(1)
            tok_start = tm.start(1)
            m = self.entities.at_run(tok_start)
            if m is not None and self._is_title_word(m):
                m = None  # "The Premier said": a role, looked up below
            if m is not None and (collected or tok_start != pos):
                role = " ".join(collected).strip() or None
                if m.possessive:
                    collected.append(tok)
                    p = m.end + 2
                    continue
                found = self._person_or_org(m, role if m.kind == "person" else None)
                if m.kind != "person":  # "a White House spokesperson said": the role follows
                    end = m.end
                    while (wm := _WORD_AFTER.match(text, end, limit)) and wm.group(1) in ROLE_NOUNS:
                        end = wm.end()
                    found = Phrase(found.speaker, "org", None, end)
                return found
            if tok == ",":
                after = _WS.match(text, tm.end()).end()
                m2 = self.entities.at_run(after)
                if m2 is not None and m2.kind == "person" and collected:
                    return self._person_or_org(m2, " ".join(collected))
                break
            low = tok.lower()
            if low in _LINKS and collected:
                # "analysts at Calder Hoyt", "a spokesperson for the UN agency",
                # "a spokesperson for the trust": the organisation speaks
                after = _WS.match(text, tm.end()).end()
                dm = _THE.match(text, after)
                if dm:
                    after = dm.end()
                m2 = self.entities.at_run(after)
                if m2 is not None:
                    behind = self._behind_name(m2, limit)
                    if behind is not None and behind.kind == "org":
                        return Phrase(behind.speaker, "org", " ".join(collected), behind.end)
                    return Phrase(m2.canonical, "org", " ".join(collected), m2.end)
                head_words = []
                q = after
                for _ in range(3):
                    wm = _HEAD_WORD.match(text, q, limit)
                    if not wm or wm.group(1) in _NP_STOP:
                        break
                    head_words.append(wm.group(1))
                    q = wm.end()
                if head_words:
                    sp, kind = self.resolve_anaphor(head_words[-1], " ".join(head_words[:-1]), after)
                    if sp and kind == "org":
                        return Phrase(sp, "org", " ".join(collected), q)
                break
            if not tok[0].isalnum() or low in _NP_STOP or (tok[0].isupper() and collected and low not in ROLE_NOUNS):
                break
            collected.append(tok)
            p = tm.end()
        content = [w for w in collected if w.lower() not in _DETERMINERS]
        if not content or collected[0].lower() not in _DETERMINERS:
            return None
        head = content[-1].lower()
        sp, kind = self.resolve_anaphor(head, " ".join(content[:-1]), pos)
        return Phrase(sp, kind, " ".join(collected) if kind == "person" else None, p)

    @staticmethod
    def _is_title_word(m: Mention) -> bool:
        """A capitalised role on its own ('the Premier', 'the Governor') is not a name."""
        return m.kind != "person" and " " not in m.name and m.name.lower() in ROLE_NOUNS

    def _behind_name(self, m: Mention, limit: int) -> Phrase | None:
        """A name used as a modifier: 'DunRail chief executive Oskar Lindgren' (the person
        behind the company's name) or 'Dunmore police' (the organisation it qualifies)."""
        text = self.text
        words_ = []
        p = m.end
        for _ in range(6):
            tm = _WORD_AFTER.match(text, p, limit)
            if not tm:
                break
            nxt = self.entities.at_run(tm.start(1))
            if nxt is not None and nxt.kind == "person" and words_:
                return self._person_or_org(nxt, text[m.run_start:tm.start(1)].strip())
            w = tm.group(1)
            if words_ and (w in ("and", "&") or w in TITLE_WORDS):  # "managing director and CEO"
                words_.append(w)
                p = tm.end()
                continue
            if not w.islower() or w in _NP_STOP:
                break
            words_.append(w)
            p = tm.end()
            if w in ORG_ANAPHORS and len(words_) == 1:
                named = self._org_named(w, m.start, by_cue=False)
                if named and m.name.split()[0] in named:  # "the UN agency" → UN Relief … Agency
                    return Phrase(named, "org", None, p)
                return Phrase(f"{m.name} {w}", "org", None, p)
        return None

    def _np_backward(self, pos: int, floor: int) -> Phrase | None:
        """The noun phrase that ends at `pos` (the subject of a verb right after it)."""
        text = self.text
        end = pos
        while end > floor and text[end - 1].isspace():
            end -= 1
        if end > floor and text[end - 1] == ",":
            return self._clause_subject(end, floor)
        m = self.entities.ending_at(end)
        if m is not None and m.start >= floor and not m.possessive:
            return self._person_or_org(m)
        tail = text[max(floor, end - 80):end]
        last = tail.rsplit(None, 1)[-1] if tail.strip() else ""
        if last.lower() in SUBJECT_PRONOUNS:
            word = last.lower()
            if word == "who":
                before = end - 3
                while before > floor and text[before - 1].isspace():
                    before -= 1
                if text[before - 1:before] == ",":
                    return self._clause_subject(before, floor)
                return self._np_backward(before, floor)
            sp, kind = self.resolve_pronoun(word, end - len(word))
            return Phrase(sp, kind, None, end)
        return self._anaphor_ending(tail, end)

    def _anaphor_ending(self, tail: str, end: int) -> Phrase | None:
        """'the district attorney's office' at the end of `tail`: a determiner and up to five
        words, the last lower-case (a plain word scan; an end-anchored regex is slow)."""
        words_ = tail.split()[-6:]
        for i in range(len(words_) - 2, -1, -1):
            if words_[i] in BACK_DETERMINERS:
                rest = words_[i + 1:]
                head = rest[-1]
                if not (head[:1].islower() and head.replace("-", "").isalpha()):
                    return None
                sp, kind = self.resolve_anaphor(head, " ".join(rest[:-1]), end)
                return Phrase(sp, kind, " ".join(words_[i:]) if kind == "person" else None, end)
        return None

    def _clause_subject(self, comma: int, floor: int) -> Phrase | None:
        """'X, an economist at Y, a lobby, was quoted': the name among the comma-separated
        pieces before the verb (the first piece that is a name, else the first piece)."""
        text = self.text
        start = floor
        for stop in (";", "”,", "\","):
            k = text.rfind(stop, floor, comma)
            if k >= 0:
                start = max(start, k + len(stop))
        for sub in _SUBORDINATE.finditer(text, start, comma):
            start = max(start, sub.end())
        pieces = []
        p = start
        while p < comma:
            q = text.find(",", p, comma)
            q = comma if q < 0 else q
            pieces.append((p, q))
            p = q + 1
        for a, b in pieces:
            seg_end = b
            while seg_end > a and text[seg_end - 1].isspace():
                seg_end -= 1
            m = self.entities.ending_at(seg_end)
            if m is not None and m.start >= a and not m.possessive and m.kind in ("person", "org"):
                return self._person_or_org(m)
        if pieces:
            a, b = pieces[0]
            inner_end = b
            if inner_end < comma or len(pieces) == 1:
                return self._np_backward_plain(inner_end, a)
        return None

    def _np_backward_plain(self, end: int, floor: int) -> Phrase | None:
        text = self.text
        while end > floor and text[end - 1].isspace():
            end -= 1
        return self._anaphor_ending(text[max(floor, end - 80):end], end)

    # ------------------------------------------------------------ resolution
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
        if pron in ("it", "they"):
            org = self._recent_org(pos)
            if org:
                return org, "org"
        return None, None

    def _recent_person(self, pos: int, gender: str | None) -> str | None:
        """The person a pronoun at `pos` most likely means.

        Going back sentence by sentence (three at most), the first person who is the
        subject of a sentence — its main clause, so "Ortiz rejected that, noting that
        Patel had…" gives Ortiz — and whose gender, if known, fits; failing that, the
        latest fitting person named, one whose gender is known to fit first."""
        ents = self.entities
        window_start = self._sentences_back(pos, 2)
        candidates: list[tuple[int, str, Mention | None]] = [
            (m.start, m.canonical, m) for m in self._people_before(pos, 30)]
        for at, speaker, kind in self.spoken[-6:]:
            if kind == "person" and at < pos:
                candidates.append((at, speaker, None))  # an attribution: a subject by definition
        fits = [c for c in candidates if gender is None or ents.gender_of(c[1]) in (None, gender)]
        if not fits:
            return None
        # whether a name is a subject is asked only of the names in the last sentences
        recent = [(at, name, m is None or ents.subject(m)) for at, name, m in fits if at >= window_start]
        by_sentence: dict[int, list[tuple[int, str, bool]]] = {}
        for c in recent:
            by_sentence.setdefault(self.sentences.index_at(c[0]), []).append(c)
        for idx in sorted(by_sentence, reverse=True):
            subjects = sorted(c for c in by_sentence[idx] if c[2])
            if subjects:
                return subjects[0][1]
        known = [c for c in recent if gender and ents.gender_of(c[1]) == gender]
        pool = known or recent or fits
        return max(pool, key=lambda c: c[0])[1]

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
        for m in self._mentions_back(pos, window_start):
            if m.kind != "person":
                continue
            cm = re.search(r"([A-Z][\w'’\-]+)\s+and\s+$", self.text[max(0, m.run_start - 30):m.run_start])
            if cm and len(m.name.split()) >= 2:
                return f"{cm.group(1)} and {m.name}"
        return None

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
        """The latest organisation among the last 25 names."""
        for seen, m in enumerate(self._mentions_back(pos, 0)):
            if seen >= 25:
                break
            if m.kind == "org":
                return m.canonical
        return None

    def resolve_anaphor(self, head: str, modifiers: str, pos: int) -> tuple[str | None, str | None]:
        """'the ministry' → the latest organisation that is a ministry; 'the midfielder' →
        the latest person with that role; 'the group's lawyer' → the group."""
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
        return None, None

    def _org_named(self, head: str, pos: int, by_cue: bool = True) -> str | None:
        """The latest organisation whose name holds `head` ('the trust' → 'Eastmoor
        Hospitals Trust') or that was introduced with it ('rights group X')."""
        ents = self.entities
        i = ents.before(pos) - 1
        cap = head.capitalize()
        seen = 0
        while i >= 0 and seen < 200:
            m = ents.mentions[i]
            i -= 1
            seen += 1
            if m.kind == "person":
                continue
            if (by_cue and m.cue == head) or cap in m.name.split():
                return m.canonical
        return None

    def _org_phrase(self, head: str, modifiers: str, pos: int) -> str:
        """No named organisation: the fullest earlier phrase for it ("Aurelia's environment ministry")."""
        best = None
        floor = max(0, pos - 3000)  # a few paragraphs back is where it was introduced
        pattern = rf"(?<![\w’'])((?:[A-Z][\w]*['’]s\s+)?(?:[A-Za-z][\w\-]*\s+){{0,2}}){re.escape(head)}\b"
        for m in re.finditer(pattern, self.text[floor:pos]):
            if not self._in_quote(floor + m.start()):
                best = m.group(0)
        phrase = best or (f"{modifiers} {head}".strip())
        return _LEADING_FUNCTION_WORDS.sub("", phrase.strip())

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
        for m in self._people_before(pos, 40):
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
