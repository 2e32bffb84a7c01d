"""App timings for the benchmark: first paint and first results after a query settles.

Two probes, each repeated and reported as the median:

* **pty** (``first_paint_ms``): start ``python -m tui.main --config … --index-dir …`` in a pseudo
  terminal of 120×40 and time from ``exec`` to the first frame that shows the main screen (its
  "Results" pane title or "Opening the index" placeholder). This is what a user waits for: interpreter
  start, imports, app construction, layout and the first write to the terminal.
* **App.run_test** (``first_results_ms``): in one process, for each repeat a fresh ``MaliTuiApp`` on the
  benchmark index. After the index is open, the app's own start-up search has been shown and the
  background index check has finished, a query is typed key by key; the clock starts when the app's
  debounce timer fires (``MainScreen.start_search`` called by the timer: the query has *settled*) and
  stops at the first screen update rendered after the ``SearchDone`` message of that search was
  dispatched. From the last keystroke, add the app's debounce (``debounce_ms``). The in-process first paint
  (app construction → first rendered frame, imports already loaded) is reported as well.

The signals are Textual's ``message_hook`` (every message dispatched), ``App._display`` (called with
each rendered compositor update, also headless) and the screen's ``start_search`` method.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
PTY_MARKERS = (b"Results", b"Opening the index")
_ANSI_RE = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def write_config(config_path: str | None, corpus: str, folder: Path) -> Path:
    """A copy of the gazetteer config whose corpus is the benchmark corpus (so the app checks that one)."""
    source = Path(config_path) if config_path else REPO / "config.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    data["corpus"] = [corpus]
    target = folder / "bench-config.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


# --- pty: first paint of a real launch ---------------------------------------------------------------


def pty_first_paint(config: Path, index_dir: str, timeout: float = 20.0) -> float | None:
    """Milliseconds from starting the app in a pty to its first frame showing the main screen."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40", PYTHONPATH=str(REPO))
    env.pop("TEXTUAL", None)
    cmd = [sys.executable, "-m", "tui.main", "--config", str(config), "--index-dir", index_dir]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=REPO, start_new_session=True)
    os.close(slave)
    seen = b""
    painted: float | None = None
    try:
        deadline = start + timeout
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = (seen + _ANSI_RE.sub(b"", chunk))[-4096:]
            if any(marker in seen for marker in PTY_MARKERS):
                painted = (time.perf_counter() - start) * 1000
                break
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=3)
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        os.close(master)
    return painted


# --- App.run_test: first results after the query settles ---------------------------------------------


class _Probe:
    """Collects timestamps from Textual's message hook and the app's rendered updates."""

    def __init__(self) -> None:
        self.events: list[tuple[float, str, Any]] = []
        self.displays: list[float] = []
        self.settled: list[tuple[float, int]] = []

    def hook(self, message: Any) -> None:
        name = type(message).__name__
        if name in ("IndexOpened", "SearchDone", "SearchFailed", "FacetsLoaded", "IndexFailed", "CountsLoaded"):
            self.events.append((time.perf_counter(), name, message))

    def seen(self, name: str, predicate: Any = None) -> list[tuple[float, Any]]:
        return [(t, msg) for t, n, msg in self.events if n == name and (predicate is None or predicate(msg))]

    def first_display_after(self, moment: float) -> float | None:
        later = [t for t in self.displays if t >= moment]
        return later[0] if later else None


