"""Small text helpers shared by the engine: accent folding and terminal-safe text."""

from __future__ import annotations

import json
import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


class _FoldTable(dict[int, str]):
    """Code point -> folded character, filled lazily (``str.translate`` table)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code).translate(_APOSTROPHES)
        base = unicodedata.normalize("NFD", ch)[0] if code > 127 else ch
        low = base.lower()
        value = low if len(low) == 1 else base
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold case and accents so that "Goïta", "GOITA" and "goita" compare equal.

    Every character maps to exactly one character, so offsets in the folded text are offsets in
    the original (characters whose decomposition is not "base + marks" are only case-folded when
    that keeps the length).
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


# C0 controls except tab/newline, DEL, C1 controls, bidi overrides/isolates, and other format
# characters that can reorder or hide text in a terminal.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def terminal_safe(text: str, keep_newlines: bool = True) -> str:
    """Make text inert for a terminal: control, escape and bidi characters become visible escapes.

    ESC [31m becomes ``\\x1b[31m`` printed literally, so nothing reaches the terminal as a command.
    """

    def escape(match: re.Match[str]) -> str:
        ch = match.group(0)
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    safe = _UNSAFE.sub(escape, text)
    if not keep_newlines:
        safe = safe.replace("\n", "\\n").replace("\t", " ")
    return safe


def safe_path(path: object) -> str:
    """A file name for messages: undecodable bytes, newlines and controls shown as escapes."""
    text = str(path)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return terminal_safe(text, keep_newlines=False)


# What ``json.dumps(ensure_ascii=False)`` leaves raw but a terminal must not see: DEL, C1 controls,
# bidi controls, and lone surrogates (undecodable file-name bytes, which are not valid UTF-8).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ud800-\udfff]")


def json_safe(value: object) -> str:
    """One line of JSON that is inert in a terminal and still valid JSON (unlike ``terminal_safe``'s ``\\xNN``).

    Readable text stays readable; every control, bidi and surrogate character is a ``\\uXXXX`` escape.
    """
    text = json.dumps(value, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)
