"""The committed gold tables are exactly what their sets' declarations build.

Every article set declares its gold items by text in tests/SET/_build_gold.py, with one shared
builder (tests/goldkit.py). A gold file edited by hand, or a declaration changed without rebuilding,
would make the extraction tests measure against something nobody declared: this fails instead.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import goldkit

HERE = Path(__file__).parent
SETS = sorted(p.parent.name for p in HERE.glob("*/_build_gold.py"))


def declared(set_name: str) -> goldkit.GoldSet:
    path = HERE / set_name / "_build_gold.py"
    spec = importlib.util.spec_from_file_location(f"gold_{set_name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.GOLD


def test_every_article_set_is_built_by_the_shared_builder():
    assert len(SETS) >= 6
    for name in SETS:
        assert isinstance(declared(name), goldkit.GoldSet), name


@pytest.mark.parametrize("set_name", SETS)
def test_committed_golds_are_what_the_declarations_build(set_name):
    gold_set = declared(set_name)
    files, _ = goldkit.built_files(gold_set)
    on_disk = {p for p in gold_set.folder.glob("*.json")}
    assert on_disk == set(files), "a gold or meta file has no declaration, or a declared one is missing"
    for path, text in files.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} differs from its declarations: run python {path.parent.name}/_build_gold.py")


def _one_article(tmp_path, text, items, not_claims=()):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return goldkit.build(tmp_path, goldkit.Article("a", "A", "2025-03-10", items, tuple(not_claims)))


def test_a_digit_outside_every_gold_number_is_an_error(tmp_path):
    with pytest.raises(goldkit.GoldError, match="'12'"):
        _one_article(tmp_path, "The council hired 12 staff.", [])
    gold, _, _ = _one_article(tmp_path, "The council hired 12 staff.", [goldkit.N("12 staff", 12)])
    assert gold["numbers"] == [dict(start=18, end=26, text="12 staff", value=12, required=True)]


def test_an_ambiguous_or_missing_span_is_an_error(tmp_path):
    text = "“Yes,” she said. “Yes,” he said."
    with pytest.raises(goldkit.GoldError, match="occurs 2 times"):
        _one_article(tmp_path, text, [goldkit.Q("“Yes,”", "Ann")])
    with pytest.raises(goldkit.GoldError, match="not found"):
        _one_article(tmp_path, text, [goldkit.Q("“No,”", "Ann")])


def test_a_number_is_not_found_inside_a_longer_number(tmp_path):
    gold, _, _ = _one_article(tmp_path, "Fares rose from £3.50 to £3 flat.",
                              [goldkit.N("£3.50", 3.5), goldkit.N("£3", 3)])
    assert [n["start"] for n in gold["numbers"]] == [16, 25]


def test_relative_dates_resolve_against_the_publication_date():
    assert goldkit.weekday("2025-03-10", "Friday", "past") == "2025-03-07"
    assert goldkit.weekday("2025-03-10", "Monday", "before") == "2025-03-03"
    assert goldkit.month("2025-11-20", "January", "future") == "2026-01"
    assert goldkit.month_day("2025-03-10", "March", 12, "past") == "2024-03-12"
    with pytest.raises(goldkit.GoldError):
        goldkit.month("2025-11-20", "January", "futur")
