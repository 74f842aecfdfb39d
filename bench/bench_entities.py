"""Entity matcher throughput against two naive baselines, in one run.

    .venv/bin/python bench/bench_entities.py [--docs 10000] [--peer-docs 500]

Builds a corpus of short documents by recombining the sentences of
tests/data/entities.jsonl (3-6 sentences each), then times:

* marsad: ``find_entities`` (one clitic-aware PhraseMatcher over every alias,
  plus the context rules) on every document;
* per-alias ``str.find``: every normalised alias searched in the normalised
  text, the first thing one would write;
* one big regex: all aliases in a single alternation, longest first, with
  Arabic proclitics allowed in front, as a regex-minded peer would build it.

Baselines do less (no context, no ids chosen, no offsets mapped back), so
the ratio flatters them. They run on the first --peer-docs documents because
the per-alias scan is slow; rates are per document either way.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.recognize import entities  # noqa: E402
from marsad.text.normalize import norm, normalize  # noqa: E402


def build_corpus(n: int, seed: int = 5) -> list[str]:
    cases = (ROOT / "tests" / "data" / "entities.jsonl").read_text("utf-8").splitlines()
    pool = [json.loads(line)["text"] for line in cases if line.strip()]
    rng = random.Random(seed)
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 6))) for _ in range(n)]


def all_aliases() -> list[str]:
    lex = entities._lexicon()
    out: set[str] = set()
    for lst in lex.matcher._index.values():
        for toks, _ in lst:
            out.add(" ".join(toks))
    return sorted(out, key=lambda a: (-len(a), a))


def rate(fn, docs: list[str]) -> tuple[float, float, int]:
    t = time.perf_counter()
    found = 0
    for d in docs:
        found += fn(d)
    dt = time.perf_counter() - t
    return len(docs) / dt, sum(map(len, docs)) / dt, found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--peer-docs", type=int, default=500)
    args = ap.parse_args()

    t = time.perf_counter()
    entities._lexicon()
    load = time.perf_counter() - t
    docs = build_corpus(args.docs)
    aliases = all_aliases()
    print(f"corpus: {len(docs)} docs, {sum(map(len, docs)) / len(docs):.0f} chars/doc; "
          f"{len(aliases)} distinct aliases; lexicon load {load * 1000:.0f} ms")

    find_entities = entities.find_entities
    find_entities(docs[0])  # warm caches
    m_docs, m_chars, m_found = rate(lambda d: len(find_entities(d)), docs)

    peer = docs[: args.peer_docs]
    keys = [norm(a) for a in aliases]

    def per_alias(d: str) -> int:
        nt = norm(d)
        return sum(nt.find(k) >= 0 for k in keys)

    t = time.perf_counter()
    big = re.compile(r"(?<![\w])(?:[وف]?[بلك]?)(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")
    compile_s = time.perf_counter() - t

    def regex(d: str) -> int:
        return sum(1 for _ in big.finditer(normalize(d).text))

    f_docs, f_chars, _ = rate(per_alias, peer)
    r_docs, r_chars, _ = rate(regex, peer)

    print(f"{'matcher':<28}{'docs/s':>10}{'chars/s':>12}{'vs marsad':>11}")
    print(f"{'marsad find_entities':<28}{m_docs:>10.0f}{m_chars:>12.0f}{1:>10.2f}x   ({m_found} entities)")
    print(f"{'per-alias str.find':<28}{f_docs:>10.0f}{f_chars:>12.0f}{m_docs / f_docs:>10.2f}x faster")
    print(f"{'one regex alternation':<28}{r_docs:>10.0f}{r_chars:>12.0f}{m_docs / r_docs:>10.2f}x faster"
          f"   (compile {compile_s * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
