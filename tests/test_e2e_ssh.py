"""End to end over ssh: the same journey through ``ssh -t`` to a throwaway sshd on 127.0.0.1, inside tmux.

The test starts its own sshd (generated host and client keys, a config in a temp folder, a free port) and
stops it afterwards. The remote command sets its whole environment itself (no AcceptEnv): a private HOME,
cache and index folder, LANG, PATH and the TERM under test. Both ends check that the tty settings are the
same after the app as before it; the local end also checks the pane's modes and the exit status.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e_helpers import (
    JourneyPlan,
    Sshd,
    app_env,
    installed_app,
    plan_journey,
    read_status,
    require_tool,
    start_sshd,
    tmux_session,
    walk_the_journey,
    wrapped_command,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> JourneyPlan:
    """What the journey should meet, asked of the headless CLI on an index of its own."""
    return plan_journey(installed_app(), tmp_path_factory.mktemp("oracle"))


@pytest.fixture(scope="module")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sshd]:
    """A private sshd for this module's tests, always stopped at the end."""
    server = start_sshd(tmp_path_factory.mktemp("sshd"))
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("term", ["xterm-256color", "linux"])
def test_search_filter_read_quit_over_ssh(sshd: Sshd, plan: JourneyPlan, tmp_path: Path, term: str) -> None:
    """Search, filter, read and quit through a real ``ssh -t`` session at 80x24, with the remote TERM given."""
    app, ssh = installed_app(), require_tool("ssh")
    home, index_dir = tmp_path / "home", tmp_path / "index"
    home.mkdir()
    remote_status, local_status = tmp_path / "remote-status", tmp_path / "local-status"
    env = app_env(home, index_dir, term)
    # no exec: the remote shell outlives the app to compare the tty settings and report the status
    script = f"cd {shlex.quote(str(tmp_path))} && " + wrapped_command(shlex.quote(str(app)), remote_status, hold=False)
    remote = shlex.join(["exec", "env", "-i", *(f"{k}={v}" for k, v in env.items()), "/bin/sh", "-c", script])
    local_env = app_env(tmp_path / "local-home", tmp_path / "unused-index", "tmux-256color")
    with tmux_session(tmp_path, 80, 24) as tmux:
        tmux.start(wrapped_command(sshd.ssh_command(ssh, remote), local_status), local_env)
        walk_the_journey(tmux, plan, local_status)
    assert read_status(remote_status) == {"rc": "0", "tty": "same"}, "the remote pty was not given back"
    assert any(index_dir.iterdir()), "the first run did not build its index in MALI_TUI_INDEX_DIR"
