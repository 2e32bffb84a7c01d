"""Benchmarks for mali-tui (run ``bench/run.py``; see bench/RESULTS.md)."""
