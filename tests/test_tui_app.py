"""Pilot tests of the app: each user journey against a real index built from the bundled seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Static

from search.config import ConfigError, parse_config
from search.engine import Engine
from search.resources import bundled_config_path
from tests.tui_fixtures import build_index, corpus_config, hostile_config, seed_config, settle
from tui.app import MaliTuiApp
from tui.screens.main import MainScreen
from tui.widgets import ArticleView, HitList, SearchBar, SearchInput

SIZE = (100, 32)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled seeds, built once for the module."""
    return build_index(seed_config(), tmp_path_factory.mktemp("seed-index"))


@pytest.fixture(scope="module")
def engine(seed_index: Path) -> Engine:
    """The engine on that index, to compare the app with."""
    return Engine(seed_config(), seed_index)


def make_app(index_dir: Path, config=None) -> MaliTuiApp:
    """An app on ``index_dir`` with a short debounce."""
    return MaliTuiApp(config or seed_config(), index_dir, debounce=0.05)


def main(app: MaliTuiApp) -> MainScreen:
    """The main screen."""
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def listed_ids(app: MaliTuiApp) -> list[str]:
    """Ids of the rows in the results list, in order."""
    hits = app.screen.query_one(HitList)
    return [hits.hit_at(i).id for i in range(hits.total)]  # type: ignore[union-attr]


def screen_text(app: MaliTuiApp) -> str:
    """Every character on the screen, as the user sees it (from a screenshot of the app)."""
    import html
    import re

    svg = app.export_screenshot()
    text = " ".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg)).replace("\xa0", " ")
    return " ".join(text.split())


async def type_query(pilot, text: str) -> None:
    """Focus the bar, put the query in it (as a paste would) and press enter."""
    await pilot.press("slash")
    bar_input = pilot.app.screen.query_one(SearchInput)
    bar_input.value = text
    await pilot.press("enter")
    await settle(pilot)


async def test_first_paint_lists_every_article(seed_index: Path, engine: Engine) -> None:
    """Without a query the list holds the whole index."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert listed_ids(app) == [h.id for h in engine.search("").hits]
        assert str(main(app).hits.border_title).startswith(f"{engine.doc_count()} article")


async def test_typed_query_shows_the_engines_articles(seed_index: Path, engine: Engine) -> None:
    """A query typed in the bar lists exactly what the engine finds, in its order, with the total."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "Lavrov")
        expected = engine.search("Lavrov")
        assert expected.total > 0
        assert listed_ids(app) == [h.id for h in expected.hits]
        assert str(main(app).hits.border_title).startswith(f"{expected.total} article")
        assert app.focused is main(app).hits


async def test_results_follow_typing(seed_index: Path, engine: Engine) -> None:
    """Without enter, the list follows the typing after the debounce."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Goita")
        await settle(pilot)
        assert listed_ids(app) == [h.id for h in engine.search("Goita").hits]


async def test_outlet_filter_narrows_like_the_engine(seed_index: Path, engine: Engine) -> None:
    """Picking an outlet writes outlet:"…" in the bar and lists what the engine lists for it."""
    outlet, count = next(iter(engine.outlets().items()))
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*list(outlet[:6]))
        await pilot.press("enter")
        await settle(pilot)
        query = app.screen.query_one(SearchInput).value
        assert query.startswith("outlet:")
        expected = engine.search(query)
        assert expected.total == count
        assert listed_ids(app) == [h.id for h in expected.hits]
        chip = app.screen.query_one("#outlet-chip")
        assert outlet[:6] in str(chip.render())


async def test_date_filter_narrows_like_the_engine(seed_index: Path, engine: Engine) -> None:
    """The date picker's from/to become date:FROM..TO in the bar, with the engine's results."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"2023-02")
        await pilot.press("tab", *"2023-02-28", "enter")
        await settle(pilot)
        query = app.screen.query_one(SearchInput).value
        assert query == "date:2023-02..2023-02-28"
        expected = engine.search(query)
        assert listed_ids(app) == [h.id for h in expected.hits]
        assert expected.total < engine.doc_count() or expected.total == len(listed_ids(app))


