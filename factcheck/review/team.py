"""A fact-check desk: second review, editors settling disagreements, taking work.

- **Second review** (`config second-review all|disputed|none`): a claim one reviewer
  decided waits for a second reviewer's own verdict (all claims, or only disputed ones).
  The second reviewer works blind: the first verdict is not shown until they decide.
- **Disagreements**: when reviewers' verdicts differ, the claim goes to the resolve
  queue, where an editor (`config editors NAME...`) sets the final verdict with a note.
- **Taking work**: a reviewer takes an article so that others see "in review by X"; the
  take ends on release, on quit, or when it expires, and can be overridden with `force`.

Every change is one transaction with a history event, like review.py. The team layer
sits on top of the review actions: each reviewer's own verdict is derived from the
history they write (store/team.py), and review/verdicts.py knows nothing of the desk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from factcheck.errors import ConflictError, InvalidInputError, NotEditorError
from factcheck.models import DECIDED, TAKE_MINUTES, Resolution, Review, StoredClaim, Take
from factcheck.review import verdicts as review
from factcheck.store import team as teamdb
from factcheck.store.facade import Store, now

POLICIES = ("none", "all", "disputed")


def readable_time(stamp: str) -> str:
    """2025-09-11T08:30:00.123Z → '2025-09-11 08:30 UTC', for messages people read."""
    return f"{stamp[:16].replace('T', ' ')} UTC" if stamp else "an unknown time"


# --- settings -------------------------------------------------------------------------

def policy(store: Store) -> str:
    return teamdb.get_setting(store, "second_review", "none")


def set_policy(store: Store, value: str, reviewer: str) -> None:
    if value not in POLICIES:
        raise InvalidInputError(f"unknown second-review policy {value!r} (use one of: {', '.join(POLICIES)})")
    with store.transaction():
        before = policy(store)
        teamdb.put_setting(store, "second_review", value)
        store.append_event("config", reviewer, before={"second_review": before}, after={"second_review": value})


def editors(store: Store) -> list[str]:
    return teamdb.get_setting(store, "editors", [])


def set_editors(store: Store, names: list[str], reviewer: str) -> None:
    cleaned = sorted({n.strip() for n in names if n.strip()})
    if not cleaned:
        raise InvalidInputError("name at least one editor")
    with store.transaction():
        before = editors(store)
        teamdb.put_setting(store, "editors", cleaned)
        store.append_event("config", reviewer, before={"editors": before}, after={"editors": cleaned})


# --- the state of a claim on the desk -------------------------------------------------

@dataclass(frozen=True)
class DeskState:
    """Where a claim stands: 'open' (nobody decided), 'needs_second', 'agreed',
    'disagreement' or 'resolved' (or 'decided' when no second review is asked)."""

    state: str
    reviews: tuple[Review, ...]  # earliest first
    resolution: Resolution | None = None

    def hidden_for(self, reviewer: str) -> bool:
        """Blind second review: the first verdict stays hidden from the second reviewer."""
        return self.state == "needs_second" and all(r.reviewer != reviewer for r in self.reviews)


def desk_state(store: Store, claim_id: int) -> DeskState:
    reviews = tuple(teamdb.reviews_of(store, claim_id))
    settled = teamdb.resolution(store, claim_id)
    if settled:
        return DeskState("resolved", reviews, settled)
    if not reviews:
        return DeskState("open", reviews)
    if len({r.status for r in reviews}) > 1:
        return DeskState("disagreement", reviews)
    if len(reviews) >= 2:
        return DeskState("agreed", reviews)
    rule = policy(store)
    if rule == "all" or (rule == "disputed" and reviews[0].status == "disputed"):
        return DeskState("needs_second", reviews)
    return DeskState("decided", reviews)


def second_queue(store: Store, reviewer: str, article_id: int | None = None) -> list[int]:
    """Claim ids waiting for `reviewer`'s second verdict (empty when the policy is none)."""
    rule = policy(store)
    if rule == "none":
        return []
    return teamdb.claim_ids_needing_second(store, reviewer, rule == "disputed", article_id)


