"""Incremental, safe index builds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search.config import load_config, parse_config
from search.engine import Engine
from search.index import IndexBusy, Indexer, indexer_lock

PAGE = """Some Outlet

Kidal talks resume as {word} joins the table

By Jane Reporter - 3 March 2024

The talks in Kidal resumed on Monday, and {word} joined the table for the first time this year, officials said.

A second paragraph explains what the {word} delegation asked for, at some length, so that it reads like prose.
"""


def write_page(folder: Path, name: str, word: str) -> Path:
    path = folder / name
    path.write_text(PAGE.format(word=word), encoding="utf-8")
    return path


def search_ids(index_dir: Path, query: str) -> set[str]:
    eng = Engine(load_config(), index_dir)
    try:
        return {h.id for h in eng.search(query, pagelen=100).hits}
    finally:
        eng.close()


def test_first_run_indexes_then_rerun_reads_nothing(seeds_copy: Path, tmp_path: Path) -> None:
    config = load_config()
    index_dir = tmp_path / "ix"
    first = Indexer(config, index_dir).update([seeds_copy])
    assert (first.read, first.indexed, first.unchanged, first.total) == (5, 5, 0, 5)
    second = Indexer(config, index_dir).update([seeds_copy])
    assert (second.read, second.indexed, second.unchanged, second.removed) == (5, 0, 5, 0)


def test_touched_but_identical_file_is_unchanged(seeds_copy: Path, tmp_path: Path) -> None:
    config = load_config()
    index_dir = tmp_path / "ix"
    Indexer(config, index_dir).update([seeds_copy])
    page = next(seeds_copy.iterdir())
    os.utime(page, (time.time() + 100, time.time() + 100))
    report = Indexer(config, index_dir).update([seeds_copy])
    assert (report.indexed, report.unchanged) == (0, 5)


def test_add_change_and_delete_files(seeds_copy: Path, tmp_path: Path) -> None:
    config = load_config()
    index_dir = tmp_path / "ix"
    Indexer(config, index_dir).update([seeds_copy])

    added = write_page(seeds_copy, "new.txt", "Zanzibar")
    report = Indexer(config, index_dir).update([seeds_copy])
    assert (report.indexed, report.unchanged, report.total) == (1, 5, 6)
    assert len(search_ids(index_dir, "zanzibar")) == 1

    write_page(seeds_copy, "new.txt", "Timbuktu")
    os.utime(added, (time.time() + 5, time.time() + 5))
    report = Indexer(config, index_dir).update([seeds_copy])
    assert (report.indexed, report.total) == (1, 6)
    assert search_ids(index_dir, "zanzibar") == set()
    assert len(search_ids(index_dir, "timbuktu")) == 1

    added.unlink()
    report = Indexer(config, index_dir).update([seeds_copy])
    assert (report.removed, report.total) == (1, 5)
    assert search_ids(index_dir, "timbuktu") == set()


def test_gazetteer_change_retags_only_what_it_affects(seeds_copy: Path, tmp_path: Path) -> None:
    """A new entity re-tags the articles that mention it, without re-reading any page."""
    index_dir = tmp_path / "ix"
    base = load_config()
    Indexer(base, index_dir).update([seeds_copy])
    cfg_path = tmp_path / "config.yaml"
    original = (Path(__file__).parent.parent / "config.yaml").read_text(encoding="utf-8")
    new_entity = "  - name: Russia-Africa Summit\n    type: organisation\n    aliases: [Russia-African summit]\n"
    cfg_path.write_text(original.replace("entities:\n", "entities:\n" + new_entity, 1), encoding="utf-8")
    changed = parse_config(cfg_path.read_text(encoding="utf-8"), cfg_path)
    report = Indexer(changed, index_dir).update([seeds_copy])
    assert (report.indexed, report.unchanged) == (0, 5)
    # Only the articles whose kept text mentions an alias are touched.
    eng = Engine(changed, index_dir)
    tagged = eng.entities().get("Russia-Africa Summit", 0)
    assert tagged >= 2
    assert report.retagged == tagged
    assert eng.search('entity:"russia-african summit"').total == tagged
    assert Indexer(changed, index_dir).update([seeds_copy]).retagged == 0
    eng.close()


def test_outlet_names_change_recleans(seeds_copy: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    plain = parse_config(f"corpus: [{seeds_copy}]\n", tmp_path / "plain.yaml")
    Indexer(plain, index_dir).update()
    eng = Engine(plain, index_dir)
    outlet, count = next(iter(eng.outlets().items()))
    eng.close()
    cfg_path = tmp_path / "config.yaml"
    cfg_path.write_text(f"corpus: [{seeds_copy}]\noutlets:\n  Renamed Outlet: ['{outlet}']\n", encoding="utf-8")
    changed = parse_config(cfg_path.read_text(encoding="utf-8"), cfg_path)
    report = Indexer(changed, index_dir).update()
    assert report.indexed == 5
    eng = Engine(changed, index_dir)
    assert eng.outlets().get("Renamed Outlet") == count
    assert outlet not in eng.outlets()
    eng.close()


def test_a_change_to_the_cleaning_rules_recleans(seeds_copy: Path, tmp_path: Path, monkeypatch) -> None:
    index_dir = tmp_path / "ix"
    config = parse_config(f"corpus: [{seeds_copy}]\n", tmp_path / "plain.yaml")
    Indexer(config, index_dir).update()
    assert Indexer(config, index_dir).update().indexed == 0
    monkeypatch.setattr("search.index.CLEANER_VERSION", "rules of another release")
    assert Indexer(config, index_dir).update().indexed == 5


def test_a_file_deleted_while_the_rules_changed_leaves_the_index(seeds_copy: Path, tmp_path: Path, monkeypatch) -> None:
    """A new release cleans every page again; a page deleted meanwhile is removed, not kept without a record."""
    index_dir = tmp_path / "ix"
    config = parse_config(f"corpus: [{seeds_copy}]\n", tmp_path / "plain.yaml")
    write_page(seeds_copy, "gone.txt", "Zanzibar")
    Indexer(config, index_dir).update()
    (seeds_copy / "gone.txt").unlink()
    monkeypatch.setattr("search.index.CLEANER_VERSION", "rules of another release")
    report = Indexer(config, index_dir).update()
    assert (report.indexed, report.removed, report.total) == (5, 1, 5)
    assert search_ids(index_dir, "zanzibar") == set()


def test_a_document_the_manifest_forgot_is_removed(seeds_copy: Path, tmp_path: Path) -> None:
    """An index written by an earlier release that forgot a page's record (its file since deleted) is cleaned up."""
    from search.index import MANIFEST_NAME, Manifest

    index_dir = tmp_path / "ix"
    config = parse_config(f"corpus: [{seeds_copy}]\n", tmp_path / "plain.yaml")
    gone = write_page(seeds_copy, "gone.txt", "Zanzibar")
    Indexer(config, index_dir).update()
    manifest = Manifest(index_dir / MANIFEST_NAME)
    manifest.load()
    del manifest.files[str(gone.absolute())]
    manifest.save()
    gone.unlink()
    report = Indexer(config, index_dir).update()
    assert (report.indexed, report.removed, report.total) == (0, 1, 5)
    assert search_ids(index_dir, "zanzibar") == set()


