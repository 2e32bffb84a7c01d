"""Finding the outlet (site brand): the learned scorer of :mod:`.meta_outlet`, then an "editor of X" line."""

from __future__ import annotations

import re

from search.cleaning.lines import Line
from search.cleaning.meta_outlet import brand_like, pick_outlet

_EDITOR_OF_RE = re.compile(
    r"\b(?:is|was) (?:the |an? )?(?:\w+ )?(?:editor|editor-in-chief|founder|publisher|reporter|correspondent)"
    r"(?: at| of| for) (?P<name>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})"
)
"""A bio sentence naming the writer's publication ("Jane Roe is the editor of The Sahel Post")."""


def find_outlet(
    lines: list[Line], title_suffix: str | None, title_index: int | None, authors: list[str] | None = None
) -> str | None:
    """The site brand, or None when the page does not state one clearly.

    The candidates of :func:`~search.cleaning.meta_outlet.pick_outlet` (mastheads, logos, copyright
    lines, title suffixes, domains, credits …) are scored by a linear model; when none convinces, a bio
    sentence that names the writer's publication is the last resort.
    """
    title = lines[title_index].text if title_index is not None and 0 <= title_index < len(lines) else None
    picked = pick_outlet(lines, title_suffix, authors, title)
    if picked:
        return picked
    for ln in lines:
        if ln.text and len(ln.text) < 400:
            m = _EDITOR_OF_RE.search(ln.text)
            if m and brand_like(m.group("name")):
                return m.group("name").strip()
    return None
