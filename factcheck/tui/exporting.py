"""Export report… from the workbench (key x, or the command palette).

The report covers what the list shows: the current article (or all), and the verdict
when the list is filtered by one. It is written by the same `export_to_path` as
`factcheck export`, in a thread worker with its own connection, so a large database
exports without freezing the screen; the outcome comes back as a notification.

In blind second review, a report covering claims whose first verdict is hidden from me is
refused (nothing written): a report states the desk's verdicts, so it would either reveal
those verdicts or, written as pending, misstate them in a file that leaves the workbench.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from textual import work

from factcheck.review import team
from factcheck.errors import FactcheckError
from factcheck.export import export_to_path
from factcheck.tui.screens.export_modal import ExportModal

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

    _Base = ReviewApp
else:
    _Base = object


class ExportActions(_Base):
    """The `export_report` action of the App (mixed in, like ReviewActions)."""

    def action_export_report(self) -> None:
        q = self.state.list_query
        if self._refuse_blind_export(q.article_id):
            return
        status = q.args().get("status")
        scope = ("Claims of " + ("all articles" if q.article_id is None
                                 else f"article {q.article_id}")
                 + (f", {status} only" if status else "") + ", disputed first.")
        directory = os.path.dirname(os.path.abspath(self.state.db_path))
        stem = "report" if q.article_id is None else f"report-article-{q.article_id}"

        def done(choice: dict | None) -> None:
            if choice and not self._refuse_blind_export(q.article_id):
                self._export(choice, q.article_id, status)

        self.push_screen(ExportModal(scope, directory, stem), done)

    def _refuse_blind_export(self, article_id: int | None) -> bool:
        """Say so and return True when the report would cover claims whose verdict is
        hidden from me (the whole article scope counts, whatever the status filter, so the
        refusal itself tells nothing about those verdicts)."""
        self.refresh_team()
        if not self.state.hidden:
            return False
        try:
            waiting = [i for i in team.second_queue(self.store, self.state.reviewer, article_id)
                       if i in self.state.hidden]
        except FactcheckError as e:
            self.notify(str(e), title="Not exported", severity="error")
            return True
        if not waiting:
            return False
        where = "all articles" if article_id is None else f"article {article_id}"
        self.notify(f"A report of {where} would reveal {len(waiting)} verdict(s) hidden from "
                    "you until you give your second review (blind mode). Nothing was written. "
                    "Decide them first (f → second review), or export an article with none "
                    "waiting for you.", title="Not exported: blind review",
                    severity="warning", timeout=10)
        return True

    @work(thread=True, exclusive=True, group="export")
    def _export(self, choice: dict, article_id: int | None, status: str | None) -> None:
        fmt, path = choice["format"], os.path.expanduser(choice["path"])
        options = {"site_url": choice["site_url"]} if fmt == "claimreview" else {}
        try:
            with self.reader() as store:
                written = export_to_path(store, fmt, path,
                                         [article_id] if article_id is not None else None,
                                         [status] if status else None, **options)
        except FactcheckError as e:
            self.call_from_thread(self.notify, str(e), title="Export failed",
                                  severity="error", timeout=10)
            return
        self.call_from_thread(self.notify, f"{path}: {fmt} report, {written} claims",
                              title="Report written")
