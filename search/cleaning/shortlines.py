"""Keep-or-drop decisions for the short and list lines inside the article region.

Inside the densest prose region, lines that are not plain prose (short lines, list items, quotes,
subheadings, teaser links) are the hard cases. A hand-written rule gives a first answer; a small
logistic model over general layout features (trained offline by ``bench/train_body.py`` on pages of
many outlets, weights in :mod:`search.cleaning.body_weights`) makes the decision. Evaluation is pure
Python: a dot product per candidate line.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from search.cleaning.body_weights import WEIGHTS as TRAINED_WEIGHTS
from search.cleaning.lines import SENTENCE_END, Line

FEATURES = (
    "bias",
    "rule_keep",
    "bullet",
    "numbered",
    "in_list",
    "words_log",
    "words_ge4",
    "words_ge12",
    "ends_sentence",
    "ends_stop",
    "ends_colon",
    "ends_quote",
    "heading_shape",
    "prev_prose",
    "next_prose",
    "run_log",
    "pos",
    "before_prose",
    "after_prose",
    "lower_start",
    "quote_start",
    "dash_start",
    "digit_start",
    "has_digit",
    "caps_ratio",
    "title_ratio",
    "repeated",
    "has_pipe",
    "window_prose",
    "prev_blank",
    "next_blank",
    "mass_before",
    "mass_after",
    "gap_before",
    "gap_after",
    "end_furniture_before",
    "lead_overlap",
    "sentences_log",
    "rel_length",
)

WEIGHTS: dict[str, dict[str, float]] | None = TRAINED_WEIGHTS
"""The models' weights by line kind ("short", "prose"), each with its "_threshold" on the keep probability;
None: the hand-written rule alone decides."""
TRACE: list[tuple[str, int, str, list[float]]] | None = None
"""Set to a list by the training script to collect (kind, line number, text, features) of every candidate."""

END_REASONS = frozenset(
    {"comments", "related links", "tag list", "share bar", "newsletter", "read-more link", "author bio", "footer"}
)
_QUOTES_OPEN = "\"“‘«„'"
_DASHES = "-–—"
_DIGIT_RE = re.compile(r"\d")
_VOCAB_RE = re.compile(r"[^\W\d_]{4,}")


def _vocab(text: str) -> list[str]:
    return [w.lower() for w in _VOCAB_RE.findall(text[:2000])]


@dataclass
class Region:
    """Per-region context shared by the candidates' features."""

    lines: list[Line]
    kept: list[int]
    prose_flags: list[bool]
    gaps: list[int]
    end_furniture: list[int]
    mass: list[int]
    lead: Counter[str]
    lead_positions: set[int]
    median_words: float
    repeats: dict[str, int]


