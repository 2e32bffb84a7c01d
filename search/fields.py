"""Whoosh field types of the schema, including text fields that accept postings analysed elsewhere.

Analysing text (tokenize, fold, stem) is most of Whoosh's indexing cost, and Whoosh does it in the
one process that writes. :class:`AnalysedText` lets the cleaning worker processes analyse in
parallel: they hand the writer a :class:`PreAnalysed` value holding the postings, and the writer
only files them. Plain strings still work (queries, small updates), through the same analyzer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from whoosh.analysis import Analyzer, CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.fields import TEXT
from whoosh.support.charset import accent_map

Posting = tuple[bytes, int, float, bytes]


def make_analyzer() -> Analyzer:
    """Tokenize, lowercase, fold accents (before stemming: "coopération" ~ "cooperation"), stem."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map) | StopFilter() | StemFilter(cachesize=-1)


@dataclass(frozen=True)
class PreAnalysed:
    """The postings of one field value, computed by :meth:`AnalysedText.analyse`."""

    postings: tuple[Posting, ...]


class AnalysedText(TEXT):
    """A TEXT field that also accepts :class:`PreAnalysed` values."""

    def analyse(self, text: str) -> PreAnalysed:
        """Compute the postings for ``text`` exactly as indexing it would."""
        return PreAnalysed(tuple(super().index(text)))

    def index(self, value: object, **kwargs: object) -> Iterator[Posting]:
        """Postings for a value: taken as they are when pre-analysed, else analysed here."""
        if isinstance(value, PreAnalysed):
            return iter(value.postings)
        return super().index(value, **kwargs)
