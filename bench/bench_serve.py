"""Load on `marsad serve`: concurrent clients on claim pages and the dashboard's data calls.

Builds a SQLite store of N claims (default 100,000: 10,000 documents of 10 claims, spread over
metrics, countries, outlets, sources and three years; the first 10,000 claims are consolidated
before the rest are added, because consolidating all 100,000 takes over ten minutes here, so the
facts and findings are a snapshot of a tenth of the store), starts `marsad serve` on a free loopback
port in a subprocess, and runs C client threads (default 20) for S seconds (default 60), each
with its own keep-alive connection, bounded also by a total request cap. Every request is one of:

- a 50-row page of /api/v1/claims under a random filter (metric, country, outlet, period, value
  range, words in the evidence) in the stored order, and the next page through its cursor;
- the same with a sort (doc, -value, period, -period, -published) and its next page;
- the dashboard's data calls: /api/v1/facts, /api/v1/findings, /api/v1/documents;
- the dashboard's pages themselves, rendered on the server: / (matrix, timeline, map, findings
  under the filter) and /claims (a page with its facets and count).

It prints requests/s, p50/p90/p99 latency per kind and for the 50-row pages together, the
errors (any status but 200), and where the CPU went during the run: the server's processes, the
load generator (this process: it shares the cores with the server, and its threads take the
GIL), and the rest of the machine (other people's work). Each run is preceded by a few
unmeasured seconds of the same load (FastAPI builds a route's state on its first request).
Loopback only; it stops by itself. The peer, in the same run, is the same page read straight
from the server's query function in-process (what the server adds over its query).

With ``--old SRC`` (the src folder of an older checkout, e.g. ``git worktree add /tmp/old
e790c94``), the older server runs in the same command on a copy of the store downgraded to its
revision, alternately with this one (``--rounds``: AB, BA, ...), and the ratios are printed.

    python bench/bench_serve.py [--claims 100000] [--clients 20] [--seconds 60] [--workers 2]
    python bench/bench_serve.py --store /tmp/serve.db --old /tmp/old/src --rounds 2
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import psutil
from sqlalchemy import insert

from marsad.model import METRICS, Claim, Period, Span
from marsad.store import db as store
from marsad.store import pages

COUNTRIES = ["IQ", "SY", "YE", "LY", "SO", "ML", "NG", "AF", "EG", "MZ"]
OUTLETS = [f"outlet_{i}" for i in range(40)]
SOURCES = ["CENTCOM", "ISF", "SDF", "UN", "SOHR", None]
SENTENCE = "قتل {v} عناصر من داعش في كركوك أمس، واعتقلت القوات الأمنية مشتبهاً بهم في الأنبار."


def build(url: str, n_claims: int, consolidated: int, per_doc: int = 10) -> None:
    """The store: ``consolidated`` claims first, consolidated; then the rest (the facts stay a snapshot of those)."""
    engine = store.connect(url)
    rnd = random.Random(7)
    t = time.perf_counter()
    first = max(1, min(consolidated, n_claims) // per_doc)
    insert_docs(engine, rnd, 0, first, per_doc)
    from marsad.consolidate import consolidate

    result = consolidate(engine)
    print(f"consolidate: {first * per_doc} claims → {result.facts} facts, {result.findings} findings in "
          f"{time.perf_counter() - t:.1f} s", flush=True)  # fmt: skip
    t = time.perf_counter()
    insert_docs(engine, rnd, first, n_claims // per_doc, per_doc)
    print(f"store: {n_claims // per_doc} documents, {n_claims} claims ({time.perf_counter() - t:.1f} s)", flush=True)


def insert_docs(engine, rnd: random.Random, start: int, docs: int, per_doc: int) -> None:  # type: ignore[no-untyped-def]
    doc_rows, claim_rows = [], []
    for i in range(start, docs):
        doc_id = f"bench/{i:06d}"
        key = store.doc_key(doc_id)
        published = date(2023, 1, 1) + timedelta(days=rnd.randrange(3 * 365))
        text = " ".join(SENTENCE.format(v=k + 2) for k in range(per_doc))
        doc_rows.append(
            {"key": key, "id": doc_id, "content_hash": f"h{i}", "extractor": "bench", "text": text,
             "published": published, "source": rnd.choice(OUTLETS), "url": None, "title": None, "path": None,
             "origin": None, "date_basis": None, "date_reason": None, "run_id": None, "stored_at": store._now()}
        )  # fmt: skip
        for k in range(per_doc):
            start = published - timedelta(days=rnd.choice([0, 1, 7, 30]))
            sentence = SENTENCE.format(v=k + 2)
            c = Claim(
                doc=doc_id, metric=rnd.choice(METRICS), value=rnd.randrange(1, 5000),
                countries=sorted(set(rnd.sample(COUNTRIES, rnd.choice([1, 1, 1, 2])))),
                period=Period(start, published), actor=[rnd.choice(["ISIS", "ISF", "SDF", "AQAP"])],
                source=rnd.choice(SOURCES), evidence=sentence, span=Span(0, len(sentence)), number_span=Span(4, 5),
                rule="bench",
            )  # fmt: skip
            claim_rows.append(store._claim_row(key, doc_id, k, c))
        if len(claim_rows) >= 20000 or i == docs - 1:
            with engine.begin() as conn:
                conn.execute(insert(store.DOCUMENTS), doc_rows)
                conn.execute(insert(store.CLAIMS), claim_rows)
            doc_rows, claim_rows = [], []


def claim_query(rnd: random.Random) -> dict:
    q: dict = {"limit": 50}
    pick = rnd.random()
    if pick < 0.25:
        q["metric"] = rnd.choice(METRICS)
    elif pick < 0.45:
        q["country"] = rnd.choice(COUNTRIES)
        q["metric"] = rnd.choice(METRICS)
    elif pick < 0.6:
        q["outlet"] = rnd.choice(OUTLETS)
    elif pick < 0.75:
        y = rnd.choice([2023, 2024, 2025])
        q["since"], q["until"] = f"{y}-03-01", f"{y}-04-30"
    elif pick < 0.85:
        q["min_value"], q["max_value"] = 100, 400
    elif pick < 0.92:
        q["q"] = "كركوك"
    return q


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PAGE_KINDS = ("claims page", "next page", "sorted page")
# requests of the last run_clients whose path had been asked before in the server's life: the
# share a cache of whole answers can serve (the store does not change during a run)
REPEATS = [0]


def run_clients(
    port: int, clients: int, seconds: float, cap: int, pages: bool = True, seen: set[str] | None = None,
    unique: bool = False,
) -> tuple[dict[str, list[float]], list[str], float]:
    """C closed-loop clients for ``seconds`` (or ``cap`` requests): latencies by kind, errors, elapsed seconds.

    ``seen``: the paths asked for so far in the server's life (``REPEATS`` counts the requests for one of them).
    ``unique``: every path made new by a parameter the server ignores (``_=n``): no answer can be
    served from a cache of whole answers, every request is computed.
    """
    lat: dict[str, list[float]] = {
        "claims page": [], "next page": [], "sorted page": [], "dashboard data": [], "dashboard page": []
    }  # fmt: skip
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    count = [0]
    seen = set() if seen is None else seen
    REPEATS[0] = 0

    def worker(n: int) -> None:
        rnd = random.Random(n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            with lock:
                if count[0] >= cap:
                    return
                count[0] += 1
            r = rnd.random()
            if r < 0.5:
                kind, path = "claims page", "/api/v1/claims?" + urlencode(claim_query(rnd))
            elif r < 0.6:
                q = claim_query(rnd)
                q["sort"] = rnd.choice(["doc", "-value", "period", "-period", "-published"])
                kind, path = "sorted page", "/api/v1/claims?" + urlencode(q)
            elif r < 0.7 and pages:
                kind = "dashboard page"
                q = claim_query(rnd)
                q.pop("limit")
                path = rnd.choice(["/?", "/claims?"]) + urlencode(q)
            else:
                kind = "dashboard data"
                path = rnd.choice(["/api/v1/facts?limit=50", "/api/v1/findings?limit=50", "/api/v1/documents?limit=50",
                                   "/api/v1/facts?metric=killed&limit=50"])  # fmt: skip
            if unique:
                path += ("&" if "?" in path else "?") + f"_={n}.{count[0]}"
            for _ in range(2):
                t = time.perf_counter()
                try:
                    conn.request("GET", path)
                    resp = conn.getresponse()
                    body = resp.read()
                    status = resp.status
                except OSError as e:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    status, body = -1, str(e).encode()
                took = time.perf_counter() - t
                with lock:
                    REPEATS[0] += path in seen
                    seen.add(path)
                    if status == 200:
                        lat[kind].append(took)
                    else:
                        errors.append(f"{status} {path} {body[:120]!r}")
                if status != 200 or kind not in ("claims page", "sorted page"):
                    break
                nxt = json.loads(body).get("next")
                if not nxt:
                    break
                kind, path = ("next page" if kind == "claims page" else "sorted page"), path + "&cursor=" + nxt
        conn.close()

    return lat, errors, in_threads(worker, clients)


def stop(proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    """Stop a server started by ``serve``: politely, then for good after 20 s."""
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


def in_threads(worker: Callable[[int], None], n: int) -> float:
    """Run ``worker(i)`` for ``n`` clients, each in its own thread, and return the seconds they took together."""
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


def _q(xs: list[float], p: int) -> float:
    return statistics.quantiles(xs, n=100)[p - 1] * 1000 if len(xs) > 1 else (xs[0] * 1000 if xs else float("nan"))


def report(label: str, lat: dict[str, list[float]], errors: list[str], elapsed: float, cpu: dict[str, float]) -> dict:
    total = sum(len(v) for v in lat.values())
    repeats = REPEATS[0] / max(total + len(errors), 1)
    page = sorted(x for k in PAGE_KINDS for x in lat[k])
    every = sorted(x for v in lat.values() for x in v)
    print(f"\n[{label}] {elapsed:.1f} s: {total} requests answered 200, {total / elapsed:.0f} requests/s, "
          f"{len(errors)} errors; CPU s per s: server {cpu['server'] / elapsed:.2f}, load generator "
          f"{cpu['client'] / elapsed:.2f}, rest of the machine {cpu['others'] / elapsed:.2f} (of {os.cpu_count()}); "
          f"load average {os.getloadavg()[0]:.1f}; {repeats:.0%} of the requests repeat an earlier one")  # fmt: skip
    for e in errors[:5]:
        print("  error:", e)
    for kind, xs in [*lat.items(), ("50-row pages", page), ("every request", every)]:
        if xs:
            xs = sorted(xs)
            print(f"  {kind:15s} n={len(xs):6d}  p50 {_q(xs, 50):7.1f} ms  p90 {_q(xs, 90):7.1f} ms  "
                  f"p99 {_q(xs, 99):7.1f} ms  max {xs[-1] * 1000:7.1f} ms")  # fmt: skip
    return {"rps": total / elapsed, "errors": len(errors), "p50": _q(page, 50), "p99": _q(page, 99),
            "all_p99": _q(every, 99), "server_cpu_per_request_ms": 1000 * cpu["server"] / max(total, 1)}  # fmt: skip


def peer(url: str, n: int = 300) -> None:
    """The same 50-row pages straight from the server's query (store.pages.claim_page), one thread, no HTTP."""
    engine = store.connect(url)
    rnd = random.Random(1)
    xs = []
    for _ in range(n):
        q = claim_query(rnd)
        f = store.ClaimFilter(
            metric=q.get("metric"), country=q.get("country"), outlet=q.get("outlet"),
            since=date.fromisoformat(q["since"]) if "since" in q else None,
            until=date.fromisoformat(q["until"]) if "until" in q else None,
            min_value=q.get("min_value"), max_value=q.get("max_value"), words=q.get("q"),
        )  # fmt: skip
        t = time.perf_counter()
        pages.claim_page(engine, f, limit=50)
        xs.append(time.perf_counter() - t)
    xs.sort()
    qs = statistics.quantiles(xs, n=100)
    print(f"peer (store.pages.claim_page in-process, 1 thread): p50 {qs[49] * 1000:.1f} ms, p99 {qs[98] * 1000:.1f} ms")


