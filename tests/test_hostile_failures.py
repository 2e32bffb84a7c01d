"""Failures around the index: kill -9 and Ctrl-C mid-build, two builds at once, readers during a build,
an unwritable cache folder and a full disk. The index is never corrupt and no article goes missing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from search.config import load_config
from search.engine import Engine
from search.index import Indexer, IndexError_
from tests.conftest import SEEDS
from tests.hostile_corpus import article, build_many

PAGES = 300
SEED = 20240303


def cli_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "tui.main", *args]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A corpus of small valid pages (enough for the parallel cleaning path) and their marker words."""
    root = tmp_path_factory.mktemp("pages")
    return root, build_many(root, PAGES)


def children_of(pid: int) -> list[int]:
    """Live processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def assert_complete(index_dir: Path, markers: list[str]) -> None:
    """The index opens, holds one document per page, and finds pages by their marker words."""
    engine = Engine(load_config(), index_dir)
    try:
        assert engine.doc_count() == len(markers)
        for marker in random.Random(SEED).sample(markers, 5):
            assert engine.search(marker, facets=False).total == 1, marker
    finally:
        engine.close()


@pytest.mark.slow
def test_kill_9_at_random_moments_then_recover(pages: tuple[Path, list[str]], tmp_path: Path) -> None:
    corpus, markers = pages
    index_dir = tmp_path / "ix"
    rng = random.Random(SEED)
    orphans: list[int] = []
    try:
        for _ in range(5):
            proc = subprocess.Popen(
                cli_args("--index-dir", str(index_dir), "index", "--quiet", str(corpus)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            time.sleep(rng.uniform(0.4, 1.8))
            workers = children_of(proc.pid)
            orphans += workers
            proc.kill()
            _, err = proc.communicate(timeout=30)
            assert b"Traceback" not in err
            deadline = time.monotonic() + 5
            while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not [pid for pid in workers if alive(pid)], "cleaning workers outlived a killed indexer"
        done = subprocess.run(
            cli_args("--index-dir", str(index_dir), "index", "--quiet", "--no-wait", str(corpus)),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert f"{PAGES} articles in" in done.stdout
        assert_complete(index_dir, markers)
    finally:
        for pid in orphans:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def interrupt_mid_build(corpus: Path, index_dir: Path) -> tuple[int, bytes, bytes, float]:
    """Run ``index`` on ``corpus``, Ctrl-C it once its cleaning workers run; return code, out, err, seconds to exit."""
    # A terminal's Ctrl-C reaches the whole process group: the indexer and its cleaning workers.
    proc = subprocess.Popen(
        cli_args("--index-dir", str(index_dir), "index", "--quiet", str(corpus)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not children_of(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    sent = time.monotonic()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err, time.monotonic() - sent


@pytest.mark.slow
def test_ctrl_c_exits_130_with_one_line_then_recovers(tmp_path_factory: pytest.TempPathFactory) -> None:
    # A fast machine may finish a small corpus before the signal lands (exit 0, index complete):
    # grow the corpus until Ctrl-C arrives mid-build.
    for count in (2000, 8000, 24000):
        corpus = tmp_path_factory.mktemp("ctrl-c")
        markers = build_many(corpus, count)
        index_dir = tmp_path_factory.mktemp("ctrl-c-ix")
        code, out, err, seconds = interrupt_mid_build(corpus, index_dir)
        if code != 0:
            break
        assert f"{count} articles in" in out.decode(), (out, err)
    assert code == 130, (code, out, err)
    assert seconds < 10
    assert err.decode().splitlines() == ["interrupted"]
    assert out == b""
    done = subprocess.run(
        cli_args("--index-dir", str(index_dir), "index", "--quiet", str(corpus)), capture_output=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert_complete(index_dir, markers)


def test_two_builds_at_once_both_finish_and_agree(pages: tuple[Path, list[str]], tmp_path: Path) -> None:
    corpus, markers = pages
    index_dir = tmp_path / "ix"
    procs = [
        subprocess.Popen(
            cli_args("--index-dir", str(index_dir), "index", "--quiet", str(corpus)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    outs = sorted(out for out, _ in results)
    assert outs[0].startswith(f"read {PAGES}, indexed 0, unchanged {PAGES},")  # the one that waited
    assert outs[1].startswith(f"read {PAGES}, indexed {PAGES},")
    waited = [err for _, err in results if err]
    assert len(waited) == 1 and "waiting for it to finish" in waited[0]
    assert_complete(index_dir, markers)


def test_no_wait_while_another_build_runs_exits_3(tmp_path: Path) -> None:
    from search.index import indexer_lock

    index_dir = tmp_path / "ix"
    index_dir.mkdir()
    with indexer_lock(index_dir):
        out = subprocess.run(
            cli_args("--index-dir", str(index_dir), "index", "--no-wait", str(SEEDS)),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert out.returncode == 3
    assert out.stderr == f"another mali-tui is indexing {index_dir}; try again when it has finished\n"


def test_readers_see_the_last_committed_state_during_a_build(tmp_path: Path, seeds_copy: Path) -> None:
    config = load_config()
    index_dir = tmp_path / "ix"
    Indexer(config, index_dir).update([seeds_copy])
    engine = Engine(config, index_dir)  # the app, open while indexing
    try:
        before = {h.id for h in engine.search("lavrov", facets=False).hits}
        for i in range(100):
            (seeds_copy / f"new{i:03d}.txt").write_text(article(f"fresh{i:03d}"), encoding="utf-8")
        seen: list[tuple[int, int, bool]] = []

        def progress(done: int, todo: int, _path: str) -> None:
            if done % 25 == 0:
                hits = {h.id for h in engine.search("lavrov", facets=False).hits}
                seen.append((engine.doc_count(), engine.search("fresh000", facets=False).total, hits == before))

        Indexer(config, index_dir, workers=2).update([seeds_copy], progress=progress)
        assert seen and all(state == (5, 0, True) for state in seen), seen
        assert engine.doc_count() == 105
        assert engine.search("fresh000", facets=False).total == 1
    finally:
        engine.close()


# --- cache folder not writable --------------------------------------------------------------------


def test_unwritable_cache_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    env = {k: v for k, v in os.environ.items() if k != "MALI_TUI_INDEX_DIR"}
    env["XDG_CACHE_HOME"] = str(blocker)
    for command in (["index", str(SEEDS)], ["search", "lavrov"]):
        out = subprocess.run(cli_args(*command), capture_output=True, text=True, env=env, timeout=60)
        assert out.returncode == 3, out.stderr
        lines = out.stderr.splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"cannot write the index at {blocker}/mali-tui/indexes/")
        assert "--index-dir DIR or MALI_TUI_INDEX_DIR" in lines[0]


@contextlib.contextmanager
def tmpfs(path: Path, size: str, readonly: bool = False) -> Iterator[Path]:
    """Mount a small tmpfs at ``path`` (needs root and a kernel that lets us); skip the test otherwise."""
    path.mkdir()
    options = f"size={size}" + (",ro" if readonly else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_read_only_cache_dir_is_a_clear_error(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "1m", readonly=True) as folder:
        out = subprocess.run(
            cli_args("--index-dir", str(folder / "ix"), "index", str(SEEDS)), capture_output=True, text=True
        )
    assert out.returncode == 3
    assert out.stderr == (
        f"cannot write the index at {folder / 'ix'}: Read-only file system. "
        "Choose another folder with --index-dir DIR or MALI_TUI_INDEX_DIR.\n"
    )


# --- full disk ------------------------------------------------------------------------------------


def test_full_disk_simulated_keeps_the_previous_index(
    tmp_path: Path, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC from Whoosh's file writes, part-way through a build."""
    from whoosh.filedb import structfile

    config = load_config()
    index_dir = tmp_path / "ix"
    Indexer(config, index_dir).update([seeds_copy])
    for i in range(40):
        (seeds_copy / f"new{i:03d}.txt").write_text(article(f"fresh{i:03d}"), encoding="utf-8")
    real_write = structfile.StructFile.write
    budget = {"writes": 200}

    def write(self, *args, **kwargs):
        budget["writes"] -= 1
        if budget["writes"] < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(structfile.StructFile, "write", write)
    with pytest.raises(IndexError_, match="is full; the previous index is kept"):
        Indexer(config, index_dir).update([seeds_copy])
    monkeypatch.setattr(structfile.StructFile, "write", real_write)
    engine = Engine(config, index_dir)
    try:
        assert engine.doc_count() == 5
        assert engine.search("lavrov", facets=False).total >= 1
    finally:
        engine.close()
    report = Indexer(config, index_dir).update([seeds_copy])
    assert report.total == 45


@pytest.mark.slow
def test_full_disk_for_real_on_a_tiny_tmpfs(tmp_path: Path, pages: tuple[Path, list[str]]) -> None:
    corpus, _ = pages
    with tmpfs(tmp_path / "small", "400k") as folder:
        index_dir = folder / "ix"
        first = subprocess.run(
            cli_args("--index-dir", str(index_dir), "index", "--quiet", str(SEEDS)), capture_output=True, text=True
        )
        assert first.returncode == 0, first.stderr
        full = subprocess.run(
            cli_args("--index-dir", str(index_dir), "index", "--quiet", str(corpus)),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert full.returncode == 3, (full.stdout, full.stderr)
        assert full.stderr == (
            f"the disk holding {index_dir} is full; the previous index is kept. Free space and run again.\n"
        )
        engine = Engine(load_config(), index_dir)
        try:
            assert engine.doc_count() == 5
            assert engine.search("lavrov", facets=False).total >= 1
        finally:
            engine.close()
