"""The read side of the index: searching, fetching articles and listing facets.

One :class:`Engine` per process; it keeps one Whoosh searcher and refreshes it when the index
changes. A lock serialises access, so the app's thread workers can share it safely.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from search.config import Config
from search.entities import EntityMatcher
from search.index import decode_article, default_index_dir
from search.model import Article, Hit, QueryError, SearchResults
from search.query import QueryBuilder

if TYPE_CHECKING:
    from whoosh.analysis import Analyzer
    from whoosh.collectors import Collector
    from whoosh.highlight import Fragment
    from whoosh.searching import Searcher
    from whoosh.sorting import FacetType

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
        self._entity_lists: dict[tuple[object, int], list[list[str]]] = {}
        self._date_keys: list[str] | None = None
        self._date_keys_for: Searcher | None = None

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
        from whoosh import sorting

        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; use relevance or date", 0)
        with self._lock:
            searcher = self._ensure_searcher()
            assert self._builder is not None
            query, parsed = self._builder.build(text, today=today)
            groupedby = None
            if facets:
                groupedby = {
                    "outlet": sorting.FieldFacet("outlet", maptype=sorting.Count),
                    "entity": _entity_facet(self._entity_lists),
                    "month": sorting.FieldFacet("month", maptype=sorting.Count),
                }
            page = max(1, page)
            limit = page * pagelen
            results = None
            if sort == "date" and not facets:
                ranked, total = self._newest_first(searcher, query, limit)
            else:
                collector = _collector(limit, sort, groupedby)
                searcher.search_with_collector(query, collector)
                results = collector.results()
                total = len(results)
                ranked = [(hit.docnum, hit.score) for hit in results[:limit]]
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
            facet_counts: dict[str, dict[str, int]] = {}
            if facets and results is not None:
                for name in ("outlet", "entity", "month"):
                    counts = results.groups(name)
                    facet_counts[name] = {
                        str(k): int(v) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))) if k
                    }
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

    def _newest_first(self, searcher: Searcher, query: object, limit: int) -> tuple[list[tuple[int, float]], int]:
        """The ``limit`` newest matches (undated last) and the number of matches, without scoring any.

        Listing the matching documents is cheap next to scoring or sorting them in Whoosh's collector;
        the ranking then runs on each document's date, read once per searcher into a list.
        """
        dates = self._date_keys
        if dates is None or self._date_keys_for is not searcher:
            column = searcher.reader().column_reader("date")
            dates = self._date_keys = [value or "" for value in column]
            self._date_keys_for = searcher
        matches = list(searcher.docs_for_query(query))
        newest = heapq.nlargest(limit, matches, key=dates.__getitem__)
        return [(docnum, 0.0) for docnum in newest], len(matches)

    @staticmethod
    def _article_blob(searcher: Searcher, docnum: int) -> bytes:
        return searcher.reader().column_reader("data")[docnum]

    def _snippet(self, blob: bytes, terms: set[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
        from whoosh import highlight

        body = decode_article(blob).body.replace(_MARK_OPEN, " ").replace(_MARK_CLOSE, " ")
        assert self._analyzer is not None
        fragmenter = highlight.ContextFragmenter(maxchars=160, surround=50)
        text = ""
        if terms:
            # Most hits show in the opening: highlight a window first, the whole body only if needed.
            window = body[: body.find(" ", SNIPPET_WINDOW) if len(body) > SNIPPET_WINDOW else len(body)]
            for part in (window, body) if len(window) < len(body) else (body,):
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


def _collector(limit: int, sort: str, groupedby: dict[str, FacetType] | None) -> Collector:
    """Whoosh's collector for a search that counts every match exactly in the same pass.

    Whoosh's own ``search(..., optimize=False)`` still lets a union matcher drop the parts that can no
    longer reach the top scores (``replace``), so its total undercounts OR queries on a large index;
    ``replace=0`` keeps every match.
    """
    from whoosh import collectors, sorting

    collector: Collector
    if sort == "date":
        # The date column alone: a score tie-break would score every match as well.
        collector = collectors.SortingCollector(sorting.FieldFacet("date", reverse=True), limit=limit)
    else:
        collector = collectors.TopCollector(limit, usequality=False, replace=0)
    if groupedby:
        collector = collectors.FacetCollector(collector, groupedby)
    return collector


def _entity_facet(cache: dict[tuple[object, int], list[list[str]]]) -> FacetType:
    """A count facet over the entities of each hit that keeps Whoosh's per-segment entity lists.

    Whoosh rebuilds, on every search, a list of every document's entities for every segment by
    walking every posting of the field; segments never change once written, so the lists are kept
    (keyed by segment id and size) for as long as the engine lives.
    """
    from whoosh import sorting

    class CachedLists(sorting.OverlappingCategorizer):
        def set_searcher(self, segment_searcher: Searcher, docoffset: int) -> None:
            segment = segment_searcher.reader().segment()
            key = (
                segment.segment_id() if segment is not None else id(segment_searcher),
                segment_searcher.doc_count_all(),
            )
            lists = cache.get(key)
            if lists is None:
                super().set_searcher(segment_searcher, docoffset)
                if len(cache) >= 64:
                    cache.pop(next(iter(cache)))
                cache[key] = self._lists
            else:
                self._segment_searcher, self._lists = segment_searcher, lists

    class CachedEntityFacet(sorting.FieldFacet):
        def categorizer(self, global_searcher: Searcher) -> sorting.Categorizer:
            return CachedLists(global_searcher, self.fieldname)

    return CachedEntityFacet("entities", allow_overlap=True, maptype=sorting.Count)
