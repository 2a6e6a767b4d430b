"""Paragraphs and sentences as offset spans, so every claim can name its sentence.

A sentence splitter for news copy: it knows the abbreviations that end with a
period in the middle of a sentence (Mr., Gen., U.S., Jan.) and treats a closing
quote mark after the final punctuation as part of the sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.extract.lexicon import NOT_NAME_WORDS

# A line from its first to its last non-space character: what str.strip() keeps of it (\s
# and str.isspace() accept the same characters, and neither run of [^\n] crosses a line).
_TRIMMED_LINE = re.compile(r"\S(?:[^\n]*\S)?")

# A sentence longer than this is cut into windows (at a space where there is one): a
# 1 MB line of figures with no full stop would otherwise be the "sentence" of every claim
# in it, and extraction time and memory would grow with the square of the line's length.
MAX_SENTENCE_CHARS = 400

# Words that commonly end with a period without ending the sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr maj adm rep reps sen gov
    pres supt insp det rev fr hon messrs mme mlle no nos vs etc al inc corp ltd co
    jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd
    fig vol pp op cf ed eds engr atty
    """.split()
)

# [.!?] possibly followed by closing quotes/brackets, then whitespace.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_NEXT_CHAR = re.compile(r"\s+(\S)")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")  # on the same line
_PLACE_PREPOSITIONS = frozenset("in to into from of at across throughout outside inside within for by".split())
_MODIFIER_DETERMINERS = frozenset(("the", "a", "an", "The", "A", "An"))
_NAME_WORD_REACH = 20
_WORD_REACH = 15  # characters looked back for the word before a period


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines, trimmed: news copy puts each paragraph on its own line."""
    return [Span(*m.span()) for m in _TRIMMED_LINE.finditer(text)]


def _word_before(text: str, dot: int) -> str:
    """The word (letters and inner periods) that ends right before offset `dot`."""
    chunk = text[max(0, dot - _WORD_REACH):dot]
    i = len(chunk)
    while i > 0 and (chunk[i - 1].isalpha() or chunk[i - 1] == "."):
        i -= 1
    return chunk[i:].lstrip(".")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the period at `dot` end an abbreviation or an initial rather than a sentence?"""
    word = _word_before(text, dot)
    if not word:
        return False
    bare = word.replace(".", "").lower()
    if bare in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if "." in word and len(bare) <= 4:  # U.S. / a.m. / e.g.
        return (_next_is_lower_or_name(text, dot) or _initials_in_a_name(text, dot, word)
                or _initials_as_a_modifier(text, dot, word))
    return False


def _initials_as_a_modifier(text: str, dot: int, word: str) -> bool:
    """'the U.K. Board of Ferries', 'a U.S. Parks official': initials after a
    determiner qualify the name that follows ('in the U.S. The …' still ends a sentence)."""
    if not all(len(part) == 1 and part.isupper() for part in word.split(".") if part):
        return False
    before = text[max(0, dot - len(word) - _NAME_WORD_REACH):dot - len(word)].split()
    if not before or before[-1] not in _MODIFIER_DETERMINERS:
        return False
    nxt = _NEXT_WORD.match(text, dot + 1)
    return nxt is not None and nxt.group(1)[0].isupper() and nxt.group(1) not in NOT_NAME_WORDS


def _initials_in_a_name(text: str, dot: int, word: str) -> bool:
    """'Chairman G.K. Butterfield': initials between capitalised words are part of a name
    ('in the U.S. The' still ends a sentence)."""
    if not all(len(part) == 1 and part.isupper() for part in word.split(".")):
        return False
    before = text[max(0, dot - len(word) - _NAME_WORD_REACH):dot - len(word)].split()
    nxt = _NEXT_CHAR.match(text, dot + 1)
    if bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha() and nxt is not None and nxt.group(1).isupper():
        return True
    # "On Tuesday, P.K. Ferrand wrote": two or more initials and a surname after a comma or a verb
    word_after = _NEXT_WORD.match(text, dot + 1)
    return (len(word.split(".")) >= 2 and bool(before) and before[-1].lower() not in _PLACE_PREPOSITIONS
            and word_after is not None and word_after.group(1)[0].isupper()
            and word_after.group(1) not in NOT_NAME_WORDS)


def _next_is_lower_or_name(text: str, dot: int) -> bool:
    nxt = _NEXT_CHAR.match(text, dot + 1)
    if not nxt:
        return False
    ch = nxt.group(1)
    return ch.islower() or ch.isdigit()


def sentences(text: str, paras: list[Span] | None = None) -> list[Span]:
    """Sentence spans, never crossing a line break (`paras`: the text's paragraphs, if known)."""
    spans: list[Span] = []
    for para in paragraphs(text) if paras is None else paras:
        start = para.start
        for m in _SENTENCE_END.finditer(text, para.start, para.end):
            first, nxt = m.span()
            # a lone period (the common case) needs no look at the marks after it
            if text[first] == "." and (nxt == first + 1 or m.group().rstrip("\"'”’)]") == ".") \
                    and _is_abbreviation(text, first):
                continue
            # the next sentence must start with something that can start a sentence
            rest = _NEXT_CHAR.match(text, nxt)
            if rest and rest.start(1) < para.end:
                ch = rest.group(1)
                if ch.islower():
                    continue
            if nxt - start <= MAX_SENTENCE_CHARS:
                spans.append(Span(start, nxt))
            else:
                spans.extend(_windows(text, start, nxt))
            while nxt < para.end and text[nxt].isspace():
                nxt += 1
            start = nxt
        if start < para.end:
            if para.end - start <= MAX_SENTENCE_CHARS:
                spans.append(Span(start, para.end))
            else:
                spans.extend(_windows(text, start, para.end))
    return spans


def _windows(text: str, start: int, end: int) -> list[Span]:
    """[start, end) as one span, or cut into spans of at most MAX_SENTENCE_CHARS, each
    ending at the last space of its window when the window's second half has one."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        if space >= 0:
            out.append(Span(start, space))
            start = space + 1
        else:
            out.append(Span(start, limit))
            start = limit
    out.append(Span(start, end))
    return out


class SentenceIndex:
    """Finds the sentence(s) around an offset in O(log n)."""

    def __init__(self, text: str, spans: list[Span] | None = None, paras: list[Span] | None = None):
        self.text = text
        self.spans = spans if spans is not None else sentences(text, paras)
        self._starts = [s.start for s in self.spans]

    def index_at(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i > 0 else 0

    def span_at(self, offset: int) -> Span:
        if not self.spans:
            return Span(0, len(self.text))
        return self.spans[self.index_at(offset)]

    def covering(self, start: int, end: int) -> Span:
        """The sentence range that covers [start, end): one sentence or several."""
        spans = self.spans
        if not spans:
            return Span(0, len(self.text))
        starts = self._starts
        i = bisect.bisect_right(starts, start) - 1
        if i < 0:
            i = 0
        a = spans[i]
        last = end - 1 if end - 1 > start else start
        if i + 1 < len(starts) and starts[i + 1] <= last:  # the range runs into later sentences
            b = spans[bisect.bisect_right(starts, last) - 1]
        elif a.start <= start and end <= a.end:
            return a  # most claims lie inside one sentence: that sentence
        else:
            b = a
        return Span(a.start if a.start < start else start, b.end if b.end > end else end)

    def sentence_text(self, start: int, end: int) -> str:
        s = self.covering(start, end)
        return self.text[s.start:s.end]
