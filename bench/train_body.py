"""Train the short-line model of the body cleaner (dev tool, not shipped; needs scikit-learn).

Usage::

    .venv/bin/python bench/train_body.py [TRUTH_DIR ...] [--check DIR ...] [--folds 5] [--write]

Every non-prose line the cleaner weighs inside the article region (see :mod:`search.cleaning.shortlines`)
is labelled by whether its words occur in the truth body, weighted by its word count. The script
prints grouped (by domain) cross-validated body F1 of the rule alone and of the model on the training
sets, then the F1 on the ``--check`` sets with a model fitted on all training pages; ``--write``
stores that model's weights in ``search/cleaning/body_weights.py``.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from search.cleaning import clean_text, shortlines  # noqa: E402

TOKEN_RE = re.compile(r"\w+")
WEIGHTS_FILE = REPO / "search" / "cleaning" / "body_weights.py"


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall((text or "").replace("\u00ad", "").replace("\u200b", ""))


def bow_f1(pred: str, true: str) -> float:
    p, t = collections.Counter(tokens(pred)), collections.Counter(tokens(true))
    tp = sum((p & t).values())
    if not p and not t:
        return 1.0
    if not tp:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(t.values())
    return 2 * prec * rec / (prec + rec)


class Page:
    def __init__(self, folder: Path) -> None:
        self.id = folder.name
        self.text = (folder / "page.txt").read_text(encoding="utf-8", errors="replace")
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        self.body = truth.get("body") or ""
        self.group = truth.get("domain") or truth.get("outlet") or folder.name
        toks = tokens(self.body)
        self.joined = " " + " ".join(toks) + " "
        self.shingles = {tuple(toks[i : i + 3]) for i in range(max(0, len(toks) - 2))}

    def label(self, text: str) -> float:
        toks = tokens(text)
        if not toks:
            return 0.0
        if len(toks) < 6:
            return 1.0 if " " + " ".join(toks) + " " in self.joined else 0.0
        sh = [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]
        return 1.0 if sum(1 for s in sh if s in self.shingles) / len(sh) >= 0.5 else 0.0


def load(dirs: list[str]) -> list[Page]:
    pages = []
    for d in dirs:
        base = Path(d)
        base = base / "articles" if (base / "articles").is_dir() else base
        for folder in sorted(p.parent for p in base.glob("*/page.txt")):
            if (folder / "truth.json").is_file():
                pages.append(Page(folder))
    return pages


def collect(pages: list[Page]) -> list[tuple[str, list[float], float, float]]:
    """(kind, features, label, weight) of every candidate line, with the rule alone deciding."""
    rows = []
    saved = shortlines.WEIGHTS
    shortlines.WEIGHTS = None
    try:
        for page in pages:
            shortlines.TRACE = []
            clean_text(page.text)
            for kind, _no, text, feats in shortlines.TRACE:
                rows.append((kind, feats, page.label(text), float(max(1, len(tokens(text))))))
    finally:
        shortlines.TRACE = None
        shortlines.WEIGHTS = saved
    return rows


def fit(
    rows: list[tuple[str, list[float], float, float]], c: float, thresholds: dict[str, float]
) -> dict[str, dict[str, float]]:
    out = {}
    for kind, threshold in thresholds.items():
        out[kind] = fit_kind([r for r in rows if r[0] == kind], c)
        out[kind]["_threshold"] = threshold
    return out


def fit_kind(rows: list[tuple[str, list[float], float, float]], c: float) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    x = [r[1][1:] for r in rows]
    y = [r[2] for r in rows]
    w = [r[3] for r in rows]
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y, sample_weight=w)
    weights = {"bias": float(model.intercept_[0])}
    for name, coef in zip(shortlines.FEATURES[1:], model.coef_[0], strict=True):
        weights[name] = round(float(coef), 4)
    weights["bias"] = round(weights["bias"], 4)
    return weights


def mean_f1(pages: list[Page], weights: dict[str, dict[str, float]] | None) -> float:
    saved = shortlines.WEIGHTS
    shortlines.WEIGHTS = weights
    try:
        scores = [bow_f1(clean_text(p.text).body, p.body) for p in pages]
    finally:
        shortlines.WEIGHTS = saved
    return sum(scores) / len(scores) if scores else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("truth_dirs", nargs="*", default=["/work/silver/dev"])
    ap.add_argument("--check", nargs="*", default=["/work/shared/cleaning-dev"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--kinds", default="short=0.5,prose=0.5", help="kind=threshold,...")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)

    kinds = {k: float(v) for k, v in (item.split("=") for item in args.kinds.split(","))}
    pages = load(args.truth_dirs)
    groups = sorted({p.group for p in pages})
    fold_of = {g: i % args.folds for i, g in enumerate(groups)}
    rows_by_page = {p.id: collect([p]) for p in pages}
    base_total = model_total = 0.0
    for f in range(args.folds):
        train = [r for p in pages if fold_of[p.group] != f for r in rows_by_page[p.id]]
        test = [p for p in pages if fold_of[p.group] == f]
        weights = fit(train, args.c, kinds)
        base, model = mean_f1(test, None), mean_f1(test, weights)
        base_total += base * len(test)
        model_total += model * len(test)
        print(f"fold {f}: n={len(test)} rule {base:.4f} model {model:.4f}")
    print(f"CV body F1: rule {base_total / len(pages):.4f} model {model_total / len(pages):.4f}")
    weights = fit([r for rows in rows_by_page.values() for r in rows], args.c, kinds)
    for d in args.check:
        check = load([d])
        print(f"check {d}: rule {mean_f1(check, None):.4f} model {mean_f1(check, weights):.4f}")
    print(json.dumps(weights))
    if args.write:
        body = "".join(
            f"    {json.dumps(kind)}: {{\n"
            + "".join(f"        {json.dumps(k)}: {v!r},\n" for k, v in w.items())
            + "    },\n"
            for kind, w in weights.items()
        )
        WEIGHTS_FILE.write_text(
            '"""Weights of the region line models (written by bench/train_body.py; do not edit by hand)."""\n\n'
            f"WEIGHTS: dict[str, dict[str, float]] = {{\n{body}}}\n",
            encoding="utf-8",
        )
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
