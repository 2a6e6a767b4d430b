"""Pooled numbers+dates recall / precision of the extractor on this folder's articles.

    python tests/holdout_numbers/score.py dev -v     # misses and extras of the DEV articles
    python tests/holdout_numbers/score.py holdout    # the HOLDOUT line only: score, never tune

Scored like ../shared/eval/score_extract.py: a required gold number is found when an overlapping
predicted number or date has its value (or a range holding it, or its date); a prediction that
overlaps no gold number at all is a false positive.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _build_gold import DEV, HOLDOUT  # noqa: E402

from factcheck.extract import extract_claims  # noqa: E402


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def value_ok(g, p):
    if g.get("date"):
        d = str(p.date or "")
        return bool(d) and (d.startswith(g["date"]) or len(g["date"]) == 7 and g["date"].startswith(d[:7]))
    if g["value"] is None:
        return True
    for want in [g["value"]] + g.get("also_accept", []):
        if p.value is not None and abs(float(p.value) - want) < 1e-9:
            return True
        if p.value is not None and p.value_max is not None and float(p.value) <= want <= float(p.value_max):
            return True
    return False


def score(names, verbose=False):
    found = required = predicted = extra = 0
    for name in names:
        gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        preds = [c for c in extract_claims(text, gold["published"]) if c.kind in ("number", "date")]
        predicted += len(preds)
        for g in gold["numbers"]:
            hits = [p for p in preds if overlap(g["start"], g["end"], p.start, p.end)]
            if not g["required"]:
                continue
            required += 1
            if any(value_ok(g, p) for p in hits):
                found += 1
            elif verbose:
                got = [(p.text, p.value, p.value_max, p.date) for p in hits]
                print(f"  MISSED {name}: {g['text']!r} want {g.get('date') or g['value']} got {got}")
        for p in preds:
            if not any(overlap(g["start"], g["end"], p.start, p.end) for g in gold["numbers"]):
                extra += 1
                if verbose:
                    print(f"  EXTRA  {name}: {p.text!r} {p.value} {p.date}")
    return found / max(required, 1), (predicted - extra) / max(predicted, 1), required, predicted


def main():
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    names = {"dev": DEV, "holdout": HOLDOUT, "all": DEV + HOLDOUT}[split]
    verbose = "-v" in sys.argv and split == "dev"
    r, p, n_req, n_pred = score(names, verbose)
    print(f"{split}: numbers+dates R={r:.3f} P={p:.3f} ({n_req} required, {n_pred} predicted)")


if __name__ == "__main__":
    main()
