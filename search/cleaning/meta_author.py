"""Byline: explicit and bare credit lines in the top part of the page, scored by general features.

Candidates are explicit bylines ("By X", "Von X", "Autor: X", "date … by X") anywhere above the body
start, in the first lines of the body and just after it, plus bare name lines ("Jane Roe",
"Jane Roe, April 19, 2020", "PTI") next to a dateline, the headline or the body start. Features do not
depend on any outlet: the kind of marker, being next to a date, the headline or the body, sitting in a
list, whether the name is a subject of the story (mentioned in its prose or headline), how many
names, and whether the headline-anchored rules chose it. A small logistic model (fitted by
``bench/train_author.py``) scores them; the best clears a threshold or the answer is None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from search.cleaning.bylines import (
    NEWSROOM_ROLE_RE,
    WIRE_AGENCIES,
    is_bare_by,
    name_like,
    name_with_own_email,
    parse_byline,
    parse_name_line,
    person_name,
    without_share_row,
)
from search.cleaning.dates import YEARISH_RE, find_dates, is_relative
from search.cleaning.lines import Line
from search.cleaning.meta_author_weights import AUTHOR_BIAS, AUTHOR_THRESHOLD, AUTHOR_WEIGHTS
from search.cleaning.meta_common import (
    ArticleSpan,
    candidate_window,
    index_of,
    last_position,
    linear_logistic,
    log1,
)
from search.cleaning.patterns import BIO_RE, CREDIT_ONLY_RE, WRITER_BIO_RE, caption_like, furniture_reason
from search.cleaning.wordlists import is_given_name

MAX_ABOVE = 120
MAX_BODY = 10
MAX_TAIL = 12
MAX_CANDS = 12
MAX_BARE_ABOVE = 80
"""Bare name lines are only looked for this close above the body start (explicit bylines further up)."""

_BYISH_RE = re.compile(
    r"\b(?:by|par|von|por|di|door|av|af|autor|autora|author|auteur|texte?|texto|written|posted|reported|oleh|"
    r"penulis|wartawan|pewarta)\b|"
    r"автор|著者|作者|記者|记者|기자|كتب|بقلم|حوار|إعداد|تحرير|文",
)
"""A byline marker word (searched in the lowercased start of a line: cheaper than IGNORECASE)."""
MARKER_SPAN = 80
_WORD_RE = re.compile(r"[^\W_]+")
_SPEAKER_LABEL_RE = re.compile(r"^\s*(?P<name>(?:[^\W\d_][\w'’.-]*\s){1,3}[^\W\d_][\w'’-]*):\s")
"""An interview's speaker label opening a paragraph ('Monika Redzisz: …', 'Maja Laura Jaryczewska: …')."""


def _without_speaker_label(text: str) -> str:
    """The paragraph without the capitalised name that labels its speaker ('Jane Roe: Why …?'), if any."""
    m = _SPEAKER_LABEL_RE.match(text)
    if m is None or not all(w[:1].isupper() for w in m.group("name").split()):
        return text
    return text[m.end() :]


_CUE_RE = re.compile(
    r"\b(?:published|posted|updated|publicado|actualizado|publié|veröffentlicht|aktualisiert|pubblicato)\b",
    re.IGNORECASE,
)
_PLACEHOLDER_LEAD_RE = re.compile(r"^(?:\[[^\]]{0,60}\]\s*)+")
_PORTRAIT_RE = re.compile(
    r"^(?:(?:profile|author) (?:picture|photo|image|avatar) (?:for|of) (?:user )?|(?:photo|picture|avatar) (?:of|for) |"
    r"(?-i:icon|avatar) (?-i:(?=[A-Z])))"
    r"|\s+(?:headshot|avatar|portrait|profile (?:picture|photo|image))$|(?<=[^\W\d_])\d{1,2} ?(?:minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?) ago\b.*$",
    re.IGNORECASE,
)
"""The alt text of an author's portrait around the name ('Jane Roe headshot', 'Avatar for Jane Roe', 'Profile
picture for user Jane Roe', 'icon Jane Roe') and a relative time glued to it ('Jane Roe7 days ago')."""

