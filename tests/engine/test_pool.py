"""Extraction on a pool of processes: the same store, output file and errors as one process."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from marsad.engine import writer
from marsad.pipeline import run
from marsad.store import batch
from marsad.store import db as store

from .corpora import documents, write_jsonl

BROKEN = {5: "{not json", 120: json.dumps({"id": "no-text", "title": "x"}), 250: json.dumps({"id": "g0001", "text": "نص آخر"})}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("pool") / "corpus.jsonl", documents(300), BROKEN)


def store_rows(db_path) -> tuple[list, list, list]:
    con = sqlite3.connect(db_path)
    claims = con.execute("SELECT doc_id, ordinal, metric, value, data FROM claims ORDER BY doc_id, ordinal").fetchall()
    docs = con.execute(
        "SELECT id, content_hash, extractor, text, published, source, url, date_basis, date_reason FROM documents ORDER BY id"
    ).fetchall()
    errors = con.execute("SELECT doc, path, code, message FROM errors ORDER BY id").fetchall()
    return claims, docs, errors


def summary_fields(s) -> tuple:
    return (s.documents, s.skipped, s.claims, s.errors, s.by_metric, s.by_country, s.not_arabic, s.known_urls)


def test_two_workers_write_what_one_writes_byte_for_byte(tmp_path, corpus):
    one = run(corpus, db=str(tmp_path / "one.db"), out=tmp_path / "one.jsonl", workers=1)
    two = run(corpus, db=str(tmp_path / "two.db"), out=tmp_path / "two.jsonl", workers=2, batch=16)
    assert one.documents == 300 and one.claims > 1000  # g0001 is given twice: the second is an error
    assert [(e.doc, e.code) for e in one.errors] == [("corpus:6", "json"), ("no-text", "schema"), ("g0001", "duplicate_id")]
    assert summary_fields(two) == summary_fields(one)
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert store_rows(tmp_path / "two.db") == store_rows(tmp_path / "one.db")

    # a second run stores nothing new and lists every stored claim again, in the same order
    again = run(corpus, db=str(tmp_path / "two.db"), out=tmp_path / "again.jsonl", workers=2, batch=16)
    assert (again.documents, again.skipped, again.claims) == (0, 300, 0)
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    claims, docs, _ = store_rows(tmp_path / "two.db")
    assert (claims, docs) == store_rows(tmp_path / "one.db")[:2]


def test_a_document_that_cannot_be_stored_is_its_own_error_in_a_batch(tmp_path, corpus, monkeypatch, fail_storing):
    rows = documents(40)
    path = write_jsonl(tmp_path / "small.jsonl", rows)
    batches: list[int] = []
    real_batch = writer.save_batch

    def save_batch(engine, items, **kw):
        batches.append(len(items))
        return real_batch(engine, items, **kw)

    monkeypatch.setattr(writer, "save_batch", save_batch)
    fail_storing(str(tmp_path / "s.db"), "g0013", RuntimeError("boom"))  # the database refuses that one row
    summary = run(path, db=str(tmp_path / "s.db"), out=tmp_path / "o.jsonl", workers=2, batch=8)
    assert batches == [8, 8, 8, 8, 8]
    assert [(e.doc, e.code) for e in summary.errors] == [("g0013", "store")]
    assert summary.documents == 39
    engine = store.connect(str(tmp_path / "s.db"))
    assert sorted(store.documents(engine)) == sorted(r["id"] for r in rows if r["id"] != "g0013")
    out = [json.loads(line)["doc"] for line in (tmp_path / "o.jsonl").read_text("utf-8").splitlines()]
    assert "g0013" not in out and out == sorted(out)  # in corpus order, without the failed document


def test_a_claim_past_64_bits_fails_only_its_document_in_a_batch(tmp_path):
    # a real failure, no injection: the store refuses the value, the batch is stored one by one
    rows = documents(12)
    rows[4]["text"] += "\nقتل 99999999999999999999 عنصراً من داعش في كركوك أمس."
    path = write_jsonl(tmp_path / "big.jsonl", rows)
    one = run(path, db=str(tmp_path / "one.db"), workers=1)
    two = run(path, db=str(tmp_path / "two.db"), workers=2, batch=4)
    assert [(e.doc, e.code) for e in two.errors] == [(e.doc, e.code) for e in one.errors]
    assert summary_fields(two) == summary_fields(one)
    assert store_rows(tmp_path / "two.db")[:2] == store_rows(tmp_path / "one.db")[:2]


def test_the_time_budget_holds_in_the_workers(tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "c.jsonl", documents(6))
    monkeypatch.setenv("MARSAD_DOC_SECONDS", "0.000001")
    summary = run(path, db=str(tmp_path / "t.db"), workers=2, batch=2)
    assert [e.code for e in summary.errors] == ["timeout"] * 6
    assert [e.doc for e in summary.errors] == [f"g{i:04d}" for i in range(6)]


def test_the_command_line_uses_every_core_by_default_and_takes_workers(tmp_path):
    from marsad.cli import app

    path = write_jsonl(tmp_path / "c.jsonl", documents(70))  # more than one batch: the pool starts
    for n in ("1", "2"):
        out = tmp_path / f"o{n}.jsonl"
        r = CliRunner().invoke(app, ["extract", str(path), "--db", str(tmp_path / f"{n}.db"), "-o", str(out), "--workers", n])
        assert r.exit_code == 0, r.output
        assert "70 documents extracted" in r.output
    assert (tmp_path / "o1.jsonl").read_bytes() == (tmp_path / "o2.jsonl").read_bytes()
    r = CliRunner().invoke(app, ["extract", str(path), "--db", str(tmp_path / "d.db")])
    assert r.exit_code == 0 and "70 documents extracted" in r.output
    bad = CliRunner().invoke(app, ["extract", str(path), "--workers", "0"])
    assert bad.exit_code == 2


def test_batches_on_every_backend_store_what_one_process_stores(store_url, tmp_path, monkeypatch):
    # each batch is written by one insert of all its documents, never again one document at a time
    written: list[list[str]] = []
    real_insert, real_batch = batch._insert, writer.save_batch

    def insert(conn, built):
        assert written and written[-1] == [b.doc.id for b in built], "a batch fell back to one document at a time"
        written[-1] = []
        return real_insert(conn, built)

    def save_batch(engine, items, **kw):
        assert not written or written[-1] == [], "the previous batch was not written"
        written.append([doc.id for doc, *_ in items])
        return real_batch(engine, items, **kw)

    monkeypatch.setattr(batch, "_insert", insert)
    monkeypatch.setattr(writer, "save_batch", save_batch)
    rows = documents(30)
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    summary = run(path, db=store_url, out=tmp_path / "two.jsonl", workers=2, batch=7)
    assert summary.documents == 30 and not summary.errors
    engine = store.connect(store_url)
    by_doc = {c.doc for c in store.query_claims(engine)}
    assert len(store.documents(engine)) == 30 and by_doc
    # edit two documents: the batch replaces them (the upsert's row count is every row), the rest are current
    rows[3]["text"] += "\nقتل 7 عناصر من داعش في كركوك أمس."
    rows[17]["text"] += "\nقتل 8 عناصر من داعش في كركوك أمس."
    write_jsonl(path, rows)
    again = run(path, db=store_url, out=tmp_path / "again.jsonl", workers=2, batch=7)
    assert (again.documents, again.skipped, again.errors) == (2, 28, [])
    values = {c.value for c in store.query_claims(engine, doc="g0003")} | {c.value for c in store.query_claims(engine, doc="g0017")}
    assert {7, 8} <= values
    monkeypatch.undo()
    one = run(path, db=str(tmp_path / "one.db"), out=tmp_path / "one.jsonl", workers=1)
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert one.claims == len(store.query_claims(engine))


def test_extract_corpus_on_two_processes_gives_the_same_results_in_order(tmp_path):
    from marsad.pipeline import extract_corpus

    path = write_jsonl(tmp_path / "c.jsonl", documents(40), {3: "{broken"})
    one = list(extract_corpus(path))
    two = list(extract_corpus(path, workers=2))
    assert len(one) == len(two) == 41
    assert [(r.doc.id if r.doc else None, r.error, [c.to_dict() for c in r.claims], r.date_basis) for r in two] == [
        (r.doc.id if r.doc else None, r.error, [c.to_dict() for c in r.claims], r.date_basis) for r in one
    ]


def test_a_corpus_smaller_than_a_batch_starts_no_process(tmp_path, monkeypatch):
    import marsad.engine.pool as pool

    def no_pool(*a, **kw):
        raise AssertionError("a pool was started")

    monkeypatch.setattr(pool, "Pool", no_pool)
    path = write_jsonl(tmp_path / "c.jsonl", documents(9))
    summary = run(path, db=str(tmp_path / "s.db"), workers=2, batch=10)
    assert summary.documents == 9
    with pytest.raises(AssertionError, match="a pool was started"):
        run(path, db=str(tmp_path / "t.db"), workers=2, batch=9)
