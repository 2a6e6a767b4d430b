"""Quote against source: where a quote appears in a transcript or statement, and how it differs.

rapidfuzz finds the best matching stretch of the source (character alignment on a
normalised copy, so line breaks, quote-mark styles and case do not count), then a
word-level edit script between the quote and that stretch says what changed. The
classification is what a fact-checker needs to know first:

- ``exact``: the same words and punctuation;
- ``punctuation``: only punctuation or capitalisation differ;
- ``minor``: some wording differs, but no word that changes meaning;
- ``altered``: a negation, a number or a name differs;
- ``not_found``: nothing in the source is close enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from factcheck.extract.quotes import quote_core  # noqa: F401  (part of this module's API)

CLASSES = ("exact", "punctuation", "minor", "altered", "not_found")
FOUND_THRESHOLD = 70.0  # partial-ratio score below which a quote is "not found"

_TRANSLATE = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "\u00a0": " ", "…": "...",
})
_WORD = re.compile(r"[\w'’]+(?:[.,][\d]+)*|[^\w\s]")
_NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor without cannot can't won't don't doesn't "
    "didn't isn't aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't "
    "mustn't n't".split()
)
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion dozen half third quarter percent".split()
)


@dataclass(frozen=True)
class WordChange:
    """One difference between the quote (as printed) and the source (as said)."""

    tag: str  # "insert" (in the source, not the quote), "delete" (in the quote only), "replace"
    quote: str
    source: str

    def describe(self) -> str:
        if self.tag == "insert":
            return f"+ {self.source}"
        if self.tag == "delete":
            return f"- {self.quote}"
        return f"~ {self.quote} → {self.source}"


@dataclass(frozen=True)
class QuoteMatch:
    classification: str
    score: float = 0.0
    start: int = -1  # offsets of the matching stretch in the source text
    end: int = -1
    excerpt: str = ""
    changes: list[WordChange] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.classification != "not_found"

    def to_dict(self) -> dict:
        return {
            "classification": self.classification, "score": round(self.score, 1),
            "start": self.start, "end": self.end, "excerpt": self.excerpt,
            "changes": [c.describe() for c in self.changes], "reasons": self.reasons,
        }


def _normalise(text: str) -> tuple[str, list[int]]:
    """Text with unified quote marks and dashes and single spaces, and for every character
    of it the offset it came from in `text`."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_TRANSLATE)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _bare(tok: str) -> str:
    return tok.lower().replace("’", "'")


def align_quote(quote: str, source: str, threshold: float = FOUND_THRESHOLD) -> QuoteMatch:
    """Find `quote` (a claim's text, marks and all) in `source` and classify the difference."""
    core = quote_core(quote)
    if not core or not source.strip():
        return QuoteMatch("not_found")
    q_norm, _ = _normalise(core)
    s_norm, s_map = _normalise(source)
    q_low, s_low = q_norm.lower(), s_norm.lower()
    if len(q_low) != len(q_norm) or len(s_low) != len(s_norm):
        q_low, s_low = q_norm, s_norm  # lower() changed lengths: match case-sensitively
    rough = fuzz.partial_ratio_alignment(q_low, s_low, score_cutoff=threshold)
    if rough is None:
        return QuoteMatch("not_found")
    # widen the character alignment to whole words with some slack, then let a word-level
    # edit script decide exactly where the quote starts and ends in the source
    slack = max(80, 2 * len(q_norm))  # the source may hold words the quote dropped
    ws = max(0, rough.dest_start - slack)
    we = min(len(s_norm), rough.dest_end + slack)
    window = [(w, a + ws, b + ws) for w, a, b in _words(s_norm[ws:we])]
    q_words = _words(q_norm)
    if not window or not q_words:
        return QuoteMatch("not_found")
    q_tokens = [_bare(w) for w, _, _ in q_words if w[0].isalnum()]
    s_idx = [i for i, (w, _, _) in enumerate(window) if w[0].isalnum()]
    s_tokens = [_bare(window[i][0]) for i in s_idx]
    # Indel (longest common subsequence) keeps every shared word aligned, so a stretch of
    # extra source words is an insertion to trim, not a substitution
    span = _matched_range(q_tokens, s_tokens)
    if span is None:
        return QuoteMatch("not_found")
    first_s, last_s = span
    ops = list(Indel.opcodes(q_tokens, s_tokens[first_s:last_s + 1]))
    start_w = window[s_idx[first_s]]
    end_w = window[s_idx[last_s]]
    n_start, n_end = start_w[1], end_w[2]
    # keep punctuation that closes the quoted sentence
    while n_end < len(s_norm) and s_norm[n_end] in ".!?,;" and q_norm.rstrip()[-1:] in ".!?,;":
        n_end += 1
    start, end = s_map[n_start], s_map[n_end - 1] + 1
    excerpt = source[start:end]
    changes = _changes(ops, q_tokens, s_tokens[first_s:last_s + 1])
    score = fuzz.ratio(q_low, s_low[n_start:n_end])
    classification, reasons = _classify(q_norm, s_norm[n_start:n_end], changes, score, threshold)
    return QuoteMatch(classification, score, start, end, excerpt, changes, reasons)


