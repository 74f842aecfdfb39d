"""On PostgreSQL ``marsad extract --db`` stores each window on a writer thread, claims by COPY, and keeps what it stored.

The store a run leaves, its summary, its output file and what it reports
document by document are the same as when each window was written before
the next was extracted, with the claims written by ``executemany``: the
way the store ran before the writer thread and COPY (and SQLite still runs).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

import marsad.pipeline as pipeline
from marsad.model import Claim, Document, Span
from marsad.store import batch, pgcopy
from marsad.store import db as store
from marsad.text.segment import sentences

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "samples" / "reports").glob("*.txt"))


@pytest.fixture
def before(monkeypatch):
    """Run the store as before: no writer thread, claims by executemany."""

    def switch() -> None:
        monkeypatch.setattr(pipeline, "_writer", lambda engine: pipeline._Inline())
        monkeypatch.setattr(pgcopy, "usable", lambda conn: False)

    return switch


def feed_rows(n: int, seed: int) -> list[dict]:
    """Recombined sample sentences, dated, from a few outlets (one text with a NUL)."""
    rng = random.Random(seed)
    pool = [s.text(t) for p in REPORTS for t in [p.read_text("utf-8")] for s in sentences(t)]
    rows = [
        {"id": f"f{i:03d}", "text": "\n".join(rng.choice(pool) for _ in range(rng.randint(2, 8))),
         "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": f"outlet{i % 5}"}
        for i in range(n)
    ]  # fmt: skip
    rows[7]["text"] = rows[7]["text"].replace(" ", "\x00 ", 1)
    return rows


def write_corpus(folder: Path, rows: list[dict], reports: list[Path], edited: dict[str, str] | None = None) -> Path:
    """A folder: a JSONL feed (with a broken line, a row without text, a repeated id) and report files.

    One report's file name is not UTF-8: its id (and every claim's JSON) holds a lone surrogate.
    """
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    lines = [json.dumps(r) for r in rows]
    lines[5:5] = ["{broken", json.dumps({"id": "no-text"}), json.dumps(rows[3])]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for p in reports:
        shutil.copy(p, folder / p.name)
    (folder / os.fsdecode(b"r\xffport.txt")).write_bytes(reports[0].read_bytes())
    for name, text in (edited or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def dump(url: str) -> dict[str, list]:
    """Every stored row that a run writes, all columns but times and process ids (claims' JSON as its value)."""
    engine = store.connect(url)
    out = {}
    skip = {"stored_at", "started", "finished", "pid"}
    with engine.connect() as conn:
        for table in (store.DOCUMENTS, store.CLAIMS, store.ERRORS, store.RUNS):
            columns = [c for c in table.columns if c.name not in skip]
            out[table.name] = [tuple(r) for r in conn.execute(select(*columns).order_by(*table.primary_key))]
    return out


ROWS, MORE = feed_rows(90, seed=5), feed_rows(120, seed=6)[90:]


def runs(tmp_path: Path, mode: str, url: str, fail_storing: Any) -> dict[str, Any]:
    """Four runs into one store: a corpus; the corpus edited and grown; another folder's copies; the same again.

    The corpus is rewritten in the same place for each mode: a document's path is part of what is stored.
    """
    corpus, elsewhere, out = tmp_path / "corpus", tmp_path / "elsewhere", tmp_path / mode
    out.mkdir()
    fail_storing(url, "f040", OperationalError("INSERT ...", {}, Exception("disk I/O error")))
    seen: list[tuple] = []
    record = lambda r: seen.append((r.doc.id if r.doc else None, len(r.claims), r.error))  # noqa: E731
    summaries, dumps = [], []

    def one(folder: Path, name: str) -> None:
        summaries.append(pipeline.run(folder, db=url, out=out / f"{name}.jsonl", progress=record, batch=16))
        dumps.append(dump(url))

    write_corpus(corpus, ROWS, REPORTS)
    one(corpus, "first")
    edited = [dict(r, text=r["text"] + "\nقتل 4 عناصر.") if i % 9 == 0 else r for i, r in enumerate(ROWS)]
    write_corpus(corpus, edited + MORE, REPORTS, {REPORTS[1].name: "قتل 7 عناصر في الرمادي."})
    one(corpus, "edited")
    write_corpus(elsewhere, ROWS[:30], REPORTS[:6], {REPORTS[2].name: "قتل 9 عناصر في الموصل."})
    one(elsewhere, "elsewhere")
    one(corpus, "again")
    return {
        "summaries": [dict(vars(s)) for s in summaries],
        "progress": seen,
        "outputs": [p.read_text("utf-8", "surrogateescape") for p in sorted(out.iterdir())],
        "stores": dumps,
    }


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request, tmp_path) -> Any:
    """Make a fresh store on each backend in turn: ``new_store()`` is its URL."""
    if request.param == "sqlite":
        names = iter(range(100))
        return lambda: f"sqlite:///{tmp_path / f'store{next(names)}.db'}"
    return request.getfixturevalue("postgres").new_database


