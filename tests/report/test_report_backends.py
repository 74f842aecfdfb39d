"""The report and the streamed exports read alike from SQLite and PostgreSQL (a throwaway server; skipped without one)."""

from pathlib import Path

from marsad.consolidate import consolidate
from marsad.export import export_claims, export_geojson
from marsad.pipeline import run
from marsad.report import write_report
from marsad.store import db as store
from marsad.store import stream

RELAYS = Path(__file__).parents[2] / "samples" / "relays" / "articles.jsonl"


def outputs(url: str, folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    run(RELAYS, db=url)
    engine = store.connect(url)
    consolidate(engine)
    html, md = write_report(engine, folder / "r.html", limit=2)
    out = {"html": html.read_bytes(), "md": md.read_bytes()}
    for fmt in ("jsonl", "csv"):
        export_claims(stream.claims(engine, chunk=3), folder / f"c.{fmt}", fmt)
        out[fmt] = (folder / f"c.{fmt}").read_bytes()
    export_geojson(stream.stored_claims(engine, chunk=3), folder / "c.geojson")
    out["geojson"] = (folder / "c.geojson").read_bytes()
    return out


def test_postgresql_gives_the_same_report_and_exports_as_sqlite(pg_url, tmp_path):
    lite = outputs(f"sqlite:///{tmp_path / 's.db'}", tmp_path / "lite")
    pg = outputs(pg_url, tmp_path / "pg")
    assert b"more" in lite["html"] and b'id="summary"' in lite["html"]
    assert lite["jsonl"].count(b"\n") > 50
    for name, content in lite.items():
        assert pg[name] == content, name
