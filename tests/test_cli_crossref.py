"""`matches` and `reuse` on the command line (issue 13, items 12 and 15): the lookup is
symmetric and its summary agrees with its list; a verdict is reused only between the same
quote or figure in two articles unless --force, and an unchanged claim is said so."""

from __future__ import annotations

import functools
import json

import pytest


HARBOUR = (
    "Harbour plan approved after long debate\n"
    'The harbour master, Ines Calloway, said: "We have spent eleven winters arguing about '
    "the breakwater, and the fishermen of Tollan deserve a harbour that does not flood every "
    'February."\n'
    "Council members voted 9 to 4 in favour of the plan, which will cost 14 million euros.\n"
)
SPOKESMAN = (  # the same words, given to someone else
    "Fishermen welcome breakwater vote\n"
    'A ministry spokesperson, Tomas Reyl, said the fishermen "deserve a harbour that does '
    'not flood every February".\n'
    "The meeting lasted 6 hours.\n"
)
UNSIGNED = (  # the same words with nobody named
    "Breakwater notes\n"
    'Posters on the quay said the fishermen "deserve a harbour that does not flood every '
    'February".\n'
    "The new wall, which will cost 14 million euros, is due in 2027.\n"
)


@pytest.fixture
def fc(fc):
    """conftest's runner, as reviewer ann."""
    return functools.partial(fc, who="ann")


def ingest(fc, tmp_path, *texts) -> dict[str, int]:
    """Ingest each text as its own article; {claim text: claim id}."""
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}.txt"
        path.write_text(text)
        assert fc("ingest", path).exit_code == 0
    claims = json.loads(fc("claims", "--json").stdout)
    return {c["text"]: c["id"] for c in claims}


def quote_ids(ids: dict[str, int]) -> tuple[int, int]:
    long = next(i for t, i in ids.items() if t.startswith('"We have'))
    short = next(i for t, i in ids.items() if t.startswith('"deserve'))
    return long, short


def matched(fc, claim_id) -> list[dict]:
    result = fc("matches", claim_id, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_partial_quote_and_its_source_find_each_other(fc, tmp_path):
    long, short = quote_ids(ingest(fc, tmp_path, HARBOUR, UNSIGNED))
    assert [m["claim_id"] for m in matched(fc, long)] == [short]
    assert [m["claim_id"] for m in matched(fc, short)] == [long]


def test_the_summary_counts_what_the_list_shows(fc, tmp_path):
    long, short = quote_ids(ingest(fc, tmp_path, HARBOUR, SPOKESMAN))
    for here, there in ((long, short), (short, long)):
        lines = fc("matches", here).stdout.splitlines()
        assert lines[0] == "seen in 1 other article: 0 matching claims, 1 conflicting claim"
        assert len(lines) == 2 and f"claim {there} " in lines[1]
        assert "[attributed to someone else]" in lines[1]


def test_reuse_only_between_the_same_claim_in_two_articles(fc, tmp_path):
    ids = ingest(fc, tmp_path, HARBOUR, UNSIGNED)
    long, short = quote_ids(ids)
    claims = json.loads(fc("claims", "--json").stdout)
    cost = [c["id"] for c in claims if c["text"] == "14 million euros"]
    assert len(cost) == 2
    nine = ids["9"]
    assert fc("verdict", long, "disputed").exit_code == 0
    assert fc("verdict", cost[0], "verified").exit_code == 0

    unrelated = fc("reuse", cost[1], long)  # a quote's verdict onto a figure
    assert unrelated.exit_code == 1 and "is not the same" in unrelated.stderr
    same_article = fc("reuse", nine, cost[0])
    assert same_article.exit_code == 1 and "in the same article" in same_article.stderr
    events = len(json.loads(fc("history", "--json").stdout))

    assert fc("reuse", short, long).stdout == \
        f"claim {short}: pending → disputed (reused from claim {long})\n"
    assert fc("reuse", cost[1], cost[0]).exit_code == 0
    forced = fc("reuse", nine, cost[0], "--force")
    assert forced.exit_code == 0 and "verified" in forced.stdout
    assert len(json.loads(fc("history", "--json").stdout)) == events + 3

    again = fc("reuse", short, long)
    assert again.exit_code == 0
    assert again.stdout == f"claim {short}: already disputed (ann); nothing written\n"
    assert len(json.loads(fc("history", "--json").stdout)) == events + 3
