"""The REST API on a seeded store: every route, filters, pagination, downloads, errors, writes."""

from __future__ import annotations

import csv
import io
import json
import re

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from marsad.serve import create_app
from marsad.store import db as store

from .conftest import TOKEN


def assert_error(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"code", "message", "detail"}
    assert isinstance(body["message"], str) and body["message"]
    if code is not None:
        assert body["code"] == code
    return body


def all_pages(client, url: str, **params) -> list[dict]:
    items, seen_cursors = [], set()
    r = client.get(url, params=params)
    while True:
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        if body["next"] is None:
            return items
        assert body["next"] not in seen_cursors
        seen_cursors.add(body["next"])
        r = client.get(url, params={**params, "cursor": body["next"]})


# -- service ---------------------------------------------------------------------------------------


def test_healthz_and_metrics(client):
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["writes"] is True
    client.get("/api/v1/claims")
    client.get("/api/v1/documents/no-such-doc")
    m = client.get("/metrics")
    assert m.status_code == 200 and m.headers["content-type"].startswith("text/plain")
    text = m.text
    assert 'marsad_http_requests_total{method="GET",route="/api/v1/claims",status="200"} 1' in text
    # the route's template, never the raw id
    assert 'route="/api/v1/documents/{doc_id:path}",status="404"' in text and "no-such-doc" not in text
    assert "marsad_http_request_duration_seconds_bucket" in text
    claims = sum(1 for _ in store.iter_claims(client.app.settings.engine))
    assert f"marsad_store_claims {claims}" in text
    assert "marsad_store_documents 18" in text


