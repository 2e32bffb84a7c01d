"""The raw view: the source page line by line, dropped lines marked with the cleaner's reason."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from search.model import Article
from search.textnorm import safe_path, terminal_safe
from tui.backend import read_raw
from tui.screens.dialog import Dialog


class RawScreen(Dialog[None]):
    """Kept lines plain, dropped lines struck through with ``✗ reason``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,r", "close", "Close", show=False),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "Bottom", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
    ]
    """Scrolling and closing."""

    class Loaded(Message):
        """The page's lines were read."""

        def __init__(self, lines: list[str], error: str | None) -> None:
            super().__init__()
            self.lines = lines
            self.error = error

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        """A scrolling page."""
        with VerticalScroll(id="raw-body") as body:
            body.border_title = f"Raw · {safe_path(self.article.source)}"
            body.border_subtitle = "✗ dropped by the cleaner · esc closes"
            yield Static(Text("Reading the page…"), id="raw-text", markup=False)

    def on_mount(self) -> None:
        """Read the file in a worker."""
        self.query_one("#raw-body").focus()
        self.read_page()

    @work(thread=True, exclusive=True, group="raw", exit_on_error=False, description="read the raw page")
    def read_page(self) -> None:
        """Read the source file."""
        lines, error = read_raw(self.article)
        self.post_message(self.Loaded(lines, error))

    def on_raw_screen_loaded(self, message: Loaded) -> None:
        """Render the lines."""
        self.query_one("#raw-text", Static).update(render_raw(self.article, message.lines, message.error))

    def action_scroll(self, delta: int) -> None:
        """Scroll a line."""
        self.query_one("#raw-body").scroll_relative(y=delta, animate=False)

    def action_page(self, direction: int) -> None:
        """Scroll a page."""
        body = self.query_one("#raw-body")
        body.scroll_relative(y=direction * max(1, body.size.height - 2), animate=False)

    def action_edge(self, end: int) -> None:
        """Top or bottom."""
        body = self.query_one("#raw-body")
        if end:
            body.scroll_end(animate=False)
        else:
            body.scroll_home(animate=False)


def render_raw(article: Article, lines: list[str], error: str | None) -> Text:
    """The raw page as text: line number, mark, reason for dropped lines, the line itself."""
    if error is not None:
        return Text(f"Cannot read {safe_path(article.source)}: {terminal_safe(error)}")
    reasons = {d.line: d.reason for d in article.dropped}
    width = len(str(len(lines)))
    text = Text()
    dropped = 0
    for number, line in enumerate(lines, 1):
        safe = terminal_safe(line, keep_newlines=False)
        text.append(f"{number:>{width}} ", "dim")
        if number in reasons:
            dropped += 1
            text.append("✗ ", "bold")
            text.append(safe, "strike dim")
            text.append(f"  ← {terminal_safe(reasons[number], keep_newlines=False)}", "italic")
        else:
            text.append("  ")
            text.append(safe)
        text.append("\n")
    header = Text(f"{len(lines)} lines, {dropped} dropped by the cleaner\n\n", style="bold")
    return header + text
