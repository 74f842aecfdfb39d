"""Streamed exports write what the in-memory exports wrote: the same bytes (Parquet: the same table).

``reference`` is the export as it was before it streamed — every claim in a
list, then one write — kept here as the yardstick.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad import export
from marsad.engine.columns import claims_table
from marsad.export import FLAT_COLUMNS, export_claims, export_geojson, flat, guard_cell
from marsad.model import METRICS, QUALIFIERS, Claim, Period, Span
from marsad.pipeline import run
from marsad.report.places import location
from marsad.store import db as store
from marsad.store import stream

SAMPLES = Path(__file__).parents[2] / "samples"


def reference(claims, path: Path, fmt: str) -> None:
    rows = list(claims)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for c in rows:
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=FLAT_COLUMNS)
            w.writeheader()
            for c in rows:
                w.writerow({k: guard_cell(v) for k, v in flat(c).items()})
    elif fmt == "parquet":
        with path.open("wb") as f:
            pq.write_table(claims_table(rows), f)
    else:  # geojson, as the API's download wrote it
        features = [{"type": "Feature", "id": r.id, "geometry": location(r.claim), "properties": r.to_dict()} for r in rows]
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """A store seeded with both sample corpora (44 documents, about 150 claims)."""
    db = tmp_path_factory.mktemp("seeded") / "s.db"
    run(SAMPLES / "reports", db=f"sqlite:///{db}")
    run(SAMPLES / "relays" / "articles.jsonl", db=f"sqlite:///{db}")
    return store.connect(f"sqlite:///{db}")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_the_store_streamed_gives_the_same_file_as_every_claim_in_memory(engine, tmp_path, fmt):
    old, new = tmp_path / f"old.{fmt}", tmp_path / f"new.{fmt}"
    reference(store.query_claims(engine), old, fmt)
    n = export_claims(stream.claims(engine, chunk=7), new, fmt)
    assert n == len(store.query_claims(engine)) > 100
    assert new.read_bytes() == old.read_bytes()


def test_geojson_streamed_is_the_same_bytes_as_the_whole_collection_dumped(engine, tmp_path):
    old, new = tmp_path / "old.geojson", tmp_path / "new.geojson"
    reference(list(store.iter_claims(engine, sort="doc")), old, "geojson")
    assert export_geojson(stream.stored_claims(engine, chunk=5), new) > 100
    assert new.read_bytes() == old.read_bytes()
    features = json.loads(new.read_text(encoding="utf-8"))["features"]
    assert features[0]["id"] == features[0]["properties"]["id"] and any(f["geometry"] for f in features)


def test_parquet_in_several_row_groups_is_the_same_table(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "ROW_GROUP", 10)
    old, new = tmp_path / "old.parquet", tmp_path / "new.parquet"
    reference(store.query_claims(engine), old, "parquet")
    export_claims(stream.claims(engine), new, "parquet")
    assert pq.ParquetFile(new).num_row_groups > 10
    assert pq.read_table(new).equals(pq.read_table(old))
    # the ordinal runs on across row groups: each claim's place in its document
    ordinals = pq.read_table(new, columns=["doc", "ordinal"]).to_pylist()
    assert ordinals == pq.read_table(old, columns=["doc", "ordinal"]).to_pylist()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "geojson"])
def test_an_empty_store_exports_what_it_did(tmp_path, fmt):
    engine = store.connect(f"sqlite:///{tmp_path / 'empty.db'}")
    old, new = tmp_path / f"old.{fmt}", tmp_path / f"new.{fmt}"
    if fmt == "geojson":
        reference([], old, fmt)
        assert export_geojson(stream.stored_claims(engine), new) == 0
    else:
        reference([], old, fmt)
        assert export_claims(stream.claims(engine), new, fmt) == 0
    assert new.read_bytes() == old.read_bytes()


text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
claim = st.builds(
    Claim,
    doc=st.sampled_from(["a", "b", "=c", "د"]),
    metric=st.sampled_from(METRICS),
    value=st.integers(min_value=0, max_value=2**63 - 1),
    qualifier=st.sampled_from(QUALIFIERS),
    countries=st.lists(st.sampled_from(["IQ", "SY", "YE", "XX"]), max_size=3),
    period=st.none() | st.tuples(dates, dates).map(lambda t: Period(min(t), max(t))),
    actor=st.lists(text, max_size=2),
    source=st.none() | text,
    evidence=text,
    span=st.none() | st.tuples(st.integers(0, 500), st.integers(0, 500)).map(lambda t: Span(min(t), max(t))),
    place=st.none() | text,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(claim, max_size=30), fmt=st.sampled_from(["jsonl", "csv", "parquet"]))
def test_any_claims_written_as_they_come_match_the_whole_list_written_at_once(tmp_path, monkeypatch, claims, fmt):
    monkeypatch.setattr(export, "ROW_GROUP", 4)  # several row groups from a few claims
    old, new = tmp_path / f"old.{fmt}", tmp_path / f"new.{fmt}"
    reference(claims, old, fmt)
    assert export_claims(iter(claims), new, fmt) == len(claims)
    if fmt == "parquet":
        assert pq.read_table(new).equals(pq.read_table(old))
    else:
        assert new.read_bytes() == old.read_bytes()