def test_openapi_and_docs_are_served_locally(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/claims", "/api/v1/documents", "/api/v1/documents/{doc_id}", "/api/v1/facts/{fact_id}",
                 "/api/v1/findings", "/api/v1/findings/{finding_id}", "/api/v1/consolidate", "/healthz", "/metrics"):
        assert path in spec["paths"], path
    post = spec["paths"]["/api/v1/documents"]["post"]["requestBody"]["content"]
    assert "application/json" in post and "multipart/form-data" in post
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "http" not in docs.text.replace('rel="stylesheet"', "")  # nothing from another host
    assert client.get("/static/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_every_response_carries_the_security_headers(client):
    for url in ("/", "/api/v1/claims", "/api/v1/nope", "/healthz"):
        h = client.get(url).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "unsafe-inline" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"


def test_unknown_routes_and_methods_have_the_error_shape(client):
    assert_error(client.get("/api/v1/nope"), 404, "not_found")
    assert_error(client.put("/api/v1/claims"), 405, "method_not_allowed")


# -- documents -------------------------------------------------------------------------------------


def test_documents_list_pages_and_filters(client):
    items = all_pages(client, "/api/v1/documents", limit=4)
    ids = [d["id"] for d in items]
    assert len(ids) == 18 and ids == sorted(ids) and len(set(ids)) == 18
    assert all("text" not in d for d in items)
    assert all(d["stored"] and d["claims"] >= 1 for d in items)
    outlet = items[0]["outlet"]
    only = client.get("/api/v1/documents", params={"outlet": outlet}).json()["items"]
    assert only and all(d["outlet"] == outlet for d in only)
    dated = client.get("/api/v1/documents", params={"since": "2025-01-01", "until": "2025-12-31"}).json()["items"]
    assert dated and all("2025-01-01" <= d["published"] <= "2025-12-31" for d in dated)
    assert len(dated) < 18


def test_documents_with_errors_lists_unstored_ids(client, engine):
    from marsad.model import ReadError

    run = store.start_run(engine, "t")
    store.save_error(engine, run, ReadError("broken", "broken.txt", "encoding", "invalid UTF-8"))
    store.save_error(engine, run, ReadError("c1", "c1.txt", "timeout", "too slow"))
    body = client.get("/api/v1/documents", params={"with_errors": "true"}).json()
    by_id = {d["id"]: d for d in body["items"]}
    assert set(by_id) == {"broken", "c1"}
    assert by_id["broken"]["stored"] is False and by_id["broken"]["errors"][0]["code"] == "encoding"
    assert by_id["c1"]["stored"] is True
    one = client.get("/api/v1/documents/broken").json()
    assert one["stored"] is False and one["claims"] == [] and one["errors"][0]["message"] == "invalid UTF-8"


def test_document_has_text_claims_and_spans(client):
    d = client.get("/api/v1/documents/c2").json()
    assert d["id"] == "c2" and d["outlet"] == "daily_b" and d["published"] == "2025-04-05"
    assert d["claims"], d
    for c in d["claims"]:
        a, b = c["span"]
        assert d["text"][a:b] == c["evidence"]
        n0, n1 = c["number_span"]
        assert d["text"][n0:n1] in ("٥٧", "١٢")
        assert c["id"] == f"c2#{c['ordinal']}"


def test_document_ids_with_slashes_and_unknown_ids(client, engine):
    from marsad.model import Document

    store.save_document(engine, Document(id="a/b c#1", text="نص", content_hash="h"), [], extractor="t")
    assert client.get("/api/v1/documents/a/b%20c%231").json()["id"] == "a/b c#1"
    body = assert_error(client.get("/api/v1/documents/nothing-here"), 404, "not_found")
    assert body["detail"] == {"id": "nothing-here"}


# -- claims ----------------------------------------------------------------------------------------


def test_claims_pages_cover_every_claim_once_in_every_sort(client, engine):
    every = {c.id for c in store.iter_claims(engine)}
    for sort in store.CLAIM_SORTS:
        items = all_pages(client, "/api/v1/claims", limit=3, sort=sort)
        ids = [c["id"] for c in items]
        assert len(ids) == len(set(ids)) == len(every), sort
        assert set(ids) == every
        if sort in ("value", "-value"):
            values = [c["value"] for c in items]
            assert values == sorted(values, reverse=sort.startswith("-"))
        if sort == "period":
            starts = [(c["period"] or {"start": ""})["start"] for c in items]
            assert starts == sorted(starts)


def test_claims_filters(client):
    def get(**params):
        r = client.get("/api/v1/claims", params={"limit": 1000, **params})
        assert r.status_code == 200, r.text
        return r.json()["items"]

    killed = get(metric="killed")
    assert killed and all(c["metric"] == "killed" for c in killed)
    iq = get(country="IQ")
    assert iq and all("IQ" in c["countries"] for c in iq)
    assert get(country="iq") == iq  # country codes are case-insensitive
    both = get(metric="killed", country="SY")
    assert both and all(c["metric"] == "killed" and "SY" in c["countries"] for c in both)
    ranged = get(min_value=40, max_value=60)
    assert ranged and all(40 <= c["value"] <= 60 for c in ranged)
    q1 = get(since="2025-03-01", until="2025-03-31")
    assert q1 and all(c["period"] and c["period"]["end"] >= "2025-03-01" and c["period"]["start"] <= "2025-03-31" for c in q1)
    words = get(q="دير الزور")
    assert words and all("دير" in c["evidence"] and "الزور" in c["evidence"] for c in words)
    outlet = get(outlet="wire_a")
    assert outlet and all(c["outlet"] == "wire_a" for c in outlet)
    source = get(source="SDF")
    assert source and all(c["source"] == "SDF" for c in source)
    actor = get(actor="SDF")
    assert actor and all("SDF" in c["actor"] for c in actor)
    approx = get(qualifier="approx")
    assert all(c["qualifier"] == "approx" for c in approx)
    doc = get(doc="c1")
    assert [c["id"] for c in doc] == ["c1#0", "c1#1"]
    assert get(q="%") == [] and get(country="%") == []  # literal, no wildcards
    total = client.get("/api/v1/claims", params={"metric": "killed", "total": "true", "limit": 1}).json()
    assert total["total"] == len(killed) and total["count"] == 1 and total["next"]


def test_claims_bad_parameters_are_400(client):
    assert_error(client.get("/api/v1/claims", params={"metric": "banana"}), 400, "invalid")
    assert_error(client.get("/api/v1/claims", params={"limit": 0}), 400, "invalid")
    assert_error(client.get("/api/v1/claims", params={"limit": 5000}), 400, "invalid")
    assert_error(client.get("/api/v1/claims", params={"since": "yesterday"}), 400, "invalid")
    assert_error(client.get("/api/v1/claims", params={"min_value": 9, "max_value": 1}), 400, "invalid")
    assert_error(client.get("/api/v1/claims", params={"since": "2025-02-01", "until": "2025-01-01"}), 400)
    assert_error(client.get("/api/v1/claims", params={"sort": "nope"}), 400, "invalid")
    assert_error(client.get("/api/v1/claims", params={"min_value": 2**70}), 400, "invalid")
    assert_error(client.get("/api/v1/claims", params={"cursor": "garbage!"}), 400, "bad_cursor")
    # a cursor of one sort is refused by another
    nxt = client.get("/api/v1/claims", params={"limit": 1, "sort": "value"}).json()["next"]
    assert_error(client.get("/api/v1/claims", params={"cursor": nxt, "sort": "doc"}), 400, "bad_cursor")
    nxt = client.get("/api/v1/documents", params={"limit": 1}).json()["next"]
    assert_error(client.get("/api/v1/claims", params={"cursor": nxt}), 400, "bad_cursor")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "geojson"])
