"""Numbers in one article that do not fit together, each flagged with the arithmetic.

Five checks, on the claims extraction found:

- a percentage against two counts of the same thing (52 released of about 1,300 is
  4.0 %; of 1,400 it is 3.7 %, which still rounds to 4 — both are said);
- a share restating the part and whole before it ("cut 300 of its 1,200 staff, or 40
  percent" is 25 %);
- the same counted thing given with different values in similar sentences;
- parts that add up to more than their total ("120 people, including 80 women and
  60 children"; "a £12m budget includes £8m for roads and £6m for schools"; "The 1,000
  staff voted. Of them, 700 …");
- dates in the wrong order for the words between them ("on March 5, after the vote on
  March 9"; by month for "in March, after the vote in May").

Pure functions over claims; `lint_article(store, id)` is the one that reads the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from factcheck.models import Claim

_SHARE_UNITS = ("percent", "percentage points", "fraction")
_NOT_COUNTS = frozenset(("percent", "percentage points", "fraction", "years old", "score", "ratio"))
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades centuries".split())
DIGIT_RUN = re.compile(r"[\d,.]+")


@dataclass(frozen=True)
class Finding:
    """One observation about an article's numbers: a problem ("warning") or a check that passed ("ok")."""

    check: str  # percentage | same_count | total | date_order
    severity: str  # warning | ok
    message: str
    claim_ids: tuple[int, ...]

    def to_dict(self) -> dict:
        return {"check": self.check, "severity": self.severity, "message": self.message,
                "claims": list(self.claim_ids)}


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def _decimals(text: str) -> int:
    m = re.search(r"\d+\.(\d+)", text)
    return len(m.group(1)) if m else 0


def _is_count(c: Claim) -> bool:
    """A count of things: not a share, an age, a duration, money or a rank ('second place')."""
    return c.kind == "number" and c.value is not None and c.value >= 1 and (c.unit or "") not in _NOT_COUNTS \
        and (c.unit or "") not in _TIME_UNITS and not (c.unit or "").isupper() and c.qualifier != "ordinal"


def _is_money(c: Claim) -> bool:
    return c.kind == "number" and c.value is not None and (c.unit or "").isupper() and len(c.unit or "") == 3


def _values(c: Claim) -> list[float]:
    return [c.value] if c.value_max is None else [c.value, c.value_max]


def check_percentages(claims: list[tuple[int, Claim]]) -> list[Finding]:
    """A percentage against the pairs of counts of the same thing its sentence speaks of."""
    out = []
    counts = [(i, c) for i, c in claims if _is_count(c)]
    for pid, p in claims:
        if p.kind != "number" or p.unit != "percent" or p.value is None:
            continue
        # "4 percent of those designated as political prisoners": the counted noun must
        # follow the percentage closely, or the share is of something else
        at = p.sentence.find(p.text)
        following = " ".join(p.sentence[at + len(p.text):].lower().split()[:8]) if at >= 0 else ""
        if not following.startswith("of "):
            continue
        relevant = [(i, c) for i, c in counts if c.unit and re.search(rf"\b{re.escape(c.unit.lower())}\b", following)]
        units = {c.unit for _, c in relevant}
        pairs = []
        for unit in units:
            same = [(i, c) for i, c in counts if c.unit == unit]
            for ai, a in same:
                for bi, b in same:
                    if ai == bi or a.value_max is not None:
                        continue
                    for total in _values(b):
                        if a.value < total:
                            pairs.append((ai, a, bi, total))
        if not pairs:
            continue
        tolerance = 0.5 * 10 ** -_decimals(p.text)
        if p.qualifier in ("about", "around", "roughly", "nearly", "almost", "some", "approximately", "an estimated", "estimated"):
            tolerance = max(tolerance, 1.0)
        stated = _values(p)
        lines_ok, lines_bad = [], []
        ids_ok, ids_bad = {pid}, {pid}
        seen = set()
        for ai, a, bi, total in pairs:
            if (a.value, total) in seen:
                continue
            seen.add((a.value, total))
            share = a.value / total * 100
            fits = any(abs(share - s) <= tolerance + 1e-9 for s in stated) or (
                p.value_max is not None and p.value <= share <= p.value_max)
            line = f"{_fmt(a.value)} of {_fmt(total)} {a.unit} = {share:.1f}%"
            if not fits and not _same_group(p, following, a):
                continue  # "31 percent of coastal households" is no share of "420 inland households"
            if fits:
                rounded = round(share, _decimals(p.text))
                if abs(share - rounded) > 1e-9:
                    line += f", which rounds to {_fmt(rounded)}"
                lines_ok.append(line)
                ids_ok |= {ai, bi}
            else:
                lines_bad.append(line)
                ids_bad |= {ai, bi}
        if lines_ok:
            out.append(Finding("percentage", "ok", f"“{p.text}” fits: " + "; ".join(lines_ok), tuple(sorted(ids_ok))))
        elif lines_bad:
            out.append(Finding("percentage", "warning",
                               f"“{p.text}” matches no pair of counts: " + "; ".join(lines_bad[:3]),
                               tuple(sorted(ids_bad))))
    return out


