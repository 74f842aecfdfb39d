"""Schema changes go through Alembic, and a store made by marsad 0.1.0 upgrades in place.

``schema_0_1_0.py`` beside this file is the 0.1.0 schema, verbatim, and
``consolidate_tables_0_1_0.py`` the consolidation tables 0.1.0 made on first
``consolidate``: an old-style store is made with their ``create_all`` (no
``alembic_version``), filled through their own models, and then opened with
the current code, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, text
from sqlalchemy.orm import Session

import marsad.consolidate.tables  # noqa: F401  (the consolidation tables are on Base and the migrations' too)
from marsad.consolidate import consolidate, list_facts, list_findings
from marsad.model import Claim, Document, Span
from marsad.store import db as store
from marsad.store import migrate
from marsad.store.schema import CONSOLIDATION_TABLES, STORE_TABLES, Base


def _load(name: str, file: str):
    if name not in sys.modules:  # SQLAlchemy resolves the models' annotations through sys.modules
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(file))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


OLD = _load("marsad_schema_0_1_0", "schema_0_1_0.py")
OLD_CONSOLIDATION = _load("marsad_consolidate_tables_0_1_0", "consolidate_tables_0_1_0.py")  # on OLD.Base
ALL_TABLES = STORE_TABLES + CONSOLIDATION_TABLES
TEXT = "قتل 3 عناصر من داعش في كركوك أمس."


def make_old_store(url: str, consolidated: bool = False) -> None:
    """A store as marsad 0.1.0 left it: create_all, one run, two documents, claims, an error.

    ``consolidated``: and its consolidation tables, as its first ``consolidate`` made and filled them.
    """
    engine = create_engine(store.resolve_url(url))
    tables = None if consolidated else [OLD.Base.metadata.tables[t] for t in STORE_TABLES]
    OLD.Base.metadata.create_all(engine, tables=tables)
    claim = Claim(doc="a", metric="killed", value=3, evidence=TEXT, span=Span(0, len(TEXT)), countries=["IQ"])
    with Session(engine) as s, s.begin():
        s.add(OLD.RunRow(corpus="c.jsonl", started=datetime(2025, 1, 1), status="ok", documents=2, skipped=0, claims=2, errors=1))
        s.flush()
        for doc_id in ("a", "b"):
            s.add(OLD.DocumentRow(id=doc_id, content_hash=f"h-{doc_id}", extractor="0.1.0+old", text=TEXT,
                                  published=date(2024, 5, 3), source="wire", run_id=1, stored_at=datetime(2025, 1, 1)))  # fmt: skip
            s.flush()
            data = {**claim.to_dict(), "doc": doc_id}
            s.add(OLD.ClaimRow(doc_id=doc_id, ordinal=0, metric="killed", value=3, qualifier="exact", countries="IQ",
                               actor="", evidence=TEXT, span_start=0, span_end=len(TEXT), data=data))  # fmt: skip
        s.add(OLD.ErrorRow(run_id=1, doc="bad", path="bad.txt", code="empty", message="empty file"))
        if consolidated:
            old = OLD_CONSOLIDATION
            s.add(old.DuplicateRow(doc_id="b", cluster="a", similarity=1.0))
            s.add(old.FactRow(id="F0", metric="killed", countries="IQ", value=3, corroboration=1, data={"id": "F0"}))
            s.add(old.FactClaimRow(fact_id="F0", claim_id=1, doc_id="a"))
            s.add(old.FindingRow(kind="single_source", metric="killed", countries="IQ", explanation="old", data={}))
    engine.dispose()


def for_this_dialect(index, dialect: str) -> bool:
    condition = getattr(index, "_ddl_if", None)  # what Index.ddl_if(dialect=...) recorded
    wanted = getattr(condition, "dialect", None)
    return wanted is None or dialect == wanted or (not isinstance(wanted, str) and dialect in wanted)


def schema_diff(engine, metadata: MetaData, tables=ALL_TABLES) -> list:
    def ours(obj, name, type_, reflected, compare_to) -> bool:
        table = obj if type_ == "table" else getattr(obj, "table", None)
        if type_ == "index" and not reflected and not for_this_dialect(obj, engine.dialect.name):
            return False  # declared for another backend only (Index.ddl_if): not made here
        return (name if type_ == "table" else getattr(table, "name", None)) in tables

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": ours, "compare_type": True})
        return compare_metadata(ctx, metadata)


def test_a_store_made_by_0_1_0_upgrades_in_place(store_url):
    make_old_store(store_url)
    engine = store.connect(store_url)
    with engine.connect() as conn:
        assert migrate.revision(conn) == migrate.head()
    docs = store.documents(engine)
    assert sorted(docs) == ["a", "b"] and docs["a"].text == TEXT and docs["a"].key == store.doc_key("a")
    claims = store.query_claims(engine)
    assert [(c.doc, c.metric, c.value, c.countries) for c in claims] == [("a", "killed", 3, ["IQ"]), ("b", "killed", 3, ["IQ"])]
    assert [c.doc for c in store.query_claims(engine, doc="b")] == ["b"]
    assert [e.code for e in store.errors(engine, 1)] == ["empty"]
    assert store.last_run(engine).status == "ok"
    assert store.is_current(engine, Document(id="a", text=TEXT, published=date(2024, 5, 3), source="wire",
                                             content_hash="h-a"), "0.1.0+old")  # fmt: skip
    # the upgraded store takes new writes: a replaced document, a new one, a 64-bit count
    def big(doc: str) -> Claim:
        return Claim(doc=doc, metric="killed", value=2**40, evidence=TEXT)

    store.save_document(engine, Document(id="a", text=TEXT, content_hash="h2"), [big("a"), big("a")], extractor="x")
    store.save_document(engine, Document(id="c", text=TEXT, content_hash="h3"), [big("c")], extractor="x")
    assert [(c.doc, c.value) for c in store.query_claims(engine)] == [("a", 2**40), ("a", 2**40), ("b", 3), ("c", 2**40)]
    assert schema_diff(engine, Base.metadata) == []


def test_a_consolidated_0_1_0_store_upgrades_in_place_and_consolidates(store_url):
    make_old_store(store_url, consolidated=True)
    engine = store.connect(store_url)
    assert schema_diff(engine, Base.metadata) == []
    # the old snapshot is gone (it is recomputed, never upgraded), and consolidate works on the upgraded store
    assert (list_findings(engine), list_facts(engine)) == ([], [])
    result = consolidate(engine)
    assert (result.documents, result.claims, result.duplicates) == (2, 2, 1)
    (fact,) = list_facts(engine)
    assert (fact.metric, fact.value, fact.docs) == ("killed", 3, ["a", "b"])
    assert [f.kind for f in list_findings(engine)] == ["single_source"]
    assert consolidate(engine) == result


def test_a_fresh_store_is_made_by_the_migrations_and_matches_the_models(store_url):
    engine = store.connect(store_url)
    with engine.connect() as conn:
        assert migrate.revision(conn) == migrate.head()
    assert schema_diff(engine, Base.metadata) == []


def test_the_first_revision_is_the_0_1_0_schema(store_url):
    engine = create_engine(store.resolve_url(store_url))
    cfg = migrate._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, migrate.FIRST)
    assert schema_diff(engine, OLD.Base.metadata, STORE_TABLES) == []


def test_reopening_an_upgraded_store_changes_nothing(store_url):
    make_old_store(store_url)
    store.connect(store_url)
    again = create_engine(store.resolve_url(store_url))
    migrate.upgrade(again)  # a second process opening it: already at head
    with again.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [migrate.head()]
        assert conn.execute(text("SELECT COUNT(*) FROM claims")).scalar() == 2


def test_neighbours_upgrading_one_store_at_once_both_succeed(store_url):
    make_old_store(store_url)
    engines = [store._engine(store.resolve_url(store_url)) for _ in range(3)]
    failures: list[BaseException] = []
    start = threading.Barrier(len(engines))

    def open_it(engine) -> None:
        try:
            start.wait()
            migrate.upgrade(engine)
        except BaseException as e:
            failures.append(e)

    threads = [threading.Thread(target=open_it, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(store.documents(store.connect(store_url))) == ["a", "b"]


def test_a_store_from_a_newer_marsad_is_refused_clearly(store_url):
    engine = store.connect(store_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(store.StoreError, match="revision 9999"):
        migrate.upgrade(store._engine(store.resolve_url(store_url)))
