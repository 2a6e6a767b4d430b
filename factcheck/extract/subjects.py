"""Who is the subject of a clause: the name or description a verb of saying belongs to.

A mixin of SpeakerResolver (speakers.py), which reads attributions around a quote and asks
here whose verb it is: the phrase before the verb past auxiliaries, a party tag and a
carrier ("a video that said"), a participle's subject ("…, adding"), a second verb of one
subject ("… and asked"), or the subject opening the clause ('In 2023 she postponed …').
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from factcheck.extract.entities import followed_by_verb
from factcheck.extract.lexicon import AUXILIARIES
from factcheck.extract.phrases import (BACK_DETERMINERS, SUBJECT_PRONOUNS, TRAILING_PARENTHETICAL, Phrase,
                                       word_ending_before)

_LOWER_WORD = re.compile(r"\b([a-z]+)\b")
_ADVERB = re.compile(r"[a-z]+ly$")
_CLAUSE_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*")
MAX_VERB_MODIFIERS = 4  # "has long also described"
MAX_CLAUSE_TOKENS = 12  # words of a clause searched for its subject
PARENTHETICAL_REACH = 40
_VERB_MODIFIERS = frozenset(("not", "never", "long", "now", "still", "just", "even", "then", "already"))
_INTRO_WORDS = frozenset(
    "in on at with for from by of to about after before during since until while when whereas although "
    "though because if unless as amid despite under over into among between without against via like than "
    "here there".split())
# a thing that carries words, then "that"/"which" right before the verb of saying
_CARRIER_THAT = re.compile(
    r"""\b(?:statement|video|ad|advert|advertisement|letter|memo|email|e-mail|post|tweet|release
          |report|message|note|flyer|leaflet|mailer|sign|banner|website|book|column|op-ed|editorial)s?
        \s+(?:that|which)\s+$""",
    re.VERBOSE,
)
CARRIER_REACH = 30
_SAID_COMMA = re.compile(r"\s(?:said|says),\s*$")
_COMMA_PARTICIPLE = re.compile(r"\s*,\s*[a-z]+ing\b")
_SUBJECT_TAIL = re.compile(
    r"""(?:\s*\([^()\n]{1,30}\))?                                   # (R-Ind.)
        (?:\s+(?:in|of|at|from)\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})?  # in Dunmore
        (?:\s+(?:on|last|this|early|late|also|later)\s+
           (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
            |week|month|year|night|morning|afternoon|evening))?       # on Thursday
    """,
    re.VERBOSE,
)
_SUBJECT_APPOSITIVE = re.compile(r",[^,;:\n]{1,120}(?=,)")  # , a clerk for Mrs. Lee / , presenter of “Crust Club,”
MAX_SUBJECT_APPOSITIVES = 2
_WITH_NAME_ING = re.compile(r"\bwith\s+((?:[A-Z][\w.'’\-]*\s+){1,4})[a-z]+ing\b")  # "with Ann Lee asking"
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[A-Z][\w.'’\-]*\s+){1,4}$")  # "with Ann Lee asking"
# a lower-case word in -s right after a name, not an agent noun ("Lee supporters", "Ng officials")
_PRESENT_VERB = re.compile(r" (?:also |now |then |still )?([a-z]{3,}(?<!ss)(?<!er)(?<!or)(?<!ist)(?<!ian)(?<!ant)(?<!ent)(?<!ie)(?<!ee)s)\b")
_NOT_PRESENT_VERBS = frozenset("""officials supporters voters fans aides allies rivals critics members staffers
    backers donors forces troops residents plans rules laws years days times news politics campaigns
    ads emails texts tweets posts remarks comments words others this thus plus perhaps always sometimes
    towards afterwards besides whereas yes""".split())
# words before a participle that make the sentence's subject its subject: "by saying"
_PARTICIPLE_LEADS = frozenset(("by", "after", "while", "before", "when", "without", "in"))


class SubjectReader:
    """Finding the subject of a verb or clause (needs the PhraseReader's text, entities and
    noun-phrase readers)."""

    _name_counts: Counter | None = None

    def _subject_of_verb(self, vpos: int, floor: int) -> Phrase | None:
        text = self.text
        pos = vpos
        # skip auxiliaries and adverbs: "Okafor has long described", "BelTA later quoted"
        for _ in range(MAX_VERB_MODIFIERS):
            w, word_start = word_ending_before(text, max(floor, pos - 30), pos)
            if not w:
                break
            if w.lower() in AUXILIARIES or _ADVERB.match(w) or w.lower() in _VERB_MODIFIERS:
                pos = word_start
                continue
            break
        paren = TRAILING_PARENTHETICAL.search(text, max(floor, pos - PARENTHETICAL_REACH), pos)
        if paren:  # "Rep. Ann Lee (D-Ore.) said"
            pos = paren.start()
        carrier = _CARRIER_THAT.search(text, max(floor, pos - CARRIER_REACH), pos)
        if carrier:  # "Lee released a video that said, “…”": the one who put out the words
            np = self._main_subject(floor, carrier.start())
            if np is not None:
                return np
        before = text[max(floor, pos - 8):pos].rstrip()
        if before.endswith(" and") and text.startswith("ing", vpos + len(_LOWER_WORD.match(text, vpos).group()) - 3):
            wm = None
            for wm in _WITH_NAME_ING.finditer(text, floor, vpos):
                pass
            if wm is not None:  # "with Ann Lee posting that … and asking, “…”": Lee asks too
                np = self._np_forward(wm.start(1), vpos, wm.start(1))
                if np and np.speaker:
                    return np
        if before.endswith((" and", " but", " or", " to")):
            # a second verb of one subject: "Lee backed the plan, but now said …", "Lee was moved to say"
            return self._main_subject(floor, vpos)
        lead = before.rsplit(None, 1)[-1] if before.strip() else ""
        if (before.endswith(",") or lead in _PARTICIPLE_LEADS) and text.startswith(
                "ing", vpos + len(_LOWER_WORD.match(text, vpos).group()) - 3):
            # ", telling reporters …", "by saying …": a participle's subject is the sentence's subject,
            # or the reporter's in "…, Lee said, adding"
            said = _SAID_COMMA.search(text, max(floor, pos - 12), pos)
            np = (said and self._np_backward(said.start(), floor)) or self._main_subject(floor, vpos)
            if np is not None:
                return np
        if pos == vpos and text.startswith("ing", vpos + len(_LOWER_WORD.match(text, vpos).group()) - 3):
            # "Lee wrote a letter to the mayor asking …", "Lee answered on her blog writing …": a
            # participle after an object is the sentence subject's; "with Lee asking …" is Lee's
            np = self._np_backward(pos, floor)
            if np is not None and np.speaker and _WITH_BEFORE.search(text, max(floor, vpos - 80), vpos):
                return np
            main = self._main_subject(floor, vpos)
            if main is not None:
                return main
            return np
        return self._np_backward(pos, floor)

    def _main_subject(self, floor: int, limit: int) -> Phrase | None:
        """The first noun phrase of a clause that a verb follows: 'In 2023 she postponed …',
        'The Premier has ruled out …'."""
        text = self.text
        for tm in itertools.islice(_CLAUSE_TOKEN.finditer(text, floor, limit), MAX_CLAUSE_TOKENS):
            tok = tm.group()
            if not (tok[0].isupper() or tok.lower() in SUBJECT_PRONOUNS or tok in BACK_DETERMINERS):
                continue
            if self._in_quote(tm.start()):
                continue  # “If she wins, …,” Lee said before adding: the quoted words have their own subjects
            if tok.lower() in _INTRO_WORDS or self._after_preposition(tm.start(), floor):
                continue  # "In an interview with CNN, Lee said", "After the court ruled, Lee …"
            np = self._np_forward(tm.start(), limit, tm.start())
            if np and np.speaker and self._verb_follows(np.end, np.kind == "person"):
                if np.kind is not None:
                    return np  # a person or an organisation: not "Hours later, …"
                m = self.entities.at_run(tm.start())
                if (m is not None and m.end == np.end and " " not in m.name and not m.name.isupper()
                        and self._named_again(m)):
                    return np  # a lone surname the name finder left unclassified: "Okwuosa set himself …"
        return None

    def _verb_follows(self, pos: int, person: bool = False) -> bool:
        """Is the phrase ending at `pos` a clause's subject: a verb after it, past a party tag,
        a time ('on Friday') or appositives that may hold abbreviations ('a clerk for
        Mrs. Lee,') — but not a participle after a comma (', saying')?"""
        text = self.text
        if _COMMA_PARTICIPLE.match(text, pos):
            return False
        if followed_by_verb(text, pos):
            return True
        pv = _PRESENT_VERB.match(text, pos) if person else None
        if pv and pv.group(1) not in _NOT_PRESENT_VERBS:
            return True  # "Lee dwells on …": a present-tense verb after a person's name
        end = _SUBJECT_TAIL.match(text, pos).end()
        for _ in range(MAX_SUBJECT_APPOSITIVES + 1):  # the nearest verb after the appositives, one at a time
            at = end + 2 if text.startswith((",”", ',"'), end) else end  # “… Club,” listed
            if end > pos and not _COMMA_PARTICIPLE.match(text, end) and followed_by_verb(text, at):
                return True
            piece = _SUBJECT_APPOSITIVE.match(text, end)
            if piece is None:
                return False
            end = piece.end()
        return False

    def _named_again(self, m) -> bool:
        """Is this name used more than once in the text (a surname, not 'Hours later, …')?"""
        if self._name_counts is None:
            self._name_counts = Counter(x.canonical for x in self.entities.mentions)
        return self._name_counts[m.canonical] > 1

    def _after_preposition(self, pos: int, floor: int) -> bool:
        """Does a preposition or subordinator (with a determiner between) come right before `pos`?"""
        words_ = self.text[max(floor, pos - 20):pos].split()[-2:]
        if not words_ or not words_[-1].isalpha():
            return False  # "with KTVN, Brandt": punctuation closes the phrase
        if words_[-1].lower() in _INTRO_WORDS:
            return True
        return len(words_) == 2 and words_[-1] in BACK_DETERMINERS and words_[0].lower() in _INTRO_WORDS

    def sentence_subject(self, sent_start: int, sent_end: int, subject_only: bool = False) -> tuple[str | None, str | None]:
        """The first person or organisation that is a subject in the sentence, else (unless
        `subject_only`) the first person it names."""
        ents = self.entities
        i = ents.before(sent_start)
        first = None
        while i < len(ents.mentions) and ents.mentions[i].start < sent_end:
            m = ents.mentions[i]
            i += 1
            if m.kind not in ("person", "org") or m.possessive or (m.kind == "person" and self._after_the(m)):
                continue
            if ents.subject(m):
                return m.canonical, m.role or ents.roles.get(m.canonical)
            if first is None:
                first = m
        if first is not None and first.kind == "person" and not subject_only:
            return first.canonical, first.role or ents.roles.get(first.canonical)
        return None, None
