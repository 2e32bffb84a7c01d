"""Fit the outlet scorer's weights on a silver truth set (dev tool, not shipped; needs numpy).

Usage::

    .venv/bin/python bench/train_outlet.py /work/silver/dev [--check /work/shared/cleaning-dev] [--write]

Each page's outlet candidates (``search.cleaning.meta_outlet.outlet_candidates``) are labelled by
matching the truth or an alternative (the scorer's strict normalisation). The model is a per-page
softmax over the candidates plus a "no outlet" option whose score is the abstain threshold, fitted
with L2 by gradient descent. Grouped cross-validation (by domain) reports page accuracy; ``--write``
stores the weights in ``search/cleaning/meta_outlet_weights.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, "/work/shared/cleaning-dev")

from score import field_ok

from search.cleaning import clean_text
from search.cleaning.lines import normalise_input, split_lines
from search.cleaning.meta_outlet import FEATURES, outlet_candidates

LABEL_MODE = "lenient"


def load(truth_dir: Path) -> list[dict]:
    arts = truth_dir / "articles" if (truth_dir / "articles").is_dir() else truth_dir
    pages = []
    for tf in sorted(arts.glob("*/truth.json")):
        truth = json.loads(tf.read_text(encoding="utf-8"))
        text = (tf.parent / "page.txt").read_text(encoding="utf-8", errors="replace")
        page = clean_text(text)
        authors = page.author.split(", ") if page.author else []
        cands = outlet_candidates(split_lines(normalise_input(text)), None, authors, page.title)
        forms = [f for f, _ in cands]
        x = np.array([[feats[k] for k in FEATURES] for _, feats in cands], dtype=float).reshape(-1, len(FEATURES))
        y = np.array([1.0 if field_ok(f, truth, "outlet", LABEL_MODE) else 0.0 for f in forms])
        ys = np.array([1.0 if field_ok(f, truth, "outlet") else 0.0 for f in forms])
        null_ok = 1.0 if field_ok(None, truth, "outlet") else 0.0
        group = truth.get("domain") or truth.get("url") or truth["id"]
        pages.append({"id": truth["id"], "forms": forms, "x": x, "y": y, "ys": ys, "null": null_ok, "group": group})
    return pages


def fit(pages: list[dict], l2: float = 0.01, epochs: int = 800, lr: float = 0.5) -> tuple[float, np.ndarray]:
    """Softmax over [null, candidates…]; null's logit is -bias (so candidate logit = bias + w.x)."""
    k = len(FEATURES)
    w = np.zeros(k)
    b = 0.0
    usable = [p for p in pages if p["y"].sum() + p["null"] > 0]
    for _ in range(epochs):
        gw = np.zeros(k)
        gb = 0.0
        for p in usable:
            z = np.concatenate([[0.0], b + p["x"] @ w]) if len(p["forms"]) else np.array([0.0])
            z -= z.max()
            e = np.exp(z)
            prob = e / e.sum()
            target = np.concatenate([[p["null"]], p["y"]])
            target = target / target.sum()
            g = prob - target
            gw += p["x"].T @ g[1:] if len(p["forms"]) else 0.0
            gb += g[1:].sum()
        w -= lr * (gw / len(usable) + l2 * w)
        b -= lr * gb / len(usable)
    return b, w


def accuracy(pages: list[dict], b: float, w: np.ndarray, margin: float = 0.0) -> float:
    ok = 0
    for p in pages:
        if not len(p["forms"]):
            ok += p["null"]
            continue
        z = b + p["x"] @ w
        i = int(np.argmax(z))
        ok += p["ys"][i] if z[i] > margin else p["null"]
    return ok / max(len(pages), 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--check", default="/work/shared/cleaning-dev")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    pages = load(Path(args.train))
    check = load(Path(args.check))
    reach = sum(bool(p["y"].sum()) for p in pages)
    print(
        f"pages={len(pages)} cands={sum(len(p['forms']) for p in pages)} reachable={reach} "
        f"null_ok={sum(p['null'] for p in pages)}"
    )
    margins = [-1.0, -0.5, 0.0, 0.5, 1.0, 1.5]
    cv = dict.fromkeys(margins, 0.0)
    for f in range(args.folds):
        tr = [p for p in pages if zlib.crc32(p["group"].encode()) % args.folds != f]
        te = [p for p in pages if zlib.crc32(p["group"].encode()) % args.folds == f]
        b, w = fit(tr, l2=args.l2)
        for m in margins:
            cv[m] += accuracy(te, b, w, m) * len(te) / len(pages)
    print("cv:", {m: round(v, 3) for m, v in cv.items()})
    b, w = fit(pages, l2=args.l2)
    for m in margins:
        print(f"margin={m} train={accuracy(pages, b, w, m):.3f} check={accuracy(check, b, w, m):.3f}")
    print("bias", round(b, 3))
    for k, v in zip(FEATURES, w, strict=True):
        print(f"  {k:20s} {v:+.3f}")
    if args.write:
        m = max(margins, key=lambda m: cv[m])
        thr = 1 / (1 + math.exp(-m))
        body = "\n".join(f'    "{k}": {v:.3f},' for k, v in zip(FEATURES, w, strict=True))
        Path("search/cleaning/meta_outlet_weights.py").write_text(
            '"""Weights of the outlet scorer in :mod:`search.cleaning.meta_outlet`'
            ' (fitted by bench/train_outlet.py)."""\n\n'
            f"OUTLET_BIAS = {b:.3f}\nOUTLET_THRESHOLD = {thr:.3f}\nOUTLET_WEIGHTS: dict[str, float] = {{\n{body}\n}}\n",
            encoding="utf-8",
        )
        print("written, margin", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
