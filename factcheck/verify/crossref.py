"""The same claim across articles: where else a quote or a figure appears, and where they clash.

Candidates come from indexes (a quote's rarest words through full-text search and its
speaker; a figure's unit and value), then rapidfuzz scores them, so one lookup among
100,000 claims stays well under 100 ms. Conflicts are what a desk wants flagged: the
same quote attributed to someone else, or the same counted thing with another value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from factcheck.verify.consistency import DIGIT_RUN, words_around
from factcheck.verify.match import quote_core
from factcheck.models import StoredClaim
from factcheck.store.facade import Store

QUOTE_MATCH = 85.0  # token-set similarity of quote texts that makes them "the same quote"
FIGURE_CONTEXT = 60.0  # similarity of the words around two equal figures
CANDIDATES = 2000  # claims of other articles read for one lookup (the rarest first)
CONFLICT_CONTEXT = 80.0  # similarity of the words around two different figures of one thing
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words of a quote or a figure's context searched for candidates: enough that a short
# partial quote is found from the long quote it is part of, as it finds the long one.
QUERY_WORDS = 24


@dataclass(frozen=True)
class CrossMatch:
    """Another article's claim that says the same thing (or clashes with this one)."""

    claim: StoredClaim
    score: float
    conflict: str | None = None  # why it clashes: "speaker" or "value"

    def describe(self) -> str:
        c = self.claim.claim
        where = f"article {self.claim.article_id}, claim {self.claim.id}"
        what = f"{c.text[:70]}" + (f" — {c.speaker}" if c.kind == "quote" and c.speaker else "")
        clash = {"speaker": " [attributed to someone else]", "value": " [different figure]"}.get(self.conflict or "", "")
        return f"{where} ({self.claim.status}, {self.score:.0f}%): {what}{clash}"

    def to_dict(self) -> dict:
        return {"claim_id": self.claim.id, "article_id": self.claim.article_id,
                "text": self.claim.claim.text, "speaker": self.claim.claim.speaker,
                "value": self.claim.claim.value, "status": self.claim.status,
                "score": round(self.score, 1), "conflict": self.conflict}


def reusable(m: CrossMatch) -> bool:
    """Whether `review.reuse_verdict` takes this match's verdict without --force: it says
    the same thing (no conflict) and has a verdict."""
    return m.conflict is None and m.claim.status != "pending"


def seen_summary(found: list[CrossMatch] | tuple[CrossMatch, ...]) -> str:
    """One line on what `matches` found, the same in the CLI and the workbench: "seen in
    2 other articles: 1 matching claim, 1 conflicting claim"."""
    articles = len({m.claim.article_id for m in found})
    clashes = sum(m.conflict is not None for m in found)
    same = len(found) - clashes
    return (f"seen in {articles} other article{'s' if articles != 1 else ''}: "
            f"{same} matching claim{'s' if same != 1 else ''}, "
            f"{clashes} conflicting claim{'s' if clashes != 1 else ''}")


def context(sentence: str, text: str, width: int = 6) -> str:
    """The words around a figure in its sentence, numbers left out."""
    around = words_around(sentence, text, width)
    if around is None:
        return DIGIT_RUN.sub(" ", sentence)
    return " ".join(around[0] + around[1])


def _same_speaker(a: str | None, b: str | None, aliases: dict[str, str]) -> bool:
    if not a or not b:
        return True  # nobody named: no evidence of a clash
    a, b = aliases.get(a, a), aliases.get(b, b)
    return a == b or a.split()[-1] == b.split()[-1]


def matches(store: Store, claim_id: int, limit: int = 20) -> list[CrossMatch]:
    """Claims in other articles that repeat this one, conflicts first, then best first."""
    sc = store.claim(claim_id)
    c = sc.claim
    if c.kind == "quote":
        found = _quote_matches(store, sc)
    elif c.kind == "number":
        found = _figure_matches(store, sc)
    else:
        found = []
    found.sort(key=lambda m: (m[2] is None, -m[1]))
    return [CrossMatch(store.claim(cid), score, clash) for cid, score, clash in found[:limit]]


