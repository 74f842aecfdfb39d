"""End-to-end extraction throughput, cost by stage, and peak memory.

    .venv/bin/python bench/bench_extract.py [--docs 10000]

Builds a corpus of N documents by recombining the sentences of the project's
own reports (samples/ and tests/data/corpus/), extracts every document on one
core, and prints documents per second, characters per second, the time spent
in each stage, and peak resident memory (getrusage). For scale it runs, in the same
process over the same documents, the best-known offline peer for one part of
the job — dateparser's ``search_dates`` with Arabic — and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

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
    t0 = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--peer-docs", type=int, default=300, help="the peer is slow; time it on a prefix")
    args = ap.parse_args()
    docs = build_corpus(args.docs)
    chars = sum(len(d) for d in docs)
    # warm caches (lexicons compile once per process)
    extract_analysis(analyse(docs[0]), "warm")

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    n_claims = 0
    for i, d in enumerate(docs):
        n_claims += len(extract_analysis(analyse(d), str(i)))
    total = time.perf_counter() - t0
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
    print(f"peer dateparser.search_dates (times only): {len(peer_docs) / t_peer:,.1f} documents/s")
    print(f"ratio: marsad's whole extraction is {t_peer / t_ours:,.1f}x faster than the peer's date search alone")


if __name__ == "__main__":
    main()
