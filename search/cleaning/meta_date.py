"""Publication date: every printed date in the top part of the page is a candidate, scored by general features.

Candidates come from the lines above the article body, the first lines of the body and the lines just
after it. Features do not depend on any outlet: a "Published"/"Posted"-style cue before the date, an
"Updated" cue, being near the byline, the headline or the start of the body, sitting in a list of
other dated items (related articles), how many dates the line holds, line length and position. A
small logistic model (fitted by ``bench/train_date.py``) scores them; the best date wins when its
score clears a threshold, otherwise the page states no clear publication date and the answer is None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from search.cleaning.dates import YEARISH_RE, find_dates, mostly_date
from search.cleaning.lines import Line
from search.cleaning.meta_common import ArticleSpan, candidate_window, index_of, last_position, linear_logistic, log1
from search.cleaning.meta_date_weights import DATE_BIAS, DATE_THRESHOLD, DATE_WEIGHTS

MAX_ABOVE = 300
"""Non-blank lines above the body start that are examined."""
MAX_BODY = 12
"""Non-blank lines of the body examined from its start."""
MAX_TAIL = 8
"""Non-blank lines after the body examined."""
MAX_CANDS = 60
"""Dates weighed on a page at most: those on the lines nearest the body start."""

_PUB_RE = re.compile(
    r"(?:published|posted|first published|publish date|date published|publié|publiée|publication|"
    r"veröffentlicht|erschienen|publicado|pubblicato|opublikowano|gepubliceerd|publicerad|udgivet|"
    r"julkaistu|опубликовано|публикации|公開|公開日|投稿日|配信|掲載|发布|발행|入力|date|datum|fecha|data|on)\s*(?:on|le|am|el|il|em|op|den)?\s*:?\s*$",
    re.IGNORECASE,
)
_UPD_RE = re.compile(
    r"(?:updated?|last updated|modified|edited|mis à jour|actualisé|aktualisiert|geändert|stand|actualizado|"
    r"actualizada|atualizado|aggiornato|zaktualizowano|aktualizacja|bijgewerkt|обновлено|更新|수정)\b|"
    r"\b(?:akt|aktual|upd)\.",  # abbreviated: 'Akt.: 29. Juni 2025'
    re.IGNORECASE,
)
EMBED_RE = re.compile(r"^[—–-]\s?[^()]{0,60}\(@\w+\)|\bpost shared by\b|pic\.twitter\.com|\bvia @\w", re.IGNORECASE)
"""An embedded post's attribution or link ('— Jane Roe (@janeroe) May 2, 2020'): its date is the post's."""
_ORDER_DATE_RE = re.compile(r"(?<![\d/.])([0-3]?\d)([/.])([0-3]?\d)\2(?:19|20)\d\d(?!\d)")
"""A numeric date with slashes or dots ('05/12/2020', '23.10.2025'): the page's order of day and month."""
_PLACE_LEAD_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’/-]{1,35}(?:\([^)]{1,20}\))?[,:]?\s*$")
"""A body-opening dateline place ("WASHINGTON, " / "BERLIN (dpa) ") before the date."""
_COPY_RE = re.compile(r"©|\(c\)|copyright|all rights reserved", re.IGNORECASE)
_BY_RE = re.compile(r"(?:^|\s)(?:by|par|von|por|di|door|av|af|autor|author)\b", re.IGNORECASE)
_COMMENT_RE = re.compile(
    r"\b(?:reply|says:|said:|comment|comments|antworten|répondre|responder)(?:\b|\s)", re.IGNORECASE
)
_PRINT_ISSUE_RE = re.compile(r"\b(?:[Ii]ssue|ISSUE|print edition|appears in print)\b")
_URLISH_RE = re.compile(r"[_/\\\[\]]")

FEATURES = (
    "pub_cue",
    "upd_cue",
    "dateish",
    "byline_line",
    "byline_near",
    "after_title",
    "before_title",
    "title_dist",
    "body_dist",
    "in_body",
    "after_body",
    "in_list",
    "list_dates",
    "multi_dates",
    "first_in_line",
    "line_long",
    "line_start",
    "rank",
    "first_value",
    "value_count",
    "latest",
    "earliest",
    "copyright",
    "urlish",
    "comment",
    "top_frac",
    "has_time",
    "updated_later",
    "rule",
)


