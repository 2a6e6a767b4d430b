"""Noun phrases in attributions.

The reading half of speaker attribution: the phrase a verb's subject or object is made
of (a name, a pronoun, "the ministry", "the company's chief executive, Tom Ng", "a
spokesperson for the trust"). reference.py says who such a phrase means; speakers.py
applies the attribution patterns on top of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.entities import Mention
from factcheck.extract.lexicon import AUXILIARIES, IRREGULAR_VERBS, ORG_ANAPHORS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, words
from factcheck.extract.reference import ReferenceResolver

_WS = re.compile(r"\s*")
_TOKEN = re.compile(r"\s*([\w][\w'’\-]*|[^\w\s])")
_DETERMINERS = words("the a an its their his her our one")
_LINKS = words("for of at from with in")
_NP_STOP = SPEECH_VERBS | AUXILIARIES | words("who which that and but or on as after before when while to "
                                                "because since although though until unless whereas if only")
_SUBORDINATE = re.compile(r",\s+(?:where|when|while|whereas|as|after|before|because|since|although|though|but|and|so)\s+")
_THE = re.compile(r"the\s+")
_HEAD_WORD = re.compile(r"\s*([a-z][\w\-]*)\b")
SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "who"))
BACK_DETERMINERS = frozenset(("the", "The", "a", "A", "an", "An", "its", "Its", "their", "Their"))
_INDEFINITE = words("a an one another")
_PREPOSITIONS = words("in on at to of by for from with into over under about after before during "
                      "through among between against amid despite since until without within")
_OF_BEFORE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?$")
_UNCLOSED_APPOSITIVE = re.compile(r",\s+(?!(?:who|which|that|with|in|on|at|for|from|by|to|and|but|as|while|including|after|before)\b)(?:[a-z&]+\s+){1,6}(?:(?:of|at|for|with)\s+(?:the\s+)?)?$")
_APPOSED_NAME = re.compile(r",\s*")
_APPOSED_NAME_LATER = re.compile(r"(?:\s+[a-z]+){1,4},\s*")
_WORD_AFTER = re.compile(r"\s+([\w][\w'’\-]*)")
_LOWER_WORD_AT = re.compile(r"([a-z][a-z\-]*)\s+")
_POSSESSIVE_MARK = re.compile(r"['’]s?\s+")
MAX_ROLE_WORDS = 3  # "campaign deputy press secretary"
_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which)\b")
TRAILING_PARENTHETICAL = re.compile(r"\s*\([^()\n]{1,30}\)\s*$")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def word_ending_before(text: str, lo: int, pos: int) -> tuple[str, int]:
    """The letters (A–Z) and whitespace that end text[lo:pos] — the word right before `pos`
    and where it starts — or ("", pos) when it does not end in a word then whitespace."""
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and text[start - 1] in _ASCII_LETTERS:
        start -= 1
    if end == pos or start == end:
        return "", pos
    return text[start:end], start


@dataclass(frozen=True)
class Phrase:
    speaker: str | None
    kind: str | None  # person | org | None
    role: str | None
    end: int


class PhraseReader(ReferenceResolver):
    """Reads the noun phrases around quotes; reference.py resolves them to people and
    organisations."""

    def _person_or_org(self, m: Mention, role: str | None = None) -> Phrase:
        if m.kind == "person":
            return Phrase(m.canonical, "person", role or m.role or self.entities.roles.get(m.canonical), m.end)
        return Phrase(m.canonical, "org" if m.kind == "org" else None, role, m.end)

    def _np_forward(self, pos: int, limit: int, anchor: int) -> Phrase | None:
        """The noun phrase that starts at `pos`: a name, a pronoun, or 'the ministry'; a
        description followed by a name in commas is that person ('a spokeswoman for the
        council, Jane Doe, said')."""
        np = self._np_forward_plain(pos, limit, anchor)
        if np is None or np.kind == "person" and np.speaker and " " in np.speaker:
            return np
        comma = _APPOSED_NAME.match(self.text, np.end, limit)
        if not comma and self.text.startswith(("the ", "a ", "an "), pos):
            comma = _APPOSED_NAME_LATER.match(self.text, np.end, limit)  # "the food critic at the time, Ann Lee"
        if comma:
            m = self.entities.at_run(comma.end())
            if m is not None and m.kind == "person" and not m.possessive and (
                    self.text[m.end:m.end + 1] in (",", ".", ";") or m.end >= limit):
                role = " ".join(self.text[pos:np.end].split()) if np.kind != "person" else np.role
                return Phrase(m.canonical, "person", role, m.end)
        return np

    def _np_forward_plain(self, pos: int, limit: int, anchor: int) -> Phrase | None:
        text = self.text
        pos = _WS.match(text, pos).end()
        if pos >= limit:
            return None
        m = self.entities.at_run(pos)
        if m is not None and m.possessive:
            after = _POSSESSIVE_MARK.match(text, m.end).end()
            named = self.entities.at_run(after)
            for _ in range(MAX_ROLE_WORDS + 1):  # "the Guild’s former school treasurer Ann Lee"
                if named is not None:
                    break
                wm = _LOWER_WORD_AT.match(text, after, limit)
                if not wm or wm.group(1) in _NP_STOP:
                    break
                after = wm.end()
                named = self.entities.at_run(after)
            if named is not None and named.kind == "person" and not named.possessive:
                return self._person_or_org(named, text[m.run_start:named.run_start].strip())  # "the Forum’s Ann Lee"
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
            if not collected and tok in _PREPOSITIONS:
                return None  # "in its talks with Ruritania, said Lee": no subject here
            m = self.entities.at_run(tok_start)
            if m is not None and self._is_title_word(m):
                m = None  # "The Premier said": a role, looked up below
            if m is None and collected and collected[0].lower() in _INDEFINITE and tok[0].isupper():
                collected.append(tok)  # "a New Hampshire Republican": a capitalised description
                p = tm.end()
                continue
            if m is not None and (collected or tok_start != pos):
                role = " ".join(collected).strip() or None
                if m.possessive:
                    collected.append(tok)
                    p = m.end + 2
                    continue
                described = self._described(pos, collected, m, limit)
                if described is not None:
                    return described
                found = self._person_or_org(m, role if m.kind == "person" else None)
                if m.kind != "person":  # "a White House spokesperson said": the role follows
                    behind = self._behind_name(m, limit)  # "former FBI agent Tim Gale"
                    if behind is not None and (behind.kind == "person" or m.kind == "other"):
                        return behind  # "the Harbour campaign": the organisation the name qualifies
                    end = m.end
                    while (wm := _WORD_AFTER.match(text, end, limit)) and wm.group(1) in ROLE_NOUNS:
                        end = wm.end()
                    found = Phrase(found.speaker, "org", None, end)
                return found
            if tok == ",":
                after = _WS.match(text, tm.end()).end()
                m2 = self.entities.at_run(after)
                for _ in range(MAX_ROLE_WORDS):  # "…'s campaign chair, engineer Ann Lee"
                    if m2 is not None:
                        break
                    wm = _LOWER_WORD_AT.match(text, after, limit)
                    if not wm or wm.group(1) in _NP_STOP:
                        break
                    after = wm.end()
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
        owner = self.entities.at_run(pos)
        owned = text[owner.end:p].split()[1:] if owner is not None and owner.possessive else []
        if owned and all(w.islower() for w in owned):
            # "Lindqvist’s office said": the owner's office, campaign or spokesman
            head = owned[-1]
            if head in ORG_ANAPHORS:
                return Phrase(f"{owner.canonical}’s {' '.join(owned)}", "org", None, p)
            if head in ROLE_NOUNS:
                person = self._person_with_role(head, pos)
                return Phrase(person or f"{owner.canonical}’s {' '.join(owned)}",
                              "person" if person else None, " ".join(collected), p)
        if not content or collected[0].lower() not in _DETERMINERS:
            return None
        head = content[-1].lower()
        sp, kind = self.resolve_anaphor(head, " ".join(content[:-1]), pos, definite=collected[0].lower() == "the")
        return Phrase(sp, kind, " ".join(collected) if kind == "person" else None, p)

    def _described(self, pos: int, collected: list[str], m: Mention, limit: int) -> Phrase | None:
        """'a New Hampshire Republican', 'one Okafor adviser': someone unnamed, described by
        a name that is not theirs; the description is the speaker."""
        if not collected or collected[0].lower() not in _INDEFINITE or m.kind == "org":
            return None
        end = m.end
        roles = 0
        while (wm := _WORD_AFTER.match(self.text, end, limit)) and (
                wm.group(1) in ROLE_NOUNS or wm.group(1) in ORG_ANAPHORS):
            end = wm.end()
            roles += 1
        if (m.kind == "person") != bool(roles):
            return None  # "one Ana Lee" is Ana Lee; "a White House spokesperson": the organisation
        if not roles:  # "another forum member": the noun the name qualifies
            wm = _WORD_AFTER.match(self.text, end, limit)
            if wm and wm.group(1).isalpha() and wm.group(1).islower() and wm.group(1) not in _NP_STOP:
                end = wm.end()
        start = _WS.match(self.text, pos + len(collected[0])).end()
        return Phrase(" ".join(self.text[start:end].split()), None, None, end)

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
                if any(w.endswith("ed") or w in IRREGULAR_VERBS or w in _LINKS for w in words_):
                    return None  # "Lee attacked Varga": a verb between, not a role
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
                person = self._person_after_roles(p, limit, text[m.run_start:p])
                if person is not None:  # "Lee campaign spokesman Tom Ng": the person
                    return person
                named = self._org_named(w, m.start, by_cue=False)
                if named and m.name.split()[0] in named:  # "the UN agency" → UN Relief … Agency
                    return Phrase(named, "org", None, p)
                return Phrase(f"{m.name} {w}", "org", None, p)
        return None

    def _person_after_roles(self, p: int, limit: int, owner: str) -> Phrase | None:
        """The person named after role words at `p` ('… spokesman Tom Ng', '… Chairman Al Roe')."""
        roles = []
        for _ in range(MAX_ROLE_WORDS):
            tm = _WORD_AFTER.match(self.text, p, limit)
            if not tm:
                return None
            nxt = self.entities.at_run(tm.start(1))
            if nxt is not None and nxt.kind == "person" and not nxt.possessive:
                if not roles and nxt.run_start == tm.start(1) and nxt.role is None:
                    return None  # "the Lee campaign Tom …": no role between
                return self._person_or_org(nxt, f"{owner} {' '.join(roles)}".strip())
            w = tm.group(1)
            if w.lower() not in ROLE_NOUNS and w not in TITLE_WORDS:
                return None
            roles.append(w)
            p = tm.end()
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
        if m is not None and m.start >= floor and not m.possessive and m.kind != "person":
            # "Ann Lee, founder and owner of the Bakers Guild stated": an appositive the
            # writer did not close; the person before it speaks
            lead = _UNCLOSED_APPOSITIVE.search(text, max(floor, m.run_start - 60), m.run_start)
            person = self.entities.ending_at(lead.start()) if lead else None
            if person is not None and person.kind == "person" and person.start >= floor and not person.possessive:
                return self._person_or_org(person, " ".join(text[lead.start() + 1:m.end].split()))
        if m is not None and m.start >= floor and not m.possessive:
            of = _OF_BEFORE.search(text, max(floor, m.run_start - 12), m.run_start)
            owner = self.entities.ending_at(of.start()) if of else None
            if owner is not None and owner.kind == "person" and owner.start >= floor:
                return self._person_or_org(owner)  # "Ann Lee of the Brookings Institution said"
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
                sp, kind = self.resolve_anaphor(head, " ".join(rest[:-1]), end, definite=words_[i].lower() == "the")
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
        first = None
        for a, b in pieces:
            if _RELATIVE.match(text, a):
                continue  # ", who has endorsed Lee,": a clause about the subject
            seg_end = b
            paren = TRAILING_PARENTHETICAL.search(text, a, b)
            if paren:  # "Rep. Ann Lee (D-Ore.)"
                seg_end = paren.start()
            while seg_end > a and text[seg_end - 1].isspace():
                seg_end -= 1
            m = self.entities.ending_at(seg_end)
            if m is not None and m.start >= a and not m.possessive and m.kind in ("person", "org"):
                if m.run_start <= _WS.match(text, a).end():
                    if first is None or m.kind == "person":
                        return self._person_or_org(m)  # a piece that is a name
                elif first is None:
                    first = m  # "The head of the Ferry Trust, Ann Lee, said": the name after it
        if first is not None:
            return self._person_or_org(first)
        if pieces:
            a, b = pieces[0]
            m = self.entities.at_run(_WS.match(text, a).end())
            if len(pieces) > 1 and m is not None and m.end == b and not m.possessive and m.kind == "other":
                return Phrase(m.canonical, None, None, m.end)  # "Vale, a Lee ally, called": a name opening the clause
            inner_end = b
            if inner_end < comma or len(pieces) == 1:
                return self._np_backward_plain(inner_end, a)
        return None

    def _np_backward_plain(self, end: int, floor: int) -> Phrase | None:
        text = self.text
        while end > floor and text[end - 1].isspace():
            end -= 1
