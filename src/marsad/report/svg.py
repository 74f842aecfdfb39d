"""The report's two pictures as inline SVG: a timeline of the main metrics and a map.

Written by hand because the report must open offline with nothing but the
file: no chart library, script, web font or map tile is fetched. The map is
an equirectangular projection of the claims' points over a graticule and
the region's country outlines bundled with the package (``outlines.geojson``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from html import escape
from importlib import resources

from marsad.consolidate.explain import metric_label, period_label
from marsad.report.places import Point

MAIN_METRICS = ("operations", "attacks", "killed", "captured")
COLOURS = {"operations": "#1f77b4", "attacks": "#d62728", "killed": "#2ca02c", "captured": "#9467bd"}


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    return [i * step for i in range(int(lo // step), int(hi // step) + 2) if lo <= i * step <= hi * 1.0001]


def timeline(facts: Sequence, width: int = 760, panel: int = 110) -> str:
    """One panel per main metric: each fact a bar over its period at its value."""
    dated = [f for f in facts if f.period is not None and f.metric in MAIN_METRICS]
    metrics = [m for m in MAIN_METRICS if any(f.metric == m for f in dated)]
    left, right, top, gap = 70, 20, 24, 34
    height = top + max(1, len(metrics)) * (panel + gap) + 10
    parts = [
        f'<svg id="timeline-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="timeline-title">',
        '<title id="timeline-title">Timeline of the main metrics: each bar spans the period a figure covers</title>',
    ]
    if not dated:
        parts.append(
            f'<text x="{left}" y="{top + 20}" class="empty">No dated figures for the main metrics.</text>'
        )
        parts.append("</svg>")
        return "\n".join(parts)
    t0 = min(f.period.start for f in dated).toordinal()
    t1 = max(f.period.end for f in dated).toordinal() + 1
    span = max(t1 - t0, 1)

    def x(d: int) -> float:
        return left + (d - t0) / span * (width - left - right)

    for i, metric in enumerate(metrics):
        y0 = top + i * (panel + gap)
        rows = [f for f in dated if f.metric == metric]
        vmax = max(f.value for f in rows) * 1.15 or 1

        def y(v: float, y0: int = y0, vmax: float = vmax) -> float:
            return y0 + panel - v / vmax * panel

        colour = COLOURS[metric]
        parts.append(f'<g class="panel" data-metric="{metric}">')
        parts.append(
            f'<text x="{left}" y="{y0 - 6}" class="panel-title" fill="{colour}">{escape(metric_label(metric))}</text>'
        )
        parts.append(
            f'<line x1="{left}" y1="{y0 + panel}" x2="{width - right}" y2="{y0 + panel}" class="axis"/>'
        )
        parts.append(f'<line x1="{left}" y1="{y0}" x2="{left}" y2="{y0 + panel}" class="axis"/>')
        for v in _ticks(0, vmax):
            parts.append(
                f'<text x="{left - 6}" y="{y(v) + 4:.1f}" class="tick" text-anchor="end">{v:g}</text>'
            )
        placed: list[tuple[float, float]] = []
        for f in sorted(rows, key=lambda f: (-f.value, f.period.start)):
            xa, xb = x(f.period.start.toordinal()), x(f.period.end.toordinal() + 1)
            yv = y(f.value)
            label = (
                f"{metric_label(metric)}: {f.value} — {period_label(f.period)} — {f.corroboration} outlet(s)"
            )
            cx = (xa + xb) / 2
            # A value label that would overprint another is left to the tooltip.
            free = all(abs(cx - px) > 28 or abs(yv - py) > 12 for px, py in placed)
            text = f'<text x="{cx:.1f}" y="{yv - 7:.1f}" class="value" text-anchor="middle">{f.value}</text>'
            if free:
                placed.append((cx, yv))
            parts.append(
                f'<g class="fact"><title>{escape(label)}</title>'
                f'<line x1="{xa:.1f}" y1="{yv:.1f}" x2="{max(xb, xa + 2):.1f}" y2="{yv:.1f}" stroke="{colour}" '
                f'stroke-width="5" stroke-linecap="round" opacity="0.75"/>' + (text if free else "") + "</g>"
            )
        parts.append("</g>")
    # Time axis under the last panel: one tick per year, or per month on short spans.
    y_axis = top + len(metrics) * (panel + gap) - gap + 16
    first, last = date.fromordinal(t0), date.fromordinal(t1 - 1)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = 1 if months <= 12 else 3 if months <= 36 else 12
    m = first.month - 1 - (first.month - 1) % step
    year = first.year
    while date(year, m + 1, 1) <= last:
        d = date(year, m + 1, 1)
        if d >= first:
            label = str(year) if m == 0 or step == 12 else d.strftime("%b %Y")
            parts.append(
                f'<text x="{x(d.toordinal()):.1f}" y="{y_axis}" class="tick" text-anchor="middle">{label}</text>'
            )
        m += step
        year, m = year + m // 12, m % 12
    parts.append("</svg>")
    return "\n".join(parts)


@cache
def outlines() -> list[tuple[str, str, tuple[float, float, float, float], list[list[tuple[float, float]]]]]:
    """The bundled country outlines (``outlines.geojson``, see ``OUTLINES.md``): (iso2, name, bbox, rings)."""
    doc = json.loads(resources.files("marsad.report").joinpath("outlines.geojson").read_text(encoding="utf-8"))
    out = []
    for f in doc["features"]:
        rings = [[(x, y) for x, y in ring] for poly in f["geometry"]["coordinates"] for ring in poly]
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        out.append((f["properties"]["iso2"], f["properties"]["name"], (min(xs), min(ys), max(xs), max(ys)), rings))
    return out


def world_map(
    pts: Sequence[Point],
    width: int = 760,
    height: int = 420,
    href: Callable[[Point], str] | None = None,
    title: str = "Places the claims name (circle area grows with the number of claims)",
    lang: str = "en",
) -> str:
    """Equirectangular projection of the points over the region's country outlines, framed around them.

    ``href`` makes each point a link (the dashboard's filter); every text is escaped.
    """
    parts = [
        f'<svg id="map-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="map-title">',
        f'<title id="map-title">{escape(title)}</title>',
        f'<rect x="0" y="0" width="{width}" height="{height}" class="sea"/>',
    ]
    if not pts:
        parts.append('<text x="20" y="30" class="empty">No places with known coordinates.</text></svg>')
        return "\n".join(parts)
    lat0, lat1 = min(p.lat for p in pts), max(p.lat for p in pts)
    lon0, lon1 = min(p.lon for p in pts), max(p.lon for p in pts)
    # Keep the projection's aspect (1° lat = 1° lon) and some room around the points.
    pad = 4.0
    lat0, lat1, lon0, lon1 = lat0 - pad, lat1 + pad, lon0 - pad, lon1 + pad
    scale = min(width / max(lon1 - lon0, 16), height / max(lat1 - lat0, 9))
    clon, clat = (lon0 + lon1) / 2, (lat0 + lat1) / 2

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return width / 2 + (lon - clon) * scale, height / 2 - (lat - clat) * scale

    step = 5 if 60 / scale < 30 else 10
    west, east = clon - width / 2 / scale, clon + width / 2 / scale
    south, north = clat - height / 2 / scale, clat + height / 2 / scale
    with_claims = {p.id for p in pts if p.kind == "country"}
    for iso2, name, (bx0, by0, bx1, by1), rings in outlines():
        if bx1 < west or bx0 > east or by1 < south or by0 > north:
            continue
        d = "".join(
            "M" + "L".join(f"{px:.1f},{py:.1f}" for px, py in (xy(lat, lon) for lon, lat in ring)) + "Z"
            for ring in rings
        )
        cls = "land has-claims" if iso2 in with_claims else "land"
        parts.append(f'<path class="{cls}" data-country="{escape(iso2)}" d="{d}"><title>{escape(name)}</title></path>')
    for lon in range(int(math.floor(west / step) * step), int(east) + 1, step):
        px, _ = xy(0, lon)
        parts.append(f'<line x1="{px:.1f}" y1="0" x2="{px:.1f}" y2="{height}" class="grid"/>')
        parts.append(f'<text x="{px + 2:.1f}" y="{height - 4}" class="tick">{lon}°</text>')
    for lat in range(int(math.floor(south / step) * step), int(north) + 1, step):
        _, py = xy(lat, 0)
        parts.append(f'<line x1="0" y1="{py:.1f}" x2="{width}" y2="{py:.1f}" class="grid"/>')
        parts.append(f'<text x="2" y="{py - 2:.1f}" class="tick">{lat}°</text>')
    biggest = max(p.claims for p in pts)
    labelled: list[tuple[float, float, float, float]] = []
    for p in pts:
        px, py = xy(p.lat, p.lon)
        r = 4 + 14 * math.sqrt(p.claims / biggest)
        detail = ", ".join(f"{metric_label(m)} {n}" for m, n in sorted(p.metrics.items()))
        shown = p.name_ar if lang == "ar" else p.name
        # a label that would overprint one already placed (busier places first) is left to the tooltip
        x0, x1 = px + r + 3, px + r + 3 + 6.2 * max(len(p.name) + 5, len(p.name_ar))
        box = (x0, py - 11, x1, py + 16)
        free = all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in labelled)
        label = (
            f'<text x="{x0:.1f}" y="{py:.1f}" class="label">{escape(p.name)} ({p.claims})</text>'
            f'<text x="{x0:.1f}" y="{py + 13:.1f}" class="label" lang="ar">{escape(p.name_ar)}</text>'
        )
        if free:
            labelled.append(box)
        mark = (
            f'<g class="place" data-id="{escape(p.id)}"><title>{escape(shown)} — {p.claims} claim(s): '
            f"{escape(detail)}</title>"
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="{r:.1f}" class="{p.kind}"/>' + (label if free else "") + "</g>"
        )
        if href is not None:
            mark = f'<a href="{escape(href(p))}" aria-label="{escape(shown)}: {p.claims}">{mark}</a>'
        parts.append(mark)
    parts.append("</svg>")
    return "\n".join(parts)


ALL_COLOURS = {
    **COLOURS,
    "leaders_killed": "#8c564b",
    "leaders_captured": "#e377c2",
    "strength": "#7f7f7f",
    "friendly_killed": "#bcbd22",
    "friendly_wounded": "#17becf",
    "civilians_killed": "#ff7f0e",
    "coalition_members": "#393b79",
}


def claims_timeline(
    series: dict[str, dict[str, int]],
    width: int = 760,
    height: int = 240,
    labels: Callable[[str], str] = metric_label,
    title: str = "Claims by the month their period starts, one line per metric",
) -> str:
    """Claims per month (``{metric: {"YYYY-MM": n}}``), one line per metric, months as selectable columns.

    Each month is a ``rect.month`` with ``data-month`` under the lines, so a script can select
    a range by dragging across them (the dashboard's filter); without a script it is a picture.
    """
    months = sorted({m for s in series.values() for m in s})
    parts = [
        f'<svg id="claims-timeline" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="claims-timeline-title">',
        f'<title id="claims-timeline-title">{escape(title)}</title>',
    ]
    if not months:
        parts.append('<text x="20" y="30" class="empty">No dated claims.</text></svg>')
        return "\n".join(parts)
    # every month from the first to the last, so gaps show as zero
    y0, m0 = map(int, months[0].split("-"))
    y1, m1 = map(int, months[-1].split("-"))
    axis = []
    while (y0, m0) <= (y1, m1):
        axis.append(f"{y0:04d}-{m0:02d}")
        y0, m0 = (y0 + 1, 1) if m0 == 12 else (y0, m0 + 1)
    left, right, top, bottom = 44, 12, 12, 40
    vmax = max(n for s in series.values() for n in s.values()) or 1
    step = (width - left - right) / len(axis)

    def x(i: int) -> float:
        return left + (i + 0.5) * step

    def y(v: float) -> float:
        return top + (1 - v / vmax) * (height - top - bottom)

    for v in _ticks(0, vmax):
        parts.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{width - right}" y2="{y(v):.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 4}" y="{y(v) + 4:.1f}" class="tick" text-anchor="end">{v:g}</text>')
    for i, month in enumerate(axis):
        parts.append(
            f'<rect class="month" data-month="{month}" x="{left + i * step:.1f}" y="{top}" '
            f'width="{step:.1f}" height="{height - top - bottom}"><title>{month}</title></rect>'
        )
    every = max(1, round(len(axis) / 8))
    for i, month in enumerate(axis):
        if i % every == 0:
            parts.append(f'<text x="{x(i):.1f}" y="{height - bottom + 14}" class="tick" text-anchor="middle">{month}</text>')
    legend_x = left
    for metric in sorted(series, key=lambda m: -sum(series[m].values())):
        colour = ALL_COLOURS.get(metric, "#444")
        pts = " ".join(f"{x(i):.1f},{y(series[metric].get(m, 0)):.1f}" for i, m in enumerate(axis))
        parts.append(
            f'<g class="series" data-metric="{escape(metric)}"><title>{escape(labels(metric))}</title>'
            f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>'
            + "".join(
                f'<circle cx="{x(i):.1f}" cy="{y(n):.1f}" r="2.5" fill="{colour}"><title>{escape(labels(metric))}'
                f" {m}: {n}</title></circle>"
                for i, m in enumerate(axis)
                if (n := series[metric].get(m, 0))
            )
            + "</g>"
        )
        label = escape(labels(metric))
        if legend_x < width - 60:
            parts.append(
                f'<rect x="{legend_x}" y="{height - 14}" width="10" height="10" fill="{colour}"/>'
                f'<text x="{legend_x + 14}" y="{height - 5}" class="tick">{label}</text>'
            )
        legend_x += 24 + 6.5 * len(labels(metric))
    parts.append("</svg>")
    return "\n".join(parts)
