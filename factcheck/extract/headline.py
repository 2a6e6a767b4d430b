"""Quotes in a headline: who said them.

A headline quotes without a verb of saying: 'Lee: ‘We Will Not Back Down’', 'Lee Calls
Plan A ‘Disaster’'. Its speaker is the same words' speaker in the body when they are
quoted again there, else the name that heads the headline (before its colon, or its
subject). A headline is the first line when it is short and either title-cased or
without final punctuation.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from factcheck.extract.entities import EntityIndex
from factcheck.extract.names import POSSESSIVE_END, title_case_parts
from factcheck.extract.quotes import quote_core
from factcheck.extract.segment import Span
from factcheck.models import Claim

HEADLINE_MAX_CHARS = 200
TITLE_CASE_SHARE = 0.7  # of the longer words capitalised, for a headline with a full stop
_LONG_WORD = re.compile(r"[A-Za-z][\w'’\-]{3,}")
_NAME_LEAD = re.compile(r"\s*((?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w.'’\-]*)\s*:\s")
_CAPITALISED = re.compile(r"[A-Z][\w.'’\-]*")
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]\s+)?")
MAX_NAME_WORDS = 4
MIN_TITLE_WORDS = 4  # long words in a title line: not a two-word caption


def headline_span(text: str, paragraphs: list[Span]) -> Span | None:
    """The first line when it reads as a headline."""
    if not paragraphs:
        return None
    head = paragraphs[0]
    line = text[head.start:head.end].rstrip()
    if not line or len(line) > HEADLINE_MAX_CHARS or len(paragraphs) < 2:
        return None
    if line[-1:] not in ".!?\"”’":
        return head
    long_words = _LONG_WORD.findall(line)
    capitalised = sum(1 for w in long_words if w[0].isupper())
    if len(long_words) >= 3 and capitalised >= TITLE_CASE_SHARE * len(long_words):
        return head
    return None


def title_lines(text: str, paragraphs: list[Span], quotes: list[Claim]) -> list[Span]:
    """Title-cased lines inside the body that hold a quote: the headlines of a list of
    related stories or of a listicle's items ('Ana Lee Calls Plan A ‘Disaster’')."""
    para_starts = [p.start for p in paragraphs]  # sorted, not overlapping: one line each
    holding = set()  # the paragraphs (after the first) in which a quote starts
    for c in quotes:
        i = bisect.bisect_right(para_starts, c.start) - 1
        if i >= 1 and c.start < paragraphs[i].end:
            holding.add(i)
    out = []
    for i in sorted(holding):
        para = paragraphs[i]
        if para.end - para.start > HEADLINE_MAX_CHARS:
            continue
        long_words = _LONG_WORD.findall(text, para.start, para.end)
        capitalised = sum(1 for w in long_words if w[0].isupper())
        if len(long_words) >= MIN_TITLE_WORDS and capitalised >= TITLE_CASE_SHARE * len(long_words):
            out.append(para)
    return out


def headline_speakers(text: str, head: Span | None, entities: EntityIndex, quotes: list[Claim],
                      known_only: bool = False) -> list[Claim]:
    """Give each headline quote its speaker (see the module docstring). `known_only`: only a
    person or organisation the body names (for title lines inside the body)."""
    if head is None or not any(head.start <= c.start and c.end <= head.end for c in quotes):
        return quotes  # no quote in the line: the body's quotes need not be read
    said: dict[str, Claim] = {}
    for c in quotes:
        if c.start >= head.end and c.speaker:
            said.setdefault(quote_core(c.text).lower(), c)
    subject = None
    out = []
    for c in quotes:
        if head.start <= c.start and c.end <= head.end:
            later = said.get(quote_core(c.text).lower())
            if later is not None:
                c = dataclasses.replace(c, speaker=later.speaker, speaker_role=later.speaker_role,
                                        speaker_kind=later.speaker_kind, mention=False, partial=True)
            else:  # the resolver reads a title-cased line as one long name: ask the body
                subject = subject or _headline_subject(text, head, c.start, entities)
                if subject and not (known_only and _kind(entities, subject) is None):
                    c = dataclasses.replace(c, speaker=subject, speaker_kind=_kind(entities, subject),
                                            mention=False, partial=True)
        out.append(c)
    return out


def _kind(entities: EntityIndex, name: str) -> str | None:
    return {"person": "person", "org": "organization"}.get(entities.kind_of(name))


def _headline_subject(text: str, head: Span, quote_start: int, entities: EntityIndex) -> str | None:
    """'Lee:' before the quote, else the longest opening run of capitalised words that is a
    name the body uses ('Ana Lee Calls …' → the body's 'Ana Lee')."""
    start = _LIST_NUMBER.match(text, head.start).end()  # "3. Ana Lee Explains …"
    head = Span(start, head.end)
    lead = _NAME_LEAD.match(text, head.start, quote_start)
    if lead:
        name = POSSESSIVE_END.sub("", lead.group(1))
        parts = title_case_parts(name)
        if len(parts) > 1 and parts[0][0] == 0:  # "Lee Praises Bakery Volunteers:": the name before the verb
            name = parts[0][2]
        if len(name.split()) <= MAX_NAME_WORDS:
            return entities.canonical(name)
        # "Ana Lee Joins Ng Campaign: Plan ‘Hopeless’": the name that opens the longer lead
    words_ = []
    for m in _CAPITALISED.finditer(text, head.start, quote_start):
        if m.start() != head.start + len(" ".join(words_)) + (1 if words_ else 0):
            break
        words_.append(m.group())
        if len(words_) > MAX_NAME_WORDS:
            break
    for n in range(min(len(words_), MAX_NAME_WORDS), 0, -1):
        name = POSSESSIVE_END.sub("", " ".join(words_[:n]))
        canon = entities.canonical(name)
        if canon != name or _named_in_body(entities, name, head.end):
            return canon
    return None


def _named_in_body(entities: EntityIndex, name: str, body_start: int) -> bool:
    return any(m.name == name and m.kind in ("person", "org") for m in entities.mentions[entities.before(body_start):])
