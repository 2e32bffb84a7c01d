"""Config validation: clear errors naming file, line and key; exit code 2 from the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from search.config import ConfigError, load_config, parse_config


def error_for(text: str, tmp_path: Path) -> ConfigError:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value


def test_bundled_config_is_valid() -> None:
    config = load_config()
    assert len(config.entities) >= 27
    assert config.corpus and config.corpus[0].name == "seeds"
    names = {e.name for e in config.entities}
    for required in ("Sergey Lavrov", "Abdoulaye Diop", "Assimi Goïta", "ECOWAS", "Wagner Group", "FAMa", "MINUSMA"):
        assert required in names


@pytest.mark.parametrize(
    ("text", "line", "key", "fragment"),
    [
        ("corpus: [a\n", 2, "", "not valid YAML"),
        ("corpus: [a]\ncolour: red\n", 2, "colour", "unknown key"),
        ("entities:\n  - name: X\n    type: planet\n", 3, "entities[0] (X).type", "not one of"),
        ("entities:\n  - name: X\n    type: person\n    alias: [Y]\n", 4, "entities[0].alias", "unknown key"),
        ("entities:\n  - type: person\n", 2, "entities[0].name", "missing"),
        ("entities: {a: 1}\n", 1, "entities", "expected a list"),
        ("outlets:\n  A: b\n", 2, "outlets.A", "expected a list"),
        (
            "entities:\n  - name: A\n    type: person\n    aliases: [Z]\n"
            "  - name: B\n    type: person\n    aliases: [z]\n",
            7,
            "entities[1] (B).aliases",
            "already claimed by entity 'A'",
        ),
        ("corpus: [a]\ncorpus: [b]\n", 2, "(top level).corpus", "duplicate key"),
    ],
)
def test_errors_name_file_line_and_key(tmp_path: Path, text: str, line: int, key: str, fragment: str) -> None:
    error = error_for(text, tmp_path)
    assert error.path.endswith("config.yaml")
    assert error.line == line
    assert error.key == key
    assert fragment in error.message
    assert str(error).startswith(f"{tmp_path / 'config.yaml'}:{line}: ")


def test_relative_corpus_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    config = parse_config("corpus: [pages, /abs/x]\n", tmp_path / "c.yaml")
    assert config.corpus == [tmp_path / "pages", Path("/abs/x")]


def test_outlet_aliases_are_canonicalised() -> None:
    config = parse_config("outlets:\n  Africa Times: [africatimes.com]\n", Path("c.yaml"))
    assert config.canonical_outlet("AFRICATIMES.COM") == "Africa Times"
    assert config.canonical_outlet("Other") == "Other"


def test_cli_reports_config_errors_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("entities:\n  - name: X\n    type: planet\n")
    out = subprocess.run(
        [sys.executable, "-m", "tui.main", "--config", str(path), "outlets"], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert (
        out.stderr.strip()
        == f"config error: {path}:3: entities[0] (X).type: 'planet' is not one of person, place, organisation"
    )


def test_missing_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALI_TUI_CONFIG", str(tmp_path / "nope.yaml"))
    with pytest.raises(ConfigError, match="file not found"):
        load_config()
