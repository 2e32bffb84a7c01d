"""Fit the author scorer's weights on a silver truth set (dev tool, not shipped; needs numpy).

Usage::

    .venv/bin/python bench/train_author.py /work/silver/dev [--check /work/shared/cleaning-dev] [--write]

The weights in the repository: ``bench/train_author.py /work/trainall --null-weight 1.0 --l2 0.01 --margin 0.0
--write`` (630 hand-checked pages: silver dev, fresh, fundus dev, cleaning-dev), threshold then set to 0.7 end to end.

Each page's byline candidates (``search.cleaning.meta_author.author_candidates``, captured while
``clean_text`` runs) are labelled by matching the truth or an alternative. The model is a per-page
softmax over the candidates plus a "no byline" option whose score is the abstain threshold, fitted
with L2 by gradient descent. Only pages the headline-anchored rules leave open are used (the model only
fills in there). Silver pages with a null author often print a byline that their metadata lacked, so
their "no byline" target is down-weighted (``--null-weight``). Grouped cross-validation (by domain)
reports page accuracy; ``--write`` stores the weights in ``search/cleaning/meta_author_weights.py``
(set the threshold by end-to-end score afterwards).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, "/work/shared/cleaning-dev")

from score import field_ok

from bench.train_common import (
    captured_candidates,
    feature_matrix,
    null_softmax_main,
    page_group,
)
from search.cleaning import meta_author
from search.cleaning.meta_author import FEATURES

LABEL_MODE = "lenient"


def load(truth_dir: Path) -> list[dict]:
    """Candidates, features and labels of every page under ``truth_dir``."""
    pages = []
    for truth, cands in captured_candidates(truth_dir, meta_author, "author_candidates"):
        if any(f["rule"] for _, f, _ in cands):
            continue  # the headline-anchored rules decided this page; the model only fills in
        forms = [", ".join(v) for v, _, _ in cands]
        x = feature_matrix([f for _, f, _ in cands], FEATURES)
        y = np.array([1.0 if field_ok(v, truth, "author", LABEL_MODE) else 0.0 for v in forms])
        null_ok = 1.0 if field_ok(None, truth, "author") else 0.0
        group = page_group(truth)
        pages.append({"id": truth["id"], "forms": forms, "x": x, "y": y, "null": null_ok, "group": group})
    return pages


def main() -> int:
    return null_softmax_main(
        load,
        FEATURES,
        "search/cleaning/meta_author_weights.py",
        "Weights of the author scorer in :mod:`search.cleaning.meta_author` (fitted by bench/train_author.py).",
        "AUTHOR",
    )


if __name__ == "__main__":
    sys.exit(main())
