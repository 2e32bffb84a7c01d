"""The status line: index state (building with progress, article count) and the result summary."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

BAR_WIDTH = 20


class StatusBar(Static):
    """One line above the footer."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.index_text = Text("Opening the index…")
        self.right_text = Text("")

    def _redraw(self) -> None:
        text = Text(" ")
        text.append_text(self.index_text)
        if self.right_text:
            text.append("  │  ", "dim")
            text.append_text(self.right_text)
        self.update(text)

    def set_index(self, text: Text | str) -> None:
        """The index part."""
        self.index_text = Text(text) if isinstance(text, str) else text
        self._redraw()

    def set_progress(self, done: int, todo: int) -> None:
        """Building: a bar and ``done/todo``."""
        filled = BAR_WIDTH * done // todo if todo else 0
        text = Text("Building the index ")
        text.append("█" * filled, "bold")
        text.append("░" * (BAR_WIDTH - filled), "dim")
        text.append(f" {done}/{todo} pages")
        self.set_index(text)

    def set_right(self, text: Text | str) -> None:
        """The right part (sort, highlights)."""
        self.right_text = Text(text) if isinstance(text, str) else text
        self._redraw()
