"""Where a second story starts inside the article region (infinite-scroll pages append the next article).

A story opens with a headline, then its byline and date, then prose. When that shape turns up after the
article has already run several paragraphs, the text from the headline on belongs to another story.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from search.cleaning.bylines import is_bare_by, parse_byline, parse_name_line
from search.cleaning.lines import Line

MIN_PARAGRAPHS_BEFORE = 3
"""The first story has at least this many prose paragraphs before a second one can start …"""
MIN_WORDS_BEFORE = 150
"""… and this many words: a few short teasers or a comment policy above an article are no story."""
MIN_PROSE_AFTER = 2
"""The second story has at least this many prose paragraphs after its byline and date."""
META_LOOKAHEAD = 6
"""The byline and date follow the headline within this many non-blank lines ('Published' / '4 months ago' / 'on' /
'April 11, 2026' / 'By' / 'Jane Roe': a text browser prints each piece of a story's head on its own line)."""
BARE_BY_NAME_WORDS = 6
"""A bare 'By' line credits the short line under it (a person or a desk: 'Kulu Media News Desk')."""


def _headline_shaped(ln: Line) -> bool:
    t = ln.text.rstrip()
    if ln.indent >= 4 or ". " in t:
        return False  # an embedded post or quote; a headline is one phrase
    return 4 <= ln.words <= 25 and ln.bullet is None and not ln.in_list and t[-1:] not in ".,;:"


def _person_credit(text: str) -> bool:
    """A byline or a bare credit line that names at least one person (two words or more, not an acronym)."""
    return _names_a_person(parse_byline(text) or parse_name_line(text, beside_date=True) or [])


def _names_a_person(names: list[str]) -> bool:
    """True when one of ``names`` has two words or more (a person, not an acronym or a handle)."""
    return any(len(name.split()) >= 2 for name in names)


PROSE_LOOKAHEAD = 6
"""The second story's first paragraphs are among this many non-blank lines under its byline and date."""


def _prose_follows(lines: list[Line], region: list[int], head_end: int) -> bool:
    """True when at least ``MIN_PROSE_AFTER`` of the first lines under ``head_end`` are prose."""
    after = [j for j in region if j > head_end][:PROSE_LOOKAHEAD]
    return sum(1 for j in after if lines[j].is_prose) >= MIN_PROSE_AFTER


def next_story_start(
    lines: list[Line],
    nonblank: list[int],
    first: int,
    last: int,
    dateish: Callable[[Line], bool],
) -> int | None:
    """Index of the headline of a second story inside ``lines[first..last]``, or None.

    The headline must be followed, within a few lines, by both a dated line and a byline (or a bare name
    line), and then by prose: the same opening as an article page's own.
    """
    region = [i for i in nonblank if first <= i <= last]
    prose_seen = 0
    words_seen = 0
    for k, i in enumerate(region):
        if (
            prose_seen >= MIN_PARAGRAPHS_BEFORE
            and words_seen >= MIN_WORDS_BEFORE
            and (_opens_story(lines, region, k, dateish) or _signed_without_headline(lines, region, k, dateish))
        ):
            return i
        ln = lines[i]
        if ln.is_prose and ln.bullet is None:
            prose_seen += 1
            words_seen += ln.words
    return None


BYLINE_MAX_WORDS = 12
"""A headless story's byline is at most this long ('von Marcus Bensmann, Justus von Daniels, Ulrich Stoll')."""
SIGNED_DATE_SPAN = 2
"""A headless story's date follows its byline within this many non-blank lines."""


def _signed_without_headline(lines: list[Line], region: list[int], k: int, dateish: Callable[[Line], bool]) -> bool:
    """True when ``region[k]`` is a byline naming a person under a non-prose line (a list's last 'read on' link),
    with a date right under it and prose after: a story whose headline the text browser did not print."""
    ln = lines[region[k]]
    if k == 0 or lines[region[k - 1]].is_prose or ln.words > BYLINE_MAX_WORDS or dateish(ln):
        return False
    if not _names_a_person(parse_byline(ln.text) or []):
        return False
    below = region[k + 1 : k + 1 + SIGNED_DATE_SPAN]
    dated = [j for j in below if dateish(lines[j])]
    if not dated:
        return False
    return _prose_follows(lines, region, dated[0])


def _opens_story(lines: list[Line], region: list[int], k: int, dateish: Callable[[Line], bool]) -> bool:
    """True when ``region[k]`` is a headline followed by a person's byline and a date, then prose."""
    ln = lines[region[k]]
    if not _headline_shaped(ln) or dateish(ln) or parse_byline(ln.text):
        return False
    head: list[int] = []
    for j in region[k + 1 : k + 1 + META_LOOKAHEAD]:
        if lines[j].is_prose and not dateish(lines[j]):
            break  # the byline and date come before the story's first paragraph
        head.append(j)
    dated = [j for j in head if dateish(lines[j])]
    named = [j for j in head if _person_credit(lines[j].text)]
    named += [
        j
        for j, below in pairwise(head)
        if is_bare_by(lines[j].text) and 0 < lines[below].words <= BARE_BY_NAME_WORDS and not lines[below].is_prose
    ]
    if not dated or not named:
        return False
    return _prose_follows(lines, region, max(dated + named))
