"""The mali-tui benchmark: ingest, re-runs, queries and app timings on a generated corpus.

Usage::

    .venv/bin/python bench/run.py --size 1k|10k|100k [--json FILE] [--docs N] [--queries N] [--seed S]

Prints one Markdown table (figure, value, target). With ``--json`` it also writes every figure.
Every measurement runs in its own child process, so a figure never includes another's memory or
caches: ``ingest`` (the real :class:`~search.index.Indexer`, end to end), ``stages`` (read+tokenize,
clean, entities, Whoosh's writer alone and index, each alone, single process, on the same files), ``rerun`` (unchanged
and 1 %-changed corpus), ``browse`` (the query shapes through :class:`~search.engine.Engine`) and
``app`` (first paint and first results through ``App.run_test``). The parent samples the resident
memory of each child's whole process tree from ``/proc`` every 20 ms.

The corpus (``bench/corpus.py``) is cached in ``/tmp/bench-corpus-<N>-s<seed>`` and re-used;
index folders are made under ``/tmp/bench-*`` and removed at the end (``--keep`` keeps them).
Benchmarks are not tests: nothing here fails on a slow figure, the table only marks targets.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import corpus as corpus_mod  # noqa: E402

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
RESULT_PREFIX = "BENCH-RESULT "
FIRST_SCREEN = 25
"""Rows of hits on a first screen (a 30-line terminal), for the snippet shape."""
PAGELEN = 50
"""Hits per page for the plain query shapes (the engine's default)."""
APP_PAGELEN = 100
"""What the app asks for (``tui.backend.PAGELEN``): 100 hits, no snippets, facets on page 1."""
_STAGES = ("read", "tokenize", "clean", "entities", "build_article", "whoosh", "index")
STAGE_DOCS = 10_000
"""At most this many pages (spread evenly over the corpus) for the single-stage measurements."""

# Targets from the issue (100k articles, 2-core machine); ">=" means higher is better.
TARGETS: dict[str, tuple[str, float]] = {
    "ingest_docs_per_s": (">=", 600),
    "rerun_unchanged_s": ("<=", 2.0),
    "query_p95_ms": ("<=", 50),
    "first_paint_ms": ("<=", 400),
    "first_results_ms": ("<=", 100),
    "peak_rss_mb": ("<=", 300),
}

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
    "app_query",
)
"""Query shapes. ``app_query`` is what the app runs per settled query (100 hits, no facets, no snippets)."""


# --- process-tree memory -----------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    out: list[int] = []
    with contextlib.suppress(OSError):
        for tid in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError), open(f"/proc/{pid}/task/{tid}/children") as handle:
                out.extend(int(p) for p in handle.read().split())
    return out


def _rss_kb(pid: int) -> int:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB (0 when it is gone)."""
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _rss_kb(current)
        todo.extend(_children(current))
    return total / 1024


class RssSampler:
    """Samples a process tree's resident memory in a thread; ``peak_mb`` is the largest sum seen."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, tree_rss_mb(self.pid))
            self._stop.wait(self.interval)


@dataclass
class ChildResult:
    """What a child reported, plus what the parent saw of it."""

    data: dict[str, Any]
    wall_s: float
    tree_peak_mb: float


def run_child(kind: str, params: dict[str, Any], timeout: float | None = None) -> ChildResult:
    """Run ``run.py --child KIND`` with ``params``; return its result line and its tree's peak RSS."""
    with tempfile.NamedTemporaryFile("w", prefix="bench-params-", suffix=".json", delete=False) as handle:
        json.dump(params, handle)  # a file, not argv: the stage sample lists thousands of paths
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "@" + handle.name]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        with RssSampler(proc.pid) as sampler:
            try:
                out, err = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, err = proc.communicate()
                raise RuntimeError(f"bench child {kind!r} timed out after {timeout} s\n{err[-3000:]}") from None
            except BaseException:
                proc.kill()  # interrupted (Ctrl-C, SIGTERM): leave no child behind
                proc.wait()
                raise
    finally:
        os.unlink(handle.name)
    wall = time.perf_counter() - start
    lines = [ln for ln in out.splitlines() if ln.startswith(RESULT_PREFIX)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"bench child {kind!r} failed (exit {proc.returncode}):\n{err[-3000:]}")
    return ChildResult(json.loads(lines[-1][len(RESULT_PREFIX) :]), wall, sampler.peak_mb)


