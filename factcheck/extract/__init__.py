"""Claim extraction: pure functions from article text to `Claim`s (no I/O).

    >>> from factcheck.extract import extract_claims
    >>> [c.text for c in extract_claims("“We won,” said Ana Ruiz on Monday.", "2025-09-11")]
    ['“We won,”', 'on Monday']
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from operator import attrgetter

from factcheck.extract.dates import find_dates, tense_near
from factcheck.extract.entities import find_mentions
from factcheck.extract.headline import headline_span, headline_speakers, title_lines
from factcheck.extract.numbers import find_numbers
from factcheck.extract.quotes import classify_quote, find_quote_spans
from factcheck.extract.segment import SentenceIndex, paragraphs
from factcheck.extract.speakers import SpeakerResolver
from factcheck.extract.worthiness import checkworthiness
from factcheck.models import Claim

__all__ = ["extract_claims", "extract_quotes", "extract_numbers", "extract_dates"]


def _as_date(published: dt.date | str | None) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    return dt.date.fromisoformat(str(published)[:10])


class _Article:
    """The shared analysis of one text that every extractor reads."""

    def __init__(self, text: str, published: dt.date | None):
        self.text = text
        self.published = published
        self.paragraphs = paragraphs(text)
        self.sentences = SentenceIndex(text, paras=self.paragraphs)  # split the paragraphs once
        self._para_starts = [p.start for p in self.paragraphs]
        low = text.lower()
        self.low = low if len(low) == len(text) else text  # offsets must match
        self.quotes = find_quote_spans(text)
        self.quote_ranges = [(q.start, q.end) for q in self.quotes]
        self._quote_starts = [q.start for q in self.quotes]
        self.entities = find_mentions(text, self.quote_ranges, [s.start for s in self.sentences.spans], self.low)

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quote_ranges[i][0] <= pos < self.quote_ranges[i][1]

    def paragraph_at(self, pos: int):
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return self.paragraphs[i if i > 0 else 0]

    def sentence(self, start: int, end: int) -> str:
        return self.sentences.sentence_text(start, end)


def extract_quotes(article: _Article) -> list[Claim]:
    text = article.text
    resolver = SpeakerResolver(text, article.entities, article.sentences, article.quote_ranges)
    out = []
    for q in article.quotes:
        sent = article.sentences.covering(q.start, q.end)
        shape = classify_quote(text, q, sent, article.paragraph_at(q.start))
        speaker = role = kind = None
        att = None
        if not shape.mention:
            att = resolver.attribute(q.start, q.end, shape.partial)
        elif shape.fragment:
            att = resolver.fragment_speaker(q.start, q.end)
            if att.speaker:  # the subject's own words, not a scare quote
                shape = dataclasses.replace(shape, mention=False)
        elif not shape.heading:
            att = resolver.mention_speaker(q.start, q.end)
        if att is not None:
            speaker, role = att.speaker, att.role
            kind = {"person": "person", "org": "organization"}.get(att.kind or "") if speaker else None
        out.append(
            Claim(
                kind="quote", text=text[q.start:q.end], start=q.start, end=q.end,
                sentence=text[sent.start:sent.end], speaker=speaker, speaker_role=role, speaker_kind=kind,
                partial=shape.partial, mention=shape.mention,
            )
        )
    head = headline_span(text, article.paragraphs)
    out = headline_speakers(text, head, article.entities, out)
    for line in title_lines(text, article.paragraphs, out):
        out = headline_speakers(text, line, article.entities, out, known_only=True)
    return out


def extract_dates(article: _Article) -> list[Claim]:
    text = article.text

    def tense_of(s: int, e: int) -> str | None:
        sent = article.sentences.covering(s, e)
        return tense_near(text, s, e, sent.start, sent.end)

    out = []
    for d in find_dates(text, article.published, tense_of, article.low):
        if d.kind == "rel" and article.in_quote(d.start):
            continue  # "today" in a quote is the speaker's day, not a checkable date
        out.append(
            Claim(
                kind="date", text=text[d.start:d.end], start=d.start, end=d.end,
                sentence=article.sentence(d.start, d.end), date=d.date, value=d.value,
                unit=("year" if d.kind == "year" else text[d.start:d.end].split()[1].lower())
                if d.value is not None else None,
            )
        )
    return out


def extract_numbers(article: _Article, taken: list[tuple[int, int]]) -> list[Claim]:
    text = article.text
    out = []
    for n in find_numbers(text, taken, article.low):
        out.append(
            Claim(
                kind="number", text=text[n.start:n.end], start=n.start, end=n.end,
                sentence=article.sentence(n.start, n.end), value=n.value,
                value_max=n.value_max, unit=n.unit, qualifier=n.qualifier,
            )
        )
    return out


_BY_POSITION = attrgetter("start", "kind")  # a claim's sort key, read in C


def extract_claims(text: str, published: dt.date | str | None = None) -> list[Claim]:
    """Every quote, number and date claim in `text`, ordered by position."""
    article = _Article(text, _as_date(published))
    quotes = extract_quotes(article)
    dates = extract_dates(article)
    numbers = extract_numbers(article, [(d.start, d.end) for d in dates])
    claims = quotes + dates + numbers
    for c in claims:  # frozen, but not yet shared: set the score in place
        object.__setattr__(c, "checkworthiness", checkworthiness(c))
    claims.sort(key=_BY_POSITION)
    return claims
