"""Single-byte code pages: the charset a page declares, and the Latin code page its letters read best in."""

from __future__ import annotations

import codecs
import re

DECLARATION_SCAN_BYTES = 64 * 1024
"""How far into a page a charset declaration is looked for (pages put scripts and styles before it)."""

_DECLARED_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<meta>[a-z0-9_.:-]{2,40})|"""
    rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["'](?P<xml>[a-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
"""'<meta charset="ISO-8859-2">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">' and
'<?xml version="1.0" encoding="iso-8859-1"?>'."""

_WHATWG_LABELS = {
    # Browsers read these labels as the superset code page (the WHATWG Encoding Standard).
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
}

_LATIN_PAGES = ("cp1252", "cp1250", "iso8859_2")
"""Western first: the Central European code pages win only when their letters read clearly better."""
_IN_WORD_RE = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f](?=[A-Za-z])")
"""A non-ASCII character between two ASCII letters: a letter in any right reading ('było', 'délégation')."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset an HTML or XML page declares near its top, or None (none, unknown, or
    UTF-8 and UTF-16, which the byte checks settle)."""
    m = _DECLARED_RE.search(data[:DECLARATION_SCAN_BYTES])
    if m is None:
        return None
    label = (m.group("meta") or m.group("xml")).decode("ascii").strip().lower()
    label = _WHATWG_LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-8", "utf-16", "utf-32")) else name


def best_latin_page(data: bytes) -> str:
    """The Latin code page in which the page's non-ASCII bytes inside words are letters: Windows-1252 unless
    Windows-1250 or ISO-8859-2 reads clearly more of them as letters (Polish 'było' is 'by³o' in Windows-1252)."""
    sample = data[:200_000]
    scores = []
    for page in _LATIN_PAGES:
        inside = _IN_WORD_RE.findall(sample.decode(page, errors="replace"))
        letters = sum(ch.isalpha() for ch in inside)
        scores.append((letters - (len(inside) - letters), len(inside)))
    western, positions = scores[0]
    best = max(range(len(_LATIN_PAGES)), key=lambda i: scores[i][0])
    if best and scores[best][0] - western > max(2, positions // 10):
        return _LATIN_PAGES[best]
    return _LATIN_PAGES[0]