def _emit(data: dict[str, Any]) -> None:
    sys.stdout.write(RESULT_PREFIX + json.dumps(data) + "\n")
    sys.stdout.flush()


def _self_rss() -> dict[str, float]:
    """This process's peak RSS (and that of its waited-for children), in MB, and their CPU seconds."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "self_peak_mb": me.ru_maxrss / 1024,
        "children_peak_mb": kids.ru_maxrss / 1024,
        "cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
    }


class _Clock:
    """Wall and CPU time of a block (CPU: this process only, so other load on the machine hardly counts)."""

    def __enter__(self) -> _Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def proc_status() -> dict[str, float]:
    """This process's memory lines from /proc/self/status, in MB (RssFile: mapped index files)."""
    status: dict[str, float] = {}
    with contextlib.suppress(OSError), open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(("VmRSS:", "VmHWM:", "RssAnon:", "RssFile:")):
                status[line.split(":")[0]] = int(line.split()[1]) / 1024
    return status


def _load_config(path: str | None):
    from search.config import load_config

    return load_config(path or REPO / "config.yaml")


# --- children ----------------------------------------------------------------------------------------


def child_ingest(p: dict[str, Any]) -> dict[str, Any]:
    """Index the corpus from nothing with the real Indexer."""
    import_start = time.perf_counter()
    from search.index import Indexer

    config = _load_config(p["config"])
    imports_s = time.perf_counter() - import_start
    cpu_before = _self_rss()["cpu_s"]
    start = time.perf_counter()
    report = Indexer(config, Path(p["index_dir"]), workers=p["workers"]).update([Path(p["corpus"])])
    elapsed = time.perf_counter() - start
    return {
        "seconds": elapsed,
        "update_cpu_s": _self_rss()["cpu_s"] - cpu_before,
        "imports_s": imports_s,
        "indexed": report.indexed,
        "skipped": len(report.skipped),
        "total": report.total,
        **_self_rss(),
    }


def child_rerun(p: dict[str, Any]) -> dict[str, Any]:
    """Bring an existing index up to date (after nothing or a few pages changed)."""
    from search.index import Indexer

    config = _load_config(p["config"])
    start = time.perf_counter()
    report = Indexer(config, Path(p["index_dir"]), workers=p["workers"]).update([Path(p["corpus"])])
    return {
        "seconds": time.perf_counter() - start,
        "indexed": report.indexed,
        "unchanged": report.unchanged,
        "total": report.total,
        **_self_rss(),
    }