MAX_DATES_ON_LINE = 4
"""Dates read on one line (the rest of a longer line is a list of other stories' dates)."""


def date_candidates(
    span: ArticleSpan,
    byline_lines: Sequence[int],
    dayfirst: bool | None,
    prior: str | None = None,
) -> list[tuple[str, dict[str, float], int]]:
    """(YYYY-MM-DD, features, line index) for the dates printed around the top of the article."""
    lines, nonblank = span.lines, span.nonblank
    n = len(nonblank)
    if not n:
        return []
    k_first, k_last, k_title, ks = candidate_window(span, MAX_ABOVE, MAX_BODY, MAX_TAIL)
    by_ks = [k for k in (index_of(nonblank, i) for i in byline_lines) if k is not None]

    if dayfirst is None:
        dayfirst = _numeric_order(lines, nonblank, range(n))  # the whole page: its lists of other stories too
    raw: list[tuple[int, int, int, str, int]] = []  # (k, start, end, value, dates on line)
    dated_ks: set[int] = set()
    first_value: dict[int, str] = {}
    for k in ks:
        ln = lines[nonblank[k]]
        if not YEARISH_RE.search(ln.full, 0, 500):
            continue
        found = find_dates(ln.full[:400], dayfirst=dayfirst)
        if not found:
            continue
        dated_ks.add(k)
        if ln.words <= 12:
            first_value[k] = found[0][2]  # short dated lines: the shape of a list of dated items
        for s, e, v in found[:MAX_DATES_ON_LINE]:
            raw.append((k, s, e, v, len(found)))
    if not raw:
        return []
    if len(raw) > MAX_CANDS:  # a long dated list above the article (deals, archives): the dates nearest it count
        raw = sorted(sorted(raw, key=lambda r: abs(r[0] - k_first))[:MAX_CANDS])
    values = [v for _, _, _, v, _ in raw]
    latest, earliest = max(values), min(values)
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    seen: set[str] = set()
    out: list[tuple[str, dict[str, float], int]] = []
    for rank, (k, s, e, v, nd) in enumerate(raw):
        i = nonblank[k]
        ln = lines[i]
        text = ln.full[:400]
        prev_end = max((re_ for rk, _, re_, _, _ in raw if rk == k and re_ <= s), default=0)
        before = text[max(prev_end, s - 40) : s]
        if s < 12 and k > 0:
            before = lines[nonblank[k - 1]].full[-30:] + " " + before
        after = text[e : e + 30]
        # dated lines around, a line printed twice (a picture's alt text and its caption) counted once
        neighbours = len({lines[nonblank[k + d]].text for d in (-3, -2, -1, 1, 2, 3) if k + d in dated_ks})
        words = ln.words
        upd = bool(_UPD_RE.search(before))
        pub_cue = _PUB_RE.search(before)
        pub = pub_cue is not None and not upd
        if ln.is_placeholder or EMBED_RE.search(text):
            continue  # image file names, embedded posts ("— Name (@handle) May 2, 2020")
        if _PRINT_ISSUE_RE.search(text):
            continue  # a print issue's date ('Cover of December 25, 2023/January 1, 2024, Issue'), not the story's
        dateline = k_first <= k <= k_first + 1 and s <= 40 and bool(_PLACE_LEAD_RE.match(text[:s]))
        cue = pub and pub_cue.group(0).strip(" :").casefold() != "on"
        if (ln.is_prose or words > 20) and s > 3 and not (cue or upd or dateline):
            # a date inside running text is what the story is about, not when it was published ('… shows Jane Roe
            # on Aug. 7, 2024': 'on' alone is no cue there)
            continue
        if k > k_last and not pub and (words > 10 or neighbours or ln.bullet is not None or ln.in_list):
            continue  # after the article only a "Published …" line or a lone dateline counts
        others = len(
            {lines[nonblank[k + d]].text for d in (-4, -3, -2, -1, 1, 2, 3, 4) if first_value.get(k + d, v) != v}
        )
        listed = ln.bullet is not None or ln.in_list or others >= 2
        if (neighbours >= 2 or others >= 2) and listed and not pub and not _BY_RE.search(text[:s]):
            continue  # an item of a dated list (related stories, archive)
        later_upd = any(rv > v and rk == k for rk, _, _, rv, _ in raw)
        f = {
            "pub_cue": float(pub or dateline),
            "upd_cue": float(upd),
            "dateish": float(words - len(_BY_RE.findall(text)) <= 8),
            "byline_line": float(k in by_ks or bool(_BY_RE.search(text[:s]))),
            "byline_near": float(any(abs(k - b) <= 3 for b in by_ks)),
            "after_title": float(k_title is not None and 0 < k - k_title <= 8),
            "before_title": float(k_title is not None and 0 < k_title - k <= 4),
            "title_dist": log1(abs(k - k_title)) if k_title is not None else 3.0,
            "body_dist": log1(abs(k - k_first)),
            "in_body": float(k_first <= k <= k_last and ln.is_prose),
            "after_body": float(k > k_last),
            "in_list": float(ln.bullet is not None or ln.in_list),
            "list_dates": log1(neighbours),
            "multi_dates": float(nd > 1),
            "first_in_line": float(s == min(rs for rk, rs, _, _, _ in raw if rk == k)),
            "line_long": float(words > 25),
            "line_start": float(s <= 2),
            "rank": log1(rank),
            "first_value": float(v not in seen),
            "value_count": log1(counts[v] - 1),
            "latest": float(v == latest and latest != earliest),
            "earliest": float(v == earliest and latest != earliest),
            "copyright": float(bool(_COPY_RE.search(text))),
            "urlish": float(bool(_URLISH_RE.search(text[max(0, s - 1) : s] + text[e : e + 1]))),
            "comment": float(bool(_COMMENT_RE.search(text))),
            "top_frac": k / n,
            "has_time": float(bool(re.match(r"\W{0,4}(?:um\s|at\s|à\s|a las\s|alle\s)?[0-2]?\d[:h.][0-5]\d", after))),
            "updated_later": float(later_upd),
            "rule": float(v == prior),
        }
        seen.add(v)
        out.append((v, f, i))
    return out


