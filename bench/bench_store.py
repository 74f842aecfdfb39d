"""Store throughput: documents saved per second, SQLite file (and PostgreSQL when a URL is given).

Only the store is timed: 2,000 documents of 1.8 KB with 10 claims each are
built once, then saved one transaction each (as ``marsad extract`` does),
then saved again (every document replaced), then checked with
``is_current``. The peer is the same workload through SQLAlchemy ORM objects,
the way the store saved documents before 0.2 (one Session per document).

    python bench/bench_store.py [postgresql://...]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from marsad.model import Claim, Document, Period, Span
from marsad.store import db as store
from marsad.store.schema import ClaimRow, DocumentRow

N, CLAIMS = 2000, 10
SENTENCE = "قتل 3 عناصر من داعش في كركوك أمس، واعتقلت القوات الأمنية 12 مشتبها بهم في الأنبار. "


def corpus() -> list[tuple[Document, list[Claim]]]:
    text = SENTENCE * 20
    out = []
    for i in range(N):
        doc = Document(id=f"bench/{i:05d}.txt", text=text, published=date(2024, 5, 3), source="wire", content_hash=f"h{i}")
        claims = [
            Claim(doc=doc.id, metric="killed", value=3 + k, countries=["IQ"], period=Period(date(2024, 5, 2), date(2024, 5, 2)),
                  actor=["ISF"], source="wire", evidence=SENTENCE, span=Span(0, len(SENTENCE)), place="كركوك", rule="bench")
            for k in range(CLAIMS)
        ]  # fmt: skip
        out.append((doc, claims))
    return out


def save_orm(engine, doc: Document, claims: list[Claim]) -> None:
    """The pre-0.2 way: ORM objects, get-then-add, one Session per document."""
    with Session(engine) as s, s.begin():
        key = store.doc_key(doc.id)
        row = s.get(DocumentRow, key) or DocumentRow(key=key)
        s.add(row)
        row.id, row.content_hash, row.extractor, row.text = doc.id, doc.content_hash, "bench", doc.text
        row.published, row.source, row.stored_at = doc.published, doc.source, store._now()
        s.execute(delete(ClaimRow).where(ClaimRow.doc_key == key))
        s.flush()
        s.add_all(ClaimRow(**store._claim_row(key, doc.id, i, c)) for i, c in enumerate(claims))


def timed(label: str, fn, docs) -> float:
    t = time.perf_counter()
    for doc, claims in docs:
        fn(doc, claims)
    rate = len(docs) / (time.perf_counter() - t)
    print(f"  {label:<34} {rate:8.0f} documents/s")
    return rate


def bench(url: str, docs) -> None:
    print(url.split("?")[0])
    engine = store.connect(url)
    timed("save (Core upsert), new", lambda d, c: store.save_document(engine, d, c, extractor="bench"), docs)
    timed("save (Core upsert), replacing", lambda d, c: store.save_document(engine, d, c, extractor="bench"), docs)
    timed("is_current", lambda d, c: store.is_current(engine, d, "bench"), docs)
    timed("peer: ORM objects, replacing", lambda d, c: save_orm(engine, d, c), docs)


def main() -> None:
    docs = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{Path(tmp) / 'bench.db'}", docs)
    for url in sys.argv[1:]:
        bench(url, docs)


if __name__ == "__main__":
    main()
