"""Who said a quote: attribution patterns, pronouns and organisations resolved.

Order of evidence for a quote: an attribution right after it in its sentence
(“…,” X said / said X / according to X / it quoted X as saying), then one right
before it (X told reporters: “…” / X said, “…”); for a partial quote, the subject
of the nearest speech verb before it; then the sentence's subject; then, for a
quote standing alone, whoever spoke last nearby.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.extract.entities import EntityIndex, Mention
from factcheck.extract.lexicon import AUXILIARIES, ORG_ANAPHORS, SPEECH_VERBS
from factcheck.extract.segment import SentenceIndex

_WS = re.compile(r"\s*")
_WORDS_BACK = re.compile(r"[\w'’\-.]+|[^\w\s]")
_PRONOUN = re.compile(r"(he|she|they|it|we|i)\b", re.I)
_LOWER_NP = re.compile(
    r"(?:the|a|an|one|its|their|his|her)\s+((?:[\w\-]+['’]s?\s+|[a-z][\w\-]*\s+){0,4}?)([a-z][\w\-]*)\b"
)
_ADVERB = re.compile(r"[a-z]+ly$")


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    role: str | None = None
    at: int = -1  # where the attribution was found (for later pronouns)


class SpeakerResolver:
    """Attributes quotes in order, remembering who spoke for later pronouns."""

    def __init__(self, text: str, entities: EntityIndex, sentences: SentenceIndex, quote_spans):
        self.text = text
        self.entities = entities
        self.sentences = sentences
        self.quote_spans = quote_spans
        self._quote_starts = [q[0] for q in quote_spans]
        self.spoken: list[tuple[int, str, str]] = []  # (position, speaker, kind)
        self.last_quote_speaker: tuple[int, str | None] | None = None

    # ------------------------------------------------------------------ helpers
    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]

    def _np_forward(self, pos: int, limit: int) -> tuple[str, str | None, str | None, int] | None:
        """A noun phrase starting at `pos`: (speaker, kind, role, end)."""
        text = self.text
        pos = _WS.match(text, pos).end()
        if pos >= limit:
            return None
        m = self.entities.at_run(pos)
        if m is not None:
            return self._from_mention(m) + (m.end,)
        pm = _PRONOUN.match(text, pos)
        if pm and pm.end() <= limit:
            sp, kind = self.resolve_pronoun(pm.group(1).lower(), pos)
            return sp, kind, None, pm.end()
        nm = _LOWER_NP.match(text, pos)
        if nm and nm.end() <= limit:
            # "the company's chief executive, Tom Ng" / "a spokesperson for the Ministry of Health"
            after = text[nm.end():limit]
            app = re.match(r",\s+", after)
            if app:
                m2 = self.entities.at_run(nm.end() + app.end())
                if m2 is not None and m2.kind == "person":
                    sp, kind, _ = self._from_mention(m2)
                    return sp, kind, text[pos:nm.end()], m2.end
            of = re.match(r"\s+(?:for|of|at|from|with)\s+(?:the\s+)?", after)
            if of:
                m2 = self.entities.at_run(nm.end() + of.end())
                if m2 is not None and m2.kind in ("org", "other"):
                    return m2.canonical, "org", text[pos:nm.end()], m2.end
            head = nm.group(2)
            sp = self.resolve_org_anaphor(head, nm.group(1), pos)
            return sp, "org" if sp else None, text[pos:nm.end()], nm.end()
        return None

    def _np_backward(self, pos: int, floor: int) -> tuple[str | None, str | None, str | None] | None:
        """The noun phrase that ends at `pos` (the subject of a verb right after it)."""
        text = self.text
        end = pos
        while end > floor and text[end - 1].isspace():
            end -= 1
        m = self.entities.ending_at(end)
        if m is not None and m.start >= floor and not m.possessive:
            return self._from_mention(m)
        tail = text[max(floor, end - 80):end]
        pm = re.search(r"\b(he|she|they|it|we|I)$", tail, re.I)
        if pm:
            return self.resolve_pronoun(pm.group(1).lower(), end - len(pm.group(1))) + (None,)
        nm = re.search(r"\b(?:the|a|an|its|their)\s+((?:[\w\-]+['’]s?\s+){0,4})([a-z][\w\-]*)$", tail)
        if nm:
            sp = self.resolve_org_anaphor(nm.group(2), nm.group(1), end)
            return sp, "org" if sp else None, nm.group(0)
        return None

    def _from_mention(self, m: Mention) -> tuple[str | None, str | None, str | None]:
        if m.kind == "person":
            return m.canonical, "person", m.role or self.entities.roles.get(m.canonical)
        return m.canonical, m.kind, None

    def resolve_pronoun(self, pron: str, pos: int) -> tuple[str | None, str | None]:
        if pron in ("he", "she"):
            want = "m" if pron == "he" else "f"
            return self._recent_person(pos, want), "person"
        if pron in ("it", "they"):
            org = self._recent_org(pos)
            if org:
                return org, "org"
            if pron == "they":
                return None, None
        return None, None

    def _recent_person(self, pos: int, gender: str | None) -> str | None:
        ents = self.entities
        sent_i = self.sentences.index_at(pos)
        window_start = self.sentences.spans[max(0, sent_i - 2)].start if self.sentences.spans else 0
        best_any = None
        best_subject = None
        i = ents.before(pos) - 1
        seen = 0
        while i >= 0 and seen < 40:
            m = ents.mentions[i]
            i -= 1
            if m.kind != "person":
                continue
            seen += 1
            g = ents.gender.get(m.canonical)
            if gender and g and g != gender:
                continue
            if best_any is None:
                best_any = m
            if m.subject and m.start >= window_start and best_subject is None:
                best_subject = m
            if m.start < window_start:
                break
        # a speaker resolved earlier counts as the latest mention of them
        for at, speaker, kind in reversed(self.spoken[-5:]):
            if kind != "person" or at >= pos:
                continue
            g = ents.gender.get(speaker)
            if gender and g and g != gender:
                continue
            if (best_subject is None or at > best_subject.start) and at >= window_start:
                return speaker
            break
        chosen = best_subject or best_any
        return chosen.canonical if chosen else None

    def _recent_org(self, pos: int) -> str | None:
        ents = self.entities
        i = ents.before(pos) - 1
        seen = 0
        while i >= 0 and seen < 25:
            m = ents.mentions[i]
            i -= 1
            seen += 1
            if m.kind == "org":
                return m.canonical
        return None

    def resolve_org_anaphor(self, head: str, modifiers: str, pos: int) -> str | None:
        """'the ministry' → the latest organisation whose name has Ministry or was cued as one."""
        if head not in ORG_ANAPHORS and not modifiers.strip().endswith(("’s", "'s")):
            return None
        if modifiers.strip().endswith(("’s", "'s")):
            owner = modifiers.strip().split()[-1].rstrip("’'s").lower()
            if owner in ORG_ANAPHORS:
                head = owner
            else:
                return None
        ents = self.entities
        i = ents.before(pos) - 1
        while i >= 0:
            m = ents.mentions[i]
            i -= 1
            if m.kind == "person":
                continue
            if head.lower() in m.name.lower().split() or m.cue == head or head.capitalize() in m.name:
                return m.canonical
        return None

    # --------------------------------------------------------------- patterns
    def _after(self, q_end: int, limit: int) -> Attribution | None:
        """“…,” X said / said X / according to X / it quoted X as saying."""
        text = self.text
        pos = re.compile(r"[\s,;:—–-]*").match(text, q_end).end()
        if pos >= limit:
            return None
        acc = re.compile(r"according to\s+", re.I).match(text, pos)
        if acc:
            np = self._np_forward(acc.end(), limit)
            if np and np[0]:
                return Attribution(np[0], np[2], pos)
        vm = re.compile(r"([a-z]+)\s+").match(text, pos)
        if vm and vm.group(1) in SPEECH_VERBS:
            np = self._np_forward(vm.end(), limit)
            if np and np[0]:
                return Attribution(np[0], np[2], pos)
        np = self._np_forward(pos, limit)
        if np:
            speaker, _kind, role, end = np
            rest = text[end:limit]
            vm = re.match(r"\s*(?:,[^,]{1,80},\s*)?(?:[a-z]+ly\s+|later\s+|also\s+|then\s+|has\s+|had\s+|was\s+|on\s+\w+\s+)*([a-z]+)", rest)
            if vm and vm.group(1) in SPEECH_VERBS:
                if vm.group(1) in ("quoted", "quotes") or re.match(r"\s*was\s+quoted", rest):
                    qm = re.match(r"\s*quoted\s+", rest[vm.start(1):])
                    if qm:
                        inner = self._np_forward(end + vm.start(1) + qm.end(), limit)
                        if inner and inner[0]:
                            return Attribution(inner[0], inner[2], pos)
                if speaker:
                    return Attribution(speaker, role, pos)
        return None

    def _before(self, q_start: int, floor: int, partial: bool) -> Attribution | None:
        """X told reporters: “…” / X said, “…” / the subject of the nearest speech verb."""
        text = self.text
        head = text[floor:q_start]
        # "X was quoted by Y as saying “…”" / "quoted X as saying “…”"
        qm = list(re.finditer(r"quoted\s+(?:by\s+[^,“”]{1,60}?\s+)?", head))
        if qm and re.search(r"as saying\s*[:,]?\s*$", head):
            last = qm[-1]
            if head[last.start():].startswith("quoted by") or "was quoted" in head[max(0, last.start() - 12):last.start() + 6]:
                np = self._np_backward(floor + last.start() - len("was "), floor)
                if np and np[0]:
                    return Attribution(np[0], np[2], floor + last.start())
            np = self._np_forward(floor + last.end(), q_start)
            if np and np[0]:
                return Attribution(np[0], np[2], floor + last.start())
        acc = re.search(r"according to\s+", head, re.I)
        if acc and not partial:
            np = self._np_forward(floor + acc.end(), q_start)
            if np and np[0]:
                return Attribution(np[0], np[2], floor + acc.start())
        if not partial and not re.search(r"(?:[:,]|\bthat|\bsaying|\bas)\s*$", head):
            return None
        # speech verbs before the quote, nearest first, skipping text inside other quotes
        for vm in reversed(list(re.finditer(r"\b([a-z]+)\b", head))):
            verb = vm.group(1)
            if verb not in SPEECH_VERBS:
                continue
            vpos = floor + vm.start()
            if self._in_quote(vpos):
                continue
            subj = self._subject_of_verb(vpos, floor)
            if subj and subj[0]:
                return Attribution(subj[0], subj[2], vpos)
        return None

    def _subject_of_verb(self, vpos: int, floor: int):
        text = self.text
        pos = vpos
        # skip auxiliaries and adverbs: "Trump has long described", "BelTA later quoted"
        for _ in range(4):
            m = re.search(r"([A-Za-z]+)\s+$", text[max(floor, pos - 30):pos])
            if not m:
                break
            w = m.group(1)
            if w.lower() in AUXILIARIES or _ADVERB.match(w) or w.lower() in ("not", "never"):
                pos = pos - len(m.group(0))
                continue
            break
        before = text[max(floor, pos - 3):pos]
        if before.rstrip().endswith((",", "and", "but")) and not text[max(floor, pos - 3):pos].strip() == "":
            if before.rstrip().endswith(","):
                # an appositive: "Tsikhanouskaya, leader of the opposition, said"
                app = self._appositive_head(pos, floor)
                if app is not None:
                    return app
            return None
        return self._np_backward(pos, floor)

    def _appositive_head(self, pos: int, floor: int):
        text = self.text
        seg = text[floor:pos].rstrip()
        if not seg.endswith(","):
            return None
        inner = seg[:-1]
        c = inner.rfind(",")
        if c < 0:
            return None
        return self._np_backward(floor + c, floor)

    def sentence_subject(self, sent_start: int, sent_end: int) -> tuple[str | None, str | None]:
        ents = self.entities
        i = ents.before(sent_start)
        first = None
        while i < len(ents.mentions) and ents.mentions[i].start < sent_end:
            m = ents.mentions[i]
            i += 1
            if m.kind not in ("person", "org") or m.possessive:
                continue
            if m.subject:
                return m.canonical, m.role or ents.roles.get(m.canonical)
            if first is None:
                first = m
        if first is not None and first.kind == "person":
            return first.canonical, first.role or ents.roles.get(first.canonical)
        return None, None

    # ------------------------------------------------------------------ main
    def attribute(self, q_start: int, q_end: int, partial: bool) -> Attribution:
        sent = self.sentences.covering(q_start, q_end)
        attribution = None
        if partial:
            attribution = self._before(q_start, sent.start, partial=True) or self._after(q_end, sent.end)
        else:
            attribution = self._after(q_end, sent.end) or self._before(q_start, sent.start, partial=False)
        if attribution is None and partial:
            sp, role = self.sentence_subject(sent.start, sent.end)
            if sp:
                attribution = Attribution(sp, role, sent.start)
        if attribution is None:
            attribution = self._nearby(q_start, sent.start)
        if attribution.speaker:
            kind = "person" if attribution.speaker in self.entities.gender or self.entities.kind_of(attribution.speaker) == "person" else "org"
            self.spoken.append((max(attribution.at, q_start), attribution.speaker, kind))
        self.last_quote_speaker = (q_end, attribution.speaker)
        return attribution

    def _nearby(self, q_start: int, sent_start: int) -> Attribution:
        """A quote standing alone: the previous sentence's attribution or speaker."""
        idx = self.sentences.index_at(sent_start)
        if idx > 0:
            prev = self.sentences.spans[idx - 1]
            prev_text = self.text[prev.start:prev.end].rstrip()
            if prev_text.endswith(":"):
                att = self._before(prev.end, prev.start, partial=False)
                if att:
                    return att
            if self.last_quote_speaker and q_start - self.last_quote_speaker[0] < 600:
                return Attribution(self.last_quote_speaker[1], None, q_start)
            sp, role = self.sentence_subject(prev.start, prev.end)
            if sp:
                return Attribution(sp, role, q_start)
        return Attribution(None)
