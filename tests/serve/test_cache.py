"""The server keeps its aggregates until the store changes, whoever changes it: the next read after
any commit — through the API, from another process, from a neighbour's connection — is fresh."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine

from marsad.model import Claim, Document
from marsad.serve.cache import RevisionCache
from marsad.store import db as store
from marsad.store.revision import StoreRevision

SRC = Path(__file__).resolve().parents[2] / "src"


def documents_on_overview(client) -> int:  # type: ignore[no-untyped-def]
    return int(re.search(r"<b>(\d+)</b> documents", client.get("/?lang=en").text).group(1))


def cache_hits(client) -> int:  # type: ignore[no-untyped-def]
    return int(re.search(r"^marsad_cache_hits_total (\d+)$", client.get("/metrics").text, re.M).group(1))


def test_an_entry_is_kept_while_the_revision_stands_and_dropped_when_it_moves():
    revision = [1]
    cache = RevisionCache(lambda: revision[0])
    made = []

    def make() -> int:
        made.append(1)
        return len(made)

    assert cache.get("k", make) == 1 and cache.get("k", make) == 1
    assert (cache.hits, cache.misses) == (1, 1)
    revision[0] = 2
    assert cache.get("k", make) == 2 and cache.invalidations == 1


def test_the_least_recently_used_entry_goes_first():
    cache = RevisionCache(lambda: 0, size=2)
    cache.get("a", lambda: 1)
    cache.get("b", lambda: 2)
    cache.get("a", lambda: 0)  # a is used again: b is now the oldest
    cache.get("c", lambda: 3)
    assert cache.get("a", lambda: -1) == 1 and cache.get("b", lambda: -1) == -1


def test_the_revision_moves_with_a_commit_from_any_connection_and_only_then(store_url):
    engine = store.connect(store_url)
    revision = StoreRevision(engine)
    before = revision.current()
    assert revision.current() == before  # reads change nothing
    store.count_claims(engine)
    assert revision.current() == before
    neighbour = create_engine(store.resolve_url(store_url))  # its own connections, as another process has
    try:
        store.save_document(neighbour, Document(id="n", text="قتل 3 عناصر", content_hash="n"),
                            [Claim(doc="n", metric="killed", value=3)], extractor="test")  # fmt: skip
    finally:
        neighbour.dispose()
    assert revision.current() != before
    revision.close()


def test_a_write_by_another_process_shows_on_the_next_read(client, engine):
    before = documents_on_overview(client)
    total = client.get("/api/v1/claims?total=true&limit=1").json()["total"]
    hits = cache_hits(client)
    assert documents_on_overview(client) == before
    assert cache_hits(client) >= hits + 5  # the overview's counts, matrix, timeline, map, findings: kept
    write = (
        "import sys; from marsad.store import db; from marsad.model import Claim, Document\n"
        "e = db.connect(sys.argv[1])\n"
        "db.save_document(e, Document(id='elsewhere', text='قتل 3 عناصر', content_hash='x'),"
        " [Claim(doc='elsewhere', metric='killed', value=3)], extractor='test')"
    )
    subprocess.run([sys.executable, "-c", write, str(engine.url)], check=True,
                   env={**os.environ, "PYTHONPATH": str(SRC)})  # fmt: skip
    assert documents_on_overview(client) == before + 1
    assert client.get("/api/v1/claims?total=true&limit=1").json()["total"] == total + 1


def test_a_consolidation_elsewhere_refreshes_the_cached_facts(client, engine):
    from marsad.consolidate import consolidate

    first = client.get("/api/v1/facts?limit=5").json()
    assert client.get("/api/v1/facts?limit=5").json() == first
    store.delete_document(engine, first["items"][0]["docs"][0])  # through the store, not the API
    consolidate(engine)
    again = client.get("/api/v1/facts?limit=5").json()
    assert again["total"] < first["total"]
    invalidations = re.search(r"^marsad_cache_invalidations_total (\d+)$", client.get("/metrics").text, re.M)
    assert int(invalidations.group(1)) >= 1


def test_the_server_starts_at_once_while_another_process_writes(tmp_path):
    import sqlite3
    import time

    from marsad.serve import create_app

    url = f"sqlite:///{tmp_path / 'busy.db'}"
    store.connect(url)
    writer = sqlite3.connect(tmp_path / "busy.db")
    writer.execute("BEGIN IMMEDIATE")  # holds the write lock, as a running extraction does
    try:
        started = time.monotonic()
        create_app(store.connect(url))  # its planner statistics are skipped, not waited for
        assert time.monotonic() - started < 10  # the store's busy timeout is 30 s
    finally:
        writer.rollback()
        writer.close()
