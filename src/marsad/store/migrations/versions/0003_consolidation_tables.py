"""The consolidation's four tables join the migrations, with no limit a corpus can hit.

Until now ``consolidate`` made ``duplicates``, ``facts``, ``fact_claims`` and
``findings`` itself with ``create_all`` (VARCHAR(300) ids, 32-bit values,
findings keyed by a row number). They hold a snapshot that every
``consolidate`` deletes and recomputes from the claims, so nothing in them
needs keeping: this revision drops whatever is there and creates them anew.

- an id that comes from a corpus (a document id, a claim id "<doc>#<ordinal>")
  is TEXT, and where it keys a row the key is its sha256 (``doc_key``,
  ``claim_key``): PostgreSQL's b-tree refuses entries over about 2.7 KB;
- a fact's value is 64-bit;
- a finding is keyed by its content id and keeps its place in ``ordinal``;
- fact and finding ids are made by marsad ("F"/"X" and 12 hex digits).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("fact_claims", "facts", "duplicates", "findings")


def _drop_existing() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for name in TABLES:
        if name in existing:  # made by create_all in 0.1.0 or since; a table takes its indexes with it
            op.drop_table(name)


def upgrade() -> None:
    _drop_existing()
    op.create_table(
        "duplicates",
        sa.Column("doc_key", sa.String(64), nullable=False),  # sha256(doc_id)
        sa.Column("doc_id", sa.Text, nullable=False),
        sa.Column("cluster", sa.Text, nullable=False),  # the representative's id
        sa.Column("similarity", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("doc_key", name="pk_duplicates"),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("metric", sa.Text, nullable=False),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("period_start", sa.Date, nullable=True),
        sa.Column("period_end", sa.Date, nullable=True),
        sa.Column("value", sa.BigInteger, nullable=False),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
    )
    op.create_index("ix_facts_metric", "facts", ["metric"])
    op.create_table(
        "fact_claims",
        sa.Column("fact_id", sa.String(64), nullable=False),
        sa.Column("claim_key", sa.String(64), nullable=False),  # sha256(claim_id)
        sa.Column("claim_id", sa.Text, nullable=False),  # "<doc>#<ordinal>"
        sa.Column("doc_id", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("fact_id", "claim_key", name="pk_fact_claims"),
    )
    op.create_table(
        "findings",
        sa.Column("id", sa.String(64), nullable=False),  # from the finding's content
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("metric", sa.Text, nullable=False),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("period_start", sa.Date, nullable=True),
        sa.Column("period_end", sa.Date, nullable=True),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_findings"),
    )
    op.create_index("ix_findings_ordinal", "findings", ["ordinal"])
    op.create_index("ix_findings_kind", "findings", ["kind"])
    op.create_index("ix_findings_metric", "findings", ["metric"])


def downgrade() -> None:
    # a snapshot: the next consolidate of an older marsad makes its own tables again
    _drop_existing()
