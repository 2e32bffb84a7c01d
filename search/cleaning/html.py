"""Cleaner for saved HTML pages (placeholder)."""

from __future__ import annotations

from search.model import CleanedPage


def clean_html(html: str) -> CleanedPage:
    """Clean a saved HTML page."""
    return CleanedPage()
