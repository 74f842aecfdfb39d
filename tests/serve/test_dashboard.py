"""The dashboard's pages, served by the app: content, language, links, and hostile data shown as text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from marsad.serve import create_app

from .conftest import HOSTILE_ID, seeded


class Page(HTMLParser):
    """Collects what a browser would act on: tags, attributes, script elements, links."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.in_bdi = 0
        self.text_outside_bdi: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, dict(attrs)))
        if tag == "bdi":
            self.in_bdi += 1

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "bdi":
            self.in_bdi -= 1

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if not self.in_bdi:
            self.text_outside_bdi.append(data)


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    return p


def with_lang(url: str, lang: str) -> str:
    return url + ("&" if "?" in url else "?") + f"lang={lang}"


def test_pages_render_in_english_and_arabic(client):
    for url in ("/", "/claims", "/facts", "/findings", "/claim?doc=c1&n=0", "/document?id=c1"):
        en = client.get(with_lang(url, "en"))
        assert en.status_code == 200, url
        assert '<html lang="en" dir="ltr">' in en.text
        ar = client.get(with_lang(url, "ar"))
        assert '<html lang="ar" dir="rtl">' in ar.text, url
    # the choice is remembered
    assert '<html lang="ar" dir="rtl">' in client.get("/claims").text
    assert client.cookies.get("lang") == "ar"
    client.cookies.clear()
    assert '<html lang="ar"' in client.get("/", headers={"accept-language": "ar-IQ,ar;q=0.9"}).text
    assert '<html lang="en"' in client.get("/", headers={"accept-language": "en-GB"}).text


def test_overview_shows_matrix_timeline_map_and_findings(client):
    html = client.get("/?lang=en").text
    assert 'id="matrix"' in html and 'class="matrix"' in html
    assert 'id="claims-timeline"' in html and 'class="month" data-month="2025-03"' in html
    assert 'id="map-chart"' in html and 'class="land has-claims" data-country="IQ"' in html
    assert 'href="/claims?country=IQ"' in html
    assert "ledger-link" in html and "/facts/F" in html
    # a range filters everything: the March 2025 window shows only its months and findings
    march = client.get("/?lang=en&since=2025-03-01&until=2025-03-31").text
    months = set(re.findall(r'data-month="([0-9-]+)"', march))
    assert months and all("2025-01" <= m <= "2025-03" for m in months)  # periods that overlap March
    assert "Contradiction" in march and "2024" not in re.sub(r"<[^>]+>", "", march.split('id="latest"')[1])


def test_claims_table_facets_sort_and_pages(client):
    html = client.get("/claims?lang=en&metric=killed").text
    assert 'data-facet="country"' in html and 'data-facet="outlet"' in html and 'data-facet="year"' in html
    rows = re.findall(r'<tr data-href="([^"]+)"', html)
    assert rows and all(r.startswith("/claim?doc=") for r in rows)
    assert "operations" not in re.sub(r"<[^>]+>", " ", html.split("<tbody>")[1].split("</tbody>")[0])
    # facet links keep the other filters
    assert "/claims?metric=killed&amp;country=SY" in html
    # 50 a page, the next page continues
    first = client.get("/claims").text
    assert len(re.findall(r"<tr data-href", first)) == min(50, 33)
    sorted_page = client.get("/claims?sort=-value").text
    values = [
        int(v)
        for v in re.findall(
            r'<td class="num"><span class="value">(?:<span class="qual">[^<]*</span> )?<bdi>(\d+)</bdi>',
            sorted_page,
        )
    ]
    assert values == sorted(values, reverse=True) and values
    downloads = re.findall(r'href="(/api/v1/claims\?[^"]+)" download', html)
    assert len(downloads) == 4 and all("metric=killed" in d for d in downloads)


