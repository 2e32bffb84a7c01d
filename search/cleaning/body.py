"""Locating the article body (the densest run of prose) and filtering the furniture inside it."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from itertools import islice, takewhile

from search.cleaning import shortlines
from search.cleaning.bylines import parse_byline, person_name
from search.cleaning.codeblocks import code_block_lines
from search.cleaning.dates import find_dates, has_time_of_day, is_clock_line, is_relative, mostly_date
from search.cleaning.factlists import fact_list_lines
from search.cleaning.lines import SENTENCE_END, Line
from search.cleaning.patterns import (
    ARTICLE_END_RE,
    BIO_RE,
    CAPTION_LABEL_RE,
    COPYRIGHT_RE,
    CREDIT_MAX_WORDS,
    MORE_LINK,
    WRITER_BIO_RE,
    caption_like,
    is_barrier,
    picture_text,
    short_credit,
)
from search.cleaning.title import norm_key

BARRIER_SCORE = -250.0
PROSE_OFFSET = 5
"""Subtracted from a prose line's word count, so one-line teasers weigh little."""
ESCALATION = 4.0
"""In a run of menu-like lines (bullets, list items, furniture) the k-th costs (1 + k/ESCALATION) times as
much."""
SENTENCE_RUN_SCORE = 1.0
"""What a line of a run of short sentences (see :func:`sentence_run_lines`) adds to its region at least: a short
sentence's worth (a paragraph among them, indented as a list's, keeps its paragraph's score)."""
REPEAT_WORDS = 20
"""A paragraph this long printed again further down the article is a duplicate, wherever it is repeated."""
LIST_PROSE_WORDS = 25
"""A paragraph this long under a list item (a listicle's entry, an article nested in a list) is article text."""
FULL_SENTENCE_ITEM_WORDS = 12
"""A list item this long that ends like a sentence is article text (advice lists), not a menu entry."""
HEADER_REASONS = frozenset({"related links", "tag list", "ticker"})
_CONTACT_RE = re.compile(
    r"^(?:you can |to )?(?:contact|follow|email|e-mail|reach|write to)\s+"
    r"(?:[A-Z][\w'’.-]+ ?){1,4}\b(?:at|on|via|here)\b",
    re.I,
)
"""How to reach the writer ('Contact Jane Roe at …', 'You can email Jane Roe here, and read more of her articles')."""


def _full_sentence_item(ln: Line) -> bool:
    """A list item long enough and ending like a sentence: article text (an advice list), not a menu entry."""
    return ln.is_prose and ln.words >= FULL_SENTENCE_ITEM_WORDS and ln.ends_sentence


INLINE_REASONS = frozenset({"image placeholder", "widget notice", "form control"})
"""Furniture that sits between an article's paragraphs (a picture's file name, a check box, an embed waiting for
consent): dropped, but no more evidence against the article around it than a placeholder. Ad slots are not among
them: dropping their -12 let articles run on into what follows them."""


def line_score(ln: Line, reason: str | None) -> float:
    """How much a non-blank line looks like article text (positive) or furniture (negative)."""
    if reason in INLINE_REASONS:
        return -2.0
    if reason is not None:
        return BARRIER_SCORE if is_barrier(reason, ln.text) else -12.0
    if ln.is_placeholder:
        return -2.0
    if caption_like(ln.text):
        return -2.0
    prose = ln.is_prose
    if ln.bullet is not None:
        if _full_sentence_item(ln):
            return 0.5 * float(min(ln.words, 150) - PROSE_OFFSET)  # a list of full sentences is article text
        return -1.0 if prose else -4.0
    if ln.in_list:
        if prose and ln.ends_sentence and ln.words >= LIST_PROSE_WORDS:
            return 0.5 * float(min(ln.words, 150) - PROSE_OFFSET)  # paragraphs indented under list items
        return 0.15 * ln.words - 3.0 if prose else -3.0
    if prose:
        return float(min(ln.words, 150) - PROSE_OFFSET)
    if ln.words >= 8:
        return -1.0
    if ln.words >= 4 and ln.ends_sentence:
        return 1.0
    return -3.0


CREDIT_PROSE_SPAN = 6
"""A short '© X' credit with a paragraph this many non-blank lines above and below sits inside the article."""
CREDIT_PROSE_WORDS = 25


CAPTION_WORDS = 6
"""A caption this long before a '©' or 'Copyright' notice makes the line a picture's caption and credit."""


def _caption_credit(text: str) -> bool:
    """A caption with its picture's credit notice after it ('Der Sicherheitsrat tagt … Frank Franklin II/Copyright
    2026 The AP. All rights reserved.'): the notice is the photo agency's, not the page's footer."""
    m = COPYRIGHT_RE.search(text[:400])
    return m is not None and len(text[: m.start()].split()) >= CAPTION_WORDS


def _inline_credits(lines: list[Line], reasons: list[str | None], nonblank: list[int]) -> set[int]:
    """Footer-shaped '© X' lines that are pictures' credits between the article's paragraphs (no barrier there)."""
    out: set[int] = set()
    for k, i in enumerate(nonblank):
        if reasons[i] != "footer" or not (short_credit(lines[i].text) or _caption_credit(lines[i].text)):
            continue
        above = nonblank[max(0, k - CREDIT_PROSE_SPAN) : k]
        below = nonblank[k + 1 : k + 1 + CREDIT_PROSE_SPAN]
        if all(
            any(lines[j].is_prose and lines[j].words >= CREDIT_PROSE_WORDS for j in side) for side in (above, below)
        ):
            out.add(i)
    return out


RELATED_LEAD_LINES = 3
"""A region starting this few non-blank lines under a related-stories header is that list, not the article."""
EARLIER_SHARE = 0.25
"""...when an earlier region scores at least this share of it."""


def find_region(lines: list[Line], reasons: list[str | None]) -> tuple[int, int] | None:
    """Indices (first, last) of the article region: the best-scoring contiguous run of lines, unless that run
    opens right under a related-stories header ('Das könnte Sie auch interessieren'), reads as a comment thread,
    or an earlier run opens under its own byline and date, and that earlier run scores at least ``EARLIER_SHARE``
    of it (a short article above its teaser list or the next stories)."""
    best, score = _best_run(lines, reasons)
    if best is None:
        return None
    best = _without_teaser_tail(lines, reasons, best)
    best = _before_comments(lines, reasons, best)
    above = [i for i in range(best[0] - 1, -1, -1) if lines[i].text][:RELATED_LEAD_LINES]
    header = next((i for i in above if _related_header(lines[i], reasons[i])), None)
    if header is not None:
        best = _after_signed_teasers(lines, header, best)
        above = [i for i in range(best[0] - 1, -1, -1) if lines[i].text][:RELATED_LEAD_LINES]
    needs_signed_head = False
    if any(reasons[i] == "related links" for i in above) and all(not lines[i].is_prose for i in above):
        cut = above[-1]
    elif _thread_like(lines, best):
        cut = best[0]
    else:
        # A story under its own byline and date above the best run is the page's article; the run below it is
        # the next story (more stories printed whole, with their bylines, under the article).
        cut = best[0]
        needs_signed_head = True
    earlier, earlier_score = _best_run(lines[:cut], reasons[:cut])
    if earlier is None or earlier_score < EARLIER_SHARE * score:
        return best
    if not needs_signed_head or _signed(lines, earlier[0]) or _comments_between(lines, reasons, earlier[1], best[0]):
        return earlier
    if _only_furniture_between(lines, reasons, earlier[1], best[0]):
        return earlier[0], best[1]  # one article, its paragraphs on both sides of a gallery or a list of links
    return best


