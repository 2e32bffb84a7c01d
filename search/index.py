"""The Whoosh index: schema, location, incremental builds, and safe concurrent use.

Writes happen only here. A build holds an exclusive file lock, so a second indexer waits (or is
told another one runs); Whoosh commits are atomic, so readers always see the last committed state
and a killed build leaves the previous index intact. A small manifest beside the index remembers
each file's size, mtime and content hash, so a re-run on an unchanged corpus reads no page.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import signal
import tempfile
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from search.cleaning import CLEANER_VERSION
from search.config import Config
from search.entities import EntityMatcher
from search.ingest import build_article, content_hash
from search.model import Article, DroppedLine, EntityMention
from search.reading import Skipped, SourceFile, UnreadableFile, discover, read_bytes

if TYPE_CHECKING:
    from whoosh.fields import Schema
    from whoosh.index import FileIndex
    from whoosh.writing import IndexWriter

SCHEMA_VERSION = "4"
MANIFEST_NAME = "mali-tui-manifest.json"
LOCK_NAME = "mali-tui-indexer.lock"
PARALLEL_THRESHOLD = 64
"""Below this many pages to (re)clean, cleaning runs in-process; above, in worker processes."""
BATCH_SIZE = 32
"""Pages per task sent to a cleaning worker."""
BATCHES_IN_FLIGHT_PER_WORKER = 2
"""Batches submitted ahead per worker: enough to keep workers busy, few enough to bound memory."""


class IndexError_(Exception):
    """An index problem the user can act on (unwritable folder, full disk, another indexer)."""


class IndexBusy(IndexError_):
    """Another process is building this index."""


def default_index_dir(config: Config) -> Path:
    """Where the index lives: ``MALI_TUI_INDEX_DIR``, else the user cache dir (one per config)."""
    env = os.environ.get("MALI_TUI_INDEX_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    key = hashlib.sha1(str(Path(config.path).absolute()).encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return Path(user_cache_dir("mali-tui")) / "indexes" / key


TEXT_FIELDS = ("title", "body", "author")
"""The full-text fields, analysed in the cleaning workers when the build runs in parallel."""


def make_schema() -> Schema:
    """The Whoosh schema: full text in title/body/author, filters and facets in ID/KEYWORD fields."""
    from whoosh.columns import VarBytesColumn
    from whoosh.fields import COLUMN, ID, KEYWORD, Schema

    from search.fields import AnalysedText, make_analyzer

    analyzer = make_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        source=ID(stored=True),
        title=AnalysedText(stored=True, analyzer=analyzer, field_boost=2.0),
        body=AnalysedText(analyzer=analyzer),
        author=AnalysedText(stored=True, analyzer=analyzer),
        outlet=ID(stored=True, sortable=True),
        outlet_key=ID,
        date=ID(stored=True, sortable=True),
        month=ID(sortable=True),
        lang=ID(stored=True),
        entities=KEYWORD(stored=True, commas=True, scorable=True, sortable=True),
        hash=ID(stored=True),
        # The whole article (compressed) lives in a column, not in the stored record: listing hits
        # reads only the small stored fields, and the article is read when it is opened.
        data=COLUMN(VarBytesColumn()),
    )


def analyse_text_fields(schema: Schema, article: Article) -> dict[str, object]:
    """Pre-analysed values of the full-text fields (computed in a worker process)."""
    return {
        "title": schema["title"].analyse(article.title or ""),
        "body": schema["body"].analyse(article.body),
        "author": schema["author"].analyse(article.author or ""),
    }


def encode_article(article: Article) -> bytes:
    """Compress an article for the index's stored field."""
    return zlib.compress(json.dumps(article.to_json() | {"hash": article.content_hash}).encode("utf-8"), 6)


def decode_article(blob: bytes) -> Article:
    """Rebuild an article from its stored, compressed form."""
    data = json.loads(zlib.decompress(blob))
    return Article(
        id=data["id"],
        source=data["source"],
        title=data["title"],
        outlet=data["outlet"],
        date=data["date"],
        author=data["author"],
        lang=data["lang"],
        body=data["body"],
        headings=list(data.get("headings", [])),
        entities=[EntityMention(**m) for m in data["entities"]],
        dropped=[DroppedLine(**d) for d in data["dropped"]],
        content_hash=data.get("hash", ""),
    )


