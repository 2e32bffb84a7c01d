"""Moving the start of the article down to a headline-byline block printed inside the prose region.

The densest prose run of a page sometimes begins with promotion that reads like prose ("Delivered daily
by 8 a.m., X examines …", "By signing up you agree …") above the real headline, its "By" line and its
date. Those three lines in a row, followed by prose, are the article's head: the body starts under them
and the headline is chosen there.
"""

from __future__ import annotations

from search.cleaning.bylines import parse_byline
from search.cleaning.dates import find_dates, mostly_date
from search.cleaning.lines import Line

MAX_HEAD_POSITION = 15
"""The headline must be among the first this many non-blank lines of the region."""
MAX_WORDS_ABOVE = 200
"""Region text above the headline longer than this is article text, not promotion."""
MAX_HEADLINE_WORDS = 20


def _headline_like(ln: Line) -> bool:
    t = ln.text
    return (
        3 <= ln.words <= MAX_HEADLINE_WORDS
        and ln.bullet is None
        and not ln.in_list
        and not t.endswith((".", ":", ",", ";"))
        and t[:1].isupper()
        and parse_byline(t) is None
        and not find_dates(ln.full)
    )


def _date_line(ln: Line) -> bool:
    return ln.words <= 12 and mostly_date(ln.full)


def article_head_start(lines: list[Line], nonblank: list[int], first: int, last: int) -> int:
    """The index where the body starts: ``first``, or the first prose line under a headline, an explicit
    byline (and maybe a date line) found near the top of the region below promotion-like text."""
    region = [i for i in nonblank if first <= i <= last]
    words_above = 0
    for pos, h in enumerate(region[:MAX_HEAD_POSITION]):
        if words_above > MAX_WORDS_ABOVE:
            break
        if pos >= 1 and _headline_like(lines[h]):
            k = pos + 1
            if k < len(region) and parse_byline(lines[region[k]].text):
                k += 1
                if k < len(region) and _date_line(lines[region[k]]):
                    k += 1
                if k < len(region) and lines[region[k]].is_prose:
                    return region[k]
        words_above += lines[h].words
    return _signed_head(lines, region) or first


SIGNED_HEAD_PROSE_WORDS = 40
"""The story under a 'By' line and its date opens with at least this many words of prose in two lines."""


def _signed_head(lines: list[Line], region: list[int]) -> int | None:
    """The first prose line under the region's first explicit byline that a date line follows ('By Jane Roe' /
    'Friday, 22 Nov 2024 4:55 PM'), when the region holds less prose above that byline than below it: a list of
    teasers (captions, headlines, '5 h ago') printed above the article, not the article's own text."""
    prose_words = [lines[i].words if lines[i].is_prose else 0 for i in region]
    total = sum(prose_words)
    above = 0
    for k, i in enumerate(region[:-3]):
        if above * 2 > total:
            return None
        text = lines[i].text
        if lines[i].words <= 8 and parse_byline(text) and _date_line(lines[region[k + 1]]):
            after = region[k + 2 : k + 4]
            if (
                sum(lines[j].words for j in after if lines[j].is_prose) >= SIGNED_HEAD_PROSE_WORDS
                and lines[after[0]].is_prose
            ):
                return after[0] if above > MAX_WORDS_ABOVE else None
        above += prose_words[k]
    return None
