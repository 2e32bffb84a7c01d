"""The blocking side of the app: index, search and article loading, run only in thread workers.

Nothing here touches Textual. Whoosh and the engine are imported lazily, inside the functions,
so importing the app (and its first paint) never waits for them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from search.config import Config
from search.model import Article, Hit, QueryError, SearchResults
from tui.document import ArticleDoc, Span, make_doc

if TYPE_CHECKING:
    from search.engine import Engine
    from search.index import IndexReport

PAGELEN = 100
"""Hits per page fetched for the list."""


@dataclass
class QueryTerms:
    """What to highlight for a query: analysed word sequences and entity names."""

    phrases: list[tuple[str, ...]] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.phrases or self.entities)


class Backend:
    """Owns the engine and the highlighter; every method blocks and must run in a worker."""

    def __init__(self, config: Config, index_dir: Path) -> None:
        self.config = config
        self.index_dir = Path(index_dir)
        self._engine: Engine | None = None
        self._analyzer = None
        self._matcher = None
        self._lock = threading.Lock()

    # -- index -------------------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The engine (created on first use)."""
        with self._lock:
            if self._engine is None:
                from search.engine import Engine

                self._engine = Engine(self.config, self.index_dir)
            return self._engine

    def reopen(self) -> None:
        """Drop the engine so the next call opens the index afresh (after this app changed it)."""
        with self._lock:
            old, self._engine = self._engine, None
        if old is not None:
            old.close()

    def exists(self) -> bool:
        """Whether an index is already there to search."""
        return self.engine.exists()

    def doc_count(self) -> int:
        """Articles in the index."""
        return self.engine.doc_count()

    def update(
        self,
        progress: Callable[[int, int, str], None] | None,
        cancelled: Callable[[], bool],
        on_wait: Callable[[], None] | None = None,
    ) -> IndexReport:
        """Bring the index up to date with the corpus (cheap when nothing changed)."""
        from search.index import Indexer

        return Indexer(self.config, self.index_dir).update(progress=progress, cancelled=cancelled, on_wait=on_wait)

    def facets(self) -> tuple[dict[str, int], dict[str, int]]:
        """Every outlet and entity with its article count."""
        engine = self.engine
        return engine.outlets(), engine.entities()

    # -- search ------------------------------------------------------------------------------------

    def search(self, query: str, sort: str, page: int = 1) -> SearchResults:
        """One page of results (raises QueryError)."""
        # No facets: nothing shows them per query (pickers load counts once), and they cost the most.
        return self.engine.search(query, sort=sort, page=page, pagelen=PAGELEN, snippets=False, facets=False)

    def article(self, article_id: str) -> Article | None:
        """The full article."""
        return self.engine.get(article_id)

    # -- highlighting ------------------------------------------------------------------------------

    def _tools(self):
        with self._lock:
            if self._analyzer is None:
                from search.entities import EntityMatcher
                from search.index import make_schema

                self._analyzer = make_schema()["body"].analyzer
                self._matcher = EntityMatcher(self.config.entities)
            return self._analyzer, self._matcher

    def query_terms(self, query: str) -> QueryTerms:
        """The words, phrases and entities of ``query`` to highlight (nothing if it cannot be read)."""
        from search.query import parse

        analyzer, matcher = self._tools()
        terms = QueryTerms()
        try:
            parsed = parse(query)
        except QueryError:
            return terms
        for group in parsed.groups:
            for clause in group:
                if clause.negated:
                    continue
                if clause.field in (None, "title"):
                    tokens = tuple(t.text for t in analyzer(clause.value))
                    if tokens:
                        terms.phrases.append(tokens)
                elif clause.field == "entity":
                    entity = matcher.resolve(clause.value)
                    if entity is not None:
                        terms.entities.add(entity.name)
        return terms

    def hit_spans(self, article: Article, terms: QueryTerms) -> list[Span]:
        """Where ``terms`` match in the article body, as (start, end) character spans."""
        if not terms or not article.body:
            return []
        analyzer, _matcher = self._tools()
        spans: set[Span] = set()
        if terms.phrases:
            tokens = [(t.text, t.startchar, t.endchar) for t in analyzer(article.body, chars=True)]
            words = [t[0] for t in tokens]
            for phrase in terms.phrases:
                size = len(phrase)
                first = phrase[0]
                for index, word in enumerate(words):
                    if word == first and tuple(words[index : index + size]) == phrase:
                        spans.add((tokens[index][1], tokens[index + size - 1][2]))
        for mention in article.entities:
            if mention.name in terms.entities:
                spans.add((mention.start, mention.end))
        ordered: list[Span] = []
        for start, end in sorted(spans):
            if ordered and start < ordered[-1][1]:
                ordered[-1] = (ordered[-1][0], max(end, ordered[-1][1]))
            else:
                ordered.append((start, end))
        return ordered

    def load_doc(self, article_id: str, query: str) -> ArticleDoc | None:
        """The article prepared for the reader, with the query's hits."""
        article = self.article(article_id)
        if article is None:
            return None
        return make_doc(article, self.hit_spans(article, self.query_terms(query)))

    def hit_counts(self, hits: list[Hit], query: str, cancelled: Callable[[], bool]) -> dict[str, int]:
        """How often the query matches in each listed article."""
        terms = self.query_terms(query)
        counts: dict[str, int] = {}
        if not terms:
            return counts
        for hit in hits:
            if cancelled():
                break
            article = self.article(hit.id)
            counts[hit.id] = len(self.hit_spans(article, terms)) if article else 0
        return counts


def read_raw(article: Article) -> tuple[list[str], str | None]:
    """The source page's lines (as the cleaner numbered them), or an error message."""
    from search.reading import UnreadableFile, read_page

    try:
        return read_page(Path(article.source)).split("\n"), None
    except (UnreadableFile, OSError) as exc:
        return [], str(exc)
