"""Splitting a text dump into lines with cheap layout and prose features."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from search.cleaning.dates import find_dates

MAX_SCAN = 4000
"""Only this many characters of a line are looked at by the pattern rules (keeps huge lines fast)."""

_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\u200b\u200e\u200f\ufeff]")
_SPACING_CONTROL_RE = re.compile(r"[\x0b\x0c\x1c-\x1f]")
"""Control characters that separate like a space (tabs and form feeds, the file and unit separators): a space, so
the words on either side stay apart ('A0A\x1f0A' is two words, as Python's ``str.split`` reads it)."""
_ICON_GLYPH_RE = re.compile(r"[\ue000-\uf8ff]+")
"""Characters of Unicode's private use area: the glyphs of an icon font, which print no text."""
_BULLET_RE = re.compile(r"^([•□☆○◦▪▫●■◆►▸‣\*]|\d{1,3}\.|[a-z]\))(?:\s+|$)")
_COLUMN_GAP_RE = re.compile(r"(?<=\S) {10,}(?=\S)")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PLACEHOLDER_RE = re.compile(r"^(?:\[[^\]]{0,80}\]\s*)+$")
_END_PUNCT = ".!?…:;\"”»’)'。！？」』）"
_CLOSING_QUOTES = "\"”»’' "
"""Closing quotes (and spaces) after a line's last word."""
SENTENCE_END = ".!?…。！？"
"""What a sentence ends with (before its closing quotes: see :attr:`Line.end_char`)."""
_SENTENCE_RE = re.compile(r"[.!?…][\"”’»)]?\s+[\"“‘«(]?[A-ZÀ-ÖØ-Þ]")


@dataclass(slots=True)
class Line:
    """One source line with the features the rules need."""

    no: int
    """1-based line number in the input."""
    raw: str
    """The line as read (control characters removed)."""
    text: str
    """The line without its list marker and outer whitespace."""
    indent: int
    """Leading spaces before the text or marker."""
    bullet: str | None
    """The list marker (``•``, ``□``, ``1.`` …) or None."""
    words: int
    """Count of alphabetic words."""
    blank_before: bool
    """True when the previous line is blank (or this is the first line)."""
    blank_after: bool
    """True when the next line is blank (or this is the last line)."""
    in_list: bool = False
    """True for a continuation line inside a bulleted list item."""
    ends_sentence: bool = False
    """True when the text ends like a sentence (computed once in :func:`split_lines`)."""
    is_prose: bool = False
    """True for a line that reads like running text rather than a menu entry or a headline."""

    @property
    def scan(self) -> str:
        """The text cut to a bounded length for pattern matching."""
        return self.text[:MAX_SCAN]

    @property
    def full(self) -> str:
        """The stripped line including its list marker (a "29." marker may be a date's day)."""
        return self.raw.strip()[:MAX_SCAN]

    @property
    def is_placeholder(self) -> bool:
        """True for image/form placeholders such as ``[logo]`` or ``[      ]``."""
        t = self.text
        return bool(t) and ((t[0] == "[" and bool(_PLACEHOLDER_RE.match(t[:MAX_SCAN]))) or t[0] == "<")

    @property
    def sentences(self) -> int:
        """Rough count of sentence boundaries inside the text (plus a final one)."""
        return len(_SENTENCE_RE.findall(self.scan)) + (1 if self.ends_sentence else 0)

    @property
    def end_char(self) -> str:
        """The text's last character before closing quotes and spaces ('' when nothing else is left)."""
        return self.text.rstrip(_CLOSING_QUOTES)[-1:]

    @property
    def ends_open(self) -> bool:
        """The text ends with a word or a sign that closes no sentence or clause (not '.', ':', ';', ',' or '…')."""
        end = self.end_char
        return end != "" and end not in ".:;,…"

    @property
    def heading_shaped(self) -> bool:
        """A short line (one to sixteen words, not prose) that does not end like a sentence: a subheading when
        it stands in the body."""
        return not self.is_prose and 1 <= self.words <= 16 and self.ends_open

    @property
    def lowercase_start(self) -> bool:
        """True when the text starts with a lowercase letter."""
        t = self.text.lstrip("\"'“‘«„¿¡([ ")
        return bool(t) and t[0].isalpha() and t[0].islower()


_LONG_WORD_RE = re.compile(r"[^\W\d_]{4,}")
TITLE_CASE_MIN_WORDS = 6
"""A line whose every word of four letters or more (at least this many) is capitalised is set in Title Case."""


def _capitalised_long_words(text: str) -> tuple[int, int]:
    """How many words of four letters or more the text has, and how many of them open with a capital."""
    long_words = _LONG_WORD_RE.findall(text)
    return len(long_words), sum(w[0].isupper() for w in long_words)


def _title_cased(text: str) -> bool:
    """A headline set in Title Case ('I Was Exposed To Coronavirus In Singapore. Here's What …'), sentences or not."""
    total, capitalised = _capitalised_long_words(text)
    return total >= TITLE_CASE_MIN_WORDS and capitalised == total


def prose_shape(words: int, ends_sentence: bool, text: str) -> bool:
    """The prose test of :attr:`Line.is_prose`: long enough and sentence-like (or very long), and not a headline
    set in Title Case, nor a very long line of links in Title Case run together without a sentence's end ('Best
    Backup Camera Best Car Battery Charger Best Car Cover …')."""
    if words < 8 or not (ends_sentence or words >= 25):
        return False
    if not ends_sentence:
        return not _mostly_capitalised(text)
    return not (words < 25 and _title_cased(text))


LINK_RUN_CAPITALISED = 0.85
"""A long line without a sentence's end whose words of four letters or more are this much capitalised is a run of
links ('… DoorDash Promo Codes eBay Coupons Fanatics Coupons …'), not prose."""


def _mostly_capitalised(text: str) -> bool:
    total, capitalised = _capitalised_long_words(text)
    return total > 0 and capitalised >= LINK_RUN_CAPITALISED * total


def normalise_input(text: object) -> str:
    """Coerce any input to a clean str: decode bytes, drop control characters, unify newlines."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACING_CONTROL_RE.sub(" ", _CONTROL_RE.sub("", text))
    if _ICON_GLYPH_RE.search(text):
        text = _ICON_GLYPH_RE.sub(" ", text)  # an icon font's glyph ('by Jane Roe \ue718 Comments'): no text
    return text.replace("\u00a0", " ")


_UNSPACED_MIN = 0x2E80
"""Scripts from here on (CJK, kana) write words without spaces between them."""


def count_words(text: str) -> int:
    """Count alphabetic words in (a bounded prefix of) text.

    A run of Chinese or Japanese characters counts as one word per two characters, a Thai run as one
    per four, so prose in scripts written without spaces weighs like prose elsewhere.
    """
    found = _WORD_RE.findall(text[:MAX_SCAN])
    if text.isascii():
        return len(found)
    n = 0
    for w in found:
        if len(w) > 2:
            c = ord(w[0])
            if _UNSPACED_MIN <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF:
                n += (len(w) + 1) // 2
                continue
            if 0x0E00 <= c <= 0x0EFF:
                n += (len(w) + 3) // 4
                continue
        n += 1
    return n


_RULE_CHARS = ("━", "─", "═")
_TRAILING_RULE_RE = re.compile(r"(?<=\S)\s+[━─═]{10,}$")
"""A horizontal rule a text browser printed at the end of a text line (a border under a paragraph)."""
_LEADING_RULE_RE = re.compile(r"^(\s*)[━─═]{10,}\s+(?=\S)")
"""A horizontal rule printed at the start of a text line (a column's border beside the text of the next)."""


def _starts_with_date(text: str) -> bool:
    """'22. Dezember 2019 von Jane Roe': a day number and its dot open a date, not an ordered list item."""
    found = find_dates(text[:40])
    return bool(found) and found[0][0] == 0


def split_lines(text: str) -> list[Line]:
    """Split a normalised dump into :class:`Line` objects (blank lines included, text empty)."""
    if len(text) < 5_000_000 and not unicodedata.is_normalized("NFC", text):
        text = "\n".join(
            unicodedata.normalize("NFC", part) if len(part) < 100_000 else part for part in text.split("\n")
        )
    raws = text.split("\n")
    lines: list[Line] = []
    numbers = list(range(1, len(raws) + 1))
    raws, numbers = _join_wrapped(raws, numbers)
    cells: list[tuple[int, str]] = []
    gap = " " * 10
    for no, raw in zip(numbers, raws, strict=True):
        raw = raw.rstrip()
        if raw.endswith(_RULE_CHARS):
            raw = _TRAILING_RULE_RE.sub("", raw)
        if raw.lstrip().startswith(_RULE_CHARS):
            raw = _LEADING_RULE_RE.sub(r"\1", raw)
        if gap in raw:
            stripped = raw.lstrip()
            if _COLUMN_GAP_RE.search(stripped[:MAX_SCAN]):
                # Table layout: several columns on one line; each column becomes its own line.
                lead = len(raw) - len(stripped)
                for part in _COLUMN_GAP_RE.split(stripped):
                    if part.strip():
                        cells.append((no, " " * lead + part.strip()))
                continue
        cells.append((no, raw))
    bullet_match = _BULLET_RE.match
    for no, raw in cells:
        if not raw:
            lines.append(Line(no, raw, "", 0, None, 0, False, False))
            continue
        stripped = raw.lstrip()
        indent = len(raw) - len(stripped)
        bullet = None
        body = stripped
        if stripped[0] in _BULLET_FIRST or (stripped[0] in _BULLET_LETTER and stripped[1:2] == ")"):
            m = bullet_match(stripped[:20])
            if m and not (m.group(1)[0].isdigit() and _starts_with_date(stripped)):
                bullet = m.group(1)
                body = stripped[m.end() :].strip()
        words = count_words(body) if body else 0
        ends = bool(body) and body[-1] in _END_PUNCT
        lines.append(
            Line(no, raw, body, indent, bullet, words, False, False, False, ends, prose_shape(words, ends, body))
        )
    _mark_context(lines)
    return lines


_BULLET_FIRST = frozenset("•□☆○◦▪▫●■◆►▸‣*0123456789")
_BULLET_LETTER = frozenset("abcdefghijklmnopqrstuvwxyz")


WRAP_WIDTH = 950
"""A line at least this long that does not end a sentence was probably wrapped by the dump."""


def _join_wrapped(raws: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Join lines the text browser wrapped at its column limit (the number of the first is kept)."""
    out: list[str] = []
    nums: list[int] = []
    joining = False
    for raw, no in zip(raws, numbers, strict=True):
        stripped = raw.rstrip()
        if joining and stripped.strip() and not stripped.startswith(" "):
            out[-1] = out[-1] + " " + stripped.strip()
        else:
            out.append(stripped)
            nums.append(no)
        tail = out[-1]
        joining = (
            len(tail) >= WRAP_WIDTH
            and tail[-1:] not in (".", "!", "?", '"', "”", ":")
            and "     " not in tail[-WRAP_WIDTH:]
        )
    return out, nums


def _mark_context(lines: list[Line]) -> None:
    """Fill ``blank_before``/``blank_after`` and ``in_list`` (raw lines are right-stripped already)."""
    n = len(lines)
    for i, ln in enumerate(lines):
        ln.blank_before = i == 0 or not lines[i - 1].raw
        ln.blank_after = i == n - 1 or not lines[i + 1].raw
    # A line is inside a list item when the closest less-indented non-blank line above is a bullet.
    stack: list[tuple[int, bool]] = []  # (indent, is_bullet) of open ancestors
    for ln in lines:
        if not ln.raw:
            continue
        while stack and stack[-1][0] >= ln.indent:
            stack.pop()
        ln.in_list = bool(stack) and stack[-1][1] and ln.bullet is None
        stack.append((ln.indent, ln.bullet is not None or ln.in_list))
