"""Pieces shared by the learned metadata scorers (:mod:`meta_author`, :mod:`meta_date`, :mod:`meta_outlet`)."""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from search.cleaning.lines import Line


class ArticleSpan(NamedTuple):
    """Where the article sits on a page: the page's lines, the indices of its non-blank ones (sorted), the
    headline's line index (None when there is none) and the indices of the body's first and last lines."""

    lines: Sequence[Line]
    nonblank: Sequence[int]
    title_idx: int | None
    first: int
    last: int


def index_of(nonblank: Sequence[int], i: int | None) -> int | None:
    """Position of line index i in the sorted non-blank index list, or None."""
    if i is None:
        return None
    k = bisect.bisect_left(nonblank, i)
    return k if k < len(nonblank) and nonblank[k] == i else None


def last_position(nonblank: Sequence[int], last: int) -> int:
    """Position in the sorted non-blank index list of the last non-blank line at or before line index ``last``."""
    return max(0, bisect.bisect_right(nonblank, last) - 1)


def log1(x: float) -> float:
    """``log(1 + x)`` with negative x read as 0 (a count- or distance-like feature)."""
    return math.log1p(max(x, 0.0))


def logistic(z: float) -> float:
    """The logistic function of z, clamped to [-30, 30] so ``exp`` cannot overflow."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def linear_logistic(bias: float, weights: Mapping[str, float], feats: Mapping[str, float]) -> float:
    """Logistic probability of a linear model: bias plus the weighted features (unknown features weigh 0)."""
    return logistic(bias + sum(weights.get(k, 0.0) * v for k, v in feats.items()))


def candidate_window(
    span: ArticleSpan, max_above: int, max_body: int, max_tail: int
) -> tuple[int, int, int | None, list[int]]:
    """Where candidates are looked for around the article, in positions of ``span.nonblank`` (must be non-empty).

    Returns the positions of the body's first and last lines and of the headline (None when it is not a
    non-blank line), and the positions examined: up to ``max_above`` lines above the body start, its first
    ``max_body`` lines and ``max_tail`` lines after its end.
    """
    nonblank = span.nonblank
    n = len(nonblank)
    k_first = min(bisect.bisect_left(nonblank, span.first), n - 1)
    k_last = last_position(nonblank, span.last)
    k_title = index_of(nonblank, span.title_idx)
    ks = list(range(max(0, k_first - max_above), min(n, k_first + max_body)))
    ks += list(range(max(k_last + 1, k_first + max_body), min(n, k_last + 1 + max_tail)))
    return k_first, k_last, k_title, ks


__all__ = ["ArticleSpan", "candidate_window", "index_of", "last_position", "linear_logistic", "log1", "logistic"]