def test_the_store_a_run_leaves_is_the_one_it_left_before(new_store, tmp_path, fail_storing, before):
    new = runs(tmp_path, "new", new_store(), fail_storing)
    before()
    old = runs(tmp_path, "old", new_store(), fail_storing)

    # the corpora give every kind of outcome a run has
    first, edited, elsewhere, again = new["summaries"]
    assert (first["documents"], first["skipped"]) == (90 - 1 + len(REPORTS) + 1, 0)  # f040 refused; the bytes-named report
    assert sorted(e.code for e in first["errors"]) == ["duplicate_id", "json", "schema", "store"]
    assert (edited["documents"], edited["skipped"]) == (10 + 30 + 1, 80 - 1 + len(REPORTS) - 1 + 1)
    assert sorted(e.code for e in elsewhere["errors"]) == ["duplicate_id"] + ["id_clash"] * 6 + ["json", "schema"]
    assert (again["documents"], again["claims"], again["skipped"]) == (0, 0, 135 - 1)  # f040 refused again
    assert new["stores"][3]["documents"] == new["stores"][2]["documents"]  # running again changes nothing
    assert new["stores"][3]["claims"] == new["stores"][2]["claims"]
    stored = {row[1]: row for row in new["stores"][0]["documents"]}
    assert "\x00" in ROWS[7]["text"] and len(stored["f007"][4]) == len(ROWS[7]["text"])

    assert new["summaries"] == old["summaries"]
    assert new["progress"] == old["progress"]
    assert new["outputs"] == old["outputs"]
    assert new["stores"] == old["stores"]


def test_each_window_is_stored_on_the_writer_thread_in_order(tmp_path, pg_url):
    rows = feed_rows(40, seed=7)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    writes: list[tuple[str, int]] = []

    def note(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO documents"):
            writes.append((threading.current_thread().name, len(params)))

    engine = store.connect(pg_url)
    event.listen(engine, "before_cursor_execute", note)
    try:
        summary = pipeline.run(corpus, db=pg_url, batch=16)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert summary.documents == 40
    assert [n for _, n in writes] == [16, 16, 8]
    assert all(name.startswith("marsad-store") for name, _ in writes)
    # the claims went by COPY, in the corpus's order
    with engine.connect() as conn:
        docs = conn.scalars(select(store.CLAIMS.c.doc_id).order_by(store.CLAIMS.c.id)).all()
    assert docs == sorted(docs) and len(set(docs)) > 30


def test_an_interrupted_run_counts_what_it_stored_and_the_next_run_finishes(store_url, tmp_path, monkeypatch):
    rows = feed_rows(60, seed=8)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    extract = pipeline.extract_document

    def interrupted(doc, *args):  # type: ignore[no-untyped-def]
        if doc.id == "f037":  # in the third window of 16, while the second is being stored
            raise KeyboardInterrupt
        return extract(doc, *args)

    monkeypatch.setattr(pipeline, "extract_document", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(corpus, db=store_url, batch=16)
    engine = store.connect(store_url)
    last = store.last_run(engine)
    assert (last.status, last.documents) == ("aborted", 32)
    assert sorted(store.documents(engine)) == [f"f{i:03d}" for i in range(32)]

    monkeypatch.setattr(pipeline, "extract_document", extract)
    again = pipeline.run(corpus, db=store_url, batch=16)
    assert (again.documents, again.skipped, again.errors) == (28, 32, [])


def test_a_claim_the_server_refuses_in_the_copy_is_its_documents_error(pg_url):
    engine = store.connect(pg_url)
    text = "قتل 3 عناصر من داعش في كركوك أمس."

    def item(doc_id: str, start: int) -> tuple:
        claim = Claim(doc=doc_id, metric="killed", value=3, evidence=text, span=Span(start, start + 5), countries=["IQ"])
        return Document(id=doc_id, text=text, content_hash=doc_id), [claim], None, None

    # a span offset past 2^31 fits SQLite's integers, not PostgreSQL's: the server refuses that row of the COPY
    outcomes = batch.save_batch(engine, [item("a", 0), item("b", 2**40), item("c", 4)], extractor="v", run_id=None)
    assert outcomes[0] is None and outcomes[2] is None
    assert "out of range" in str(outcomes[1])
    assert sorted(store.documents(engine)) == ["a", "c"]
    assert [c.span.start for c in store.query_claims(engine)] == [0, 4]


def test_a_window_waits_for_a_document_of_the_same_id_still_being_stored(tmp_path):
    """``read_corpus`` gives every document its own id; a caller that repeats one still sees it stored first."""
    url = f"sqlite:///{tmp_path / 's.db'}"
    engine = store.connect(url)
    docs = [Document(id=f"d{i}", text=f"قتل {i + 2} عناصر من داعش في كركوك أمس.", content_hash=f"h{i}") for i in range(6)]
    summary = pipeline.RunSummary(run_id=store.start_run(engine, "items"))
    state = pipeline._Run(engine, summary, None, None, pipeline.extractor_version(), force=False)
    state.serial([*docs[:4], docs[1], *docs[4:]], batch=4)  # d1 again, in the window after its first
    assert (summary.documents, summary.skipped) == (6, 1)