FEATURES = (
    "explicit",
    "bare",
    "n_names",
    "date_same",
    "date_near",
    "after_title",
    "before_title",
    "title_dist",
    "body_dist",
    "in_body",
    "after_body",
    "in_list",
    "in_prose",
    "in_title",
    "mentions",
    "rank",
    "rule",
    "top_frac",
    "tail_near",
    "cue_same",
    "doubled",
)


def _cued(text: str) -> bool:
    """A "Published" cue or a newsroom job title on the line ('Jane Roe | Contributing Writer')."""
    return bool(_CUE_RE.search(text) or NEWSROOM_ROLE_RE.search(text))


def _has_date(ln: Line) -> bool:
    """A calendar date, or on a short line a relative one ('Jane Roe | Contributing Writer | 5 days ago')."""
    if ln.words <= RELATIVE_DATE_WORDS and is_relative(ln.full):
        return True
    return bool(YEARISH_RE.search(ln.full, 0, 400)) and bool(find_dates(ln.full[:300]))


RELATIVE_DATE_WORDS = 12


def _between_paragraphs(lines: Sequence[Line], nonblank: Sequence[int], k: int, k_first: int) -> bool:
    """A short line inside the article with prose above and below it: a subheading, not a bare byline."""
    return (
        k_first < k < len(nonblank) - 1
        and lines[nonblank[k - 1]].is_prose
        and lines[nonblank[k + 1]].is_prose
        and not _has_date(lines[nonblank[k]])
    )


_SEGMENT_SEP_RE = re.compile(r"\s[|—–]\s")
"""What parts the segments of a meta row ('Top Story | Written by Jane Roe', 'Reviewed by X — Written by Y')."""


def _byline_segment(text: str) -> list[str] | None:
    """The names of the one segment of a long meta row that is a byline ('Top Story | Published: 5 hours ago |
    Written by Jane Roe', 'Medically reviewed by John Doe — Written by Jane Roe'), or None."""
    segments = [seg.strip() for seg in _SEGMENT_SEP_RE.split(text)]
    found = [seg for seg in segments[1:] if _BYISH_RE.match(seg[:MARKER_SPAN].lower())]
    return parse_byline(found[0]) if len(found) == 1 else None


def portrait_caption(lines: Sequence[Line], i: int) -> bool:
    """The next line (past copies of line ``i``: a picture's alt text and its caption) is a picture's credit ('Foto:
    REUTERS/Nathan Howard'), or line ``i`` and the next (or the one before) are the alt text and the caption with its
    credit after a pipe, or a credit label stands alone on the line before ('Foto:' / 'Andrew Harnik / AP'): a bare
    name on line ``i`` is a picture's caption or credit, not a byline."""
    j = i + 1
    while j < len(lines) and (not lines[j].text or lines[j].text == lines[i].text):
        j += 1
    if j >= len(lines):
        return False
    below = lines[j]
    if below.text.startswith(lines[i].text + " | ") and _credit_after_pipe(below.text):
        return True  # the alt text, then the caption with its credit ('Jane Roe' / 'Jane Roe | Foto: John Doe')
    h = i - 1
    while h >= 0 and not lines[h].text:
        h -= 1
    if h >= 0 and lines[i].text.startswith(lines[h].text + " | ") and _credit_after_pipe(lines[i].text):
        return True  # the caption with its credit under the alt text
    if h >= 0 and _CREDIT_LABEL_RE.fullmatch(lines[h].text.strip()):
        return True  # 'Foto:' alone on the line before: the name is the picture's credit ('Andrew Harnik / AP')
    return below.text[:1].isalpha() and below.words <= 8 and CREDIT_ONLY_RE.match(below.text) is not None


