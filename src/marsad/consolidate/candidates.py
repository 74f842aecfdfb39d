"""Which claims can pair, per kind of finding: the indexes that spare the findings every pair.

Each finding kind compares claims that share some slots and differ in one
(see ``findings``). Testing every pair of a metric and country group costs
its size squared; here each kind gets the claims it could pair with a claim
from an index on the slots it needs, and dense relations are joined without
listing their pairs (``linking``):

- contradictions: period buckets of a group; nested periods by sorted
  start; the other figures an article gives for a period; figures whose
  value ranges do not meet, by bisection per actor set (and publication
  day, period, source);
- arithmetic: single-country figures by metric, country, period and source;
- drifts: one figure's claims by country set, period and body.

Every function here returns a superset of the pairs the all-pairs code
would name (or unions spanning the same components), so the findings stay
those of every pair; ``tests/consolidate/test_findings_scale.py`` holds that.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from marsad.consolidate.compare import (
    actors_compatible,
    interval,
    period_relation,
    sources_related,
    values_agree,
)
from marsad.consolidate.facts import ClaimRef
from marsad.consolidate.linking import ABOVE, BELOW, EITHER, classes, link_apart, nested, overlapping
from marsad.model import Period


def period_key(p: Period | None) -> tuple:
    return (p.start, p.end) if p else ()


def _doc(r: ClaimRef) -> str:
    return r.claim.doc


def cluster(r: ClaimRef) -> str:
    return r.cluster


def _published_day(r: ClaimRef) -> int:
    return r.published.toordinal() if r.published else 0


class ContradictionLinks:
    """Unions spanning the same components as one union per contradicting pair of one group.

    Two figures clash when their value ranges do not meet and their actors are
    compatible; clashing claims are found by bisection in value-sorted lists
    per actor set (``linking.link_apart``), never pair by pair. Equal periods:
    clashing claims of different articles; undated figures: the same, for
    articles published within ``window`` days (lists per actor set and
    publication day). Nested periods: claims of two articles that give one
    other figure for the two periods (indexed by that figure), and claims
    whose longer period has the smaller figure, from related sources.
    """

    def __init__(self, group: Sequence[ClaimRef], union: Callable[[ClaimRef, ClaimRef], None], window: int) -> None:
        self.union = union
        self.window = window
        self.ends = {id(r): interval(r.claim.value, r.claim.qualifier) for r in group}
        interned: dict[tuple, tuple] = {}
        self.actors = {id(r): interned.setdefault(a, a) for r in group for a in [tuple(sorted(set(r.claim.actor)))]}
        self.actor_sets = list(interned)
        self.days = sorted({_published_day(r) for r in group if r.claim.period is None and r.published})
        self._compatible: dict[tuple, list[tuple[tuple, int]]] = {}
        self._related: dict[tuple, list[tuple[tuple, int]]] = {}
        self._bodies: dict[tuple, bool] = {}

    def _ends(self, r: ClaimRef) -> tuple[float, float]:
        return self.ends[id(r)]

    def _actor_set(self, r: ClaimRef) -> tuple:
        return self.actors[id(r)]

    def compatible(self, actors: tuple, _side: int = 0) -> list[tuple[tuple, int]]:
        """The group's actor sets compatible with ``actors``, whose figures clash either way."""
        found = self._compatible.get(actors)
        if found is None:
            found = self._compatible[actors] = [(a, EITHER) for a in self.actor_sets if actors_compatible(actors, a)]
        return found

    def _by_day(self, r: ClaimRef) -> tuple:
        return (self.actors[id(r)], _published_day(r))

    def _near_days(self, key: tuple, _side: int) -> Iterator[tuple[tuple, int]]:
        actors, day = key
        i = bisect.bisect_left(self.days, day - self.window)
        j = bisect.bisect_right(self.days, day + self.window)
        for other, how in self.compatible(actors):
            for d in self.days[i:j]:
                yield (other, d), how

    def _sourced_key(self, r: ClaimRef) -> tuple:
        return (self.actors[id(r)], r.claim.source, period_key(r.claim.period))

    def _nested_bodies(self, key: tuple, _side: int) -> list[tuple[tuple, int]]:
        """Keys of the same body, or a related one, over a period nested with this one, and only those whose
        figures can be above (when this period is the longer) or below (the shorter) one of this key's."""
        found = self._related.get(key)
        if found is None:
            actors, source, period = key
            lo, hi = self.spread[key]
            found = self._related[key] = []
            for other_period, longer in self.nested_with.get(period, ()):
                for a, s in self.bodies_at[other_period]:
                    other = (a, s, other_period)
                    other_lo, other_hi = self.spread[other]
                    if (other_lo > hi if longer else other_hi < lo) and self._one_body((actors, source), (a, s)):
                        found.append((other, ABOVE if longer else BELOW))
        return found

    def _one_body(self, x: tuple, y: tuple) -> bool:
        hit = self._bodies.get((x, y))
        if hit is None:
            hit = self._bodies[(x, y)] = sources_related(x[1], y[1]) and actors_compatible(x[0], y[0])
        return hit

    def within(self, bucket: Sequence[ClaimRef]) -> None:
        link_apart(bucket, None, self._ends, self._actor_set, self.compatible, _doc, self.union)

    def undated(self, bucket: Sequence[ClaimRef]) -> None:
        """Undated figures are "as of" their publication: only articles published within the window compare."""
        dated = [r for r in bucket if r.published]
        link_apart(dated, None, self._ends, self._by_day, self._near_days, _doc, self.union)

    def relayed(self, at: dict[tuple, list[ClaimRef]]) -> None:
        """Clashing claims over nested periods (``at``: by period) of articles that give one other figure for them."""
        inside: dict[tuple, list[tuple]] = defaultdict(list)
        for big, small in nested(at):
            inside[big].append(small)
            inside[small].append(big)
        if not inside:
            return
        actors_at = {k: {self.actors[id(r)] for r in at[k]} for k in inside}

        def neighbours(key: tuple, _side: int) -> Iterator[tuple[tuple, int]]:
            actors, period = key
            for other in inside[period]:
                for a, how in self.compatible(actors):
                    if a in actors_at[other]:
                        yield (a, other), how

        claims = [r for k in inside for r in at[k]]
        link_apart(claims, None, self._ends, self._actor_and_period, neighbours, _doc, self.union)

    def _actor_and_period(self, r: ClaimRef) -> tuple:
        return (self.actors[id(r)], period_key(r.claim.period))

    def impossible(self, group: Sequence[ClaimRef], pairs: list[tuple[tuple, tuple]]) -> None:
        """The longer period holds fewer than the shorter one inside it, by one body (``pairs``: longer, shorter)."""
        self.nested_with: dict[tuple, list[tuple[tuple, bool]]] = defaultdict(list)
        for big, small in pairs:
            self.nested_with[big].append((small, True))  # seen from the longer period, the partner is shorter
            self.nested_with[small].append((big, False))
        sourced = [r for r in group if r.claim.source and r.claim.period is not None]
        # per key, the greatest lower and the least upper end of its figures: a key none of whose figures
        # can be above (or below) another key's is no neighbour of it
        self.spread: dict[tuple, tuple[float, float]] = {}
        self.bodies_at: dict[tuple, list[tuple]] = defaultdict(list)
        for r in sourced:
            k = self._sourced_key(r)
            lo, hi = self.ends[id(r)]
            if k in self.spread:
                old_lo, old_hi = self.spread[k]
                self.spread[k] = (max(old_lo, lo), min(old_hi, hi))
            else:
                self.spread[k] = (lo, hi)
                self.bodies_at[k[2]].append(k[:2])
        link_apart(sourced, None, self._ends, self._sourced_key, self._nested_bodies, _doc, self.union)

    def link(
        self,
        group: Sequence[ClaimRef],
        own: tuple[str, tuple[str, ...]],
        by_period: dict[tuple, list[ClaimRef]],
        pairs: list[tuple[tuple, tuple]],
        figures: Mapping[str, Sequence[tuple]],
    ) -> None:
        """``figures``: every figure each article gives, as (metric, countries, value, period key)."""
        for k, bucket in by_period.items():
            if k:
                self.within(bucket)
            else:
                self.undated(bucket)
        # claims by the other figures their article gives for the same period
        holders: dict[tuple, dict[tuple, list[ClaimRef]]] = defaultdict(lambda: defaultdict(list))
        stated: dict[tuple, set[tuple]] = {}
        for r in group:
            k = period_key(r.claim.period)
            if k:
                found = stated.get((r.doc, k))
                if found is None:
                    found = stated[(r.doc, k)] = {(m, c, v) for m, c, v, p in figures[r.doc] if p == k}
                for figure in found:
                    if figure[:2] != own:
                        holders[figure][k].append(r)
        for at in holders.values():
            if len(at) > 1:
                self.relayed(at)
        if pairs:
            self.impossible(group, pairs)


