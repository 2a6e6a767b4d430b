"""Plain-text rendering for people: aligned tables, claim details, history entries.

Kept apart from the CLI so the TUI and reports can describe things the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factcheck.models import Claim, Event

# Characters that act instead of showing: C0 controls (an escape sequence can retitle the
# window or clear the screen), DEL, C1 controls (0x9B is a one-byte CSI), and the bidi
# controls that reorder what follows (U+202E makes "exe.txt" read "txt.exe").
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")
_SHOWN = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}  # ␛ ␍ ␀ …
_SHOWN[0x7F] = "\u2421"  # ␡
_SHOWN.update({c: f"<U+{c:04X}>" for c in range(0x80, 0xA0)})
_SHOWN.update({ord(ch): f"<U+{ord(ch):04X}>" for ch in BIDI_CONTROLS})


def visible(text: str) -> str:
    """`text` with every control character shown as a symbol (ESC as ␛, U+202E as
    <U+202E>) instead of acting on a terminal or reordering a report; tabs and newlines
    stay. Text without any (nearly all) comes back as it is, at the cost of one search."""
    return text.translate(_SHOWN) if _CONTROL.search(text) else text


def one_line(text: str | None, width: int | None = None) -> str:
    """Collapse whitespace, show control characters (`visible`); cut to `width` characters
    with an ellipsis."""
    flat = visible(" ".join((text or "").split()))
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
