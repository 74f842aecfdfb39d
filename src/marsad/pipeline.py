"""The public pipeline: read → extract → (store), usable from Python and the CLI.

``extract`` and ``parse`` work on a string; ``extract_corpus`` on a path and
yields one ``DocResult`` per document or per read error, so a caller sees
every input exactly once. ``run`` adds the store: a window of documents is
looked up with one query, extracted, and stored in one transaction in which
each document is stored whole or not at all (``marsad.store.batch``); a
document is skipped on the next run when neither its text nor the extractor
has changed, which makes re-running idempotent and lets a killed run resume.
With one process, a window is stored on a writer thread while the next is
extracted (``_Run.serial``): the database's work overlaps extraction instead
of following it, and every window is still finished in input order.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from marsad import __version__
from marsad.corpus import content_hash, read_corpus
from marsad.datacache import package_digest
from marsad.extractor.run import extract_analysis, extract_text
from marsad.model import Claim, DocResult, Document, ReadError
from marsad.outfile import open_output


@cache
def extractor_version() -> str:
    """The package version plus a digest of its code and language data: a change to either re-extracts."""
    return f"{__version__}+{package_digest()[:10]}"


def _as_date(published: date | str | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    return date.fromisoformat(published[:10])


def extract(text: str, published: date | str | None = None, doc_id: str | None = None) -> list[Claim]:
    """Count claims of one text."""
    claims, _ = extract_text(text, _as_date(published), doc_id or "doc")
    return claims


# Extraction is linear in a document's length (about 0.5 s for 400 KB on one
# core); a document that takes far longer is pathological, and the batch must
# not wait on it. ``MARSAD_DOC_SECONDS`` changes the budget; 0 turns it off.
DOC_SECONDS = 60.0


class _OverBudget(Exception):
    pass


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise ``_OverBudget`` in this thread after ``seconds`` (main thread with SIGALRM only)."""
    usable = seconds > 0 and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expired(_signum, _frame):  # type: ignore[no-untyped-def]
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@cache
def _warm() -> None:
    extract_text("قتل 3 عناصر من داعش في كركوك أمس. وقال الجيش العراقي إن 2024 كان عاماً صعباً.", None, "warm")


def extract_document(doc: Document, seconds: float | None = None) -> DocResult:
    from marsad.extractor.document import analyse

    budget = float(os.environ.get("MARSAD_DOC_SECONDS", DOC_SECONDS)) if seconds is None else seconds
    _warm()  # the language data loads once, outside any budget: an alarm must never cut a load short
    try:
        with _time_budget(budget):
            a = analyse(doc.text, doc.published)
            claims = extract_analysis(a, doc.id, doc.source)
    except _OverBudget:
        return DocResult(doc, [], ReadError(doc.id, doc.path, "timeout", f"extraction took over {budget:g} s: skipped"))
    except Exception as e:  # one document's failure must not end the batch; it is reported
        return DocResult(doc, [], ReadError(doc.id, doc.path, "extract", f"extraction failed: {type(e).__name__}: {e}"))
    reason = a.docdate.reason
    if a.docdate.basis == "metadata" and doc.published_from == "html-metadata":
        reason += " (read from the page's HTML metadata)"
    elif a.docdate.basis == "metadata" and doc.published_from == "url":
        reason += " (read from the page's address)"
    return DocResult(doc, claims, None, a.docdate.basis, reason)


def extract_corpus(path: str | Path, workers: int = 1) -> Iterator[DocResult]:
    """One result per document of a corpus (errors included, in order), on ``workers`` processes."""
    if workers <= 1:
        for item in read_corpus(path):
            if isinstance(item, ReadError):
                yield DocResult(None, [], item)
            else:
                yield extract_document(item)
        return
    from marsad.engine.pool import Pool

    with Pool(workers, _budget()) as pool:
        for item, outcome in pool.map(read_corpus(path), lambda i: i if isinstance(i, Document) else None):
            if outcome is None:
                yield DocResult(None, [], item)
            else:
                claims, error, basis, reason = outcome
                yield DocResult(item, claims, error, basis, reason)


def parse(text: str, published: date | str | None = None) -> dict[str, Any]:
    """What marsad recognises in a text: quantities, times, entities, claims."""
    claims, a = extract_text(text, _as_date(published), "parse")
    return {
        "document_date": {
            "date": a.docdate.date.isoformat() if a.docdate.date else None,
            "year": a.docdate.year,
            "basis": a.docdate.basis,
            "reason": a.docdate.reason,
        },
        "quantities": [p.obj.to_dict() for v in a.views for p in v.quantities],  # type: ignore[attr-defined]
        "times": [p.obj.to_dict() for v in a.views for p in v.times],  # type: ignore[attr-defined]
        "entities": [p.obj.to_dict() for v in a.views for p in v.entities],  # type: ignore[attr-defined]
        "claims": [c.to_dict() for c in claims],
    }


