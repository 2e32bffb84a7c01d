"""Fit the headline scorer's weights on truth sets (dev tool, not shipped; needs numpy).

Usage::

    .venv/bin/python bench/train_title.py /work/silver/merged /work/shared/cleaning-dev /work/fresh/articles \
        /work/fundus/gold_dev --l2 0.15 [--cache /tmp/t.pkl] [--write]

(the weights in the repository were fitted with exactly these sets and ``--l2 0.15``).

Each page's headline candidates (``search.cleaning.meta_title.title_candidates``) are labelled by
matching the truth title or an alternative (the scorer's strict normalisation). The model is a per-page
softmax over the candidates, fitted with L2 by gradient descent (pages without a correct candidate
are left out of the fit but count as misses). Grouped cross-validation (by domain) reports page
accuracy, with and without falling back on the rule scorer when the best candidate's lead over the runner-up
is small (the margin with the best CV accuracy is written as ``TITLE_MARGIN``);
``--write`` stores the weights in ``search/cleaning/meta_title_weights.py``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, "/work/shared/cleaning-dev")

from score import field_ok

import search.cleaning.textdump as textdump
from bench.train_common import fold_split, page_group, truth_pages
from search.cleaning import clean_text, title
from search.cleaning.meta_title import title_candidates

FALLBACK_TOPK = 0
"""When > 0, the rule scorer's pick is taken only if it is among this many best learned candidates."""
_captured: dict[str, object] = {}
_original_choose = textdump.choose_title


def _hook(lines, body_start, meta_flags, debug=None):
    _captured["args"] = (lines, body_start, dict(meta_flags))
    return _original_choose(lines, body_start, meta_flags)


def _final(text: str) -> str:
    return title.undouble(title.strip_breadcrumb(title.undouble(text)))


def load(truth_dir: Path) -> list[dict]:
    """Candidates, features and labels of every page under ``truth_dir``."""
    pages = []
    textdump.choose_title = _hook
    try:
        for truth, text in truth_pages(truth_dir):
            _captured.clear()
            page = clean_text(text)
            group = page_group(truth)
            row = {"id": truth["id"], "group": group, "texts": [], "feats": [], "y": np.zeros(0)}
            row["current_ok"] = field_ok(page.title, truth, "title")
            if "args" in _captured:
                lines, first, meta_flags = _captured["args"]
                nonblank = [i for i, ln in enumerate(lines) if ln.text]
                repeated = set()
                keys = title.page_keys(lines, nonblank, repeated)
                dbg: list[tuple[float, int]] = []
                rule = title._rule_title(lines, first, meta_flags, nonblank, keys, dbg)
                rule_scores = {i: s for s, i in dbg}
                cands = title_candidates(
                    lines,
                    first,
                    meta_flags,
                    keys,
                    nonblank,
                    rule_scores,
                    title.norm_key,
                    title.split_suffix,
                    title.strip_breadcrumb,
                    repeated,
                )
                row["texts"] = [c[0] for c in cands]
                row["feats"] = [c[2] for c in cands]
                row["y"] = np.array([1.0 if field_ok(_final(c[0]), truth, "title") else 0.0 for c in cands])
                row["rule_ok"] = rule is not None and field_ok(_final(rule.text), truth, "title")
                row["rule_text"] = _final(rule.text) if rule is not None else None
                row["finals"] = [_final(c[0]) for c in cands]
                row["truth"] = truth["title"]
            else:
                row["rule_ok"] = field_ok(None, truth, "title")
            pages.append(row)
    finally:
        textdump.choose_title = _original_choose
    return pages


def matrices(pages: list[dict], names: list[str]) -> None:
    for p in pages:
        p["x"] = np.array([[f.get(k, 0.0) for k in names] for f in p["feats"]], dtype=float).reshape(-1, len(names))


