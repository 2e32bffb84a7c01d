"""Fact lists inside an article: a review's specifications or a fact box ('Stated Weight per Ski: 2030 grams',
'Pullover: H&M', 'Average distance from the sun: 141,633,260 miles')."""

from __future__ import annotations

import re

from search.cleaning.lines import Line

FACT_LIST_ITEMS = 3
"""A fact list has at least this many 'Label: value' lines, one under another ..."""
FACT_LABEL_WORDS = 6
"""... each label at most this many words ..."""
FACT_VALUE_WORDS = 8
"""... and each value at most this many: a list of teasers ('Gewalt gegen Frauen: Dann schreibt der …') gives each
kicker a whole headline."""
FACT_DISTINCT_LABELS = 0.6
"""At least this share of its labels differ: captions repeat theirs ('Strohtasche: …', 'Strohtasche: …')."""
_FACT_RE = re.compile(r"^(?P<label>[^\W\d_][^:]{0,60}?)\s*:\s+(?P<value>\S.*)$")


def _fact(ln: Line) -> tuple[str, str] | None:
    """The label and value of a 'Label: value' line, or None."""
    if ln.bullet is not None or ln.in_list or (ln.ends_sentence and ln.words > FACT_VALUE_WORDS):
        return None
    m = _FACT_RE.match(ln.text)
    if m is None:
        return None
    label, value = m.group("label"), m.group("value")
    if len(label.split()) > FACT_LABEL_WORDS or len(value.split()) > FACT_VALUE_WORDS or "://" in value:
        return None
    return label.casefold(), value


def fact_list_lines(lines: list[Line], idx: list[int]) -> set[int]:
    """The lines of fact lists among ``idx``: at least ``FACT_LIST_ITEMS`` 'Label: value' lines one after another
    (blank lines between them or not), with short values and labels that mostly differ."""
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    for i in [*idx, -1]:
        fact = _fact(lines[i]) if i >= 0 else None
        if fact is not None:
            run.append((i, fact[0]))
            continue
        labels = [label for _, label in run]
        if len(run) >= FACT_LIST_ITEMS and len(set(labels)) >= FACT_DISTINCT_LABELS * len(labels):
            found.update(j for j, _ in run)
        run = []
    return found
