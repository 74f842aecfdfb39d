"""Joining claims that are linked pairwise, without testing every pair.

Several findings are connected components of a pairwise relation between
claims (contradictions, metric confusions), and inside one group the
relation is often dense: a hundred articles relaying one figure against a
hundred relaying another are ten thousand linked pairs, all in one
component. Two searches give the same components from far fewer steps:

- ``link_across``: every item of one set with every item of another, except
  pairs from one part (article, near-duplicate cluster) — a breadth-first
  search over the complement of the excluded pairs;
- ``link_apart``: items whose value ranges do not meet (or lie wholly above
  or below), whose keys (actor set, publication day, period, source) are
  neighbours, from different parts — each item's partners found by
  bisection in per-key lists sorted by lower and by upper end, visited
  items skipped by pointers.

Each item is visited once; the only pairs looked at more than once are
pairs from one part. Written in-house: graph libraries (networkx,
scipy.sparse.csgraph) find components of an edge list, and the edge list is
what this avoids building.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def classes(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    """Items grouped by a profile, each group in the items' order."""
    out: dict[K, list[T]] = defaultdict(list)
    for x in items:
        out[key(x)].append(x)
    return dict(out)


def link_across(
    a_side: Sequence[T], b_side: Sequence[T], part: Callable[[T], Hashable], union: Callable[[T, T], None]
) -> None:
    """Join every item of ``a_side`` to every item of ``b_side`` from another part (article, cluster).

    The unions span the same components as one union per such pair.
    """
    if not a_side or not b_side:
        return
    waiting: tuple[dict[Hashable, list[T]], dict[Hashable, list[T]]] = (defaultdict(list), defaultdict(list))
    for side, items in enumerate((a_side, b_side)):
        for x in items:
            waiting[side][part(x)].append(x)
    seen: set[int] = set()
    for side0, items in enumerate((a_side, b_side)):
        for start in items:
            if id(start) in seen:
                continue
            seen.add(id(start))
            queue = [(side0, start)]
            while queue:
                side, u = queue.pop()
                other = waiting[1 - side]
                # every waiting item of the other side is linked to u, except those of u's own part
                own = other.pop(part(u), None)
                for group in other.values():
                    for v in group:
                        if id(v) not in seen:
                            seen.add(id(v))
                            union(u, v)
                            queue.append((1 - side, v))
                other.clear()
                if own is not None:
                    other[part(u)] = own


