"""Shared helpers for the app's pilot and snapshot tests: fixed indexes and waiting for workers."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from search.config import Config, load_config, parse_config
from search.resources import bundled_config_path

HOSTILE_NAME = "[red]evil[@click=app.quit]x[-].txt"
"""A file name that is also markup."""

HOSTILE_PAGE = (
    "[bold]Breaking[/bold] [@click=app.quit]Mali[/] talks \x1b[31mred\x1b[0m title\n\n"
    "By [link=https://evil.example]Evil Author[/link] - 7 February 2023\n\n"
    "The meeting in Bamako between Assimi Goïta and Sergey Lavrov used [red]markup[/red] and "
    "[@click=app.quit]click me[/] text that must stay inert.\n\n"
    "An escape \x1b[2J\x1b]52;c;ZXZpbA==\x07 sequence sits in this long paragraph about Mali and Russia, "
    "which is long enough to be kept by the cleaner as body text for sure.\n\n"
    "Another paragraph mentions Wagner and the United Nations in Kidal, with more words to keep it "
    "as a real paragraph of body text [b]bold?[/b].\n"
)
"""A page full of Rich/Textual markup and terminal escape sequences."""


def seed_config() -> Config:
    """The bundled config (the bundled seeds, the bundled gazetteer), whatever the environment says."""
    return load_config(bundled_config_path())


def build_index(config: Config, index_dir: Path) -> Path:
    """Build the index for ``config`` in ``index_dir``."""
    from search.index import Indexer

    Indexer(config, index_dir, workers=1).update()
    return index_dir


def corpus_config(corpus: Path, tmp: Path) -> Config:
    """The bundled config (gazetteer, outlets, keys) with ``corpus`` as its only corpus folder."""
    bundled = bundled_config_path().read_text(encoding="utf-8")
    return parse_config(bundled.replace("corpus:\n  - bundled:seeds", f"corpus:\n  - {corpus}"), tmp / "config.yaml")


def hostile_config(tmp: Path) -> Config:
    """A config whose corpus is one hostile page (and the bundled gazetteer)."""
    corpus = tmp / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / HOSTILE_NAME).write_text(HOSTILE_PAGE, encoding="utf-8")
    return corpus_config(corpus, tmp)


def no_cursor_blink() -> None:
    """Keep inputs' cursors still, for stable snapshots."""
    Input._toggle_cursor = lambda self: None  # type: ignore[method-assign]


async def settle(pilot: Pilot, rounds: int = 8) -> None:
    """Wait until the app's workers, timers and messages have quietened down."""
    app = pilot.app
    for _ in range(rounds):
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            break
    await pilot.pause(0.3)
    await app.workers.wait_for_complete()
    await pilot.pause()
