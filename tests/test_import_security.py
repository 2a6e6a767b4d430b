"""`factcheck import` reads outside data (issue 13, items 1 and 2): every field is checked
by type and format and a bad file is one line naming the file and the field, with
nothing written; every value is escaped in every report, times included; an import is a
history entry and never reverts a later local decision."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import SAMPLE_TEXT, count_rows, sample_claims
from factcheck.cli import cli
from factcheck.export import write_report
from factcheck.models import ArticleMeta
from factcheck.review import verdicts as review
from factcheck.store.facade import Store
from markdown_it import MarkdownIt
from test_export_injection import MARKDOWN_TAGS, assert_inert_html


def fc(db, *args, reviewer="ann"):
    return CliRunner().invoke(cli, ["--db", str(db), "--reviewer", reviewer, *map(str, args)])


@pytest.fixture
def bob_file(tmp_path):
    """Bob's database (one article, a disputed quote with a source and a note) exported."""
    db = tmp_path / "bob.db"
    with Store.open(db) as bob:
        bob.add_article(SAMPLE_TEXT, ArticleMeta(title="Sample"), sample_claims())
        review.set_verdict(bob, 1, "disputed", "bob")
        review.add_source(bob, 1, "https://records.example/ballots", "bob", title="Tally")
        review.add_note(bob, 1, "Counted 50, not 52.", "bob")
    out = tmp_path / "bob.json"
    assert fc(db, "export", "--format", "json", "-o", out).exit_code == 0
    return out


def edit(path, change) -> dict:
    doc = json.loads(path.read_text("utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), "utf-8")
    return doc


def quote(doc) -> dict:
    return doc["articles"][0]["claims"][0]


def set_in(path: str, value):
    """A change that sets `path` ("verdict.updated_at", "notes.0.created_at") on the quote."""
    def change(doc):
        target = quote(doc)
        *parents, last = path.split(".")
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        target[int(last) if last.isdigit() else last] = value
    return change


# The exploits from the issue, and their kin: each refused with the field it is in.
HOSTILE = {
    "script in a verdict time": ("verdict.updated_at", "<script>/*", "claims[0].verdict.updated_at"),
    "script end in a verdict time": ("verdict.updated_at", "*/</script>",
                                     "claims[0].verdict.updated_at"),
    "image in a note time": ("notes.0.created_at", "<img src=//evil.example/p.png>",
                             "claims[0].notes[0].created_at"),
    "formula in a verdict time": ("verdict.updated_at", '=HYPERLINK("http://evil.example")',
                                  "claims[0].verdict.updated_at"),
    "year 9999": ("verdict.updated_at", "9999-12-31T23:59:59.000Z",
                  "claims[0].verdict.updated_at"),
    "before 1970": ("sources.0.added_at", "1066-10-14T09:00:00.000Z",
                    "claims[0].sources[0].added_at"),
    "not a date": ("history.0.at", "2025-13-45T99:00:00Z", "claims[0].history[0].at"),
    "unknown status": ("verdict.status", "maybe", "claims[0].verdict.status"),
    "status in a history row": ("history.0.after.status", "pwned",
                                "claims[0].history[0].after"),
    "a fraction for an offset": ("start", 1.5, "claims[0].start"),
    "a control character in a name": ("verdict.reviewer", "bob\x1b]0;owned\x07",
                                      "claims[0].verdict.reviewer"),
    "an empty name": ("notes.0.author", "", "claims[0].notes[0].author"),
    "a very long unit": ("unit", "u" * 20_000, "claims[0].unit"),
    "a list for a reviewer": ("reviews", [{"reviewer": ["x"], "status": "verified",
                                           "at": "2025-09-12T09:00:00.000Z"}],
                              "claims[0].reviews[0].reviewer"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_field_is_one_line_naming_file_and_field(bob_file, tmp_path, case):
    field, value, where = HOSTILE[case]
    edit(bob_file, set_in(field, value))
    target = tmp_path / "ann.db"
    result = fc(target, "import", bob_file)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"factcheck: error: {bob_file}: not a valid factcheck export (articles[0].{where}")
    assert "\x1b" not in result.stderr
    assert count_rows(target) is None  # not even a database was created


@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "NaN", "1e400", str(2**70)])
def test_numbers_that_are_not_finite_are_refused(bob_file, tmp_path, number):
    text = bob_file.read_text("utf-8").replace('"value": 52.0', f'"value": {number}', 1)
    assert number in text
    bob_file.write_text(text, "utf-8")
    result = fc(tmp_path / "ann.db", "import", bob_file)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"factcheck: error: {bob_file}: not a factcheck export "
                                    "(not JSON: ")
    assert result.stderr.count("\n") == 1 and count_rows(tmp_path / "ann.db") is None


def test_times_in_other_zones_are_stored_in_the_one_form(bob_file, tmp_path):
    edit(bob_file, set_in("verdict.updated_at", "2025-09-12T11:30:00+02:00"))
    target = tmp_path / "ann.db"
    assert fc(target, "import", bob_file).exit_code == 0
    with Store.open(target) as ann:
        assert ann.verdict(1).updated_at == "2025-09-12T09:30:00.000Z"


