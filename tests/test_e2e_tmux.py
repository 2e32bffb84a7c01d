"""End to end in a real terminal: the installed ``mali-tui`` in a tmux pane, driven by keys, read from the screen.

The journey: first run indexes the bundled corpus into a private index folder; ``/`` and typing "Lavrov"
searches; ``o`` picks one outlet; enter opens the article; the reader shows entities in colour and
bold/underline (checked on the escape sequences of the screen, not its text); ``q`` quits with status 0 and
gives the terminal back (normal screen, cursor, no mouse reporting, the same tty settings).
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.e2e_helpers import (
    JourneyPlan,
    app_env,
    installed_app,
    plan_journey,
    require_tool,
    tmux_session,
    walk_the_journey,
    wrapped_command,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module", autouse=True)
def _tmux_installed() -> None:
    """Skip (or fail, with MALI_TUI_REQUIRE_E2E) before any other work when tmux is missing."""
    require_tool("tmux")


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> JourneyPlan:
    """What the journey should meet, asked of the headless CLI on an index of its own."""
    return plan_journey(installed_app(), tmp_path_factory.mktemp("oracle"))


@pytest.mark.parametrize(("width", "height"), [(80, 24), (140, 40)], ids=["80x24", "140x40"])
def test_search_filter_read_quit_in_tmux(plan: JourneyPlan, tmp_path: Path, width: int, height: int) -> None:
    """The whole journey on a real pty, at the smallest supported size and a wide one (side-by-side panes)."""
    app = installed_app()
    home, index_dir, status = tmp_path / "home", tmp_path / "index", tmp_path / "status"
    home.mkdir()
    with tmux_session(tmp_path, width, height) as tmux:
        tmux.start(wrapped_command(shlex.quote(str(app)), status), app_env(home, index_dir, "tmux-256color"))
        walk_the_journey(tmux, plan, status)
    assert any(index_dir.iterdir()), "the first run did not build its index in MALI_TUI_INDEX_DIR"
