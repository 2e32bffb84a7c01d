"""Binding ids: the registry behind the help screen, the footer and ``keys:`` in config.yaml.

Every binding has an id; ``keys:`` maps an id to replacement keys (comma-separated alternatives)
and is applied with :meth:`textual.app.App.set_keymap`. An id nobody defines is a config error
naming the file, the line and the key.
"""

from __future__ import annotations

from textual.binding import Binding

from search.config import Config, ConfigError

KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "space": "space",
    "escape": "esc",
    "enter": "enter",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "shift+tab": "shift+tab",
}


def binding_groups() -> list[tuple[str, list[Binding]]]:
    """Every remappable binding, grouped as the help screen shows them."""
    from tui.app import MaliTuiApp
    from tui.screens.dialog import Dialog
    from tui.screens.main import MainScreen
    from tui.widgets import ArticleView, EntityList, HitList, SearchInput

    groups: list[tuple[str, list[Binding]]] = []
    seen: set[str] = set()
    for owner in (MaliTuiApp, MainScreen, SearchInput, HitList, ArticleView, EntityList, Dialog):
        bindings = [b for b in owner.BINDINGS if isinstance(b, Binding) and b.id and b.id not in seen]
        seen.update(b.id for b in bindings if b.id)
        if bindings:
            groups.append((getattr(owner, "BINDING_GROUP_TITLE", owner.__name__), bindings))
    return groups


def known_ids() -> set[str]:
    """All binding ids a config may remap."""
    return {b.id for _title, bindings in binding_groups() for b in bindings if b.id}


def check_keymap(config: Config) -> None:
    """Raise :class:`ConfigError` for a ``keys:`` entry whose id no binding has."""
    known = known_ids()
    for binding_id in config.keys:
        if binding_id not in known:
            raise ConfigError(
                config.path,
                config.key_lines.get(binding_id),
                f"keys.{binding_id}",
                f"unknown binding id; known ids: {', '.join(sorted(known))}",
            )


def display_keys(keys: str) -> str:
    """``"j,down"`` → ``"j / down"``, with symbols for named keys."""
    shown = []
    for key in keys.split(","):
        key = key.strip()
        shown.append(KEY_NAMES.get(key, key))
    return " / ".join(shown)


def effective_keys(binding: Binding, keymap: dict[str, str]) -> str:
    """The keys a binding answers to once the config's keymap is applied."""
    if binding.id and binding.id in keymap:
        return keymap[binding.id]
    return binding.key
