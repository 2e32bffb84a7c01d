"""Pieces shared by the scorer training scripts (``bench/train_*.py``; dev tools, not shipped; needs numpy).

The author, date and outlet scorers are per-page softmax models over a page's candidates plus a "none"
option whose score is the abstain threshold; :func:`fit_softmax` fits them, :func:`accuracy` scores
them and :func:`write_weights` stores them. Every script reads truth sets the same way
(:func:`truth_pages`) and cross-validates over the same domain-grouped folds (:func:`fold_split`).
"""

from __future__ import annotations

import argparse
import json
import math
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from search.cleaning import clean_text


def truth_pages(truth_dir: Path) -> Iterator[tuple[dict, str]]:
    """(truth record, page text) of every article under ``truth_dir`` (or its ``articles`` folder), by path."""
    arts = truth_dir / "articles" if (truth_dir / "articles").is_dir() else truth_dir
    for tf in sorted(arts.glob("*/truth.json")):
        truth = json.loads(tf.read_text(encoding="utf-8"))
        text = (tf.parent / "page.txt").read_text(encoding="utf-8", errors="replace")
        yield truth, text


def page_group(truth: dict) -> str:
    """The cross-validation group of a page: its domain (else its URL, else its id)."""
    if truth.get("domain"):
        return truth["domain"]
    host = urlsplit(truth.get("url") or "").hostname or ""
    return host.removeprefix("www.") or truth["id"]


@contextmanager
def capture_calls(module: ModuleType, name: str) -> Iterator[list[Any]]:
    """While active, ``module.name`` is wrapped so that each call's return value is appended to the yielded list."""
    captured: list[Any] = []
    orig: Callable[..., Any] = getattr(module, name)

    def spy(*a: Any, **kw: Any) -> Any:
        out = orig(*a, **kw)
        captured.append(out)
        return out

    setattr(module, name, spy)
    try:
        yield captured
    finally:
        setattr(module, name, orig)


def captured_candidates(truth_dir: Path, module: ModuleType, name: str) -> Iterator[tuple[dict, list[Any]]]:
    """(truth record, what ``module.name`` returned on its last call while the page was cleaned) per page.

    Pages where it was not called get an empty list. The function is restored once the pages are exhausted.
    """
    with capture_calls(module, name) as captured:
        for truth, text in truth_pages(truth_dir):
            captured.clear()
            clean_text(text)
            yield truth, (captured[-1] if captured else [])


def feature_matrix(feats: Sequence[dict[str, float]], names: Sequence[str]) -> np.ndarray:
    """One row per candidate, one column per feature name (shape (0, len(names)) when there are none)."""
    return np.array([[f[k] for k in names] for f in feats], dtype=float).reshape(-1, len(names))


def fold_split(pages: list[dict], folds: int, f: int, salt: str = "") -> tuple[list[dict], list[dict]]:
    """(training, test) pages of fold ``f``: pages are assigned to folds by a hash of their group (and salt)."""
    tr = [p for p in pages if zlib.crc32((p["group"] + salt).encode()) % folds != f]
    te = [p for p in pages if zlib.crc32((p["group"] + salt).encode()) % folds == f]
    return tr, te


def fit_softmax(
    pages: list[dict], k: int, l2: float, null_weight: float = 1.0, epochs: int = 600, lr: float = 0.5
) -> tuple[float, np.ndarray]:
    """Softmax over [null, candidates…] per page; null's logit is 0 (so a candidate's logit is bias + w.x).

    Pages with neither a correct candidate nor a correct null are left out; pages whose only correct
    answer is null weigh ``null_weight``. Plain gradient descent with L2 on w.
    """
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


def accuracy(
    pages: list[dict], b: float, w: np.ndarray, margin: float = 0.0, nonnull_only: bool = False, label: str = "y"
) -> float:
    """Share of pages answered right: the best candidate when its logit clears ``margin``, else null.

    ``label`` names the page key holding the candidates' labels; ``nonnull_only`` counts only pages whose
    truth is not null.
    """
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
        ok += p[label][i] if z[i] > margin else p["null"]
    return ok / max(n, 1)


