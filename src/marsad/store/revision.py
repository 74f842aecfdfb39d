"""A token that changes whenever anything commits to the store, read in microseconds.

What a cache of the store's answers is keyed by: ``marsad serve`` keeps its aggregates
(counts, facets, the timeline, the map, pages of facts and findings) until the token
changes, so a write through the API, a ``marsad extract`` or ``consolidate`` in another
process, or a neighbour server's write is seen by the very next read, and nothing is
recomputed while the store stands still.

- SQLite: ``PRAGMA data_version`` on a connection kept for that alone. It changes when any
  other connection, in this process or another, commits; this one never writes, so every
  commit counts. It reads the database header, no table.
- PostgreSQL: the current snapshot (``txid_current_snapshot()``: the oldest running
  transaction, the next id, the running ones). Any transaction that writes takes an id and
  so changes it, and its commit changes it again. It is cluster-wide, so a write to another
  database also counts: a needless recomputation, never a stale answer.
- An in-memory SQLite database or any other backend: a fresh token each time (nothing is kept).

The token is read before the answer is computed, so an answer kept under a token holds at
least every commit the token stands for.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any

from sqlalchemy import Engine, text

_fresh = itertools.count()


class StoreRevision:
    """``current()``: equal tokens mean nothing was committed in between."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        if self.dialect == "sqlite" and (engine.url.database or ":memory:") == ":memory:":
            self.dialect = "memory"  # one connection's own database: no other connection to notice
        self._lock = threading.Lock()
        self._conn: Any = None  # SQLite: a DBAPI connection outside the pool, for the pragma only

    def current(self) -> Any:
        if self.dialect == "sqlite":
            with self._lock:
                if self._conn is None:
                    raw = self.engine.raw_connection()
                    conn = raw.driver_connection
                    raw.detach()  # ours for good: the pool never hands it to a writer
                    self._conn = conn
                return ("sqlite", self._conn.execute("PRAGMA data_version").fetchone()[0])
        if self.dialect == "postgresql":
            with self.engine.connect() as conn:
                return ("postgresql", conn.scalar(text("SELECT txid_current_snapshot()::text")))
        return ("unknown", next(_fresh))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
