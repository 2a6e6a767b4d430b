"""Rows for scripts, the way sqlite-utils prints them: --json (an array), --nl (one JSON
object a line), --csv and --tsv (a header row, then one row each).

Rows are dicts streamed one at a time, so a listing of 100,000 claims never sits in
memory. CSV/TSV cells that hold lists or objects carry them as JSON text; every text cell
is made spreadsheet-safe (no formula injection, one line).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence

import click

FORMATS = ("json", "nl", "csv", "tsv")


def output_options(fn):
    """--json / --nl / --csv / --tsv, passed to the command as `fmt` (None: a table)."""
    for name, text in reversed((
            ("json", "Output a JSON array (for scripts)."),
            ("nl", "Output newline-delimited JSON, one object a line."),
            ("csv", "Output CSV with a header row."),
            ("tsv", "Output TSV with a header row."))):
        fn = click.option(f"--{name}", "fmt", flag_value=name, help=text)(fn)
    return fn


def emit(fmt: str, columns: Sequence[str], rows: Iterable[dict]) -> int:
    """Write `rows` (dicts with at least `columns`) to stdout in `fmt`; how many."""
    out = sys.stdout
    if fmt == "json":
        n = -1
        for n, row in enumerate(rows):
            out.write(("[\n " if n == 0 else ",\n ") + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n" if n >= 0 else "[]\n")
        return n + 1
    if fmt == "nl":
        n = 0
        for n, row in enumerate(rows, 1):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return n
    writer = csv.writer(out, dialect="excel-tab" if fmt == "tsv" else "excel",
                        lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for n, row in enumerate(rows, 1):
        writer.writerow([_cell(row.get(c)) for c in columns])
    return n


def _cell(value) -> str:
    from factcheck.export.csv_format import cell  # the export's spreadsheet-safe cell

    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, dict)):
        return cell(json.dumps(value, ensure_ascii=False))
    if isinstance(value, (int, float)):
        return str(value)
    return cell(value)
