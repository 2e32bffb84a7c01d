"""Headline candidates with general page features, ranked by a small linear model.

Candidates are the lines in a window above the article body (and the first lines of the body), the
lines repeated elsewhere on the page, and each line's variants without a site suffix, a breadcrumb
or a kicker prefix ("Politics|Headline"). Every candidate gets features that do not depend on any
particular outlet — distance to the body, neighbouring byline/date lines, repetition on the page,
length and shape, overlap with the opening of the body, interface and caption words, list/menu
context, the rule scorer's opinion — and a linear score; the page's best candidate wins. Weights are
fitted by ``bench/train_title.py`` (a per-page softmax) and shipped in
:mod:`search.cleaning.meta_title_weights`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Mapping
from itertools import takewhile

from search.cleaning.bylines import desk_credit_line, writer_with_role
from search.cleaning.dates import find_dates
from search.cleaning.lines import Line
from search.cleaning.meta_title_weights import TITLE_BIAS, TITLE_WEIGHTS
from search.cleaning.patterns import (
    CAPTION_LABEL_RE,
    CELL_GAP_RE,
    DISCLAIMER_RE,
    ENDS_WITH_MORE_LINK_RE,
    UI_WORDS,
    breadcrumb_trail,
    caption_like,
    cell_row,
    names_picture_positions,
)
from search.cleaning.wordlists import is_place_name

WINDOW_BEFORE = 60
"""Non-blank lines above the body start that are looked at."""
WINDOW_AFTER = 20
"""Non-blank lines from the body start on that are looked at."""
MAX_FAR = 12
"""At most this many repeated lines from outside the window."""

_PREFIX_SEP_RE = re.compile(r"^(?P<kicker>[^|»›«:]{2,40}?)\s*(?:\||»|›)\s*(?P<rest>\S.*)$")
_TRAILING_BYLINE_RE = re.compile(
    r"^(?P<head>.{12,}?)\s*[,|–—-]?\s+(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+"
    r"[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]+){1,3}$"
)
"""A headline line with the writer's name glued on ('… - By Jane Roe'); one capitalised word after 'von' is more
often the headline's own ('Panzer in Norden von Rafah')."""
_POSSESSIVE_RE = re.compile(r"\w['’]s\b")
"""A possessive ('… Developed by China's Army'): the words after 'by' are the headline's own, not a writer's name."""
_TOKEN_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d")
_SPACE_RE = re.compile(r"\s+")
_IMAGE_RE = re.compile(
    r"\b(?:photo|photos|foto|fotos|image|images|imagen|bild|bilder|picture|pictures|gallery|galerie|galería|"
    r"getty|afp|ap photo|reuters|epa|dpa|shutterstock|istock|credit|crédit|headshot|enlarge|zoom|"
    r"screenshot|illustration|ilustrasi|ilustración|ilustração|illustrazione|ilustracja|illustratie|"
    r"иллюстрация|video|vidéo|vídeo|file photo|©)\b",
    re.IGNORECASE,
)

_CAPS_RATIO_MIN_LETTERS = 4


def _content_tokens(text: str) -> set[str]:
    return {t for t in _TOKEN_RE.findall(text.lower()) if len(t) >= 4}


def _grams(text: str) -> set[str]:
    """Character trigrams of lowercased text without spaces (works for scripts without spaces too)."""
    t = _SPACE_RE.sub(" ", text[:160].lower())
    return {t[k : k + 3] for k in range(len(t) - 2)}


GAP_LABEL_WORDS = 4
"""A section's label printed in a cell before the headline's, a wide gap apart, has at most this many words."""


