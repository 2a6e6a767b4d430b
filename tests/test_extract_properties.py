"""Properties that hold for any text: no exception, valid spans, no overlaps within a kind."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_claims

# Text built from news-like pieces finds the interesting paths faster than random Unicode.
PIECES = st.sampled_from([
    "“", "”", "‘", "’", '"', "'", " said ", " he said.", ", she told reporters: ", "According to ",
    "Maria Lopes", " Dr. ", "the ministry", " 1,300 ", "4.5%", " percent", " $3m", " £2bn ",
    " twenty-three ", " a dozen ", " half of ", " between 4 and 5 ", "10-12 days", " on Monday",
    " August 22", " 3 March 2026", " yesterday", " last month", " in 2021", "\n\n", ".", ",",
    " more than three decades", " a 34-year-old", " Mr. ", " U.S. ", "’90s", " don’t ",
])
NEWSY = st.lists(PIECES | st.text(max_size=12), max_size=40).map("".join)


def check(text, published):
    claims = extract_claims(text, published=published)
    by_kind: dict[str, list] = {}
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert c.text == text[c.start:c.end]
        assert c.kind in ("quote", "number", "date")
        assert 0.0 <= c.checkworthiness <= 1.0
        if c.value is not None and c.value_max is not None:
            assert c.value_max >= c.value
        by_kind.setdefault(c.kind, []).append(c)
    for kind, items in by_kind.items():
        items.sort(key=lambda c: c.start)
        for a, b in zip(items, items[1:]):
            assert a.end <= b.start, f"overlapping {kind} spans {a.text!r} and {b.text!r}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.sampled_from([None, "2025-09-11", "2000-02-29"]))
def test_any_unicode_text(text, published):
    check(text, published)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY, st.sampled_from([None, "2025-09-11"]))
def test_news_like_text(text, published):
    check(text, published)


def test_a_pronoun_spelt_with_a_look_alike_letter_is_no_crash():
    # "ſhe" (long s) and "hİm" (dotted capital I) used to match the gender pronouns, which
    # only case-insensitive matching allowed, and then broke extraction with a KeyError
    for pronoun in ("ſhe", "hİm", "hıs"):
        check(f"Ana Lee spoke on Monday. Then {pronoun} left the room. “We won,” he said.", "2025-09-11")
