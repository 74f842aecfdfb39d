"""An index for words in the evidence (the claim filter's ``words``, the API's ``q=``).

What matches and how the index is used: ``marsad.store.search``. Built here for a store's
existing claims; from then on kept in step by the database itself.

- SQLite: ``claims_fts``, an FTS5 table with the ``trigram`` tokenizer over ``claims.evidence``
  (external content, ``detail=none``, no column sizes: which rows hold each trigram, and no
  copy of the text), filled from the claims, and three triggers that keep it in step with
  every insert, delete (a document's claims replaced or removed, a cascade) and change of
  the evidence. A SQLite without FTS5's trigram tokenizer (before 3.34) gets neither, with a
  log line, and the filter reads every claim as before.

  A later revision that rebuilds ``claims`` on SQLite (a new table, copy, drop, rename, as
  Alembic's batch mode does) drops these triggers with the old table: it must drop
  ``claims_fts`` first and make both again after (a test checks the index at head).
- PostgreSQL: the pg_trgm extension (``CREATE EXTENSION IF NOT EXISTS``; a trusted extension
  since PostgreSQL 13, which a role with CREATE on the database may make) and
  ``ix_claims_evidence_trgm``, a GIN index of trigrams over the evidence (pg_trgm serves
  ``LIKE`` and the regular expressions the filter tests words with). If the extension cannot be made (no privilege,
  contrib not installed) or the index cannot be built, the revision still succeeds, says so
  in a log line, and the filter reads every claim; a DBA can make both later by hand (the
  statements are in the log line). The downgrade drops the index and leaves the extension
  (it may have been there before, or be used by others).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import logging
import sqlite3

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

from marsad.store import search

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

log = logging.getLogger("marsad.store")

SQLITE_UP = (
    "CREATE VIRTUAL TABLE claims_fts USING fts5(evidence, content='claims', content_rowid='id', "
    "tokenize='trigram', detail='none', columnsize=0)",
    "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence); END",
    "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); END",
    "CREATE TRIGGER claims_fts_update AFTER UPDATE OF id, evidence ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); "
    "INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence); END",
    "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS claims_fts_update",
    "DROP TRIGGER IF EXISTS claims_fts_delete",
    "DROP TRIGGER IF EXISTS claims_fts_insert",
    "DROP TABLE IF EXISTS claims_fts",
)

PG_EXTENSION = "CREATE EXTENSION IF NOT EXISTS pg_trgm"
PG_INDEX = "CREATE INDEX ix_claims_evidence_trgm ON claims USING gin (evidence {ops})"
_SCHEMA = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        if not search.sqlite_has_trigram():
            log.warning(
                "this SQLite (%s) has no FTS5 trigram tokenizer (3.34 or newer): the store gets no "
                "index of the claims' evidence, and the q= filter reads every claim",
                sqlite3.sqlite_version,
            )
            return
        for statement in SQLITE_UP:
            op.execute(statement)
    elif dialect == "postgresql":
        _postgresql_up()


def _postgresql_up() -> None:
    bind = op.get_bind()
    ops = "gin_trgm_ops"
    try:
        with bind.begin_nested():  # a failed statement must not abort the migration's transaction
            bind.execute(sa.text(PG_EXTENSION))
            schema = bind.scalar(sa.text(_SCHEMA))
            ops = f'"{schema}".gin_trgm_ops' if schema else ops  # wherever a DBA put it, on the path or not
            bind.execute(sa.text(PG_INDEX.format(ops=ops)))
    except DBAPIError as e:
        first = (str(e.orig).strip().splitlines() or [type(e.orig).__name__])[0]
        log.warning(
            "no trigram index on the claims' evidence (%s): the q= filter reads every claim. "
            "A role that may can add it: %s; %s",
            first, PG_EXTENSION, PG_INDEX.format(ops=ops),
        )  # fmt: skip


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_claims_evidence_trgm")