_CREDIT_LABEL_RE = re.compile(r"(?i:fotos?|photos?|bild|bilder|image|images|credit|crédit|picture|source|quelle)\s*:")
"""A picture's credit label alone on its line, the credit on the next."""


def _credit_after_pipe(text: str) -> bool:
    """The last of the line's ' | ' segments is a picture's credit ('… | Foto: John Doe')."""
    return CREDIT_ONLY_RE.match(text.rsplit(" | ", 1)[-1]) is not None


def author_candidates(
    span: ArticleSpan,
    prior: Sequence[str] = (),
    page_lower: frozenset[str] = frozenset(),
) -> list[tuple[tuple[str, ...], dict[str, float], int]]:
    """(names, features, line index) for the credit lines around the top of the article; a bare line that reads
    as a phrase of the page (``page_lower``, see :func:`~search.cleaning.bylines.parse_name_line`) is none."""
    lines, nonblank, title_idx = span.lines, span.nonblank, span.title_idx
    n = len(nonblank)
    if not n:
        return []
    k_first, k_last, k_title, ks = candidate_window(span, MAX_ABOVE, MAX_BODY, MAX_TAIL)
    bare_zone: set[int] = set(range(max(0, k_first - 4), min(n, k_first + 4)))
    if k_title is not None:
        bare_zone.update(range(max(0, k_title - 2), min(n, k_title + 7)))  # a name may sit over the headline
        bare_zone.discard(k_title)

    found: list[tuple[int, list[str], bool]] = []
    date_cache: dict[int, bool] = {}

    def dated(k: int) -> bool:
        hit = date_cache.get(k)
        if hit is None:
            hit = date_cache[k] = 0 <= k < n and _has_date(lines[nonblank[k]])
        return hit

    def same(a: int, b: int) -> bool:
        return 0 <= a < n and 0 <= b < n and lines[nonblank[a]].text == lines[nonblank[b]].text

    def doubled(k: int) -> bool:
        """Printed twice in a row (a portrait's alt text, then the name's link), and not in a list of teasers that
        prints each headline twice (the lines around the pair are pairs too)."""
        start = k - 1 if same(k - 1, k) else k if same(k, k + 1) else None
        return start is not None and not same(start - 2, start - 1) and not same(start + 2, start + 3)

    after_bare_by = -2
    for k in ks:
        ln = lines[nonblank[k]]
        if ln.words > 30 or not ln.words:
            continue
        if is_bare_by(ln.text):
            after_bare_by = k + 1  # "By" alone on its line: the name is on the next one
            continue
        text = ln.text
        if text[0] == "[":
            text = _PLACEHOLDER_LEAD_RE.sub("", text)
        if ln.words <= 12:
            text = _PORTRAIT_RE.sub("", text) or text
        names: list[str] | None = None
        explicit = False
        near_title = k_title is not None and abs(k - k_title) <= 4
        if k == after_bare_by:
            names = parse_byline("By " + text)
            explicit = bool(names)
        elif (not ln.in_list or near_title) and _BYISH_RE.search(text[:MARKER_SPAN].lower()):
            names = parse_byline(text)
            if names is None and _SEGMENT_SEP_RE.search(text):
                names = _byline_segment(text)  # 'Medically reviewed by X — Written by Jane Roe — Updated on …'
            explicit = bool(names)
        elif not ln.in_list and " | " in text:
            names = _byline_segment(text)
            explicit = bool(names)
        elif "@" in text:
            signed = name_with_own_email(text)
            if signed:
                names, explicit = [signed], True
        if (
            not names
            and k >= k_first - MAX_BARE_ABOVE
            and text[:1].isupper()
            and (ln.words <= 8 or (ln.words <= 20 and dated(k)))
            and (k in bare_zone or dated(k) or dated(k - 1) or dated(k + 1) or _cued(text) or doubled(k))
            and (not ln.is_prose or dated(k))
            and not furniture_reason(ln.text)
            and not _between_paragraphs(lines, nonblank, k, k_first)
            and not portrait_caption(lines, nonblank[k])
        ):
            names = parse_name_line(text, beside_date=dated(k - 1) or dated(k + 1), page_lower=page_lower)
        if names:
            found.append((k, names, explicit))
            if len(found) >= MAX_CANDS:
                break
    if not found:
        return []
    title_words = set(_WORD_RE.findall(lines[title_idx].text.lower())) if title_idx is not None else set()
    body_ks = range(k_first, min(k_last + 1, k_first + 15))
    # The story's prose (an author bio naming the writer is not the story being about them, nor is an interview's
    # speaker label: 'Monika Redzisz: Why do you speak about it?' is the interviewer asking).
    prose = " ".join(
        _without_speaker_label(lines[nonblank[k]].scan)
        for k in body_ks
        if lines[nonblank[k]].is_prose and not BIO_RE.match(lines[nonblank[k]].text[:300])
    )
    # As written: a surname that is also a common word ('The Local', 'Jane Hill') is named only when capitalised.
    prose_words = set(_WORD_RE.findall(prose))
    prior_key = tuple(p.lower() for p in prior)
    out: list[tuple[tuple[str, ...], dict[str, float], int]] = []
    for rank, (k, names, explicit) in enumerate(found):
        ln = lines[nonblank[k]]
        surnames = [nm.split()[-1] for nm in names if nm.split()]
        long_names = [s for s in surnames if len(s) > 3]
        written = {form for s in long_names for form in (s, s.title())}
        f = {
            "explicit": float(explicit),
            "bare": float(not explicit),
            "n_names": log1(len(names) - 1),
            "date_same": float(dated(k)),
            "date_near": float(dated(k - 1) or dated(k + 1) or dated(k - 2) or dated(k + 2)),
            "after_title": float(k_title is not None and 0 < k - k_title <= 8),
            "before_title": float(k_title is not None and 0 < k_title - k <= 4),
            "title_dist": log1(abs(k - k_title)) if k_title is not None else 3.0,
            "body_dist": log1(abs(k - k_first)),
            "in_body": float(k_first <= k <= k_last),
            "after_body": float(k > k_last),
            "in_list": float(ln.bullet is not None or ln.in_list),
            "in_prose": float(bool(written & prose_words)),
            "in_title": float(any(s.lower() in title_words for s in long_names)),
            "mentions": log1(sum(1 for kk, nn, _ in found if kk != k and set(nn) & set(names))),
            "rank": log1(rank),
            "rule": float(bool(prior_key) and tuple(nm.lower() for nm in names) == prior_key),
            "top_frac": k / n,
            "tail_near": float(k_last < k <= k_last + 3),
            "cue_same": float(bool(_CUE_RE.search(ln.text[:200]))),
            "doubled": float(not explicit and doubled(k)),
        }
        out.append((tuple(names), f, nonblank[k]))
    return out


