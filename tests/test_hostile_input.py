"""Hostile files: every readable article is indexed, every bad file is reported once, escaped, with a reason.

The corpus is generated (``tests/hostile_corpus.py``) once per session and indexed once through the real
command line; the tests then read what it printed and what the index holds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from search.config import load_config
from search.engine import Engine
from search.ingest import article_id
from search.textnorm import safe_path
from tests.hostile_corpus import RAW_DANGEROUS, Case, article, build_hostile_corpus, remove_deep


@dataclass
class Indexed:
    """The hostile corpus, its config, its index and what ``mali-tui index`` printed."""

    root: Path
    config: Path
    index_dir: Path
    cases: list[Case]
    run: subprocess.CompletedProcess[bytes]


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """``mali-tui ARGS`` in a subprocess, output kept as bytes."""
    return subprocess.run([sys.executable, "-m", "tui.main", *args], capture_output=True, timeout=timeout)


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Indexed]:
    root = tmp_path_factory.mktemp("hostile")
    cases = build_hostile_corpus(root)
    config = root.parent / f"{root.name}.yaml"
    config.write_text(f"corpus: [{root}]\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("hostile-index")
    run = run_cli("--config", str(config), "--index-dir", str(index_dir), "index", "--quiet")
    yield Indexed(root, config, index_dir, cases, run)
    remove_deep(root)  # pytest's own clean-up recurses and would fail on 1,100 nested folders


def stderr_lines(run: subprocess.CompletedProcess[bytes]) -> list[str]:
    return run.stderr.decode("utf-8").splitlines()


def test_exit_code_1_and_no_traceback(hostile: Indexed) -> None:
    assert hostile.run.returncode == 1, hostile.run.stderr
    out = hostile.run.stdout + hostile.run.stderr
    assert b"Traceback" not in out
    assert b"internal error" not in out
    good = [c for c in hostile.cases if c.marker]
    summary = hostile.run.stdout.decode()
    assert f"indexed {len(good)}," in summary
    assert f"{len(good)} articles in" in summary


def test_nothing_dangerous_reaches_the_terminal(hostile: Indexed) -> None:
    text = (hostile.run.stdout + hostile.run.stderr).decode("utf-8")  # also: valid UTF-8
    for ch in RAW_DANGEROUS:
        assert ch not in text, repr(ch)
    assert all(line.startswith("skipped ") for line in stderr_lines(hostile.run))


def test_each_bad_file_is_reported_once_with_an_escaped_name_and_a_reason(hostile: Indexed) -> None:
    lines = stderr_lines(hostile.run)
    bad = [c for c in hostile.cases if c.reason]
    problems = []
    for case in bad:
        prefix = f"skipped {safe_path(case.path)}: "
        found = [line for line in lines if line.startswith(prefix)]
        if len(found) != 1:
            problems.append(f"{case.name}: reported {len(found)} times")
        elif case.reason not in found[0]:
            problems.append(f"{case.name}: reason {found[0][len(prefix) :]!r} lacks {case.reason!r}")
    assert not problems, "\n".join(problems)
    assert len(lines) == len(bad), "a readable file was reported as skipped"


def test_hostile_names_are_escaped_not_raw(hostile: Indexed) -> None:
    lines = stderr_lines(hostile.run)
    hostile_name = [line for line in lines if "empty" in line and "\\x1b[2J" in line]
    assert hostile_name == [
        f"skipped {hostile.root}/names/\\x1b[2J\\x1b[H\\x9b\\nempty\\u202e.txt: empty",
    ]


def test_every_readable_article_is_indexed_and_found(hostile: Indexed) -> None:
    good = [c for c in hostile.cases if c.marker]
    engine = Engine(load_config(hostile.config), hostile.index_dir)
    try:
        assert engine.doc_count() == len(good)
        missing = []
        for case in good:
            ids = [h.id for h in engine.search(case.marker or "", facets=False).hits]
            if ids != [article_id(case.path)]:
                missing.append(f"{case.name}: {ids}")
        assert not missing, missing
    finally:
        engine.close()


def _body_and_title(hostile: Indexed, name: str) -> tuple[str, str]:
    case = next(c for c in hostile.cases if c.name == name)
    engine = Engine(load_config(hostile.config), hostile.index_dir)
    try:
        found = engine.get(article_id(case.path))
    finally:
        engine.close()
    assert found is not None, name
    return found.body, found.title or ""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Windows-1252", "“Goïta’s envoy” costs 5 € — talks resume"),
        ("Latin-1", "Goïta reçoit la délégation à Bamako"),
        ("UTF-16 LE with BOM", "Goïta's envoy said the coopération"),
        ("UTF-16 LE without BOM", "Goïta's envoy said the coopération"),
        ("UTF-16 BE without BOM", "Goïta's envoy said the coopération"),
        ("invalid UTF-8 byte", "Goïta's envoy said the coopération"),
        ("NUL bytes in text", "The talks in Kidal resumed on Monday,"),
    ],
)
def test_encodings_are_decoded_right(hostile: Indexed, name: str, expected: str) -> None:
    body, title = _body_and_title(hostile, name)
    assert expected in body or expected == title, (title, body[:300])
    assert "\x00" not in body + title


def test_second_run_reads_nothing_and_reports_the_same(hostile: Indexed) -> None:
    again = run_cli("--config", str(hostile.config), "--index-dir", str(hostile.index_dir), "index", "--quiet")
    good = [c for c in hostile.cases if c.marker]
    assert again.returncode == 1
    assert f"indexed 0, unchanged {len(good)}," in again.stdout.decode()
    assert sorted(stderr_lines(again)) == sorted(stderr_lines(hostile.run))


def test_clean_reports_bad_files_too(hostile: Indexed) -> None:
    out = run_cli("clean", str(hostile.root / "empty.txt"), str(hostile.root / "boilerplate.txt"), "--json")
    assert out.returncode == 1
    assert out.stdout == b""
    assert stderr_lines(out) == [
        f"skipped {hostile.root / 'empty.txt'}: empty",
        f"skipped {hostile.root / 'boilerplate.txt'}: no article text found (only scripts, menus or boilerplate)",
    ]


# --- failures that need a hook: unreadable files, files deleted under our feet ---------------------


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """Root ignores chmod 000, so the refusal is simulated where the page is opened."""
    from search import cli, reading

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(article("markerok"), encoding="utf-8")
    locked = corpus / "locked.txt"
    locked.write_text(article("markerlocked"), encoding="utf-8")
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(reading, "open", guarded_open, raising=False)
    code = cli.main(["--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [f"skipped {locked}: permission denied"]
    assert "indexed 1," in out


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(article("markerlocked"), encoding="utf-8")
    locked.chmod(0)
    out = run_cli("--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(tmp_path))
    assert out.returncode == 1
    assert stderr_lines(out) == [f"skipped {locked}: permission denied"]


def test_file_deleted_between_listing_and_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from search import cli, index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (corpus / name).write_text(article(f"marker{name[0]}"), encoding="utf-8")
    real_discover = index.discover

    def discover_then_delete(paths):
        for item in real_discover(paths):
            yield item
            if getattr(item, "path", None) == corpus / "b.txt":
                (corpus / "b.txt").unlink()

    monkeypatch.setattr(index, "discover", discover_then_delete)
    code = cli.main(["--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [f"skipped {corpus / 'b.txt'}: vanished before it could be read"]
    assert "indexed 2," in out


def test_folder_that_cannot_be_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from search import reading

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(article("markerx"), encoding="utf-8")
    real_scandir = os.scandir

    def refusing_scandir(path):
        if Path(path) == tmp_path / "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(reading.os, "scandir", refusing_scandir)
    found = list(reading.discover([tmp_path]))
    assert [(type(f).__name__, f.path, getattr(f, "reason", "")) for f in found] == [
        ("Skipped", tmp_path / "sub", "cannot list folder: Permission denied")
    ]


def test_cleaner_crash_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """Whatever the cleaner does, one page's failure is that page's report line, on one line."""
    from search import cli, ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article("markera"), encoding="utf-8")
    (corpus / "b.txt").write_text(article("markerb"), encoding="utf-8")
    real = ingest.clean_page

    def explode(text: str, kind: str):
        if "markerb" in text:
            raise ValueError("bad page\n\x1b[31mred")
        return real(text, kind)

    monkeypatch.setattr(ingest, "clean_page", explode)
    code = cli.main(["--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [
        f"skipped {corpus / 'b.txt'}: could not be cleaned (ValueError: bad page\\n\\x1b[31mred)"
    ]
    assert "indexed 1," in out
