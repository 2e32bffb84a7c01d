"""Reading a text dump's side-by-side columns one after the other.

A text browser prints a page laid out with a table (menu, article, sidebar) as columns side by side: each printed
line holds a piece of the menu, a piece of the article and a piece of the sidebar. The rules read lines, so such a
page is first unwoven: where many consecutive lines share gutters (columns of spaces with text on both sides), each
column's lines are given in turn.
"""

from __future__ import annotations

import re

_INK_RE = re.compile(r"[^ ]")

MIN_WIDTH = 80
"""Lines shorter than this never hold columns side by side worth unweaving."""
MIN_GUTTER = 3
"""A gutter is at least this many columns of spaces wide."""
MIN_BLOCK_LINES = 8
"""A block of columns spans at least this many printed (non-blank) lines …"""
MIN_TWO_SIDED = 5
"""… and each of its gutters has text on both sides on at least this many of them."""
MIN_SIDE_WORDS = 4
"""The block holds at least one column of running text: lines of this many words on average, …"""
MAX_PROSE_WIDTH = 160
"""… wrapped at a column this narrow (a wide column prints whole paragraphs on a line, and the rules read them with
the sidebar's pieces printed after them; unweaving it would put the sidebar inside the article)."""


MAX_COLUMNS = 1024
"""Gutters are looked for in a line's first this many characters (a dump of ``-cols 1000`` wraps there)."""
MAX_BLOCK_SCAN = 400
"""A block of columns is followed for at most this many lines at a time."""
MAX_NARROWINGS = 6
"""A block without a gutter open on all its lines is tried again ending before each of its last this many lines that
closed columns, …"""
MAX_BLOCK_CHECKS = 400
"""A page's blocks are weighed this many times at most (a page of 5,000 lines with scattered gaps would otherwise be
weighed at every line, in seconds; the pages read weigh at most about 110)."""


def unweave_columns(text: str) -> str:
    """``text`` with each block of side-by-side columns printed column after column (unchanged when it has none)."""
    lines = text.split("\n")
    if not any(len(line) >= MIN_WIDTH for line in lines):
        return text
    masks: dict[int, int] = {}
    checks = [MAX_BLOCK_CHECKS]
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        block = _block_at(lines, i, masks, checks) if len(line) >= MIN_WIDTH and "   " in line.strip() else None
        if block is None:
            out.append(line)
            i += 1
            continue
        end, cuts = block
        out.extend(_columns(lines[i:end], cuts))
        i = end
    return "\n".join(out)


def _block_at(
    lines: list[str], start: int, masks: dict[int, int], checks: list[int]
) -> tuple[int, list[tuple[int, int]]] | None:
    """(end, gutters) of the block of columns that opens at line ``start``, or None. ``masks`` caches each line's
    free columns; ``checks`` holds how many blocks the page may still weigh (see ``MAX_BLOCK_CHECKS``)."""
    if checks[0] <= 0:
        return None
    free = _mask(lines, start, masks)
    longest = min(len(lines[start]), MAX_COLUMNS)
    margin = _indent(lines[start])
    end = start + 1
    narrowed: list[tuple[int, int, int, int]] = []  # (end, free, longest, margin) before a line closed columns
    while end < len(lines) and end - start < MAX_BLOCK_SCAN:
        line = lines[end]
        nxt = free & _mask(lines, end, masks)
        reach = max(longest, min(len(line), MAX_COLUMNS))
        left = min(margin, _indent(line)) if line.strip() else margin
        if not _has_gutter(nxt, left, reach):
            break
        if nxt != free:
            narrowed.append((end, free, longest, margin))
        free, longest, margin = nxt, reach, left
        end += 1
    # A line that prints across the columns' gutter (a long menu entry) while a free run further right (past the
    # article's right edge) keeps the block going: the block then ends before it, where its gutter was open.
    tries = [(end, free, longest, margin), *reversed(narrowed[-MAX_NARROWINGS:])]
    for stop, open_cols, width, left_edge in tries:
        if checks[0] <= 0:
            return None
        checks[0] -= 1
        block = lines[start:stop]
        if sum(1 for line in block if line.strip()) < MIN_BLOCK_LINES:
            return None
        cuts = [g for g in _gutters(open_cols, left_edge, width) if _two_sided(block, g) >= MIN_TWO_SIDED]
        if cuts and _has_prose_column(block, cuts):
            # the block ends with its last line printed in two columns: what follows in one column is the page's
            last = max(k for k, line in enumerate(block) if any(_both_sides(line, g) for g in cuts))
            return start + last + 1, cuts
    return None


