"""A cheap literal prefilter for a word pattern that the regex engine would try at every position.

A pattern such as `\\b(?=[aot…])(?:twice|two…|…)` has no literal prefix, so the engine
starts a match attempt at every character of an article. `word_prefilter` reads the
pattern's own syntax tree and builds a regex of the few letters any match must begin with
(as one alternation factored letter by letter), preceded by the non-letter before a word
start. Its search skips ahead in C; the real pattern then runs only where it may match, so
the matches found are exactly those of `pattern.finditer` (`word_matches`). The prefixes are
derived, never written by hand, so a rule added to the pattern cannot be filtered out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # the parser's opcodes (stable since Python 3.11)
from re import _parser

__all__ = ["word_prefilter", "word_matches"]

_PREFIX_DEPTH = 4  # characters of each match start read from the pattern
_MAX_CLASS = 30  # a character class wider than this ends a prefix
_Frags = tuple[str, ...]  # one regex fragment per character: an escaped literal or \s


def word_prefilter(pattern: re.Pattern, depth: int = _PREFIX_DEPTH) -> re.Pattern:
    """A regex whose match starts one character before every place `pattern` can match
    after a non-word character (a superset: `pattern` itself decides)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    flags = [pattern.flags & re.IGNORECASE]
    states = _walk(list(tree.data), [((), True)], depth, flags)
    frags = {f for f, _ in states}
    if tree.data[:1] != [(sre.AT, sre.AT_BOUNDARY)] or any(not f or not f[0].isalnum() for f in frags):
        raise ValueError(f"not a pattern of words opening with \\b and a letter: {pattern.pattern[:40]!r}")
    return re.compile(r"[^a-z0-9_]" + _trie(frags), flags[0])


def word_matches(pattern: re.Pattern, prefilter: re.Pattern, text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of `pattern.finditer(text, pos, endpos)`, for a pattern that
    starts with `\\b` before a word character and cannot match empty: tried only where
    `prefilter` points."""
    if endpos is None:
        endpos = len(text)
    match, search = pattern.match, prefilter.search
    m = match(text, pos, endpos)
    if m:
        yield pos, m.end()
        pos = m.end()
    c = search(text, pos, endpos)
    while c:
        s = c.start() + 1
        m = match(text, s, endpos)
        if m:
            yield s, m.end()
            c = search(text, m.end(), endpos)
        else:
            c = search(text, s, endpos)


def _walk(items: list, states: list[tuple[_Frags, bool]], depth: int, flags: list[int]) -> list[tuple[_Frags, bool]]:
    """Extend each open prefix over a sequence of parsed items; (prefix, still open) pairs.
    `flags[0]` becomes re.IGNORECASE when a part of the pattern ignores case."""
    for op, av in items:
        growing = [(f, o) for f, o in states if o and len(f) < depth]
        if not growing:
            break
        done = [(f, o) for f, o in states if not (o and len(f) < depth)]
        states = done + _step(op, av, growing, depth, flags)
    return states


def _closed(states):
    return [(f, False) for f, _ in states]


def _step(op, av, states, depth, flags):
    if op is sre.LITERAL:
        return [(f + (re.escape(chr(av)),), True) for f, _ in states]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return states  # zero width: ignoring a condition only lets more through
    if op is sre.IN:
        return _char_class(av, states)
    if op is sre.BRANCH:
        return [s for branch in av[1] for s in _walk(list(branch.data), states, depth, flags)]
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:  # (?i:…): the whole prefilter ignores case, a superset
            flags[0] = re.IGNORECASE
        return _walk(list(sub.data), states, depth, flags)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        lo, hi, sub = av
        once = _walk(list(sub.data), states, depth, flags)
        if hi != 1:  # it may go round again: what follows one round is not known here
            once = _closed(once)
        return states + once if lo == 0 else once
    return _closed(states)  # anything else (any character, a back reference…) ends the prefix


def _char_class(av, states):
    if len(av) == 1 and av[0] == (sre.CATEGORY, sre.CATEGORY_SPACE):
        return [(f + (r"\s",), True) for f, _ in states]
    chars = []
    for kind, val in av:
        if kind is sre.LITERAL:
            chars.append(chr(val))
        elif kind is sre.RANGE and val[1] - val[0] < _MAX_CLASS:
            chars.extend(chr(c) for c in range(val[0], val[1] + 1))
        else:
            return _closed(states)
    if len(chars) > _MAX_CLASS:
        return _closed(states)
    return [(f + (re.escape(c),), True) for f, _ in states for c in chars]


def _trie(frags: set[_Frags]) -> str:
    """The prefixes as one alternation factored by first character."""
    groups: dict[str, list[_Frags]] = {}
    for f in frags:
        groups.setdefault(f[0], []).append(f[1:])
    parts = [head if any(not t for t in tails) else head + _trie(set(tails))
             for head, tails in sorted(groups.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
