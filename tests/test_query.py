"""Every form of the query language, on a small corpus whose metadata is known exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from search.config import load_config
from search.engine import Engine
from search.entities import EntityMatcher
from search.index import article_fields, make_schema
from search.model import Article, QueryError
from search.query import date_bounds, parse

TODAY = dt.date(2023, 3, 15)

DOCS = [
    # id, title, outlet, date, author, lang, body
    (
        "a1",
        "Lavrov visits Bamako",
        "Africa Times",
        "2023-02-07",
        "Laureen Fagan",
        "en",
        "Sergey Lavrov met Assimi Goïta in Bamako. Sanctions were discussed with Diop.",
    ),
    (
        "a2",
        "Diop in Moscow",
        "Al Mayadeen English",
        "2022-05-20",
        None,
        "en",
        "Abdoulaye Diop travelled to Moscow. The Wagner Group was not mentioned by name.",
    ),
    (
        "a3",
        "Goyta and the summit",
        "Une Plume du Mali",
        "2023-03-10",
        None,
        "en",
        "President Goyta will attend the summit in St. Petersburg with Lavrov.",
    ),
    (
        "a4",
        "Coopération militaire",
        "Une Plume du Mali",
        "2023-01-02",
        "Moussa Traoré",
        "fr",
        "Le ministre Diop a rencontré Sergueï Lavrov à Moscou. Les Forces armées maliennes progressent.",
    ),
    (
        "a5",
        "Kidal reconquered",
        None,
        None,
        None,
        "en",
        "The FAMa entered Kidal; the interim leader Goita praised the army. Sanctions relief was sought.",
    ),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from whoosh import index as windex

    config = load_config()
    matcher = EntityMatcher(config.entities)
    index_dir: Path = tmp_path_factory.mktemp("query-index")
    ix = windex.create_in(str(index_dir), make_schema())
    with ix.writer() as writer:
        for id_, title, outlet, date, author, lang, body in DOCS:
            article = Article(
                id_,
                f"/corpus/{id_}.txt",
                title,
                outlet,
                date,
                author,
                lang,
                body,
                entities=matcher.find(body),
                content_hash=id_,
            )
            writer.add_document(**article_fields(article))
    eng = Engine(config, index_dir)
    yield eng
    eng.close()


def ids(engine: Engine, query: str, **kwargs: object) -> list[str]:
    return sorted(h.id for h in engine.search(query, pagelen=100, today=TODAY, **kwargs).hits)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lavrov", ["a1", "a3", "a4"]),
        ("LAVROV bamako", ["a1"]),
        ("sanction", ["a1", "a5"]),  # stemmed: sanction ~ sanctions
        ("cooperation", ["a4"]),  # accent-folded: coopération
        ('"Wagner Group"', ["a2"]),
        ('"group wagner"', []),
        ("lavrov -bamako", ["a3", "a4"]),
        ('diop -"Abdoulaye Diop"', ["a1", "a4"]),
        ("kidal OR summit", ["a3", "a5"]),
        ("lavrov kidal OR summit", ["a3"]),
        ("title:diop", ["a2"]),
        ("author:fagan", ["a1"]),
        ('outlet:"africa times"', ["a1"]),
        ('outlet:"UNE PLUME DU MALI" lavrov', ["a3", "a4"]),
        ("entity:Goita", ["a1", "a3", "a5"]),
        ("entity:goïta", ["a1", "a3", "a5"]),
        ('entity:"Sergei Lavrov"', ["a1", "a3", "a4"]),
        ("entity:FAMa", ["a4", "a5"]),
        ("date:2023-02-07", ["a1"]),
        ("date:2023-02", ["a1"]),
        ("date:2023", ["a1", "a3", "a4"]),
        ("date:2023-01..2023-02", ["a1", "a4"]),
        ("date:2023-02..", ["a1", "a3"]),
        ("date:..2022", ["a2"]),
        ("date:last-40-days", ["a1", "a3"]),
        ("date:last-30-days", ["a3"]),
        ("date:last-2-weeks", ["a3"]),
        ("-date:2023", ["a2", "a5"]),
        ("lang:fr", ["a4"]),
        ("lang:FR diop", ["a4"]),
        ("", ["a1", "a2", "a3", "a4", "a5"]),
    ],
)
def test_query_forms(engine: Engine, query: str, expected: list[str]) -> None:
    assert ids(engine, query) == expected


def test_sort_by_date_puts_newest_first_and_undated_last(engine: Engine) -> None:
    hits = engine.search("", sort="date", today=TODAY).hits
    assert [h.id for h in hits] == ["a3", "a1", "a4", "a2", "a5"]


def test_relevance_prefers_title_matches(engine: Engine) -> None:
    hits = engine.search("diop", today=TODAY).hits
    assert hits[0].id == "a2"


def test_results_carry_total_snippets_and_facets(engine: Engine) -> None:
    results = engine.search("lavrov", pagelen=2, today=TODAY)
    assert results.total == 3
    assert len(results.hits) == 2
    for hit in results.hits:
        assert "lavrov" in hit.snippet.lower()
        assert any(hit.snippet[s:e].lower() == "lavrov" for s, e in hit.snippet_spans)
    assert results.facets["outlet"] == {"Une Plume du Mali": 2, "Africa Times": 1}
    assert results.facets["month"] == {"2023-01": 1, "2023-02": 1, "2023-03": 1}
    assert results.facets["entity"]["Sergey Lavrov"] == 3
    page2 = engine.search("lavrov", pagelen=2, page=2, today=TODAY)
    assert len(page2.hits) == 1
    assert {h.id for h in page2.hits}.isdisjoint({h.id for h in results.hits})


def test_did_you_mean(engine: Engine) -> None:
    results = engine.search("lavrof", today=TODAY)
    assert results.total == 0
    assert results.suggestion == "lavrov"
    assert engine.search("lavrvo", today=TODAY).suggestion == "lavrov"  # a swap is distance 2


@pytest.mark.parametrize("query", ["0", "00 0", "zq", "qqq", "x y z"])
def test_no_suggestion_for_short_words(engine: Engine, query: str) -> None:
    assert engine.search(query, today=TODAY).suggestion is None


@pytest.mark.parametrize(
    ("query", "position", "fragment"),
    [
        ('lavrov "unclosed', 7, "unclosed quote"),
        ("colour:red", 0, "unknown field"),
        ("lavrov entity:Nobody", 7, "no entity"),
        ("date:2023-13", 5, "no such date"),
        ("date:soon", 5, "cannot read date"),
        ("date:2023-03..2023-01", 5, "ends before"),
        ("OR lavrov", 0, "OR needs"),
        ("lavrov OR", 7, "OR needs"),
        ("title:", 0, "needs a value"),
    ],
)
def test_unparsable_queries_give_a_position(engine: Engine, query: str, position: int, fragment: str) -> None:
    with pytest.raises(QueryError) as info:
        engine.search(query, today=TODAY)
    assert fragment in info.value.message
    assert info.value.position == position


def test_date_bounds() -> None:
    assert date_bounds("2024-02", 0) == ("2024-02-01", "2024-02-29")
    assert date_bounds("last-year", 0, TODAY) == ("2022-03-15", "2023-03-15")
    assert date_bounds("last-6-months", 0, TODAY) == ("2022-09-15", "2023-03-15")


def test_parse_groups_or_tighter_than_and() -> None:
    parsed = parse("a b OR c -d")
    assert [[c.value for c in g] for g in parsed.groups] == [["a"], ["b", "c"], ["d"]]
    assert parsed.groups[2][0].negated


@pytest.mark.parametrize(
    ("lo", "hi"),
    [
        ("2023-01-01", "2023-12-31"),
        ("2023-02-01", "2023-02-28"),
        ("2023-02-07", "2023-02-07"),
        ("2023-01-15", "2023-03-10"),
        ("2022-12-31", "2023-01-01"),
        ("2023-02-08", None),
        (None, "2023-02-06"),
        ("2023-01-02", "2023-03-31"),
        ("2023-01-01", "2023-03-09"),
    ],
)
def test_date_range_query_matches_a_plain_day_range(engine: Engine, lo: str | None, hi: str | None) -> None:
    """Months on the month field plus edge days select exactly the documents a day range selects."""
    from whoosh import query as wq

    from search.query import date_range_query

    searcher = engine._ensure_searcher()
    plain = wq.TermRange("date", lo or "0000", hi or "9999-99-99", startexcl=False, endexcl=False)
    fast = date_range_query(lo, hi)
    assert set(searcher.docs_for_query(fast)) == set(searcher.docs_for_query(plain))


def test_entity_counts_are_the_same_from_the_segment_cache(engine: Engine) -> None:
    """The second search reuses the cached per-segment entity lists and must count the same."""
    first = engine.search("lavrov OR diop", today=TODAY).facets["entity"]
    again = engine.search("lavrov OR diop", today=TODAY).facets["entity"]
    narrower = engine.search("lavrov", today=TODAY).facets["entity"]
    assert first == again
    assert first["Abdoulaye Diop"] == 3 and narrower["Sergey Lavrov"] == 3
    assert engine._columns_cache is not None  # the per-searcher lists are in use


def test_snippet_window_is_cut_around_the_first_stem_and_falls_back_when_absent() -> None:
    from search.engine import SNIPPET_AROUND, _around_first, _opening

    body = "filler words here. " * 400 + "The Security Council met. " + "more filler text. " * 400
    window = _around_first(body, {"secur", "council"})
    assert window is not None and "Security Council" in window
    assert len(window) <= 2 * SNIPPET_AROUND + 40
    assert _around_first(body, {"goita"}) is None  # absent: the caller falls back on the opening
    assert _opening(body, 100).endswith("filler") or _opening(body, 100).endswith("here.")
    assert _opening("short body", 100) == "short body"
