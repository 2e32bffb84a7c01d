"""Cleaner speed on fixed pages, against the goals the unit tests once timed.

Usage::

    .venv/bin/python bench/cleaner_cases.py [--repeat 20]

Prints one row per case: CPU milliseconds per call (median of the repeats), the goal and whether it is met.
The cases are a typical page (the first seed) and a page under a 300-line menu (the shape that once made
the headline search quadratic). Timings live here, not in the test suite, where a busy machine makes a timed
assertion fail for no fault of the code.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.cleaning import clean_text

REPO = Path(__file__).resolve().parent.parent

BODY = "\n\n".join(
    f"Paragraph {k}: the city council voted on Tuesday to expand the harbour ferry service to three new stops, "
    "a plan that had been debated for more than two years."
    for k in range(4)
)


def _seed_page() -> str:
    """The first bundled seed page."""
    return next((REPO / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")


def _long_header_page() -> str:
    """A story under 300 menu lines."""
    header = "\n".join(f"Menu entry number {k} with words" for k in range(300))
    return f"{header}\n\nCouncil votes to expand harbour ferry service\n\nBy Jane Roe\n\n{BODY}\n"


CASES: list[tuple[str, Callable[[], str], float]] = [
    ("typical page (seed 000)", _seed_page, 50.0),
    ("300-line menu above the story", _long_header_page, 250.0),
]
"""Name, page maker and goal in CPU milliseconds per call."""


def per_call_ms(text: str, repeat: int) -> float:
    """Median CPU milliseconds of ``clean_text(text)`` over ``repeat`` calls, after one warm-up call."""
    clean_text(text)
    times = []
    for _ in range(repeat):
        start = time.process_time()
        clean_text(text)
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    print(f"{'case':<32} {'ms/call':>8} {'goal':>6}  met")
    for name, make, goal in CASES:
        ms = per_call_ms(make(), args.repeat)
        print(f"{name:<32} {ms:8.1f} {goal:6.0f}  {'yes' if ms <= goal else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
