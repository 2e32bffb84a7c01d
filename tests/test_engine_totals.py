"""Totals and orderings on an index large enough for Whoosh's scoring shortcuts to matter.

Whoosh's collector may drop the part of an OR query that can no longer reach the top scores; the
total must still count every match, whatever the sort, page size or facets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from search.engine import Engine
from search.index import Indexer
from search.resources import bundled_config_path
from tests.tui_fixtures import corpus_config

PAGES = 200


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The benchmark's realistic generator: 200 pages, indexed in two runs (two segments)."""
    from bench.corpus import write_corpus

    tmp = tmp_path_factory.mktemp("totals")
    corpus = tmp / "corpus"
    write_corpus(PAGES, corpus, seed=1, workers=1)
    config = corpus_config(corpus, tmp)
    index_dir = tmp / "ix"
    pages = sorted(corpus.rglob("*.txt"))
    hidden = pages[PAGES // 2 :]
    for path in hidden:
        path.rename(path.with_suffix(".later"))
    Indexer(config, index_dir, workers=1).update()
    for path in hidden:
        path.with_suffix(".later").rename(path)
    Indexer(config, index_dir, workers=1).update()
    return Engine(config, index_dir)


def _matches(engine: Engine, text: str) -> int:
    """Every document the query matches, listed without any scoring shortcut."""
    searcher = engine._ensure_searcher()
    query, _ = engine._builder.build(text)
    return sum(1 for _ in searcher.docs_for_query(query))


WORDS = ("mali", "russia", "security", "lavrov OR wagner", "mali -russia")


@pytest.mark.parametrize("text", WORDS)
def test_the_words_match_some_but_not_all_pages(engine: Engine, text: str) -> None:
    assert 0 < _matches(engine, text) < engine.doc_count()


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("facets", [False, True])
@pytest.mark.parametrize("pagelen", [5, 50])
def test_total_counts_every_match(engine: Engine, sort: str, facets: bool, pagelen: int) -> None:
    for text in WORDS:
        expected = _matches(engine, text)
        results = engine.search(text, sort=sort, pagelen=pagelen, snippets=False, facets=facets)
        assert results.total == expected, text
        assert len(results.hits) == min(pagelen, expected)
        second = engine.search(text, sort=sort, page=2, pagelen=pagelen, snippets=False, facets=facets)
        assert not {h.id for h in results.hits} & {h.id for h in second.hits}
        if facets:
            assert sum(results.facets["outlet"].values()) == expected


def test_date_sort_is_newest_first_with_undated_last(engine: Engine) -> None:
    results = engine.search("mali", sort="date", pagelen=PAGES, snippets=False, facets=False)
    dates = [h.date for h in results.hits]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated  # no undated article before a dated one


def test_an_empty_index_answers_every_search_and_then_sees_new_pages(tmp_path: Path) -> None:
    """Whoosh's reader of an empty index has no columns and cannot be refreshed: neither may crash."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    config = corpus_config(corpus, tmp_path)
    Indexer(config, tmp_path / "ix", workers=1).update()
    engine = Engine(config, tmp_path / "ix")
    for sort in ("relevance", "date"):
        for facets in (False, True):
            results = engine.search("", sort=sort, facets=facets, snippets=False)
            assert results.total == 0 and results.hits == []
    assert engine.outlets() == {} and engine.entities() == {}
    seed = next(p for p in sorted(bundled_config_path().parent.glob("seeds/*")) if p.is_file())
    (corpus / "page.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    Indexer(config, tmp_path / "ix", workers=1).update()
    results = engine.search("mali", sort="date", facets=True, snippets=False)
    assert results.total == 1 and sum(results.facets["outlet"].values()) <= 1


def test_snippets_open_the_article_column_once_per_searcher(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening Whoosh's column reader reads every document's offset: once per searcher, not once per hit."""
    engine.close()
    reader = engine._ensure_searcher().reader()
    opened: list[str] = []
    original = reader.column_reader

    def counting(name: str, *args: object, **kwargs: object) -> object:
        opened.append(name)
        return original(name, *args, **kwargs)

    monkeypatch.setattr(reader, "column_reader", counting)
    for word in ("mali", "russia", "security"):
        results = engine.search(word, pagelen=25, snippets=True)
        assert len(results.hits) > 1 and all(hit.snippet for hit in results.hits)
    assert opened.count("data") == 1