def region_context(
    lines: list[Line], idx: list[int], kept: list[int], prose_flags: list[bool], drop: dict[int, str]
) -> Region:
    """Compute the context of the kept lines of a region (``idx`` all its non-blank lines)."""
    gaps: list[int] = []
    end_furn: list[int] = []
    gap = furn = 0
    kept_set = set(kept)
    for i in idx:
        if i in kept_set:
            gaps.append(gap)
            end_furn.append(furn)
            gap = 0
        else:
            gap += 1
            if drop.get(i) in END_REASONS:
                furn += 1
    gaps.append(gap)
    mass = [0]
    for k, i in enumerate(kept):
        mass.append(mass[-1] + (lines[i].words if prose_flags[k] else 0))
    total = mass[-1] or 1
    lead: Counter[str] = Counter()
    lead_positions: set[int] = set()
    for k, i in enumerate(kept):
        if mass[k] > total / 3:
            break
        if prose_flags[k]:
            lead.update(set(_vocab(lines[i].text)))
            lead_positions.add(k)
    prose_words = sorted(lines[i].words for k, i in enumerate(kept) if prose_flags[k])
    median = float(prose_words[len(prose_words) // 2]) if prose_words else 20.0
    repeats = Counter(x.text for x in lines if x.text)
    return Region(lines, kept, prose_flags, gaps, end_furn, mass, lead, lead_positions, median, repeats)


def features(ctx: Region, k: int, rule_keep: bool) -> list[float]:
    """The feature vector (in :data:`FEATURES` order) of the candidate ``lines[kept[k]]``."""
    lines, kept, prose_flags = ctx.lines, ctx.kept, ctx.prose_flags
    ln = lines[kept[k]]
    t = ln.text
    n = len(kept)
    w = ln.words
    last = t[-1] if t else ""
    end2 = ln.end_char
    # the run of non-prose lines that holds this line
    a = k
    while a > 0 and not prose_flags[a - 1]:
        a -= 1
    b = k
    while b + 1 < n and not prose_flags[b + 1]:
        b += 1
    total = ctx.mass[-1] or 1
    before_prose = ctx.mass[k] == 0
    after_prose = ctx.mass[-1] == ctx.mass[k + 1]
    head = t[:200]
    n_letters = sum(map(str.isalpha, head))
    caps = sum(map(str.isupper, head)) / n_letters if n_letters else 0.0
    toks = t[:300].split()
    alpha_toks = [x for x in toks if x[:1].isalpha()]
    title = sum(1 for x in alpha_toks if x[0].isupper()) / len(alpha_toks) if alpha_toks else 0.0
    lo, hi = max(0, k - 3), min(n, k + 4)
    window = sum(lines[kept[j]].words for j in range(lo, hi) if j != k and prose_flags[j])
    first = t[:1]
    vocab = set(_vocab(t))
    if vocab and ctx.lead:
        own = k in ctx.lead_positions
        overlap = sum(1 for v in vocab if ctx.lead.get(v, 0) > (1 if own else 0)) / len(vocab)
    else:
        overlap = 0.5
    return [
        1.0,
        1.0 if rule_keep else 0.0,
        1.0 if ln.bullet is not None else 0.0,
        1.0 if ln.bullet is not None and ln.bullet[:1].isdigit() else 0.0,
        1.0 if ln.in_list else 0.0,
        math.log1p(w),
        1.0 if w >= 4 else 0.0,
        1.0 if w >= 12 else 0.0,
        1.0 if ln.ends_sentence else 0.0,
        1.0 if end2 in SENTENCE_END else 0.0,
        1.0 if end2 == ":" else 0.0,
        1.0 if last in "\"”»’'" else 0.0,
        1.0 if ln.heading_shaped else 0.0,
        1.0 if k > 0 and prose_flags[k - 1] else 0.0,
        1.0 if k + 1 < n and prose_flags[k + 1] else 0.0,
        math.log1p(b - a),
        k / n if n else 0.0,
        1.0 if before_prose else 0.0,
        1.0 if after_prose else 0.0,
        1.0 if ln.lowercase_start else 0.0,
        1.0 if first and first in _QUOTES_OPEN else 0.0,
        1.0 if first and first in _DASHES else 0.0,
        1.0 if first.isdigit() else 0.0,
        1.0 if _DIGIT_RE.search(head) else 0.0,
        caps,
        title,
        1.0 if ctx.repeats.get(t, 0) > 1 else 0.0,
        1.0 if "|" in t[:300] else 0.0,
        min(window, 300) / 100.0,
        1.0 if ln.blank_before else 0.0,
        1.0 if ln.blank_after else 0.0,
        ctx.mass[k] / total,
        (total - ctx.mass[k + 1]) / total,
        math.log1p(ctx.gaps[k]),
        math.log1p(ctx.gaps[k + 1]),
        math.log1p(ctx.end_furniture[k]),
        overlap,
        math.log1p(ln.sentences) if ln.is_prose else 0.0,
        min(w / ctx.median_words, 4.0) if ctx.median_words else 1.0,
    ]


def keep_probability(weights: dict[str, float], feats: list[float]) -> float:
    """Logistic model: P(line belongs to the article)."""
    z = sum(weights.get(name, 0.0) * v for name, v in zip(FEATURES, feats, strict=True))
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))