async def test_typed_filter_updates_the_chips(seed_index: Path) -> None:
    """Filters typed in the query show in the filter chips: bar and filters agree."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, 'lavrov outlet:"Africa Times" date:2023')
        assert "Africa Times" in str(app.screen.query_one("#outlet-chip").render())
        assert "2023" in str(app.screen.query_one("#date-chip").render())


async def test_a_long_outlet_filter_ends_in_an_ellipsis(seed_index: Path) -> None:
    """A filter value wider than its chip is cut with "…" on one line, not wrapped out of sight."""
    app = make_app(seed_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_query(pilot, 'outlet:"The Extraordinarily Long Outlet Name of the Sahel"')
        chip = app.screen.query_one("#outlet-chip")
        line = chip.render_line(0).text.rstrip()
        assert line.endswith("…") and "outlet: The Extra" in line


async def open_first(pilot) -> ArticleView:
    """Open the row under the cursor and return the reader."""
    await pilot.press("enter")
    await settle(pilot)
    return pilot.app.screen.query_one(ArticleView)


async def test_opened_article_highlights_entities(seed_index: Path, engine: Engine) -> None:
    """An article mentioning Goïta shows it bold (person) with a colour, in spans and rendered lines."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "entity:Goita")
        view = await open_first(pilot)
        doc = view.doc
        assert doc is not None
        mention = next(e for e in doc.entities if e.name == "Assimi Goïta")
        start = view.body_base + mention.start
        styles = [span.style for span in view.text.spans if span.start <= start < span.end]
        assert any(getattr(s, "bold", False) for s in styles)
        assert "Go" in view.text.plain[start : view.body_base + mention.end]
        # The rendered line: the mention's cells are bold and coloured, the text around them is not bold.
        line_no = view.line_of(start)
        view.scroll_to(y=line_no, animate=False, immediate=True)
        await pilot.pause()
        strip = view.render_line(0)
        word = doc.body[mention.start : mention.end]
        segs = [seg for seg in strip if seg.text.strip() and seg.text.strip() in word]
        assert segs, f"no segment for {word!r} in {strip.text!r}"
        assert all(seg.style and seg.style.bold and seg.style.color is not None for seg in segs)
        # Places are underlined, organisations bold + underlined.
        kinds = {e.type for e in doc.entities}
        for mention in doc.entities:
            style = Text.assemble()  # noqa: F841 - keep linters quiet about the loop variable
            at = view.body_base + mention.start
            span_styles = [sp.style for sp in view.text.spans if sp.start <= at < sp.end]
            if mention.type == "place":
                assert any(getattr(s, "underline", False) for s in span_styles)
        assert "person" in kinds
        # Entities are listed with counts; e turns highlights off.
        options = app.screen.query_one("#entities")
        assert options.option_count == len(doc.entity_counts)
        await pilot.press("e")
        await pilot.pause()
        assert not view.show_entities
        assert not any(
            getattr(sp.style, "bold", False) for sp in view.text.spans if sp.start <= start < sp.end
        ) or bool(doc.hits)


async def test_choosing_an_entity_searches_it(seed_index: Path, engine: Engine) -> None:
    """Enter on an entity of the open article searches entity:NAME."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = await open_first(pilot)
        assert view.doc is not None
        first_entity = view.doc.entity_counts[0][0]
        app.screen.query_one("#entities").focus()
        await pilot.press("enter")
        await settle(pilot)
        query = app.screen.query_one(SearchInput).value
        assert query.startswith("entity:") and first_entity.split()[0] in query
        assert listed_ids(app) == [h.id for h in engine.search(query).hits]


async def test_search_hits_are_highlighted_and_n_walks_across_articles(seed_index: Path, engine: Engine) -> None:
    """n moves through an article's hits, then into the next article; N comes back to the last hit."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "Lavrov")
        screen = main(app)
        view = await open_first(pilot)
        first = view.doc
        assert first is not None and first.hits
        assert all(first.body[s:e].lower().startswith("lavrov") for s, e in first.hits)
        for index in range(len(first.hits)):
            await pilot.press("n")
            await pilot.pause()
            assert view.current_hit == index
        await pilot.press("n")
        await settle(pilot)
        second = view.doc
        assert second is not None and second.id != first.id
        assert screen.hits.cursor == 1
        assert second.id == engine.search("Lavrov").hits[1].id
        assert view.current_hit == 0
        current = [sp for sp in view.text.spans if sp.start == view.body_base + second.hits[0][0]]
        assert any(getattr(sp.style, "reverse", False) for sp in current)
        await pilot.press("N")
        await settle(pilot)
        assert view.doc is not None and view.doc.id == first.id
        assert view.current_hit == len(first.hits) - 1


