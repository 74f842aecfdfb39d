"""Real ``marsad extract`` processes against one store: neighbours and kill -9.

Each test generates small Arabic reports (one count per sentence, numbers
varying with the document), runs the real command line in separate
processes, and checks the store against a reference made by one clean run:
every document stored exactly once with exactly its claims, whatever the
neighbours did or wherever a process was killed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from marsad.pipeline import run
from marsad.store import db as store
from marsad.store.schema import ClaimRow, DocumentRow, RunRow

PLACES = ["كركوك", "الأنبار", "ديالى", "نينوى", "صلاح الدين", "الرقة", "دير الزور", "الموصل"]
SENTENCES = [
    "قتل {a} عناصر من داعش في {p} أمس.",
    "واعتقلت القوات الأمنية {b} مشتبها بهم في {q} الأسبوع الماضي.",
    "وأعلنت خلية الإعلام الأمني تنفيذ {c} عمليات ضد التنظيم في {p} منذ مطلع الشهر.",
]
N = 120  # documents r0000..r0119: enough to overlap and to be killed mid-way, small enough for make test
CLI = [sys.executable, "-c", "import sys; from marsad.cli import app; sys.exit(app())"]


def report(i: int) -> dict:
    text = " ".join(
        s.format(a=3 + i, b=10 + i % 40, c=2 + i % 7, p=PLACES[i % 8], q=PLACES[(i * 3) % 8]) for s in SENTENCES
    )
    return {"id": f"r{i:04d}", "text": text, "published": "2024-05-03", "source": f"outlet{i % 5}"}


def write_corpus(path: Path, ids: range | list[int]) -> Path:
    path.write_text("\n".join(json.dumps(report(i), ensure_ascii=False) for i in ids) + "\n", encoding="utf-8")
    return path


def spawn(corpus: Path, url: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*CLI, "extract", str(corpus), "--db", url, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )


def finish(procs: list[subprocess.Popen], timeout: float = 180) -> list[tuple[int, str]]:
    """Exit codes and error output; a process still running after ``timeout`` seconds is killed (a hang)."""
    results = []
    for p in procs:
        try:
            _, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            _, err = p.communicate()
            err = f"hung for {timeout} s and was killed\n{err}"
        results.append((p.returncode, err))
    return results


def stored(url: str) -> dict[str, list[dict]]:
    """Every stored document id with its claims (as the store returns them)."""
    engine = store.connect(url)
    claims: dict[str, list[dict]] = {d: [] for d in store.documents(engine)}
    for c in store.query_claims(engine):
        claims.setdefault(c.doc, []).append(c.to_dict())
    return claims


def row_counts(url: str) -> tuple[int, int]:
    engine = store.connect(url)
    with engine.connect() as conn:
        docs = conn.scalar(select(func.count()).select_from(DocumentRow))
        claims = conn.scalar(select(func.count()).select_from(ClaimRow))
    return docs, claims


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """The claims of documents 0..N-1, from one clean in-process run."""
    folder = tmp_path_factory.mktemp("reference")
    url = f"sqlite:///{folder / 'ref.db'}"
    run(write_corpus(folder / "all.jsonl", range(N)), db=url)
    ref = stored(url)
    assert len(ref) == N and all(len(c) == 3 for c in ref.values()), "the generated reports state 3 claims each"
    return ref


def assert_matches(url: str, reference: dict[str, list[dict]], ids: set[str]) -> None:
    got = stored(url)
    assert set(got) == ids
    for doc in ids:
        assert got[doc] == reference[doc], doc
    # no duplicate rows hide behind equal dicts: one row per document, one per claim
    assert row_counts(url) == (len(ids), sum(len(reference[d]) for d in ids))


# -- neighbours ----------------------------------------------------------------------------------

# each process's share of the documents, overlapping its neighbours' by half
H, Q = N // 2, N // 4
SHARES = {2: [range(0, N - Q), range(Q, N)], 3: [range(0, H), range(Q, N - Q), list(range(H, N)) + list(range(0, Q))]}


@pytest.mark.parametrize("writers", [2, 3])
def test_concurrent_extracts_on_sqlite_lose_nothing(tmp_path, reference, writers):
    check_neighbours(tmp_path, f"sqlite:///{tmp_path / 'shared.db'}", reference, writers)


@pytest.mark.parametrize("writers", [2, 3])
def test_concurrent_extracts_on_postgresql_lose_nothing(tmp_path, reference, writers, pg_url):
    check_neighbours(tmp_path, pg_url, reference, writers)


def check_neighbours(tmp_path: Path, url: str, reference: dict[str, list[dict]], writers: int) -> None:
    corpora = [write_corpus(tmp_path / f"part{k}.jsonl", ids) for k, ids in enumerate(SHARES[writers])]
    everything = {f"r{i:04d}" for i in range(N)}
    # a fresh store: the processes race to create the schema, then to store the shared documents
    results = finish([spawn(c, url) for c in corpora])
    assert [code for code, _ in results] == [0] * writers, [err[-2000:] for _, err in results]
    assert_matches(url, reference, everything)
    # again with --force: every shared document is rewritten by two processes at once
    results = finish([spawn(c, url, "--force") for c in corpora])
    assert [code for code, _ in results] == [0] * writers, [err[-2000:] for _, err in results]
    assert_matches(url, reference, everything)
    engine = store.connect(url)
    with engine.connect() as conn:
        statuses = conn.scalars(select(RunRow.status)).all()
    assert statuses == ["ok"] * (2 * writers)


# -- kill -9 -------------------------------------------------------------------------------------


def wait_for_run(url: str, proc: subprocess.Popen) -> None:
    """Until the process has recorded its run (start-up and imports take a while)."""
    engine = store.connect(url)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        with engine.connect() as conn:
            if conn.scalar(select(RunRow.id).where(RunRow.pid == proc.pid)) is not None:
                return
        time.sleep(0.02)


def run_status(url: str, pid: int) -> str | None:
    engine = store.connect(url)
    with engine.connect() as conn:
        return conn.scalar(select(RunRow.status).where(RunRow.pid == pid))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_runs_killed_at_random_points_leave_whole_documents_and_resume(tmp_path, reference, backend, request):
    url = f"sqlite:///{tmp_path / 'k.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    corpus = write_corpus(tmp_path / "all.jsonl", range(N))
    rng = random.Random(11)
    killed = []
    last_spawned = None
    for _ in range(3):
        proc = spawn(corpus, url, "--force")
        last_spawned = proc.pid
        wait_for_run(url, proc)
        time.sleep(rng.uniform(0.0, 0.6))  # somewhere while it extracts and stores the N documents
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if proc.returncode != -signal.SIGKILL or run_status(url, proc.pid) == "ok":
            continue  # it finished first (or had recorded its end and was killed on the way out): nothing was cut
        killed.append(proc.pid)
        # consistent at once: each stored document has all its claims, nothing else is there
        got = stored(url)
        for doc, claims in got.items():
            assert claims == reference[doc], doc
        assert row_counts(url) == (len(got), sum(len(reference[d]) for d in got))
    assert killed, "every run finished before it could be killed: make the corpus larger"
    engine = store.connect(url)
    with engine.connect() as conn:
        status = dict(conn.execute(select(RunRow.pid, RunRow.status)).all())
    # each start marks the runs killed before it as aborted; the last one waits for the next start
    # (unless a run started after it, which then finished before it could be killed)
    last = "running" if killed[-1] == last_spawned else "aborted"
    assert [status[pid] for pid in killed] == ["aborted"] * (len(killed) - 1) + [last]
    code, err = finish([spawn(corpus, url)])[0]
    assert code == 0, err[-2000:]
    assert_matches(url, reference, {f"r{i:04d}" for i in range(N)})
    with engine.connect() as conn:
        runs = conn.execute(select(RunRow.pid, RunRow.status, RunRow.documents).order_by(RunRow.id)).all()
    assert {r.pid for r in runs if r.status == "aborted"} == set(killed)
    assert runs[-1].status == "ok"
    # an aborted run's counts are what it left in the store
    assert all(r.documents <= N for r in runs if r.status == "aborted")


def _tagged(tag: str) -> list[int]:
    """Processes whose environment carries ``tag`` (the run, its fork server and its workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if tag.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue  # gone, or not ours
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc to find the workers")
def test_workers_of_a_run_killed_outright_do_not_outlive_it(tmp_path):
    # a run killed by SIGKILL (or the OOM killer) cannot stop its pool: each worker must notice alone
    tag = f"MARSAD_TEST_RUN={os.getpid()}-{time.monotonic_ns()}"
    corpus = write_corpus(tmp_path / "all.jsonl", list(range(N)) * 20)
    proc = subprocess.Popen(
        [*CLI, "extract", str(corpus), "--db", f"sqlite:///{tmp_path / 'w.db'}", "--workers", "2", "--force"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, tag.split("=")[0]: tag.split("=")[1]},
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_tagged(tag)) < 3 and proc.poll() is None:
            time.sleep(0.05)  # the run, its fork server, its workers
        assert proc.poll() is None and len(_tagged(tag)) >= 3, "the run ended before its workers could be seen"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _tagged(tag):
            time.sleep(0.1)
        assert _tagged(tag) == []
    finally:
        for pid in _tagged(tag):
            os.kill(pid, signal.SIGKILL)
