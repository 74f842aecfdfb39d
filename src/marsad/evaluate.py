"""Scoring extracted claims against gold, as ``shared/eval/score.py`` does.

A predicted claim matches a gold claim when doc, metric, value and the set of
countries are equal (value 0 is ignored); matching is one-to-one, in file
order. Over matched pairs it reports period, qualifier, actor (any overlap)
and source agreement; with a corpus, every document counts and every
evidence must be a substring of its document. ``marsad eval`` prints the
same figures so that users and CI need not reach for the shared script.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON: {e}") from e
    return rows


def _key(c: dict[str, Any]) -> tuple:
    return (c["doc"], c["metric"], int(c["value"]), tuple(sorted(c.get("countries") or [])))


@dataclass
class Score:
    gold: int
    predicted: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    period: float
    qualifier: float
    actor: float
    source: float
    evidence_bad: int
    per_metric: dict[str, Counter] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    period_diffs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    def summary_line(self) -> str:
        return (
            f"summary: F1={self.f1:.3f} P={self.precision:.3f} R={self.recall:.3f} "
            f"period={self.period:.3f} evidence_bad={self.evidence_bad}"
        )

    def report(self, show: bool = False, corpus: bool = True) -> str:
        lines = [
            f"gold {self.gold}  predicted {self.predicted}  matched {self.tp}",
            f"core (doc, metric, value, countries): P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}",
            f"on matched: period {self.period:.3f}  qualifier {self.qualifier:.3f}  "
            f"actor {self.actor:.3f}  source {self.source:.3f}",
        ]
        if corpus:
            lines.append(f"evidence not found in its document: {self.evidence_bad}")
        lines.append("per metric (tp fp fn):")
        for m in sorted(self.per_metric):
            x = self.per_metric[m]
            lines.append(f"  {m:18} {x['tp']:3} {x['fp']:3} {x['fn']:3}")
        if show:
            for g in self.misses:
                lines.append("MISS " + json.dumps({k: g[k] for k in ("doc", "metric", "value", "countries")}, ensure_ascii=False))
            for c in self.extras:
                lines.append(
                    "EXTRA "
                    + json.dumps({k: c.get(k) for k in ("doc", "metric", "value", "countries", "evidence")}, ensure_ascii=False)
                )
            for g, c in self.period_diffs:
                lines.append(f"PERIOD {g['doc']} {g['metric']} {g['value']} gold {g.get('period')} pred {c.get('period')}")
        lines.append(self.summary_line())
        return "\n".join(lines)


def score(gold_rows: list[dict], pred_rows: list[dict], texts: dict[str, str] | None = None) -> Score:
    gold = [c for c in gold_rows if int(c["value"]) != 0]
    pred = [c for c in pred_rows if int(c.get("value", 0)) != 0]
    docs = set(texts) if texts is not None else {c["doc"] for c in gold}
    pred = [c for c in pred if c["doc"] in docs]
    pool: dict[tuple, list[dict]] = defaultdict(list)
    for c in pred:
        pool[_key(c)].append(c)
    pairs, misses = [], []
    for g in gold:
        bucket = pool.get(_key(g))
        if bucket:
            pairs.append((g, bucket.pop(0)))
        else:
            misses.append(g)
    extras = [c for b in pool.values() for c in b]
    tp, fn, fp = len(pairs), len(misses), len(extras)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    per_metric: dict[str, Counter] = defaultdict(Counter)
    for g, _ in pairs:
        per_metric[g["metric"]]["tp"] += 1
    for g in misses:
        per_metric[g["metric"]]["fn"] += 1
    for c in extras:
        per_metric[c["metric"]]["fp"] += 1

    def agree(fld: str, same) -> float:
        ok = sum(1 for g, c in pairs if same(g.get(fld), c.get(fld)))
        return ok / len(pairs) if pairs else 0.0

    bad = 0
    if texts is not None:
        bad = sum(1 for c in pred if not c.get("evidence") or c["evidence"] not in texts.get(c["doc"], ""))
    return Score(
        gold=len(gold),
        predicted=len(pred),
        tp=tp,
        fp=fp,
        fn=fn,
        precision=p,
        recall=r,
        f1=f,
        period=agree("period", lambda x, y: (x or None) == (y or None)),
        qualifier=agree("qualifier", lambda x, y: (x or "exact") == (y or "exact")),
        actor=agree("actor", lambda x, y: (not x and not y) or bool(set(x or []) & set(y or []))),
        source=agree("source", lambda x, y: (x or None) == (y or None)),
        evidence_bad=bad,
        per_metric=dict(per_metric),
        misses=misses,
        extras=extras,
        period_diffs=[(g, c) for g, c in pairs if (g.get("period") or None) != (c.get("period") or None)],
    )


def corpus_texts(path: str | Path) -> dict[str, str]:
    """Document texts of a corpus, as marsad reads them."""
    from marsad.corpus import read_corpus
    from marsad.model import Document

    return {d.id: d.text for d in read_corpus(path) if isinstance(d, Document)}


def score_files(gold: str | Path, pred: str | Path, corpus: str | Path | None = None) -> Score:
    texts = corpus_texts(corpus) if corpus else None
    return score(load_jsonl(gold), load_jsonl(pred), texts)