async def _wait(pilot: Any, condition: Any, timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return True
        await pilot.pause(0.005)
    return condition()


async def _one_app_run(config: Any, index_dir: str, query: str, timeout: float) -> dict[str, Any]:
    from tui.app import MaliTuiApp

    probe = _Probe()
    start = time.perf_counter()
    app = MaliTuiApp(config=config, index_dir=index_dir)
    real_display = app._display

    def display(screen: Any, renderable: Any) -> None:
        real_display(screen, renderable)
        if renderable is not None:
            probe.displays.append(time.perf_counter())

    app._display = display  # type: ignore[method-assign]
    out: dict[str, Any] = {"query": query}
    async with app.run_test(size=(120, 40), message_hook=probe.hook) as pilot:
        await _wait(pilot, lambda: bool(probe.displays), timeout)
        out["first_paint_ms"] = (probe.displays[0] - start) * 1000 if probe.displays else None
        # The index is open, the background check is done and the start-up search is on screen.
        await _wait(pilot, lambda: bool(probe.seen("IndexOpened", lambda msg: msg.final)), timeout)
        await _wait(pilot, lambda: bool(probe.seen("SearchDone")), timeout)
        opened = probe.seen("IndexOpened")
        out["index_open_ms"] = (opened[0][0] - start) * 1000 if opened else None
        done = probe.seen("SearchDone")
        out["startup_results_ms"] = (done[0][0] - start) * 1000 if done else None
        await pilot.pause(0.3)
        screen = app.screen
        real_start = screen.start_search

        def start_search(immediate: bool = False, force: bool = False) -> None:
            probe.settled.append((time.perf_counter(), screen.generation + 1))
            real_start(immediate=immediate, force=force)

        screen.start_search = start_search  # type: ignore[method-assign]
        await pilot.press("slash")
        await pilot.pause(0.05)
        before = len(probe.seen("SearchDone"))
        for ch in query:
            await pilot.press("space" if ch == " " else ch)
        await _wait(pilot, lambda: len(probe.seen("SearchDone")) > before and bool(probe.settled), timeout)
        await pilot.pause(0.05)
        if probe.settled:
            settle_t, generation = probe.settled[-1]
            done = probe.seen("SearchDone", lambda msg: msg.generation == generation)
            if done:
                arrived = done[0][0]
                painted = probe.first_display_after(arrived) or arrived
                out["first_results_ms"] = (painted - settle_t) * 1000
                out["results_message_ms"] = (arrived - settle_t) * 1000
                out["debounce_ms"] = app.debounce * 1000
                out["hits"] = done[0][1].results.total
                # The per-row match counts the app computes after showing the results (same worker).
                await _wait(
                    pilot, lambda: bool(probe.seen("CountsLoaded", lambda msg: msg.generation == generation)), 30
                )
                counts = probe.seen("CountsLoaded", lambda msg: msg.generation == generation)
                out["counts_after_results_ms"] = (counts[0][0] - arrived) * 1000 if counts else None
        await pilot.press("escape")
    return out


def measure(p: dict[str, Any]) -> dict[str, Any]:
    """Run both probes; medians plus every repeat."""
    from bench.run import _load_config, proc_status

    repeats = int(p.get("repeats", 5))
    queries = list(p["queries"]) or ["mali"]
    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        cfg_path = write_config(p.get("config"), p["corpus"], Path(tmp))
        paints = [pty_first_paint(cfg_path, p["index_dir"]) for _ in range(repeats)]
        config = _load_config(str(cfg_path))
        runs = []
        session: dict[str, float] = {}
        for i in range(repeats):
            runs.append(asyncio.run(_one_app_run(config, p["index_dir"], queries[i % len(queries)], 120.0)))
            if i == 0:
                session = proc_status()  # VmHWM after one whole app session (open, start-up search, query)

    def median(values: list[Any]) -> float | None:
        vals = [v for v in values if v is not None]
        return statistics.median(vals) if vals else None

    return {
        "session_peak_rss_mb": session.get("VmHWM"),
        "session_rss_anon_mb": session.get("RssAnon"),
        "first_paint_ms": median(paints),
        "first_paint_pty_runs_ms": paints,
        "first_paint_in_process_ms": median([r.get("first_paint_ms") for r in runs]),
        "first_results_ms": median([r.get("first_results_ms") for r in runs]),
        "results_message_ms": median([r.get("results_message_ms") for r in runs]),
        "debounce_ms": median([r.get("debounce_ms") for r in runs]),
        "counts_after_results_ms": median([r.get("counts_after_results_ms") for r in runs]),
        "index_open_ms": median([r.get("index_open_ms") for r in runs]),
        "startup_results_ms": median([r.get("startup_results_ms") for r in runs]),
        "runs": runs,
        "repeats": repeats,
        "note": "first paint: real launch in a 120x40 pty; first results: App.run_test, from the debounce "
        "firing to the first frame rendered after SearchDone; medians of repeats",
    }