def _variants(
    text: str,
    split_suffix: Callable[[str], tuple[str, str | None]],
    strip_breadcrumb: Callable[[str], str],
    norm_key: Callable[[str], str],
    keys: dict[str, list[int]],
) -> list[tuple[str, str]]:
    """(kind, text) forms of a line that may be the headline.

    Besides the whole line: without breadcrumb, without a site suffix, without a kicker before a
    separator, and — when the rest is printed on its own elsewhere on the page — without a few
    leading words (a kicker glued to the headline) or trailing words (a glued credit or UI label).
    """
    cells = CELL_GAP_RE.split(text.strip())
    if len(cells) == 2 and len(cells[0].split()) <= GAP_LABEL_WORDS and len(cells[1].split()) >= 3:
        text = cells[1]  # a label's cell beside the headline's ('FEATURED NEWS       "I stayed …'): the headline's
    out = [("full", text)]
    crumb = strip_breadcrumb(text)
    if crumb != text:
        out.append(("crumb", crumb))
    core, suffix = split_suffix(crumb)
    if suffix is not None and core != crumb and crumb[len(core) :].lstrip()[:1] != ":":
        out.append(("core", core))  # "X : y" is French punctuation, not a site suffix
    m = _PREFIX_SEP_RE.match(crumb)
    if m and len(m.group("rest").split()) >= 3:
        out.append(("prefix", m.group("rest")))
    m = _TRAILING_BYLINE_RE.match(crumb)
    if m and len(m.group("head").split()) >= 3 and not _POSSESSIVE_RE.search(crumb, m.end("head")):
        out.append(("byline_tail", m.group("head").rstrip(" ,|–—-")))
    words = text.split()
    n = len(words)
    if 4 <= n <= 40:
        kw = norm_key(text).split()
        m_kw = len(kw)
        tail = next((k for k in range(1, min(6, m_kw - 2)) if " ".join(kw[k:]) in keys), None)
        if tail is not None:
            target = " ".join(kw[tail:])
            rest = next((" ".join(words[k:]) for k in range(1, n - 2) if norm_key(" ".join(words[k:])) == target), None)
            if rest and rest[:1].isupper() and len(target) >= 12:
                out.append(("tail", rest))
        head = next((k for k in range(1, min(6, m_kw - 2)) if " ".join(kw[: m_kw - k]) in keys), None)
        if head is not None:
            target = " ".join(kw[: m_kw - head])
            rest = next(
                (" ".join(words[: n - k]) for k in range(1, n - 2) if norm_key(" ".join(words[: n - k])) == target),
                None,
            )
            if rest and len(target) >= 12:
                out.append(("head", rest))
    return out


def not_a_headline(text: str) -> bool:
    """Lines both headline scorers leave out: a picture's caption, a sentence with its 'more' link glued after it,
    a row of cells printed apart by wide gaps, a writer's name with a job title, a row ending in a clock time, a
    disclaimer or the page's note on the article's age ('This article is more than 2 years old')."""
    return (
        (caption_like(text) and not _picture_kicker(text))
        or ENDS_WITH_MORE_LINK_RE.search(text) is not None
        or cell_row(text)
        or writer_with_role(text) is not None
        or _credit_and_place(text)
        or _TRIAL_OFFER_RE.search(text) is not None
        or keyword_row(text)
        or CLOCK_TAIL_RE.search(text) is not None
        or _prose_beside_a_cell(text)
        or desk_credit_line(text)
        or _link_arrow_tail(text)
        or _glued_menu(text)
        or _bracketed_note(text)
        or DISCLAIMER_RE.match(text) is not None
    )


PICTURE_KICKER_WORDS = 2
"""At most this many words stand before the picture word of a kicker ('Erstes Bild: …')."""
PICTURE_KICKER_HEADLINE_WORDS = 5
"""At least this many words follow its colon."""
_PICTURE_KICKER_RE = re.compile(
    rf"^(?:\S+ ){{1,{PICTURE_KICKER_WORDS}}}(?:bild|foto|photo|picture|image)\s*:\s*(?P<rest>[^/©]+)$", re.I
)


def _picture_kicker(text: str) -> bool:
    """'Erstes Bild: So könnte die Duisburger Seilbahn aussehen': a headline whose kicker names a picture, though its
    'Bild: …' reads as a credit at a caption's end. A credit is a name or an agency, not a clause of five words."""
    m = _PICTURE_KICKER_RE.match(text)
    return m is not None and len(m.group("rest").split()) >= PICTURE_KICKER_HEADLINE_WORDS


_CASE_SEAM_RE = re.compile(r"[a-z][A-Z]")
GLUED_MENU_SEAMS = 3
"""A word with this many turns from lower to upper case is a row of menu links printed without spaces."""


def _glued_menu(text: str) -> bool:
    """'HomeLatestBaseballFootballBasketball…': a menu's links glued together, not a headline ('McDonald's',
    'iPhone' and 'YouTube' turn case once)."""
    return any(len(_CASE_SEAM_RE.findall(word)) >= GLUED_MENU_SEAMS for word in text.split())


BRACKETED_NOTE_WORDS = 6
"""A line this long held whole in square brackets is an editor's note or a picture's description, not a headline."""


def _bracketed_note(text: str) -> bool:
    """'[Note: Our review was conducted on the 19/20 Outline, …]': a note (or a long picture description) in square
    brackets from end to end; a headline's tag in brackets opens it and the headline follows ('[Live] …')."""
    t = text.strip()
    return t.startswith("[") and t.endswith("]") and "]" not in t[1:-1] and len(t[1:-1].split()) >= BRACKETED_NOTE_WORDS


_ARROW_TAIL_RE = re.compile(r"\s[»›→>]+\s*$")