@dataclass
class RunSummary:
    run_id: int | None = None
    documents: int = 0
    skipped: int = 0
    claims: int = 0
    errors: list[ReadError] = field(default_factory=list)
    by_metric: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    not_arabic: int = 0  # archive pages skipped: not in Arabic
    known_urls: int = 0  # archive pages skipped: their URL is stored already, under another id


def _store_error(doc: Document, e: Exception) -> ReadError:
    """A storing failure as the document's error: the driver's first line, not SQLAlchemy's SQL dump."""
    cause = getattr(e, "orig", None) or e
    first = (str(cause).strip().splitlines() or [""])[0]
    return ReadError(doc.id, doc.path, "store", f"storing failed: {type(cause).__name__}: {first[:500]}")


def _stored_error(doc: Document, e: Exception) -> ReadError:
    """A document the store did not take, as its error: a clash by that name, any other failure as ``store``."""
    from marsad.store.db import IdClash

    if isinstance(e, IdClash):
        return ReadError(doc.id, doc.path, "id_clash", str(e))
    return _store_error(doc, e)


def store_results(engine: Any, run_id: int | None, version: str, results: list[DocResult]) -> None:
    """Store extracted documents, a batch per transaction; a document the store refuses gets its error.

    ``results`` are extracted without error; each one the store does not take has
    ``error`` set and the others are stored. A batch whose transaction fails as a
    whole (the store went away) is tried again a document at a time, each
    failure that document's error.
    """
    from marsad.engine import writer

    if not results:
        return
    items = [(r.doc, r.claims, r.date_basis, r.date_reason) for r in results]
    try:
        outcomes = writer.save_batch(engine, items, extractor=version, run_id=run_id)
    except Exception as e:
        if len(items) == 1:
            outcomes = [e]
        else:
            for r in results:
                store_results(engine, run_id, version, [r])
            return
    for r, error in zip(results, outcomes, strict=True):
        if error is not None:
            r.error = _stored_error(r.doc, error)  # type: ignore[arg-type]


def _record_error(engine: Any, summary: RunSummary, err: ReadError) -> None:
    """Count an error in the summary, and in the store if the store still takes it."""
    from marsad.store import db as store

    summary.errors.append(err)
    with contextlib.suppress(Exception):  # if the store is what failed, the summary and exit status still say so
        store.save_error(engine, summary.run_id, err)  # type: ignore[arg-type]


def _budget() -> float:
    return float(os.environ.get("MARSAD_DOC_SECONDS", DOC_SECONDS))


# What the run does with one item of the corpus, decided before any extraction.
_ERROR, _REFUSED, _CURRENT, _EXTRACT, _NOT_ARABIC, _KNOWN_URL = range(6)


