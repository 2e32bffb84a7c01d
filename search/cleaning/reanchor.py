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
    return first