def _link_arrow_tail(text: str) -> bool:
    """A link that ends in an arrow after a space ('Zur mobilen Ansicht wechseln »', 'Solidify your skills at PyCon
    »'); a quotation closed by '»' opens with '«' ('« Nous sommes en guerre »')."""
    return _ARROW_TAIL_RE.search(text) is not None and "«" not in text and "‹" not in text


PROSE_CELL_WORDS = 10
"""A first cell this long that stops on a small word is a paragraph's line, not a headline."""


def _prose_beside_a_cell(text: str) -> bool:
    """A paragraph's line cut mid-sentence with another column's cell printed beside it after a wide gap ('The
    decision not to chew out Moon paid-off big dividends immediately as Moon's impact in the   Rumors: Who Is …')."""
    first = CELL_GAP_RE.split(text.strip(), maxsplit=1)
    if len(first) < 2:
        return False
    words = first[0].split()
    return len(words) >= PROSE_CELL_WORDS and words[-1].isalpha() and words[-1].islower()


CLOCK_TAIL_RE = re.compile(r"(?:^|[\s,])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.|Uhr|h))?\s*$")
"""A line ending in a clock time ('… - Google Chrome,ツール,ブラウザ 昨日, 09:00 pm'): a meta row of writer, tags and
time, no headline (none of the 1,091 hand-written titles and variants of the evaluation sets ends so)."""

KEYWORD_ROW_ITEMS = 3
"""A row of keywords has at least this many items after its label ('In this article: gear, github, internet'), one
more without a label ('Simicska Lajos, simicska, sivalkodás, fidesz')."""
KEYWORD_WORDS = 3


def keyword_row(text: str) -> bool:
    """The article's keywords in a row: short items split by commas, written in lower case after the first
    ('In this article: gear, github, internet, microsoft', 'Simicska Lajos, simicska, sivalkodás, fidesz, jobbik')."""
    if text.count(",") < KEYWORD_ROW_ITEMS - 1:
        return False
    label, colon, rest = text.partition(":")
    if not colon or "," in label or len(label.split()) > KEYWORD_WORDS:
        label, rest = "", text
    items = [item.strip() for item in rest.split(",")]
    if len(items) < KEYWORD_ROW_ITEMS + (0 if label else 1):
        return False
    if any(not 1 <= len(item.split()) <= KEYWORD_WORDS for item in items):
        return False
    lowered = items if label else items[1:]
    return all(item[:1].islower() for item in lowered)


_TRIAL_OFFER_RE = re.compile(
    r"\b\d+\s+(?:tage|days?|jours|días|dias|giorni|dagen|dni|dní|päivää)\s+(?:kostenlos|gratis|free|gratuits?|"
    r"gratuitement|grátis|gratuiti?|za darmo|zdarma|ilmaiseksi)\b",
    re.IGNORECASE,
)
"""A subscription's trial offer ('Begleite uns — 30 Tage kostenlos', '14 days free'): no headline (none of the
1,030 hand-written titles of the evaluation sets has one)."""


def _credit_and_place(text: str) -> bool:
    """A desk or a writer and the place they report from ('BBC Mundo, Ciudad de México', 'Jane Roe, Berlin'): a
    dateline row, not a headline."""
    head, sep, place = text.rpartition(", ")
    words = head.split()
    return (
        bool(sep)
        and 2 <= len(words) <= 3
        and len(place.split()) <= 3
        and all(w[:1].isupper() and not is_place_name(w) for w in words)
        and (is_place_name(place) or is_place_name(place.split()[-1]))
    )


TEASER_CARDS_MIN = 3
"""A list of at least this many picture-and-headline cards is a teaser list, not the article's header."""
TEASER_SCAN = 8
"""Non-blank lines looked at on each side of a card for the others of its list."""


_FIELD_RE = re.compile(r"^(?P<label>[A-Z][^:.!?]{0,40}[^\s:]): \S")
"""A field of a fact box: a short label, a colon and its value ('Available Lengths: 178, 186 cm')."""
FIELD_LABEL_WORDS = 5
"""A fact box's label is at most this many words ('Blister’s Measured Tip-to-Tail Length')."""


def _field(line: Line) -> bool:
    """A fact box's row: a short label, a colon and a value with no date in it ('Stand: 28.04.2023' is the
    article's metadata, not a row of a table)."""
    m = _FIELD_RE.match(line.text)
    return (
        m is not None
        and len(m.group("label").split()) <= FIELD_LABEL_WORDS
        and not find_dates(line.text, dayfirst=True)
    )


