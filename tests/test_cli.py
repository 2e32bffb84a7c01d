"""The headless CLI: JSON outputs, exit codes and messages, seeds end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS

SEED_TABLE = {
    "000": (
        "Mali, Russia reaffirm bilateral support, oppose western-led sanctions",
        "Al Mayadeen English",
        "2023-02-07",
        {"Al Mayadeen English", None},
    ),
    "001": ("Mali’s foreign ministry in Moscow confirms partner changes", None, None, {None}),
    "002": ("Mali Foreign Minister Meets With Russia’s Lavrov", None, None, {None}),
    "003": (
        "Lavrov: Counterterrorism efforts in Mali succeed with Russian support",
        "Africa Times",
        "2023-02-07",
        {"Laureen Fagan"},
    ),
    "004": ("Fight against terrorism: Malians and Russians hard at work", "Une Plume du Mali", None, {None}),
}
JSON_KEYS = {"id", "title", "outlet", "date", "author", "lang", "source", "body", "entities", "dropped"}


def mali_tui(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess, as a user or a script would."""
    return subprocess.run(
        [sys.executable, "-m", "tui.main", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_clean_json_prints_the_seed_table() -> None:
    out = mali_tui("clean", str(SEEDS), "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 5
    for row in rows:
        assert set(row) >= JSON_KEYS
        seed = Path(row["source"]).name[:3]
        title, outlet, date, authors = SEED_TABLE[seed]
        assert (row["title"], row["outlet"], row["date"]) == (title, outlet, date), seed
        assert row["author"] in authors, seed
        assert len(row["id"]) == 12  # the id the index gives the same file


def test_clean_prints_the_id_that_show_takes(seeds_index: Path) -> None:
    """A script can clean a file, then open the indexed copy with the id it printed."""
    hit = json.loads(
        mali_tui("--index-dir", str(seeds_index), "search", "entity:Goita", "--json").stdout.splitlines()[0]
    )
    cleaned = json.loads(mali_tui("clean", hit["source"], "--json").stdout)
    assert cleaned["id"] == hit["id"]
    shown = json.loads(mali_tui("--index-dir", str(seeds_index), "show", cleaned["id"], "--json").stdout)
    assert shown["title"] == cleaned["title"]


def test_search_json_lines_and_show_json(seeds_index: Path) -> None:
    out = mali_tui("--index-dir", str(seeds_index), "search", "entity:Goita", "--json")
    assert out.returncode == 0, out.stderr
    hits = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(hits) >= 2
    for hit in hits:
        assert {"id", "title", "outlet", "date", "author", "source", "score", "snippet"} <= set(hit)
    shown = mali_tui("--index-dir", str(seeds_index), "show", hits[0]["id"], "--json")
    assert shown.returncode == 0, shown.stderr
    article = json.loads(shown.stdout)
    assert set(article) >= JSON_KEYS
    assert article["id"] == hits[0]["id"]
    goita = [e for e in article["entities"] if e["name"] == "Assimi Goïta"]
    assert goita
    for mention in article["entities"]:
        assert article["body"][mention["start"] : mention["end"]]
    assert all({"line", "reason"} <= set(d) for d in article["dropped"])


def test_show_unknown_id_exits_4(seeds_index: Path) -> None:
    out = mali_tui("--index-dir", str(seeds_index), "show", "doesnotexist")
    assert out.returncode == 4
    assert "no article" in out.stderr


def test_show_raw_marks_dropped_lines(seeds_index: Path) -> None:
    hit = json.loads(
        mali_tui(
            "--index-dir", str(seeds_index), "search", "Akismet OR Wikicommons OR lavrov", "--json"
        ).stdout.splitlines()[0]
    )
    out = mali_tui("--index-dir", str(seeds_index), "show", hit["id"], "--raw")
    assert out.returncode == 0
    assert " - [" in out.stdout and " + " in out.stdout


def test_query_error_is_one_line_with_position(seeds_index: Path) -> None:
    out = mali_tui("--index-dir", str(seeds_index), "search", 'lavrov "oops')
    assert out.returncode == 2
    assert out.stderr.strip() == 'query error: unclosed quote: add the closing " (at character 8)'
    assert "Traceback" not in out.stderr


def test_search_table_for_people(seeds_index: Path) -> None:
    out = mali_tui("--index-dir", str(seeds_index), "search", "lavrov", "--sort", "date", "--limit", "2", "--facets")
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert lines[0] == "5 results for 'lavrov'"
    assert any(line.startswith("entity: ") for line in lines)


def test_outlets_and_entities_commands(seeds_index: Path) -> None:
    outlets = mali_tui("--index-dir", str(seeds_index), "outlets")
    assert outlets.returncode == 0
    assert "Africa Times" in outlets.stdout
    entities = mali_tui("--index-dir", str(seeds_index), "entities")
    assert "Sergey Lavrov" in entities.stdout


def test_index_reports_counts_and_skips(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text((SEEDS / "003_552151ee9fbf6552.txt").read_text())
    (corpus / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (corpus / "empty.txt").write_text("")
    out = mali_tui("--index-dir", str(tmp_path / "ix"), "index", str(corpus), "--quiet")
    assert out.returncode == 1
    assert "read 2, indexed 1" in out.stdout
    assert "empty.txt: empty" in out.stderr
    assert "picture.png: not a page" in out.stderr


@pytest.mark.parametrize("command", ["index", "search", "show", "clean", "outlets", "entities"])
def test_every_command_has_help(command: str) -> None:
    out = mali_tui(command, "--help")
    assert out.returncode == 0
    assert "usage: mali-tui" in out.stdout


def test_search_help_documents_the_query_language() -> None:
    out = mali_tui("search", "--help")
    for form in (
        '"exact phrase"',
        "-word",
        "OR",
        "entity:Goita",
        "date:2023-01..2023-03",
        "date:last-30-days",
        "lang:fr",
    ):
        assert form in out.stdout


def test_usage_error_exits_2() -> None:
    out = mali_tui("search")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_internal_error_is_one_line_with_exit_70() -> None:
    code = (
        "import search.cli as cli\n"
        "cli.COMMANDS['outlets'] = lambda args: 1 / 0\n"
        "raise SystemExit(cli.main(['outlets']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 70
    assert out.stderr.strip().splitlines() == [
        "internal error: ZeroDivisionError: division by zero (set MALI_TUI_DEBUG=1 for details)"
    ]
