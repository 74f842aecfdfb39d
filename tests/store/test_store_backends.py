"""Every store function, on SQLite and on a real PostgreSQL server, with the same results."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest
from sqlalchemy import text

from marsad.model import Claim, Document, Period, ReadError, Span
from marsad.pipeline import run
from marsad.store import db as store

TEXT = "قتل 3 عناصر من داعش في كركوك أمس."


def claim(doc: str, value: int = 3, **kw) -> Claim:
    fields = {"metric": "killed", "evidence": TEXT, "span": Span(0, len(TEXT)), "countries": ["IQ"]} | kw
    return Claim(doc=doc, value=value, **fields)


def test_documents_claims_runs_and_errors_round_trip(store_url):
    engine = store.connect(store_url)
    run_id = store.start_run(engine, "corpus.jsonl")
    doc = Document(id="d1", text=TEXT, published=date(2024, 5, 3), source="wire", title="t", url="u", path="p",
                   content_hash="h1")  # fmt: skip
    claims = [
        claim("d1", 3, period=Period(date(2024, 5, 2), date(2024, 5, 2)), source="CENTCOM"),
        claim("d1", 12, metric="captured", countries=["IQ", "SY"]),
    ]
    store.save_document(engine, doc, claims, extractor="v1", run_id=run_id, date_basis="metadata", date_reason="r")
    assert store.is_current(engine, doc, "v1")
    assert not store.is_current(engine, doc, "v2")
    assert not store.is_current(engine, Document(id="d1", text=TEXT, content_hash="h2"), "v1")
    assert [c.to_dict() for c in store.query_claims(engine)] == [c.to_dict() for c in claims]
    assert [c.value for c in store.query_claims(engine, metric="captured")] == [12]
    assert [c.value for c in store.query_claims(engine, country="sy")] == [12]
    assert [c.value for c in store.query_claims(engine, source="CENTCOM")] == [3]
    assert [c.value for c in store.query_claims(engine, since=date(2024, 5, 1), until=date(2024, 5, 2))] == [3]
    assert [c.value for c in store.query_claims(engine, doc="d1", limit=1)] == [3]
    row = store.documents(engine, ["d1", "missing"])["d1"]
    assert (row.text, row.source, row.published, row.date_basis, row.run_id) == (TEXT, "wire", date(2024, 5, 3), "metadata", run_id)
    assert [r.id for r in store.iter_documents(engine)] == ["d1"]
    store.save_error(engine, run_id, ReadError("bad", "bad.txt", "empty", "empty file"))
    assert store.errors(engine, run_id) == [ReadError("bad", "bad.txt", "empty", "empty file")]
    store.finish_run(engine, run_id, documents=1, skipped=0, claims=2, errors=1)
    last = store.last_run(engine)
    assert (last.id, last.status, last.claims, last.host is not None, last.pid > 0) == (run_id, "failed", 2, True, True)


def test_saving_again_replaces_the_claims(store_url):
    engine = store.connect(store_url)
    doc = Document(id="d", text=TEXT, content_hash="h1")
    store.save_document(engine, doc, [claim("d"), claim("d", 4)], extractor="x")
    store.save_document(engine, doc, [claim("d", 5)], extractor="x")
    assert [c.value for c in store.query_claims(engine)] == [5]
    assert len(store.documents(engine)) == 1


def test_a_claim_that_cannot_be_stored_changes_nothing(store_url):
    engine = store.connect(store_url)
    doc = Document(id="d", text=TEXT, content_hash="h1")
    store.save_document(engine, doc, [claim("d")], extractor="x")
    with pytest.raises(ValueError, match="64-bit"):
        store.save_document(engine, doc, [claim("d", 7), claim("d", 2**63)], extractor="y")
    assert [c.value for c in store.query_claims(engine)] == [3]
    assert store.is_current(engine, doc, "x")


@pytest.mark.parametrize("value", [2**31, 10**12, 2**53 + 1, 2**63 - 1, -(2**63)])
def test_counts_are_64_bit_exact(store_url, value):
    engine = store.connect(store_url)
    store.save_document(engine, Document(id="d", text=TEXT, content_hash="h"), [claim("d", value)], extractor="x")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM claims")).scalar() == value
    assert [c.value for c in store.query_claims(engine)] == [value]


def test_ids_outlets_places_and_actors_of_any_length(store_url):
    import random

    rng = random.Random(5)
    # incompressible: PostgreSQL would squeeze a repetitive id under its index limit
    long_id = "".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي0123456789abcdefXYZ/._-") for _ in range(20_000))
    outlet = "وكالة " * 2_000
    engine = store.connect(store_url)
    doc = Document(id=long_id, text=TEXT, source=outlet, path="/" + long_id, content_hash="h")
    c = claim(long_id, place="كركوك" * 500, actor=["ISF" * 400, "CENTCOM"], source="قائد " * 800)
    store.save_document(engine, doc, [c], extractor="x")
    assert store.is_current(engine, doc, "x")
    [back] = store.query_claims(engine, doc=long_id)
    assert back.to_dict() == c.to_dict()
    assert [x.doc for x in store.query_claims(engine, source=c.source)] == [long_id]
    assert store.documents(engine, [long_id])[long_id].source == outlet
    store.save_error(engine, store.start_run(engine, long_id), ReadError(long_id, long_id, "x" * 500, "m" * 50_000))


def test_nul_and_lone_surrogates_are_stored_without_moving_an_offset(store_url):
    engine = store.connect(store_url)
    body = "قتل\x00 3 عناصر من داعش\x00 في كركوك أمس."
    doc_id = "doc\x00with-nul"
    doc = Document(id=doc_id, text=body, source="wire\x00", title="t\x00", path="bad-\udcff-name.txt", content_hash="h")
    c = claim(doc_id, evidence=body, span=Span(0, len(body)), place="كركوك\x00")
    store.save_document(engine, doc, [c], extractor="x")
    assert store.is_current(engine, doc, "x")
    [back] = store.query_claims(engine, doc=doc_id)
    assert back.to_dict() == c.to_dict()  # the claim's JSON is exact on every backend
    row = store.documents(engine, [doc_id])
    [stored] = row.values()
    assert len(stored.text) == len(body) and stored.text[back.span.start : back.span.end].endswith("أمس.")
    assert stored.path == "bad-\ufffd-name.txt"
    if store_url.startswith("postgresql"):  # text columns refuse NUL there: one replacement character each
        assert stored.text == body.replace("\x00", "\ufffd") and stored.id == "doc\ufffdwith-nul"
    else:
        assert stored.text == body and stored.id == doc_id
    run_id = store.start_run(engine, "c\x00")
    store.save_error(engine, run_id, ReadError("x\x00", "p\udcff", "read", "bad \x00 byte"))
    assert len(store.errors(engine, run_id)) == 1


@pytest.mark.parametrize("country", ["%", "_", "I%", "_Q", "%,%", ",", "", "IQ,SY"])
def test_filters_are_matched_literally(store_url, country):
    engine = store.connect(store_url)
    store.save_document(engine, Document(id="d", text=TEXT, content_hash="h"),
                        [claim("d"), claim("d", 4, countries=["IQ", "SY"])], extractor="x")  # fmt: skip
    assert store.query_claims(engine, country=country) == []
    assert store.query_claims(engine, source="%") == store.query_claims(engine, doc="%") == []
    assert store.query_claims(engine, metric="%") == []
    assert len(store.query_claims(engine, country="IQ")) == 2


@pytest.mark.parametrize("limit", [0, -1, -(10**30), True, 1.5, "3"])
def test_a_limit_below_one_or_not_a_number_is_refused(store_url, limit):
    engine = store.connect(store_url)
    with pytest.raises(ValueError, match="limit"):
        store.query_claims(engine, limit=limit)


@pytest.mark.parametrize("limit", [2**31, 2**63, 10**30])
def test_a_huge_limit_returns_everything(store_url, limit):
    engine = store.connect(store_url)
    store.save_document(engine, Document(id="d", text=TEXT, content_hash="h"), [claim("d"), claim("d")], extractor="x")
    assert len(store.query_claims(engine, limit=limit)) == 2


IDS = ["b", "B", "a", "_x", "Z9", "z10", "é", "ي", "10", "9", " lead"]


def test_claims_and_documents_are_listed_in_code_point_order(store_url):
    check_order(store_url)


def test_a_postgresql_database_sorting_by_language_lists_alike(postgres):
    check_order(postgres.new_database(icu_locale="en-US"))


def check_order(url: str) -> None:
    engine = store.connect(url)
    for doc_id in IDS:
        store.save_document(engine, Document(id=doc_id, text=TEXT, content_hash="h"), [claim(doc_id)], extractor="x")
    assert [c.doc for c in store.query_claims(engine)] == sorted(IDS)
    assert [d.id for d in store.iter_documents(engine)] == sorted(IDS)


def test_a_bare_postgresql_url_means_psycopg_3():
    assert store.resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert store.resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert store.resolve_url("postgresql+psycopg2://u@h/db") == "postgresql+psycopg2://u@h/db"
    assert store.resolve_url("m.db") == "sqlite:///m.db"


def test_a_store_that_cannot_be_opened_is_one_clear_error(tmp_path, postgres, monkeypatch):
    with pytest.raises(store.StoreError, match=r"cannot open the store .*no_such_db"):
        store.connect(postgres.url("no_such_db"))
    with pytest.raises(store.StoreError, match="cannot open the store"):
        store.connect(f"sqlite:///{tmp_path}/missing/folder/m.db")
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if marsad[postgres] was not installed
    with pytest.raises(store.StoreError, match=r"marsad\[postgres\]"):
        store.connect("postgresql://nobody@/elsewhere")


def test_extracting_into_postgresql_gives_what_sqlite_gives(tmp_path, pg_url):
    rows = [
        {"id": "r1", "text": "أعلنت خلية الإعلام الأمني مقتل أربعة إرهابيين في صحراء الأنبار.", "published": "2024-03-02"},
        {"id": "r2", "text": "وقالت قوات سوريا الديمقراطية إنها اعتقلت 12 عنصراً من داعش في ريف دير الزور.",
         "published": "2024-03-03", "source": "x" * 300},
    ]  # fmt: skip
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n", encoding="utf-8")
    lite = f"sqlite:///{tmp_path / 'm.db'}"
    a, b = run(corpus, db=lite), run(corpus, db=pg_url)
    assert (a.documents, a.claims, [e.code for e in a.errors]) == (b.documents, b.claims, [e.code for e in b.errors])
    assert b.documents == 2 and b.claims > 0
    dump = [[c.to_dict() for c in store.query_claims(store.connect(u))] for u in (lite, pg_url)]
    assert dump[0] == dump[1]
    assert run(corpus, db=pg_url).skipped == 2
