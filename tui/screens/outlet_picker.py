"""Pick an outlet from the index's outlets (with article counts); type to narrow the list."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.document import one_line
from tui.screens.dialog import Dialog

ANY = "\x00any"
"""Option id of "any outlet"."""


class OutletPicker(Dialog[tuple[str | None]]):
    """Dismisses with ``(name,)``, ``(None,)`` for any outlet, or None when cancelled."""

    def __init__(self, outlets: dict[str, int], current: str | None) -> None:
        super().__init__()
        self.outlets = outlets
        self.current = current

    def compose(self) -> ComposeResult:
        """Filter input over the list."""
        with Vertical(id="picker") as box:
            box.border_title = "Outlet"
            box.border_subtitle = "enter picks · esc cancels"
            yield Input(placeholder="type to narrow", id="picker-filter", compact=True)
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        """Fill the list, cursor on the current outlet."""
        self._fill("")
        self.query_one("#picker-filter").focus()

    def update_outlets(self, outlets: dict[str, int]) -> None:
        """New counts arrived (the picker was opened before they had loaded): refill the list."""
        self.outlets = outlets
        self._fill(self.query_one("#picker-filter", Input).value)

    def _fill(self, needle: str) -> None:
        options = self.query_one("#picker-list", OptionList)
        options.clear_options()
        items = [Option(Text("Any outlet", style="italic"), id=ANY)]
        folded = needle.casefold().strip()
        for name, count in self.outlets.items():
            if folded and folded not in name.casefold():
                continue
            label = Text(one_line(name))
            label.append(f"  {count:,}", "dim")
            items.append(Option(label, id=name))
        if not self.outlets:
            items.append(Option(Text("(no outlets known yet)", style="dim"), disabled=True))
        options.add_options(items)
        index = 0
        if self.current and not folded:
            for i, option in enumerate(items):
                if option.id and option.id.casefold() == self.current.casefold():
                    index = i
        elif folded and len(items) > 1:
            index = 1
        options.highlighted = index

    @on(Input.Changed, "#picker-filter")
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#picker-filter")
    def _submit(self, event: Input.Submitted) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.highlighted is not None:
            self._pick(options.get_option_at_index(options.highlighted).id)

    def on_key(self, event) -> None:
        """Up/down move the list while typing in the filter."""
        options = self.query_one("#picker-list", OptionList)
        if event.key in ("down", "up") and self.focused is not options:
            event.stop()
            options.action_cursor_down() if event.key == "down" else options.action_cursor_up()

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option.id)

    def _pick(self, option_id: str | None) -> None:
        if option_id is None:
            return
        self.dismiss((None,) if option_id == ANY else (option_id,))
