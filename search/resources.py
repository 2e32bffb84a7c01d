"""Where the bundled corpus and default config live, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """A bundled file: inside the installed package (``search/data``) or at the checkout's top."""
    installed = _PACKAGE_DIR / "data" / name
    if installed.exists():
        return installed
    return _PACKAGE_DIR.parent / name


def bundled_seeds_path() -> Path:
    """The folder of raw seed pages shipped with mali-tui."""
    return _bundled("seeds")


def bundled_config_path() -> Path:
    """The default ``config.yaml`` shipped with mali-tui."""
    return _bundled("config.yaml")