def score(feats: dict[str, float]) -> float:
    """Logistic probability that a candidate is the article's byline."""
    return linear_logistic(AUTHOR_BIAS, AUTHOR_WEIGHTS, feats)


def choose_author(
    span: ArticleSpan,
    prior: Sequence[str] = (),
    page_lower: frozenset[str] = frozenset(),
) -> list[str]:
    """Byline names, or [] when no candidate is convincing.

    ``prior`` holds the names the headline-anchored rules picked; they stand when there are any (the
    model's silver training data under-counts desk credits), the candidates fill in when there are none.
    A name cut to its initial ('M. Locklear') is given in full when a credit line beside it spells it out.
    """
    cands = author_candidates(span, prior, page_lower)
    return _spelled_out(_pick_author(span, prior, cands, page_lower), cands)


_INITIAL_NAME_RE = re.compile(r"^(?P<initial>[^\W\d_])\.\s*(?P<surname>[^\W\d_][\w'’-]+)$")
SPELLED_OUT_SPAN = 3
"""How many lines apart the full name and its initialled form may be printed."""


def _spelled_out(names: list[str], cands: Sequence[tuple[tuple[str, ...], dict[str, float], int]]) -> list[str]:
    """Each name of the form 'M. Locklear' replaced by the full name ('Mallory Locklear') that another candidate
    line near the initialled one prints."""
    out = []
    for name in names:
        m = _INITIAL_NAME_RE.match(name)
        if m is None:
            out.append(name)
            continue
        rows = [i for found, _, i in cands if name in found]
        full = next(
            (
                other
                for found, _, i in cands
                if any(abs(i - r) <= SPELLED_OUT_SPAN for r in rows)
                for other in found
                if len(other.split()) == 2
                and other.split()[1] == m.group("surname")
                and other[:1].casefold() == m.group("initial").casefold()
                and other.split()[0] != name.split()[0]
            ),
            None,
        )
        out.append(full or name)
    return out


