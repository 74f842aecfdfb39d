"""Words in the evidence (``q=``): the index of revision 0007 against the scan it replaced.

Builds a SQLite store of N claims (default 100,000: 10,000 documents of 10) whose evidence
varies as a real store's does: each is a sentence of the project's sample reports and relayed
releases (145 sentences) with its numbers redrawn and two of its words swapped for words drawn
from the same texts, and one in 25 names a body in Latin letters (CENTCOM, ISIS, …). A word's
share of the claims then runs from a few in 10,000 to most of them. The queries, printed with
how many claims each keeps:

- rare, common, frequent: a word of four or more letters in about 0.1 %, 3 % and 30 % of the claims;
- two words: the common word and the frequent one;
- latin: ``centcom`` in lower case (the evidence has ``CENTCOM``: ASCII letters match without case);
- short: a two-letter word (في): no trigram, so both read every claim until the page is full;
- absent: a word no claim has (the worst case for the scan: it reads every claim).

Measured for this checkout (the index) and for the code before it (the scan: ``--old-rev``,
default the commit before revision 0007, unpacked by ``git archive``; it runs on a copy of the
store downgraded to its revision, which drops the index), in the same run:

1. in-process, one thread: the first 50-row page (``store.pages.claim_page``) and the count
   (``count_claims``, what ``total=true`` and the dashboard's claims page ask for), p50 and
   p99 of R repetitions, in a fresh process per code;
2. over HTTP: ``marsad serve`` (``bench_serve.serve``, ``--workers 2``) and C clients (default
   20) for S seconds each (default 20) asking ``/api/v1/claims?q=…&limit=50``, the query drawn
   from the list above (``short`` left out: it is the scan on both), every path made new by a
   parameter the server ignores (its cache of whole answers would answer the repeats);
   requests/s and p50/p99 by query, alternately new and old (``--rounds``). Loopback only; it
   stops by itself.

With ``--pg`` also in-process on a throwaway PostgreSQL server (the test suite's), the same
store with its pg_trgm index and then without it (``DROP INDEX``; the same code, the same
query: what the index is worth there).

    python bench/bench_search.py [--claims 100000] [--clients 20] [--seconds 20] [--rounds 1] [--pg]
    python bench/bench_search.py --store /tmp/search.db --old-src /tmp/old/src
"""

from __future__ import annotations

import argparse
import glob
import http.client
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import insert  # noqa: E402

import bench_serve  # noqa: E402
from marsad.model import METRICS, Claim, Period, Span  # noqa: E402
from marsad.store import db as store  # noqa: E402

OLD_REV = "20cc3a6"  # main before revision 0007: every claim's evidence tested by LIKE
LATIN = ["CENTCOM", "ISIS", "Daesh", "SDF", "AFRICOM"]
SHORT, ABSENT, LATIN_QUERY = "في", "زمهرير", "centcom"


