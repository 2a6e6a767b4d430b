"""The literal prefilter finds exactly the matches the word pattern finds on its own."""

import re

import pytest

from factcheck.extract.number_words import WORD_CORE, WORD_CORE_I
from factcheck.extract.prefilter import word_matches, word_prefilter

TEXT = (
    "Two-thirds of the 40 members voted; a third abstained. Several thousand people, a few "
    "hundred more than the twenty-five thousand of last year, marched for the second time.\n"
    "one in 14 said so. Twice as many — dozens, then hundreds — arrived. A couple of million "
    "fans. The two-fold rise, a tenfold drop, fourth place, half of them, seventy\u00a0two "
    "and néone, _one, one_, someone, often, thousandth, é-two, “three” (four) five/six."
)


@pytest.mark.parametrize("pattern", [WORD_CORE, WORD_CORE_I])
@pytest.mark.parametrize("text", [TEXT, TEXT.lower(), "one", "one two", "", "x"])
def test_same_matches_as_the_pattern_alone(pattern, text):
    found = list(word_matches(pattern, word_prefilter(pattern), text))
    assert found == [(m.start(), m.end()) for m in pattern.finditer(text)]
    if text == TEXT.lower() and pattern is WORD_CORE:
        assert len(found) > 20  # the text holds number words for the check to mean something


def test_a_pattern_not_opening_on_a_word_is_refused():
    with pytest.raises(ValueError):
        word_prefilter(re.compile(r"(?:one|\d+)"))
    with pytest.raises(ValueError):
        word_prefilter(re.compile(r"\b(?:one|\d+)"))


@pytest.mark.parametrize("text", [
    "day one, said the man from Toronto", "yesterday's weekend, today and tonight", "a holiday weekends ago",
    "every eve, a week ago, this month and next year", "dayday todayx yesterdays_ to", "to",
])
def test_relative_anchors_found_as_the_alternation_finds_them(text):
    from factcheck.extract.dates import _REL_ANCHOR, _rel_spots

    low = text.lower()
    assert _rel_spots(low) == [m.span() for m in _REL_ANCHOR.finditer(low)]
