"""The consolidation's tables, on the store's own ``Base``.

They hold a snapshot computed from the claims table by ``consolidate()``:
it deletes and rewrites all four in one transaction, so they never mix two
runs. They carry no foreign keys to ``claims`` on purpose: re-extracting a
document replaces its claim rows, and that must not fail or cascade into the
snapshot; the next ``consolidate`` recomputes it.

Like the store's own tables they are made and changed only by the Alembic
migrations (revision 0003 made them), and hold anything a corpus holds on
every backend: ids that come from a corpus are ``Text``, keyed where needed
by their sha256 (``store.db.doc_key``), and values are 64-bit.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, BigInteger, Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from marsad.store.schema import Base


class DuplicateRow(Base):
    """A document that is a near-copy of its cluster's representative."""

    __tablename__ = "duplicates"

    doc_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # doc_key(doc_id)
    doc_id: Mapped[str] = mapped_column(Text)
    cluster: Mapped[str] = mapped_column(Text)  # the representative's id
    similarity: Mapped[float] = mapped_column(Float)


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # "F" + 12 hex digits, from the content
    metric: Mapped[str] = mapped_column(Text, index=True)
    countries: Mapped[str] = mapped_column(Text)  # "IQ,SY", sorted
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    value: Mapped[int] = mapped_column(BigInteger)
    corroboration: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)  # Fact.to_dict()


class FactClaimRow(Base):
    __tablename__ = "fact_claims"

    fact_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    claim_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # doc_key(claim_id): sha256
    claim_id: Mapped[str] = mapped_column(Text)  # "<doc>#<ordinal>"
    doc_id: Mapped[str] = mapped_column(Text)


class FindingRow(Base):
    __tablename__ = "findings"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # "X" + 12 hex digits, from the content
    ordinal: Mapped[int] = mapped_column(Integer, index=True)  # order by content, as computed
    kind: Mapped[str] = mapped_column(Text, index=True)
    metric: Mapped[str] = mapped_column(Text, index=True)  # "attacks/operations" for a confusion
    countries: Mapped[str] = mapped_column(Text)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    explanation: Mapped[str] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON)  # Finding.to_dict()


TABLES = [DuplicateRow.__table__, FactRow.__table__, FactClaimRow.__table__, FindingRow.__table__]
