"""Facts: the claims of different articles that state the same figure.

Claims are grouped by metric and country set; within a group a claim joins
a fact when it is compatible with every claim already in it (complete
linkage, so "about 2500" and "2700" and "2950" do not chain into one fact):
values agree within their qualifiers, periods are equal or one contains the
other (noted on the fact as ``contains``), actors overlap or are related.
Corroboration counts outlets, not articles: near-duplicate copies count
once, and two articles from the same named outlet count once.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.consolidate.compare import actors_compatible, period_relation, periods_compatible, values_agree
from marsad.model import Claim, Period


@dataclass(slots=True)
class ClaimRef:
    """A stored claim with what consolidation needs to know about its document."""

    id: str  # "<doc>#<ordinal>": stable across stores and input orders, unlike a row id
    claim: Claim
    cluster: str  # the representative document of its near-duplicate cluster
    outlet: str  # the document's named outlet, or its cluster when none is named
    published: date | None = None

    @property
    def doc(self) -> str:
        return self.claim.doc

    def evidence(self) -> dict[str, Any]:
        c = self.claim
        d: dict[str, Any] = {
            "claim_id": self.id,
            "doc": c.doc,
            "outlet": self.outlet,
            "metric": c.metric,
            "value": int(c.value),
            "qualifier": c.qualifier,
            "countries": sorted(c.countries),
            "period": c.period.to_dict() if c.period else None,
            "actor": list(c.actor),
            "source": c.source,
            "text": c.evidence,
        }
        if c.span:
            d["span"] = [c.span.start, c.span.end]
        if c.number_span:
            d["number_span"] = [c.number_span.start, c.number_span.end]
            if c.span and c.span.start <= c.number_span.start and c.number_span.end <= c.span.end:
                # The number's place inside the evidence sentence, for highlighting.
                d["mark"] = [c.number_span.start - c.span.start, c.number_span.end - c.span.start]
        return d


@dataclass(slots=True)
class Fact:
    id: str
    metric: str
    countries: list[str]
    period: Period | None
    value: int
    qualifier: str
    claims: list[ClaimRef] = field(default_factory=list)
    period_relation: str = "equal"  # or "contains": the claims' periods are nested, not equal

    @property
    def docs(self) -> list[str]:
        return sorted({r.doc for r in self.claims})

    @property
    def clusters(self) -> list[str]:
        return sorted({r.cluster for r in self.claims})

    @property
    def outlets(self) -> list[str]:
        return sorted({r.outlet for r in self.claims})

    @property
    def sources(self) -> list[str]:
        return sorted({r.claim.source for r in self.claims if r.claim.source})

    @property
    def corroboration(self) -> int:
        return len(self.outlets)

    @property
    def values(self) -> list[int]:
        return sorted({int(r.claim.value) for r in self.claims})

    @property
    def periods(self) -> list[Period | None]:
        seen: dict[tuple, Period | None] = {}
        for r in self.claims:
            p = r.claim.period
            seen.setdefault((p.start, p.end) if p else (), p)
        return list(seen.values())

    @property
    def actor(self) -> list[str]:
        return sorted({a for r in self.claims for a in r.claim.actor})

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "metric": self.metric,
            "countries": list(self.countries),
            "period": self.period.to_dict() if self.period else None,
            "period_relation": self.period_relation,
            "periods": [p.to_dict() if p else None for p in self.periods],
            "value": self.value,
            "qualifier": self.qualifier,
            "values": self.values,
            "actor": self.actor,
            "docs": self.docs,
            "outlets": self.outlets,
            "sources": self.sources,
            "corroboration": self.corroboration,
            "claim_ids": [r.id for r in self.claims],
            "evidence": [r.evidence() for r in self.claims],
        }


def _compatible(a: ClaimRef, b: ClaimRef) -> bool:
    ca, cb = a.claim, b.claim
    return (
        periods_compatible(ca.period, cb.period)
        and actors_compatible(ca.actor, cb.actor)
        and values_agree((ca.value, ca.qualifier), (cb.value, cb.qualifier))
    )


def _fact_id(metric: str, countries: list[str], members: list[ClaimRef]) -> str:
    key = [
        metric,
        countries,
        *sorted(
            [
                r.doc,
                int(r.claim.value),
                r.claim.qualifier,
                # a period as two strings: a dict does not sort, and None beside a period neither
                [r.claim.period.start.isoformat(), r.claim.period.end.isoformat()] if r.claim.period else ["", ""],
            ]
            for r in members
        ),
    ]
    return "F" + hashlib.sha1(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()[:12]


def _finish(metric: str, countries: list[str], members: list[ClaimRef]) -> Fact:
    # The fact's value: an exact statement beats a rounded one; then the most repeated.
    exact = [r for r in members if r.claim.qualifier == "exact"] or members
    value, _ = Counter(int(r.claim.value) for r in exact).most_common(1)[0]
    qualifier = next(r.claim.qualifier for r in exact if int(r.claim.value) == value)
    # Its period: the one most claims state; on a tie the narrower one.
    counts = Counter((r.claim.period.start, r.claim.period.end) if r.claim.period else None for r in members)
    best = min(counts, key=lambda k: (-counts[k], (k[1] - k[0]).days if k else 0))
    period = Period(*best) if best else None
    relation = "equal" if len(counts) == 1 else "contains"
    return Fact(
        _fact_id(metric, countries, members), metric, countries, period, value, qualifier, members, relation
    )


def build_facts(refs: Iterable[ClaimRef]) -> list[Fact]:
    groups: dict[tuple[str, tuple[str, ...]], list[ClaimRef]] = defaultdict(list)
    for r in refs:
        groups[(r.claim.metric, tuple(sorted(r.claim.countries)))].append(r)
    facts: list[Fact] = []
    for (metric, countries), members in sorted(groups.items()):
        # Exact statements first, so a rounded figure joins the fact its exact value founded.
        members.sort(key=lambda r: (r.claim.qualifier != "exact", r.doc, r.id))
        pending: list[list[ClaimRef]] = []
        for r in members:
            for fact in pending:
                if all(_compatible(r, m) for m in fact):
                    fact.append(r)
                    break
            else:
                pending.append([r])
        facts.extend(_finish(metric, list(countries), m) for m in pending)
    facts.sort(key=lambda f: (f.metric, f.countries, f.period.start if f.period else date.min, f.value))
    return facts


def nested(a: Period | None, b: Period | None) -> bool:
    return period_relation(a, b) in ("contains", "within")