def test_downloads_load_back(client, fmt):
    params = {"metric": "killed", "format": fmt}
    page = client.get("/api/v1/claims", params={"metric": "killed", "limit": 1000}).json()["items"]
    r = client.get("/api/v1/claims", params=params)
    assert r.status_code == 200, r.text
    assert f"marsad-claims.{fmt}" in r.headers["content-disposition"]
    assert int(r.headers["x-marsad-claims"]) == len(page)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert [int(x["value"]) for x in rows] == [c["value"] for c in page]
        assert rows[0]["evidence"] == page[0]["evidence"]
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in r.text.splitlines()]
        assert [x["value"] for x in rows] == [c["value"] for c in page]
    elif fmt == "parquet":
        table = pq.read_table(io.BytesIO(r.content))
        assert table.num_rows == len(page)
        assert table.column("value").to_pylist() == [c["value"] for c in page]
        assert table.column("metric").to_pylist() == ["killed"] * len(page)
    else:
        fc = r.json()
        assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(page)
        geo = [f for f in fc["features"] if f["geometry"]]
        assert geo and all(f["geometry"]["type"] in ("Point", "MultiPoint") for f in geo)
        iq = next(f for f in fc["features"] if f["properties"]["countries"] == ["IQ"])
        lon, lat = iq["geometry"]["coordinates"]
        assert 38 < lon < 49 and 29 < lat < 38


# -- facts and findings ----------------------------------------------------------------------------


def test_facts_list_filters_and_pages(client):
    every = all_pages(client, "/api/v1/facts", limit=5)
    assert len(every) == len({f["id"] for f in every}) == client.get("/api/v1/facts").json()["total"]
    iq = client.get("/api/v1/facts", params={"country": "IQ", "metric": "operations", "limit": 1000}).json()["items"]
    assert iq and all(f["metric"] == "operations" and "IQ" in f["countries"] for f in iq)
    many = client.get("/api/v1/facts", params={"min_corroboration": 2, "limit": 1000}).json()["items"]
    assert many and all(f["corroboration"] >= 2 for f in many)
    assert_error(client.get("/api/v1/facts", params={"cursor": "AAAA"}), 400, "bad_cursor")


def test_fact_has_versions_outlets_and_findings(client):
    finding = client.get("/api/v1/findings", params={"kind": "contradiction", "limit": 1}).json()["items"][0]
    fact = client.get(f"/api/v1/facts/{finding['fact_ids'][0]}").json()
    assert fact["corroboration"] == len(set(fact["outlets"]))
    assert fact["versions"] and all(v["evidence"] and v["number"] for v in fact["versions"])
    assert finding["id"] in {x["id"] for x in fact["findings"]}
    assert {r["id"] for r in fact["related"]} == set(finding["fact_ids"]) - {fact["id"]}
    assert all(r["versions"] for r in fact["related"])
    assert_error(client.get("/api/v1/facts/Fnope"), 404, "not_found")


def test_findings_filters_and_one_finding(client):
    every = all_pages(client, "/api/v1/findings", limit=4)
    kinds = {x["kind"] for x in every}
    assert {"contradiction", "arithmetic", "metric_confusion", "period_drift", "single_source"} <= kinds
    arith = client.get("/api/v1/findings", params={"kind": "arithmetic"}).json()["items"]
    assert arith and all(x["kind"] == "arithmetic" for x in arith)
    dated = client.get("/api/v1/findings", params={"since": "2025-01-01", "limit": 1000}).json()["items"]
    assert all(x["period"] is None or x["period"]["end"] >= "2025-01-01" for x in dated)
    assert len(dated) < len(every)
    one = client.get(f"/api/v1/findings/{every[0]['id']}").json()
    assert one == every[0]
    assert_error(client.get("/api/v1/findings", params={"kind": "nope"}), 400, "invalid")
    assert_error(client.get("/api/v1/findings/Xnope"), 404, "not_found")


# -- writes ----------------------------------------------------------------------------------------

ARTICLE = "قتل 3 عناصر من داعش في كركوك أمس بحسب خلية الإعلام الأمني."


