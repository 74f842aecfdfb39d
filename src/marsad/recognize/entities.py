"""Actors, people and places in Arabic news text, with canonical ids.

``find_entities`` runs one ``PhraseMatcher`` over every alias of every actor
(actors.yaml), person (people.yaml) and place (places_supplement.yaml plus
the GeoNames-derived gazetteer.jsonl), then settles what a match means from
its context, using rules whose words live in the data files:

* names that are also ordinary words (الصور "the pictures", الباب "the door",
  القائم "existing") are places only after a place word (بلدة، مدينة، قضاء),
  after a compass phrase, or beside their own governorate (الصور بريف دير الزور);
* generic names (التحالف، القيادة المركزية، حماس) count only when the text
  also names the body in full, and a surname that is a word (السوداني، الشرع)
  only after a title or a full mention of the person;
* an actor's name after نادي/فريق (نادي الشرطة) is a sports club, not a force;
* a name shared by several places (عمان: Oman or Amman) goes to the country
  the rest of the text is about, else to the larger kind of place;
* compass words (شرقي سوريا، شمال غربي سوريا، ريف دير الزور الشرقي) widen the
  span and set ``direction``.

Written in-house: no offline library links Arabic place and organisation
names to canonical ids with clitics, spelling variants and offsets into the
original text (CAMeL Tools' NER needs a model download and gives no ids).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, pairwise
from operator import itemgetter, methodcaller
from typing import Any, NamedTuple

from marsad.datacache import cached
from marsad.lexicon import LexiconError, load
from marsad.model import Entity
from marsad.text.matcher import Match, PhraseMatcher
from marsad.text.normalize import Normalized, norm, normalize, strip_marks
from marsad.text.tokens import Token, stems, tokenize

__all__ = [
    "actor",
    "actor_for_country",
    "adjective_actor",
    "ancestors",
    "canonical",
    "find_adjectives",
    "find_entities",
    "person",
    "place",
]

_SENTENCE_BREAK = set(".!?;\n")
_PHRASE_BREAK_RE = re.compile(r'[.,;:?!\n()\[\]"]')
_WINDOW = 6  # tokens either side in which a governorate vouches for a town

# Rule a candidate must pass besides the words of its alias.
_FREE = ""
_CUE = "cue"  # a place that is also a common word
_CONTEXT = "context"  # a generic actor name: its body must be named in full
_TITLE = "title"  # a surname that is a word: title or full mention needed
_COUNTRY_CUE = "country_cue"
_MEMBERS = "members"  # a group's short name that is also a word (القاعدة "the base"): its men's noun first

# Kind order for places sharing a name, when nothing else decides.
_PLACE_RANK = {"country": 100, "governorate": 90, "region": 85, "feature": 80, "camp": 80, "district": 75, "town": 70}
_TYPE_RANK = {"actor": 3, "person": 2, "place": 1}


class _Cand(NamedTuple):
    # A named tuple, not a frozen dataclass: the cached lexicon (marsad.datacache) holds some
    # 5,000 of these, and a tuple is rebuilt from a pickle several times faster.
    type: str  # actor, place, person
    id: str
    rule: str
    rank: float


@dataclass(slots=True)
class _Lexicon:
    matcher: PhraseMatcher[_Cand]
    actors: dict[str, dict[str, Any]]
    places: dict[str, dict[str, Any]]
    people: dict[str, dict[str, Any]]
    requires: dict[str, tuple[str, ...]]  # actor id -> ids whose full mention licenses its context aliases
    not_after: frozenset[str]
    not_before: frozenset[str]
    place_not_before: dict[str, frozenset[str]]  # a word -> the place names it makes common nouns when it follows them
    country_not_after: frozenset[str]  # words after which a country's name names a street or a quarter
    titles: frozenset[str]
    member_words: frozenset[str]
    count_partitives: frozenset[str]
    cue_town: frozenset[str]
    cue_governorate: frozenset[str]
    cue_any: frozenset[str]
    country_cues: frozenset[str]
    prepositions: frozenset[str]
    preposition_is_cue: frozenset[str]
    directions: dict[str, str]
    direction_adjectives: dict[str, str]
    adjectives: dict[str, str]  # normalised nisba -> actor id
    adjective_matcher: PhraseMatcher[str]
    # a masculine nisba's accusative spelt like its state's name once the tanween is gone (سورياً، تركياً،
    # كينياً -> سوريا): with the tanween on it, the word is the adjective, never the name
    tanween_nisbas: dict[str, str]
    # a state's names (normalised, bare and with the article) -> its id: for two names glued by و (العراقوسوريا)
    country_names: dict[str, str]
    # nisbas that are also common words (مالي، مالياً): an adjective only right after one of people_heads
    people_adjectives: dict[str, str]
    people_heads: frozenset[str]
    people_adjective_re: re.Pattern[str] | None  # any of them as a whole word: the cheap test before the token pass


# ---------------------------------------------------------------- loading


def _variants(phrase: str, pairs: list[tuple[str, str]]) -> set[str]:
    out = {norm(phrase)}
    for a, b in pairs:
        for v in list(out):
            if a in v:
                out.add(v.replace(a, b))
            if b in v:
                out.add(v.replace(b, a))
    return out


def _need(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d:
        raise LexiconError(f"{where}: entry {d.get('id', d)!r} has no '{key}'")
    return d[key]


def _norm_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


def _feminine_plurals(f: str) -> list[str]:
    """The dual and plural of a feminine nisba (كينية → كينيتين، كينيتان، كينيات)."""
    if not f.endswith(("ة", "ه")):
        return []
    stem = f[:-1]
    return [stem + "تين", stem + "تان", stem + "ات", "ال" + stem + "تين", "ال" + stem + "ات"]


def _nisba_pairs(st: dict) -> list[tuple[str, str]]:
    """A state's masculine and feminine nisba, and its other spellings (``also``: بنجلاديشي beside بنغلادشي)."""
    pairs = [(st.get("m"), st.get("f")), *(tuple(p) for p in st.get("also") or [])]
    return [(m, f) for m, f in pairs if m and f]  # type: ignore[misc]


def _nisba_forms(templates: list[str], st: dict) -> list[str]:
    out = []
    for m, f in _nisba_pairs(st):
        out += [t.replace("<m>", "ال" + m) for t in templates if "<m>" in t]
        out += [t.replace("<f>", "ال" + f) for t in templates if "<f>" in t]
    return out


def _state_forms(forms: dict, st: dict, home: bool = True) -> list[str]:
    """The names news gives a state's bodies, from its nisba (``m``, ``f``) and its own ``names``
    (without the bodies that act at home when ``home`` is false)."""
    aliases = _nisba_forms([*forms.get("masculine", []), *forms.get("feminine", [])], st)
    if home:
        aliases += _nisba_forms(forms.get("home", []), st)
    aliases += [t.replace("<name>", n) for t in forms.get("name", []) for n in st.get("names") or []]
    return aliases


