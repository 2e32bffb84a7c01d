"""The headless command line: ``mali-tui index|search|show|clean|outlets|entities``.

Exit codes: 0 success; 1 done, but some pages could not be read (each is listed on stderr);
2 usage or configuration error; 3 the index cannot be used (not writable, disk full, busy);
4 not found (``show`` of an unknown id); 70 internal error (a bug; MALI_TUI_DEBUG=1 shows it);
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from search.config import Config, ConfigError, load_config
from search.textnorm import json_safe, safe_path, terminal_safe

if TYPE_CHECKING:
    from search.engine import Engine
    from search.model import Article

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INDEX, EXIT_NOT_FOUND, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in mali-tui, never a problem with the user's files


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a one-line hint, never a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {terminal_safe(message)}\n")
        raise SystemExit(EXIT_USAGE)


def _common_options(default: object) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", metavar="FILE", default=default, help="config file (default: $MALI_TUI_CONFIG or the bundled one)"
    )
    common.add_argument(
        "--index-dir", metavar="DIR", default=default, help="index folder (default: $MALI_TUI_INDEX_DIR or the cache)"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``mali-tui`` and its subcommands."""
    from search.query import HELP

    top_level = _common_options(default=None)
    common = _common_options(default=argparse.SUPPRESS)  # on subcommands: don't override the top level
    parser = _Parser(
        prog="mali-tui",
        description="Read and investigate a corpus of scraped news articles. Without a command: open the app.",
        parents=[top_level],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("index", parents=[common], help="index the corpus (or the given files and folders)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the configured corpus)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.add_argument("--no-wait", action="store_true", help="exit with 3 instead of waiting if another indexer runs")

    p = sub.add_parser(
        "search",
        parents=[common],
        help="search the index",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="+", help="the query (see above)")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    p.add_argument("--page", type=int, default=1, metavar="P", help="page P of results")
    p.add_argument("--json", action="store_true", help="JSON Lines: one object per hit")
    p.add_argument("--facets", action="store_true", help="also print counts by outlet, entity and month")

    p = sub.add_parser("show", parents=[common], help="show one article by id")
    p.add_argument("id", help="article id (as printed by search)")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.add_argument("--raw", action="store_true", help="print the source page with dropped lines marked")

    p = sub.add_parser("clean", parents=[common], help="clean files without an index")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="JSON Lines: one object per file")

    sub.add_parser("outlets", parents=[common], help="outlets with article counts")
    sub.add_parser("entities", parents=[common], help="entities with article counts")
    return parser


def _out(text: str = "") -> None:
    sys.stdout.write(terminal_safe(text) + "\n")


def _out_json(value: object) -> None:
    sys.stdout.write(json_safe(value) + "\n")


def _err(text: str) -> None:
    """One line on stderr: newlines in file names or exception messages are shown as ``\\n``."""
    sys.stderr.write(terminal_safe(text, keep_newlines=False) + "\n")


def _config(args: argparse.Namespace) -> Config:
    return load_config(args.config)


def _index_dir(args: argparse.Namespace, config: Config) -> Path:
    from search.index import default_index_dir

    return Path(args.index_dir) if args.index_dir else default_index_dir(config)


def _progress(quiet: bool) -> Callable[[int, int, str], None] | None:
    if quiet:
        return None
    tty = sys.stderr.isatty()
    state = {"last": -1}

    def report(done: int, todo: int, _path: str) -> None:
        if todo < 20:
            return
        percent = done * 100 // todo
        if percent == state["last"]:
            return
        state["last"] = percent
        if tty:
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\rindexing [{bar:<25}] {done}/{todo}")
            if done == todo:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif percent % 10 == 0:
            sys.stderr.write(f"indexing {done}/{todo}\n")

    return report


def ensure_index(config: Config, index_dir: Path, quiet: bool = False) -> None:
    """Build or update the index before a query command, when the corpus has changed."""
    from search.index import Indexer

    Indexer(config, index_dir).update(progress=_progress(quiet), on_wait=_waiting_message(index_dir))


def _waiting_message(index_dir: Path) -> Callable[[], None]:
    return lambda: _err(f"another mali-tui is indexing {safe_path(index_dir)}; waiting for it to finish…")


def cmd_index(args: argparse.Namespace) -> int:
    """``mali-tui index``."""
    from search.index import Indexer

    config = _config(args)
    index_dir = _index_dir(args, config)
    paths = [Path(p) for p in args.paths] or None
    report = Indexer(config, index_dir).update(
        paths, progress=_progress(args.quiet), wait=not args.no_wait, on_wait=_waiting_message(index_dir)
    )
    for path, reason in report.skipped:
        _err(f"skipped {safe_path(path)}: {reason}")
    _out(
        f"read {report.read}, indexed {report.indexed}, unchanged {report.unchanged}, "
        f"removed {report.removed}, skipped {len(report.skipped)}; {report.total} articles in {safe_path(index_dir)}"
    )
    unreadable = [p for p, _ in report.skipped if Path(p).suffix.lower() in (".txt", ".html", ".htm", ".xhtml")]
    return EXIT_PARTIAL if unreadable else EXIT_OK


def _engine(args: argparse.Namespace) -> Engine:
    from search.engine import Engine

    config = _config(args)
    index_dir = _index_dir(args, config)
    ensure_index(config, index_dir, quiet=True)
    return Engine(config, index_dir)


def cmd_search(args: argparse.Namespace) -> int:
    """``mali-tui search``."""
    engine = _engine(args)
    text = " ".join(args.query)
    results = engine.search(text, sort=args.sort, page=args.page, pagelen=max(1, args.limit), facets=args.facets)
    if args.json:
        for hit in results.hits:
            _out_json(hit.to_json())
        return EXIT_OK
    _out(f"{results.total} result{'s' if results.total != 1 else ''} for {text!r}")
    if results.suggestion:
        _out(f"did you mean: {results.suggestion}")
    for hit in results.hits:
        _out(f"{hit.id}  {hit.date or '—':<10}  {(hit.outlet or '—')[:24]:<24}  {hit.title or '(no title)'}")
        if hit.snippet:
            _out(f"    {hit.snippet}")
    if args.facets:
        for name, counts in results.facets.items():
            _out(f"{name}: " + ", ".join(f"{k} ({v})" for k, v in list(counts.items())[:15]))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """``mali-tui show``."""
    engine = _engine(args)
    article = engine.get(args.id)
    if article is None:
        _err(f"no article with id {args.id!r}")
        return EXIT_NOT_FOUND
    if args.json:
        _out_json(article.to_json())
    elif args.raw:
        _print_raw(article)
    else:
        _print_article(article)
    return EXIT_OK


def _print_article(article: Article) -> None:
    _out(article.title or "(no title)")
    _out(" · ".join(x for x in (article.outlet, article.date, article.author) if x) or "—")
    _out(f"source: {safe_path(article.source)}")
    _out()
    _out(article.body)


def _print_raw(article: Article) -> None:
    from search.reading import UnreadableFile, read_page

    try:
        lines = read_page(Path(article.source)).split("\n")
    except UnreadableFile as exc:
        _err(f"cannot read {safe_path(article.source)}: {exc}")
        return
    reasons = {d.line: d.reason for d in article.dropped}
    for number, line in enumerate(lines, 1):
        mark = f"- [{reasons[number]}]" if number in reasons else "+"
        _out(f"{number:5d} {mark:<22} {line}")


def cmd_clean(args: argparse.Namespace) -> int:
    """``mali-tui clean``: clean files without touching the index."""
    from search.entities import EntityMatcher
    from search.ingest import article_from_file
    from search.reading import Skipped, SourceFile, UnreadableFile, discover

    config = _config(args)
    matcher = EntityMatcher(config.entities)
    status = EXIT_OK
    for item in discover([Path(p) for p in args.paths]):
        if isinstance(item, Skipped):
            _err(f"skipped {safe_path(item.path)}: {item.reason}")
            continue
        assert isinstance(item, SourceFile)
        try:
            article = article_from_file(item.path, config, matcher)
        except UnreadableFile as exc:
            _err(f"skipped {safe_path(item.path)}: {exc}")
            status = EXIT_PARTIAL
            continue
        if args.json:
            _out_json(article.to_json())
        else:
            _print_article(article)
            _out()
    return status


def cmd_counts(args: argparse.Namespace) -> int:
    """``mali-tui outlets`` and ``mali-tui entities``."""
    engine = _engine(args)
    counts = engine.outlets() if args.command == "outlets" else engine.entities()
    for name, count in counts.items():
        _out(f"{count:6d}  {name}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "index": cmd_index,
    "search": cmd_search,
    "show": cmd_show,
    "clean": cmd_clean,
    "outlets": cmd_counts,
    "entities": cmd_counts,
}


def run(args: argparse.Namespace, app: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run a parsed command line, turning every expected failure into a message and an exit code."""
    from search.engine import IndexMissing
    from search.index import IndexBusy, IndexError_
    from search.model import QueryError

    try:
        if args.command is None:
            if app is None:
                _err("the app is not available; use a command (see --help)")
                return EXIT_USAGE
            return app(args)
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        _err(f"config error: {exc}")
        return EXIT_USAGE
    except QueryError as exc:
        _err(f"query error: {exc}")
        return EXIT_USAGE
    except IndexBusy as exc:
        _err(str(exc))
        return EXIT_INDEX
    except (IndexError_, IndexMissing) as exc:
        _err(str(exc))
        return EXIT_INDEX
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        _err(f"error: {exc.strerror or exc}" + (f": {safe_path(exc.filename)}" if exc.filename else ""))
        return EXIT_INDEX
    except Exception as exc:
        if os.environ.get("MALI_TUI_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (set MALI_TUI_DEBUG=1 for details)")
        return EXIT_INTERNAL


def main(argv: Sequence[str] | None = None, app: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Entry point for the headless commands (``app`` opens the TUI when no command is given)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for stream in (sys.stdout, sys.stderr):  # a non-UTF-8 locale shows what it cannot encode as escapes
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    return run(args, app)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
