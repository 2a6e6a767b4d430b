"""The words right before a name that say what it is: a cue noun ("rights group X"), a
role ("US envoy X"), or just the word before it. entities.py reads them when it places
the shapes of names.py in an article; kept apart from names.py, whose shapes depend on
the run alone.
"""

from __future__ import annotations

from factcheck.extract.lexicon import AUXILIARIES, ORG_CUES, ROLE_NOUNS, SPEECH_VERBS, words


def word_before(text: str, pos: int) -> str:
    """The word right before `pos` (separated by one space), or ''."""
    if pos < 2 or text[pos - 1] != " ":
        return ""
    return text[text.rfind(" ", max(0, pos - 20), pos - 1) + 1:pos - 1]


_CUE_REACH = 20  # characters looked back for the cue word before a name
_CUE_WORDS = frozenset(w for w in ORG_CUES | ROLE_NOUNS if w.isalpha() and w.islower())


def cue_before(text: str, pos: int) -> str | None:
    """'rights group' → 'group': a lower-case noun right before a capitalised name."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    w = text[text.rfind(" ", pos - _CUE_REACH if pos > _CUE_REACH else 0, pos - 1) + 1:pos - 1]
    if w in _CUE_WORDS:  # one set lookup instead of two string tests and two lookups
        return w
    if w.endswith(",") and w[:-1] in ROLE_NOUNS:  # "the group's director, Leah Park"
        return w[:-1]
    return None


_ROLE_REACH = 60  # characters before a name that its role may span
_ROLE_BREAK = words("the a an and of said by with to for in on at from as who that")


def role_before(text: str, pos: int) -> str | None:
    """'US envoy', 'human rights campaigner': the lower-case role right before a name."""
    if text[pos - 1:pos] != " ":
        return None
    window = text[max(0, pos - _ROLE_REACH):pos]
    last = window.rsplit(None, 1)
    # most names have no role noun before them: look at the last word before splitting all
    if not last or (last[-1] not in ROLE_NOUNS and not (last[-1].endswith(",") and last[-1][:-1] in ROLE_NOUNS)):
        return None
    before = window.split()
    if before and before[-1].endswith(",") and before[-1][:-1] in ROLE_NOUNS:
        before[-1] = before[-1][:-1]  # "her husband, Dougie"
    if not before or before[-1] not in ROLE_NOUNS or text[pos - 1:pos] != " ":
        return None
    keep = []
    for w in reversed(before[-4:]):
        lw = w.lower()
        if (lw in _ROLE_BREAK or lw in SPEECH_VERBS or lw in AUXILIARIES or lw.endswith("ed")
                or not w.replace("’", "").replace("'", "").replace("-", "").isalnum()):
            break
        keep.append(w)
    return " ".join(reversed(keep)) or None
