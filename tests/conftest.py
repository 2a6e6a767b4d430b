"""Shared fixtures: a fresh database per test, the fixture article, a CLI runner."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.models import ArticleMeta, Claim
from factcheck.store.facade import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "belarus-prisoner-release.txt"


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path_factory, monkeypatch) -> Path:
    """No test reads or writes the user's own settings: XDG_CONFIG_HOME is a fresh folder."""
    home = tmp_path_factory.mktemp("xdg-config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "factcheck.db"


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as s:
        yield s


@pytest.fixture
def fixture_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


SAMPLE_TEXT = 'Alice Smith said "we counted 52 ballots" on Monday. Turnout rose 4 percent.'


def sample_claims(text: str = SAMPLE_TEXT) -> list[Claim]:
    """Hand-made claims with every kind, independent of the extraction engine."""
    quote = '"we counted 52 ballots"'
    q = text.index(quote)
    n = text.index("4 percent")
    d = text.index("Monday")
    return [
        Claim("quote", quote, q, q + len(quote), sentence=text.split(". ")[0] + ".",
              speaker="Alice Smith", partial=False),
        Claim("number", "52 ballots", q + 12, q + 22, value=52.0, unit="ballots"),
        Claim("date", "Monday", d, d + 6, date=None),
        Claim("number", "4 percent", n, n + 9, value=4.0, unit="percent", qualifier=None,
              checkworthiness=0.5),
    ]


@pytest.fixture
def sample(store) -> int:
    """An article with four hand-made claims; returns its id."""
    article_id, _ = store.add_article(SAMPLE_TEXT, ArticleMeta(title="Sample"), sample_claims())
    return article_id


def count_rows(db_path: Path, table: str = "articles") -> int | None:
    """What `sqlite3 factcheck.db 'select count(*) from articles'` prints (None: no DB)."""
    if not Path(db_path).exists():
        return None
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def fc(db_path, monkeypatch):
    """Run `factcheck ARGS...` against this test's database, as reviewer "tester" unless told."""
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)

    def run(*args, env=None, who="tester", db=None, stdin=None):
        """`who`: the reviewer; `db`: another database file beside this test's; `stdin`: input."""
        base = {"FACTCHECK_DB": str(db_path.parent / db if db else db_path), "FACTCHECK_REVIEWER": who}
        return CliRunner().invoke(cli, [str(a) for a in args], env={**base, **(env or {})},
                                  input=stdin)

    return run
