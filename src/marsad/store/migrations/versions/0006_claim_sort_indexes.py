"""Indexes for the sorted claim pages, the outlet filter and the document list (``marsad serve``).

A claim page is keyset-paginated: each sort walks its index in order, tests the filter on the
way and stops after one page, instead of sorting every matching claim for each page. The
metric, the countries and the value ride in the sort indexes so that the common filters (a
metric, a country, a value range) are tested on the index entry, not on the claim's row with its JSON.

- ``ix_claims_period`` (period_start, period_end, metric, countries, value) replaces
  ``ix_claims_period_start``: the period sorts, and the period filter tested in the index.
- ``ix_claims_value`` becomes (value, metric, countries): the value sorts.
- ``ix_documents_published``: claims by publication date walk the documents in date order and
  join their claims.
- ``ix_documents_source``: the outlet filter and facet (a hash index on PostgreSQL, where an
  outlet's name has no length limit and equality is all the filter needs).

SQLite only, because they hold columns with no length limit (a document id, a source, a place,
an outlet) and PostgreSQL's b-tree refuses entries over about 2.7 KB (the reason documents are
keyed by a hash); there PostgreSQL sorts and scans as before:

- ``ix_claims_doc_order`` (doc_id, ordinal, metric, countries, value) and ``ix_documents_id``: claims
  in document order and the document list in id order.
- ``ix_claims_summary`` replaces ``ix_claims_facets`` with the same columns and then source,
  place and doc_key: every facet, the map's counts and the outlet facet's join read this index
  instead of the claims' rows with their JSON and evidence.
- ``ix_documents_outlet`` (key, source, published): a claim's document found by its key gives
  the outlet and the date from the index; in the table the outlet sits after the article's
  text, which SQLite reads through to get to it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FACETS = ["metric", "countries", "period_start", "period_end", "value", "qualifier"]  # ix_claims_facets (0005)


def upgrade() -> None:
    op.drop_index("ix_claims_period_start", table_name="claims")
    op.create_index("ix_claims_period", "claims", ["period_start", "period_end", "metric", "countries", "value"])
    op.drop_index("ix_claims_value", table_name="claims")
    op.create_index("ix_claims_value", "claims", ["value", "metric", "countries"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_source", "documents", ["source"], postgresql_using="hash")
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_claims_doc_order", "claims", ["doc_id", "ordinal", "metric", "countries", "value"])
        op.create_index("ix_documents_id", "documents", ["id"])
        op.drop_index("ix_claims_facets", table_name="claims")
        op.create_index("ix_claims_summary", "claims", [*FACETS, "source", "place", "doc_key"])
        op.create_index("ix_documents_outlet", "documents", ["key", "source", "published"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_documents_outlet", table_name="documents")
        op.drop_index("ix_claims_summary", table_name="claims")
        op.create_index("ix_claims_facets", "claims", FACETS)
        op.drop_index("ix_documents_id", table_name="documents")
        op.drop_index("ix_claims_doc_order", table_name="claims")
    op.drop_index("ix_documents_source", table_name="documents")
    op.drop_index("ix_documents_published", table_name="documents")
    op.drop_index("ix_claims_value", table_name="claims")
    op.create_index("ix_claims_value", "claims", ["value"])
    op.drop_index("ix_claims_period", table_name="claims")
    op.create_index("ix_claims_period_start", "claims", ["period_start"])