def _unknown_listed(names: tuple[str, ...], f: dict[str, float]) -> bool:
    """A bare entry of a list whose first word is no known given name ('• Firefox Aurora'): a link, not a byline
    (an agency's initials such as 'AFP' are a credit)."""
    if not (f["bare"] and f["in_list"]):
        return False
    return not any(n.isupper() or is_given_name(n.split()[0]) for n in names if n.split())


def _dated_over_body(f: dict[str, float]) -> bool:
    """A bare name on its own line right above the body with a date just above or below it, not named by the
    headline: the credit row of the story ('Wednesday, June 05, 2013 / Scott Wykoff'), even when the story
    also names that reporter."""
    return bool(f["date_near"] and f["body_dist"] <= log1(1) and not f["in_title"] and not f["in_list"])


HEADLINE_CREDIT_GAP = 2
"""How many lines under the headline a bare name under a date row is its credit row."""
DATE_ROW_WORDS = 6
"""A date row is this short ('polemika 05.01.2023, 14:11'); a longer dated line is a caption or a sentence."""


def _credit_under_headline(span: ArticleSpan, f: dict[str, float], i: int) -> bool:
    """A bare name on its own line right under the headline and a short date row: the credit row, even when the
    headline names the writer ('Dehnel do Matczaka: …' / 'polemika 05.01.2023, 14:11' / 'Jacek Dehnel')."""
    if not (f["bare"] and f["after_title"] and f["title_dist"] <= log1(HEADLINE_CREDIT_GAP) and not f["in_list"]):
        return False
    k = index_of(span.nonblank, i)
    if not k:
        return False  # no line above it
    above = span.lines[span.nonblank[k - 1]]
    return above.words <= DATE_ROW_WORDS and _has_date(above)


def _dated_stranger(names: tuple[str, ...], f: dict[str, float]) -> bool:
    """A bare person's name (given and family name, not a desk's or picture agency's letters such as 'FTWM' or
    the initials 'PA' of an avatar) beside a date line that neither the headline nor the story's prose mentions: a
    byline over its dateline ('Carlota Guindal' / '13/01/2025 10:22'), not someone the story is about."""
    return bool(f["bare"] and (f["date_same"] or f["date_near"]) and not (f["in_prose"] or f["in_title"])) and all(
        len(name.split()) >= 2 and not name.isupper() for name in names
    )


