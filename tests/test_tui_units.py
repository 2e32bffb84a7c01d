"""Unit tests of the app's pieces: query/filter agreement, safe documents, the virtual list."""

from __future__ import annotations

from textual.app import App, ComposeResult

from search.model import Article, EntityMention, Hit
from tui.backend import PAGELEN
from tui.document import build_text, make_doc
from tui.querytext import current_filter, date_value, set_filter, split_date
from tui.widgets import HitList


def test_set_filter_replaces_only_its_clause() -> None:
    """Picking an outlet rewrites outlet:, keeps the rest, and quotes names with spaces."""
    query = 'lavrov outlet:Foo -outlet:Bar date:2023 "a phrase"'
    changed = set_filter(query, "outlet", "Africa Times")
    assert changed == 'lavrov -outlet:Bar date:2023 "a phrase" outlet:"Africa Times"'
    assert current_filter(changed, "outlet") == "Africa Times"
    assert current_filter(changed, "date") == "2023"
    assert set_filter(changed, "date", None) == 'lavrov -outlet:Bar "a phrase" outlet:"Africa Times"'
    assert current_filter('title:"unclosed', "outlet") is None


def test_date_values() -> None:
    """From/to pairs become date: values and back."""
    assert date_value("2023", "2023") == "2023"
    assert date_value("2023-01", "2023-03") == "2023-01..2023-03"
    assert date_value("2023-01", "") == "2023-01.."
    assert date_value("", "2022") == "..2022"
    assert date_value("", "") is None
    assert split_date("2023-01..") == ("2023-01", "")


def _article(body: str, title: str = "t") -> Article:
    start = body.index("Goïta")
    return Article(
        id="x",
        source="/tmp/x.txt",
        title=title,
        outlet="[b]o[/b]",
        date="2023-02-07",
        author=None,
        lang="en",
        body=body,
        entities=[EntityMention("Assimi Goïta", "person", start, start + 5)],
    )


def test_escapes_are_visible_and_spans_follow_them() -> None:
    """Control characters become visible escapes; entity and hit spans still cover their words."""
    body = "Red \x1b[31malert\x1b[0m then Goïta spoke.\n\nSecond [bold]para[/bold]."
    start = body.index("Goïta")
    doc = make_doc(_article(body, title="A \x1b]0;pwned\x07 title"), [(start, start + 5)])
    assert "\x1b" not in doc.body and "\\x1b[31m" in doc.body
    assert "\x1b" not in doc.title and "\x07" not in doc.title
    mention = doc.entities[0]
    assert doc.body[mention.start : mention.end] == "Goïta"
    assert [doc.body[s:e] for s, e in doc.hits] == ["Goïta"]
    text, base = build_text(doc)
    assert "[bold]para[/bold]" in text.plain
    assert "[b]o[/b]" in text.plain
    bold_at = [sp for sp in text.spans if sp.start <= base + mention.start < sp.end]
    assert any(sp.style.bold for sp in bold_at)  # type: ignore[union-attr]


def test_entities_can_be_hidden() -> None:
    """With highlights off no entity style remains."""
    body = "Then Goïta spoke."
    doc = make_doc(_article(body), [])
    text, base = build_text(doc, show_entities=False)
    assert not [sp for sp in text.spans if sp.start >= base]


class _ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield HitList(id="hits")


def _hits(page: int) -> list[Hit]:
    return [
        Hit(
            id=f"{page}-{i}",
            title=f"Title {page}-{i}",
            outlet="Outlet",
            date="2023-01-01",
            author=None,
            source="",
            score=1,
        )
        for i in range(PAGELEN)
    ]


async def test_virtual_list_with_100000_hits_fetches_only_visible_pages() -> None:
    """100,000 hits: no widget per row; G fetches just the last page; rows render from pages."""
    wanted: list[int] = []
    app = _ListApp()
    async with app.run_test(
        size=(80, 24), message_hook=lambda m: wanted.append(m.page) if isinstance(m, HitList.PageWanted) else None
    ) as pilot:
        hits = app.query_one(HitList)
        hits.focus()
        hits.reset(1, 100_000, _hits(1))
        await pilot.pause()
        assert len(app.screen.query("*")) < 10
        assert wanted == []
        await pilot.press("G")
        await pilot.pause()
        assert hits.cursor == 99_999
        assert set(wanted) == {1000}
        hits.add_page(1, 1000, _hits(1000))
        await pilot.pause()
        assert hits.current is not None and hits.current.id == f"1000-{PAGELEN - 1}"
        last = hits.render_line(hits.scrollable_content_region.height - 1).text
        assert f"Title 1000-{PAGELEN - 1}" in last
        await pilot.press("g")
        await pilot.pause()
        assert hits.cursor == 0 and set(wanted) == {1000}
        await pilot.press("space")
        assert hits.cursor > 0
