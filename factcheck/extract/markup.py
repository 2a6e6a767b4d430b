"""Embed markup left in article text ('<tweet tweet-id="746…" datetime="2016-06-29">'): its
attribute values are ids and timestamps, never figures or dates the article states."""

from __future__ import annotations

import re

# a quoted attribute value may hold a line break ('post-date="June 9, 2025\n"'); the rest may not
_MARKUP_TAG = re.compile(r'<[^<>"\n]*(?:"[^"<>]{0,200}"[^<>"\n]*)*>')


def markup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every tag in `text`; none without a '<' (the common case costs one scan)."""
    if "<" not in text:
        return []
    return [m.span() for m in _MARKUP_TAG.finditer(text)]