def _field_table(lines: list[Line], nonblank: list[int], meta_flags: Mapping[int, str], pos: int) -> bool:
    """True when the line at ``nonblank[pos]`` is one row of a fact box or spec sheet, with rows among the two
    non-blank lines above it and among the two below ('Stated Dimensions: 150-117-142 mm' between 'Available
    Lengths: …' and 'Core: …'), or the first row, with rows on the two lines under it. A kicker's headline
    ('Precision Farming: Moderne Sensortechnik …') may sit under teasers of the same shape, or over its own
    metadata rows ('By: …'), but not between rows on both sides."""

    def row(j: int) -> bool:
        return j not in meta_flags and _field(lines[j])

    if not _field(lines[nonblank[pos]]):
        return False
    below = [row(j) for j in nonblank[pos + 1 : pos + 3]]
    return (any(row(j) for j in nonblank[max(0, pos - 2) : pos]) and any(below)) or below == [True, True]


def _teaser_card(lines: list[Line], nonblank: list[int], pos: int) -> bool:
    """True when the line at ``nonblank[pos]`` is one card of a list of teasers: each a picture's placeholder
    followed by one headline-shaped line, three or more in a row ('[malorazova-munice]' / 'CSG dodá …' /
    '[oprava-telefon]' / 'Možnost opravy …')."""

    def under_picture(k: int) -> bool:
        return (
            1 <= k < len(nonblank)
            and lines[nonblank[k - 1]].is_placeholder
            and not lines[nonblank[k]].is_placeholder
            and lines[nonblank[k]].words >= 3
        )

    def card(k: int) -> bool:  # the next card's picture follows, or this is the last card of the list
        return under_picture(k) and (
            (k + 1 < len(nonblank) and lines[nonblank[k + 1]].is_placeholder) or under_picture(k - 2)
        )

    if not card(pos):
        return False
    near = sum(1 for k in range(pos - TEASER_SCAN, pos + TEASER_SCAN + 1) if k != pos and card(k))
    return near + 1 >= TEASER_CARDS_MIN


_LABELLED_PICTURE_RE = re.compile(r"^\S{0,20}\[[^\]]{1,60}\]$")
"""A picture's placeholder after a one-word label ('Video[video_overlay_140]')."""


def _picture_line(ln: Line) -> bool:
    """A picture's placeholder, bare or after a one-word label ('Video[video_overlay_140]')."""
    return ln.is_placeholder or _LABELLED_PICTURE_RE.match(ln.text) is not None


def _dated_picture_card(lines: list[Line], nonblank: list[int], meta_flags: Mapping[int, str], pos: int) -> bool:
    """True when the line at ``nonblank[pos]`` is one card of a list of teasers that each print a picture, a headline
    and its date ('Video[overlay]' / 'Families turn to prayer …' / 'Mon, Dec 29 2014', twice or more in a row).
    One such card alone may be the article's own head (a picture over its headline and date)."""

    def card(k: int) -> bool:
        return (
            1 <= k < len(nonblank) - 1
            and _picture_line(lines[nonblank[k - 1]])
            and nonblank[k] not in meta_flags
            and lines[nonblank[k]].words >= 3
            and meta_flags.get(nonblank[k + 1]) == "date"
        )

    if not card(pos):
        return False
    return any(card(pos + d) for d in (-3, 3))


def dated_list_run(lines: list[Line], nonblank: list[int], meta_flags: dict[int, str], pos: int) -> tuple[int, bool]:
    """How many date-and-headline pairs in a row the line at ``nonblank[pos]`` belongs to as a headline under a date
    (0 when it is none), and whether it is the last of them."""

    def card(k: int) -> bool:
        return (
            1 <= k < len(nonblank)
            and meta_flags.get(nonblank[k - 1]) == "date"
            and nonblank[k] not in meta_flags
            and lines[nonblank[k]].words >= 3
        )

    if not card(pos):
        return 0, False
    before, after = _pairs_around(card, pos, len(nonblank))
    return 1 + before + after, after == 0


def _pairs_around(is_pair: Callable[[int], bool], start: int, end: int) -> tuple[int, int]:
    """How many pairs of lines like the one at ``start`` follow one another right before it and right after it
    (``is_pair`` tells at each second position below ``end``)."""
    before = sum(1 for _ in takewhile(is_pair, range(start - 2, -1, -2)))
    after = sum(1 for _ in takewhile(is_pair, range(start + 2, end, 2)))
    return before, after


def dated_teaser(lines: list[Line], nonblank: list[int], meta_flags: dict[int, str], pos: int) -> bool:
    """True when the line at ``nonblank[pos]`` is one item of a list of dated teasers: date lines and headline-shaped
    lines taking turns, three or more pairs ('More From …': 'Sep 8, 2022' / 'Overview Of …' / 'Jul 18, 2022' /
    'Ukrainian Startups …'). The last headline of the run is spared: when the dates are printed under their headlines
    ('Other story' / 'March 1, 2020'), it is the story's own headline under the last teaser's date."""
    run, last = dated_list_run(lines, nonblank, meta_flags, pos)
    return run >= TEASER_CARDS_MIN and not last


