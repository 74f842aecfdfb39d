"""Actors, people and places found in text, with canonical ids (issue 5).

Cases live in tests/data/entities.jsonl: each sentence lists the entities it
must yield (by surface text, in order, with the fields that matter) and the
surface strings that must *not* become an entity (الصور "the pictures",
الباب "the door", نادي الشرطة).
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest

from marsad.lexicon import load
from marsad.recognize.entities import (
    actor,
    actor_for_country,
    adjective_actor,
    ancestors,
    canonical,
    find_adjectives,
    find_entities,
    person,
    place,
)
from marsad.text.normalize import norm, normalize

CASES = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "entities.jsonl").open(encoding="utf-8")]
DEV = Path("/work/shared/eval/dev/corpus.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["note"] for c in CASES])
def test_case(case: dict) -> None:
    text = case["text"]
    found = find_entities(text)
    for e in found:
        assert text[e.start : e.end] == e.text
    remaining = list(found)
    for want in case["expect"]:
        hit = next((e for e in remaining if e.text == want["text"]), None)
        assert hit is not None, f"{want['text']!r} not found in {[(e.text, e.id) for e in found]}"
        remaining = remaining[remaining.index(hit) + 1 :]
        for key in ("id", "type", "kind", "country", "org", "direction"):
            if key in want:
                assert getattr(hit, key) == want[key], f"{want['text']!r}: {key} {getattr(hit, key)!r}"
    texts = {e.text for e in found}
    for bad in case.get("absent", []):
        assert bad not in texts, f"{bad!r} should not be an entity"
    for eid, n in case.get("count", {}).items():
        assert sum(e.id == eid for e in found) == n


def test_sorted_and_non_overlapping() -> None:
    text = " ".join(c["text"] for c in CASES)
    found = find_entities(text)
    assert found == sorted(found, key=lambda e: e.start)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_accepts_normalized_text() -> None:
    text = "قالت قوات سوريا الديمقراطية إن خلية لداعش فككت في ريف دير الزور."
    assert find_entities(normalize(text)) == find_entities(text)


def test_spans_survive_diacritics_and_tatweel() -> None:
    text = "هاجمَ تنظيمُ داعـــش مواقعَ في العِراق"
    found = find_entities(text)
    assert [(e.id, text[e.start : e.end]) for e in found] == [("ISIS", "تنظيمُ داعـــش"), ("IQ", "العِراق")]


def test_lookups() -> None:
    assert actor("CENTCOM")["parent"] == "US"
    assert actor("NOPE") is None
    assert ancestors("CTS") == ["ISF", "IQ_GOV"]
    assert canonical("CTS") == "ISF"
    assert canonical("CENTCOM") == "CENTCOM"
    assert canonical("ISWAP") == "ISIS"
    assert canonical("SOHR") is None
    assert actor_for_country("IQ") == "IQ_GOV"
    p = place("IQ-NI")
    assert p["country"] == "IQ" and p["kind"] == "governorate" and 35 < p["lat"] < 37
    assert place("SY.AL_SOUR")["parent"] == "SY-DY"
    assert person("KURILLA")["org"] == "CENTCOM"


def test_contract_ids_are_kept() -> None:
    contract = {a["id"] for a in load("actors.yaml")["actors"] if a.get("contract")}
    assert contract == {"CENTCOM", "US", "COALITION", "SDF", "ISF", "ISIS", "TR", "SY_GOV", "IQ_GOV", "AP"}


def test_adjectives_are_separate() -> None:
    assert adjective_actor("الأميركية") == "US"
    assert adjective_actor("والأمريكي") == "US"
    assert adjective_actor("داعشياً") == "ISIS"
    found = find_adjectives("أدت غارة أميركية إلى مقتل مسلح داعشي")
    assert [(e.text, e.id, e.kind) for e in found] == [("أميركية", "US", "adjective"), ("داعشي", "ISIS", "adjective")]
    assert find_entities("غارة أميركية") == []


def test_two_states_glued_by_their_conjunction_are_both_found() -> None:
    # pages lose the space before و between two names (في العراقوسوريا): both states, each with its own span
    text = "قاتلوا في العراقوسوريا ثم عادوا"
    found = [(e.text, e.country, text[e.start : e.end]) for e in find_entities(text)]
    assert found == [("العراق", "IQ", "العراق"), ("سوريا", "SY", "سوريا")]
    # (a word that only holds a name and a و is no pair: وسوريا is the name behind its clitic)
    assert [e.country for e in find_entities("في العراق وسوريا")] == ["IQ", "SY"]


def test_a_nisba_with_its_tanween_is_the_adjective_not_the_state_spelt_alike() -> None:
    # سورياً، تركياً، كينياً lose their tanween in normalising and read سوريا، تركيا، كينيا — the
    # tanween written on them says "a Syrian", "a Turk"; without it the word stays the country
    text = "قتل 31 مرتزقاً سورياً وتركياً في كينيا، وأصيب جنديًا سوريًا"
    adjectives = find_adjectives(text)
    assert [(e.text, e.country, text[e.start : e.end]) for e in adjectives] == [
        ("سورياً", "SY", "سورياً"),
        ("تركياً", "TR", "تركياً"),
        ("سوريًا", "SY", "سوريًا"),
    ]
    assert [(e.text, e.country) for e in find_entities(text)] == [("كينيا", "KE")]
    assert [e.country for e in find_entities("في سوريا وتركيا")] == ["SY", "TR"]


# ------------------------------------------------------------ data lint


def _alias_lists() -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for a in load("actors.yaml")["actors"]:
        out.append((a["id"], [*(a.get("aliases") or []), *(a.get("context_aliases") or [])]))
    for p in load("people.yaml")["people"]:
        out.append((p["id"], [*(p.get("aliases") or []), *(p.get("short") or []), *(p.get("context_short") or [])]))
    sup = load("places_supplement.yaml")
    for cc, names in sup["countries"].items():
        out.append((cc, names))
    for sec in ("governorates", "regions", "towns"):
        for e in sup[sec]:
            out.append((e["id"], e["ar"]))
    return out


@pytest.mark.parametrize("eid,names", _alias_lists(), ids=[i for i, _ in _alias_lists()])
def test_aliases_can_match(eid: str, names: list[str]) -> None:
    seen: set[str] = set()
    for n in names:
        assert isinstance(n, str) and n.strip(), f"{eid}: empty alias"
        assert not any("\ufb50" <= c <= "\ufeff" for c in n), f"{eid}: presentation form in {n!r}"
        assert not any(c in "\u06cc\u06a9\u0640" for c in n), f"{eid}: Farsi yeh, keheh or tatweel in {n!r}"
        assert all(unicodedata.category(c)[0] in "LNZP" or c in "-" for c in n), f"{eid}: odd character in {n!r}"
        key = norm(n)
        assert key not in seen, f"{eid}: duplicate alias after normalisation: {n!r}"
        seen.add(key)


def test_country_keys_are_iso_codes() -> None:
    for cc in load("places_supplement.yaml")["countries"]:
        assert isinstance(cc, str) and len(cc) == 2 and cc.isupper()


def test_gazetteer_is_small_and_complete() -> None:
    gaz = load("gazetteer.jsonl")
    ids = {r["id"] for r in gaz}
    assert len(ids) == len(gaz)
    for r in gaz:
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180
        if r["kind"] == "town":
            assert r["ar"], r["id"]
    assert {"IQ", "SY", "TR", "JO", "LB", "EG", "YE", "SO", "ML", "BF", "NE", "TD", "NG"} <= ids


# ------------------------------------------------------------ dev articles

# Places named in the dev articles: the name as written -> its country and a
# box that must hold its coordinates (lat_min, lat_max, lon_min, lon_max).
DEV_PLACES = {
    "العراق": ("IQ", (29, 37.5, 38.8, 48.6)),
    "سوريا": ("SY", (32.3, 37.4, 35.7, 42.4)),
    "سورية": ("SY", (32.3, 37.4, 35.7, 42.4)),
    "دير الزور": ("SY", (34.4, 36.0, 39.5, 41.3)),
    "ريف دير الزور": ("SY", (34.4, 36.0, 39.5, 41.3)),
    "الصور": ("SY", (34.4, 36.0, 39.5, 41.3)),
    "شرق سوريا": ("SY", (32.3, 37.4, 35.7, 42.4)),
    "شرقي سوريا": ("SY", (32.3, 37.4, 35.7, 42.4)),
    "شمال غربي سوريا": ("SY", (32.3, 37.4, 35.7, 42.4)),
    "جبال حمرين": ("IQ", (33.8, 35.2, 43.5, 45.3)),
    "كوباني": ("SY", (36.5, 37.2, 38.0, 38.7)),
    "الولايات المتحدة": ("US", (24, 50, -125, -66)),
    "واشنطن العاصمة": ("US", (38.7, 39.1, -77.3, -76.8)),
    "تركيا": ("TR", (35.8, 42.2, 25.6, 44.9)),
    "مصر": ("EG", (22, 31.7, 24.7, 36.9)),
    "غزة": ("PS", (31.2, 31.6, 34.2, 34.6)),
}


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not available")
def test_dev_places_resolve() -> None:
    seen: set[str] = set()
    for line in DEV.open(encoding="utf-8"):
        doc = json.loads(line)
        for e in find_entities(doc["text"]):
            if e.type != "place":
                continue
            assert e.lat is not None and e.lon is not None, e.text
            if e.text in DEV_PLACES:
                cc, (a, b, c, d) = DEV_PLACES[e.text]
                assert e.country == cc, (e.text, e.country)
                assert a <= e.lat <= b and c <= e.lon <= d, (e.text, e.lat, e.lon)
                seen.add(e.text)
            elif e.kind not in ("region",):
                pytest.fail(f"unexpected place {e.text!r} -> {e.id}")
    assert seen == set(DEV_PLACES)
