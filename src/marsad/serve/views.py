"""What the API's fact answer and the dashboard's pages show, assembled from the store's queries."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine

from marsad.model import Finding
from marsad.report.gather import Quote, quote
from marsad.store import db as store


def split_claim_id(claim_id: str) -> tuple[str, int | None]:
    doc, _, n = claim_id.rpartition("#")
    return (doc, int(n)) if doc and n.isdigit() else (claim_id, None)


@dataclass(slots=True)
class Version:
    """One outlet's statement of a figure: a claim with its document's outlet, date and title."""

    claim_id: str
    doc: str
    ordinal: int | None
    fact_id: str
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None
    evidence: dict[str, Any]
    quote: Quote

    def to_dict(self) -> dict[str, Any]:
        e = self.evidence
        return {
            "claim_id": self.claim_id,
            "doc": self.doc,
            "ordinal": self.ordinal,
            "fact_id": self.fact_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "url": self.url,
            "value": e.get("value"),
            "qualifier": e.get("qualifier", "exact"),
            "period": e.get("period"),
            "countries": e.get("countries") or [],
            "source": e.get("source"),
            "actor": e.get("actor") or [],
            "evidence": self.quote.text,
            "number": self.quote.number,
            "span": e.get("span"),
            "number_span": e.get("number_span"),
        }


@dataclass(slots=True)
class Ledger:
    """The figure ledger: one fact, every outlet's version, the findings and the figures they oppose it to."""

    fact: Any  # StoredFact
    versions: list[Version]
    findings: list[Finding]
    related: list[Any] = field(default_factory=list)  # the other facts its findings name
    others: list[Version] = field(default_factory=list)  # their versions

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.fact.to_dict(),
            "versions": [v.to_dict() for v in self.versions],
            "findings": [f.to_dict() for f in self.findings],
            "related": [
                {**f.to_dict(), "versions": [v.to_dict() for v in self.others if v.fact_id == f.id]}
                for f in self.related
            ],
        }


def _versions(engine: Engine, facts: list[Any]) -> list[Version]:
    ids = {e["doc"] for f in facts for e in f.evidence}
    docs = store.documents(engine, ids)
    texts = {i: r.text for i, r in docs.items()}
    out = []
    for f in facts:
        for e in f.evidence:
            doc = docs.get(e["doc"])
            claim_id = e.get("claim_id") or ""
            _, ordinal = split_claim_id(claim_id)
            out.append(
                Version(
                    claim_id=claim_id,
                    doc=e["doc"],
                    ordinal=ordinal,
                    fact_id=f.id,
                    outlet=(doc.source if doc is not None else None),
                    published=(doc.published if doc is not None else None),
                    title=(doc.title if doc is not None else None),
                    url=(doc.url if doc is not None else None),
                    evidence=e,
                    quote=quote(e, texts),
                )
            )
    out.sort(key=lambda v: (v.published or date.max, v.outlet or "", v.doc, v.ordinal or 0))
    return out


def ledger(engine: Engine, fact_id: str) -> Ledger | None:
    fact = store.get_fact(engine, fact_id)
    if fact is None:
        return None
    findings = store.query_findings(engine, fact=fact_id)
    related_ids = sorted({i for x in findings for i in x.fact_ids if i != fact_id})
    related = [r for r in (store.get_fact(engine, i) for i in related_ids) if r is not None]
    return Ledger(fact, _versions(engine, [fact]), findings, related, _versions(engine, related))


@dataclass(slots=True)
class Segment:
    """A run of an article's text: plain, or the number of one of its claims; inside the shown claim or not."""

    text: str
    claim: int | None = None  # the ordinal of the claim whose number this is
    current: bool = False


def marked_article(text: str, claims: list[store.StoredClaim], current: int | None = None) -> list[Segment]:
    """The whole article cut so that every claim's number is marked and the shown claim's sentence stands out."""
    numbers: list[tuple[int, int, int]] = []
    for c in claims:
        ns = c.claim.number_span
        if ns and 0 <= ns.start < ns.end <= len(text):
            numbers.append((ns.start, ns.end, c.ordinal))
    numbers.sort()
    kept: list[tuple[int, int, int]] = []
    for s, e, o in numbers:  # one number may carry several claims: the first marks it
        if not kept or s >= kept[-1][1]:
            kept.append((s, e, o))
    span = None
    for c in claims:
        if c.ordinal == current and c.claim.span and 0 <= c.claim.span.start <= c.claim.span.end <= len(text):
            span = (c.claim.span.start, c.claim.span.end)
    cuts = {0, len(text)}
    for s, e, _ in kept:
        cuts |= {s, e}
    if span:
        cuts |= set(span)
    bounds = sorted(cuts)
    owner = {s: o for s, _, o in kept}
    ends = {s: e for s, e, _ in kept}
    out = []
    for a, b in itertools.pairwise(bounds):
        if a == b:
            continue
        claim = next((owner[s] for s in owner if s <= a and b <= ends[s]), None)
        out.append(Segment(text[a:b], claim, bool(span and span[0] <= a and b <= span[1])))
    return out


def claim_quote(c: store.StoredClaim, text: str | None) -> Quote:
    """A claim's evidence sentence cut around its number (from the article when the spans hold)."""
    e = {
        "doc": c.doc,
        "value": int(c.claim.value),
        "text": c.claim.evidence,
        "metric": c.claim.metric,
        "qualifier": c.claim.qualifier,
        "countries": c.claim.countries,
        "period": c.claim.period.to_dict() if c.claim.period else None,
        "source": c.claim.source,
    }
    if c.claim.span:
        e["span"] = [c.claim.span.start, c.claim.span.end]
    if c.claim.number_span:
        e["number_span"] = [c.claim.number_span.start, c.claim.number_span.end]
    return quote(e, {c.doc: text} if text else {})