def test_writes_need_a_token(client, engine):
    for method, url in (("post", "/api/v1/documents"), ("delete", "/api/v1/documents/c1"), ("post", "/api/v1/consolidate")):
        r = getattr(client, method)(url)
        assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"].startswith("Bearer")
        r = getattr(client, method)(url, headers={"Authorization": "Bearer wrong"})
        assert_error(r, 401, "unauthorized")
        r = getattr(client, method)(url, headers={"Authorization": f"Basic {TOKEN}"})
        assert_error(r, 401, "unauthorized")
    read_only = TestClient(create_app(engine, token=None))
    for method, url in (("post", "/api/v1/documents"), ("delete", "/api/v1/documents/c1"), ("post", "/api/v1/consolidate")):
        r = getattr(read_only, method)(url, headers={"Authorization": f"Bearer {TOKEN}"})
        assert_error(r, 403, "read_only")
    assert read_only.get("/healthz").json()["writes"] is False
    assert store.get_document(engine, "c1") is not None  # nothing was deleted


def test_post_json_document_extracts_and_stores(client, auth, engine):
    r = client.post(
        "/api/v1/documents",
        json={"id": "new1", "text": ARTICLE, "published": "2024-05-03", "source": "api_outlet"},
        headers=auth,
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] == 1 and body["errors"] == 0
    claims = body["documents"][0]["claims"]
    assert any(c["metric"] == "killed" and c["value"] == 3 for c in claims)
    killed = next(c for c in claims if c["metric"] == "killed")
    assert killed["period"] == {"start": "2024-05-02", "end": "2024-05-02"} and killed["outlet"] == "api_outlet"
    stored = client.get("/api/v1/documents/new1").json()
    assert stored["outlet"] == "api_outlet" and stored["claims"] == claims
    # posted again with another text: replaced, not refused
    r = client.post("/api/v1/documents", json={"id": "new1", "text": "قتل 4 عناصر من داعش في الموصل."}, headers=auth)
    assert r.status_code == 201 and r.json()["documents"][0]["claims"][0]["value"] == 4
    # a batch, an id made from the text, and a bad line reported beside a good one
    r = client.post(
        "/api/v1/documents",
        json={"documents": [{"text": ARTICLE}, {"id": "bad", "text": ARTICLE, "published": "not a date"}]},
        headers=auth,
    )
    assert r.status_code == 201, r.text
    docs = r.json()["documents"]
    assert docs[0]["id"].startswith("api-") and docs[0]["error"] is None
    assert docs[1]["error"]["code"] == "schema"


def test_post_bad_bodies(client, auth):
    assert_error(client.post("/api/v1/documents", content=b"{not json", headers={**auth, "content-type": "application/json"}), 400, "json")
    assert_error(client.post("/api/v1/documents", json={"id": "x"}, headers=auth), 400, "schema")
    assert_error(client.post("/api/v1/documents", json=[1, 2], headers=auth), 400, "schema")
    assert_error(client.post("/api/v1/documents", content=b"hello", headers={**auth, "content-type": "text/plain"}), 415)
    r = client.post("/api/v1/documents", json={"id": "empty", "text": "   "}, headers=auth)
    body = assert_error(r, 400)
    assert body["detail"]["stored"] == 0


def test_post_uploaded_files(client, auth):
    r = client.post(
        "/api/v1/documents",
        files={"file": ("report.txt", ARTICLE.encode("utf-8"), "text/plain")},
        data={"published": "2024-05-03", "source": "uploader"},
        headers=auth,
    )
    assert r.status_code == 201, r.text
    d = r.json()["documents"][0]
    assert d["id"] == "report" and any(c["value"] == 3 and c["outlet"] == "uploader" for c in d["claims"])
    html = f"<html><head><title>خبر</title></head><body><article><p>{ARTICLE}</p></article></body></html>"
    r = client.post("/api/v1/documents", files={"file": ("page.html", html.encode(), "text/html")}, data={"id": "h1"}, headers=auth)
    assert r.status_code == 201, r.text
    assert r.json()["documents"][0]["id"] == "h1"
    lines = "\n".join(json.dumps({"id": f"j{i}", "text": ARTICLE, "published": "2024-05-03"}) for i in range(3))
    r = client.post("/api/v1/documents", files={"file": ("batch.jsonl", lines.encode(), "application/x-ndjson")}, headers=auth)
    assert r.status_code == 201 and r.json()["stored"] == 3
    assert_error(
        client.post("/api/v1/documents", files={"file": ("x.pdf", b"%PDF", "application/pdf")}, headers=auth), 415
    )
    assert_error(client.post("/api/v1/documents", data={"id": "x"}, files={"other": ("a.txt", b"x")}, headers=auth), 400)
    r = client.post("/api/v1/documents", files={"file": ("bin.txt", b"\x00\x01\x02" * 100, "text/plain")}, headers=auth)
    assert assert_error(r, 400, "binary")["detail"]["documents"][0]["error"]["path"] is None


