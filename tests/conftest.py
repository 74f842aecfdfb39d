"""Shared fixtures: a real, throwaway PostgreSQL server for the store tests.

The store must behave the same on SQLite and PostgreSQL, and the only honest
test of that is a real server. This starts one per test session: ``initdb`` in
a temporary folder (Debian's binaries under /usr/lib/postgresql/*/bin, or
whatever is on PATH), ``pg_ctl`` listening on a Unix socket only (no TCP port
to collide with), durability switched off because the cluster is thrown away.
initdb and pg_ctl refuse to run as root, so as root they run as the
``postgres`` user that Debian's package creates (or ``nobody``).

Tests ask for ``pg_url`` (a fresh database each) or ``store_url`` (every
backend, one after the other). Only missing binaries or a missing driver skip;
a server that is installed but fails to start is a failure.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

_PG_OPTIONS = "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"


def _pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _server_user() -> str | None:
    """The unprivileged user to run the server as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists for initdb")


class PgCluster:
    """One initdb'd cluster in a temporary folder, reached through its Unix socket."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.user = _server_user()
        # short and under /tmp: a Unix socket path is limited to about 100 bytes, and the
        # server user must be able to reach it (root's own temp folders may be closed to it)
        self.root = Path(tempfile.mkdtemp(prefix="marsad-pg-", dir="/tmp"))
        self.data = self.root / "data"
        self._names = itertools.count()
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "marsad", "--auth=trust", "-E", "UTF8", "--no-sync")
        opts = f"{_PG_OPTIONS} -c unix_socket_directories={self.root} -p 5432"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        # the plain postgresql:// scheme, as a user types it: the store picks psycopg 3
        return f"postgresql://marsad@/{database}?host={self.root}&port=5432"

    def new_database(self, icu_locale: str | None = None) -> str:
        """A new empty database; ``icu_locale`` (e.g. "en-US") sorts text by that language, as servers often do."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        options = f" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '{icu_locale}'" if icu_locale else ""
        with psycopg.connect(host=str(self.root), port=5432, user="marsad", dbname="postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"{options}')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgCluster]:
    """The session's PostgreSQL server (skips only if PostgreSQL or psycopg is not installed)."""
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed (pip install marsad[postgres])")
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not found (apt-get install postgresql)")
    cluster = PgCluster(bindir)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(postgres: PgCluster) -> str:
    """A fresh, empty database on the session's server."""
    return postgres.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store on each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def fail_storing() -> Iterator[Callable[..., None]]:
    """Make the database refuse chosen documents: ``fail_storing(url, doc_id, error, statement=...)``.

    Every statement that starts with ``statement`` (default: the document's
    insert) and carries the document's key raises ``error``, as a database
    refusing that row would, whether the row comes alone or in a batch.
    """
    from sqlalchemy import event

    from marsad.store import db as store

    armed: list[tuple[Any, Callable[..., Any]]] = []

    def arm(url: str, doc_id: str, error: Exception, statement: str = "INSERT INTO documents") -> None:
        engine = store.connect(url)
        key = store.doc_key(doc_id)

        def refuse(conn: Any, cursor: Any, sql: str, params: Any, context: Any, executemany: bool) -> None:
            if sql.lstrip().upper().startswith(statement.upper()) and key in repr(params):
                raise error

        event.listen(engine, "before_cursor_execute", refuse)
        armed.append((engine, refuse))

    yield arm
    for engine, refuse in armed:
        event.remove(engine, "before_cursor_execute", refuse)