def test_a_folder_no_longer_in_the_corpus_leaves_a_shared_index(seeds_copy: Path, tmp_path: Path) -> None:
    """Two installs (or configs) pointed at one index folder: the corpus indexed now is what the index holds, not
    both corpora side by side (the bundled seeds twice, once per install)."""
    index_dir = tmp_path / "ix"
    other = tmp_path / "other_install_seeds"
    shutil.copytree(seeds_copy, other)
    first = parse_config(f"corpus: [{other}]\n", tmp_path / "first.yaml")
    assert Indexer(first, index_dir).update().total == 5
    second = parse_config(f"corpus: [{seeds_copy}]\n", tmp_path / "second.yaml")
    report = Indexer(second, index_dir).update()
    assert (report.indexed, report.removed, report.total) == (5, 5, 5)
    eng = Engine(second, index_dir)
    try:
        sources = {h.source for h in eng.search("mali", pagelen=100).hits}
    finally:
        eng.close()
    assert sources and all(src.startswith(str(seeds_copy)) for src in sources)


def test_the_cleaner_version_follows_the_rules_source() -> None:
    import search.cleaning as cleaning

    assert cleaning._rules_digest() == cleaning.CLEANER_VERSION
    assert len(cleaning.CLEANER_VERSION) == 16 and cleaning.CLEANER_VERSION != "1"


