"""End-to-end extraction throughput, cost by stage, and peak memory.

    .venv/bin/python bench/bench_extract.py [--docs 10000]
    .venv/bin/python bench/bench_extract.py --ab OLD/src [--docs 3000 --rounds 5]

Builds a corpus of N documents by recombining the sentences of the project's
own reports (samples/ and tests/data/corpus/), extracts every document on one
core, and prints documents per second (wall clock and per CPU-second: the
machine is shared), characters per second, the CPU time spent in each stage,
and peak resident memory (getrusage). For scale it runs, in the same
process over the same documents, the best-known offline peer for one part of
the job — dateparser's ``search_dates`` with Arabic — and prints the ratio.

``--ab`` compares this checkout with another one (e.g. a ``git worktree`` of
an older commit): the same corpus is extracted in fresh processes, one with
``OLD/src`` and one with this checkout's ``src`` first on the path,
alternating which goes first, ``--rounds`` times; it prints each pair's
throughput and ratio and the median ratio. The machine is shared, so a ratio
of paired runs says more than any one throughput.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# an A/B child runs the other checkout's code: MARSAD_BENCH_SRC puts it first
sys.path.insert(0, os.environ.get("MARSAD_BENCH_SRC") or str(ROOT / "src"))

from marsad.extractor.document import analyse  # noqa: E402
from marsad.extractor.run import extract_analysis  # noqa: E402
from marsad.recognize.cues import find_cues  # noqa: E402
from marsad.recognize.entities import find_entities  # noqa: E402
from marsad.recognize.quantities import find_quantities  # noqa: E402
from marsad.recognize.times import document_date, find_times  # noqa: E402
from marsad.text.normalize import normalize  # noqa: E402
from marsad.text.segment import sentences  # noqa: E402
from marsad.text.tokens import tokenize  # noqa: E402


def source_sentences() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples" / "reports").glob("*.txt"))]
    corpus = ROOT / "tests" / "data" / "corpus" / "reports.jsonl"
    if corpus.exists():
        texts += [json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines() if line.strip()]
    out = []
    for t in texts:
        out += [s.text(t) for s in sentences(t)]
    return out


def build_corpus(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = source_sentences()
    docs = []
    for _ in range(n):
        k = rng.randint(8, 24)  # about 1.5–4 KB, the size of a news article
        docs.append("\n".join(rng.choice(pool) for _ in range(k)))
    return docs


def timed(fn, docs):  # type: ignore[no-untyped-def]
    # CPU time of this process: stage shares stay meaningful when other processes load the machine
    t0 = time.process_time()
    for d in docs:
        fn(d)
    return time.process_time() - t0


def _child(corpus: Path, limit: int | None = None) -> None:
    """Time whole extraction over a corpus file with whatever code is on the path; print JSON."""
    docs = json.loads(corpus.read_text("utf-8"))
    if limit is not None:
        docs = docs[:limit]
    extract_analysis(analyse(docs[0]), "warm")
    if limit is not None:
        # under callgrind started with instrumentation off: count the extraction loop only
        subprocess.run(["callgrind_control", "--instr=on", str(os.getpid())], capture_output=True, check=True)
    # CPU time of this process: on a loaded machine wall-clock time mostly measures the others
    t0 = time.process_time()
    n_claims = 0
    for i, d in enumerate(docs):
        n_claims += len(extract_analysis(analyse(d), str(i)))
    total = time.process_time() - t0
    print(json.dumps({"docs_per_s": len(docs) / total, "claims": n_claims}))


def _instructions(src: str, corpus: Path, limit: int) -> int:
    """Instructions the extraction of the first ``limit`` documents executes (valgrind's callgrind)."""
    env = {**os.environ, "MARSAD_BENCH_SRC": src}
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--instr-atstart=no",
           sys.executable, __file__, "--child", str(corpus), "--limit", str(limit)]
    err = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    return int(next(line for line in err.splitlines() if "Collected :" in line).split(":")[-1])


