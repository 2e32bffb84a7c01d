"""Cleaner for text dumps of web pages (what ``w3m -dump`` prints for a news page).

The pipeline: split into lines with layout features (:mod:`.lines`), mark page furniture
(:mod:`.patterns`), find the densest prose region (:mod:`.body`), choose the headline above it
(:mod:`.title`), read byline and date lines around the headline (:mod:`.bylines`, :mod:`.dates`),
then the outlet (:mod:`.outlet`) and language (:mod:`.lang`).
"""

from __future__ import annotations

import re

from search.cleaning.body import closing_list_end, continued_region, filter_region, find_region, teaser_list_end
from search.cleaning.bylines import (
    as_printed_alone,
    distinct_names,
    is_bare_by,
    lowercase_words,
    parse_byline,
    parse_name_line,
    person_name,
    without_outlet_tail,
    writer_with_role,
)
from search.cleaning.columns import rejoin_narrow_wrap, unweave_columns
from search.cleaning.dates import find_dates, is_relative, mostly_date, published_cue_date, residue_after_dates
from search.cleaning.lang import detect_language
from search.cleaning.lines import Line, normalise_input, split_lines
from search.cleaning.meta_author import choose_author, portrait_caption
from search.cleaning.meta_common import ArticleSpan
from search.cleaning.meta_date import EMBED_RE, MAX_DATES_ON_LINE, choose_date
from search.cleaning.nextstory import next_story_start
from search.cleaning.outlet import find_outlet
from search.cleaning.patterns import caption_like, furniture_reason
from search.cleaning.reanchor import article_head_start
from search.cleaning.title import (
    TitleChoice,
    choose_title,
    headline_key,
    norm_key,
    split_suffix,
    strip_breadcrumb,
    undouble,
    without_edge_images,
)
from search.cleaning.wordlists import is_place_name
from search.model import CleanedPage, DroppedLine

_UPDATED_RE = re.compile(
    r"\b(?:updated|last updated|modified|mis à jour|actualisé|aktualisiert|actualizado|aggiornato)\b", re.I
)
_PUBLISHED_RE = re.compile(r"\b(?:published|posted|first published|publié|veröffentlicht|publicado|pubblicato)\b", re.I)
MAX_META_WORDS = 30
_TICKER_HEAD_RE = re.compile(r"^(?:breaking(?: news)?|just in|eilmeldung|ticker|news ticker|flash)\s*:?$", re.I)


def clean_text(text: str) -> CleanedPage:
    """Clean a text dump into title, outlet, date, author, body paragraphs and dropped lines.

    Never raises: unexpected input gives an empty (or partial) page.
    """
    try:
        return _clean(text)
    except Exception:
        return CleanedPage()


TEASER_DATE_SPAN = 2
"""How many non-blank lines under a reprint of the headline its teaser's date is looked for."""


def own_teaser_date(lines: list[Line], nonblank: list[int], title: TitleChoice, dayfirst: bool | None) -> str | None:
    """The date a list of the site's stories prints under this story's own teaser ('Latest News' / 'Mbumba recounts
    Geingob's last days' / '20 February, 2024'), for a page that prints no date at the article itself."""
    tkey = headline_key(title.text)
    for k, i in enumerate(nonblank):
        if i == title.index or headline_key(lines[i].text) != tkey:
            continue
        for j in nonblank[k + 1 : k + 1 + TEASER_DATE_SPAN]:
            if lines[j].words <= MAX_META_WORDS and mostly_date(lines[j].full, dayfirst=dayfirst):
                found = find_dates(lines[j].full, dayfirst=dayfirst)
                if found:
                    return found[0][2]
    return None


def _dateish(ln: Line, either_order: bool = False) -> bool:
    """True for a short line that is mostly a date (plus time, 'Updated', source words); ``either_order`` counts
    numeric dates that read both ways ('02-11-2023') too."""
    if ln.words > MAX_META_WORDS:
        return False
    if not (find_dates(ln.full) or (either_order and find_dates(ln.full, dayfirst=True))):
        return False
    return len(residue_after_dates(ln.full).split()) <= 7 or bool(_PUBLISHED_RE.search(ln.full[:40]))


