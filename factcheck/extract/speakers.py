"""Who said a quote: the attribution patterns inside its sentence.

Order of evidence for a quote: an attribution right after it in its sentence
(“…,” X said / said X / according to X / it quoted X as saying); one closing the
sentence (…, said X, a pollster); one right before it (X told reporters: “…” / X said,
“…” / a label 'X:'); for a partial quote, the subject of the nearest speech verb before
it, then the sentence's subject. context.py reads what lies around the sentence: an
attribution sentence after it, a pull quote's credit, "The words came from X", whoever
spoke or was introduced just before.
"""

from __future__ import annotations

import re

from factcheck.extract.context import Attribution, ContextReader
from factcheck.extract.fragments import FragmentReader
from factcheck.extract.lexicon import PHRASAL_SPEECH, SPEECH_VERBS, word_alternation
from factcheck.extract.phrases import Phrase, SUBJECT_PRONOUNS
from factcheck.extract.subjects import SubjectReader

# patterns the functions below use, compiled once at import
_AS_SAYING = re.compile(r"\s*as\s+saying")
_PASSIVE_AUX_BEFORE = re.compile(r"\b(?:was|were|is|been)\s+$")


_IN_HIS_WORDS = re.compile(r"\bin\s+(his|her|their)\s+(?:own\s+)?words[,:]?\s*$", re.I)
_IN_WORDS_OF = re.compile(r"\bin\s+the\s+words\s+of\s+", re.I)
_QUOTED = re.compile(r"\bquoted\s+")
_ACCORDING = re.compile(r"according to\s+", re.I)
_INVERTED_VERB = re.compile(r"([a-z]+)\s+")
# the lower-case words the speech-verb loop of _before acts on (a speech verb, or "put" of
# "put it"): the matches of \b([a-z]+)\b that the loop does not skip straight away
_SPEECH_VERB_WORD = re.compile(r"\b(" + word_alternation(
    frozenset(w for w in SPEECH_VERBS | {"put"} if re.fullmatch("[a-z]+", w) and w != "quoted")) + r")\b")
