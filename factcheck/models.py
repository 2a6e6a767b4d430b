"""Domain objects shared by extraction, the store, review and exports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

CLAIM_KINDS = ("quote", "number", "date")
STATUSES = ("pending", "verified", "disputed", "unverifiable")
DECIDED = STATUSES[1:]  # a reviewer's stance: every status but pending
TAKE_MINUTES = 30  # how long taking an article holds it without renewal


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
    speaker_kind: str | None = None  # "person" or "organization", when extraction could tell
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
                speaker_kind=self.speaker_kind,
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
            if self.value is not None:  # a bare year is also a number
                out.update(value=self.value, unit=self.unit)
        out["checkworthiness"] = self.checkworthiness
        return out


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    title: str | None = None
    url: str | None = None  # where it was read from (the final URL after redirects)
    published: str | None = None  # ISO date or None when unknown
    byline: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None  # the URL the page names as its own
    modified: str | None = None  # ISO date of the page's last change, when it says
    extra: dict = field(default_factory=dict)
    html: str | None = field(default=None, repr=False)  # the raw page, kept to re-extract


# --- stored objects: what the store hands to the CLI, the TUI and exports -------------


@dataclass(frozen=True)
class Article:
    """An ingested article. `text` is None in listings (it can be large)."""

    id: int
    content_hash: str
    title: str | None
    url: str | None
    published: str | None
    ingested_at: str
    chars: int
    source_path: str | None = None
    text: str | None = None
    # from the web page the article came from (None for text files)
    byline: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    modified: str | None = None


@dataclass(frozen=True)
class Verdict:
    """The current decision on one claim; `version` grows by one on every change."""

    claim_id: int
    status: str
    reviewer: str | None
    updated_at: str
    version: int

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "reviewer": self.reviewer,
            "updated_at": self.updated_at,
            "version": self.version,
        }


@dataclass(frozen=True)
class StoredClaim:
    """A claim as stored: its id, article, position in extraction order and verdict."""

    id: int
    article_id: int
    position: int
    claim: Claim
    verdict: Verdict

    @property
    def status(self) -> str:
        return self.verdict.status

    @property
    def key(self) -> tuple[int, int, int]:
        """Position in list order; pass as `after=` to page on (keyset paging)."""
        return (self.article_id, self.claim.start, self.id)

    def to_dict(self) -> dict:
        """Every Claim field (not only those of its kind) plus id, article and verdict."""
        out = {"id": self.id, "article_id": self.article_id, "position": self.position}
        out.update(asdict(self.claim))
        out.update(
            status=self.verdict.status,
            reviewer=self.verdict.reviewer,
            updated_at=self.verdict.updated_at,
            version=self.verdict.version,
        )
        return out


@dataclass(frozen=True)
class Source:
    """Evidence attached to a claim."""

    id: int
    claim_id: int
    url: str
    title: str | None
    excerpt: str | None
    retrieved_at: str | None
    added_by: str | None
    added_at: str
    match_score: float | None = None  # set when the source came from a quote check
    match_class: str | None = None  # exact | punctuation | minor | altered | not_found
    # set when the source is a passage of a document in the evidence library
    document_id: int | None = None
    passage_id: int | None = None
    position: str | None = None  # where in the document: "page 2, paragraph 3", "row 14"


def source_record(source: Source) -> dict:
    """A source as history stores it: the library fields (document, passage, position)
    only when set, so sources from before the evidence library record as they did."""
    out = asdict(source)
    for key in ("document_id", "passage_id", "position"):
        if out[key] is None:
            del out[key]
    return out


@dataclass(frozen=True)
class Note:
    """A reviewer's free-text note on a claim."""

    id: int
    claim_id: int
    body: str
    author: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Event:
    """One append-only history entry. `before`/`after` hold enough to restore either side.

    `ref` is set on undo/redo events: the id of the original event they revert or re-apply.
    """

    id: int
    at: str
    reviewer: str | None
    claim_id: int | None
    article_id: int | None
    action: str
    before: dict | None
    after: dict | None
    ref: int | None = None


@dataclass(frozen=True)
class SpeakerAlias:
    """A merged speaker name: quotes by `alias` ("Okafor") now read `canonical`."""

    alias: str
    canonical: str
    merged_by: str | None
    merged_at: str


# --- the desk (second review, resolutions, taken articles): see review/team.py ---------


@dataclass(frozen=True)
class Review:
    """One reviewer's own latest verdict on a claim (their stance), kept apart from the
    claim's current verdict so that two reviewers' stances can be compared."""

    claim_id: int
    reviewer: str
    status: str
    decided_at: str


@dataclass(frozen=True)
class Resolution:
    """An editor's final verdict on a claim its reviewers disagreed on, with why."""

    claim_id: int
    status: str
    editor: str
    note: str | None
    resolved_at: str


@dataclass(frozen=True)
class Take:
    """An article a reviewer has taken ("in review by …") until `expires_at`."""

    article_id: int
    reviewer: str
    taken_at: str
    expires_at: str