def meta_lines(lines: list[Line], near_top: list[int]) -> dict[int, str]:
    """Line index -> 'byline' or 'date' for the meta lines among the lines ``near_top`` of the article.

    A line with the story's age instead of a date ('Jane Roe|Published 15 hours ago') counts as its date line
    when it is the only one: ages under every teaser of a list are not the article's.
    """
    flags: dict[int, str] = {}
    ages: list[int] = []
    for i in near_top:
        if lines[i].words <= MAX_META_WORDS and _meta_position_ok(lines, i):
            if parse_byline(lines[i].text) is not None:
                flags[i] = "byline"
            elif _dateish(lines[i]):
                flags[i] = "date"
            elif _age_line(lines[i]):
                ages.append(i)
    if len(ages) == 1:
        flags[ages[0]] = "date"
    return flags


AGE_LINE_WORDS = 8
"""At most this many words on a line that gives the story's age ('Jane Roe|Published 15 hours ago')."""


def _age_line(ln: Line) -> bool:
    """A short line with the story's age instead of a date ('Published 15 hours ago', 'vor 3 Stunden')."""
    return ln.words <= AGE_LINE_WORDS and not ln.is_prose and any(c.isdigit() for c in ln.text) and is_relative(ln.full)


TICKER_PARAGRAPH_WORDS = 25
"""A paragraph this long a blank line under a ticker's label is the article's, which the label only flags."""


def _mark_ticker_blocks(lines: list[Line], reasons: list[str | None]) -> None:
    """A ticker header ("BREAKING", "Live") owns the unbroken block of lines under it."""
    for i, ln in enumerate(lines):
        if reasons[i] != "ticker" or not _TICKER_HEAD_RE.match(ln.text):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].text and j - i <= 2:
            j += 1
        if j > i + 1 and j < len(lines) and lines[j].is_prose and lines[j].words >= TICKER_PARAGRAPH_WORDS:
            continue  # a label over the story itself ('Breaking News' / its first paragraph), not over a ticker
        while j < len(lines) and lines[j].text:
            reasons[j] = reasons[j] or "ticker"
            j += 1


TEMPLATE_ROWS_MIN = 3
"""Lines of one unbroken block opening with the same three words that make them a feed of alerts or scores."""


def _mark_template_rows(lines: list[Line], reasons: list[str | None]) -> None:
    """Rows filled from one template, printed one under the other ('Winter Weather Advisory issued March 2 at
    3:39PM EST expiring …' five times): a feed of alerts, scores or prices, never the story's prose. Captions
    ('In this photo …' under a gallery) are left to the caption rules, which keep the article around them."""
    i = 0
    while i < len(lines):
        if not lines[i].text:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].text:
            j += 1
        if j - i >= TEMPLATE_ROWS_MIN:
            groups: dict[str, list[int]] = {}
            for k in range(i, j):
                words = lines[k].text.split()
                if len(words) >= 6 and lines[k].bullet is None and not caption_like(lines[k].text):
                    groups.setdefault(" ".join(words[:3]).casefold(), []).append(k)
            for rows in groups.values():
                if len(rows) >= TEMPLATE_ROWS_MIN and len({lines[k].text for k in rows}) >= TEMPLATE_ROWS_MIN:
                    for k in rows:
                        reasons[k] = reasons[k] or "ticker"
        i = j


def _meta_position_ok(lines: list[Line], i: int) -> bool:
    """Bylines and dates of the article are not list continuations nor items of long menus."""
    ln = lines[i]
    if ln.in_list:
        return False
    if ln.bullet is None:
        return True
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].bullet is not None or not lines[j].text):
            if lines[j].text:
                run += 1
            j += step
    return run <= 4


def _nonblank(lines: list[Line]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.text]