def _same_group(p: Claim, following: str, part: Claim) -> bool:
    """The part counted may be what a percentage is of: it stands in the percentage's sentence,
    or its words share one with the words after the percentage beyond the counted noun."""
    if part.sentence == p.sentence:
        return True
    wanted = {w.strip(".,;:’'\"") for w in following.split() if len(w) > 3} - {(part.unit or "").lower()}
    return bool(wanted & {w.strip(".,;:’'\"") for w in _context(part).lower().split() if len(w) > 3})


_SHARE_BACK = re.compile(r"(?:,?\s+or|\(|,?\s+[—–-]|,?\s+(?:equivalent to|representing|some|about|roughly|nearly|almost))\s*$", re.I)


def check_part_shares(claims: list[tuple[int, Claim]]) -> list[Finding]:
    """'cut 300 of its 1,200 staff, or 40 percent': a share that restates the part and the
    whole just before it ('or', a bracket, a dash) must be their ratio."""
    out = []
    by_sentence: dict[str, list[tuple[int, Claim]]] = {}
    for i, c in claims:
        if c.kind == "number" and c.value is not None:
            by_sentence.setdefault(c.sentence, []).append((i, c))
    for sentence, items in by_sentence.items():
        items.sort(key=lambda t: t[1].start)
        for k in range(2, len(items)):
            (ai, part), (bi, whole), (pi, share) = items[k - 2], items[k - 1], items[k]
            if share.unit not in ("percent", "fraction") or share.value_max is not None:
                continue
            if sentence[sentence.find(share.text) + len(share.text):].lstrip().startswith("of "):
                continue  # "8 percent of the moorings": check_percentages weighs it
            if not (_is_count(part) or _is_money(part)) or part.unit != whole.unit or part.value_max or whole.value_max:
                continue
            gap_part = sentence[sentence.find(part.text) + len(part.text):sentence.find(whole.text)]
            gap_share = sentence[sentence.find(whole.text) + len(whole.text):sentence.find(share.text)]
            if not re.fullmatch(r"\s+of\s+(?:the|its|their|his|her|our|a|an)?\s*(?:[\w’']+['’]s\s+)?", gap_part) \
                    or not _SHARE_BACK.search(gap_share) or whole.value <= part.value:
                continue
            actual = part.value / whole.value * 100
            stated = share.value * 100 if share.unit == "fraction" else share.value
            tolerance = max(0.5 * 10 ** -_decimals(share.text), 1.0 if share.qualifier else 0.5)
            line = f"{_fmt(part.value)} of {_fmt(whole.value)} {whole.unit} = {actual:.1f}%"
            if abs(actual - stated) <= tolerance + 1e-9:
                out.append(Finding("percentage", "ok", f"“{share.text}” fits: {line}", (ai, bi, pi)))
            else:
                out.append(Finding("percentage", "warning", f"“{share.text}” does not fit: {line}", (ai, bi, pi)))
    return out


def words_around(sentence: str, text: str, width: int) -> tuple[list[str], list[str]] | None:
    """The `width` words before and after a figure in its sentence, numbers left out
    (None when the figure is not in the sentence)."""
    at = sentence.find(text)
    if at < 0:
        return None
    left = DIGIT_RUN.sub(" ", sentence[:at]).split()[-width:]
    right = DIGIT_RUN.sub(" ", sentence[at + len(text):]).split()[:width]
    return left, right


def _context(c: Claim, width: int = 5) -> str:
    """The words around a count, numbers left out: what is being counted, doing what."""
    around = words_around(c.sentence, c.text, width)
    if around is None:
        return c.unit or ""
    return " ".join(around[0] + [c.unit or ""] + around[1])


