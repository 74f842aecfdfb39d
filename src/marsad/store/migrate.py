"""Bring a store's schema to the current revision, safely beside other processes.

Alembic does the migrating; what is hand-written here is when and under which
lock, because Alembic leaves both to the caller:

- the common case, a store already at head, costs one read and takes no lock
  (a read-only store can still be queried);
- otherwise the whole upgrade runs in one transaction that first takes the
  store's write lock (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction
  advisory lock), then looks again: two ``marsad extract`` starting on a fresh
  store do not both create the tables, the second waits and finds them made;
- a store made before migrations existed (tables, no ``alembic_version``) is
  stamped with the first revision, which is exactly its schema, and upgraded
  from there with its data in place.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from marsad.store import search
from marsad.store.errors import StoreError as StoreError  # raised here, caught by the CLI

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST = "0001"  # the schema of marsad 0.1.0, made by create_all
_PG_LOCK = 0x6D61_7273_6164  # "marsad": one advisory lock id for schema changes


@cache
def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def head() -> str:
    rev = ScriptDirectory.from_config(_config()).get_current_head()
    assert rev is not None, "the store's migrations have no head"
    return rev


def revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Upgrade the store to head unless it is there already."""
    with engine.connect() as conn:
        current = revision(conn)
        conn.rollback()
    if current == head():
        return
    _known(current)
    with _locked(engine) as conn:
        _upgrade_locked(conn)
    search.forget(engine)  # what the store's evidence index is may have changed


def _known(current: str | None) -> None:
    if current is None:
        return
    try:
        ScriptDirectory.from_config(_config()).get_revision(current)
    except CommandError as e:
        raise StoreError(
            f"the store's schema is at revision {current}, which this marsad does not know "
            f"(its newest is {head()}): use the marsad that wrote it, or a newer one"
        ) from e


def _upgrade_locked(conn: Connection) -> None:
    current = revision(conn)
    if current == head():  # a neighbour did it while we waited for the lock
        return
    cfg = _config()
    cfg.attributes["connection"] = conn
    if current is None and inspect(conn).has_table("documents"):
        command.stamp(cfg, FIRST)  # made by 0.1.0's create_all: its schema is revision 0001
    command.upgrade(cfg, "head")


class _locked:
    """A connection inside a transaction that holds the store's schema lock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"
        self.postgresql = engine.dialect.name == "postgresql"

    def __enter__(self) -> Connection:
        self.conn = self.engine.connect()
        if self.sqlite:
            # a table rebuild drops tables others point at; SQLite can switch checks only outside a transaction
            self._pragma("PRAGMA foreign_keys=OFF")
            self.conn = self.conn.execution_options(marsad_write=True)  # BEGIN IMMEDIATE, see db.py
        self.conn.begin()
        if self.postgresql:
            self.conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        try:
            if exc_type is None:
                self.conn.commit()
            else:
                self.conn.rollback()
            if self.sqlite:
                self._pragma("PRAGMA foreign_keys=ON")
        finally:
            self.conn.close()

    def _pragma(self, sql: str) -> None:
        # on the driver's connection: through SQLAlchemy it would open a transaction first
        self.conn.connection.dbapi_connection.execute(sql)  # type: ignore[union-attr]