class _Run:
    """One run's state: the store, the summary, the output file; every item goes through ``finish``."""

    def __init__(self, engine: Any, summary: RunSummary, sink: Any, progress: Callable[[DocResult], None] | None,
                 version: str, force: bool) -> None:
        from marsad.engine.writer import KnownUrls

        self.engine = engine
        self.summary = summary
        self.sink = sink
        self.progress = progress
        self.version = version
        self.force = force
        self.urls = KnownUrls(engine)

    # -- deciding ------------------------------------------------------------------------------

    def decide(self, item: Document | ReadError, row: Any = None, looked: bool = False) -> tuple[int, Any]:
        """What to do with an item: (action, the item or its error).

        ``looked``: ``row`` is the store's row for the document from a batch
        look-up; otherwise the store is asked for this document alone.
        """
        from marsad.corpus import NotArabic
        from marsad.engine import writer
        from marsad.store import db as store

        if isinstance(item, NotArabic):
            return _NOT_ARABIC, item
        if isinstance(item, ReadError):
            return _ERROR, item
        try:
            # another file's different text under this id stays, whatever --force says: never a silent overwrite
            if looked:
                message = writer.clash(self.engine, item, row)
                refused = ReadError(item.id, item.path, "id_clash", message) if message else None
                current = refused is None and not self.force and writer.current(self.engine, item, row, self.version)
            else:
                refused = store.id_clash(self.engine, item)
                current = refused is None and not self.force and store.is_current(self.engine, item, self.version)
            if refused is None and not current and writer.from_archive(item):
                stored = row is not None if looked else bool(writer.lookup(self.engine, [item]))
                if not stored and self.urls.seen(item.url):  # type: ignore[arg-type]
                    return _KNOWN_URL, item
                self.urls.add(item.url)  # type: ignore[arg-type]
        except Exception as e:  # the store failed for this document: its error, the batch goes on
            refused, current = _store_error(item, e), False
        if refused is not None:
            return _REFUSED, refused
        return (_CURRENT, item) if current else (_EXTRACT, item)

    # -- finishing -----------------------------------------------------------------------------

    def finish(self, action: int, item: Any, doc: Document | None = None, result: DocResult | None = None) -> None:
        from marsad.store import db as store

        summary, progress = self.summary, self.progress
        if action == _NOT_ARABIC:
            summary.not_arabic += 1
            return
        if action == _KNOWN_URL:
            summary.known_urls += 1
            if progress:
                progress(DocResult(item))
            return
        if action == _ERROR:
            _record_error(self.engine, summary, item)
            if progress:
                progress(DocResult(None, [], item))
            return
        if action == _REFUSED:
            _record_error(self.engine, summary, item)
            if progress:
                progress(DocResult(doc, [], item))
            return
        if action == _CURRENT:
            summary.skipped += 1
            if self.sink:  # the output file lists every claim, stored ones included
                for c in store.query_claims(self.engine, doc=item.id):
                    self.sink.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
            if progress:
                progress(DocResult(item))
            return
        assert result is not None
        if result.error is not None:
            _record_error(self.engine, summary, result.error)
            if progress:
                progress(result)
            return
        summary.documents += 1
        summary.claims += len(result.claims)
        for c in result.claims:
            summary.by_metric[c.metric] = summary.by_metric.get(c.metric, 0) + 1
            for cc in c.countries or ["—"]:
                summary.by_country[cc] = summary.by_country.get(cc, 0) + 1
            if self.sink:
                self.sink.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        if progress:
            progress(result)

    # -- one process ---------------------------------------------------------------------------

    def serial(self, items: Iterable[Document | ReadError], batch: int) -> None:
        """Decide, extract and store a window of ``batch`` items at a time, in input order.

        On a database server a window is stored by a writer thread while this
        one extracts the next (the store's work there is mostly waiting for the
        server, which frees the interpreter), at most ``WRITES_AHEAD`` windows
        behind; each is finished (counted, reported, written out) in order once
        it is stored. A window is looked up only when no document of the same id
        is still being stored, so it sees the store as the one-at-a-time loop did.
        SQLite's work is this process's own and holds the interpreter lock
        between statements: a thread made the run slower there (measured), so
        SQLite stores each window before the next is extracted.
        """
        with _writer(self.engine) as writer:
            pending: deque[_Pending] = deque()
            try:
                for window in _windows(items, batch):
                    keys = _keys(window)
                    while pending and (len(pending) >= WRITES_AHEAD or any(keys & p.keys for p in pending)):
                        self._finish_stored(pending.popleft())
                    done = [
                        (action, what, doc, extract_document(doc) if action == _EXTRACT else None)  # type: ignore[arg-type]
                        for action, what, doc in self.decide_window(window)
                    ]
                    good = [r for _, _, _, r in done if r is not None and r.error is None]
                    written = writer.submit(store_results, self.engine, self.summary.run_id, self.version, good)
                    pending.append(_Pending(written, done, {_key(r.doc.id) for r in good}))  # type: ignore[union-attr]
                    while pending and pending[0].written.done():
                        self._finish_stored(pending.popleft())
                while pending:
                    self._finish_stored(pending.popleft())
            except BaseException:
                # what is stored is counted (the run's record says so); what is queued is dropped, and an
                # interrupt waits at most for the window being written
                for p in pending:
                    p.written.cancel()
                for p in pending:
                    if not p.written.cancelled() and p.written.exception() is None:
                        self._finish_stored(p)
                raise

    def _finish_stored(self, p: _Pending) -> None:
        p.written.result()  # store_results gives each document its outcome; it raises only on a bug
        for action, what, doc, result in p.done:
            self.finish(action, what, doc, result)

    def decide_window(self, window: list[Document | ReadError]) -> list[tuple[int, Any, Document | None]]:
        """Every item's action, decided against one store look-up for the window's documents."""
        from marsad.engine import writer
        from marsad.store import db as store

        docs = [i for i in window if isinstance(i, Document)]
        try:
            rows = writer.lookup(self.engine, docs) if docs else {}
            looked = True
        except Exception:  # the batch look-up failed: ask for each document, each its own error
            rows, looked = {}, False
        out = []
        for item in window:
            doc = item if isinstance(item, Document) else None
            row = rows.get(store.doc_key(doc.id)) if looked and doc is not None else None
            action, what = self.decide(item, row, looked)
            out.append((action, what, doc))
        return out

    # -- a pool of processes -------------------------------------------------------------------

    def parallel(self, items: Iterable[Document | ReadError], workers: int, batch: int) -> None:
        """Workers extract, this process decides and writes, a batch at a time, in input order."""
        from marsad.engine.pool import Pool

        def decided() -> Iterator[tuple[int, Any, Document | None]]:
            for window in _windows(items, batch):
                yield from self.decide_window(window)

        with Pool(workers, _budget()) as pool:
            done: list[tuple[int, Any, Document | None, DocResult | None]] = []
            extracted = 0
            for (action, what, doc), outcome in pool.map(decided(), lambda e: e[1] if e[0] == _EXTRACT else None):
                result = None
                if outcome is not None:
                    claims, error, basis, reason = outcome
                    result = DocResult(doc, claims, error, basis, reason)
                    extracted += 1
                done.append((action, what, doc, result))
                if extracted >= batch:
                    self._write(done)
                    done, extracted = [], 0
            self._write(done)

    def _write(self, done: list[tuple[int, Any, Document | None, DocResult | None]]) -> None:
        """Store a window's extracted documents (one transaction, each document its own outcome), then finish each."""
        good = [r for _, _, _, r in done if r is not None and r.error is None]
        store_results(self.engine, self.summary.run_id, self.version, good)
        for action, what, doc, result in done:
            self.finish(action, what, doc, result)