def _state_actors(data: dict) -> list[dict[str, Any]]:
    """Actor entries for the governments listed one line a country under ``states``."""
    forms = data.get("state_aliases") or {}
    out = []
    # a state's name may be spelt like its nisba in the accusative (كينيا، ليبيا): that form stays the name
    names = {norm(n) for st in data.get("states") or [] for n in st.get("names") or []}
    for st in data.get("states") or []:
        iso = _need(st, "iso", "actors.yaml")
        # (both nisbas are required; their other spellings optional, each an [m, f] pair)
        _need(st, "m", "actors.yaml")
        _need(st, "f", "actors.yaml")
        if unknown := set(st) - _STATE_KEYS:
            raise LexiconError(f"actors.yaml: states line {iso} has keys the loader does not know: {', '.join(sorted(unknown))}")
        if any(not isinstance(pair, list) or len(pair) != 2 or not all(pair) for pair in st.get("also") or []):
            raise LexiconError(f"actors.yaml: states line {iso}: each of `also` must be a pair [m, f] of spellings")
        abroad = bool(st.get("abroad"))
        aliases = _state_forms(forms, st, home=not abroad) + list(st.get("aliases") or [])
        if abroad:
            # (its interior ministry and police act at home, where its army may not)
            out.append({
                "id": f"{iso}_MOI",
                "name": f"Interior ministry and police of {iso} (operations at home)",
                "kind": "state_force",
                "country": iso,
                "parent": f"{iso}_GOV",
                "home": True,
                "reported_as": f"{iso}_GOV",
                "aliases": _nisba_forms(forms.get("home", []), st),
            })
        out.append({
            "id": f"{iso}_GOV",
            "name": f"Government and armed forces of {iso}",
            "kind": "state_force",
            "country": iso,
            "state_of": iso,
            "aliases": aliases,
            "context_aliases": list(forms.get("context") or []),
            # (and the soldiers' and fighters' forms: "11 جندياً تشادياً"، "جنود تشاديين")
            # (and the feminine's dual and plural: "في بلدتين كينيتين"، "مدن عراقيات")
            "adjectives": [
                w
                for m, f in _nisba_pairs(st)
                for w in [m, f, "ال" + m, "ال" + f]
                + [form for form in (m + "ا", *_masculine_plurals(m), *_feminine_plurals(f)) if norm(form) not in names]
            ],
        })
    return out


def _masculine_plurals(m: str) -> list[str]:
    """A masculine nisba's sound plurals, bare and definite (نيجريين، نيجريون، النيجريين، النيجريون)."""
    return [m + "ين", m + "ون", "ال" + m + "ين", "ال" + m + "ون"]


def _nisba_plurals(a: dict) -> list[str]:
    """A richer entry's people in the plural, as a states line gets them ("جنود نيجريين")."""
    m = a.get("m")
    return _masculine_plurals(m) if m and a.get("state_of") else []


# the keys a states line may carry (_state_actors reads them)
_STATE_KEYS = frozenset({"iso", "m", "f", "names", "aliases", "also", "abroad"})

# the keys an actor entry may carry (a states line's are read by _state_actors)
_ACTOR_KEYS = frozenset({
    "id", "name", "kind", "country", "parent", "aliases", "context_aliases", "member_aliases", "adjectives",
    "people_adjectives", "contract", "state_of", "state_context", "m", "f", "names", "backed_by", "home", "local",
    "reported_as", "forces", "mission_in", "backs_government_in", "counts_civilians", "side", "side_only_in",
    "armed_against", "many_states", "requires_any", "militias_armed_against",
})


def _load_actors(entries: list[tuple[str, _Cand]]) -> tuple[dict, dict, dict, list[tuple[str, str]]]:
    data = load("actors.yaml")
    pairs = [(norm(a), norm(b)) for a, b in data.get("variants", [])]
    actors: dict[str, dict[str, Any]] = {}
    requires: dict[str, tuple[str, ...]] = {}
    adjectives: dict[str, str] = {}
    duals: list[tuple[str, str]] = []
    state_context = list((data.get("state_aliases") or {}).get("context") or [])
    for a in [*data["actors"], *_state_actors(data)]:
        aid = _need(a, "id", "actors.yaml")
        if aid in actors:
            raise LexiconError(f"actors.yaml: duplicate id {aid}")
        rec = {
            "id": aid,
            "name": _need(a, "name", "actors.yaml"),
            "kind": _need(a, "kind", "actors.yaml"),
            "country": a.get("country"),
            "parent": a.get("parent"),
            "aliases": list(dict.fromkeys([
                *(a.get("aliases") or []),
                *(_state_forms(data.get("state_aliases") or {}, a) if a.get("state_context") else []),
            ])),
            "context_aliases": list(a.get("context_aliases") or []) + (state_context if a.get("state_context") else []),
            "adjectives": list(dict.fromkeys([*(a.get("adjectives") or []), *_nisba_plurals(a)])),
            "contract": bool(a.get("contract")),
            "state_of": a.get("state_of"),
            "backed_by": a.get("backed_by"),
            "home": bool(a.get("home")),
            "local": bool(a.get("local")),
            "reported_as": a.get("reported_as"),
            "forces": a.get("forces"),
            "mission_in": a.get("mission_in"),
            "backs_government_in": tuple(a.get("backs_government_in") or ()),
            "counts_civilians": bool(a.get("counts_civilians")),
            "side": a.get("side"),
            "side_only_in": tuple(a.get("side_only_in") or ()),
            "armed_against": tuple(a.get("armed_against") or ()),
            "militias_armed_against": tuple(a.get("militias_armed_against") or ()),
            "many_states": bool(a.get("many_states")),
        }
        if unknown := set(a) - _ACTOR_KEYS:
            # (a key the loader does not read would be lost without a word: a misspelt one most of all)
            raise LexiconError(f"actors.yaml: {aid} has keys the loader does not know: {', '.join(sorted(unknown))}")
        actors[aid] = rec
        requires[aid] = tuple(a.get("requires_any") or [aid])
        for alias in rec["aliases"]:
            for v in _variants(alias, pairs):
                entries.append((v, _Cand("actor", aid, _FREE, 0)))
        for alias in rec["context_aliases"]:
            for v in _variants(alias, pairs):
                entries.append((v, _Cand("actor", aid, _CONTEXT, 0)))
        for alias in a.get("member_aliases") or []:
            for v in _variants(alias, pairs):
                entries.append((v, _Cand("actor", aid, _MEMBERS, 0)))
        for adj in rec["adjectives"]:
            # (not the country-name spellings: سورية the adjective must not become سوريا the country)
            for v in _variants(adj, [x for x in pairs if not any(w.endswith("ا") for w in x)]):
                adjectives[v] = aid
        duals.extend((adj + "ان", aid) for adj in rec["adjectives"] if norm(adj).endswith("ي") and " " not in adj)
    # a masculine nisba's dual ("جنديان أردنيان"، "عنصران سوريان"), where no adjective is spelt so
    for dual, aid in duals:
        for v in _variants(dual, [x for x in pairs if not any(w.endswith("ا") for w in x)]):
            adjectives.setdefault(v, aid)  # (and its spellings: أمريكيان، أميركيان)
    for rec in actors.values():
        if rec["parent"] and rec["parent"] not in actors:
            raise LexiconError(f"actors.yaml: {rec['id']} has unknown parent {rec['parent']}")
        if rec["forces"] and rec["forces"] not in actors:
            raise LexiconError(f"actors.yaml: {rec['id']} has unknown forces {rec['forces']}")
    return actors, requires, adjectives, pairs


