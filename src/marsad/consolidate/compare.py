"""When two claims can be about the same thing, and when their numbers agree.

Kept in one place so that facts and findings use the same notion of
"compatible": a number becomes an interval according to its qualifier
(نحو 2500 is 2250..2750, أكثر من 120 is 120..∞), and two numbers agree when
their intervals meet; periods are equal, nested, overlapping or apart; actors
agree when they overlap, one is unknown, or one belongs to the other
(CENTCOM is part of US) according to the actor lexicon's ``parent`` links.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from marsad.model import Period

APPROX = 0.10  # نحو / حوالي: a round figure is taken to be within 10 %


def interval(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "approx":
        return value * (1 - APPROX), value * (1 + APPROX)
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return 0.0, value
    return value, value


def values_agree(a: tuple[float, str], b: tuple[float, str]) -> bool:
    lo1, hi1 = interval(*a)
    lo2, hi2 = interval(*b)
    return lo1 <= hi2 and lo2 <= hi1


def sum_interval(parts: Iterable[tuple[float, str]]) -> tuple[float, float]:
    lo = hi = 0.0
    for p in parts:
        a, b = interval(*p)
        lo, hi = lo + a, hi + b
    return lo, hi


def period_relation(a: Period | None, b: Period | None) -> str:
    """``equal``, ``contains`` (a ⊃ b), ``within`` (a ⊂ b), ``overlap``, ``apart`` or ``none``."""
    if a is None or b is None:
        return "equal" if a is None and b is None else "none"
    if a.start == b.start and a.end == b.end:
        return "equal"
    if a.contains(b):
        return "contains"
    if b.contains(a):
        return "within"
    if a.start <= b.end and b.start <= a.end:
        return "overlap"
    return "apart"


def periods_compatible(a: Period | None, b: Period | None) -> bool:
    return period_relation(a, b) in ("equal", "contains", "within")


@cache
def _parents() -> dict[str, str]:
    # The actor lexicon belongs to the recogniser; read only its parent links,
    # and carry on without them if it is absent or shaped differently.
    try:
        from marsad.lexicon import load

        data = load("actors.yaml")
        return {a["id"]: a["parent"] for a in data.get("actors", []) if a.get("parent")}
    except Exception:
        return {}


@cache
def ancestors(actor: str) -> frozenset[str]:
    try:
        from marsad.recognize.entities import ancestors as lexicon_ancestors  # type: ignore[import-not-found]

        return frozenset(lexicon_ancestors(actor)) - {actor}
    except Exception:
        pass
    seen: set[str] = set()
    parents = _parents()
    cur = parents.get(actor)
    while cur and cur not in seen:
        seen.add(cur)
        cur = parents.get(cur)
    return frozenset(seen)


def _lineage(actors: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for a in actors:
        out.add(a)
        out |= ancestors(a)
    return out


def actors_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    a, b = set(a), set(b)
    if not a or not b or a & b:
        return True
    return bool(_lineage(a) & b) or bool(_lineage(b) & a)


def sources_related(a: str | None, b: str | None) -> bool:
    """The same body states both numbers (or one speaks for the other)."""
    if not a or not b:
        return False
    return a == b or a in ancestors(b) or b in ancestors(a)


def intersection(a: Period | None, b: Period | None) -> Period | None:
    if a is None or b is None:
        return a or b
    start, end = max(a.start, b.start), min(a.end, b.end)
    return Period(start, end) if start <= end else None