def _mask(lines: list[str], k: int, masks: dict[int, int]) -> int:
    """Line ``k``'s free character columns as the bits of an integer (bit c: column c prints nothing, also past
    the line's end), up to ``MAX_COLUMNS``."""
    found = masks.get(k)
    if found is None:
        line = lines[k][:MAX_COLUMNS]
        bits = _INK_RE.sub("0", line).replace(" ", "1")[::-1]
        found = int(bits, 2) if bits else 0
        found |= ((1 << (MAX_COLUMNS - len(line))) - 1) << len(line)
        masks[k] = found
    return found


def _indent(line: str) -> int:
    """Where the line's text starts."""
    return len(line) - len(line.lstrip(" "))


def _has_gutter(free: int, margin: int, reach: int) -> bool:
    """True when ``free`` holds a run of ``MIN_GUTTER`` free columns between the block's left margin and the end
    of its longest line (text on some line left of it, and on some line right of it)."""
    inside = free & ((1 << reach) - 1) & ~((1 << (margin + 1)) - 1)
    run = inside
    for shift in range(1, MIN_GUTTER):
        run &= inside >> shift
    return run != 0


def _gutters(free: int, margin: int, reach: int) -> list[tuple[int, int]]:
    """Runs of at least ``MIN_GUTTER`` free columns between the left ``margin`` and the first ``reach`` columns."""
    runs: list[tuple[int, int]] = []
    c = margin + 1
    while c < reach:
        if free >> c & 1:
            a = c
            while c < reach and free >> c & 1:
                c += 1
            if c - a >= MIN_GUTTER and c < reach:
                runs.append((a, c))
        else:
            c += 1
    return runs


def _both_sides(line: str, gutter: tuple[int, int]) -> bool:
    """True when ``line`` prints text both left and right of ``gutter``."""
    a, b = gutter
    return bool(line[:a].strip() and line[b:].strip())


def _two_sided(block: list[str], gutter: tuple[int, int]) -> int:
    """How many lines of ``block`` print text both left and right of ``gutter``."""
    return sum(1 for line in block if _both_sides(line, gutter))


def _has_prose_column(block: list[str], cuts: list[tuple[int, int]]) -> bool:
    """True when the block's wordiest column reads as running text wrapped at a narrow width (many words a
    line), not a grid of labels nor whole paragraphs a line."""
    best: tuple[int, list[list[str]], int] | None = None
    for lo, hi in _column_spans(cuts):
        pieces = [line[lo:hi].split() for line in block]
        words = sum(map(len, pieces))
        width = max(len(line[lo:hi].rstrip()) for line in block) - lo
        if best is None or words > best[0]:
            best = (words, [p for p in pieces if p], width)
    if best is None:
        return False
    words, printed, width = best
    return width <= MAX_PROSE_WIDTH and len(printed) >= MIN_TWO_SIDED and words / len(printed) >= MIN_SIDE_WORDS


