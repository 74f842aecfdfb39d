"""Words in the evidence from the command line: ``marsad claims -q`` and ``marsad export -q``.

The option has the API's name (``q``) and keeps what the API's ``GET /api/v1/claims?q=`` keeps:
both build a ``ClaimFilter`` whose ``words`` go through ``store.search``, on SQLite (FTS5
trigram index) and PostgreSQL (pg_trgm) alike.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from marsad.cli import app
from marsad.model import Claim, Document
from marsad.store import db as store
from marsad.store import search

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx`")  # starlette's TestClient
runner = CliRunner()

# (document, metric, value, country, evidence): one claim a document
CLAIMS = [
    ("kirkuk", "killed", 3, "IQ", "قتل 3 عناصر من داعش في كركوك أمس"),
    ("joined", "captured", 12, "IQ", "وأعلنت القوات الأمنية اعتقال 12 مشتبهاً بهم في وكركوك والأنبار"),
    (
        "centcom",
        "operations",
        46,
        "SY",
        "نفذت القيادة المركزية الأمريكية (CENTCOM) 46 عملية ضد داعش في سوريا",
    ),
    ("percent", "killed", 50, "SY", "بلغت النسبة 50% من القوات_الخاصة حسب البيان"),
]


def seed(url: str) -> None:
    engine = store.connect(url)
    for doc_id, metric, value, country, evidence in CLAIMS:
        doc = Document(id=doc_id, text=evidence, published=date(2024, 5, 3), content_hash=f"h-{doc_id}")
        claim = Claim(doc=doc_id, metric=metric, value=value, countries=[country], evidence=evidence)
        store.save_document(engine, doc, [claim], extractor="test")
    engine.dispose()  # (each test has a database of its own on one server: no idle connection left behind)


def listed(url: str, *args: str) -> list[str]:
    """The documents of the claims ``marsad claims --json`` lists."""
    result = runner.invoke(app, ["claims", "--db", url, "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["doc"] for line in result.output.splitlines()]


def exported(url: str, folder: Path, fmt: str, *args: str) -> list[str]:
    """The documents of the claims ``marsad export --format fmt`` writes, read back."""
    path = folder / f"out.{fmt}"
    result = runner.invoke(app, ["export", str(path), "--format", fmt, "--db", url, *args])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        return [json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return [row["doc"] for row in csv.DictReader(f)]
    if fmt == "parquet":
        return pq.read_table(path).column("doc").to_pylist()
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return [feature["properties"]["doc"] for feature in features]


@pytest.fixture
def url(store_url: str) -> str:
    seed(store_url)
    return store_url


def test_claims_q_keeps_the_claims_whose_evidence_has_every_word(url):
    assert listed(url, "-q", "كركوك") == ["joined", "kirkuk"]  # و joined to the word: a substring
    assert listed(url, "--q", "داعش كركوك") == ["kirkuk"]  # every word
    assert listed(url, "-q", "centcom") == ["centcom"]  # ASCII letters without case
    assert listed(url, "-q", "%") == ["percent"]  # a plain character, no wildcard
    assert listed(url, "-q", "زمهرير") == []
    assert listed(url, "-q", "كركوك", "--metric", "killed") == ["kirkuk"]  # with the other filters
    assert listed(url, "-q", "داعش", "--country", "SY", "--limit", "5") == ["centcom"]
    assert listed(url) == ["centcom", "joined", "kirkuk", "percent"]  # no q: every claim


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "geojson"])
def test_export_q_writes_only_the_claims_the_words_keep(url, tmp_path, fmt):
    assert exported(url, tmp_path, fmt, "-q", "كركوك") == ["joined", "kirkuk"]
    assert exported(url, tmp_path, fmt, "-q", "القوات", "--metric", "killed") == ["percent"]
    assert exported(url, tmp_path, fmt, "-q", "زمهرير") == []
    assert exported(url, tmp_path, fmt) == ["centcom", "joined", "kirkuk", "percent"]


@pytest.mark.parametrize(
    "q", ["كركوك", "وكركوك", "CENTCOM", "cEnTcOm داعش", "القوات", "_", "في", "ك", "50% القوات_"]
)
def test_the_command_line_and_the_api_keep_the_same_claims(url, tmp_path, q):
    from fastapi.testclient import TestClient

    from marsad.serve import create_app

    expected = sorted(doc for doc, *_, evidence in CLAIMS if search.matches(evidence, q))
    engine = store.connect(url)
    with TestClient(create_app(engine)) as client:
        answer = client.get("/api/v1/claims", params={"q": q, "limit": 100})
        assert answer.status_code == 200, answer.text
        by_api = sorted(c["doc"] for c in answer.json()["items"])
    engine.dispose()
    assert by_api == expected
    assert listed(url, "-q", q) == expected
    assert exported(url, tmp_path, "jsonl", "-q", q) == expected


NOT_FILTERS = {"db", "output", "fmt", "raw_cells", "as_json", "limit"}


def test_every_filter_option_of_claims_and_export_is_a_parameter_of_the_api():
    from fastapi.testclient import TestClient

    from marsad.serve import create_app

    with TestClient(create_app(store.connect("sqlite://"))) as client:
        spec = client.get("/api/v1/openapi.json").json()
    api = {p["name"] for p in spec["paths"]["/api/v1/claims"]["get"]["parameters"]}
    for command in ("claims", "export"):
        filters = {p.name for p in app.commands[command].params} - NOT_FILTERS
        assert "q" in filters and filters <= api, (command, filters - api)


def test_a_command_leaves_no_connection_open_behind_it(pg_url, tmp_path):
    # a process that runs commands one after another (a notebook, this test's CliRunner) must not
    # collect one idle connection a command until the server refuses more clients
    from sqlalchemy import create_engine, text

    seed(pg_url)
    for _ in range(3):
        listed(pg_url, "-q", "كركوك")
        exported(pg_url, tmp_path, "jsonl")
        assert runner.invoke(app, ["findings", "--db", pg_url]).exit_code == 0
    probe = create_engine(pg_url)
    with probe.connect() as conn:
        others = conn.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        ).scalar_one()
    probe.dispose()
    assert others == 0