def print_weights(b: float, names: Sequence[str], w: np.ndarray) -> None:
    """The bias and one line per feature weight."""
    print("bias", round(b, 3))
    for k, v in zip(names, w, strict=True):
        print(f"  {k:20s} {v:+.3f}")


def write_weights(
    path: str, docstring: str, prefix: str, b: float, thr: float, names: Sequence[str], w: np.ndarray
) -> None:
    """Store a softmax scorer as ``<prefix>_BIAS``, ``<prefix>_THRESHOLD`` and ``<prefix>_WEIGHTS`` in ``path``."""
    body = "\n".join(f'    "{k}": {v:.3f},' for k, v in zip(names, w, strict=True))
    Path(path).write_text(
        f'"""{docstring}"""\n\n'
        f"{prefix}_BIAS = {b:.3f}\n{prefix}_THRESHOLD = {thr:.3f}\n"
        f"{prefix}_WEIGHTS: dict[str, float] = {{\n{body}\n}}\n",
        encoding="utf-8",
    )


def single_set_parser() -> argparse.ArgumentParser:
    """Options every single-truth-set trainer takes: the training set, ``--check``, ``--folds`` and ``--l2``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--check", default="/work/shared/cleaning-dev")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01)
    return ap


def load_sets(load: Callable[[Path], list[dict]], args: argparse.Namespace) -> tuple[list[dict], list[dict]]:
    """The training and check pages (``args.train``, ``args.check``); prints the training set's size and reach."""
    pages = load(Path(args.train))
    check = load(Path(args.check))
    reach = sum(bool(p["y"].sum()) for p in pages)
    print(
        f"pages={len(pages)} cands={sum(len(p['forms']) for p in pages)} reachable={reach} "
        f"null_ok={sum(p['null'] for p in pages)}"
    )
    return pages, check


def null_softmax_main(
    load: Callable[[Path], list[dict]],
    features: Sequence[str],
    weights_path: str,
    docstring: str,
    prefix: str,
    adjust: Callable[[np.ndarray], None] | None = None,
) -> int:
    """Command line of a null-option softmax scorer trained on one truth set (the author and date scorers).

    Loads the training and check sets with ``load``, prints grouped cross-validated page accuracy (all
    pages and pages with a non-null truth) per margin, fits on the whole training set, lets ``adjust``
    change the weights in place, prints train/check accuracy and the weights, and with ``--write`` stores
    them (threshold from ``--margin`` or the best CV margin).
    """
    ap = single_set_parser()
    ap.add_argument("--null-weight", type=float, default=0.3)
    ap.add_argument("--margin", type=float, default=None)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    pages, check = load_sets(load, args)
    margins = [-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0]
    cv = dict.fromkeys(margins, 0.0)
    cvn = dict.fromkeys(margins, 0.0)
    nn = sum(1 for p in pages if not p["null"])
    for f in range(args.folds):
        tr, te = fold_split(pages, args.folds, f)
        b, w = fit_softmax(tr, len(features), args.l2, args.null_weight)
        for m in margins:
            cv[m] += accuracy(te, b, w, m) * len(te) / len(pages)
            cvn[m] += accuracy(te, b, w, m, True) * sum(1 for p in te if not p["null"]) / nn
    print("cv all:", {m: round(v, 3) for m, v in cv.items()})
    print("cv non-null:", {m: round(v, 3) for m, v in cvn.items()})
    b, w = fit_softmax(pages, len(features), args.l2, args.null_weight)
    if adjust is not None:
        adjust(w)
    for m in margins:
        print(f"margin={m} train={accuracy(pages, b, w, m):.3f} check={accuracy(check, b, w, m):.3f}")
    print_weights(b, features, w)
    if args.write:
        m = args.margin if args.margin is not None else max(margins, key=lambda m: cv[m])
        thr = 1 / (1 + math.exp(-m))
        write_weights(weights_path, docstring, prefix, b, thr, features, w)
        print("written, margin", m)
    return 0