def test_claims_pagination_walks_every_claim(engine):
    from marsad.model import Claim, Document
    from marsad.store import db as store

    text = "قتل 5 عناصر. " * 60
    claims = [Claim(doc="many", metric="killed", value=5, evidence="قتل 5 عناصر.") for _ in range(120)]
    store.save_document(engine, Document(id="many", text=text, content_hash="m"), claims, extractor="t")
    c = TestClient(create_app(engine))
    url, seen = "/claims?doc=many", []
    while url:
        html = c.get(url).text
        seen += re.findall(r'<tr data-href="([^"]+)"', html)
        nxt = re.search(r'id="next-page" href="([^"]+)"', html)
        url = nxt.group(1).replace("&amp;", "&") if nxt else None
    assert len(seen) == len(set(seen)) == 120


def test_claim_view_marks_the_number_rtl_and_the_whole_article(client):
    html = client.get("/claim?doc=c2&n=0&lang=en").text
    ev = re.search(r'<blockquote class="evidence" dir="rtl" lang="ar">(.*?)</blockquote>', html, re.S)
    assert ev and "<mark" in ev.group(1) and ">٥٧</mark>" in ev.group(1)
    article = re.search(
        r'<div class="article" dir="rtl" lang="ar" id="article">(.*?)</div>', html, re.S
    ).group(1)
    marks = re.findall(r"<mark>([^<]+)</mark>", article)
    assert marks == ["٥٧", "١٢"]  # every claim of the article is marked, in order
    assert 'class="num current"' in article and 'class="current"' in article
    assert "/facts/F" in html  # its ledger
    assert client.get("/claim?doc=c2&n=99").status_code == 404
    assert client.get("/claim?doc=c2&n=x").status_code == 404


def test_ledger_shows_every_version_and_explained_findings(client):
    finding = client.get("/api/v1/findings", params={"kind": "contradiction", "limit": 1}).json()["items"][0]
    fact_id = finding["fact_ids"][0]
    html = client.get(f"/facts/{fact_id}?lang=en").text
    fact = client.get(f"/api/v1/facts/{fact_id}").json()
    assert html.count('<article class="version member"') == len(fact["versions"])
    assert html.count('<article class="version other"') == sum(len(r["versions"]) for r in fact["related"])
    assert f'data-n="{fact["corroboration"]}"' in html
    assert 'class="finding contradiction"' in html
    assert 'class="explanation" lang="en"' in html and 'class="explanation-ar" dir="rtl" lang="ar"' in html
    assert client.get("/facts/Fnope").status_code == 404


def test_findings_grouped_by_kind_link_to_ledgers(client):
    html = client.get("/findings?lang=en").text
    kinds = re.findall(r'<section class="kind-group" data-kind="([a-z_]+)"', html)
    assert kinds[:4] == ["contradiction", "arithmetic", "metric_confusion", "period_drift"]
    assert kinds[-1] == "single_source"
    assert re.search(r'class="ledger-link" href="/facts/F[0-9a-f]+"', html)
    only = client.get("/findings?kind=arithmetic").text
    assert re.findall(r'<section class="kind-group" data-kind="([a-z_]+)"', only) == ["arithmetic"]


