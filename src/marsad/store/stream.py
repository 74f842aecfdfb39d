"""Reading the store a chunk at a time, for outputs of any size (``marsad export``, ``marsad report``).

One query per listing, fetched ``CHUNK`` rows at a time: a server-side cursor
on PostgreSQL (SQLAlchemy's ``yield_per``), SQLite's own stepping cursor on
SQLite. The database sorts (spilling to its temporary files, not to this
process's memory), so what this process holds is one chunk, whatever the
store's size. Keyset pages (``db.claim_page``) would sort the claims once per
page in document order, which no index serves: one cursor sorts once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Engine, Select, select

from marsad.model import Claim
from marsad.store.db import (
    _CLAIM_COLUMNS,
    _CLAIMS_WITH_DOCS,
    CLAIMS,
    DOCUMENTS,
    ClaimFilter,
    StoredClaim,
    _stored_claim,
    by_code_point,
    claim_conditions,
    doc_key,
)

CHUNK = 2_000  # rows fetched at a time


def rows(engine: Engine, query: Select, chunk: int = CHUNK) -> Iterator[Any]:
    """The rows of ``query``, fetched ``chunk`` at a time within one connection."""
    with engine.connect() as conn:
        yield from conn.execution_options(yield_per=chunk).execute(query)


def _filtered(query: Select, engine: Engine, f: ClaimFilter | None) -> Select:
    """``query`` keeping what ``f`` keeps: ``db.claim_conditions``, as every claim query does."""
    where = claim_conditions(f, engine) if f is not None else []
    return query.where(*where) if where else query


def claims(engine: Engine, chunk: int = CHUNK, *, f: ClaimFilter | None = None) -> Iterator[Claim]:
    """Every stored claim ``f`` keeps, in ``db.query_claims``' order (document id by code point, then ordinal)."""
    q = select(CLAIMS.c.data).order_by(by_code_point(engine, CLAIMS.c.doc_id), CLAIMS.c.ordinal)
    for (data,) in rows(engine, _filtered(q, engine, f), chunk):
        yield Claim.from_dict(data)


def stored_claims(
    engine: Engine, chunk: int = CHUNK, *, f: ClaimFilter | None = None
) -> Iterator[StoredClaim]:
    """Every stored claim ``f`` keeps with its document's outlet, date and title, in the same order as ``claims``."""
    q = (
        select(*_CLAIM_COLUMNS)
        .select_from(_CLAIMS_WITH_DOCS)
        .order_by(by_code_point(engine, CLAIMS.c.doc_id), CLAIMS.c.ordinal)
    )
    for r in rows(engine, _filtered(q, engine, f), chunk):
        yield _stored_claim(r)


def texts(engine: Engine, ids: Iterable[str]) -> dict[str, str]:
    """The stored text of each of ``ids`` (a chunk's worth: the report's quotes), by document id."""
    keys = sorted({doc_key(i) for i in ids})
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for start in range(0, len(keys), 500):  # bound the statement's parameters
            q = select(DOCUMENTS.c.id, DOCUMENTS.c.text).where(DOCUMENTS.c.key.in_(keys[start : start + 500]))
            out.update({i: t or "" for i, t in conn.execute(q)})
    return out


__all__ = ["CHUNK", "claims", "rows", "stored_claims", "texts"]