COMMENTS_AFTER_PARAGRAPHS = 3
"""A comment section's header with at least this many article paragraphs above it in the region ..."""
COMMENTS_AFTER_WORDS = 120
"""... of at least this many words in all ends the region, however long the thread under it scores; a comment
counter among the head's lines (under the headline, over the first paragraph) does not."""


def _before_comments(lines: list[Line], reasons: list[str | None], region: tuple[int, int]) -> tuple[int, int]:
    """The region cut above a comment section's header ('Comments (35)') that follows the article's paragraphs:
    a long thread under a short post outscores the header's barrier and would join the article."""
    first, last = region
    paragraphs = words = 0
    prev = None
    for i in range(first, last + 1):
        ln = lines[i]
        if not ln.text:
            continue
        if reasons[i] == "comments" and paragraphs >= COMMENTS_AFTER_PARAGRAPHS and words >= COMMENTS_AFTER_WORDS:
            return (first, prev) if prev is not None else region
        if reasons[i] is None and ln.is_prose:
            paragraphs += 1
            words += ln.words
        prev = i
    return region


TEASER_SIGNATURE_WORDS = 8
"""A teaser's signature line ('Laura Fornell', 'Rebecca Ratcliffe, Guill Ramos The Guardian') is at most this long."""
SIGNED_TEASERS_MIN = 2


def _teaser_signature(ln: Line) -> bool:
    """A writer's name alone on a line, as a teaser card signs it: no 'By' or 'Von' (the article's own byline has
    one), no date, a given name first ('Rebecca Ratcliffe, Guill Ramos The Guardian')."""
    if ln.is_prose or not 2 <= ln.words <= TEASER_SIGNATURE_WORDS or find_dates(ln.text):
        return False
    first = ln.text.split(",")[0].strip()
    return person_name(first, 3) or person_name(" ".join(first.split()[:2]), 2)


HEADER_MAX_WORDS = 4
"""A read-more line this short is a header over a list of stories ('Mehr zum Thema'), not one story's link."""


def _related_header(ln: Line, reason: str | None) -> bool:
    """A related-stories header: a related-links line, or a short read-more line ('Mehr zum Thema')."""
    return reason == "related links" or (reason == "read-more link" and ln.words <= HEADER_MAX_WORDS)


def _after_signed_teasers(lines: list[Line], header: int, region: tuple[int, int]) -> tuple[int, int]:
    """The region without the signed teaser cards it opens with under a related-stories header ('Mehr zum Thema' /
    headline / summary / writer, three times, then the article's own headline, standfirst and 'Von X' byline):
    at least ``SIGNED_TEASERS_MIN`` cards of a headline, a summary of at most ``TEASER_SUMMARY_WORDS`` words and a
    bare signature. The region then starts under the last card, where the article's head is."""
    idx = [i for i in range(header + 1, region[1] + 1) if lines[i].text]
    pos = cards = 0
    while pos + 2 < len(idx):
        head, summary, signature = (lines[idx[pos + k]] for k in range(3))
        if not (
            _teaser_headline(head)
            and summary.is_prose
            and summary.words <= TEASER_SUMMARY_WORDS
            and _teaser_signature(signature)
        ):
            break
        cards += 1
        pos += 3
    if cards < SIGNED_TEASERS_MIN or pos >= len(idx) or idx[pos] > region[1]:
        return region
    return max(region[0], idx[pos]), region[1]


_CONTINUES_RE = re.compile(r"(?i)\b(?:story|article) continues below\b|\bcontinue reading below\b")
"""A page's own note that the article goes on under an advertisement or a box of other stories."""
CONTINUES_REACH = 40
"""How many non-blank lines under the article's end such a note may stand."""
CONTINUES_LEAD = 3
"""The article's next paragraph starts at most this many non-blank lines under the note."""
CONTINUED_MIN_SCORE = 40.0
"""What the run under the note must score (two paragraphs or so) to be the article going on."""


def continued_region(
    lines: list[Line], reasons: list[str | None], region: tuple[int, int]
) -> tuple[int, int, list[int]]:
    """The article's first and last line when the page says it goes on ('This advertisement has not loaded yet, but
    your article continues below.') under a box that broke its run (a numbered list of other stories), and the
    lines of such boxes up to their notes, which are not the article. A run of prose that starts at most
    ``CONTINUES_LEAD`` lines under a note continues the run that ends at most ``CONTINUES_REACH`` lines above
    it, both ways from the region; no comment thread or footer may lie between them."""
    first, last = region
    gap: list[int] = []
    while (found := _continuation_below(lines, reasons, last)) is not None:
        note, end = found
        gap += [i for i in range(last + 1, note + 1) if lines[i].text]
        last = end
    while (found := _continuation_above(lines, reasons, first)) is not None and found[0] < first:
        first, end, note = found
        gap += [i for i in range(end + 1, note + 1) if lines[i].text]
    return first, last, sorted(gap)


def _continuation_below(lines: list[Line], reasons: list[str | None], last: int) -> tuple[int, int] | None:
    """The note under ``last`` and the end of the run of prose right under it, if the page goes on so."""
    after = [i for i in range(last + 1, len(lines)) if lines[i].text][:CONTINUES_REACH]
    for k, note in enumerate(after):
        if is_barrier(reasons[note], lines[note].text):
            return None
        if not _CONTINUES_RE.search(lines[note].text):
            continue
        run, score = _best_run(lines[note + 1 :], reasons[note + 1 :])
        if run is None or score < CONTINUED_MIN_SCORE:
            continue
        if sum(1 for i in after[k + 1 :] if i < note + 1 + run[0]) <= CONTINUES_LEAD:
            return note, note + 1 + run[1]
    return None


def _continuation_above(lines: list[Line], reasons: list[str | None], first: int) -> tuple[int, int, int] | None:
    """The start and end of a run of prose above ``first`` that the note right above ``first`` (or among the
    region's first lines, as the note reads like a sentence) continues, and the note, if the page goes on so."""
    above = [i for i in range(first - 1, -1, -1) if lines[i].text][: CONTINUES_LEAD + 1]
    opening = [i for i in range(first, len(lines)) if lines[i].text][: CONTINUES_LEAD + 1]
    note = next((i for i in opening[::-1] + above if _CONTINUES_RE.search(lines[i].text)), None)
    if note is None:
        return None
    run, score = _best_run(lines[:note], reasons[:note])
    if run is None or score < CONTINUED_MIN_SCORE or run[1] >= first:
        return None  # no run, or the region's own opening lines above a note among them
    between = [i for i in range(run[1] + 1, note) if lines[i].text]
    if len(between) > CONTINUES_REACH or any(is_barrier(reasons[i], lines[i].text) for i in between):
        return None
    return run[0], run[1], note


def _only_furniture_between(lines: list[Line], reasons: list[str | None], end: int, start: int) -> bool:
    """Nothing but paragraphs, list items, pictures, furniture that does not end an article, and lines of a few words
    lies between two runs of prose: a gallery or a list of links interrupts one article (no headline, byline or
    date of a second story)."""
    for i in range(end + 1, start):
        ln = lines[i]
        if not ln.text or ln.is_placeholder or ln.bullet is not None or ln.in_list:
            continue
        if ln.is_prose and reasons[i] is None:
            continue  # a paragraph between the interruptions
        if reasons[i] is not None and not is_barrier(reasons[i], ln.text):
            continue
        if reasons[i] is not None or ln.words > FURNITURE_GAP_WORDS or find_dates(ln.text):
            return False
    return True


FURNITURE_GAP_WORDS = 3
"""A line between two runs of prose with more words than this (a headline, a byline) may open another story."""


