"""Load a cross-check scenario (tests/data/crosscheck/*.jsonl) into a fresh store.

Claims are built directly, as extraction would store them, so these tests do
not depend on the extractor: spans are found from each claim's ``evidence``
sentence and ``number``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from marsad.model import Claim, Document, Span
from marsad.store import db as store

DATA = Path(__file__).resolve().parents[1] / "data" / "crosscheck"


def read(name: str) -> list[dict]:
    return [
        json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]


def expected() -> dict[str, dict]:
    return {row["scenario"]: row for row in read("expected")}


def claim(doc: dict, c: dict) -> Claim:
    text = doc["text"]
    start = text.index(c["evidence"])
    num = start + c["evidence"].index(c["number"])
    data = {k: v for k, v in c.items() if k != "number"}
    out = Claim.from_dict({"doc": doc["id"], **data})
    out.span = Span(start, start + len(c["evidence"]))
    out.number_span = Span(num, num + len(c["number"]))
    return out


def load(engine: Engine, *names: str) -> None:
    for name in names:
        for doc in read(name):
            d = Document(
                id=doc["id"],
                text=doc["text"],
                published=date.fromisoformat(doc["published"]) if doc.get("published") else None,
                source=doc.get("source"),
                content_hash=str(hash(doc["text"])),
            )
            store.save_document(engine, d, [claim(doc, c) for c in doc["claims"]], extractor="test")


def engine_for(tmp_path: Path, *names: str) -> Engine:
    engine = store.connect(f"sqlite:///{tmp_path / 'store.db'}")
    load(engine, *names)
    return engine
