"""Domain objects shared by extraction, the store, review and exports."""

from __future__ import annotations

from dataclasses import dataclass, field

CLAIM_KINDS = ("quote", "number", "date")
STATUSES = ("pending", "verified", "disputed", "unverifiable")


@dataclass(frozen=True)
class Claim:
    """One checkable thing found in an article: a direct quote, a number or a date.

    `start`/`end` are Python string offsets into the article text, so that
    `text == article[start:end]` always holds.
    """

    kind: str
    text: str
    start: int
    end: int
    sentence: str = ""
    # quotes
    speaker: str | None = None
    speaker_role: str | None = None
    partial: bool = False
    mention: bool = False
    # numbers
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    # dates
    date: str | None = None
    checkworthiness: float = 0.0

    def to_dict(self) -> dict:
        """The public JSON shape of `factcheck extract --json` (fields by kind)."""
        out: dict = {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
        }
        if self.kind == "quote":
            out.update(
                speaker=self.speaker,
                speaker_role=self.speaker_role,
                partial=self.partial,
                mention=self.mention,
            )
        elif self.kind == "number":
            out.update(
                value=self.value,
                value_max=self.value_max,
                unit=self.unit,
                qualifier=self.qualifier,
            )
        else:
            out.update(date=self.date, qualifier=self.qualifier)
        out["checkworthiness"] = self.checkworthiness
        return out


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date or None when unknown
    extra: dict = field(default_factory=dict)