class PartsIndex:
    """Single-country figures that name a source, by metric, country, period and source, each list in id order.

    A total's parts across articles are the figures of its metric, period and
    countries from related sources; only the first ``limit`` of
    each country in choice order (the total's own article first, then by id)
    are needed, because the first ``limit`` combinations never reach further
    into any list.
    """

    def __init__(self, refs: Iterable[ClaimRef], limit: int) -> None:
        self.limit = limit
        rows: dict[tuple, dict[str, list[ClaimRef]]] = defaultdict(lambda: defaultdict(list))
        for r in refs:
            c = r.claim
            if len(c.countries) == 1 and c.period is not None and c.source:
                rows[(c.metric, c.countries[0], period_key(c.period))][c.source].append(r)
        for by_source in rows.values():
            for found in by_source.values():
                found.sort(key=lambda r: r.id)
        self.rows = rows
        # first candidates from every article, by (metric, country, period, source, value, qualifier)
        self._first: dict[tuple, tuple[list[ClaimRef], bool]] = {}

    def _others(self, total: ClaimRef, country: str, limit: int) -> list[ClaimRef]:
        """Up to ``limit`` parts from other articles than the total's, in id order."""
        t = total.claim
        key = (t.metric, country, period_key(t.period), t.source, t.value, t.qualifier)
        cached = self._first.get(key)
        if cached is None:
            cached = self._first[key] = self._scan(key, None, 2 * self.limit)
        found, complete = cached
        others = [r for r in found if r.doc != total.doc]
        if len(others) >= limit or complete:
            return others[:limit]
        return self._scan(key, total.doc, limit)[0]

    def _scan(self, key: tuple, skip_doc: str | None, limit: int) -> tuple[list[ClaimRef], bool]:
        metric, country, period, source, value, qualifier = key
        by_source = self.rows.get((metric, country, period), {})
        lists = [found for s, found in by_source.items() if sources_related(s, source)]
        out = []
        for r in heapq.merge(*lists, key=lambda r: r.id):
            # another article's figure equal to the total is the total given to one country
            if r.doc != skip_doc and not values_agree((r.claim.value, r.claim.qualifier), (value, qualifier)):
                out.append(r)
                if len(out) == limit:
                    return out, False
        return out, True

    def parts(self, total: ClaimRef, own_doc: Sequence[ClaimRef]) -> dict[str, list[ClaimRef]] | None:
        """``findings._parts(total, every ref from a related source)``, each list cut as said above."""
        t = total.claim
        out = {}
        for country in set(t.countries):
            own = sorted(
                (
                    r
                    for r in own_doc
                    if r.id != total.id
                    and r.claim.metric == t.metric
                    and r.claim.countries == [country]
                    and period_relation(r.claim.period, t.period) == "equal"
                    and sources_related(r.claim.source, t.source)
                ),
                key=lambda r: r.id,
            )[: self.limit]
            found = own + self._others(total, country, self.limit - len(own))
            if not found:
                return None
            out[country] = found
        return out