def article_fields(article: Article, analysed: dict[str, object] | None = None) -> dict[str, object]:
    """The Whoosh document for an article (``analysed``: pre-analysed full-text fields, if any)."""
    names = sorted({m.name for m in article.entities})
    fields: dict[str, object] = {
        "id": article.id,
        "source": _encodable(article.source),  # a file name may hold undecodable bytes
        "title": article.title or "",
        "body": article.body,
        "author": article.author or "",
        "outlet": article.outlet or "",
        "outlet_key": (article.outlet or "").casefold(),
        "date": article.date or "",
        "month": (article.date or "")[:7],
        "lang": article.lang or "",
        "entities": ",".join(names),
        "hash": article.content_hash,
        "data": encode_article(article),
    }
    if analysed:
        fields.update(analysed)
        fields["_stored_title"] = article.title or ""
        fields["_stored_author"] = article.author or ""
    return fields


def _encodable(text: str) -> str:
    """``text`` with lone surrogates (undecodable file-name bytes) as ``\\xNN``, so Whoosh can encode it."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass
class IndexReport:
    """What an index run did, for the CLI and the app."""

    read: int = 0
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    retagged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    total: int = 0


ProgressCallback = Callable[[int, int, str], None]
"""Called as ``progress(done, todo, message)`` during a build."""


@dataclass
class _ManifestEntry:
    size: int
    mtime_ns: int
    hash: str
    id: str


class Manifest:
    """Per-file size, mtime and content hash of what the index holds, plus the build fingerprint."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fingerprint = ""
        self.entities = ""
        self.roots: list[str] = []
        self.files: dict[str, _ManifestEntry] = {}

    def load(self) -> None:
        """Read the manifest; a missing or damaged one is treated as empty (everything re-checked)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.fingerprint = str(data["fingerprint"])
            self.entities = str(data.get("entities", ""))
            self.roots = [str(r) for r in data.get("roots", [])]
            self.files = {k: _ManifestEntry(*v) for k, v in data["files"].items()}
        except (OSError, ValueError, KeyError, TypeError):
            self.fingerprint, self.entities, self.files = "", "", {}

    def save(self) -> None:
        """Write atomically (temp file + rename), so a crash never leaves half a manifest."""
        tmp = self.path.with_suffix(".tmp")
        payload = {
            "fingerprint": self.fingerprint,
            "entities": self.entities,
            "roots": self.roots,
            "files": {k: [e.size, e.mtime_ns, e.hash, e.id] for k, e in self.files.items()},
        }
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(payload, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)


def build_fingerprint(config: Config) -> str:
    """Changes whenever cleaning rules, the schema or the cleaning-relevant config change.

    The gazetteer has its own fingerprint (``Config.entities_fingerprint``): changing it re-tags the
    stored articles without reading or cleaning any page again.
    """
    return f"{SCHEMA_VERSION}.{CLEANER_VERSION}.{config.cleaning_fingerprint()}"


@contextlib.contextmanager
def indexer_lock(index_dir: Path, wait: bool = True, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the exclusive indexer lock for ``index_dir``; wait for it, or raise :class:`IndexBusy`."""
    lock_path = index_dir / LOCK_NAME
    handle = open(lock_path, "a+")  # noqa: SIM115 - held for the duration of the block
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise IndexBusy(f"another mali-tui is indexing {index_dir}; try again when it has finished") from None
            if on_wait is not None:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        handle.close()


