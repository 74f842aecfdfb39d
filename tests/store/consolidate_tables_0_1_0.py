"""The consolidation tables of marsad 0.1.0 (git show ed0f80a:src/marsad/consolidate/tables.py), to make old stores in tests.

Its code, verbatim below (the docstring aside) except one import: ``Base`` is the 0.1.0 schema's (schema_0_1_0.py, loaded
as ``marsad_schema_0_1_0`` by test_store_migrations.py), as it was then, not today's.
"""


from __future__ import annotations

from datetime import date

from marsad_schema_0_1_0 import Base
from sqlalchemy import JSON, Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column


class DuplicateRow(Base):
    """A document that is a near-copy of its cluster's representative."""

    __tablename__ = "duplicates"

    doc_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    cluster: Mapped[str] = mapped_column(String(300), index=True)  # the representative's id
    similarity: Mapped[float] = mapped_column(Float)


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    metric: Mapped[str] = mapped_column(String(40), index=True)
    countries: Mapped[str] = mapped_column(String(200))  # "IQ,SY", sorted
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    value: Mapped[int] = mapped_column(Integer)
    corroboration: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)  # Fact.to_dict()


class FactClaimRow(Base):
    __tablename__ = "fact_claims"

    fact_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    claim_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(300), index=True)


class FindingRow(Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    metric: Mapped[str] = mapped_column(String(100), index=True)  # "attacks/operations" for a confusion
    countries: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    explanation: Mapped[str] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON)  # Finding.to_dict()


TABLES = [DuplicateRow.__table__, FactRow.__table__, FactClaimRow.__table__, FindingRow.__table__]
