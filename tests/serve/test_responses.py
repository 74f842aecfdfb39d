"""Whole answers kept in a file shared by the server's processes (``marsad.serve.responses``): a repeated
read is answered from there, byte for byte the same; after any commit to the store no process serves
what it kept before, whichever process noticed the commit first."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.serve.responses import SharedResponses

from .conftest import TOKEN
from .test_server import MARSAD, call, start, stop

SRC = Path(__file__).resolve().parents[2] / "src"
HEADERS = [(b"content-type", b"application/json")]


class Process:
    """One server process's view: its own store revision (as each process reads its own) over a shared file."""

    def __init__(self, path: Path) -> None:
        self.revision = 0
        self.cache = SharedResponses(path, lambda: self.revision)

    def answer(self, key: bytes, computed: bytes) -> bytes:
        gen, kept = self.cache.look_up(key)
        if kept is not None:
            return kept[2]
        assert gen is not None
        self.cache.keep(gen, key, 200, HEADERS, computed, "/x")
        return computed


def test_a_process_answers_from_what_another_kept(tmp_path):
    a, b = Process(tmp_path / "r.sqlite"), Process(tmp_path / "r.sqlite")
    assert a.answer(b"/x", b"first") == b"first"
    assert b.answer(b"/x", b"second") == b"first"  # b computed nothing
    assert b.answer(b"/y", b"other") == b"other"
    assert (b.cache.hits, b.cache.misses) == (1, 1)


def test_after_a_commit_no_process_serves_an_older_answer_whichever_noticed_it_first(tmp_path):
    a, b = Process(tmp_path / "r.sqlite"), Process(tmp_path / "r.sqlite")
    a.answer(b"/x", b"before")
    b.answer(b"/x", b"unused")
    a.revision = b.revision = 1  # a commit: both processes' revisions move
    assert b.answer(b"/x", b"after") == b"after"  # b noticed first
    # a's notice retires b's fresh answer too (a cannot tell it from an old one): computed once more
    assert a.answer(b"/x", b"after, by a") == b"after, by a"
    assert b.answer(b"/x", b"never") == b"after, by a"


def test_an_answer_computed_before_a_commit_and_kept_after_it_is_never_served(tmp_path):
    a, b = Process(tmp_path / "r.sqlite"), Process(tmp_path / "r.sqlite")
    gen, _ = a.cache.look_up(b"/x")  # a starts computing from the store as it was
    b.revision = 1  # meanwhile a commit, which b notices
    assert b.answer(b"/y", b"y after") == b"y after"
    a.cache.keep(gen, b"/x", 200, HEADERS, b"stale", "/x")  # a's answer arrives late
    assert b.answer(b"/x", b"fresh") == b"fresh"
    assert (
        a.answer(b"/x", b"unused") == b"fresh"
    )  # a has not noticed the commit yet: still not served the stale one


def test_a_repeated_read_is_the_same_answer_from_the_shared_file(client):
    first = client.get("/api/v1/claims?metric=killed&limit=2")
    again = client.get("/api/v1/claims?metric=killed&limit=2")
    assert again.content == first.content and again.headers == first.headers
    assert again.headers["content-security-policy"].startswith("default-src 'none'")
    metrics = client.get("/metrics").text
    assert re.search(r"^marsad_response_cache_hits_total 1$", metrics, re.M)
    # counted under the route's template like any answer
    assert 'marsad_http_requests_total{method="GET",route="/api/v1/claims",status="200"} 2' in metrics


def test_the_language_asked_for_is_part_of_what_is_kept(client):
    ar = client.get("/claims", headers={"accept-language": "ar"}).text
    en = client.get("/claims", headers={"accept-language": "en"}).text
    assert 'lang="ar"' in ar and 'lang="en"' in en
    assert 'lang="ar"' in client.get("/claims", headers={"accept-language": "ar"}).text


def test_answers_that_set_a_cookie_errors_and_downloads_are_not_kept(client):
    for path in ("/claims?lang=en", "/api/v1/claims?cursor=junk", "/api/v1/claims?format=csv", "/metrics"):
        client.get(path)
        client.get(path)
    assert re.search(r"^marsad_response_cache_hits_total 0$", client.get("/metrics").text, re.M)


def test_a_write_through_the_api_shows_on_the_next_read(client, auth):
    before = client.get("/api/v1/claims?total=true&limit=1").json()["total"]
    assert client.get("/api/v1/claims?total=true&limit=1").json()["total"] == before
    doc = {"id": "fresh", "text": "قتل 3 عناصر من داعش في كركوك أمس.", "published": "2024-05-03"}
    assert client.post("/api/v1/documents", json=doc, headers=auth).status_code == 201
    assert client.get("/api/v1/claims?total=true&limit=1").json()["total"] == before + 1
    client.delete("/api/v1/documents/fresh", headers=auth)
    assert client.get("/api/v1/claims?total=true&limit=1").json()["total"] == before


@pytest.mark.skipif(
    not MARSAD.exists(), reason="the marsad console script is not installed beside this Python"
)
def test_a_write_by_another_process_shows_in_every_worker(tmp_path):
    from .test_server import seeded

    seeded(tmp_path)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    env = {**os.environ, "MARSAD_TOKEN": TOKEN, "MARSAD_TOKEN_FILE": str(tmp_path / "none")}
    proc, base = start(["--db", url, "--workers", "2"], env)
    page = base + "/api/v1/claims?total=true&limit=1"
    write = (
        "import sys; from marsad.store import db; from marsad.model import Claim, Document\n"
        "e = db.connect(sys.argv[1]); n = sys.argv[2]\n"
        "db.save_document(e, Document(id=n, text='قتل 3 عناصر', content_hash=n),"
        " [Claim(doc=n, metric='killed', value=3)], extractor='test')\n"
    )
    try:
        # three times, so that a worker that comes up late (and retires the kept answers) cannot hide a stale one
        for n in range(3):
            before = {
                json.loads(call(page)[2])["total"] for _ in range(12)
            }  # answered by the workers, mostly kept
            assert len(before) == 1
            env_write = {**os.environ, "PYTHONPATH": str(SRC)}
            subprocess.run([sys.executable, "-c", write, url, f"elsewhere-{n}"], env=env_write, check=True)
            after = {json.loads(call(page)[2])["total"] for _ in range(12)}
            assert after == {before.pop() + 1}
    finally:
        out = stop(proc)
    assert "Traceback" not in out, out