def _quote_matches(store: Store, sc: StoredClaim) -> list[tuple[int, float, str | None]]:
    c = sc.claim
    if c.mention:
        return []
    core = quote_core(c.text)
    words = store.rarest(_WORD.findall(core.lower()), n=QUERY_WORDS)
    candidates = {row["id"]: row for row in store.search_quotes(words, exclude_article=sc.article_id)}
    if c.speaker:
        for row in store.claim_brief("quote", speaker=c.speaker, exclude_article=sc.article_id, limit=CANDIDATES):
            candidates.setdefault(row["id"], row)
    choices = {cid: quote_core(row["text"]) for cid, row in candidates.items() if not row["mention"]}
    if not choices:
        return []
    aliases = store.speaker_aliases()
    out = []
    for _text, score, cid in process.extract(core, choices, scorer=fuzz.token_set_ratio,
                                             processor=utils.default_process,
                                             score_cutoff=QUOTE_MATCH, limit=None):
        # a short quote inside a long one scores 100 on token sets; ask for real overlap too
        if fuzz.ratio(core.lower(), choices[cid].lower()) < 50 and fuzz.partial_ratio(core.lower(), choices[cid].lower()) < 90:
            continue
        other = candidates[cid]
        clash = None if _same_speaker(c.speaker, other["speaker"], aliases) else "speaker"
        out.append((cid, score, clash))
    return out


def _figure_matches(store: Store, sc: StoredClaim) -> list[tuple[int, float, str | None]]:
    c = sc.claim
    if c.value is None or not c.unit:
        return []
    here = context(c.sentence, c.text)
    mine = _content_words(here)
    out = []
    rows = store.claim_brief("number", unit=c.unit, value=c.value, exclude_article=sc.article_id, limit=CANDIDATES)
    same = {r["id"]: context(r["sentence"], r["text"]) for r in rows}
    for _t, score, cid in process.extract(here, same, scorer=fuzz.token_set_ratio,
                                          processor=utils.default_process,
                                          score_cutoff=FIGURE_CONTEXT, limit=None):
        out.append((cid, score, None))
    # the same counted thing with another figure: same unit, near-identical wording
    rows = store.search_figures(store.rarest(list(mine), n=QUERY_WORDS), c.unit, exclude_article=sc.article_id)
    others = {r["id"]: context(r["sentence"], r["text"]) for r in rows
              if r["value"] != c.value and not _overlaps(c, r)}
    for _t, score, cid in process.extract(here, others, scorer=fuzz.token_set_ratio,
                                          processor=utils.default_process,
                                          score_cutoff=CONFLICT_CONTEXT, limit=None):
        if len(mine & _content_words(others[cid])) >= 2:  # more than a shared unit
            out.append((cid, score, "value"))
    return out


def _content_words(s: str) -> set[str]:
    return {w for w in utils.default_process(s).split() if len(w) > 3}


def _overlaps(a, row: dict) -> bool:
    """Ranges that include each other's figure are not different figures."""
    v, vmax = row["value"], row["value_max"]
    if v is None:
        return True
    if a.value_max is not None and a.value <= v <= a.value_max:
        return True
    return vmax is not None and v <= a.value <= vmax


# ------------------------------------------------------------------ speakers

@dataclass(frozen=True)
class Speaker:
    name: str
    quotes: int
    aliases: tuple[str, ...]


def speakers(store: Store) -> list[Speaker]:
    """Canonical speakers with their quote counts and the other names they appear under:
    a surname alone ("Okafor") or a shorter form of a longer name, plus merged aliases."""
    counts = store.speaker_counts()
    merged = store.speaker_aliases()
    names = sorted(counts, key=lambda n: (-len(n.split()), n))
    owner: dict[str, str] = {}
    for name in names:
        if name in owner:
            continue
        for other in names:
            if other != name and other not in owner and _is_alias(other, name):
                owner[other] = name
    out: dict[str, list[str]] = {}
    for name in names:
        if name not in owner:
            out.setdefault(name, [])
    for alias, canonical in owner.items():
        out.setdefault(canonical, []).append(alias)
    for alias, canonical in merged.items():
        out.setdefault(canonical, [])
        if alias not in out[canonical]:
            out[canonical].append(alias)
    result = []
    for name, alias_list in out.items():
        n = counts.get(name, 0) + sum(counts.get(a, 0) for a in alias_list if a in owner)
        result.append(Speaker(name, n, tuple(sorted(alias_list))))
    return sorted(result, key=lambda s: (-s.quotes, s.name))


def _is_alias(short: str, full: str) -> bool:
    s, f = short.split(), full.split()
    return len(s) < len(f) and s[-1] == f[-1] and all(t in f for t in s)