class _Inline:
    """An executor that runs each task at once, in this thread: each window stored before the next is extracted."""

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, fn: Callable[..., None], *args: Any) -> Future[None]:
        done: Future[None] = Future()
        try:
            done.set_result(fn(*args))
        except BaseException as e:  # as a thread's future holds it: raised by result(), where the caller looks
            done.set_exception(e)
        return done


def _writer(engine: Any) -> ThreadPoolExecutor | _Inline:
    """Where a run stores its windows: a writer thread for a database server, this thread for SQLite."""
    if engine.dialect.name == "sqlite":
        return _Inline()
    return ThreadPoolExecutor(1, thread_name_prefix="marsad-store")


@dataclass(slots=True)
class _Pending:
    """A window handed to the writer thread: its write, its items, the keys it stores."""

    written: Future[None]
    done: list[tuple[int, Any, Document | None, DocResult | None]]
    keys: set[str]


def _key(doc_id: str) -> str:
    from marsad.store.db import doc_key

    return doc_key(doc_id)


def _keys(window: list[Document | ReadError]) -> set[str]:
    return {_key(i.id) for i in window if isinstance(i, Document)}


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    window: list[Any] = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield window
            window = []
    if window:
        yield window


BATCH = 64  # documents per store look-up and per write transaction
WRITES_AHEAD = 2  # windows extracted but not yet finished: one being written, one waiting for it


def run(
    corpus: str | Path,
    db: str | None = None,
    out: Path | None = None,
    progress: Callable[[DocResult], None] | None = None,
    force: bool = False,
    workers: int = 1,
    batch: int = BATCH,
) -> RunSummary:
    """Extract a corpus into the store (and optionally a JSONL file).

    ``workers`` > 1 extracts on that many processes while this one reads,
    checks and stores, ``batch`` documents per transaction; the store, the
    output file and the summary are the same as with one. A corpus of
    fewer than ``batch`` items is extracted here, without starting any.
    """
    from marsad.store import db as store

    if workers < 1 or batch < 1:
        raise ValueError("workers and batch must be 1 or more")
    engine = store.connect(db)
    version = extractor_version()
    summary = RunSummary(run_id=store.start_run(engine, str(corpus)))
    status = "aborted"
    stack = contextlib.ExitStack()
    try:
        # claims go to a file that replaces the output only when the run ends well
        # (marsad.outfile: a temporary file beside it, or the device itself for /dev/null)
        sink = stack.enter_context(open_output(out, "w", encoding="utf-8")) if out else None
        state = _Run(engine, summary, sink, progress, version, force)
        items = read_corpus(corpus)
        first = list(itertools.islice(items, batch)) if workers > 1 else []
        if workers == 1 or len(first) < batch:  # a corpus smaller than one batch is not worth starting processes
            state.serial(itertools.chain(first, items), batch)
        else:
            state.parallel(itertools.chain(first, items), workers, batch)
        status = "failed" if summary.errors else "ok"
    except BaseException:
        stack.__exit__(*sys.exc_info())  # the output stays as it was
        raise
    else:
        stack.close()
    finally:
        store.finish_run(
            engine,
            summary.run_id,
            documents=summary.documents,
            skipped=summary.skipped + summary.known_urls + summary.not_arabic,
            claims=summary.claims,
            errors=len(summary.errors),
            status=status,
        )
    return summary


__all__ = ["RunSummary", "content_hash", "extract", "extract_corpus", "extract_document", "parse", "run"]
