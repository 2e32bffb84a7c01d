"""Synthetic article pages for the cleaning tests: the page's head, then a story of three paragraphs."""

from __future__ import annotations

from collections.abc import Sequence


def story_page(head: Sequence[str], prose: str) -> str:
    """A text dump: the ``head`` blocks (menus, headline, credit lines) and three paragraphs made of ``prose``."""
    paragraphs = [prose * 3, ("Meanwhile, " + prose) * 3, ("Later, " + prose) * 3]
    return "\n\n".join([*head, *paragraphs])


def numbered_paragraphs(count: int) -> list[str]:
    """``count`` short paragraphs of a story, numbered so that none repeats another ('Paragraph 0 of the story …')."""
    return [f"Paragraph {k} of the story tells what happened in the town on that day." for k in range(count)]