_AFTER_LEAD = re.compile(r"[\s,;:—–-]*")
# "of Valdoria", "of the Institute for Bread and Pastry Research"
_PLACE_TAIL = r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:(?:of|for|and|on|the)\s+){0,2}[A-Z][\w.'’\-]*){0,5}"
_PARENTHETICAL = r"\([^()\n]{1,30}\)"  # (D-Ore.), (pictured)
_APPOSITIVE_PIECE = r",[^,“”\"]{1,160},"  # , 52, / , a teacher,
_VERB_ADVERBS = r"(?:(?:[a-z]+ly|later|also|then|again|has|had|was|once)\s+)*"
def _verb_after_name(appositive: str) -> re.Pattern:
    return re.compile(
        rf"""(?:{_PLACE_TAIL})?          # Sen. Ann Lee of North Carolina
             \s*(?:{_PARENTHETICAL})?  # Rep. Ann Lee (D-Ore.)
             {appositive}               # , a teacher,
             \s*,?\s*{_VERB_ADVERBS}
             ([a-z]+)                   # the verb
        """,
        re.VERBOSE,
    )


# the verb right after the name first ("Lee, told the program …, after"), then past an
# appositive (", a teacher, said")
_AFTER_VERB_DIRECT = _verb_after_name("")
_AFTER_VERB = _verb_after_name(rf"\s*{_APPOSITIVE_PIECE}")
# appositives that hold commas or quotes of their own: "Ann Lee, 54, a bus driver in Wexby, Ont.,
# said", "Ann Lee, wearing a “Bake Sale” badge, said"
_AFTER_VERB_APPOSITIVES = re.compile(
    r"""(?:\s*\([^()\n]{1,30}\))?(?:,[^,\n]{1,80}){1,4},\s*(?:[a-z]+ly\s+)?
        (said|says|told|tells|added|adds|wrote|writes)\b""", re.VERBOSE)
# a relative clause the writer forgot to close: "“…,” Ann Lee, who chairs the Harbour Fund said"
_AFTER_VERB_RELATIVE = re.compile(r",\s*who\s+[^,.;“”\"]{1,100}?\s(said|says|told|tells|added|adds|wrote|writes)\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_LABEL_LEAD = 4
_LABEL_OPENERS = ("\n", "-", "—", "–", ".", "")
_OPENING_HE_SHE = re.compile(r"\W*(?:[\w’']+,?\s+){0,3}?(he|she)\s+(?!said\b|says\b)[a-z]", re.I)
_PASSIVE_BY = re.compile(r"\s+by\s+")
_PASSIVE_NAMING = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:called|described\s+as|dubbed|labell?ed|labeled|termed"
    r"|branded|characteri[sz]ed\s+as)\s*$")
PASSIVE_REACH = 40
_PASSIVE_BE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?$")
# verbs that take no object and may come before their subject ("explained panel chair Ann
# Lee:"), unlike "told the Gazette:" whose name is the listener
_INVERTING_VERBS = frozenset("""said says added adds explained explains wrote writes noted notes
    continued continues argued argues recalled recalls remarked remarks observed observes declared
    declares insisted insists replied replies responded responds countered counters quipped
    joked jokes""".split())
# verbs whose object is a report of what someone else said or did ("Lee said Ng called …")
_OUTER_VERBS = frozenset("said says told tells wrote writes".split())
_OUTER_VERB_WORD = re.compile(r"\b(" + word_alternation(_OUTER_VERBS) + r")\b")  # one of them as a whole word
MAX_INNER_SUBJECT_WORDS = 6  # "Lee said Mayor Tom Ng (D-Ore.) called …": the subject and the verb's aids
_RELATIVE_WORDS = frozenset(("that", "which", "who", "whom"))
_CLAUSE_BREAKS = (";", ":", "“", "\"", "(", " but ", " and ")
_COMPLEMENT_START = re.compile(
    r"\s+(?:(?:reporters|him|her|them|us|me)\s+)?(?:that\s+)?(?:(?:when|if|as|after|because|while)\s+)?"
    r"(?:[A-Z]|he\b|she\b|they\b)")
_CLAUSE_JOIN = re.compile(r"(?:[,;:]|\s[-—–]+)\s+(?:but|and|while|whereas|yet)\s+|;\s+")
# a determiner or possessive, then at most a hyphenated modifier, right before a word: that word
# is a noun ("the claims", "his anti-harbour remarks"; not "The ministry says")
_NOUN_LEAD = re.compile(
    r"\b(?:his|her|their|its|the|a|an|our|my|your|these|those|whose|[A-Za-z]+['’]s?)\s+(?:\w+-[\w\-]+\s+)?$", re.I)
NOUN_LEAD_REACH = 50
_FRONTED_CLAUSE = re.compile(r"\s*(?:While|When|As|After|Although|Though|Because|If|Since|Before|Until|Once|Whereas)\s")
_LAST_WORD = re.compile(r"[A-Za-z][\w'’.\-]*$")
_HERE_IS = re.compile(r"\s*(?:Here['’]s|Here\s+is|This\s+is)\s+")


def is_reporting_verb(text: str, verb: str, verb_end: int) -> bool:
    """A one-word reporting verb, or a two-word one ("shot back", "chimed in")."""
    if verb in SPEECH_VERBS:
        return True
    nxt = _NEXT_WORD.match(text, verb_end)
    return nxt is not None and f"{verb} {nxt.group(1)}" in PHRASAL_SPEECH


class SpeakerResolver(SubjectReader, FragmentReader, ContextReader):
    """Attributes quotes in order, remembering who spoke for later pronouns."""

    # --------------------------------------------------------------- patterns
    def _after(self, q_end: int, limit: int, anchor: int) -> Attribution | None:
        """“…,” X said / said X / according to X / it quoted X as saying."""
        text = self.text
        pos = _AFTER_LEAD.match(text, q_end).end()
        if pos >= limit:
            return None
        acc = _ACCORDING.match(text, pos)
        if acc:
            np = self._np_forward(acc.end(), limit, anchor)
            if np and np.speaker:
                return Attribution(np.speaker, np.role, kind=np.kind, at=pos)
        vm = _INVERTED_VERB.match(text, pos)
        if vm and vm.group(1) in SPEECH_VERBS and not vm.group(1).endswith("ing"):  # not “…,” noting X
            np = self._np_forward(vm.end(), limit, anchor)
            if np and np.speaker:
                return Attribution(np.speaker, np.role, kind=np.kind, at=pos)
        np = self._np_forward(pos, limit, anchor)
        if np:
            rest_at = np.end
            vm = _AFTER_VERB_DIRECT.match(text, rest_at, limit)
            if not (vm and is_reporting_verb(text, vm.group(1), vm.end(1))):
                vm = _AFTER_VERB.match(text, rest_at, limit)
            if not (vm and is_reporting_verb(text, vm.group(1), vm.end(1))):
                rm = _AFTER_VERB_RELATIVE.match(text, rest_at, limit)
                vm = rm or vm
            if not (vm and is_reporting_verb(text, vm.group(1), vm.end(1))) and text.startswith(",", rest_at):
                vm = _AFTER_VERB_APPOSITIVES.match(text, rest_at, limit) or vm
            if vm and is_reporting_verb(text, vm.group(1), vm.end(1)):
                verb_end = vm.end(1)
                if vm.group(1) in ("quoted", "quotes"):
                    inner = self._np_forward(verb_end, limit, anchor)
                    if inner and inner.speaker and _AS_SAYING.match(text[inner.end:limit]):
                        return Attribution(inner.speaker, inner.role, kind=inner.kind, at=pos)
                if np.speaker:
                    return Attribution(np.speaker, np.role, kind=np.kind, at=pos)
        return None

    def _before(self, q_start: int, floor: int, partial: bool) -> Attribution | None:
        """X told reporters: “…” / X said, “…” / the subject of the nearest speech verb."""
        text = self.text
        head = text[floor:q_start]
        tail = head.rstrip(" :,\n\t")
        if "quoted" in head and (partial or tail.endswith("as saying")):
            for qm in reversed(list(_QUOTED.finditer(head))):
                qpos = floor + qm.start()
                if self._in_quote(qpos):
                    continue
                if text.startswith("by ", floor + qm.end()) or _PASSIVE_AUX_BEFORE.search(head[:qm.start()]):
                    subj = self._subject_of_verb(qpos, floor)
                    if subj and subj.speaker:
                        return Attribution(subj.speaker, subj.role, kind=subj.kind, at=qpos)
                np = self._np_forward(floor + qm.end(), q_start, qpos)
                if np and np.speaker and _AS_SAYING.match(text[np.end:q_start]):
                    return Attribution(np.speaker, np.role, kind=np.kind, at=qpos)
        if " words" in head:  # "in his words, “…”" / "in the words of X, “…”"
            wm = _IN_HIS_WORDS.search(head)
            if wm:
                pron = {"his": "he", "her": "she", "their": "they"}[wm.group(1).lower()]
                sp, kind = self.resolve_pronoun(pron, floor + wm.start())
                if sp:
                    return Attribution(sp, None, kind=kind, at=floor + wm.start())
            for wm in _IN_WORDS_OF.finditer(head):
                # the name closest to the quote: "in the words of neighbour and former
                # councillor Phil Mahon, “…”"
                i = self.entities.before(floor + wm.end())
                ents = self.entities.mentions
                while i < len(ents) and ents[i].end <= q_start:
                    m = ents[i]
                    i += 1
                    if m.kind in ("person", "org") and not text[m.end:q_start].strip(" ,:"):
                        np = self._person_or_org(m)
                        return Attribution(np.speaker, np.role, kind=np.kind, at=floor + wm.start())
        acc = _ACCORDING.search(head) if "ccording" in head else None
        if acc:
            np = self._np_forward(floor + acc.end(), q_start, floor + acc.start())
            if np and np.speaker and (not partial or np.kind == "person" or self.text.startswith(",", np.end)):
                # a partial quote: "according to Ann Lee, the plan is “a long shot”", not "according
                # to the report in the Courier" (a phrase that runs on)
                return Attribution(np.speaker, np.role, kind=np.kind, at=floor + acc.start())
        stripped = head.rstrip()
        if not partial and not (stripped[-1:] in (":", ",") or stripped.endswith((" that", " saying", " as"))):
            return None
        if stripped.endswith(":"):
            label = self._label(floor, floor + len(stripped) - 1)
            if label is not None:
                return label
        # speech verbs before the quote, nearest first, skipping text inside other quotes
        colon = floor + len(stripped) - 1 if stripped.endswith(":") else -1
        for vm in reversed(list(_SPEECH_VERB_WORD.finditer(head))):
            verb = vm.group(1)
            if verb == "put" and head.startswith(" it", vm.end()):
                verb = "put it"  # "As Ann Lee put it:"
            elif verb not in SPEECH_VERBS or verb == "quoted" or (
                    verb == "saying" and head[:vm.start()].rstrip().endswith(" as")):
                continue
            vpos = floor + vm.start()
            if self._in_quote(vpos):
                continue
            if verb.endswith("s") and _NOUN_LEAD.search(head, max(0, vm.start() - NOUN_LEAD_REACH), vm.start()):
                continue  # "his anti-harbour remarks", "the claims": a noun, not a verb
            by = _PASSIVE_BY.match(text, floor + vm.end()) if verb in ("asked", "told", "quoted") else None
            if by and _PASSIVE_BE.search(head, 0, vm.start()):  # "Lee was asked by host Ann Ng if …"
                agent = self._np_forward(by.end(), q_start, vpos)
                if agent and agent.speaker and agent.kind:
                    return Attribution(agent.speaker, agent.role, kind=agent.kind, at=vpos)
            if verb in _INVERTING_VERBS and head[:vm.start()].rstrip().endswith(","):
                # "The trouble with the plan, says historian Ann Lee, is that it is “…”"
                inverted = self._np_forward(floor + vm.end(), q_start, vpos)
                if inverted and inverted.speaker and inverted.kind and self.text.startswith(",", inverted.end):
                    return Attribution(inverted.speaker, inverted.role, kind=inverted.kind, at=vpos)
            if colon >= 0 and verb in _INVERTING_VERBS:  # "…, explained panel chair Ann Lee:": the name after
                inverted = self._np_forward(floor + vm.end(), colon, vpos)
                if inverted and inverted.speaker and inverted.kind and not self.text[inverted.end:colon].strip():
                    return Attribution(inverted.speaker, inverted.role, kind=inverted.kind, at=vpos)
            if partial and _FRONTED_CLAUSE.match(head):
                comma = head.find(",")
                while comma >= 0 and self._in_quote(floor + comma) and not head.startswith(("”", '"'), comma + 1):
                    comma = head.find(",", comma + 1)  # “…,” closes the clause too
                if comma >= vm.end():  # the verb is in the fronted clause
                    # "While Ng hails the menu as a triumph, Lee dwells on the “…”": the main clause's
                    main = self._main_subject(floor + comma + 1, q_start)
                    if main is not None and main.speaker and main.kind:
                        return Attribution(main.speaker, main.role, kind=main.kind, at=floor + comma + 1)
            subj = self._subject_of_verb(vpos, floor)
            if subj and subj.speaker:
                if partial:
                    outer = self._outer_report(floor, vm.start(), head)
                    if outer is not None and outer.speaker != subj.speaker:
                        return outer
                return Attribution(subj.speaker, subj.role, kind=subj.kind, at=vpos)
        if not partial and stripped.endswith(":"):
            owner = self._owner_of_words(floor, q_start)  # "Lee's reply was: “…”"
            if owner is not None:
                return owner
            ents = self.entities
            here = _HERE_IS.match(text, floor)
            if here:  # "Here’s Ann Lee in 2003: “…”"
                np = self._np_forward(here.end(), q_start, here.end())
                if np and np.speaker and np.kind:
                    return Attribution(np.speaker, np.role, kind=np.kind, at=here.end())
            np = self._main_subject(floor, floor + len(stripped) - 1)
            if np is not None and np.kind == "person":  # "Ann Lee broke down what went wrong to the Courier:"
                return Attribution(np.speaker, np.role, kind=np.kind, at=floor)
            i = ents.before(q_start) - 1
            while i >= 0 and ents.mentions[i].start >= floor:
                m = ents.mentions[i]
                i -= 1
                if m.kind in ("person", "org") and ents.subject(m):
                    np = self._person_or_org(m)
                    return Attribution(np.speaker, np.role, kind=np.kind, at=m.start)
            # no subject speaks: "… is no news to statistician Ann Lee:" — the person right before the colon
            m = ents.ending_at(floor + len(stripped) - 1)
            if m is not None and m.kind == "person" and not m.possessive and m.start >= floor:
                np = self._person_or_org(m)
                return Attribution(np.speaker, np.role, kind=np.kind, at=m.start)
        return None

    def _outer_report(self, floor: int, inner_at: int, head: str) -> Attribution | None:
        """'Lee said Ng called on teachers to remain “firmly united”': the words reach the
        reader through Lee, whose report holds the nearer verb — the outer speaker."""
        for vm in _OUTER_VERB_WORD.finditer(head, 0, inner_at):
            if self._in_quote(floor + vm.start()):
                continue
            between = head[vm.end():inner_at]
            if any(mark in between for mark in _CLAUSE_BREAKS) or not _COMPLEMENT_START.match(between):
                continue
            rest = between[_COMPLEMENT_START.match(between).end() - 1:].split()
            if len(rest) > MAX_INNER_SUBJECT_WORDS or _RELATIVE_WORDS.intersection(rest):
                continue  # "Lee said she hoped the prisoners that Ng has called …": not the report's verb
            subj = self._subject_of_verb(floor + vm.start(), floor)
            if subj and subj.speaker and subj.kind:
                return Attribution(subj.speaker, subj.role, kind=subj.kind, at=floor + vm.start())
        return None

    def _passive_agent(self, q_start: int, q_end: int, sent_start: int, sent_end: int) -> Attribution | None:
        """'The plan has been called “a fiasco” by Ann Lee': the agent after the quote."""
        by = _PASSIVE_BY.match(self.text, q_end)
        if by is None or not _PASSIVE_NAMING.search(self.text, max(sent_start, q_start - PASSIVE_REACH), q_start):
            return None
        np = self._np_forward(by.end(), sent_end, q_start)
        if np and np.speaker and np.kind:
            return Attribution(np.speaker, np.role, kind=np.kind, at=by.end())
        return None

    def _ends_in_name(self, end: int, np: Phrase) -> bool:
        """Is the phrase ending at `end` a name ('Ann Lee') or a named organisation's ('the Lee
        campaign'), not a pronoun or a description ('her spokeswoman')?"""
        m = _LAST_WORD.search(self.text, max(0, end - 30), end)
        if m is None or m.group().lower() in SUBJECT_PRONOUNS:
            return False
        return m.group()[0].isupper() or (np.kind == "org" and any(c.isupper() for c in np.speaker or ""))

    def _follows_attributed_quote(self, q_start: int, sent_start: int) -> bool:
        """Does the sentence before, in the same paragraph, hold the last quote and its speaker?"""
        if not self.last_quote or not self.last_quote[2] or "\n" in self.text[self.last_quote[1]:q_start]:
            return False
        idx = self.sentences.index_at(sent_start)
        if idx == 0:
            return False
        prev = self.sentences.spans[idx - 1]
        return prev.start <= self.last_quote[1] <= prev.end

    def _label(self, floor: int, colon: int) -> Attribution | None:
        """A name as a label before a colon: 'Ana Lee: “…”', '— Ana Lee, Daily Courier: “…”'
        (a line, dash or sentence opens right before the name; 'asked Lee:' is no label)."""
        ents = self.entities
        m = ents.ending_at(colon)
        if m is not None and m.kind == "org":  # "Ana Lee, Daily Courier:": the outlet follows
            comma = self.text.rfind(",", floor, m.run_start)
            person = ents.ending_at(comma) if comma >= 0 and not self.text[comma + 1:m.run_start].strip() else None
            m = person if person is not None and person.kind == "person" else m
        if m is None or m.possessive or m.kind not in ("person", "org"):
            return None
        opening = self.text[max(0, m.run_start - _LABEL_LEAD):m.run_start].rstrip(" \t")
        if opening.endswith(","):  # "Ana Lee, Daily Courier:" read as two names
            first = ents.ending_at(self.text.rfind(",", floor, m.run_start))
            if first is not None and first.kind == "person" and first.start >= floor:
                m = first
                opening = self.text[max(0, m.run_start - _LABEL_LEAD):m.run_start].rstrip(" \t")
        if m.run_start > floor and opening[-1:] not in _LABEL_OPENERS:
            return None
        np = self._person_or_org(m)
        return Attribution(np.speaker, np.role, kind=np.kind, at=m.start)

    # ------------------------------------------------------------------ main
    def attribute(self, q_start: int, q_end: int, partial: bool) -> Attribution:
        sent = self.sentences.covering(q_start, q_end)
        if partial:
            # an attribution right after the quote (“…,” Lee said) outranks a verb before it
            att = (self._passive_agent(q_start, q_end, sent.start, sent.end)
                   or self._after(q_end, sent.end, q_start) or self._closing_attribution(q_start, q_end, sent.end)
                   or self._before(q_start, sent.start, partial=True))
            if att is None:  # "He then called Lee “…”": a he/she opening the sentence is its subject
                pm = _OPENING_HE_SHE.match(self.text, sent.start, q_start)
                if pm:
                    sp, kind = self.resolve_pronoun(pm.group(1).lower(), pm.start(1))
                    if sp:
                        att = Attribution(sp, None, pm.start(1), kind)
            if att is None:  # "After the tribunal declined, Gov. Ann Lee faulted the members’ “…”": the main clause's
                clause = None
                for clause in _CLAUSE_JOIN.finditer(self.text, sent.start, q_start):
                    pass
                np = self._main_subject(clause.end(), q_start) if clause is not None else None
                if np is None or np.kind not in ("person", "org"):  # "…, but the Lee campaign rejected it as “…”"
                    np = self._main_subject(sent.start, q_start)
                if np is not None and np.kind in ("person", "org") and self._ends_in_name(np.end, np):
                    att = Attribution(np.speaker, np.role, sent.start, np.kind)
            if att is None:
                sp, role = self.sentence_subject(sent.start, sent.end)
                if sp:
                    att = Attribution(sp, role, sent.start)
        else:
            att = (self._after(q_end, sent.end, q_start) or self._before(q_start, sent.start, partial=False)
                   or self._closing_attribution(q_start, q_end, sent.end)
                   or self._attribution_sentence(q_start, q_end, sent.end))
        if att is None:
            if self._follows_attributed_quote(q_start, sent.start):  # “…,” Lee said. “…” Ng, her aide, …
                att = self._nearby(q_start, sent.start)
            else:
                att = self._next_sentence(sent.end) or self._nearby(q_start, sent.start)
        if att.speaker:
            kind = att.kind if att.kind in ("person", "org") else self.entities.kind_of(att.speaker)
            if kind != att.kind:
                att = Attribution(att.speaker, att.role, att.at, kind if kind in ("person", "org") else None)
            self.spoken.append((max(att.at, q_start), att.speaker, kind))
        self.last_quote = (q_start, q_end, att.speaker)
        return att