def fit(pages: list[dict], k: int, l2: float, epochs: int = 600, lr: float = 0.3) -> tuple[np.ndarray]:
    usable = [p for p in pages if p["y"].sum() > 0]
    x = np.concatenate([p["x"] for p in usable])
    y = np.concatenate([p["y"] / p["y"].sum() for p in usable])
    seg = np.concatenate([[n] * len(p["y"]) for n, p in enumerate(usable)])
    starts = np.concatenate([[0], np.cumsum([len(p["y"]) for p in usable])[:-1]])
    w = np.zeros(k)
    m = np.zeros(k)
    v = np.zeros(k)
    n = len(usable)
    for t in range(1, epochs + 1):
        z = x @ w
        zmax = np.maximum.reduceat(z, starts)
        e = np.exp(z - zmax[seg])
        s = np.add.reduceat(e, starts)
        prob = e / s[seg]
        g = x.T @ (prob - y) / n + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def evaluate(pages: list[dict], w: np.ndarray, margin: float | None = None) -> float:
    ok = 0.0
    for p in pages:
        if not len(p["y"]):
            ok += p["rule_ok"]
            continue
        z = p["x"] @ w
        i = int(np.argmax(z))
        if margin is not None:
            zs = np.sort(z)
            gap = zs[-1] - zs[-2] if len(zs) > 1 else 99.0
            if gap < margin:
                top = [p["finals"][j] for j in np.argsort(-z)[:FALLBACK_TOPK]] if FALLBACK_TOPK else None
                if top is None or p["rule_text"] in top:
                    ok += p["rule_ok"]
                    continue
        ok += p["y"][i]
    return ok / max(len(pages), 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3, help="cross-validation rounds with different fold splits")
    ap.add_argument("--l2", type=float, default=0.03)
    ap.add_argument("--epochs", type=int, default=600)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cache", help="pickle of the loaded pages (reused when present)")
    ap.add_argument("--show", action="store_true", help="print CV misses")
    ap.add_argument("--fallback-topk", type=int, default=3, help="0: the rule decides every close call")
    args = ap.parse_args()
    global FALLBACK_TOPK
    FALLBACK_TOPK = args.fallback_topk
    if args.cache and Path(args.cache).is_file():
        sets = pickle.loads(Path(args.cache).read_bytes())
    else:
        sets = [load(Path(t)) for t in args.train]
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(sets))
    pages = [p for s in sets for p in s]
    names = sorted({k for p in pages for f in p["feats"] for k in f})
    matrices(pages, names)
    k = len(names)
    reach = sum(bool(p["y"].sum()) for p in pages)
    for name, s in zip(args.train, sets, strict=True):
        cur = sum(p["current_ok"] for p in s) / len(s)
        rule = sum(p["rule_ok"] for p in s) / len(s)
        print(f"{name}: pages={len(s)} current={cur:.3f} rule={rule:.3f}")
    print(f"pages={len(pages)} cands={sum(len(p['y']) for p in pages)} reachable={reach} features={k}")
    margins = [None, 0.25, 0.5, 0.75, 1.0]
    cv = dict.fromkeys(margins, 0.0)
    cv_sets = [dict.fromkeys(margins, 0.0) for _ in sets]
    misses = []
    runs = [(r, f) for r in range(args.repeats) for f in range(args.folds)]
    for r, f in runs:
        salt = str(r) if r else ""
        tr, te = fold_split(pages, args.folds, f, salt)
        w = fit(tr, k, args.l2, args.epochs)
        for mg in margins:
            cv[mg] += evaluate(te, w, mg) * len(te) / len(pages) / args.repeats
            for si, s in enumerate(sets):
                te_s = [p for p in te if any(p is q for q in s)]
                if te_s:
                    cv_sets[si][mg] += evaluate(te_s, w, mg) * len(te_s) / len(s) / args.repeats
        if args.show and r == 0:
            for p in te:
                if len(p["y"]):
                    i = int(np.argmax(p["x"] @ w))
                    if not p["y"][i]:
                        good = [j for j in range(len(p["y"])) if p["y"][j]]
                        dt = [round(float(np.expm1(p["feats"][j]["d_log"]))) for j in good][:2]
                        dc = round(float(np.expm1(p["feats"][i]["d_log"])))
                        rk = sorted(p["x"] @ w, reverse=True).index(float((p["x"] @ w)[good[0]])) if good else -1
                        misses.append((p["id"], p["truth"][:60], p["texts"][i][:60], dt, dc, rk))
    print("cv all:", {str(m): round(v, 3) for m, v in cv.items()})
    for name, c in zip(args.train, cv_sets, strict=True):
        print(f"cv {name}:", {str(m): round(v, 3) for m, v in c.items()})
    for miss in sorted(misses):
        print("MISS", *miss, sep=" | ")
    w = fit(pages, k, args.l2, args.epochs)
    print(f"train: {evaluate(pages, w):.3f}")
    order = np.argsort(-np.abs(w))
    print("  ".join(f"{names[j]}={w[j]:+.2f}" for j in order))
    if args.write:
        best = max(margins, key=lambda m: cv[m])
        margin = 0.0 if best is None else best
        body = "\n".join(f'    "{n}": {v:.4f},' for n, v in zip(names, w, strict=True) if abs(v) >= 1e-4)
        Path("search/cleaning/meta_title_weights.py").write_text(
            '"""Weights of the headline scorer in :mod:`search.cleaning.meta_title`'
            ' (fitted by bench/train_title.py)."""\n\n'
            f"TITLE_BIAS = 0.0\nTITLE_MARGIN = {margin}\nTITLE_FALLBACK_TOPK = {FALLBACK_TOPK}\n"
            f"TITLE_WEIGHTS: dict[str, float] = {{\n{body}\n}}\n",
            encoding="utf-8",
        )
        print("written, margin", margin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