def ab(old_src: str, n_docs: int, rounds: int, instr_docs: int = 0, new_src: str = str(ROOT / "src")) -> None:
    docs = build_corpus(n_docs)
    chars = sum(len(d) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.json"
        corpus.write_text(json.dumps(docs, ensure_ascii=False), "utf-8")

        def run(src: str) -> dict:
            env = {**os.environ, "MARSAD_BENCH_SRC": src}
            out = subprocess.run([sys.executable, __file__, "--child", str(corpus)], env=env,
                                 capture_output=True, text=True, check=True).stdout
            return json.loads(out.strip().splitlines()[-1])

        ratios = []
        print(f"corpus: {len(docs)} documents, {chars / len(docs):.0f} characters on average")
        print(f"A = {old_src}\nB = {new_src}")
        for r in range(rounds):
            # alternate which goes first, so that a change in the machine's load hits both alike
            pair = [("A", old_src), ("B", new_src)]
            if r % 2:
                pair.reverse()
            got = {name: run(src) for name, src in pair}
            a, b = got["A"], got["B"]
            if a["claims"] != b["claims"]:
                print(f"  claims differ: A {a['claims']}, B {b['claims']}")
            ratios.append(b["docs_per_s"] / a["docs_per_s"])
            print(f"  round {r + 1}: A {a['docs_per_s']:7,.0f} documents/CPU-s   B {b['docs_per_s']:7,.0f} documents/CPU-s"
                  f"   B/A {ratios[-1]:.2f}")
        if rounds:
            print(f"median ratio B/A over {rounds} paired runs: {statistics.median(ratios):.2f} "
                  f"(min {min(ratios):.2f}, max {max(ratios):.2f})")
        if instr_docs and shutil.which("valgrind"):
            # instructions do not depend on the machine's load: the steadiest measure of a change
            per_doc = {}
            for name, src in (("A", old_src), ("B", new_src)):
                per_doc[name] = _instructions(src, corpus, instr_docs) / instr_docs
                print(f"  {name}: {per_doc[name] / 1e6:.2f} M instructions per document (first {instr_docs})")
            print(f"instructions per document A/B: {per_doc['A'] / per_doc['B']:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--peer-docs", type=int, default=300, help="the peer is slow; time it on a prefix")
    ap.add_argument("--ab", metavar="OLD_SRC", help="compare with another checkout's src folder")
    ap.add_argument("--rounds", type=int, default=5, help="paired runs with --ab")
    ap.add_argument("--new", default=str(ROOT / "src"), help="with --ab, the src folder to compare (this checkout's)")
    ap.add_argument("--instructions", type=int, default=0, metavar="N",
                    help="with --ab, also count instructions per document on the first N under valgrind")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(Path(args.child), args.limit)
        return
    if args.ab:
        ab(args.ab, args.docs, args.rounds, args.instructions, args.new)
        return
    docs = build_corpus(args.docs)
    chars = sum(len(d) for d in docs)
    # warm caches (lexicons compile once per process)
    extract_analysis(analyse(docs[0]), "warm")

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    c0 = time.process_time()
    n_claims = 0
    for i, d in enumerate(docs):
        n_claims += len(extract_analysis(analyse(d), str(i)))
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # ru_maxrss is in KiB on Linux

    sample = docs[: min(2000, len(docs))]
    nts = [normalize(d) for d in sample]
    toks = [tokenize(nt.text) for nt in nts]
    stages = {
        "normalise": timed(normalize, sample),
        "sentences": timed(sentences, sample),
        "quantities": timed(find_quantities, nts),
        "times": timed(lambda nt: find_times(nt, document_date(nt).date, 2024), nts),
        "entities": timed(find_entities, nts),
        "cues": sum(timed(lambda nt, tk=tk: find_cues(nt, tk), [nt]) for nt, tk in zip(nts, toks, strict=True)),
    }
    full = timed(lambda d: extract_analysis(analyse(d), "x"), sample)
    stages["slot filling and rest"] = max(full - sum(stages.values()), 0.0)

    print(f"corpus: {len(docs)} documents, {chars / len(docs):.0f} characters on average, {n_claims} claims")
    print(f"marsad extract: {len(docs) / total:,.0f} documents/s on one core, {chars / total / 1e6:.2f} M chars/s, "
          f"{len(docs) / cpu:,.0f} documents per CPU-second, "
          f"peak resident memory {peak / 2**20:.0f} MiB (before the run {rss_before / 1024:.0f} MiB)")
    print("cost by stage (share of one document's extraction):")
    for name, t in stages.items():
        print(f"  {name:24} {t / len(sample) * 1000:6.3f} ms/doc  {t / full:5.1%}")

    try:
        from dateparser.search import search_dates
    except ImportError:
        print("peer: dateparser not installed, no ratio")
        return
    peer_docs = docs[: args.peer_docs]
    t_peer = timed(lambda d: search_dates(d, languages=["ar"]), peer_docs)
    t_ours = timed(lambda d: extract_analysis(analyse(d), "x"), peer_docs)
    print(f"peer dateparser.search_dates (times only): {len(peer_docs) / t_peer:,.1f} documents per CPU-second")
    print(f"ratio: marsad's whole extraction is {t_peer / t_ours:,.1f}x faster than the peer's date search alone")


if __name__ == "__main__":
    main()
