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
        return expanded_acronym(picked, lines) or picked
    for ln in lines:
        if ln.text and len(ln.text) < 400:
            m = _EDITOR_OF_RE.search(ln.text)
            if m and brand_like(m.group("name")):
                return m.group("name").strip()
    return None


_ACRONYM_RE = re.compile(r"^(?:[A-Z]\.?){2,5}$")
_CONNECTORS = frozenset(["und", "and", "of", "the", "de", "del", "della", "di", "du", "des", "für", "et", "y"])
_NAME_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’]*")
ACRONYM_SCAN_CHARS = 400
"""How much of each line is searched for an acronym's spelled-out name."""
SPELLED_OUT_PRINTS = 2
MASTHEAD_LINES = 10


def expanded_acronym(name: str, lines: list[Line]) -> str | None:
    """The name an acronym stands for when the page prints it as a name of its own ('NYP' -> 'New York Post',
    'LTO' -> 'Legal Tribune Online'): capitalised words whose initials spell the acronym in order, with small
    connecting words between them ('Schweizer Radio und Fernsehen'), printed at least ``SPELLED_OUT_PRINTS`` times
    or in the masthead (the page's first ``MASTHEAD_LINES`` lines); else None. A company name printed once in
    the footer ('Thirty Mile Zone' under TMZ's copyright line) is not the brand readers know.

    :func:`~search.cleaning.meta_outlet._spelled_out_initials` does the same among the outlet scorer's candidates
    (a name scoring half the pick's score, or holding the copyright); this reads the printed lines, for names that
    are no candidate or score too low ('Legal Tribune Online' in a title bar, 'New York Post' in a menu)."""
    if not _ACRONYM_RE.match(name):
        return None
    letters = name.replace(".", "")
    counts: dict[str, int] = {}
    top: set[str] = set()
    printed = 0
    for ln in lines:
        if not ln.text:
            continue
        printed += 1
        words = ln.text[:ACRONYM_SCAN_CHARS].split()
        for start in range(len(words)):
            if start and words[start - 1][:1].islower():
                continue  # inside a sentence, maybe declined ('zur Süddeutschen Zeitung'): not the name as such
            phrase = _spelled_from(words, start, letters)
            if phrase:
                counts[phrase] = counts.get(phrase, 0) + 1
                if printed <= MASTHEAD_LINES:
                    top.add(phrase)
    named = [phrase for phrase, n in counts.items() if n >= SPELLED_OUT_PRINTS or phrase in top]
    return max(named, key=lambda phrase: counts[phrase]) if named else None


def _spelled_from(words: list[str], start: int, letters: str) -> str | None:
    """The phrase from ``words[start]`` on whose capitalised words spell ``letters``, or None."""
    taken: list[str] = []
    k = 0
    pos = start
    while k < len(letters) and pos < len(words):
        word = words[pos].strip(',.;:()"“”«»')
        if not word:
            return None
        if _NAME_WORD_RE.fullmatch(word) and word[0] == letters[k] and not word.isupper():
            taken.append(word)
            k += 1
        elif taken and word.lower() in _CONNECTORS and k < len(letters):
            taken.append(word)
        else:
            return None
        pos += 1
    if k < len(letters) or taken[-1].lower() in _CONNECTORS:
        return None
    return " ".join(taken)
