"""Fit the outlet scorer's weights on a silver truth set (dev tool, not shipped; needs numpy).

Usage::

    .venv/bin/python bench/train_outlet.py /work/silver/dev [--check /work/shared/cleaning-dev] [--write [--margin M]]
        [--repeat-gold N]

Each page's outlet candidates (``search.cleaning.meta_outlet.site_candidates``) are labelled by
matching the truth or an alternative (the scorer's strict normalisation). The model is a per-page
softmax over the candidates plus a "no outlet" option whose score is the abstain threshold, fitted
with L2 by gradient descent. Grouped cross-validation (by domain) reports page accuracy; ``--write``
stores the weights in ``search/cleaning/meta_outlet_weights.py`` with the margin that was best in
cross-validation, or ``--margin`` (CV differences of a few pages are noise; a higher margin abstains more).
Pages whose truth.json carries ``"gold": true`` (hand-checked truth in place of the silver one) weigh
``--repeat-gold`` times in the fit, and cross-validation then scores only them.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, "/work/shared/cleaning-dev")

from score import field_ok

from bench.train_common import (
    accuracy,
    feature_matrix,
    fit_softmax,
    fold_split,
    load_sets,
    page_group,
    print_weights,
    single_set_parser,
    truth_pages,
    write_weights,
)
from search.cleaning import clean_text
from search.cleaning.lines import normalise_input, split_lines
from search.cleaning.meta_outlet import FEATURES, site_candidates

LABEL_MODE = "lenient"


def load(truth_dir: Path) -> list[dict]:
    """Candidates, features and labels (lenient ``y``, strict ``ys``) of every page under ``truth_dir``."""
    pages = []
    for truth, text in truth_pages(truth_dir):
        page = clean_text(text)
        authors = page.author.split(", ") if page.author else []
        cands = site_candidates(split_lines(normalise_input(text)), None, authors, page.title)
        forms = [f for f, _ in cands]
        x = feature_matrix([feats for _, feats in cands], FEATURES)
        y = np.array([1.0 if field_ok(f, truth, "outlet", LABEL_MODE) else 0.0 for f in forms])
        ys = np.array([1.0 if field_ok(f, truth, "outlet") else 0.0 for f in forms])
        null_ok = 1.0 if field_ok(None, truth, "outlet") else 0.0
        group = page_group(truth)
        gold = bool(truth.get("gold"))
        pages.append(
            {"id": truth["id"], "forms": forms, "x": x, "y": y, "ys": ys, "null": null_ok, "group": group, "gold": gold}
        )
    return pages


def _weighted(pages: list[dict], repeat_gold: int) -> list[dict]:
    """The pages with each hand-checked one repeated ``repeat_gold`` times."""
    return [q for p in pages for q in [p] * (repeat_gold if p["gold"] else 1)]


def main() -> int:
    ap = single_set_parser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--margin", type=float, default=None, help="abstain margin to write (default: best in CV)")
    ap.add_argument(
        "--repeat-gold",
        type=int,
        default=1,
        help='count pages whose truth.json says "gold": true (hand-checked) this many times in the fit; '
        "cross-validation is then reported on those pages",
    )
    args = ap.parse_args()
    pages, check = load_sets(load, args)
    margins = [-1.0, -0.5, 0.0, 0.5, 1.0, 1.5]
    cv = dict.fromkeys(margins, 0.0)
    scored = [p for p in pages if p["gold"]] or pages
    for f in range(args.folds):
        tr, te = fold_split(pages, args.folds, f)
        te = [p for p in te if p in scored]
        b, w = fit_softmax(_weighted(tr, args.repeat_gold), len(FEATURES), args.l2, epochs=800)
        for m in margins:
            cv[m] += accuracy(te, b, w, m, label="ys") * len(te) / len(scored)
    print(f"cv on {len(scored)} pages:", {m: round(v, 3) for m, v in cv.items()})
    b, w = fit_softmax(_weighted(pages, args.repeat_gold), len(FEATURES), args.l2, epochs=800)
    for m in margins:
        train, held = accuracy(pages, b, w, m, label="ys"), accuracy(check, b, w, m, label="ys")
        print(f"margin={m} train={train:.3f} check={held:.3f}")
    print_weights(b, FEATURES, w)
    if args.write:
        m = args.margin if args.margin is not None else max(margins, key=lambda m: cv[m])
        thr = 1 / (1 + math.exp(-m))
        write_weights(
            "search/cleaning/meta_outlet_weights.py",
            "Weights of the outlet scorer in :mod:`search.cleaning.meta_outlet` (fitted by bench/train_outlet.py).",
            "OUTLET",
            b,
            thr,
            FEATURES,
            w,
        )
        print("written, margin", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
