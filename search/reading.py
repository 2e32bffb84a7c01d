"""Finding raw pages on disk and decoding them to text, reporting what cannot be read and why."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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
    the user might have expected to be read.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for root in paths:
        yield from _walk(Path(root), seen_dirs, top=True)


def _walk(path: Path, seen_dirs: set[tuple[int, int]], top: bool) -> Iterator[SourceFile | Skipped]:
    try:
        st = path.stat()
    except FileNotFoundError:
        yield Skipped(path, "not found" if top else "vanished or broken link")
        return
    except OSError as exc:
        yield Skipped(path, f"cannot access: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            yield Skipped(path, "folder already read (symlink loop)")
            return
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            yield Skipped(path, f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            yield from _walk(Path(entry.path), seen_dirs, top=False)
        return
    if not stat.S_ISREG(st.st_mode):
        yield Skipped(path, "not a regular file")
        return
    kind = kind_of(path)
    if kind is None:
        yield Skipped(path, f"not a page (suffix {path.suffix or 'none'!s}; expected .txt, .html or .htm)")
        return
    yield SourceFile(path=path, kind=kind, size=st.st_size, mtime_ns=st.st_mtime_ns)


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
    """Decode page bytes to text: BOMs first, then UTF-8, then charset detection.

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
    return _decode_legacy(data)


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
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(8, len(sample) // 50)


def _decode_legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes: charset detection, defaulting to Windows-1252 for Western pages."""
    from charset_normalizer import from_bytes

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
