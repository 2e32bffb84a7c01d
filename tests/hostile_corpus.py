"""Generates hostile corpora on disk for the hostile-input tests (nothing here is a hand-kept file).

:func:`build_hostile_corpus` writes one file (or link, or folder) per case and returns the list of
:class:`Case` objects saying what should happen to each: indexed (and findable by a unique marker
word), or reported once with a reason. :func:`build_many` writes thousands of tiny valid pages.
:func:`write_hostile_article` writes a readable article whose every field carries terminal escape
sequences, bidi overrides and Rich/Textual markup.
"""

from __future__ import annotations

import os
import random
import zlib
from dataclasses import dataclass
from pathlib import Path

ARTICLE = """{outlet}

{title}

By Jane Reporter - 3 March 2024

The talks in Kidal resumed on Monday, and {marker} joined the table for the first time this year, officials said.

A second paragraph explains what the {marker} delegation from Bamako asked for, at length, so that it reads like prose.

Goïta's envoy said the coopération would continue, and nobody disagreed with him in public at least.
"""

BOILERPLATE = """Home | World | Africa | Sport | Business | Opinion
Subscribe
Sign in
Search
Menu
Accept cookies
We use cookies to improve your experience. Accept all | Reject all | Settings
Read more
Share on Facebook
Share on Twitter
Tags: Mali, Russia, Politics
Related
Most popular
Newsletter
Advertisement
Privacy policy | Terms of use | Contact us | About us
© 2024 Some Outlet. All rights reserved.
"""

SCRIPT_ONLY_HTML = """<!DOCTYPE html>
<html><head><title></title>
<style>body { color: red } .x::after { content: "not an article" }</style>
<script>var article = "Lavrov met Diop in Moscow"; document.write(article);</script>
</head><body><script>window.location = "https://example.invalid/";</script>
<style>p { display: none }</style></body></html>
"""

# Every kind of text that a terminal or a markup renderer might act on.
OSC52 = "\x1b]52;c;ZWNobyBvd25lZA==\x07"  # set the clipboard
OSC8 = "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\"  # hyperlink
CSI_CLEAR = "\x1b[2J\x1b[H"  # clear the screen, cursor home
CSI_RED = "\x1b[31m"
C1_CSI = "\x9b31m"  # 8-bit CSI
BEL = "\x07"
BIDI = "\u202ereversed\u202c \u2066isolated\u2069"
RICH = "[bold red]loud[/bold red] [link=https://evil.example]link[/link]"
TEXTUAL = "[@click=app.quit]quit[/] [@click=app.bell]bell[/]"
HOSTILE_TEXT = f"{OSC52}{OSC8}{CSI_CLEAR}{CSI_RED}{C1_CSI}{BEL}{BIDI} {RICH} {TEXTUAL}"
"""One string with every hostile sequence; no raw control or bidi character may reach a terminal."""

RAW_DANGEROUS = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e", "\u2066", "\u2069", "\u202c", "\x00")
"""Characters that must never appear raw in anything mali-tui writes to a terminal."""


@dataclass(frozen=True)
class Case:
    """One hostile file: its path, and either the marker word it is found by or the reason it is skipped."""

    name: str  # a short label for test ids and the report table
    path: Path
    marker: str | None = None  # indexed: a unique word in its body
    reason: str | None = None  # skipped: a fragment of the reported reason


def article(marker: str, title: str | None = None, outlet: str = "Some Outlet") -> str:
    """A page the text cleaner reads as an article, findable by ``marker``."""
    return ARTICLE.format(
        outlet=outlet, title=title or f"Kidal talks resume as {marker} joins the table", marker=marker
    )


def _write(path: Path | bytes, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)