def _pick_author(
    span: ArticleSpan,
    prior: Sequence[str],
    cands: list[tuple[tuple[str, ...], dict[str, float], int]],
    page_lower: frozenset[str],
) -> list[str]:
    """:func:`choose_author` before initialled names are spelled out."""
    if prior:
        matches = [f for _, f, _ in cands if f["rule"]]
        under_headline = any(_credit_under_headline(span, f, i) for _, f, i in cands if f["rule"])
        listed = bool(matches) and all(f["in_list"] and not f["explicit"] for f in matches)
        if listed and any(
            not f["rule"] and not f["in_list"] and score(f) >= max(AUTHOR_THRESHOLD, *map(score, matches))
            for _, f, _ in cands
        ):
            pass  # a bare name among list items ('• Rio de Janeirolocalização') gives way to a credit line of its
            # own that the scorer trusts more
        elif (
            under_headline
            or not matches
            or any(
                f["explicit"] or f["date_same"] or not (f["in_title"] or f["in_prose"]) or _dated_over_body(f)
                for f in matches
            )
        ):
            return list(prior)
        else:
            # A bare name the story is about ("Neil Patrick Harris" above a list of actors; a name with the date on
            # its line is a credit row, 'Jane Roe | 29. Dezember 2022'): only an explicit byline elsewhere, or a
            # name the story never mentions beside a date line (the byline over the dateline), may stand in.
            cands = [c for c in cands if c[1]["explicit"] or _dated_stranger(*c[:2])]
    cands = [c for c in _without_thread_posters(cands) if not _unknown_listed(c[0], c[1])]
    best: tuple[float, tuple[str, ...]] | None = None
    for names, f, _ in cands:
        if f["rule"]:
            continue
        p = score(f)
        if best is None or p > best[0]:
            best = (p, names)
    if best is not None and best[0] >= AUTHOR_THRESHOLD:
        return list(best[1])
    # No confident pick: a credit line that reads as one on its own still counts — an explicit byline
    # (not far below the article) or a bare name with a date or "Published" cue on its line.
    strong = [
        (f["body_dist"], names)
        for names, f, _ in cands
        if not f["rule"]
        and not f["in_list"]
        and (
            (f["explicit"] and (not f["after_body"] or f["tail_near"]))
            or (
                f["bare"]
                and (f["date_same"] or f["cue_same"] or (f["doubled"] and not f["in_body"] and not f["after_body"]))
                and not (f["in_prose"] or f["in_title"])
            )
        )
    ]
    if strong:
        return list(min(strong)[1])
    lines, nonblank, _, first, last = span
    return (
        author_box(lines, nonblank, first, last)
        or name_over_role(lines, nonblank, first, last)
        or bio_author(lines, nonblank, first, last)
        or signature(lines, nonblank, last, page_lower)
        or source_agency(lines, nonblank, first, last)
    )


_SOURCE_LABEL_RE = re.compile(
    r"^(?:source|sources|quelle|quellen|bron|fonte|fuente|źródło|zdroj|kilde|källa|lähde|forrás|sursa|izvor|kaynak)"
    r"\s*:\s*(?P<agency>[\w.-]+)(?:\s+\w+)?$",
    re.IGNORECASE,
)
SOURCE_SPAN = 12
"""How many non-blank lines above the article's first line and below its last one a source credit is looked for."""


def source_agency(lines: Sequence[Line], nonblank: Sequence[int], first: int, last: int) -> list[str]:
    """The news agency a source credit names at the article's head or foot ('Quelle: dpa Sport', 'Bron: BELGA'),
    as printed: a story taken whole from the wire, with no writer named. Only a known agency counts (a chart's
    'Source: Statistics Office' is none)."""
    k_first = bisect.bisect_left(nonblank, first)
    k_last = last_position(nonblank, last)
    near = [*range(max(0, k_first - SOURCE_SPAN), min(len(nonblank), k_first + SOURCE_SPAN))]
    near += range(max(0, k_last - SOURCE_SPAN), min(len(nonblank), k_last + SOURCE_SPAN))
    for k in near:
        m = _SOURCE_LABEL_RE.match(lines[nonblank[k]].text.strip())
        if m and m.group("agency").casefold() in WIRE_AGENCIES:
            return [m.group("agency")]
    return []