def _comments_between(lines: list[Line], reasons: list[str | None], upper_end: int, lower_start: int) -> bool:
    """True when a comment section opens between two runs: the article comes before its comments, so the run
    below them is the sidebar or the footer, not the story. A counter of no comments ('0 comment') opens no
    section: it is a story's head, printed right above its first paragraph."""
    return any(
        reasons[i] == "comments" and not _NO_COMMENTS_RE.search(lines[i].text)
        for i in range(upper_end + 1, lower_start)
    )


_NO_COMMENTS_RE = re.compile(r"(?<![\d.,])0(?![\d.,])|\bno comments\b", re.I)


SIGNED_SPAN = 5
"""How many non-blank lines above a run its byline and date line are looked for."""
STAMP_SPAN = 1
"""A date with a time of day ('Donnerstag, 15.2.2018, 19:51') this many non-blank lines above a run signs it alone."""


def _signed(lines: list[Line], start: int) -> bool:
    """The run starting at ``start`` opens under a byline and a date line (a story's own head)."""
    above = [i for i in range(start - 1, -1, -1) if lines[i].text][:SIGNED_SPAN]
    bylined = any(lines[i].words <= 12 and parse_byline(lines[i].text) for i in above)
    dated = [i for i in above if lines[i].words <= 14 and (mostly_date(lines[i].full) or find_dates(lines[i].text))]
    if bylined and dated:
        return True
    # a post's own head without a 'By' line: its date and time of day right above its first paragraph
    return any(i in above[:STAMP_SPAN] and has_time_of_day(lines[i].text) for i in dated)


THREAD_DATED_LINES = 4
"""A run with this many short dated lines among its paragraphs is a thread of comments or posts ..."""


def _thread_like(lines: list[Line], region: tuple[int, int]) -> bool:
    """Readers' comments or forum posts: short lines with a date or a relative time ('vor 2 Stunden') between the
    paragraphs, one per post, at least ``THREAD_DATED_LINES`` of them."""
    dated = 0
    for i in range(region[0], region[1] + 1):
        ln = lines[i]
        if ln.text and 0 < ln.words <= 12 and not ln.is_prose and (is_relative(ln.text) or find_dates(ln.text)):
            dated += 1
            if dated >= THREAD_DATED_LINES:
                return True
    return False


TEASER_TAIL_SHARE = 0.5
"""A related-stories header after at least this share of the region's words ends the article ..."""
TEASER_MAX_WORDS = 25
"""... when no line after it is this long (teasers are a headline and a sentence or two, not paragraphs)."""


def _without_teaser_tail(lines: list[Line], reasons: list[str | None], region: tuple[int, int]) -> tuple[int, int]:
    """The region cut before a related-stories header ('Mehr Nachrichten aus der Region') whose teasers (a picture
    caption, a headline, a summary sentence, repeated) score like prose and kept the run going."""
    first, last = region
    words = [(i, lines[i].words) for i in range(first, last + 1) if lines[i].text]
    total = sum(w for _, w in words) or 1
    seen = 0
    prev = None
    for i, w in words:
        if reasons[i] == "related links" and seen >= TEASER_TAIL_SHARE * total:
            after = [lines[j] for j in range(i + 1, last + 1) if lines[j].text]
            headlines = sum(1 for ln in after if 3 <= ln.words <= 15 and not ln.ends_sentence)
            if headlines >= 2 and all(ln.words < TEASER_MAX_WORDS for ln in after) and prev is not None:
                return first, prev
            return region
        seen += w
        prev = i
    return region


TEASER_LIST_UNITS = 3
"""A run of at least this many teasers (a headline, then one short summary paragraph) ends the region …"""
TEASER_SUMMARY_WORDS = 40
"""… when no paragraph after its first headline is longer than this, each right under its headline …"""
TEASER_CAPTION_WORDS = 12
"""… (a short sentence without a headline above it, a picture's caption, neither counts nor breaks the run) …"""
TEASER_LIST_SHARE = 0.25
"""… the article above it holds at least this share of the region's words …"""
TEASER_LIST_GAP = 2
"""… and at least this many short lines (a header, a kicker, share buttons) part the two, or one of them is
furniture that closes an article (not a picture's credit or a notice between paragraphs)."""
PARTING_REASONS = HEADER_REASONS | {"read-more link", "share bar", "comments", "newsletter", "article tools"}
TEASER_META_LINES = 2
"""Short lines (the writer, the age) allowed between a teaser's headline and its summary."""


def _teaser_meta(ln: Line) -> bool:
    """A teaser's writer or age: a person's name (a known given name first; 'List Comprehensions' is a
    subheading), or a date, a relative time or a time of day."""
    if ln.is_prose or ln.words > 4 or _teaser_headline(ln):
        return False
    text = ln.text.strip()
    return person_name(text, 3) or is_relative(text) or bool(find_dates(text)) or is_clock_line(text)


def _headline_sized(ln: Line) -> bool:
    """A few words, not a list item: as long as a teaser's headline."""
    return 3 <= ln.words <= 20 and ln.bullet is None


def _teaser_headline(ln: Line) -> bool:
    """A line shaped like a teaser's headline: a few words, not a list item, no sentence's end."""
    return _headline_sized(ln) and ln.ends_open


TEASER_REPEAT_SPAN = 6
"""A teaser card may print its headline twice (over the picture and under it) at most this many non-blank lines
apart; a line so repeated is the card's headline even when it is a sentence ('What do we owe horseshoe crabs?')."""


def _card_headline(lines: list[Line], idx: list[int], pos: int) -> bool:
    """True when ``lines[idx[pos]]`` is a teaser's headline: headline-shaped, or a short line the card printed
    again a few lines above it."""
    ln = lines[idx[pos]]
    if not _headline_sized(ln):
        return False
    if ln.ends_open:
        return True
    key = ln.text.strip()
    return any(lines[idx[k]].text.strip() == key for k in range(max(0, pos - TEASER_REPEAT_SPAN), pos))


def teaser_list_end(lines: list[Line], reasons: list[str | None], first: int, last: int) -> int:
    """The article's last line when a list of other stories' teasers closes the region ``lines[first..last]``
    (else ``last``): from some headline on, every paragraph is a one-paragraph summary right under its own
    headline, at least ``TEASER_LIST_UNITS`` of them, set apart from the article above. Only the body stops
    there: a byline or date printed below the teasers still counts as the article's."""
    idx = [i for i in range(first, last + 1) if lines[i].text]
    summaries = [pos for pos, i in enumerate(idx) if lines[i].is_prose and not _teaser_headline(lines[i])]
    units = 0
    start = None
    for pos in reversed(summaries):
        ln = lines[idx[pos]]
        if ln.words > TEASER_SUMMARY_WORDS or ln.bullet is not None or ln.in_list:
            break
        head = pos - 1
        while head >= 0 and pos - head <= TEASER_META_LINES and _teaser_meta(lines[idx[head]]):
            head -= 1  # the teaser's writer and its age ('Kate Park' / '18 hours ago') under its headline
        if head < 0 or not _card_headline(lines, idx, head):
            if ln.words <= TEASER_CAPTION_WORDS:
                continue  # a picture's caption between two teasers
            break
        units += 1
        start = head
    if units < TEASER_LIST_UNITS or not start:
        return last
    cut = start  # back over the short lines above the first headline, to the article's last paragraph
    while cut > 0 and not lines[idx[cut - 1]].is_prose:
        cut -= 1
    gap = range(cut, start + 1)
    parted = start - cut >= TEASER_LIST_GAP or any(reasons[idx[p]] in PARTING_REASONS for p in gap)
    total = sum(lines[i].words for i in idx) or 1
    if not cut or not parted or sum(lines[i].words for i in idx[:cut]) < TEASER_LIST_SHARE * total:
        return last
    return idx[cut - 1]


