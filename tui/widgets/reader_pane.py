"""The reader pane: the article text above the list of its entities."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical

from tui.document import ArticleDoc
from tui.widgets.article_view import ArticleView
from tui.widgets.entity_list import EntityList


class ReaderPane(Vertical):
    """Article view plus entity list, under one border whose title says where the reader is."""

    def compose(self) -> ComposeResult:
        """The text, then the entities."""
        yield ArticleView(id="article")
        yield EntityList(id="entities")

    @property
    def view(self) -> ArticleView:
        """The article text widget."""
        return self.query_one(ArticleView)

    @property
    def entity_list(self) -> EntityList:
        """The entity list."""
        return self.query_one(EntityList)

    def show(self, doc: ArticleDoc | None, placeholder: Text | None = None) -> None:
        """Show an article (or a placeholder)."""
        self.view.show(doc, placeholder)
        self.entity_list.show_entities(doc.entity_counts if doc else [])
        self.entity_list.display = bool(doc and doc.entity_counts)
        self.update_title()

    def update_title(self) -> None:
        """Border title: which hit is current; subtitle: the article's source."""
        view = self.view
        doc = view.doc
        if doc is None:
            self.border_title = "Reader"
            self.border_subtitle = ""
            return
        if doc.hits:
            current = "–" if view.current_hit is None else str(view.current_hit + 1)
            self.border_title = f"Reader · hit {current}/{len(doc.hits)}"
        else:
            self.border_title = "Reader"
        self.border_subtitle = "" if view.show_entities else "entities hidden"
