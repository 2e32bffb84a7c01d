"""Plain data objects shared by the engine and the app (no Whoosh or Textual types leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DroppedLine:
    """A source line the cleaner removed, with the 1-based line number and the reason."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class EntityMention:
    """One mention of a gazetteer entity: ``body[start:end]`` is the matched text."""

    name: str
    type: str
    start: int
    end: int


@dataclass
class CleanedPage:
    """What the cleaner extracts from one raw page. A value the page does not state is ``None``."""

    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    author: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)  # indices into paragraphs that are subheadings
    lang: str | None = None
    dropped: list[DroppedLine] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body text: paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)


@dataclass
class Article:
    """A cleaned article ready for indexing or display."""

    id: str
    source: str
    title: str | None
    outlet: str | None
    date: str | None
    author: str | None
    lang: str | None
    body: str
    headings: list[int] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    content_hash: str = ""

    @property
    def paragraphs(self) -> list[str]:
        """The body split back into paragraphs."""
        return self.body.split("\n\n") if self.body else []

    def to_json(self) -> dict[str, object]:
        """The JSON object printed by ``show --json`` and ``clean --json``."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "author": self.author,
            "lang": self.lang,
            "source": self.source,
            "body": self.body,
            "headings": self.headings,
            "entities": [{"name": m.name, "type": m.type, "start": m.start, "end": m.end} for m in self.entities],
            "dropped": [{"line": d.line, "text": d.text, "reason": d.reason} for d in self.dropped],
        }


@dataclass(frozen=True)
class Hit:
    """One search result row."""

    id: str
    title: str | None
    outlet: str | None
    date: str | None
    author: str | None
    source: str
    score: float
    snippet: str = ""  # plain text; hit terms wrapped by the markers in ``snippet_spans``
    snippet_spans: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, object]:
        """The JSON Lines object printed by ``search --json``."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "author": self.author,
            "source": self.source,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }


@dataclass
class SearchResults:
    """A page of hits plus totals and facet counts for the whole result set."""

    query: str
    hits: list[Hit]
    total: int
    page: int = 1
    pagelen: int = 50
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)  # words to highlight in the reader
    suggestion: str | None = None  # "did you mean" when nothing matched


class QueryError(ValueError):
    """A query that cannot be parsed; ``position`` is the 0-based character offset."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position

    def __str__(self) -> str:
        return f"{self.message} (at character {self.position + 1})"
