"""Choosing the headline among the lines above the article body."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from search.cleaning.bylines import parse_byline, parse_name_line
from search.cleaning.dates import find_dates, mostly_date
from search.cleaning.lines import Line
from search.cleaning.meta_title import TEASER_CARDS_MIN, dated_list_run, not_a_headline, title_candidates
from search.cleaning.meta_title import score as candidate_score
from search.cleaning.meta_title_weights import TITLE_FALLBACK_TOPK, TITLE_MARGIN, TITLE_WEIGHTS
from search.cleaning.patterns import BREADCRUMB_SEP_RE, NAV_WORDS, caption_like, furniture_reason, letters_key
from search.cleaning.wordlists import is_given_name

SUFFIX_SEP_RE = re.compile(r"\s+(?:[|–—·•:]{1,2}|-{1,2}|::)\s+")
DISTANCE_COST = 0.08
"""Score lost per non-blank line between a candidate and the body."""
UI_WORDS = frozenset(
    [
        "email",
        "e-mail",
        "follow",
        "comments",
        "comment",
        "share",
        "print",
        "subscribe",
        "sign",
        "signing",
        "login",
        "log",
        "register",
        "newsletter",
        "loading",
        "gallery",
        "click",
        "thanks",
        "thank",
        "join",
        "menu",
        "search",
        "advertisement",
        "cookie",
        "cookies",
        "playback",
        "unsupported",
        "caption",
        "author",
        "opt",
        "mean",
        "account",
        "instagram",
        "facebook",
        "twitter",
        "youtube",
        "whatsapp",
        "linkedin",
        "pinterest",
        "powered",
        "sponsored",
        "related",
        "read",
        "watch",
        "listen",
        "download",
        "app",
        "apps",
        "password",
        "username",
        "privacy",
        "terms",
        "edit",
        "reply",
        "like",
        "tweet",
        "skip",
        "toggle",
        "navigation",
        "logout",
        "submit",
    ]
)
_TOKEN_RE = re.compile(r"[^\W\d_]+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@functools.lru_cache(maxsize=8192)
def norm_key(text: str) -> str:
    """A comparison key: NFKC, casefolded, typographic quotes/dashes flattened, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text[:600]).translate(_QUOTES).casefold()
    return " ".join(re.sub(r"[^\w\s'\"-]", " ", text).split())


