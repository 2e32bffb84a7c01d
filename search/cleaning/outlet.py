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
_SITE_DATELINE_RE = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,3}){1,2})(?:, [A-Z][\w .'-]{1,30})? +[-–—] +\S"
)
"""The site's own name in the dateline that opens the story ('TEMPO.CO, Jakarta - Indonesia could …',
'VIVA.co.id - Pianis cilik …'): the way portals sign their copy."""
FIRST_PARAGRAPH_SCAN = 40
"""Lines under the headline searched for the story's first paragraph."""


def site_in_dateline(lines: list[Line], title_index: int | None) -> str | None:
    """The site's name from the dateline opening the first paragraph under the headline, or None."""
    if title_index is None:
        return None
    for ln in lines[title_index + 1 : title_index + 1 + FIRST_PARAGRAPH_SCAN]:
        if ln.is_prose and ln.words > 14:
            m = _SITE_DATELINE_RE.match(ln.text)
            return m.group("name") if m else None
    return None


def find_outlet(
    lines: list[Line], title_suffix: str | None, title_index: int | None, authors: list[str] | None = None
) -> str | None:
    """The site brand, or None when the page does not state one clearly.

    A site address signing the story's dateline ('TEMPO.CO, Jakarta - …') is the site. Otherwise the candidates of
    :func:`~search.cleaning.meta_outlet.pick_outlet` (mastheads, logos, copyright lines, title suffixes, domains,
    credits …) are scored by a linear model; when none convinces, a bio sentence that names the writer's
    publication is the last resort.
    """
    title = lines[title_index].text if title_index is not None and 0 <= title_index < len(lines) else None
    signed = site_in_dateline(lines, title_index)
    if signed:
        return signed
    picked = pick_outlet(lines, title_suffix, authors, title)
    if picked:
        return picked
    for ln in lines:
        if ln.text and len(ln.text) < 400:
            m = _EDITOR_OF_RE.search(ln.text)
            if m and brand_like(m.group("name")):
                return m.group("name").strip()
    return None