def _clean(text: str) -> CleanedPage:
    lines = split_lines(rejoin_narrow_wrap(unweave_columns(normalise_input(text))))
    reasons = [furniture_reason(ln.text) if ln.text else None for ln in lines]
    _mark_ticker_blocks(lines, reasons)
    _mark_template_rows(lines, reasons)
    nonblank = _nonblank(lines)
    region = find_region(lines, reasons)
    if region is None:
        page = CleanedPage()
        page.dropped = [DroppedLine(lines[i].no, lines[i].text, reasons[i] or "navigation") for i in nonblank]
        return page
    first, last = region
    first, last, interruption = continued_region(lines, reasons, (first, last))
    last = closing_list_end(lines, reasons, last)
    first = article_head_start(lines, nonblank, first, last)
    pos_first = nonblank.index(first)

    # Meta lines (bylines, dates) above the region and at its top: a headline the scorer weighs far above the
    # body (over a gallery, a video, a share menu) is judged by the byline and date under it too.
    meta_flags = meta_lines(lines, nonblank[: pos_first + 11])

    title = choose_title(lines, first, meta_flags)
    skip: dict[int, str] = {i: reasons[i] or "interruption" for i in interruption}
    second = next_story_start(lines, nonblank, first, last, _dateish)
    if second is not None:
        skip.update((i, "next article") for i in nonblank if second <= i <= last)
        last = max(i for i in nonblank if i < second)
    names: list[str] = []
    date: str | None = None
    anchor = title.anchor if title else first
    if title is not None:
        skip[title.index] = "title"
        tkey = headline_key(title.text)
        for i in nonblank:
            if i != title.index and i >= anchor and i <= last:
                k = headline_key(lines[i].text)
                if k == tkey or norm_key(lines[i].text) == tkey:
                    skip[i] = "repeated title"
        if title.index >= first:
            first = next((i for i in nonblank if i > title.index), last + 1)
        while first <= last and (first in skip or not lines[first].text):
            first += 1

    pos_anchor = nonblank.index(anchor) if anchor in nonblank else pos_first
    zone_lo = nonblank[max(0, pos_anchor - 4)]
    pos_first = nonblank.index(first) if first in nonblank else len(nonblank) - 1
    zone_hi = nonblank[min(len(nonblank) - 1, pos_first + 8)]
    scan_end = nonblank[min(len(nonblank) - 1, pos_first + REPRINT_SCAN)]
    reprinted = [i for i, why in skip.items() if why == "repeated title" and first < i <= scan_end]
    if reprinted:
        # The headline printed again below pictures or a kicker: its byline and date sit under that print.
        zone_hi = max(zone_hi, nonblank[min(len(nonblank) - 1, nonblank.index(max(reprinted)) + 8)])
    zone = [i for i in nonblank if zone_lo <= i <= zone_hi and lines[i].words <= MAX_META_WORDS]

    page_lower = lowercase_words("\n".join(lines[i].text for i in nonblank))
    names, byline_lines = _find_author(lines, zone, anchor, first, title, page_lower)
    span = ArticleSpan(lines, nonblank, title.index if title else None, first, last)
    names = choose_author(span, names, page_lower)
    for i in byline_lines:
        skip.setdefault(i, "byline")
    region_text = " ".join(lines[i].scan for i in nonblank if first <= i <= last and lines[i].is_prose)
    region_lang = detect_language(region_text)
    dayfirst = None if region_lang in (None, "en") else True
    date, date_lines = _find_date(lines, zone, anchor, nonblank, last, dayfirst)
    beside = any(anchor <= i <= first for i in date_lines)  # a date line between the headline and the body
    date = choose_date(span, byline_lines, dayfirst, date, prior_beside_headline=beside)
    if date is None and title is not None:
        date = own_teaser_date(lines, nonblank, title, dayfirst)
    for i in date_lines:
        if zone_lo <= i <= zone_hi:
            skip.setdefault(i, "dateline")

    body_last = teaser_list_end(lines, reasons, first, last)
    skip.update((i, "teaser") for i in nonblank if body_last < i <= last and i not in skip)
    body = filter_region(lines, reasons, first, body_last, skip, names)
    kept = {i for group in body.kept_lines for i in group}

    suffix = title.suffix if title else None
    outlet = find_outlet(lines, suffix, title.index if title else None, names)
    names = as_printed_alone(without_outlet_tail(names, outlet), (lines[i].text for i in nonblank))
    title_text = _final_title(title, outlet, lines) if title else None

    page = CleanedPage(
        title=title_text,
        outlet=outlet,
        date=date,
        author=", ".join(distinct_names(names)) or None,
        paragraphs=body.paragraphs,
        headings=body.headings,
    )
    page.lang = detect_language(page.body) if page.paragraphs else None
    dropped: list[DroppedLine] = []
    for i in nonblank:
        if i in kept:
            continue
        ln = lines[i]
        reason = body.dropped.get(i) or skip.get(i) or reasons[i]
        if i < first and reason == "footer" and i not in skip:
            reason = "navigation"
        if reason is None:
            short = i < first or ln.bullet is not None or ln.words < 8
            reason = "navigation" if short else "footer"
        dropped.append(DroppedLine(ln.no, ln.text, reason))
    page.dropped = dropped
    return page


