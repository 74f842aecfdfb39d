"""The dashboard in a real headless Chromium (Debian's, driven by Playwright), over a live uvicorn server.

Installs nothing: skips when Playwright or /usr/bin/chromium is missing. Screenshots are
kept as test artefacts in $MARSAD_ARTIFACTS (default: the test's temporary folder).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from .conftest import HOSTILE_ID, seeded

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


@pytest.fixture
def live(tmp_path):
    """A uvicorn server on a free loopback port over a seeded store (with a hostile document)."""
    import socket

    import uvicorn

    from marsad.serve import create_app

    engine = seeded(tmp_path, hostile=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def artefacts(tmp_path) -> Path:
    out = Path(os.environ.get("MARSAD_ARTIFACTS") or tmp_path / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("no system Chromium at /usr/bin/chromium")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        except Exception as e:  # a Chromium that cannot start here (no sandbox support, missing libraries)
            pytest.skip(f"Chromium cannot be launched: {e}")
        try:
            yield b
        finally:
            b.close()


def open_page(browser, live: str, width: int = 1280):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.problems = []  # type: ignore[attr-defined]
    page.requests = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: page.requests.append(r.url))
    return page


def test_filter_open_claim_ledger_and_switch_language(browser, live, artefacts):
    page = open_page(browser, live)
    page.goto(live + "/?lang=en")
    assert page.locator("#matrix table").is_visible()
    assert (
        page.locator("svg#claims-timeline").is_visible()
        and page.locator("svg#map-chart path.land").count() > 10
    )
    page.screenshot(path=str(artefacts / "overview-en.png"), full_page=True)

    # filter the claims by metric and country with the keyboard-usable form
    page.goto(live + "/claims")
    page.select_option("select[name=metric]", "killed")
    page.fill("input[name=country]", "SY")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    assert "metric=killed" in page.url and "country=SY" in page.url
    rows = page.locator("#claims-table tbody tr")
    assert rows.count() > 0
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text() == "killed" and "SY" in cells.nth(3).inner_text()
    page.screenshot(path=str(artefacts / "claims-filtered.png"), full_page=True)

    # open a claim: the number is highlighted in right-to-left evidence, the article has every claim marked
    page.locator("#claims-table a.row-link").first.click()
    page.wait_for_load_state()
    quote_el = page.locator("#claim-evidence blockquote.evidence")
    assert quote_el.evaluate("el => getComputedStyle(el).direction") == "rtl"
    mark = quote_el.locator("mark")
    assert mark.is_visible() and mark.inner_text().strip()
    assert mark.evaluate("el => getComputedStyle(el).backgroundColor") not in (
        "rgba(0, 0, 0, 0)",
        "transparent",
    )
    assert page.locator("#article").evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("#article mark").count() >= 1
    page.screenshot(path=str(artefacts / "claim.png"), full_page=True)

    # its ledger: every outlet's version side by side
    page.goto(live + "/findings?kind=contradiction")
    page.locator("a.ledger-link").first.click()
    page.wait_for_load_state()
    versions = page.locator("article.version")
    assert versions.count() >= 2
    assert page.locator(".finding.contradiction").is_visible()
    page.screenshot(path=str(artefacts / "ledger.png"), full_page=True)
    # a figure two outlets state: their versions side by side at 1280 px, one row, one column each
    fact = page.request.get(f"{live}/api/v1/facts?min_corroboration=2&limit=1").json()["items"][0]
    page.goto(f"{live}/facts/{fact['id']}")
    members = page.locator("#versions article.version")
    assert members.count() >= 2
    a, b = members.nth(0).bounding_box(), members.nth(1).bounding_box()
    assert a and b and abs(a["y"] - b["y"]) < 1, (a, b)
    left, right = sorted((a, b), key=lambda box: box["x"])  # right to left in Arabic
    assert left["x"] + left["width"] <= right["x"] + 1, (a, b)

    # switch language: Arabic, right to left, remembered on the next page
    page.locator("#lang-switch").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    page.screenshot(path=str(artefacts / "ledger-ar.png"), full_page=True)
    page.goto(live + "/claims")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert not page.problems, page.problems
    assert all(u.startswith(live) for u in page.requests), [
        u for u in page.requests if not u.startswith(live)
    ]


def test_timeline_drag_selects_a_range_that_filters_the_page(browser, live):
    page = open_page(browser, live)
    page.goto(live + "/?lang=en")
    months = page.locator("#claims-timeline rect.month")
    n = months.count()
    assert n >= 3
    first, last = months.nth(n - 3).bounding_box(), months.nth(n - 1).bounding_box()
    page.mouse.move(first["x"] + 2, first["y"] + 10)
    page.mouse.down()
    page.mouse.move(last["x"] + 2, last["y"] + 10, steps=5)
    page.mouse.up()
    page.wait_for_url("**since=*")
    assert "until=" in page.url
    assert page.locator("input[name=since]").input_value() != ""
    assert page.locator("#claims-timeline rect.month.selected").count() >= 1
    assert not page.problems, page.problems


def test_keyboard_navigation(browser, live):
    page = open_page(browser, live)
    page.goto(live + "/claims?lang=en")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.className") == "row-link"
    page.keyboard.press("j")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/claim?" in page.url and page.url.endswith(href.split("?", 1)[1])
    with page.expect_navigation():
        page.keyboard.press("l")  # switch language
    assert page.evaluate("document.documentElement.dir") == "rtl"
    page.goto(live + "/claims")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    assert not page.problems, page.problems


@pytest.mark.parametrize("width", [1280, 390])
def test_usable_at_desktop_and_phone_width(browser, live, artefacts, width):
    page = open_page(browser, live, width)
    for name, url in (("overview", "/?lang=en"), ("claims", "/claims"), ("findings", "/findings")):
        page.goto(live + url)
        # nothing wider than the window but the scrollable tables and charts
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, (name, width, overflow)
        page.screenshot(path=str(artefacts / f"{name}-{width}.png"), full_page=True)
    assert not page.problems, page.problems


def test_hostile_data_never_runs(browser, live):
    page = open_page(browser, live)
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    doc = quote(HOSTILE_ID, safe="")
    facts = page.request.get(f"{live}/api/v1/facts?doc={doc}").json()["items"]
    urls = ["/", "/claims", f"/claims?doc={doc}", f"/claim?doc={doc}&n=0", f"/document?id={doc}", "/findings"]
    urls += [f"/facts/{f['id']}" for f in facts]
    for lang in ("en", "ar"):
        for url in urls:
            page.goto(live + url + ("&" if "?" in url else "?") + f"lang={lang}")
            page.mouse.move(10, 10)
            assert page.evaluate("typeof window.__pwned") == "undefined", url
    # the javascript: URL is text, not a link; and the page lays out
    page.goto(f"{live}/document?id={doc}")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("text=javascript:window.__pwned=1").count() == 1
    assert not [p for p in page.problems if "dialog" in p], page.problems


def test_api_docs_render_from_the_server_alone(browser, live):
    page = open_page(browser, live)
    page.goto(live + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    assert "/api/v1/claims" in page.content()
    assert all(u.startswith(live) for u in page.requests), [
        u for u in page.requests if not u.startswith(live)
    ]
    assert not [p for p in page.problems if "Content Security Policy" in p], page.problems