def _numeric_order(lines: Sequence[Line], nonblank: Sequence[int], ks: Sequence[int]) -> bool | None:
    """Day-first (True) or month-first (False) when the unambiguous numeric dates on the lines ``ks`` agree, else
    None. Without any, a date that reads both ways ('05/12/2020') and that the page also spells out in one of its
    readings ('May 12, 2020') tells the order."""
    votes: set[bool] = set()
    both_ways: list[tuple[int, int, str]] = []
    for k in ks:
        raw = lines[nonblank[k]].full  # stripped: a deep indent must not push the date out of reach
        if not _ORDER_DATE_RE.search(raw, 0, 500):
            continue
        for m in _ORDER_DATE_RE.finditer(raw, 0, 500):
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 >= b:
                votes.add(True)
            elif b > 12 >= a:
                votes.add(False)
            elif a != b and len(both_ways) < MAX_BOTH_WAYS:
                both_ways.append((a, b, m.group(0)[-4:]))
    if not votes and both_ways:
        spelled = {v for k in ks for v in _spelled_dates(lines[nonblank[k]])}
        for a, b, year in both_ways:
            month_first, day_first = f"{year}-{a:02d}-{b:02d}", f"{year}-{b:02d}-{a:02d}"
            if (month_first in spelled) != (day_first in spelled):
                votes.add(day_first in spelled)
    return votes.pop() if len(votes) == 1 else None


MAX_BOTH_WAYS = 20
"""Numeric dates that read both ways checked against the page's spelled-out dates at most."""


def _spelled_dates(ln: Line) -> list[str]:
    """The dates a line prints in a form that reads one way only ('May 12, 2020', '2020-05-12')."""
    if not YEARISH_RE.search(ln.full, 0, 500):
        return []
    return [v for _, _, v in find_dates(ln.full[:400], dayfirst=None)]


def score(feats: dict[str, float]) -> float:
    """Logistic probability that a candidate is the publication date."""
    return linear_logistic(DATE_BIAS, DATE_WEIGHTS, feats)


_Scored = tuple[float, str, dict[str, float], int]