def doubled_teaser(lines: list[Line], nonblank: list[int], pos: int) -> bool:
    """True when the line at ``nonblank[pos]`` is one item of a list whose every headline is printed twice in a row
    (a teaser's picture text and its link: 'Jön a fekete Superman?!' / 'Jön a fekete Superman?!' / 'Mick Schumacher
    szárnyal …' twice …), three or more such pairs in a row."""

    def pair(k: int) -> bool:  # the lines at k and k + 1 are one teaser printed twice
        return (
            k >= 0
            and k + 1 < len(nonblank)
            and lines[nonblank[k]].words >= 2
            and (lines[nonblank[k]].text == lines[nonblank[k + 1]].text)
        )

    start = pos if pair(pos) else pos - 1 if pair(pos - 1) else None
    if start is None:
        return False
    before, after = _pairs_around(pair, start, len(nonblank))
    return 1 + before + after >= TEASER_CARDS_MIN


def _titleish(ln: Line, meta_flags: dict[int, str], i: int, *, period_ok: bool = False) -> bool:
    """A line shaped like a headline or standfirst: several words, no final period (unless ``period_ok``), not meta
    or UI."""
    if i in meta_flags or not 3 <= ln.words <= 30 or ln.bullet is not None:
        return False
    if ln.text.endswith(".") and not period_ok:
        return False
    return not any(w in UI_WORDS for w in _TOKEN_RE.findall(ln.text.lower()))


_TEMPLATE_SLOT_RE = re.compile(r"\[[A-Za-z]+\]")
CAPTION_TAIL_WORDS = 10
"""At most this many words of photo credit follow a caption's second printing."""
_TAIL_SEPARATOR_RE = re.compile(r"^\s*(?:[|»›·•:–—-]|\.{3}|…)")


def caption_twin(lines: list[Line], nonblank: list[int], pos: int) -> bool:
    """True when the line at ``nonblank[pos]`` and the line next to it are one text, one of them with a short tail.

    That is a picture's alt text and its caption with the credit, in either order ('A crowd at the castle' /
    'A crowd at the castle (Image: Getty)'), not a headline. A tail opening with a separator
    ('Headline | Outlet') does not count, nor a picture's file name on the line above ('Headline [wd640-o]' /
    'Headline': the lead picture, whose alt text is the headline). Beside the same text with a count after it
    ('Headline 1': a link to its comments), the count's line is the twin and the plain one the headline.
    """
    text = lines[nonblank[pos]].text.strip()
    if len(text.split()) < 3:
        return False
    for near in (pos + 1, pos - 1):  # the caption with its credit may come first, then the alt text
        if not 0 <= near < len(nonblank):
            continue
        other = lines[nonblank[near]].text.strip()
        short, long = (text, other) if len(text) <= len(other) else (other, text)
        if len(long) == len(short) or not long.startswith(short) or len(short.split()) < 3:
            continue
        tail = long[len(short) :]
        if near < pos and tail.strip().startswith("["):
            continue  # 'Headline [wd640-o]' over 'Headline': the lead picture, its alt text the headline
        if tail.strip().isdigit():
            if text == long:
                return True  # 'Headline 1' (a count of comments after a link to them) beside 'Headline': the link
            continue  # … and the headline itself stays
        if not _TAIL_SEPARATOR_RE.match(tail) and len(tail.split()) <= CAPTION_TAIL_WORDS:
            return True
    return False


def _block_info(lines: list[Line], nonblank: list[int]) -> dict[int, tuple[int, float]]:
    """For each non-blank line: (size of its blank-separated block, mean words per line in it)."""
    info: dict[int, tuple[int, float]] = {}
    block: list[int] = []

    def flush() -> None:
        if block:
            mean = sum(lines[j].words for j in block) / len(block)
            for j in block:
                info[j] = (len(block), mean)

    prev = -2
    for i in nonblank:
        if i != prev + 1:
            flush()
            block = []
        block.append(i)
        prev = i
    flush()
    return info


_ROW_SEPARATOR_RE = re.compile(r"\s[|/]\s")


_SLASH_RE = re.compile(r"\s/\s")
TOPIC_MAX_WORDS = 3
"""Each topic of a row of topics ('Keir Starmer / Labour Party') is at most this long."""


def _topic_row(text: str) -> bool:
    """Short topics joined by slashes ('Keir Starmer / Labour Party', 'Anti colonialisme / Anti impérialisme'): the
    article's tags, no headline (two of the 1,139 truth titles in the training pool hold ' / ', each beside a longer
    part)."""
    parts = _SLASH_RE.split(text)
    return len(parts) >= 2 and all(0 < len(part.split()) <= TOPIC_MAX_WORDS for part in parts)


