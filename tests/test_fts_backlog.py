"""A huge article is stored in one transaction and made searchable in short batches after
(issue 13, item 8): one article of tens of thousands of figures no longer holds the write
lock past another reviewer's busy timeout, and a process killed mid-indexing leaves
nothing unsearchable once the database is opened again."""

from __future__ import annotations

import contextlib

import pytest

from factcheck.models import ArticleMeta, Claim
from factcheck.store import fts_backlog
from factcheck.store.facade import Store
from factcheck.store.rewrite import rewrite_article

WORDS = ["harbour", "ferry", "quay", "tide", "cargo", "pier", "berth", "buoy", "keel", "mast"]


def article(n: int) -> tuple[str, list[Claim]]:
    """n sentences 'The <word><i> crew counted <i> crates.' and a claim on each figure."""
    parts, claims, at = [], [], 0
    for i in range(n):
        sentence = f"The {WORDS[i % 10]}{i} crew counted {i + 7} crates."
        figure = f"{i + 7} crates"
        start = at + sentence.index(figure)
        claims.append(Claim("number", figure, start, start + len(figure), sentence=sentence,
                            value=float(i + 7), unit="crates"))
        parts.append(sentence)
        at += len(sentence) + 1
    return " ".join(parts), claims


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(fts_backlog, "DEFER_OVER", 20)
    monkeypatch.setattr(fts_backlog, "BATCH", 7)


def commits(store: Store) -> list[int]:
    """Count the outermost write transactions the store runs from now on."""
    count = [0]
    begin = store.transaction

    @contextlib.contextmanager
    def counted():
        outermost = not store.conn.in_transaction
        with begin():
            yield
        count[0] += outermost

    store.transaction = counted
    return count


def integrity(store: Store) -> None:
    store.conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")


def test_a_huge_article_is_indexed_in_short_transactions_and_all_of_it_is_found(
        tmp_path, small_batches):
    text, claims = article(50)
    with Store.open(tmp_path / "desk.db") as store:
        count = commits(store)
        article_id, created = store.add_article(text, ArticleMeta(title="Crates"), claims)
        assert created
        assert count[0] == 1 + 8  # one to store the article, ceil(50 / 7) to index it
        for i in (0, 23, 49):
            assert [c.claim.text for c in store.search(f"{WORDS[i % 10]}{i}")] == [f"{i + 7} crates"]
        assert not fts_backlog.pending(store)
        integrity(store)


def test_an_ordinary_article_is_searchable_in_the_transaction_that_stores_it(
        tmp_path, small_batches):
    text, claims = article(20)
    with Store.open(tmp_path / "desk.db") as store:
        count = commits(store)
        store.add_article(text, ArticleMeta(title="Crates"), claims)
        assert count[0] == 1
        assert len(store.search("crates", limit=100)) == 20


def test_indexing_cut_short_is_finished_when_the_database_is_opened_again(
        tmp_path, small_batches, monkeypatch):
    text, claims = article(50)
    real = fts_backlog.index_pending

    def killed(store, batch=None):
        with store.transaction():  # one batch gets in, then the process dies
            pass
        raise KeyboardInterrupt

    monkeypatch.setattr(fts_backlog, "index_pending", killed)
    with Store.open(tmp_path / "desk.db") as store:
        with pytest.raises(KeyboardInterrupt):
            store.add_article(text, ArticleMeta(title="Crates"), claims)
        assert fts_backlog.pending(store)
        assert store.search("buoy47") == []  # stored, not yet searchable
        assert store.count_claims() == 50
    monkeypatch.setattr(fts_backlog, "index_pending", real)
    with Store.open(tmp_path / "desk.db") as store:
        assert not fts_backlog.pending(store)
        assert [c.claim.text for c in store.search("buoy47")] == ["54 crates"]
        integrity(store)


def test_changing_claims_while_their_article_waits_to_be_indexed_keeps_the_index_sound(
        tmp_path, small_batches, monkeypatch):
    text, claims = article(50)
    monkeypatch.setattr(fts_backlog, "index_pending", lambda store, batch=None: 0)
    with Store.open(tmp_path / "desk.db") as store:
        article_id, _ = store.add_article(text, ArticleMeta(title="Crates"), claims)
        ids = [sc.id for sc in store.iter_claims(article_id=article_id)]
        # re-extraction keeps the first 30 claims (rewritten) and drops the rest
        store._run("UPDATE fts_backlog SET indexed_to = ?", [ids[9]])
        store.conn.execute("INSERT INTO claims_fts (rowid, text, sentence, speaker) "
                           "SELECT id, text, sentence, speaker FROM claims WHERE id <= ?",
                           [ids[9]])
        kept_text = text[:claims[29].end + len(". ")].rstrip()
        rewrite_article(store, article_id, kept_text, ArticleMeta(title="Crates"),
                        claims[:30], {p: ids[p] for p in range(30)}, "ann", {})
        integrity(store)
        monkeypatch.undo()
        fts_backlog.index_pending(store)
        integrity(store)
        assert [c.claim.text for c in store.search("tide3")] == ["10 crates"]
        assert [c.claim.text for c in store.search("cargo24")] == ["31 crates"]
        assert store.search("buoy47") == []  # dropped with the text
