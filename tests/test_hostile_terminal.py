"""Terminal and markup safety of every CLI output: escapes, OSC 52/8, BEL, C1, bidi and markup stay inert.

The tests look at the bytes the real command line writes. Text output shows control characters as
visible escapes (``\\x1b``); JSON output keeps the exact text but writes controls as ``\\uXXXX``;
Rich and Textual markup is printed as the literal text it is (the CLI never interprets markup).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from search.config import load_config
from search.index import Indexer, article_fields, open_or_create
from search.model import Article, DroppedLine, EntityMention
from tests.hostile_corpus import BIDI, CSI_RED, HOSTILE_TEXT, OSC52, RAW_DANGEROUS, RICH, TEXTUAL, write_hostile_article

CRAFTED_ID = "c0ffee123456"
HOSTILE_NAME = f"{OSC52}{CSI_RED}\u202eevil\x9b\n.txt"


@dataclass
class Setup:
    """A config, an index holding one real and one crafted hostile article, and the page on disk."""

    config: Path
    index_dir: Path
    page: Path


def run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "tui.main", *args], capture_output=True, timeout=120)


def assert_inert(out: subprocess.CompletedProcess[bytes]) -> str:
    """Stdout and stderr are UTF-8 with no raw control, escape or bidi character; return them joined."""
    text = (out.stdout + out.stderr).decode("utf-8")
    for ch in RAW_DANGEROUS:
        assert ch not in text, f"raw {ch!r} in {text[:500]!r}"
    assert "\r" not in text
    assert "Traceback" not in text
    return text


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    root = tmp_path_factory.mktemp("hostile-terminal")
    corpus = root / "corpus"
    corpus.mkdir()
    page = write_hostile_article(corpus / HOSTILE_NAME)
    config = root / "config.yaml"
    config.write_text(
        f"corpus: [{corpus}]\n"
        "entities:\n"
        '  - name: "[bold red]Wagner\\e[31m\\u202e"\n'
        "    type: organisation\n"
        "    aliases: [Lavrov]\n",
        encoding="utf-8",
    )
    index_dir = root / "ix"
    Indexer(load_config(config), index_dir).update()
    # An article whose every field is hostile, as if a cleaner had let everything through.
    crafted = Article(
        id=CRAFTED_ID,
        source=str(page),
        title=f"Title {HOSTILE_TEXT} markercrafted",
        outlet=f"Outlet {HOSTILE_TEXT}",
        date="2024-03-03",
        author=f"Author {HOSTILE_TEXT}",
        lang="en",
        body=f"Body markercrafted {HOSTILE_TEXT}\n\nSecond {RICH} {TEXTUAL} {BIDI}",
        entities=[EntityMention(f"Entity {HOSTILE_TEXT}", "person", 0, 4)],
        dropped=[DroppedLine(1, f"dropped {HOSTILE_TEXT}", f"reason {CSI_RED}")],
        content_hash="x",
    )
    writer = open_or_create(index_dir).writer()
    writer.add_document(**article_fields(crafted))
    writer.commit()
    _record(index_dir, corpus / "crafted.txt", CRAFTED_ID)
    return Setup(config, index_dir, page)


def _record(index_dir: Path, path: Path, doc_id: str) -> None:
    """Give a document written straight into the index a file and a manifest record, as the indexer would: the next
    refresh keeps it (a document no record tracks is swept out)."""
    from search.index import MANIFEST_NAME, Manifest, _ManifestEntry
    from search.ingest import content_hash

    path.write_text("A page the crafted article stands for.\n", encoding="utf-8")
    stat = path.stat()
    manifest = Manifest(index_dir / MANIFEST_NAME)
    manifest.load()
    manifest.files[str(path.absolute())] = _ManifestEntry(
        stat.st_size, stat.st_mtime_ns, content_hash(path.read_bytes()), doc_id
    )
    manifest.save()


def cli(setup: Setup, *args: str) -> subprocess.CompletedProcess[bytes]:
    return run_cli("--config", str(setup.config), "--index-dir", str(setup.index_dir), *args)


@pytest.mark.parametrize(
    "args",
    [
        ("search", "markercrafted"),
        ("search", "markercrafted", "--facets"),
        ("search", "markerhostile"),
        ("search", "markerhostile", "--facets"),
        ("show", CRAFTED_ID),
        ("show", CRAFTED_ID, "--raw"),
        ("outlets",),
        ("entities",),
        ("index",),
    ],
)
def test_text_output_is_inert(setup: Setup, args: tuple[str, ...]) -> None:
    out = cli(setup, *args)
    assert out.returncode == 0, out.stderr
    assert_inert(out)


def test_markup_is_printed_literally(setup: Setup) -> None:
    text = assert_inert(cli(setup, "show", CRAFTED_ID))
    assert RICH in text
    assert TEXTUAL in text
    assert "\\x1b]52;c;ZWNobyBvd25lZA==\\x07" in text  # OSC 52 shown, not sent
    assert "\\x1b]8;;https://evil.example/\\x1b\\click me" in text  # OSC 8 shown, not a link
    assert "\\u202ereversed\\u202c" in text
    assert "\\x9b31m" in text


def test_show_raw_escapes_source_lines(setup: Setup) -> None:
    text = assert_inert(cli(setup, "show", CRAFTED_ID, "--raw"))
    assert "Outlet \\x1b]52;c;" in text


@pytest.mark.parametrize(
    "args",
    [("search", "markercrafted", "--json"), ("search", "markerhostile", "--json"), ("show", CRAFTED_ID, "--json")],
)
def test_json_output_is_inert_valid_and_lossless(setup: Setup, args: tuple[str, ...]) -> None:
    out = cli(setup, *args)
    assert out.returncode == 0, out.stderr
    assert_inert(out)
    rows = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert rows
    crafted = [row for row in rows if row["id"] == CRAFTED_ID]
    for row in crafted:
        assert row["title"] == f"Title {HOSTILE_TEXT} markercrafted"
        assert row["outlet"] == f"Outlet {HOSTILE_TEXT}"
        assert row["author"] == f"Author {HOSTILE_TEXT}"
    if args[0] == "show":
        assert rows[0]["source"] == str(setup.page)
        assert rows[0]["dropped"][0]["text"] == f"dropped {HOSTILE_TEXT}"


def test_clean_output_is_inert(setup: Setup) -> None:
    for extra in ((), ("--json",)):
        out = run_cli("clean", str(setup.page), *extra)
        assert out.returncode == 0, out.stderr
        assert_inert(out)
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert rows[0]["source"] == str(setup.page)


def test_index_of_a_bad_hostile_file_names_it_escaped(tmp_path: Path) -> None:
    bad = tmp_path / f"{OSC52}bad\u202e\x85.txt"
    bad.write_bytes(b"")
    out = run_cli("--index-dir", str(tmp_path / "ix"), "index", str(bad))
    assert out.returncode == 1
    text = assert_inert(out)
    assert f"skipped {tmp_path}/\\x1b]52;c;ZWNobyBvd25lZA==\\x07bad\\u202e\\x85.txt: empty" in text


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("search", f"date:{OSC52}"), 2),
        (("search", f"entity:{CSI_RED}x"), 2),
        (("search", f'"{BIDI}'), 2),
        (("show", f"{OSC52}\x9b"), 4),
    ],
)
def test_error_messages_are_inert(setup: Setup, args: tuple[str, ...], code: int) -> None:
    out = cli(setup, *args)
    assert out.returncode == code
    assert_inert(out)
    assert len(out.stderr.decode().splitlines()) == 1


def test_config_error_with_hostile_path_and_key(tmp_path: Path) -> None:
    folder = tmp_path / f"{CSI_RED}conf\u202e\n"
    folder.mkdir()
    config = folder / "config.yaml"
    config.write_text('corpus: []\n"[bold]\\e]52;c;eA==\\a": 1\n', encoding="utf-8")
    out = run_cli("--config", str(config), "outlets")
    assert out.returncode == 2
    text = assert_inert(out)
    assert len(text.splitlines()) == 1
    assert text.startswith("config error: ")
    assert ":2: " in text


def test_unwritable_index_path_with_hostile_name(tmp_path: Path) -> None:
    blocker = tmp_path / f"{OSC52}file"
    blocker.write_text("x")
    out = run_cli("--index-dir", str(blocker / "ix"), "index", str(tmp_path))
    assert out.returncode == 3
    text = assert_inert(out)
    assert "--index-dir" in text
