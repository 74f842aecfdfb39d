"""Report and export at 1k–50k documents: peak RSS and output size, old code against new in one command.

    python bench/bench_report.py build --docs 1000 10000 50000 --dir /tmp/marsad-report-bench
    python bench/bench_report.py run --docs 1000 10000 50000 --dir /tmp/marsad-report-bench \\
        --old /tmp/report-old/src [--rounds 2]
    python bench/bench_report.py          # make bench: build 1k and 10k, old = BASELINE checked out

With no arguments (``make bench``) it builds the stores of 1,000 and 10,000
documents (kept in the folder for the next run) and checks out ``BASELINE``,
the last commit before report and export streamed, as the old code.

``build`` writes one corpus of the largest size (bench_extract's recombined
reports, a fifth of them lightly edited copies, 40 outlets: bench_scale's
``write_corpus``) and fills a SQLite store per size, smallest first, each
store a copy of the previous one topped up with the next documents, so
50,000 documents are extracted once. Then each store is consolidated:
near-duplicates, facts and single-source findings over the whole store as
``marsad consolidate`` computes them; the pairwise findings (contradictions,
arithmetic, metric confusions, drifts), which compare all pairs within a
group and would run for hours at 100,000 claims, are computed within shards
of 2,000 claims in document order. Their number grows with the store like a
full consolidation's; pairs that straddle two shards are missed.

``run`` measures, for each size, ``marsad report`` and ``marsad export``
(jsonl, csv, parquet) and the API's GeoJSON download (``report-full``: the new report with
``--full``, every finding and figure, against the old one, which always wrote everything) (``serve.api._download``),
each in a child process of its own (peak RSS from ``resource.getrusage`` in
the child), with the old code (``--old``: a checkout's ``src``, e.g. made by
``git worktree add /tmp/report-old <commit>``) and with this tree's,
alternating old and new (the old code reads a copy of each store at its own schema revision:
the new code adds indexes when it opens a store, after which the old code refuses it). It prints wall time, peak RSS and output size, the
new/old ratios, and whether the export files are byte-identical (Parquet:
the same table read back; its row groups differ by design).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARD = 2_000  # claims per shard of the pairwise findings in the bench stores
BASELINE = "e790c94"  # main before report and export streamed (the old code of the comparison)


# --- building the stores (this tree's code) -----------------------------------------------------


def _store(folder: Path, n: int) -> Path:
    return folder / f"r{n}.db"


def build(sizes: list[int], folder: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_scale import write_corpus
    from marsad.pipeline import run

    folder.mkdir(parents=True, exist_ok=True)
    sizes = sorted(sizes)
    corpus = folder / f"corpus{sizes[-1]}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, sizes[-1], seed=11, copies=0.2, outlets=40)
    previous: Path | None = None
    for n in sizes:
        db = _store(folder, n)
        if db.exists():
            print(f"{db} exists: kept", flush=True)
            previous = db
            continue
        part = folder / f"corpus-head{n}.jsonl"
        with corpus.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i == n:
                    break
                dst.write(line)
        tmp = db.with_suffix(".building")
        if previous is not None:
            shutil.copyfile(previous, tmp)
        t0 = time.perf_counter()
        summary = run(part, db=f"sqlite:///{tmp}", workers=2)
        print(f"{n} documents: extracted {summary.documents} new, {summary.claims} claims "
              f"in {time.perf_counter() - t0:.0f} s", flush=True)
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "_consolidate", str(tmp)], check=True,
                             capture_output=True, text=True)
        print(f"  consolidated in {time.perf_counter() - t0:.0f} s: {out.stdout.strip()}", flush=True)
        tmp.rename(db)
        part.unlink()
        previous = db


def consolidate_sharded(db: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.consolidate import findings as fx
    from marsad.consolidate import record
    from marsad.consolidate.facts import build_facts
    from marsad.store import db as store

    engine = store.connect(f"sqlite:///{db}")
    refs, similarity, duplicates = record.load_refs(engine)
    facts = build_facts(refs)
    fact_of = {r.id: f.id for f in facts for r in f.claims}
    found = []
    for start in range(0, len(refs), SHARD):
        shard = refs[start : start + SHARD]
        part = [*fx.contradictions(shard), *fx.arithmetic(shard), *fx.metric_confusions(shard), *fx.drifts(shard)]
        for f in part:
            f.fact_ids = sorted({fact_of[e["claim_id"]] for e in f.evidence if e["claim_id"] in fact_of})
        found.extend(part)
    found = record._unique_ids([*found, *fx.single_sources(facts)])
    record.write_snapshot(engine, similarity, duplicates, facts, found)
    kinds: dict[str, int] = {}
    for f in found:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    print(json.dumps({"claims": len(refs), "facts": len(facts), "findings": kinds}))


# --- measuring (a child per task, old or new code on PYTHONPATH) ---------------------------------


TASKS = ("report", "report-full", "jsonl", "csv", "parquet", "geojson")


def peak_rss_mib() -> float:
    """This process's peak resident memory.

    ``VmHWM`` counts this program only; ``getrusage``'s ``ru_maxrss`` survives ``exec`` on Linux, so in a child
    it is at least the parent's resident size at the fork (the fallback where /proc is missing).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(task: str, db: str, out: str) -> None:
    """One task through the command line's own code, in this process, on whatever marsad PYTHONPATH holds."""
    t0 = time.perf_counter()
    url = f"sqlite:///{db}"
    if task == "geojson":  # the old command line had no GeoJSON: both sides run the API's download
        from marsad.serve.api import _download
        from marsad.store import db as store
        from marsad.store.db import ClaimFilter

        response = _download(store.connect(url), ClaimFilter(), "stored", "geojson")
        shutil.move(response.path, out)
        paths = [Path(out)]
    else:
        from marsad.cli import app

        if task.startswith("report"):
            import inspect

            from marsad.cli import report

            # report-full: every finding and figure; the old report had no limit, so it runs as it was
            full = task == "report-full" and "full" in inspect.signature(report).parameters
            args = ["report", "-o", out, *(["--full"] if full else [])]
        else:
            args = ["export", out, "--format", task]
        app([*args, "--db", url], standalone_mode=False)
        paths = [Path(out)] + ([Path(out).with_suffix(".md")] if task.startswith("report") else [])
    seconds = time.perf_counter() - t0
    rss = peak_rss_mib()
    sizes = {p.name: p.stat().st_size for p in paths}
    print(json.dumps({"seconds": seconds, "rss_mib": rss, "bytes": sum(sizes.values()), "files": sizes}))


