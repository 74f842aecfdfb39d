"""Run the cross-check over the store and read its results back.

``consolidate`` reads every stored document and claim, clusters
near-duplicates, builds facts and findings, and replaces the four
consolidation tables in one transaction: running it twice gives the same
tables, and running it after new documents were extracted recomputes them.

Memory stays bounded as the corpus grows: texts are streamed from the store
into near-duplicate signatures, which go with each document's date and
outlet to an on-disk working set (``spill.WorkingSet``, through
``dedup.NearDuplicates``: band keys, candidate pairs and clusters are
tables there); claims are streamed once into the same working set and read
back one group at a time — facts and contradictions per metric and country
set, arithmetic per metric and period, metric confusions per value, drifts
per figure —; and findings are written as they are made, a few thousand
rows per INSERT. What grows with the corpus is the largest group's claims
(and the largest finding), not the documents, the claims or the findings.
The snapshot is the one computing everything in memory gave (same rows,
ids, order and explanations; ``tests/consolidate/test_streaming.py``). See
``bench/bench_scale.py consolidate`` for time and memory.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.orm import Session

from marsad.consolidate.dedup import NearDuplicates
from marsad.consolidate.facts import ClaimRef, Fact, build_facts
from marsad.consolidate.findings import (
    MIN_CONFUSION,
    arithmetic_entries,
    arithmetic_finding,
    contradictions,
    drift_finding,
    drift_pairs,
    metric_confusions,
    single_sources,
)
from marsad.consolidate.spill import ARITHMETIC, SINGLE_SOURCE, WorkingSet
from marsad.consolidate.tables import TABLES, DuplicateRow, FactClaimRow, FactRow, FindingRow
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
WRITE_WEIGHT = 10_000  # claims cited by the findings of one INSERT (about 10 MB of JSON)


def _stream(engine: Engine, query: Any) -> Iterator[Any]:
    """Rows of ``query`` fetched a chunk at a time (a server-side cursor on PostgreSQL)."""
    with engine.connect() as conn:
        yield from conn.execution_options(yield_per=READ_CHUNK).execute(query)


def load_documents(engine: Engine, db: sqlite3.Connection) -> NearDuplicates:
    """Texts are streamed into MinHash signatures and dropped; each document's date, outlet, signature and
    band keys go to ``db`` (the working set), where its near-duplicate cluster is found."""
    docs = NearDuplicates(db)
    D = DocumentRow.__table__
    for doc_id, text, published, source in _stream(
        engine, select(D.c.id, D.c.text, D.c.published, D.c.source)
    ):
        docs.add(doc_id, text or "", published, source)
    docs.cluster()
    return docs


def iter_refs(engine: Engine, docs: NearDuplicates) -> Iterator[ClaimRef]:
    """Every stored claim with its document's cluster and outlet, in code-point order of documents.

    A claim whose document is not stored (none, as the store keeps them) is its own cluster and is
    counted among the documents (``docs.add_missing``).
    """
    C = ClaimRow.__table__
    q = select(C.c.doc_id, C.c.ordinal, C.c.data).order_by(by_code_point(engine, C.c.doc_id), C.c.ordinal)
    last: str | None = None
    published: date | None = None
    rep = outlet = ""
    for doc_id, ordinal, data in _stream(engine, q):
        claim_id = f"{doc_id}#{ordinal}"
        claim = Claim.from_dict(data)
        claim.doc = doc_id  # the id as stored (the claim's JSON may hold a NUL the store's text cannot)
        if doc_id != last:  # a document's claims come together: one lookup each
            last = doc_id
            found = docs.lookup(doc_id)
            if found is None:
                docs.add_missing(doc_id)
                published, rep, rep_source = None, doc_id, None
            else:
                published, rep, rep_source = found
            # A copy counts with its original; an outlet's articles count once.
            outlet = rep_source or f"doc:{rep}"
        yield ClaimRef(claim_id, claim, rep, outlet, published)


def load_refs(
    engine: Engine, timings: dict[str, float] | None = None
) -> tuple[list[ClaimRef], dict[str, float], dict[str, str]]:
    """Every stored claim in memory at once (for analysis and tests), with the near-duplicates' similarity
    and clusters; ``consolidate`` streams them instead."""
    timings = timings if timings is not None else {}
    with WorkingSet() as ws:
        t0 = time.perf_counter()
        docs = load_documents(engine, ws.db)
        clusters = docs.clusters()
        t1 = time.perf_counter()
        timings["near-duplicates"] = t1 - t0
        refs = list(iter_refs(engine, docs))
        timings["read claims"] = time.perf_counter() - t1
    return refs, clusters.similarity, clusters.duplicates()


class _Clock:
    """Seconds per stage, summed over the stretches each stage runs in."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        t = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t


