"""Store throughput, and what storing costs ``marsad extract`` against extraction alone.

    python bench/bench_store.py [--docs 2000] [--rounds 3] [--workers 1] [--pg] [--old REV ...]

Two parts, both on a SQLite file and, with ``--pg``, on a throwaway PostgreSQL
server (the test suite's, ``tests/conftest.py``; skipped if it cannot start):

1. **The store alone.** 2,000 documents of 1.8 KB with 10 claims each, built
   once, saved by ``store.batch.save_batch`` 64 per transaction, then one
   transaction each (``save_document``), then through SQLAlchemy ORM objects
   (one Session per document, the way the store saved documents before 0.2),
   then looked up (``lookup``, 64 per query) against ``is_current`` one by one.
   On PostgreSQL also ``save_batch`` with its claims written by ``executemany``
   instead of ``COPY`` (``store.pgcopy``), the way it wrote them before.
2. **End to end.** A corpus of ``--docs`` recombined reports (``bench_extract``'s)
   as JSONL, run in fresh processes, rounds interleaved: extraction alone
   (``extract_corpus``), and ``pipeline.run`` into a new store, each with this
   checkout's code and with the code of each ``--old`` revision (default: the
   store before its writer thread and COPY, and the store before batching),
   unpacked by ``git archive``. Printed: documents/s (medians) and ``run`` as a
   share of extraction alone with the same code, by wall time and by the
   process's CPU time (steadier on a loaded machine; the writer thread's CPU is
   in it, a PostgreSQL server's is not, and is printed beside it per document):
   the store's cost. The machine's load average is printed before and after:
   the server shares the cores with marsad and with whatever else runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import delete  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from marsad.model import Claim, Document, Period, Span  # noqa: E402
from marsad.store import batch, pgcopy  # noqa: E402
from marsad.store import db as store  # noqa: E402
from marsad.store.schema import ClaimRow, DocumentRow  # noqa: E402

OLD = (
    "e4ccaf4",  # main before the writer thread and COPY: batched, but written between two windows' extraction
    "a3f8567",  # main before the batched store: one transaction, and two look-ups, per document
)
N, CLAIMS, BATCH = 2000, 10, 64
SENTENCE = "قتل 3 عناصر من داعش في كركوك أمس، واعتقلت القوات الأمنية 12 مشتبها بهم في الأنبار. "


# -- 1. the store alone ---------------------------------------------------------------------------


def store_corpus() -> list[tuple[Document, list[Claim]]]:
    text = SENTENCE * 20
    out = []
    for i in range(N):
        doc = Document(id=f"bench/{i:05d}.txt", text=text, published=date(2024, 5, 3), source="wire", content_hash=f"h{i}")
        claims = [
            Claim(doc=doc.id, metric="killed", value=3 + k, countries=["IQ"], period=Period(date(2024, 5, 2), date(2024, 5, 2)),
                  actor=["ISF"], source="wire", evidence=SENTENCE, span=Span(0, len(SENTENCE)), place="كركوك", rule="bench")
            for k in range(CLAIMS)
        ]  # fmt: skip
        out.append((doc, claims))
    return out


def save_orm(engine, doc: Document, claims: list[Claim]) -> None:  # type: ignore[no-untyped-def]
    """The pre-0.2 way: ORM objects, get-then-add, one Session per document."""
    with Session(engine) as s, s.begin():
        key = store.doc_key(doc.id)
        row = s.get(DocumentRow, key) or DocumentRow(key=key)
        s.add(row)
        row.id, row.content_hash, row.extractor, row.text = doc.id, doc.content_hash, "bench", doc.text
        row.published, row.source, row.stored_at = doc.published, doc.source, store._now()
        s.execute(delete(ClaimRow).where(ClaimRow.doc_key == key))
        s.flush()
        s.add_all(ClaimRow(**store._claim_row(key, doc.id, i, c)) for i, c in enumerate(claims))


def rate(fn: Callable[[list[tuple[Document, list[Claim]]]], object], docs: list) -> float:
    """Documents per second of ``fn`` over ``docs`` given ``BATCH`` at a time."""
    t = time.perf_counter()
    for i in range(0, len(docs), BATCH):
        fn(docs[i : i + BATCH])
    return len(docs) / (time.perf_counter() - t)


@contextmanager
def no_copy() -> Iterator[None]:
    """``save_batch`` as it wrote claims before ``store.pgcopy``: one ``executemany``."""
    usable = pgcopy.usable
    pgcopy.usable = lambda conn: False  # type: ignore[assignment]
    try:
        yield
    finally:
        pgcopy.usable = usable  # type: ignore[assignment]


def store_alone(url: str, docs: list) -> None:
    engine = store.connect(url)

    def batched(chunk: list) -> None:
        outcomes = batch.save_batch(engine, [(d, c, None, None) for d, c in chunk], extractor="bench", run_id=None)
        assert not any(outcomes), outcomes

    def one_by_one(chunk: list) -> None:
        for d, c in chunk:
            store.save_document(engine, d, c, extractor="bench")

    def orm(chunk: list) -> None:
        for d, c in chunk:
            save_orm(engine, d, c)

    new = rate(batched, docs)
    figures = {
        "save_batch, 64 per transaction (new rows)": new,
        "save_batch, 64 per transaction (replacing)": rate(batched, docs),
    }
    if engine.dialect.name == "postgresql":
        with no_copy():
            figures["the same, claims by executemany, not COPY"] = rate(batched, docs)
    figures |= {
        "save_document, one per transaction": rate(one_by_one, docs),
        "peer: ORM objects, one Session each": rate(orm, docs),
    }
    base = figures["save_batch, 64 per transaction (replacing)"]
    for name, r in figures.items():
        print(f"  {name:<46} {r:8.0f} documents/s  {r / base:5.2f}x")
    looked = rate(lambda chunk: batch.lookup(engine, [d for d, _ in chunk]), docs)
    each = rate(lambda chunk: [store.is_current(engine, d, "bench") for d, _ in chunk], docs)
    print(f"  {'lookup, 64 per query':<46} {looked:8.0f} documents/s  {looked / each:5.2f}x of is_current")
    print(f"  {'is_current, one query each':<46} {each:8.0f} documents/s")


# -- 2. end to end, in fresh processes -------------------------------------------------------------

CHILD = """
import sys, time
from marsad.pipeline import extract_corpus, run, _warm
from marsad.store import db as store
mode, corpus, url, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
_warm()
if mode == "store":
    store.connect(url)  # the schema is made before the clock starts
