"""Property tests (hypothesis): the cleaner, the query parser and the entity matcher on arbitrary input."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from search.cleaning import clean_html, clean_text
from search.config import load_config
from search.entities import EntityMatcher
from search.model import QueryError
from search.query import parse
from search.textnorm import fold

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_VOCABULARY = """the talks in Kidal resumed on Monday and Lavrov joined table for first time this year officials said
Goïta coopération délégation Bamako Home Menu Share Subscribe By Jane Reporter 3 March 2024 © Read more
Diop Wagner ECOWAS Russia Mali’s Moscow"""
WORDS = st.sampled_from(_VOCABULARY.split())
LINE = st.lists(WORDS, min_size=0, max_size=25).map(" ".join)
PAGE = st.lists(LINE, min_size=0, max_size=40).map("\n".join)
ANY_TEXT = st.text(max_size=3000)


def squash(text: str) -> str:
    return " ".join(text.split())


@SETTINGS
@given(st.one_of(PAGE, ANY_TEXT))
@example("A0A\x1f0A0A.")  # a unit separator between two words: a space to split, never glue them
@example("Council\x0cvotes\x1cto\x0bapprove the budget on Tuesday.")
def test_text_cleaner_never_raises_and_keeps_input_text_in_order(text: str) -> None:
    page = clean_text(text)
    source = squash(text)
    position = 0
    for paragraph in page.paragraphs:
        found = source.find(squash(paragraph), position)
        assert found >= 0, (paragraph, source)
        position = found + len(squash(paragraph))
    for field in (page.title, page.author, page.outlet):
        assert field is None or isinstance(field, str)
    assert page.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", page.date)


@SETTINGS
@given(st.one_of(ANY_TEXT, st.lists(st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<h1>", "x y z "]))))
def test_html_cleaner_never_raises(text: str | list[str]) -> None:
    page = clean_html(text if isinstance(text, str) else "".join(text))
    assert isinstance(page.paragraphs, list)


QUERY_PIECES = st.sampled_from(
    [
        '"',
        "-",
        ":",
        "OR",
        " ",
        "date:",
        "entity:",
        "title:",
        "outlet:",
        "lang:",
        "author:",
        "..",
        "2023",
        "-02",
        "last-30-days",
        "lavrov",
        "goita",
        "x",
        "\x1b",
        "\u202e",
        "(",
        ")",
        "*",
        "?",
        "é",
        "foo:",
    ]
)
QUERIES = st.one_of(st.text(max_size=60), st.lists(QUERY_PIECES, max_size=12).map("".join))


@SETTINGS
@given(QUERIES)
@example("date:2023-02-30")
@example("date:2023..2022")
@example('"')
@example("OR")
def test_query_parser_returns_a_parse_or_an_error_with_a_position(text: str) -> None:
    try:
        parsed = parse(text)
    except QueryError as exc:
        assert 0 <= exc.position <= len(text), (exc, text)
        assert str(exc)
    else:
        assert all(group for group in parsed.groups)


@pytest.fixture(scope="module")
def seeds_engine(seeds_index):
    from search.engine import Engine

    engine = Engine(load_config(), seeds_index)
    yield engine
    engine.close()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_search_returns_results_or_a_query_error(seeds_engine, text: str) -> None:
    try:
        results = seeds_engine.search(text, today=dt.date(2024, 1, 1))
    except QueryError as exc:
        assert 0 <= exc.position <= len(text)
    else:
        assert results.total >= len(results.hits)


GAZETTEER = load_config().entities
MATCHER = EntityMatcher(GAZETTEER)
ALIASES = sorted({alias for entity in GAZETTEER for alias in entity.all_names})
FILLER = st.sampled_from([" ", ", ", " and ", "’s ", ". ", "\n\n", " the ", "-", " l’", "x", "é"])


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(ALIASES), st.sampled_from(ALIASES).map(str.upper), FILLER), max_size=30))
def test_every_entity_span_is_one_of_its_aliases(pieces: list[str]) -> None:
    body = "".join(pieces)
    by_name = {e.name: e for e in GAZETTEER}
    for mention in MATCHER.find(body):
        text = body[mention.start : mention.end]
        assume(mention.name in by_name)
        aliases = {fold(a) for a in by_name[mention.name].all_names}
        assert fold(text) in aliases, (text, mention)


@SETTINGS
@given(st.text(max_size=500))
def test_entity_matcher_never_raises_and_spans_are_in_range(body: str) -> None:
    for mention in MATCHER.find(body):
        assert 0 <= mention.start < mention.end <= len(body)
