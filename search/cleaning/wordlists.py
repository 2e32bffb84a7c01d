"""Word lists the rules consult: given names and Chinese and Japanese family names (from Faker's person
providers), place names (country and region names from the Unicode CLDR via Babel, cities from GeoNames) and weekday
names (CLDR). All are built by bench/build_wordlists.py."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent


def fold(text: str) -> str:
    """``text`` lower-cased, without accents, hyphens as spaces and single-spaced ('Köln' -> 'koln')."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-‐–]", " ", plain).split())


@lru_cache(maxsize=8)
def _load(name: str) -> frozenset[str]:
    try:
        text = (_HERE / name).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name, in any case and with or without accents ('DENIS', 'Loïc')."""
    return fold(word.strip(".,")) in _load("given_names.txt")


def opens_with_han_family_name(name: str) -> bool:
    """Whether ``name``, written in Chinese characters, opens with a common Chinese or Japanese family name ('石佳',
    '渡辺洋介', '佐々木一郎'; not '新規登録' or '正在加载')."""
    names = _load("han_family_names.txt")
    return any(name[:k] in names for k in (1, 2, 3))


def is_place_name(name: str) -> bool:
    """Whether ``name`` is, as a whole, a country, region or city name in any language ('Köln', 'NEW YORK',
    'Suisse'); 'Toronto Star' is not."""
    return fold(name) in _load("place_names.txt")


def is_weekday_name(word: str) -> bool:
    """Whether ``word`` is a weekday's full name in any language, in any case ('Tuesday', 'utorak', 'Selasa')."""
    return fold(word.strip(".,")) in _load("weekday_names.txt")


__all__ = ["fold", "is_given_name", "is_place_name", "is_weekday_name"]