def _meta_row(text: str) -> bool:
    """A row of the article's metadata split by bars or slashes with a date in it ('Arne Sjöström | 29. Dezember
    2022 | HR-Welt', 'Letzte Aktualisierung am 2.02.2022 / …'): no headline prints its date between separators."""
    return bool(_ROW_SEPARATOR_RE.search(text)) and bool(find_dates(text, dayfirst=True))


_ABBREVIATION_RE = re.compile(r"(?:^|\s)(?:\w+\.\w+\.|[A-ZÀ-ÖØ-Þ][a-z]{0,3}\.)$")
"""A closing word that is an abbreviation: letters with dots inside ('U.N.') or a short capitalised word ('Tues.')."""


def _ends_a_sentence(text: str) -> bool:
    """The line ends with a full stop that is not an abbreviation's or an ellipsis: a caption or a standfirst
    ('Bottle of rosé on the table.'); three of the 824 truth titles in the training pool end with a full stop, all
    after an abbreviation ('… to the U.N.', '… Alert Tues.') or a second sentence."""
    t = text.rstrip()
    return t.endswith(".") and not t.endswith("..") and not _ABBREVIATION_RE.search(t)


_TEASER_CUT_RE = re.compile(r"\s*(?:…|\.\.\.)\s*(?:(?:By|Von|Par|Por)\s.*)?$")
"""Where a teaser of the first paragraph stops: an ellipsis, with the writer's byline glued after it."""


def _lead_teaser(text: str, below: str) -> bool:
    """The line is the opening of the paragraph under it, cut with an ellipsis ('Several years ago, my father
    died …….By Jane Roe'): a share card's teaser, not a headline."""
    m = _TEASER_CUT_RE.search(text)
    head = text[: m.start()] if m else ""
    return len(head) >= 20 and below.startswith(head)


def _window_top(lines: list[Line], nonblank: list[int], pos_first: int) -> int:
    """Where the window of candidates opens: ``WINDOW_BEFORE`` lines with words above the body start. Lines without a
    letter (the brackets of an empty comment form, rules, counters) are not counted."""
    counted = 0
    lo = pos_first
    while lo > 0 and counted < WINDOW_BEFORE:
        lo -= 1
        counted += _TOKEN_RE.search(lines[nonblank[lo]].text) is not None
    return lo


