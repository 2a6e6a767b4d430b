"""Articles from the web: fetching from a local server, page metadata, bad pages, reextract.

Every page here is original text written for these tests, served by tests/web_server.py on
127.0.0.1; nothing reaches the internet (DNS failure uses a name under .invalid).
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from tests.conftest import count_rows
from tests.web_server import Reply, endless, redirect, serve, slow, trickle

GOOD_PAGE = """<!doctype html>
<html lang="en"><head>
<title>Westby votes for a sea wall | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="0001-01-01T00:00:00Z">
<meta name="author" content="Tomas Reyl">
<link rel="canonical" href="https://ledger.example/news/westby-sea-wall">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Westby votes for a sea wall",
 "datePublished": "2024-03-07T08:15:00Z", "dateModified": "2024-03-08T10:00:00Z",
 "author": {"@type": "Person", "name": "Tomas Reyl"}}
</script>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all or manage
choices.</p><button>Accept</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Westby votes for a sea wall</h1>
<p class="byline">By Tomas Reyl</p>
<p>The harbour council of Westby voted on Tuesday to spend 4.2 million euros on a new sea
wall, after two winters in which the promenade flooded eleven times.</p>
<p>&#8220;The storms are getting worse every winter,&#8221; said council chair Mira Holt.
&#8220;We cannot keep sandbagging the high street.&#8221;</p>
<p>Work is due to start in June and should take about 18 months, according to the
council&#8217;s engineers, who expect the wall to protect 340 homes.</p>
<p>Opposition members argued that the money would be better spent on moving the lifeboat
station, but the motion passed by nine votes to four.</p>
</article>
<aside class="most-read"><h2>Most read</h2><ul>
<li><a href="/a">Ferry timetable cut again as fuel costs bite</a></li>
<li><a href="/b">School choir wins regional prize for the third year</a></li>
<li><a href="/c">Lighthouse keeper retires after 40 years on the rock</a></li></ul></aside>
<section class="comments"><h3>Comments</h3>
<p>About time! My cellar has flooded twice since November, totally agree with the chair.</p>
</section></main>
<footer><p>&copy; 2024 The Coastal Ledger. All rights reserved.</p></footer>
</body></html>"""

PAYWALL_PAGE = """<html><head><title>Subscribe</title></head><body><article>
<h1>Harbour plans revealed</h1><div class="paywall"><p>This story is for subscribers.</p>
<p>Subscribe for 1 euro a week to keep reading.</p></div></article></body></html>"""

BROKEN_BUT_READABLE = GOOD_PAGE.replace("</p>", "").replace("</article>", "").replace(
    "</body></html>", "<div><span")


@pytest.fixture
def fc(db_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_DB", raising=False)

    def run(*args):
        env = {"FACTCHECK_DB": str(db_path), "FACTCHECK_REVIEWER": "tester"}
        return CliRunner().invoke(cli, [str(a) for a in args], env=env)

    return run


@pytest.fixture
def site():
    routes = {
        "/news/westby": Reply(GOOD_PAGE),
        "/old-link": redirect("/news/westby", 301),
        "/loop-a": redirect("/loop-b"), "/loop-b": redirect("/loop-a"),
        "/gone": Reply("<h1>Not here</h1>", 404),
        "/crash": Reply("<h1>Oops</h1>", 500),
        "/data.json": Reply('{"story": "not a page"}', headers={"Content-Type":
                                                                "application/json"}),
        "/empty": Reply(""),
        "/paywall": Reply(PAYWALL_PAGE),
        "/broken": Reply(BROKEN_BUT_READABLE),
        "/garbage": Reply("<<<html<body <<p>>> </div></div>"),
        "/huge": endless(),
        "/slow": slow(3, Reply(GOOD_PAGE)),
        "/trickle": trickle(),
    }
    with serve(routes) as base:
        yield base


def test_a_page_is_fetched_with_its_metadata_claims_and_relative_dates(fc, site, db_path):
    result = fc("ingest", f"{site}/old-link")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("1 added, 0 skipped")
    db = sqlite3.connect(db_path)
    row = db.execute("select a.title, a.url, a.published, a.source_path, p.byline, p.site_name,"
                     " p.canonical_url, p.modified, length(p.html) > 1000, a.text "
                     "from articles a join pages p on p.article_id = a.id").fetchone()
    *fields, text = row
    assert fields == ["Westby votes for a sea wall", f"{site}/news/westby", "2024-03-07",
                      f"{site}/old-link", "Tomas Reyl", "The Coastal Ledger",
                      "https://ledger.example/news/westby-sea-wall", "2024-03-08", 1]
    assert "The harbour council of Westby voted on Tuesday" in text
    for junk in ("cookies", "Most read", "Ferry timetable", "cellar", "All rights reserved",
                 "Sport"):
        assert junk not in text
    # paragraphs stay apart: the quote pair is one claim with its speaker
    claims = json.loads(fc("claims", "--json").stdout)
    tuesday = [c for c in claims if c["kind"] == "date" and c["text"] == "on Tuesday"]
    assert [c["date"] for c in tuesday] == ["2024-03-05"]
    speakers = {c["speaker"] for c in claims if c["kind"] == "quote"}
    assert speakers == {"Mira Holt"}
    assert {c["value"] for c in claims if c["kind"] == "number"} >= {4.2e6, 18, 340}


def test_published_on_the_command_line_wins_over_the_page(fc, site, db_path):
    assert fc("ingest", f"{site}/news/westby", "--published", "2024-03-14").exit_code == 0
    claims = json.loads(fc("claims", "--json").stdout)
    assert [c["date"] for c in claims if c["text"] == "on Tuesday"] == ["2024-03-12"]


@pytest.mark.parametrize("path, problem", [
    ("/loop-a", "redirect loop"),
    ("/gone", "HTTP 404 Not Found"),
    ("/crash", "HTTP 500 Internal Server Error"),
    ("/data.json", "not an HTML page (Content-Type: application/json)"),
    ("/empty", "the page is empty"),
    ("/paywall", "no article text found in this HTML page (only 14 words of body text)"),
    ("/garbage", "no article text found"),
    ("/huge", "over the 5 MB limit for one article (raise it with --max-bytes)"),
])
def test_a_bad_page_is_one_line_naming_the_url_and_stores_nothing(fc, site, db_path, path,
                                                                  problem):
    result = fc("ingest", site + path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"factcheck: error: {site}{path}: ")
    assert problem in lines[0]
    assert count_rows(db_path) is None  # no database, not even an empty one


def test_a_slow_page_times_out(fc, site, db_path):
    result = fc("ingest", f"{site}/slow", "--timeout", "0.5")
    assert result.exit_code == 1
    assert result.stderr == f"factcheck: error: {site}/slow: timed out after 0.5 s\n"


def test_a_page_trickling_in_byte_by_byte_still_times_out(fc, site):
    import time

    started = time.monotonic()
    result = fc("ingest", f"{site}/trickle", "--timeout", "1")
    assert result.stderr == f"factcheck: error: {site}/trickle: timed out after 1 s\n"
    assert time.monotonic() - started < 5


def test_an_unknown_host_is_a_dns_failure(fc, db_path):
    result = fc("ingest", "http://no-such-newsroom.invalid/story")
    assert result.exit_code == 1
    assert result.stderr == ("factcheck: error: http://no-such-newsroom.invalid/story: cannot "
                             "find the host no-such-newsroom.invalid (DNS lookup failed)\n")


def test_broken_markup_with_an_article_is_still_read(fc, site, db_path):
    result = fc("ingest", f"{site}/broken")
    assert result.exit_code == 0, result.output
    text = sqlite3.connect(db_path).execute("select text from articles").fetchone()[0]
    assert "We cannot keep sandbagging the high street." in text


def test_a_url_list_goes_on_past_failures_and_exits_non_zero(fc, site, db_path, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# this week's reading\n{site}/gone\n\n{site}/huge\n"
                       f"ftp://files.example/x\nnews.example/story\n"
                       f"{site}/news/westby   # the good one\n")
    result = fc("ingest", "--urls", listing, "--max-bytes", 1_000_000)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"factcheck: error: {listing}: news.example/story: not a URL (http:// or https://)",
        f"factcheck: error: {site}/gone: HTTP 404 Not Found",
        f"factcheck: error: {site}/huge: page is over the 1 MB limit for one article "
        "(raise it with --max-bytes)",
        "factcheck: error: ftp://files.example/x: only http:// and https:// web pages can be "
        "fetched",
    ]
    assert result.stdout.splitlines()[-1].startswith("1 added, 0 skipped (already there), "
                                                     "4 failed")
    assert count_rows(db_path) == 1


def test_reextract_keeps_verdicts_of_claims_still_there(fc, site, db_path):
    assert fc("ingest", f"{site}/news/westby").exit_code == 0
    claims = json.loads(fc("claims", "--json").stdout)
    quote = next(c for c in claims if c["kind"] == "quote")
    assert fc("verdict", quote["id"], "verified").exit_code == 0
    db = sqlite3.connect(db_path)
    # the page is extracted again from the stored HTML: here a paragraph now comes first
    html = db.execute("select html from pages").fetchone()[0]
    moved = html.replace("<h1>Westby votes for a sea wall</h1>",
                         "<h1>Westby votes for a sea wall</h1><p>Updated: the council "
                         "published its minutes, which run to 212 pages, on Wednesday.</p>")
    with db:
        db.execute("update pages set html = ?", [moved])
    result = fc("reextract", 1)
    assert result.exit_code == 0, result.output
    assert "claims kept" in result.stdout and "0 dropped" in result.stdout
    after = json.loads(fc("claims", "--json").stdout)
    again = next(c for c in after if c["id"] == quote["id"])
    assert again["status"] == "verified"
    assert again["start"] > quote["start"] and again["text"] == quote["text"]
    assert any(c["text"] == "212 pages" for c in after)
    history = fc("history").stdout
    assert "extracted again" in history


def test_reextract_needs_a_stored_page(fc, tmp_path):
    article = tmp_path / "plain.txt"
    article.write_text("The council met on Monday and approved 3 new parks.\n")
    assert fc("ingest", article).exit_code == 0
    result = fc("reextract", 1)
    assert result.exit_code == 1
    assert result.stderr == ("factcheck: error: article 1 has no stored web page to extract "
                             "again (it was ingested from a text file)\n")


def test_a_huge_article_file_is_refused_with_one_line(fc, tmp_path, db_path):
    big = tmp_path / "big.txt"
    with big.open("w") as out:
        out.write("The council met. " * 400_000)  # ~6.8 MB
    result = fc("ingest", big)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"factcheck: error: {big}: 6.8 MB, over the 5 MB")
    assert fc("ingest", big, "--max-bytes", 10_000_000).exit_code == 0


async def test_the_workbench_header_shows_the_page_metadata(tmp_path):
    from tui_support import screen_text, settle

    from factcheck.models import ArticleMeta
    from factcheck.review.ingest import ingest_text
    from factcheck.store.facade import Store
    from factcheck.text.files import page_article
    from factcheck.tui.app import ReviewApp

    text, fields = page_article(GOOD_PAGE, "westby.html")
    db = tmp_path / "web.db"
    with Store.open(db) as store:
        article_id = ingest_text(store, text, ArticleMeta(**fields)).article_id
    app = ReviewApp(str(db), "alice", article_id=article_id, poll_interval=3600)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        top = screen_text(app).splitlines()[0]
    assert "Westby votes for a sea wall  The Coastal Ledger · by Tomas Reyl" in top
    assert "2024-03-07 (updated 2024-03-08)" in top


def test_hostile_page_metadata_is_escaped_in_reports(fc, tmp_path, db_path):
    hostile = '<img src=x onerror=alert(1)>\x1b[31m[evil](javascript:alert(1))'
    page = GOOD_PAGE.replace('content="The Coastal Ledger"', f'content="{hostile}"')
    path = tmp_path / "hostile.html"
    path.write_text(page, encoding="utf-8")
    assert fc("ingest", path).exit_code == 0
    site = sqlite3.connect(db_path).execute("select site_name from pages").fetchone()[0]
    assert site.lower().startswith("<img src=x") and "\x1b" not in site  # minus controls
    html = fc("export", "--format", "html").stdout.lower()
    markdown = fc("export", "--format", "md").stdout.lower()
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "\x1b" not in html + markdown
    assert "\\[evil\\](javascript:" in markdown  # brackets escaped: text, not a link


def test_review_url_fetches_the_page_then_opens_the_workbench_on_it(site, db_path,
                                                                      monkeypatch):
    from factcheck.tui.app import ReviewApp

    opened = []

    def fake_run(self, *args, **kwargs):  # stands in for the terminal UI
        opened.append(self.state.list_query.article_id)
        self.store.close()

    monkeypatch.setattr(ReviewApp, "run", fake_run)

    def review(*args):
        return CliRunner().invoke(cli, ["review", "--db", str(db_path), "--reviewer", "alice",
                                        *args])

    result = review(f"{site}/news/westby")
    assert result.exit_code == 0, result.output
    assert opened == [1] and count_rows(db_path) == 1
    bad = review(f"{site}/gone")
    assert bad.exit_code == 1 and opened == [1]
    assert bad.stderr == f"factcheck: error: {site}/gone: HTTP 404 Not Found\n"


def test_a_placeholder_published_date_is_never_a_crash(fc, tmp_path, db_path):
    article = tmp_path / "story.txt"
    article.write_text("The council met on Thursday and approved 3 new parks for the town.\n")
    (tmp_path / "story.meta.json").write_text('{"published": "0001-01-01"}')
    result = fc("ingest", article)
    assert result.exit_code == 0, result.output
    claims = json.loads(fc("claims", "--json").stdout)
    assert [c["date"] for c in claims if c["kind"] == "date"] == [None]  # nothing to resolve


def test_the_command_line_default_size_limit_is_the_library_one():
    from factcheck.cli.base import DEFAULT_MAX_BYTES
    from factcheck.text.files import MAX_ARTICLE_BYTES

    assert DEFAULT_MAX_BYTES == MAX_ARTICLE_BYTES == 5_000_000


def test_reextract_drops_claims_that_are_gone_and_lists_them_in_the_history(fc, site,
                                                                            db_path):
    assert fc("ingest", f"{site}/news/westby").exit_code == 0
    claims = json.loads(fc("claims", "--json").stdout)
    homes = next(c for c in claims if c["text"] == "340 homes")
    quote = next(c for c in claims if c["kind"] == "quote")
    assert fc("verdict", homes["id"], "disputed", "--source", "https://council.example/plan",
              "--note", "Plan says 310").exit_code == 0
    assert fc("verdict", quote["id"], "verified").exit_code == 0
    db = sqlite3.connect(db_path)
    html = db.execute("select html from pages").fetchone()[0]
    cut = html.replace("council&#8217;s engineers, who expect the wall to protect 340 homes.",
                       "council&#8217;s engineers.")
    with db:
        db.execute("update pages set html = ?", [cut])
    result = fc("reextract", 1)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("0 added, 1 dropped")
    after = {c["id"]: c for c in json.loads(fc("claims", "--json").stdout)}
    assert homes["id"] not in after and after[quote["id"]]["status"] == "verified"
    event = json.loads(fc("history", "--json").stdout)[-1]
    assert event["action"] == "reextract" and event["reviewer"] == "tester"
    assert [(d["text"], d["verdict"]) for d in event["before"]["dropped"]] == [
        ("340 homes", "disputed")]
    assert db.execute("select count(*) from sources").fetchone()[0] == 0
    assert fc("reextract", 1).stdout.startswith("article 1: unchanged")


def test_claims_match_by_text_unmoved_first_then_nearest():
    from factcheck.models import Claim, StoredClaim, Verdict
    from factcheck.review.reextract import match_claims

    def stored(claim_id, start):
        return StoredClaim(claim_id, 1, claim_id, Claim("number", "5 boats", start, start + 7),
                           Verdict(claim_id, "pending", None, "t", 1))

    old = [stored(1, 10), stored(2, 50)]
    new = [Claim("number", "5 boats", 40, 47), Claim("number", "5 boats", 10, 17),
           Claim("number", "5 boats", 90, 97)]
    assert match_claims(old, new) == {1: 1, 0: 2}  # the third is new
