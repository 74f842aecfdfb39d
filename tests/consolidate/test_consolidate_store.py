"""consolidate() on every backend: ids of any length, 64-bit values, text the store cleaned, code-point order."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from marsad.consolidate import consolidate, duplicates, list_facts, list_findings
from marsad.consolidate.record import load_refs
from marsad.model import Document
from marsad.store import db as store

_spec = importlib.util.spec_from_file_location("crosscheck_scenarios_store", Path(__file__).with_name("scenarios.py"))
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)


def load_renamed(engine, name: str, rename, value: int | None = None) -> None:
    """A scenario's documents under other ids (and, if given, every claim's value replaced)."""
    for doc in scenarios.read(name):
        doc = {**doc, "id": rename(doc["id"])}
        claims = [scenarios.claim(doc, {**c, "value": value} if value is not None else c) for c in doc["claims"]]
        d = Document(id=doc["id"], text=doc["text"], published=scenarios.date.fromisoformat(doc["published"]),
                     source=doc.get("source"), content_hash=str(hash(doc["text"])))  # fmt: skip
        store.save_document(engine, d, claims, extractor="test")


def test_long_ids_and_values_past_32_bits_consolidate(store_url):
    engine = store.connect(store_url)
    # 400 characters (over the old VARCHAR(300)) and 3,000 Arabic letters (6 KB: past PostgreSQL's b-tree entry limit)
    long_id = {"k1": "k" * 399 + "1", "k2": "ع" * 3000}
    load_renamed(engine, "duplicates", long_id.__getitem__, value=3_000_000_000)
    load_renamed(engine, "contradiction", lambda i: i + "/" + "x" * 400)
    result = consolidate(engine)
    assert (result.documents, result.duplicates) == (4, 1)
    assert duplicates(engine) == {long_id["k2"]: long_id["k1"]}
    (killed,) = [f for f in list_facts(engine) if f.value == 3_000_000_000]
    assert (killed.docs, killed.corroboration) == ([long_id["k1"], long_id["k2"]], 1)  # a copy counts once
    (contradiction,) = list_findings(engine, kind="contradiction")
    assert contradiction.docs == ["c1/" + "x" * 400, "c2/" + "x" * 400]
    assert {e["claim_id"] for e in contradiction.evidence} == {"c1/" + "x" * 400 + "#0", "c2/" + "x" * 400 + "#0"}
    assert consolidate(engine) == result  # and again, over its own snapshot


def test_a_document_id_the_store_had_to_clean_consolidates(store_url):
    # PostgreSQL's text refuses NUL: the store keeps the id with U+FFFD, the claim's JSON keeps it exact
    engine = store.connect(store_url)
    load_renamed(engine, "contradiction", lambda i: i + "\x00nul")
    consolidate(engine)
    (contradiction,) = list_findings(engine, kind="contradiction")
    cleaned = "\x00" if engine.dialect.name == "sqlite" else "\ufffd"
    assert contradiction.docs == [f"c1{cleaned}nul", f"c2{cleaned}nul"]
    assert sorted(store.documents(engine)) == contradiction.docs  # the findings name the stored documents


IDS = ["b", "B", "a", "_x", "Z9", "z10", "é", "ي", "10", "9", " lead"]


def check_claim_order(url: str) -> None:
    engine = store.connect(url)
    for doc_id in IDS:
        load_renamed(engine, "duplicates", lambda i, doc_id=doc_id: f"{doc_id}-{i}")
    refs, _, _ = load_refs(engine)
    ids = [r.id for r in refs]
    assert ids == sorted(ids, key=lambda c: (c.rsplit("#", 1)[0], int(c.rsplit("#", 1)[1])))  # code-point order
    assert [r.doc for r in refs][:4] == [" lead-k1", " lead-k2", "10-k1", "10-k2"]


def test_claims_are_read_in_code_point_order(store_url):
    check_claim_order(store_url)


def test_a_postgresql_database_sorting_by_language_reads_claims_alike(postgres):
    check_claim_order(postgres.new_database(icu_locale="en-US"))