def consolidate(engine: Engine, timings: dict[str, float] | None = None) -> ConsolidationResult:
    """Recompute the snapshot; ``timings`` (if given) receives seconds per stage."""
    timings = timings if timings is not None else {}
    clock = _Clock(timings)
    _ensure(engine)
    with WorkingSet() as ws:
        with clock("near-duplicates"):
            docs = load_documents(engine, ws.db)
        with clock("read claims"):
            ws.fill(iter_refs(engine, docs), MIN_CONFUSION)
        # one transaction: readers see the old snapshot or the new one, never a mix
        with engine.begin() as conn:
            out = SnapshotWriter(conn, engine, ws.first_time, clock)
            with clock("write"):
                for table in reversed(TABLES):
                    conn.execute(delete(table))
                out.duplicates(docs.duplicates())
            _findings(ws, out, clock)
            with clock("write"):
                out.close()
        documents, duplicates = docs.documents(), docs.duplicate_count()
    return ConsolidationResult(documents, duplicates, ws.claims, out.facts, out.findings)


def _with_facts(found: Iterable[Finding], fact_of: dict[str, str]) -> Iterator[Finding]:
    """Each finding with the facts its claims belong to."""
    for f in found:
        f.fact_ids = sorted({fact_of[e["claim_id"]] for e in f.evidence if e["claim_id"] in fact_of})
        yield f


def _findings(ws: WorkingSet, out: SnapshotWriter, clock: _Clock) -> None:
    """Facts and every kind of finding, a group at a time, written in the order of ``findings.all_findings``.

    One function per pass, so that a pass's last group is let go before the next pass loads its own.
    """
    _facts_and_contradictions(ws, out, clock)
    with clock("findings"):
        _arithmetic(ws)
    out.add_findings(ws.held(ARITHMETIC))
    _confusions(ws, out, clock)
    with clock("findings"):
        _drift_pairs(ws)
    out.add_findings(
        f
        for kind, side_a, side_b, fact_of in ws.drift_sides()
        for f in _with_facts([drift_finding(kind, side_a, side_b)], fact_of)
    )
    out.add_findings(ws.held(SINGLE_SOURCE))


def _facts_and_contradictions(ws: WorkingSet, out: SnapshotWriter, clock: _Clock) -> None:
    for refs, seqs, figures in ws.metric_groups():
        with clock("facts"):
            facts = build_facts(refs)
            ws.facts_of(facts, seqs)
        with clock("write"):
            out.add_facts(facts)
        with clock("findings"):
            ws.hold(SINGLE_SOURCE, None, single_sources(facts))
            found = list(
                _with_facts(contradictions(refs, figures), {r.id: f.id for f in facts for r in f.claims})
            )
        out.add_findings(found)


def _arithmetic(ws: WorkingSet) -> None:
    """Arithmetic findings, held until all are made: they come out in the order of their first totals."""
    for refs, seqs, fact_of in ws.arithmetic_buckets():
        for entry in arithmetic_entries(refs):
            (f,) = _with_facts([arithmetic_finding(entry)], fact_of)
            ws.hold(ARITHMETIC, seqs[id(entry[1])], [f])


def _confusions(ws: WorkingSet, out: SnapshotWriter, clock: _Clock) -> None:
    for refs, fact_of in ws.values(MIN_CONFUSION):
        with clock("findings"):
            found = list(_with_facts(metric_confusions(refs), fact_of))
        out.add_findings(found)


