"""The evidence library as a checker uses it: add the documents a story rests on, ask for
the evidence of each claim, attach one, take it back.

Every document here is written by the test (original text, a PDF built byte by byte);
the claims are the fixture article's.
"""

from __future__ import annotations

import io
import json

import pytest

from factcheck.review import evidence as review
from factcheck.review.undo import undo
from factcheck.store import documents as library
from factcheck.verify.evidence import suggest
from tests.conftest import FIXTURE, count_rows
from tests.pdf_support import pdf_bytes

TRANSCRIPT = """Briefing notes, typed up by the desk after the call.

The host opened with thanks to the delegations.

"Our main task is to stand with Trump and help him in his mission to establish peace," the president told the briefing.

Asked about the remaining detainees, the envoy said: "Our mission is not to get them all out now."
"""
STATISTICS = """category,count,source
political prisoners held,"1,300",rights monitors' year-end estimate
prisoners released at the border,54,border service tally
"""
REPORT_PAGES = [
    ["Quarterly review of detention.", "The review lists the people held for political reasons."],
    ["Timeline.", "On 22 August 2025 the leader said he would not free anyone who threatened the state."],
]
REVIEWS = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "ClaimReview",
         "claimReviewed": "Lukashenko has led Belarus for more than three decades",
         "reviewRating": {"@type": "Rating", "alternateName": "True"},
         "author": {"@type": "Organization", "name": "Example Check Desk"},
         "datePublished": "2025-06-30", "url": "https://checks.example.org/thirty-years"},
        {"@type": "ClaimReview", "claimReviewed": "Rainfall doubled in the capital last spring",
         "reviewRating": {"alternateName": "False"}},
    ],
}


@pytest.fixture
def library_dir(tmp_path):
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "briefing-transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "prison-statistics.csv").write_text(STATISTICS, encoding="utf-8")
    (folder / "detention-review.pdf").write_bytes(pdf_bytes(REPORT_PAGES, title="Detention review"))
    (folder / "earlier-checks.json").write_text(json.dumps(REVIEWS), encoding="utf-8")
    return folder


@pytest.fixture
def stocked(fc, library_dir):
    assert fc("ingest", FIXTURE).exit_code == 0
    result = fc("sources", "add", library_dir)
    assert result.exit_code == 0, result.output
    return result


def claim_id(store, text: str) -> int:
    return next(sc.id for sc in store.iter_claims() if sc.claim.text == text)