def build_hostile_corpus(root: Path, seed: int = 1234) -> list[Case]:
    """Write the hostile corpus under ``root`` (which must exist) and return its cases.

    The 50 MB file is sparse, so it costs no real disk space or time to create.
    """
    rng = random.Random(seed)
    cases: list[Case] = []

    def good(name: str, rel: str, data: bytes, marker: str) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, data)
        cases.append(Case(name, path, marker=marker))

    def bad(name: str, rel: str, data: bytes, reason: str) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, data)
        cases.append(Case(name, path, reason=reason))

    good("plain utf-8", "plain.txt", article("markerplain").encode(), "markerplain")
    bad("empty file", "empty.txt", b"", "empty")
    bad("whitespace only", "blank.txt", b" \n\t\r\n   \n", "empty")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + zlib.compress(bytes(rng.getrandbits(8) for _ in range(2000)))
    bad("PNG bytes named .html", "picture.html", png, "binary")
    bad("random bytes", "noise.txt", bytes(rng.getrandbits(8) for _ in range(64 * 1024)), "binary")
    nul = article("markernul").replace("Monday,", "Mon\x00day,").replace("prose.", "prose.\x00\x00")
    good("NUL bytes in text", "nul.txt", nul.encode(), "markernul")
    good(
        "invalid UTF-8 byte",
        "badutf8.txt",
        article("markerbadutf").encode().replace(b"Kidal", b"Ki\xffdal", 1),
        "markerbadutf",
    )
    good("UTF-16 LE with BOM", "utf16bom.txt", article("markerutfbom").encode("utf-16"), "markerutfbom")
    good("UTF-16 LE without BOM", "utf16le.txt", article("markerutfle").encode("utf-16-le"), "markerutfle")
    good("UTF-16 BE without BOM", "utf16be.txt", article("markerutfbe").encode("utf-16-be"), "markerutfbe")
    cp1252 = article("markercp", title="“Goïta’s envoy” costs 5 € — talks resume").encode("cp1252")
    good("Windows-1252", "cp1252.txt", cp1252, "markercp")
    good(
        "Latin-1",
        "latin1.txt",
        article("markerlatin", title="Goïta reçoit la délégation à Bamako").encode("latin-1"),
        "markerlatin",
    )
    big = root / "huge.txt"
    with open(big, "wb") as handle:
        handle.write(article("markerhuge").encode())
        handle.seek(50 * 1024 * 1024)
        handle.write(b"\n")
    cases.append(Case("50 MB file", big, reason="larger than"))
    line = " ".join(f"word{i % 997} markerline" if i == 500 else f"word{i % 997}" for i in range(130_000))
    good("single 1 MB line", "oneline.txt", line.encode()[: 1024 * 1024], "markerline")
    deep = root / "deep"
    deep.mkdir()
    cwd = os.getcwd()
    os.chdir(deep)  # build the chain relatively so the depth is not limited by one mkdir call
    try:
        for _ in range(1100):
            os.mkdir("d")
            os.chdir("d")
        _write(Path("deep.txt"), article("markerdeep").encode())
        cases.append(Case("1100 nested folders", Path(os.getcwd()) / "deep.txt", marker="markerdeep"))
    finally:
        os.chdir(cwd)
    loops = root / "loops"
    loops.mkdir()
    (loops / "back").symlink_to("..", target_is_directory=True)
    cases.append(Case("directory symlink loop", loops / "back", reason="symlink loop"))
    (loops / "a.txt").symlink_to("b.txt")
    (loops / "b.txt").symlink_to("a.txt")
    cases.append(Case("file symlink loop a→b", loops / "a.txt", reason="symbolic links"))
    cases.append(Case("file symlink loop b→a", loops / "b.txt", reason="symbolic links"))
    (loops / "dangling.txt").symlink_to("nowhere.txt")
    cases.append(Case("dangling symlink", loops / "dangling.txt", reason="broken link"))
    os.mkfifo(root / "fifo.txt")
    cases.append(Case("named pipe .txt", root / "fifo.txt", reason="not a regular file"))
    names = root / "names"
    names.mkdir()
    good("newline in file name", "names/new\nline.txt", article("markernewline").encode(), "markernewline")
    good("escapes in file name", f"names/{OSC52}{CSI_RED}\u202eevil.txt", article("markeresc").encode(), "markeresc")
    path = os.fsencode(names) + b"/caf\xe9-\xff.txt"  # not valid UTF-8
    _write(path, article("markerbytes").encode())
    cases.append(Case("non-UTF-8 file name", Path(os.fsdecode(path)), marker="markerbytes"))
    bad("empty file, hostile name", f"names/{CSI_CLEAR}\x9b\nempty\u202e.txt", b"", "empty")
    bad("HTML with only script and style", "script.html", SCRIPT_ONLY_HTML.encode(), "no article text")
    bad("nothing but boilerplate", "boilerplate.txt", BOILERPLATE.encode(), "no article text")
    return cases


def remove_deep(root: Path) -> None:
    """Delete the nested-folder chain under ``root / "deep"`` without recursion (``shutil.rmtree`` recurses)."""
    chain = [root / "deep"]
    while (chain[-1] / "d").is_dir():
        chain.append(chain[-1] / "d")
    for folder in reversed(chain):
        for entry in os.scandir(folder):
            if not entry.is_dir(follow_symlinks=False):
                os.unlink(entry.path)
        os.rmdir(folder)


def build_many(root: Path, count: int) -> list[str]:
    """Write ``count`` tiny valid pages in folders of 500; return their marker words."""
    markers = []
    for i in range(count):
        folder = root / f"batch{i // 500:03d}"
        if i % 500 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        marker = f"tiny{i:05d}"
        (folder / f"{i:05d}.txt").write_text(article(marker), encoding="utf-8")
        markers.append(marker)
    return markers


def write_hostile_article(path: Path) -> Path:
    """A readable article whose outlet, title, byline and body all carry :data:`HOSTILE_TEXT`."""
    text = (
        f"Outlet {HOSTILE_TEXT}\n\n"
        f"Hostile headline {HOSTILE_TEXT} about Goïta and Lavrov\n\n"
        f"By Jane {CSI_RED}Reporter{BEL} - 3 March 2024\n\n"
        f"The talks in Kidal resumed on Monday {HOSTILE_TEXT} and markerhostile joined the table at last.\n\n"
        f"A second paragraph {OSC8} explains what the delegation asked for {RICH}, so it reads like prose.\n\n"
        f"A third paragraph {TEXTUAL} says Lavrov met Diop {BIDI} in Moscow, and the markerhostile talks went on.\n"
    )
    path.write_text(text, encoding="utf-8")
    return path
