"""The store's write path: documents and their claims a batch per transaction.

``marsad extract`` (one process or a pool), ``marsad load`` and
``store.db.save_document`` all store through ``save_batch``. What it keeps
of the one-document-per-transaction store it replaces:

- **one document, one outcome.** A batch is written with one statement per
  table inside a savepoint. If that fails for a reason of its own (a
  value the database refuses, an injected fault), the savepoint is rolled
  back and each document is written again in a savepoint of its own: the
  one that fails is that document's error, the others are stored, all in
  the same transaction. Nothing of a failed document is stored, not even
  the claims that fit.
- **the same identity rules.** A document whose id is stored for a
  different text from another file is refused (``IdClash``); the stored
  rows are read ``FOR UPDATE`` inside the transaction, and the upsert
  itself keeps a clashing row a neighbour inserted after that look.
- **claims by COPY on PostgreSQL** (``store.pgcopy``): one statement per
  batch instead of one execution per claim; the documents' upsert stays an
  ``executemany`` (a conflict clause, and about a tenth of the rows).
- **neighbours.** Transient failures (locks, deadlocks, lost races) roll
  the whole transaction back and retry it (``store.db._retrying``); rows
  are upserted in key order, so two writers lock them in the same order.

``lookup`` is the other half: one query tells, for a whole batch, which
documents are stored, by which extractor and with which text, so a run
decides "current", "clash" or "extract" without a query per document.

Hand-written on SQLAlchemy Core: the ORM's unit of work costs more per row
than the database does, and its identity map buys nothing for rows that are
written once and never read back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    Table,
    delete,
    insert,
    literal_column,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateTable

from marsad.model import Claim, Document
from marsad.store import db as store
from marsad.store import pgcopy, search

LOOKUP_CHUNK = 500  # keys per IN (...): every backend takes that many parameters

Item = tuple[Document, list[Claim], str | None, str | None]  # document, claims, date basis, date reason


@dataclass(slots=True)
class Stored:
    """What the store holds under a document's key."""

    id: str
    path: str | None
    origin: str | None
    content_hash: str
    extractor: str
    published: date | None
    source: str | None


def lookup(engine: Engine, docs: Iterable[Document]) -> dict[str, Stored]:
    """The stored rows of these documents, by key (missing: not stored)."""
    keys = sorted({store.doc_key(d.id) for d in docs})
    D = store.DOCUMENTS
    q = select(D.c.key, D.c.id, D.c.path, D.c.origin, D.c.content_hash, D.c.extractor, D.c.published, D.c.source)
    out: dict[str, Stored] = {}
    with engine.connect() as conn:
        for i in range(0, len(keys), LOOKUP_CHUNK):
            for r in conn.execute(q.where(D.c.key.in_(keys[i : i + LOOKUP_CHUNK]))):
                out[r.key] = Stored(r.id, r.path, r.origin, r.content_hash, r.extractor, r.published, r.source)
    return out


def clash(engine: Engine, doc: Document, row: Stored | None) -> str | None:
    """``store.id_clash``'s message for ``doc`` against its looked-up row."""
    origin = store._storable(store.origin_of(doc.path), store._nul_free(engine))
    if origin is None or row is None:
        return None
    return store._clash_message(row, doc, origin)


def current(engine: Engine, doc: Document, row: Stored | None, extractor: str) -> bool:
    """``store.is_current`` against the looked-up row."""
    return (
        row is not None
        and row.content_hash == doc.content_hash
        and row.extractor == extractor
        and row.published == doc.published
        and row.source == store._storable(doc.source, store._nul_free(engine))
    )


@dataclass(slots=True)
class _Built:
    """One item's rows, built before any transaction (a claim that cannot be stored fails here)."""

    index: int
    doc: Document
    row: dict[str, Any]
    claims: list[dict[str, Any]]


class _Kept(Exception):
    """The upsert kept a row a neighbour stored for another file and text since our look."""


