"""An article prepared for display: terminal-safe text, spans remapped, and its Rich rendering.

``make_doc`` runs in a worker thread; ``build_text`` runs on the UI side with the styles taken
from CSS. Article text is data, never markup: everything becomes :class:`rich.text.Text` built
with ``append``/``stylize`` (never parsed), and control/escape characters are made visible first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

from search.model import Article
from search.textnorm import safe_path, terminal_safe

Span = tuple[int, int]


def safe_map(text: str) -> tuple[str, list[int] | None]:
    """``terminal_safe(text)`` plus a map from old to new offsets (None when nothing changed)."""
    safe = terminal_safe(text)
    if safe == text:
        return text, None
    offsets = [0] * (len(text) + 1)
    out: list[str] = []
    pos = 0
    for index, ch in enumerate(text):
        offsets[index] = pos
        piece = terminal_safe(ch)
        out.append(piece)
        pos += len(piece)
    offsets[len(text)] = pos
    return "".join(out), offsets


def one_line(text: str | None) -> str:
    """Text for a single line (titles, outlets): safe, whitespace collapsed."""
    return " ".join(terminal_safe(text or "", keep_newlines=False).replace("\\n", " ").split())


@dataclass(frozen=True)
class EntitySpan:
    """An entity mention in the display body."""

    start: int
    end: int
    name: str
    type: str


@dataclass
class ArticleDoc:
    """Everything the reader needs, computed off the UI thread."""

    article: Article
    title: str
    meta: str
    body: str
    paragraphs: list[Span]
    headings: set[int]
    entities: list[EntitySpan]
    hits: list[Span]
    entity_counts: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The article id."""
        return self.article.id

    def citation(self) -> str:
        """A one-line citation: title, outlet, date, source."""
        parts = [
            one_line(self.article.title) or "(untitled)",
            one_line(self.article.outlet) or "unknown outlet",
            self.article.date or "undated",
            safe_path(self.article.source),
        ]
        return ". ".join(parts) + "."


def make_doc(article: Article, hits: list[Span]) -> ArticleDoc:
    """Prepare ``article`` for display; ``hits`` are (start, end) spans into ``article.body``."""
    body, offsets = safe_map(article.body)

    def remap(start: int, end: int) -> Span:
        if offsets is None:
            return start, end
        return offsets[min(start, len(offsets) - 1)], offsets[min(end, len(offsets) - 1)]

    paragraphs: list[Span] = []
    pos = 0
    for para in article.body.split("\n\n") if article.body else []:
        paragraphs.append(remap(pos, pos + len(para)))
        pos += len(para) + 2
    entities = [
        EntitySpan(*remap(m.start, m.end), terminal_safe(m.name), m.type)
        for m in sorted(article.entities, key=lambda m: (m.start, m.end))
        if 0 <= m.start < m.end <= len(article.body)
    ]
    counts = Counter((m.name, m.type) for m in article.entities)
    entity_counts = [
        (terminal_safe(name), kind, n) for (name, kind), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    ]
    meta = " · ".join(one_line(x) for x in (article.outlet, article.date, article.author) if x) or "no outlet · no date"
    return ArticleDoc(
        article=article,
        title=one_line(article.title) or "(untitled)",
        meta=meta,
        body=body,
        paragraphs=paragraphs,
        headings={i for i in article.headings if 0 <= i < len(paragraphs)},
        entities=entities,
        hits=sorted(remap(s, e) for s, e in hits),
        entity_counts=entity_counts,
    )


STYLE_NAMES = ("title", "meta", "heading", "person", "place", "organisation", "hit", "current-hit")
"""The style slots ``build_text`` uses; the reader fills them from its CSS component classes."""

DEFAULT_STYLES: dict[str, Style] = {
    "title": Style(bold=True),
    "meta": Style(dim=True),
    "heading": Style(bold=True, color="cyan"),
    "person": Style(bold=True, color="magenta"),
    "place": Style(underline=True, color="green"),
    "organisation": Style(bold=True, underline=True, color="yellow"),
    "hit": Style(reverse=True, color="yellow"),
    "current-hit": Style(reverse=True, bold=True, color="red"),
}


def build_text(
    doc: ArticleDoc,
    styles: dict[str, Style] | None = None,
    show_entities: bool = True,
    current_hit: int | None = None,
) -> tuple[Text, int]:
    """The reader's text for ``doc`` and the offset at which the body starts in it."""
    styles = {**DEFAULT_STYLES, **(styles or {})}
    text = Text()
    text.append(doc.title, styles["title"])
    text.append("\n")
    text.append(doc.meta, styles["meta"])
    text.append("\n\n")
    base = len(text)
    text.append(doc.body)
    for index in sorted(doc.headings):
        start, end = doc.paragraphs[index]
        text.stylize(styles["heading"], base + start, base + end)
    if show_entities:
        for mention in doc.entities:
            style = styles.get(mention.type)
            if style is not None:
                text.stylize(style, base + mention.start, base + mention.end)
    for index, (start, end) in enumerate(doc.hits):
        key = "current-hit" if index == current_hit else "hit"
        text.stylize(styles[key], base + start, base + end)
    return text, base
