"""A list of given names (from Faker's person providers), to tell a person's name from a phrase of capitalised words."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).with_name("given_names.txt")


def fold(word: str) -> str:
    """``word`` lower-cased without accents ('Loïc' -> 'loic')."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    try:
        text = _PATH.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name, in any case and with or without accents ('DENIS', 'Loïc')."""
    return fold(word.strip(".,")) in _names()


__all__ = ["fold", "is_given_name"]