TABLE_MIN_ROWS = 3
"""Consecutive source lines, each printed as this many columns or more, that make a table ..."""
TABLE_MIN_COLUMNS = 3
"""... of at least this many columns."""


def table_cells(lines: list[Line]) -> set[int]:
    """Cells of tables: at least ``TABLE_MIN_ROWS`` consecutive source lines that the text browser printed as
    ``TABLE_MIN_COLUMNS`` columns or more (a specification table between a review's paragraphs). Their numbers
    are data, not share counts, and the table neither pays nor breaks the article's run."""
    rows: list[list[int]] = []
    for i, ln in enumerate(lines):
        if rows and rows[-1] and lines[rows[-1][0]].no == ln.no:
            rows[-1].append(i)
        else:
            rows.append([i])
    out: set[int] = set()
    block: list[list[int]] = []
    for row in [*rows, []]:  # the empty row closes the last block
        wide = len(row) >= TABLE_MIN_COLUMNS and all(lines[i].text for i in row)
        if wide and (not block or lines[block[-1][0]].no + 1 == lines[row[0]].no):
            block.append(row)
            continue
        if len(block) >= TABLE_MIN_ROWS:
            out.update(i for r in block for i in r)
        block = [row] if wide else []
    return out


def _best_run(lines: list[Line], reasons: list[str | None]) -> tuple[tuple[int, int] | None, float]:
    """The best-scoring contiguous run of lines (max-subarray over scores) and its score."""
    best_sum = 0.0
    best: tuple[int, int] | None = None
    cur = 0.0
    cur_start = -1
    run = 0
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    printed_as_is = table_cells(lines) | code_block_lines(lines)
    listed = announced_list_items(lines, nonblank) | printed_as_is
    sentences = sentence_run_lines(lines, nonblank, {i for i in nonblank if reasons[i] is not None})
    credits = _inline_credits(lines, reasons, nonblank)
    for i, ln in enumerate(lines):
        if not ln.text:
            continue
        if i in listed and (reasons[i] is None or i in printed_as_is):
            continue  # an announced list, a table or a listing neither pays nor breaks the run
        s = -12.0 if i in credits else line_score(ln, reasons[i])
        if i in sentences:
            s = max(s, SENTENCE_RUN_SCORE)
        if s < 0 and (ln.bullet is not None or ln.in_list or reasons[i] is not None):
            s *= 1 + run / ESCALATION
            run += 1
        elif s > 0:
            run = 0
        if cur_start < 0 or cur <= 0:
            cur = s
            cur_start = i
        else:
            cur += s
        if cur > best_sum:
            best_sum = cur
            best = (cur_start, i)
    return best, best_sum


@dataclass
class BodyResult:
    """Paragraphs, heading indices and the dropped lines of the region."""

    paragraphs: list[str] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    kept_lines: list[list[int]] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)


def _prefix_key(text: str) -> str:
    return norm_key(text)[:48]


_BIO_VERB_RE = re.compile(
    r"\s+(?:is|was|has|writes|covers|reports|joined|previously|received|also|can be (?:reached|contacted|emailed)|"
    r"ist|war|kam|arbeitet|schreibt|berichtet|studierte|leitet|"
    r"est|était|a rejoint|travaille|écrit|couvre|"
    r"es|fue|trabaja|escribe|cubre|"
    r"è|era|lavora|scrive)\b"
)
"""What an author bio says right after the writer's name ('Markus Balser kam 2001 zur …', 'Jane Roe est …')."""


def _names_the_writer(ln: Line, author_names: list[str], whole_name: bool = False) -> bool:
    """The line opens with the byline's writer (the first name is enough unless ``whole_name``) and a bio's verb
    ('Markus Balser kam 2001 zur …')."""
    t = ln.text
    for name in author_names:
        first = name.split()[0]
        if len(first) > 2 and (t.startswith(name + " ") or (not whole_name and t.startswith(first + " "))):
            rest = t[len(name) :] if t.startswith(name) else t[len(first) :]
            if _BIO_VERB_RE.match(rest):
                return True
    return False


def _credits_the_writer(text: str, author_keys: set[str]) -> bool:
    """The line is the article's writer again: the name alone, or a byline naming only the article's writers
    ('Von Johannes Knuth' under a teaser of the writer's other story)."""
    if norm_key(text) in author_keys:
        return True
    names = parse_byline(text)
    return bool(names) and all(norm_key(name) in author_keys for name in names)


def _bio_like(ln: Line, author_names: list[str]) -> bool:
    t = ln.text
    return _names_the_writer(ln, author_names) or bool(BIO_RE.match(t[:300])) or bool(_CONTACT_RE.match(t[:200]))


