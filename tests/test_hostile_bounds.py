"""Bounds: 20,000 tiny files, a huge article, and memory that does not grow with the corpus.

Indexing the 20,000 tiny pages takes about 40 s on two cores; it runs in every test run, with the walk
over them and the bounded hand-off of cleaned batches.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search.config import load_config
from search.engine import Engine
from search.index import BATCHES_IN_FLIGHT_PER_WORKER, Indexer
from search.reading import SourceFile, discover
from tests.hostile_corpus import article, build_many

MANY = 20_000


@pytest.fixture(scope="session")
def many(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("many")
    return root, build_many(root, MANY)


def test_walk_over_20000_files_is_quick_and_complete(many: tuple[Path, list[str]]) -> None:
    root, _ = many
    started = time.monotonic()
    found = [item for item in discover([root]) if isinstance(item, SourceFile)]
    assert len(found) == MANY
    assert time.monotonic() - started < 15


def test_cleaned_batches_in_flight_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer pulls batches as it goes; at most a few per worker wait in memory at any time."""
    import search.index as index_module

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    build_many(corpus, 400)
    state = {"pending": 0, "peak": 0}
    real_pool = index_module.ProcessPoolExecutor

    class CountingPool(real_pool):  # type: ignore[misc, valid-type]
        def submit(self, fn, /, *args, **kwargs):
            future = super().submit(fn, *args, **kwargs)
            state["pending"] += 1
            state["peak"] = max(state["peak"], state["pending"])
            real_result = future.result

            def result(timeout=None):
                state["pending"] -= 1
                return real_result(timeout)

            future.result = result  # type: ignore[method-assign]
            return future

    monkeypatch.setattr(index_module, "ProcessPoolExecutor", CountingPool)
    report = Indexer(load_config(), tmp_path / "ix", workers=2).update([corpus])
    assert report.indexed == 400
    assert state["peak"] <= 2 * BATCHES_IN_FLIGHT_PER_WORKER


@pytest.mark.slow
def test_a_huge_article_indexes_and_reads_quickly(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraph = (
        "The talks in Kidal resumed on Monday, and Lavrov joined the table for the first time, officials said.\n\n"
    )
    (corpus / "huge.txt").write_text(article("markerhuge") + paragraph * (3_000_000 // len(paragraph)))
    started = time.monotonic()
    Indexer(load_config(), tmp_path / "ix").update([corpus])
    assert time.monotonic() - started < 30
    engine = Engine(load_config(), tmp_path / "ix")
    try:
        started = time.monotonic()
        hits = engine.search("lavrov").hits
        assert len(hits) == 1 and len(hits[0].snippet) < 400
        found = engine.get(hits[0].id)
        assert found is not None and len(found.body) > 500_000
        assert time.monotonic() - started < 5
    finally:
        engine.close()


@pytest.mark.slow
def test_index_20000_files_with_bounded_memory(many: tuple[Path, list[str]], tmp_path: Path) -> None:
    root, markers = many
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run(
        [sys.executable, "-m", "tui.main", "--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(root)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert out.returncode == 0, out.stderr
    assert f"{MANY} articles in" in out.stdout
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert peak_mb < 600, f"peak RSS {peak_mb:.0f} MB"
    engine = Engine(load_config(), tmp_path / "ix")
    try:
        assert engine.doc_count() == MANY
        assert engine.search(markers[-1], facets=False).total == 1
    finally:
        engine.close()
