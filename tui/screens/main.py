"""The main screen: search bar, results list, reader, status line; it owns the workers.

Widgets report upward with messages and this screen decides. Every blocking call (opening or
building the index, queries, pages, articles, facets) runs in a thread worker with its own group,
and its result comes back as a message from :mod:`tui.messages` carrying a generation number, so
stale results are dropped and typing never waits for the engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from search.model import QueryError
from tui import messages as m
from tui.document import one_line
from tui.querytext import current_filter, quote, set_filter
from tui.widgets import EntityList, FilterChip, HitList, ReaderPane, SearchBar, SearchInput, StatusBar

if TYPE_CHECKING:
    from tui.app import MaliTuiApp
    from tui.backend import Backend

PREVIEW_DELAY = 0.12
"""Seconds the cursor must rest on a row before the reader previews it."""

ARTICLE_ACTIONS = frozenset({"toggle_entities", "raw", "cite"})
"""Actions that need an open article."""

SCREEN_ACTIONS = frozenset({"next_hit", "previous_hit", "pick_outlet", "pick_date", "toggle_sort"}) | ARTICLE_ACTIONS
"""Letter-key actions, off while the search bar has focus."""


class MainScreen(Screen):
    """Search, results and reader."""

    BINDING_GROUP_TITLE = "Anywhere but the search bar"
    """Title of these keys in the help screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.focus_next", "Next pane", show=False, id="next-pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="previous-pane"),
        Binding("n", "next_hit", "Next hit", show=False, id="next-hit"),
        Binding("N", "previous_hit", "Previous hit", show=False, id="previous-hit"),
        Binding("o", "pick_outlet", "Outlet filter", show=False, id="outlet"),
        Binding("d", "pick_date", "Date filter", show=False, id="date"),
        Binding("s", "toggle_sort", "Sort", show=False, id="sort"),
        Binding("e", "toggle_entities", "Entity highlights", show=False, id="entities"),
        Binding("r", "raw", "Raw view", show=False, id="raw"),
        Binding("y", "cite", "Copy citation", show=False, id="cite"),
    ]
    """Keys that act on the whole screen (letters are typed, not run, while the search bar has focus)."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (120, "-wide")]
    """Panes stack below 120 columns and sit side by side from 120 on."""

    def __init__(self) -> None:
        super().__init__()
        self.query_text = ""
        self.sort = "relevance"
        self.generation = 0
        self.article_generation = 0
        self.index_ready = False
        self.searched_generation = 0
        self.last_query: tuple[str, str] | None = None
        self.pending_goto: str | None = None
        self._debounce: Timer | None = None
        self._preview: Timer | None = None

    @property
    def backend(self) -> Backend:
        """The app's backend (only used inside workers)."""
        app: MaliTuiApp = self.app  # type: ignore[assignment]
        return app.backend

    # -- layout ------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """Bar, panes, status, footer."""
        yield SearchBar(id="search-bar")
        with Container(id="panes"):
            yield HitList(id="hits")
            yield ReaderPane(id="reader")
        yield StatusBar(id="status")
        yield Footer(compact=True)

    @property
    def bar(self) -> SearchBar:
        """The search bar."""
        return self.query_one(SearchBar)

    @property
    def hits(self) -> HitList:
        """The results list."""
        return self.query_one(HitList)

    @property
    def reader(self) -> ReaderPane:
        """The reader pane."""
        return self.query_one(ReaderPane)

    @property
    def status(self) -> StatusBar:
        """The status line."""
        return self.query_one(StatusBar)

    def on_mount(self) -> None:
        """First paint happens now; the index opens in a worker."""
        self.hits.border_title = "Results"
        self.hits.show_empty(Text("Opening the index…"))
        self.reader.show(None, Text("Select an article with j/k; enter opens it."))
        self._show_sort()
        self.hits.focus()
        self.open_index()

    def on_descendant_focus(self) -> None:
        """The footer shows the focused pane's keys."""
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide screen keys while typing; dim article keys when no article is open."""
        if isinstance(self.focused, Input) and action in SCREEN_ACTIONS:
            return False
        if action in ARTICLE_ACTIONS and self.reader.view.doc is None:
            return None
        return True

    # -- index -------------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", exit_on_error=False, description="open/build the index")
    def open_index(self) -> None:
        """Open the index at once if there is one, then bring it up to date (building it if missing)."""
        worker = get_current_worker()
        backend = self.backend
        existed = False
        try:
            existed = backend.exists()
            if existed:
                self.post_message(m.IndexOpened(backend.doc_count(), final=False))
            last = [-1]

            def progress(done: int, todo: int, _path: str) -> None:
                step = max(1, todo // 200)
                if done == todo or done - last[0] >= step:
                    last[0] = done
                    self.post_message(m.IndexProgress(done, todo))

            report = backend.update(
                progress=progress,
                cancelled=lambda: worker.is_cancelled,
                on_wait=lambda: self.post_message(m.IndexWaiting()),
            )
            if worker.is_cancelled:
                return
            if report.indexed or report.removed:
                backend.reopen()
            self.post_message(m.IndexOpened(report.total, report.indexed + report.removed, len(report.skipped)))
        except KeyboardInterrupt:
            return
        except Exception as exc:
            self.post_message(m.IndexFailed(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc)))
            if existed:
                return

    def on_index_progress(self, message: m.IndexProgress) -> None:
        """Show build progress."""
        self.status.set_progress(message.done, message.todo)
        if not self.index_ready:
            pct = message.done * 100 // message.todo if message.todo else 0
            self.hits.show_empty(Text(f"Building the index… {message.done}/{message.todo} pages ({pct}%)"))

    def on_index_waiting(self, message: m.IndexWaiting) -> None:
        """Another mali-tui is indexing."""
        self.status.set_index("Another mali-tui is building this index; waiting for it…")

    def on_index_opened(self, message: m.IndexOpened) -> None:
        """Search as soon as the index can be read; search again when the update changed it."""
        first = not self.index_ready
        self.index_ready = True
        text = Text(f"{message.count:,} article{'s' if message.count != 1 else ''} in the index")
        if message.final:
            if message.changed:
                text.append(f" · {message.changed:,} page{'s' if message.changed != 1 else ''} indexed", "dim")
            if message.skipped:
                text.append(f" · {message.skipped} unreadable", "dim")
            self.load_facets()
        else:
            text.append(" · checking for new pages…", "dim")
        self.status.set_index(text)
        if message.count == 0 and message.final:
            self.hits.show_empty(Text("The index is empty: the corpus folders hold no pages."))
            return
        if first or message.changed:
            self.start_search(immediate=True, force=True)

    def on_index_failed(self, message: m.IndexFailed) -> None:
        """The index could not be built or updated."""
        self.status.set_index(Text(f"Index error: {one_line(message.message)}", "bold"))
        if not self.index_ready:
            self.hits.show_empty(Text(f"No index: {one_line(message.message)}"))

    @work(thread=True, exclusive=True, group="facets", exit_on_error=False, description="outlets and entities")
    def load_facets(self) -> None:
        """Outlet and entity counts for the pickers and the command palette."""
        try:
            outlets, entities = self.backend.facets()
        except Exception as exc:
            self.post_message(m.WorkerError("facets", str(exc)))
            return
        self.post_message(m.FacetsLoaded(outlets, entities))

    def on_facets_loaded(self, message: m.FacetsLoaded) -> None:
        """Keep them on the app for pickers and the palette."""
        app: MaliTuiApp = self.app  # type: ignore[assignment]
        app.outlets = message.outlets
        app.entities = message.entities
        from tui.screens.outlet_picker import OutletPicker

        for screen in app.screen_stack:
            if isinstance(screen, OutletPicker):
                screen.update_outlets(message.outlets)

    def on_worker_error(self, message: m.WorkerError) -> None:
        """Say so, keep going."""
        self.notify(one_line(message.message), title=f"Error ({message.job})", severity="error", markup=False)
        if message.job == "search":
            self.hits.border_subtitle = "search failed"  # not "searching…" forever

    # -- searching ---------------------------------------------------------------------------------

    @on(Input.Changed, "#query")
    def on_query_changed(self, event: Input.Changed) -> None:
        """Follow the typing: filters at once, the search after a short pause."""
        self.query_text = event.value
        self._sync_chips()
        if self._debounce is not None:
            self._debounce.stop()
        app: MaliTuiApp = self.app  # type: ignore[assignment]
        self._debounce = self.set_timer(app.debounce, self.start_search)

    def on_search_input_run(self, event: SearchInput.Run) -> None:
        """Enter in the bar: search now and move to the results."""
        self.query_text = event.value
        self.start_search(immediate=True)
        self.hits.focus()

    def on_search_input_leave(self, event: SearchInput.Leave) -> None:
        """Esc in an empty bar: back to the results."""
        self.hits.focus()

    def _sync_chips(self) -> None:
        self.bar.show_filters(current_filter(self.query_text, "outlet"), current_filter(self.query_text, "date"))

    def set_query(self, text: str, focus_results: bool = True) -> None:
        """Put ``text`` in the bar and search it now."""
        bar_input = self.bar.input
        with bar_input.prevent(Input.Changed):
            bar_input.value = text
        bar_input.cursor_position = len(text)
        self.query_text = text
        self._sync_chips()
        self.start_search(immediate=True)
        if focus_results:
            self.hits.focus()

    def start_search(self, immediate: bool = False, force: bool = False) -> None:
        """Run the current query (and sort) in a worker, unless it is what is already shown."""
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        if not self.index_ready:
            return
        key = (self.query_text.strip(), self.sort)
        if key == self.last_query and not force:
            return
        self.last_query = key
        self.generation += 1
        self.hits.border_subtitle = "searching…"
        self.run_search(self.generation, key[0], self.sort)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, description="search")
    def run_search(self, generation: int, query: str, sort: str) -> None:
        """The query's first page, then the match counts of its rows."""
        worker = get_current_worker()
        try:
            results = self.backend.search(query, sort)
        except QueryError as exc:
            self.post_message(m.SearchFailed(generation, query, exc))
            return
        except Exception as exc:
            self.post_message(m.WorkerError("search", f"{type(exc).__name__}: {exc}"))
            return
        if worker.is_cancelled:
            return
        self.post_message(m.SearchDone(generation, results))
        counts = self.backend.hit_counts(results.hits, query, lambda: worker.is_cancelled)
        if counts and not worker.is_cancelled:
            self.post_message(m.CountsLoaded(generation, counts))

    def on_search_done(self, message: m.SearchDone) -> None:
        """Show a new result set (dropped if a newer query has started)."""
        if message.generation != self.generation:
            return
        results = message.results
        self.bar.show_error(results.query, None)
        self.hits.border_subtitle = ""
        self.hits.border_title = f"{results.total:,} article{'s' if results.total != 1 else ''}"
        if results.total == 0:
            what = f"“{one_line(results.query)}”" if results.query else "this query"
            self.hits.show_empty(Text(f"No articles match {what}."), results.suggestion)
            self.reader.show(None, Text("No results. Change the query or the filters (o outlet, d date)."))
            self.refresh_bindings()
            return
        self.hits.reset(message.generation, results.total, results.hits)

    def on_search_failed(self, message: m.SearchFailed) -> None:
        """An unparsable query: say why under the bar and keep the last results."""
        if message.generation != self.generation:
            return
        self.hits.border_subtitle = "query error"
        self.bar.show_error(message.query, message.error)
        self.last_query = None

    def on_counts_loaded(self, message: m.CountsLoaded) -> None:
        """Per-row match counts."""
        self.hits.add_counts(message.generation, message.counts)

    def on_hit_list_page_wanted(self, message: HitList.PageWanted) -> None:
        """Fetch a page the list scrolled to."""
        self.load_page(message.generation, message.page, self.last_query[0] if self.last_query else "", self.sort)

    @work(thread=True, group="pages", exit_on_error=False, description="a page of hits")
    def load_page(self, generation: int, page: int, query: str, sort: str) -> None:
        """One further page of hits, then its match counts."""
        worker = get_current_worker()
        try:
            results = self.backend.search(query, sort, page=page)
        except Exception as exc:
            self.post_message(m.WorkerError("page", f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(m.PageLoaded(generation, page, results.hits))
        counts = self.backend.hit_counts(results.hits, query, lambda: worker.is_cancelled)
        if counts:
            self.post_message(m.CountsLoaded(generation, counts))

    def on_page_loaded(self, message: m.PageLoaded) -> None:
        """Rows for a page."""
        self.hits.add_page(message.generation, message.page, message.hits)

    def on_hit_list_suggestion_chosen(self, message: HitList.SuggestionChosen) -> None:
        """Search the "did you mean" query."""
        self.set_query(message.suggestion)

    # -- reading -----------------------------------------------------------------------------------

    def on_hit_list_cursor_moved(self, message: HitList.CursorMoved) -> None:
        """Preview the row under the cursor once it rests there."""
        if self._preview is not None:
            self._preview.stop()
            self._preview = None
        hit = message.hit
        if hit is None:
            return
        if self.pending_goto is not None:
            goto, self.pending_goto = self.pending_goto, None
            self.open_article(hit.id, goto)
            return
        doc = self.reader.view.doc
        if doc is not None and doc.id == hit.id:
            return
        self._preview = self.set_timer(PREVIEW_DELAY, lambda: self.open_article(hit.id, None))

    def on_hit_list_opened(self, message: HitList.Opened) -> None:
        """Enter on a row: open it and move to the reader."""
        doc = self.reader.view.doc
        if doc is None or doc.id != message.hit.id:
            self.open_article(message.hit.id, None)
        self.reader.view.focus()

    def open_article(self, article_id: str, goto: str | None) -> None:
        """Load an article into the reader (in a worker)."""
        if self._preview is not None:
            self._preview.stop()
            self._preview = None
        self.article_generation += 1
        self.load_article(self.article_generation, article_id, self.last_query[0] if self.last_query else "", goto)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False, description="load an article")
    def load_article(self, generation: int, article_id: str, query: str, goto: str | None) -> None:
        """Fetch and prepare an article with the query's hits."""
        try:
            doc = self.backend.load_doc(article_id, query)
        except Exception as exc:
            self.post_message(m.WorkerError("article", f"{type(exc).__name__}: {exc}"))
            return
        if doc is not None:
            self.post_message(m.ArticleLoaded(generation, doc, goto))

    def on_article_loaded(self, message: m.ArticleLoaded) -> None:
        """Show the article; jump to its first or last hit when n/N brought us here."""
        if message.generation != self.article_generation:
            return
        self.reader.show(message.doc)
        hits = message.doc.hits
        if hits and message.goto == "first":
            self.reader.view.go_to_hit(0)
        elif hits and message.goto == "last":
            self.reader.view.go_to_hit(len(hits) - 1)
        self.reader.update_title()
        self.refresh_bindings()

    def action_next_hit(self) -> None:
        """Next hit in the article, else the first hit of the next article."""
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        """Previous hit in the article, else the last hit of the previous article."""
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        view = self.reader.view
        doc = view.doc
        current = self.hits.current
        if doc is not None and current is not None and doc.id == current.id and doc.hits:
            target = (0 if step > 0 else -1) if view.current_hit is None else view.current_hit + step
            if 0 <= target < len(doc.hits):
                view.go_to_hit(target)
                self.reader.update_title()
                return
        index = self.hits.cursor + step
        if not 0 <= index < self.hits.total:
            self.notify("No more hits." if step > 0 else "No earlier hits.", timeout=2)
            return
        self.pending_goto = "first" if step > 0 else "last"
        self.hits.move_to(index)

    def on_entity_list_chosen(self, message: EntityList.Chosen) -> None:
        """Search for the chosen entity."""
        self.set_query(f"entity:{quote(message.name)}")

    # -- filters, sort, toggles --------------------------------------------------------------------

    def on_filter_chip_clicked(self, message: FilterChip.Clicked) -> None:
        """A click on a chip opens its picker."""
        if message.chip.id == "outlet-chip":
            self.action_pick_outlet()
        else:
            self.action_pick_date()

    def action_pick_outlet(self) -> None:
        """Choose an outlet from the index's outlets."""
        from tui.screens.outlet_picker import OutletPicker

        app: MaliTuiApp = self.app  # type: ignore[assignment]
        self.app.push_screen(OutletPicker(app.outlets, current_filter(self.query_text, "outlet")), self._outlet_picked)

    def _outlet_picked(self, result: tuple[str | None] | None) -> None:
        if result is not None:
            self.apply_filter("outlet", result[0])

    def action_pick_date(self) -> None:
        """Set a from/to date range."""
        from tui.screens.date_picker import DatePicker

        self.app.push_screen(DatePicker(current_filter(self.query_text, "date")), self._date_picked)

    def _date_picked(self, result: tuple[str | None] | None) -> None:
        if result is not None:
            self.apply_filter("date", result[0])

    def apply_filter(self, field: str, value: str | None) -> None:
        """Rewrite the query's ``field:`` clause and search."""
        self.set_query(set_filter(self.query_text, field, value))

    def action_clear_query(self) -> None:
        """Empty the search bar: every article."""
        self.set_query("")

    def action_clear_filters(self) -> None:
        """Drop the outlet and date clauses."""
        self.set_query(set_filter(set_filter(self.query_text, "outlet", None), "date", None))

    def action_toggle_sort(self) -> None:
        """Relevance ↔ date."""
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self._show_sort()
        self.start_search(immediate=True)

    def _show_sort(self) -> None:
        text = Text("sorted by ")
        text.append(self.sort, "bold")
        self.status.set_right(text)

    def action_toggle_entities(self) -> None:
        """Entity highlights on/off."""
        view = self.reader.view
        view.set_show_entities(not view.show_entities)
        self.reader.update_title()
        self.notify(f"Entity highlights {'on' if view.show_entities else 'off'}.", timeout=2)

    def action_raw(self) -> None:
        """The source page with dropped lines marked."""
        from tui.screens.raw import RawScreen

        doc = self.reader.view.doc
        if doc is not None:
            self.app.push_screen(RawScreen(doc.article))

    def action_cite(self) -> None:
        """Copy a citation through OSC 52."""
        doc = self.reader.view.doc
        if doc is None:
            return
        citation = doc.citation()
        self.app.copy_to_clipboard(citation)
        self.notify(citation, title="Citation copied", timeout=4, markup=False)