def test_failed_build_keeps_the_previous_index(seeds_copy: Path, tmp_path: Path, monkeypatch) -> None:
    config = load_config()
    index_dir = tmp_path / "ix"
    Indexer(config, index_dir).update([seeds_copy])
    before = search_ids(index_dir, "lavrov")
    write_page(seeds_copy, "new.txt", "Zanzibar")
    for page in seeds_copy.glob("00*.txt"):
        page.write_text(page.read_text() + "\nA line added later.\n")

    import search.index as index_module

    calls = {"n": 0}
    real = index_module.build_article

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(index_module, "build_article", flaky)
    with pytest.raises(KeyboardInterrupt):
        Indexer(config, index_dir).update([seeds_copy])
    assert search_ids(index_dir, "lavrov") == before
    assert search_ids(index_dir, "zanzibar") == set()
    monkeypatch.setattr(index_module, "build_article", real)
    report = Indexer(config, index_dir).update([seeds_copy])
    assert report.indexed == 6
    assert len(search_ids(index_dir, "zanzibar")) >= 1


def test_second_indexer_is_told_or_waits(tmp_path: Path, seeds_copy: Path) -> None:
    index_dir = tmp_path / "ix"
    index_dir.mkdir()
    with indexer_lock(index_dir):
        with pytest.raises(IndexBusy, match="another mali-tui is indexing"):
            Indexer(load_config(), index_dir).update([seeds_copy], wait=False)
        # A second process blocks (and says so) until the first one is done.
        proc = subprocess.Popen(
            [sys.executable, "-m", "search.cli", "--index-dir", str(index_dir), "index", str(seeds_copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.5)
        assert proc.poll() is None
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "waiting" in err
    assert "indexed 5" in out


def test_index_dir_from_environment(tmp_path: Path, monkeypatch, seeds_copy: Path) -> None:
    from search.index import default_index_dir

    monkeypatch.setenv("MALI_TUI_INDEX_DIR", str(tmp_path / "env-ix"))
    assert default_index_dir(load_config()) == tmp_path / "env-ix"
    monkeypatch.delenv("MALI_TUI_INDEX_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert str(default_index_dir(load_config())).startswith(str(tmp_path / "cache" / "mali-tui"))


def test_unwritable_index_dir_is_a_clear_error(tmp_path: Path, seeds_copy: Path) -> None:
    from search.index import IndexError_

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(IndexError_, match="--index-dir"):
        Indexer(load_config(), blocker / "ix").update([seeds_copy])


def test_damaged_index_is_rebuilt_from_the_corpus(tmp_path: Path, seeds_copy: Path) -> None:
    index_dir = tmp_path / "ix"
    Indexer(load_config(), index_dir).update([seeds_copy])
    for toc in index_dir.glob("*.toc"):
        toc.write_bytes(b"garbage")
    report = Indexer(load_config(), index_dir).update([seeds_copy])
    assert report.total == 5
    shutil.rmtree(index_dir)


def test_paths_given_to_index_stay_in_the_index(seeds_copy: Path, tmp_path: Path) -> None:
    """`index EXTRA` then a plain refresh (as `search` or the app does) keeps and refreshes EXTRA."""
    config = parse_config(f"corpus: [{seeds_copy}]\n", tmp_path / "c.yaml")
    index_dir = tmp_path / "ix"
    Indexer(config, index_dir).update()
    extra = tmp_path / "extra"
    extra.mkdir()
    write_page(extra, "x.txt", "Zanzibar")
    assert Indexer(config, index_dir).update([extra]).total == 6
    report = Indexer(config, index_dir).update()
    assert (report.read, report.unchanged, report.removed, report.total) == (6, 6, 0, 6)
    (extra / "x.txt").unlink()
    report = Indexer(config, index_dir).update()
    assert (report.removed, report.total) == (1, 5)


def _probe_many(folder: str, count: int) -> int:
    from search.index import IndexError_, ensure_index_dir

    failures = 0
    for _ in range(count):
        try:
            ensure_index_dir(Path(folder))
        except IndexError_:
            failures += 1
    return failures


def test_builds_starting_together_do_not_see_a_writable_folder_as_unwritable(tmp_path: Path) -> None:
    """Two indexers probing the same folder at once must not delete each other's probe file."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=4) as pool:
        failures = sum(pool.map(_probe_many, [str(tmp_path)] * 4, [400] * 4))
    assert failures == 0
