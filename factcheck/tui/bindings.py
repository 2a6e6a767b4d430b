"""Every key of the workbench, declared once.

The Footer, the help screen (`?`) and the command palette (ctrl+p) are all generated from
this list, so a key, its description and its tooltip can never disagree. Each binding has
an id (`factcheck.<name>`), so a keymap can rebind it (`App.set_keymap`). No letter key is
a priority binding: text inputs in modals and the search bar get their letters first.
"""

from __future__ import annotations

from textual.binding import Binding

VERDICT = Binding.Group("verdict", compact=True)
UNDO = Binding.Group("undo", compact=True)
SEARCH = Binding.Group("search", compact=True)


def _b(key: str, action: str, description: str, tooltip: str, *, show: bool = True,
       group: Binding.Group | None = None, key_display: str | None = None) -> Binding:
    name = action.split("(")[0] + (f".{action.split(chr(39))[1]}" if "'" in action else "")
    return Binding(key, action, description, show=show, key_display=key_display,
                   tooltip=tooltip, id=f"factcheck.{name}", group=group)


BINDINGS: list[Binding] = [
    _b("j,down", "cursor_down", "next claim", "Move down the claims list", show=False),
    _b("k,up", "cursor_up", "previous claim", "Move up the claims list", show=False),
    _b("g,home", "cursor_first", "first claim", "Go to the first claim of the list",
       show=False),
    _b("G,end", "cursor_last", "last claim", "Go to the last claim of the list", show=False),
    _b("pagedown", "page_down", "page down", "Move down one screen", show=False),
    _b("pageup", "page_up", "page up", "Move up one screen", show=False),
    _b("v", "set_status('verified')", "verified",
       "Mark the claim verified, then move on to the next pending claim", group=VERDICT),
    _b("d", "set_status('disputed')", "disputed",
       "Mark the claim disputed, then move on to the next pending claim", group=VERDICT),
    _b("u", "set_status('unverifiable')", "unverifiable",
       "Mark the claim unverifiable, then move on to the next pending claim", group=VERDICT),
    _b("p", "set_status('pending')", "back to pending",
       "Put the claim back to pending (undecided)", group=VERDICT),
    _b("space", "next_pending", "next", "Jump to the next claim still pending",
       key_display="space"),
    _b("z", "undo", "undo", "Undo your last change (works across restarts)", group=UNDO),
    _b("Z", "redo", "redo", "Redo the change you last undid", group=UNDO),
    _b("s", "add_source", "source", "Attach a source: URL, title and excerpt"),
    _b("e", "edit_note", "note", "Write or edit your note on this claim"),
    _b("E", "show_evidence", "evidence",
       "Every passage of the evidence library that bears on this claim; Enter attaches one "
       "as a source (z undoes)", show=False),
    _b("slash", "search", "search", "Full-text search over the claims of all articles",
       group=SEARCH),
    _b("n", "next_hit", "next hit", "Go to the next search hit", group=SEARCH),
    _b("N", "previous_hit", "previous hit", "Go to the previous search hit", group=SEARCH),
    _b("Q", "check_quote", "check quote",
       "Check quote against a source (a transcript, statement or article; a file or pasted "
       "text): saved as a source, the word diff shown in the detail pane", show=False),
    _b("r", "reuse_verdict", "reuse verdict",
       "Reuse a verdict from another article: the same quote or figure seen elsewhere (the "
       "history says from which claim)", show=False),
    _b("f", "cycle_filter", "filter",
       "Cycle the filter: all, pending, verified, disputed, unverifiable, quotes, numbers, "
       "dates — and on a team database the second review and resolve queues"),
    _b("o", "cycle_order", "order",
       "Switch the order: article then position, or most check-worthy first", show=False),
    _b("a", "pick_article", "article", "Pick an article (with review progress per article)"),
    _b("x", "export_report", "export report…",
       "Write a report of this list: Markdown, HTML, JSON, CSV or ClaimReview", show=False),
    _b("c", "copy", "copy", "Copy the claim and its verdict to the clipboard", show=False),
    _b("question_mark", "help", "help", "Show every key and what it does"),
    _b("ctrl+p", "command_palette", "commands", "Search every action by name", show=False),
    _b("q", "quit", "quit", "Quit (everything is already saved)"),
]

