"""Plain-text rendering for people: aligned tables, claim details, history entries.

Kept apart from the CLI so the TUI and reports can describe things the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.models import Claim, Event


def one_line(text: str | None, width: int | None = None) -> str:
    """Collapse whitespace; cut to `width` characters with an ellipsis."""
    flat = " ".join((text or "").split())
    if width is not None and len(flat) > width:
        return flat[: max(0, width - 1)] + "…"
    return flat


def table(headers: Sequence[str], rows: Iterable[Sequence], last_width: int | None = None
          ) -> list[str]:
    """Columns padded to their widest cell; the last column is cut to `last_width`."""
    cells = [[str(h) for h in headers]]
    for row in rows:
        values = ["" if v is None else str(v) for v in row]
        values[-1] = one_line(values[-1], last_width)
        cells.append(values)
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers) - 1)]
    return ["  ".join([c.ljust(w) for c, w in zip(r, widths)] + [r[-1]]).rstrip() for r in cells]


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def claim_detail(c: Claim) -> str:
    """The structured part of a claim: speaker, value and unit, or resolved date."""
    if c.kind == "quote":
        who = c.speaker or "(speaker unknown)"
        flags = [f for f, on in (("partial", c.partial), ("mention", c.mention)) if on]
        return who + (f" [{', '.join(flags)}]" if flags else "")
    if c.kind == "number":
        value = number(c.value) + (f"–{number(c.value_max)}" if c.value_max is not None else "")
        return " ".join(p for p in (c.qualifier, value, c.unit) if p)
    return c.date or "(unresolved)"


def short_time(stamp: str | None) -> str:
    """2025-09-11T08:30:00.123Z → 2025-09-11 08:30:00 (UTC, as stored)."""
    return (stamp or "")[:19].replace("T", " ")


def describe_event(e: Event) -> str:
    """What changed, as `before → after`, in a few words."""
    before, after = e.before or {}, e.after or {}
    prefix = f"{e.action} #{e.ref}: " if e.action in ("undo", "redo") else ""
    if e.action == "import":
        prefix = f"import from {after.get('imported_from') or 'a file'}: "
    if e.action == "ingest":
        title = after.get("title") or after.get("source_path") or "untitled"
        return f'article {e.article_id} "{title}" ({after.get("claims", 0)} claims)'
    if "status" in before or "status" in after:
        old = before.get("status", "-")
        new = after.get("status", "-")
        who = f" by {after['reviewer']}" if after.get("reviewer") and after["reviewer"] != \
            e.reviewer else ""
        reused = f" (reused from claim {after['reused_from']})" if after.get("reused_from") else ""
        return f"{prefix}{old} → {new}{who}{reused}"
    if e.action == "speaker.merge":
        return f"speaker {before.get('speaker')} → {after.get('speaker')}"
    if "url" in before or "url" in after:
        if after and not before:
            return f"{prefix}+ source {after['url']}"
        return f"{prefix}- source {before['url']}"
    if "body" in before or "body" in after:
        if after and not before:
            return f'{prefix}+ note "{one_line(after["body"], 60)}"'
        if before and not after:
            return f'{prefix}- note "{one_line(before["body"], 60)}"'
        return (f'{prefix}note "{one_line(before["body"], 30)}" → '
                f'"{one_line(after["body"], 30)}"')
    return prefix + e.action
