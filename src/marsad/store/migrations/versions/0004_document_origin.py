"""Documents remember where they came from: ``origin``, the real path of their file.

A document's id is its file name without the extension (or a JSONL line's
``id``), so two files named alike in two folders, extracted in two runs, had
one id and the second silently replaced the first. With its origin stored, a
document whose id is taken by a different text from another file is refused
as an ``id_clash`` error instead (``store.db.id_clash``); the same file,
edited, still replaces its earlier self.

Existing rows keep ``origin`` empty: their ``path`` is relative to wherever
that run was started, so it is compared as it stands until the document is
stored again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("origin", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as documents:
        documents.drop_column("origin")
