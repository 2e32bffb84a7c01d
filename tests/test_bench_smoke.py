"""Smoke run of the benchmark: ``bench/run.py`` runs end to end and writes every figure.

Not a timed test: it checks that the JSON has every key with a sane value, never how fast anything
was. A full ``--size 1k`` run takes about two minutes on a 2-core machine (cleaning runs at ~70
pages/s and 12 shapes × 200 queries follow), so the smoke run uses the 1k settings with
``--docs 150 --queries 10 --app-repeats 1`` to stay well inside 60 s.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

SHAPES = (
    "one_term",
    "two_terms",
    "phrase",
    "entity",
    "outlet",
    "date_range",
    "outlet_date_term",
    "sorted_by_date",
    "second_page",
    "facets",
    "snippets",
)
RATES = (
    "ingest_docs_per_s",
    "tokenize_docs_per_s",
    "clean_docs_per_s",
    "entities_docs_per_s",
    "whoosh_docs_per_s",
    "index_docs_per_s",
)
SECONDS = ("rerun_unchanged_s", "rerun_1pct_changed_s")
MEGABYTES = ("index_mb", "peak_rss_mb", "ingest_peak_rss_mb")


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_bench_smoke(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    cmd = [
        sys.executable,
        str(REPO / "bench" / "run.py"),
        "--size",
        "1k",
        "--docs",
        "150",
        "--queries",
        "10",
        "--app-repeats",
        "1",
        "--json",
        str(out),
        "--work-dir",
        str(tmp_path / "work"),
        "--quiet",
    ]
    env = {k: v for k, v in os.environ.items() if k not in ("MALI_TUI_CONFIG", "MALI_TUI_INDEX_DIR")}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=REPO, env=env)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "| figure | value | target |" in proc.stdout

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["docs"] == 150
    assert data["ingest_indexed"] == 150, data.get("ingest_skipped")
    for key in RATES:
        assert _positive(data[key]), (key, data[key])
    for key in SECONDS:
        assert isinstance(data[key], float) and 0 <= data[key] < 120, (key, data[key])
    assert data["rerun_unchanged_indexed"] == 0
    assert data["rerun_1pct_changed_indexed"] == data["rerun_1pct_changed_pages"] >= 1
    for key in MEGABYTES:
        assert _positive(data[key]) and data[key] < 4096, (key, data[key])
    for key in ("query_p50_ms", "query_p95_ms"):
        assert set(SHAPES) <= set(data[key]), key
        for shape in SHAPES:
            assert _positive(data[key][shape]), (key, shape, data[key][shape])
    for shape in SHAPES:
        q = data["queries"][shape]
        assert q["n"] == 10 and q["errors"] == 0, (shape, q)
        assert q["p50_ms"] <= q["p95_ms"] <= q["max_ms"], (shape, q)
    # Queries are drawn from the corpus: the common shapes must find something.
    for shape in ("one_term", "entity", "outlet", "date_range"):
        assert data["queries"][shape]["mean_hits"] > 0, shape
    for key in ("first_paint_ms", "first_results_ms"):
        assert key in data
        assert data[key] is None or _positive(data[key]), (key, data[key])
    assert data["machine"]["nproc"] >= 1 and data["machine"]["python"]
    # Nothing is left behind but the cached corpus.
    leftovers = [p.name for p in (tmp_path / "work").iterdir() if not p.name.startswith("bench-corpus-")]
    assert leftovers == []


def test_the_cleaner_cases_print_a_row_per_case() -> None:
    """``bench/cleaner_cases.py`` (the speed goals the unit tests no longer time) runs and prints every case with
    a time; whether a goal is met is the bench's report, not a test's."""
    run = subprocess.run(
        [sys.executable, str(REPO / "bench" / "cleaner_cases.py"), "--repeat", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    rows = run.stdout.strip().splitlines()[1:]
    assert [row.split("  ")[0] for row in rows] == ["typical page (seed 000)", "300-line menu above the story"]
    assert all(float(row.split()[-3]) > 0 for row in rows)
