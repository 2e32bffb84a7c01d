"""The query input: ``enter`` runs the query and moves to the results, ``esc`` clears then leaves."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchInput(Input):
    """An :class:`Input` for the query language, with the search bar's keys."""

    BINDING_GROUP_TITLE = "Search bar"
    """Title of this widget's keys in the help screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "run_search", "Search", id="run-search"),
        Binding("escape", "leave", "Clear / leave", id="leave-search"),
    ]
    """Keys of the search bar (on top of Input's editing keys)."""

    class Run(Message):
        """Run the query now and move to the results."""

        def __init__(self, search_input: SearchInput, value: str) -> None:
            super().__init__()
            self.search_input = search_input
            self.value = value

    class Leave(Message):
        """Leave the search bar (the query is empty)."""

        def __init__(self, search_input: SearchInput) -> None:
            super().__init__()
            self.search_input = search_input

    def action_run_search(self) -> None:
        """Ask the screen to run the query now."""
        self.post_message(self.Run(self, self.value))

    def action_leave(self) -> None:
        """Clear the query if there is one, else leave the bar."""
        if self.value:
            self.value = ""
        else:
            self.post_message(self.Leave(self))
