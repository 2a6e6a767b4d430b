"""ctrl+p: every workbench action by name, generated from the same Bindings as the Footer."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from factcheck.tui.bindings import BINDINGS


class ActionsProvider(Provider):
    """One command per binding: its description, its key, and its tooltip as help."""

    def _commands(self):
        keys = self.app.keys_by_binding_id()  # type: ignore[attr-defined]
        for binding in BINDINGS:
            if binding.action == "command_palette":
                continue
            name = binding.description[:1].upper() + binding.description[1:]
            label = f"{name} ({keys.get(binding.id, binding.key)})"
            yield label, partial(self.app.run_action, binding.action), binding.tooltip

    async def discover(self) -> Hits:
        for label, run, tooltip in self._commands():
            yield DiscoveryHit(Content(label), run, text=label, help=tooltip)  # literal

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, run, tooltip in self._commands():
            score = max(matcher.match(label), matcher.match(tooltip) * 0.5)
            if score > 0:
                yield Hit(score, matcher.highlight(label), run, text=label, help=tooltip)