def _body_class(r: ClaimRef) -> tuple:
    c = r.claim
    return (c.source, c.qualifier, tuple(c.actor))


def drift_candidates(group: Sequence[ClaimRef], min_value: int) -> Iterator[tuple[ClaimRef, ClaimRef]]:
    """Pairs of one figure's claims that can drift: every pair ``findings._drift_kind`` names, and few others.

    Claims are bucketed by country set and period; within and between buckets
    by source, qualifier and actors. A period drift needs one country set,
    overlapping unequal periods and one body; a country drift one period, a
    country set inside the other, one qualifier and one body; a source drift
    one bucket, one qualifier and two unrelated bodies.
    """
    buckets = classes((r for r in group if r.claim.period is not None),
                      lambda r: (frozenset(r.claim.countries), period_key(r.claim.period)))
    by_countries: dict[frozenset, list[tuple]] = defaultdict(list)
    by_period: dict[tuple, list[frozenset]] = defaultdict(list)
    bodies = {key: classes(bucket, _body_class) for key, bucket in buckets.items()}
    for countries, k in buckets:
        by_countries[countries].append(k)
        by_period[k].append(countries)

    def across(x: tuple, y: tuple, related: Callable[[tuple, tuple], bool]) -> Iterator[tuple[ClaimRef, ClaimRef]]:
        for p, xs in bodies[x].items():
            for q, ys in bodies[y].items():
                if related(p, q):
                    for a in xs:
                        for b in ys:
                            if a.cluster != b.cluster:
                                yield a, b

    def one_body(p: tuple, q: tuple) -> bool:
        return not p[0] or not q[0] or sources_related(p[0], q[0])

    for countries, periods in by_countries.items():
        for k1, k2 in overlapping(periods):
            yield from across((countries, k1), (countries, k2), one_body)
    if max(r.claim.value for r in group) < min_value:
        return
    for k, sets in by_period.items():
        for ka, kb in itertools.combinations(sets, 2):
            if ka and kb and (ka < kb or kb < ka):
                yield from across((ka, k), (kb, k), lambda p, q: p[1] == q[1] and one_body(p, q))
        for countries in sets:
            for (p, xs), (q, ys) in itertools.combinations(bodies[(countries, k)].items(), 2):
                if p[1] == q[1] and not one_body(p, q):
                    for a in xs:
                        for b in ys:
                            if a.cluster != b.cluster:
                                yield a, b