def title_candidates(
    lines: list[Line],
    body_start: int,
    meta_flags: dict[int, str],
    keys: dict[str, list[int]],
    nonblank: list[int],
    rule_scores: dict[int, float],
    norm_key: Callable[[str], str],
    split_suffix: Callable[[str], tuple[str, str | None]],
    strip_breadcrumb: Callable[[str], str],
    repeated: set[int],
) -> list[tuple[str, int, dict[str, float]]]:
    """(text, line index, features) for every headline candidate of the page."""
    pos_first = bisect.bisect_left(nonblank, body_start)
    lo = _window_top(lines, nonblank, pos_first)
    window = nonblank[lo : pos_first + WINDOW_AFTER]
    in_window = set(window)
    far = [
        j
        for j in sorted(repeated)
        if j < body_start and j not in in_window and _titleish(lines[j], meta_flags, j, period_ok=True)
    ][:MAX_FAR]  # a headline far above the body (over a gallery), not the menus repeated at the top
    body_text = " ".join(lines[j].scan for j in nonblank[pos_first : pos_first + 14] if lines[j].is_prose)[:3000]
    flat = _SPACE_RE.sub(" ", body_text[:1000].lower())
    body_grams = {flat[k : k + 3] for k in range(len(flat) - 2)}
    body_tokens = _content_tokens(body_text)
    blocks = _block_info(lines, nonblank[max(0, lo - 1) : pos_first + WINDOW_AFTER + 1])
    for j in far:
        k = bisect.bisect_left(nonblank, j)
        blocks.update(_block_info(lines, nonblank[max(0, k - 8) : k + 9]))
    best_rule = max(rule_scores.values()) if rule_scores else 0.0
    rule_top = max(rule_scores, key=rule_scores.__getitem__) if rule_scores else -1
    out: list[tuple[str, int, dict[str, float]]] = []
    seen: set[tuple[int, str]] = set()
    tish = {j: _titleish(lines[j], meta_flags, j) for j in nonblank[max(0, lo - 1) : pos_first + WINDOW_AFTER + 1]}
    below_count: dict[int, int] = {}
    acc = 0
    for j in reversed(window):
        below_count[j] = acc
        if tish[j] and j < body_start:
            acc += 1
    for i in window + far:
        ln = lines[i]
        titleish_below = below_count.get(i, 0)
        t = ln.text
        if len(t) < 8 or len(t) > 400 or not 2 <= ln.words <= 40 or ln.is_placeholder:
            continue
        if ln.words > 15 and ln.is_prose and t[-1] == ".":
            continue  # a sentence of running text
        pos = bisect.bisect_left(nonblank, i)
        if (
            caption_twin(lines, nonblank, pos)
            or len(set(_TEMPLATE_SLOT_RE.findall(t))) >= 2
            or names_picture_positions(t)
            or _meta_row(t)
            or _topic_row(t)
            or t.rstrip().endswith(":")
            or _ends_a_sentence(t)
            or not_a_headline(t)
            or _teaser_card(lines, nonblank, pos)
            or _field_table(lines, nonblank, meta_flags, pos)
            or _dated_picture_card(lines, nonblank, meta_flags, pos)
            or dated_teaser(lines, nonblank, meta_flags, pos)
            or doubled_teaser(lines, nonblank, pos)
            or _lead_teaser(t, lines[nonblank[pos + 1]].text if pos + 1 < len(nonblank) else "")
            or (pos > 0 and CAPTION_LABEL_RE.match(lines[nonblank[pos - 1]].text) is not None)
        ):
            continue  # a picture's caption, a template never filled ('Updated [hour]:[minute]'), a meta row, an intro,
            # a teaser or notice with its 'more' link
        d = pos_first - pos  # >0 above the body start
        after = nonblank[pos + 1 : pos + 9]
        before = nonblank[max(0, pos - 3) : pos]
        hit = next((k for k, j in enumerate(after) if j in meta_flags), None)
        kinds_before = {meta_flags[j] for j in before[-2:] if j in meta_flags}
        nxt = after[0] if after else None
        prv = before[-1] if before else None
        next_words = lines[nxt].words if nxt is not None and nxt not in meta_flags else -99
        bsize, bmean = blocks.get(i, (1, float(ln.words)))
        rule = rule_scores.get(i)
        prev_t = prv is not None and (tish[prv] if prv in tish else _titleish(lines[prv], meta_flags, prv))
        next_t = nxt is not None and (tish[nxt] if nxt in tish else _titleish(lines[nxt], meta_flags, nxt))
        image = 1.0 if _IMAGE_RE.search(t) else 0.0
        for kind, v in _variants(t, split_suffix, strip_breadcrumb, norm_key, keys):
            v = v.strip()
            if len(v) < 4 or (i, v) in seen or breadcrumb_trail(v):
                continue  # a trail of crumbs is navigation; a headline at its end is the 'crumb' variant
            seen.add((i, v))
            key = norm_key(v)
            reps = [j for j in keys.get(key, ()) if j != i]
            words = len(v.split())
            toks = _TOKEN_RE.findall(v.lower())
            ntok = max(len(toks), 1)
            nlet = sum(map(str.isalpha, v))
            upper = sum(map(str.isupper, v)) / nlet if nlet >= _CAPS_RATIO_MIN_LETTERS else 0.0
            caps_words = [w for w in v.split() if w[:1].isalpha()]
            title_case = sum(w[0].isupper() for w in caps_words) / len(caps_words) if caps_words else 0.0
            grams = _grams(v)
            overlap = len(grams & body_grams) / len(grams) if grams else 0.0
            ctoks = _content_tokens(v)
            tok_cov = len(ctoks & body_tokens) / len(ctoks) if ctoks else 0.0
            ui = sum(1 for w in toks if w in UI_WORDS) / ntok
            f: dict[str, float] = {
                "above": 1.0 if d > 0 else 0.0,
                "d_log": math.log1p(max(d, 0)),
                "d_1_3": 1.0 if 1 <= d <= 3 else 0.0,
                "d_4_10": 1.0 if 4 <= d <= 10 else 0.0,
                "d_far": 1.0 if d > 40 else 0.0,
                "inside": 1.0 if d <= 0 else 0.0,
                "inside_rank": float(min(-d, 8)) if d <= 0 else 0.0,
                "outside_window": 1.0 if i not in in_window else 0.0,
                "meta_next": 1.0 if hit is not None and hit < 2 else 0.0,
                "meta_near": 1.0 if hit is not None and 2 <= hit < 4 else 0.0,
                "meta_later": 1.0 if hit is not None and hit >= 4 else 0.0,
                "byline_before": 1.0 if "byline" in kinds_before else 0.0,
                "date_before": 1.0 if "date" in kinds_before else 0.0,
                "rep": float(min(len(reps), 3)),
                "rep_any": 1.0 if reps else 0.0,
                "rep_above": 1.0 if any(j < i for j in reps) else 0.0,
                "rep_near": 1.0 if any(abs(bisect.bisect_left(nonblank, j) - pos) <= 12 for j in reps) else 0.0,
                "rep_after_body": 1.0 if any(j > body_start for j in reps) else 0.0,
                "words_log": math.log1p(words),
                "w_le2": 1.0 if words <= 2 else 0.0,
                "w_3": 1.0 if words == 3 else 0.0,
                "w_4_15": 1.0 if 4 <= words <= 15 else 0.0,
                "w_gt25": 1.0 if words > 25 else 0.0,
                "chars_log": math.log1p(len(v)),
                "end_period": 1.0 if v.endswith(".") else 0.0,
                "end_qe": 1.0 if v.endswith(("?", "!")) else 0.0,
                "end_colon": 1.0 if v.endswith(":") else 0.0,
                "sentences": float(min(ln.sentences, 3)),
                "upper": upper,
                "all_caps": 1.0 if upper > 0.8 else 0.0,
                "title_case": title_case,
                "overlap": overlap,
                "tok_cov": tok_cov,
                "brackets": 1.0 if v.count("[") >= 2 else 0.0,
                "seps": 1.0 if any(s in v for s in ("|", "»", "›", " / ")) else 0.0,
                "ui": ui,
                "ui_any": 1.0 if ui > 0 else 0.0,
                "ui_heavy": 1.0 if ui >= 0.3 else 0.0,
                "image_words": image,
                "bullet": 1.0 if ln.bullet is not None else 0.0,
                "in_list": 1.0 if ln.in_list else 0.0,
                "block_size_log": math.log1p(bsize - 1),
                "block_short": 1.0 if bsize >= 4 and bmean <= 4 else 0.0,
                "alone": 1.0 if ln.blank_before and ln.blank_after else 0.0,
                "lower_start": 1.0 if ln.lowercase_start else 0.0,
                "prose": 1.0 if ln.is_prose else 0.0,
                "next_long": float(next_words >= words + 4),
                "prev_long": 1.0 if prv is not None and lines[prv].is_prose else 0.0,
                "indent": 1.0 if ln.indent >= 4 else 0.0,
                "v_crumb": 1.0 if kind == "crumb" else 0.0,
                "v_core": 1.0 if kind == "core" else 0.0,
                "v_prefix": 1.0 if kind == "prefix" else 0.0,
                "v_tail": 1.0 if kind == "tail" else 0.0,
                "v_head": 1.0 if kind == "head" else 0.0,
                "v_byline_tail": 1.0 if kind == "byline_tail" else 0.0,
                "prev_titleish": 1.0 if prev_t else 0.0,
                "next_titleish": 1.0 if next_t else 0.0,
                "next_shaped_longer": 1.0 if next_t and lines[nxt].words > words else 0.0,
                "prev_shaped_shorter": 1.0 if prev_t and lines[prv].words < words else 0.0,
                "prev_image": 1.0 if prv is not None and lines[prv].is_placeholder else 0.0,
                "next_image": 1.0 if nxt is not None and lines[nxt].is_placeholder else 0.0,
                "prev_short": 1.0 if prv is not None and lines[prv].words <= 3 else 0.0,
                "mid_colon": 1.0 if ": " in v[:-2] else 0.0,
                "w_5_12": 1.0 if 5 <= words <= 12 else 0.0,
                "next_period": 1.0 if nxt is not None and lines[nxt].text.endswith(".") else 0.0,
                "titleish_below": float(min(titleish_below, 4)),
                "rule_ok": 1.0 if rule is not None else 0.0,
                "rule_gap": max(rule - best_rule, -15.0) / 5.0 if rule is not None else -3.0,
                "rule_top": 1.0 if i == rule_top else 0.0,
            }
            out.append((v, i, f))
    _relative(out)
    return out


def _relative(cands: list[tuple[str, int, dict[str, float]]]) -> None:
    """Features that compare a candidate with the page's other candidates."""
    shaped = [f for _, _, f in cands if f["w_4_15"] and not f["end_period"] and not f["ui_any"]]
    if not shaped:
        return
    max_cov = max(f["tok_cov"] + f["overlap"] for f in shaped)
    max_chars = max(f["chars_log"] for f in shaped)
    above = sorted({f["d_log"] for f in shaped if f["above"]})
    for _, _, f in cands:
        f["cov_gap"] = f["tok_cov"] + f["overlap"] - max_cov
        f["chars_gap"] = f["chars_log"] - max_chars
        rank = bisect.bisect_left(above, f["d_log"]) if f["above"] else 0
        f["shaped_rank"] = float(min(rank, 6))
        f["shaped_top"] = 1.0 if f["above"] and above and f["d_log"] == above[-1] else 0.0


def score(feats: dict[str, float]) -> float:
    """The candidate's linear score."""
    w = TITLE_WEIGHTS
    return TITLE_BIAS + sum(w.get(k, 0.0) * x for k, x in feats.items() if x)