def ensure_index_dir(index_dir: Path) -> None:
    """Create the index folder, or explain why it cannot be used."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        # A probe of our own (not a shared name): two builds starting together must not delete
        # each other's probe and report a writable folder as unwritable.
        with tempfile.NamedTemporaryFile(dir=index_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise IndexError_(
            f"cannot write the index at {index_dir}: {exc.strerror or exc}. "
            "Choose another folder with --index-dir DIR or MALI_TUI_INDEX_DIR."
        ) from None


def open_or_create(index_dir: Path) -> FileIndex:
    """Open the Whoosh index in ``index_dir``, creating it (or recreating an unusable one)."""
    from whoosh import index as windex

    schema = make_schema()
    try:
        ix = windex.open_dir(str(index_dir))
        if sorted(ix.schema.names()) == sorted(schema.names()):
            return ix
    except windex.EmptyIndexError:
        pass
    except Exception:  # any damage means: rebuild from the corpus, which is still on disk
        pass
    _clear_index_files(index_dir)
    return windex.create_in(str(index_dir), schema)


def _clear_index_files(index_dir: Path) -> None:
    for entry in index_dir.iterdir():
        if entry.name in (LOCK_NAME, MANIFEST_NAME):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()


# --- worker-process side -------------------------------------------------------------------------


class _Result(NamedTuple):
    """One cleaned page: the article (None if unreadable, with ``error`` saying why)."""

    path: str
    article: Article | None
    error: str
    analysed: dict[str, object] | None = None


_worker_state: tuple[Config, EntityMatcher, Schema] | None = None


def _worker_init(config: Config, parent: int) -> None:
    """Set up a cleaning worker: Ctrl-C is the parent's business, and the worker dies with its parent."""
    global _worker_state
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _worker_state = (config, EntityMatcher(config.entities), make_schema())


def _exit_with_parent(parent: int) -> None:
    """Exit as soon as the indexing process is gone (killed with -9).

    A forked worker shares the parent's lock files: left running, it would block every later build.
    """
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def _process_batch(items: list[tuple[str, str]]) -> list[_Result]:
    """Clean, tag and analyse a batch of (path, kind) in a worker process."""
    assert _worker_state is not None
    config, matcher, schema = _worker_state
    out: list[_Result] = []
    for path, kind in items:
        try:
            article = build_article(Path(path), read_bytes(Path(path)), config, matcher, kind)
            out.append(_Result(path, article, "", analyse_text_fields(schema, article)))
        except UnreadableFile as exc:
            out.append(_Result(path, None, str(exc)))
        except Exception as exc:
            out.append(_Result(path, None, f"could not be cleaned ({type(exc).__name__}: {exc})"))
    return out


# --- the build ------------------------------------------------------------------------------------


@dataclass
class _Todo:
    source: SourceFile
    data: bytes | None = None


