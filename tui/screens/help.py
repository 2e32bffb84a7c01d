"""The help screen: every key (as remapped by config.yaml) with its binding id, and the query language."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from search.query import HELP
from tui.keys import binding_groups, display_keys, effective_keys
from tui.screens.dialog import Dialog


class HelpScreen(Dialog[None]):
    """Keys and query syntax."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,question_mark", "close", "Close", show=False),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
    ]
    """Scrolling and closing the help."""

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        """A scrolling page of tables."""
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help"
            body.border_subtitle = "esc closes · remap keys in config.yaml → keys: {id: key}"
            yield Static(self.keys_table(), id="help-keys")
            yield Static(Text(HELP), id="help-query", markup=False)

    def keys_table(self) -> Group:
        """One titled table per group of bindings: keys, what they do, binding id."""
        parts: list[Text | Table] = []
        for title, bindings in binding_groups():
            parts.append(Text(title, style="bold underline"))
            table = Table.grid(padding=(0, 2))
            table.add_column("keys", style="bold", no_wrap=True, min_width=12)
            table.add_column("what", min_width=22)
            table.add_column("id", style="dim", no_wrap=True)
            for binding in bindings:
                table.add_row(
                    Text(display_keys(effective_keys(binding, self.keymap))),
                    Text(binding.description or binding.action),
                    Text(binding.id or ""),
                )
            parts.append(table)
            parts.append(Text(""))
        return Group(*parts)

    def action_scroll(self, delta: int) -> None:
        """Scroll a line."""
        self.query_one("#help-body").scroll_relative(y=delta, animate=False)

    def action_page(self, direction: int) -> None:
        """Scroll a page."""
        body = self.query_one("#help-body")
        body.scroll_relative(y=direction * max(1, body.size.height - 2), animate=False)
