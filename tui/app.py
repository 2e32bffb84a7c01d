"""mali-tui's Textual app: a small shell around :class:`tui.screens.main.MainScreen`.

The app owns the config, the keymap and the backend (the engine, only used from thread workers);
the main screen owns the panes and the workers.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Input

from search.config import Config
from tui.backend import Backend
from tui.commands import MaliCommands
from tui.keys import check_keymap


class MaliTuiApp(App[int]):
    """Search and read a corpus of news coverage."""

    CSS_PATH = "app.tcss"
    TITLE = "mali-tui"
    BINDING_GROUP_TITLE = "Global"
    """Title of these keys in the help screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the App handles "/" before the next key of the same burst is forwarded, so
        # "/Lavrov" typed fast (or pasted, or batched by ssh) lands whole in the search bar.
        Binding("slash", "focus_search", "Search", priority=True, id="search"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True, id="command-palette"),
    ]
    """Keys that work everywhere (letters only outside the search bar)."""

    COMMANDS: ClassVar = App.COMMANDS | {MaliCommands}
    """Palette providers: the app's own commands plus Textual's (themes, screenshot…)."""

    def __init__(self, config: Config, index_dir: Path | str, debounce: float = 0.25) -> None:
        """Create the app; raise :class:`search.config.ConfigError` for an unknown binding id in ``keys:``."""
        check_keymap(config)
        super().__init__()
        self.config = config
        self.backend = Backend(config, Path(index_dir))
        self.debounce = debounce
        self.outlets: dict[str, int] = {}
        self.entities: dict[str, int] = {}
        self.set_keymap(dict(config.keys))

    def get_default_screen(self) -> Screen:
        """The main screen."""
        from tui.screens.main import MainScreen

        return MainScreen()

    def _focus(self, selector: str) -> None:
        """Focus at once (not on the next loop turn), so keys typed in the same burst follow."""
        try:
            self.screen.set_focus(self.screen.query_one(selector))
        except NoMatches:
            pass

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ "/" is a plain character while typing in a text field."""
        if action == "focus_search" and isinstance(self.focused, Input):
            return False
        return super().check_action(action, parameters)

    def action_focus_search(self) -> None:
        """Move to the search bar."""
        self._focus("#query")

    def action_focus_results(self) -> None:
        """Move to the results list."""
        self._focus("#hits")

    def action_focus_reader(self) -> None:
        """Move to the reader."""
        self._focus("#article")

    def action_help(self) -> None:
        """Keys and query syntax."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(dict(self.config.keys)))
