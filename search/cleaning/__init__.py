"""Cleaning raw pages (text dumps and saved HTML) into articles.

``clean_text`` handles what a text browser prints for a page; ``clean_html`` handles saved HTML.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from search.cleaning.html import clean_html
from search.cleaning.textdump import clean_text


def _rules_digest() -> str:
    """A digest of the cleaning package's code and word lists, so that any change to a rule or a weight
    re-cleans indexed pages by itself (a hand-bumped number was forgotten)."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in sorted([*here.glob("*.py"), *here.glob("*.txt")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


CLEANER_VERSION = _rules_digest()
"""Changes whenever the cleaning rules change, so indexes re-clean their pages by themselves."""

__all__ = ["CLEANER_VERSION", "clean_html", "clean_text"]
