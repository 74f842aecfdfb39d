"""Run the cross-check over the store and read its results back.

``consolidate`` reads every stored document and claim, clusters
near-duplicates, builds facts and findings, and replaces the four
consolidation tables in one transaction: running it twice gives the same
tables, and running it after new documents were extracted recomputes them.

Texts and claims are streamed from the store a chunk at a time, and the
snapshot is written with multi-row inserts; see ``bench/bench_scale.py
consolidate`` for time and memory from 10,000 to 100,000 claims.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.orm import Session

from marsad.consolidate.dedup import Signatures
from marsad.consolidate.facts import ClaimRef, build_facts
from marsad.consolidate.findings import all_findings
from marsad.consolidate.tables import TABLES, DuplicateRow, FactRow, FindingRow
from marsad.model import Claim, Finding, Period
from marsad.store import migrate
from marsad.store.db import by_code_point, doc_key, storable
from marsad.store.schema import ClaimRow, DocumentRow


@dataclass(slots=True)
class ConsolidationResult:
    documents: int
    duplicates: int
    claims: int
    facts: int
    findings: int


def _ensure(engine: Engine) -> None:
    """The consolidation tables exist: they are the migrations' (``connect()`` has run them already)."""
    migrate.upgrade(engine)  # one read when the store is at the newest revision


READ_CHUNK = 2_000  # rows fetched at a time when streaming texts and claims from the store
WRITE_CHUNK = 2_000  # rows per INSERT when writing the snapshot


def _stream(engine: Engine, query: Any) -> Iterator[Any]:
    """Rows of ``query`` fetched a chunk at a time (a server-side cursor on PostgreSQL)."""
    with engine.connect() as conn:
        yield from conn.execution_options(yield_per=READ_CHUNK).execute(query)


def load_refs(
    engine: Engine, timings: dict[str, float] | None = None
) -> tuple[list[ClaimRef], dict[str, float], dict[str, str]]:
    """Every stored claim with its document's cluster and outlet.

    Texts are streamed into MinHash signatures and dropped; claims are
    streamed into references. What stays in memory is one reference per
    claim and a signature and a date per document, never the corpus.
    """
    timings = timings if timings is not None else {}
    t0 = time.perf_counter()
    sigs = Signatures()
    info: dict[str, tuple[date | None, str | None]] = {}
    D = DocumentRow.__table__
    for doc_id, text, published, source in _stream(engine, select(D.c.id, D.c.text, D.c.published, D.c.source)):
        sigs.add(doc_id, text or "", published)
        info[doc_id] = (published, source)
    clusters = sigs.cluster()
    del sigs
    t1 = time.perf_counter()
    timings["near-duplicates"] = t1 - t0
    C = ClaimRow.__table__
    q = select(C.c.doc_id, C.c.ordinal, C.c.data).order_by(by_code_point(engine, C.c.doc_id), C.c.ordinal)
    refs = []
    for doc_id, ordinal, data in _stream(engine, q):
        claim_id = f"{doc_id}#{ordinal}"
        claim = Claim.from_dict(data)
        claim.doc = doc_id  # the id as stored (the claim's JSON may hold a NUL the store's text cannot)
        d = info.get(claim.doc)
        rep = clusters.representative(claim.doc)
        rep_row = info.get(rep)
        # A copy counts with its original; an outlet's articles count once.
        outlet = (rep_row[1] if rep_row is not None and rep_row[1] else None) or f"doc:{rep}"
        refs.append(ClaimRef(claim_id, claim, rep, outlet, d[0] if d is not None else None))
    timings["read claims"] = time.perf_counter() - t1
    return refs, clusters.similarity, clusters.duplicates()


def _chunks(rows: Iterable[dict[str, Any]], size: int = WRITE_CHUNK) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def consolidate(engine: Engine, timings: dict[str, float] | None = None) -> ConsolidationResult:
    """Recompute the snapshot; ``timings`` (if given) receives seconds per stage."""
    timings = timings if timings is not None else {}
    _ensure(engine)
    refs, similarity, duplicates = load_refs(engine, timings)
    t0 = time.perf_counter()
    facts = build_facts(refs)
    t1 = time.perf_counter()
    found = all_findings(refs, facts)
    found = _unique_ids(found)
    t2 = time.perf_counter()
    timings["facts"], timings["findings"] = t1 - t0, t2 - t1
    write_snapshot(engine, similarity, duplicates, facts, found)
    timings["write"] = time.perf_counter() - t2
    docs = len({r.doc for r in refs} | set(similarity))
    return ConsolidationResult(docs, len(duplicates), len(refs), len(facts), len(found))