class _Alive:
    """Positions 0..n-1 still waiting, each found in amortised constant time (skip pointers)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.jump = list(range(n + 1))

    def first(self, i: int) -> int:
        """The first waiting position at or after ``i`` (``n`` if none)."""
        root = i
        while root < self.n and self.jump[root] != root:
            root = self.jump[root]
        while i < self.n and self.jump[i] != i:
            self.jump[i], i = root, self.jump[i]
        return root

    def remove(self, i: int) -> None:
        self.jump[i] = i + 1


def overlapping(periods: Iterable[tuple]) -> Iterator[tuple[tuple, tuple]]:
    """Pairs of distinct (start, end) periods that share a day, each pair once."""
    rows = sorted(set(periods))
    for i, (start, end) in enumerate(rows):
        for j in range(i + 1, len(rows)):
            if rows[j][0] > end:
                break
            yield (start, end), rows[j]


def nested(periods: Iterable[tuple]) -> Iterator[tuple[tuple, tuple]]:
    """Pairs of distinct periods of which one contains the other, as (longer, shorter)."""
    for p, q in overlapping(periods):
        if p[0] <= q[0] and q[1] <= p[1]:
            yield p, q
        elif q[0] <= p[0] and p[1] <= q[1]:
            yield q, p


class _Intervals:
    """One side's items by key, each key's items sorted by lower and by upper end, visited items skipped."""

    def __init__(self, items: Iterable[T], ends: Callable[[T], tuple[float, float]], key: Callable[[T], Hashable]):
        self.groups: dict[Hashable, tuple] = {}
        self.where: dict[int, tuple[Hashable, int]] = {}
        for k, xs in classes(items, key).items():
            bounds = [ends(x) for x in xs]
            by_lo = sorted(range(len(xs)), key=lambda i: bounds[i][0])
            by_hi = sorted(range(len(xs)), key=lambda i: bounds[i][1])
            rank_lo, rank_hi = [0] * len(xs), [0] * len(xs)
            for rank, i in enumerate(by_lo):
                rank_lo[i] = rank
            for rank, i in enumerate(by_hi):
                rank_hi[i] = rank
            los = [bounds[i][0] for i in by_lo]
            his = [bounds[i][1] for i in by_hi]
            self.groups[k] = (xs, by_lo, los, rank_lo, _Alive(len(xs)), by_hi, his, rank_hi, _Alive(len(xs)))
            for i, x in enumerate(xs):
                self.where[id(x)] = (k, i)

    def remove(self, x: T) -> None:
        k, i = self.where[id(x)]
        _, _, _, rank_lo, alive_lo, _, _, rank_hi, alive_hi = self.groups[k]
        alive_lo.remove(rank_lo[i])
        alive_hi.remove(rank_hi[i])

    def above(self, k: Hashable, bound: float) -> Iterator[T]:
        """Waiting items of key ``k`` whose lower end is above ``bound``."""
        xs, by_lo, los, _, alive, *_ = self.groups[k]
        j = alive.first(bisect.bisect_right(los, bound))
        while j < len(xs):
            yield xs[by_lo[j]]
            j = alive.first(j + 1)

    def below(self, k: Hashable, bound: float) -> Iterator[T]:
        """Waiting items of key ``k`` whose upper end is below ``bound``."""
        xs, *_, by_hi, his, _, alive = self.groups[k]
        end = bisect.bisect_left(his, bound)
        j = alive.first(0)
        while j < end:
            yield xs[by_hi[j]]
            j = alive.first(j + 1)


EITHER, ABOVE, BELOW = 0, 1, 2  # which partners of a key to look for: ranges apart either way, above, below


def link_apart(
    a_side: Sequence[T],
    b_side: Sequence[T] | None,
    ends: Callable[[T], tuple[float, float]],
    key: Callable[[T], Hashable],
    neighbours: Callable[[Hashable, int], Iterable[tuple[Hashable, int]]],
    part: Callable[[T], Hashable],
    union: Callable[[T, T], None],
) -> None:
    """Join items whose ranges ``ends`` do not meet, whose keys are neighbours, from different parts.

    Pairs are taken within ``a_side`` when ``b_side`` is None, else across the
    two sides. ``neighbours(k, side)`` names the keys of that side an item of
    key ``k`` can pair with, each with ``EITHER`` (ranges apart either way),
    ``ABOVE`` (the partner's range wholly above) or ``BELOW``. Each item's
    partners are found by bisection among the items not yet visited, so the
    search costs a logarithm per item and neighbouring key plus the pairs of
    one part, not a test per pair.
    """
    sides = [a_side] if b_side is None else [a_side, b_side]
    index = [_Intervals(s, ends, key) for s in sides]
    seen: set[int] = set()
    for side0, items in enumerate(sides):
        for start in items:
            if id(start) in seen:
                continue
            seen.add(id(start))
            index[side0].remove(start)
            queue = [(side0, start)]
            while queue:
                side, u = queue.pop()
                o = 0 if b_side is None else 1 - side
                lo, hi = ends(u)
                groups = index[o].groups
                for k, how in neighbours(key(u), o):
                    if k not in groups:
                        continue
                    found: Iterable[T]
                    if how == ABOVE:
                        found = index[o].above(k, hi)
                    elif how == BELOW:
                        found = index[o].below(k, lo)
                    else:
                        found = itertools.chain(index[o].above(k, hi), index[o].below(k, lo))
                    for v in found:
                        if part(v) != part(u):
                            seen.add(id(v))
                            index[o].remove(v)
                            union(u, v)
                            queue.append((o, v))
