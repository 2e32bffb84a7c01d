"""Score the cleaner on several truth sets at once, and compare two runs field by field.

Usage::

    .venv/bin/python bench/score_sets.py run TAG SET_DIR [SET_DIR ...] [--out /tmp/score-runs]
    .venv/bin/python bench/score_sets.py compare TAG_A TAG_B SET_DIR [SET_DIR ...] [--out /tmp/score-runs]

``run`` cleans every set's ``page.txt`` and ``page.html`` (see :mod:`bench.score_cleaner`), keeps
the predictions as ``OUT/TAG/<set>[-html].jsonl`` and prints one row per set and mode: title,
outlet, date, author accuracy and body F1, as the set's scorer counts them. ``compare`` lists every
page whose title, outlet, date or author changed between two runs, marked ``+`` when the change made
it right, ``-`` when it made it wrong and ``~`` when it stayed right or wrong — the check to run
before a cleaner change lands. Both commands take the set folders: the truth lives there, the predictions in OUT.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.score_cleaner import _articles_dir, _scorer_for, predict

FIELDS = ("title", "outlet", "date", "author")
DEFAULT_OUT = Path("/tmp/score-runs")


def load_scorer(path: Path) -> ModuleType:
    """Import a set's ``score.py`` as a module (it is a stdlib-only script)."""
    spec = importlib.util.spec_from_file_location("set_scorer", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_file(out: Path, tag: str, set_dir: Path, html: bool) -> Path:
    """Where one run of one set in one mode keeps its predictions."""
    return out / tag / f"{set_dir.name}{'-html' if html else ''}.jsonl"


def run(tag: str, sets: list[Path], out: Path) -> None:
    """Clean every set in both modes, keep the predictions and print the scores."""
    print(f"{'set':<28} {'n':>4} {'title':>6} {'outlet':>6} {'date':>6} {'author':>6} {'bodyF1':>6}")
    for set_dir in sets:
        articles = _articles_dir(set_dir)
        scorer = load_scorer(_scorer_for(set_dir))
        truth = scorer.load_truth(str(articles))
        for html in (False, True):
            rows, _ = predict(articles, html=html)
            if not rows:
                continue
            target = _run_file(out, tag, set_dir, html)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            scores = {f: 0 for f in FIELDS}
            f1s: list[float] = []
            for row in rows:
                t = truth[row["id"]]
                for f in FIELDS:
                    scores[f] += bool(scorer.field_ok(row[f], t, f))
                f1s.append(scorer.bow_prf(row["body"] or "", t.get("body") or "")[2])
            n = len(rows)
            name = set_dir.name + (" (html)" if html else "")
            cells = " ".join(f"{scores[f] / n:6.3f}" for f in FIELDS)
            print(f"{name:<28} {n:>4} {cells} {sum(f1s) / n:6.3f}")


def compare(tag_a: str, tag_b: str, sets: list[Path], out: Path) -> None:
    """Print every field that changed between two runs, with whether the change was right."""
    for set_dir in sets:
        scorer = load_scorer(_scorer_for(set_dir))
        truth = scorer.load_truth(str(_articles_dir(set_dir)))
        for html in (False, True):
            file_a, file_b = _run_file(out, tag_a, set_dir, html), _run_file(out, tag_b, set_dir, html)
            if not (file_a.is_file() and file_b.is_file()):
                continue
            rows_a = {r["id"]: r for r in map(json.loads, file_a.read_text(encoding="utf-8").splitlines())}
            for row_b in map(json.loads, file_b.read_text(encoding="utf-8").splitlines()):
                row_a = rows_a.get(row_b["id"])
                if row_a is None:
                    continue
                for f in FIELDS:
                    if row_a[f] == row_b[f]:
                        continue
                    ok_a = scorer.field_ok(row_a[f], truth[row_b["id"]], f)
                    ok_b = scorer.field_ok(row_b[f], truth[row_b["id"]], f)
                    mark = "+" if ok_b and not ok_a else "-" if ok_a and not ok_b else "~"
                    mode = "html" if html else "text"
                    print(f"{mark} {set_dir.name}/{row_b['id']} {mode} {f}: {row_a[f]!r} -> {row_b[f]!r}")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run or compare."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("run", "compare"))
    ap.add_argument("args", nargs="+", help="run: TAG SET_DIR...; compare: TAG_A TAG_B SET_DIR...")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ns = ap.parse_args(argv)
    out = Path(ns.out)
    if ns.command == "run":
        run(ns.args[0], [Path(p) for p in ns.args[1:]], out)
    else:
        compare(ns.args[0], ns.args[1], [Path(p) for p in ns.args[2:]], out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