def _load_people(entries: list[tuple[str, _Cand]], actors: dict[str, dict], pairs: list) -> dict:
    data = load("people.yaml")
    people: dict[str, dict[str, Any]] = {}
    for p in data["people"]:
        pid = _need(p, "id", "people.yaml")
        org = _need(p, "org", "people.yaml")
        if org not in actors:
            raise LexiconError(f"people.yaml: {pid} speaks for unknown actor {org}")
        people[pid] = {
            "id": pid,
            "name": _need(p, "name", "people.yaml"),
            "org": org,
            "role": p.get("role", ""),
            "kind": p.get("kind", "official"),
            "aliases": list(p.get("aliases") or []),
        }
        for alias in list(p.get("aliases") or []) + list(p.get("short") or []):
            for v in _variants(alias, pairs):
                entries.append((v, _Cand("person", pid, _FREE, 0)))
        for alias in p.get("context_short") or []:
            for v in _variants(alias, pairs):
                entries.append((v, _Cand("person", pid, _TITLE, 0)))
    return people


def _place_rec(e: dict[str, Any], kind: str, parent: str | None) -> dict[str, Any]:
    return {
        "id": e["id"],
        "name": e.get("name", e["id"]),
        "kind": kind,
        "country": e.get("country"),
        "parent": parent,
        "lat": e.get("lat"),
        "lon": e.get("lon"),
        # (a name whose normalised form is also a common word or a month, told apart only by its own spelling:
        # إب with its hamza, not آب "August" nor اب; the raw spellings it must be written in)
        "raw": tuple(e["ar"]) if e.get("raw_spelling") else None,
    }


def _load_places(entries: list[tuple[str, _Cand]]) -> dict[str, dict[str, Any]]:
    sup = load("places_supplement.yaml")
    gaz = load("gazetteer.jsonl")
    needs_cue = _norm_set(sup.get("needs_cue") or [])
    country_cue = _norm_set(sup.get("country_needs_cue") or [])
    places: dict[str, dict[str, Any]] = {}

    def add(rec: dict[str, Any], names: Iterable[str], rank: float, cue: bool = False) -> None:
        if rec["id"] in places:
            raise LexiconError(f"places: duplicate id {rec['id']}")
        places[rec["id"]] = rec
        for name in names:
            n = norm(name)
            rule = _CUE if cue or n in needs_cue else _FREE
            if rec["kind"] == "country" and n in country_cue:
                rule = _COUNTRY_CUE
            entries.append((n, _Cand("place", rec["id"], rule, rank)))

    gaz_countries = {r["id"]: r for r in gaz if r["kind"] == "country"}
    points = sup.get("country_points") or {}
    for cc in sorted(set(sup["countries"]) | set(gaz_countries)):
        names = sup["countries"].get(cc) or []
        g = gaz_countries.get(cc, {})
        lat, lon = points.get(cc) or (g.get("lat"), g.get("lon"))
        rec = _place_rec({"id": cc, "name": g.get("name", cc), "country": cc, "lat": lat, "lon": lon},
                         "country", None)
        rec["ar"] = names[0] if names else None
        rec["neighbours"] = tuple(g.get("neighbours") or ())
        add(rec, names, _PLACE_RANK["country"])
    for g in sup["governorates"]:
        rec = _place_rec(g, "governorate", g["country"])
        add(rec, g["ar"], _PLACE_RANK["governorate"], bool(g.get("needs_cue")))
        if g.get("rif"):
            # The countryside of a governorate is a region of its own in the news.
            rif = _place_rec({**g, "id": f"{g['id']}.RIF", "name": f"{g['name']} countryside"}, "region", g["id"])
            add(rif, [f"ريف {n}" for n in g["ar"]], _PLACE_RANK["region"])
    for r in sup["regions"]:
        kind = r.get("kind", "region")
        add(_place_rec(r, kind, r.get("parent") or r.get("country")), r["ar"], _PLACE_RANK.get(kind, 80),
            bool(r.get("needs_cue")))
    for t in sup["towns"]:
        add(_place_rec(t, t.get("kind", "town"), t.get("parent") or t.get("country")), t["ar"],
            _PLACE_RANK["town"] + 5, bool(t.get("needs_cue")))
    for t in gaz:
        if t["kind"] == "country":
            continue
        # Bigger towns win a shared name; the bonus stays below the curated entries'.
        bonus = min(math.log10(t.get("pop") or 1) / 2, 4.9)
        add(_place_rec(t, t["kind"], t.get("parent")), t["ar"], _PLACE_RANK[t["kind"]] + bonus, bool(t.get("cue")))
    for rec in places.values():
        if rec["parent"] and rec["parent"] not in places:
            raise LexiconError(f"places: {rec['id']} has unknown parent {rec['parent']}")
    return places


@cache
def _lexicon() -> _Lexicon:
    return cached("entities", _build_lexicon)


def _one_word_country_names(sup: dict[str, Any]) -> dict[str, str]:
    """The states' one-word names (normalised, four letters or more, none that needs a cue: مالي) -> iso."""
    needs_cue = _norm_set(sup.get("country_needs_cue") or [])
    return {
        n: cc
        for cc, names in (sup.get("countries") or {}).items()
        for n in map(norm, names or [])
        if " " not in n and len(n) >= 4 and n not in needs_cue
    }


