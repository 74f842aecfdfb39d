"""End to end: `marsad serve` in a subprocess, under uvicorn, on a free loopback port."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import TOKEN, seeded

MARSAD = Path(sys.executable).with_name("marsad")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def start(args: list[str], env: dict) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [str(MARSAD), "serve", "--port", str(port), "--log-level", "warning", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"marsad serve exited {proc.returncode}: {proc.stdout.read().decode()}")
        try:
            if call(base + "/healthz")[0] == 200:
                return proc, base
        except OSError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise AssertionError("marsad serve did not answer within 60 s")


def stop(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGINT)
    try:
        out, _ = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out.decode()


@pytest.fixture
def db_url(tmp_path):
    seeded(tmp_path)
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.mark.skipif(not MARSAD.exists(), reason="the marsad console script is not installed beside this Python")
def test_serve_answers_reads_and_writes_over_http(db_url, tmp_path):
    env = {**os.environ, "MARSAD_TOKEN": TOKEN, "MARSAD_TOKEN_FILE": str(tmp_path / "none")}
    # one process: /metrics counts what this process did (each worker keeps its own counters)
    proc, base = start(["--db", db_url, "--max-body-mb", "0.01", "--workers", "1"], env)
    try:
        status, headers, body = call(base + "/api/v1/claims?metric=killed&limit=2")
        page = json.loads(body)
        assert status == 200 and len(page["items"]) == 2 and page["next"]
        status, _, body = call(base + "/api/v1/claims?" + "metric=killed&limit=2&cursor=" + page["next"])
        assert status == 200 and {c["id"] for c in json.loads(body)["items"]}.isdisjoint(
            {c["id"] for c in page["items"]}
        )
        status, headers, body = call(base + "/")
        assert status == 200 and b'id="claims-timeline"' in body
        assert "script-src 'self'" in headers["content-security-policy"]
        doc = json.dumps({"id": "live", "text": "قتل 3 عناصر من داعش في كركوك أمس.", "published": "2024-05-03"})
        status, _, body = call(base + "/api/v1/documents", "POST", doc.encode(), {"content-type": "application/json"})
        assert status == 401 and set(json.loads(body)) == {"code", "message", "detail"}
        auth = {"content-type": "application/json", "authorization": f"Bearer {TOKEN}"}
        status, _, body = call(base + "/api/v1/documents", "POST", doc.encode(), auth)
        assert status == 201, body
        assert any(c["value"] == 3 for c in json.loads(body)["documents"][0]["claims"])
        status, _, body = call(base + "/api/v1/documents", "POST", b"{" + b" " * 20000 + b"}", auth)
        assert status == 413 and json.loads(body)["code"] == "too_large"
        status, _, body = call(base + "/api/v1/consolidate", "POST", b"", {"authorization": f"Bearer {TOKEN}"})
        assert status == 200 and json.loads(body)["documents"] == 19
        status, _, body = call(base + "/metrics")
        assert b"marsad_documents_extracted_total 1" in body and b"marsad_store_documents 19" in body
    finally:
        out = stop(proc)
    assert "Traceback" not in out, out


@pytest.mark.skipif(not MARSAD.exists(), reason="the marsad console script is not installed beside this Python")
def test_serve_without_a_token_is_read_only_and_token_makes_one(db_url, tmp_path):
    token_file = tmp_path / "cfg" / "token"
    env = {k: v for k, v in os.environ.items() if k != "MARSAD_TOKEN"}
    env["MARSAD_TOKEN_FILE"] = str(token_file)
    proc, base = start(["--db", db_url], env)
    try:
        status, _, body = call(base + "/api/v1/consolidate", "POST", b"", {"authorization": "Bearer anything"})
        assert status == 403 and json.loads(body)["code"] == "read_only"
    finally:
        out = stop(proc)
    assert "read-only" in out
    made = subprocess.run([str(MARSAD), "token"], env=env, capture_output=True, text=True, check=True)
    token = made.stdout.strip()
    assert len(token) >= 40 and token_file.read_text().strip() == token
    assert oct(token_file.stat().st_mode & 0o777) == "0o600"
    again = subprocess.run([str(MARSAD), "token"], env=env, capture_output=True, text=True, check=True)
    assert again.stdout.strip() == token  # the same until --new
    proc, base = start(["--db", db_url, "--workers", "2"], env)  # each worker reads the token file
    try:
        for _ in range(4):
            status, _, _ = call(base + "/api/v1/consolidate", "POST", b"", {"authorization": f"Bearer {token}"})
            assert status == 200
        assert call(base + "/api/v1/claims?limit=5")[0] == 200
    finally:
        stop(proc)
