"""No limits a corpus can hit, on any backend; runs know their process.

- documents are keyed by ``key`` = sha256(id) instead of the id: PostgreSQL's
  b-tree refuses an entry over about 2.7 KB, and ids have no length limit;
- claims point at ``doc_key``; their ``value`` and row ids become 64-bit;
- every string from an article or corpus becomes TEXT (PostgreSQL enforced
  the old VARCHAR lengths: an outlet over 200 characters failed the run);
- the claims' source index is a hash index on PostgreSQL (any length);
- runs record the ``pid`` and ``host`` running them, so a run whose process
  was killed can be told from one still going.

``documents`` and ``claims`` are rebuilt (new table, copy, drop, rename)
rather than altered: changing a primary key in place is not portable, and
the copy computes every key in SQL, so nothing passes through Python.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer, "sqlite")

DOC_COLUMNS = (
    "content_hash", "extractor", "text", "published", "source", "url", "title", "path",
    "date_basis", "date_reason", "run_id", "stored_at",
)  # fmt: skip
CLAIM_COLUMNS = (
    "ordinal", "metric", "value", "qualifier", "countries", "period_start", "period_end", "actor",
    "source", "evidence", "span_start", "span_end", "place", "data",
)  # fmt: skip


def _create_documents(name: str) -> None:
    op.create_table(
        name,
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("extractor", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("source", sa.Text, nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("path", sa.Text, nullable=True),
        sa.Column("date_basis", sa.Text, nullable=True),
        sa.Column("date_reason", sa.Text, nullable=True),
        sa.Column("run_id", sa.Integer, nullable=True),
        sa.Column("stored_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_documents"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_documents_run_id_runs"),
    )


def _create_claims(name: str, documents: str) -> None:
    op.create_table(
        name,
        sa.Column("id", BigId, nullable=False, autoincrement=True),
        sa.Column("doc_key", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.Text, nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("metric", sa.Text, nullable=False),
        sa.Column("value", sa.BigInteger, nullable=False),
        sa.Column("qualifier", sa.Text, nullable=False),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("period_start", sa.Date, nullable=True),
        sa.Column("period_end", sa.Date, nullable=True),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=True),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=True),
        sa.Column("span_end", sa.Integer, nullable=True),
        sa.Column("place", sa.Text, nullable=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(
            ["doc_key"], [f"{documents}.key"], name="fk_claims_doc_key_documents", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("doc_key", "ordinal", name="uq_claims_doc_key_ordinal"),
    )


def _sha256_hex(column: sa.ColumnElement) -> sa.ColumnElement:
    """SQL for sha256(column as UTF-8) in hex: the same key ``store.db.doc_key`` computes."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        return sa.func.encode(sa.func.sha256(sa.func.convert_to(column, "UTF8")), "hex")
    if bind.dialect.name == "sqlite":
        # SQLite has no hash function: lend it Python's for this connection
        bind.connection.driver_connection.create_function(  # type: ignore[union-attr]
            "marsad_sha256", 1, lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest(), deterministic=True
        )
        return sa.func.marsad_sha256(column)
    raise NotImplementedError(f"no SQL sha256 for {bind.dialect.name}; marsad supports sqlite and postgresql")


def _copy(source: str, target: str, keyed: str, key: str, columns: tuple[str, ...]) -> None:
    """INSERT INTO target (key, <keyed>, columns...) SELECT sha256(<keyed>), <keyed>, columns... FROM source."""
    old = sa.table(source, *(sa.column(c) for c in (keyed, *columns)))
    new = sa.table(target, *(sa.column(c) for c in (key, keyed, *columns)))
    rows = sa.select(_sha256_hex(old.c[keyed]), old.c[keyed], *(old.c[c] for c in columns))
    op.execute(new.insert().from_select([key, keyed, *columns], rows))


def _rebuild_documents_and_claims() -> None:
    _create_documents("documents_v2")
    _create_claims("claims_v2", "documents_v2")
    _copy("documents", "documents_v2", "id", "key", DOC_COLUMNS)
    _copy("claims", "claims_v2", "doc_id", "doc_key", ("id", *CLAIM_COLUMNS))
    op.drop_table("claims")
    op.drop_table("documents")
    op.rename_table("documents_v2", "documents")
    op.rename_table("claims_v2", "claims")
    if op.get_bind().dialect.name == "postgresql":
        # the serial's sequence keeps its first name, and copied ids must not be handed out again
        op.execute("ALTER SEQUENCE claims_v2_id_seq RENAME TO claims_id_seq")
        op.execute("SELECT setval('claims_id_seq', COALESCE((SELECT MAX(id) FROM claims), 0) + 1, false)")
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_index("ix_claims_metric", "claims", ["metric"])
    op.create_index("ix_claims_period_start", "claims", ["period_start"])
    op.create_index("ix_claims_source", "claims", ["source"], postgresql_using="hash")


def upgrade() -> None:
    _rebuild_documents_and_claims()
    with op.batch_alter_table("errors") as errors:
        errors.alter_column("doc", type_=sa.Text, existing_type=sa.String(300), existing_nullable=False)
        errors.alter_column("code", type_=sa.Text, existing_type=sa.String(40), existing_nullable=False)
    op.add_column("runs", sa.Column("pid", sa.Integer, nullable=True))
    op.add_column("runs", sa.Column("host", sa.Text, nullable=True))


def downgrade() -> None:
    raise NotImplementedError("a store is not downgraded below 0002: its keys and 64-bit counts cannot go back")
