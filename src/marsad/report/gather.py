"""What the report shows, read from the store once.

Evidence is re-cut from the stored document text whenever the claim kept its
spans, so the report quotes the article exactly and highlights the number
where it stands; a claim without spans falls back to its stored sentence and
to the first occurrence of its value in it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine

from marsad.consolidate import list_facts, list_findings
from marsad.consolidate.record import StoredFact, duplicates
from marsad.model import Finding
from marsad.report.places import Point, points
from marsad.store import db as store
from marsad.text.normalize import normalize

KIND_ORDER = (
    "contradiction",
    "arithmetic",
    "metric_confusion",
    "country_drift",
    "source_drift",
    "period_drift",
    "single_source",
)


@dataclass(slots=True)
class Quote:
    """An evidence sentence split around its number."""

    before: str
    number: str
    after: str
    doc: str
    meta: dict[str, Any]

    @property
    def text(self) -> str:
        return self.before + self.number + self.after


@dataclass(slots=True)
class ReportData:
    facts: list[StoredFact]
    findings: dict[str, list[Finding]]
    quotes: dict[int, list[Quote]]  # by index into all_findings
    all_findings: list[Finding]
    points: list[Point]
    documents: int
    claims: int
    duplicates: dict[str, str]
    titles: dict[str, str] = field(default_factory=dict)
    generated: date = field(default_factory=date.today)


def _find_number(sentence: str, value: int) -> tuple[int, int] | None:
    n = normalize(sentence)
    m = re.search(rf"(?<![\d.,]){value}(?![\d])", n.text) or re.search(
        rf"(?<!\d){'[,.]?'.join(str(value))}(?!\d)", n.text
    )
    return n.span(m.start(), m.end()) if m else None


def quote(e: dict[str, Any], texts: dict[str, str]) -> Quote:
    text = texts.get(e["doc"], "")
    span, num = e.get("span"), e.get("number_span")
    if text and span and span[1] <= len(text):
        sentence = text[span[0] : span[1]]
        mark = (
            (num[0] - span[0], num[1] - span[0]) if num and span[0] <= num[0] <= num[1] <= span[1] else None
        )
    else:
        sentence = e.get("text") or ""
        mark = tuple(e["mark"]) if e.get("mark") else None
    if mark is None or not (0 <= mark[0] <= mark[1] <= len(sentence)):
        mark = _find_number(sentence, int(e["value"]))
    if mark is None:
        return Quote(sentence, "", "", e["doc"], e)
    return Quote(sentence[: mark[0]], sentence[mark[0] : mark[1]], sentence[mark[1] :], e["doc"], e)


def gather(engine: Engine) -> ReportData:
    facts = list_facts(engine)
    found = list_findings(engine)
    docs = store.documents(engine)
    texts = {i: r.text for i, r in docs.items()}
    claims = store.query_claims(engine)
    by_kind: dict[str, list[Finding]] = defaultdict(list)
    for f in found:
        by_kind[f.kind].append(f)
    ordered = {k: by_kind[k] for k in KIND_ORDER if by_kind.get(k)}
    quotes = {i: [quote(e, texts) for e in f.evidence] for i, f in enumerate(found)}
    return ReportData(
        facts=facts,
        findings=ordered,
        quotes=quotes,
        all_findings=found,
        points=points(claims),
        documents=len(docs),
        claims=len(claims),
        duplicates=duplicates(engine),
        titles={i: r.title for i, r in docs.items() if r.title},
    )