t, c = time.perf_counter(), time.process_time()
if mode == "extract":
    n = sum(1 for _ in extract_corpus(corpus, workers=workers))
else:
    s = run(corpus, db=url, workers=workers)
    n = s.documents + s.skipped + len(s.errors)
print(n, time.perf_counter() - t, time.process_time() - c)
"""


def write_corpus(path: Path, n: int) -> None:
    from bench_extract import build_corpus

    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(build_corpus(n)):
            row = {"id": f"d{i:06d}", "text": text, "published": "2024-05-03", "source": f"outlet{i % 7}"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def unpack(rev: str, into: Path) -> Path | None:
    """The ``src`` folder of revision ``rev`` of this repository, unpacked in ``into`` (None: no git, no such revision)."""
    into.mkdir(parents=True, exist_ok=True)
    archive = into / "src.tar"
    with archive.open("wb") as f:
        done = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], stdout=f, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        print(f"old code: git archive {rev} failed: {done.stderr.decode().strip()}")
        return None
    with tarfile.open(archive) as t:
        t.extractall(into, filter="data")
    return into / "src"


def child(src: Path, mode: str, corpus: Path, url: str, workers: int, server: Callable[[], float]) -> tuple[float, ...]:
    """Documents per second of wall time and of this process's CPU time, and the server's CPU seconds per document."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = server()
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(corpus), url, str(workers)],
                         env=env, capture_output=True, text=True, check=True).stdout.split()
    n = int(out[0])
    return n / float(out[1]), n / float(out[2]), (server() - before) / n


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def end_to_end(tmp: Path, args: argparse.Namespace, fresh_url: Callable[[], str], label: str,
               server: Callable[[], float] = lambda: 0.0) -> None:
    corpus = tmp / "corpus.jsonl"
    if not corpus.exists():
        write_corpus(corpus, args.docs)
    codes = {"new": ROOT / "src"}
    for rev in args.old or OLD:
        old = tmp / f"old-{rev}"
        src = old / "src" if (old / "src").exists() else unpack(rev, old)
        if src is not None:
            codes[f"old ({rev})"] = src
    rates: dict[tuple[str, str], list[tuple[float, ...]]] = {(c, m): [] for c in codes for m in ("extract", "store")}
    print(f"{label}: load average (1/5/15 min) {load()} before")
    for _ in range(args.rounds):
        for code, src in codes.items():
            for mode in ("extract", "store"):
                rates[(code, mode)].append(child(src, mode, corpus, fresh_url(), args.workers, server))
    print(f"{label}: {args.docs} documents, {args.workers} worker(s), median of {args.rounds} interleaved rounds, "
          f"load average {load()} after")
    for code in codes:
        extract, stored = rates[(code, "extract")], rates[(code, "store")]
        ex, st = statistics.median(e[0] for e in extract), statistics.median(s[0] for s in stored)
        wall = statistics.median(s[0] / e[0] for s, e in zip(stored, extract, strict=True))
        cpu = statistics.median(s[1] / e[1] for s, e in zip(stored, extract, strict=True))
        each = "  ".join(f"{s[0] / e[0]:.0%}" for s, e in zip(stored, extract, strict=True))
        served = statistics.median(s[2] for s in stored)
        print(f"  {code:<18} extraction alone {ex:7.1f} documents/s   extract + store {st:7.1f} documents/s   "
              f"store run = {wall:.0%} of extraction (paired median; rounds {each}; by CPU time {cpu:.0%})"
              + (f"; server CPU {served * 1e3:.2f} ms per document" if served else ""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--old", action="append", help=f"a revision to compare with (git; default: {', '.join(OLD)})")
    ap.add_argument("--pg", action="store_true", help="also on a throwaway PostgreSQL server")
    ap.add_argument("--skip-store-alone", action="store_true")
    args = ap.parse_args()
    docs = store_corpus()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        counter = iter(range(10**6))
        if not args.skip_store_alone:
            print("the store alone, SQLite file")
            store_alone(f"sqlite:///{tmp / 'alone.db'}", docs)
        end_to_end(tmp, args, lambda: f"sqlite:///{tmp / f's{next(counter)}.db'}", "SQLite file")
        if args.pg:
            cluster = start_postgres()
            if cluster is not None:
                try:
                    if not args.skip_store_alone:
                        print("the store alone, PostgreSQL")
                        store_alone(cluster.new_database(), docs)
                    end_to_end(tmp, args, cluster.new_database, "PostgreSQL", lambda: server_cpu(cluster))
                finally:
                    cluster.stop()


def server_cpu(cluster) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds used so far by the cluster's server processes (Linux /proc; 0 elsewhere)."""
    try:
        postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue  # gone meanwhile
            fields = stat[stat.rfind(")") + 2 :].split()  # from the state on: utime is [11], cutime [13]
            if int(pid) == postmaster:  # with the backends it has reaped: one per closed connection
                total += sum(int(f) for f in fields[11:15]) / tick
            elif int(fields[1]) == postmaster:
                total += (int(fields[11]) + int(fields[12])) / tick
        return total
    except (OSError, ValueError):
        return 0.0


def start_postgres():  # type: ignore[no-untyped-def]
    """The test suite's throwaway server, or None (said why) when it cannot start here."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import psycopg  # noqa: F401

        from conftest import PgCluster, _pg_bindir
    except ImportError as e:
        print(f"PostgreSQL: skipped ({e})")
        return None
    bindir = _pg_bindir()
    if bindir is None:
        print("PostgreSQL: skipped (no server binaries)")
        return None
    cluster = PgCluster(bindir)
    try:
        cluster.start()
    except Exception as e:
        cluster.stop()
        print(f"PostgreSQL: skipped (the server did not start: {str(e)[:200]})")
        return None
    return cluster


if __name__ == "__main__":
    main()