def save_batch(engine: Engine, items: Sequence[Item], *, extractor: str, run_id: int | None) -> list[Exception | None]:
    """Store every item; one outcome per item, in order: ``None`` (stored) or why it was not.

    An ``IdClash`` outcome is a document refused for its id (see ``store.db.id_clash``);
    any other is a failure to store it. Raises only what no document caused and a
    fresh transaction did not cure (the store is gone): then nothing was stored.
    """
    outcomes: list[Exception | None] = [None] * len(items)
    built = _build(engine, items, extractor, run_id, outcomes)
    if built:
        for index, error in store._retrying(engine, lambda conn: _write(conn, built)).items():
            outcomes[index] = error
    return outcomes


def _build(engine: Engine, items: Sequence[Item], extractor: str, run_id: int | None,
           outcomes: list[Exception | None]) -> list[_Built]:
    nul_free = store._nul_free(engine)
    stamp = store._now()
    origins: dict[str, str | None] = {}  # realpath once per file: one JSONL file holds thousands of documents
    built = []
    for index, (doc, claims, basis, reason) in enumerate(items):
        try:
            built.append(_rows(index, doc, claims, extractor, run_id, basis, reason, stamp, origins, nul_free))
        except Exception as e:  # a claim the store cannot hold: this document's outcome
            outcomes[index] = e
    return built


def _rows(index: int, doc: Document, claims: list[Claim], extractor: str, run_id: int | None, basis: str | None,
          reason: str | None, stamp: datetime, origins: dict[str, str | None], nul_free: bool) -> _Built:
    key = store.doc_key(doc.id)
    if doc.path is not None and doc.path not in origins:
        origins[doc.path] = store.origin_of(doc.path)
    row = {
        "key": key,
        "id": doc.id,
        "content_hash": doc.content_hash,
        "extractor": extractor,
        "text": doc.text,
        "published": doc.published,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "path": doc.path,
        "origin": origins[doc.path] if doc.path is not None else None,
        "date_basis": basis,
        "date_reason": reason,
        "run_id": run_id,
        "stored_at": stamp,
    }
    claim_rows = [store._claim_row(key, doc.id, i, c) for i, c in enumerate(claims)]
    store._clean_rows(row, claim_rows, nul_free)
    return _Built(index, doc, row, claim_rows)


def _write(conn: Connection, built: list[_Built]) -> dict[int, Exception]:
    """One transaction's work: the failed items' errors, by index (a transient failure raises)."""
    failed: dict[int, Exception] = dict(_refuse_clashes(conn, built))
    todo = [b for b in built if b.index not in failed]
    if not todo:
        return failed
    if len({b.row["key"] for b in todo}) == len(todo):  # (a batch repeating a key goes one by one)
        try:
            with conn.begin_nested():
                _insert(conn, todo)
            return failed
        except DBAPIError as e:
            if store._transient(e):
                raise
        except Exception:  # some document of the batch: find which, one by one below
            pass
    for b in todo:
        try:
            with conn.begin_nested():
                _insert(conn, [b])
        except _Kept:
            failed[b.index] = _clash_now(conn, b)
        except DBAPIError as e:
            if store._transient(e):
                raise
            failed[b.index] = e
        except Exception as e:
            failed[b.index] = e
    return failed


def _insert(conn: Connection, built: list[_Built]) -> None:
    """Upsert the documents and replace their claims (raises ``_Kept`` if the upsert kept a clashing row)."""
    if not built:
        return
    rows = sorted((b.row for b in built), key=lambda r: r["key"])  # one lock order for every writer
    upsert = _upsert(conn.dialect.name)
    if upsert is None:  # no portable upsert: replace each row, and let _retrying handle a neighbour's insert
        for row in rows:
            if not store._upsert_document(conn, row):
                raise _Kept
    elif conn.execute(upsert, rows, execution_options={"preserve_rowcount": True}).rowcount != len(rows):
        raise _Kept  # an INSERT's row count counts the rows it wrote: a conflict whose row the WHERE kept is 0
    keys = [row["key"] for row in rows]
    for i in range(0, len(keys), LOOKUP_CHUNK):
        conn.execute(delete(store.CLAIMS).where(store.CLAIMS.c.doc_key.in_(keys[i : i + LOOKUP_CHUNK])))
    claims = [c for b in built for c in b.claims]  # in the batch's order: claim ids follow the corpus
    if not claims:
        return
    if pgcopy.usable(conn):
        pgcopy.copy_claims(conn, claims)
    elif conn.dialect.name == "sqlite" and search.fts_ready(conn.engine):
        _insert_staged(conn, claims)
    else:
        conn.execute(insert(store.CLAIMS), claims)


