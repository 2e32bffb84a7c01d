"""The engine (``search``) must never import Textual or the app, even indirectly or lazily at import."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import search

ENGINE_MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(search.__path__, prefix="search.") if not name.endswith("__main__")
)


def test_engine_modules_found() -> None:
    assert {"search.cli", "search.engine", "search.index", "search.query", "search.cleaning"} <= set(ENGINE_MODULES)


def test_no_engine_module_imports_textual_or_tui() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {ENGINE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"engine pulled in: {out.stdout.strip()}"


def test_cli_commands_do_not_load_textual(seeds_index, tmp_path) -> None:
    """Running a headless command end to end keeps Textual out of the process."""
    code = (
        "import sys\n"
        "from search.cli import main\n"
        f"main(['--index-dir', {str(seeds_index)!r}, 'search', 'lavrov', '--json'])\n"
        "sys.stderr.write(','.join(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == ""
    assert "lavrov" in out.stdout.lower()


def test_whoosh_imports_without_warnings() -> None:
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", "import whoosh, whoosh.index, whoosh.fields, whoosh.qparser"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