KICKER_JOIN_WORDS = 8
_GLUED_KICKER_COLON_RE = re.compile(r"(?<=[^\W\d_]{3}):(?=[A-ZÀ-ÖØ-ÞÄÖÜ][^\W\d_])")
"""'Marathon in Berlin:Im harten …': the kicker's colon printed without its space (two spans of one headline)."""
_GLUED_KICKER_RE = re.compile(r"^[^!?]{2,40}[a-zà-öø-ÿ][!?]+(?P<rest>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]\S* \S+ \S.*)$")
"""'Wow, wow, wow!Manuela Reimann: Hochzeit in Bayern!': a kicker ending in '!' or '?' printed without a space
before the headline (two spans); it goes when three words or more of headline remain."""


def _with_kicker(raw: str, title: TitleChoice, lines: list[Line]) -> str:
    """': Stadt der Superlative' under "Stuttgart hat's drauf" -> "Stuttgart hat's drauf: Stadt der Superlative": a
    headline printed as its kicker and a line that opens with the colon between them."""
    if not raw.startswith(":"):
        return raw
    j = next((j for j in range(title.index - 1, max(-1, title.index - 4), -1) if lines[j].text), None)
    kicker = lines[j] if j is not None else None
    if kicker is None or kicker.words > KICKER_JOIN_WORDS or kicker.text.rstrip()[-1:] in ".!?:":
        return raw.lstrip(": ")
    return f"{kicker.text.strip()}: {raw.lstrip(': ')}"


def _final_title(title: TitleChoice, outlet: str | None, lines: list[Line]) -> str:
    """The headline without breadcrumb prefix, without a kicker glued to it by a '!' or '?' and without a site
    suffix that names the outlet; a kicker's colon printed without its space gets one."""
    raw = undouble(strip_breadcrumb(undouble(title.text)))
    raw = _with_kicker(without_edge_images(raw), title, lines)
    raw = _GLUED_KICKER_COLON_RE.sub(": ", raw)
    glued = _GLUED_KICKER_RE.match(raw)
    raw = glued.group("rest") if glued else raw
    core, suffix = split_suffix(raw)
    if suffix is None:
        return raw
    skey = norm_key(suffix)
    if outlet and (skey == norm_key(outlet) or skey in norm_key(outlet) or norm_key(outlet) in skey):
        return core
    same_suffix = sum(1 for ln in lines if ln.text and split_suffix(ln.text)[1] == suffix)
    if same_suffix >= 3:
        return core
    return raw


_CONNECTOR_LINE_RE = re.compile(r"^(?:and|&|und|et|y|e|en|og|och)$", re.IGNORECASE)


def _stacked_byline(lines: list[Line], zone: list[int], k: int) -> tuple[list[str] | None, list[int]]:
    """Names printed one per line under a lone "By" ("By" / "Jane Roe" / "and" / "John Doe", or one writer per
    line: "Lucy ThorntonNews Reporter" / "Tim Hanlon" / "• Mohana Basu,"), and their lines."""
    text = lines[zone[k]].text
    used = [zone[k]]
    while k + 2 < len(zone) and _CONNECTOR_LINE_RE.match(lines[zone[k + 1]].text.strip()):
        text += f" and {lines[zone[k + 2]].text}"
        used += [zone[k + 1], zone[k + 2]]
        k += 2
    names = parse_byline("By " + text)
    if not names or len(names) != 1:
        return names, used
    names = list(names)
    for j in zone[k + 1 : k + 1 + MAX_STACKED_WRITERS]:
        line = _STACK_MARK_RE.sub("", lines[j].text).strip()
        if line in ("…", "...", "") or _HANDLE_RE.fullmatch(line):
            continue  # a writer's social handle under their name ('@aprilroach28')
        more = parse_byline("By " + line)
        if not more or len(more) != 1 or not person_name(more[0], 4):
            break
        names.extend(more)
        used.append(j)
    return names, used


MAX_STACKED_WRITERS = 8
_HANDLE_RE = re.compile(r"@\w{2,30}")
_STACK_MARK_RE = re.compile(r"\^\d+|[,&]\s*$|\s+(?:and|und|et|y)\s*$")
"""A footnote mark or a trailing separator on a writer's line ('Xiaoying You^0,', 'Davide Castelvecchi &')."""