def _beside_the_byline(best: _Scored, scored: Sequence[_Scored]) -> _Scored:
    """A date above the headline and away from any byline (the masthead's date of today) gives way to a convincing
    date beside the byline under the headline; when that date is far over the headline and the latest on the page,
    it gives way to a convincing date right under the headline even with no byline ('30. listopadu 2020 Ondřej
    1°C' over the menu)."""
    if best[2]["after_title"] or best[2]["byline_near"] or best[2]["byline_line"]:
        return best
    today = best[2]["latest"] and not best[2]["before_title"] and best[2]["title_dist"] >= TODAY_TITLE_DIST
    signed = [
        c
        for c in scored
        if c[2]["after_title"]
        and (c[2]["byline_near"] or (today and c[3] > best[3] and c[2]["title_dist"] <= UNDER_HEADLINE_DIST))
        and c[0] >= DATE_THRESHOLD
    ]
    return max(signed, key=lambda c: c[0]) if signed else best


TODAY_TITLE_DIST = log1(8)
"""A date at least this far (``title_dist``) above the headline, and the latest on the page, reads as the masthead's
date of today."""
UNDER_HEADLINE_DIST = log1(3)
"""A date at most this far (``title_dist``) under the headline is the article's own even with no byline beside it."""


TIE_MARGIN = 0.02
"""Scores this close are a tie (see :func:`choose_date`)."""


def choose_date(
    span: ArticleSpan,
    byline_lines: Sequence[int],
    dayfirst: bool | None,
    prior: str | None = None,
    *,
    prior_beside_headline: bool = False,
) -> str | None:
    """The publication date as YYYY-MM-DD, or None when no candidate is convincing.

    ``prior`` is the date the headline-anchored rules picked (one feature among others); when it was read on a
    meta line beside the headline (``prior_beside_headline``) and no candidate is found at all, it stands.
    """
    cands = date_candidates(span, byline_lines, dayfirst, prior)
    lines, nonblank, last = span.lines, span.nonblank, span.last
    scored = [(score(f), v, f, i) for v, f, i in cands]
    if not scored:
        if prior and prior_beside_headline:
            return prior  # a byline line with its date that opens a short text is no candidate (it reads as prose)
        return date_after(lines, nonblank, span.first, last, dayfirst)
    best = max(scored, key=lambda c: c[0])
    if best[2]["after_body"]:
        # A date after the article ('Sendung: …, 24.04.2024') rated about as high as the headline rules' date on
        # the byline line above it: the article's own wins.
        ruled = [c for c in scored if c[2]["rule"] and not c[2]["after_body"] and c[0] >= best[0] - TIE_MARGIN]
        if ruled:
            best = max(ruled, key=lambda c: c[0])
    best = _beside_the_byline(best, scored)
    if best[2]["upd_cue"]:
        # An "Updated …" date loses to a nearby date that is not marked as an update (the published one).
        near = [c for c in scored if not c[2]["upd_cue"] and abs(c[3] - best[3]) <= 3 and c[0] >= DATE_THRESHOLD]
        if near:
            best = max(near, key=lambda c: (c[2]["pub_cue"], c[0]))
    if best[0] < DATE_THRESHOLD:
        return date_after(lines, nonblank, span.first, last, dayfirst)
    return _read_as_spelled_out(best, scored, lines)


_NUMERIC_DATE_RE = re.compile(r"(?<!\d)(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?:\d{4}|\d{2})(?!\d)")


def _read_as_spelled_out(best: _Scored, scored: Sequence[_Scored], lines: Sequence[Line]) -> str:
    """The best date's value, read the other way round when it was printed in numbers that read both ways
    ('01.07.19') and the page spells out that other reading with its month's name ('January 7th, 2019'), or when
    only the other reading comes before every date the page spells out (the page's own day at its top: a story
    is not published after the day the page shows)."""
    year, month, day = best[1].split("-")
    if month == day or int(month) > 12 or int(day) > 12:
        return best[1]
    pair = {int(month), int(day)}
    numeric = [m for m in _NUMERIC_DATE_RE.finditer(lines[best[3]].text) if {int(m["a"]), int(m["b"])} == pair]
    if not numeric:
        return best[1]
    other = f"{year}-{day}-{month}"
    spelled = [c[1] for c in scored if not _NUMERIC_DATE_RE.search(lines[c[3]].text)]
    if other in spelled:
        return other
    # the page's own day, spelled out at its top ('Tue, January 15, 2008'), comes no earlier than the story's
    return other if spelled and other <= max(spelled) < best[1] else best[1]