def child_stages(p: dict[str, Any]) -> dict[str, Any]:
    """Each ingest stage alone, in one process, on the same sample of pages.

    * read+tokenize: read the bytes, decode, run the index's body analyzer over the *raw* page: the
      least work any indexer of these pages must do (our measure of the distance to the limit);
    * clean: decode + the cleaner; * entities: the gazetteer matcher over the cleaned bodies;
    * index: the real ``Indexer.update`` on the same pages with cleaning replaced by a lookup of the
      articles built beforehand (discover, manifest, stored-field encoding, Whoosh writer, commit).
    """
    import search.index as index_mod
    from search.entities import EntityMatcher
    from search.ingest import build_article, clean_page
    from search.reading import decode, read_bytes

    config = _load_config(p["config"])
    paths = [Path(x) for x in p["files"]]
    analyzer = index_mod.make_schema()["body"].analyzer
    out: dict[str, Any] = {"docs": len(paths)}

    n = len(paths)

    def rates(name: str, clock: _Clock) -> None:
        out[f"{name}_docs_per_s"] = n / clock.wall
        out[f"{name}_cpu_docs_per_s"] = n / max(clock.cpu, 1e-9)

    with _Clock() as clock:
        blobs = [read_bytes(path) for path in paths]
    rates("read", clock)

    tokens = 0
    with _Clock() as clock:
        for path in paths:
            text = decode(read_bytes(path))
            for _token in analyzer(text):
                tokens += 1
    rates("tokenize", clock)
    out["tokens_per_doc"] = tokens / max(1, n)
    out["tokens_per_s"] = tokens / clock.wall

    with _Clock() as clock:
        pages = [clean_page(decode(data).replace("\r\n", "\n"), "text") for data in blobs]
    rates("clean", clock)
    out["body_words_per_doc"] = sum(len(pg.body.split()) for pg in pages) / max(1, len(pages))

    matcher = EntityMatcher(config.entities)
    mentions = 0
    with _Clock() as clock:
        for pg in pages:
            mentions += len(matcher.find(pg.body))
    rates("entities", clock)
    out["mentions_per_doc"] = mentions / max(1, len(pages))

    articles = {}
    with _Clock() as clock:
        for path, data in zip(paths, blobs):
            articles[str(path.absolute())] = build_article(path.absolute(), data, config, matcher, "text")
    rates("build_article", clock)

    # Whoosh's writer alone on the finished field dicts, one segment: the floor under any ingest through Whoosh.
    fields = [index_mod.article_fields(article) for article in articles.values()]
    with tempfile.TemporaryDirectory() as scratch:
        from whoosh.index import create_in

        writer = create_in(scratch, index_mod.make_schema()).writer(limitmb=256)
        with _Clock() as clock:
            for doc in fields:
                writer.add_document(**doc)
            writer.commit()
    rates("whoosh", clock)

    real_build = index_mod.build_article

    def prebuilt(path: Path, data: bytes, *args: object, **kwargs: object):
        return articles.get(str(Path(path).absolute())) or real_build(path, data, *args, **kwargs)

    index_mod.build_article = prebuilt  # type: ignore[assignment]
    try:
        roots = [Path(p["corpus"])] if p["whole_corpus"] else paths
        with _Clock() as clock:
            report = index_mod.Indexer(config, Path(p["index_dir"]), workers=1).update(roots)
        out["index_docs_per_s"] = report.indexed / clock.wall
        out["index_cpu_docs_per_s"] = report.indexed / max(clock.cpu, 1e-9)
    finally:
        index_mod.build_article = real_build  # type: ignore[assignment]
    out.update(_self_rss())
    return out


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def child_browse(p: dict[str, Any]) -> dict[str, Any]:
    """Run every query shape through one Engine, as the app's browsing process would."""
    start = time.perf_counter()
    from search.engine import Engine

    config = _load_config(p["config"])
    engine = Engine(config, Path(p["index_dir"]))
    imports_s = time.perf_counter() - start
    start = time.perf_counter()
    engine.search("mali", pagelen=PAGELEN, snippets=False, facets=False)
    first_query_ms = (time.perf_counter() - start) * 1000
    for text in p["warmup"]:
        engine.search(text, pagelen=PAGELEN, snippets=False, facets=False)
    shapes: dict[str, dict[str, Any]] = {}
    for shape, queries in p["queries"].items():
        times: list[float] = []
        cpu: list[float] = []
        totals: list[int] = []
        errors = 0
        for q in queries:
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                res = engine.search(
                    q["text"],
                    sort=q.get("sort", "relevance"),
                    page=q.get("page", 1),
                    pagelen=q.get("pagelen", PAGELEN),
                    snippets=q.get("snippets", False),
                    facets=q.get("facets", False),
                )
                totals.append(res.total)
            except Exception:
                errors += 1
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        shapes[shape] = {
            "n": len(times),
            "p50_ms": _percentile(times, 50),
            "p95_ms": _percentile(times, 95),
            "cpu_p50_ms": _percentile(cpu, 50),
            "cpu_p95_ms": _percentile(cpu, 95),
            "max_ms": max(times) if times else float("nan"),
            "mean_hits": statistics.fmean(totals) if totals else 0.0,
            "zero_hit_share": sum(1 for t in totals if t == 0) / max(1, len(totals)),
            "errors": errors,
            "example": queries[0]["text"] if queries else "",
        }
    status = proc_status()
    engine.close()
    return {
        "imports_s": imports_s,
        "first_query_ms": first_query_ms,
        "shapes": shapes,
        "rss_end_mb": status.get("VmRSS"),
        "rss_anon_end_mb": status.get("RssAnon"),
        "rss_file_end_mb": status.get("RssFile"),
        **_self_rss(),
    }