async def test_raw_view_marks_dropped_lines(seed_index: Path, engine: Engine) -> None:
    """r shows the source page with the dropped lines marked and why."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = await open_first(pilot)
        assert view.doc is not None
        article = view.doc.article
        assert article.dropped
        await pilot.press("r")
        await settle(pilot)
        raw = app.screen.query_one("#raw-text", Static)
        shown = str(raw.render())
        dropped = article.dropped[0]
        assert "✗" in shown
        assert dropped.reason in shown
        assert f"{len(article.dropped)} dropped" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_unparsable_query_shows_the_message_and_the_app_keeps_working(seed_index: Path, engine: Engine) -> None:
    """A broken query leaves the results alone and says why under the bar; fixing it searches again."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = listed_ids(app)
        await type_query(pilot, 'title:"unclosed')
        error = app.screen.query_one("#query-error", Static)
        assert error.display
        assert "unclosed quote" in str(error.render())
        assert listed_ids(app) == before
        await type_query(pilot, "nosuchfield:x")
        assert "unknown field" in str(error.render())
        await type_query(pilot, "Lavrov")
        assert not error.display
        assert listed_ids(app) == [h.id for h in engine.search("Lavrov").hits]


async def test_no_results_says_so_and_suggests(seed_index: Path, engine: Engine) -> None:
    """No hits: the list says so and offers the engine's suggestion, which enter searches."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "lavrvo")
        hits = main(app).hits
        assert hits.total == 0
        expected = engine.search("lavrvo")
        lines = [hits.render_line(i).text for i in range(2)]
        assert "No articles match" in lines[0]
        if expected.suggestion:
            assert expected.suggestion in lines[1]
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen.query_one(SearchInput).value == expected.suggestion
            assert hits.total == engine.search(expected.suggestion).total


async def test_sort_by_date(seed_index: Path, engine: Engine) -> None:
    """s switches to the engine's date order."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert listed_ids(app) == [h.id for h in engine.search("", sort="date").hits]


