"""A batch of documents in one transaction: each document its own outcome, on every backend."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from marsad.model import Claim, Document, Span
from marsad.store import batch
from marsad.store import db as store

TEXT = "قتل 3 عناصر من داعش في كركوك أمس."


def claim(doc: str, value: int = 3) -> Claim:
    return Claim(doc=doc, metric="killed", value=value, evidence=TEXT, span=Span(0, len(TEXT)), countries=["IQ"])


def doc(doc_id: str, path: str | None = None, content: str = "h") -> Document:
    return Document(id=doc_id, text=TEXT, published=date(2024, 5, 3), source="wire", path=path, content_hash=content)


def values(engine, doc_id: str) -> list[int]:
    return [c.value for c in store.query_claims(engine, doc=doc_id)]


def test_a_batch_stores_every_document_and_a_second_replaces_their_claims(store_url):
    engine = store.connect(store_url)
    items = [(doc(f"d{i}"), [claim(f"d{i}", i), claim(f"d{i}", 100 + i)], "metadata", "r") for i in range(5)]
    assert batch.save_batch(engine, items, extractor="v1", run_id=None) == [None] * 5
    assert values(engine, "d3") == [3, 103]
    again = [(d, [claim(d.id, 7)], None, None) for d, *_ in items]
    assert batch.save_batch(engine, again, extractor="v2", run_id=None) == [None] * 5
    assert values(engine, "d3") == [7]
    assert len(store.query_claims(engine)) == 5
    assert all(store.is_current(engine, d, "v2") for d, *_ in items)
    # claims are stored in the batch's order (ids follow the corpus), whatever order the keys sort in
    assert [c.doc for c in store.query_claims(engine)] == sorted(f"d{i}" for i in range(5))


def test_each_document_of_a_batch_has_its_own_outcome(store_url, tmp_path, fail_storing):
    engine = store.connect(store_url)
    store.save_document(engine, doc("c", str(tmp_path / "A" / "c.txt"), "hA"), [claim("c", 1)], extractor="v")
    fail_storing(store_url, "d", OperationalError("INSERT ...", {}, Exception("disk I/O error")))
    items = [
        (doc("a"), [claim("a", 1)], None, None),
        (doc("b"), [claim("b", 2), claim("b", 2**63)], None, None),  # past 64 bits
        (doc("c", str(tmp_path / "B" / "c.txt"), "hB"), [claim("c", 3)], None, None),  # another file's text
        (doc("d"), [claim("d", 4)], None, None),  # the database refuses it
        (doc("e"), [claim("e", 5)], None, None),
    ]
    outcomes = batch.save_batch(engine, items, extractor="v", run_id=None)
    assert [type(o).__name__ for o in outcomes] == ["NoneType", "ValueError", "IdClash", "OperationalError", "NoneType"]
    assert "64-bit" in str(outcomes[1]) and "already stored from" in str(outcomes[2])
    # the others are stored whole, the failed ones not at all (not even b's claim that fits)
    assert sorted(store.documents(engine)) == ["a", "c", "e"]
    assert (values(engine, "a"), values(engine, "b"), values(engine, "c"), values(engine, "e")) == ([1], [], [1], [5])


def test_save_document_is_a_batch_of_one_and_raises_its_outcome(store_url, tmp_path):
    engine = store.connect(store_url)
    store.save_document(engine, doc("x", str(tmp_path / "A" / "x.txt"), "hA"), [], extractor="v")
    try:
        store.save_document(engine, doc("x", str(tmp_path / "B" / "x.txt"), "hB"), [], extractor="v")
    except store.IdClash as e:
        assert "already stored from" in str(e)
    else:
        raise AssertionError("a clash was stored")


def test_one_lookup_answers_for_a_batch_as_the_per_document_checks_do(store_url, tmp_path):
    engine = store.connect(store_url)
    stored = [doc(f"s{i}", str(tmp_path / "A" / f"s{i}.txt"), f"h{i}") for i in range(6)]
    assert batch.save_batch(engine, [(d, [], None, None) for d in stored], extractor="v", run_id=None) == [None] * 6
    asked = [
        stored[0],  # current
        doc("s1", str(tmp_path / "A" / "s1.txt"), "edited"),  # same file, new text: not current, no clash
        doc("s2", str(tmp_path / "B" / "s2.txt"), "other"),  # another file's text: a clash
        doc("s3", str(tmp_path / "B" / "s3.txt"), "h3"),  # the same text from elsewhere: current
        Document(id="s4", text=TEXT, published=date(2024, 5, 4), source="wire", content_hash="h4"),  # another date
        doc("new"),  # not stored
    ]
    statements: list[str] = []
    listen = lambda *a: statements.append(a[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        rows = batch.lookup(engine, asked)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert len(statements) == 1
    for d in asked:
        row = rows.get(store.doc_key(d.id))
        assert batch.current(engine, d, row, "v") == store.is_current(engine, d, "v"), d.id
        expected = store.id_clash(engine, d)
        assert batch.clash(engine, d, row) == (expected.message if expected else None), d.id
    assert [batch.current(engine, d, rows.get(store.doc_key(d.id)), "v") for d in asked] == [True, False, False, True, False, False]
    assert [d.id for d in asked if batch.clash(engine, d, rows.get(store.doc_key(d.id)))] == ["s2"]
