"""Shared fixtures: every test gets its own index folder and never sees the developer's config."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No developer config or cache leaks into a test; each test has a private index folder."""
    monkeypatch.delenv("MALI_TUI_CONFIG", raising=False)
    monkeypatch.setenv("MALI_TUI_INDEX_DIR", str(tmp_path_factory.mktemp("index")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled seeds, built once per session (read-only for tests)."""
    from search.config import load_config
    from search.index import Indexer

    index_dir = tmp_path_factory.mktemp("seeds-index")
    Indexer(load_config(), index_dir).update()
    return index_dir


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed pages, for tests that add, change or delete files."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture()
def engine(seeds_index: Path):
    """An Engine on the seeds index."""
    from search.config import load_config
    from search.engine import Engine

    eng = Engine(load_config(), seeds_index)
    yield eng
    eng.close()
