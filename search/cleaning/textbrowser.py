"""Rendering a saved HTML page as the text dumps the cleaner was built on: with w3m, when it is installed.

The text rules read layout (a headline on its own line, the byline under it, menus as bullets), and they were
developed on w3m dumps; w3m's rendering of a page lets them find its date and byline more often than the rough
layout :mod:`search.cleaning.html` builds with lxml, which stays the fallback.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

W3M_TIMEOUT = 20.0
"""Seconds w3m may take on one page before the lxml layout is used instead."""
MAX_W3M_CHARS = 4_000_000
"""Larger pages skip w3m (its time grows with the page) and get the lxml layout."""
DISABLE_ENV = "MALI_TUI_NO_W3M"
"""Set (to anything) to never run w3m, e.g. to compare its rendering with the fallback's."""

_LONG_RULE_RE = re.compile(r"^(━{80})━+$", re.MULTILINE)


def w3m_dump(html: str) -> str | None:
    """What ``w3m -dump -cols 1000`` prints for ``html`` (the command of the cleaning development set), or
    None when w3m is missing, disabled, fails or takes too long."""
    if os.environ.get(DISABLE_ENV) or len(html) > MAX_W3M_CHARS:
        return None
    exe = shutil.which("w3m")
    if exe is None:
        return None
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        proc = subprocess.run(
            [exe, "-dump", "-cols", "1000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
            input=html.encode("utf-8", "replace"),
            capture_output=True,
            timeout=W3M_TIMEOUT,
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0 or not proc.stdout.strip():
        return None
    text = "\n".join(line.rstrip() for line in proc.stdout.decode("utf-8", "replace").split("\n"))
    return _LONG_RULE_RE.sub(r"\1", text)


__all__ = ["DISABLE_ENV", "w3m_dump"]
