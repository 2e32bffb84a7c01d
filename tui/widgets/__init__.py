"""The app's widgets, one per module."""

from tui.widgets.article_view import ArticleView
from tui.widgets.entity_list import EntityList
from tui.widgets.filter_chip import FilterChip
from tui.widgets.hit_list import HitList
from tui.widgets.reader_pane import ReaderPane
from tui.widgets.search_bar import SearchBar
from tui.widgets.search_input import SearchInput
from tui.widgets.status_bar import StatusBar

__all__ = [
    "ArticleView",
    "EntityList",
    "FilterChip",
    "HitList",
    "ReaderPane",
    "SearchBar",
    "SearchInput",
    "StatusBar",
]
