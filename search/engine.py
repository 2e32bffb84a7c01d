"""The read side of the index: searching, fetching articles and listing facets.

One :class:`Engine` per process; it keeps one Whoosh searcher and refreshes it when the index
changes. A lock serialises access, so the app's thread workers can share it safely.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import re
import threading
from collections import Counter
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from search.config import Config
from search.entities import EntityMatcher
from search.index import decode_article, default_index_dir
from search.model import Article, Hit, QueryError, SearchResults
from search.query import QueryBuilder

if TYPE_CHECKING:
    from whoosh.analysis import Analyzer
    from whoosh.highlight import Fragment
    from whoosh.searching import Searcher

SORTS = ("relevance", "date")
SNIPPET_WINDOW = 2000
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


class IndexMissing(Exception):
    """There is no index yet at the given folder."""


class Engine:
    """Searches an index built by :class:`search.index.Indexer`."""

    def __init__(self, config: Config, index_dir: Path | None = None) -> None:
        self.config = config
        self.index_dir = Path(index_dir) if index_dir else default_index_dir(config)
        self.matcher = EntityMatcher(config.entities)
        self._lock = threading.RLock()
        self._ix = None
        self._searcher = None
        self._builder: QueryBuilder | None = None
        self._analyzer: Analyzer | None = None
        self._columns_cache: _Columns | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    def exists(self) -> bool:
        """Whether an index has been built at ``index_dir``."""
        from whoosh import index as windex

        try:
            return self.index_dir.is_dir() and windex.exists_in(str(self.index_dir))
        except Exception:
            return False

    def _ensure_searcher(self) -> Searcher:
        from whoosh import index as windex

        if self._ix is None:
            if not self.exists():
                raise IndexMissing(f"no index at {self.index_dir}; run `mali-tui index` first")
            self._ix = windex.open_dir(str(self.index_dir))
            self._builder = QueryBuilder(self._ix.schema, self.matcher)
            self._analyzer = self._ix.schema["body"].analyzer  # once: it carries the stemming cache
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            if self._searcher.doc_count_all() == 0:
                # Whoosh cannot refresh a searcher over an empty index (its reader has no segment list).
                self._searcher.close()
                self._searcher = self._ix.searcher()
            else:
                self._searcher = self._searcher.refresh()
        return self._searcher

    def close(self) -> None:
        """Release the searcher and index handles."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None
            self._ix = None

    def doc_count(self) -> int:
        """How many articles the index holds."""
        with self._lock:
            return self._ensure_searcher().doc_count()

    # -- queries -----------------------------------------------------------------------------------

    def search(
        self,
        text: str,
        sort: str = "relevance",
        page: int = 1,
        pagelen: int = 50,
        snippets: bool = True,
        facets: bool = True,
        today: dt.date | None = None,
    ) -> SearchResults:
        """Run a query; raise :class:`QueryError` (with a position) if it cannot be parsed."""
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; use relevance or date", 0)
        with self._lock:
            searcher = self._ensure_searcher()
            assert self._builder is not None
            query, parsed = self._builder.build(text, today=today)
            page = max(1, page)
            limit = page * pagelen
            matched: list[int] | None = None
            if sort == "date":
                matched = list(searcher.docs_for_query(query))
                ranked = self._newest_first(searcher, matched, limit)
                total = len(matched)
            else:
                collector = _top_collector(limit, keep_matches=facets)
                searcher.search_with_collector(query, collector)
                results = collector.results()
                total = len(results)
                ranked = [(hit.docnum, hit.score) for hit in results[:limit]]
                matched = collector.matched
            body_terms = {
                text.decode("utf-8") if isinstance(text, bytes) else text
                for fieldname, text in query.iter_all_terms()
                if fieldname in ("body", "title")
            }
            hits: list[Hit] = []
            for docnum, score in ranked[(page - 1) * pagelen : limit]:
                stored = searcher.stored_fields(docnum)
                snippet, spans = ("", ())
                if snippets:
                    snippet, spans = self._snippet(self._article_blob(searcher, docnum), body_terms)
                hits.append(
                    Hit(
                        id=stored["id"],
                        title=stored.get("title") or None,
                        outlet=stored.get("outlet") or None,
                        date=stored.get("date") or None,
                        author=stored.get("author") or None,
                        source=stored.get("source", ""),
                        score=score if isinstance(score, (int, float)) else 0.0,
                        snippet=snippet,
                        snippet_spans=spans,
                    )
                )
            facet_counts = self._facets(searcher, matched) if facets and matched is not None else {}
            suggestion = self._suggest(text, parsed.free_words) if total == 0 else None
            return SearchResults(
                query=text,
                hits=hits,
                total=total,
                page=page,
                pagelen=pagelen,
                facets=facet_counts,
                terms=parsed.free_words,
                suggestion=suggestion,
            )

    def _columns(self, searcher: Searcher) -> _Columns:
        """Per-document date, outlet, month and entities for ``searcher``, read once and kept until it changes."""
        if self._columns_cache is None or self._columns_cache.searcher is not searcher:
            self._columns_cache = _Columns(searcher)
        return self._columns_cache

    def _newest_first(self, searcher: Searcher, matched: list[int], limit: int) -> list[tuple[int, float]]:
        """The ``limit`` newest of the matching documents (undated last), without scoring any.

        Listing the matching documents is cheap next to scoring or sorting them in Whoosh's collector;
        the ranking then runs on each document's date, read once per searcher into a list.
        """
        dates = self._columns(searcher).dates
        return [(docnum, 0.0) for docnum in heapq.nlargest(limit, matched, key=dates.__getitem__)]

    def _facets(self, searcher: Searcher, matched: list[int]) -> dict[str, dict[str, int]]:
        """Outlet, entity and month counts over the matching documents, most first."""
        columns = self._columns(searcher)
        counts = {
            "outlet": Counter(map(columns.outlets.__getitem__, matched)),
            "entity": Counter(chain.from_iterable(map(columns.entities.__getitem__, matched))),
            "month": Counter(map(columns.months.__getitem__, matched)),
        }
        return {
            name: {key: n for key, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])) if key}
            for name, found in counts.items()
        }

    def _article_blob(self, searcher: Searcher, docnum: int) -> bytes:
        return self._columns(searcher).articles[docnum]

    def _snippet(self, blob: bytes, terms: set[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
        from whoosh import highlight

        body = decode_article(blob).body.replace(_MARK_OPEN, " ").replace(_MARK_CLOSE, " ")
        assert self._analyzer is not None
        fragmenter = highlight.ContextFragmenter(maxchars=160, surround=50)
        text = ""
        if terms:
            # Analysing text is what costs: highlight the few hundred characters around the first place a
            # term's stem shows, then the opening, and the whole body only if neither holds a hit.
            parts = [_around_first(body, terms), _opening(body, SNIPPET_WINDOW), body]
            for part in dict.fromkeys(part for part in parts if part is not None):  # each distinct text once
                text = highlight.highlight(part, frozenset(terms), self._analyzer, fragmenter, _MarkFormatter(), top=2)
                if text:
                    break
        if not text:
            text = body[:160]
        return _spans_from_marks(" ".join(text.split()))

    def _suggest(self, text: str, words: list[str]) -> str | None:
        """A corrected query from the index vocabulary, or None."""
        searcher = self._searcher
        if searcher is None or not words:
            return None
        corrector = searcher.corrector("body")
        changed = text
        any_change = False
        for word in words:
            # Phrases and words of under 4 letters get no suggestion (Whoosh's automaton also needs
            # the word to be longer than the prefix).
            if " " in word or len(word) < 4:
                continue
            # A 2-letter prefix keeps this cheap on a big vocabulary (distance 2 still fixes a swap).
            options = corrector.suggest(word.lower(), limit=1, maxdist=2, prefix=2)
            if options and options[0] != word.lower():
                changed = re.sub(rf"(?<![\w:]){re.escape(word)}(?!\w)", options[0], changed, count=1)
                any_change = True
        return changed if any_change else None

    # -- articles and facets -----------------------------------------------------------------------

    def get(self, article_id: str) -> Article | None:
        """The article with this id (a unique prefix of at least 4 characters also works)."""
        with self._lock:
            searcher = self._ensure_searcher()
            docnum = searcher.document_number(id=article_id)
            if docnum is None and len(article_id) >= 4:
                from whoosh.query import Prefix

                found = searcher.search(Prefix("id", article_id), limit=2)
                if len(found) == 1:
                    docnum = found[0].docnum
            return decode_article(self._article_blob(searcher, docnum)) if docnum is not None else None

    def outlets(self) -> dict[str, int]:
        """Outlet name → article count, most first."""
        return self.search("", snippets=False, pagelen=1).facets.get("outlet", {})

    def entities(self) -> dict[str, int]:
        """Entity canonical name → number of articles mentioning it, most first."""
        return self.search("", snippets=False, pagelen=1).facets.get("entity", {})


def _opening(body: str, chars: int) -> str:
    """The first ``chars`` characters of ``body``, ended at a word boundary."""
    if len(body) <= chars:
        return body
    cut = body.find(" ", chars)
    return body if cut < 0 else body[:cut]


SNIPPET_AROUND = 250
"""Characters kept on each side of the first place a query term's stem shows."""


def _around_first(body: str, terms: set[str]) -> str | None:
    """The stretch of ``body`` around the earliest case-insensitive occurrence of a term, else None.

    Terms are analysed (stemmed, folded) forms, so a stem found inside another word or an accented
    spelling may mislead or miss: the caller falls back on the opening and the whole body.
    """
    lowered = body.lower()
    found = [i for i in (lowered.find(term) for term in terms if len(term) >= 2) if i >= 0]
    if not found:
        return None
    pos = min(found)
    if len(body) <= 2 * SNIPPET_AROUND:
        return body
    start = max(0, body.rfind(" ", 0, max(0, pos - SNIPPET_AROUND)) + 1)
    end = body.find(" ", pos + SNIPPET_AROUND)
    return body[start : end if end >= 0 else len(body)]


class _MarkFormatter:
    """A Whoosh formatter that wraps hit terms in control markers, turned into spans later."""

    between = " … "

    def __call__(self, text: str, fragments: list[Fragment]) -> str:
        return self.format(fragments)

    def format(self, fragments: list[Fragment], replace: bool = False) -> str:
        out = []
        for fragment in fragments:
            text = fragment.text
            pieces = []
            index = fragment.startchar
            for token in fragment.matches:
                if token.startchar < index:
                    continue
                pieces.append(text[index : token.startchar])
                pieces.append(_MARK_OPEN + text[token.startchar : token.endchar] + _MARK_CLOSE)
                index = token.endchar
            pieces.append(text[index : fragment.endchar])
            out.append("".join(pieces))
        return self.between.join(out)


def _spans_from_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    spans: list[tuple[int, int]] = []
    plain: list[str] = []
    length = 0
    start = 0
    for ch in marked:
        if ch == _MARK_OPEN:
            start = length
        elif ch == _MARK_CLOSE:
            spans.append((start, length))
        else:
            plain.append(ch)
            length += 1
    return "".join(plain), tuple(spans)


class _Columns:
    """Each document's date, outlet, month and entity names, by document number, for one searcher.

    Whoosh would otherwise read a column or walk every posting of a field per search to sort or count;
    segments never change once written, so these lists stay right for as long as the searcher does.
    Each list is read on first use (at 100k documents: ~0.06 s for a column, ~0.26 s for the entities).
    """

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    def _column(self, name: str) -> list[str]:
        if self.searcher.doc_count_all() == 0:
            return []  # Whoosh's reader of an empty index has no columns at all
        return [value or "" for value in self.searcher.reader().column_reader(name)]

    @functools.cached_property
    def articles(self) -> Any:
        """The compressed articles, by document number, read on demand.

        Opening Whoosh's column reader reads the offset of every document in the column (at 10k: ~1.6 ms;
        at 100k, ten times more), so it is opened once per searcher, not once per hit.
        """
        return self.searcher.reader().column_reader("data")

    @functools.cached_property
    def dates(self) -> list[str]:
        """ISO date per document ("" when undated)."""
        return self._column("date")

    @functools.cached_property
    def outlets(self) -> list[str]:
        """Outlet per document ("" when unknown)."""
        return self._column("outlet")

    @functools.cached_property
    def months(self) -> list[str]:
        """``YYYY-MM`` per document ("" when undated)."""
        return self._column("month")

    @functools.cached_property
    def entities(self) -> list[list[str]]:
        """Canonical entity names per document, from the postings of the entities field."""
        reader = self.searcher.reader()
        entities: list[list[str]] = [[] for _ in range(reader.doc_count_all())]
        if not entities:
            return entities
        for term in reader.lexicon("entities"):
            name = term.decode("utf-8") if isinstance(term, bytes) else term
            for docnum in reader.postings("entities", term).all_ids():
                entities[docnum].append(name)
        return entities


@functools.cache
def _top_collector_class() -> type:
    from whoosh import collectors

    class TopCollector(collectors.TopCollector):
        """Whoosh's top-N collector counting every match exactly in one pass (and listing them if asked).

        Whoosh's own ``search(..., optimize=False)`` still lets a union matcher drop the parts that can
        no longer reach the top scores (``replace``), so its total undercounts OR queries on a large
        index; ``replace=0`` keeps every match.
        """

        def __init__(self, limit: int, keep_matches: bool) -> None:
            super().__init__(limit, usequality=False, replace=0)
            self.matched: list[int] | None = [] if keep_matches else None

        def _collect(self, global_docnum: int, score: float) -> int:
            if self.matched is not None:
                self.matched.append(global_docnum)
            return super()._collect(global_docnum, score)

    return TopCollector


def _top_collector(limit: int, keep_matches: bool = False) -> Any:
    """A top-``limit`` collector of :func:`_top_collector_class` (Whoosh is imported only when a search runs)."""
    return _top_collector_class()(limit, keep_matches)
