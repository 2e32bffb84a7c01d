"""Splitting a text dump into lines with cheap layout and prose features."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_SCAN = 4000
"""Only this many characters of a line are looked at by the pattern rules (keeps huge lines fast)."""

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_BULLET_RE = re.compile(r"^([•□☆○◦▪▫●■◆►▸‣\*]|\d{1,3}\.|[a-z]\))(?:\s+|$)")
_COLUMN_GAP_RE = re.compile(r"(?<=\S) {10,}(?=\S)")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PLACEHOLDER_RE = re.compile(r"^(?:\[[^\]]{0,80}\]\s*)+$")
_END_PUNCT = ".!?…:;\"”»’)'"
_SENTENCE_RE = re.compile(r"[.!?…][\"”’»)]?\s+[\"“‘«(]?[A-ZÀ-ÖØ-Þ]")


@dataclass
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

    @property
    def scan(self) -> str:
        """The text cut to a bounded length for pattern matching."""
        return self.text[:MAX_SCAN]

    @property
    def full(self) -> str:
        """The stripped line including its list marker (a "29." marker may be a date's day)."""
        return self.raw.strip()[:MAX_SCAN]

    @property
    def ends_sentence(self) -> bool:
        """True when the text ends like a sentence."""
        return bool(self.text) and self.text[-1] in _END_PUNCT

    @property
    def is_placeholder(self) -> bool:
        """True for image/form placeholders such as ``[logo]`` or ``[      ]``."""
        return bool(_PLACEHOLDER_RE.match(self.scan)) or self.scan.startswith("<")

    @property
    def sentences(self) -> int:
        """Rough count of sentence boundaries inside the text (plus a final one)."""
        return len(_SENTENCE_RE.findall(self.scan)) + (1 if self.ends_sentence else 0)

    @property
    def is_prose(self) -> bool:
        """True for a line that reads like running text rather than a menu entry or a headline."""
        if self.words < 8:
            return False
        return self.ends_sentence or self.words >= 25

    @property
    def lowercase_start(self) -> bool:
        """True when the text starts with a lowercase letter."""
        t = self.text.lstrip("\"'“‘«„¿¡([ ")
        return bool(t) and t[0].isalpha() and t[0].islower()


def normalise_input(text: object) -> str:
    """Coerce any input to a clean str: decode bytes, drop control characters, unify newlines."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    return text.replace("\u00a0", " ")


def count_words(text: str) -> int:
    """Count alphabetic words in (a bounded prefix of) text."""
    return len(_WORD_RE.findall(text[:MAX_SCAN]))


def split_lines(text: str) -> list[Line]:
    """Split a normalised dump into :class:`Line` objects (blank lines included, text empty)."""
    raws = text.split("\n")
    lines: list[Line] = []
    numbers = list(range(1, len(raws) + 1))
    raws, numbers = _join_wrapped(raws, numbers)
    cells: list[tuple[int, str]] = []
    for no, raw in zip(numbers, raws, strict=True):
        raw = raw.rstrip()
        stripped = raw.lstrip()
        if _COLUMN_GAP_RE.search(stripped[:MAX_SCAN]):
            # Table layout: several columns on one line; each column becomes its own line.
            lead = len(raw) - len(stripped)
            for part in _COLUMN_GAP_RE.split(stripped):
                if part.strip():
                    cells.append((no, " " * lead + part.strip()))
            continue
        cells.append((no, raw))
    for no, raw in cells:
        stripped = raw.lstrip()
        indent = len(raw) - len(stripped)
        bullet = None
        body = stripped
        m = _BULLET_RE.match(stripped[:20])
        if m:
            bullet = m.group(1)
            body = stripped[m.end() :]
        body = unicodedata.normalize("NFC", body.strip()) if len(body) < 100_000 else body.strip()
        lines.append(
            Line(
                no=no,
                raw=raw,
                text=body,
                indent=indent,
                bullet=bullet,
                words=count_words(body),
                blank_before=False,
                blank_after=False,
            )
        )
    _mark_context(lines)
    return lines


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
    """Fill ``blank_before``/``blank_after`` and ``in_list``."""
    n = len(lines)
    for i, ln in enumerate(lines):
        ln.blank_before = i == 0 or not lines[i - 1].raw.strip()
        ln.blank_after = i == n - 1 or not lines[i + 1].raw.strip()
    # A line is inside a list item when the closest less-indented non-blank line above is a bullet.
    stack: list[tuple[int, bool]] = []  # (indent, is_bullet) of open ancestors
    for ln in lines:
        if not ln.raw.strip():
            continue
        while stack and stack[-1][0] >= ln.indent:
            stack.pop()
        ln.in_list = bool(stack) and stack[-1][1] and ln.bullet is None
        if ln.bullet is not None and ln.indent == 0 and not stack:
            pass
        stack.append((ln.indent, ln.bullet is not None or ln.in_list))