def first(fc, cid: int) -> dict:
    result = fc("evidence", cid, "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)["suggestions"]
    assert found, f"no suggestion for claim {cid}"
    return found[0]


def test_every_kind_of_evidence_is_suggested_first_with_the_right_classification(
        fc, stocked, store):
    assert "4 added, 0 skipped (already there), 0 failed" in stocked.output

    verbatim = first(fc, claim_id(store, "“Our main task is to stand with Trump and help him "
                                         "in his mission to establish peace,”"))
    assert (verbatim["kind"], verbatim["classification"]) == ("quote", "exact")
    assert verbatim["document_title"] == "briefing-transcript"
    assert verbatim["where"] == "paragraph 3"
    assert verbatim["reason"] == "quote found verbatim"

    altered = first(fc, claim_id(store, "“Our mission is to get them all out now,”"))
    assert (altered["kind"], altered["classification"]) == ("quote", "altered")
    assert altered["changes"] == ["+ not"]
    assert "negation changed" in altered["reason"]

    same = first(fc, claim_id(store, "1,300 or 1,400 prisoners"))
    assert (same["kind"], same["classification"]) == ("figure", "same")
    assert same["where"] == "row 1" and same["reason"].startswith("same figure: 1,300")

    conflict = first(fc, claim_id(store, "52 prisoners"))
    assert (conflict["kind"], conflict["classification"]) == ("figure", "conflict")
    assert conflict["where"] == "row 2"
    assert conflict["reason"].startswith("conflicting figure: 54 where the claim says 52 prisoners")

    date = first(fc, claim_id(store, "August 22"))
    assert (date["kind"], date["classification"]) == ("date", "same")
    assert date["document_title"] == "Detention review" and date["where"] == "page 2, paragraph 2"

    earlier = first(fc, claim_id(store, "more than three decades"))
    assert (earlier["kind"], earlier["rating"]) == ("factcheck", "True")
    assert earlier["url"] == "https://checks.example.org/thirty-years"
    assert "rated “True”" in earlier["reason"]


def test_a_claim_with_nothing_in_the_library_gets_no_suggestion(fc, stocked, store):
    result = fc("evidence", claim_id(store, "“bandits”"))
    assert result.exit_code == 0
    assert "no evidence found in the library" in result.output


def test_attaching_a_suggestion_is_one_undoable_change_with_its_position(fc, stocked, store):
    cid = claim_id(store, "52 prisoners")
    result = fc("evidence", cid, "--attach", "1")
    assert result.exit_code == 0, result.output
    assert "attached suggestion 1 as source" in result.output
    [source] = store.sources(cid)
    assert source.position == "row 2"
    assert source.match_class == "figure: conflict"
    assert source.title == "prison-statistics"
    assert source.url.startswith("file://") and source.url.endswith("prison-statistics.csv")
    assert "54" in source.excerpt
    assert store.history(claim_id=cid)[-1].action == "source.add"
    undo(store, "tester")
    assert store.sources(cid) == []


def test_batch_for_an_article_reports_every_claim_with_evidence(fc, stocked, store):
    result = fc("evidence", "--article", 1, "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == store.count_claims(article_id=1)
    with_evidence = {r["text"] for r in rows if r["suggestions"]}
    assert {"52 prisoners", "1,300 or 1,400 prisoners", "August 22",
            "more than three decades"} <= with_evidence
    # the marker for the claims list: the same figure is strong, a lone conflict is not
    marks = library.evidence_marks(store, [claim_id(store, "1,300 or 1,400 prisoners"),
                                           claim_id(store, "“bandits”")])
    assert marks == {claim_id(store, "1,300 or 1,400 prisoners"): True,
                     claim_id(store, "“bandits”"): False}


def test_sources_list_show_remove(fc, stocked, store):
    listing = fc("sources", "list", "--json")
    docs = json.loads(listing.output)
    assert [d["kind"] for d in docs] == ["text", "pdf", "claimreview", "csv"]
    pdf = next(d for d in docs if d["kind"] == "pdf")
    shown = fc("sources", "show", pdf["id"])
    assert "[page 2, paragraph 2] On 22 August 2025" in shown.output
    removed = fc("sources", "remove", pdf["id"])
    assert removed.exit_code == 0 and "removed document" in removed.output
    assert count_rows(store.path, "passages") == sum(d["passages"] for d in docs) - pdf["passages"]
    assert fc("sources", "show", pdf["id"]).exit_code == 1


def test_the_same_file_under_another_name_is_skipped(fc, stocked, library_dir, tmp_path):
    copy = tmp_path / "copy-of-statistics.csv"
    copy.write_bytes((library_dir / "prison-statistics.csv").read_bytes())
    result = fc("sources", "add", copy)
    assert result.exit_code == 0
    assert "already stored as document" in result.output


def test_bad_documents_are_refused_one_line_each_and_the_batch_goes_on(fc, tmp_path, db_path):
    import pypdf

    good = tmp_path / "good.txt"
    good.write_text("The council approved the budget.\n\nIt passed by nine votes.\n")
    scanned = tmp_path / "scanned.pdf"
    scanned.write_bytes(pdf_bytes([[], []]))
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nbroken")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes([["a locked page"]])))
    writer.encrypt("secret", algorithm="RC4-128")
    encrypted = tmp_path / "locked.pdf"
    writer.write(encrypted)
    empty_csv = tmp_path / "empty.csv"
    empty_csv.write_text("")
    header_only = tmp_path / "header.csv"
    header_only.write_text("year,count\n")
    not_reviews = tmp_path / "settings.json"
    not_reviews.write_text(json.dumps({"theme": "dark", "items": [1, 2]}))
    big = tmp_path / "huge.txt"
    big.write_text("word " * 400)

    result = fc("sources", "add", scanned, corrupt, encrypted, empty_csv, header_only,
                not_reviews, big, good, "--max-bytes", 1000)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("factcheck: error:")]
    assert len(errors) == 7
    expect = {scanned: "no text layer: run OCR first", corrupt: "damaged or unreadable PDF",
              encrypted: "encrypted PDF", empty_csv: "file is empty",
              header_only: "no data rows", not_reviews: "not a ClaimReview file",
              big: "over the limit of 1,000 (raise it with --max-bytes)"}
    for path, problem in expect.items():
        assert any(f"{path}: " in e and problem in e for e in errors), (path, errors)
    assert "Traceback" not in result.output
    assert "1 added, 0 skipped (already there), 7 failed, 2 passages" in result.output
    assert count_rows(db_path, "documents") == 1
    assert count_rows(db_path, "passages") == 2


def test_control_characters_in_documents_never_reach_the_screen(fc, tmp_path, store):
    hostile = tmp_path / "hostile.csv"
    hostile.write_text('name,value\n"\x1b[31mred\x1b[0m alert",7\n')
    assert fc("sources", "add", hostile).exit_code == 0
    shown = fc("sources", "show", 1)
    assert "\x1b" not in shown.output
    assert "name: [31mred[0m alert | value: 7" in shown.output


def test_reports_cite_attached_evidence_with_its_position(fc, stocked, store):
    cid = claim_id(store, "1,300 or 1,400 prisoners")
    assert fc("evidence", cid, "--attach", "1").exit_code == 0
    markdown = fc("export", "--format", "md").output
    assert "evidence: figure: same, row 1" in markdown
    assert "prison-statistics" in markdown
    html = fc("export", "--format", "html").output
    assert "evidence: figure: same, row 1" in html
    rows = fc("export", "--format", "csv").output
    assert "evidence: figure: same, row 1" in rows
    exported = json.loads(fc("export", "--format", "json").output)
    sources = [s for a in exported["articles"] for c in a["claims"] for s in c["sources"]]
    assert [s["position"] for s in sources] == ["row 1"]


def test_html_and_markdown_documents_keep_their_title_and_paragraphs(fc, tmp_path, store):
    page = tmp_path / "statement.html"
    page.write_text("<html><head><title>Ministry statement</title></head><body>"
                    "<nav>Home | News</nav><article><p>The ministry confirmed the transfer of "
                    "the prisoners to the border crossing on Tuesday morning.</p>"
                    "<p>It named <b>fourteen</b> foreign nationals among those released and said "
                    "more would follow.</p></article>"
                    "<script>alert(1)</script></body></html>")
    notes = tmp_path / "notes.md"
    notes.write_text("---\ntitle: Desk notes\n---\nFirst point.\n\nSecond point.\n")
    assert fc("sources", "add", page, notes).exit_code == 0
    docs = {d.title: d for d in library.documents(store)}
    assert set(docs) == {"Ministry statement", "Desk notes"}
    html = library.passages_of(store, docs["Ministry statement"].id)
    assert [(p.paragraph, p.text) for p in html] == [
        (1, "The ministry confirmed the transfer of the prisoners to the border crossing on "
            "Tuesday morning."),
        (2, "It named fourteen foreign nationals among those released and said more would "
            "follow.")]
    assert [p.text for p in library.passages_of(store, docs["Desk notes"].id)] == [
        "First point.", "Second point."]


def test_hostile_json_and_web_addresses_are_refused_on_one_line(fc, tmp_path, db_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    result = fc("sources", "add", deep, "https://example.org/report")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"factcheck: error: {deep}: JSON nested too deeply to be a ClaimReview feed" in lines
    assert any(line.startswith("factcheck: error: https://example.org/report: web addresses "
                               "are not fetched") for line in lines)
    assert count_rows(db_path, "documents") in (None, 0)