_DATE_LABEL_RE = re.compile(
    r"^(?:published|posted|publish date|date published|publié(?:e)?|publication|veröffentlicht|erschienen|"
    r"publicado|pubblicato|opublikowano|gepubliceerd|publicerad|datum|fecha|date)(?:\s+(?:on|le|am|el|il|em|op))?"
    r"(?:\s*:|\s)\s*",
    re.IGNORECASE,
)
"""A date's label at the start of a line ('Published:', 'Veröffentlicht am:', 'Fecha:', 'Publié le 20 juin 2025')."""
_POSTED_BY_RE = re.compile(
    r"^(?:(?:posted|written|published|geschrieben|verfasst|veröffentlicht|publié|publicado|pubblicato)\s+)?"
    r"(?:by|von|par|por|di|door)\s+[^\W\d_][^.:;|]{0,40}?\s(?:on|am|le|el|il|em|op)\s+",
    re.IGNORECASE,
)
"""A post's meta line that credits the writer and dates the post ('Von Jane Roe am 21/02/2021. Abgelegt unter …',
'Posted by Jane Roe on March 3, 2009 in News'): the date right after the name."""
META_LIST_SPAN = 40
"""How many non-blank lines after the article's last one a labelled date ('Published: 03 December 2019') is
looked for when nothing around the article dates it."""


CLOSING_SPAN = 2
"""How many non-blank lines before and after the article's last one a closing date line is looked for."""


def date_after(
    lines: Sequence[Line], nonblank: Sequence[int], first: int, last: int, dayfirst: bool | None
) -> str | None:
    """When nothing around the headline dates the article: the date printed in or after it (see
    :func:`labelled_date_after` and :func:`closing_date_line`)."""
    return labelled_date_after(lines, nonblank, first, last, dayfirst) or closing_date_line(
        lines, nonblank, last, dayfirst
    )


def closing_date_line(lines: Sequence[Line], nonblank: Sequence[int], last: int, dayfirst: bool | None) -> str | None:
    """The first date of the one date line that closes the article ('5 gennaio 2025 (modifica il 6 gennaio 2025 |
    15:24)' right above the copyright line); None when there is none or several."""
    k_last = last_position(nonblank, last)
    found: list[str] = []
    for k in range(max(0, k_last - CLOSING_SPAN), min(len(nonblank), k_last + 1 + CLOSING_SPAN)):
        text = lines[nonblank[k]].text
        if YEARISH_RE.search(text) and mostly_date(text, dayfirst=dayfirst) and not EMBED_RE.search(text):
            dates = find_dates(text, dayfirst=dayfirst)
            if dates:
                found.append(dates[0][2])
    return found[0] if len(found) == 1 else None


def labelled_date_after(
    lines: Sequence[Line], nonblank: Sequence[int], first: int, last: int, dayfirst: bool | None
) -> str | None:
    """The date of a post's meta list printed after it ('Author: Jane Roe' / 'Published: 03 December 2019', or its
    meta line 'Posted by Jane Roe on March 3, 2009 in News'), or at the foot of its text when the region runs on
    into teasers: the one labelled date line from the body's start to ``META_LIST_SPAN`` lines after its end; None
    when there is none, or several (a list of other posts)."""
    k_last = last_position(nonblank, last)
    found: list[str] = []
    k_first = min(bisect.bisect_left(nonblank, first), k_last + 1)
    for k in range(k_first, min(len(nonblank), k_last + 1 + META_LIST_SPAN)):
        ln = lines[nonblank[k]]
        posted = _POSTED_BY_RE.match(ln.text)
        if posted:
            dates = find_dates(ln.text[posted.end() : posted.end() + 40], dayfirst=dayfirst)
            if dates and dates[0][0] == 0:
                found.append(dates[0][2])
            continue
        if ln.words > 8:
            continue
        m = _DATE_LABEL_RE.match(ln.text)
        if m:
            dates = find_dates(ln.text[m.end() :], dayfirst=dayfirst)
            if len(dates) == 1:
                found.append(dates[0][2])
    return found[0] if len(found) == 1 else None


__all__ = ["FEATURES", "choose_date", "date_candidates", "score"]
