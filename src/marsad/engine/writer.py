"""The parent's store writes and look-ups, a batch at a time.

One transaction stores a whole batch of documents and their claims (rows
built first, inserted with ``executemany``), and one query per batch tells
which documents are stored already, by this extractor, with this text. The
rules are the store's own (``store.db``): the same clash check, the same
guarded upsert, the same storable text. If anything in a batch fails, the
batch's transaction changes nothing and its documents are stored again one
at a time through ``store.save_document``, so a document that cannot be
stored is that document's error and the others are stored, exactly as
with one process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from marsad.model import Claim, Document
from marsad.store import db as store

LOOKUP_CHUNK = 500  # keys per IN (...): every backend takes that many parameters


@dataclass(slots=True)
class Stored:
    """What the store holds under a document's key."""

    id: str
    path: str | None
    origin: str | None
    content_hash: str
    extractor: str
    published: Any
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


class BatchFailed(Exception):
    pass


def _rows(engine: Engine, doc: Document, claims: list[Claim], extractor: str, run_id: int | None,
          basis: str | None, reason: str | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    key = store.doc_key(doc.id)
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
        "origin": store.origin_of(doc.path),
        "date_basis": basis,
        "date_reason": reason,
        "run_id": run_id,
        "stored_at": store._now(),
    }
    claim_rows = [store._claim_row(key, doc.id, i, c) for i, c in enumerate(claims)]
    store._clean_rows(row, claim_rows, store._nul_free(engine))
    return row, claim_rows


Item = tuple[Document, list[Claim], str | None, str | None]  # document, claims, date basis, date reason


def save_batch(engine: Engine, items: list[Item], *, extractor: str, run_id: int | None) -> None:
    """Store every item in one transaction, or none of them (raises)."""
    built = [_rows(engine, doc, claims, extractor, run_id, basis, reason) for doc, claims, basis, reason in items]
    docs = [doc for doc, *_ in items]

    def work(conn: Connection) -> None:
        _refuse_clashes(conn, docs, [row for row, _ in built])
        rows = [row for row, _ in built]
        upsert = _upsert(conn.dialect.name)
        if upsert is None:
            for doc, row in zip(docs, rows, strict=True):
                if not store._upsert_document(conn, row):
                    raise BatchFailed(f"id '{doc.id}' was just stored from another file by another run")
        else:
            done = conn.execute(upsert, rows, execution_options={"preserve_rowcount": True}).rowcount
            if done != len(rows):  # a neighbour's row of another file and text was kept: sort it out one by one
                raise BatchFailed(f"{len(rows) - done} of {len(rows)} documents were just stored by another run")
        keys = [row["key"] for row, _ in built]
        for i in range(0, len(keys), LOOKUP_CHUNK):
            conn.execute(delete(store.CLAIMS).where(store.CLAIMS.c.doc_key.in_(keys[i : i + LOOKUP_CHUNK])))
        claim_rows = [c for _, rows in built for c in rows]
        if claim_rows:
            conn.execute(insert(store.CLAIMS), claim_rows)

    store._retrying(engine, work)


@cache
def _upsert(dialect_name: str) -> Any:
    """``store.db._upsert_document``'s statement, built once, for many rows at a time (None: no upsert here)."""
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


def _refuse_clashes(conn: Connection, docs: list[Document], rows: list[dict[str, Any]]) -> None:
    D = store.DOCUMENTS
    keyed = {row["key"]: (doc, row) for doc, row in zip(docs, rows, strict=True) if row["origin"] is not None}
    keys = sorted(keyed)
    q = select(D.c.key, D.c.id, D.c.path, D.c.origin, D.c.content_hash)
    for i in range(0, len(keys), LOOKUP_CHUNK):
        for stored in conn.execute(q.where(D.c.key.in_(keys[i : i + LOOKUP_CHUNK])).with_for_update()):
            doc, row = keyed[stored.key]
            if store._clash_message(stored, doc, row["origin"]):
                raise BatchFailed(f"id '{doc.id}' clashes")


ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".parquet")


def from_archive(doc: Document) -> bool:
    """Is this page from a news archive (WARC or Parquet), where one URL may come many times?"""
    return bool(doc.url) and bool(doc.path) and doc.path.lower().endswith(ARCHIVE_SUFFIXES)  # type: ignore[union-attr]


def url_key(url: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class KnownUrls:
    """The URLs the store holds (as 64-bit digests), read once on first use and kept up to date by the run."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._keys: set[int] | None = None

    def _load(self) -> set[int]:
        if self._keys is None:
            D = store.DOCUMENTS
            with self.engine.connect() as conn:
                rows = conn.execution_options(yield_per=10_000).execute(select(D.c.url).where(D.c.url.is_not(None)))
                self._keys = {url_key(u) for (u,) in rows}
        return self._keys

    def seen(self, url: str) -> bool:
        return url_key(url) in self._load()

    def add(self, url: str) -> None:
        self._load().add(url_key(url))
