"""Fit the date scorer's weights on a silver truth set (dev tool, not shipped; needs numpy).

Usage::

    .venv/bin/python bench/train_date.py /work/silver/dev [--check /work/shared/cleaning-dev] [--write]

Each page's date candidates (``search.cleaning.meta_date.date_candidates``, captured while
``clean_text`` runs) are labelled by matching the truth or an alternative. The model is a per-page
softmax over the candidates plus a "no date" option whose score is the abstain threshold, fitted with
L2 by gradient descent. Silver pages with a null date often print one that their metadata lacked, so
their "no date" target is down-weighted (``--null-weight``). Grouped cross-validation (by domain)
reports page accuracy; ``--write`` stores the weights in ``search/cleaning/meta_date_weights.py``.
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
from search.cleaning import meta_date
from search.cleaning.meta_date import FEATURES


def load(truth_dir: Path) -> list[dict]:
    """Candidates, features and labels of every page under ``truth_dir``."""
    pages = []
    for truth, cands in captured_candidates(truth_dir, meta_date, "date_candidates"):
        forms = [v for v, _, _ in cands]
        x = feature_matrix([f for _, f, _ in cands], FEATURES)
        y = np.array([1.0 if field_ok(v, truth, "date") else 0.0 for v in forms])
        null_ok = 1.0 if field_ok(None, truth, "date") else 0.0
        group = page_group(truth)
        pages.append({"id": truth["id"], "forms": forms, "x": x, "y": y, "null": null_ok, "group": group})
    return pages


def _keep_cue_signs(w: np.ndarray) -> None:
    """Keep the general prior on the cue weights: "Published" counts for, "Updated" against.

    Silver holds too few pages where a "Published" and an "Updated" date compete to learn the cues' signs.
    """
    ip, iu = FEATURES.index("pub_cue"), FEATURES.index("upd_cue")
    w[ip], w[iu] = max(w[ip], 0.8), min(w[iu], -0.8)


def main() -> int:
    return null_softmax_main(
        load,
        FEATURES,
        "search/cleaning/meta_date_weights.py",
        "Weights of the date scorer in :mod:`search.cleaning.meta_date` (fitted by bench/train_date.py).",
        "DATE",
        adjust=_keep_cue_signs,
    )


if __name__ == "__main__":
    sys.exit(main())