# SQLite with the evidence index (revision 0007): the claims go into a temporary table of the same
# columns, then into ``claims`` by one INSERT … SELECT. The index's trigger fires for every row
# either way, but FTS5 writes out what it gathered at the end of each statement: one statement
# per claim (``executemany``) made a small segment per claim for FTS5 to merge again, one per
# batch makes one. 2,000 documents of 10 claims, 64 a batch, documents/s new and replacing: no
# index 1,600 and 1,390; the index with executemany 604 and 359-537; through the stage 1,250
# and 860 (a replaced document's old claims leave the index too).
_STAGE = Table(
    "claims_stage",
    MetaData(),
    *(Column(c.name, c.type) for c in store.CLAIMS.columns if c.name != "id"),
    prefixes=["TEMPORARY"],
)
_MAKE_STAGE = CreateTable(_STAGE, if_not_exists=True)
_FROM_STAGE = insert(store.CLAIMS).from_select(
    [c.name for c in _STAGE.columns], select(*_STAGE.columns).order_by(literal_column("rowid"))
)


def _insert_staged(conn: Connection, claims: list[dict[str, Any]]) -> None:
    conn.execute(_MAKE_STAGE)  # per connection, and gone with a rolled-back transaction that made it
    conn.execute(insert(_STAGE), claims)
    conn.execute(_FROM_STAGE)  # in the stage's order: claim ids follow the corpus
    conn.execute(delete(_STAGE))


@cache
def _upsert(dialect_name: str) -> Any:
    """The guarded upsert of ``store.db._upsert_document``, built once, for many rows (None: no upsert here)."""
    dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(dialect_name)
    if dialect is None:
        return None
    stmt = dialect.insert(store.DOCUMENTS)
    D = store.DOCUMENTS
    changed = {c.name: stmt.excluded[c.name] for c in D.columns if c.name != "key"}
    same = or_(
        stmt.excluded.origin.is_(None),
        D.c.origin.is_(None),
        D.c.origin == stmt.excluded.origin,
        D.c.content_hash == stmt.excluded.content_hash,
    )
    return stmt.on_conflict_do_update(index_elements=[D.c.key], set_=changed, where=same)


def _refuse_clashes(conn: Connection, built: list[_Built]) -> dict[int, Exception]:
    """The batch's documents whose id is stored for another file's text, read and locked in this transaction."""
    by_key: dict[str, list[_Built]] = {}
    for b in built:
        if b.row["origin"] is not None:
            by_key.setdefault(b.row["key"], []).append(b)
    keys = sorted(by_key)
    q = store._stored_identity().add_columns(store.DOCUMENTS.c.key)
    refused: dict[int, Exception] = {}
    for i in range(0, len(keys), LOOKUP_CHUNK):
        # the rows stay locked until we commit (PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole store)
        for stored in conn.execute(q.where(store.DOCUMENTS.c.key.in_(keys[i : i + LOOKUP_CHUNK])).with_for_update()):
            for b in by_key[stored.key]:
                message = store._clash_message(stored, b.doc, b.row["origin"])
                if message:
                    refused[b.index] = store.IdClash(message)
    return refused


def _clash_now(conn: Connection, b: _Built) -> Exception:
    """The clash a neighbour made after our look, as the error ``id_clash`` gives (the row is ours to read now)."""
    stored = conn.execute(store._stored_identity().where(store.DOCUMENTS.c.key == b.row["key"])).first()
    message = store._clash_message(stored, b.doc, b.row["origin"]) if b.row["origin"] is not None else None
    return store.IdClash(message or f"id '{b.doc.id}' was just stored from another file by another run")

