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

import bisect
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from marsad.consolidate.compare import (
    actors_compatible,
    interval,
    period_relation,
    periods_compatible,
    values_agree,
)
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
                # and the actors: every field linkage compares is in the key, so claims with the
                # same key always join the same fact and no two facts share an id (one article
                # giving a figure for two incompatible sides made two facts with one id)
                sorted(r.claim.actor or []),
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
    """Facts of the claims: complete linkage, greedily, in a fixed order, within each metric and country set.

    A claim joins the first fact (in the order facts were founded) every
    member of which it is compatible with, or founds a new one. Checking a
    claim against every member of every fact costs claims × members; this
    gives the same facts in time that grows with the claims (see
    ``_Linker``).
    """
    groups: dict[tuple[str, tuple[str, ...]], list[ClaimRef]] = defaultdict(list)
    for r in refs:
        groups[(r.claim.metric, tuple(sorted(r.claim.countries)))].append(r)
    facts: list[Fact] = []
    for (metric, countries), members in sorted(groups.items()):
        # Exact statements first, so a rounded figure joins the fact its exact value founded.
        members.sort(key=lambda r: (r.claim.qualifier != "exact", r.doc, r.id))
        linker = _Linker()
        for r in members:
            linker.add(r)
        facts.extend(_finish(metric, list(countries), m) for m in linker.facts)
    facts.sort(key=lambda f: (f.metric, f.countries, f.period.start if f.period else date.min, f.value))
    return facts


_LENGTHS = (1, 7, 31, 92, 366, 3660, 10**6)  # period length classes, in days (the last holds any)


def _days_before(day: date, days: int) -> date:
    try:
        return day - timedelta(days=days)
    except OverflowError:
        return date.min


def _period(key: tuple | None) -> Period | None:
    return Period(*key) if key else None


class _Open:
    """A fact being built: its members, the values they all allow, and their distinct period and actor sets."""

    __slots__ = ("founder", "hi", "lo", "members", "profiles")

    def __init__(self, r: ClaimRef, lo: float, hi: float, profile: tuple) -> None:
        self.members = [r]
        self.lo, self.hi = lo, hi
        self.profiles = {profile}
        self.founder = profile[0]  # the first member's period: every later member's nests with it


class _Linker:
    """Complete linkage without comparing a claim to every member of every fact.

    Compatibility is three tests, and each is answered for a whole fact at once:

    - values: a claim's interval meets every member's interval exactly when
      it meets their intersection (a claim below some member's upper end and
      above some member's lower end for each member is below the least upper
      end and above the greatest lower end), so a fact keeps ``lo``/``hi``;
    - periods and actors depend only on a claim's (period, actors) profile,
      so a fact keeps its members' distinct profiles (a figure relayed by a
      hundred articles is one profile), and profile pairs are cached.

    Candidate facts are found by value, then by the period of the claim that
    founded them (a claim can join a fact only if its period nests with the
    founder's): facts whose values all agree on one number (every fact
    founded by an exact figure) are indexed by that number and founder
    period, the others (founded by a rounded or open figure) are few and are
    scanned. The candidates are tried in the order the facts were founded,
    as before.
    """

    def __init__(self) -> None:
        self.facts: list[list[ClaimRef]] = []
        self._open: list[_Open] = []
        self._points: dict[float, dict[tuple | None, list[int]]] = {}
        self._values: list[float] = []  # sorted keys of _points
        self._wide: list[int] = []
        self._pairs: dict[tuple[tuple, tuple], bool] = {}
        self._founders: dict[float, dict[int, list[tuple]]] = {}  # value → length class → sorted founder periods

    def _fits(self, profile: tuple, other: tuple) -> bool:
        key = (profile, other)
        ok = self._pairs.get(key)
        if ok is None:
            ok = periods_compatible(_period(profile[0]), _period(other[0])) and actors_compatible(profile[1], other[1])
            self._pairs[key] = ok
        return ok

    def add(self, r: ClaimRef) -> None:
        c = r.claim
        lo, hi = interval(c.value, c.qualifier)
        profile = ((c.period.start, c.period.end) if c.period else None, tuple(c.actor))
        candidates: list[int] = []
        if lo == hi:
            self._point_candidates(lo, profile[0], candidates)
        else:
            i, j = bisect.bisect_left(self._values, lo), bisect.bisect_right(self._values, hi)
            for v in self._values[i:j]:
                self._point_candidates(v, profile[0], candidates)
        candidates.extend(k for k in self._wide if self._open[k].lo <= hi and lo <= self._open[k].hi)
        if len(candidates) > 1:
            candidates.sort()
        for k in candidates:
            fact = self._open[k]
            if all(self._fits(profile, p) for p in fact.profiles):
                fact.members.append(r)
                fact.profiles.add(profile)
                self._narrow(k, max(fact.lo, lo), min(fact.hi, hi))
                return
        k = len(self._open)
        self._open.append(_Open(r, lo, hi, profile))
        self.facts.append(self._open[k].members)
        if lo == hi:
            self._index_point(k, lo)
        else:
            self._wide.append(k)

    def _point_candidates(self, v: float, period: tuple | None, out: list[int]) -> None:
        """Facts pinned to ``v`` whose founder's period nests with ``period`` (or both have none)."""
        by_period = self._points.get(v)
        if not by_period:
            return
        if period is None:
            out.extend(by_period.get(None, ()))
            return
        for founder in self._nesting(v, period):
            out.extend(by_period[founder])

    def _nesting(self, v: float, period: tuple) -> set[tuple]:
        """Founder periods at ``v`` within ``period`` or containing it, from start dates sorted per length class.

        A period of at most L days that contains ``period`` starts no earlier
        than L days before its end, so each class is searched in a window.
        """
        start, end = period
        found: set[tuple] = set()
        for limit, rows in self._founders.get(v, {}).items():
            # within: starts inside the period, ends before its end
            i, j = bisect.bisect_left(rows, (start,)), bisect.bisect_right(rows, (end, date.max))
            found.update(q for q in rows[i:j] if q[1] <= end)
            # containing: starts before it (by at most the class's length), ends after its end
            earliest = _days_before(end, limit)
            i, j = bisect.bisect_left(rows, (earliest,)), bisect.bisect_right(rows, (start, date.max))
            found.update(q for q in rows[i:j] if q[1] >= end)
        return found

    def _narrow(self, k: int, lo: float, hi: float) -> None:
        fact = self._open[k]
        was_point = fact.lo == fact.hi
        fact.lo, fact.hi = lo, hi
        if not was_point and lo == hi:  # a rounded fact that an exact figure pinned down
            self._wide.remove(k)
            self._index_point(k, lo)

    def _index_point(self, k: int, v: float) -> None:
        if v not in self._points:
            bisect.insort(self._values, v)
            self._points[v] = {}
        founder = self._open[k].founder
        if founder not in self._points[v]:
            self._points[v][founder] = []
            if founder is not None:
                limit = next(x for x in _LENGTHS if (founder[1] - founder[0]).days <= x)
                bisect.insort(self._founders.setdefault(v, {}).setdefault(limit, []), founder)
        bisect.insort(self._points[v][founder], k)


def nested(a: Period | None, b: Period | None) -> bool:
    return period_relation(a, b) in ("contains", "within")
