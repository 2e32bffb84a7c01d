"""Messages that carry results from thread workers back to the UI.

Workers never touch widgets: they post one of these and the screen decides what to do. Every
message about a query or an article carries the *generation* it was started for; the receiver
drops it when a newer query (or article) has been started since, so late results never win.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from search.model import Hit, QueryError, SearchResults
    from tui.document import ArticleDoc


class IndexProgress(Message, bubble=False):
    """The index build moved on: ``done`` of ``todo`` pages cleaned."""

    def __init__(self, done: int, todo: int) -> None:
        super().__init__()
        self.done = done
        self.todo = todo

    def can_replace(self, message: Message) -> bool:
        """A newer progress report makes a queued one pointless."""
        return isinstance(message, IndexProgress)


class IndexWaiting(Message, bubble=False):
    """Another process holds the indexer lock; this one waits for it."""


class IndexOpened(Message, bubble=False):
    """The index can be searched; ``count`` articles, ``changed`` pages (re)indexed this run."""

    def __init__(self, count: int, changed: int = 0, skipped: int = 0, final: bool = True) -> None:
        super().__init__()
        self.count = count
        self.changed = changed
        self.skipped = skipped
        self.final = final


class IndexFailed(Message, bubble=False):
    """Opening or building the index failed; ``message`` says why, for the status bar."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class SearchDone(Message, bubble=False):
    """The first page of a query's results."""

    def __init__(self, generation: int, results: SearchResults) -> None:
        super().__init__()
        self.generation = generation
        self.results = results


class SearchFailed(Message, bubble=False):
    """A query could not be parsed (or the engine refused it)."""

    def __init__(self, generation: int, query: str, error: QueryError) -> None:
        super().__init__()
        self.generation = generation
        self.query = query
        self.error = error


class PageLoaded(Message, bubble=False):
    """A further page of hits for the list (virtual scrolling)."""

    def __init__(self, generation: int, page: int, hits: list[Hit]) -> None:
        super().__init__()
        self.generation = generation
        self.page = page
        self.hits = hits


class CountsLoaded(Message, bubble=False):
    """How many times the query matches in each listed article (article id -> count)."""

    def __init__(self, generation: int, counts: dict[str, int]) -> None:
        super().__init__()
        self.generation = generation
        self.counts = counts


class ArticleLoaded(Message, bubble=False):
    """An article prepared for the reader; ``goto`` is "first", "last" or None (top)."""

    def __init__(self, generation: int, doc: ArticleDoc, goto: str | None) -> None:
        super().__init__()
        self.generation = generation
        self.doc = doc
        self.goto = goto


class FacetsLoaded(Message, bubble=False):
    """Every outlet and entity in the index with its article count (for pickers and the palette)."""

    def __init__(self, outlets: dict[str, int], entities: dict[str, int]) -> None:
        super().__init__()
        self.outlets = outlets
        self.entities = entities


class WorkerError(Message, bubble=False):
    """An unexpected error in a worker, shown to the user instead of crashing the app."""

    def __init__(self, job: str, message: str) -> None:
        super().__init__()
        self.job = job
        self.message = message
