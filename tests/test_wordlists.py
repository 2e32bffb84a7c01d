"""The word lists the cleaning rules consult: given names and place names, in any case and with or without accents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from search.cleaning.wordlists import is_given_name, is_place_name


@pytest.mark.parametrize(
    ("check", "text", "listed"),
    [
        (is_given_name, "Denis", True),
        (is_given_name, "LOÏC", True),
        (is_given_name, "Live", False),
        (is_given_name, "Nataliya", True),  # romanised from Cyrillic ('Наталія')
        (is_given_name, "Olha", True),
        (is_given_name, "Giorgos", True),  # romanised from Greek ('Γιώργος')
        (is_given_name, "Correspondent", False),
        (is_place_name, "Köln", True),
        (is_place_name, "NEW YORK", True),
        (is_place_name, "Suisse", True),
        (is_place_name, "Fort Lauderdale", True),
        (is_place_name, "Toronto Star", False),
    ],
)
def test_word_lists(check: Callable[[str], bool], text: str, listed: bool) -> None:
    assert check(text) is listed
