"""Reading article files: normalised text (offsets refer to it), metadata, clear refusals."""

from __future__ import annotations

import pytest

from conftest import FIXTURE
from factcheck.errors import ArticleError, InvalidInputError
from factcheck.text.page import html_to_text
from factcheck.text.files import check_encoding, find_articles, parse_date, read_article


def test_fixture_text_is_what_open_read_gives_and_meta_comes_from_beside():
    text, meta = read_article(FIXTURE)
    assert text == FIXTURE.read_text(encoding="utf-8")
    assert (meta.title, meta.published) == ("Belarus frees 52 prisoners after US mediation",
                                            "2025-09-11")


def test_bom_and_crlf_are_normalised_like_open_read(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffFirst “line”\r\nSecond\rThird\n".encode("utf-8"))
    text, _ = read_article(path)
    with open(path, encoding="utf-8") as fh:
        assert text == fh.read().lstrip("\ufeff") == "First “line”\nSecond\nThird\n"


def test_other_encodings_need_the_flag(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le café coûte 3 euros.".encode("cp1252"))
    with pytest.raises(ArticleError, match=r"not valid UTF-8 at byte 6 \(0xe9\).*--encoding"):
        read_article(path)
    text, _ = read_article(path, encoding="cp1252")
    assert text == "Le café coûte 3 euros."
    utf16 = tmp_path / "wide.txt"
    utf16.write_text("Wide text 5", encoding="utf-16")
    with pytest.raises(ArticleError, match="UTF-16.*--encoding utf-16"):
        read_article(utf16)
    assert read_article(utf16, encoding="utf-16")[0] == "Wide text 5"
    with pytest.raises(InvalidInputError, match="unknown encoding 'klingon'"):
        check_encoding("klingon")


@pytest.mark.parametrize("content, problem", [
    (b"", "file is empty"),
    (b"  \n\t \r\n", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"binary file \(a PNG image\)"),
    (b"%PDF-1.7\n", r"binary file \(a PDF document\)"),
    (b"text\x00with\x00nul", "contains NUL bytes"),
])
def test_unreadable_files_are_refused_with_a_reason(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=problem) as info:
        read_article(path)
    assert info.value.path == str(path)


def test_markdown_front_matter_is_metadata_and_offsets_follow_the_body(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: 'Budget vote'\npublished: 2024-03-05\nauthor: Kim\n---\n"
                    "The council approved 12 million.\n", encoding="utf-8")
    text, meta = read_article(path)
    assert text == "The council approved 12 million.\n"
    assert (meta.title, meta.published, meta.extra) == ("Budget vote", "2024-03-05",
                                                        {"author": "Kim"})
    (tmp_path / "post.meta.json").write_text('{"published": "2024-03-06"}')
    assert read_article(path)[1].published == "2024-03-06"  # the file beside wins
    assert read_article(path)[1].title == "Budget vote"


def test_bad_dates_in_metadata_are_errors(tmp_path):
    md = tmp_path / "a.md"
    md.write_text("---\npublished: soon\n---\nBody 1\n")
    with pytest.raises(ArticleError, match="'soon' is not a date"):
        read_article(md)
    txt = tmp_path / "b.txt"
    txt.write_text("Body 2")
    (tmp_path / "b.meta.json").write_text("{not json")
    with pytest.raises(ArticleError, match="not valid JSON") as info:
        read_article(txt)
    assert info.value.path.endswith("b.meta.json")


def test_html_keeps_article_paragraphs_and_drops_page_furniture(tmp_path):
    page = """<!doctype html><html><head><title>Council &amp; budget</title>
    <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
    <style>p { color: red }</style><script>document.write("<p>ad</p>")</script></head>
    <body><nav>Home | World <time datetime="2001-01-01">old</time></nav>
    <header><p>Subscribe now</p></header>
    <article><h1>Council approves budget</h1>
    <p>The council   approved
       €12 million on Tuesday for roads, schools and the new library on the hill.</p>
    <p>“We are pleased,” the mayor said after the vote, which passed by seven to two.</p>
    <p>Work on the library starts in May and should end before the winter.</p>
    </article><footer>© Example News</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text, meta = read_article(path)
    # the headline is the title, not a paragraph of the body
    assert text == ("The council approved €12 million on Tuesday "
                    "for roads, schools and the new library on the hill.\n\n“We are pleased,” "
                    "the mayor said after the vote, which passed by seven to two.\n\nWork on "
                    "the library starts in May and should end before the winter.")
    assert (meta.title, meta.published) == ("Council approves budget", "2024-03-05")
    assert meta.html == page  # kept, to extract again later


BODY = ("<p>The harbour board met on a wet evening and agreed to dredge the channel before "
        "the autumn storms, a job it had put off for three years running.</p>"
        "<p>Boats of every size have touched bottom at low tide since the spring.</p>")


@pytest.mark.parametrize("head, published", [
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
     '"datePublished": "2023-07-01T10:00:00Z"}]}</script>', "2023-07-01"),
    ('<meta property="article:published_time" content="0001-01-01T00:00:00Z">', None),
    ('<meta property="article:published_time" content="2999-05-05">', None),
    ("", None),
])
def test_html_published_date_is_read_and_placeholders_ignored(head, published):
    page = html_to_text(f"<html><head>{head}</head><body><article>{BODY}</article></body></html>")
    assert page.published == published
    assert page.text.startswith("The harbour board met")


def test_html_without_text_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body><nav>menu</nav></body></html>")
    with pytest.raises(ArticleError, match="no article text"):
        read_article(path)


def test_an_article_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_text("The council met. " * 1000)
    read = []
    monkeypatch.setattr(type(path), "read_bytes", lambda self: read.append(self) or b"")
    with pytest.raises(ArticleError, match=r"over the 0.01 MB limit .*--max-bytes"):
        read_article(path, max_bytes=10_000)
    assert read == []


def test_find_articles_lists_a_folder_sorted_and_reports_problems(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "a.meta.json", "notes.csv", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "empty").mkdir()
    files, errors = find_articles([str(tmp_path), str(tmp_path / "empty"), "nope.txt"])
    assert [f.name for f in files] == ["a.md", "b.txt", "c.html"]
    assert [(e.path, e.message.split(" (")[0]) for e in errors] == [
        (str(tmp_path / "empty"), "no articles in this directory"),
        ("nope.txt", "no such file or directory")]


@pytest.mark.parametrize("value, expected", [
    ("2025-09-11", "2025-09-11"), ("2025-09-11T08:00:00Z", "2025-09-11"),
    (" 2025-09-11 10:00 ", "2025-09-11")])
def test_parse_date_accepts_iso(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "yesterday", "11/09/2025",
                                   "2025-09-11x", ""])
def test_parse_date_refuses_anything_else(value):
    with pytest.raises(InvalidInputError, match="is not a date like 2025-09-11"):
        parse_date(value)


def test_an_html_file_in_its_declared_encoding_is_read(tmp_path):
    body = ("<p>Le café du port a rouvert jeudi après trois mois de travaux, et les "
            "pêcheurs y reprennent déjà leurs habitudes du matin, dit la gérante.</p>"
            "<p>La commune a payé 40 000 euros pour la nouvelle terrasse au bord de l’eau, "
            "selon le maire.</p>")
    page = (f'<html><head><meta charset="windows-1252"><title>Café</title></head>'
            f"<body><article>{body}</article></body></html>")
    path = tmp_path / "cafe.html"
    path.write_bytes(page.encode("cp1252"))
    text, _ = read_article(path)
    assert "Le café du port a rouvert jeudi après" in text and "l’eau" in text