def filter_region(
    lines: list[Line],
    reasons: list[str | None],
    first: int,
    last: int,
    skip: dict[int, str],
    author_names: list[str],
) -> BodyResult:
    """Turn the region ``lines[first..last]`` into paragraphs, dropping furniture with a reason.

    ``skip`` holds lines already identified as title copies, bylines and datelines.
    """
    res = BodyResult()
    idx = [i for i in range(first, last + 1) if lines[i].text]
    listing = {i for i in code_block_lines(lines[: last + 1]) if i >= first and i not in skip}
    drop = res.dropped
    author_keys = {norm_key(a) for a in author_names}
    for i, reason in (_gallery_lines(lines, idx) | _teaser_lines(lines, idx)).items():
        if i not in skip:
            drop[i] = reason
    # Pass 1: single-line rules.
    prefix_seen: dict[str, int] = {}
    seen_paragraphs: dict[str, int] = {}
    for pos, i in enumerate(idx):
        ln = lines[i]
        if i in skip:
            drop[i] = skip[i]
            continue
        if i in drop:
            continue
        reason = reasons[i]
        if reason is None and ARTICLE_END_RE.match(ln.scan):
            reason = "footer"
        if reason is not None:
            drop[i] = reason
            continue
        if ln.is_placeholder:
            drop[i] = "image"
            continue
        if (
            caption_like(ln.text)
            or picture_text(ln.text)
            or _alt_above_caption(lines, i)
            or printed_twice_on_its_line(ln.text)
            or (pos > 0 and CAPTION_LABEL_RE.match(lines[idx[pos - 1]].text) is not None)
        ):
            drop[i] = "caption"  # a caption, or the line under its label ('Image caption,')
            continue
        if author_keys and len(ln.text) < 200 and _credits_the_writer(ln.text, author_keys):
            drop[i] = "byline"
            continue
        if ln.is_prose and ln.words >= REPEAT_WORDS:
            first_copy = seen_paragraphs.setdefault(norm_key(ln.text), i)
            if first_copy not in (i, i - 1):
                drop[i] = "duplicate"  # the page prints the article (or a paragraph of it) a second time
                continue
        key = _prefix_key(ln.text) if len(ln.text) >= 30 else ""
        if len(key) >= 30:
            prev = prefix_seen.get(key)
            if prev is not None and pos - prev <= 4:
                j = idx[prev]
                # the same line right under itself, no blank between, is a picture's alt text and its caption
                if norm_key(lines[j].text) == norm_key(ln.text) and ln.is_prose and j != i - 1:
                    drop[i] = "duplicate"
                else:
                    drop[i] = "caption"
                    drop.setdefault(j, "caption")
                    if drop[j] != "caption" and j not in skip:
                        drop[j] = "caption"
                continue
            prefix_seen[key] = pos
    # Pass 2: headers of link blocks swallow the run of short lines that follows them.
    for pos, i in enumerate(idx):
        if drop.get(i) in HEADER_REASONS or (
            drop.get(i) == "read-more link" and lines[i].words <= 3 and lines[i].text.rstrip().endswith(":")
        ):
            reason = drop[i]
            for j in _teaser_card(lines, idx, pos + 1):
                drop.setdefault(j, reason)
            for j in idx[pos + 1 :]:
                lj = lines[j]
                if drop.get(j) != reason and (_prose_line(lj) or _indented_paragraph(lines, j)):
                    break
                drop.setdefault(j, reason)
    # Pass 3: author bios under the byline, and bios and trailing credits near the end.
    _drop_after_bio(lines, idx, drop, author_names)
    _drop_bio_under_byline(lines, idx, drop, skip, author_names)
    tail = [i for i in idx if i not in drop][-4:]
    for i in tail:
        if _bio_like(lines[i], author_names):
            drop[i] = "author bio"
    # Pass 4: short lines: subheading when alone between prose, else navigation (rule); then the
    # line models weigh every remaining line (short lines and prose).
    kept = [i for i in idx if i not in drop and i not in listing]
    prose_flags = [_prose_line(lines[i]) for i in kept]
    models = shortlines.WEIGHTS
    tracing = shortlines.TRACE is not None
    ctx = shortlines.region_context(lines, idx, kept, prose_flags, drop) if models or tracing else None
    for k, i in enumerate(kept):
        kind = "prose" if prose_flags[k] else "short"
        rule_keep = True if prose_flags[k] else _short_rule_keep(lines, kept, k, prose_flags)
        keep = rule_keep
        if ctx is not None:
            feats = shortlines.features(ctx, k, rule_keep)
            if shortlines.TRACE is not None:
                shortlines.TRACE.append((kind, lines[i].no, lines[i].text, feats))
            weights = models.get(kind) if models else None
            if weights:
                keep = shortlines.keep_probability(weights, feats) >= weights.get("_threshold", 0.5)
        if not keep:
            drop[i] = "navigation" if kind == "short" else "unlikely article text"
    _keep_article_lists(lines, idx, drop)
    # Captions only their credit gives away: after the line models, whose context a dropped line would shift.
    for i, reason in _credited_captions(lines, idx).items():
        if i not in drop:
            drop[i] = reason
    _follow_wrapped_lines(lines, idx, drop)
    for i in listing:
        drop.pop(i, None)  # a listing's lines read like furniture to every rule above
    # Pass 5: assemble paragraphs (joining lines wrapped at the dump width, and a listing's lines as printed).
    kept = [i for i in idx if i not in drop]
    for i in kept:
        ln = lines[i]
        if i in listing:
            _add_listing_line(res, lines, i, listing)
            continue
        text = ln.text if ln.bullet is None or not ln.bullet[0].isdigit() else f"{ln.bullet} {ln.text}"
        if res.kept_lines and _wrapped_at_dump_width(lines[res.kept_lines[-1][-1]]) and i == res.kept_lines[-1][-1] + 1:
            res.paragraphs[-1] = res.paragraphs[-1] + " " + text
            res.kept_lines[-1].append(i)
            continue
        if ln.heading_shaped:
            res.headings.append(len(res.paragraphs))
        res.paragraphs.append(" ".join(text.split()))
        res.kept_lines.append([i])
    for k, group in enumerate(res.kept_lines):
        if group[0] in listing:
            res.paragraphs[k] = textwrap.dedent(res.paragraphs[k])
    _drop_reprinted_paragraphs(res)
    return res


def _add_listing_line(res: BodyResult, lines: list[Line], i: int, listing: set[int]) -> None:
    """Add line ``i`` of a listing to the paragraph of the line right above it when that is a line of the same
    listing, else start a paragraph. The listing keeps its line breaks and indentation (outdented as a whole at
    the end); cells the text browser split off a line go back on it."""
    last = res.kept_lines[-1][-1] if res.kept_lines else None
    if last is not None and last == i - 1 and last in listing:
        same_line = lines[last].no == lines[i].no
        res.paragraphs[-1] += " " + lines[i].text if same_line else "\n" + lines[i].raw.rstrip()
        res.kept_lines[-1].append(i)
        return
    res.paragraphs.append(lines[i].raw.rstrip())
    res.kept_lines.append([i])


REPRINT_SHINGLE_WORDS = 5
REPRINT_SHARE = 0.8
"""A paragraph whose runs of ``REPRINT_SHINGLE_WORDS`` words are this much printed above it, in two paragraphs or
more, is a second print of the article."""
_TOKEN_RE = re.compile(r"\w+")


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _TOKEN_RE.findall(text.casefold())
    return {tuple(words[k : k + REPRINT_SHINGLE_WORDS]) for k in range(len(words) - REPRINT_SHINGLE_WORDS + 1)}


def _drop_reprinted_paragraphs(res: BodyResult) -> None:
    """Drop a paragraph glued from the paragraphs above it: a page that prints its article a second time without
    paragraph breaks (a print or preview version, in lines cut at the dump's width) under the article itself.
    Runs of ``REPRINT_SHINGLE_WORDS`` words are compared, and they must come from two paragraphs or more: a
    sentence the article itself says twice ('These remarks mark an important step …') stays."""
    seen: dict[tuple[str, ...], int] = {}
    keep: list[int] = []
    for k, para in enumerate(res.paragraphs):
        own = _shingles(para)
        sources = [seen[sh] for sh in own if sh in seen]
        if (
            len(para.split()) >= REPEAT_WORDS
            and own
            and len(sources) >= REPRINT_SHARE * len(own)
            and len(set(sources)) >= 2
        ):
            res.dropped.update((i, "duplicate") for i in res.kept_lines[k])
            continue
        for sh in own:
            seen.setdefault(sh, k)
        keep.append(k)
    if len(keep) == len(res.paragraphs):
        return
    new_pos = {k: n for n, k in enumerate(keep)}
    res.headings = [new_pos[h] for h in res.headings if h in new_pos]
    res.paragraphs = [res.paragraphs[k] for k in keep]
    res.kept_lines = [res.kept_lines[k] for k in keep]


BIO_END_SHARE = 0.6
"""An author bio after this share of the region's prose words ends the article: what follows it is the page's."""


_BIO_EMPLOYER_RE = re.compile(r"\s+(?:for|at|with|of|bei|für|pour|chez|à|para|en|per|presso|di|a)\s+\S")


def _writer_bio(ln: Line) -> bool:
    """A bio naming the writer's employer ('John Nichols is a national affairs correspondent for The Nation')."""
    m = WRITER_BIO_RE.match(ln.text[:300])
    return m is not None and 2 <= len(m.group("name").split()) <= 4 and bool(_BIO_EMPLOYER_RE.match(ln.text, m.end()))


BYLINE_REACH = 3
"""A bio under the byline stands at most this many non-blank lines below it."""


def _drop_bio_under_byline(
    lines: list[Line], idx: list[int], drop: dict[int, str], skip: dict[int, str], author_names: list[str]
) -> None:
    """Drop the writer's bio printed under the byline ('Von Markus Balser, Berlin' / 'Markus Balser' / 'Markus
    Balser kam 2001 zur Süddeutschen Zeitung …'): the first prose line a few lines under the page's first byline
    (inside the region or just above it), opening with the writer's full name and a bio's verb."""
    full_names = [name for name in author_names if len(name.split()) >= 2]
    bylines = sorted(i for i, reason in skip.items() if reason == "byline")
    if not full_names or not bylines:
        return
    below = islice((i for i in range(bylines[0] + 1, len(lines)) if lines[i].text and i not in skip), BYLINE_REACH)
    for i in below:
        if i in drop or not lines[i].is_prose:
            continue
        if idx and idx[0] <= i <= idx[-1] and _names_the_writer(lines[i], full_names, whole_name=True):
            drop[i] = "author bio"
        return