def undouble(text: str) -> str:
    """'HeadlineHeadline' (a heading printed twice without a break) -> 'Headline'."""
    n = len(text)
    if n >= 20 and n % 2 == 0 and text[: n // 2] == text[n // 2 :]:
        return text[: n // 2]
    half = text[: n // 2].strip()
    if n >= 20 and text.endswith(half) and text.startswith(half) and len(text.replace(half, "").strip()) < 3:
        return half
    return text


def strip_breadcrumb(text: str) -> str:
    """'Home » Section » Headline' -> 'Headline'."""
    parts = BREADCRUMB_SEP_RE.split(text)
    if len(parts) < 2 or len(parts[-1].split()) < 2:
        return text
    # Crumbs are short section names; "« vol aggravé » : …" or "Dot / Lift Off" are not breadcrumbs. The trail
    # may open with its label ('You are here: Home » …') when it has two crumbs or more.
    crumbs = [parts[0].rsplit(": ", 1)[-1] if len(parts) >= 3 else parts[0], *parts[1:-1]]
    if any(len(p.split()) > 4 for p in crumbs) or "«" in text:
        return text
    return parts[-1].strip()


def split_suffix(text: str) -> tuple[str, str | None]:
    """'Headline – Site' -> ('Headline', 'Site'); the suffix must be short."""
    parts = SUFFIX_SEP_RE.split(text)
    if len(parts) >= 2:
        suffix = parts[-1].strip()
        head = text[: len(text) - len(parts[-1])].rstrip()
        head = re.sub(r"\s+(?:[|–—·•:]{1,2}|-{1,2}|::)$", "", head).strip()
        if 1 <= len(suffix.split()) <= 5 and len(suffix) <= 40 and len(head.split()) >= 3 and not _phrase_tail(suffix):
            return head, suffix
    return text, None


def headline_key(text: str) -> str:
    """The comparison key of a headline printed with a breadcrumb or a site suffix ('World › Headline – Site'): the
    key of the headline alone, so that its reprints on the page match it."""
    return norm_key(split_suffix(strip_breadcrumb(text))[0])


def _phrase_tail(tail: str) -> bool:
    """'17 favourite responses', 'what we know so far': the end of the headline after a dash, not a site name
    (which is capitalised or a single word: 'BBC News', 'taz', 'il manifesto')."""
    words = tail.split()
    if len(words) < 2:
        return False
    rest_lower = all(w.isalpha() and w.islower() for w in words[1:])
    return rest_lower and (words[0].isdigit() or (len(words) >= 3 and words[0].isalpha() and words[0].islower()))


@dataclass
class TitleChoice:
    """The chosen headline and where it sits."""

    text: str
    index: int
    """Index of the chosen line in the line list."""
    anchor: int
    """Index of the first copy of the headline in the cluster above the body."""
    suffix: str | None
    """Site-name suffix stripped from the headline, if any."""


def _is_dateish(ln: Line) -> bool:
    return mostly_date(ln.full)


_IMAGE_NAME = r"\[(?=[^\]]*[a-z])(?=[^\]]*[\d_-])[\w.-]{1,40}\]"
_EDGE_IMAGES_RE = re.compile(rf"^(?:{_IMAGE_NAME}\s*)+|(?:\s*{_IMAGE_NAME})+$")
"""Images the text browser printed as their file names, with a digit, '-' or '_' ('[2cc5e7ad-5]'), at a line's start
or end; a label in capitals or with spaces ('[PORADNIK W PIGUŁCE]') or a plain word ('[bold]') stays."""


def without_edge_images(text: str) -> str:
    """``text`` without image file names glued to its start or end ('[2cc5e7ad-5]Headline' -> 'Headline')."""
    return _EDGE_IMAGES_RE.sub("", text).strip() or text


def candidate_ok(ln: Line) -> bool:
    """Cheap filter for lines that can be a headline at all."""
    t = ln.text
    if not t or ln.is_placeholder or len(t) > 300 or len(t) < 8:
        return False
    if t.startswith("["):
        bare = without_edge_images(t)
        if bare != t and len(bare.split()) <= 3:
            return False  # an image and its 'Open detail view' link
    if ln.words < 2 or ln.words > 45:
        return False
    if t.endswith("。") or ("_" in t and " " not in t):
        return False  # a sentence in Chinese or Japanese; a picture's file name ('Strassen_Madagaskar')
    if t.lower() in NAV_WORDS or (t.rstrip().endswith((">", "»", "›")) and len(BREADCRUMB_SEP_RE.split(t)) >= 2):
        return False  # 'Voice Online > News > Features >': a breadcrumb trail ending in its separator
    if meta_or_furniture(ln) or not_a_headline(t) or tag_list_like(t):
        return False
    return not (ln.is_prose and ln.words > 12 and t.endswith("."))


def meta_or_furniture(ln: Line) -> bool:
    """The line is page furniture, a byline or a date line: never a headline, nor the headline under a kicker."""
    return furniture_reason(ln.text) is not None or parse_byline(ln.text) is not None or _is_dateish(ln)


_SMALL_TITLE_WORDS = frozenset(
    ["of", "and", "the", "in", "for", "en", "de", "la", "le", "du", "des", "und", "der", "die"]
)


def tag_list_like(text: str) -> bool:
    """True for a line of three or more comma-separated capitalised labels ('La République en marche, Justice,
    Emmanuel Macron', 'Posted in Brookhaven, DeKalb, News'): topic tags, not a headline."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 3 or any(not p or len(p.split()) > 4 for p in parts):
        return False
    if len(parts[-1].split()) >= 3:
        return False  # 'Mali, Russia, France Agree Deal': a list of names, then what they do
    return all(w[:1].isupper() or w.lower() in _SMALL_TITLE_WORDS for p in parts[1:] for w in p.split())


def choose_title(
    lines: list[Line],
    body_start: int,
    meta_flags: dict[int, str],
    debug: list[tuple[float, int]] | None = None,
) -> TitleChoice | None:
    """Pick the headline above ``body_start`` (an index into ``lines``).

    The learned scorer of :mod:`.meta_title` ranks the candidates (lines around the body start,
    repeated lines, and their forms without suffix, breadcrumb or kicker); the hand-written scorer
    (:func:`_rule_title`: repetition, closeness to the body and to a byline/date line, headline shape)
    feeds it a feature and decides alone when the learned scorer's two best candidates are too close.
    """
    nonblank = [i for i in range(len(lines)) if lines[i].text]
    repeated: set[int] = set()
    keys = page_keys(lines, nonblank, repeated)
    rule_scores: list[tuple[float, int]] = []
    ruled = _rule_title(lines, body_start, meta_flags, nonblank, keys, rule_scores)
    if debug is not None:
        debug.extend(rule_scores)
    if not TITLE_WEIGHTS:
        return ruled
    try:
        scores = {i: sc for sc, i in rule_scores}
        learned, runners_up = _learned_title(lines, body_start, meta_flags, nonblank, keys, scores, repeated)
    except Exception:  # the learned scorer must never cost the page its headline
        learned, runners_up = None, []
    if learned is None:
        return ruled
    if runners_up and ruled is not None and _output_key(ruled.text) in runners_up:
        return ruled  # too close to call, and the rule scorer's pick is one of the learned favourites
    return learned


def _output_key(text: str) -> str:
    return norm_key(undouble(strip_breadcrumb(undouble(text))))


def _learned_title(
    lines: list[Line],
    body_start: int,
    meta_flags: dict[int, str],
    nonblank: list[int],
    keys: dict[str, list[int]],
    rule_scores: dict[int, float],
    repeated: set[int],
) -> tuple[TitleChoice | None, list[str]]:
    """The best candidate of :mod:`.meta_title`'s linear scorer.

    When its lead over the runner-up is under ``TITLE_MARGIN``, also the output keys of the
    ``TITLE_FALLBACK_TOPK`` best candidates (empty when the lead is clear).
    """
    cands = title_candidates(
        lines, body_start, meta_flags, keys, nonblank, rule_scores, norm_key, split_suffix, strip_breadcrumb, repeated
    )
    if not cands:
        return None, []
    scored = sorted(((candidate_score(f), k) for k, (_, _, f) in enumerate(cands)), reverse=True)
    close: list[str] = []
    if len(scored) > 1 and scored[0][0] - scored[1][0] < TITLE_MARGIN:
        close = [_output_key(cands[k][0]) for _, k in scored[: TITLE_FALLBACK_TOPK or len(scored)]]
    text, idx, _ = cands[scored[0][1]]
    if len(scored) > 1:
        alt_text, alt_idx, alt_feats = cands[scored[1][1]]
        gap = _gap(nonblank, alt_idx, idx)
        lead = scored[0][0] - scored[1][0]
        counted = gap == 2 and _count_between(lines, nonblank, alt_idx)  # 'New, 74 comments' between the two
        # The runner-up is the headline under a short kicker ('Gaming in der Cloud'), or just above a standfirst
        # that the first paragraph repeats; never a row of buttons ('Print Email Facebook Twitter More').
        if (
            not alt_feats["ui_heavy"]
            and not _menu_row(alt_text)
            and (
                _kicker_above(lines, nonblank, idx, alt_idx)
                or _kicker_over_short_headline(lines, nonblank, meta_flags, idx, alt_idx)
                or (1 <= gap <= STANDFIRST_GAP and _opens_the_body(lines, nonblank, idx))
                or (1 <= gap <= PAIRED_GAP and _teaser_pair_elsewhere(keys, nonblank, alt_text, alt_idx, text, idx))
                or (
                    (
                        lead < CLOSE_CALL_MARGIN
                        or _printed_again(keys, alt_text, alt_idx, text)
                        or _title_case_over_sentence_case(alt_text, text)
                    )
                    and (
                        (_headline_over_line(alt_text, text, lead, nonblank, meta_flags, idx) and (gap == 1 or counted))
                        or (counted and _headline_shape(alt_text, text))  # a count is printed under the headline
                    )
                )
            )
        ):
            text, idx = alt_text, alt_idx
        else:
            below = _headline_under_kicker(lines, nonblank, cands, scored, idx)
            if below is not None:
                text, idx = below
    text, idx = _headline_printed_without_crumbs(lines, nonblank, cands, text, idx)
    short = _short_title_above(lines, nonblank, meta_flags, cands, idx)
    if short is not None:
        text, idx = short
    text, idx = _whole_line(lines, nonblank, body_start, text, idx)
    text, idx = _spaced_printing(cands, text, idx, lines)
    raw = lines[idx].text
    suffix = split_suffix(strip_breadcrumb(raw))[1]
    key = headline_key(text)
    pos = bisect.bisect_left(nonblank, body_start)
    lo = nonblank[max(0, pos - 70)] if nonblank else 0
    cluster = [j for j in keys.get(key, []) if lo <= j <= idx]
    anchor = min(cluster) if cluster else idx
    return TitleChoice(text=text, index=idx, anchor=anchor, suffix=suffix), close


KICKER_RIVAL_MARGIN = 2.0
"""A headline under the pick's kicker may score this much less than the pick ..."""
KICKER_RIVAL_WORDS = 12
"""... and has at most this many words: a longer line under a short one is a magazine's standfirst under its
headline ('An Extraordinary Paradise Valley Residence' / 'Architect … craft a majestic modern sanctuary …')."""


def _headline_under_kicker(
    lines: list[Line],
    nonblank: list[int],
    cands: list[tuple[str, int, dict[str, float]]],
    scored: list[tuple[float, int]],
    idx: int,
) -> tuple[str, int] | None:
    """The headline right under the pick when the pick is its kicker ('CommBank Test Series v India' / 'Aussies seal
    series win in MCG draw'), though it is not the runner-up: a whole-line candidate within ``KICKER_RIVAL_MARGIN``
    of the pick, with no word of the page's buttons ('Facebook Icon Twitter Icon …') and no date line
    ('2018年6月18日 10:01 発信地：カノ')."""
    best = scored[0][0]
    for sc, k in scored[1:]:
        if best - sc > KICKER_RIVAL_MARGIN:
            break
        text, j, feats = cands[k]
        if (
            j > idx
            and text.strip() == lines[j].text.strip()
            and not feats["ui_any"]
            and lines[j].words <= KICKER_RIVAL_WORDS
            and not find_dates(text)
            and _kicker_above(lines, nonblank, idx, j)
        ):
            return text, j
    return None


CRUMB_MAX_WORDS = 4
"""At most this many words of breadcrumb printed, without separators, in front of the headline."""
CRUMB_HEADLINE_GAP = 4
"""The headline printed alone is at most this many non-blank lines under the crumbed line."""


def _headline_printed_without_crumbs(
    lines: list[Line], nonblank: list[int], cands: list[tuple[str, int, dict[str, float]]], text: str, idx: int
) -> tuple[str, int]:
    """The headline printed alone just under the pick when the pick is the same headline with a few words in front
    and nothing marking them as a kicker ('InfoQ Homepage News Google Chrome's Never-Slow Mode' over 'Google
    Chrome's Never-Slow Mode'): a breadcrumb whose separators the text browser dropped. A printing after the
    story's first paragraph is a caption ('Alexandria Douziech' under 'Meet … Artist Alexandria Douziech')."""
    pos = bisect.bisect_left(nonblank, idx)
    below = list(takewhile(lambda j: not lines[j].is_prose, nonblank[pos + 1 : pos + 1 + CRUMB_HEADLINE_GAP]))
    for other, j, _ in cands:
        if j not in below or other.strip() != lines[j].text.strip() or not text.endswith(" " + other):
            continue
        crumbs = text[: -len(other)].strip()
        if len(crumbs.split()) <= CRUMB_MAX_WORDS and crumbs[-1:].isalnum():
            return other, j
    return text, idx


def _spaced_printing(
    cands: list[tuple[str, int, dict[str, float]]], text: str, idx: int, lines: Sequence[Line] = ()
) -> tuple[str, int]:
    """The same headline printed with its word breaks (or its kicker's colon) when the pick has a kicker glued on
    ('"Es wird bald beginnen"Trump spricht …' next to '"Es wird bald beginnen": Trump spricht …'). The kicker's colon
    may also come from any other line of the page, a candidate or not ('• Ausschuss zur Ahrtal-Flut: Zwei Rücktritte
    …' in a list at the top over the headline 'Ausschuss zur Ahrtal-Flut Zwei Rücktritte …'): the same letters with
    one more colon can only be the same headline. A candidate printed higher up gives its place; a print further down
    (a teaser inside the story) or in a list at the top does not move the story's start."""
    key = letters_key(text)
    (best, place), most = (text, idx), (_word_count(text), ": " in text)
    for other, j, _ in cands:
        breaks = (_word_count(other), ": " in other)
        if breaks > most and letters_key(other) == key:
            (best, place), most = (other, min(j, place)), breaks
    size, colons = len(best), best.count(": ")
    for ln in lines:
        other = ln.text
        if size < len(other) <= size + 2 and other.count(": ") > colons and letters_key(other) == key:
            return other, place
    return best, place


_WORD_BREAK_RE = re.compile(r"[\s\-\u2010\u2011]+")


def _word_count(text: str) -> int:
    """Words with a letter or digit ('|' and '>' are no words); a hyphen breaks words as a space does ('comfy-chic'
    and 'comfy chic' are two printings of the same two words)."""
    return sum(1 for w in _WORD_BREAK_RE.split(text) if letters_key(w))


WHOLE_LINE_SCAN = 40
"""How many non-blank lines around the body start are searched for the whole form of a cut headline."""
_ELLIPSIS = ("...", "…")
CRUMB_WORDS = 6
"""At most this many menu words make a breadcrumb glued before the headline without separators."""
_CRUMB_END = ("/", "|", "»", "›", ">")


def _whole_line(lines: list[Line], nonblank: list[int], body_start: int, text: str, idx: int) -> tuple[str, int]:
    """The headline's whole printing when the pick is a cut or prefixed copy of another line near the top:
    '… в социални...' for the line that goes on ('… в социални общежития'), and 'BHG.com/Videos///How to …'
    for the line 'How to …' printed on its own."""
    pos = bisect.bisect_left(nonblank, body_start)
    near = [j for j in nonblank[max(0, pos - WHOLE_LINE_SCAN) : pos + 4] if j != idx]
    t = text.strip()
    own = lines[idx].text.strip()
    if own.startswith(t) and len(own) > len(t) + 3 and not t.endswith(_ELLIPSIS):
        for j in near:
            other = lines[j].text.strip()
            if other.endswith(_ELLIPSIS) and other.rstrip(".… ") == t:
                return own, idx  # the pick was cut to match a teaser's cut copy ('… du maintien...')
    if t.endswith(_ELLIPSIS):
        head = t.rstrip(".… ").strip()
        if len(head.split()) >= 4:
            for j in near:
                other = lines[j].text.strip()
                if other.startswith(head) and len(other.rstrip(".… ")) > len(head) + 3:
                    return other, j  # the longer printing, even when it too ends in an ellipsis
    menu_words: set[str] | None = None
    for j in near:
        other = lines[j].text.strip()
        if len(other.split()) >= 4 and len(t) > len(other) and t.endswith(other):
            crumbs = t[: -len(other)].rstrip()
            if crumbs.endswith(_CRUMB_END):
                return other, j
            if menu_words is None:
                menu_words = {w.casefold() for ln in lines if 0 < ln.words <= 3 for w in ln.text.split()}
            if len(crumbs.split()) <= CRUMB_WORDS and all(
                w.casefold() in menu_words or w.casefold() in NAV_WORDS for w in crumbs.split()
            ):
                return other, j  # 'Home Gesellschaft Community Headline': a breadcrumb of the page's menu items
    return text, idx


STANDFIRST_GAP = 2
"""A headline sits at most this many non-blank lines above its standfirst."""
STANDFIRST_SCAN = 40


KICKER_WORDS = 5
KICKER_HEADLINE_WORDS = 16


CLOSE_CALL_MARGIN = 1.0
"""When the learned scorer's two best candidates are this close and sit one right under the other, ..."""
HEADLINE_MIN_WORDS = 5
"""... the upper one is the headline when it has this many words, opens with a capital and is the shorter: a
headline comes above its standfirst and says less (a kicker above a headline is shorter still, and has fewer
words)."""


_COUNT_LINE_RE = re.compile(r"^(?:\w+,\s*)?\d+\s+\w")
COUNT_LINE_WORDS = 5


def _count_between(lines: list[Line], nonblank: list[int], upper: int) -> bool:
    """The one line under ``upper`` is a count or an icon's name ('1 comment bubble on white', '12 Comments', '[icon]'),
    not text of its own."""
    pos = bisect.bisect_left(nonblank, upper)
    if pos + 1 >= len(nonblank):
        return False
    mid = lines[nonblank[pos + 1]]
    return mid.is_placeholder or (mid.words <= COUNT_LINE_WORDS and _COUNT_LINE_RE.match(mid.text) is not None)


def _headline_over_line(
    upper: str, lower: str, lead: float, nonblank: list[int], meta_flags: dict[int, str], idx: int
) -> bool:
    """``upper`` (the learned scorer's runner-up) is the headline over ``lower`` (its pick at line ``idx``, right
    under it): over its standfirst, or, in a call closer than a quarter of ``CLOSE_CALL_MARGIN`` (``lead``), over a
    shorter subtitle that is no headline signed right under it."""
    return _headline_over_standfirst(upper, lower) or (
        lead < CLOSE_CALL_MARGIN / 4 and _headline_shape(upper, lower) and not _signed_below(nonblank, meta_flags, idx)
    )


def _opens_as_headline(text: str) -> bool:
    """A line long enough for a headline (``HEADLINE_MIN_WORDS``), opening with a capital or with a brand's name
    written in camel case ('iOS 13 will fix …', 'eBay sells …')."""
    return len(text.split()) >= HEADLINE_MIN_WORDS and (text[:1].isupper() or text[1:2].isupper())


def _headline_over_standfirst(upper: str, lower: str) -> bool:
    """``upper`` reads as the headline of which ``lower`` (the line right under it) is the standfirst."""
    return _opens_as_headline(upper) and len(lower) > len(upper)


def _headline_shape(upper: str, lower: str) -> bool:
    """``upper`` reads as a headline over the shorter line ``lower`` (a subtitle): long enough, opening with a
    capital, not in capitals throughout (a row of links) and not holding ``lower`` (crumbs glued to the headline)."""
    return _opens_as_headline(upper) and not upper.isupper() and lower not in upper and len(upper) > len(lower)


_PIPE_RE = re.compile(r"\s*[|｜]\s*")


def _menu_row(text: str) -> bool:
    """A row of three or more links of one or two words between bars ('News | Opinion | Entertainment | Sport')."""
    parts = [p for p in _PIPE_RE.split(text.strip(" |")) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 2 for p in parts)


def _signed_below(nonblank: list[int], meta_flags: dict[int, str], idx: int) -> bool:
    """True when the line right under line ``idx`` is a byline or a date: ``idx`` is the signed headline."""
    pos = bisect.bisect_right(nonblank, idx)
    return pos < len(nonblank) and nonblank[pos] in meta_flags


SHORT_TITLE_WORDS = 3
"""A magazine's headline may be this short ('Treasure Island') above its longer standfirst."""


def _short_title_above(
    lines: list[Line],
    nonblank: list[int],
    meta_flags: dict[int, str],
    cands: list[tuple[str, int, dict[str, float]]],
    idx: int,
) -> tuple[str, int] | None:
    """The short line right above the pick when the article's date is printed above both and no credit or date
    follows the pick: a headline over its standfirst ('20 May 2010' / 'Treasure Island' / 'How TV serials achieved
    the status of art'); a kicker over a news headline has the date and byline under the headline instead."""
    pos = bisect.bisect_left(nonblank, idx)
    if pos < 2 or lines[idx].words <= SHORT_TITLE_WORDS + 1:
        return None
    above = nonblank[pos - 1]
    short = next(((t, j) for t, j, _ in cands if j == above and t.strip() == lines[above].text.strip()), None)
    if short is None or not 1 <= lines[above].words <= SHORT_TITLE_WORDS or lines[above].text.rstrip().endswith(":"):
        return None
    if above in meta_flags or _is_dateish(lines[above]):
        return None  # 'Akt.: 29. Juni 2025 - 21.18 Uhr': the time of an update, not a headline
    if furniture_reason(lines[above].text):
        return None  # '7 min read': the reading time over the headline
    if _writer_printed_again(lines[above].text, lines):
        return None  # 'Aaron Colen' over the headline: the writer, not a headline
    if not any(
        meta_flags.get(nonblank[k]) == "date"
        and dated_list_run(lines, nonblank, meta_flags, k + 1)[0] < TEASER_CARDS_MIN
        for k in range(max(0, pos - 4), pos - 1)
    ):
        return None  # no date above, or only the date of a teaser in a list ('More From …')
    if any(j in meta_flags for j in nonblank[pos + 1 : pos + 4]):
        return None
    if _capitalised_share(lines[idx].text) >= TITLE_CASE_SHARE:
        return None  # 'Sales/Marketing' over 'Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing':
        # a headline in title case under its section's label, not a standfirst
    return short


def _writer_printed_again(text: str, lines: list[Line]) -> bool:
    """A line that is one person's name and nothing else, the given name a known one, printed alone on another line
    of the page too (the writer's name over the headline and again under the picture: 'Aaron Colen'); a headline
    such as 'Treasure Island' is printed once."""
    names = parse_name_line(text)
    if not names or len(names) != 1 or names[0] != text.strip() or not is_given_name(names[0].split()[0]):
        return False
    return sum(1 for ln in lines if ln.text.strip() == names[0]) >= 2


_MINOR_WORDS = _SMALL_TITLE_WORDS | frozenset(
    ["a", "an", "as", "at", "but", "by", "from", "into", "nor", "on", "or", "over", "to", "up", "vs", "via", "with"]
)
_EDGE_PUNCT = "‘’“”\"'«»„‚()[]:;,.!?—–-"


def _capitalised_share(text: str) -> float:
    """The share of a line's words, minor words ('for', 'as') left out, that open with a capital."""
    words = [w.strip(_EDGE_PUNCT) for w in text.split()]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
    return sum(w[0].isupper() for w in words) / len(words) if len(words) >= 4 else 0.0


TITLE_CASE_SHARE = 0.9
"""A line with at least this share of its words capitalised (minor words aside) is set in title case."""


def _title_case_over_sentence_case(upper: str, lower: str) -> bool:
    """True for a headline in title case over a standfirst in sentence case ('Beef Is Back for Dinner as Marketers
    Woo Nostalgic Millennials' / '‘Beef. It’s What’s for Dinner’ slogan returns in social-media campaign')."""
    return _capitalised_share(upper) >= TITLE_CASE_SHARE and _capitalised_share(lower) <= 0.5


def _printed_again(keys: dict[str, list[int]], upper: str, upper_idx: int, lower: str) -> bool:
    """True when ``upper`` is printed elsewhere on the page and ``lower`` is not (a headline shown again in a
    header or trail; its standfirst is shown once)."""
    return any(j != upper_idx for j in keys.get(norm_key(upper), ())) and len(keys.get(norm_key(lower), ())) <= 1


def _gap(nonblank: list[int], upper: int, lower: int) -> int:
    """How many non-blank lines line ``lower`` sits below line ``upper`` (negative when above)."""
    return bisect.bisect_left(nonblank, lower) - bisect.bisect_left(nonblank, upper)


def _kicker_above(lines: list[Line], nonblank: list[int], idx: int, below: int) -> bool:
    """True when line ``idx`` is a short label right above a longer headline-shaped line ``below`` (two words
    more, or one more and twice the characters: 'Krieg in der Ukraine' / 'Ukrainische Gegenoffensive: Ziele, …')."""
    top, low = lines[idx], lines[below]
    pos_top, gap = bisect.bisect_left(nonblank, idx), _gap(nonblank, idx, below)
    between = [lines[j] for j in nonblank[pos_top + 1 : pos_top + gap]]
    return (
        1 <= gap <= 2
        and not any(ln.is_prose or parse_byline(ln.text) is not None for ln in between)  # a headline's byline
        and top.words <= KICKER_WORDS
        and low.words <= KICKER_HEADLINE_WORDS
        and (top.words + 2 <= low.words or (top.words < low.words and len(low.text) >= 2 * len(top.text)))
        and not low.is_prose
        and not low.text.rstrip().endswith(".")
        and not meta_or_furniture(low)  # 'First published on …', 'This article is for subscribers only'
    )


STANDFIRST_MIN_WORDS = 20
"""A standfirst under a headline has at least this many words."""


def _kicker_over_short_headline(
    lines: list[Line], nonblank: list[int], meta_flags: dict[int, str], idx: int, below: int
) -> bool:
    """True when line ``idx`` is a kicker over the short headline ``below`` that its standfirst follows: three
    lines in a row, the lower two no longer than the top one and then running text ('Protestkultur in Japan nach der
    Katastrophe' / 'Anti-Atomkraft? Nein danke!' / 'Absolute Minderheit: Im Shiba-Park …'). A headline over its
    standfirst has the longer line under it instead; and a picture's title over its caption ('Court hearings' /
    'Senator Doherty, shown questioning … (Ed Murray/The Star-Ledger)') is no headline under a kicker."""
    pos = bisect.bisect_left(nonblank, idx)
    if pos + 2 >= len(nonblank) or nonblank[pos + 1] != below or below in meta_flags:
        return False  # a byline or date under the pick is no headline
    top, low, after = lines[idx], lines[below], lines[nonblank[pos + 2]]
    return (
        not top.is_prose
        and not low.is_prose
        and 2 <= low.words <= top.words
        and not top.text.rstrip().endswith(".")
        and not low.text.rstrip().endswith(".")
        and after.is_prose
        and after.words >= STANDFIRST_MIN_WORDS
        and not caption_like(after.text)
    )


PAIRED_GAP = 5
"""A headline may stand this many non-blank lines over its standfirst (a picture and its caption between)."""


def _teaser_pair_elsewhere(
    keys: dict[str, list[int]], nonblank: list[int], upper: str, upper_idx: int, lower: str, lower_idx: int
) -> bool:
    """True when the page prints ``upper`` with ``lower`` right under it elsewhere too (a teaser card of this
    article in a 'Most read' list: headline, then standfirst): ``upper`` is the headline, ``lower`` its standfirst."""
    lower_at = {j for j in keys.get(norm_key(lower), ()) if j != lower_idx}
    if not lower_at or not _headline_over_standfirst(upper, lower):  # not a section's label ('Business Monday')
        return False
    for j in keys.get(norm_key(upper), ()):
        if j == upper_idx:
            continue
        pos = bisect.bisect_right(nonblank, j)
        if lower_at.intersection(nonblank[pos : pos + 2]):
            return True
    return False


def _opens_the_body(lines: list[Line], nonblank: list[int], idx: int) -> bool:
    """True when a longer line below starts with this line's words (a standfirst repeated as the lead)."""
    key = norm_key(lines[idx].text)
    if len(key.split()) < 6:
        return False
    pos = bisect.bisect_right(nonblank, idx)
    for j in nonblank[pos : pos + STANDFIRST_SCAN]:
        other = norm_key(lines[j].text)
        if len(other) > len(key) + 10 and other.startswith(key):
            return True
    return False


_GLUE_BOUNDARY_RE = re.compile(r"(?<=[a-zà-öø-ÿ0-9])(?=[A-ZÀ-ÖØ-Þ])|(?<=[A-ZÀ-ÖØ-Þ])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
GLUED_CRUMB_MIN_WORDS = 4
"""A headline with crumbs glued before it has at least this many words after them."""


def unglue_crumbs(text: str) -> str:
    """'GlobalInnovationThe world needs more spaceports' -> 'The world needs more spaceports': a breadcrumb whose
    labels were printed without spaces, glued to the headline. Returns ``text`` when its first word has no such
    seam or too few words follow."""
    first, _, rest = text.strip().partition(" ")
    if not rest or first.islower() or first[1:].islower():
        return text  # no capital after the first letter: no seam
    seams = [m.start() for m in _GLUE_BOUNDARY_RE.finditer(first)]
    if not seams or len(rest.split()) < GLUED_CRUMB_MIN_WORDS - 1:
        return text
    return f"{first[seams[-1] :]} {rest}"


def page_keys(lines: list[Line], nonblank: list[int], repeated: set[int] | None = None) -> dict[str, list[int]]:
    """Comparison keys of every line (whole, without breadcrumb, without suffix) -> line indices.

    ``repeated`` (if given) receives the indices of lines that share a key with another line.
    """
    keys: dict[str, list[int]] = {}
    for i in nonblank:
        ln = lines[i]
        unglued = unglue_crumbs(ln.text)
        for variant in {
            norm_key(ln.text),
            norm_key(strip_breadcrumb(ln.text)),
            norm_key(split_suffix(ln.text)[0]),
            norm_key(unglued) if unglued is not ln.text else "",
        }:
            if len(variant) >= 8:
                found = keys.setdefault(variant, [])
                found.append(i)
                if repeated is not None and len(found) >= 2:
                    repeated.update(found[:2] if len(found) == 2 else found[-1:])
    return keys


def _rule_title(
    lines: list[Line],
    body_start: int,
    meta_flags: dict[int, str],
    nonblank: list[int],
    keys: dict[str, list[int]],
    debug: list[tuple[float, int]] | None = None,
) -> TitleChoice | None:
    """The hand-written scorer (also the fallback of the learned one)."""
    before = [i for i in nonblank if i <= body_start]
    inside = nonblank_after(nonblank, body_start, 4)
    body_words: set[str] = set()
    for j in [body_start, *nonblank_after(nonblank, body_start, 12)]:
        if lines[j].is_prose:
            body_words.update(t for t in _TOKEN_RE.findall(lines[j].scan.lower()) if len(t) >= 4)
    window = before[-70:]
    best: tuple[float, int] | None = None
    for rank, i in list(enumerate(reversed(window))) + [(0, j) for j in inside]:
        ln = lines[i]
        if not candidate_ok(ln):
            continue
        rank_in = inside.index(i) if i in inside else 0
        if i >= body_start and (ln.text.endswith(".") or ln.words > 25):
            continue
        core = split_suffix(strip_breadcrumb(ln.text))[0]
        key = norm_key(core)
        score = 0.0
        repeats = {j for j in keys.get(key, []) if j != i}
        if repeats:
            score += 4.0 + 1.5 * (min(len(repeats), 3) - 1)
        score -= rank * DISTANCE_COST
        after = nonblank_after(nonblank, i, 8)
        hit = next((k for k, j in enumerate(after) if j in meta_flags), None)
        if hit is not None:
            score += 6.0 if hit < 2 else 4.0 if hit < 4 else 2.0
        kinds = {meta_flags[j] for j in nonblank_before(nonblank, i, 2) if j in meta_flags}
        if "byline" in kinds:
            score -= 4.0  # lines right under a byline are credits, share links or dates
        elif "date" in kinds:
            score += 3.0
        ui = sum(1 for tok in _TOKEN_RE.findall(core.lower()) if tok in UI_WORDS)
        if ui:
            score -= 10.0 * ui / max(ln.words, 1) if ln.words <= 8 else 2.0
        w = ln.words
        if 4 <= w <= 25:
            score += 2.0
        elif w <= 2:
            score -= 3.0
        if ln.text.endswith(".") and ln.sentences < 2:
            score -= 2.0
        if ln.is_prose and ln.words > 20:
            score -= 3.0
        letters = [c for c in core if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and w <= 6:
            score -= 3.0
        if w <= 4 and parse_name_line(ln.text):
            score -= 4.0
        if ln.lowercase_start:
            score -= 3.0
        if w > 20:
            score -= 2.0
        nxt = after[0] if after else None
        if nxt is not None and nxt not in meta_flags and lines[nxt].words >= max(12, w + 4):
            score += 2.0  # headline followed by a standfirst or the lede
        cand_words = {t for t in _TOKEN_RE.findall(core.lower()) if len(t) >= 4}
        if len(cand_words) >= 2 and body_words:
            score += 5.0 * len(cand_words & body_words) / len(cand_words)
        if i > body_start:
            score -= 1.0 + rank_in * 0.5
        if ln.bullet:
            score -= 2.0
        if ln.in_list:
            score -= 3.0
        if debug is not None:
            debug.append((score, i))
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None
    idx = best[1]
    raw = lines[idx].text
    core, suffix = split_suffix(strip_breadcrumb(raw))
    key = norm_key(core)
    cluster = [j for j in keys.get(key, []) if j <= idx and j >= (window[0] if window else 0)]
    anchor = min(cluster) if cluster else idx
    return TitleChoice(text=raw, index=idx, anchor=anchor, suffix=suffix)


def nonblank_after(nonblank: list[int], i: int, n: int) -> list[int]:
    """The next n non-blank indices after i (``nonblank`` is sorted)."""
    k = bisect.bisect_right(nonblank, i)
    return nonblank[k : k + n]


def nonblank_before(nonblank: list[int], i: int, n: int) -> list[int]:
    """The n non-blank indices just before i (``nonblank`` is sorted)."""
    k = bisect.bisect_left(nonblank, i)
    return nonblank[max(0, k - n) : k]
