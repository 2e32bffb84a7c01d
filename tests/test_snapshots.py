"""Snapshot tests of the app at 80×24 and 120×40 on a fixed index of the bundled seeds.

Regenerate with ``pytest tests/test_snapshots.py --snapshot-update`` only after looking at the
report: the seeds' cleaned titles change when the cleaner does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.tui_fixtures import build_index, no_cursor_blink, seed_config, settle
from tui.app import MaliTuiApp
from tui.widgets import SearchInput

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled seeds, indexed once."""
    return build_index(seed_config(), tmp_path_factory.mktemp("snap-index"))


@pytest.fixture
def app(seed_index: Path, monkeypatch: pytest.MonkeyPatch) -> MaliTuiApp:
    """An app with no blinking cursor and no animations."""
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.delenv("NO_COLOR", raising=False)
    no_cursor_blink()
    return MaliTuiApp(seed_config(), seed_index, debounce=0.01)


async def _query(pilot: Pilot, text: str) -> None:
    await settle(pilot)
    await pilot.press("slash")
    pilot.app.screen.query_one(SearchInput).value = text
    await pilot.press("enter")
    await settle(pilot)


async def _open_with_hits(pilot: Pilot) -> None:
    await _query(pilot, "Lavrov")
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare, app: MaliTuiApp, size: tuple[int, int]) -> None:
    """Every article listed, the first previewed."""
    assert snap_compare(app, terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_article_open_with_highlights(snap_compare, app: MaliTuiApp, size: tuple[int, int]) -> None:
    """A query, its first article open, entities and hits highlighted, the first hit current."""
    assert snap_compare(app, terminal_size=size, run_before=_open_with_hits)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, app: MaliTuiApp, size: tuple[int, int]) -> None:
    """The help screen."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_no_results(snap_compare, app: MaliTuiApp, size: tuple[int, int]) -> None:
    """Nothing matches: say so and suggest a correction."""

    async def run_before(pilot: Pilot) -> None:
        await _query(pilot, "lavrvo")

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_no_color(snap_compare, seed_index: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    """NO_COLOR: highlights stay distinct through bold, underline and reverse."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    no_cursor_blink()
    app = MaliTuiApp(seed_config(), seed_index, debounce=0.01)
    assert app.no_color
    assert snap_compare(app, terminal_size=size, run_before=_open_with_hits)
