"""Consolidation as it was before streaming: every claim, fact and finding in memory at once.

A copy of ``consolidate``, ``write_snapshot`` and ``_unique_ids`` from
``marsad/consolidate/record.py`` at d83ecf2 (claims read by ``load_refs``,
which lists them in memory, and near-duplicates by datasketch's in-memory
LSH index, both as they were before near-duplicates went to disk:
``reference_dedup``), kept as the reference that the streamed snapshot must
equal row for row (``test_streaming.py``, and
``bench/bench_scale.py consolidate --ab``). ``findings`` may be the
all-pairs module (``reference_findings``) as well as today's indexed one.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, delete, insert

from marsad.consolidate import findings as indexed
from marsad.consolidate.facts import build_facts
from marsad.consolidate.record import ConsolidationResult, _ensure
from marsad.consolidate.tables import TABLES
from marsad.model import Finding
from marsad.store.db import doc_key, storable

WRITE_CHUNK = 2_000  # rows per INSERT when writing the snapshot


def _reference_dedup() -> ModuleType:
    """``reference_dedup`` beside this file, loaded once (its dataclasses need it in ``sys.modules``)."""
    name = "marsad_tests_reference_dedup"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("reference_dedup.py"))
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


load_refs = _reference_dedup().load_refs


def _chunks(rows: Iterable[dict[str, Any]], size: int = WRITE_CHUNK) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def consolidate(
    engine: Engine, timings: dict[str, float] | None = None, findings: ModuleType = indexed
) -> ConsolidationResult:
    """Recompute the snapshot; ``timings`` (if given) receives seconds per stage."""
    import time

    timings = timings if timings is not None else {}
    _ensure(engine)
    refs, similarity, duplicates = load_refs(engine, timings)
    t0 = time.perf_counter()
    facts = build_facts(refs)
    t1 = time.perf_counter()
    found = findings.all_findings(refs, facts)
    found = _unique_ids(found)
    t2 = time.perf_counter()
    timings["facts"], timings["findings"] = t1 - t0, t2 - t1
    write_snapshot(engine, similarity, duplicates, facts, found)
    timings["write"] = time.perf_counter() - t2
    docs = len({r.doc for r in refs} | set(similarity))
    return ConsolidationResult(docs, len(duplicates), len(refs), len(facts), len(found))


def write_snapshot(
    engine: Engine,
    similarity: dict[str, float],
    duplicates: dict[str, str],
    facts: list,
    found: list[Finding],
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
        for table, rows in zip(
            TABLES, (duplicate_rows, fact_rows, fact_claim_rows, finding_rows), strict=True
        ):
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
