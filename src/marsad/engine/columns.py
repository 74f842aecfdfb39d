"""The Parquet schema of a run: documents, claims and errors.

``marsad export --format parquet`` writes ``CLAIMS``; the Dask engine writes
all three, one file per partition under ``documents/``, ``claims/`` and
``errors/``; ``marsad load`` reads them back into a store. The claim columns
are typed for analysis (lists of countries and actors, dates, 64-bit
values); ``data`` holds the claim's full JSON (spans, rule, context), which
is what ``load`` stores, so that a claim comes back exactly as extracted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from marsad.model import Claim, Document, ReadError

SCHEMA_VERSION = 1

CLAIMS = pa.schema(
    [
        ("doc", pa.string()),
        ("metric", pa.string()),
        ("value", pa.int64()),
        ("qualifier", pa.string()),
        ("countries", pa.list_(pa.string())),
        ("period_start", pa.date32()),
        ("period_end", pa.date32()),
        ("actor", pa.list_(pa.string())),
        ("source", pa.string()),
        ("place", pa.string()),
        ("evidence", pa.string()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("ordinal", pa.int32()),  # the claim's place in its document
        ("data", pa.string()),  # the claim's JSON, exact (Claim.to_dict)
    ]
)

DOCUMENTS = pa.schema(
    [
        ("id", pa.string()),
        ("content_hash", pa.string()),
        ("extractor", pa.string()),
        ("text", pa.string()),
        ("published", pa.date32()),
        ("published_from", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("path", pa.string()),
        ("date_basis", pa.string()),
        ("date_reason", pa.string()),
        ("claims", pa.int32()),
    ]
)

ERRORS = pa.schema(
    [
        ("doc", pa.string()),
        ("path", pa.string()),
        ("code", pa.string()),
        ("message", pa.string()),
    ]
)


def _ordinals(claims: Sequence[Claim], seen: dict[str, int] | None = None) -> list[int]:
    """Each claim's place in its document, counting in the order given.

    ``seen`` carries the counts from one chunk of a stream to the next (a streamed export).
    """
    seen = {} if seen is None else seen
    out = []
    for c in claims:
        out.append(seen.get(c.doc, 0))
        seen[c.doc] = out[-1] + 1
    return out


def claims_table(claims: Iterable[Claim], seen: dict[str, int] | None = None) -> pa.Table:
    """The claims as a table; ``seen``: claims per document in the chunks before this one."""
    rows = list(claims)
    return pa.table(
        {
            "doc": [c.doc for c in rows],
            "metric": [c.metric for c in rows],
            "value": [int(c.value) for c in rows],
            "qualifier": [c.qualifier for c in rows],
            "countries": [list(c.countries) for c in rows],
            "period_start": [c.period.start if c.period else None for c in rows],
            "period_end": [c.period.end if c.period else None for c in rows],
            "actor": [list(c.actor) for c in rows],
            "source": [c.source for c in rows],
            "place": [c.place for c in rows],
            "evidence": [c.evidence for c in rows],
            "span_start": [c.span.start if c.span else None for c in rows],
            "span_end": [c.span.end if c.span else None for c in rows],
            "ordinal": _ordinals(rows, seen),
            "data": [json.dumps(c.to_dict(), ensure_ascii=False) for c in rows],
        },
        schema=CLAIMS,
    )


def documents_table(rows: Iterable[tuple[Document, str, str | None, str | None, int]]) -> pa.Table:
    """(document, extractor version, date basis, date reason, claim count) rows."""
    rows = list(rows)
    docs = [r[0] for r in rows]
    return pa.table(
        {
            "id": [d.id for d in docs],
            "content_hash": [d.content_hash for d in docs],
            "extractor": [r[1] for r in rows],
            "text": [d.text for d in docs],
            "published": [d.published for d in docs],
            "published_from": [d.published_from for d in docs],
            "source": [d.source for d in docs],
            "url": [d.url for d in docs],
            "title": [d.title for d in docs],
            "path": [d.path for d in docs],
            "date_basis": [r[2] for r in rows],
            "date_reason": [r[3] for r in rows],
            "claims": [r[4] for r in rows],
        },
        schema=DOCUMENTS,
    )


def errors_table(errors: Iterable[ReadError]) -> pa.Table:
    rows = list(errors)
    return pa.table(
        {
            "doc": [e.doc for e in rows],
            "path": [e.path for e in rows],
            "code": [e.code for e in rows],
            "message": [e.message for e in rows],
        },
        schema=ERRORS,
    )


def document_of(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        published=row["published"],
        source=row["source"],
        url=row["url"],
        title=row["title"],
        path=row["path"],
        content_hash=row["content_hash"],
        published_from=row["published_from"],
    )


def claim_of(row: dict[str, Any]) -> Claim:
    return Claim.from_dict(json.loads(row["data"]))
