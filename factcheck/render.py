"""Plain-text rendering for people: aligned tables, claim details, history entries.

Kept apart from the CLI so the TUI and reports can describe things the same way.
"""

from __future__ import annotations

import re
import unicodedata
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


# One symbol per character, for text whose offsets must hold (the article view highlights
# claims by offset): C0 controls as their control pictures, the rest as U+FFFD.
_SHOWN_IN_PLACE = {**{c: v for c, v in _SHOWN.items() if len(v) == 1},
                   **{c: "\ufffd" for c, v in _SHOWN.items() if len(v) != 1}}


def visible_in_place(text: str) -> str:
    """Like `visible`, but each control character becomes exactly one symbol, so an offset
    into `text` is the same offset into what is shown."""
    return text.translate(_SHOWN_IN_PLACE) if _CONTROL.search(text) else text


def cells(text: str) -> int:
    """Terminal columns `text` takes: wide (CJK, emoji) characters take two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(_cell(ch) for ch in text)


def _cell(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def one_line(text: str | None, width: int | None = None) -> str:
    """Collapse whitespace, show control characters (`visible`); cut to `width` terminal
    columns with an ellipsis."""
    flat = visible(" ".join((text or "").split()))
    if width is None or cells(flat) <= width:
        return flat
    out, used = [], 0
    for ch in flat:
        w = _cell(ch)
        if used + w > max(0, width - 1):
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - cells(text))


def table(headers: Sequence[str], rows: Iterable[Sequence], last_width: int | None = None
          ) -> list[str]:
    """Columns padded to their widest cell; the last column is cut to `last_width`."""
    rows_ = [[str(h) for h in headers]]
    for row in rows:
        values = ["" if v is None else str(v) for v in row]
        values[-1] = one_line(values[-1], last_width)
        rows_.append(values)
    widths = [max(cells(r[i]) for r in rows_) for i in range(len(headers) - 1)]
    return ["  ".join([_pad(c, w) for c, w in zip(r, widths)] + [r[-1]]).rstrip() for r in rows_]


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


_CURRENCY_SIGNS = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥", "INR": "₹", "AUD": "A$",
                   "CAD": "C$", "NZD": "NZ$", "HKD": "HK$"}
_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SHARES = ("percent", "percentage points", "fraction", "ratio")
_FRACTION_DENOMINATORS = 100
_SAID_BY_THE_VALUE = ("ordinal",)
_VAGUE_SAID_BY_RANGE = ("between", "from", "several", "a few", "a couple of", "few")


def amount(value: float) -> str:
    """16600000 → '16.6 million', 1200 → '1,200', 0.5 → '0.5': how a reporter writes it."""
    for scale, word in _LARGE:
        if abs(value) >= scale:
            return f"{value / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _as_fraction(value: float) -> tuple[int, int] | None:
    """(2, 3) for 0.666…; None when the value is no simple fraction."""
    from fractions import Fraction

    f = Fraction(value).limit_denominator(_FRACTION_DENOMINATORS)
    return (f.numerator, f.denominator) if f.denominator > 1 and abs(float(f) - value) < 1e-9 else None


def value_text(c: Claim) -> str:
    """A number claim's value as it reads: '£1.2 million', '18.5%', '2/3 (66.7%)', '1 in 14
    litres', '14th place', '200–900 fans'; a year is '2022', never '2,022'."""
    if c.value is None:
        return ""
    unit = c.unit or ""
    if c.qualifier == "ordinal":
        return f"{_ordinal(int(c.value))} {unit}".strip()
    if unit == "year":
        return f"{c.value:.0f}"
    part = _as_fraction(c.value) if c.value < 1 and c.value_max is None and unit not in ("percent", "percentage points") \
        and unit not in _CURRENCY_SIGNS and not unit.isupper() else None
    if part and unit == "ratio":
        return f"{part[0]} in {part[1]}"
    if part and unit in ("fraction", ""):
        return f"{part[0]}/{part[1]} ({c.value * 100:.3g}%)"
    if part:
        return f"{part[0]} in {part[1]} {unit}" if part[0] == 1 else f"{part[0]}/{part[1]} of {unit}"

    def one(v: float) -> str:
        if unit in _CURRENCY_SIGNS:
            return _CURRENCY_SIGNS[unit] + amount(v)
        if unit == "percent":
            return amount(v) + "%"
        return amount(v)

    shown = one(c.value) + (f"–{one(c.value_max)}" if c.value_max is not None else "")
    if unit in _CURRENCY_SIGNS or unit == "percent" or not unit:
        return shown
    return f"{shown} {unit}"


