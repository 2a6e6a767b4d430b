"""Original test articles (tests/articles/, heldout/, blind2/, blind3/, blind4/, blind5/) scored item by item against
their gold tables.

Each gold table lists every quote (with its speaker) and every number and date a
fact-checker would check; items marked `required: false` may be found or not. A
prediction that overlaps no gold item at all is a false positive.
"""

import json
from pathlib import Path

import pytest

from factcheck.extract import extract_claims

HERE = Path(__file__).parent
GOLDS = [g for folder in ("articles", "heldout", "blind2", "blind3", "blind4", "blind5") for g in sorted(HERE.glob(f"{folder}/*.gold.json"))]


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def load(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    return gold, extract_claims(text, published=gold["published"])


def quote_match(g, quotes):
    for q in quotes:
        if overlap(g["start"], g["end"], q.start, q.end) >= 0.8 * (g["end"] - g["start"] - 2) and (q.end - q.start) <= 2 * (g["end"] - g["start"]) + 4:
            return q
    return None


def value_ok(g, p):
    if g.get("date"):
        d = p.date or ""
        return d.startswith(g["date"]) or (len(g["date"]) == 7 and g["date"].startswith(d[:7]))
    if g["value"] is None:
        return True
    for want in [g["value"]] + g.get("also_accept", []):
        if p.value is not None and abs(p.value - want) < 1e-6:
            return True
        if p.value is not None and p.value_max is not None and p.value <= want <= p.value_max:
            return True
    return False


CASES = []
for path in GOLDS:
    gold = json.loads(path.read_text(encoding="utf-8"))
    for g in gold["quotes"]:
        if g["required"]:
            CASES.append(pytest.param(path, "quote", g, id=f"{path.stem.split('.')[0]}:q{g['start']}"))
    for g in gold["numbers"]:
        if g["required"]:
            CASES.append(pytest.param(path, "number", g, id=f"{path.stem.split('.')[0]}:n{g['start']}:{g['text'][:20]}"))

# the whole gold name or a declared alias of it (tests/speaker_aliases.json): a last-word
# match let "Nora Fennelly" pass for her daughter "Siobhán Fennelly"
SPEAKER_ALIASES = {k: v for k, v in json.loads((HERE / "speaker_aliases.json").read_text(encoding="utf-8")).items()
                   if not k.startswith("_")}

_cache: dict = {}


def predicted(path):
    if path not in _cache:
        _cache[path] = load(path)
    return _cache[path]


@pytest.mark.parametrize("path,kind,g", CASES)
def test_gold_item_is_found(path, kind, g):
    gold, claims = predicted(path)
    if kind == "quote":
        found = quote_match(g, [c for c in claims if c.kind == "quote"])
        assert found is not None, f"missed quote {g['text']}"
        if g["speaker"]:
            accepted = [g["speaker"]] + SPEAKER_ALIASES.get(g["speaker"], [])
            assert found.speaker in accepted, f"{g['text'][:50]}: speaker {found.speaker!r}, want one of {accepted!r}"
    else:
        hits = [c for c in claims if c.kind in ("number", "date") and overlap(g["start"], g["end"], c.start, c.end)]
        assert hits, f"missed {g['text']}"
        assert any(value_ok(g, c) for c in hits), f"{g['text']}: got {[(c.text, c.value, c.date) for c in hits]}"


@pytest.mark.parametrize("path", GOLDS, ids=[p.name.split(".")[0] for p in GOLDS])
def test_no_false_positives(path):
    gold, claims = predicted(path)
    extra = []
    for c in claims:
        items = gold["quotes"] if c.kind == "quote" else gold["numbers"]
        if c.kind == "quote":
            ok = any(quote_match(g, [c]) for g in items)
        else:
            ok = any(overlap(g["start"], g["end"], c.start, c.end) for g in items)
        if not ok:
            extra.append((c.kind, c.text))
    assert extra == []


def test_there_are_enough_articles():
    assert len(GOLDS) >= 12
