"""Where the claims are: points for the map, from place ids or countries.

A claim names a place id (a town, a governorate) when the text did; its
coordinates come from the place recogniser's lexicon. Otherwise the claim's
countries are drawn at a centroid from ``data/country_centroids.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from marsad.consolidate.explain import countries_table
from marsad.model import Claim


@dataclass(slots=True)
class Point:
    id: str
    name: str
    name_ar: str
    lat: float
    lon: float
    kind: str  # place or country
    claims: int = 0
    metrics: dict[str, int] = field(default_factory=dict)


@cache
def _place(place_id: str) -> tuple[str, float, float] | None:
    try:
        from marsad.recognize.entities import place

        rec = place(place_id)
    except Exception:  # the recogniser's lexicon is optional for the report
        return None
    if not rec or rec.get("lat") is None or rec.get("lon") is None:
        return None
    return str(rec.get("name") or place_id), float(rec["lat"]), float(rec["lon"])


def _country(code: str) -> Point | None:
    row = countries_table().get(code)
    if row:
        return Point(code, row["name"], row["name_ar"], float(row["lat"]), float(row["lon"]), "country")
    found = _place(code)
    if found:
        return Point(code, found[0], found[0], found[1], found[2], "country")
    return None


def points(claims: Iterable[Claim]) -> list[Point]:
    out: dict[str, Point] = {}

    def add(p: Point, c: Claim) -> None:
        p = out.setdefault(p.id, p)
        p.claims += 1
        p.metrics[c.metric] = p.metrics.get(c.metric, 0) + 1

    for c in claims:
        found = _place(c.place) if c.place else None
        if found and c.place:
            add(Point(c.place, found[0], found[0], found[1], found[2], "place"), c)
            continue
        for code in c.countries:
            p = _country(code)
            if p:
                add(p, c)
    return sorted(out.values(), key=lambda p: (-p.claims, p.id))


def location(c: Claim) -> dict | None:
    """Where a claim is, as a GeoJSON geometry: its place's point, else its countries' points, else None."""
    found = _place(c.place) if c.place else None
    if found:
        return {"type": "Point", "coordinates": [found[2], found[1]]}
    pts = [p for p in (_country(code) for code in c.countries) if p is not None]
    if not pts:
        return None
    if len(pts) == 1:
        return {"type": "Point", "coordinates": [pts[0].lon, pts[0].lat]}
    return {"type": "MultiPoint", "coordinates": [[p.lon, p.lat] for p in pts]}


def points_from_counts(rows: Iterable[tuple[str | None, list[str], str, int]]) -> list[Point]:
    """``points`` from grouped counts (place, countries, metric, claims), as ``store.claim_places`` gives them."""
    out: dict[str, Point] = {}

    def add(p: Point, metric: str, n: int) -> None:
        p = out.setdefault(p.id, p)
        p.claims += n
        p.metrics[metric] = p.metrics.get(metric, 0) + n

    for place_id, countries, metric, n in rows:
        found = _place(place_id) if place_id else None
        if found and place_id:
            add(Point(place_id, found[0], found[0], found[1], found[2], "place"), metric, n)
            continue
        for code in countries:
            p = _country(code)
            if p:
                add(p, metric, n)
    return sorted(out.values(), key=lambda p: (-p.claims, p.id))