def _drop_after_bio(lines: list[Line], idx: list[int], drop: dict[int, str], author_names: list[str]) -> None:
    """Drop an author bio in the last part of the region and every line after it ('John Nichols is a national
    affairs correspondent for …' / a pull quote / teasers); the byline's writer opening a bio sentence counts too
    ('Markus Balser kam 2001 zur Süddeutschen Zeitung')."""
    prose = [lines[i].words if lines[i].is_prose and i not in drop else 0 for i in idx]
    total = sum(prose) or 1
    seen = 0
    for pos, i in enumerate(idx):
        before = seen
        seen += prose[pos]
        if before < BIO_END_SHARE * total or i in drop:
            continue  # the regular expressions run on the last part of the region only
        if _writer_bio(lines[i]) or _names_the_writer(lines[i], author_names):
            drop[i] = "author bio"
            for j in idx[pos + 1 :]:
                drop.setdefault(j, "after the author bio")
            return


ALT_TEXT_WORDS = 6
DUMP_WRAP_CHARS = 990
"""A line at least this long was cut where the text dump's 1,000 columns end; its paragraph runs on below."""


def _wrapped_at_dump_width(line: Line) -> bool:
    """True when the text browser cut this line at the dump's width, so the next line continues it."""
    return len(line.raw) >= DUMP_WRAP_CHARS


def _follow_wrapped_lines(lines: list[Line], idx: list[int], drop: dict[int, str]) -> None:
    """The rest of a paragraph cut at the dump's width shares its first line's fate: kept with it, or dropped for
    the same reason (the rest alone is a fragment that no rule should judge on its own)."""
    region = set(idx)
    for i in idx:
        if i - 1 not in region or not _wrapped_at_dump_width(lines[i - 1]):
            continue
        if i - 1 in drop:
            drop[i] = drop[i - 1]
        else:
            drop.pop(i, None)


TWICE_MIN_CHARS = 20
"""A half this long (in characters) printed twice on one line is a picture's alt text and its caption ..."""
TWICE_MIN_WORDS = 3
"""... and this long in words: a rule of '━' characters printed across the line is no caption."""


def printed_twice_on_its_line(text: str) -> bool:
    """'A fallen tree is removed from a car in Odessa, Texas, on November 25. A fallen tree is removed from a car in
    Odessa, Texas, on November 25.': a gallery's picture, whose alt text and caption the text browser prints side by
    side; no paragraph of a story says the same thing twice in a row."""
    t = text.strip()
    half = len(t) // 2
    for cut in range(max(half - 1, 0), half + 2):
        first, second = t[:cut].strip(), t[cut:].strip()
        if len(first) >= TWICE_MIN_CHARS and first == second and len(first.split()) >= TWICE_MIN_WORDS:
            return True
    return False


def _alt_above_caption(lines: list[Line], i: int) -> bool:
    """A picture's description printed right above its caption, the two lines apart from the text around them
    ('Dach einer geparkten Straßenbahn …' / 'Bei den älteren Straßenbahn-Modellen …'): a text browser separates
    paragraphs by a blank line, not an image's alt text from its caption."""
    ln = lines[i]
    if ln.words < ALT_TEXT_WORDS or ln.ends_sentence or ln.bullet is not None or i + 1 >= len(lines):
        return False
    if _wrapped_at_dump_width(ln):
        return False  # the paragraph runs on in the next line, cut where the dump's width ends
    nxt = lines[i + 1]
    if not nxt.text or nxt.bullet is not None or not nxt.is_prose:
        return False
    before_blank = i == 0 or not lines[i - 1].text
    after_blank = i + 2 >= len(lines) or not lines[i + 2].text
    return before_blank and after_blank


CARD_MAX_LINES = 4
"""A related-links header's teaser card: at most this many lines printed without a blank between them."""


def _teaser_card(lines: list[Line], idx: list[int], start: int) -> list[int]:
    """The lines of the block right under a related-links header when it is a teaser card: two to
    ``CARD_MAX_LINES`` lines with no blank between them and a blank after ('Summary …' / 'Headline' / 'By X').
    A paragraph of the article is one line (or wrapped lines joined later), set apart by blank lines."""
    block: list[int] = []
    for j in idx[start : start + CARD_MAX_LINES + 1]:
        if block and lines[j].blank_before:
            break
        block.append(j)
    if 2 <= len(block) <= CARD_MAX_LINES and lines[block[-1]].blank_after and lines[block[0]].blank_before:
        return block
    return []


CAPTION_MAX_WORDS = 40
"""A caption above a picture's credit is at most this long."""


_PICTURE_WORD_RE = re.compile(r"(?i)^(?:image|images|photo|photos|foto|fotos|bild|picture|video|illustration)\W*$")


def _credit_line(text: str) -> bool:
    """A line that is only a picture's credit ('Getty Images', 'REUTERS', '© Imago/Zoonar/Phil Bird'), not a bare
    'Image' placeholder."""
    return (
        len(text.split()) <= CREDIT_MAX_WORDS
        and not _PICTURE_WORD_RE.match(text.strip())
        and (caption_like(text) or short_credit(text))
    )


def _credited_captions(lines: list[Line], idx: list[int]) -> dict[int, str]:
    """Captions that only their credit line gives away: the line printed right above a lone credit, with no blank
    between ('Chelsea fans produced a banner …' / 'REUTERS'), a line printed twice over one ('Ein Blick über
    Santa Cruz …' twice, then '© Imago/Zoonar/Phil Bird': the picture's alt text and its caption), and a picture's
    alt text over a credited caption (see :func:`_alt_text_over`)."""
    found: dict[int, str] = {}
    credits = [_credit_line(lines[i].text) for i in idx]
    for pos in range(1, len(idx)):
        c, above = idx[pos], idx[pos - 1]
        if credits[pos]:
            if lines[above].words > CAPTION_MAX_WORDS or credits[pos - 1]:
                continue
            if not lines[c].blank_before:
                found[above] = "caption"
            elif pos >= 2 and norm_key(lines[idx[pos - 2]].text) == norm_key(lines[above].text):
                found[above] = found[idx[pos - 2]] = "caption"
        elif _alt_text_over(lines[above], lines[c]):
            found[above] = "caption"
    return found


ALT_TEXT_MAX_WORDS = 16
"""A picture's alt text printed over its caption is at most this long."""
CREDITED_CAPTION_MIN_WORDS = 8
"""A caption that shows its picture's alt text above it is at least this long."""
ALT_TEXT_SHARE = 0.5
"""At least this share of an alt text's longer words recur in the caption under it."""
_LONG_WORD_RE = re.compile(r"\w{4,}")


def _alt_text_over(line: Line, caption: Line) -> bool:
    """A short line a blank line above a caption that ends with its credit and says the same ('Sweden's updated
    war pamphlet.' / 'The English version of Sweden's new war pamphlet (Picture: …)'): the picture's alt text.
    A sentence of the article above a picture names other things than its caption."""
    if not (
        caption.blank_before
        and caption.words >= CREDITED_CAPTION_MIN_WORDS
        and line.words <= ALT_TEXT_MAX_WORDS
        and caption_like(caption.text)
        and not caption.text.lstrip().startswith("©")
        and "rights reserved" not in caption.text.lower()
        and not caption_like(line.text)
    ):
        return False
    words = {w.casefold() for w in _LONG_WORD_RE.findall(line.text)}
    shared = words & {w.casefold() for w in _LONG_WORD_RE.findall(caption.text)}
    return bool(words) and len(shared) >= ALT_TEXT_SHARE * len(words)


