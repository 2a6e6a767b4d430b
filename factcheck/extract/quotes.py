"""Quote spans: pairing quote marks, telling apostrophes apart, classifying each quote.

Double marks (curly or straight) are primary quotes; single marks are quotes only
outside double ones (British style and headlines). A quote whose paragraph ends
open and whose next paragraph starts with an opening mark continues there, as in
news copy, and is one quote.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from factcheck.extract.lexicon import SPEECH_VERBS
from factcheck.extract.segment import Span

# patterns the functions below use, compiled once at import
_TRAILING_PUNCTUATION = re.compile(r"[,;:]+$")

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_DOUBLE_MARKS = re.compile(r"[“”„«»\"]")
# a single mark not between two letters or digits ([^\W_] is str.isalnum): the apostrophes
# of "don’t" and "Belarus’s" are left out by the regex, not read one by one. The mark comes
# first (a lookbehind first would be tried at every offset): no letter after it, or none before.
_SINGLE_MARKS = re.compile(r"[‘’‹›'](?:(?![^\W_])|(?<![^\W_][‘’‹›']))")
_HAS_WORD = re.compile(r"\w")
_OPENING_CONTEXT = set(" \t\n([{—–-/:;“‘\"'")


@dataclass(frozen=True)
class QuoteSpan:
    start: int
    end: int  # exclusive, after the closing mark
    closed: bool = True
    mark: int = 1  # characters in each quote mark: 2 for a doubled apostrophe ''…''

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.mark, self.end - self.mark if self.closed else self.end


def _opens_line(text: str, pos: int) -> bool:
    """Is the (non-space) character at `pos` the first non-space one of its line?"""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip(" \t")


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    end = len(text) if nl < 0 else nl
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def _pair(text: str, marks: list[tuple[int, str]]) -> list[QuoteSpan]:
    """Pair opening and closing marks ('o', 'c' or '?' for a straight mark)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_line_end = 0
    for idx, (pos, role) in enumerate(marks):
        if open_at is not None and pos > open_line_end:
            # The open quote's paragraph ended without a closing mark.
            if role in "o?" and _opens_line(text, pos):
                open_line_end = _line_end(text, pos)  # continues in this paragraph
                continue
            spans.append(QuoteSpan(open_at, open_line_end, closed=False))
            open_at = None
        if open_at is None:
            if role in "o?":
                open_at = pos
                open_line_end = _line_end(text, pos)
            continue
        if role == "a" and _later_close(marks, idx, open_line_end):
            continue
        if role in "ca?":
            if pos > open_at + 1:
                spans.append(QuoteSpan(open_at, pos + 1))
            open_at = None
        else:  # a second opening mark in one paragraph: the first was stray
            open_at = pos
    if open_at is not None:
        spans.append(QuoteSpan(open_at, _line_end(text, open_at), closed=False))
    return spans


def _later_close(marks: list[tuple[int, str]], idx: int, line_end: int) -> bool:
    """Is there a plain closing mark after marks[idx] in the same paragraph?"""
    for pos, role in marks[idx + 1:]:
        if pos > line_end or role == "o":
            return False
        if role == "c":
            return True
    return False


# an embed's or a tag's markup left in the text: <tweet tweet-id="123" datetime="May 1">
_MARKUP_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,400}>")


