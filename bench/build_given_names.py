"""Write ``search/cleaning/given_names.txt`` from Faker's person providers (dev tool, not shipped; needs faker).

Usage::

    .venv/bin/pip install faker && .venv/bin/python bench/build_given_names.py

The list holds the given names of every Faker locale that writes them in Latin letters, lower-cased and
accent-folded, one per line. The byline rules use it to tell "Denis Staunton China Correspondent" (a name and
a job title) from "Live Science Contributor" (a desk credit). Faker is MIT-licensed, as is mali-tui.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import faker.providers.person as person

from search.cleaning.given_names import fold

_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
OUT = Path(__file__).resolve().parent.parent / "search" / "cleaning" / "given_names.txt"


def given_names() -> set[str]:
    """Every Latin-script given name Faker knows, folded."""
    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in _ATTRS:
            values = getattr(provider, attr, None)
            if isinstance(values, (dict, list, tuple, set, frozenset)):
                for name in values:
                    folded = fold(str(name).strip())
                    if folded and all(c.isascii() and (c.isalpha() or c in "-'") for c in folded):
                        names.add(folded)
    return names


def main() -> int:
    names = sorted(given_names())
    header = "# Given names from Faker's person providers (MIT); rebuilt by bench/build_given_names.py\n"
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
