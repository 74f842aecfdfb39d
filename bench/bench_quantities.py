"""Quantity recognition: marsad beside pyarabic.number, accuracy and speed in one run.

    .venv/bin/python bench/bench_quantities.py [--seconds 3]

Peer: pyarabic.number, the only offline Arabic number reader on PyPI that
finds number phrases in running text (``detect_number_phrases_position`` on
a word list, then ``text2number`` on each phrase). It reads written-out
numbers but not digits, so it is also run with a plain digit regex added
(``pyarabic+digits``), the most generous version of the peer.

Accuracy, on tests/data/quantities.jsonl (sentences written for the tests):
  * found: expected numbers with a value for which the tool returns the same
    value on an overlapping span (digits, words, duals, ranges by their
    minimum);
  * counts: the same, restricted to the numbers that are counts;
  * kind: share of expected numbers whose kind (count, year, age, …) marsad
    gets right — the peer has no notion of kind, so it cannot tell a year
    from a count;
  * spurious counts: numbers a tool offers where the table has no count —
    for the peer, every number it returns there (it labels nothing);
  * dev gold: claims of the shared dev set (when /work/shared is present)
    whose value the tool finds, as a count, in the claim's evidence sentence
    — text the table was not written from.

Throughput: a synthetic corpus of ~3 KB documents built from the table's
sentences, processed on one core for a fixed time by each tool.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pyarabic import number as pyarabic_number  # noqa: E402

from marsad.recognize.quantities import find_quantities  # noqa: E402

Found = list[tuple[int, int, float | None, str]]  # start, end, value, kind

_WORDS_RE = re.compile(r"\S+")
_DIGITS_RE = re.compile(r"[0-9٠-٩]+")
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def marsad(text: str) -> Found:
    return [
        (q.start, q.end, q.value if q.value is not None else q.min, q.kind) for q in find_quantities(text)
    ]


def pyarabic_words(text: str) -> Found:
    words = [(m.start(), m.end(), m.group()) for m in _WORDS_RE.finditer(text)]
    out: Found = []
    for s, e in pyarabic_number.detect_number_phrases_position([w for _, _, w in words]):
        phrase = " ".join(w for _, _, w in words[s : e + 1])
        out.append((words[s][0], words[e][1], float(pyarabic_number.text2number(phrase)), "?"))
    return out


def pyarabic_digits(text: str) -> Found:
    # pyarabic returns a digit word as a phrase worth 0; read those digits instead.
    out = [g for g in pyarabic_words(text) if not _DIGITS_RE.fullmatch(text[g[0] : g[1]].strip("،,.؛"))]
    for m in _DIGITS_RE.finditer(text):
        if not any(s <= m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.end(), float(m.group().translate(_INDIC)), "?"))
    return sorted(out)


def accuracy(tool: Callable[[str], Found], cases: list[dict]) -> dict[str, float]:
    n = found = n_count = found_count = kind_ok = spurious = 0
    for case in cases:
        got = tool(case["text"])
        expected = case["expected"]
        for e in expected:
            value = e["value"] if e["value"] is not None else e["min"]
            if value is None:
                continue
            hit = [g for g in got if g[0] < e["end"] and e["start"] < g[1]]
            ok = any(g[2] == value for g in hit)
            n += 1
            found += ok
            if e["kind"] == "count":
                n_count += 1
                found_count += ok
            kind_ok += ok and any(g[3] == e["kind"] for g in hit)
        for g in got:
            if g[3] not in ("?", "count"):
                continue
            if not any(e["kind"] == "count" and g[0] < e["end"] and e["start"] < g[1] for e in expected):
                spurious += 1
    return {
        "found": found / n,
        "counts": found_count / n_count,
        "kind": kind_ok / n,
        "spurious": spurious,
        "n": n,
    }


def gold_recall(tool: Callable[[str], Found]) -> tuple[int, int] | None:
    """Claims in the shared dev gold whose value the tool finds (as a count) in the evidence."""
    gold = Path("/work/shared/eval/dev/gold.jsonl")
    if not gold.exists():
        return None
    hit = n = 0
    for line in gold.read_text("utf-8").splitlines():
        claim = json.loads(line)
        n += 1
        hit += any(g[2] == claim["value"] and g[3] in ("count", "?") for g in tool(claim["evidence"]))
    return hit, n


def corpus(cases: list[dict], size: int = 3000, docs: int = 300) -> list[str]:
    rng = random.Random(7)
    sentences = [c["text"] for c in cases]
    # Most sentences in a real article carry no number: pad with number-free prose.
    plain = [c["text"] for c in cases if not c["expected"]]
    out = []
    for _ in range(docs):
        parts: list[str] = []
        while sum(len(p) + 2 for p in parts) < size:
            parts.append(rng.choice(sentences if rng.random() < 0.4 else plain))
        out.append(".\n".join(parts) + ".")
    return out


def throughput(tool: Callable[[str], Found], docs: list[str], seconds: float) -> tuple[float, float]:
    tool(docs[0])  # compile lexicons outside the clock
    n = chars = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for d in docs:
            tool(d)
            n += 1
            chars += len(d)
    el = time.perf_counter() - t0
    return n / el, chars / el


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="time per tool for the throughput run")
    args = ap.parse_args()
    cases = [
        json.loads(line)
        for line in (ROOT / "tests" / "data" / "quantities.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    tools = {"marsad": marsad, "pyarabic": pyarabic_words, "pyarabic+digits": pyarabic_digits}
    docs = corpus(cases)
    avg = sum(map(len, docs)) / len(docs)
    print(f"table: {len(cases)} sentences; corpus: {len(docs)} docs of ~{avg:.0f} chars\n")
    print(
        f"{'tool':<17}{'found':>8}{'counts':>8}{'kind':>8}{'spurious':>10}{'dev gold':>10}{'docs/s':>10}"
        f"{'chars/s':>12}"
    )
    rows = {}
    for name, tool in tools.items():
        acc = accuracy(tool, cases)
        dps, cps = throughput(tool, docs, args.seconds)
        rows[name] = (acc, dps)
        kind = f"{acc['kind']:.1%}" if name == "marsad" else "n/a"
        g = gold_recall(tool)
        gold = f"{g[0]}/{g[1]}" if g else "n/a"
        print(
            f"{name:<17}{acc['found']:>8.1%}{acc['counts']:>8.1%}{kind:>8}{acc['spurious']:>10}{gold:>10}"
            f"{dps:>10.0f}{cps:>12,.0f}"
        )
    m, p = rows["marsad"], rows["pyarabic+digits"]
    print(
        f"\nmarsad / pyarabic+digits: accuracy (found) {m[0]['found'] / p[0]['found']:.2f}x, "
        f"speed {m[1] / p[1]:.2f}x"
    )


if __name__ == "__main__":
    main()
