"""Claim extraction: pure functions from article text to `Claim`s (no I/O)."""

from __future__ import annotations

import datetime as dt

from factcheck.models import Claim


def extract_claims(text: str, published: dt.date | str | None = None) -> list[Claim]:
    """Every quote, number and date claim in `text`, ordered by position."""
    # Placeholder until the extraction engine lands: a very small number finder.
    import re

    claims = []
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        claims.append(
            Claim(kind="number", text=m.group(), start=m.start(), end=m.end(),
                  value=float(m.group().replace(",", "")))
        )
    return claims
