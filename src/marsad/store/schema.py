"""The store's tables (SQLAlchemy 2, any backend; SQLite by default).

A document row remembers the content hash and the extractor version that
produced its claims: re-running a corpus skips what is already current, and
a changed document replaces its claims in one transaction, so a run killed at
any moment leaves every document either wholly old or wholly new.

Limits are the same on every backend, so nothing a corpus says can fail on
PostgreSQL that works on SQLite:

- a document is keyed by ``key``, the SHA-256 of its id, not by the id
  itself: a PostgreSQL b-tree refuses entries over about 2.7 KB, and ids
  (file paths, JSONL fields) and outlet names have no length limit here;
- every string that comes from an article or a corpus is ``Text``;
- counts are 64-bit (``BigInteger``), and so are claim row ids, which grow
  with every re-extraction.

The tables are created and changed only by the Alembic migrations in
``store/migrations`` (``connect()`` runs them); this module is what the code
reads and writes, and a test checks that the two agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints, so that a migration can drop or change one by name on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite makes only an INTEGER PRIMARY KEY an autoincrementing rowid; a BIGINT key would not be.
BigId = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


_FACETS = ("metric", "countries", "period_start", "period_end", "value", "qualifier")


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        # the claim pages' sorts and filters (revision 0006); an outlet's name has no length limit
        Index("ix_documents_published", "published"),
        Index("ix_documents_source", "source", postgresql_using="hash"),
        # SQLite only: a document id has no length limit and PostgreSQL's b-tree refuses long entries
        Index("ix_documents_id", "id").ddl_if(dialect="sqlite"),
        # SQLite only: a claim's document by its key gives its outlet and date without reading its text
        Index("ix_documents_outlet", "key", "source", "published").ddl_if(dialect="sqlite"),
    )

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256(id), see doc_key()
    id: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    extractor: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    path: Mapped[str | None] = mapped_column(Text, nullable=True)  # as the run was given it
    origin: Mapped[str | None] = mapped_column(Text, nullable=True)  # its file's real path, see id_clash()
    date_basis: Mapped[str | None] = mapped_column(Text, nullable=True)
    date_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), nullable=True)
    stored_at: Mapped[datetime] = mapped_column(DateTime)


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("doc_key", "ordinal"),  # also the index for a document's claims
        # hash, not b-tree, on PostgreSQL: equality is all a source filter needs, at any length
        Index("ix_claims_source", "source", postgresql_using="hash"),
        # the API's and the dashboard's queries (revisions 0005, 0006): bounded columns only
        Index("ix_claims_facets", *_FACETS).ddl_if(dialect="postgresql"),
        # SQLite's (revision 0006): the same, then the unbounded columns the facets and the map read
        Index("ix_claims_summary", *_FACETS, "source", "place", "doc_key").ddl_if(dialect="sqlite"),
        # the sorted claim pages (revision 0006): each sort's key, then the common filters' columns
        Index("ix_claims_value", "value", "metric", "countries"),
        Index("ix_claims_period", "period_start", "period_end", "metric", "countries", "value"),
        # SQLite only, as ix_documents_id
        Index("ix_claims_doc_order", "doc_id", "ordinal", "metric", "countries", "value").ddl_if(dialect="sqlite"),
        # words in the evidence (revision 0007, store.search): PostgreSQL's pg_trgm index, where the
        # extension could be made; SQLite's is the FTS5 table claims_fts and its triggers, which the
        # revision makes (no model: a virtual table)
        Index(
            "ix_claims_evidence_trgm", "evidence", postgresql_using="gin", postgresql_ops={"evidence": "gin_trgm_ops"}
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    doc_key: Mapped[str] = mapped_column(ForeignKey("documents.key", ondelete="CASCADE"))
    doc_id: Mapped[str] = mapped_column(Text)
    ordinal: Mapped[int] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(Text, index=True)
    value: Mapped[int] = mapped_column(BigInteger)
    qualifier: Mapped[str] = mapped_column(Text)
    countries: Mapped[str] = mapped_column(Text)  # "IQ,SY", sorted
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    actor: Mapped[str] = mapped_column(Text)  # "CENTCOM,ISF"
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    evidence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    span_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    place: Mapped[str | None] = mapped_column(Text, nullable=True)
    data: Mapped[dict] = mapped_column(JSON)  # the full claim as JSON (spans, rule, context), exact


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    corpus: Mapped[str] = mapped_column(Text)
    started: Mapped[datetime] = mapped_column(DateTime)
    finished: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    claims: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="running")
    # who is running it: a run still "running" whose process is gone was killed
    pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    host: Mapped[str | None] = mapped_column(Text, nullable=True)


class ErrorRow(Base):
    __tablename__ = "errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    doc: Mapped[str] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text, nullable=True)
    code: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)


# What the migrations own: these, and the consolidation's snapshot (marsad.consolidate.tables, on this Base).
STORE_TABLES = ("documents", "claims", "runs", "errors")
CONSOLIDATION_TABLES = ("duplicates", "facts", "fact_claims", "findings")