def write_snapshot(
    engine: Engine, similarity: dict[str, float], duplicates: dict[str, str], facts: list, found: list[Finding]
) -> None:
    """Replace the four consolidation tables in one transaction, a few thousand rows per INSERT."""
    text = storable(engine)
    duplicate_rows = (
        {"doc_key": doc_key(d), "doc_id": text(d), "cluster": text(rep), "similarity": similarity[d]}
        for d, rep in sorted(duplicates.items())
    )
    fact_rows = (
        {
            "id": f.id,
            "metric": text(f.metric),
            "countries": text(",".join(f.countries)),
            "period_start": f.period.start if f.period else None,
            "period_end": f.period.end if f.period else None,
            "value": f.value,
            "corroboration": f.corroboration,
            "data": f.to_dict(),
        }
        for f in facts
    )
    fact_claim_rows = (
        {"fact_id": f.id, "claim_key": doc_key(r.id), "claim_id": text(r.id), "doc_id": text(r.doc)}
        for f in facts
        for r in f.claims
    )
    finding_rows = (
        {
            "id": x.id,
            "ordinal": i,
            "kind": text(x.kind),
            "metric": text(x.metric),
            "countries": text(",".join(sorted(x.countries))),
            "period_start": x.period.start if x.period else None,
            "period_end": x.period.end if x.period else None,
            "explanation": text(x.explanation),
            "data": x.to_dict(),
        }
        for i, x in enumerate(found)
    )
    # one transaction: readers see the old snapshot or the new one, never a mix
    with engine.begin() as conn:
        for table in reversed(TABLES):
            conn.execute(delete(table))
        for table, rows in zip(TABLES, (duplicate_rows, fact_rows, fact_claim_rows, finding_rows), strict=True):
            for chunk in _chunks(rows):
                conn.execute(insert(table), chunk)


def _unique_ids(found: list[Finding]) -> list[Finding]:
    """Findings with one content id once: the id is made from everything a finding says."""
    seen: set[str] = set()
    out = []
    for x in found:
        if x.id not in seen:
            seen.add(x.id)
            out.append(x)
    return out


def _finding(d: dict) -> Finding:
    return Finding(
        kind=d["kind"],
        id=d.get("id", ""),
        metric=d["metric"],
        countries=list(d["countries"]),
        period=Period.from_dict(d.get("period")),
        values=list(d["values"]),
        docs=list(d["docs"]),
        explanation=d["explanation"],
        explanation_ar=d.get("explanation_ar", ""),
        evidence=list(d.get("evidence") or []),
        fact_ids=list(d.get("fact_ids") or []),
    )


def list_findings(
    engine: Engine, kind: str | None = None, metric: str | None = None, country: str | None = None
) -> list[Finding]:
    """The findings of the last consolidation, in a stable order, filtered."""
    _ensure(engine)
    q = select(FindingRow.data).order_by(FindingRow.ordinal)
    if kind:
        q = q.where(FindingRow.kind == kind)
    with Session(engine) as s:
        rows = [_finding(d) for d in s.scalars(q)]
    if metric:
        rows = [f for f in rows if metric in f.metric.split("/")]
    if country:
        rows = [f for f in rows if country.upper() in f.countries]
    return rows


@dataclass(slots=True)
class StoredFact:
    """A fact as the store holds it: what the report and the API read."""

    id: str
    metric: str
    countries: list[str]
    period: Period | None
    value: int
    qualifier: str
    corroboration: int
    period_relation: str
    docs: list[str]
    outlets: list[str]
    sources: list[str]
    actor: list[str]
    evidence: list[dict]

    def to_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["period"] = self.period.to_dict() if self.period else None
        return d

    @classmethod
    def from_dict(cls, d: dict) -> StoredFact:
        """A fact from its stored JSON (older snapshots may lack the later fields)."""
        return cls(
            id=d["id"],
            metric=d["metric"],
            countries=list(d["countries"]),
            period=Period.from_dict(d.get("period")),
            value=int(d["value"]),
            qualifier=d.get("qualifier", "exact"),
            corroboration=int(d["corroboration"]),
            period_relation=d.get("period_relation", "equal"),
            docs=list(d["docs"]),
            outlets=list(d.get("outlets") or []),
            sources=list(d.get("sources") or []),
            actor=list(d.get("actor") or []),
            evidence=list(d.get("evidence") or []),
        )


def list_facts(engine: Engine) -> list[StoredFact]:
    _ensure(engine)
    with Session(engine) as s:
        rows = list(s.scalars(select(FactRow.data)))
    out = [StoredFact.from_dict(d) for d in rows]
    out.sort(key=lambda f: (f.metric, f.countries, f.period.start if f.period else date.min, f.value))
    return out


def duplicates(engine: Engine) -> dict[str, str]:
    """Each near-duplicate document and the representative it counts with."""
    _ensure(engine)
    with Session(engine) as s:
        return {r.doc_id: r.cluster for r in s.scalars(select(DuplicateRow))}
