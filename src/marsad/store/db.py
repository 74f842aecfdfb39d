"""Saving and querying the store. Every function takes an ``Engine``.

``DEFAULT_URL`` is a SQLite file in the working directory; ``--db`` accepts
any SQLAlchemy URL or a plain file path.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from functools import cache

from sqlalchemy import Engine, create_engine, delete, event, select
from sqlalchemy.orm import Session

from marsad.model import Claim, Document, ReadError
from marsad.store.schema import Base, ClaimRow, DocumentRow, ErrorRow, RunRow

DEFAULT_URL = "sqlite:///marsad.db"


def resolve_url(db: str | None) -> str:
    db = db or os.environ.get("MARSAD_DB") or DEFAULT_URL
    return db if "://" in db else f"sqlite:///{db}"


@cache
def connect(db: str | None = None) -> Engine:
    """An engine for ``db`` with the schema created."""
    url = resolve_url(db)
    engine = create_engine(url)
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # type: ignore[no-untyped-def]
            cur = conn.cursor()
            # WAL: readers (the dashboard) never block a running extraction,
            # and a killed writer leaves the last committed state intact.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    Base.metadata.create_all(engine)
    return engine


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def start_run(engine: Engine, corpus: str) -> int:
    with Session(engine) as s, s.begin():
        run = RunRow(corpus=corpus, started=_now(), status="running")
        s.add(run)
        s.flush()
        return run.id


def finish_run(
    engine: Engine, run_id: int, *, documents: int, skipped: int, claims: int, errors: int, status: str | None = None
) -> None:
    """Close a run: ``ok``, ``failed`` (some documents had errors) or ``aborted`` (the run stopped)."""
    with Session(engine) as s, s.begin():
        run = s.get(RunRow, run_id)
        if run is None:
            return
        run.finished = _now()
        run.documents, run.skipped, run.claims, run.errors = documents, skipped, claims, errors
        run.status = status or ("failed" if errors else "ok")


def is_current(engine: Engine, doc: Document, extractor: str) -> bool:
    """Is this exact document already stored by this extractor version?"""
    with Session(engine) as s:
        row = s.get(DocumentRow, doc.id)
        # the date and outlet change what is extracted (relative periods, outlet voice)
        return (
            row is not None
            and row.content_hash == doc.content_hash
            and row.extractor == extractor
            and row.published == doc.published
            and row.source == doc.source
        )


def _claim_row(doc_id: str, i: int, c: Claim) -> ClaimRow:
    return ClaimRow(
        doc_id=doc_id,
        ordinal=i,
        metric=c.metric,
        value=int(c.value),
        qualifier=c.qualifier,
        countries=",".join(sorted(c.countries)),
        period_start=c.period.start if c.period else None,
        period_end=c.period.end if c.period else None,
        actor=",".join(c.actor),
        source=c.source,
        evidence=c.evidence,
        span_start=c.span.start if c.span else None,
        span_end=c.span.end if c.span else None,
        place=c.place,
        data=c.to_dict(),
    )


def save_document(
    engine: Engine,
    doc: Document,
    claims: list[Claim],
    *,
    extractor: str,
    run_id: int | None = None,
    date_basis: str | None = None,
    date_reason: str | None = None,
) -> None:
    """Store a document and replace its claims, in one transaction."""
    with Session(engine) as s, s.begin():
        row = s.get(DocumentRow, doc.id)
        if row is None:
            row = DocumentRow(id=doc.id)
            s.add(row)
        row.content_hash = doc.content_hash
        row.extractor = extractor
        row.text = doc.text
        row.published = doc.published
        row.source = doc.source
        row.url = doc.url
        row.title = doc.title
        row.path = doc.path
        row.date_basis = date_basis
        row.date_reason = date_reason
        row.run_id = run_id
        row.stored_at = _now()
        s.execute(delete(ClaimRow).where(ClaimRow.doc_id == doc.id))
        s.flush()
        s.add_all(_claim_row(doc.id, i, c) for i, c in enumerate(claims))


def save_error(engine: Engine, run_id: int, err: ReadError) -> None:
    with Session(engine) as s, s.begin():
        s.add(ErrorRow(run_id=run_id, doc=err.doc, path=err.path, code=err.code, message=err.message))


def query_claims(
    engine: Engine,
    *,
    metric: str | None = None,
    country: str | None = None,
    source: str | None = None,
    doc: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[Claim]:
    """Stored claims, filtered. ``since``/``until`` keep claims whose period overlaps."""
    q = select(ClaimRow.data).order_by(ClaimRow.doc_id, ClaimRow.ordinal)
    if metric:
        q = q.where(ClaimRow.metric == metric)
    if country:
        q = q.where(("," + ClaimRow.countries + ",").contains(f",{country.upper()},"))
    if source:
        q = q.where(ClaimRow.source == source)
    if doc:
        q = q.where(ClaimRow.doc_id == doc)
    if since:
        q = q.where(ClaimRow.period_end >= since)
    if until:
        q = q.where(ClaimRow.period_start <= until)
    if limit:
        q = q.limit(limit)
    with Session(engine) as s:
        return [Claim.from_dict(d) for d in s.scalars(q)]


def iter_documents(engine: Engine) -> Iterator[DocumentRow]:
    with Session(engine) as s:
        yield from s.scalars(select(DocumentRow).order_by(DocumentRow.id))


def documents(engine: Engine, ids: Iterable[str] | None = None) -> dict[str, DocumentRow]:
    with Session(engine) as s:
        q = select(DocumentRow)
        if ids is not None:
            q = q.where(DocumentRow.id.in_(list(ids)))
        rows = list(s.scalars(q))
        s.expunge_all()
        return {r.id: r for r in rows}


def errors(engine: Engine, run_id: int | None = None) -> list[ReadError]:
    with Session(engine) as s:
        q = select(ErrorRow).order_by(ErrorRow.id)
        if run_id is not None:
            q = q.where(ErrorRow.run_id == run_id)
        return [ReadError(r.doc, r.path, r.code, r.message) for r in s.scalars(q)]


def last_run(engine: Engine) -> RunRow | None:
    with Session(engine) as s:
        run = s.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(1)).first()
        if run is not None:
            s.expunge(run)
        return run
