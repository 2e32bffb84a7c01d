"""Set a date range: from and to, each a year, a month or a day (2023, 2023-02, 2023-02-07)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static

from search.query import date_bounds
from tui.querytext import DATE_FORMAT_HINT, check_date, date_value, split_date
from tui.screens.dialog import Dialog


class DatePicker(Dialog[tuple[str | None]]):
    """Dismisses with ``(value,)`` for ``date:value``, ``(None,)`` to clear, None when cancelled."""

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        """Two inputs and a message line."""
        start, end = split_date(self.current)
        if ".." not in (self.current or "") and not _simple(self.current):
            start, end = self._bounds(self.current)
        with Vertical(id="date-box") as box:
            box.border_title = "Date"
            box.border_subtitle = "enter applies · empty both to clear · esc cancels"
            with Horizontal(classes="date-row"):
                yield Label("From ", classes="date-label")
                yield Input(start, placeholder="2023-02", id="date-from", compact=True)
            with Horizontal(classes="date-row"):
                yield Label("To   ", classes="date-label")
                yield Input(end, placeholder="2023-12-31", id="date-to", compact=True)
            yield Static(DATE_FORMAT_HINT, id="date-message", markup=False)

    @staticmethod
    def _bounds(value: str | None) -> tuple[str, str]:
        if not value:
            return "", ""
        try:
            lo, hi = date_bounds(value, 0)
        except Exception:
            return "", ""
        return lo or "", hi or ""

    def on_mount(self) -> None:
        """Focus "from"."""
        self.query_one("#date-from", Input).focus()

    @on(Input.Submitted)
    def _apply(self, event: Input.Submitted) -> None:
        start = self.query_one("#date-from", Input).value.strip()
        end = self.query_one("#date-to", Input).value.strip()
        message = self.query_one("#date-message", Static)
        for label, value in (("from", start), ("to", end)):
            problem = check_date(value)
            if problem:
                message.update(f"{label}: {problem}")
                message.add_class("-error")
                return
        if start and end and date_bounds(start, 0)[0] > date_bounds(end, 0)[1]:  # type: ignore[operator]
            message.update("the range ends before it starts")
            message.add_class("-error")
            return
        self.dismiss((date_value(start, end),))


def _simple(value: str | None) -> bool:
    """A plain year, month or day (shown as typed)."""
    return value is None or check_date(value) is None
