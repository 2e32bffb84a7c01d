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

from search.cleaning import clean_text, meta_date
from search.cleaning.meta_date import FEATURES


def load(truth_dir: Path) -> list[dict]:
    arts = truth_dir / "articles" if (truth_dir / "articles").is_dir() else truth_dir
    pages = []
    captured: list = []
    orig = meta_date.date_candidates

    def spy(*a, **kw):
        out = orig(*a, **kw)
        captured.append(out)
        return out

    meta_date.date_candidates = spy
    try:
        for tf in sorted(arts.glob("*/truth.json")):
            truth = json.loads(tf.read_text(encoding="utf-8"))
            text = (tf.parent / "page.txt").read_text(encoding="utf-8", errors="replace")
            captured.clear()
            clean_text(text)
            cands = captured[-1] if captured else []
            forms = [v for v, _, _ in cands]
            x = np.array([[f[k] for k in FEATURES] for _, f, _ in cands], dtype=float).reshape(-1, len(FEATURES))
            y = np.array([1.0 if field_ok(v, truth, "date") else 0.0 for v in forms])
            null_ok = 1.0 if field_ok(None, truth, "date") else 0.0
            group = truth.get("domain") or truth.get("url") or truth["id"]
            pages.append({"id": truth["id"], "forms": forms, "x": x, "y": y, "null": null_ok, "group": group})
    finally:
        meta_date.date_candidates = orig
    return pages


def fit(pages: list[dict], l2: float, null_weight: float, epochs: int = 600, lr: float = 0.5):
    k = len(FEATURES)
    w = np.zeros(k)
    b = 0.0
    usable = [p for p in pages if p["y"].sum() + p["null"] > 0]
    weights = [null_weight if p["null"] and not p["y"].sum() else 1.0 for p in usable]
    tot = sum(weights)
    for _ in range(epochs):
        gw = np.zeros(k)
        gb = 0.0
        for p, pw in zip(usable, weights, strict=True):
            if not len(p["forms"]):
                continue
            z = np.concatenate([[0.0], b + p["x"] @ w])
            z -= z.max()
            e = np.exp(z)
            prob = e / e.sum()
            target = np.concatenate([[p["null"]], p["y"]])
            target = target / target.sum()
            g = (prob - target) * pw
            gw += p["x"].T @ g[1:]
            gb += g[1:].sum()
        w -= lr * (gw / tot + l2 * w)
        b -= lr * gb / tot
    return b, w


def accuracy(pages: list[dict], b: float, w: np.ndarray, margin: float = 0.0, nonnull_only: bool = False) -> float:
    ok = 0.0
    n = 0
    for p in pages:
        if nonnull_only and p["null"]:
            continue
        n += 1
        if not len(p["forms"]):
            ok += p["null"]
            continue
        z = b + p["x"] @ w
        i = int(np.argmax(z))
        ok += p["y"][i] if z[i] > margin else p["null"]
    return ok / max(n, 1)


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
        tr = [p for p in pages if zlib.crc32(p["group"].encode()) % args.folds != f]
        te = [p for p in pages if zlib.crc32(p["group"].encode()) % args.folds == f]
        b, w = fit(tr, args.l2, args.null_weight)
        for m in margins:
            cv[m] += accuracy(te, b, w, m) * len(te) / len(pages)
            cvn[m] += accuracy(te, b, w, m, True) * sum(1 for p in te if not p["null"]) / nn
    print("cv all:", {m: round(v, 3) for m, v in cv.items()})
    print("cv non-null:", {m: round(v, 3) for m, v in cvn.items()})
    b, w = fit(pages, args.l2, args.null_weight)
    # Silver holds too few pages where a "Published" and an "Updated" date compete to learn the cues'
    # signs; keep the general prior (published counts for, updated against).
    ip, iu = FEATURES.index("pub_cue"), FEATURES.index("upd_cue")
    w[ip], w[iu] = max(w[ip], 0.8), min(w[iu], -0.8)
    for m in margins:
        print(f"margin={m} train={accuracy(pages, b, w, m):.3f} check={accuracy(check, b, w, m):.3f}")
    print("bias", round(b, 3))
    for k, v in zip(FEATURES, w, strict=True):
        print(f"  {k:20s} {v:+.3f}")
    if args.write:
        m = args.margin if args.margin is not None else max(margins, key=lambda m: cv[m])
        thr = 1 / (1 + math.exp(-m))
        body = "\n".join(f'    "{k}": {v:.3f},' for k, v in zip(FEATURES, w, strict=True))
        Path("search/cleaning/meta_date_weights.py").write_text(
            '"""Weights of the date scorer in :mod:`search.cleaning.meta_date` (fitted by bench/train_date.py)."""\n\n'
            f"DATE_BIAS = {b:.3f}\nDATE_THRESHOLD = {thr:.3f}\nDATE_WEIGHTS: dict[str, float] = {{\n{body}\n}}\n",
            encoding="utf-8",
        )
        print("written, margin", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
