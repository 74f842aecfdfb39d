"""Joining claims that are linked pairwise, without testing every pair.

Several findings are connected components of a pairwise relation between
claims (contradictions, metric confusions), and inside one group the
relation is often dense: a hundred articles relaying one figure against a
hundred relaying another are ten thousand linked pairs, all in one
component. What links two claims there is mostly a relation between their
*profiles* (value, qualifier, actors, period, source), which few claims have
distinct, plus a condition on the pair itself: not the same article (or
near-duplicate cluster), published within a month of each other. So the
findings test the relation once per pair of profiles (``classes``) and hand
two sets of claims whose profiles are related to the functions here, which
join them by a breadth-first search over the complement of the excluded
pairs: each claim is visited once, and the only pairs looked at more than
once are pairs from one article.

Written in-house: graph libraries (networkx, scipy.sparse.csgraph) find
components of an edge list, and the edge list is what this avoids building;
the search itself is twenty lines of standard technique.
"""

from __future__ import annotations

import bisect
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


def link_across_window(
    a_side: Sequence[T],
    b_side: Sequence[T],
    part: Callable[[T], Hashable],
    day: Callable[[T], int],
    window: int,
    union: Callable[[T, T], None],
) -> None:
    """Like ``link_across``, for pairs whose days are at most ``window`` apart."""
    if not a_side or not b_side:
        return
    sides = [sorted(items, key=day) for items in (a_side, b_side)]
    days = [[day(x) for x in items] for items in sides]
    alive = [_Alive(len(items)) for items in sides]
    for side0 in (0, 1):
        for i0 in range(len(sides[side0])):
            if alive[side0].first(i0) != i0:
                continue
            alive[side0].remove(i0)
            queue = [(side0, i0)]
            while queue:
                side, i = queue.pop()
                u, d, o = sides[side][i], days[side][i], 1 - side
                j = alive[o].first(bisect.bisect_left(days[o], d - window))
                while j < len(sides[o]) and days[o][j] <= d + window:
                    v = sides[o][j]
                    if part(v) != part(u):
                        alive[o].remove(j)
                        union(u, v)
                        queue.append((o, j))
                    j = alive[o].first(j + 1)


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
