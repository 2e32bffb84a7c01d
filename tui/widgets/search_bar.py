"""The bar on top: the query input, the outlet and date filters, and the query's error message."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from search.model import QueryError
from tui.document import one_line
from tui.widgets.filter_chip import FilterChip
from tui.widgets.search_input import SearchInput


class SearchBar(Vertical):
    """Query input plus filter chips; shows a parse error under the input when there is one."""

    def compose(self) -> ComposeResult:
        """Input and chips on one row, the error line under them."""
        with Horizontal(id="search-row"):
            yield SearchInput(
                placeholder='/ search: lavrov diop · "a phrase" · entity:Goita · date:2023-02',
                id="query",
                compact=True,
                select_on_focus=False,
            )
            yield FilterChip("outlet", "o", id="outlet-chip")
            yield FilterChip("date", "d", id="date-chip")
        yield Static("", id="query-error", markup=False)

    @property
    def input(self) -> SearchInput:
        """The query input."""
        return self.query_one(SearchInput)

    def show_filters(self, outlet: str | None, date: str | None) -> None:
        """Reflect the query's outlet and date clauses in the chips."""
        self.query_one("#outlet-chip", FilterChip).set_value(outlet)
        self.query_one("#date-chip", FilterChip).set_value(date)

    def show_error(self, query: str, error: QueryError | None) -> None:
        """Show (or hide, for None) the message for an unparsable query, with a caret under the spot."""
        line = self.query_one("#query-error", Static)
        if error is None:
            line.display = False
            line.update("")
            return
        text = Text()
        text.append("✗ ", "bold")
        text.append(one_line(error.message))
        text.append(f"  (at character {error.position + 1}: ", "dim")
        around = query[max(0, error.position - 8) : error.position + 12]
        text.append(one_line(around) or "end", "bold underline")
        text.append(")", "dim")
        line.update(text)
        line.display = True