def _column_spans(cuts: list[tuple[int, int]]) -> list[tuple[int, int | None]]:
    """The character spans of the columns between the gutters."""
    edges = [0, *[(a + b) // 2 for a, b in cuts]]
    return [(lo, hi) for lo, hi in zip(edges, [*edges[1:], None], strict=True)]


def _columns(block: list[str], cuts: list[tuple[int, int]]) -> list[str]:
    """The block's lines column by column: each column's pieces without their common margin, columns apart."""
    out: list[str] = []
    for lo, hi in _column_spans(cuts):
        pieces = [line[lo:hi].rstrip() for line in block]
        margin = min((len(p) - len(p.lstrip()) for p in pieces if p.strip()), default=0)
        pieces = [p[margin:] for p in pieces]
        while pieces and not pieces[0].strip():
            pieces.pop(0)
        while pieces and not pieces[-1].strip():
            pieces.pop()
        if pieces:
            out.extend([*_rejoined(pieces), ""])
    return out


MIN_WRAPPED_LINES = 5
"""A margin's lines are read as wrapped at a narrow width only when at least this many of them were cut where the
next word would not fit."""
MIN_WRAPPED_WORDS = 6
"""A wrapped line holds at least this many words (a headline or a label over a shorter line is no wrapped line)."""


FULL_LINE_SHARE = 0.7
"""A column's line this close to the column's width was wrapped by the text browser: its paragraph goes on."""
_MARKERS = ("•", "□", "☆", "●", "◦", "*", "-", "[")


def _title_cased(line: str) -> bool:
    """A headline's shape: a few words, most of the longer ones capitalised, no stop or separator at the end."""
    words = [w for w in line.split() if len(w) > 3]
    caps = sum(1 for w in words if w[:1].isupper())
    return (
        3 <= len(words) <= 15
        and caps >= 0.7 * len(words)
        and not line.rstrip().endswith((".", ",", ";", ":", "|", "/", "-", "–", "—"))
    )


def _rejoined(pieces: list[str]) -> list[str]:
    """A column's lines with the paragraphs the text browser wrapped at the column's width joined again (the
    rules read a paragraph as one line, as a wide dump prints it)."""
    # a line with a gap in it holds a piece of another column (an ad's placeholder far right): no measure of width
    width = max((len(p) for p in pieces if "   " not in p.strip()), default=0) or max(len(p) for p in pieces)
    out: list[str] = []
    joinable = False
    prev, prev_len = "", 0
    for piece in pieces:
        text = piece.strip()
        # a headline in title case with room left for the next line's first word stands over its deck, a sentence
        # of its own ('… Steroid Report' over 'Newspaper says …'): the browser moves a word down only when it does
        # not fit
        fits = _next_word_fits(prev_len, text, width)
        deck = text[:1].isupper() and len(text.split()) >= MIN_WRAPPED_WORDS
        headline = fits and deck and out and out[-1] == prev and _title_cased(prev)
        if joinable and text and not text.startswith(_MARKERS) and not headline:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(piece)
        joinable = (
            len(piece) >= FULL_LINE_SHARE * width and len(text.split()) >= MIN_WRAPPED_WORDS and "   " not in text
        )
        prev, prev_len = piece, len(piece)
    return out


def rejoin_narrow_wrap(text: str) -> str:
    """``text`` with the paragraphs a text browser wrapped in a narrow fixed-width cell joined again, one line each
    (an old page's article printed in a 76-character table cell, indented by the cells left of it).

    Lines are grouped by their margin. A margin's width is its longest line; where that is at most
    ``MAX_PROSE_WIDTH`` past the margin and ``MIN_WRAPPED_LINES`` of its lines were cut where the next line's first
    word would not have fitted (the text browser's own rule), each such line is joined with the next."""
    lines = text.split("\n")
    widths: dict[int, int] = {}
    for line in lines:
        if line.strip():
            margin = _indent(line)
            widths[margin] = max(widths.get(margin, 0), len(line.rstrip()))
    narrow = {m for m, w in widths.items() if w - m <= MAX_PROSE_WIDTH}
    if not narrow:
        return text
    wrapped = [k for k in range(len(lines) - 1) if _wrapped_before(lines[k], lines[k + 1], widths, narrow)]
    per_margin: dict[int, int] = {}
    for k in wrapped:
        per_margin[_indent(lines[k])] = per_margin.get(_indent(lines[k]), 0) + 1
    joins = {k for k in wrapped if per_margin[_indent(lines[k])] >= MIN_WRAPPED_LINES}
    if not joins:
        return text
    out: list[str] = []
    for k, line in enumerate(lines):
        if k - 1 in joins:
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line.rstrip())
    return "\n".join(out)


def _wrapped_before(line: str, nxt: str, widths: dict[int, int], narrow: set[int]) -> bool:
    """True when ``line`` was cut because ``nxt``'s first word would not fit after it in its margin's width: both
    at the same narrow margin, running text of ``MIN_WRAPPED_WORDS`` words with no gaps of columns, and ``nxt`` no
    list item."""
    text, after = line.strip(), nxt.strip()
    if not text or not after or after.startswith(_MARKERS) or "   " in text:
        return False
    margin = _indent(line)
    if margin not in narrow or _indent(nxt) != margin or len(text.split()) < MIN_WRAPPED_WORDS:
        return False
    return not _next_word_fits(len(line.rstrip()), after, widths[margin])


def _next_word_fits(length: int, following: str, width: int) -> bool:
    """True when the first word of ``following`` fits after a line of ``length`` characters within ``width``: the
    text browser moves a word to the next line only when it does not."""
    return length + 1 + len((following.split(maxsplit=1) or [""])[0]) <= width


__all__ = ["rejoin_narrow_wrap", "unweave_columns"]
