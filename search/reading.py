"""Finding raw pages on disk and decoding them to text, reporting what cannot be read and why."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from search.charsets import best_latin_page, declared_charset

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MAX_FILE_BYTES = 20 * 1024 * 1024
"""Pages larger than this are skipped: no news article is 20 MB of text."""


@dataclass(frozen=True)
class SourceFile:
    """A file found in the corpus, with what ``os.stat`` said about it."""

    path: Path
    kind: str  # "text" or "html"
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Skipped:
    """A path that was not read, and the reason (for the user)."""

    path: Path
    reason: str


class UnreadableFile(Exception):
    """A page that could not be read or decoded; the message says why."""


def kind_of(path: Path) -> str | None:
    """The page kind by suffix ("text" or "html"), or None for other files."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    return None


def discover(paths: list[Path]) -> Iterator[SourceFile | Skipped]:
    """Walk files and folders (recursively, sorted, without following directory symlink loops).

    Yields a :class:`SourceFile` for every page and a :class:`Skipped` for everything else that
    the user might have expected to be read. The walk keeps its own stack, so folder depth is not
    limited by Python's recursion limit.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for root in paths:
        stack: list[tuple[Path, bool]] = [(Path(root), True)]
        while stack:
            path, top = stack.pop()
            item = _visit(path, seen_dirs, top)
            if isinstance(item, list):
                stack.extend((child, False) for child in reversed(item))
            elif item is not None:
                yield item


def _visit(path: Path, seen_dirs: set[tuple[int, int]], top: bool) -> SourceFile | Skipped | list[Path] | None:
    """One step of the walk: a page, a skipped path, or a folder's children (sorted, hidden ones left out)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return Skipped(path, "not found" if top else "vanished or broken link")
    except OSError as exc:
        return Skipped(path, f"cannot access: {exc.strerror or exc}")
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            return Skipped(path, "folder already read (symlink loop)")
        seen_dirs.add(key)
        try:
            with os.scandir(path) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as exc:
            return Skipped(path, f"cannot list folder: {exc.strerror or exc}")
        return [path / name for name in names if not name.startswith(".")]
    if not stat.S_ISREG(st.st_mode):
        return Skipped(path, "not a regular file")
    kind = kind_of(path)
    if kind is None:
        return Skipped(path, f"not a page (suffix {path.suffix or 'none'!s}; expected .txt, .html or .htm)")
    return SourceFile(path=path, kind=kind, size=st.st_size, mtime_ns=st.st_mtime_ns)


def read_bytes(path: Path) -> bytes:
    """Read a page's bytes, refusing files that are too large; raise :class:`UnreadableFile`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableFile("vanished before it could be read") from None
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return data


def decode(data: bytes) -> str:
    """Decode page bytes to text: BOMs first, then UTF-8, then the charset the page declares, then detection.

    Raises :class:`UnreadableFile` for empty and binary data.
    """
    if not data.strip():
        raise UnreadableFile("empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if _looks_utf16_without_bom(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", errors="replace")
    if _looks_binary(data):
        raise UnreadableFile("binary data, not a text or HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    declared = declared_charset(data)
    if declared is not None:  # '<meta charset="ISO-8859-2">': the page says how to read it
        return data.decode(declared, errors="replace")
    return _decode_legacy(data)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a damaged page), decoded with replacements; else None.

    A page counts as UTF-8 when its valid multi-byte characters outnumber its invalid bytes: a
    Windows-1252 page has almost no valid multi-byte sequences, since its accented letters stand
    alone between ASCII letters.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad
    return text if valid > 0 and bad <= valid else None


def _western(data: bytes) -> bool:
    """Whether non-ASCII bytes sit mostly inside Latin-script words (é in "délégation").

    Single-byte Western pages (Latin-1, Windows-1252) mix accented letters into ASCII words;
    Cyrillic, Greek or Arabic single-byte pages have whole words of high bytes instead.
    """
    sample = data[:200_000]
    high = inside = 0
    for i, byte in enumerate(sample):
        if byte < 0x80:
            continue
        high += 1
        before = sample[i - 1 : i]
        after = sample[i + 1 : i + 2]
        if before.isalpha() or after.isalpha():
            inside += 1
    return high > 0 and inside * 2 > high


def _looks_utf16_without_bom(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    return (odd_nuls > 0.4 * half and even_nuls < 0.05 * half) or (even_nuls > 0.4 * half and odd_nuls < 0.05 * half)


_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b")


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:8192]
    # Backspace (overstrike in man-style dumps) and ESC (ANSI colours) occur in text; NUL and friends do not.
    controls = sum(1 for b in sample if (b < 9 or 13 < b < 32) and b not in (0x08, 0x1B))
    return controls > max(8, len(sample) // 50)


def _decode_legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes: Latin-script pages in the Latin code page their letters read best in (Windows-1252
    unless a Central European one reads clearly better), others by charset detection."""
    from charset_normalizer import from_bytes

    if _western(data):  # detectors guess Baltic or Cyrillic code pages for short French pages
        return data.decode(best_latin_page(data), errors="replace")
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Detectors often confuse the Western single-byte code pages; cp1252 is a superset in practice.
    if encoding.lower().replace("-", "_") in {"latin_1", "iso8859_1", "iso8859_15", "cp1250", "cp1252"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


def read_page(path: Path) -> str:
    """Read and decode one page; raise :class:`UnreadableFile` with a reason."""
    text = decode(read_bytes(path))
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