def _build_lexicon() -> _Lexicon:
    entries: list[tuple[str, _Cand]] = []
    actors, requires, adjectives, pairs = _load_actors(entries)
    people = _load_people(entries, actors, pairs)
    places = _load_places(entries)
    acts = load("actors.yaml")
    sup = load("places_supplement.yaml")
    cues = sup["place_cues"]
    return _Lexicon(
        matcher=PhraseMatcher(entries, enclitics=False),
        actors=actors,
        places=places,
        people=people,
        requires=requires,
        not_after=_norm_set(acts.get("not_after") or []),
        not_before=_norm_set(acts.get("not_before") or []),
        place_not_before=_names_by_next_word(sup.get("place_not_before") or {}),
        country_not_after=_norm_set(sup.get("country_not_after") or []),
        titles=_norm_set(load("people.yaml").get("titles") or []),
        member_words=_norm_set(acts.get("member_words") or []),
        count_partitives=_norm_set(acts.get("count_partitives") or []),
        cue_town=_norm_set(cues.get("town") or []),
        cue_governorate=_norm_set(cues.get("governorate") or []),
        cue_any=_norm_set(cues.get("any") or []),
        country_cues=_norm_set(sup.get("country_cues") or []),
        prepositions=_norm_set(sup.get("prepositions") or []),
        preposition_is_cue=_norm_set(sup.get("preposition_is_cue") or []),
        directions={norm(k): v for k, v in sup["directions"].items()},
        direction_adjectives={norm(k): v for k, v in sup["direction_adjectives"].items()},
        adjectives=adjectives,
        adjective_matcher=PhraseMatcher(((k, v) for k, v in adjectives.items()), enclitics=False),
        country_names=_one_word_country_names(sup),
        people_adjectives=(people_adjectives := {norm(w): a["id"] for a in acts["actors"] for w in a.get("people_adjectives") or []}),
        people_heads=_norm_set(acts.get("people_nisba_heads") or []),
        people_adjective_re=(
            # (each word looks behind itself for a word character, rather than the pattern opening on a
            # lookbehind, which is tried at every position of the text: the words' common letters lead it)
            re.compile(
                "(?:"
                + "|".join(f"{re.escape(w)}(?<!\\w.{{{len(w)}}})" for w in sorted(people_adjectives, key=len, reverse=True))
                + r")(?!\w)"
            )
            if people_adjectives
            else None
        ),
        tanween_nisbas={
            k + "ا": v
            for k, v in adjectives.items()
            if k.endswith("ي") and " " not in k and not k.startswith("ال") and k + "ا" not in adjectives
        },
    )


# ---------------------------------------------------------------- look-ups


def actor(id: str) -> dict | None:
    """The actor record: id, name, kind, country, parent, aliases, …"""
    rec = _lexicon().actors.get(id)
    return dict(rec) if rec else None


def place(id: str) -> dict | None:
    """The place record: id, name, kind, country, parent, lat, lon."""
    rec = _lexicon().places.get(id)
    return dict(rec) if rec else None


def neighbours(cc: str) -> frozenset[str]:
    """The states that share a land border with country ``cc`` (from GeoNames)."""
    rec = _lexicon().places.get(cc)
    return frozenset(rec.get("neighbours") or ()) if rec and rec["kind"] == "country" else frozenset()


def person(id: str) -> dict | None:
    """The person record: id, name, org (actor id), role, kind, aliases."""
    rec = _lexicon().people.get(id)
    return dict(rec) if rec else None


def ancestors(actor_id: str) -> list[str]:
    """Parent chain of an actor, nearest first (CTS -> ['ISF', 'IQ_GOV'])."""
    return list(_ancestors(actor_id))


@lru_cache(maxsize=4096)  # (the extractor asks it of the same few actors for every figure)
def _ancestors(actor_id: str) -> tuple[str, ...]:
    acts = _lexicon().actors
    out: list[str] = []
    cur = acts.get(actor_id)
    while cur and cur["parent"] and cur["parent"] not in out:
        out.append(cur["parent"])
        cur = acts.get(cur["parent"])
    return tuple(out)


def canonical(actor_id: str) -> str | None:
    """The nearest contract id at or above ``actor_id`` (CTS -> ISF), or None."""
    acts = _lexicon().actors
    for a in [actor_id, *ancestors(actor_id)]:
        if a in acts and acts[a]["contract"]:
            return a
    return None


@cache
def militia_backers() -> dict[str, tuple[str, ...]]:
    """Each state that backs militias (its ``militias_armed_against``) → the strikers its militias are the enemies of."""
    return {aid: rec["militias_armed_against"] for aid, rec in _lexicon().actors.items() if rec["militias_armed_against"]}


def actor_for_country(cc: str) -> str | None:
    """The actor a country's name stands for as a subject (IQ -> IQ_GOV)."""
    return _actor_by_state().get(cc)


@cache
def _actor_by_state() -> dict[str | None, str]:
    """Each ``state_of`` value → the first actor of the lexicon with it (as a scan of the actors would find)."""
    out: dict[str | None, str] = {}
    for rec in _lexicon().actors.values():
        out.setdefault(rec["state_of"], rec["id"])
    return out


def adjective_actor(word: str) -> str | None:
    """The actor a nisba adjective points to (الأميركية -> US), clitics allowed."""
    adj = _lexicon().adjectives
    for stem, _, encl in stems(norm(word).strip()):
        if not encl and stem in adj:
            return adj[stem]
    return None


def place_prepositions() -> frozenset[str]:
    """The prepositions after which a name is a place (في تدمر): places_supplement.yaml's list."""
    return _lexicon().prepositions


def find_adjectives(text: str | Normalized) -> list[Entity]:
    """Nisba adjectives naming an actor (غارة أميركية -> US), kind 'adjective'."""
    lex = _lexicon()
    nt = normalize(text) if isinstance(text, str) else text
    out: list[Entity] = []
    for m in lex.adjective_matcher.find(nt):
        aid = m.payloads[0]
        out.append(Entity(nt.original[m.start : m.end], m.start, m.end, aid, "actor", "adjective",
                          lex.actors[aid]["country"]))
    # (the words looked for as plain substrings first: most texts hold none, and the pattern tries every position)
    if (
        lex.people_adjective_re is not None
        and any(w in nt.text for w in lex.people_adjectives)
        and lex.people_adjective_re.search(nt.text)
    ):
        # "53 جندياً مالياً": a nisba that is also a common word, only right after the people it describes
        toks = tokenize(nt.text)
        for before, t in pairwise(toks):
            if t.text in lex.people_adjectives and before.text in lex.people_heads:
                aid = lex.people_adjectives[t.text]
                o_start, o_end = nt.span(t.start, t.end)
                out.append(Entity(nt.original[o_start:o_end], o_start, o_end, aid, "actor", "adjective", lex.actors[aid]["country"]))
    toks = tokenize(nt.text) if "\u064b" in nt.original else []
    # (every such nisba ends in يا once normalised: the cheap test first, picked out with no Python step per token)
    for t in compress(toks, map(_ENDS_IN_YA, map(itemgetter(0), toks))):
        if (found := _tanween_nisba(lex, nt, t.start, t.end)) is not None:
            # (past a clitic و: "31 مرتزقاً سورياً وعراقياً"; the span leaves the clitic out)
            aid, stem = found
            o_start, o_end = nt.span(t.end - len(stem), t.end)
            out.append(Entity(nt.original[o_start:o_end], o_start, o_end, aid, "actor", "adjective", lex.actors[aid]["country"]))
    return sorted(out, key=lambda e: e.start)


