"""One query, three front doors: ``marsad claims``/``marsad findings``, the API and the dashboard keep
the same claims and the same findings for the same filter, on SQLite and PostgreSQL.

The issue asks for one implementation of every query shared by the CLI, the API and the dashboard:
claims go through ``store.db.claim_conditions`` (words in the evidence through ``store.search``),
findings through ``store.db.finding_conditions``.
"""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from marsad.cli import app
from marsad.consolidate import consolidate
from marsad.serve import create_app
from marsad.store import db as store

from .conftest import SCENARIOS, scenarios

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx`")  # starlette's TestClient
runner = CliRunner()


@pytest.fixture
def served(store_url):  # type: ignore[no-untyped-def]
    """The cross-check scenarios, consolidated, in a store on each back-end; its URL and the app over it."""
    engine = store.connect(store_url)
    scenarios.load(engine, *SCENARIOS)
    consolidate(engine)
    with TestClient(create_app(engine)) as client:
        yield store_url, client
    engine.dispose()  # (each test has a database of its own on one server: no idle connection left behind)


def cli_json(*args: str) -> list[dict]:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def api_items(client: TestClient, path: str, params: dict[str, str]) -> list[dict]:
    r = client.get(path, params={**params, "limit": 1000})
    assert r.status_code == 200, r.text
    assert r.json()["next"] is None
    return r.json()["items"]


def one_claim(c: dict) -> tuple:
    return c["doc"], c["metric"], c["value"], c["evidence"]


@pytest.mark.parametrize(
    "words, metric",
    [
        ("دير الزور", None),
        ("العراق", None),
        ("العراق", "killed"),
        ("قسد", None),
        ("خلية الإعلام", "captured"),
        ("زمهرير", None),
    ],
)
def test_words_in_the_evidence_keep_the_same_claims_everywhere(served, words, metric):
    url, client = served
    params = {"q": words, **({"metric": metric} if metric else {})}
    by_api = api_items(client, "/api/v1/claims", params)
    assert all(all(w in c["evidence"] for w in words.split()) for c in by_api)
    assert all(c["metric"] == metric for c in by_api if metric)

    by_cli = cli_json("claims", "--db", url, "-q", words, *(["--metric", metric] if metric else []))
    assert sorted(map(one_claim, by_cli)) == sorted(map(one_claim, by_api))

    html = client.get("/claims", params={**params, "lang": "en"}).text
    rows = [unescape(h) for h in re.findall(r'<tr data-href="/claim\?doc=([^"]+)"', html)]
    assert sorted(re.sub(r"&n=(\d+)$", r"#\1", r) for r in rows) == sorted(c["id"] for c in by_api)
    if by_api:  # the page's downloads are the same query
        downloads = [unescape(d) for d in re.findall(r'href="(/api/v1/claims\?[^"]+)" download', html)]
        assert downloads and all(
            client.get(d).headers["x-marsad-claims"] == str(len(by_api)) for d in downloads
        )


@pytest.mark.parametrize(
    "filters",
    [{}, {"kind": "contradiction"}, {"metric": "operations"}, {"metric": "attacks"}, {"metric": "captured"},
     {"country": "SY"}, {"country": "sy", "metric": "killed"}, {"kind": "period_drift", "country": "IQ"},
     {"metric": "leaders_killed"}],
)  # fmt: skip
def test_findings_filters_keep_the_same_findings_everywhere(served, filters):
    url, client = served
    by_api = [x["id"] for x in api_items(client, "/api/v1/findings", filters)]
    options = [part for name, value in filters.items() for part in (f"--{name}", value)]
    by_cli = [x["id"] for x in cli_json("findings", "--db", url, "--single-source", *options)]
    html = client.get("/findings", params={**filters, "lang": "en"}).text
    by_dashboard = re.findall(
        r'<article class="finding [a-z_]+" data-kind="[a-z_]+" id="finding-([^"]+)"', html
    )
    assert sorted(by_cli) == sorted(by_api) == sorted(by_dashboard)
    if filters.get("metric") in ("operations", "attacks"):  # a finding about attacks/operations is about both
        assert "metric_confusion" in {
            x.kind for x in store.query_findings(client.app.settings.engine, **filters)
        }
    if filters.get("metric") != "leaders_killed":
        assert by_api