def downgrade(db: str, rev: str) -> None:
    """Take a store back to schema revision ``rev`` with this tree's migrations (indexes only, so far)."""
    sys.path.insert(0, str(ROOT / "src"))
    from alembic import command
    from sqlalchemy import create_engine

    from marsad.store import migrate

    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, rev)


def old_store(db: Path, old: Path) -> Path:
    """The store as the old code can open it: a copy at the old code's schema revision.

    The new code upgrades a store it opens (migrations since the old code only add indexes), after
    which the old code refuses it; the copy is made once and kept beside the store.
    """
    target = db.parent / "old" / db.name
    if target.exists():
        return target
    target.parent.mkdir(exist_ok=True)
    tmp = target.with_suffix(".copying")
    shutil.copyfile(db, tmp)
    code = "from marsad.store.migrate import head; print(head())"
    rev = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(old)},
                         capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([sys.executable, __file__, "_downgrade", str(tmp), rev], check=True)
    tmp.rename(target)
    return target


def _measure(src: Path, task: str, db: Path, out: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src)}
    r = subprocess.run([sys.executable, __file__, "_child", task, str(db), str(out)], env=env,
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"{task} on {db} with {src} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _same(task: str, a: Path, b: Path) -> bool:
    if task == "parquet":  # compared in a child: the tables are large, and this process forks the measured ones
        code = ("import sys, pyarrow.parquet as pq; a, b = sys.argv[1:]; "
                "print(pq.read_table(a).equals(pq.read_table(b)) and pq.read_schema(a).equals(pq.read_schema(b)))")
        return subprocess.run([sys.executable, "-c", code, str(a), str(b)], capture_output=True, text=True,
                              check=True).stdout.strip() == "True"
    return _digest(a) == _digest(b)


def measure(sizes: list[int], folder: Path, old: Path, tasks: list[str], rounds: int) -> None:
    new = ROOT / "src"
    out_dir = folder / "out"
    out_dir.mkdir(exist_ok=True)
    print(f"old: {old}\nnew: {new}")
    print("| documents | task | old: s / peak RSS MiB / output MB | new: s / peak RSS MiB / output MB "
          "| new/old RSS | new/old size | identical |")
    print("|---|---|---|---|---|---|---|")
    for n in sizes:
        db = _store(folder, n)
        dbs = {"old": old_store(db, old), "new": db}
        for task in tasks:
            ext = {"report": "html", "report-full": "full.html"}.get(task, task)
            runs: dict[str, list[dict]] = {"old": [], "new": []}
            for _ in range(rounds):
                for side, src in (("old", old), ("new", new)):
                    target = out_dir / f"{side}-{n}.{ext}"
                    runs[side].append(_measure(src, task, dbs[side], target))
            o = min(runs["old"], key=lambda r: r["seconds"])
            w = min(runs["new"], key=lambda r: r["seconds"])
            same = "—" if task.startswith("report") else ("yes" if _same(task, out_dir / f"old-{n}.{ext}",
                                                                   out_dir / f"new-{n}.{ext}") else "NO")
            print(f"| {n:,} | {task} | {o['seconds']:.1f} / {o['rss_mib']:.0f} / {o['bytes'] / 1e6:.1f} "
                  f"| {w['seconds']:.1f} / {w['rss_mib']:.0f} / {w['bytes'] / 1e6:.1f} "
                  f"| {w['rss_mib'] / o['rss_mib']:.2f} | {w['bytes'] / o['bytes']:.3f} | {same} |", flush=True)
            if task.startswith("report"):
                print(f"|   | files | {o['files']} | {w['files']} | | | |", flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child(*sys.argv[2:5])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_consolidate":
        consolidate_sharded(Path(sys.argv[2]))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_downgrade":
        downgrade(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) == 1:  # make bench
        folder = Path("/tmp/marsad-report-bench")
        build([1000, 10_000], folder)
        with tempfile.TemporaryDirectory() as tmp:
            old = Path(tmp) / "old"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), BASELINE], check=True,
                           capture_output=True)
            try:
                measure([1000, 10_000], folder, old / "src", list(TASKS), 1)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
        return
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="what", required=True)
    b = sub.add_parser("build")
    b.add_argument("--docs", type=int, nargs="+", default=[1000, 10_000, 50_000])
    b.add_argument("--dir", type=Path, default=Path("/tmp/marsad-report-bench"))
    r = sub.add_parser("run")
    r.add_argument("--docs", type=int, nargs="+", default=[1000, 10_000, 50_000])
    r.add_argument("--dir", type=Path, default=Path("/tmp/marsad-report-bench"))
    r.add_argument("--old", type=Path, required=True, help="the old code's src folder")
    r.add_argument("--tasks", nargs="+", default=list(TASKS), choices=TASKS)
    r.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    if args.what == "build":
        build(args.docs, args.dir)
    else:
        measure(args.docs, args.dir, args.old, args.tasks, args.rounds)


if __name__ == "__main__":
    main()
