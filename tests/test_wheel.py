"""A wheel built from the repo works outside the checkout, with seeds and config as package data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("mali_tui-*.whl"))


def test_wheel_ships_seeds_and_config(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "search/data/config.yaml" in names
    assert len([n for n in names if n.startswith("search/data/seeds/") and n.endswith(".txt")]) == 5
    assert "tui/app.py" in names
    for word_list in ("given_names.txt", "place_names.txt", "month_names.txt"):
        assert f"search/cleaning/{word_list}" in names
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_runs_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "MALI_TUI_CONFIG"}
    env["PYTHONPATH"] = str(target)
    env["MALI_TUI_INDEX_DIR"] = str(tmp_path / "ix")
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tui.main", *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=120
        )

    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import search.resources as r; print(r.bundled_seeds_path()); print(r.bundled_config_path())",
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(p.startswith(str(target)) for p in where), where
    out = run("search", "lavrov", "--json")
    assert out.returncode == 0, out.stderr
    hits = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(hits) == 5
    assert all(h["source"].startswith(str(target)) for h in hits)
