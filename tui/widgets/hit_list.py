"""The results list: a virtual list (line API) over every hit of a query, fetched page by page.

Only visible rows are rendered and only the pages they fall on are fetched, so a query with
100,000 hits costs the same as one with ten. One row per article: title, outlet, date and the
number of times the query matches in it (two lines per row when the pane is narrow).
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from search.model import Hit
from tui.backend import PAGELEN
from tui.document import one_line

WIDE_ROW = 70
"""From this inner width on, a row is one line with columns; below it, two lines."""


class HitList(ScrollView, can_focus=True):
    """Rows for the hits of the current query."""

    BINDING_GROUP_TITLE = "Results list"
    """Title of this widget's keys in the help screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="open"),
        Binding("o", "screen.pick_outlet", "Outlet", id="outlet"),
        Binding("d", "screen.pick_date", "Date", id="date"),
        Binding("s", "screen.toggle_sort", "Sort", id="sort"),
        Binding("n", "screen.next_hit", "Next hit", show=False, id="next-hit"),
        Binding("N", "screen.previous_hit", "Previous hit", show=False, id="previous-hit"),
        Binding("j,down", "cursor_down", "Down", show=False, id="down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="up"),
        Binding("g,home", "first", "Top", show=False, id="top"),
        Binding("G,end", "last", "Bottom", show=False, id="bottom"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="page-down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="page-up"),
    ]
    """Keys of the results list."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "hit-list--cursor",
        "hit-list--cursor-blurred",
        "hit-list--outlet",
        "hit-list--date",
        "hit-list--count",
        "hit-list--dim",
        "hit-list--empty",
        "hit-list--suggestion",
    }
    """Styles for parts of a row (see app.tcss)."""

    class CursorMoved(Message):
        """The cursor is on a new row (``hit`` is None while its page loads)."""

        def __init__(self, hit_list: HitList, index: int, hit: Hit | None) -> None:
            super().__init__()
            self.hit_list = hit_list
            self.index = index
            self.hit = hit

    class Opened(Message):
        """The user chose a row (enter or click)."""

        def __init__(self, hit_list: HitList, index: int, hit: Hit) -> None:
            super().__init__()
            self.hit_list = hit_list
            self.index = index
            self.hit = hit

    class PageWanted(Message):
        """A visible row falls on a page not fetched yet."""

        def __init__(self, hit_list: HitList, generation: int, page: int) -> None:
            super().__init__()
            self.hit_list = hit_list
            self.generation = generation
            self.page = page

    class SuggestionChosen(Message):
        """Enter on the "did you mean" line of an empty result."""

        def __init__(self, hit_list: HitList, suggestion: str) -> None:
            super().__init__()
            self.hit_list = hit_list
            self.suggestion = suggestion

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.generation = 0
        self.total = 0
        self.cursor = 0
        self.pages: dict[int, list[Hit]] = {}
        self.counts: dict[str, int] = {}
        self.wanted: set[int] = set()
        self.empty_message: Text = Text("Opening the index…")
        self.suggestion: str | None = None
        self.open_index: int | None = None

    # -- data --------------------------------------------------------------------------------------

    def reset(self, generation: int, total: int, hits: list[Hit], keep_cursor: bool = False) -> None:
        """Show a new result set (page 1 already loaded)."""
        old_id = self.hit_at(self.cursor).id if keep_cursor and self.hit_at(self.cursor) else None
        self.generation = generation
        self.total = total
        self.pages = {1: list(hits)}
        self.counts = {}
        self.wanted = set()
        self.suggestion = None
        self.cursor = 0
        if old_id is not None:
            for index, hit in enumerate(hits):
                if hit.id == old_id:
                    self.cursor = index
                    break
        self._update_size()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_visible()
        self.refresh()
        self.post_message(self.CursorMoved(self, self.cursor, self.hit_at(self.cursor)))

    def show_empty(self, message: Text, suggestion: str | None = None) -> None:
        """No rows: show ``message`` (and a "did you mean" line when there is a suggestion)."""
        self.total = 0
        self.pages = {}
        self.counts = {}
        self.cursor = 0
        self.empty_message = message
        self.suggestion = suggestion
        self._update_size()
        self.refresh()

    def add_page(self, generation: int, page: int, hits: list[Hit]) -> None:
        """A page arrived from a worker (ignored if it belongs to an older query)."""
        if generation != self.generation:
            return
        self.pages[page] = list(hits)
        self.wanted.discard(page)
        self.refresh()
        if self._page_of(self.cursor) == page:
            self.post_message(self.CursorMoved(self, self.cursor, self.hit_at(self.cursor)))

    def add_counts(self, generation: int, counts: dict[str, int]) -> None:
        """Per-article match counts arrived."""
        if generation != self.generation:
            return
        self.counts.update(counts)
        self.refresh()

    @staticmethod
    def _page_of(index: int) -> int:
        return index // PAGELEN + 1

    def hit_at(self, index: int) -> Hit | None:
        """The hit on row ``index`` if its page is loaded."""
        if not 0 <= index < self.total:
            return None
        page = self.pages.get(self._page_of(index))
        offset = index % PAGELEN
        if page is None or offset >= len(page):
            return None
        return page[offset]

    @property
    def current(self) -> Hit | None:
        """The hit under the cursor."""
        return self.hit_at(self.cursor)

    # -- geometry ----------------------------------------------------------------------------------

    @property
    def row_height(self) -> int:
        """Lines per row: 1 when wide enough for columns, else 2."""
        return 1 if self.scrollable_content_region.width >= WIDE_ROW else 2

    def _update_size(self) -> None:
        rows = self.total * self.row_height if self.total else 3
        if self.virtual_size.height != rows:
            self.virtual_size = Size(self.scrollable_content_region.width, rows)
            self.refresh(layout=True)

    def on_resize(self, event: events.Resize) -> None:
        """Row height depends on the width."""
        self._update_size()
        self._scroll_cursor_visible()

    def _scroll_cursor_visible(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        rh = self.row_height
        top = self.cursor * rh
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + rh > self.scroll_y + height:
            self.scroll_to(y=top + rh - height, animate=False, immediate=True)

    def move_to(self, index: int) -> None:
        """Put the cursor on row ``index`` (clamped) and tell the screen."""
        if self.total == 0:
            return
        index = max(0, min(self.total - 1, index))
        if index == self.cursor:
            return
        self.cursor = index
        self._scroll_cursor_visible()
        self.refresh()
        self.post_message(self.CursorMoved(self, self.cursor, self.hit_at(self.cursor)))

    # -- actions -----------------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        """Next row."""
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        """Previous row."""
        self.move_to(self.cursor - 1)

    def action_first(self) -> None:
        """First row."""
        self.move_to(0)

    def action_last(self) -> None:
        """Last row."""
        self.move_to(self.total - 1)

    def _page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height - 1)

    def action_page_down(self) -> None:
        """A screenful down."""
        self.move_to(self.cursor + self._page_rows())

    def action_page_up(self) -> None:
        """A screenful up."""
        self.move_to(self.cursor - self._page_rows())

    def action_open(self) -> None:
        """Open the row under the cursor (or run the suggested query of an empty result)."""
        if self.total == 0:
            if self.suggestion:
                self.post_message(self.SuggestionChosen(self, self.suggestion))
            return
        hit = self.current
        if hit is not None:
            self.post_message(self.Opened(self, self.cursor, hit))

    def on_click(self, event: events.Click) -> None:
        """Clicking a row opens it."""
        if self.total == 0:
            return
        index = int(event.y + self.scroll_y) // self.row_height
        if 0 <= index < self.total:
            self.move_to(index)
            self.action_open()

    # -- rendering ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """One line of the list."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = int(self.scroll_y) + y
        if self.total == 0:
            return self._empty_line(line, width, base)
        rh = self.row_height
        index, sub = divmod(line, rh)
        if index >= self.total:
            return Strip.blank(width, base)
        hit = self.hit_at(index)
        if hit is None:
            page = self._page_of(index)
            if page not in self.wanted:
                self.wanted.add(page)
                self.post_message(self.PageWanted(self, self.generation, page))
            text = Text("  …", style=self.get_component_rich_style("hit-list--dim")) if sub == 0 else Text("")
        else:
            text = self._row_text(hit, width, sub, rh)
        if index == self.cursor:
            name = "hit-list--cursor" if self.has_focus else "hit-list--cursor-blurred"
            text.stylize(self.get_component_rich_style(name))
            text.pad_right(max(0, width - text.cell_len))
        return self._strip(text, width, base)

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        text.truncate(width, overflow="ellipsis")
        segments = list(Segment.apply_style(text.render(self.app.console), base))
        return Strip(segments).adjust_cell_length(width, base)

    def _row_text(self, hit: Hit, width: int, sub: int, rh: int) -> Text:
        outlet_style = self.get_component_rich_style("hit-list--outlet")
        date_style = self.get_component_rich_style("hit-list--date")
        count_style = self.get_component_rich_style("hit-list--count")
        dim = self.get_component_rich_style("hit-list--dim")
        title = one_line(hit.title)
        outlet = one_line(hit.outlet)
        count = self.counts.get(hit.id)
        count_text = "" if count is None else f"{count}×" if count else ""
        if rh == 1:
            count_w, date_w = 5, 10
            outlet_w = max(8, min(22, width // 5))
            title_w = max(8, width - outlet_w - date_w - count_w - 4)
            row = Text(" ")
            row.append_text(_cell(Text(title) if title else Text("(untitled)", style=dim), title_w))
            row.append(" ")
            row.append_text(_cell(Text(outlet or "—", style=outlet_style), outlet_w))
            row.append(" ")
            row.append_text(_cell(Text(hit.date or "—", style=date_style), date_w))
            row.append(" ")
            row.append_text(_cell(Text(count_text, style=count_style), count_w, right=True))
            return row
        if sub == 0:
            row = Text(" ")
            row.append_text(Text(title) if title else Text("(untitled)", style=dim))
            return row
        row = Text("   ")
        row.append(outlet or "—", outlet_style)
        row.append(" · ", dim)
        row.append(hit.date or "—", date_style)
        if count_text:
            row.append(" · ", dim)
            row.append(f"{count} hit{'s' if count != 1 else ''}", count_style)
        return row

    def _empty_line(self, line: int, width: int, base: Style) -> Strip:
        if line == 0:
            text = Text(" ").append_text(self.empty_message.copy())
            text.stylize(self.get_component_rich_style("hit-list--empty"))
        elif line == 1 and self.suggestion:
            text = Text(" Did you mean ", style=self.get_component_rich_style("hit-list--empty"))
            text.append(one_line(self.suggestion), self.get_component_rich_style("hit-list--suggestion"))
            text.append("?  (enter to search it)", self.get_component_rich_style("hit-list--dim"))
        else:
            return Strip.blank(width, base)
        return self._strip(text, width, base)

    def on_focus(self) -> None:
        """Redraw the cursor in its focused style."""
        self.refresh()

    def on_blur(self) -> None:
        """Redraw the cursor in its unfocused style."""
        self.refresh()


def _cell(text: Text, width: int, right: bool = False) -> Text:
    """``text`` cut or padded to exactly ``width`` cells."""
    text.truncate(width, overflow="ellipsis")
    pad = width - text.cell_len
    if pad > 0:
        if right:
            text.pad_left(pad)
        else:
            text.pad_right(pad)
    return text