def _outside_markup(text: str, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The marks that are not inside a markup tag (its attribute values are no quotes)."""
    if "<" not in text:
        return marks
    tags = [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(text)]
    if not tags:
        return marks
    starts = [t[0] for t in tags]
    out = []
    for pos, role in marks:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= tags[i][1]:
            out.append((pos, role))
    return out


# two apostrophes as one double mark (''Like this''); of a run of three, the last two
# are the mark (an inner quote closes first)
_DOUBLED_APOSTROPHES = re.compile(r"''(?!')")


def _doubled_marks(text: str) -> list[tuple[int, str]]:
    """Doubled apostrophes as double marks: an opening one at its first apostrophe, a
    closing one at its second (so the quote ends right after it)."""
    if "''" not in text:
        return []
    out = []
    for m in _DOUBLED_APOSTROPHES.finditer(text):
        pos = m.start()
        prev = text[pos - 1] if pos else " "
        nxt = text[pos + 2] if pos + 2 < len(text) else " "
        if (prev in _OPENING_CONTEXT or pos == 0) and not nxt.isspace():
            out.append((pos, "o"))
        else:
            out.append((pos + 1, "c"))
    return out


def _double_marks(text: str) -> list[tuple[int, str]]:
    out = []
    for m in _DOUBLE_MARKS.finditer(text):
        ch = m.group()
        pos = m.start()
        after_digit = pos > 0 and text[pos - 1].isdigit()
        if after_digit and ch not in DOUBLE_OPEN and _later_close_in_line(text, pos, ch):
            continue  # inches: “he's like 6'2”, ” — the later mark closes the quote
        if ch in DOUBLE_OPEN:
            # “ glued to the word before and followed by a space closes: a mistyped ”
            # (“…,“ said Lee) or the German closing mark („…“)
            glued = pos > 0 and not text[pos - 1].isspace() and text[pos - 1] not in _OPENING_CONTEXT
            out.append((pos, "c" if glued and (pos + 1 == len(text) or text[pos + 1].isspace()) else "o"))
        elif ch in DOUBLE_CLOSE:
            out.append((pos, "c"))
        else:  # a straight mark after a digit closes a quote when no later one does
            out.append((pos, "c" if after_digit else "?"))
    return out


def _later_close_in_line(text: str, pos: int, ch: str) -> bool:
    """Is there another mark like `ch` later on this line, before any opening mark?"""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    nxt = text.find(ch, pos + 1, end)
    if nxt < 0:
        return False
    opening = min((k for k in (text.find(o, pos + 1, nxt) for o in DOUBLE_OPEN) if k >= 0), default=-1)
    return opening < 0


def _single_marks(text: str, doubled: set[int] = frozenset()) -> list[tuple[int, str]]:
    """Single marks that can open or close a quote; apostrophes (and the apostrophes of a
    doubled mark, at `doubled`) are left out."""
    out = []
    n = len(text)
    for m in _SINGLE_MARKS.finditer(text):
        pos = m.start()
        if pos in doubled:
            continue
        prev = text[pos - 1] if pos else " "
        nxt = text[pos + 1] if pos + 1 < n else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # don’t, Belarus’s
        if nxt.isdigit() or (nxt.isalpha() and prev.isalnum()):
            continue  # the ’90s
        if (prev in _OPENING_CONTEXT or pos == 0) and nxt.isalnum():
            if _is_elision(text, pos):
                continue
            out.append((pos, "o"))
        elif not prev.isspace() and not nxt.isalnum():
            # "the students’ money": after a plural s and before a lower-case word it is
            # more likely an apostrophe; it closes a quote only if nothing later does
            ambiguous = prev == "s" and nxt == " " and pos + 2 < n and text[pos + 2].islower()
            out.append((pos, "a" if ambiguous else "c"))
    return out


_ELISIONS = re.compile(r"['’](?:em|til|tis|twas|cause|n|s|round|bout)\b", re.I)


def _is_elision(text: str, pos: int) -> bool:
    """’em, ’til, rock ’n’ roll: an apostrophe at the start of a word."""
    return bool(_ELISIONS.match(text, pos))


def _inside(spans: list[QuoteSpan], starts: list[int], pos: int) -> bool:
    """Is `pos` strictly inside one of the sorted, non-overlapping `spans`?"""
    i = bisect.bisect_left(starts, pos) - 1
    return i >= 0 and spans[i].start < pos < spans[i].end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All top-level quotes in `text`, ordered by start, never overlapping."""
    doubled = _doubled_marks(text)
    double_marks = _double_marks(text)
    if doubled:
        double_marks = sorted(double_marks + doubled)
    skip = {p for pos, role in doubled for p in ((pos, pos + 1) if role == "o" else (pos - 1, pos))}
    doubles = _pair(text, _outside_markup(text, double_marks))
    singles_raw = _pair(text, _outside_markup(text, _single_marks(text, skip)))
    # Single quotes count only where they are not inside a double quote, and a
    # single quote that encloses double ones makes those nested.
    out: list[QuoteSpan] = []
    d_starts = [d.start for d in doubles]
    singles = [s for s in singles_raw if s.closed and not _inside(doubles, d_starts, s.start)]
    s_starts = [s.start for s in singles]
    for d in doubles:
        if _inside(singles, s_starts, d.start) and d.end <= singles[bisect.bisect_left(s_starts, d.start) - 1].end:
            continue
        out.append(d)
    out.extend(singles)
    out.sort(key=lambda q: q.start)
    cleaned: list[QuoteSpan] = []
    for q in map(lambda q: _doubled_apostrophes(text, q), out):
        if cleaned and q.start < cleaned[-1].end:
            continue
        if not q.closed and not _HAS_WORD.search(text, q.start + 1, q.end):
            continue  # a stray mark at the end of a line: no quote
        cleaned.append(q)
    return cleaned


def _doubled_apostrophes(text: str, q: QuoteSpan) -> QuoteSpan:
    """A quote between doubled apostrophes (some wire copy and archives): marks two wide."""
    if q.closed and text.startswith("''", q.start) and text.startswith("''", q.end - 2):
        return QuoteSpan(q.start, q.end, mark=2)
    return q


# ---------------------------------------------------------------- classification

_NAMING_CUES = re.compile(
    r"""(?:
        so-called | titled | entitled | named | nicknamed | dubbed | signed | known\ as
      | the\ words? | the\ terms? | the\ phrase | the\ hashtag | the\ slogan | the\ motto
      | the\ headline | the\ banner
      | (?:a|the)\ (?:sign|placard|banner|poster)s?\ (?:that\ )?read(?:ing|s)?   # a sign reading
      | marked | stamped | labelled | labeled | codenamed | code-named | simply
    )\s*$""",
    re.I | re.VERBOSE,
)
_NAMING_CUE_LAST_LETTERS = "dsmegnory"  # the last letters of the cues above: a cheap test first


# the last two letters of the cues above (lower case)
_NAMING_CUE_ENDINGS = frozenset(("ed", "as", "rd", "ds", "rm", "ms", "se", "ag", "an", "to", "ne", "er", "ad", "ng", "ly"))


def _may_end_in_naming_cue(s: str) -> bool:
    """False when no naming cue can end `s` (re.I also folds some non-ASCII letters: keep those)."""
    last = s[-1:]
    if last == "" or not (last.lower() in _NAMING_CUE_LAST_LETTERS or not last.isascii() or last.isspace()):
        return False
    end = s[-2:]
    return len(end) < 2 or not end.isascii() or end.lower() in _NAMING_CUE_ENDINGS


# "hailed the deal as a “breakthrough”": words someone used of something, not scare quotes
_CHARACTERISED = re.compile(r"\bas(?:\s+(?:a|an|the))?$")
_SAID_OF = re.compile(r"\b(?:as|is|was|are|were|be|being|been|felt|feels|seemed)$")
# someone's name for someone or something: an active verb of naming after its subject ("he
# called Lee", "one she calls"), unlike "a show called"
_COINED = re.compile(r"\b(?:he|she|they|I|we|[A-Z][\w’'\-]+)\s+(?:calls|called|dubs|dubbed|brands|branded|labels|labelled|labeled)"
                     r"(?:\s+(?:[A-Z][\w’'.\-]*|him|her|them|it|himself|herself)){0,3}$")
_SMALL_WORDS = frozenset("of the a an and in on for to at by or with from de la le van von".split())
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d,.]*")
HEADING_MAX_WORDS = 12


