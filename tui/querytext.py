"""Keeping the search bar's text and the outlet/date filters in agreement.

The query text is the single source of truth: the outlet and date filters are its ``outlet:`` and
``date:`` clauses. Picking a filter rewrites that clause; typing one updates the filter display.
Pure functions, no Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.model import QueryError
from search.query import Clause, date_bounds, tokenize

_VALUE = re.compile(r'[^\s"]+')


@dataclass(frozen=True)
class FilterClause:
    """A positive ``field:value`` clause found in query text, with its character span."""

    field: str
    value: str
    start: int
    end: int


def _clause_end(text: str, clause: Clause) -> int:
    """Where a clause found by the tokenizer ends (exclusive)."""
    pos = clause.position
    if clause.negated:
        pos += 1
    if clause.field is not None:
        pos = text.index(":", pos) + 1
    if pos < len(text) and text[pos] == '"':
        return text.index('"', pos + 1) + 1
    match = _VALUE.match(text, pos)
    return match.end() if match else pos


def find_filters(text: str, field: str) -> list[FilterClause]:
    """Every positive clause of ``field`` in ``text``; raises QueryError if the text cannot be read."""
    found: list[FilterClause] = []
    for item in tokenize(text):
        if isinstance(item, Clause) and item.field == field and not item.negated:
            found.append(FilterClause(field, item.value, item.position, _clause_end(text, item)))
    return found


def current_filter(text: str, field: str) -> str | None:
    """The value of the (last) positive ``field:`` clause, or None; None too if unparsable."""
    try:
        found = find_filters(text, field)
    except QueryError:
        return None
    return found[-1].value if found else None


def quote(value: str) -> str:
    """A clause value, quoted when it has spaces."""
    value = value.replace('"', "")
    return f'"{value}"' if re.search(r"\s", value) else value


def set_filter(text: str, field: str, value: str | None) -> str:
    """``text`` with its positive ``field:`` clauses replaced by ``field:value`` (removed for None)."""
    try:
        found = find_filters(text, field)
    except QueryError:
        found = []
    pieces: list[str] = []
    last = 0
    for clause in found:
        pieces.append(text[last : clause.start])
        last = clause.end
    pieces.append(text[last:])
    rest = " ".join("".join(pieces).split())
    if value:
        rest = f"{rest} {field}:{quote(value)}".strip()
    return rest


DATE_FORMAT_HINT = "use 2023, 2023-02 or 2023-02-07"


def check_date(value: str) -> str | None:
    """An error message if ``value`` is not a year, month or day, else None."""
    value = value.strip()
    if not value:
        return None
    if not re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", value):
        return f"cannot read {value!r}: {DATE_FORMAT_HINT}"
    try:
        date_bounds(value, 0)
    except QueryError as exc:
        return exc.message
    return None


def date_value(start: str, end: str) -> str | None:
    """The ``date:`` value for a from/to pair (either may be empty); None when both are empty."""
    start, end = start.strip(), end.strip()
    if not start and not end:
        return None
    if start and end:
        return start if start == end else f"{start}..{end}"
    return f"{start}.." if start else f"..{end}"


def split_date(value: str | None) -> tuple[str, str]:
    """The from/to pair shown in the date picker for a ``date:`` value."""
    if not value:
        return "", ""
    if ".." in value:
        start, end = value.split("..", 1)
        return start, end
    return value, value