def check_same_count(claims: list[tuple[int, Claim]], threshold: float = 80.0) -> list[Finding]:
    """The same counted thing, said in much the same words, with different values."""
    out = []
    counts = [(i, c) for i, c in claims if _is_count(c) and c.unit]
    for x, (ai, a) in enumerate(counts):
        for bi, b in counts[x + 1:]:
            if a.unit != b.unit or set(_values(a)) & set(_values(b)) or a.sentence == b.sentence:
                continue  # one sentence giving two figures is listing parts, not contradicting itself
            if a.value_max is not None and a.value <= b.value <= a.value_max:
                continue
            if b.value_max is not None and b.value <= a.value <= b.value_max:
                continue
            ca, cb = _context(a), _context(b)
            shared = {w for w in ca.lower().split() if len(w) > 3} & {w for w in cb.lower().split() if len(w) > 3}
            similarity = fuzz.token_set_ratio(ca, cb, processor=utils.default_process)
            if similarity >= threshold and len(shared) >= 2:
                out.append(Finding(
                    "same_count", "warning",
                    f"“{a.text}” and “{b.text}” seem to count the same {a.unit} "
                    f"({similarity:.0f}% similar wording) but differ", (ai, bi)))
    return out


_PART_CUES = re.compile(
    r"\b(?:including|includes?|included|of\s+whom|of\s+them|among\s+them|among\s+whom|of\s+which|"
    r"made\s+up\s+of|comprising|split\s+(?:between|into)|divided\s+(?:between|into))\b", re.I)
_GROUPS_OF_BEFORE = re.compile(r"^\s*(?:Of\s+(?:them|those|these|whom)|Among\s+them)\b")
# "Of the 1,000 staff, 700 …", "The 1,000 staff voted: 700 …": a total, then its groups in one sentence
_TOTAL_OPENS = re.compile(r"^\s*(?:Of|Among)\s+(?:the|its|their|his|her|our)\s+(?:[\w’']+['’]s\s+)?$")
_COLON_AFTER_TOTAL = re.compile(r"^[^,;.]*:\s*$")
_TOTAL_CUES = re.compile(r"\b(?:a total of|in total|in all|altogether|combined|overall)\b", re.I)


def check_totals(claims: list[tuple[int, Claim]]) -> list[Finding]:
    """Within one sentence: parts after 'including' that exceed their total, or parts that
    do not add up to 'a total of' N."""
    out = []
    by_sentence: dict[str, list[tuple[int, Claim]]] = {}
    for i, c in claims:
        if (_is_count(c) or _is_money(c)) and c.value_max is None:
            by_sentence.setdefault(c.sentence, []).append((i, c))
    out += _groups_after_a_total(by_sentence)
    for sentence, items in by_sentence.items():
        items.sort(key=lambda t: t[1].start)
        split = _total_then_groups(sentence, items)
        if split:
            out.append(split)
            continue
        money = {c.unit for _, c in items if _is_money(c)}
        if money:  # money parts against a money total, in one currency
            items = [(i, c) for i, c in items if c.unit == items[0][1].unit] if len(money) == 1 else []
        if len(items) < 3:
            continue
        cue = _PART_CUES.search(sentence)
        if cue:
            first_i, first = items[0]
            parts = items[1:]
            total = sum(c.value for _, c in parts)
            if any(c.value >= first.value for _, c in parts):
                continue  # a "part" as large as the whole counts something else ("three stops, including a town of 500")
            if total > first.value:
                out.append(Finding("total", "warning",
                                   f"parts add up to {_fmt(total)}, more than “{first.text}”",
                                   tuple(i for i, _ in items)))
            continue
        tm = _TOTAL_CUES.search(sentence)
        if tm:
            after = [(i, c) for i, c in items if sentence.find(c.text) >= tm.start()]
            if not after:
                continue
            ti, t = after[0]
            parts = [(i, c) for i, c in items if i != ti]
            total = sum(c.value for _, c in parts)
            if abs(total - t.value) > 1e-9:
                out.append(Finding("total", "warning",
                                   f"parts add up to {_fmt(total)}, not “{t.text}”",
                                   tuple(i for i, _ in items)))
            else:
                out.append(Finding("total", "ok", f"parts add up to “{t.text}”", tuple(i for i, _ in items)))
    return out