def signature(
    lines: Sequence[Line], nonblank: Sequence[int], last: int, page_lower: frozenset[str] = frozenset()
) -> list[str]:
    """The writer's name signed under the article's last paragraph ('… có thể phẫu thuật, hóa trị hoặc xạ trị.' /
    'Lê Phương'): a line of two to four capitalised words that is one name and nothing else, with no more story
    after it. A phrase of the page ('Most Popular', 'Weitere Artikel'; see ``page_lower`` in
    :func:`~search.cleaning.bylines.parse_name_line`) is none. Up to ``MAX_CREDITED_WRITERS`` writers may sign
    together ('Jane Roe, John Doe, Mary Major')."""
    k = last_position(nonblank, last)
    if not lines[nonblank[k]].is_prose or k + 1 >= len(nonblank):
        return []
    ln = lines[nonblank[k + 1]]
    printed = ln.text.strip()
    text = without_share_row(printed)
    words = len(text.split())
    if not 2 <= words <= 2 * MAX_SIGNATURE_WORDS or ln.in_list or ln.bullet is not None or furniture_reason(text):
        return []
    if ln.is_prose and text == printed:
        return []  # running text; a share row after the names made the line long, not prose
    if k + 2 < len(nonblank) and (lines[nonblank[k + 2]].is_prose or parse_name_line(lines[nonblank[k + 2]].text)):
        return []  # a subheading of the story, not its end; or a writer's box ('Martí Abad Fontàs' / 'Martí Abad')
    if any(caption_like(lines[j].text) for j in nonblank[k + 2 : k + 4]):
        return []  # 'Remembering Prince' / 'Launch Gallery' / 'Getty': a gallery's title over its picture credit
    shown = text.title() if text.isupper() else text  # 'DINI TEJA': a signature in capitals reads as 'Dini Teja'
    names = parse_name_line(shown, page_lower=page_lower)
    if not names or len(names) > MAX_CREDITED_WRITERS or ", ".join(names) != shown:
        return []
    return names if all(2 <= len(nm.split()) <= MAX_SIGNATURE_WORDS for nm in names) else []


MAX_SIGNATURE_WORDS = 4
"""The most words of one name signed under the article (several names signed together are comma-separated)."""
MAX_CREDITED_WRITERS = 4
"""How many writers a credit after the text may name together (a signature, an author box); a longer row of names
is a list (of people in the story)."""


THREAD_POSTERS = 3
"""Bare names with a date on their line after the article, this many or more, are a comment thread's posters."""


def _without_thread_posters(
    cands: list[tuple[tuple[str, ...], dict[str, float], int]],
) -> list[tuple[tuple[str, ...], dict[str, float], int]]:
    """The candidates without the posters of readers' comments under the article ('Jane Roe / 07.11.2023 / 10:14'
    once per comment, at least ``THREAD_POSTERS`` of them)."""
    posters = {k for _, f, k in cands if f["bare"] and f["after_body"] and f["date_same"]}
    if len(posters) < THREAD_POSTERS:
        return cands
    return [c for c in cands if c[2] not in posters]


_AUTHOR_LABEL_RE = re.compile(
    r"^(?:authors?|autor|autorin|autora|auteur|autrice|autoren|autorinnen|autores|auteurs|autori|autoři|autorzy|"
    r"autorky)\s*[:/]\s*\S",
    re.IGNORECASE,
)
_DESK_LABEL_RE = re.compile(
    r"^(?:redaktion|rédaction|redacción|redazione|redakce|redakcja|redactie)\s*:\s*", re.IGNORECASE
)
"""The newsroom's label before the people who edited the piece ('Redaktion: Jane Roe und John Doe'); only names of
people after it count (not 'Redaktion: Politik')."""
AUTHOR_BOX_SPAN = 40
"""How many non-blank lines after the article's last line an author box is looked for."""


