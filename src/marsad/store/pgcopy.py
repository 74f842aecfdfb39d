"""Claims into PostgreSQL by ``COPY … FROM STDIN`` (psycopg 3), not one INSERT per row.

A batch of 64 documents carries about 600 claims. ``executemany`` sends them
as 600 bound executions of one prepared INSERT; ``COPY`` streams them as one
statement whose rows psycopg formats in C. Measured on this project's
machine (9,725 claims of 1,000 recombined reports, fresh database each): the
client's CPU 0.36 s → 0.08 s, the server's 0.42 s → 0.26 s, against the
same rows through SQLAlchemy's ``executemany`` (``bench/bench_store.py``
measures it end to end). Multi-row ``VALUES`` and ``unnest`` of arrays were
both slower than ``executemany`` on the client.

The ``data`` column (``json``) gets the claim's dictionary as orjson writes
it: the same JSON value as ``json.dumps`` gives (only non-ASCII text is no
longer escaped), at a third of the cost. orjson refuses what ``json.dumps``
escapes — a lone surrogate from a file name that is not UTF-8 — and such a
claim is written by ``json.dumps``, escapes and all, exactly as before.

A failure of the server or of the data comes back as SQLAlchemy's
``DBAPIError``, as the statements around it raise: the batch's error handling
(``store.batch``) tells a transient failure from a document's by it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from marsad.store import db as store

# every column but the id (the server's sequence gives it), the JSON last
_PLAIN = tuple(c.name for c in store.CLAIMS.columns if c.name not in ("id", "data"))
_SQL = f"COPY claims ({', '.join(_PLAIN)}, data) FROM STDIN"


def usable(conn: Connection) -> bool:
    """Can this connection COPY? (PostgreSQL through psycopg 3; any other takes ``executemany``.)"""
    return conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"


def as_json(value: Any) -> str:
    """``value`` as JSON text that PostgreSQL's ``json`` type reads as ``json.dumps(value)`` would be."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError: a lone surrogate, or a type orjson does not write
        return json.dumps(value)


def copy_claims(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Append claim rows (``store.db._claim_row``'s) to the claims table, in this connection's transaction."""
    raw = conn.connection.driver_connection
    dbapi = conn.dialect.loaded_dbapi
    try:
        with raw.cursor() as cur, cur.copy(_SQL) as copy:  # type: ignore[union-attr]
            for row in rows:
                values = [row[k] for k in _PLAIN]
                values.append(as_json(row["data"]))
                copy.write_row(values)
    except dbapi.Error as e:
        broken = bool(getattr(raw, "broken", False) or getattr(raw, "closed", False))
        if broken:  # the link is gone: the pool must not hand this connection out again
            conn.invalidate(e)
        raise DBAPIError.instance(_SQL, None, e, dbapi.Error, connection_invalidated=broken) from e