def test_delete_then_404(client, auth):
    r = client.delete("/api/v1/documents/c1", headers=auth)
    assert r.status_code == 200 and r.json()["deleted"] == "c1"
    assert_error(client.get("/api/v1/documents/c1"), 404)
    assert client.get("/api/v1/claims", params={"doc": "c1"}).json()["items"] == []
    assert_error(client.delete("/api/v1/documents/c1", headers=auth), 404, "not_found")


def test_consolidate_recomputes(client, auth):
    client.delete("/api/v1/documents/c2", headers=auth)
    r = client.post("/api/v1/consolidate", headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"documents", "duplicates", "claims", "facts", "findings"}
    assert body["documents"] == 17
    facts = client.get("/api/v1/facts", params={"limit": 1000}).json()["items"]
    assert all("c2" not in f["docs"] for f in facts)


# -- body limit ------------------------------------------------------------------------------------


def test_oversized_bodies_are_413(engine):
    c = TestClient(create_app(engine, token=TOKEN, max_body=1000))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"id": "big", "text": "ق" * 2000}
    body = assert_error(c.post("/api/v1/documents", json=big, headers=auth), 413, "too_large")
    assert body["detail"]["limit"] == 1000
    # no Content-Length (chunked): counted as it arrives
    def chunks():
        for _ in range(10):
            yield b"x" * 500

    r = c.post("/api/v1/documents", content=chunks(), headers={**auth, "content-type": "application/json"})
    assert_error(r, 413, "too_large")
    r = c.post("/api/v1/documents", files={"file": ("a.txt", b"x" * 5000)}, headers=auth)
    assert_error(r, 413, "too_large")
    # the limit applies before the token is checked, and to a body under it nothing changes
    assert_error(c.post("/api/v1/documents", json=big), 413)
    assert c.post("/api/v1/documents", json={"id": "s", "text": ARTICLE}, headers=auth).status_code == 201


def test_default_limit_is_five_megabytes(client, auth):
    from marsad.serve import DEFAULT_MAX_BODY

    assert DEFAULT_MAX_BODY == 5 * 1024 * 1024
    r = client.post(
        "/api/v1/documents",
        content=b"x" * (DEFAULT_MAX_BODY + 1),
        headers={**auth, "content-type": "application/json"},
    )
    assert_error(r, 413, "too_large")


def test_the_api_and_dashboard_answer_alike_on_postgresql(pg_url, tmp_path):
    """The same queries on a real PostgreSQL server (skips when PostgreSQL is not installed)."""
    from marsad.consolidate import consolidate

    from .conftest import SCENARIOS, scenarios

    sqlite_engine = scenarios.engine_for(tmp_path, *SCENARIOS)
    pg_engine = store.connect(pg_url)
    scenarios.load(pg_engine, *SCENARIOS)
    for e in (sqlite_engine, pg_engine):
        consolidate(e)
    lite, pg = TestClient(create_app(sqlite_engine)), TestClient(create_app(pg_engine))
    for sort in store.CLAIM_SORTS:
        a = [c["id"] for c in all_pages(lite, "/api/v1/claims", limit=4, sort=sort)]
        b = [c["id"] for c in all_pages(pg, "/api/v1/claims", limit=4, sort=sort)]
        assert len(b) == len(set(b)) == len(a), sort
        if sort.lstrip("-") in ("doc",):
            assert a == b
    for url in ("/api/v1/claims?country=IQ&min_value=10&q=%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82&limit=1000",
                "/api/v1/documents?limit=1000", "/api/v1/facts?limit=1000&country=SY", "/api/v1/findings?metric=attacks"):
        ids_a = sorted(x.get("id") for x in lite.get(url).json()["items"])
        ids_b = sorted(x.get("id") for x in pg.get(url).json()["items"])
        assert ids_a == ids_b and ids_a, url
    for url in ("/?lang=en", "/claims?metric=killed", "/findings", "/facts"):
        assert pg.get(url).status_code == 200, url
    facets = re.findall(r'data-facet="([a-z]+)"', pg.get("/claims").text)
    assert {"metric", "country", "year", "outlet"} <= set(facets)