GALLERY_MIN_REPEATS = 3
"""A short line printed this often inside the article is a label: a gallery's slide title, 'Read article'."""
_SLIDE_COUNTER_RE = re.compile(r"^\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*")


_POST_ATTRIBUTION_RE = re.compile(r"^[—–-]\s?[^()]{1,80}\(@\w{1,30}\)\s*\w")
"""The line that closes an embedded social post: '— Jane Roe (@janeroe) July 16, 2026'."""
EMBED_MAX_LINES = 12
POST_MAX_CHARS = 280
"""A post's text is at most this long without its links; a block above that would overrun it is a quotation of the
article's own, indented like the post."""
_LINK_RE = re.compile(r"\S*(?:https?://|pic\.twitter\.com/)\S*")


def embedded_post_lines(lines: list[Line], idx: list[int]) -> set[int]:
    """Embedded social posts, which the article quotes: the attribution line, and the post's text above it when the
    text browser indents the post as a quotation (every line up to the article's own, less indented, paragraph).
    The block right above the attribution is the post; a block further up belongs to it only while the post stays
    within a post's length."""
    found: set[int] = set()
    for pos, i in enumerate(idx):
        ln = lines[i]
        if not _POST_ATTRIBUTION_RE.match(ln.text):
            continue
        found.add(i)
        if ln.indent == 0:
            continue
        chars, first_block = 0, True
        for j in reversed(idx[max(0, pos - EMBED_MAX_LINES) : pos]):
            if lines[j].indent < ln.indent or j in found:
                break
            chars += len(_LINK_RE.sub("", lines[j].text).strip())
            if not first_block and chars > POST_MAX_CHARS:
                break
            found.add(j)
            first_block = first_block and not lines[j].blank_before
    return found


def _gallery_lines(lines: list[Line], idx: list[int]) -> dict[int, str]:
    """Slide labels of a photo gallery and the caption under each ('Brazil protests' ×20, '1/21Europe …').

    A caption is the line under a label when a photo credit follows it; without labels repeated
    ``GALLERY_MIN_REPEATS`` times nothing is marked, so a lone image credit never costs a paragraph.
    """
    keys: dict[int, str] = {}
    for i in idx:
        ln = lines[i]
        if ln.words <= 10 and not ln.ends_sentence and not ln.text.rstrip().endswith(":"):  # 'Q:' is a speaker
            keys[i] = norm_key(_SLIDE_COUNTER_RE.sub("", ln.text))
    counts = Counter(k for k in keys.values() if k)
    labels = {k for k, n in counts.items() if n >= GALLERY_MIN_REPEATS}
    found: dict[int, str] = {}
    if not labels:
        return found
    for pos, i in enumerate(idx):
        if keys.get(i) not in labels:
            continue
        found[i] = "repeated label"
        nxt = idx[pos + 1 : pos + 3]
        if len(nxt) == 2 and keys.get(nxt[0]) not in labels and caption_like(lines[nxt[1]].text):
            found[nxt[0]] = "caption"
    return found


_MORE_LINK_RE = re.compile(r"^[\[(]?" + MORE_LINK + r"[\])]?\s*[»›>…]*$", re.IGNORECASE)
"""A bare 'more' link under a teaser ('mehr', 'Read more »')."""
TEASER_RUN = 12
"""A 'more' link counts as a teaser's when another one stands within this many non-blank lines of it."""


def _teaser_lines(lines: list[Line], idx: list[int]) -> dict[int, str]:
    """Teasers of other stories printed after (or around) the article: a short headline, a summary paragraph, a
    bare 'more' link, repeated. A single 'more' at the article's end closes the article instead."""
    if not idx:
        return {}
    after = [j for j in range(idx[-1] + 1, min(len(lines), idx[-1] + 6)) if lines[j].text][:1]
    seq = idx + after  # the last teaser's 'more' may sit just past the region
    more = [pos for pos, i in enumerate(seq) if lines[i].words <= 3 and _MORE_LINK_RE.match(lines[i].text)]
    found: dict[int, str] = {}
    for pos in more:
        if pos < 2 or not any(0 < abs(other - pos) <= TEASER_RUN for other in more):
            continue
        summary, headline = lines[seq[pos - 1]], lines[seq[pos - 2]]
        if summary.words >= 12 and headline.words <= 15 and not headline.ends_sentence:
            found[seq[pos - 2]] = found[seq[pos - 1]] = "teaser"
    return found


_NUMBER_RE = re.compile(r"^(\d{1,2})[.)]$")
_SHORT_DROPS = frozenset({"navigation", "unlikely article text"})


ANNOUNCING_WORDS = 3
"""A line announcing a list has at least this many words ('Shop the illustration here:'; 'Menu:' is no sentence)."""


def _announces_list(ln: Line) -> bool:
    """A sentence ending with a colon, as lines that announce a list do."""
    return ln.words >= ANNOUNCING_WORDS and ln.bullet is None and ln.text.rstrip().endswith(":")


def _numbered_items(lines: list[Line], after: list[int]) -> list[int]:
    """The lines of ``after`` that go on numbering a list from 1 ('1.', '2)' …), up to the first that does not."""
    items: list[int] = []
    for j in after:
        m = _NUMBER_RE.match(lines[j].bullet or "")
        if m is None or int(m.group(1)) != len(items) + 1:
            break
        items.append(j)
    return items


def announced_list_items(lines: list[Line], idx: list[int], skip: Container[int] = ()) -> set[int]:
    """Items of numbered lists that a sentence announces with a colon ("… as follows:" / "1. Finland" /
    "2. Norway" …): article text, however short the items. ``skip`` holds intro lines that do not count."""
    found: set[int] = set()
    for pos, i in enumerate(idx):
        if i not in skip and _announces_list(lines[i]):
            items = _numbered_items(lines, idx[pos + 1 :])
            if len(items) >= 2:
                found.update(items)
    return found


def announced_bullet_items(lines: list[Line], idx: list[int], skip: Container[int] = ()) -> set[int]:
    """Items of a bulleted list that a sentence of the article announces with a colon ('… test whether your
    visitors would rather have:' / '• Free shipping …' / '• 10% off …'): the article's own list, however short its
    items. ``skip`` holds intro lines that do not count (dropped ones)."""
    found: set[int] = set()
    for pos, i in enumerate(idx):
        if i in skip or not _announces_list(lines[i]) or not lines[i].is_prose:
            continue
        items = list(takewhile(lambda j: lines[j].bullet is not None, idx[pos + 1 :]))
        if len(items) >= 2 and not any(_NUMBER_RE.match(lines[j].bullet or "") for j in items):
            found.update(items)
    return found


_SEMICOLON_END_RE = re.compile(r";(?:\s+(?:and|or|und|oder|et|ou|y|o|e|en|of))?$")
"""An item that ends with a semicolon, maybe with the 'and' before the last one ('… stakeholders; and')."""
SEMICOLON_ITEMS = 2
"""A run of list items with at least this many ending in a semicolon is the article's own list."""
SEMICOLON_ITEM_WORDS = 3
"""... when each of its items is at least this long (a menu's entries are shorter, and never end so)."""


def semicolon_list_items(lines: list[Line], idx: list[int]) -> set[int]:
    """The items of a bulleted list written as one sentence ('Once allocated sites, traders are expected to:' /
    '• Operate only within designated areas;' / '• Avoid restricted or prohibited spaces;' / … '• Work with the
    City.'): items that end with semicolons are clauses of the article, however short; menus and teasers never
    end their entries so."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*idx, -1]:
        if i >= 0 and lines[i].bullet is not None and lines[i].words >= SEMICOLON_ITEM_WORDS:
            run.append(i)
            continue
        if sum(1 for j in run if _SEMICOLON_END_RE.search(lines[j].text)) >= SEMICOLON_ITEMS:
            found.update(run)
        run = []
    return found


CLOSING_LIST_ITEMS = 3
"""A numbered list of at least this many items ..."""
CLOSING_LIST_LEAD = 2
"""... announced by a sentence at most this many pictures under the article's last line ends the article."""


