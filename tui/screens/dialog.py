"""The base of the app's pop-up screens: one key closes them all."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType], Generic[ResultType]):
    """A modal screen closed by ``esc`` (dismissed with None)."""

    BINDING_GROUP_TITLE = "Dialogs (help, raw view, pickers)"
    """Title of these keys in the help screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="close"),
    ]
    """Keys of every dialog."""

    def action_close(self) -> None:
        """Close without a result."""
        self.dismiss(None)
