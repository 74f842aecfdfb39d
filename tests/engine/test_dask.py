"""The Dask engine on a real LocalCluster of 2 worker processes: Parquet out, ``marsad load`` in."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask.distributed")

import pyarrow.parquet as pq
from click.testing import CliRunner

from marsad.engine import columns
from marsad.engine.distributed import extract_to_parquet, shards
from marsad.engine.load import load_run
from marsad.export import export_claims
from marsad.pipeline import run
from marsad.store import db as store

from .archives import ARTICLE, ENGLISH, page, write_warc
from .corpora import documents, write_jsonl


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c, Client(c) as client:
        yield c, client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask") / "corpus"
    (root / "wire").mkdir(parents=True)
    rows = documents(90, seed=5)
    write_jsonl(root / "wire" / "a.jsonl", rows[:40], {7: "{broken"})
    write_jsonl(root / "wire" / "b.jsonl", rows[40:80])
    for r in rows[80:]:
        (root / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    write_warc(root / "crawl.warc.gz", [
        ("https://news.example/1", "text/html", page("مقتل أربعة عناصر", ARTICLE, "2024-03-05"), 200),
        ("https://news.example/en", "text/html", page("Four killed", ENGLISH, lang="en"), 200),
    ])
    return root


def exported(db: str, path) -> bytes:
    export_claims(store.query_claims(store.connect(db)), path, "jsonl")
    return path.read_bytes()


def test_shards_follow_the_corpus_order(corpus):
    got = shards(corpus, files_per_shard=4)
    flat = [p.split("/")[-1] for s in got for p, _, _ in s]
    assert flat == ["crawl.warc.gz", "g0080.txt", "g0081.txt", "g0082.txt", "g0083.txt", "g0084.txt",
                    "g0085.txt", "g0086.txt", "g0087.txt", "g0088.txt", "g0089.txt", "a.jsonl", "b.jsonl"]
    assert [len(s) for s in got] == [1, 4, 4, 2, 1, 1]


def test_large_jsonl_and_parquet_files_are_cut_into_shards_with_the_ids_of_a_local_run(cluster, tmp_path):
    import pyarrow as pa

    _, client = cluster
    rows = documents(25, seed=2)
    for r in rows[::4]:
        del r["id"]  # these take their line's id, file:line
    jsonl = write_jsonl(tmp_path / "big.jsonl", rows, {12: "{broken"})
    table = pa.Table.from_pylist([{k: r.get(k) for k in ("id", "text", "published")} for r in rows])
    pq.write_table(table, tmp_path / "big.parquet", row_group_size=4)
    for corpus, want in ((jsonl, [("lines", 1, 10), ("lines", 11, 20), ("lines", 21, 26)]),
                         (tmp_path / "big.parquet", [("row_groups", 0, 3), ("row_groups", 3, 6), ("row_groups", 6, 7)])):
        got = shards(corpus, rows_per_shard=10)
        assert [part for [(_, _, part)] in got] == want
        out = tmp_path / f"run-{corpus.suffix[1:]}"
        extract_to_parquet(corpus, out, client=client, rows_per_shard=10)
        dask_db, local_db = str(out) + ".db", str(out) + "-local.db"
        loaded = load_run(out, db=dask_db)
        local = run(corpus, db=local_db, workers=1)
        assert (loaded.documents, loaded.claims) == (local.documents, local.claims)
        assert [(e.doc, e.code) for e in loaded.errors] == [(e.doc, e.code) for e in local.errors]
        assert exported(dask_db, out / "d.jsonl") == exported(local_db, out / "l.jsonl")
        assert sorted(store.documents(store.connect(dask_db))) == sorted(store.documents(store.connect(local_db)))


def test_a_dask_run_loads_into_the_store_as_a_local_run_stores(cluster, corpus, tmp_path):
    _, client = cluster
    out = tmp_path / "run"
    summary = extract_to_parquet(corpus, out, client=client, files_per_shard=4)
    assert (summary.partitions, summary.documents, summary.errors, summary.not_arabic) == (6, 91, 1, 1)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"] == 91 and manifest["schema_version"] == columns.SCHEMA_VERSION
    for kind, schema in (("documents", columns.DOCUMENTS), ("claims", columns.CLAIMS), ("errors", columns.ERRORS)):
        files = sorted((out / kind).glob("part-*.parquet"))
        assert len(files) == 6
        assert all(pq.read_schema(f).remove_metadata() == schema for f in files)

    local_db, dask_db = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    local = run(corpus, db=local_db, workers=1)
    loaded = load_run(out, db=dask_db)
    assert (loaded.documents, loaded.claims) == (local.documents, local.claims) == (91, summary.claims)
    assert sorted((e.doc, e.code) for e in loaded.errors) == sorted((e.doc, e.code) for e in local.errors)
    assert exported(dask_db, tmp_path / "d.jsonl") == exported(local_db, tmp_path / "l.jsonl")
    engine = store.connect(dask_db)
    assert store.documents(engine)["g0003"].extractor == manifest["extractor"]

    # loading again changes nothing; and the local engine finds every loaded document current
    again = load_run(out, db=dask_db)
    assert (again.documents, again.skipped, again.claims) == (0, 91, 0)
    assert exported(dask_db, tmp_path / "d2.jsonl") == exported(local_db, tmp_path / "l.jsonl")
    rerun = run(corpus, db=dask_db, workers=1)
    assert (rerun.documents, rerun.skipped) == (0, 91)


@pytest.fixture(scope="module")
def small_run(cluster, tmp_path_factory):
    _, client = cluster
    root = tmp_path_factory.mktemp("small")
    corpus = write_jsonl(root / "c.jsonl", documents(24, seed=9))
    summary = extract_to_parquet(corpus, root / "run", client=client)
    return corpus, root / "run", summary


def test_a_run_loads_into_every_backend_once(small_run, store_url, tmp_path):
    corpus, out, summary = small_run
    first = load_run(out, db=store_url)
    assert (first.documents, first.claims, first.errors) == (24, summary.claims, [])
    again = load_run(out, db=store_url)
    assert (again.documents, again.skipped) == (0, 24)
    engine = store.connect(store_url)
    local = run(corpus, db=str(tmp_path / "local.db"), workers=1)
    assert len(store.query_claims(engine)) == local.claims
    assert [c.to_dict() for c in store.query_claims(engine)] == [
        c.to_dict() for c in store.query_claims(store.connect(str(tmp_path / "local.db")))
    ]
    assert store.last_run(engine).status == "ok" and store.last_run(engine).skipped == 24


def test_export_writes_the_claims_schema_of_a_run(tmp_path):
    db = str(tmp_path / "m.db")
    run(write_jsonl(tmp_path / "c.jsonl", documents(5)), db=db)
    export_claims(store.query_claims(store.connect(db)), tmp_path / "x.parquet", "parquet")
    table = pq.read_table(tmp_path / "x.parquet")
    assert table.schema.remove_metadata() == columns.CLAIMS
    claims = [columns.claim_of(r) for r in table.to_pylist()]
    assert [c.to_dict() for c in claims] == [c.to_dict() for c in store.query_claims(store.connect(db))]


def test_the_command_line_runs_on_a_scheduler_and_loads(cluster, corpus, tmp_path):
    from marsad.cli import app

    c, _ = cluster
    out = tmp_path / "run"
    r = CliRunner().invoke(app, ["extract", str(corpus), "--engine", "dask", "--scheduler", c.scheduler_address, "-o", str(out)])
    assert r.exit_code == 1, r.output  # the broken JSONL line is an error of the run
    said = " ".join(r.output.split())
    assert "91 documents extracted on" in said and "1 pages not in Arabic skipped" in said
    again = CliRunner().invoke(app, ["extract", str(corpus), "--engine", "dask", "--scheduler", c.scheduler_address, "-o", str(out)])
    assert again.exit_code == 2 and "not empty" in " ".join(again.output.split())
    db = str(tmp_path / "m.db")
    loaded = CliRunner().invoke(app, ["load", str(out), "--db", db])
    assert loaded.exit_code == 1 and "91 documents" in loaded.output
    nothing = CliRunner().invoke(app, ["load", str(tmp_path), "--db", db])
    assert nothing.exit_code == 2 and "no documents/" in " ".join(nothing.output.split())
    bad = CliRunner().invoke(app, ["extract", str(corpus), "--scheduler", c.scheduler_address])
    assert bad.exit_code == 2
