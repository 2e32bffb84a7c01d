"""Gazetteer matching: aliases, accents, possessives, whole words, spans."""

from __future__ import annotations

import pytest

from search.config import EntityDef, load_config
from search.entities import EntityMatcher
from search.textnorm import fold


@pytest.fixture(scope="module")
def matcher() -> EntityMatcher:
    return EntityMatcher(load_config().entities)


def names(matcher: EntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.start : m.end]) for m in matcher.find(text)]


@pytest.mark.parametrize("spelling", ["Goïta", "Goita", "Goyta", "GOÏTA", "goita"])
def test_goita_spellings_are_one_entity(matcher: EntityMatcher, spelling: str) -> None:
    text = f"Interim president {spelling} spoke."
    assert names(matcher, text) == [("Assimi Goïta", spelling)]


@pytest.mark.parametrize("spelling", ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"])
def test_lavrov_aliases(matcher: EntityMatcher, spelling: str) -> None:
    assert names(matcher, f"{spelling} said.") == [("Sergey Lavrov", spelling)]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_possessives_with_either_apostrophe(matcher: EntityMatcher, apostrophe: str) -> None:
    text = f"Russia{apostrophe}s minister and Lavrov{apostrophe}s trip"
    assert names(matcher, text) == [("Russia", "Russia"), ("Sergey Lavrov", "Lavrov")]


def test_whole_words_only(matcher: EntityMatcher) -> None:
    text = "Malian troops in Nigeria, Francesca and Parisian cafés; the Duma-like body"
    assert [n for n, _ in names(matcher, text)] == ["State Duma"]


def test_longest_alias_wins(matcher: EntityMatcher) -> None:
    text = "Assimi Goïta met Sergei Lavrov in St. Petersburg."
    assert names(matcher, text) == [
        ("Assimi Goïta", "Assimi Goïta"),
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("St. Petersburg", "St. Petersburg"),
    ]


def test_acronyms_are_case_sensitive(matcher: EntityMatcher) -> None:
    """French "un" and "au" are words, not the UN or the AU."""
    text = "Il a signé un accord au Mali avec l'UN et l'AU."
    assert [n for n, _ in names(matcher, text)] == ["Mali", "United Nations", "African Union"]


def test_spans_slice_to_an_alias(matcher: EntityMatcher) -> None:
    entities = {e.name: e for e in load_config().entities}
    text = "GOYTA’s allies: ECOWAS, the Economic Community of West African States, and Wagner's men in Kidal."
    found = matcher.find(text)
    assert len(found) == 5
    for mention in found:
        piece = fold(text[mention.start : mention.end])
        assert piece in {fold(a) for a in entities[mention.name].all_names}


def test_resolve_accepts_any_alias(matcher: EntityMatcher) -> None:
    assert matcher.resolve("goita").name == "Assimi Goïta"
    assert matcher.resolve("Sergei Lavrov").name == "Sergey Lavrov"
    assert matcher.resolve("nobody") is None


def test_one_compiled_pattern_for_many_aliases() -> None:
    many = [EntityDef(f"Person{i}", "person", (f"Alias{i}",)) for i in range(2000)]
    m = EntityMatcher(many)
    assert [x.name for x in m.find("Alias1999 met Person7 and Alias12x")] == ["Person1999", "Person7"]
