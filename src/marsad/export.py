"""Claims to files: JSONL (the contract), CSV (flat) and Parquet (typed columns, pyarrow; ``engine.columns``).

Files are written through ``marsad.outfile`` (complete or not at all). CSV
cells that a spreadsheet would run as a formula — text beginning with
``= + - @``, a tab or a carriage return, which an article's evidence can —
are neutralised with a leading apostrophe, the OWASP rule;
``guard_formulas=False`` writes them as they are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from marsad.model import Claim
from marsad.outfile import open_output

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


def export_claims(claims: Iterable[Claim], path: Path, fmt: str, guard_formulas: bool = True) -> int:
    """Write claims to ``path``; returns how many."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}': use jsonl, csv or parquet")
    rows = list(claims)
    if fmt == "jsonl":
        with open_output(path, "w", encoding="utf-8") as f:
            for c in rows:
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        # utf-8-sig so that spreadsheet programs show the Arabic evidence correctly
        with open_output(path, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=FLAT_COLUMNS)
            w.writeheader()
            for c in rows:
                row = flat(c)
                w.writerow({k: guard_cell(v) for k, v in row.items()} if guard_formulas else row)
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        from marsad.engine.columns import claims_table

        # the schema of the Dask engine's claims/ partitions (marsad.engine.columns), so either loads alike
        table = claims_table(rows)
        with open_output(path, "wb") as f:
            pq.write_table(table, f)
    return len(rows)
