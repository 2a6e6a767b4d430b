"""How a value reads to the user (issue 13, item 16): in `factcheck extract`, the claims table
and the workbench detail pane."""

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.extract import extract_claims
from factcheck.render import cells, claim_detail, table

ARTICLE = (
    "Harbour repairs run over budget\n\n"
    "The harbour board spent roughly £1,200,000 on repairs in 2022, and two-thirds of its "
    "members voted for more. About 1,500 work at the port and 60 offshore. One in 14 moorings "
    "is empty, and the port sits fourth in the regional table. Hundreds of boats use it.\n"
)


def details(text=ARTICLE):
    return {c.text: claim_detail(c) for c in extract_claims(text, "2025-06-11")}


def test_values_read_as_a_reporter_writes_them():
    got = details()
    assert got["roughly £1,200,000"] == "roughly £1.2 million"
    assert got["2022"] == "2022"
    assert got["two-thirds"] == "2/3 (66.7%)"
    assert got["About 1,500"] == "about 1,500"  # not "1,500 work"
    assert got["60"] == "60"  # not "60 offshore"
    assert got["One in 14 moorings"] == "1 in 14 moorings"
    assert got["fourth"] == "4th place"
    assert got["Hundreds of boats"] == "200–900 boats"


def test_extract_table_shows_the_values(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(path), "--published", "2025-06-11"]).output
    assert "roughly £1.2 million" in out and "1,200,00…" not in out
    assert "2,022" not in out and "0.666667" not in out
    assert "1,500 work" not in out and "60 offshore" not in out


def test_wide_characters_do_not_overrun_the_table():
    rows = [[1, "quote", "“東京の港は満員だ”と語った市長の発言は長い"], [2, "number", "12 boats"]]
    lines = table(["#", "KIND", "TEXT"], rows, last_width=20)
    width = cells(lines[0].split("TEXT")[0]) + 20
    assert all(cells(line) <= width for line in lines)
    assert lines[1].endswith("…")