@pytest.fixture
def poisoned(store):
    """Times a database could only hold if written around factcheck (an old import)."""
    store.add_article(SAMPLE_TEXT, ArticleMeta(title="Sample"), sample_claims())
    review.set_verdict(store, 1, "disputed", "bob")
    review.set_verdict(store, 2, "verified", "bob")
    review.add_note(store, 1, "a note", "bob")
    with store.transaction():
        store.conn.execute("UPDATE verdicts SET updated_at = ? WHERE claim_id = 1",
                           ['=HYPERLINK("http://evil.example")'])
        store.conn.execute("UPDATE verdicts SET updated_at = ? WHERE claim_id = 2",
                           ["<script>alert(1)</script>"])
        store.conn.execute("UPDATE notes SET created_at = ?", ["<img src=x/>.png"])
    return store


def render(store, fmt) -> str:
    out = io.StringIO(newline="")
    write_report(store, fmt, out)
    return out.getvalue()


def test_times_are_escaped_in_html(poisoned):
    html = render(poisoned, "html")
    assert "<script>alert" not in html and "<img" not in html
    assert_inert_html(html)


def test_times_are_escaped_in_markdown(poisoned):
    html = MarkdownIt("commonmark", {"html": True}).render(render(poisoned, "md"))
    assert "<script>" not in html and "<img" not in html
    assert_inert_html("<html><body>" + html + "</body></html>", MARKDOWN_TAGS)


def test_times_cannot_be_formulas_in_csv(poisoned):
    rows = list(csv.DictReader(io.StringIO(render(poisoned, "csv"))))
    decided = next(r for r in rows if r["verdict"] == "disputed")["decided_at"]
    assert decided.startswith("'=HYPERLINK(")


# --- item 2: import writes history and never reverts a later local decision ------------


def history(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    return conn.execute("SELECT reviewer, action, json_extract(after, '$.status'), "
                        "json_extract(after, '$.imported_from') FROM events "
                        "WHERE claim_id = 1 ORDER BY id").fetchall()


def soon(minutes: int) -> str:
    """A time a little ahead of this clock: a colleague's clock that runs fast."""
    when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_an_import_that_changes_a_verdict_is_a_history_entry(bob_file, tmp_path):
    target = tmp_path / "ann.db"
    with Store.open(target) as ann:
        ann.add_article(SAMPLE_TEXT, ArticleMeta(title="Sample"), sample_claims())
        review.set_verdict(ann, 1, "verified", "ann")
    edit(bob_file, set_in("verdict.updated_at", soon(30)))  # bob decided after ann
    result = fc(target, "import", bob_file, reviewer="carol")
    assert result.exit_code == 0, result.output
    assert "1 verdicts taken" in result.stdout
    assert history(target)[-1] == ("carol", "import", "disputed", str(bob_file))
    shown = fc(target, "history", 1).stdout
    assert f"import from {bob_file}: verified → disputed by bob" in shown


def test_a_later_local_decision_is_not_reverted_by_reimporting(bob_file, tmp_path):
    edit(bob_file, set_in("verdict.updated_at", soon(60)))  # bob's clock is an hour ahead
    target = tmp_path / "ann.db"
    assert fc(target, "import", bob_file).exit_code == 0
    assert fc(target, "verdict", 1, "verified").exit_code == 0  # ann decides afterwards
    before = history(target)
    again = fc(target, "import", bob_file)
    assert again.exit_code == 0, again.output
    assert "0 verdicts taken" in again.stdout
    with Store.open(target) as ann:
        assert (ann.verdict(1).status, ann.verdict(1).reviewer) == ("verified", "ann")
    assert history(target) == before  # idempotent: nothing added


def test_reimporting_adds_nothing(bob_file, tmp_path):
    target = tmp_path / "ann.db"
    assert fc(target, "import", bob_file).exit_code == 0
    rows = {t: count_rows(target, t) for t in ("claims", "events", "sources", "notes")}
    assert "0 claims added, 4 matched" in fc(target, "import", bob_file).stdout
    assert {t: count_rows(target, t) for t in rows} == rows


def test_json_export_is_valid_json_even_with_infinity_stored(store, tmp_path):
    """An older import let Infinity in; the export writes null, never invalid JSON."""
    store.add_article(SAMPLE_TEXT, ArticleMeta(title="Sample"), sample_claims())
    review.add_source(store, 1, "https://records.example/x", "ann")
    with store.transaction():
        store.conn.execute("UPDATE claims SET value = ?, checkworthiness = ? WHERE id = 2",
                           [float("inf"), float("-inf")])
        store.conn.execute("UPDATE sources SET match_score = ?", [float("-inf")])
    text = render(store, "json")

    def refuse(name):
        raise AssertionError(f"{name} in the export")

    doc = json.loads(text, parse_constant=refuse)
    claims = doc["articles"][0]["claims"]
    assert claims[1]["value"] is None and claims[1]["checkworthiness"] is None
    assert claims[0]["sources"][0]["match_score"] is None