class Indexer:
    """Builds and incrementally updates the index of a corpus."""

    def __init__(self, config: Config, index_dir: Path, workers: int | None = None) -> None:
        self.config = config
        self.index_dir = Path(index_dir)
        self.workers = workers if workers is not None else max(1, (os.cpu_count() or 1))
        self.matcher = EntityMatcher(config.entities)

    def update(
        self,
        paths: list[Path] | None = None,
        progress: ProgressCallback | None = None,
        wait: bool = True,
        on_wait: Callable[[], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> IndexReport:
        """Bring the index up to date with ``paths`` (default: the configured corpus)."""
        ensure_index_dir(self.index_dir)
        with indexer_lock(self.index_dir, wait=wait, on_wait=on_wait):
            try:
                return self._update_locked(paths, progress, cancelled)
            except OSError as exc:  # corpus read errors are reported per file; this is the index's disk
                raise _disk_error(self.index_dir, exc) from None

    def _update_locked(
        self,
        paths: list[Path] | None,
        progress: ProgressCallback | None,
        cancelled: Callable[[], bool] | None,
    ) -> IndexReport:
        report = IndexReport()
        manifest = Manifest(self.index_dir / MANIFEST_NAME)
        manifest.load()
        loaded_state = (manifest.fingerprint, manifest.entities, list(manifest.roots), len(manifest.files))
        touched = 0
        # Paths given to `index` join the index for good: later refreshes keep them up to date too.
        if paths:
            roots = [Path(p).absolute() for p in paths]
            manifest.roots = sorted({*manifest.roots, *(str(r) for r in roots)})
        else:
            roots = [Path(p).absolute() for p in self.config.corpus]
            roots += [Path(r) for r in manifest.roots if Path(r) not in roots]
        fingerprint = build_fingerprint(self.config)
        if manifest.fingerprint.split(".")[0] not in ("", SCHEMA_VERSION):
            _clear_index_files(self.index_dir)  # built by another schema: start again from the corpus
            manifest.files = {}
        ix = open_or_create(self.index_dir)
        if ix.doc_count() == 0 and manifest.files:
            manifest.files = {}
        # A new cleaner or config cleans every page again; the entries stay so that gone files are still removed.
        reclean = manifest.fingerprint != fingerprint
        retag = bool(manifest.files) and not reclean and manifest.entities != self.config.entities_fingerprint()
        manifest.fingerprint = fingerprint
        manifest.entities = self.config.entities_fingerprint()

        todo: list[_Todo] = []
        seen: set[str] = set()
        for item in discover(roots):
            if isinstance(item, Skipped):
                report.skipped.append((str(item.path), item.reason))
                continue
            key = str(item.path.absolute())
            if key in seen:
                continue
            seen.add(key)
            report.read += 1
            entry = None if reclean else manifest.files.get(key)
            if entry is not None and entry.size == item.size and entry.mtime_ns == item.mtime_ns:
                report.unchanged += 1
                continue
            data: bytes | None = None
            if entry is not None:
                try:
                    data = read_bytes(item.path)
                except UnreadableFile as exc:
                    report.skipped.append((key, str(exc)))
                    continue
                if content_hash(data) == entry.hash:
                    entry.size, entry.mtime_ns = item.size, item.mtime_ns
                    touched += 1
                    report.unchanged += 1
                    continue
            # The bytes are not kept: on a big changed corpus they would all sit in memory until cleaned.
            todo.append(_Todo(SourceFile(Path(key), item.kind, item.size, item.mtime_ns)))

        home = [Path(p).absolute() for p in self.config.corpus] + [Path(r) for r in manifest.roots]
        stale = self._stale_keys(manifest, seen, roots) + self._foreign_keys(manifest, home)
        sources = {str(t.source.path): t.source for t in todo}
        untracked = ix.doc_count() > len(manifest.files)  # documents an earlier build kept without a record
        if not (todo or stale or retag or untracked):
            # Nothing to write (the common re-run): no writer, and the manifest only if it changed.
            if touched or loaded_state != (
                manifest.fingerprint,
                manifest.entities,
                manifest.roots,
                len(manifest.files),
            ):
                self._save(manifest)
            report.total = ix.doc_count()
            return report
        writer = self._writer(ix, len(todo))
        try:
            if untracked:  # before the stale entries go: their documents are counted with them
                report.removed += self._drop_untracked(ix, writer, {e.id for e in manifest.files.values()})
            for key in stale:
                writer.delete_by_term("id", manifest.files[key].id)
                del manifest.files[key]
                report.removed += 1
            if retag:
                report.retagged = self._retag(ix, writer, {str(t.source.path) for t in todo} | set(stale))
            # In an empty index there is nothing to replace: plain adds skip a lookup per document.
            store = writer.add_document if ix.doc_count_all() == 0 else writer.update_document
            for done, (path, article, error, analysed) in enumerate(self._articles(todo), 1):
                if cancelled is not None and cancelled():
                    raise KeyboardInterrupt
                if article is None:
                    report.skipped.append((path, error))
                    old = manifest.files.pop(path, None)
                    if old is not None:
                        writer.delete_by_term("id", old.id)
                else:
                    store(**article_fields(article, analysed))
                    src = sources[path]
                    manifest.files[path] = _ManifestEntry(src.size, src.mtime_ns, article.content_hash, article.id)
                    report.indexed += 1
                if progress is not None:
                    progress(done, len(todo), path)
            if todo or stale or report.retagged or untracked:
                writer.commit(merge=len(todo) < 5000)
            else:
                writer.cancel()
        except BaseException:
            with contextlib.suppress(Exception):  # on a full disk, cancelling can fail too
                writer.cancel()
            raise
        self._save(manifest)
        report.total = ix.doc_count()
        return report

    def _save(self, manifest: Manifest) -> None:
        try:
            manifest.save()
        except OSError as exc:
            raise _disk_error(self.index_dir, exc) from None

    def _retag(self, ix: FileIndex, writer: IndexWriter, skip: set[str]) -> int:
        """Re-run the gazetteer over every stored article; update those whose entities changed."""
        changed = 0
        with ix.searcher() as searcher:
            reader = searcher.reader()
            blobs = reader.column_reader("data")
            for docnum in reader.all_doc_ids():
                if reader.stored_fields(docnum).get("source") in skip:
                    continue
                article = decode_article(blobs[docnum])
                mentions = self.matcher.find(article.body)
                if mentions != article.entities:
                    article.entities = mentions
                    writer.update_document(**article_fields(article))
                    changed += 1
        return changed

    def _writer(self, ix: FileIndex, count: int) -> IndexWriter:
        from whoosh.writing import LockError

        try:
            # A worker orphaned by a kill -9 holds Whoosh's lock until it notices, within a second.
            # compound=False: Whoosh copies every sub-file of a compound segment into the heap when a
            # reader opens it; separate files are read on demand (browsing RSS 242 -> 51 MB at 10k).
            return ix.writer(limitmb=256 if count > 1000 else 64, timeout=10.0, compound=False)
        except LockError:
            raise IndexBusy(f"the index at {self.index_dir} is locked by another writer") from None

    @staticmethod
    def _foreign_keys(manifest: Manifest, home: list[Path]) -> list[str]:
        """Manifest entries for files under none of the index's folders (the configured corpus and the paths given
        to `index`): another install's bundled seeds that shared this index directory."""
        return [k for k in manifest.files if not _under(k, home)]

    @staticmethod
    def _drop_untracked(ix: FileIndex, writer: IndexWriter, tracked: set[str]) -> int:
        """Delete the documents no manifest entry tracks (left by an earlier build that forgot its entries)."""
        with ix.searcher() as searcher:
            ids = [fields.get("id") for fields in searcher.all_stored_fields()]
        untracked = [i for i in ids if i and i not in tracked]
        for doc_id in untracked:
            writer.delete_by_term("id", doc_id)
        return len(untracked)

    @staticmethod
    def _stale_keys(manifest: Manifest, seen: set[str], roots: list[Path]) -> list[str]:
        """Manifest entries for files under ``roots`` that are gone."""
        return [k for k in manifest.files if k not in seen and _under(k, roots)]

    def _articles(self, todo: list[_Todo]) -> Iterator[_Result]:
        """Clean every pending page, in worker processes when there are many."""
        if len(todo) < PARALLEL_THRESHOLD or self.workers <= 1:
            for item in todo:
                path = str(item.source.path)
                try:
                    data = item.data if item.data is not None else read_bytes(item.source.path)
                    article = build_article(item.source.path, data, self.config, self.matcher, item.source.kind)
                    yield _Result(path, article, "")
                except UnreadableFile as exc:
                    yield _Result(path, None, str(exc))
                except Exception as exc:
                    yield _Result(path, None, f"could not be cleaned ({type(exc).__name__}: {exc})")
            return
        # A bounded queue of batches keeps memory flat on big corpora (pool.map would submit them all
        # and hold every finished article until the writer reaches it).
        items = iter([(str(t.source.path), t.source.kind) for t in todo])
        batches = iter(lambda: list(islice(items, BATCH_SIZE)), [])
        pool = ProcessPoolExecutor(
            max_workers=self.workers, initializer=_worker_init, initargs=(self.config, os.getpid())
        )
        pending: deque[Future[list[_Result]]] = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_process_batch, batch))
                if len(pending) >= self.workers * BATCHES_IN_FLIGHT_PER_WORKER:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _under(key: str, roots: list[Path]) -> bool:
    """True when the file ``key`` (an absolute path) is one of ``roots`` or lies in one of them."""
    prefixes = [str(r.absolute()).rstrip(os.sep) for r in roots]
    return any(key == p or key.startswith(p + os.sep) for p in prefixes)


def _disk_error(index_dir: Path, exc: OSError) -> IndexError_:
    """The user-facing error for a failed write to the index folder."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return IndexError_(
            f"the disk holding {index_dir} is full; the previous index is kept. Free space and run again."
        )
    return IndexError_(f"cannot write to {index_dir}: {exc.strerror or exc}")