def old_store(path: Path, old_src: Path) -> Path:
    """A copy of the store at the older marsad's newest revision (it refuses a store from a newer one)."""
    head = subprocess.run(
        [sys.executable, "-c", "from marsad.store import migrate; print(migrate.head())"],
        env={**os.environ, "PYTHONPATH": str(old_src)}, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    copy = path.with_name(path.stem + f"-at-{head}.db")
    if not copy.exists():
        from alembic import command
        from sqlalchemy import create_engine

        from marsad.store import migrate

        shutil.copyfile(path, copy)
        engine = create_engine(f"sqlite:///{copy}")
        cfg = migrate._config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, head)
        engine.dispose()
    return copy


def serve(src: Path, url: str, workers: int, tmp: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(src), "MARSAD_TOKEN_FILE": str(Path(tmp) / "none")}
    env.pop("MARSAD_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from marsad.cli import main; sys.argv[0] = 'marsad'; main()",
         "serve", "--db", url, "--port", str(port), "--log-level", "warning", "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while True:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return proc, port
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise
            time.sleep(0.2)


def _cpu(proc: psutil.Process) -> float:
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except psutil.NoSuchProcess:
            pass
    return total


def measure(label: str, src: Path, url: str, args: argparse.Namespace, tmp: str) -> dict:
    proc, port = serve(src, url, args.workers, tmp)
    try:
        seen: set[str] = set()
        if args.warmup:  # the first requests to each route build FastAPI's route state: not measured
            run_clients(port, args.clients, args.warmup, args.cap, pages=not args.no_pages, seen=seen, unique=args.unique)
        server = psutil.Process(proc.pid)
        machine0, server0, client0 = psutil.cpu_times(), _cpu(server), time.process_time()
        lat, errors, elapsed = run_clients(
            port, args.clients, args.seconds, args.cap, pages=not args.no_pages, seen=seen, unique=args.unique
        )
        machine1, server1, client1 = psutil.cpu_times(), _cpu(server), time.process_time()
    finally:
        stop(proc)
    busy = sum(getattr(machine1, f) - getattr(machine0, f) for f in ("user", "system", "nice", "irq", "softirq"))
    cpu = {"server": server1 - server0, "client": client1 - client0}
    cpu["others"] = max(0.0, busy - cpu["server"] - cpu["client"])
    return report(label, lat, errors, elapsed, cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--consolidated", type=int, default=10_000, help="claims consolidated before the rest are added")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--cap", type=int, default=200_000, help="at most this many requests in all, per run")
    ap.add_argument("--workers", type=int, default=2, help="marsad serve --workers (both servers)")
    ap.add_argument("--no-pages", action="store_true", help="leave the dashboard's HTML pages out of the mix")
    ap.add_argument("--unique", action="store_true", help="no request repeats another (the worst case for a cache)")
    ap.add_argument("--store", help="a SQLite file built by an earlier run (kept; built there if missing)")
    ap.add_argument("--old", type=Path, help="the src folder of an older marsad (a git worktree's): A/B in this command")
    ap.add_argument("--rounds", type=int, default=1, help="runs of each server, interleaved (AB, BA, ...)")
    ap.add_argument("--warmup", type=float, default=5, help="seconds of load before each measured run")
    args = ap.parse_args()
    here = Path(__file__).resolve().parents[1] / "src"
    with tempfile.TemporaryDirectory(prefix="marsad-bench-serve-") as tmp:
        path = Path(args.store) if args.store else Path(tmp) / "store.db"
        url = f"sqlite:///{path}"
        if not path.exists():
            build(url, args.claims, args.consolidated)
        store.connect(url)  # at this marsad's revision before anything is measured
        peer(url)
        runs = [("new", here, url)]
        if args.old:
            runs.append(("old", args.old.resolve(), f"sqlite:///{old_store(path, args.old.resolve())}"))
        results: dict[str, list[dict]] = {label: [] for label, _, _ in runs}
        print(f"{args.clients} clients, {args.seconds:.0f} s a run, --workers {args.workers}, "
              f"load average {os.getloadavg()[0]:.1f}; the load generator runs on the same {os.cpu_count()} cores")  # fmt: skip
        for r in range(args.rounds):
            for label, src, u in runs if r % 2 == 0 else runs[::-1]:
                results[label].append(measure(f"{label}, round {r + 1}", src, u, args, tmp))
        if args.old:
            print("\nnew / old, median of rounds (50-row pages: claims, next and sorted pages):")
            med = {k: {m: statistics.median(x[m] for x in v) for m in v[0]} for k, v in results.items()}
            for m in ("rps", "p50", "p99", "all_p99", "server_cpu_per_request_ms"):
                print(f"  {m:28s} new {med['new'][m]:8.1f}  old {med['old'][m]:8.1f}  ratio {med['new'][m] / med['old'][m]:.3f}")
            print(f"  errors: new {sum(x['errors'] for x in results['new'])}, old {sum(x['errors'] for x in results['old'])}")


if __name__ == "__main__":
    main()