def _box_positions(nonblank: Sequence[int], first: int, last: int) -> list[int]:
    """Where an author box is looked for: from just above the article's last line to ``AUTHOR_BOX_SPAN`` lines after
    it, then from the body's start (a region that runs on into teasers holds the box)."""
    k_last = last_position(nonblank, last)
    k_after = max(0, k_last - 3)
    k_first = min(bisect.bisect_left(nonblank, first), k_after)
    return [*range(k_after, min(len(nonblank), k_last + AUTHOR_BOX_SPAN)), *range(k_first, k_after)]


def author_box(lines: Sequence[Line], nonblank: Sequence[int], first: int, last: int) -> list[str]:
    """The writers an author box names under its label ('Kommentar von' / 'Nicole Opitz', 'Autor*in' / 'Brit
    Weirich (Medizinredakteurin …)', 'Autoři: Jana Roe, John Doe'): the first label in reach (see
    :func:`_box_positions`), and only people's names (a known given name first) count."""
    for k in _box_positions(nonblank, first, last):
        label = lines[nonblank[k]].text
        desk = _DESK_LABEL_RE.match(label)
        if desk:
            names = parse_byline("By " + label[desk.end() :])  # 'Redaktion: Jane Roe und John Doe'
        elif _AUTHOR_LABEL_RE.match(label):
            names = parse_byline(label)  # 'Author: Jane Roe' on one line
        elif is_bare_by(label) and k + 1 < len(nonblank):
            names = parse_byline("By " + _PLACEHOLDER_LEAD_RE.sub("", lines[nonblank[k + 1]].text))
        else:
            continue
        if names and len(names) <= MAX_CREDITED_WRITERS and all(person_name(nm, 4) for nm in names):
            return names
        return []
    return []


_ROLE_LINE_RE = re.compile(
    rf"{NEWSROOM_ROLE_RE.pattern}|(?:korrespondent|redakteur|reporter|journalist)(?:in|en)?\b", re.IGNORECASE
)
"""A job title, also at the end of a German compound ('Auslandskorrespondent Indien', 'Sportredakteurin')."""
ROLE_LINE_WORDS = 5


def name_over_role(lines: Sequence[Line], nonblank: Sequence[int], first: int, last: int) -> list[str]:
    """The writer an author box names with the job title on the line under the name ('Georg Blume' /
    'Auslandskorrespondent Indien', 'par Jane Roe' / 'Rédactrice'): the first such pair in reach (see
    :func:`_box_positions`); only a person's name (a known given name first) counts."""
    for k in _box_positions(nonblank, first, last):
        if k + 1 >= len(nonblank):
            continue
        role = lines[nonblank[k + 1]]
        if role.words > ROLE_LINE_WORDS or role.text.rstrip().endswith(".") or not _ROLE_LINE_RE.search(role.text):
            continue
        text = lines[nonblank[k]].text
        names = parse_name_line(text) or parse_byline(text)
        if names and len(names) == 1 and person_name(names[0], 4):
            return names
    return []


BIO_SPAN = 40
"""How many non-blank lines before the article's first line and after its last one a writer's bio is looked for."""


def bio_author(lines: Sequence[Line], nonblank: Sequence[int], first: int, last: int) -> list[str]:
    """The writer a bio above or below the article names ('Titiou Lecoq est journaliste indépendante …'; never
    a sentence of the story, though its last line may be the bio): the bio nearest the article, and only a name
    of two to four words counts."""
    k_first = bisect.bisect_left(nonblank, first)
    k_last = last_position(nonblank, last)
    below = range(max(k_first, k_last), min(len(nonblank), k_last + 1 + BIO_SPAN))
    above = range(k_first - 1, max(-1, k_first - 1 - BIO_SPAN), -1)
    for k in [*below, *above]:
        m = WRITER_BIO_RE.match(_PLACEHOLDER_LEAD_RE.sub("", lines[nonblank[k]].text[:300]))
        if m:
            name = m.group("name")
            return [name] if 2 <= len(name.split()) <= 4 and name_like(name, explicit=False) else []
    return []


__all__ = ["FEATURES", "author_candidates", "choose_author", "portrait_caption", "score"]