def test_unknown_page_is_a_404_page(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "<html" in r.text


def test_static_assets_are_ours_and_local(client):
    for url in ("/static/app.css", "/static/app.js", "/static/favicon.svg"):
        r = client.get(url)
        assert r.status_code == 200
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", r.text), url
    html = client.get("/").text
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "<script>" not in html and "style=" not in html  # nothing inline: the CSP forbids it


# -- hostile data ------------------------------------------------------------------------------------


@pytest.fixture
def hostile_client(tmp_path):
    with TestClient(create_app(seeded(tmp_path, hostile=True))) as c:
        yield c


def hostile_pages(c: TestClient) -> list[str]:
    from urllib.parse import quote

    doc = quote(HOSTILE_ID, safe="")
    return [
        "/",
        "/claims",
        f"/claims?doc={doc}",
        f"/claim?doc={doc}&n=0",
        f"/document?id={doc}",
        "/findings",
        "/facts",
    ] + [f"/facts/{f['id']}" for f in c.get("/api/v1/facts", params={"doc": HOSTILE_ID}).json()["items"]]


def test_markup_in_data_is_text_never_markup(hostile_client):
    for url in hostile_pages(hostile_client):
        for lang in ("en", "ar"):
            r = hostile_client.get(with_lang(url, lang))
            assert r.status_code == 200, url
            page = parse(r.text)
            scripts = [a for t, a in page.tags if t == "script"]
            assert scripts == [{"src": "/static/app.js", "defer": None}], (url, scripts)
            for tag, attrs in page.tags:
                assert tag not in ("img", "iframe", "object", "embed"), (url, tag)
                assert not any(k.startswith("on") for k in attrs), (url, tag, attrs)
                for k in ("href", "src", "action"):
                    v = (attrs.get(k) or "").strip().lower()
                    assert not v.startswith(("javascript:", "data:", "vbscript:")), (url, tag, attrs)


def test_bidi_controls_from_data_stay_isolated(hostile_client):
    for url in hostile_pages(hostile_client):
        page = parse(hostile_client.get(url).text)
        outside = "".join(page.text_outside_bdi)
        # an override from an outlet's name, a title or an id never leaks into the page's own text
        for line in outside.splitlines():
            if "\u202e" in line:
                assert "gnp.exe" not in line and "title" not in line, (url, line)


def test_javascript_url_is_shown_not_linked(hostile_client):
    from urllib.parse import quote

    html = hostile_client.get(f"/document?id={quote(HOSTILE_ID, safe='')}").text
    assert "javascript:window.__pwned=1" in html  # shown as text
    assert 'href="javascript:' not in html.lower()


def test_the_servers_own_writes_refresh_the_cached_overview(client, auth):
    def documents() -> int:
        return int(re.search(r"<b>(\d+)</b> documents", client.get("/?lang=en").text).group(1))

    before = documents()
    assert documents() == before  # served from the cache
    r = client.post(
        "/api/v1/documents", json={"id": "fresh", "text": "قتل 3 عناصر من داعش في كركوك."}, headers=auth
    )
    assert r.status_code == 201
    assert documents() == before + 1
    client.delete("/api/v1/documents/fresh", headers=auth)
    assert documents() == before


def test_the_report_and_the_dashboard_show_findings_and_quotes_alike(client, engine, tmp_path):
    """Where they show the same thing (a finding's card, a quote with its number marked) the static
    report and the dashboard render one template (report/templates/shared.html): the same markup."""
    from marsad.report import write_report

    report = write_report(engine, tmp_path / "report.html")[0].read_text(encoding="utf-8")
    dashboard = client.get("/findings?lang=en").text
    card = re.compile(
        r'(<article class="finding [a-z_]+" data-kind="[a-z_]+" id="finding-(\w+)">)\s*<h4>.*?</h4>\s*'
        r'(<p class="explanation" lang="en">.*?</p>\s*<p class="explanation-ar" dir="rtl" lang="ar">.*?</p>)',
        re.S,
    )
    in_report = {m.group(2): (m.group(1), m.group(3)) for m in card.finditer(report)}
    in_dashboard = {m.group(2): (m.group(1), m.group(3)) for m in card.finditer(dashboard)}
    shared = set(in_report) & set(in_dashboard)
    assert len(shared) >= 5, (len(in_report), len(in_dashboard))
    for finding_id in shared:
        assert in_report[finding_id] == in_dashboard[finding_id], finding_id

    # a quote: the report's under a finding, the dashboard's in the ledger of that finding's fact
    finding = client.get("/api/v1/findings", params={"kind": "contradiction", "limit": 1}).json()["items"][0]
    ledger = client.get(f"/facts/{finding['fact_ids'][0]}?lang=en").text
    quote = re.compile(
        r'<blockquote class="evidence" dir="rtl" lang="ar">([^<]*)<mark[^>]*>([^<]+)</mark>([^<]*)'
    )
    in_ledger = set(quote.findall(ledger))
    report_card = report.split(f'id="finding-{finding["id"]}"')[1].split("</article>")[0]
    assert in_ledger and in_ledger & set(quote.findall(report_card))