def child_app(p: dict[str, Any]) -> dict[str, Any]:
    """First paint and first results of the Textual app, measured with ``App.run_test``."""
    from bench import apptiming

    return apptiming.measure(p)


CHILDREN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "ingest": child_ingest,
    "rerun": child_rerun,
    "stages": child_stages,
    "browse": child_browse,
    "app": child_app,
}


# --- queries -----------------------------------------------------------------------------------------


def _stopwords() -> frozenset[str]:
    from whoosh.analysis import STOP_WORDS

    return frozenset(STOP_WORDS)


def _phrases(rng: random.Random, count: int) -> list[str]:
    """Two- and three-word phrases taken from the generator's fixed wording (most occur in the corpus)."""
    stop = _stopwords()
    sources = [
        *corpus_mod._EN_OBJECTS,
        *corpus_mod._EN_ADJUNCTS,
        *corpus_mod._EN_QUOTES,
        *corpus_mod._HEADLINES_EN,
        *corpus_mod._FR_OBJECTS,
        *corpus_mod._FR_QUOTES,
    ]
    windows: list[str] = []
    for text in sources:
        words = [w.strip(",.:") for w in text.split()]
        for size in (2, 3):
            for i in range(len(words) - size + 1):
                window = words[i : i + size]
                if any("{" in w for w in window) or all(w.lower() in stop for w in window):
                    continue
                windows.append(" ".join(window))
    windows = sorted(set(windows))
    rng.shuffle(windows)
    return [windows[i % len(windows)] for i in range(count)]


