"""Word-wrapping that remembers offsets, so a claim's (start, end) finds its screen line."""

from __future__ import annotations

from bisect import bisect_right

from rich.cells import cell_len


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of each screen line of `text` wrapped at `width` cells.

    Newlines end lines; lines break after a space when they can, mid-word only when a
    word is wider than the line. `text[start:end]` is what the line shows.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        end = pos + len(paragraph)
        start = pos
        if start == end:
            lines.append((start, end))
        while start < end:
            cut = _fit(text, start, end, width)
            if cut >= end:
                lines.append((start, end))
                break
            space = text.rfind(" ", start, cut + 1)
            if space > start:
                lines.append((start, space))
                start = space + 1
            else:
                lines.append((start, cut))
                start = cut
        pos = end + 1
    return lines


def line_of(lines: list[tuple[int, int]], offset: int) -> int:
    """Index of the line showing character `offset` (the nearest line before it otherwise)."""
    starts = [start for start, _ in lines]
    return max(0, bisect_right(starts, offset) - 1)


def _fit(text: str, start: int, end: int, width: int) -> int:
    """The largest index such that text[start:index] fits in `width` cells (at least +1)."""
    if end - start <= width and text[start:end].isascii():
        return end
    cells = 0
    for i in range(start, end):
        cells += cell_len(text[i])
        if cells > width:
            return max(i, start + 1)
    return end
