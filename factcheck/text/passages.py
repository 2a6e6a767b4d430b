"""Passages: the citable stretches a document is cut into, and the text clean-up they share.

Kept apart from the readers (documents.py, pdf.py, claimreview.py) so each reader can
build passages without importing the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PASSAGE_CHARS = 2000  # a longer paragraph is cut at sentence ends into several passages
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# terminal control characters (escape sequences) never reach a passage; whitespace stays
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str | None) -> str | None:
    """Text without control characters, whitespace runs made single spaces."""
    if text is None:
        return None
    return " ".join(_CONTROL.sub("", text).split()) or None


@dataclass(frozen=True)
class Passage:
    """One citable stretch of a document; `page`/`paragraph`/`row` say where (1-based)."""

    text: str
    page: int | None = None
    paragraph: int | None = None
    row: int | None = None
    # an earlier fact-check (ClaimReview): what was checked, the rating, by whom, when
    claim_reviewed: str | None = None
    rating: str | None = None
    organisation: str | None = None
    review_date: str | None = None
    url: str | None = None

    def where(self) -> str:
        """'page 2, paragraph 3' / 'row 14' / 'paragraph 5': for citations."""
        parts = []
        for name, value in (("page", self.page), ("row", self.row),
                            ("paragraph", self.paragraph)):
            if value is not None:
                parts.append(f"{name} {value}")
        return ", ".join(parts)


def paragraphs(text: str, page: int | None = None) -> list[Passage]:
    """Blank-line-separated paragraphs, numbered from 1; long ones cut at sentence ends."""
    out: list[Passage] = []
    number = 0
    for block in _PARAGRAPH_BREAK.split(text):
        block = clean(block)
        if not block:
            continue
        number += 1
        for piece in _pieces(block):
            out.append(Passage(text=piece, page=page, paragraph=number))
    return out


def _pieces(block: str) -> list[str]:
    if len(block) <= MAX_PASSAGE_CHARS:
        return [block]
    pieces, current = [], ""
    for sentence in _SENTENCE_END.split(block):
        if current and len(current) + 1 + len(sentence) > MAX_PASSAGE_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}".strip()
        while len(current) > MAX_PASSAGE_CHARS:  # one endless "sentence"
            pieces.append(current[:MAX_PASSAGE_CHARS])
            current = current[MAX_PASSAGE_CHARS:]
    if current:
        pieces.append(current)
    return pieces