def _matched_range(q_tokens: list[str], s_tokens: list[str]) -> tuple[int, int] | None:
    """The source words the quote covers.

    Every stretch that starts and ends on one of the quote's words is a candidate; the
    one sharing most words with the quote wins, each extra source word inside it costing
    a tenth of a word (a quote's word found far away does not drag the match along, but
    words the quote dropped stay inside). Where the quote's first or last words were
    changed ("54" for "52"), the source words in their place are kept."""
    wanted = set(q_tokens)
    spots = [i for i, t in enumerate(s_tokens) if t in wanted]
    if not spots:
        return None
    n_q = len(q_tokens)
    best, best_score = None, float("-inf")
    longest = 3 * n_q + 5  # a quote is not spread over three times its length
    for x, i in enumerate(spots):
        for j in spots[x:]:
            if j - i >= longest:
                break
            span = s_tokens[i:j + 1]
            shared = (n_q + len(span) - Indel.distance(q_tokens, span)) // 2
            score = shared - 0.1 * (len(span) - shared)
            if score > best_score:
                best, best_score = (i, j), score
    i, j = best
    ops = Indel.opcodes(q_tokens, s_tokens[i:j + 1])
    lead = ops[0].src_end - ops[0].src_start if ops and ops[0].tag == "delete" else 0
    tail = ops[-1].src_end - ops[-1].src_start if ops and ops[-1].tag == "delete" else 0
    return max(0, i - lead), min(len(s_tokens) - 1, j + tail)


def _changes(ops, q_tokens: list[str], s_tokens: list[str]) -> list[WordChange]:
    """Word changes; a deletion right next to an insertion reads as a replacement."""
    out: list[WordChange] = []
    for op in ops:
        if op.tag == "equal":
            continue
        q = " ".join(q_tokens[op.src_start:op.src_end])
        s = " ".join(s_tokens[op.dest_start:op.dest_end])
        prev = out[-1] if out else None
        if prev and prev.tag in ("delete", "insert") and op.tag != prev.tag and _adjacent(ops, op):
            out[-1] = WordChange("replace", prev.quote or q, prev.source or s)
            continue
        out.append(WordChange(op.tag, q, s))
    return out


def _adjacent(ops, op) -> bool:
    i = ops.index(op)
    return i > 0 and ops[i - 1].tag != "equal"


def _is_number(tok: str) -> bool:
    return any(ch.isdigit() for ch in tok) or tok in _NUMBER_WORDS


def _classify(q_norm: str, s_norm: str, changes: list[WordChange], score: float, threshold: float):
    if score < threshold * 0.85:
        return "not_found", [f"best stretch matches only {score:.0f}%"]
    if not changes:
        same = re.sub(r"[.!?,;]+$", "", q_norm).strip() == re.sub(r"[.!?,;]+$", "", s_norm).strip()
        if same:
            return "exact", []
        return "punctuation", ["only punctuation or capitalisation differ"]
    reasons = []
    for c in changes:
        q_set, s_set = set(c.quote.split()), set(c.source.split())
        if (q_set ^ s_set) & _NEGATIONS or any(w.endswith("n't") for w in q_set ^ s_set):
            reasons.append(f"negation changed: {c.describe()}")
        elif any(_is_number(w) for w in q_set ^ s_set):
            reasons.append(f"number changed: {c.describe()}")
    reasons += _name_changes(q_norm, s_norm)
    if reasons:
        return "altered", reasons
    return "minor", [f"{len(changes)} wording change{'s' if len(changes) != 1 else ''}"]


def _name_changes(q_norm: str, s_norm: str) -> list[str]:
    """Capitalised words (not sentence-initial) in one text and not the other: a name changed."""
    def names(text: str) -> set[str]:
        out = set()
        prev = "."
        for w, _, _ in _words(text):
            if w[0].isupper() and prev not in ".!?\"'" and w.lower() not in ("i",):
                out.add(w)
            prev = w
        return out

    q_names, s_names = names(q_norm), names(s_norm)
    q_low = {w.lower() for w, _, _ in _words(q_norm)}
    s_low = {w.lower() for w, _, _ in _words(s_norm)}
    out = []
    for n in sorted(q_names - s_names):
        if n.lower() not in s_low:
            out.append(f"name changed: {n} is not in the source")
    for n in sorted(s_names - q_names):
        if n.lower() not in q_low:
            out.append(f"name changed: the source says {n}")
    return out