def _drift_pairs(ws: WorkingSet) -> None:
    """Every drifting pair of claims, per figure, into the working set (ordered there by pair of articles:
    the ranks of their clusters)."""
    for rank, refs, seqs, clusters in ws.figure_groups():
        ws.add_drifts(
            (kind, place, clusters[id(a)], clusters[id(b)], seqs[id(a)], seqs[id(b)])
            for kind, place, a, b in drift_pairs(refs, rank)
        )


class SnapshotWriter:
    """The four tables' rows, written through one connection ``WRITE_CHUNK`` rows per INSERT as they come.

    ``first_time(id)`` says whether a finding id is new: findings are content-addressed, and a repeat (a
    hash collision, in practice) is left out as the in-memory snapshot left it out.
    """

    def __init__(
        self, conn: Connection, engine: Engine, first_time: Any, clock: _Clock | None = None
    ) -> None:
        self.conn = conn
        self.text = storable(engine)
        self.first_time = first_time
        self.clock = clock or _Clock({})
        self.facts = 0
        self.findings = 0
        self._rows: dict[Any, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self._weight: dict[Any, int] = dict.fromkeys(TABLES, 0)

    def _add(self, table: Any, row: dict[str, Any], weight: int = 1) -> None:
        """Buffer a row; an INSERT goes out at ``WRITE_CHUNK`` rows or, since one finding may cite thousands of
        claims (megabytes of JSON), at ``WRITE_WEIGHT`` claims cited."""
        rows = self._rows[table]
        rows.append(row)
        self._weight[table] += weight
        if len(rows) == WRITE_CHUNK or self._weight[table] >= WRITE_WEIGHT:
            self.conn.execute(insert(table), rows)
            rows.clear()
            self._weight[table] = 0

    def close(self) -> None:
        for table, rows in self._rows.items():
            if rows:
                self.conn.execute(insert(table), rows)
                rows.clear()

    def duplicates(self, found: Iterable[tuple[str, str, float]]) -> None:
        """(document, representative, similarity), in code point order of the documents."""
        text = self.text
        for d, rep, similarity in found:
            row = {"doc_key": doc_key(d), "doc_id": text(d), "cluster": text(rep), "similarity": similarity}
            self._add(DuplicateRow.__table__, row)

    def add_facts(self, facts: Iterable[Fact]) -> None:
        text = self.text
        for f in facts:
            self.facts += 1
            self._add(
                FactRow.__table__,
                {
                    "id": f.id,
                    "metric": text(f.metric),
                    "countries": text(",".join(f.countries)),
                    "period_start": f.period.start if f.period else None,
                    "period_end": f.period.end if f.period else None,
                    "value": f.value,
                    "corroboration": f.corroboration,
                    "data": f.to_dict(),
                },
            )
            for r in f.claims:
                row = {
                    "fact_id": f.id,
                    "claim_key": doc_key(r.id),
                    "claim_id": text(r.id),
                    "doc_id": text(r.doc),
                }
                self._add(FactClaimRow.__table__, row)

    def add_findings(self, found: Iterable[Finding]) -> None:
        """Findings in their order; each is made by ``found`` as it is asked for (timed as findings)."""
        text = self.text
        it = iter(found)
        while True:
            with self.clock("findings"):
                x = next(it, None)
            if x is None:
                return
            with self.clock("write"):
                if not self.first_time(x.id):
                    continue
                self._add(
                    FindingRow.__table__,
                    {
                        "id": x.id,
                        "ordinal": self.findings,
                        "kind": text(x.kind),
                        "metric": text(x.metric),
                        "countries": text(",".join(sorted(x.countries))),
                        "period_start": x.period.start if x.period else None,
                        "period_end": x.period.end if x.period else None,
                        "explanation": text(x.explanation),
                        "data": x.to_dict(),
                    },
                    1 + len(x.evidence),
                )
                self.findings += 1


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
    """The findings of the last consolidation, in a stable order, filtered (an empty filter value
    keeps every finding) by the filter the API and the dashboard use (``store.db.finding_conditions``)."""
    from marsad.store.db import query_findings

    _ensure(engine)
    return query_findings(engine, kind=kind or None, metric=metric or None, country=country or None)


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
