"""Turning one raw page on disk into an :class:`~search.model.Article` (read → clean → entities)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from search.cleaning import clean_html, clean_text
from search.config import Config
from search.entities import EntityMatcher
from search.model import Article, CleanedPage
from search.reading import UnreadableFile, decode, kind_of, read_bytes

NO_ARTICLE = "no article text found (only scripts, menus or boilerplate)"
"""The reason reported for a readable page whose cleaning leaves no body."""
_CONTROL_CHARS = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 0x7F])


def article_id(path: Path) -> str:
    """A stable id for the page at ``path`` (the same on every run for the same file)."""
    resolved = str(Path(path).absolute())
    digest = hashlib.sha1(resolved.encode("utf-8", "surrogateescape")).hexdigest()
    return digest[:12]


def content_hash(data: bytes) -> str:
    """The hash that decides whether a page changed since it was indexed."""
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def clean_page(text: str, kind: str) -> CleanedPage:
    """Clean decoded page text of the given kind ("text" or "html")."""
    return clean_html(text) if kind == "html" else clean_text(text)


def build_article(path: Path, data: bytes, config: Config, matcher: EntityMatcher, kind: str | None = None) -> Article:
    """Decode, clean and tag one page's bytes.

    Raises ``UnreadableFile`` for undecodable data and for pages that hold no article text.
    """
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    page = clean_page(text, kind or kind_of(path) or "text")
    body = page.body.translate(_CONTROL_CHARS)
    if not body.strip():
        raise UnreadableFile(NO_ARTICLE)
    return Article(
        id=article_id(path),
        source=str(path),
        title=page.title,
        outlet=config.canonical_outlet(page.outlet),
        date=page.date,
        author=page.author,
        lang=page.lang,
        body=body,
        headings=list(page.headings),
        entities=matcher.find(body),
        dropped=list(page.dropped),
        content_hash=content_hash(data),
    )


def article_from_file(path: Path, config: Config, matcher: EntityMatcher) -> Article:
    """Read, clean and tag the page at ``path``. Raises ``UnreadableFile`` with a reason."""
    return build_article(path, read_bytes(path), config, matcher)