def sentences() -> list[str]:
    texts = [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(ROOT / "samples/reports/*.txt")))]
    texts += [json.loads(line)["text"] for line in (ROOT / "samples/relays/articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return [s.strip() for t in texts for s in re.split(r"(?<=[.!؟])\s+|\n+", t) if len(s.split()) >= 6]


def evidence(rnd: random.Random, pool: list[str], vocabulary: list[str]) -> str:
    words = rnd.choice(pool).split()
    for _ in range(2):
        words[rnd.randrange(len(words))] = rnd.choice(vocabulary)
    text = re.sub(r"\d+", lambda _m: str(rnd.randrange(1, 5000)), " ".join(words))
    if rnd.random() < 0.04:
        text += f" ({rnd.choice(LATIN)})"
    return text


def build(url: str, n_claims: int, per_doc: int = 10) -> None:
    """The store, at this checkout's revision (its index filled by the triggers as the claims go in)."""
    engine = store.connect(url)
    rnd = random.Random(7)
    pool = sentences()
    vocabulary = sorted({w for s in pool for w in s.split() if not re.search(r"\d", w)})
    t = time.perf_counter()
    doc_rows, claim_rows = [], []
    for i in range(n_claims // per_doc):
        doc_id = f"bench/{i:06d}"
        key = store.doc_key(doc_id)
        published = date(2023, 1, 1) + timedelta(days=rnd.randrange(3 * 365))
        texts = [evidence(rnd, pool, vocabulary) for _ in range(per_doc)]
        doc_rows.append(
            {"key": key, "id": doc_id, "content_hash": f"h{i}", "extractor": "bench", "text": " ".join(texts),
             "published": published, "source": f"outlet_{rnd.randrange(40)}", "url": None, "title": None, "path": None,
             "origin": None, "date_basis": None, "date_reason": None, "run_id": None, "stored_at": store._now()}
        )  # fmt: skip
        for k, sentence in enumerate(texts):
            c = Claim(
                doc=doc_id, metric=rnd.choice(METRICS), value=rnd.randrange(1, 5000), countries=["IQ"],
                period=Period(published - timedelta(days=7), published), evidence=sentence,
                span=Span(0, len(sentence)), rule="bench",
            )  # fmt: skip
            claim_rows.append(store._claim_row(key, doc_id, k, c))
        if len(claim_rows) >= 5000:
            _flush(engine, doc_rows, claim_rows)
    _flush(engine, doc_rows, claim_rows)
    print(f"store: {n_claims // per_doc} documents, {n_claims} claims ({time.perf_counter() - t:.1f} s)", flush=True)


def _flush(engine, doc_rows: list, claim_rows: list) -> None:  # type: ignore[no-untyped-def]
    from marsad.store import batch, search

    if not doc_rows:
        return
    with engine.begin() as conn:
        conn.execute(insert(store.DOCUMENTS), doc_rows)
        if search.fts_ready(engine):
            batch._insert_staged(conn, claim_rows)  # one statement per chunk, as the store writes
        else:
            conn.execute(insert(store.CLAIMS), claim_rows)
    doc_rows.clear()
    claim_rows.clear()


def queries(url: str) -> dict[str, str]:
    """The query of each kind, chosen by how many claims hold the word (the same store gives the same words)."""
    engine = store.connect(url)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT evidence FROM claims").scalars().all()
    share = Counter(w for ev in rows for w in set(ev.split()) if len(w) >= 4 and not re.search(r"[\d()،.:]", w))
    n = len(rows)

    def near(target: float) -> str:
        return min(sorted(share), key=lambda w: (abs(share[w] / n - target), w))

    common, frequent = near(0.03), near(0.30)
    return {"rare": near(0.001), "common": common, "frequent": frequent, "two words": f"{common} {frequent}",
            "latin": LATIN_QUERY, "short": SHORT, "absent": ABSENT}  # fmt: skip


# -- 1. in-process ---------------------------------------------------------------------------------

CHILD = """
import json, statistics, sys, time
from marsad.store import db as store, pages
url, reps, qs = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
engine = store.connect(url)
out = {}
for kind, q in qs.items():
    f = store.ClaimFilter(words=q)
    page, count = [], []
    pages.claim_page(engine, f, limit=50)  # warm: the page cache, the engine's first look at the store
    for _ in range(reps):
        t = time.perf_counter(); rows, _next = pages.claim_page(engine, f, limit=50); page.append(time.perf_counter() - t)
        t = time.perf_counter(); n = store.count_claims(engine, f); count.append(time.perf_counter() - t)
    out[kind] = {"page": page, "count": count, "n": n, "ids": [r["id"] for r in rows]}
print(json.dumps(out))
"""


def in_process(src: Path, url: str, qs: dict[str, str], reps: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", CHILD, url, str(reps), json.dumps(qs)], env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ms(xs: list[float], p: int) -> float:
    xs = sorted(xs)
    return statistics.quantiles(xs, n=100)[p - 1] * 1000 if len(xs) > 1 else xs[0] * 1000


def print_in_process(label: str, new: dict, old: dict, qs: dict[str, str]) -> None:
    print(f"\n{label}: in-process, one thread (ms; p50 / p99)")
    print(f"  {'query':10s} {'claims':>7s}   {'page: index':>16s} {'scan':>16s} {'ratio':>6s}   {'count: index':>16s} {'scan':>16s} {'ratio':>6s}")
    for kind in qs:
        a, b = new[kind], old[kind]
        same = "" if (a["n"], a["ids"]) == (b["n"], b["ids"]) else "  DIFFERENT ANSWERS"
        cells = []
        for m in ("page", "count"):
            cells.append(f"{_ms(a[m], 50):7.1f} / {_ms(a[m], 99):6.1f} {_ms(b[m], 50):7.1f} / {_ms(b[m], 99):6.1f} "
                         f"{_ms(b[m], 50) / max(_ms(a[m], 50), 1e-6):6.1f}×")  # fmt: skip
        print(f"  {kind:10s} {a['n']:7d}   {cells[0]}   {cells[1]}{same}")


# -- 2. over HTTP ----------------------------------------------------------------------------------


def clients(port: int, qs: dict[str, str], n_clients: int, seconds: float) -> tuple[dict[str, list[float]], int, float]:
    kinds = [k for k in qs if k != "short"]
    lat: dict[str, list[float]] = {k: [] for k in kinds}
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    serial = itertools.count()

    def worker(i: int) -> None:
        rnd = random.Random(i)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < stop_at:
            kind = rnd.choice(kinds)
            t = time.perf_counter()
            try:
                # a parameter the server ignores makes every path new: its cache of whole answers cannot answer
                n = next(serial)
                conn.request("GET", "/api/v1/claims?" + urlencode({"q": qs[kind], "limit": 50, "_": f"{i}.{n}"}))
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except OSError:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                ok = False
            took = time.perf_counter() - t
            with lock:
                if ok:
                    lat[kind].append(took)
                else:
                    errors[0] += 1
        conn.close()

    return lat, errors[0], bench_serve.in_threads(worker, n_clients)


def http_run(label: str, src: Path, url: str, qs: dict[str, str], args: argparse.Namespace, tmp: str) -> dict:
    proc, port = bench_serve.serve(src, url, args.workers, tmp)
    try:
        clients(port, qs, args.clients, 3)  # unmeasured: FastAPI builds a route's state on its first request
        lat, errors, elapsed = clients(port, qs, args.clients, args.seconds)
    finally:
        bench_serve.stop(proc)
    every = [x for xs in lat.values() for x in xs]
    out = {"rps": len(every) / elapsed, "errors": errors, "p50": _ms(every, 50), "p99": _ms(every, 99)}
    print(f"\n[{label}] {elapsed:.1f} s: {len(every)} requests, {out['rps']:.1f} requests/s, {errors} errors, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    for kind, xs in [*lat.items(), ("every q=", every)]:
        if xs:
            out[kind] = (_ms(xs, 50), _ms(xs, 99))
            print(f"  {kind:10s} n={len(xs):6d}  p50 {_ms(xs, 50):8.1f} ms  p99 {_ms(xs, 99):8.1f} ms")
    return out


# -- PostgreSQL ------------------------------------------------------------------------------------


def postgres(sqlite_url: str, qs: dict[str, str], reps: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from sqlalchemy import text

    from conftest import PgCluster, _pg_bindir

    bindir = _pg_bindir()
    if bindir is None:
        print("\nPostgreSQL: no server binaries, skipped")
        return
    cluster = PgCluster(bindir)
    try:
        cluster.start()
        url = cluster.new_database()
        engine = store.connect(url)
        source = store.connect(sqlite_url)
        t = time.perf_counter()
        with source.connect() as src, engine.begin() as dst:
            dst.execute(insert(store.DOCUMENTS), [dict(r._mapping) for r in src.execute(store.DOCUMENTS.select())])
            rows = [dict(r._mapping) for r in src.execute(store.CLAIMS.select().order_by(store.CLAIMS.c.id))]
            for r in rows:
                r.pop("id")
            for i in range(0, len(rows), 5000):
                dst.execute(insert(store.CLAIMS), rows[i : i + 5000])
        with engine.begin() as conn:
            conn.execute(text("ANALYZE claims"))
        print(f"\nPostgreSQL {bindir.parent.name}: {len(rows)} claims copied in ({time.perf_counter() - t:.1f} s)", flush=True)
        here = ROOT / "src"
        indexed = in_process(here, url, qs, reps)
        with engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_claims_evidence_trgm"))
        scan = in_process(here, url, qs, reps)
        print_in_process("PostgreSQL, pg_trgm index against none (same code)", indexed, scan, qs)
    finally:
        cluster.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--rounds", type=int, default=1, help="HTTP runs of each server, interleaved (AB, BA, ...)")
    ap.add_argument("--reps", type=int, default=30, help="in-process repetitions of each query")
    ap.add_argument("--workers", type=int, default=2, help="marsad serve --workers")
    ap.add_argument("--store", help="a SQLite file built by an earlier run (kept; built there if missing)")
    ap.add_argument("--old-rev", default=OLD_REV, help=f"the code to compare with (git; default {OLD_REV})")
    ap.add_argument("--old-src", type=Path, help="or the src folder of that code, unpacked already")
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--pg", action="store_true", help="also in-process on a throwaway PostgreSQL server")
    args = ap.parse_args()
    here = ROOT / "src"
    with tempfile.TemporaryDirectory(prefix="marsad-bench-search-") as tmp:
        old_src = args.old_src
        if old_src is None:
            from bench_store import unpack

            old_src = unpack(args.old_rev, Path(tmp) / "old")
            if old_src is None:
                sys.exit("no older code to compare with (git archive failed): give --old-src")
        path = Path(args.store) if args.store else Path(tmp) / "store.db"
        url = f"sqlite:///{path}"
        if not path.exists():
            build(url, args.claims)
        qs = queries(url)
        old_url = f"sqlite:///{bench_serve.old_store(path, old_src.resolve())}"
        print("queries: " + ", ".join(f"{k} = {v}" for k, v in qs.items()), flush=True)
        new, old = in_process(here, url, qs, args.reps), in_process(old_src, old_url, qs, args.reps)
        print_in_process("SQLite, index (this checkout) against scan (the code before)", new, old, qs)
        if not args.no_http:
            print(f"\nover HTTP: {args.clients} clients, {args.seconds:.0f} s a run, --workers {args.workers}, on {os.cpu_count()} cores")
            runs = [("index", here, url), ("scan", old_src, old_url)]
            results: dict[str, list[dict]] = {"index": [], "scan": []}
            for r in range(args.rounds):
                for label, src, u in runs if r % 2 == 0 else runs[::-1]:
                    results[label].append(http_run(f"{label}, round {r + 1}", src, u, qs, args, tmp))
            print("\nindex / scan, median of rounds:")
            for m in ("rps", "p50", "p99"):
                a = statistics.median(x[m] for x in results["index"])
                b = statistics.median(x[m] for x in results["scan"])
                print(f"  {m:4s} index {a:8.1f}  scan {b:8.1f}  ratio {a / b:.3f}")
            print(f"  errors: index {sum(x['errors'] for x in results['index'])}, scan {sum(x['errors'] for x in results['scan'])}")
        if args.pg:
            postgres(url, qs, args.reps)


if __name__ == "__main__":
    main()