def _total_then_groups(sentence: str, items: list[tuple[int, Claim]]) -> Finding | None:
    """'Of the 1,000 staff, 700 voted yes and 450 no', 'Of the €2.5bn, €1.8bn … and €0.9bn …',
    'The 1,000 members voted: 700 …': groups of the total that opens the sentence may not add
    up to more than it."""
    if len(items) < 3 or _PART_CUES.search(sentence) or _TOTAL_CUES.search(sentence):
        return None  # "including", "a total of": weighed as parts of a total below
    (ti, total), parts = items[0], items[1:]
    at = sentence.find(total.text)
    after = sentence[at + len(total.text):sentence.find(parts[0][1].text)] if at >= 0 else ""
    if not (_TOTAL_OPENS.match(sentence[:max(at, 0)]) or _COLON_AFTER_TOTAL.match(after)):
        return None
    if _is_money(total) and any(c.unit != total.unit for _, c in parts):
        return None
    added = sum(c.value for _, c in parts)
    if added <= total.value or any(c.value >= total.value for _, c in parts):
        return None  # a "group" as large as the total counts something else
    return Finding("total", "warning", f"groups add up to {_fmt(added)}, more than “{total.text}”",
                   (ti,) + tuple(i for i, _ in parts))


def _groups_after_a_total(by_sentence: dict[str, list[tuple[int, Claim]]]) -> list[Finding]:
    """'The 1,000 staff voted. Of them, 700 voted yes and 450 no.': groups of a total that
    the next sentence splits up may not add up to more than it."""
    out = []
    ordered = sorted(by_sentence.items(), key=lambda kv: min(c.start for _, c in kv[1]))
    for (_, before), (sentence, items) in zip(ordered, ordered[1:]):
        if not _GROUPS_OF_BEFORE.match(sentence) or len(items) < 2 or _is_money(items[0][1]):
            continue
        ti, total = max(before, key=lambda t: t[1].start)
        parts = sum(c.value for _, c in items)
        if parts > total.value:
            out.append(Finding("total", "warning", f"groups add up to {_fmt(parts)}, more than “{total.text}”",
                               (ti,) + tuple(i for i, _ in items)))
    return out


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")
_MONTH_NAME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_AFTER = re.compile(r"\b(?:after|following|since|later than)\b", re.I)
_BEFORE = re.compile(r"\b(?:before|ahead of|prior to|until|earlier than)\b", re.I)


def check_date_order(claims: list[tuple[int, Claim]]) -> list[Finding]:
    """Two dates in one sentence with 'after' or 'before' between them, in the wrong order."""
    out = []
    # only written dates ("March 5", "in June"): "on Tuesday … next week" is a sequence of
    # plans, not of events
    dated = [(i, c) for i, c in claims if c.kind == "date" and c.date and len(c.date) >= 7
             and (any(ch.isdigit() for ch in c.text) or _MONTH_NAME.search(c.text))]
    by_sentence: dict[str, list[tuple[int, Claim]]] = {}
    for i, c in dated:
        by_sentence.setdefault(c.sentence, []).append((i, c))
    for sentence, items in by_sentence.items():
        items.sort(key=lambda t: t[1].start)
        for (ai, a), (bi, b) in zip(items, items[1:]):
            between = sentence[sentence.find(a.text) + len(a.text):sentence.find(b.text)]
            if len(between) > 80:
                continue
            precision = min(len(a.date), len(b.date))  # "in March, after the vote on May 9": by month
            guessed = not (_YEAR_WRITTEN.search(a.text) and _YEAR_WRITTEN.search(b.text))
            if guessed and a.date[:4] != b.date[:4]:
                continue  # a year inferred from tense is too weak to call the order wrong
            da, db = a.date[:precision], b.date[:precision]
            if _AFTER.search(between) and da < db:
                out.append(Finding("date_order", "warning",
                                   f"{a.text} ({a.date}) is said to come after {b.text} ({b.date})", (ai, bi)))
            elif _BEFORE.search(between) and da > db:
                out.append(Finding("date_order", "warning",
                                   f"{a.text} ({a.date}) is said to come before {b.text} ({b.date})", (ai, bi)))
    return out


def lint_claims(claims: list[tuple[int, Claim]]) -> list[Finding]:
    """Every check over one article's (id, claim) pairs, warnings first."""
    findings = (check_percentages(claims) + check_part_shares(claims) + check_same_count(claims)
                + check_totals(claims) + check_date_order(claims))
    return sorted(findings, key=lambda f: (f.severity != "warning", f.check))


def lint_article(store, article_id: int) -> list[Finding]:
    store.article(article_id)  # NotFoundError for an unknown id
    claims = [(sc.id, sc.claim) for sc in store.iter_claims(article_id=article_id)]
    return lint_claims(claims)
