"""Score ``clean_text`` on a set of pages with ground truth (dev tool, not shipped).

Usage::

    .venv/bin/python bench/score_cleaner.py [TRUTH_DIR] [--per-item] [--out predictions.jsonl]

``TRUTH_DIR`` holds ``articles/*/page.txt`` + ``truth.json`` (or is the ``articles`` folder itself) and a
``score.py`` next to ``articles`` (default: the shared cleaning-dev set). The scorer's output is printed
with its ``SUMMARY`` line last.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.cleaning import clean_html, clean_text
from search.reading import read_page

DEFAULT_SET = Path("/work/shared/cleaning-dev")
SCORER = DEFAULT_SET / "score.py"


def _articles_dir(truth: Path) -> Path:
    """The folder that holds one sub-folder per article."""
    return truth / "articles" if (truth / "articles").is_dir() else truth


def _scorer_for(truth: Path) -> Path:
    """The ``score.py`` belonging to a set, falling back on the shared one."""
    for cand in (truth / "score.py", truth.parent / "score.py"):
        if cand.is_file():
            return cand
    return SCORER


def predict(articles: Path, html: bool = False) -> tuple[list[dict[str, object]], list[float]]:
    """Clean every ``page.txt`` (``page.html`` with ``html``); return the rows and each page's time in ms.

    Times are the thread's CPU time, so other processes on the machine disturb them little.
    """
    rows: list[dict[str, object]] = []
    times: list[float] = []
    for page in sorted(articles.glob("*/page.html" if html else "*/page.txt")):
        text = read_page(page) if html else page.read_text(encoding="utf-8", errors="replace")
        start = time.thread_time()
        cleaned = clean_html(text) if html else clean_text(text)
        times.append((time.thread_time() - start) * 1000)
        truth_file = page.parent / "truth.json"
        pid = page.parent.name
        if truth_file.is_file():
            pid = json.loads(truth_file.read_text(encoding="utf-8")).get("id", pid)
        rows.append(
            {
                "id": pid,
                "title": cleaned.title,
                "outlet": cleaned.outlet,
                "date": cleaned.date,
                "author": cleaned.author,
                "body": cleaned.body,
            }
        )
    return rows, times


def timing_line(times: list[float]) -> str:
    """``ms/page mean … p95 … max …`` for a list of per-page times."""
    if not times:
        return "ms/page: no pages"
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    mean = sum(ordered) / len(ordered)
    return f"ms/page (cleaner, CPU): mean {mean:.2f}  p95 {p95:.2f}  max {ordered[-1]:.1f}  n={len(ordered)}"


def main(argv: list[str] | None = None) -> int:
    """Run the cleaner over a truth set and print the scorer's report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("truth_dir", nargs="?", default=str(DEFAULT_SET))
    ap.add_argument("--per-item", action="store_true")
    ap.add_argument("--out", help="keep the predictions JSONL here")
    ap.add_argument("--html", action="store_true", help="clean page.html instead of page.txt")
    args = ap.parse_args(argv)

    truth = Path(args.truth_dir)
    articles = _articles_dir(truth)
    rows, times = predict(articles, html=args.html)
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(_scorer_for(truth)), str(out), "--truth-dir", str(articles)]
    if args.per_item:
        cmd.append("--per-item")
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    sys.stderr.write(res.stderr)
    print(timing_line(times))
    print(res.stdout.rstrip())
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
