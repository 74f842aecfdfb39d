"""Runs know their process: one whose process is gone is marked aborted at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime

from sqlalchemy import insert, select

from marsad.model import Document
from marsad.store import db as store


def add_run(engine, pid: int, started: datetime, host: str | None = None) -> int:
    values = {"corpus": "c", "started": started, "status": "running", "documents": 0, "skipped": 0,
              "claims": 0, "errors": 0, "pid": pid, "host": host or store._HOST}  # fmt: skip
    with engine.begin() as conn:
        return conn.execute(insert(store.RUNS).values(values)).inserted_primary_key[0]


def status(engine, run_id: int) -> str:
    with engine.connect() as conn:
        return conn.scalar(select(store.RUNS.c.status).where(store.RUNS.c.id == run_id))


def test_runs_whose_process_is_gone_are_aborted_with_what_they_stored(store_url):
    engine = store.connect(store_url)
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = add_run(engine, int(done.stdout), store._now())
    store.save_document(engine, Document(id="d", text="t", content_hash="h"), [], extractor="x", run_id=dead)
    mine = add_run(engine, os.getpid(), store._now())
    elsewhere = add_run(engine, 1, store._now(), host="another-host")
    new = store.start_run(engine, "next")
    assert (status(engine, dead), status(engine, mine), status(engine, elsewhere)) == ("aborted", "running", "running")
    with engine.connect() as conn:
        assert conn.scalar(select(store.RUNS.c.documents).where(store.RUNS.c.id == dead)) == 1
    assert status(engine, new) == "running"


def test_a_reused_pid_does_not_keep_a_killed_run_alive(store_url):
    engine = store.connect(store_url)
    # our own pid, but this process started long after the run did: the run's process is gone
    stale = add_run(engine, os.getpid(), datetime(2001, 1, 1))
    assert store.abort_stale_runs(engine) == [stale]
    assert status(engine, stale) == "aborted"


def test_a_zombie_is_not_alive():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 30
    while store._proc_stat(child.pid)[0] != "Z" and time.monotonic() < deadline:
        time.sleep(0.01)  # until it has exited but is not yet reaped: the pid still answers kill(0)
    assert store._proc_stat(child.pid)[0] == "Z"
    assert not store._alive(child.pid, store._now())
    child.wait()
    assert not store._alive(child.pid, store._now())