_ENDS_IN_YA = methodcaller("endswith", "يا")


def _tanween_nisba(lex: _Lexicon, nt: Normalized, nstart: int, nend: int) -> tuple[str, str] | None:
    """The actor and stem of a nisba in the accusative with its tanween written (جندياً سورياً، 12 مقاتلاً
    تركياً) that spans the normalised ``nstart``..``nend``; None for the state's name (سوريا، في تركيا) or
    another word."""
    if not lex.tanween_nisbas:
        return None
    stem = next((st for st, _, encl in stems(nt.text[nstart:nend]) if not encl and st in lex.tanween_nisbas), None)
    if stem is None:
        return None
    o_start, o_end = nt.span(nstart, nend)
    return (lex.tanween_nisbas[stem], stem) if "\u064b" in nt.original[o_start:o_end] else None


# ---------------------------------------------------------------- context


@lru_cache(maxsize=100_000)
def _readings(tok: str) -> tuple[str, ...]:
    return tuple(s for s, _, encl in stems(tok) if not encl)


def _gaps(text: str, toks: list[Token]) -> list[bool]:
    """gaps[j]: punctuation breaks the phrase between tokens j and j + 1."""
    # Marked from the document's few punctuation marks instead of slicing every
    # gap: tokens hold no punctuation, so a mark lies in the gap after the last
    # token that starts before it.
    gaps = [False] * max(len(toks) - 1, 0)
    starts = list(map(itemgetter(1), toks))  # (each Token's start)
    for m in _PHRASE_BREAK_RE.finditer(text):
        j = bisect_right(starts, m.start()) - 1
        if 0 <= j < len(gaps):
            gaps[j] = True
    return gaps


def _joined(gaps: list[bool], a: int, b: int) -> bool:
    """No phrase-breaking punctuation between tokens a..b (inclusive)."""
    return a >= 0 and not any(gaps[a:b])


def _phrase_before(doc: _Doc, i: int, phrases: Container[str], max_len: int = 3) -> tuple[str, int] | None:
    """The longest phrase from ``phrases`` ending right before token ``i``: (phrase, first token)."""
    toks = doc.toks
    for n in range(min(max_len, i), 0, -1):
        first = i - n
        if not _joined(doc.gaps, first, i):
            continue
        rest = [t.text for t in toks[first + 1 : i]]
        for r in _readings(toks[first].text):
            p = " ".join([r, *rest]) if rest else r
            if p in phrases:
                return p, first
    return None


def _phrase_after(doc: _Doc, j: int, phrases: dict[str, str], max_len: int = 2) -> tuple[str, int] | None:
    """The longest phrase starting at token ``j``: (phrase, last token + 1)."""
    toks = doc.toks
    for n in range(max_len, 0, -1):
        if j + n > len(toks) or not _joined(doc.gaps, j - 1, j + n - 1):
            continue
        p = " ".join(t.text for t in toks[j : j + n])
        if p in phrases:
            return p, j + n
    return None


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(c in _SENTENCE_BREAK for c in text[lo:hi])


def _article_stripped(m: Match[_Cand]) -> bool:
    # بالعراق is ب + العراق; but الصور read as ال + صور is another word, and
    # Arabic names never take an article they do not have.
    return m.prefix.endswith("ال") or m.prefix.endswith("لل")


def _verb_like(m: Match[_Cand]) -> bool:
    # ك "like" before a one-word name is rare in news, while a verb that
    # starts with ك often ends in a name (كسرت is not ك + سرت).
    return "ك" in m.prefix and m.tok_end - m.tok_start == 1


def _place_chain(places: dict[str, dict], pid: str) -> list[str]:
    out: list[str] = []
    cur = places.get(pid)
    while cur and cur["parent"] and cur["parent"] not in out and cur["parent"] != pid:
        out.append(cur["parent"])
        cur = places.get(cur["parent"])
    return out


@dataclass(slots=True)
class _Doc:
    nt: Normalized
    toks: list[Token]
    gaps: list[bool]
    matches: list[Match[_Cand]]
    free_ids: set[str]  # ids named by an unconditional alias somewhere in the text
    countries: set[str]  # countries of places named without doubt
    sure_places: list[tuple[int, str]]  # (match index, place id) of unambiguous places
    force_states: set[str]  # states named by a body of theirs (قوات الأمن الأردنية، الحكومة السورية): they rank places only


def _survey(lex: _Lexicon, nt: Normalized, toks: list[Token]) -> _Doc:
    # (a name with no proclitic, most of them, is neither: no call for it)
    matches = [m for m in lex.matcher.find(nt, toks) if not m.prefix or not (_article_stripped(m) or _verb_like(m))]
    free_ids: set[str] = set()
    countries: set[str] = set()
    states: set[str] = set()
    sure: list[tuple[int, str]] = []
    for k, m in enumerate(matches):
        free = [c for c in m.payloads if c.rule == _FREE]
        for c in free:
            free_ids.add(c.id)
            if c.type == "person":
                free_ids.add(lex.people[c.id]["org"])
        for c in free:
            # a state named by a body of its own (قوات الأمن الأردنية) ranks the places of its country first:
            # "عمان" beside them is Amman, not Oman
            if c.type == "actor" and (state := lex.actors.get(c.id, {}).get("state_of")):
                states.add(str(state))
        places = [c for c in free if c.type == "place"]
        if places and len(free) == len(places) and len({lex.places[c.id]["country"] for c in places}) == 1:
            cc = lex.places[places[0].id]["country"]
            if cc:
                countries.add(cc)
            if len(places) == 1:
                sure.append((k, places[0].id))
    return _Doc(nt, toks, _gaps(nt.text, toks), matches, free_ids, countries, sure, states)


