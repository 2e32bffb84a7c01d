"""Saved HTML rendered by w3m for the text rules, and the fallback when w3m is missing or fails."""

from __future__ import annotations

import pytest

from search.cleaning import textbrowser
from search.cleaning.html import clean_html
from tests.e2e_helpers import require_tool

PROSE = (
    "The ministers met in Bamako on Tuesday and agreed on new grain deliveries for the coming season, "
    "officials said after talks that lasted most of the day."
)
PAGE = (
    "<html><head><title>Diop meets Lavrov | The Sahel Post</title></head><body>"
    "<ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul>"
    "<article><h1>Diop meets Lavrov</h1><p>By Aminata Kone</p><p>March 3, 2024</p>"
    + "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(5))
    + "</article></body></html>"
)


def test_w3m_renders_the_page_as_the_text_dumps_are(monkeypatch: pytest.MonkeyPatch) -> None:
    require_tool("w3m")
    monkeypatch.delenv(textbrowser.DISABLE_ENV, raising=False)
    text = textbrowser.w3m_dump(PAGE)
    assert text is not None
    lines = text.split("\n")
    assert "Diop meets Lavrov" in lines and "By Aminata Kone" in lines
    assert any(line.strip() == "• Home" for line in lines)  # menus come out as bullets, as in the seeds


def test_a_saved_page_gets_its_byline_and_date_with_or_without_w3m(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered = clean_html(PAGE)
    monkeypatch.setenv(textbrowser.DISABLE_ENV, "1")
    assert textbrowser.w3m_dump(PAGE) is None
    fallback = clean_html(PAGE)
    for page in (rendered, fallback):
        assert (page.title, page.author, page.date) == ("Diop meets Lavrov", "Aminata Kone", "2024-03-03")
        assert len(page.paragraphs) == 5


def test_a_missing_or_failing_w3m_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textbrowser.shutil, "which", lambda name: None)
    assert textbrowser.w3m_dump(PAGE) is None
    monkeypatch.setattr(textbrowser.shutil, "which", lambda name: "/bin/false")
    assert textbrowser.w3m_dump(PAGE) is None
    assert clean_html(PAGE).author == "Aminata Kone"


def test_a_huge_page_skips_w3m(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textbrowser, "MAX_W3M_CHARS", 100)
    assert textbrowser.w3m_dump(PAGE) is None
