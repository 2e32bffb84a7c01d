"""A small label in the search bar showing one filter (outlet or date); click or key to change it."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static

from tui.document import one_line


class FilterChip(Static):
    """Shows ``label: value`` (or ``label: any``) and asks the screen to edit it when clicked."""

    class Clicked(Message):
        """The chip was clicked."""

        def __init__(self, chip: FilterChip) -> None:
            super().__init__()
            self.chip = chip

    def __init__(self, label: str, key_hint: str, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.label = label
        self.key_hint = key_hint
        self.value: str | None = None
        self.set_value(None)

    def set_value(self, value: str | None) -> None:
        """Show the filter's current value (None: no filter)."""
        self.value = value
        text = Text()
        text.append(f"{self.key_hint} ", "bold")
        text.append(f"{self.label}:", "dim")
        text.append(" ")
        text.append(one_line(value) if value else "any", "bold" if value else "")
        self.set_class(bool(value), "-active")
        self.update(text)

    def set_key_hint(self, key_hint: str) -> None:
        """Show the key that opens this filter (after a keymap change)."""
        self.key_hint = key_hint
        self.set_value(self.value)

    def on_click(self, event: events.Click) -> None:
        """Ask for the picker."""
        self.post_message(self.Clicked(self))
