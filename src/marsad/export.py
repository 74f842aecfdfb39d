"""Claims to files: JSONL (the contract), CSV (flat), Parquet (typed columns, pyarrow; ``engine.columns``), GeoJSON.

Files are written through ``marsad.outfile`` (complete or not at all). CSV
cells that a spreadsheet would run as a formula — text beginning with
``= + - @``, a tab or a carriage return, which an article's evidence can —
are neutralised with a leading apostrophe, the OWASP rule;
``guard_formulas=False`` writes them as they are.

Every writer streams: claims are taken from the iterable one at a time (from
the store, ``store.stream`` reads a chunk at a time) and written as they
come, so memory does not grow with the export. Parquet is written with
pyarrow's ``ParquetWriter``, one row group per ``ROW_GROUP`` claims: up to
that many claims the file is byte for byte what ``pq.write_table`` wrote for
the whole table; beyond it the rows, schema and values are the same, cut
into more row groups. JSONL, CSV and GeoJSON are byte-identical at any size.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.model import Claim
from marsad.outfile import open_output

if TYPE_CHECKING:
    from marsad.store.db import StoredClaim

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

FLAT_COLUMNS = (
    "doc",
    "metric",
    "value",
    "qualifier",
    "countries",
    "period_start",
    "period_end",
    "actor",
    "source",
    "place",
    "evidence",
    "span_start",
    "span_end",
)


def flat(c: Claim) -> dict[str, object]:
    return {
        "doc": c.doc,
        "metric": c.metric,
        "value": int(c.value),
        "qualifier": c.qualifier,
        "countries": ";".join(c.countries),
        "period_start": c.period.start.isoformat() if c.period else None,
        "period_end": c.period.end.isoformat() if c.period else None,
        "actor": ";".join(c.actor),
        "source": c.source,
        "place": c.place,
        "evidence": c.evidence,
        "span_start": c.span.start if c.span else None,
        "span_end": c.span.end if c.span else None,
    }


def guard_cell(value: object) -> object:
    """A text cell a spreadsheet would evaluate, made inert (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


FORMATS = ("jsonl", "csv", "parquet")
ROW_GROUP = 10_000  # claims per Parquet row group: what the Parquet writer holds at a time


def export_claims(claims: Iterable[Claim], path: Path, fmt: str, guard_formulas: bool = True) -> int:
    """Write claims to ``path`` as they come; returns how many."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}': use jsonl, csv or parquet")
    n = 0
    if fmt == "jsonl":
        with open_output(path, "w", encoding="utf-8") as f:
            for c in claims:
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "csv":
        # utf-8-sig so that spreadsheet programs show the Arabic evidence correctly
        with open_output(path, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=FLAT_COLUMNS)
            w.writeheader()
            for c in claims:
                row = flat(c)
                w.writerow({k: guard_cell(v) for k, v in row.items()} if guard_formulas else row)
                n += 1
    elif fmt == "parquet":
        n = _parquet(claims, path)
    return n


def _parquet(claims: Iterable[Claim], path: Path) -> int:
    import pyarrow.parquet as pq

    from marsad.engine.columns import CLAIMS, claims_table

    # the schema of the Dask engine's claims/ partitions (marsad.engine.columns), so either loads alike
    n = 0
    seen: dict[str, int] = {}  # claims per document so far: the ordinal column runs on across row groups
    it = iter(claims)
    with open_output(path, "wb") as f, pq.ParquetWriter(f, CLAIMS) as writer:
        while chunk := list(itertools.islice(it, ROW_GROUP)):
            writer.write_table(claims_table(chunk, seen))
            n += len(chunk)
        if n == 0:  # as pq.write_table writes an empty table: one empty row group
            writer.write_table(claims_table([]))
    return n


def export_geojson(rows: Iterable[StoredClaim], path: Path) -> int:
    """A GeoJSON FeatureCollection, one feature per claim at its place or countries (``report.places.location``).

    Written feature by feature, the same bytes as ``json.dumps`` of the whole collection.
    """
    from marsad.report.places import location

    n = 0
    with open_output(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [')
        for r in rows:
            feature = {"type": "Feature", "id": r.id, "geometry": location(r.claim), "properties": r.to_dict()}
            f.write((", " if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
        f.write("]}")
    return n