async def test_hostile_markup_renders_inert(tmp_path: Path) -> None:
    """Markup and escape sequences in a title, body, author or file name show as typed and do nothing."""
    config = hostile_config(tmp_path)
    index_dir = build_index(config, tmp_path / "index")
    app = make_app(index_dir, config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        row = screen.hits.render_line(0)
        assert "[bold]Breaking[/bold]" in row.text
        view = await open_first(pilot)
        assert app.is_running
        plain = view.text.plain
        assert "[@click=app.quit]Mali[/]" in plain
        assert "[red]markup[/red]" in plain
        assert "\x1b" not in plain and "\x07" not in plain
        for index in range(len(view.lines)):
            view.scroll_to(y=index, animate=False, immediate=True)
            strip = view.render_line(0)
            for seg in strip:
                assert "\x1b" not in seg.text
                assert not (seg.style and (seg.style.link or seg.style.meta)), seg
        await pilot.press("r")
        await settle(pilot)
        raw = str(app.screen.query_one("#raw-text", Static).render())
        assert "\\x1b[31m" in raw and "\x1b" not in raw
        assert "[link=https://evil.example]" in raw
        assert "[@click=app.quit]x[-]" in str(app.screen.query_one("#raw-body").border_title)
        await pilot.press("escape", "y")
        await pilot.pause()
        assert app.clipboard.endswith(".txt.") and "[@click=app.quit]" in app.clipboard
        assert app.is_running


def test_unknown_binding_id_is_a_config_error(tmp_path: Path) -> None:
    """keys: with an id no binding has names the file, the line and the key."""
    text = bundled_config_path().read_text(encoding="utf-8").replace("keys: {}", "keys:\n  sort: x\n  nonsense: z\n")
    config = parse_config(text, tmp_path / "config.yaml")
    with pytest.raises(ConfigError) as info:
        MaliTuiApp(config, tmp_path / "index")
    error = info.value
    assert error.key == "keys.nonsense"
    assert error.line == config.key_lines["nonsense"]
    assert "config.yaml" in str(error) and "unknown binding id" in str(error)


async def test_keymap_from_config_rebinds(seed_index: Path, engine: Engine, tmp_path: Path) -> None:
    """keys: {sort: x} makes x sort (and s no longer does)."""
    text = bundled_config_path().read_text(encoding="utf-8").replace("keys: {}", "keys:\n  sort: x\n")
    text = text.replace("corpus:\n  - bundled:seeds", f"corpus:\n  - {seed_config().corpus[0]}")
    config = parse_config(text, tmp_path / "config.yaml")
    app = make_app(seed_index, config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert main(app).sort == "relevance"
        await pilot.press("x")
        await settle(pilot)
        assert main(app).sort == "date"


async def test_missing_index_is_built_with_progress(tmp_path: Path, engine: Engine) -> None:
    """No index yet: the app builds it in a worker, then searches."""
    messages: list[object] = []
    app = make_app(tmp_path / "fresh-index")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await settle(pilot)
        names = [type(m).__name__ for m in messages]
        assert "IndexOpened" in names
        assert listed_ids(app) == [h.id for h in engine.search("").hits]
        assert "article" in str(app.screen.query_one("#status").render())


async def test_an_empty_corpus_says_so_and_searching_it_does_not_break(tmp_path: Path) -> None:
    """Corpus folders with no pages: the list says the index is empty; queries, sort and filters still work."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    app = make_app(tmp_path / "ix", corpus_config(corpus, tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert "The index is empty" in screen_text(app)
        await type_query(pilot, "lavrov")
        await pilot.press("s")
        await settle(pilot)
        shown = screen_text(app)
        assert "No articles match" in shown and "searching" not in shown  # the search finished, nothing stuck
        assert listed_ids(app) == []


async def test_a_failing_search_says_so_instead_of_searching_forever(seed_index: Path) -> None:
    """An unexpected engine error becomes a notification and a 'search failed' mark; the app keeps going."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)

        def broken(*_args: object, **_kwargs: object) -> None:
            raise RuntimeError("disk went away")

        working = screen.backend.search
        screen.backend.search = broken  # type: ignore[method-assign]
        await type_query(pilot, "lavrov")
        assert screen.query_one(HitList).border_subtitle == "search failed"
        screen.backend.search = working  # type: ignore[method-assign]
        await type_query(pilot, "goita")
        assert screen.query_one(HitList).border_subtitle == "" and len(listed_ids(app)) == 1


async def test_help_lists_every_binding(seed_index: Path) -> None:
    """? opens the help with every binding id; esc closes it."""
    from tui.keys import known_ids

    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.keys_table()  # type: ignore[attr-defined]
        from rich.console import Console

        console = Console(width=120, record=True)
        console.print(table)
        shown = console.export_text()
        for binding_id in known_ids():
            assert binding_id in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_escape_clears_then_leaves_the_bar(seed_index: Path) -> None:
    """esc in the bar clears the query; a second esc moves to the results."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mali")
        bar = app.screen.query_one(SearchBar)
        await pilot.press("escape")
        assert bar.input.value == ""
        assert app.focused is bar.input
        await pilot.press("escape")
        assert app.focused is main(app).hits


async def test_palette_goes_to_an_entity(seed_index: Path, engine: Engine) -> None:
    """ctrl+p, "entity goita", enter: searches entity:"Assimi Goïta" (accents ignored while matching)."""
    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"entity goita")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        query = app.screen.query_one(SearchInput).value
        assert query == 'entity:"Assimi Goïta"'
        assert listed_ids(app) == [h.id for h in engine.search(query).hits]


async def test_keys_typed_in_one_burst_after_slash_reach_the_search_bar(seed_index: Path) -> None:
    """A fast typist, a paste or ssh batching sends "/Lavrov" at once: no letter may go to the list."""
    from textual import events

    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one(HitList).focus()
        await pilot.pause()
        for key, char in [("slash", "/"), *[(c, c) for c in "Lavrov"]]:
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert app.screen.query_one(SearchInput).value == "Lavrov"
        assert isinstance(app.screen, MainScreen)  # "r" did not open the raw view
        app.post_message(events.Key("slash", "/"))
        await pilot.pause()
        assert app.screen.query_one(SearchInput).value == "Lavrov/"


async def test_outlet_picker_opened_early_fills_in_when_counts_arrive(seed_index: Path) -> None:
    from textual.widgets import OptionList

    from tui import messages as m
    from tui.screens.outlet_picker import OutletPicker

    app = make_app(seed_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        outlets = dict(app.outlets)
        assert outlets
        app.outlets = {}
        app.screen.query_one(HitList).focus()
        await pilot.press("o")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, OutletPicker)
        options = picker.query_one("#picker-list", OptionList)
        assert options.option_count == 2  # "Any outlet" and "(no outlets known yet)"
        app.screen_stack[0].post_message(m.FacetsLoaded(outlets, dict(app.entities)))
        await pilot.pause()
        assert options.option_count == 1 + len(outlets)