def claim_detail(c: Claim) -> str:
    """The structured part of a claim: speaker, value and unit, or resolved date."""
    if c.kind == "quote":
        who = c.speaker or "(speaker unknown)"
        flags = [f for f, on in (("partial", c.partial), ("mention", c.mention)) if on]
        return who + (f" [{', '.join(flags)}]" if flags else "")
    if c.kind == "number":
        qualifier = None if c.qualifier in _SAID_BY_THE_VALUE else c.qualifier
        if c.value_max is not None and qualifier and (qualifier.endswith(" of") or qualifier in _VAGUE_SAID_BY_RANGE):
            qualifier = None  # "hundreds of fans" reads 200–900 fans
        return " ".join(p for p in (qualifier, value_text(c)) if p)
    return c.date or "(unresolved)"


def short_time(stamp: str | None) -> str:
    """2025-09-11T08:30:00.123Z → 2025-09-11 08:30:00 (UTC, as stored)."""
    return (stamp or "")[:19].replace("T", " ")


def review_change(e: Event) -> str | None:
    """Which review change an event records, read from its before/after shape: "verdict",
    "source added"/"source removed", "note added"/"note removed"/"note edited", or None. The
    history list and the undo notice word the same change differently, from this one reading."""
    before, after = e.before or {}, e.after or {}
    if "status" in before or "status" in after:
        return "verdict"
    if e.action == "speaker.merge":
        return None
    for field, thing in (("url", "source"), ("body", "note")):
        if field in before or field in after:
            if after and not before:
                return f"{thing} added"
            if before and not after:
                return f"{thing} removed"
            return f"{thing} edited"
    return None


def describe_event(e: Event) -> str:
    """What changed, as `before → after`, in a few words."""
    before, after = e.before or {}, e.after or {}
    prefix = f"{e.action} #{e.ref}: " if e.action in ("undo", "redo") else ""
    if e.action == "import":
        prefix = f"import from {after.get('imported_from') or 'a file'}: "
    if e.action == "ingest":
        title = after.get("title") or after.get("source_path") or "untitled"
        return f'article {e.article_id} "{title}" ({after.get("claims", 0)} claims)'
    if e.action == "reextract":
        return (f'article {e.article_id} extracted again: {after.get("kept", 0)} claims kept, '
                f'{after.get("moved", 0)} moved, {after.get("added", 0)} added, '
                f'{len(before.get("dropped", []))} dropped')
    change = review_change(e)
    if change == "verdict":
        who = f" by {after['reviewer']}" if after.get("reviewer") and after["reviewer"] != \
            e.reviewer else ""
        reused = f" (reused from claim {after['reused_from']})" if after.get("reused_from") else ""
        return f"{prefix}{before.get('status', '-')} → {after.get('status', '-')}{who}{reused}"
    if e.action == "speaker.merge":
        return f"speaker {before.get('speaker')} → {after.get('speaker')}"
    if change == "source added":
        return f"{prefix}+ source {after['url']}"
    if change in ("source removed", "source edited"):
        return f"{prefix}- source {before['url']}"
    if change == "note added":
        return f'{prefix}+ note "{one_line(after["body"], 60)}"'
    if change == "note removed":
        return f'{prefix}- note "{one_line(before["body"], 60)}"'
    if change == "note edited":
        return (f'{prefix}note "{one_line(before["body"], 30)}" → '
                f'"{one_line(after["body"], 30)}"')
    return prefix + e.action
