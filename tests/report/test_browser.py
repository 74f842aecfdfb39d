"""The HTML report in a real headless Chromium (the system browser, driven by Playwright).

Installs nothing: skips when Playwright or /usr/bin/chromium is missing.
"""

import importlib.util
from pathlib import Path

import pytest

from marsad.consolidate import consolidate
from marsad.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

_spec = importlib.util.spec_from_file_location(
    "crosscheck_scenarios", Path(__file__).parents[1] / "consolidate" / "scenarios.py"
)
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)


@pytest.fixture
def page(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("no system Chromium at /usr/bin/chromium")
    engine = scenarios.engine_for(tmp_path, "nested_release", "arithmetic", "metric_confusion")
    consolidate(engine)
    html, _ = write_report(engine, tmp_path / "report.html")
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            pg = browser.new_page()
            pg.on("request", lambda r: requests.append(r.url))
            pg.goto(html.as_uri())
            yield pg
        finally:
            browser.close()
    # Nothing but the file itself was loaded.
    assert all(u.startswith("file://") for u in requests)


def test_findings_and_chart_are_visible(page):
    assert page.locator("#findings").is_visible()
    assert page.locator("article.finding.contradiction").first.is_visible()
    chart = page.locator("svg#timeline-chart")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 100
    assert page.locator("svg#timeline-chart .fact").count() > 0
    assert page.locator("svg#map-chart").is_visible()


def test_evidence_renders_right_to_left(page):
    quotes = page.locator("blockquote.evidence")
    assert quotes.count() > 0
    for i in range(quotes.count()):
        q = quotes.nth(i)
        assert q.get_attribute("dir") == "rtl"
        assert q.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("blockquote.evidence mark").first.is_visible()
