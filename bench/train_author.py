"""Fit the author scorer's weights on a silver truth set (dev tool, not shipped; needs numpy).

Usage::

    .venv/bin/python bench/train_author.py /work/silver/dev [--check /work/shared/cleaning-dev] [--write]

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

import argparse
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, "/work/shared/cleaning-dev")

from score import field_ok

from bench.train_common import (
    accuracy,
    capture_calls,
    feature_matrix,
    fit_softmax,
    fold_split,
    page_group,
    print_weights,
    truth_pages,
    write_weights,
)
from search.cleaning import clean_text, meta_author
from search.cleaning.meta_author import FEATURES

LABEL_MODE = "lenient"


def load(truth_dir: Path) -> list[dict]:
    """Candidates, features and labels of every page under ``truth_dir``."""
    pages = []
    with capture_calls(meta_author, "author_candidates") as captured:
        for truth, text in truth_pages(truth_dir):
            captured.clear()
            clean_text(text)
            cands = captured[-1] if captured else []
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
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--check", default="/work/shared/cleaning-dev")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--null-weight", type=float, default=0.3)
    ap.add_argument("--margin", type=float, default=None)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    pages = load(Path(args.train))
    check = load(Path(args.check))
    reach = sum(bool(p["y"].sum()) for p in pages)
    print(
        f"pages={len(pages)} cands={sum(len(p['forms']) for p in pages)} reachable={reach} "
        f"null_ok={sum(p['null'] for p in pages)}"
    )
    margins = [-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0]
    cv = dict.fromkeys(margins, 0.0)
    cvn = dict.fromkeys(margins, 0.0)
    nn = sum(1 for p in pages if not p["null"])
    for f in range(args.folds):
        tr, te = fold_split(pages, args.folds, f)
        b, w = fit_softmax(tr, len(FEATURES), args.l2, args.null_weight)
        for m in margins:
            cv[m] += accuracy(te, b, w, m) * len(te) / len(pages)
            cvn[m] += accuracy(te, b, w, m, True) * sum(1 for p in te if not p["null"]) / nn
    print("cv all:", {m: round(v, 3) for m, v in cv.items()})
    print("cv non-null:", {m: round(v, 3) for m, v in cvn.items()})
    b, w = fit_softmax(pages, len(FEATURES), args.l2, args.null_weight)
    for m in margins:
        print(f"margin={m} train={accuracy(pages, b, w, m):.3f} check={accuracy(check, b, w, m):.3f}")
    print_weights(b, FEATURES, w)
    if args.write:
        m = args.margin if args.margin is not None else max(margins, key=lambda m: cv[m])
        thr = 1 / (1 + math.exp(-m))
        write_weights(
            "search/cleaning/meta_author_weights.py",
            "Weights of the author scorer in :mod:`search.cleaning.meta_author` (fitted by bench/train_author.py).",
            "AUTHOR",
            b,
            thr,
            FEATURES,
            w,
        )
        print("written, margin", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
