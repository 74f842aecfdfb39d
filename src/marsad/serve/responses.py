"""Whole answers to repeated reads, shared by every worker process of one server, never older than the store.

A dashboard is read far more often than the store changes, and most of what a read costs is
not the query: it is routing, parameter validation, templates and encoding. So the bytes of
a successful GET answer (status, headers, body) are kept in a small SQLite file that every
worker of the server opens, and a repeated request — same path, query, host, language
cookie and ``Accept-Language`` — is answered from there without reaching the application.

Kept under a *generation*, a counter in the same file. What makes an answer stale is a
commit to the store, and each process notices commits through its own ``StoreRevision``
(SQLite's ``data_version`` is a per-connection counter, so the processes cannot compare
theirs). The rule, applied to every request before anything is read:

1. read this process's revision; if it moved since this process last looked, add one to
   the shared generation (the process's own writes count too: they are commits);
2. read the shared generation; look the answer up under it and, on a miss, keep the answer
   computed now under it.

Why no stale answer is served: a process that sees no move has already bumped the generation
after every commit made before its look, so the generation it reads was created after all
of them, and everything kept under that generation was computed after its creation. A
request that runs alongside a commit may see the store before or after it, as it could
without a cache. Entries of older generations are deleted at each bump; the file is kept
under ``max_bytes`` by dropping the oldest answers.

Written on ``sqlite3`` rather than a caching library (diskcache, for one): the generation
rule has to hold the look-up and the counter in one statement, and a hit must cost one
indexed read; a general cache would pickle values and spread the state over several reads.
Any trouble with the file (busy past a few milliseconds, disk full) skips the cache for
that request: the answer is computed as if there were none.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ENV_FILE = "MARSAD_SERVE_RESPONSES"  # set by marsad serve for its workers
DEFAULT_MAX_BYTES = 128 * 1024 * 1024
DEFAULT_MAX_BODY = 1024 * 1024  # larger answers (downloads, long pages) are not kept
BUSY_MS = 20  # a request never waits longer than this for the file

# what an answer may depend on besides its path and query: the Host (absolute next_url), the
# language (the lang cookie or Accept-Language), nothing else
_VARY = (b"host", b"cookie", b"accept-language")
# never kept: live figures, files with their own validators, the token's write paths
_SKIP = ("/metrics", "/healthz", "/static/", "/favicon.ico")

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS generation (id INTEGER PRIMARY KEY CHECK (id = 0), n INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO generation VALUES (0, 0)",
    "CREATE TABLE IF NOT EXISTS answers (gen INTEGER NOT NULL, key BLOB NOT NULL, status INTEGER NOT NULL, "
    "headers BLOB NOT NULL, body BLOB NOT NULL, route TEXT, size INTEGER NOT NULL, UNIQUE (gen, key))",
)
_LOOKUP = (
    "SELECT g.n, a.status, a.headers, a.body, a.route FROM generation g "
    "LEFT JOIN answers a ON a.gen = g.n AND a.key = ? WHERE g.id = 0"
)


@dataclass(frozen=True, slots=True)
class Route:
    """What the request metrics read of a route (``scope['route'].path``) for an answer from the cache."""

    path: str


class SharedResponses:
    """The answers file of one server, opened by one process; ``revision`` is this process's store revision."""

    def __init__(
        self, path: Path, revision: Callable[[], Any], *, max_bytes: int = DEFAULT_MAX_BYTES,
        max_body: int = DEFAULT_MAX_BODY,
    ) -> None:  # fmt: skip
        self.path, self.revision, self.max_bytes, self.max_body = Path(path), revision, max_bytes, max_body
        self._lock = (
            threading.Lock()
        )  # one connection per process, used from the event loop and tests' threads
        self._db = sqlite3.connect(
            self.path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False
        )
        self._db.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "PRAGMA synchronous=OFF"
        )  # a cache of one server's life: a crash loses nothing of worth
        for statement in _SCHEMA:
            self._retry(statement)
        self._stored_bytes = 0  # added by this process since it last measured the file
        self.hits = self.misses = self.bumps = self.errors = 0
        # a process starting knows nothing of the commits before it: it moves the generation now,
        # not at its first request (where it would retire what its neighbours have kept meanwhile)
        self._seen: Any = object()
        for _ in range(50):
            try:
                self._notice(self.revision())
                break
            except sqlite3.OperationalError:
                time.sleep(0.01)

    def _retry(self, statement: str) -> None:
        """A schema statement at start, when every worker opens the file at once: waits its turn."""
        for _ in range(200):
            try:
                self._db.execute(statement)
                return
            except sqlite3.OperationalError:
                time.sleep(0.01)
        self._db.execute(statement)

    def look_up(
        self, key: bytes
    ) -> tuple[int | None, tuple[int, list[tuple[bytes, bytes]], bytes, str | None] | None]:
        """(the generation to keep a new answer under, or None: no caching now; the kept answer or None)."""
        try:
            rev = self.revision()
            with self._lock:
                self._notice(rev)
                gen, status, headers, body, route = self._db.execute(_LOOKUP, (key,)).fetchone()
        except sqlite3.Error:
            self.errors += 1
            return None, None
        if status is None:
            self.misses += 1
            return gen, None
        self.hits += 1
        return gen, (status, _split_headers(headers), body, route)

    def _notice(self, rev: Any) -> None:
        """The store moved since this process last looked (or it never did): a new generation, the old answers gone."""
        if rev == self._seen:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            (n,) = self._db.execute("UPDATE generation SET n = n + 1 WHERE id = 0 RETURNING n").fetchone()
            self._db.execute("DELETE FROM answers WHERE gen < ?", (n,))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._seen = rev
        self.bumps += 1

    def keep(
        self,
        gen: int,
        key: bytes,
        status: int,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        route: str | None,
    ) -> None:
        size = len(body) + len(key)
        try:
            with self._lock:
                self._db.execute(
                    "INSERT OR REPLACE INTO answers (gen, key, status, headers, body, route, size) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (gen, key, status, _join_headers(headers), body, route, size),
                )
                self._stored_bytes += size
                if self._stored_bytes > self.max_bytes // 8:  # measure the file now and then, not per answer
                    self._stored_bytes = 0
                    self._trim()
        except sqlite3.Error:
            self.errors += 1

    def _trim(self) -> None:
        (total,) = self._db.execute("SELECT coalesce(sum(size), 0) FROM answers").fetchone()
        if total <= self.max_bytes:
            return
        # the oldest answers first, down to three quarters of the budget
        self._db.execute(
            "DELETE FROM answers WHERE rowid IN (SELECT rowid FROM answers ORDER BY rowid LIMIT "
            "(SELECT count(*) FROM answers) * ? / ?)",
            (total - self.max_bytes * 3 // 4, total),
        )

    def forget(self) -> None:
        """This process wrote to the store: the next request moves the generation whatever the revision says."""
        with self._lock:
            self._seen = object()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _join_headers(headers: list[tuple[bytes, bytes]]) -> bytes:
    return b"\n".join(k + b"\0" + v for k, v in headers)


def _split_headers(raw: bytes) -> list[tuple[bytes, bytes]]:
    return [tuple(line.split(b"\0", 1)) for line in raw.split(b"\n")] if raw else []  # type: ignore[misc]


def request_key(scope: dict) -> bytes | None:
    """The key of a GET that may be answered from the cache, or None."""
    if scope["method"] != "GET":
        return None
    path: str = scope["path"]
    if path.startswith(_SKIP):
        return None
    query: bytes = scope.get("query_string", b"")
    if b"format=" in query and path.startswith("/api/"):  # downloads: files written as they are read
        return None
    headers = dict(scope.get("headers") or ())
    parts = [path.encode("utf-8", "surrogateescape"), query, *(headers.get(h, b"") for h in _VARY)]
    return b"\0".join(parts)


class ResponseCacheMiddleware:
    """Answers a repeated GET from ``SharedResponses``; keeps a 200 answer without cookies that fits."""

    def __init__(self, app: Any, responses: SharedResponses) -> None:
        self.app, self.responses = app, responses

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        key = request_key(scope) if scope["type"] == "http" else None
        if key is None:
            await self.app(scope, receive, send)
            return
        gen, kept = self.responses.look_up(key)
        if kept is not None:
            status, headers, body, route = kept
            if route is not None:
                scope["route"] = Route(route)
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if gen is None:
            await self.app(scope, receive, send)
            return
        start: dict = {}
        chunks: list[bytes] = []
        size = [0]
        limit = self.responses.max_body

        async def capture(message: dict) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and size[0] <= limit:
                chunks.append(message.get("body", b""))
                size[0] += len(chunks[-1])
            await send(message)

        await self.app(scope, receive, capture)
        headers = list(start.get("headers") or ())
        if (
            start.get("status") != 200
            or size[0] > limit
            or any(k.lower() == b"set-cookie" for k, _ in headers)
        ):
            return
        route = getattr(scope.get("route"), "path", None)
        self.responses.keep(gen, key, 200, headers, b"".join(chunks), route)


def private_file() -> tuple[Path, Callable[[], None]]:
    """A new answers file for one server (a folder of its own), and what removes it."""
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="marsad-serve-")
    return Path(folder) / "responses.sqlite", lambda: shutil.rmtree(folder, ignore_errors=True)


def file_from_environment() -> Path | None:
    value = os.environ.get(ENV_FILE)
    return Path(value) if value else None
