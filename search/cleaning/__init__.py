"""Cleaning raw pages (text dumps and saved HTML) into articles.

``clean_text`` handles what a text browser prints for a page; ``clean_html`` handles saved HTML.
"""

from __future__ import annotations

from search.cleaning.html import clean_html
from search.cleaning.textdump import clean_text

CLEANER_VERSION = "1"
"""Bumped whenever cleaning rules change, so indexes re-clean their pages by themselves."""

__all__ = ["CLEANER_VERSION", "clean_html", "clean_text"]
