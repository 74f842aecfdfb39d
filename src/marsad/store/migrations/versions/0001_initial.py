"""The schema of marsad 0.1.0, as its ``create_all`` made it.

A store made before migrations existed has exactly these tables and no
``alembic_version``; ``connect()`` stamps it with this revision and upgrades
it from here, so old and new stores take the same path. Constraints are left
unnamed, as they were, so that both kinds of store end up named alike.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("corpus", sa.Text, nullable=False),
        sa.Column("started", sa.DateTime, nullable=False),
        sa.Column("finished", sa.DateTime, nullable=True),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("extractor", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("path", sa.Text, nullable=True),
        sa.Column("date_basis", sa.String(40), nullable=True),
        sa.Column("date_reason", sa.Text, nullable=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=True),
        sa.Column("stored_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(300), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("metric", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("qualifier", sa.String(20), nullable=False),
        sa.Column("countries", sa.String(200), nullable=False),
        sa.Column("period_start", sa.Date, nullable=True),
        sa.Column("period_end", sa.Date, nullable=True),
        sa.Column("actor", sa.String(300), nullable=False),
        sa.Column("source", sa.String(100), nullable=True),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=True),
        sa.Column("span_end", sa.Integer, nullable=True),
        sa.Column("place", sa.String(100), nullable=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.UniqueConstraint("doc_id", "ordinal"),
    )
    for column in ("doc_id", "metric", "period_start", "source"):
        op.create_index(f"ix_claims_{column}", "claims", [column])
    op.create_table(
        "errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("doc", sa.String(300), nullable=False),
        sa.Column("path", sa.Text, nullable=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
    )
    op.create_index("ix_errors_run_id", "errors", ["run_id"])


def downgrade() -> None:
    for table in ("errors", "claims", "documents", "runs"):
        op.drop_table(table)
