"""Looking across articles: the same figure, the same quote, the same speaker.

Brief rows (id, text, sentence, value, value_max, speaker, mention) are enough to score
thousands of candidates without building whole claims (see verify/crossref.py).
`CrossArticleQueries` is part of `Store` (facade.py).
"""

from __future__ import annotations

from factcheck.models import SpeakerAlias
from factcheck.store.claims import marks, where_clause
from factcheck.store.connection import Connected
from factcheck.store.rows import ALIAS_COLUMNS, speaker_alias

BRIEF_COLUMNS = ("id", "text", "sentence", "value", "value_max", "speaker", "mention")
_BRIEF_SELECT = "SELECT " + ", ".join(f"c.{col}" for col in BRIEF_COLUMNS) + " FROM claims c"


class CrossArticleQueries(Connected):
    """Cross-article reads and the speaker merge of the Store (mixed into `Store`)."""

    def _briefs(self, sql: str, params: list) -> list[dict]:
        return [dict(zip(BRIEF_COLUMNS, row)) for row in self._query(sql, params)]

    def claim_brief(self, kind: str, *, unit: str | None = None, value: float | None = None,
                    speaker: str | None = None, exclude_article: int | None = None,
                    limit: int = 20000) -> list[dict]:
        """Claims of one kind with this unit / value / speaker (indexed lookups), as brief
        rows: {id, text, sentence, value, value_max, speaker, mention}."""
        where, params = ["c.kind = ?"], [kind]
        for column, wanted in (("unit", unit), ("value", value), ("speaker", speaker)):
            if wanted is not None:
                where.append(f"c.{column} = ?")
                params.append(wanted)
        if exclude_article is not None:
            where.append("c.article_id != ?")
            params.append(exclude_article)
        return self._briefs(_BRIEF_SELECT + where_clause(where) + " LIMIT ?",
                            [*params, int(limit)])

    def rarest(self, words: list[str], n: int = 4, max_claims: int = 2000) -> list[str]:
        """The `n` of `words` that the fewest claims hold; words no claim holds, and words
        so common (in more than `max_claims` claims) that they would not narrow a search,
        are left out."""
        terms = sorted({w.lower() for w in words if w.isalnum()})
        if not terms:
            return []
        rows = self._query(f"SELECT term FROM claims_fts_vocab WHERE term IN ({marks(terms)})"
                           " AND doc <= ? ORDER BY doc LIMIT ?", [*terms, max_claims, n])
        return [row[0] for row in rows]

    def search_figures(self, words: list[str], unit: str, exclude_article: int | None = None,
                       limit: int = 500) -> list[dict]:
        """Number claims with this unit whose sentence holds any of `words`, best first."""
        return self._search_briefs("sentence", words, "c.kind = 'number' AND c.unit = ?",
                                   [unit], exclude_article, limit)

    def search_quotes(self, words: list[str], exclude_article: int | None = None,
                      limit: int = 500) -> list[dict]:
        """Quote claims whose text holds any of `words` (full-text index), best first, in
        the brief form of `claim_brief`."""
        return self._search_briefs("text", words, "c.kind = 'quote'", [], exclude_article,
                                   limit)

    def _search_briefs(self, column: str, words: list[str], condition: str, params: list,
                       exclude_article: int | None, limit: int) -> list[dict]:
        """Brief rows meeting `condition` whose `column` holds any of `words`, best first."""
        terms = [self.db.quote_fts(w) for w in words if w.strip()]
        if not terms:
            return []
        where = ["claims_fts MATCH ?", condition]
        params = [f"{column} : (" + " OR ".join(terms) + ")", *params]
        if exclude_article is not None:
            where.append("c.article_id != ?")
            params.append(exclude_article)
        return self._briefs(_BRIEF_SELECT + " JOIN claims_fts ON claims_fts.rowid = c.id"
                            + where_clause(where) + " ORDER BY claims_fts.rank LIMIT ?",
                            [*params, int(limit)])

    # --- speakers -----------------------------------------------------------------------

    def speaker_counts(self) -> dict[str, int]:
        """Every speaker with how many quotes they have (mentions left out)."""
        return dict(self._query("SELECT speaker, count(*) FROM claims WHERE kind = 'quote' "
                                "AND speaker IS NOT NULL AND mention = 0 GROUP BY speaker"))

    def speaker_alias_records(self) -> list[SpeakerAlias]:
        """Merged speaker names, with who merged them and when, by alias."""
        return [speaker_alias(row) for row in self._query(
            f"SELECT {ALIAS_COLUMNS} FROM speaker_aliases ORDER BY alias")]

    def speaker_aliases(self) -> dict[str, str]:
        """{alias: canonical name} of every merged speaker name."""
        return {a.alias: a.canonical for a in self.speaker_alias_records()}

    def merge_speaker(self, alias: str, canonical: str, reviewer: str | None, at: str) -> list[int]:
        """Rename `alias` to `canonical` on every quote and remember the alias; the ids changed."""
        ids = [row[0] for row in self._query(
            "SELECT id FROM claims WHERE speaker = ? ORDER BY id", [alias])]
        self._run("UPDATE claims SET speaker = ? WHERE speaker = ?", [canonical, alias])
        self._run(f"INSERT OR REPLACE INTO speaker_aliases ({ALIAS_COLUMNS}) "
                  "VALUES (?, ?, ?, ?)", [alias, canonical, reviewer, at])
        return ids