def blind_claims(store: Store, reviewer: str) -> frozenset[int]:
    """Claims whose first verdict `reviewer` may not see yet: those waiting for their own
    blind second verdict. Every view (workbench, `claims`, `history`, `export`) hides it.
    Nobody named (a browser session before the name is given): nothing to hide."""
    if not reviewer:
        return frozenset()
    return frozenset(second_queue(store, reviewer))


def masked(sc: StoredClaim) -> StoredClaim:
    """A claim as a blind second reviewer sees it: undecided."""
    return replace(sc, verdict=replace(sc.verdict, status="pending", reviewer=None))


def resolve_queue(store: Store, article_id: int | None = None) -> list[int]:
    return teamdb.claim_ids_disagreed(store, article_id)


def resolve(store: Store, claim_id: int, status: str, editor: str,
            note: str | None = None) -> Resolution:
    """An editor settles a disagreement: the final verdict, with a note saying why.

    Two editors settling the same claim at once: the second finds it settled and gets
    ConflictError naming the first, nothing overwritten."""
    if status not in DECIDED:
        raise InvalidInputError(f"a resolution is one of: {', '.join(DECIDED)}")
    with store.transaction():
        if editor not in editors(store):
            raise NotEditorError(f"{editor} is not an editor (editors: {', '.join(editors(store)) or 'none set'}; "
                                 "see 'factcheck config editors')")
        store.claim(claim_id)
        done = teamdb.resolution(store, claim_id)
        if done:
            raise ConflictError(f"claim {claim_id} was already resolved as {done.status} by "
                                f"{done.editor} on {readable_time(done.resolved_at)}")
        state = desk_state(store, claim_id)
        if state.state != "disagreement":
            raise InvalidInputError(f"claim {claim_id} has no disagreement to resolve ({state.state})")
        stamp = now()
        current = store.verdict(claim_id)
        with teamdb.stances_paused(store):  # the desk's verdict, not the editor's own stance
            review.set_verdict(store, claim_id, status, editor, expected_version=current.version)
        teamdb.add_resolution(store, claim_id, status, editor, (note or "").strip() or None, stamp)
        if note and note.strip():
            review.add_note(store, claim_id, note, editor)
        store.append_event("resolve", editor, claim_id=claim_id,
                           before={"reviews": [[r.reviewer, r.status, r.decided_at]
                                               for r in state.reviews]},
                           after={"status": status, "editor": editor, "note": note}, at=stamp)
        return teamdb.resolution(store, claim_id)


# --- taking work ----------------------------------------------------------------------

def take(store: Store, article_id: int, reviewer: str, minutes: int = TAKE_MINUTES,
         force: bool = False) -> Take:
    """Mark an article as in review by `reviewer` for `minutes` (renewing one's own take)."""
    with store.transaction():
        store.article(article_id)
        stamp = now()
        held = teamdb.take_of(store, article_id)
        if held and held.reviewer != reviewer and held.expires_at > stamp and not force:
            raise ConflictError(f"article {article_id} is in review by {held.reviewer} until "
                                f"{held.expires_at[:16].replace('T', ' ')} UTC (take it over with --force)")
        expires = (dt.datetime.fromisoformat(stamp) + dt.timedelta(minutes=minutes)).isoformat(
            timespec="milliseconds").replace("+00:00", "Z")  # the same sortable form as now()
        teamdb.put_take(store, article_id, reviewer, stamp, expires)
        if not held or held.reviewer != reviewer or held.expires_at <= stamp:
            store.append_event("take", reviewer, article_id=article_id,
                               before=asdict(held) if held else None,
                               after={"reviewer": reviewer, "expires_at": expires}, at=stamp)
        return teamdb.take_of(store, article_id)


def release(store: Store, article_id: int, reviewer: str) -> bool:
    """End `reviewer`'s take on an article (someone else's take is left alone)."""
    with store.transaction():
        held = teamdb.take_of(store, article_id)
        if not held or held.reviewer != reviewer:
            return False
        teamdb.drop_take(store, article_id, reviewer)
        store.append_event("release", reviewer, article_id=article_id, before=asdict(held),
                           after=None)
        return True


def takes(store: Store) -> dict[int, Take]:
    """Articles in review now, by article id."""
    return teamdb.all_takes(store, now())
