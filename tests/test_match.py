"""Quote against source: hand-made sources, each difference classified as a reviewer would."""

import pytest

from factcheck.verify.match import align_quote, quote_core

SOURCE = """Press briefing, transcript.

COALE: Look — our mission is to get them
all out now. Eventually, hopefully within a short period of time, everybody will be out.
We welcome their release. 52 prisoners crossed today, as Mr Smith said.
"""


@pytest.mark.parametrize("quote,expected,changed", [
    ("“Our mission is to get them all out now,”", "punctuation", []),  # case only, over a line break
    ("'our mission is to get them all out now.'", "exact", []),  # other quote marks
    ("“Our mission is to get them all home now,”", "minor", ["~ home → out"]),  # quote → source
    ("“We do not welcome their release,”", "altered", ["- do not"]),
    ("“54 prisoners crossed today,”", "altered", ["~ 54 → 52"]),
    ("“52 prisoners crossed today, as Mr Jones said”", "altered", ["~ jones → smith"]),
    ("“We will never negotiate with terrorists,”", "not_found", []),
])
def test_each_kind_of_difference(quote, expected, changed):
    m = align_quote(quote, SOURCE)
    assert m.classification == expected
    assert [c.describe() for c in m.changes] == changed


def test_the_matched_passage_is_the_source_text_as_written():
    m = align_quote("“Our mission is to get them all out now,”", SOURCE)
    assert m.excerpt == "our mission is to get them\nall out now"
    assert SOURCE[m.start:m.end] == m.excerpt


def test_words_the_quote_dropped_stay_inside_the_match():
    m = align_quote("“Eventually everybody will be out.”", SOURCE)
    assert m.excerpt.startswith("Eventually, hopefully")
    assert m.classification == "minor"
    assert [c.describe() for c in m.changes] == ["+ hopefully within a short period of time"]


def test_reasons_name_what_changed():
    m = align_quote("“54 prisoners crossed today,”", SOURCE)
    assert m.reasons == ["number changed: ~ 54 → 52"]
    m = align_quote("“We do not welcome their release,”", SOURCE)
    assert m.reasons[0].startswith("negation changed")


def test_quote_core_drops_marks_and_the_attribution_comma():
    assert quote_core("“We won,”") == "We won"
    assert quote_core("‘A global deal’") == "A global deal"


def test_empty_source_is_not_found():
    assert align_quote("“Anything”", "   ").classification == "not_found"