REPRINT_SCAN = 30
"""How many non-blank lines below the body start a reprint of the headline still moves the meta zone down."""


DATED_NAME_ABOVE = 3
"""How many meta-zone lines above the headline a bare name printed right over a date line may sit."""


def _stacked_credit(lines: list[Line], prev: int, i: int) -> bool:
    """True when credit line ``i`` follows credit line ``prev`` closely: within ``STACKED_CREDIT_GAP`` lines, or
    with only pictures (a writer's portrait) between them."""
    if i - prev <= STACKED_CREDIT_GAP:
        return True
    between = [j for j in range(prev + 1, i) if lines[j].text]
    return i - prev <= 2 * STACKED_CREDIT_GAP and all(lines[j].is_placeholder for j in between)


STACKED_CREDIT_GAP = 3
"""Explicit credits at most this many lines apart, one name each, are one byline of several writers."""


def _find_author(
    lines: list[Line],
    zone: list[int],
    anchor: int,
    first: int,
    title: TitleChoice | None,
    page_lower: frozenset[str] = frozenset(),
) -> tuple[list[str], list[int]]:
    """Byline names and the indices of the byline lines.

    An explicit "By …" line anywhere in the meta zone wins; otherwise a bare name line between the
    headline and the body ("NATALIYA VASILYEVA", "Robert Burns, AP Writer", "PTI").
    """
    byline_lines: list[int] = []
    names: list[str] = []
    zone = [i for i in zone if _meta_position_ok(lines, i)]
    headline = title.text[:40] if title is not None and len(title.text) >= 20 else None
    for k, i in enumerate(zone):
        if headline is not None and i != title.index and lines[i].text.find(headline) > 0:
            continue  # 'Autor: AGO Poszukiwany 31-latek …': a picture's credit, then its alt text (the headline)
        parsed = parse_byline(lines[i].text)
        if parsed is None and (writer := writer_with_role(lines[i].text)):
            parsed = [writer]  # 'Anders Skjerdingstad – Journalist i Paris'
        if parsed is None and is_bare_by(lines[i].text) and k + 1 < len(zone) and _next_text(lines, i) == zone[k + 1]:
            parsed, used = _stacked_byline(lines, zone, k + 1)
            if parsed is not None:
                byline_lines.extend(used)
        if parsed is None:
            continue
        if parsed and names and byline_lines and len(parsed) == 1 and _stacked_credit(lines, byline_lines[-1], i):
            names = [*names, *(nm for nm in parsed if nm not in names)]  # one credit per line ('이용민 기자' / …)
        byline_lines.append(i)
        if parsed and not names:
            names = parsed
    if names or byline_lines:
        return names, byline_lines
    title_idx = title.index if title else anchor
    title_key = norm_key(title.text) if title is not None else None
    above = [i for i in zone if i < title_idx][-DATED_NAME_ABOVE:]
    for i in zone:
        if i == title_idx or (i > first and i not in _first_lines_after(zone, first, 3)):
            continue
        if title_key is not None and norm_key(strip_breadcrumb(lines[i].text)) == title_key:
            continue  # the headline printed again ('Silver Society – The young old people'), not a name
        if i < title_idx and not (i in above and _over_date_line(lines, i)):
            continue  # above the headline only a name printed over the date ('Jane Roe' / 'Today, 02-11-2023 13:29')
        ln = lines[i]
        if ln.words > 8 or ln.is_prose or furniture_reason(ln.text) or portrait_caption(lines, i):
            continue
        if i > first and any(lines[j].is_prose for j in range(first, i)) and not find_dates(ln.text):
            continue  # a short line between paragraphs is a subheading, not a byline; a dated one is a credit
        if ln.bullet is not None and _among_controls(lines, i):
            continue  # 'Url curta' / 'Maior Menor' / 'Erramos?': an item of a toolbar, not a credit
        parsed_names = parse_name_line(ln.text, page_lower=page_lower)
        if parsed_names:
            return _stacked_names(lines, i, parsed_names, page_lower)
    return [], []