def make_queries(info: corpus_mod.CorpusInfo, count: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """``count`` queries per shape, deterministic for ``seed``, drawn from what the corpus holds."""
    rng = random.Random(f"queries:{seed}")
    stop = _stopwords()
    gen = corpus_mod.Generator(info.seed)
    common = [w for w in corpus_mod._EN_NEWS + corpus_mod._EN_VERBS if w not in stop]
    french = [w for w in corpus_mod._FR_NEWS if w not in stop and len(w) > 3]
    tail = gen.tail[:3000]
    entity_words = sorted(
        {w.lower().strip(".") for e in gen.entities for a in e.aliases for w in a.split() if len(w) > 3} - stop
    )

    def term() -> str:
        roll = rng.random()
        if roll < 0.5:
            return rng.choice(common)
        if roll < 0.7:
            return rng.choice(tail)
        if roll < 0.85:
            return rng.choice(french)
        return rng.choice(entity_words)

    aliases = [a for e in gen.entities for a in e.aliases]
    outlets = sorted({str(pg["outlet"]) for pg in info.pages}) or info.outlets

    def outlet() -> str:
        return f'outlet:"{rng.choice(outlets)}"'

    def date_range() -> str:
        roll = rng.random()
        if roll < 0.2:
            return f"date:{rng.randint(2019, 2025)}"
        if roll < 0.4:
            return f"date:{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}"
        lo = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
        hi = lo + dt.timedelta(days=rng.randint(30, 540))
        return f"date:{lo:%Y-%m}..{hi:%Y-%m}"

    def entity() -> str:
        alias = rng.choice(aliases)
        return f'entity:"{alias}"' if " " in alias else f"entity:{alias}"

    phrases = _phrases(rng, count)
    shapes: dict[str, list[dict[str, Any]]] = {s: [] for s in SHAPES}
    for i in range(count):
        shapes["one_term"].append({"text": term()})
        shapes["two_terms"].append({"text": f"{term()} {term()}"})
        shapes["phrase"].append({"text": f'"{phrases[i]}"'})
        shapes["entity"].append({"text": entity()})
        shapes["outlet"].append({"text": outlet()})
        shapes["date_range"].append({"text": date_range()})
        shapes["outlet_date_term"].append({"text": f"{outlet()} date:{rng.randint(2019, 2025)} {term()}"})
        shapes["sorted_by_date"].append({"text": term(), "sort": "date"})
        shapes["second_page"].append({"text": rng.choice(common), "page": 2})
        shapes["facets"].append({"text": term(), "facets": True})
        shapes["snippets"].append({"text": term(), "snippets": True, "pagelen": FIRST_SCREEN})
        shapes["app_query"].append(
            {"text": f"{term()} {term()}" if rng.random() < 0.4 else term(), "pagelen": APP_PAGELEN, "facets": False}
        )
    return shapes


# --- corpus edits ------------------------------------------------------------------------------------


def change_pages(root: Path, info: corpus_mod.CorpusInfo, share: float) -> list[int]:
    """Edit ``share`` of the pages (every k-th) as a re-scrape would: a correction note above the footer."""
    step = max(1, round(1 / share))
    changed = list(range(0, info.count, step))
    for i in changed:
        path = root / str(info.pages[i]["path"])
        text = path.read_text(encoding="utf-8")
        note = f"Correction: an earlier version of this article misdated the meeting ({i % 28 + 1} March).\n\n"
        cut = text.rfind("\n© ")
        path.write_text(text[: cut + 1] + note + text[cut + 1 :] if cut >= 0 else text + "\n\n" + note, "utf-8")
    return changed


def restore_pages(root: Path, info: corpus_mod.CorpusInfo, pages: list[int]) -> None:
    """Re-make edited pages from the generator (the corpus is a function of the seed)."""
    gen = corpus_mod.Generator(info.seed)
    for i in pages:
        rel, text, _facts = gen.page(i)
        (root / rel).write_bytes(text.encode("utf-8"))


# --- the run -----------------------------------------------------------------------------------------


def _du_mb(path: Path) -> float:
    total = 0
    for entry in path.rglob("*"):
        with contextlib.suppress(OSError):
            if entry.is_file():
                total += entry.stat().st_size
    return total / 1e6


def machine() -> dict[str, Any]:
    """nproc, CPU model, memory and Python version, for the results."""
    model = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_gb = None
    with contextlib.suppress(OSError), open("/proc/meminfo") as handle:
        mem_gb = round(int(handle.readline().split()[1]) / 1024 / 1024, 1)
    git = ""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        git = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
    load = None
    with contextlib.suppress(OSError):
        load = [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    return {
        "loadavg_at_start": load,
        "nproc": os.cpu_count(),
        "cpu": model,
        "mem_gb": mem_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "git": git,
    }


@contextlib.contextmanager
def _phase(name: str, log: Callable[[str], None]) -> Iterator[None]:
    start = time.perf_counter()
    log(f"[bench] {name} …")
    yield
    log(f"[bench] {name} done in {time.perf_counter() - start:.1f} s")


@dataclass
class Options:
    """Command-line options."""

    size: str
    docs: int
    queries: int
    seed: int
    workers: int
    json_path: Path | None
    work_dir: Path | None
    keep: bool
    app: bool
    app_repeats: int
    stage_docs: int
    config: str | None
    quiet: bool
    reuse_index: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def run(opts: Options) -> dict[str, Any]:
    """Run every measurement; return the figures."""
    log: Callable[[str], None] = (lambda _msg: None) if opts.quiet else (lambda msg: print(msg, file=sys.stderr))
    n = opts.docs
    corpus_dir = (opts.work_dir or Path("/tmp")) / f"bench-corpus-{n}-s{opts.seed}"
    if opts.work_dir:
        opts.work_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=opts.work_dir or "/tmp"))
    results: dict[str, Any] = {
        "size": opts.size,
        "docs": n,
        "seed": opts.seed,
        "workers": opts.workers,
        "queries_per_shape": opts.queries,
        "machine": machine(),
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    try:
        with _phase(f"corpus ({n} pages)", log):
            start = time.perf_counter()
            info = corpus_mod.write_corpus(n, corpus_dir, seed=opts.seed)
            results["corpus_s"] = time.perf_counter() - start
            results["corpus_mb"] = info.bytes / 1e6
        common = {"config": opts.config, "corpus": str(corpus_dir), "workers": opts.workers}
        index_dir = work / "index"

        if opts.reuse_index is not None:
            # Queries and app timings only, on an index an earlier run kept (--keep) for this corpus.
            index_dir = opts.reuse_index
            results["reused_index"] = str(index_dir)
            results["index_mb"] = _du_mb(index_dir)
        else:
            _ingest_and_reruns(opts, results, info, corpus_dir, common, index_dir, work, log)

        queries = make_queries(info, opts.queries, opts.seed)
        warmup = [q["text"] for q in queries["one_term"][:20]]
        with _phase(f"queries ({len(SHAPES)} shapes x {opts.queries})", log):
            browse = run_child("browse", {**common, "index_dir": str(index_dir), "queries": queries, "warmup": warmup})
        shapes = browse.data["shapes"]
        results["queries"] = shapes
        results["query_p50_ms"] = {s: v["p50_ms"] for s, v in shapes.items()}
        results["query_p95_ms"] = {s: v["p95_ms"] for s, v in shapes.items()}
        results["query_cpu_p50_ms"] = {s: v["cpu_p50_ms"] for s, v in shapes.items()}
        results["query_cpu_p95_ms"] = {s: v["cpu_p95_ms"] for s, v in shapes.items()}
        results["query_first_ms"] = browse.data["first_query_ms"]
        results["browse_peak_rss_mb"] = browse.tree_peak_mb
        results["browse_rss_anon_mb"] = browse.data.get("rss_anon_end_mb")
        results["browse_rss_file_mb"] = browse.data.get("rss_file_end_mb")

        results["first_paint_ms"] = None
        results["first_results_ms"] = None
        results["app_peak_rss_mb"] = None
        results["app_note"] = "not measured (--no-app)"
        if opts.app:
            with _phase("app timings", log):
                app = _app_timings(opts, common, index_dir, queries)
            results.update(app)
        # Browsing: the engine process running every shape, and one app session (not the bench's
        # child that runs several sessions and pty launches one after the other).
        rss = [results["browse_peak_rss_mb"], results.get("app_peak_rss_mb") or 0.0]
        results["peak_rss_mb"] = max(rss)
        with contextlib.suppress(OSError):
            results["loadavg_at_end"] = [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    finally:
        if opts.keep:
            log(f"[bench] kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return results


def _ingest_and_reruns(
    opts: Options,
    results: dict[str, Any],
    info: corpus_mod.CorpusInfo,
    corpus_dir: Path,
    common: dict[str, Any],
    index_dir: Path,
    work: Path,
    log: Callable[[str], None],
) -> None:
    """Ingest the corpus end to end, time the single-process stages and the two re-runs; fill ``results``."""
    with _phase("ingest (end to end)", log):
        ingest = run_child("ingest", {**common, "index_dir": str(index_dir)})
    docs = ingest.data["indexed"]
    results["ingest_s"] = ingest.data["seconds"]
    results["ingest_docs_per_s"] = docs / ingest.data["seconds"]
    results["ingest_process_s"] = ingest.wall_s
    results["ingest_cpu_s"] = ingest.data["update_cpu_s"]
    results["ingest_cpu_ms_per_doc"] = 1000 * ingest.data["update_cpu_s"] / max(1, docs)
    # What the same CPU work would give on an otherwise idle machine if all cores were kept busy.
    results["ingest_docs_per_s_cpu_bound"] = docs / max(ingest.data["update_cpu_s"] / (os.cpu_count() or 1), 1e-9)
    results["ingest_indexed"] = docs
    results["ingest_skipped"] = ingest.data["skipped"]
    results["ingest_peak_rss_mb"] = ingest.tree_peak_mb
    results["ingest_main_peak_rss_mb"] = ingest.data["self_peak_mb"]
    results["ingest_worker_peak_rss_mb"] = ingest.data["children_peak_mb"]
    results["index_mb"] = _du_mb(index_dir)

    with _phase("stages (single process)", log):
        files = [str(corpus_dir / str(pg["path"])) for pg in info.pages]
        step = max(1, -(-len(files) // opts.stage_docs))
        sample = files[::step]
        stages = run_child(
            "stages",
            {**common, "files": sample, "whole_corpus": step == 1, "index_dir": str(work / "stage-index")},
        )
    shutil.rmtree(work / "stage-index", ignore_errors=True)
    results["stage_docs"] = stages.data["docs"]
    for key in (
        *(f"{stage}_{kind}docs_per_s" for stage in _STAGES for kind in ("", "cpu_")),
        "tokens_per_doc",
        "tokens_per_s",
        "body_words_per_doc",
        "mentions_per_doc",
    ):
        results[key] = stages.data[key]

    with _phase("re-run, corpus unchanged", log):
        rerun = run_child("rerun", {**common, "index_dir": str(index_dir)})
        if rerun.data["indexed"]:
            # The build fingerprint changed under us (the cleaner or schema was edited while we ran):
            # that re-run re-indexed everything; the next one is the unchanged re-run we want.
            results["rerun_note"] = f"first re-run re-indexed {rerun.data['indexed']} pages (code changed)"
            rerun = run_child("rerun", {**common, "index_dir": str(index_dir)})
    results["rerun_unchanged_s"] = rerun.data["seconds"]
    results["rerun_unchanged_process_s"] = rerun.wall_s
    results["rerun_unchanged_indexed"] = rerun.data["indexed"]

    changed = change_pages(corpus_dir, info, 0.01)
    try:
        with _phase(f"re-run, {len(changed)} pages changed", log):
            rerun = run_child("rerun", {**common, "index_dir": str(index_dir)})
    finally:
        restore_pages(corpus_dir, info, changed)
    results["rerun_1pct_changed_s"] = rerun.data["seconds"]
    results["rerun_1pct_changed_pages"] = len(changed)
    results["rerun_1pct_changed_indexed"] = rerun.data["indexed"]
    results["index_mb_after_reruns"] = _du_mb(index_dir)


def _app_timings(opts: Options, common: dict[str, Any], index_dir: Path, queries: dict[str, Any]) -> dict[str, Any]:
    """Run the app child if the app exists; null figures and a note otherwise."""
    try:
        import importlib.util

        found = importlib.util.find_spec("tui.app") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        return {"app_note": "tui/app.py does not exist yet: first_paint_ms and first_results_ms are null"}
    texts = [q["text"] for q in queries["app_query"][: max(3, opts.app_repeats)]]
    try:
        app = run_child(
            "app",
            {**common, "index_dir": str(index_dir), "repeats": opts.app_repeats, "queries": texts},
            timeout=300,
        )
    except RuntimeError as exc:
        return {"app_note": f"app timing failed: {str(exc).splitlines()[0]}", "app_error": str(exc)[-2000:]}
    return {
        "first_paint_ms": app.data.get("first_paint_ms"),
        "first_results_ms": app.data.get("first_results_ms"),
        "app_timings": app.data,
        "app_peak_rss_mb": app.data.get("session_peak_rss_mb"),
        "app_child_tree_peak_rss_mb": app.tree_peak_mb,
        "app_note": app.data.get("note", "App.run_test, median of repeats"),
    }


# --- report ------------------------------------------------------------------------------------------


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "null"
    if isinstance(value, float):
        if value != value:  # NaN
            return "n/a"
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _mark(key: str, value: Any) -> str:
    target = TARGETS.get(key)
    if target is None:
        return ""
    op, bound = target
    text = f"{op} {bound:g}"
    if value is None or (isinstance(value, float) and value != value):
        return text
    ok = value >= bound if op == ">=" else value <= bound
    return f"{text} {'✅' if ok else '❌'}"


def table(r: dict[str, Any]) -> str:
    """The results as one Markdown table."""
    m = r["machine"]
    rows: list[tuple[str, str, str]] = []

    def add(label: str, key: str, digits: int = 1, target_key: str | None = None, value: Any = None) -> None:
        v = r.get(key) if value is None else value
        rows.append((label, _fmt(v, digits), _mark(target_key or key, v)))

    def both(label: str, stage: str) -> None:
        wall, cpu = r.get(f"{stage}_docs_per_s"), r.get(f"{stage}_cpu_docs_per_s")
        rows.append((label, f"{_fmt(wall, 0)} ({_fmt(cpu, 0)} per CPU-s)", _mark(f"{stage}_docs_per_s", wall)))

    add("ingest, end to end (docs/s)", "ingest_docs_per_s", 0)
    add("ingest CPU (ms per doc, all processes)", "ingest_cpu_ms_per_doc", 1)
    add("ingest if every core were busy: docs / (CPU-s / nproc)", "ingest_docs_per_s_cpu_bound", 0)
    both("read + tokenize only, 1 process (docs/s)", "tokenize")
    both("clean only, 1 process (docs/s)", "clean")
    both("entities only, 1 process (docs/s)", "entities")
    both("Whoosh writer alone (finished documents, no merging), 1 process (docs/s)", "whoosh")
    both("index only (Indexer, cleaning pre-done), 1 process (docs/s)", "index")
    add("re-run, corpus unchanged (s)", "rerun_unchanged_s", 2)
    add(f"re-run, 1 % changed ({r.get('rerun_1pct_changed_pages')} pages) (s)", "rerun_1pct_changed_s", 2)
    add("index size (MB)", "index_mb", 1)
    add("peak RSS, ingest: whole process tree (MB)", "ingest_peak_rss_mb", 0)
    add("peak RSS, browsing: max(engine with all shapes, one app session) (MB)", "peak_rss_mb", 0)
    add("… of which the engine process: anonymous / mapped index files at the end (MB)", "browse_rss_anon_mb", 0)
    rows[-1] = (rows[-1][0], f"{_fmt(r.get('browse_rss_anon_mb'), 0)} / {_fmt(r.get('browse_rss_file_mb'), 0)}", "")
    add("first query, cold engine (ms)", "query_first_ms", 1)
    for shape, q in r.get("queries", {}).items():
        label = f"query `{shape}` p50 / p95 (ms) [CPU p50 / p95] — {q['mean_hits']:,.0f} hits avg"
        value = f"{_fmt(q['p50_ms'])} / {_fmt(q['p95_ms'])} [{_fmt(q.get('cpu_p50_ms'))} / {_fmt(q.get('cpu_p95_ms'))}]"
        rows.append((label, value, _mark("query_p95_ms", q["p95_ms"])))
    add("app: first paint (ms)", "first_paint_ms", 0)
    add("app: first results after the query settles (ms)", "first_results_ms", 0)
    head = (
        f"**{r['size']}** ({r['docs']:,} pages, {r.get('corpus_mb', 0):,.0f} MB raw, {r['workers']} workers, "
        f"{r['queries_per_shape']} queries/shape) — {m['nproc']} × {m['cpu']}, Python {m['python']}, git {m['git']}"
    )
    head += f"; load average {m.get('loadavg_at_start')} → {r.get('loadavg_at_end')}"
    lines = [head, "", "| figure | value | target |", "| --- | ---: | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    if r.get("app_note"):
        lines += ["", f"App: {r['app_note']}"]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> Options:
    """Read the command line."""
    parser = argparse.ArgumentParser(description="mali-tui benchmarks (see the module docstring).")
    parser.add_argument("--size", choices=sorted(SIZES, key=SIZES.get), default="1k")
    parser.add_argument("--docs", type=int, default=None, help="override the page count of --size")
    parser.add_argument("--queries", type=int, default=200, help="queries per shape (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="indexer worker processes")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.add_argument("--work-dir", type=Path, default=None, help="where the corpus and indexes go (/tmp)")
    parser.add_argument("--keep", action="store_true", help="keep the index folders")
    parser.add_argument("--no-app", dest="app", action="store_false", help="skip the app timings")
    parser.add_argument("--app-repeats", type=int, default=5)
    parser.add_argument("--stage-docs", type=int, default=STAGE_DOCS)
    parser.add_argument("--config", default=None, help="gazetteer config (default: the repo's config.yaml)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument(
        "--reuse-index", type=Path, default=None, help="time queries and the app on this kept index (no ingest)"
    )
    args = parser.parse_args(argv)
    return Options(
        size=args.size,
        docs=args.docs or SIZES[args.size],
        queries=args.queries,
        seed=args.seed,
        workers=args.workers,
        json_path=args.json,
        work_dir=args.work_dir,
        keep=args.keep,
        app=args.app,
        app_repeats=args.app_repeats,
        stage_docs=args.stage_docs,
        config=args.config,
        quiet=args.quiet,
        reuse_index=args.reuse_index,
    )


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    """Entry point (and the children's, with ``--child KIND PARAMS``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child"]:
        arg = argv[2]
        params = json.loads(Path(arg[1:]).read_text(encoding="utf-8") if arg.startswith("@") else arg)
        _emit(CHILDREN[argv[1]](params))
        return 0
    opts = parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    results = run(opts)
    print(table(results))
    if opts.json_path:
        opts.json_path.parent.mkdir(parents=True, exist_ok=True)
        opts.json_path.write_text(json.dumps(results, indent=2, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
