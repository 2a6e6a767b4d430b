"""Everything the workbench knows, declared in one place.

The App holds one `WorkbenchState` (`app.state`) beside its two services (the `Store` and
the `SaveQueue`). The action groups mixed into the App (actions.py, search_actions.py,
verify_actions.py, team_actions.py, exporting.py) read and change this state; none of them
adds attributes of its own, so "what does the workbench remember?" is answered here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.models import Article, StoredClaim, Take
from factcheck.tui.listing import ClaimWindow, ListQuery
from factcheck.tui.widgets.article_view import Span
from factcheck.verify.consistency import Finding
from factcheck.verify.crossref import CrossMatch
from factcheck.verify.evidence import Suggestion
from factcheck.verify.match import QuoteMatch


@dataclass
class WorkbenchState:
    """The session, the list on screen, the team desk and the verification aids' caches."""

    # --- the session: who reviews, and how (the `review` command's options) -------------
    db_path: str
    reviewer: str  # "" until a browser session has said who it is
    ask_reviewer: bool = False
    advance: bool = True  # after a verdict, on to the next pending claim
    poll_interval: float = 1.0
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)  # binding id → keys (config file)
    config_file: Path | None = None  # where a theme chosen in the palette is kept (None: not)
    blind: bool = True  # hide the first verdict in second review
    ready: bool = False  # the first list load arrived
    seen_version: int = 0  # PRAGMA data_version last seen (other writers' commits)
    quit_armed: bool = False  # q pressed once with unsaved changes
    read_only: str | None = None  # why writes are refused now ("just look"), or None

    # --- the list and the claim on screen -----------------------------------------------
    list_query: ListQuery = field(default_factory=ListQuery)
    window: ClaimWindow = field(default_factory=lambda: ClaimWindow(ListQuery(), 0))
    current: StoredClaim | None = None
    article: Article | None = None  # the current claim's article
    spans: list[Span] | None = None  # its claims' tints (None: read them again)
    counts: dict[int, dict[str, int]] = field(default_factory=dict)  # article → status counts
    hits: list[StoredClaim] = field(default_factory=list)  # the last search's hits
    search_text: str = ""
    kept: set[int] = field(default_factory=set)  # queue claims dealt with stay in view

    # --- the team desk ----------------------------------------------------------------------
    hidden: frozenset[int] = frozenset()  # claims waiting for my blind verdict
    policy: str = "none"
    editors: list[str] = field(default_factory=list)
    takes: dict[int, Take] = field(default_factory=dict)  # article id → who took it, until
    held: int | None = None  # the article I have taken

    # --- verification aids (caches filled by workers) -----------------------------------
    lint: dict[int, list[Finding]] = field(default_factory=dict)  # article → its warnings
    lint_marks: dict[int, frozenset[int]] = field(default_factory=dict)  # article → claims
    lint_wanted: set[int] = field(default_factory=set)  # asked for, worker not started
    lint_running: set[int] = field(default_factory=set)
    matches: dict[int, list[CrossMatch]] = field(default_factory=dict)  # claim → matches
    diffs: dict[int, QuoteMatch] = field(default_factory=dict)  # check source id → match
    unsaved_checks: dict[int, tuple[str, QuoteMatch]] = field(default_factory=dict)
    resting_on: int | None = None  # the claim whose matches wait for the cursor to rest
    rest_since: float = 0.0
    rest_ticker: Any = None  # the Textual Timer that notices the cursor resting
    titles_frame: tuple | None = None  # what the list's titles say, but for the position
    titles_stale: bool = False  # the position in them waits for the cursor to rest

    # --- the evidence library (tui/evidence_actions.py) ----------------------------------
    evidence: dict[int, list[Suggestion]] = field(default_factory=dict)  # claim → suggestions
    evidence_strong: frozenset[int] | None = None  # claims with strong evidence (None: unread)
    library_documents: int | None = None  # documents in the library (None: not counted yet)
    evidence_wanted: int | None = None  # the claim to look up once it has
    evidence_running: int = 0  # lookups in workers
