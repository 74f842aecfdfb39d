"""Scale: extraction on every core, and cross-checking at 10k–1M claims.

    .venv/bin/python bench/bench_scale.py workers [--docs 3000]
    .venv/bin/python bench/bench_scale.py dask [--docs 3000]
    .venv/bin/python bench/bench_scale.py consolidate [--claims 10000 100000] [--keep DIR] [--without]
                                                      [--ab REF] [--rounds N] [--in-memory]
                                                      [--near-duplicates | --only-near-duplicates]

``workers`` writes a JSONL corpus of N documents recombined from the
project's own sentences (bench_extract's corpus), then runs
``pipeline.run`` into a fresh SQLite store with 1 and with 2 worker
processes, twice each in alternation (this machine is shared; the median is
reported), checks that both wrote byte-identical claim files and the same
store, and prints documents/s and the ratio.

``dask`` extracts the same kind of corpus, cut into 8 JSONL shards, with
``--engine dask`` on a LocalCluster of 2 processes into Parquet, then loads
the run into SQLite.

``consolidate`` fills a store with N claims (documents recombined as above;
one in five documents is a lightly edited copy of another, and outlets are
drawn from a few dozen, so facts and near-duplicates exist at every size),
then times ``consolidate`` by stage (near-duplicates, reading claims,
facts, findings, writing) and records peak RSS in a child process per size,
with a digest of the snapshot it wrote, and fits the growth exponent of time
and of peak RSS between consecutive sizes: time ∝ claims^k. ``--ab REF``
runs the same command's stores with the code of git revision REF too
(``git archive REF src`` into a temporary folder, the child importing it
first), alternating which goes first from size to size and round to round
(``--rounds``), and prints the ratios new/REF of time and peak RSS and
whether both wrote the same snapshot (same digest of every row of the four
tables in the order written). ``--near-duplicates`` also runs the
near-duplicate stage alone (texts streamed from the store into signatures,
and the clusters found), each code in a child of its own, alternating like
the rest, and prints its time, the child's peak RSS and that peak less the
RSS reached before the stage (imports, the store opened), with the ratios
new/REF and whether both found the same clusters (a digest of every
duplicate, its representative and its similarity); ``--only-near-duplicates``
runs that stage and not the whole consolidation (for stores too large to
consolidate whole in the time at hand).

``--in-memory`` runs the former in-memory pipeline instead (every claim,
fact and finding held, as ``tests/consolidate/reference_consolidate.py``):
up to ``--reference-max`` claims (default 20,000) its child then times the
findings again, indexed against the all-pairs code (kept in
tests/consolidate/reference_findings.py), alternating, and checks that both
give the same findings; ``--without`` adds a run without findings per size.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _vary(text: str, rng) -> str:  # type: ignore[no-untyped-def]
    """Every figure of a text drawn afresh: a number up to 31 (a day, or a small count) stays at most 28 so that
    dates stay valid, a larger one becomes 32–999; years (1900–2100) are kept."""
    import re

    def draw(m: re.Match) -> str:
        v = int(m.group())
        if 1900 <= v <= 2100:
            return m.group()
        return str(rng.randint(1, 28) if v <= 31 else rng.randint(32, 999))

    return re.sub(r"(?<![\d.,])\d{1,4}(?![\d.,])", draw, text)


def write_corpus(
    path: Path, n: int, seed: int = 7, copies: float = 0.0, outlets: int = 0, vary: bool = False
) -> None:
    """N documents as JSONL; ``copies``: share that are lightly edited copies of an earlier one; ``vary``: each
    document's figures drawn afresh (copies keep their original's), so that one figure is relayed only by the
    copies of one article, as in news, instead of by every article that drew the same sentence."""
    import random

    from bench_extract import build_corpus

    rng = random.Random(seed)
    texts = build_corpus(n, seed)
    if vary:
        texts = [_vary(t, rng) for t in texts]
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            if copies and i > 10 and rng.random() < copies:
                text = texts[rng.randrange(i)].replace("\n", " \n", 1)  # a republished copy
            row = {"id": f"d{i:07d}", "text": text, "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            if outlets:
                row["source"] = f"outlet{rng.randrange(outlets)}"
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _one_run(corpus: Path, workers: int, tmp: Path, tag: str) -> tuple[float, Path, Path]:
    from marsad.pipeline import run

    db = tmp / f"{tag}.db"
    out = tmp / f"{tag}.jsonl"
    t0 = time.perf_counter()
    summary = run(corpus, db=f"sqlite:///{db}", out=out, workers=workers)
    elapsed = time.perf_counter() - t0
    assert not summary.errors, summary.errors[:3]
    return elapsed, out, db


def _store_digest(db: Path) -> str:
    import hashlib
    import sqlite3

    h = hashlib.sha256()
    con = sqlite3.connect(db)
    for row in con.execute(
        "SELECT doc_id, ordinal, metric, value, data FROM claims ORDER BY doc_id, ordinal"
    ):
        h.update(repr(row).encode())
    for row in con.execute("SELECT id, content_hash, extractor, date_basis FROM documents ORDER BY id"):
        h.update(repr(row).encode())
    return h.hexdigest()


def bench_workers(n: int, rounds: int) -> None:
    from marsad.pipeline import _warm

    _warm()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, n)
        times: dict[int, list[float]] = {1: [], 2: []}
        outputs: dict[int, tuple[bytes, str]] = {}
        for r in range(rounds):
            for w in (1, 2) if r % 2 == 0 else (2, 1):
                elapsed, out, db = _one_run(corpus, w, tmp, f"w{w}r{r}")
                times[w].append(elapsed)
                outputs.setdefault(w, (out.read_bytes(), _store_digest(db)))
                print(
                    f"  round {r + 1}, {w} worker(s): {elapsed:.1f} s, {n / elapsed:.0f} documents/s",
                    flush=True,
                )
        same_file = outputs[1][0] == outputs[2][0]
        same_store = outputs[1][1] == outputs[2][1]
        t1, t2 = statistics.median(times[1]), statistics.median(times[2])
        print(f"marsad extract into SQLite, {n} documents (median of {rounds}):")
        print(f"  1 worker : {n / t1:6.0f} documents/s ({t1:.1f} s)")
        print(f"  2 workers: {n / t2:6.0f} documents/s ({t2:.1f} s)")
        print(f"  ratio 2 vs 1: {t1 / t2:.2f}  (target ≥ 1.8)")
        print(f"  output file byte-identical: {same_file}; store identical: {same_store}")


def bench_dask(n: int) -> None:
    """The Dask engine on a LocalCluster of 2 processes: extraction to Parquet, then load into SQLite."""
    from marsad.engine.distributed import extract_to_parquet
    from marsad.engine.load import load_run

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        corpus = tmp / "corpus"
        corpus.mkdir()
        write_corpus(corpus / "all.jsonl", n)
        # shards: the corpus as 8 JSONL files, as an archive would come
        lines = (corpus / "all.jsonl").read_text("utf-8").splitlines(keepends=True)
        (corpus / "all.jsonl").unlink()
        for i in range(8):
            (corpus / f"part{i}.jsonl").write_text("".join(lines[i::8]), encoding="utf-8")
        t0 = time.perf_counter()
        summary = extract_to_parquet(corpus, tmp / "run", workers=2)
        t1 = time.perf_counter()
        loaded = load_run(tmp / "run", db=f"sqlite:///{tmp / 'm.db'}")
        t2 = time.perf_counter()
        size = sum(f.stat().st_size for f in (tmp / "run").rglob("*.parquet"))
        print(f"--engine dask, LocalCluster of 2 processes, {n} documents in 8 shards:")
        print(
            f"  extract → Parquet: {t1 - t0:.1f} s, {n / (t1 - t0):.0f} documents/s (cluster start-up included), "
            f"{summary.claims} claims, {size / 2**20:.1f} MiB of Parquet"
        )
        print(f"  load → SQLite: {t2 - t1:.1f} s, {loaded.documents / (t2 - t1):.0f} documents/s")


# --- consolidation ------------------------------------------------------------------------------


def _fill(db: str, claims: int, tmp: Path, vary: bool = False) -> tuple[int, int]:
    """A store with about ``claims`` claims (extracted with 2 workers); returns (documents, claims)."""
    from marsad.pipeline import run

    docs = max(50, claims // 9)  # recombined reports hold about 9 claims each
    corpus = tmp / f"corpus{claims}.jsonl"
    write_corpus(corpus, docs, seed=11, copies=0.2, outlets=40, vary=vary)
    summary = run(corpus, db=db, workers=2)
    return summary.documents, summary.claims


def _reference(name: str):  # type: ignore[no-untyped-def]
    """A reference module of tests/consolidate: the all-pairs findings, or the in-memory consolidation."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "consolidate" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _peak_rss_mib() -> float:
    """This process's peak RSS since it started its program: VmHWM. (``ru_maxrss`` is no good in a child:
    Linux folds into it the peak of the image the child replaced at exec — the parent's, which had extracted
    the corpus — so a child that stays below the parent's size reports the parent's.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _snapshot_digest(db: str) -> str:
    """sha256 of every row of the four consolidation tables, in the order they were written."""
    import hashlib
    import sqlite3

    h = hashlib.sha256()
    con = sqlite3.connect(db.removeprefix("sqlite:///"))
    for table in ("duplicates", "facts", "fact_claims", "findings"):
        for row in con.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            h.update(repr(row).encode())
    con.close()
    return h.hexdigest()


def _stream_child(db: str) -> None:
    """Run in a child whose ``marsad`` may be another revision's: ``consolidate`` timed by stage, peak RSS,
    then the digest of what it wrote."""
    from marsad.consolidate import record
    from marsad.store import db as store

    engine = store.connect(db)
    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    result = record.consolidate(engine, stages)
    total = time.perf_counter() - t0
    rss = _peak_rss_mib()
    engine.dispose()
    row = {
        "total": total,
        "stages": stages,
        "rss_mib": rss,
        "claims": result.claims,
        "documents": result.documents,
        "duplicates": result.duplicates,
        "facts": result.facts,
        "findings": result.findings,
        "kinds": {},
        "digest": _snapshot_digest(db),
        "code": str(Path(record.__file__).parents[3]),
    }
    print(json.dumps(row))


def _near_duplicates_child(db: str) -> None:
    """Run in a child whose ``marsad`` may be another revision's: the near-duplicate stage alone, its time and
    peak RSS (and the RSS before it), and a digest of the clusters it found."""
    import hashlib
    import inspect

    from marsad.consolidate import record
    from marsad.store import db as store

    engine = store.connect(db)
    with engine.connect() as conn:  # the store opened and read once before the stage
        conn.exec_driver_sql("SELECT count(*) FROM documents").scalar()
    before = _peak_rss_mib()
    h = hashlib.sha256()
    t0 = time.perf_counter()
    if (
        len(inspect.signature(record.load_documents).parameters) == 1
    ):  # in memory (before near-duplicates on disk)
        docs = record.load_documents(engine)
        elapsed = time.perf_counter() - t0
        found = [
            (d, rep, docs.clusters.similarity[d]) for d, rep in sorted(docs.clusters.duplicates().items())
        ]
        documents = len(docs.clusters.rep)
    else:
        from marsad.consolidate.spill import WorkingSet

        with WorkingSet() as ws:
            nd = record.load_documents(engine, ws.db)
            elapsed = time.perf_counter() - t0
            found = list(nd.duplicates())
            documents = nd.documents()
    rss = _peak_rss_mib()
    for row in found:
        h.update(repr(row).encode())
    engine.dispose()
    print(
        json.dumps(
            {
                "total": elapsed,
                "rss_mib": rss,
                "before_mib": before,
                "documents": documents,
                "duplicates": len(found),
                "digest": h.hexdigest(),
            }
        )
    )


def _consolidate_child(db: str, findings: bool, reference: bool) -> None:
    """Run in a child: time each stage and print JSON with peak RSS.

    Without ``findings`` the findings stage is left out and an empty list of
    findings is written (for the like-for-like comparison with earlier runs).
    With ``reference``, after the measured run (and after peak RSS is read),
    the findings stage is timed again in alternation with the all-pairs code
    of ``tests/consolidate/reference_findings.py``: indexed, all pairs,
    indexed; both must give the same findings.
    """
    from collections import Counter

    from marsad.consolidate import record
    from marsad.consolidate.facts import build_facts
    from marsad.consolidate.findings import all_findings
    from marsad.store import db as store

    memory = _reference("reference_consolidate")
    engine = store.connect(db)
    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    refs, similarity, duplicates = record.load_refs(engine, stages)
    t1 = time.perf_counter()
    facts = build_facts(refs)
    t2 = time.perf_counter()
    stages["facts"] = t2 - t1
    found = memory._unique_ids(all_findings(refs, facts)) if findings else []
    t3 = time.perf_counter()
    if findings:
        stages["findings"] = t3 - t2
    memory.write_snapshot(engine, similarity, duplicates, facts, found)
    stages["write"] = time.perf_counter() - t3
    total = time.perf_counter() - t0
    rss = _peak_rss_mib()
    docs = len({r.doc for r in refs} | set(similarity))
    row = {
        "total": total,
        "stages": stages,
        "rss_mib": rss,
        "claims": len(refs),
        "documents": docs,
        "duplicates": len(duplicates),
        "facts": len(facts),
        "findings": len(found) if findings else None,
        "kinds": dict(Counter(f.kind for f in found)),
    }
    if reference:
        old = _reference("reference_findings")
        runs: dict[str, list[float]] = {"indexed": [], "all pairs": []}
        outputs = {}
        for name in ("indexed", "all pairs", "indexed"):
            fn = all_findings if name == "indexed" else old.all_findings
            t = time.perf_counter()
            out = memory._unique_ids(fn(refs, facts))
            runs[name].append(time.perf_counter() - t)
            outputs[name] = [f.to_dict() for f in out]
        row["ab"] = {
            "indexed": runs["indexed"],
            "all pairs": runs["all pairs"],
            "identical": outputs["indexed"] == outputs["all pairs"],
        }
    print(json.dumps(row))


def bench_consolidate(
    sizes: list[int], keep: Path | None, findings_max: int, reference_max: int, without: bool, vary: bool
) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as d:
        tmp = keep or Path(d)
        for n in sizes:
            db = _store(tmp, n, vary)
            modes = [n <= findings_max] + ([False] if without and n <= findings_max else [])
            for with_findings in modes:
                reference = with_findings and n <= reference_max
                out = subprocess.run(
                    [sys.executable, __file__, "_child", db, str(int(with_findings)), str(int(reference))],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                r = json.loads(out.stdout.strip().splitlines()[-1])
                stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
                found = (
                    "findings not run"
                    if r["findings"] is None
                    else f"{r['findings']} findings ({', '.join(f'{k} {v}' for k, v in sorted(r['kinds'].items()))})"
                )
                print(
                    f"  {r['claims']:>8} claims, {r['documents']} documents: {r['total']:.1f} s ({stages}), "
                    f"peak RSS {r['rss_mib']:.0f} MiB; {r['duplicates']} near-duplicates, {r['facts']} facts, "
                    f"{found}",
                    flush=True,
                )
                if "ab" in r:
                    ab = r["ab"]
                    new, old = statistics.mean(ab["indexed"]), statistics.mean(ab["all pairs"])
                    print(
                        f"    findings A/B in one process (indexed, all pairs, indexed): "
                        f"{', '.join(f'{x:.1f}' for x in ab['indexed'])} s vs {old:.1f} s: "
                        f"ratio indexed/all pairs {new / old:.3f} (×{old / new:.1f} faster); "
                        f"identical output: {ab['identical']}",
                        flush=True,
                    )
                if with_findings or not modes[0]:
                    rows.append(r)
    print("growth exponent k (time ∝ claims^k) between consecutive sizes:")
    for a, b in itertools.pairwise(rows):
        ratio = math.log(b["claims"] / a["claims"])
        k = math.log(b["total"] / a["total"]) / ratio
        stage_k = {
            s: math.log(max(b["stages"][s], 1e-3) / max(a["stages"][s], 1e-3)) / ratio
            for s in a["stages"]
            if s in b["stages"]
        }
        if "findings" not in b["stages"] and "findings" in a["stages"]:
            k = math.log((b["total"]) / (a["total"] - a["stages"]["findings"])) / ratio  # like for like
        print(
            f"  {a['claims']} → {b['claims']}: total k = {k:.2f}; "
            + ", ".join(f"{s} {v:.2f}" for s, v in stage_k.items())
            + f"; RSS ×{b['rss_mib'] / a['rss_mib']:.2f}"
        )


def _export(ref: str, into: Path) -> Path:
    """The ``src`` folder of git revision ``ref``, written under ``into``."""
    import io
    import tarfile

    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _store(tmp: Path, n: int, vary: bool) -> str:
    name = f"c{n}{'v' if vary else ''}.db"
    db = f"sqlite:///{tmp / name}"
    if not (tmp / name).exists():
        t0 = time.perf_counter()
        docs, claims = _fill(db, n, tmp, vary)
        print(
            f"  filled a store with {docs} documents, {claims} claims in {time.perf_counter() - t0:.0f} s",
            flush=True,
        )
    return db


def _print_run(label: str, r: dict) -> None:
    stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
    print(
        f"  {label:>6} {r['claims']:>8} claims, {r['documents']} documents: {r['total']:.1f} s ({stages}), "
        f"peak RSS {r['rss_mib']:.0f} MiB; {r['duplicates']} near-duplicates, {r['facts']} facts, "
        f"{r['findings']} findings; snapshot {r['digest'][:12]}",
        flush=True,
    )


def _growth(label: str, rows: list[dict]) -> None:
    print(f"growth exponent k (∝ claims^k) between consecutive sizes, {label}:")
    for a, b in itertools.pairwise(rows):
        ratio = math.log(b["claims"] / a["claims"])
        stage_k = {
            s: math.log(max(b["stages"][s], 1e-3) / max(a["stages"][s], 1e-3)) / ratio
            for s in a["stages"]
            if s in b["stages"]
        }
        print(
            f"  {a['claims']} → {b['claims']}: time k = {math.log(b['total'] / a['total']) / ratio:.2f} ("
            + ", ".join(f"{s} {v:.2f}" for s, v in stage_k.items())
            + f"); peak RSS k = {math.log(b['rss_mib'] / a['rss_mib']) / ratio:.2f} "
            f"({a['rss_mib']:.0f} → {b['rss_mib']:.0f} MiB)"
        )


def _near_duplicates(db: str, n: int, i: int, rounds: int, codes: dict[str, Path], ab: str | None) -> dict:
    """The near-duplicate stage alone, each code in its own child, alternating; prints each run and the ratios."""
    runs: dict[str, list[dict]] = {"new": [], "ref": []}
    for r in range(rounds):
        order = ["new", "ref"] if (i + r) % 2 == 0 else ["ref", "new"]
        for which in (o for o in order if o in codes):
            out = subprocess.run(
                [sys.executable, __file__, "_near", db, str(codes[which])],
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(out.stdout.strip().splitlines()[-1])
            runs[which].append(row)
            label = "new" if which == "new" else str(ab)
            print(
                f"  {label:>6} near-duplicates alone, {row['documents']} documents: {row['total']:.1f} s, peak RSS "
                f"{row['rss_mib']:.0f} MiB ({row['rss_mib'] - row['before_mib']:.0f} over the "
                f"{row['before_mib']:.0f} before the stage); {row['duplicates']} duplicates, "
                f"clusters {row['digest'][:12]}",
                flush=True,
            )
    if runs["ref"]:
        new, ref = runs["new"], runs["ref"]
        t_new, t_ref = statistics.mean(x["total"] for x in new), statistics.mean(x["total"] for x in ref)
        m_new, m_ref = max(x["rss_mib"] for x in new), max(x["rss_mib"] for x in ref)
        g_new = max(x["rss_mib"] - x["before_mib"] for x in new)
        g_ref = max(x["rss_mib"] - x["before_mib"] for x in ref)
        same = len({x["digest"] for x in new + ref}) == 1
        print(
            f"    near-duplicates, new vs {ab}: time {t_new:.1f} vs {t_ref:.1f} s, ratio {t_new / t_ref:.2f}; peak RSS "
            f"{m_new:.0f} vs {m_ref:.0f} MiB, ratio {m_new / m_ref:.2f}; over the RSS before the stage "
            f"{g_new:.0f} vs {g_ref:.0f} MiB, ratio {g_new / max(g_ref, 1e-9):.2f}; same clusters: {same}",
            flush=True,
        )
    return {k: min(v, key=lambda x: x["total"]) for k, v in runs.items() if v}


def bench_streamed(
    sizes: list[int], keep: Path | None, vary: bool, ab: str | None, rounds: int, near: str = ""
) -> None:
    """``consolidate`` as it is, per size in a child (and, with ``ab``, REF's in alternation); ``near``: "also"
    or "only" the near-duplicate stage alone."""
    runs: dict[str, dict[int, list[dict]]] = {"new": {}, "ref": {}}
    stage: dict[str, list[dict]] = {"new": [], "ref": []}
    with tempfile.TemporaryDirectory() as d:
        tmp = keep or Path(d)
        codes = {"new": ROOT / "src"}
        if ab:
            codes["ref"] = _export(ab, Path(d) / "ref")
        for i, n in enumerate(sizes):
            db = _store(tmp, n, vary)
            if near:
                for which, row in _near_duplicates(db, n, i, rounds, codes, ab).items():
                    stage[which].append(row)
                if near == "only":
                    continue
            for r in range(rounds):
                order = ["new", "ref"] if (i + r) % 2 == 0 else ["ref", "new"]
                for which in (o for o in order if o in codes):
                    out = subprocess.run(
                        [sys.executable, __file__, "_stream", db, str(codes[which])],
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    row = json.loads(out.stdout.strip().splitlines()[-1])
                    runs[which].setdefault(n, []).append(row)
                    _print_run("new" if which == "new" else ab, row)
            if ab:
                new, ref = runs["new"][n], runs["ref"][n]
                t_new, t_ref = (
                    statistics.mean(x["total"] for x in new),
                    statistics.mean(x["total"] for x in ref),
                )
                m_new, m_ref = max(x["rss_mib"] for x in new), max(x["rss_mib"] for x in ref)
                same = len({x["digest"] for x in new + ref}) == 1
                print(
                    f"    new vs {ab}: time {t_new:.1f} vs {t_ref:.1f} s, ratio {t_new / t_ref:.2f}; peak RSS "
                    f"{m_new:.0f} vs {m_ref:.0f} MiB, ratio {m_new / m_ref:.2f}; identical snapshot: {same}",
                    flush=True,
                )
    for which, label in (("new", "new"), ("ref", ab)):
        if runs[which]:
            _growth(str(label), [min(rs, key=lambda x: x["total"]) for _, rs in sorted(runs[which].items())])
    for which, label in (("new", "new"), ("ref", ab)):
        rows = stage[which]
        if len(rows) > 1:
            print(f"near-duplicates alone, growth exponent k (∝ documents^k), {label}:")
            for a, b in itertools.pairwise(rows):
                ratio = math.log(b["documents"] / a["documents"])
                grow_a, grow_b = a["rss_mib"] - a["before_mib"], b["rss_mib"] - b["before_mib"]
                print(
                    f"  {a['documents']} → {b['documents']} documents: time k = "
                    f"{math.log(b['total'] / a['total']) / ratio:.2f}; RSS over the stage's start "
                    f"{grow_a:.0f} → {grow_b:.0f} MiB"
                )


def main() -> None:
    if len(sys.argv) > 3 and sys.argv[1] == "_near":
        sys.path.insert(0, sys.argv[3])
        _near_duplicates_child(sys.argv[2])
        return
    if len(sys.argv) > 3 and sys.argv[1] == "_stream":
        sys.path.insert(0, sys.argv[3])
        _stream_child(sys.argv[2])
        return
    if len(sys.argv) > 2 and sys.argv[1] == "_child":
        _consolidate_child(sys.argv[2], sys.argv[3] == "1", sys.argv[4] == "1")
        return
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="what")
    w = sub.add_parser("workers")
    w.add_argument("--docs", type=int, default=3000)
    w.add_argument("--rounds", type=int, default=2)
    k = sub.add_parser("dask")
    k.add_argument("--docs", type=int, default=3000)
    c = sub.add_parser("consolidate")
    c.add_argument("--claims", type=int, nargs="+", default=[10_000, 100_000])
    c.add_argument("--keep", type=Path, help="keep the stores in this folder (and reuse them)")
    c.add_argument(
        "--findings-max", type=int, default=10**9, help="time the findings stage up to this many claims"
    )
    c.add_argument(
        "--reference-max",
        type=int,
        default=20_000,
        help="up to this many claims, also time the all-pairs findings (A/B ratio)",
    )
    c.add_argument(
        "--without", action="store_true", help="also run each size without findings (RSS and time)"
    )
    c.add_argument(
        "--vary-figures",
        action="store_true",
        help="draw each document's figures afresh (relays only by copies, as in news)",
    )
    c.add_argument(
        "--ab", metavar="REF", help="also run git revision REF's consolidate, alternating (e.g. main)"
    )
    c.add_argument("--rounds", type=int, default=1, help="runs per size and code")
    c.add_argument(
        "--near-duplicates",
        action="store_true",
        help="also time the near-duplicate stage alone, in a child of its own per code (peak RSS)",
    )
    c.add_argument(
        "--only-near-duplicates",
        action="store_true",
        help="the near-duplicate stage alone, not the whole consolidation",
    )
    c.add_argument(
        "--in-memory",
        action="store_true",
        help="time the former in-memory pipeline by stage (with --without and --reference-max)",
    )
    args = ap.parse_args()
    if args.what == "consolidate" and not args.in_memory:
        near = "only" if args.only_near_duplicates else "also" if args.near_duplicates else ""
        bench_streamed(args.claims, args.keep, args.vary_figures, args.ab, args.rounds, near)
    elif args.what == "consolidate":
        bench_consolidate(
            args.claims, args.keep, args.findings_max, args.reference_max, args.without, args.vary_figures
        )
    elif args.what == "dask":
        bench_dask(args.docs)
    else:
        bench_workers(getattr(args, "docs", 3000), getattr(args, "rounds", 2))


if __name__ == "__main__":
    main()