def quote_core(text: str) -> str:
    """The spoken words of a quote claim: without its marks and the comma the attribution adds."""
    core = text.strip()
    core = core.strip("\"'“”‘’«»„ ")
    core = _TRAILING_PUNCTUATION.sub("", core)
    return core.strip()


def is_title_case(content: str) -> bool:
    """'Donald', 'The Old Man and the Sea': a name or title, not speech."""
    if content.rstrip()[-1:] in ".!?":  # the cheap test first
        return False
    words = _WORD.findall(content)
    if not words or len(words) > 10:
        return False
    caps = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(caps) and words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() for w in caps)


def has_speech_cue(sentence: str) -> bool:
    return not SPEECH_VERBS.isdisjoint(map(str.lower, _WORD.findall(sentence))) or "according to" in sentence.lower()


@dataclass(frozen=True)
class QuoteShape:
    partial: bool
    mention: bool
    heading: bool
    # a few lower-case words with no speech cue: a scare quote, unless the sentence's
    # subject used the words ("Lee blamed the delay on “lazy planning”")
    fragment: bool = False


def classify_quote(text: str, q: QuoteSpan, sentence: Span, paragraph: Span) -> QuoteShape:
    """Full quote, partial quote inside the writer's sentence, or a mention."""
    a, b = q.inner
    content = text[a:b].strip()
    before = text[sentence.start:q.start]
    before_stripped = before.rstrip()
    # A quote that is the whole paragraph and short with no final punctuation: a heading.
    if q.start == paragraph.start and text[q.end:paragraph.end].strip(" .") == "":
        if content[-1:] not in ".!?," and _word_count(content, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS:
            return QuoteShape(partial=False, mention=True, heading=True)
    if _may_end_in_naming_cue(before_stripped) and _NAMING_CUES.search(before_stripped[-40:]):
        return QuoteShape(partial=True, mention=True, heading=False)
    starts_sentence = before_stripped == "" or before_stripped[-1:] in ":"
    after_comma_speech = before_stripped.endswith(",") and _speech_right_before(before_stripped[:-1])
    sentence_like = bool(content) and content[0].isupper() and content[-1:] in ".!?,;…—–-"
    if starts_sentence or (after_comma_speech and sentence_like):
        return QuoteShape(partial=False, mention=False, heading=False)
    if is_title_case(content):
        # "described the inspector as “Foreign,”", "she is “Local,”": one capitalised word
        # said of someone is their word for it, not a title
        said_of = _word_count(content, 2) == 1 and _SAID_OF.search(before_stripped[-12:]) is not None
        coined = _COINED.search(before_stripped[-60:]) is not None  # "he branded Lee “Captain Whistle”"
        return QuoteShape(partial=True, mention=True, heading=False, fragment=said_of or coined)
    sent_text = text[sentence.start:sentence.end]
    if content[:1].islower() and _word_count(content, 4) <= 3 and not has_speech_cue(sent_text) and not _CHARACTERISED.search(
            before_stripped[-12:]):
        return QuoteShape(partial=True, mention=True, heading=False, fragment=True)  # scare quotes
    return QuoteShape(partial=True, mention=False, heading=False)


def _word_count(content: str, most: int) -> int:
    """How many words `content` has, counted up to `most` (a long quote is not read to its end)."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(content), most))


def _speech_right_before(s: str) -> bool:
    """'she said' / 'he added' just before a comma that introduces a quote."""
    tail = _WORD.findall(s[-40:])
    return bool(tail) and tail[-1].lower() in SPEECH_VERBS