def _among_controls(lines: list[Line], i: int) -> bool:
    """True when a bulleted line's neighbouring items are neither names nor dates nor the writer's portrait
    ('Bilde av Per-Erik Ofstad'): a toolbar's buttons."""
    for j in (_prev_text(lines, i), _next_text(lines, i)):
        if j is None or lines[j].bullet is None:
            continue
        other = lines[j]
        if not (
            _dateish(other, either_order=True) or parse_name_line(other.text) or lines[i].text.strip() in other.text
        ):
            return True
    return False


STACKED_NAMES = 4
"""At most this many writers' names printed one per line under the headline ('BRUNO SORAGGI' / 'RAFAEL BALAGO')."""


def _stacked_names(
    lines: list[Line], i: int, names: list[str], page_lower: frozenset[str]
) -> tuple[list[str], list[int]]:
    """The names of line ``i`` and of the lines right under it that each hold one more writer's name printed the
    same way (all in capitals, or not), with no blank line between."""
    out, used = list(names), [i]
    j = i + 1
    while j < len(lines) and lines[j].text and len(used) < STACKED_NAMES:
        more = parse_name_line(lines[j].text, page_lower=page_lower)
        if not more or len(more) != 1 or lines[j].text.isupper() != lines[i].text.isupper() or more[0] in out:
            break
        if is_place_name(more[0]):
            break
        out.append(more[0])
        used.append(j)
        j += 1
    return out, used


def _over_date_line(lines: list[Line], i: int) -> bool:
    """True when the next non-blank line after ``i`` is a date line (a numeric date read either way counts)."""
    j = _next_text(lines, i)
    return j is not None and _dateish(lines[j], either_order=True)


def _prev_text(lines: list[Line], i: int) -> int | None:
    """The index of the last non-blank line before ``i``."""
    return next((j for j in range(i - 1, -1, -1) if lines[j].text), None)


def _next_text(lines: list[Line], i: int) -> int | None:
    """The index of the first non-blank line after ``i``."""
    return next((j for j in range(i + 1, len(lines)) if lines[j].text), None)


def _first_lines_after(zone: list[int], first: int, n: int) -> list[int]:
    return [i for i in zone if i >= first][:n]


def _find_date(
    lines: list[Line], zone: list[int], anchor: int, nonblank: list[int], last: int, dayfirst: bool | None
) -> tuple[str | None, list[int]]:
    """The publication date near the headline, and the date lines to drop.

    Order: the first non-"updated" date line after the headline, then an "updated" one, then the
    closest date line above the headline, then a "published …" line after the body.
    """
    after: list[tuple[int, str, bool]] = []
    before: list[tuple[int, str]] = []
    date_lines: list[int] = []
    for i in zone:
        ln = lines[i]
        if is_relative(ln.full) and not find_dates(ln.full, dayfirst=dayfirst):
            if not ln.is_prose:  # "3 hours ago" is a dateline; "…, her mother said yesterday." is the story
                date_lines.append(i)
            continue
        if EMBED_RE.search(ln.full):
            continue  # an embedded post's date is the post's, and its attribution is the article's text
        byline = parse_byline(ln.text) is not None
        if not (_dateish(ln) or byline or (ln.words <= 12 and find_dates(ln.full, dayfirst=dayfirst))):
            continue
        found = find_dates(ln.full, dayfirst=dayfirst)
        if not found:
            continue
        date_lines.append(i)
        # a line with two dates prints when the story was published and when it was changed, in either order
        # ('December 10, 2021April 9, 2019 by …', 'Published … Updated …'): the earlier is the publication's
        value = min(v for _, _, v in found[:MAX_DATES_ON_LINE])
        updated = bool(_UPDATED_RE.search(ln.full[: found[0][0] + 1]))
        if i >= anchor:
            after.append((i, value, updated))
        else:
            before.append((i, value))
    for _, value, updated in after:
        if not updated:
            return value, date_lines
    if after:
        return after[0][1], date_lines
    if before:
        return before[-1][1], date_lines
    pos_last = nonblank.index(last) if last in nonblank else len(nonblank) - 1
    for i in nonblank[max(0, pos_last - 6) : pos_last + 8]:
        ln = lines[i]
        if ln.words <= MAX_META_WORDS and _PUBLISHED_RE.search(ln.full[:120]):
            found = find_dates(ln.full, dayfirst=dayfirst)
            if found:
                return found[0][2], [*date_lines, i]
    head = [(lines[i].full, lines[i].words) for i in nonblank[:400] if i <= last]
    cued = published_cue_date(head, dayfirst=dayfirst)
    return cued, date_lines
