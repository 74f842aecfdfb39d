"""Time expressions: marsad beside dateparser, accuracy and speed in one run.

    .venv/bin/python bench/bench_times.py

Same inputs for both tools, the peer given its best settings: the document
date as ``RELATIVE_BASE``, ``PREFER_DATES_FROM='past'``,
``PREFER_DAY_OF_MONTH='first'``, ``languages=['ar']``.

* Expressions: the hand-written cases of tests/data/times.jsonl that carry a
  publication date, and the peer cases of /work/shared/eval/peer/times.jsonl
  when present. Each text goes through ``dateparser.search.search_dates``
  and, for the expression alone, ``dateparser.parse``.
* Documents: the same cases grouped into short articles of eight sentences
  sharing a publication date (negatives mixed in), scored by precision and
  recall of the intervals found.
* Speed: both tools over the same news-sized articles (about 3 KB, sentences
  of the project's sample reports recombined), one core, same process.

Scoring. marsad must return the expected interval (both ends). dateparser
returns points, so it is credited when a date it returns equals the expected
start — generous to it: "أيار 2023" counts as right if it says 2023-05-01.
A negative case is right when nothing is found in it (or nothing containing
the case's ``absent`` text).
"""

from __future__ import annotations

import json
import random
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.recognize import times as marsad_times  # noqa: E402
from marsad.recognize.times import find_times  # noqa: E402
from marsad.text.segment import sentences  # noqa: E402

warnings.filterwarnings("ignore")
import dateparser  # noqa: E402
from dateparser.search import search_dates  # noqa: E402

CASES = ROOT / "tests" / "data" / "times.jsonl"
PEER = Path("/work/shared/eval/peer/times.jsonl")


def settings(pub: date) -> dict:
    return {
        "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }


def dp_search(text: str, pub: date) -> list[tuple[str, date]]:
    found = search_dates(text, languages=["ar"], settings=settings(pub)) or []
    return [(s, d.date()) for s, d in found]


def dp_parse(text: str, pub: date) -> date | None:
    d = dateparser.parse(text, languages=["ar"], settings=settings(pub))
    return d.date() if d else None


def load_cases() -> list[dict]:
    cases = []
    for line in CASES.read_text("utf-8").splitlines():
        c = json.loads(line)
        if c.get("published") and (c.get("none") or c.get("start")):
            cases.append(c)
    if PEER.exists():
        for line in PEER.read_text("utf-8").splitlines():
            c = json.loads(line)
            cases.append(
                {"text": c["text"], "published": c["published"], "start": c["start"], "end": c["end"]}
            )
    return cases


def expression_accuracy(cases: list[dict]) -> dict[str, float]:
    ok = {"marsad": 0, "dp_search": 0, "dp_parse": 0}
    n_parse = 0
    for c in cases:
        pub = date.fromisoformat(c["published"])
        mt = find_times(c["text"], pub)
        dp = dp_search(c["text"], pub)
        if c.get("none"):
            absent = c.get("absent")
            ok["marsad"] += not any(absent is None or absent in t.text for t in mt)
            ok["dp_search"] += not any(absent is None or absent in s for s, _ in dp)
            continue
        want = (date.fromisoformat(c["start"]), date.fromisoformat(c["end"]))
        ok["marsad"] += any((t.start_date, t.end_date) == want for t in mt)
        ok["dp_search"] += any(d == want[0] for _, d in dp)
        if c.get("expr"):
            n_parse += 1
            ok["dp_parse"] += dp_parse(c["expr"], pub) == want[0]
    return {
        "marsad": ok["marsad"] / len(cases),
        "dp_search": ok["dp_search"] / len(cases),
        "dp_parse": ok["dp_parse"] / max(n_parse, 1),
        "n": len(cases),
        "n_parse": n_parse,
    }


def documents(cases: list[dict], size: int = 8) -> list[tuple[str, date, list[tuple[date, date]]]]:
    by_pub: dict[str, list[dict]] = {}
    for c in cases:
        by_pub.setdefault(c["published"], []).append(c)
    docs = []
    for pub, group in sorted(by_pub.items()):
        for i in range(0, len(group), size):
            chunk = group[i : i + size]
            text = "\n".join(c["text"].rstrip(".") + "." for c in chunk)
            gold = [
                (date.fromisoformat(c["start"]), date.fromisoformat(c["end"]))
                for c in chunk
                if not c.get("none")
            ]
            docs.append((text, date.fromisoformat(pub), gold))
    return docs


def f1(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def document_accuracy(docs) -> dict[str, tuple[float, float, float]]:  # type: ignore[no-untyped-def]
    m = [0, 0, 0, 0]
    d = [0, 0, 0, 0]
    for text, pub, gold in docs:
        found = [(t.start_date, t.end_date) for t in find_times(text, pub) if t.start_date]
        m[0] += sum(f in gold for f in found)
        m[1] += len(found)
        m[2] += sum(g in found for g in gold)
        m[3] += len(gold)
        points = [x for _, x in dp_search(text, pub)]
        starts = {g[0] for g in gold}
        d[0] += sum(p in starts for p in points)
        d[1] += len(points)
        d[2] += sum(g[0] in points for g in gold)
        d[3] += len(gold)
    return {"marsad": f1(*m), "dateparser": f1(*d)}


def news_articles(n: int = 40, seed: int = 3) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples" / "reports").glob("*.txt"))]
    corpus = ROOT / "tests" / "data" / "corpus" / "reports.jsonl"
    if corpus.exists():
        texts += [json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines() if line.strip()]
    texts += [c["text"] for c in load_cases()]
    pool = [s.text(t) for t in texts for s in sentences(t)]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 3000:
            parts.append(rng.choice(pool))
        out.append("\n".join(parts))
    return out


def speed(docs: list[str], pub: date) -> tuple[float, float]:
    find_times(docs[0], pub)  # compile the lexicon outside the timing
    t0 = time.perf_counter()
    for text in docs:
        marsad_times._scan.cache_clear()  # time the full scan, not the per-text cache
        find_times(text, pub)
    ours = (time.perf_counter() - t0) / len(docs)
    dp_search(docs[0], pub)
    t0 = time.perf_counter()
    for text in docs:
        dp_search(text, pub)
    peer = (time.perf_counter() - t0) / len(docs)
    return ours, peer


def main() -> None:
    started = time.perf_counter()
    cases = load_cases()
    acc = expression_accuracy(cases)
    print(f"Expressions ({acc['n']} cases with a publication date, negatives included)")
    print(f"  marsad find_times                  accuracy {acc['marsad']:.3f}")
    print(
        f"  dateparser search_dates            accuracy {acc['dp_search']:.3f}  (credited for the start date)"
    )
    print(
        f"  dateparser parse (expression only) accuracy {acc['dp_parse']:.3f}  ({acc['n_parse']} expressions)"
    )
    docs = documents(cases)
    da = document_accuracy(docs)
    print(f"Documents ({len(docs)} short articles)")
    for name, (p, r, f) in da.items():
        print(f"  {name:10s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    articles = news_articles()
    size = sum(map(len, articles)) / len(articles)
    ours, peer = speed(articles, date(2024, 5, 3))
    print(f"Speed ({len(articles)} articles of about {size / 1000:.1f} KB, one core)")
    print(f"  marsad     {ours * 1000:7.2f} ms/article  {1 / ours:8.0f} articles/s")
    print(f"  dateparser {peer * 1000:7.2f} ms/article  {1 / peer:8.0f} articles/s")
    print(f"  marsad is {peer / ours:.0f}x faster")
    print(f"(run took {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
