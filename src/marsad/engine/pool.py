"""Extraction on a pool of worker processes, results in input order.

The parent submits chunks of documents to a ``ProcessPoolExecutor`` and
keeps a bounded number in flight, so a corpus of any size streams through in
bounded memory, and takes the results back in the order the documents were
read: the output file and the store's error list come out exactly as with
one process.

Workers are started by a fork server (``forkserver``) that has imported
marsad once, not forked from the parent: the parent may run threads (the
progress bar) and holds open store connections, neither of which a forked
child may touch. Each worker loads the language data once, at start-up.
The time budget per document is decided by the parent and passed along, so
a worker applies the same ``MARSAD_DOC_SECONDS`` as the parent's process
would (it runs under SIGALRM in the worker's main thread).
"""

from __future__ import annotations

import multiprocessing
import os
import select
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from marsad.model import Claim, Document, ReadError

CHUNK = 8  # documents per task: enough to amortise a task's round trip (about 0.2 ms), small enough to balance
IN_FLIGHT = 6  # tasks queued per worker

T = TypeVar("T")


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(parent: int | None = None) -> None:
    from marsad.pipeline import _warm

    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), name="marsad-parent-watch", daemon=True).start()
    _warm()


def _exit_with(parent: int) -> None:
    """End this worker when the process that started the pool is gone.

    A worker waits on a task queue whose writing end it holds itself, so a
    parent killed outright (SIGKILL, OOM) would leave idle workers, and the
    fork server behind them, for good. Linux tells the moment through a
    pidfd; elsewhere the parent is looked for once a second.
    """
    try:
        fd = os.pidfd_open(parent)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])  # readable once the parent has exited
        os._exit(1)
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass  # alive, under another user


Outcome = tuple[list[Claim], ReadError | None, str | None, str | None]


def _extract_chunk(docs: list[Document], seconds: float) -> list[Outcome]:
    from marsad.pipeline import extract_document

    out = []
    for doc in docs:
        r = extract_document(doc, seconds)
        out.append((r.claims, r.error, r.date_basis, r.date_reason))
    return out


@contextmanager
def _main_as_module() -> Iterator[None]:
    """Start workers without re-running a ``__main__`` that is no file (python -, a REPL, an embedding).

    A new worker imports the parent's main script by its path; a main read
    from standard input has none, and the worker would die on start.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or path is None or getattr(main, "__spec__", None) is not None or os.path.isfile(path):
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["marsad.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


class Pool:
    """``workers`` processes extracting documents; ``map`` keeps input order."""

    def __init__(self, workers: int, seconds: float, chunk: int = CHUNK) -> None:
        self.workers = workers
        self.seconds = seconds
        self.chunk = chunk
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=_context(), initializer=_init_worker, initargs=(os.getpid(),)
        )

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        # on an interrupt, queued work is dropped and running workers finish their chunk
        self._executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, docs: list[Document]) -> Future[list[Outcome]]:
        with _main_as_module():  # a submit may start a worker
            return self._executor.submit(_extract_chunk, docs, self.seconds)

    def map(self, entries: Iterable[T], doc_of: Callable[[T], Document | None]) -> Iterator[tuple[T, Outcome | None]]:
        """Each entry with its outcome, in input order.

        ``doc_of(entry)`` is the document to extract, or None for an entry
        that only passes through in its place (an error, a document already
        stored). At most ``IN_FLIGHT`` chunks per worker are ahead of the
        caller.
        """
        pending: deque[tuple[list[T], list[Document], Future[list[Outcome]] | None]] = deque()
        held: list[T] = []
        docs: list[Document] = []
        limit = self.workers * IN_FLIGHT
        for entry in entries:
            held.append(entry)
            doc = doc_of(entry)
            if doc is not None:
                docs.append(doc)
            if len(docs) == self.chunk or len(held) >= 8 * self.chunk:
                pending.append((held, docs, self.submit(docs) if docs else None))
                held, docs = [], []
                while len(pending) >= limit or (pending and pending[0][2] is None):
                    yield from _done(pending.popleft(), doc_of)
        if held:
            pending.append((held, docs, self.submit(docs) if docs else None))
        while pending:
            yield from _done(pending.popleft(), doc_of)


def _done(
    entry: tuple[list[T], list[Document], Future[list[Outcome]] | None], doc_of: Callable[[T], Document | None]
) -> Iterator[tuple[T, Outcome | None]]:
    held, _, future = entry
    outcomes = iter(future.result() if future is not None else [])
    for e in held:
        yield e, (next(outcomes) if doc_of(e) is not None else None)
