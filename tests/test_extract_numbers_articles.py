"""The DEV articles of tests/holdout_numbers/ scored item by item, like tests/test_extract_articles.py.

The HOLDOUT articles of that folder are left out on purpose: they are scored only with
`python tests/holdout_numbers/score.py holdout`, never turned into tests to tune against."""

import json
from pathlib import Path

import pytest

from test_extract_articles import overlap, predicted, quote_match, value_ok

HERE = Path(__file__).parent / "holdout_numbers"
DEV = ("fuel-fraud-sentencing", "snack-maker-job-cuts", "winter-vaccine-delay")
GOLDS = [HERE / f"{name}.gold.json" for name in DEV]

CASES = []
for path in GOLDS:
    gold = json.loads(path.read_text(encoding="utf-8"))
    for g in gold["numbers"]:
        if g["required"]:
            CASES.append(pytest.param(path, g, id=f"{path.name.split('.')[0]}:n{g['start']}:{g['text'][:20]}"))


@pytest.mark.parametrize("path,g", CASES)
def test_number_or_date_is_found_with_its_value(path, g):
    _, claims = predicted(path)
    hits = [c for c in claims if c.kind in ("number", "date") and overlap(g["start"], g["end"], c.start, c.end)]
    assert hits, f"missed {g['text']}"
    assert any(value_ok(g, c) for c in hits), f"{g['text']}: got {[(c.text, c.value, c.value_max, c.date) for c in hits]}"


@pytest.mark.parametrize("path", GOLDS, ids=[p.name.split(".")[0] for p in GOLDS])
def test_no_number_or_date_outside_the_gold(path):
    gold, claims = predicted(path)
    extra = [c.text for c in claims if c.kind in ("number", "date")
             and not any(overlap(g["start"], g["end"], c.start, c.end) for g in gold["numbers"])]
    assert extra == []


@pytest.mark.parametrize("path", GOLDS, ids=[p.name.split(".")[0] for p in GOLDS])
def test_every_required_quote_is_found(path):
    gold, claims = predicted(path)
    quotes = [c for c in claims if c.kind == "quote"]
    assert [g["text"] for g in gold["quotes"] if g["required"] and quote_match(g, quotes) is None] == []


def test_the_split_matches_the_builder():
    import importlib.util

    spec = importlib.util.spec_from_file_location("_numbers_gold", HERE / "_build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert builder.DEV == DEV and not set(builder.HOLDOUT) & set(DEV)