def _names_by_next_word(data: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """The places data's ``place_not_before`` (a name -> the words after which it is a common noun),
    turned around so that a match looks up only the word that follows it."""
    out: dict[str, set[str]] = {}
    for name, words in data.items():
        for w in words:
            out.setdefault(norm(w), set()).add(norm(name))
    return {w: frozenset(names) for w, names in out.items()}


def _actor_blocked(lex: _Lexicon, doc: _Doc, m: Match[_Cand]) -> bool:
    toks = doc.toks
    if m.prefix == "" and _phrase_before(doc, m.tok_start, lex.not_after, 1):
        return True
    return m.tok_end < len(toks) and _joined(doc.gaps, m.tok_end - 1, m.tok_end) and (
        toks[m.tok_end].text in lex.not_before
    )


def _phrases_before(doc: _Doc, i: int, max_len: int) -> list[tuple[int, str]]:
    """Every (length, phrase) that ``_phrase_before`` would look up before token ``i``."""
    toks = doc.toks
    out = []
    for n in range(min(max_len, i), 0, -1):
        first = i - n
        if not _joined(doc.gaps, first, i):
            continue
        rest = [t.text for t in toks[first + 1 : i]]
        for r in _readings(toks[first].text):
            out.append((n, " ".join([r, *rest]) if rest else r))
    return out


def _cue_before(lex: _Lexicon, doc: _Doc, i: int) -> str | None:
    """'town', 'governorate' or 'any' when a place word precedes token i."""
    # the phrases before i are built once and looked up in each list (as _phrase_before would, one list at a time)
    before = _phrases_before(doc, i, 3)
    for kind, words in (("town", lex.cue_town), ("governorate", lex.cue_governorate), ("any", lex.cue_any)):
        if any(p in words for _, p in before):
            return kind
    # (a compass noun, "شمال مودية"، "شرقي الباب" — not the adjective that closes the place before it: "ريف حماة
    # الشمالي مودية بخمسة مدنيين")
    if any(n <= 2 and p in lex.directions and not doc.toks[i - n].text.startswith("ال") for n, p in before):
        return "any"
    return None


def _after_preposition(lex: _Lexicon, doc: _Doc, m: Match[_Cand]) -> bool:
    """A preposition before a name whose other reading is a verb or adjective."""
    if m.phrase not in lex.preposition_is_cue:
        return False
    return "ب" in m.prefix or _phrase_before(doc, m.tok_start, lex.prepositions, 1) is not None


def _vouched(lex: _Lexicon, doc: _Doc, k: int, pid: str) -> bool:
    """Is a governorate or region that contains ``pid`` named close by?"""
    chain = set(_place_chain(lex.places, pid)) - {lex.places[pid]["country"]}
    if not chain:
        return False
    m = doc.matches[k]
    for j, other in doc.sure_places:
        # the governorate itself, its countryside, or another place in it
        if j == k or not ({other, *_place_chain(lex.places, other)} & chain):
            continue
        o = doc.matches[j]
        gap = o.tok_start - m.tok_end if j > k else m.tok_start - o.tok_end
        if gap <= _WINDOW and _same_sentence(doc.nt.text, min(m.nend, o.nend), max(m.nstart, o.nstart)):
            return True
    return False


def _passes(lex: _Lexicon, doc: _Doc, k: int, c: _Cand, cue: str | None) -> bool:
    m = doc.matches[k]
    if c.rule == _FREE:
        return True
    if c.rule == _CONTEXT:
        # "الجيش" is the state's own in a report that names its body in full, or that names its
        # country and no other (هاجم مسلحون قرية في الكونغو الديمقراطية … وقال إن الجيش قتل اثنين)
        home = lex.actors[c.id].get("state_of")
        return any(r in doc.free_ids for r in lex.requires[c.id]) or (home is not None and doc.countries == {home})
    if c.rule == _TITLE:
        return c.id in doc.free_ids or _phrase_before(doc, m.tok_start, lex.titles) is not None
    if c.rule == _MEMBERS:
        # "عناصر القاعدة"، "لمسلحي القاعدة": the group, after its men's noun — not the common word with its
        # adjective, "عناصر القاعدة الجوية"
        if m.tok_end < len(doc.toks) and _adjective_form(doc.toks[m.tok_end].text):
            return False
        if _phrase_before(doc, m.tok_start, lex.member_words, 1) is not None:
            return True
        text = doc.nt.text
        if m.nstart > 0 and m.nend < len(text) and _QUOTE_PAIRS.get(text[m.nstart - 1]) == text[m.nend]:
            # (the short name alone in quotes or brackets is a name: "عدد قتلى «القاعدة»"، "عناصر تنظيم (القاعدة)")
            return True
        # (or counted, in a page that names the group in full: "مقتل 15 جندياً و12 من القاعدة")
        i = m.tok_start
        return (
            c.id in doc.free_ids
            and i >= 2
            and doc.toks[i - 1].text in lex.count_partitives
            and doc.toks[i - 2].text.lstrip("و").isdigit()
        )
    if c.rule == _COUNTRY_CUE:
        return (
            _phrase_before(doc, m.tok_start, lex.country_cues, 1) is not None
            or _after_country(lex, doc, k)
            or _before_country(lex, doc, k)
        )
    if c.rule == _CUE:
        if c.type == "place" and (raw := lex.places[c.id].get("raw")):
            # (its spelling without vowel marks, "إبّ"; the bare alif only after a governorate's own cue, "محافظة اب" —
            # not "منطقة اب كاماري")
            written = strip_marks(doc.nt.original[m.start : m.end])
            if written not in raw and not (cue == "governorate" and norm(written) in {norm(w) for w in raw}):
                return False
        return cue is not None or _vouched(lex, doc, k, c.id) or _after_preposition(lex, doc, m)
    return False


# a short name alone in quotes or brackets, each opener with its own closer
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”", "(": ")"}


def _adjective_form(word: str) -> bool:
    """Does the word look like a definite nisba adjective (الجوية، العسكري، المحتجين)?"""
    return word.startswith("ال") and word.endswith(("يه", "ية", "ي", "ين", "يون"))


def _after_country(lex: _Lexicon, doc: _Doc, k: int) -> bool:
    """"في كل من بوركينا فاسو ومالي": joined by و to a country named right before, a name that
    needs a cue (مالي is also "financial") is the next country of the list."""
    m = doc.matches[k]
    if k == 0 or not m.prefix.startswith("و"):
        return False
    prev = doc.matches[k - 1]
    return prev.tok_end == m.tok_start and _joined(doc.gaps, prev.tok_end - 1, m.tok_start) and any(
        c.type == "place"
        and lex.places[c.id]["kind"] == "country"
        # (or one that is itself a country by its cue or as the next of such a list: "في مالي ونيجر"، "في بوركينا
        # فاسو ومالي ونيجر")
        and (c.rule == _FREE or (c.rule == _COUNTRY_CUE and _passes(lex, doc, k - 1, c, None)))
        for c in prev.payloads
    )


def _before_country(lex: _Lexicon, doc: _Doc, k: int) -> bool:
    """"بلدان الساحل الثلاث، مالي والنيجر وبوركينا فاسو": a name that needs a cue, joined by و to a country
    named right after it that needs none, is the first of the list."""
    m = doc.matches[k]
    if k + 1 >= len(doc.matches):
        return False
    nxt = doc.matches[k + 1]
    return (
        nxt.tok_start == m.tok_end
        and nxt.prefix.startswith("و")
        and _joined(doc.gaps, m.tok_end - 1, nxt.tok_start)
        and any(c.type == "place" and c.rule == _FREE and lex.places[c.id]["kind"] == "country" for c in nxt.payloads)
    )


def _choose(lex: _Lexicon, doc: _Doc, k: int) -> _Cand | None:
    m = doc.matches[k]
    cands = list(m.payloads)
    if any(c.type == "actor" for c in cands) and _actor_blocked(lex, doc, m):
        cands = [c for c in cands if c.type != "actor"]
    places = [c for c in cands if c.type == "place"]
    cue = None
    # (a name with no place among its readings — most actors — has no place word around it to weigh: the tests
    # below all begin with ``places``)
    if places:
        common = lex.place_not_before.get(doc.toks[m.tok_end].text) if m.tok_end < len(doc.toks) else None
        if common and " ".join(t.text for t in doc.toks[m.tok_start : m.tok_end])[len(m.prefix) :] in common:
            # "في البحرين الأحمر والعربي": the two seas, not Bahrain
            cands = [c for c in cands if c.type != "place"]
            places = []
        if places and m.prefix == "" and m.tok_start > 0 and doc.toks[m.tok_start - 1].text in lex.country_not_after and all(
            lex.places[c.id]["kind"] == "country" for c in places
        ):
            # "انفجرت عبوة في حي فلسطين وسط المقدادية": a quarter of an Iraqi town named for a country
            cands = [c for c in cands if c.type != "place"]
            places = []
        # The place word before a name matters only to a name that needs one or
        # to choose between places of different kinds.
        needed = any(c.rule == _CUE for c in places) or len({lex.places[c.id]["kind"] for c in places}) > 1
        cue = _cue_before(lex, doc, m.tok_start) if needed else None
        whole_country = any(lex.places[c.id]["kind"] == "country" for c in places)
        # (but ل after a definite word is the preposition: "الريف الجنوبي لإدلب"، "الريف الغربي لحلب" — a place word in
        # construct with a name would carry no article, ريف إدلب)
        of_definite = m.prefix.lstrip("و") == "ل" and m.tok_start > 0 and doc.toks[m.tok_start - 1].text.startswith("ال")
        if places and m.prefix.lstrip("و") and not whole_country and not of_definite and (cue or _cue_before(lex, doc, m.tok_start)):
            # "بلدة بصرة" is the town of Busra, not بـ + a town صرة: after a place word the name is whole
            # (but "المناطق بسوريا" is ب + a country: no town's name is a country's)
            cands = [c for c in cands if c.type != "place"]
            places = []
    cands = [c for c in cands if _passes(lex, doc, k, c, cue)]
    if sum(c.rule == _CONTEXT for c in cands) > 1:
        # "الجيش" in a report that names two states in full: either could be meant
        cands = [c for c in cands if c.rule != _CONTEXT]
    if not cands:
        return None

    def score(c: _Cand) -> tuple:
        if c.type != "place":
            return (c.rule == _FREE, _TYPE_RANK[c.type], 0, 0, c.rank)
        rec = lex.places[c.id]
        in_doc = rec["country"] in doc.countries or rec["country"] in doc.force_states
        fits = (cue == "town" and rec["kind"] == "town") or (cue == "governorate" and rec["kind"] == "governorate")
        return (c.rule == _FREE or cue is not None, _TYPE_RANK["place"], fits, in_doc, c.rank)

    # (one reading is the best one: its score need not be worked out)
    return cands[0] if len(cands) == 1 else max(cands, key=score)


def _with_direction(lex: _Lexicon, doc: _Doc, k: int, floor: int) -> tuple[int, int, str | None]:
    """Normalised (start, end) widened over compass words, and the direction."""
    m = doc.matches[k]
    toks = doc.toks
    nstart, nend, direction = m.nstart, m.nend, None
    before = _phrase_before(doc, m.tok_start, lex.directions, 2)
    if before and m.prefix == "":
        phrase, first = before
        tok = toks[first]
        # the direction word may carry a proclitic (بشرق سوريا): leave it out
        plen = next((p for s, p, e in stems(tok.text) if s == phrase.split()[0] and not e), 0)
        if tok.start + plen >= floor:
            nstart, direction = tok.start + plen, lex.directions[phrase]
    after = _phrase_after(doc, m.tok_end, lex.direction_adjectives)
    if after:
        phrase, last = after
        nend = toks[last - 1].end
        if direction is None:
            direction = lex.direction_adjectives[phrase]
    return nstart, nend, direction


def _entity(lex: _Lexicon, nt: Normalized, c: _Cand, nstart: int, nend: int, direction: str | None) -> Entity:
    s, e = nt.span(nstart, nend)
    text = nt.original[s:e]
    if c.type == "place":
        r = lex.places[c.id]
        return Entity(text, s, e, c.id, "place", r["kind"], r["country"], r["lat"], r["lon"], direction=direction)
    if c.type == "person":
        p = lex.people[c.id]
        return Entity(text, s, e, c.id, "person", p["kind"], lex.actors[p["org"]]["country"], org=p["org"])
    a = lex.actors[c.id]
    return Entity(text, s, e, c.id, "actor", a["kind"], a["country"])


def _other_state_after(lex: _Lexicon, doc: _Doc, tok: int, aid: str) -> tuple[str, int] | None:
    """The state actor a nisba right after a state body's name points to, and the nisba's end, when it is
    another state's (وزارة الدفاع الوطني + التركية)."""
    rec = lex.actors[aid]
    # (a state's partner force by a name other states' forces share too: "قوات الدفاع الوطني السودانية")
    state = rec.get("state_of") or (rec.get("country") if rec.get("kind") == "partner_force" else None)
    if not state or tok >= len(doc.toks) or not _joined(doc.gaps, tok - 1, tok):
        return None
    other = lex.adjectives.get(doc.toks[tok].text)
    if other is None or other not in lex.actors:
        return None
    if (own := lex.adjectives.get(doc.toks[tok - 1].text)) is not None and lex.actors.get(own, {}).get("state_of") == state:
        return None  # (the name ends in its own state's nisba: "القوات الأمريكية البريطانية" are both states')
    theirs = lex.actors[other].get("state_of")
    if not theirs or theirs == state:
        return None
    return other, doc.toks[tok].end


def find_entities(text: str | Normalized) -> list[Entity]:
    """Actors, people and places in ``text``: sorted, non-overlapping, longest first.

    Spans are offsets into the original text and leave out proclitics
    (بالعراق -> العراق). A place preceded by compass words covers them and
    carries ``direction`` (شمال غربي سوريا -> SY, north-west).
    """
    lex = _lexicon()
    nt = normalize(text) if isinstance(text, str) else text
    toks = tokenize(nt.text)
    doc = _survey(lex, nt, toks)
    out: list[Entity] = []
    decided: set[int] = set()  # (starts of shared names a nisba right after them decided)
    floor = 0  # normalised end of the previous entity: spans never overlap
    for k, m in enumerate(doc.matches):
        c = _choose(lex, doc, k)
        if c is None:
            continue
        if m.tok_end - m.tok_start == 1 and _tanween_nisba(lex, nt, m.nstart, m.nend) is not None:
            continue  # "57 جندياً سورياً": the Syrian, an adjective (find_adjectives), not Syria
        nstart, nend, direction = m.nstart, m.nend, None
        if c.type == "place":
            nstart, nend, direction = _with_direction(lex, doc, k, floor)
        elif c.type == "actor" and (other := _other_state_after(lex, doc, m.tok_end, c.id)) is not None:
            # "وزارة الدفاع الوطني التركية": one state's name for a body, another state's nisba after it —
            # the body is the nisba's state's (Algeria's ministry is also Turkey's and Tunisia's by that name)
            c, nend = c._replace(id=other[0]), other[1]
        found = _entity(lex, nt, c, nstart, nend, direction)
        if c.type == "place" and (named := _shared_name_by_nisba(lex, doc, m.tok_end, found)) is not None:
            found = named
            decided.add(found.start)
        out.append(found)
        floor = nend
    out = _glued_states(lex, nt, toks, out)
    return _resolve_shared_names(lex, nt, out, decided)


def _shared_name_by_nisba(lex: _Lexicon, doc: _Doc, tok: int, e: Entity) -> Entity | None:
    """The reading of a shared name its state's nisba right after it picks ("طرابلس اللبنانية" is Lebanon's,
    whatever else the document names most)."""
    options = _shared("shared_names").get(norm(e.text))
    if not options or tok >= len(doc.toks) or not _joined(doc.gaps, tok - 1, tok):
        return None
    nisba = lex.adjectives.get(doc.toks[tok].text)
    rec = lex.actors.get(nisba or "") or {}
    country = rec.get("state_of") or rec.get("country")
    best = next((pid for pid in options if lex.places[pid]["country"] == country), None)
    if best is None or country == e.country:
        return None
    return _as_place(lex, e, best)


def _as_place(lex: _Lexicon, e: Entity, pid: str) -> Entity:
    """The same words read as another place of the gazetteer (a shared name's other reading)."""
    rec = lex.places[pid]
    return Entity(e.text, e.start, e.end, pid, "place", rec["kind"], rec["country"], rec["lat"], rec["lon"], direction=e.direction)


def _glued_states(lex: _Lexicon, nt: Normalized, toks: list[Token], found: list[Entity]) -> list[Entity]:
    """Two states' names glued by their و when a page lost the space (في العراقوسوريا، بالعراقوسوريا): both
    states, where nothing else was found in the word. (The tokeniser already cuts a word ending in alef from a
    definite one, سورياوالعراق; this needs the lexicon: a و inside a word is no sign of two words.)"""
    taken = [(e.start, e.end) for e in found]
    extra: list[Entity] = []
    # (only words of nine letters or more can hold two names and a و: picked out with no Python step per token)
    for t in compress(toks, map((8).__lt__, map(len, map(itemgetter(0), toks)))):
        if "و" not in t.text:
            continue  # (no reading of the word holds a و the word lacks)
        # (behind its proclitics too: the readings stems() gives that are a slice of the text)
        for w, lead, encl in stems(t.text):
            k = next(
                (k for k in range(3, len(w) - 3) if w[k] == "و" and w[:k] in lex.country_names and w[k + 1 :] in lex.country_names),
                None,
            )
            if encl or k is None or nt.text[t.start + lead : t.end] != w:
                continue
            s, e = nt.span(t.start + lead, t.end)
            if not any(a < e and s < b for a, b in taken):
                for lo, hi in ((t.start + lead, t.start + lead + k), (t.start + lead + k + 1, t.end)):
                    cc = lex.country_names[nt.text[lo:hi]]
                    rec = lex.places[cc]
                    o_start, o_end = nt.span(lo, hi)
                    extra.append(Entity(nt.original[o_start:o_end], o_start, o_end, cc, "place", rec["kind"], rec["country"], rec["lat"], rec["lon"]))
            break
    return sorted([*found, *extra], key=lambda e: e.start) if extra else found


@cache
def _shared(key: str) -> dict[str, tuple[str, ...]]:
    """A name → its readings, from one of places_supplement.yaml's shared-name tables."""
    sup = load("places_supplement.yaml")
    return {norm(k): tuple(v) for k, v in (sup.get(key) or {}).items()}


def _resolve_shared_names(lex: _Lexicon, nt: Normalized, found: list[Entity], decided: set[int] | None = None) -> list[Entity]:
    """A name two places share takes the reading whose country the document names most — a state's own
    body counting twice a place named in passing; for some names (كشمير) only the bodies that speak count.
    A name its nisba decided (``decided``: their starts) keeps that reading, and votes for it."""
    decided = decided or set()
    shared, by_speakers = _shared("shared_names"), _shared("shared_names_by_speakers")
    if not (shared or by_speakers) or not found:
        return found
    def name_of(e: Entity) -> str:
        # (the name without the compass words before it: "شمال المملكة" is المملكة)
        key = norm(e.text)
        if e.direction:
            words = key.split()
            key = next((" ".join(words[i:]) for i in range(1, len(words)) if " ".join(words[i:]) in shared or " ".join(words[i:]) in by_speakers), key)
        return key

    counts: dict[str, int] = {}
    speakers: dict[str, int] = {}
    keys = [name_of(e) if e.type == "place" else "" for e in found]
    for e, key in zip(found, keys, strict=True):
        # every place and actor that names a country, except the shared names themselves; a body of a state
        # (وزارة الداخلية البحرينية) counts twice a place, which a report may name in passing ("تلقت
        # تدريبات في إيران والسعودية")
        if e.country and e.type == "actor":
            counts[e.country] = counts.get(e.country, 0) + 2
            speakers[e.country] = speakers.get(e.country, 0) + 1
        elif e.country and e.type == "place" and ((key not in shared and key not in by_speakers) or e.start in decided):
            counts[e.country] = counts.get(e.country, 0) + 1
    out = []
    for e, key in zip(found, keys, strict=True):
        if e.start in decided:
            out.append(e)
            continue
        if key in by_speakers:
            e = _reading_voted(lex, e, by_speakers[key], speakers)
        elif key in shared:
            e = _reading_voted(lex, e, shared[key], counts)
        out.append(e)
    return out


def _reading_voted(lex: _Lexicon, e: Entity, options: tuple[str, ...], votes: dict[str, int]) -> Entity:
    """The reading of a shared name whose country has more votes than the one the matcher chose."""
    best = max(options, key=lambda pid: votes.get(lex.places[pid]["country"] or "", 0))
    if votes.get(lex.places[best]["country"] or "", 0) <= votes.get(e.country or "", 0):
        return e
    return _as_place(lex, e, best)
