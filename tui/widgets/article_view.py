"""The article text: a line-API view that wraps the article itself, so it knows where each hit is.

Wrapping is done here (not by a Static) because ``n``/``N`` must scroll to a hit: every wrapped line
remembers its character offset, and a hit's line is a bisect away.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich._wrap import divide_line
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.document import STYLE_NAMES, ArticleDoc, build_text

MAX_MEASURE = 100
"""The text is wrapped at most this wide, for readable lines on big terminals."""


class ArticleView(ScrollView, can_focus=True):
    """Shows one :class:`ArticleDoc` with entities and hits highlighted."""

    BINDING_GROUP_TITLE = "Reader"
    """Title of this widget's keys in the help screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "screen.next_hit", "Next hit", id="next-hit"),
        Binding("N", "screen.previous_hit", "Previous hit", show=False, id="previous-hit"),
        Binding("e", "screen.toggle_entities", "Entities", id="entities"),
        Binding("r", "screen.raw", "Raw", id="raw"),
        Binding("y", "screen.cite", "Cite", id="cite"),
        Binding("escape", "app.focus_results", "Back", id="back"),
        Binding("j,down", "scroll_line(1)", "Down", show=False, id="down"),
        Binding("k,up", "scroll_line(-1)", "Up", show=False, id="up"),
        Binding("g,home", "top", "Top", show=False, id="top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="bottom"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="page-down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="page-up"),
    ]
    """Keys of the reader."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"article-view--{name}" for name in STYLE_NAMES),
        "article-view--placeholder",
    }
    """One style per part of the text (see app.tcss)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.doc: ArticleDoc | None = None
        self.placeholder: Text = Text("")
        self.show_entities = True
        self.current_hit: int | None = None
        self.text: Text = Text("")
        self.body_base = 0
        self._lines: list[Text] = []
        self._starts: list[int] = []
        self._wrapped_width = -1
        self._cache: dict[int, Strip] = {}

    # -- content -----------------------------------------------------------------------------------

    def show(self, doc: ArticleDoc | None, placeholder: Text | None = None) -> None:
        """Show ``doc`` from the top (or a placeholder message when None)."""
        self.doc = doc
        self.current_hit = None
        if placeholder is not None:
            self.placeholder = placeholder
        self._rebuild()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_show_entities(self, show: bool) -> None:
        """Entity highlights on or off."""
        self.show_entities = show
        self._rebuild()

    def go_to_hit(self, index: int | None) -> None:
        """Mark hit ``index`` as current and scroll it into the upper third of the view."""
        self.current_hit = index
        self._rebuild()
        if index is None or self.doc is None or not self.doc.hits:
            return
        line = self.line_of(self.body_base + self.doc.hits[index][0])
        height = self.scrollable_content_region.height
        self.scroll_to(y=max(0, line - max(1, height // 3)), animate=False, immediate=True)

    def styles_map(self) -> dict[str, Style]:
        """The styles of each part, from CSS (so themes and NO_COLOR apply)."""
        return {name: self.get_component_rich_style(f"article-view--{name}", partial=True) for name in STYLE_NAMES}

    def _rebuild(self) -> None:
        if self.doc is None:
            self.text = self.placeholder.copy()
            self.text.stylize(self.get_component_rich_style("article-view--placeholder", partial=True))
            self.body_base = 0
        else:
            self.text, self.body_base = build_text(self.doc, self.styles_map(), self.show_entities, self.current_hit)
        self._wrapped_width = -1
        self._wrap()
        self.refresh()

    def _wrap(self) -> None:
        width = min(self.scrollable_content_region.width, MAX_MEASURE)
        if width <= 0 or width == self._wrapped_width:
            return
        self._wrapped_width = width
        lines: list[Text] = []
        starts: list[int] = []
        offset = 0
        for line in self.text.split("\n", allow_blank=True):
            plain = line.plain
            cuts = divide_line(plain, width, fold=True) if plain else []
            pieces = line.divide(cuts) if cuts else [line]
            piece_start = offset
            for piece in pieces:
                lines.append(piece)
                starts.append(piece_start)
                piece_start += len(piece.plain)
            offset += len(plain) + 1
        self._lines, self._starts = lines, starts
        self._cache.clear()
        self.virtual_size = Size(width, len(lines))

    def line_of(self, offset: int) -> int:
        """The wrapped line holding character ``offset`` of the text."""
        return max(0, bisect_right(self._starts, offset) - 1)

    @property
    def lines(self) -> list[Text]:
        """The wrapped lines (for tests and the raw line count)."""
        return self._lines

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap for the new width."""
        self._wrap()
        self.refresh()

    # -- rendering ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """One wrapped line."""
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            line = self._lines[index].copy()
            line.rstrip()
            line.truncate(width)
            strip = Strip(list(Segment.apply_style(line.render(self.app.console), base)))
            self._cache[index] = strip
        return strip.adjust_cell_length(width, base)

    def notify_style_update(self) -> None:
        """Styles changed (theme, focus): rebuild with the new colours."""
        super().notify_style_update()
        if self.is_mounted:
            self._rebuild()

    # -- actions -----------------------------------------------------------------------------------

    def action_scroll_line(self, delta: int) -> None:
        """Scroll by ``delta`` lines."""
        self.scroll_to(y=self.scroll_y + delta, animate=False)

    def action_page(self, direction: int) -> None:
        """Scroll a screenful (less two lines of context)."""
        step = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=self.scroll_y + direction * step, animate=False)

    def action_top(self) -> None:
        """To the title."""
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        """To the end."""
        self.scroll_to(y=self.max_scroll_y, animate=False)