def closing_list_end(lines: list[Line], reasons: list[str | None], last: int) -> int:
    """The article's last line, taking in a numbered list that a sentence right under it announces ('Shop the
    illustration here:' / '1. Wrap blouse, $167' / '2. …'): a list scores nothing in the region's run of prose, so
    the run stops above it. Pictures may stand between; any other furniture ends the article where it was."""
    after = [i for i in range(last + 1, len(lines)) if lines[i].text]
    lead = 0
    while lead < min(len(after), CLOSING_LIST_LEAD) and reasons[after[lead]] == "image placeholder":
        lead += 1
    if lead == len(after) or reasons[after[lead]] is not None or not _announces_list(lines[after[lead]]):
        return last
    items = _numbered_items(lines, after[lead + 1 :])
    if len(items) < CLOSING_LIST_ITEMS or any(reasons[j] is not None for j in items):
        return last
    return items[-1]


SENTENCE_RUN_LINES = 12
"""A stretch of text with at least this many short lines ending like sentences, ..."""
SENTENCE_RUN_SHARE = 0.75
"""... and this share of all its short lines, is article text: a list of jokes, questions and answers, a poem, a
dialogue. Menus and teaser lists seldom end their entries with a full stop, '?' or '!'."""


def _ends_sentence_short(ln: Line) -> bool:
    """Two words or more ending with a full stop, '?', '!' or an ellipsis (a closing quote aside)."""
    return ln.words >= 2 and ln.end_char in SENTENCE_END


def sentence_run_lines(lines: list[Line], idx: list[int], stops: Container[int] = ()) -> set[int]:
    """The sentence-ending short lines of stretches whose short lines mostly end like sentences (see
    :data:`SENTENCE_RUN_LINES`). Only a line in ``stops`` (furniture) ends a stretch; paragraphs between the
    short lines do not (the longer jokes of a list are prose lines)."""
    found: set[int] = set()
    run: list[int] = []

    def close() -> None:
        ended = [j for j in run if _ends_sentence_short(lines[j])]
        if len(ended) >= SENTENCE_RUN_LINES and len(ended) >= SENTENCE_RUN_SHARE * len(run):
            found.update(ended)
        run.clear()

    for i in idx:
        ln = lines[i]
        if i in stops:
            close()
        elif not _prose_line(ln):
            run.append(i)
    close()
    return found


def numbered_subheadings(lines: list[Line], idx: list[int]) -> set[int]:
    """Numbered subheadings of a listicle ('1. Zero rating is a thing' / prose … / '2. Merger mania' / prose):
    short numbered lines with prose above and below them, numbered one after the other, two or more."""
    found: set[int] = set()
    run: list[int] = []
    last_number = 0
    for pos in range(1, len(idx) - 1):
        ln = lines[idx[pos]]
        m = _NUMBER_RE.match(ln.bullet or "")
        if m is None or not ln.heading_shaped:
            continue
        before, after = lines[idx[pos - 1]], lines[idx[pos + 1]]
        if not (_prose_line(after) and before.is_prose):
            continue
        number = int(m.group(1))
        if number != last_number + 1:
            run = []
        run.append(idx[pos])
        last_number = number
        if len(run) >= 2:
            found.update(run)
    return found


NUMBERED_FACTS = 3
"""A listicle's numbered sentences, counted from 1 with something printed between each two, at least this many."""
NUMBERED_FACT_WORDS = 4
"""... each at least this many words long and ending like a sentence."""


def numbered_sentences(lines: list[Line], idx: list[int]) -> set[int]:
    """The numbered facts of a listicle ('1. Evergrande besaß mehr als 1300 Immobilienprojekte in China.' / a
    picture, an embed's notice … / '2. Evergrande war mit 300 Milliarden Dollar verschuldet …'): sentences numbered
    one after the other from 1, none right under the one before; a list of teasers prints its numbered headlines
    one under another, and without a full stop."""
    found: set[int] = set()
    run: list[int] = []
    last_pos = -2
    for pos, i in enumerate(idx):
        ln = lines[i]
        m = _NUMBER_RE.match(ln.bullet or "")
        if m is None or ln.words < NUMBERED_FACT_WORDS or not _ends_sentence_short(ln):
            continue
        number = int(m.group(1))
        if number == len(run) + 1 and (not run or last_pos < pos - 1):
            run.append(i)
        else:
            run = [i] if number == 1 else []
        last_pos = pos
        if len(run) >= NUMBERED_FACTS:
            found.update(run)
    return found


def _keep_article_lists(lines: list[Line], idx: list[int], drop: dict[int, str]) -> None:
    """Undo the short-line drops of the items of an announced numbered list (see :func:`announced_list_items`),
    of a list whose items end with semicolons (see :func:`semicolon_list_items`), of a listicle's numbered sentences
    (see :func:`numbered_sentences`), of fact lists (see :func:`~search.cleaning.factlists.fact_list_lines`), of
    embedded posts (see :func:`embedded_post_lines`), of numbered subheadings (see :func:`numbered_subheadings`)
    and of runs of short sentences (see :func:`sentence_run_lines`)."""
    furniture = {i for i, reason in drop.items() if reason not in _SHORT_DROPS}
    found = (
        announced_list_items(lines, idx, skip=drop)
        | announced_bullet_items(lines, idx, skip=drop)
        | numbered_subheadings(lines, idx)
        | semicolon_list_items(lines, idx)
        | numbered_sentences(lines, idx)
        | fact_list_lines(lines, idx)
        | embedded_post_lines(lines, idx)
    )
    for j in found | sentence_run_lines(lines, idx, furniture):
        if drop.get(j) in _SHORT_DROPS:
            del drop[j]


def _short_rule_keep(lines: list[Line], kept: list[int], k: int, prose_flags: list[bool]) -> bool:
    """The hand-written rule for a non-prose line inside the region: keep it?"""
    ln = lines[kept[k]]
    prev_short = k > 0 and not prose_flags[k - 1]
    next_prose = k + 1 < len(kept) and prose_flags[k + 1]
    next_short = k + 1 < len(kept) and not prose_flags[k + 1]
    if ln.bullet is not None or ln.in_list:
        if _full_sentence_item(ln):
            return True  # an item of a list of full sentences
        return ln.is_prose and (prev_short or next_prose) and ln.words >= 12  # a list inside the article
    if ln.words >= 4 and ln.ends_sentence and ln.text[-1] in '.!?:"”»’' and not (prev_short and next_short):
        return True  # a short sentence
    return not (prev_short or next_short or not next_prose or ln.words > 16 or ln.words == 0)


def _prose_line(ln: Line) -> bool:
    return ln.is_prose and ln.bullet is None and not ln.in_list


def _indented_paragraph(lines: list[Line], i: int) -> bool:
    """A sentence-ending paragraph indented as a list's continuation, not an item itself: a page laid out in a
    table indents its whole article so, while a link list's teasers are items (a bullet on the line, or a bare
    marker right above it: ' 1.' / '    Headline …')."""
    ln = lines[i]
    if not (ln.in_list and ln.bullet is None and _full_sentence_item(ln)):
        return False
    return not (i > 0 and lines[i - 1].bullet is not None and not lines[i - 1].text)
