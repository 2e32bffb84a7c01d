"""The command palette: every action of the app, plus "go to outlet" and "go to entity"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from search.textnorm import fold
from tui.document import one_line

ACTIONS: list[tuple[str, str, str]] = [
    ("search: focus the search bar", "app.focus_search", "Type a query (/)"),
    ("search: clear the query", "screen.clear_query", "Show every article"),
    ("filter: outlet…", "screen.pick_outlet", "Pick an outlet (o)"),
    ("filter: date…", "screen.pick_date", "Set a date range (d)"),
    ("filter: clear outlet and date", "screen.clear_filters", "Remove outlet: and date: from the query"),
    ("sort: relevance ↔ date", "screen.toggle_sort", "Change the order of results (s)"),
    ("read: next hit", "screen.next_hit", "Next hit, continuing into the next article (n)"),
    ("read: previous hit", "screen.previous_hit", "Previous hit, back into the previous article (N)"),
    ("read: entity highlights on/off", "screen.toggle_entities", "(e)"),
    ("read: raw view of the source page", "screen.raw", "Dropped lines marked with the reason (r)"),
    ("read: copy a citation", "screen.cite", "Title, outlet, date, source through OSC 52 (y)"),
    ("view: results pane", "app.focus_results", "Move to the results list"),
    ("view: reader pane", "app.focus_reader", "Move to the article"),
    ("help: keys and query language", "app.help", "(?)"),
    ("quit", "app.quit", "Leave mali-tui (q)"),
]
"""(title, action, help) for every palette command."""


class MaliCommands(Provider):
    """App actions, then one "go to" command per outlet and per entity in the index."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = self.app
        screen = self.screen
        commands: list[tuple[str, Callable[[], object], str]] = []
        for title, action, help_text in ACTIONS:
            commands.append((title, partial(app.run_action, action, screen), help_text))
        apply = getattr(screen, "apply_filter", None)
        set_query = getattr(screen, "set_query", None)
        if apply is not None:
            for name, count in getattr(app, "outlets", {}).items():
                commands.append(
                    (f"go to outlet: {one_line(name)}", partial(apply, "outlet", name), f"{count:,} articles")
                )
        if set_query is not None:
            from tui.querytext import quote

            for name, count in getattr(app, "entities", {}).items():
                query = f"entity:{quote(name)}"
                commands.append((f"go to entity: {one_line(name)}", partial(set_query, query), f"{count:,} articles"))
        return commands

    async def discover(self) -> Hits:
        """Everything, in order (cheap: built from memory)."""
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Fuzzy-match the titles, ignoring case and accents ("goita" finds "Goïta")."""
        matcher = self.matcher(fold(query))
        for title, callback, help_text in self._commands():
            score = matcher.match(fold(title))
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
