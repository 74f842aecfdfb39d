"""A seeded store (the cross-check scenarios, consolidated) and the app over it."""

from __future__ import annotations

import importlib.util
import warnings
from datetime import date
from pathlib import Path

import pytest

from marsad.consolidate import consolidate
from marsad.model import Claim, Document, Span
from marsad.store import db as store

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

_spec = importlib.util.spec_from_file_location(
    "crosscheck_scenarios_serve", Path(__file__).parents[1] / "consolidate" / "scenarios.py"
)
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)

SCENARIOS = ("contradiction", "nested_release", "arithmetic", "metric_confusion", "period_drift", "undated")
TOKEN = "test-token-0123456789"

# Markup, a script URL and bidi controls where an article, an outlet, a title, a URL and an id can carry them.
HOSTILE_ID = 'x"><script>window.__pwned=1</script>\u202e'
HOSTILE_TEXT = (
    "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\"> "
    "قتل 7 عناصر من داعش في كركوك \u202eأمس\u202c."
)


def hostile_document() -> tuple[Document, list[Claim]]:
    text = HOSTILE_TEXT
    start = text.index("قتل")
    num = text.index("7")
    doc = Document(
        id=HOSTILE_ID,
        text=text,
        published=date(2024, 5, 3),
        source='<b onmouseover="window.__pwned=1">outlet</b>\u202egnp.exe',
        url="javascript:window.__pwned=1",
        title='<svg onload="window.__pwned=1">\u202etitle',
        content_hash="hostile",
    )
    claim = Claim(
        doc=HOSTILE_ID,
        metric="killed",
        value=7,
        countries=["IQ"],
        actor=['<i onclick="window.__pwned=1">'],
        source="</bdi><script>window.__pwned=1</script>",
        evidence=text[start:],
        span=Span(start, len(text)),
        number_span=Span(num, num + 1),
        place='"><script>window.__pwned=1</script>',
        rule="<script>window.__pwned=1</script>",
        context={"period": "<img src=x onerror=window.__pwned=1>"},
    )
    return doc, [claim]


def seeded(tmp_path: Path, hostile: bool = False):  # type: ignore[no-untyped-def]
    engine = scenarios.engine_for(tmp_path, *SCENARIOS)
    if hostile:
        doc, claims = hostile_document()
        store.save_document(engine, doc, claims, extractor="test")
    consolidate(engine)
    return engine


@pytest.fixture
def engine(tmp_path):
    return seeded(tmp_path)


@pytest.fixture
def client(engine):
    from fastapi.testclient import TestClient

    from marsad.serve import create_app

    with TestClient(create_app(engine, token=TOKEN)) as c:
        yield c


@pytest.fixture
def auth():
    return {"Authorization": f"Bearer {TOKEN}"}
