"""The open article's entities with their mention counts; choosing one searches ``entity:NAME``."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.document import DEFAULT_STYLES

TYPE_MARK = {"person": "●", "place": "▲", "organisation": "■"}
"""A shape per entity type, so the list reads without colour."""


class EntityList(OptionList):
    """One option per entity of the open article, most mentioned first."""

    BINDING_GROUP_TITLE = "Entities"
    """Title of this widget's keys in the help screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Search entity", id="search-entity"),
        Binding("j,down", "cursor_down", "Down", show=False, id="down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="up"),
        Binding("g,home", "first", "Top", show=False, id="top"),
        Binding("G,end", "last", "Bottom", show=False, id="bottom"),
        Binding("escape", "app.focus_results", "Results", id="back"),
    ]
    """Keys of the entity list."""

    class Chosen(Message):
        """Search for this entity."""

        def __init__(self, entity_list: EntityList, name: str) -> None:
            super().__init__()
            self.entity_list = entity_list
            self.name = name

    def show_entities(self, counts: list[tuple[str, str, int]]) -> None:
        """Replace the options with the article's entities."""
        self.clear_options()
        options = []
        for name, kind, count in counts:
            label = Text()
            style = DEFAULT_STYLES.get(kind, "")
            label.append(f"{TYPE_MARK.get(kind, '·')} ", style)
            label.append(name, style)
            label.append(f" {count}", "dim")
            options.append(Option(label, id=name))
        self.add_options(options)
        if options:
            self.highlighted = 0
        self.border_title = f"Entities ({len(counts)})" if counts else "Entities"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Turn the selection into a search request."""
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(self, event.option.id))
