"""Which claims can pair, per kind of finding: the indexes that spare the findings every pair.

Each finding kind compares claims that share some slots and differ in one
(see ``findings``). Testing every pair of a metric and country group costs
its size squared; here each kind gets the claims it could pair with a claim
from an index on the slots it needs, and a dense relation between whole
classes of claims is joined as such (``linking``):

- contradictions: period buckets of a group; nested periods by sorted
  start; the other figures an article gives for a period; profiles (value,
  qualifier, actors, source) whose figures clash;
- arithmetic: single-country figures by metric, country, period and source;
- drifts: one figure's claims by country set, period and body.

Every function here returns a superset of the pairs the all-pairs code
would name (or unions spanning the same components), so the findings stay
those of every pair; ``tests/consolidate/test_findings_scale.py`` holds that.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from marsad.consolidate.compare import (
    actors_compatible,
    interval,
    period_relation,
    sources_related,
    values_agree,
)
from marsad.consolidate.facts import ClaimRef
from marsad.consolidate.linking import classes, link_across, link_across_window, nested, overlapping
from marsad.model import Period


def period_key(p: Period | None) -> tuple:
    return (p.start, p.end) if p else ()


def _doc(r: ClaimRef) -> str:
    return r.claim.doc


def cluster(r: ClaimRef) -> str:
    return r.cluster


def _profile(r: ClaimRef) -> tuple:
    """All that decides whether two figures of one group clash but their articles and periods, and the source."""
    c = r.claim
    return (c.value, c.qualifier, tuple(sorted(set(c.actor))), c.source)


def _clash(p: tuple, q: tuple) -> bool:
    return not values_agree(p[:2], q[:2]) and actors_compatible(p[2], q[2])


def _published_day(r: ClaimRef) -> int:
    return r.published.toordinal() if r.published else 0


class ContradictionLinks:
    """Unions spanning the same components as one union per contradicting pair of one group.

    Equal periods and undated figures: every pair of clashing profiles, its
    claims joined across articles (undated ones published within
    ``window`` days). Nested periods: claims of two articles that give
    one other figure for the two periods (indexed by that figure), and claims
    whose longer period has the smaller figure, from related sources.
    """

    def __init__(self, group: Sequence[ClaimRef], union: Callable[[ClaimRef, ClaimRef], None], window: int) -> None:
        self.union = union
        self.window = window
        self._profiles: dict[tuple, tuple] = {}
        self.profile = {id(r): self._intern(_profile(r)) for r in group}
        self._clash: dict[tuple[tuple, tuple], bool] = {}
        self._by_source: dict[int, tuple[float, float, list[tuple[tuple, list[ClaimRef]]]]] = {}

    def _intern(self, p: tuple) -> tuple:
        return self._profiles.setdefault(p, p)

    def clash(self, p: tuple, q: tuple) -> bool:
        hit = self._clash.get((p, q))
        if hit is None:
            hit = self._clash[(p, q)] = _clash(p, q)
        return hit

    def classes(self, refs: Iterable[ClaimRef]) -> dict[tuple, list[ClaimRef]]:
        # the source does not take part in a clash: grouped without it
        return classes(refs, lambda r: self.profile[id(r)][:3])

    def within(self, bucket: Sequence[ClaimRef], day: Callable[[ClaimRef], int] | None = None) -> None:
        for (p, xs), (q, ys) in itertools.combinations(self.classes(bucket).items(), 2):
            if self.clash(p, q):
                if day is None:
                    link_across(xs, ys, _doc, self.union)
                else:
                    link_across_window(xs, ys, _doc, day, self.window, self.union)

    def across(self, a_classes: dict[tuple, list[ClaimRef]], b_classes: dict[tuple, list[ClaimRef]]) -> None:
        for p, xs in a_classes.items():
            for q, ys in b_classes.items():
                if self.clash(p, q):
                    link_across(xs, ys, _doc, self.union)

    def _sourced(self, refs: Sequence[ClaimRef]) -> tuple[float, float, list[tuple[tuple, list[ClaimRef]]]]:
        """The claims that name a source, by profile, with the least upper and the greatest lower end of their values."""
        found = self._by_source.get(id(refs))
        if found is None:
            rows = list(classes((r for r in refs if r.claim.source), lambda r: self.profile[id(r)]).items())
            ends = [interval(p[0], p[1]) for p, _ in rows]
            found = (min((hi for _, hi in ends), default=math.inf), max((lo for lo, _ in ends), default=-math.inf), rows)
            self._by_source[id(refs)] = found
        return found

    def impossible(self, big: Sequence[ClaimRef], small: Sequence[ClaimRef]) -> None:
        """The longer period holds fewer than the shorter one inside it, by one body."""
        least_hi, _, bigs = self._sourced(big)
        _, greatest_lo, smalls = self._sourced(small)
        if not least_hi < greatest_lo:
            return  # no figure of the longer period is below one of the shorter
        for p, xs in bigs:
            for q, ys in smalls:
                if (
                    interval(p[0], p[1])[1] < interval(q[0], q[1])[0]
                    and sources_related(p[3], q[3])
                    and actors_compatible(p[2], q[2])
                ):
                    link_across(xs, ys, _doc, self.union)

    def link(
        self,
        group: Sequence[ClaimRef],
        own: tuple[str, tuple[str, ...]],
        by_period: dict[tuple, list[ClaimRef]],
        pairs: list[tuple[tuple, tuple]],
        by_doc: dict[str, list[ClaimRef]],
    ) -> None:
        for k, bucket in by_period.items():
            if k:
                self.within(bucket)
            else:  # undated: "as of" publication
                self.within([r for r in bucket if r.published], day=_published_day)
        # claims by the other figures their article gives for the same period
        holders: dict[tuple, dict[tuple, list[ClaimRef]]] = defaultdict(lambda: defaultdict(list))
        stated: dict[tuple, set[tuple]] = {}
        for r in group:
            k = period_key(r.claim.period)
            if k:
                figures = stated.get((r.doc, k))
                if figures is None:
                    figures = stated[(r.doc, k)] = {
                        (x.claim.metric, tuple(sorted(x.claim.countries)), int(x.claim.value))
                        for x in by_doc[r.doc]
                        if period_key(x.claim.period) == k
                    }
                for figure in figures:
                    if figure[:2] != own:
                        holders[figure][k].append(r)
        for at in holders.values():
            if len(at) > 1:
                grouped: dict[tuple, dict[tuple, list[ClaimRef]]] = {}
                for big, small in nested(at):
                    for k in (big, small):
                        if k not in grouped:
                            grouped[k] = self.classes(at[k])
                    self.across(grouped[big], grouped[small])
        for big, small in pairs:
            self.impossible(by_period[big], by_period[small])


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
