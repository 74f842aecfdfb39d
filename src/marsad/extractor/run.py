"""One document → its claims: the extraction loop over sentences.

Walks the sentences in order, reads every count (``claims.read_count``),
fills its slots from clause, sentence and passage (``context``,
``attribution``), updates the passage frame, and finally merges the claims
that the article states twice (headline and body, summary and detail).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import pairwise, takewhile

from marsad.extractor.attribution import (
    STATE,
    STATE_FORCES,
    Attribution,
    attributions,
    last_body,
    resolve_anaphors,
    source_for,
)
from marsad.extractor.claims import (
    ARMED_KINDS,
    FORCE_KINDS,
    NO_KILLING_RULES,
    PART_RULES,
    PEOPLE_KINDS,
    Reading,
    apposed_parts_of_a_toll,
    as_breakdown_item,
    before_time_aside,
    casualties_with_parts,
    civilians_with_forces_among_them,
    gapped_place,
    joined_by_wa,
    metric_of,
    of_the_enemy,
    others_name_the_first,
    owner_after_the_list,
    place_right_after,
    qualifier_words,
    ranked_fighters,
    read_count,
    side_of_actor,
    state_force_nisba_after,
    toll_of_its_parts,
)
from marsad.extractor.context import (
    POINT_IN_TIME,
    Frame,
    across_a_border,
    border_chain_countries,
    capital_abroad,
    countries_in,
    day_said,
    is_locative,
    name_prefix,
    not_where,
    note_countries,
    open_ended_time_in,
    period_in,
    says_where,
)
from marsad.extractor.document import (
    LABEL_ITEM,
    LIST_ITEM,
    Analysis,
    Placed,
    SentenceView,
    analyse,
    qualifies_a_force,
)
from marsad.lexicon import load
from marsad.model import Claim, Entity, Period, Quantity, Span
from marsad.recognize import entities as entity_data
from marsad.recognize.cues import Cue, expeditionary, grammar, grammar_union, kept_ids
from marsad.text.normalize import norm

ARMED_METRICS = frozenset({"attacks", "strength"})
VICTIM_METRICS = frozenset({"friendly_killed", "friendly_wounded", "civilians_killed"})
EVENT_CUES = frozenset({"operation", "attack", "kill", "capture", "wound", "tally"})


def _ancestors(actor_id: str) -> list[str]:
    try:
        return entity_data.ancestors(actor_id)
    except Exception:  # an id the data does not know
        return []


# A state's forces, and the partners and militias of its side, publish what they did; the outlet relays it.
# (Not a coalition: its strikes are told by its members and the wires as often as by itself.)
_SELF_REPORTING_KINDS = FORCE_KINDS - {"coalition"}
DOERS_OWN_ACCOUNT = "the-doer's-own-account"  # how a source read from who did what is marked


def _specific(source: str | None, frame: Frame) -> str | None:
    """Prefer a more specific speaker already heard: الجيش الأميركي after CENTCOM."""
    if source is None:
        return None
    for seen in reversed(frame.seen_sources):
        if seen != source and source in _ancestors(seen):
            return seen
    return source


def _forces(a: Analysis, view: SentenceView, lo: int, hi: int, exclude: set[str]) -> list[str]:
    out: list[str] = []
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if not (lo <= p.tok_start < hi) or e.type != "actor" or e.id in exclude:
            continue
        if _struck_at(a, view, p.tok_start):
            continue  # "على مناطق نفوذ الإدارة الذاتية": whom the strikes hit, not who carried them out
        if (e.kind in FORCE_KINDS or e.kind.endswith("force")) and e.id not in out:
            out.append(e.id)
    for adj in view.adjectives:
        if lo <= adj.tok_start < hi and not any(q.tok_end == adj.tok_start for q in view.quantities):
            # only an adjective right after an operation or force noun: غارة أميركية (not the counted
            # people's nationality: "اعتقلت قوات الأمن 4 مصريين")
            if any(
                adj.tok_start - 2 <= d.tok_end <= adj.tok_start
                and d.kinds & {"operation", "friendly_group", "friendly", "force_noun"}
                for d in view.cues
            ) or _joined_to_a_force(a, view, adj, out):
                actor = adj.obj.id  # type: ignore[attr-defined]
                if _joined_to_a_force(a, view, adj, out):
                    # ("القوات الأمريكية والعراقية": Iraq's forces, by their own id)
                    actor = (entity_data.actor(actor) or {}).get("forces") or actor
                if actor not in out and actor not in exclude:
                    out.append(actor)
    return out


def _joined_to_a_force(a: Analysis, view: SentenceView, adj: Placed, doers: list[str] | None = None) -> bool:
    """A second state's nisba joined by و to a force named by its own (الشرطة الإسبانية والمغربية، القوات العراقية
    والأمريكية): the second state's force, acting with the first (among ``doers`` when given: not a pair that
    speaks, "وقالت القوات العراقية والأمريكية في بيان")."""
    return a.token_text(adj.tok_start).startswith("و") and any(
        e.tok_end == adj.tok_start
        and e.obj.type == "actor"  # type: ignore[attr-defined]
        and _is_force(str(e.obj.id))  # type: ignore[attr-defined]
        and (doers is None or e.obj.id in doers)  # type: ignore[attr-defined]
        for e in view.entities
    )


@cache
def _targeted_places() -> frozenset[str]:
    """The places strikes hit, before whose holder they name (على مواقع قسد، على مناطق نفوذ …)."""
    return grammar_union("land_targets", "generic_posts", "struck_areas")


def _struck_at(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the actor at ``tok`` a target: "ضد قسد"، "على مواقع قسد"، "على مناطق نفوذ الإدارة الذاتية"?"""
    t = tok - 1
    if t >= view.tok_start and a.token_in(t, grammar("control_words"), ""):
        t -= 1  # (نفوذ، سيطرة)
    if t >= view.tok_start and a.token_in(t, _targeted_places(), ""):
        t -= 1
        return t >= view.tok_start and a.token_in(t, grammar("target_prepositions"), "و")
    return t == tok - 1 and t >= view.tok_start and a.token_in(t, grammar("against_words"), "و")


def _acts_abroad(actor_id: str, info: dict, away: frozenset[str]) -> bool:
    """Is this a body of a force that fights abroad (expeditionary), not one that acts at home (``home``)?"""
    return not info.get("home") and (actor_id in away or any(x in away for x in _ancestors(actor_id)))


def _groups_own_operations(a: Analysis, view: SentenceView, p: Placed, reads: list[Reading]) -> bool:
    """In a passage that counts a group's own operations, are these bare عمليات more of them?"""
    if _force_doer(a, view):
        return False
    # (bare عمليات, not strikes or raids, nor "عملية أمنية" or a force's nisba: "40 غارة روسية"،
    # "120 عملية دهم وتفتيش" — unless the group is named: its own "56 عملية عسكرية وأمنية")
    if not (a.token_text(p.tok_end) in grammar("operation_nouns") or a.token_in(p.tok_start, grammar("operation_nouns"), "و")):
        return False
    if _armed(view, view.tok_start, view.tok_end) is None and (
        a.token_in(p.tok_end + 1, grammar("force_operation_words"), "وب")
        or any(adj.tok_start in (p.tok_end + 1, p.tok_end + 2) for adj in view.adjectives)
    ):
        return False
    # (not the operations that killed or took the group's men: "قضت على 89 عنصراً خلال 4 عمليات",
    # nor those of the fight against it: "وعلى صعيد مكافحة الإرهاب … بعد 13 عملية نوعية")
    if any(x.outcome in ("kill", "capture") and x.side == "armed" for x in reads):
        return False
    return not a.sentence_has(view, grammar("counter_terror_words"))


def _share_the_verb_after_the_list(a: Analysis, view: SentenceView, reads: list[Reading]) -> None:
    """"إن 21 جندياً ونحو أربعين مدنياً قتلوا": people counted one after another with و, the verb after
    the last told of them all — the first, read with no fate of its own, shares the last one's (from the end
    back, so that a list of three passes the verb on to its first: "إن أربعة جنود، وأحد عناصر الشرطة و9 مدنيين
    قتلوا")."""
    for first, last in reversed(list(pairwise(reads))):
        if (
            first.outcome is None
            and first.metric is None
            and first.rule != "rate"  # (a rate set off inside the list: "بمعدل 8 أطفال يومياً، و140 امرأة")
            and first.noun in PEOPLE_KINDS
            and first.side is not None
            and last.outcome is not None
            and (last.noun in PEOPLE_KINDS or last.noun == "person")  # (persons by nationality too: "وثلاثة أفغان قتلوا")
            and first.noun_end_tok is not None
            # (joined by و, maybe on the qualifier before the number: "ونحو أربعين")
            and (joined_by_wa(a, last.placed) or a.token_text(first.noun_end_tok).startswith("و"))
            # (nothing between the first's noun and the second number but و, a qualifier and a nationality: "ثلاثة
            # سياح إسبان وثلاثة أفغان قتلوا")
            and all(
                (w := a.token_text(t).removeprefix("و")) == ""
                or w in qualifier_words()
                or any(d.tok_start <= t < d.tok_end for d in view.adjectives)
                # (or a broken plural's nationality the lexicon lacks, one word right after the noun: "سياح إسبان")
                or (t == first.noun_end_tok and not a.token_text(t).startswith("و") and not any(c.tok_start <= t < c.tok_end for c in view.cues))
                for t in range(first.noun_end_tok, last.placed.tok_start)
            )
            # (and no verb of its own before it in its clause: not "وتم إجلاء 30 جندياً و12 مدنياً أصيبوا")
            and not any(
                c.kinds & {"kill", "wound", "capture", "other_outcome", "loss"}
                and view.clause_of(first.placed.tok_start)[0] <= c.tok_start < first.placed.tok_start
                for c in view.cues
            )
        ):
            first.outcome = last.outcome
            first.metric, first.rule = metric_of(view, first), "shares-the-verb-after-the-list"


def _fights_abroad(country: str, away: frozenset[str]) -> bool:
    """Is this country's state one whose forces fight abroad (the US, Turkey, Russia …)?"""
    state = entity_data.actor_for_country(country)
    return state is None or state in away or country in away or any(x in away for x in _ancestors(state))


# readings that count an armed group's own operations as its attacks
_GROUP_OPS_RULES = frozenset({"operations-done-by-armed-group", "operations-of-armed-group", "operations-by-armed-group",
                              "operations-of-the-passage's-group"})

def _list_item(a: Analysis, view: SentenceView) -> bool:
    """A line of a bulleted or numbered list: "- 230 مدنياً"، "1- 97 قتلوا" (not a bulleted heading
    of the lines after it: "*- الشهداء المدنيون حسب جهة القتل:")."""
    text = view.sentence.text(a.text)
    if LABEL_ITEM.match(text) and "\n" not in text.strip():
        return True  # "النظام السوري: 12 مدنياً": a labelled line, a list item without a bullet
    return LIST_ITEM.match(text) is not None and not (text.rstrip().endswith(":") and not view.quantities)


def _dateline_country(a: Analysis, view: SentenceView) -> str | None:
    """The country a headline opens on, set off by two dots or a colon (المغرب.. تفكيك خلية)."""
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if p.tok_start == view.tok_start and e.type == "place" and e.kind == "country" and e.country:
            after = a.nt.text[p.nend : p.nend + 3]
            if after.startswith((":", " :")) and _fights_abroad(e.country, expeditionary()) and _another_country_after(a, view, p.tok_end, e.country):
                # ("روسيا: مقاتلو المعارضة هاجموا القوات السورية": a state that fights abroad, speaking of another
                # country's war — not "تركيا: الجيش يتوعد بالرد", a headline of its own)
                return None
            return e.country if after.startswith((" ..", "..", ":", " :", "…")) else None
    return None


def _another_country_after(a: Analysis, view: SentenceView, tok: int, country: str) -> bool:
    """Does the headline name another country after ``tok``, by a place or a nisba (not one its trouble came
    from: "إيران: مسلحون من باكستان")?"""
    return any(
        d.tok_start >= tok
        and (other := getattr(d.obj, "country", None))
        and other != country
        and a.token_text(d.tok_start - 1) != "من"
        for d in [*view.entities, *view.adjectives]
    )


def _inline_breakdown(
    a: Analysis, view: SentenceView, recent: dict[str, Reading]
) -> tuple[int, tuple[str, str | None]] | None:
    """A breakdown announced and given in one sentence: where its colon is, and the toll's outcome and side."""
    colon = a.nt.text.find(":", view.nstart, view.nend)
    if colon == -1:
        return None
    bd = _breakdown_announced(a, view, recent) or _attacks_spread(a, view, colon)
    return (colon, bd) if bd is not None else None


def _attacks_spread(a: Analysis, view: SentenceView, colon: int) -> tuple[str, str | None] | None:
    """"وتوزعت الهجمات على المناطق التالية: (36 في دير الزور، 12 في الرقة …)": attacks or operations themselves
    spread over places before a colon, with no toll in their clause; their noun stands in the outcome's place."""
    words = grammar("breakdown_words")
    spread = next(
        (c for c in view.cues if c.kinds & {"attack", "operation"} and c.nend <= colon and a.token_in(c.tok_start - 1, words, "و")),
        None,
    )
    if spread is None or any(
        c.kinds & {"kill", "kill_after", "toll", "capture", "detained_noun"}
        for c in view.cues
        if c.tok_start >= view.clause_of(spread.tok_start)[0]
    ):
        return None
    return ("attack" if "attack" in spread.kinds else "operation"), None


def _after_a_place(view: SentenceView, p: Placed) -> bool:
    return any(e.tok_end == p.tok_start and e.obj.type == "place" for e in view.entities)  # type: ignore[attr-defined]


def _label_country(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """The one country named in a list line's label, before its colon and the number."""
    colon = a.nt.text.find(":", view.nstart, view.nend)
    if colon == -1 or colon > p.nstart or colon - view.nstart > 60:
        return None
    if set(a.nt.text[view.nstart : colon].lstrip(" -–•*0123456789.)")) & set("-–"):
        # (an agency's byline and desk, "إيران برس - إيران:"، "وكالة - أسيا والباسيفيك:", labels no list line — a
        # list's own bullet before the label does not count: "- (ولاية سيناء): 8 عمليات")
        return None
    after = next((t for t in range(view.tok_start, view.tok_end) if a.tokens[t].start > colon), None)
    if (
        after is not None
        and any(c.tok_start == after and c.kinds & {"report"} for c in view.cues)
        and all(
            getattr(e.obj, "kind", None) not in ("country", "governorate", "region")
            for e in view.entities
            if e.nend <= colon and getattr(e.obj, "type", None) == "place"
        )
    ):
        # (nor a city's dateline before a reporting verb: "واشنطن: أعلن الجيش الأمريكي …" is where the story was
        # filed — not a roundup's country heading, "العراق: قالت الشرطة إن …")
        return None
    # a place, or else a group's province that is one ("(ولاية سيناء):"; "إيران (ولاية خراسان):" is Iran)
    # (not a dateline: "واشنطن - (أ ف ب):" names where the wire filed from)
    label = [
        e.obj for e in view.entities
        if e.nend <= colon and e.obj.country and not set(a.nt.text[e.nend : colon]) & set("-–/")  # type: ignore[attr-defined]
    ]
    found = {e.country for e in label if e.type == "place"} or {e.country for e in label if e.kind in ARMED_KINDS}  # type: ignore[attr-defined]
    return found.pop() if len(found) == 1 else None


def _list_heading(a: Analysis, view: SentenceView) -> bool:
    """A short line ending in a colon, with no figure: the heading of the list lines after it."""
    text = view.sentence.text(a.text).strip()
    return text.endswith(":") and view.tok_end - view.tok_start <= 3 and not view.quantities


def _announces_breakdown(a: Analysis, view: SentenceView) -> bool:
    words = grammar("breakdown_words")
    if a.sentence_has(view, words):
        return True
    # "كما وثق المرصد مقتل 35 من غير المدنيين، وهم:": the people of the toll, listed on the lines after;
    # "الشهداء المدنيون حسب جهة القتل:": the toll by who killed them
    return (
        view.tok_end > view.tok_start
        and view.sentence.text(a.text).rstrip().endswith(":")
        and (
            a.token_text(view.tok_end - 1) in grammar("they_are_words")
            or a.sentence_has(view, grammar("by_words"))
        )
    )


def _breakdown_announced(a: Analysis, view: SentenceView, recent: dict[str, Reading]) -> tuple[str, str | None] | None:
    """"وتوزعت حصيلة المدنيين على النحو التالي:": a toll whose parts the list lines after it give —
    its outcome (a death toll unless the sentence counts arrests) and its side when it names one."""
    if not _announces_breakdown(a, view):
        return None
    kinds: set[str] = set()
    for c in view.cues:
        kinds |= c.kinds
    if kinds & {"capture", "detained_noun"} and not kinds & {"kill", "kill_after"}:
        outcome = "capture"
    elif kinds & {"kill", "kill_after", "toll"} or "kill" in recent:
        outcome = "kill"
    else:
        return None
    # (not "توزع القتلى من غير المدنيين": the non-civilians)
    civ = [c for c in view.cues if "civilian" in c.kinds and a.token_text(c.tok_start - 1) not in grammar("not_words")]
    side = "civilian" if civ else None
    return outcome, side


def _list_item_span(a: Analysis, view: SentenceView, p: Placed, clo: int, chi: int) -> tuple[int, int] | None:
    """The item of a list joined by و that the number stands in: from the clause's start or the joined number
    that opens it to the next joined number. None outside such a list, or for a number whose parts follow
    in its item (106 عمليات بواقع 99 في الداخل الصومالي و7 …: the total, of both places)."""
    joined = [
        q.tok_start
        for q in view.quantities
        if clo <= q.tok_start < chi and q.obj.kind == "count" and joined_by_wa(a, q)  # type: ignore[attr-defined]
    ]
    if not joined:
        return None
    bounds = [clo, *joined, chi]
    lo, hi = next((s, e) for s, e in pairwise(bounds) if s <= p.tok_start < e)
    restating = grammar("restating_words")
    if any(a.token_in(t, restating, "و") for t in range(p.tok_end, hi)) or any(
        p.tok_end <= c.tok_start < hi for c in view.cues_of("subset")
    ):
        return None
    return lo, hi


def _ranked_country(a: Analysis, view: SentenceView, p: Placed, clo: int) -> str | None:
    """The country a ranking sets before its number (تلتها نيجيريا بـ 12 عملية، وسجلت كينيا 4)
    or a gapped clause repeats a tally for (شهدت بوركينا فاسو 18 هجوماً، ومالي 7 هجمات).

    For attacks only: states ranked by the dead or by strikes are those who killed or struck
    (تليه روسيا بـ 221), fighters are ranked by where they come from.
    """
    set_off = a.token_text(p.tok_start - 1) in ("ب", "بواقع")
    at = p.tok_start - set_off
    for e in view.entities:
        c = getattr(e.obj, "country", None)
        if e.obj.type != "place" or getattr(e.obj, "kind", None) != "country" or not c:  # type: ignore[attr-defined]
            continue
        if not clo <= e.tok_start or e.tok_end > at:
            continue
        if any(e.tok_end <= q.tok_start < p.tok_start and q.obj.kind == "count" for q in view.quantities):  # type: ignore[attr-defined]
            continue  # (another figure between them is the country's own; not its rank, في المرتبة الثانية)
        verb = e.tok_start - 1
        # (right before it, or with its rank between them when the number is set off by ب: "تلتها
        # الصومال في المرتبة الثانية بـ 11 عملية")
        ranked = a.token_in(verb, grammar("ranking_verbs"), "وف") and (at - e.tok_end <= 1 or at < p.tok_start)
        # (or the verb right after it, the number set off by ب: "وأن دولة نيجيريا احتلت المرتبة الأولى … بواقع 517")
        ranked = ranked or (set_off and a.token_in(e.tok_end, grammar("ranking_verbs"), "وف"))
        # (ومالي 7 هجمات: a country joined by و right before the number, after another figure, not
        # after another place: "في سوريا والعراق 200 ألف" is both)
        gapped = (
            name_prefix(a, e).startswith("و")
            and e.tok_end == p.tok_start
            and any(q.tok_end <= e.tok_start for q in view.quantities)
            and not any(o.tok_end == e.tok_start and o.obj.type == "place" for o in view.entities)  # type: ignore[attr-defined]
        )
        # (or the country a relative clause says saw it: "لتحل بعد العراق التي شهدت 2965 هجوماً")
        witnessed = (
            a.token_text(e.tok_end) in grammar("singular_relatives")
            and a.token_in(e.tok_end + 1, grammar("witness_verbs"), "")
            and p.tok_start - (e.tok_end + 2) <= 1
        )
        if ranked or gapped or witnessed:
            return str(c)
    return None


def _tied_with(a: Analysis, view: SentenceView, country: str, p: Placed) -> list[str]:
    """The ranked country and any joined to it by و before the number ("وحلت سوريا والعراق في المرتبة
    الثانية بـ 120 هجوماً": both)."""
    out = [country]
    places = sorted((e for e in view.entities if getattr(e.obj, "kind", None) == "country" and e.tok_end <= p.tok_start), key=lambda e: e.tok_start)
    for prev, nxt in pairwise(places):
        if prev.obj.country in out and nxt.tok_start == prev.tok_end and name_prefix(a, nxt).startswith("و"):  # type: ignore[attr-defined]
            out.append(str(nxt.obj.country))  # type: ignore[attr-defined]
    return sorted(set(out))


def _joined_past_comma(a: Analysis, view: SentenceView, tok: int, found: list[str]) -> list[str]:
    """Countries joined by و to the last place found before ``tok`` across the comma that closed its
    clause ("القضاء على 1458 مسلحاً شمالي العراق، وسوريا"): the same list goes on."""
    more: list[str] = []
    prev = next((e for e in view.entities if e.tok_end == tok and e.obj.type == "place"), None)  # type: ignore[attr-defined]
    while found and prev is not None and getattr(prev.obj, "country", None) in found + more:
        nxt = next((e for e in view.entities if e.tok_start == prev.tok_end and e.obj.type == "place"), None)  # type: ignore[attr-defined]
        if nxt is None or not a.token_text(nxt.tok_start).startswith("و") or getattr(nxt.obj, "kind", None) != "country":
            break
        # the list ends at the country, with a mark or the sentence's end after it (not "في العراق، وسوريا
        # لم تشهد أي غارات": a new clause whose subject the country is)
        end = a.tokens[nxt.tok_end].start if nxt.tok_end < len(a.tokens) else len(a.nt.text)
        if nxt.tok_end < view.tok_end and not any(ch in a.nt.text[a.tokens[nxt.tok_end - 1].end : end] for ch in "،,.;؛:)"):
            break
        country = nxt.obj.country  # type: ignore[attr-defined]
        if country and country not in found + more:
            more.append(country)
        prev = nxt
    return more


def _document_country(found: Counter[str] | None) -> str | None:
    """The one country an article is about, when everything located in it points there."""
    return next(iter(found)) if found is not None and len(found) == 1 else None


_HEADLINE_COUNTRY_SHARE = 0.6


def _towns_where(a: Analysis, view: SentenceView) -> list[Placed]:
    """The towns, provinces and regions of a sentence (a state's part, شمال العراق, too) that say where: not an
    origin or a destination (تسللوا من ريف دير الزور، نقلت جثامينهم إلى مدينة غاريسا), nor a wire's or a speaker's
    place, nor one the men fled to."""
    away, prepositions = grammar_union("of_words", "toward_words"), grammar_union("in_words", "of_words", "toward_words")
    out = []
    for p in view.entities:
        if not _part_of_a_state(p.obj):  # type: ignore[arg-type]
            continue
        # (the nearest preposition within two words: "من ريف دير الزور"، "إلى مدينة غاريسا")
        before = next((t for t in (p.tok_start - 1, p.tok_start - 2) if a.token_in(t, prepositions, "و")), None)
        if (before is None or not a.token_in(before, away, "و")) and says_where(a, view, p):
            out.append(p)
    return out


def _part_of_a_state(e: Entity) -> bool:
    """A town, province or region of a known state, or a state's part by its compass (شمال العراق)."""
    return e.type == "place" and bool(e.country) and (e.kind != "country" or bool(e.direction))


def _one_state_of_the_towns(a: Analysis, view: SentenceView, p: Placed, countries: list[str]) -> set[str]:
    """Of the states a sentence names for a figure, the one all its towns lie in, when the others are no place of
    it: "4 جنود من الجيش التركي قتلوا بقصف … على قريتين بريف إدلب"، "22 إرهابياً مدعومين من الهند … بمنطقة بانو"
    — the others are the soldiers', a backer's, or the name a group goes by (الحوثي في اليمن). Empty when not so:
    another state named as the place (وفي العراق، قتل 5 … تسللوا من ريف دير الزور), coordinated with a town either
    way (شمال سوريا والعراق، العراق وريف دير الزور، جنوبي البلاد وشمالي العراق), or, all the towns before the
    figure, any state named after the first of them (في تصريحات في بغداد: 8500 غارة، منها 5000 في العراق)."""
    towns = _towns_where(a, view)
    located = {str(t.obj.country) for t in towns}  # type: ignore[attr-defined]
    if len(located) != 1 or not located < set(countries):
        return set()
    first = min(t.tok_start for t in towns)
    after = any(t.tok_start >= p.tok_end for t in towns)
    for q in view.entities:
        e: Entity = q.obj  # type: ignore[assignment]
        if e.type != "place" or e.kind != "country" or _part_of_a_state(e) or not e.country or e.country in located:
            continue
        beside = any(t.tok_end in (q.tok_start, q.tok_start - 1) or t.tok_start in (q.tok_end, q.tok_end + 1) for t in towns)
        # (the place of the figure, opening its clause: "وفي العراق، قتل" — not the name a group goes by, "جماعة
        # الحوثي في اليمن"، "للحركة الإسلامية في أوزبكستان")
        opens = q.tok_start - 1 == view.tok_start or any(lo == q.tok_start - 1 for lo, _ in view.clauses)
        placed = opens and a.token_in(q.tok_start - 1, grammar("in_words"), "و")
        if beside or placed or (not after and q.tok_start > first):
            return set()
    # (nor "the country" coordinated with a town, whichever state it is: "جنوبي البلاد وشمالي العراق")
    if any(t.tok_start in (c.tok_end, c.tok_end + 1) or c.tok_start in (t.tok_end, t.tok_end + 1) for c in view.cues_of("this_country") for t in towns):
        return set()
    return located


def _main_country(found: Counter[str] | None) -> str | None:
    """The country an article is mostly about: named at least three times and more often than any other
    ("وذكرت صحيفة الصباح المغربية …" then Rabat, Fès, Casablanca, and Syria once, for the fighters' origin).

    Only a number nothing else places falls back on it. A lead of one mention is enough: in the dev pages
    a figure left without a country had its article's leading country in the gold 16 times for 3 where
    the gold left it without one; below three mentions, or tied, the article has no main country."""
    if not found or len(found) < 2:
        return None
    (top, n), (_, second) = found.most_common(2)
    return top if n >= 3 and n > second else None


def _headline_country(found: Counter[str] | None, main: str | None) -> str | None:
    """The main country a headline's figure takes: one with three fifths of the article's places. (A headline's
    figure is mostly told again in the body with its countries, and one left without them joins that telling.)"""
    return main if main and found and found[main] >= _HEADLINE_COUNTRY_SHARE * sum(found.values()) else None


def _article_views(a: Analysis) -> list[SentenceView]:
    """The article's own sentences, without the page's links to other articles.

    "اقرأ أيضاً: …": another article's headline states nothing here; a heading alone on its
    line ("مقالات ذات صلة"، "أخبار متعلقة") opens a list of such headlines, whose countries
    say nothing of where this article is either.
    """
    furniture = grammar("page_furniture")
    kept: list[SentenceView] = []
    related = False  # inside a list of links to other articles
    for view in a.views:
        if _is_furniture(a, view, furniture):
            related = related or view.tok_end - view.tok_start <= 4
            continue
        if related and (view.headline or _link_line(a, view)):
            continue
        related = False
        kept.append(view)
    return kept


def _country_mentions(a: Analysis, views: list[SentenceView]) -> Counter[str] | None:
    """How often an article locates something in each country (None for an article about a region).

    Towns and regions count wherever they stand; a country's own name counts
    where something happens in it (في سوريا), and as a speaker or a party only
    when its state does not fight abroad (أعلنت الولايات المتحدة says nothing
    of where; أعلنت سوريا does); nisba adjectives and national forces
    count, except for forces that fight abroad (a US strike says nothing of
    where).
    """
    found: Counter[str] = Counter()
    away = expeditionary()
    if any(_regional(a, v) or _worldwide(a, v) for v in views[:3]):
        # "140 هجمة إرهابية بالشرق الأوسط" in the title or lead: the article is about a region
        return None
    for v in views:
        # (the states a border lies between name the border, not where the article is: "قرب الحدود بين
        # بنين والنيجر وبوركينا فاسو")
        chain = border_chain_countries(a, v)
        for p in v.entities:
            e: Entity = p.obj  # type: ignore[assignment]
            if e.type == "place" and e.country and e.kind == "country" and e.country in chain:
                continue
            if e.type == "place" and e.country and not e.id.startswith("X.") and not not_where(a, v, p):
                if (e.kind != "country" and not capital_abroad(e)) or is_locative(a, v, p) or (
                    e.kind == "country" and not _fights_abroad(e.country, away)
                ):
                    found[e.country] += 1
            elif e.type == "actor":
                info = entity_data.actor(e.id) or {}
                if _acts_abroad(e.id, info, away):
                    continue
                if info.get("kind") in FORCE_KINDS and info.get("country"):
                    found[str(info["country"])] += 1
                elif info.get("mission_in"):
                    found[str(info["mission_in"])] += 1  # (بعثة الأمم المتحدة للدعم في ليبيا)
        for p in v.adjectives:
            actor_id = getattr(p.obj, "id", None)
            country = getattr(p.obj, "country", None)
            if (
                country
                and actor_id not in away
                and not _border_nisba(a, p)
                and not _nationals(a, v, p)
                and not a.token_in(p.tok_start - 1, grammar("citizens_words"), "و")  # (مواطنو سورية: a nationality)
            ):
                found[country] += 1
    return found


def _in_the_world_after(a: Analysis, r: Reading, p: Placed) -> bool:
    """"2944 هجوماً في العالم": the world named right after the number's noun."""
    end = r.noun_end_tok or p.tok_end
    return a.token_text(end) == "في" and a.token_text(end + 1) in grammar("world_words")


def _worldwide(a: Analysis, view: SentenceView) -> bool:
    """"حول العالم"، "في جميع أنحاء العالم"، "مناطق انتشاره في العالم": the whole world, not a superlative's في العالم."""
    if not a.sentence_has(view, grammar("world_words")):
        return False
    words = grammar("worldwide_before")
    spread = grammar("spread_words")
    for t in range(view.tok_start + 1, view.tok_end):
        if a.token_text(t) not in grammar("world_words"):
            continue
        if a.token_text(t - 1) in words or (a.token_text(t - 1) == "في" and a.token_text(t - 2) in spread):
            return True
        # (or the world as the subject of a verb of witnessing: "شهد العالم في 2016 أكثر من 13400 عمل إرهابي")
        if a.token_in(t - 1, grammar("witness_verbs"), "و"):
            return True
    return False


def _regional(a: Analysis, view: SentenceView, named: bool = False) -> bool:
    """"140 هجمة إرهابية بالشرق الأوسط"، "في نطاق دول المنطقة العربية": a region of many states,
    named outside any name (not صحيفة الشرق الأوسط, not ولاية غرب أفريقيا).

    With ``named``, for one figure's sentence, also a continent the gazetteer names as a place
    (العمليات الإرهابية بالقارة الإفريقية). Not smaller regions, whose names are also a country's
    province or a group's (منطقة الساحل in Burkina Faso, داعش في غرب أفريقيا), and not for the
    article as a whole: a lead on the continent does not make its figures the continent's."""
    heads = _region_phrases()
    if not a.sentence_has(view, _region_heads(), "بلفو"):
        return False  # (most sentences name no region: one test of the sentence's words first)
    for t in range(view.tok_start, view.tok_end):
        first = a.token_text(t)
        head = first if first in heads else first[1:] if len(first) > 1 and first[0] in "بلفو" else ""
        for rest in heads.get(head, ()):
            if all(a.token_text(t + 1 + i) == w for i, w in enumerate(rest)) and t + len(rest) < view.tok_end:
                covering = [e for e in view.entities if e.tok_start <= t < e.tok_end]
                if not covering:
                    return True
                if (
                    named
                    and all(_region(e) for e in covering)
                    # (not where the sentence names the states too: "في الشرق الأوسط، في العراق وسوريا")
                    and not any(getattr(e.obj, "kind", None) == "country" for e in view.entities)
                    # (or a smaller region named as an area of many states: "منطقة غرب إفريقيا" — not the group
                    # "داعش في غرب أفريقيا")
                    and (" ".join((head, *rest)) in grammar("continent_phrases") or a.token_text(t - 1) in grammar("area_of_states"))
                    # where things happen (بالقارة، في الشرق الأوسط، شهدتها منطقة الشرق الأوسط), not where
                    # fighters come from (من جنوب شرق آسيا والشرق الأوسط) or an agency's name
                    and (first[0] == "ب" or a.token_text(t - 1) in grammar("region_locatives"))
                    # (not a comparison: "الهجوم الذي يعد الأعنف في القارة الإفريقية")
                    and not any(a.token_text(x) in grammar("superlative_words") for x in range(max(view.tok_start, t - 3), t))
                ):
                    return True
    return False


_FAR_REGION_KM = 2500  # (West Africa from Iraq is ~5,000 km; the Middle East's point from Iraq ~500)


def _opens_on_a_region(a: Analysis, view: SentenceView, frame: Frame) -> bool:
    """"وفي غرب أفريقيا نفذ التنظيم 14 عملية": a sentence that opens on a region of several states far from
    the passage's countries (a group's weekly tally moving from one of its provinces to the next) is in
    none of them — not in the country the sentence before named. A region around them ("وفي الشرق الأوسط"
    after Iraq) leaves them be."""
    first = next((e for e in view.entities if e.tok_start <= view.tok_start + 2), None)
    if (
        first is None
        or not _region(first)
        or getattr(first.obj, "country", None) is not None
        or first.tok_start - 1 < view.tok_start
        or not a.token_in(first.tok_start - 1, grammar("region_locatives"), "و")
        # (nor one that names its states after: "وفي الشرق الأوسط … ما يزالون في العراق وسوريا")
        or any(getattr(e.obj, "kind", None) == "country" for e in view.entities)
    ):
        return False
    lat, lon = getattr(first.obj, "lat", None), getattr(first.obj, "lon", None)
    if lat is None or lon is None:
        return False
    return all(_km_apart((lat, lon), cc) > _FAR_REGION_KM for cc in frame.countries)


def _km_apart(point: tuple[float, float], cc: str) -> float:
    """Great-circle distance from ``point`` to country ``cc``'s point; unknown countries count as near."""
    rec = entity_data.place(cc)
    if not rec or rec.get("lat") is None or rec.get("lon") is None:
        return 0.0
    la1, lo1, la2, lo2 = map(math.radians, (point[0], point[1], rec["lat"], rec["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _region(p: Placed) -> bool:
    e = p.obj
    return getattr(e, "type", None) == "place" and getattr(e, "kind", None) == "region"


def _in_many_states(a: Analysis, view: SentenceView) -> bool:
    """"حدثت في 15 دولة أفريقية"، "بعد 23 عملية في 5 دول": figures stated for several states at once
    are in no one of them (not "مقاتلون من 80 دولة": where fighters come from)."""
    return any(
        (q.obj.value or 0) >= 2  # type: ignore[attr-defined]
        and a.token_text(q.tok_start - 1) == "في"
        and any(c.tok_start == q.tok_end for c in view.cues_of("state"))
        for q in view.quantities
    )


@cache
def _region_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the rest of each region phrase (normalised), for one pass over a sentence."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in grammar("region_phrases"):
        words = [norm(w) for w in ph.split()]
        out.setdefault(words[0], []).append(tuple(words[1:]))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _region_heads() -> frozenset[str]:
    return frozenset(_region_phrases())


def _nationals(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"ثمانية سوريين وثلاثة أفغان وإيطالي وتشادي"، "من أصل مغربي": persons by nationality, not a place.

    A nisba counted by a number, listed after another with و, or after أصل names where people are
    from; the article is not about their countries.
    """
    before = a.token_text(p.tok_start - 1) if p.tok_start > view.tok_start else ""
    if before in grammar("origin_words") or any(q.tok_end == p.tok_start for q in view.quantities):
        return True
    # "تسعة جنود كينيين"، "الجنود الكينيين": the nationality of people, not where they were
    if any(c.tok_end == p.tok_start and c.kinds & {"friendly", "member", "civilian", "person"} for c in view.cues):
        return True
    if "و" not in p.prefix:
        return False
    # listed after another national (أربعة سوريين وتونسي، وإيطالي وتشادي); not "القوات العراقية
    # والسورية", a second nisba of the same noun
    prev = next((o for o in view.adjectives if o.tok_end == p.tok_start), None)
    return (before.startswith("و") and len(before) > 2) or (prev is not None and _nationals(a, view, prev))


def _border_nisba(a: Analysis, p: Placed) -> bool:
    """"قرب الحدود الجزائرية": a neighbour's nisba after a border word names where the border is, not the country
    (also the second of two: "بالحدود الجزائرية النيجرية")."""
    words = grammar("border_words")
    if a.token_text(p.tok_start).endswith(("ين", "ون")):
        return False  # "حرس الحدود الإيرانيين": the guards' nationality, not the border's (الحدود الإيرانية)
    masculine = a.token_text(p.tok_start).endswith("ي")  # (الأردني, not الأردنية)
    for back in (1, 2):
        t = p.tok_start - back
        if t < 0:
            return False
        if a.token_in(t, words, "بول"):
            # (a masculine nisba cannot agree with the plural "borders": "حرس الحدود الأردني" are Jordan's guards)
            return not (masculine and a.token_in(t, grammar("border_plurals"), "بول"))
    return False


def _across_the_border(a: Analysis, view: SentenceView) -> set[str]:
    """Countries the sentence names as the neighbour across a border (على الحدود الجنوبية مع اليمن)."""
    out: set[str] = set()
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if not across_a_border(a, view, p):
            continue
        if e.type == "place" and e.kind == "country" and e.country:
            out.add(e.country)
        elif e.type == "actor" and (info := entity_data.actor(e.id) or {}).get("local") and info.get("country"):
            out.add(str(info["country"]))  # "بمواجهات حدودية مع الحوثيين": a group that holds the other side
    return out


# a state's side's metric as the armed side's, for the men of a force counted as a group's
_ARMED_SIDE_METRIC = {"friendly_killed": "killed", "friendly_captured": "captured"}

# countries a figure took from the passage or the article, not from its own sentence
_INHERITED_COUNTRIES = frozenset({
    "passage", "passage-narrowed-by-force", "title", "the-article's-only-country", "the-article's-main-country",
})

_OTHER_WORDS = frozenset({"اخري", "أخرى"})  # ("other lands": a sentence tests its words as one set first)

# where a figure's countries came from its own clause, not from the passage or the article
_PLACED_BY_THE_NUMBER = frozenset({"number", "ranked-country", "place-before-the-bracket", "label", "clause"})


def _speaking_state(a: Analysis, view: SentenceView, source: str | None) -> str | None:
    """The country whose name speaks in the sentence as the source (أعلنت النيجر → NE), or None — not a
    state whose forces fight abroad (فرنسا), nor one that tells of its men in a mission or a named
    force (جنودها المشاركين في بعثة الأمم المتحدة، من قوة برخان)."""
    if not source or _acts_abroad(source, entity_data.actor(source) or {}, expeditionary()):
        return None
    # (in this sentence or the two before it: "هاجم مسلحون قاعدة لقوات حفظ السلام … وأعلنت تشاد مقتل 10 من جنودها")
    i = a.views.index(view)
    for v in a.views[max(0, i - 2) : i + 1]:
        if any(a.token_in(t, grammar("deployment_words"), "وبل") or _african_union_force_at(a, t) for t in range(v.tok_start, v.tok_end)):
            return None
    for e in view.entities:
        ent: Entity = e.obj  # type: ignore[assignment]
        if ent.type == "place" and ent.kind == "country" and ent.country and entity_data.actor_for_country(ent.country) == source:
            return ent.country
    return None


def _african_union_force_at(a: Analysis, t: int) -> bool:
    """"قوات الاتحاد الأفريقي"، "بعثة الاتحاد الإفريقي" at ``t``: the Union's force, not the Union as a voice."""
    return (
        a.token_in(t, grammar("deployment_force_nouns"), "وبل")
        and a.token_in(t + 1, grammar("union_words"), "")
        and a.token_in(t + 2, grammar("african_words"), "")
    )


def _own_side_of_a_border(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """The one state whose soldiers the number counts, by the nisba or the force named right after them
    (جندياً تركياً، جنود سعوديين، جنديان أردنيان), when the sentence puts them on a border with a neighbour
    of that state, named by its nisba (الحدود العراقية) or after مع (الحدود مع اليمن) — not a state that
    only announces them (أعلنت وزارة الدفاع التركية), nor peacekeepers, who serve abroad."""
    border = [b for b in view.adjectives if _border_nisba(a, b)]
    if not border and not _across_the_border(a, view):
        return None
    if a.sentence_has(view, grammar("peacekeeping_words"), "و"):
        return None
    named = {str(getattr(b.obj, "country", "") or "") for b in border} | _across_the_border(a, view)
    own = [x for x in [*view.entities, *view.adjectives] if p.tok_end <= x.tok_start <= p.tok_end + 4]
    states = _friendly_states(view, skip=[x for x in [*view.entities, *view.adjectives] if x not in own] + border) - named
    if len(states) != 1:
        return None
    state = next(iter(states))
    # (not US soldiers at the border between Syria and Jordan: the border is not the US's own)
    return state if named and named <= entity_data.neighbours(state) else None


def _friendly_states(view: SentenceView, skip: list[Placed] | None = None) -> set[str]:
    """The states whose forces the sentence names, by name or by nisba (السعودية، جنود سعوديين)."""
    out: set[str] = set()
    for p in [*view.entities, *view.adjectives]:
        info = entity_data.actor(str(getattr(p.obj, "id", ""))) or {}
        if info.get("state_of") and info.get("kind") in FORCE_KINDS and not (skip and p in skip):
            out.add(str(info["state_of"]))
    return out


def _home_countries(view: SentenceView, r: Reading, frame: Frame, a: Analysis) -> list[str]:
    """A national force fighting at home: Iraqi forces' operations are in Iraq.

    Used only when nothing in the clause, sentence or passage locates the figure;
    an armed group that fights only at home (``local`` in actors.yaml) locates it too.
    """
    ids = [r.group_entity] if r.group_entity else []
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if e.type == "actor":
            ids.append(e.id)
        elif e.type == "person" and e.org and (entity_data.actor(e.org) or {}).get("home"):
            ids.append(e.org)  # "أعلن وزير الداخلية التركي علي يرلي كايا": a minister of a home-only body
    ids += frame.actor
    if frame.source and (entity_data.actor(frame.source) or {}).get("kind") == "monitor":
        # the passage's speaker: a monitor of one country's war documents that war
        ids.append(frame.source)
    # (a group named by its nisba: الجماعة الحوثية; not a border's: القريبة من الحدود الموريتانية)
    # (nor a group's fighters' nationalities: "600 رجل تحت إمرته من الأفغان والباكستانيين" are origins)
    # (nor a people's nationality: "مواطنو سورية واليمن المقبوض عليهم")
    nisbas = [] if r.metric == "strength" else [
        str(getattr(p.obj, "id", ""))
        for p in view.adjectives
        if not (_border_nisba(a, p) or a.token_in(p.tok_start - 1, grammar("citizens_words"), "و"))
        # (nor an outlet's or an expert's: "بحسب الأخبار الموريتانية"، "ذكرت الصحيفة الجزائرية")
        and not a.token_in(p.tok_start - 1, grammar("stateless_speakers"), "وبل")
        # (nor the nationality of the people counted, the number's own noun: "القبض على ثلاثة سوريين" in Lebanon —
        # a force's men by their state's nisba are still its: "مقتل 5 جنود ماليين")
        and not (p.tok_start == r.placed.tok_end and r.side != "friendly")
        # (nor refugees' nationality, away from home by definition: "مخيم اللاجئين السوريين" beside Jordan's soldiers)
        and a.token_text(p.tok_start - 1).removeprefix("ال") not in grammar("uncounted_people")
        # (nor a place's, whose forces it does not name: "فروا إلى داخل الأراضي السورية"، "مخيم الهول السوري")
        and not a.token_in(p.tok_start - 1, grammar("place_nouns"), "وبل")
        and not any(e.tok_end == p.tok_start and e.obj.type == "place" for e in view.entities)  # type: ignore[attr-defined]
        # (nor a group's own, part of its name: "حركة الشباب الصومالية"، "(حركة الشباب) الصومالية")
        and not any(
            e.tok_start < p.tok_start <= e.tok_end + 1 and side_of_actor(str(getattr(e.obj, "id", ""))) == "armed"
            for e in view.entities
        )
    ]
    away = expeditionary()

    def homes(ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in ids:
            info = entity_data.actor(i) or {}
            if not i or _acts_abroad(i, info, away):
                continue
            if (info.get("kind") in FORCE_KINDS or info.get("local")) and info.get("country"):
                found.add(str(info["country"]))
        return found

    missions = {str(m) for i in ids if (m := (entity_data.actor(i) or {}).get("mission_in"))}
    if len(missions) == 1:
        # "من جنوده المشاركين بقوات الاتحاد الأفريقي في الصومال": a mission serves in one country,
        # whichever state sent its soldiers
        return sorted(missions)
    found = homes(ids + nisbas)
    if r.side == "friendly":
        found |= _state_after_its_soldiers(view, a)
        # border guards serve at home, whatever their state's forces do abroad: "10 عناصر من حرس الحدود الإيراني"
        found |= {
            str(d.obj.country)  # type: ignore[attr-defined]
            for d in view.adjectives
            if getattr(d.obj, "country", None)
            and a.token_in(d.tok_start - 1, grammar("border_plurals"), "")
            and a.token_in(d.tok_start - 2, grammar("border_guard_heads"), "و")
        }
    if len(found) > 1 and len(named := homes(ids)) == 1:
        # "قتل مقاتلو حركة الشباب 30 جندياً أوغندياً": the group named fights at home; the victims'
        # nationality says whose soldiers they were
        found = named
    return sorted(found) if len(found) == 1 else []


def _state_after_its_soldiers(view: SentenceView, a: Analysis, passage: list[str] | None = None) -> set[str]:
    """"بمقتل ثمانية جنود توغو"، "12 جندياً من الكاميرون": a state named right after its soldiers, in construct or
    after من — whose they are.

    After a noun with the accusative's alif, indefinite and so in no construct, the name is the soldiers'
    nisba spelt like their state ("15 جنديا كينيا"، "جنديا نيجيريا"): it says whose they were, not where they
    fell, and narrows a ``passage`` only to one of the passage's own countries (Nigeria's of the Lake Chad
    states), never moves Kenyan soldiers out of a passage on Somalia."""
    found = set()
    for e in view.entities:
        country = getattr(e.obj, "country", None)
        if getattr(e.obj, "kind", None) != "country" or not country:
            continue
        for c in view.cues:
            # (or past من: "12 جندياً من الكاميرون", soldiers from their state)
            from_state = c.tok_end + 1 == e.tok_start and a.token_text(c.tok_end) in grammar("of_words")
            if (c.tok_end == e.tok_start or from_state) and "friendly" in c.kinds:
                if passage is None or (not a.token_text(c.tok_end - 1).endswith("ا") and not from_state) or country in passage:
                    found.add(str(country))
    return found


@cache
def _generic_names(actor_id: str) -> frozenset[str]:
    """An actor's names too generic to stand alone (its context aliases), normalised once."""
    return frozenset(norm(x) for x in (entity_data.actor(actor_id) or {}).get("context_aliases") or [])


def _arresting_state(view: SentenceView, a: Analysis | None = None) -> list[str]:
    """The one country whose own forces, named in the sentence, act at home (السلطات البحرينية):
    not by a nisba alone, which may be a fighter's kunya (أبو سعد العراقي)."""
    away = expeditionary()
    found = set()
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if e.type != "actor":
            continue
        info = entity_data.actor(e.id) or {}
        if _acts_abroad(e.id, info, away) and not _authorities(e):
            continue  # (but a state's authorities arrest at home, whatever its army does abroad)
        # (named in full: "الشرطة" alone is whichever state the report named, maybe another story's)
        t = norm(e.text)
        bare = {t, t[1:] if t[:1] in ("و", "ف", "ب", "ل") else t, t[2:] if t[:2] in ("وب", "ول", "فب", "فل") else t}
        if info.get("kind") in FORCE_KINDS and info.get("country") and not bare & _generic_names(e.id):
            found.add(str(info["country"]))
    for d in view.adjectives:
        # (or a security body's noun with its state's nisba: "ألقى الأمن العام اللبناني القبض على ثلاثة سوريين")
        info = entity_data.actor(str(getattr(d.obj, "id", ""))) or {}
        if info.get("kind") in FORCE_KINDS and info.get("country") and qualifies_a_force(view, d) and not _acts_abroad(str(info["id"]), info, away):
            found.add(str(info["country"]))
    if len(found) == 1:
        # "الشرطة الإسبانية والمغربية اعتقلت": the second state's police, joined to the first's, arrest at home too
        found |= {
            str(d.obj.country)  # type: ignore[attr-defined]
            for d in view.adjectives
            if getattr(d.obj, "country", None) and a is not None and _joined_to_a_force(a, view, d)
        }
        return sorted(found)
    return []


def _police_named(a: Analysis, view: SentenceView) -> bool:
    """Does the sentence name a state's police, interior or security body (الشرطة النمساوية، السلطات الألمانية) —
    which arrest at home — rather than its army, which may serve abroad (القوات الرواندية في كابو ديلغادو)?"""
    words = grammar("police_words")
    return any(
        e.obj.type == "actor" and any(w in words for w in norm(e.obj.text).split())  # type: ignore[attr-defined]
        for e in view.entities
    )


def _places_only_in_the_suspicion(a: Analysis, view: SentenceView, p: Placed, lo: int, hi: int, countries: list[str]) -> bool:
    """Are the clause's places of ``countries`` all named after the suspicion the people counted are held on
    (يشتبه في، بتهمة، للاشتباه), which comes after the number?"""
    words = grammar_union("suspicion_words", "suspected_of_belonging")
    held_on = next((t for t in range(p.tok_end, hi) if a.token_in(t, words, "وبل")), None)
    if held_on is None:
        return False
    places = [e for e in view.entities if lo <= e.tok_start < hi and getattr(e.obj, "country", None) in countries]
    return bool(places) and all(e.tok_start > held_on for e in places)


def _authorities(e: Entity) -> bool:
    """A state named by its authorities (السلطات السعودية، سلطات تركيا), who arrest at home."""
    first = norm(e.text).split()[0] if e.text.strip() else ""
    words = grammar("authorities_words")
    return first in words or (first[:1] in "وفبل" and first[1:] in words)


def _armed(view: SentenceView, lo: int, hi: int) -> str | None:
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if lo <= p.tok_start < hi and e.type == "actor" and e.kind in ARMED_KINDS:
            if (entity_data.actor(e.id) or {}).get("side") == "friendly":
                continue  # (a militia on the government's side is no armed group's doer)
            return e.id
    return None


def _partners(view: SentenceView) -> set[str]:
    """Actors named right after a partnership phrase (بالشراكة مع، بالتنسيق مع، إلى جانب)."""
    out: set[str] = set()
    for c in view.cues:
        if "partner_with" in c.kinds:
            for e in view.entities:
                if c.tok_end <= e.tok_start <= c.tok_end + 1 and e.obj.type == "actor":  # type: ignore[attr-defined]
                    out.add(e.obj.id)  # type: ignore[attr-defined]
    return out


def _by_hand(view: SentenceView, p: Placed, lo: int) -> list[str]:
    """The perpetrator named after على يد / على أيدي: the first such phrase after the number
    with no other outcome word between (239 مدنياً بينهم 13 طفلاً، قضوا على يد قوات النظام),
    else one earlier in the clause (استشهد على يد القوات الروسية 36 مدنياً)."""
    marks = [c for c in view.cues if "by_hand" in c.kinds or c.phrase.endswith(_by_hand_phrases())]
    after = [c for c in marks if c.tok_start >= p.tok_end]
    if after:
        first = after[0]
        # the toll's own verb right before the mark (20 مدنياً قتلوا على يد قوات النظام) is no other outcome,
        # unless another number came between (… و3 أطفال، فيما قضى 40 على يد جهات أخرى)
        counts_between = any(
            q.obj.kind == "count" and p.tok_end <= q.tok_start < first.tok_start  # type: ignore[attr-defined]
            for q in view.quantities
        )
        if any(
            d.kinds & OUTCOME_KINDS
            and p.tok_end <= d.tok_start < first.tok_start
            and d is not first
            and (counts_between or d.tok_end != first.tok_start)
            for d in view.cues
        ):
            after = []
    before = [c for c in marks if lo <= c.tok_end <= p.tok_start][-1:]
    for c in after[:1] + before:
        for e in view.entities:
            ent: Entity = e.obj  # type: ignore[assignment]
            if c.tok_end <= e.tok_start <= c.tok_end + 1 and ent.type == "actor":
                return [ent.id]
    return []


def _nisba_of_the_strikes(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """The state a nisba after the number's noun of attack names (هجمات عسكرية أمريكية), if any."""
    noun = next((c for c in view.cues if c.tok_start == p.tok_end and c.kinds & {"attack", "operation"}), None)
    return state_force_nisba_after(a, view, noun.tok_end) if noun is not None else None


def _actor_right_after(view: SentenceView, c: Cue) -> list[str]:
    for e in view.entities:
        ent: Entity = e.obj  # type: ignore[assignment]
        if c.tok_end <= e.tok_start <= c.tok_end + 1 and ent.type == "actor":
            return [ent.id]
    return []


def _killer_before(a: Analysis, view: SentenceView, p: Placed, lo: int) -> list[str]:
    """The subject of the killing verb, between it and the number
    (وقتلت قوات النظام 6 مدنيين، قتل منهم نظام الأسد 14 مدنياً)."""
    of_them, verbs = grammar("of_them"), grammar("kill_verbs")
    for c in view.cues:
        if "kill" not in c.kinds or not lo <= c.tok_start < p.tok_start:
            continue
        if a.token_text(c.tok_start).removeprefix("و").removeprefix("ف") not in verbs:
            continue  # (not the dead's own noun: "قتلى قوات النظام")
        gap = c.tok_end + (1 if a.token_text(c.tok_end) in of_them else 0)
        for e in view.entities:
            ent: Entity = e.obj  # type: ignore[assignment]
            if e.tok_start == gap and e.tok_end <= p.tok_start and ent.type == "actor":
                return [ent.id]
    return []


def _attack_owner(a: Analysis, view: SentenceView, lo: int, hi: int, near: int) -> list[str]:
    """The doer named with the strike or attack in the victims' clause: by its nisba, past the strike's
    own adjectives (بقصف حوثي، في غارة روسية، قصف جوي روسي), after ل (في قصف لقوات النظام), or as the
    subject of the verb that carried it out (غارات شنتها طائرات حربية روسية وسورية، شنها النظام السوري
    والقوات الروسية) or launched it (شنت طائرات روسية بعد ظهر اليوم غارات).

    The strikes are read nearest the victims' number first (those before it, then those after); a strike
    that is the object of a reply or a time (ردا على هجوم، بعد هجوم) ends the search: the victims' strike
    is that one, and the striking back is another event's."""
    modifiers, carried = grammar("strike_modifiers"), grammar("carried_out_verbs")
    strikes = [c for c in view.cues if c.kinds & {"operation", "attack"} and lo <= c.tok_start < hi]
    strikes.sort(key=lambda c: (c.tok_start > near, abs(c.tok_start - near)))
    for c in strikes:
        if _object_of_a_reply(a, c.tok_start):
            return []
        t = c.tok_end
        while t < hi and a.token_text(t) in modifiers:
            t += 1
        adj = entity_data.adjective_actor(a.token_text(t)) if t < hi else None
        if adj and a.token_text(t + 1) in grammar("made_in_words"):
            adj = None  # (بطائرة مسيرة إيرانية الصنع: where the weapon was made, not who struck)
        if adj:
            more = entity_data.adjective_actor(a.token_text(t + 1)[1:]) if a.token_text(t + 1).startswith("و") else None
            return [adj] + ([more] if more and more != adj else [])
        for e in view.entities:
            ent: Entity = e.obj  # type: ignore[assignment]
            if e.tok_start == c.tok_end and ent.type == "actor" and a.token_text(c.tok_end).startswith("ل"):
                return [ent.id]
            if (
                e.tok_start == t
                and t < hi
                and ent.type == "actor"
                and ent.kind not in ("monitor", "news_agency", "international_org")
                and a.token_in(c.tok_start, grammar("construct_doer_nouns"), "وبل")
                and not a.carries_pronoun(c)
            ):
                # "هجمات الاحتلال التركي"، "قصف قوات النظام": the strike's owner in the construct after it
                return [ent.id]
        if t < hi and a.token_text(t) in carried:
            doers = _doers_after(a, view, t + 1, min(hi, t + 8))
            if doers:
                return doers
        # "شنت طائرات تابعة لقوات النظام غارات على …": the subject between the launching verb and the strike
        verb = next(
            (u for u in range(c.tok_start - 1, max(lo, c.tok_start - 8) - 1, -1) if a.token_in(u, grammar("launch_verbs"), "و")),
            None,
        )
        if verb is not None:
            doers = _doers_after(a, view, verb + 1, c.tok_start)
            if doers:
                return doers
    # no strike noun owned: the subject of a verb of striking in the clause (استهدف طيران النظام التركي سيارة
    # مدنية، ما أدى إلى مقتل 4)
    # (its subject right after it: not a plural verb whose subject came before, "مسلحين هاجموا نقطة للجيش", nor a
    # verb with its object first)
    for t in range(lo, min(hi, near)):
        word = a.token_text(t)
        if a.token_in(t, grammar("attack_verbs"), "وف") and not word.endswith(("وا", "ها", "ه")):
            if a.token_in(t + 1, _targeted_places() | grammar("military_post_nouns"), "وبل"):
                continue
            doers = _doers_after(a, view, t + 1, min(hi, t + 4))
            if doers:
                return doers
    return []


def _is_force(actor_id: str) -> bool:
    """A state's or a coalition's force, or a partner force (FORCE_KINDS, or a kind named *force)."""
    kind = str((entity_data.actor(actor_id) or {}).get("kind") or "")
    return kind in FORCE_KINDS or kind.endswith("force")


def _victims_own(view: SentenceView, r: Reading, actor_id: str) -> bool:
    """Could the state ``actor_id`` be the victims' own — their force named, their nisba, or their
    country's, or a state of the sentence that names no other force for them?"""
    info = entity_data.actor(actor_id) or {}
    country = info.get("country")
    if r.group_entity:
        other = entity_data.actor(r.group_entity) or {}
        # (a partner force of another country is not the striking state's own: قسد under Turkish fire)
        return r.group_entity == actor_id or (country is not None and other.get("country") == country and other.get("kind") in FORCE_KINDS)
    end = r.noun_end_tok or r.placed.tok_end  # (the nisba right after the men: جنود سوريين)
    nisbas = {
        (entity_data.actor(str(getattr(q.obj, "id", ""))) or {}).get("country") or getattr(q.obj, "country", None)
        for q in view.adjectives
        if r.placed.tok_start <= q.tok_start <= end
    }
    if nisbas - {None}:
        return country in nisbas
    return True  # (whose men they were is not said: the state's own operation, as before)


def _object_of_a_reply(a: Analysis, tok: int) -> bool:
    """Is the strike at ``tok`` governed by a reply or a time word (بعد هجوم، ردا على هجوم، عقب غارة)?"""
    before = a.token_text(tok - 1)
    return a.token_in(tok - 1, grammar("relation_in_time"), "و") or (
        before == "علي" and a.token_in(tok - 2, grammar("relation_in_time"), "و")
    )


def _result_of_clause_before(a: Analysis, view: SentenceView, clo: int) -> int:
    """Where the victims' strike may be named: their own clause, or the one before when theirs tells what
    it brought ("غارات نفذها الطيران الروسي على إدلب، ما أسفر عن مقتل 11 مدنياً")."""
    t = clo + (a.token_text(clo) in grammar("which_result_words"))
    if a.token_in(t, grammar("result_verbs"), "و"):
        return view.tok_start
    # (or the strike and an aside both stand between the result verb and its victims: "وأسفر قصف جوي
    # روسي أمس، وفق المرصد، عن مقتل تسعة مدنيين" — not another event's result before a new clause: "أدى
    # قصف روسي إلى تدمير مستشفى، فيما قتل 7 مدنيين في تفجير")
    u = next((u for u in range(view.tok_start, clo) if a.token_in(u, grammar("result_verbs"), "و")), None)
    if (
        u is not None
        and not any(a.token_in(t, grammar("other_event_openers"), "و") for t in range(u + 1, clo + 1))
        # (a clause that opens on a verb of its own tells another event: "…، وقتل 7 مدنيين في قصف مدفعي";
        # the result verb's own list goes on with nouns: "عن إصابة 20، ومقتل 5 مدنيين")
        and not a.token_in(clo, grammar("kill_verbs"), "وف")
    ):
        return view.tok_start
    return clo


def _doers_after(a: Analysis, view: SentenceView, lo: int, hi: int) -> list[str]:
    """The actors a subject phrase names, by name or nisba, up to the first preposition (شنتها طائرات
    حربية روسية وسورية على …، شنها النظام السوري والقوات الروسية على …، طائرات تابعة لقوات النظام)."""
    stop = grammar("target_prepositions") | {"في"}
    end = next((t for t in range(lo, hi) if a.token_text(t) in stop), hi)
    found: list[str] = []
    nisba_at = {d.tok_start for d in view.adjectives}
    for p in sorted([*view.entities, *view.adjectives], key=lambda p: p.tok_start):
        if lo <= p.tok_start < end and p.obj.type == "actor":  # type: ignore[attr-defined]
            if p in view.entities and p.tok_end in nisba_at:
                continue  # "طيران الجيش التركي": the nisba after the common noun says whose army it is
            aid = p.obj.id  # type: ignore[attr-defined]
            if aid not in found:
                found.append(aid)
    return found


def _only_parts_after(a: Analysis, view: SentenceView, p: Placed, chi: int) -> bool:
    """Does the sentence go on past the number's clause with no other figure but its parts ("قتل 19 مدنياً،
    بينهم ثمانية أطفال، السبت في قصف جوي شنته طائرات حربية روسية")? The strike told after the aside is the
    victims' own."""
    later = [q for q in view.quantities if q.tok_start >= chi and q.obj.kind == "count"]  # type: ignore[attr-defined]
    subsets = view.cues_of("subset")
    return chi < view.tok_end and all(
        any(p.tok_end <= c.tok_start and q.tok_start - 2 <= c.tok_end <= q.tok_start for c in subsets)
        # (or the next item of the same list of parts: "بينهم 8 أطفال و3 نساء")
        or (q.prefix.startswith("و") and any(p.tok_end <= c.tok_start < q.tok_start for c in subsets))
        for q in later
    )


def _killer_after(a: Analysis, view: SentenceView, end: int) -> list[str]:
    """The doer of a verb that takes the counted as its object, right after them
    (و2 قتلتهم قوات سوريا الديمقراطية، 5 قتلهم تنظيم الدولة)."""
    for c in view.cues_of("kill"):
        if end <= c.tok_start <= end + 1 and a.carries_pronoun(c):
            for e in view.entities:
                ent: Entity = e.obj  # type: ignore[assignment]
                if c.tok_end <= e.tok_start <= c.tok_end + 1 and ent.type == "actor":
                    return [ent.id]
    return []


@cache
def _by_hand_phrases() -> tuple[str, ...]:
    return tuple(norm(x) for x in load("cues.yaml").get("by_hand") or [])


OUTCOME_KINDS = frozenset({"kill", "capture", "wound"})


def _item_actors(view: SentenceView, lo: int, hi: int, speakers: set[str]) -> list[str]:
    """Actors named inside one item of a list, between the number before and this one."""
    out: list[str] = []
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if not lo <= p.tok_start < hi:
            continue
        if e.type == "actor" and e.id not in speakers and e.id not in out:
            if e.kind in ("monitor", "news_agency", "international_org"):
                continue
            out.append(e.id)
        elif e.type == "place" and e.kind == "country" and e.country:
            # "تليه روسيا بـ 221": a country ranked among perpetrators is its state
            state = entity_data.actor_for_country(e.country)
            if state and state not in out:
                out.append(state)
    return out


def _speakers(view: SentenceView, atts: list[Attribution] | None = None) -> set[str]:
    """Actors that only speak in this sentence (subjects of reporting verbs)."""
    out = {x.source for x in atts or [] if x.source and x.headline}
    for c in view.cues:
        if c.kinds & {"report", "report_by"}:
            for p in view.entities:
                if c.tok_end <= p.tok_start <= c.tok_end + 3:
                    # "أعلنت القيادة أنها نفذت": the speaker is the doer too
                    if any(p.tok_end <= d.tok_start <= p.tok_end + 4 for d in view.cues_of("self_reference")):
                        break
                    e: Entity = p.obj  # type: ignore[assignment]
                    out.add(e.org if e.type == "person" and e.org else e.id)
                    break
    return out


def _first_person_source(a: Analysis) -> str | None:
    """A statement published verbatim ("التزامنا", "قواتنا") speaks for its first actor."""
    fp = any(not _in_quote(a, c.start) for v in a.views for c in v.cues_of("first_person"))
    if not fp:
        return None
    for v in a.views:
        for p in v.entities:
            e: Entity = p.obj  # type: ignore[assignment]
            if e.type == "actor" and (e.kind in FORCE_KINDS or e.kind.endswith("force")):
                return e.id
    return None


def _in_quote(a: Analysis, pos: int) -> bool:
    line_start = a.text.rfind("\n", 0, pos) + 1
    before = a.text[line_start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("«") > before.count("»")


def outlet_ids(a: Analysis, outlet: str | None = None) -> set[str]:
    """The publishing outlet, from metadata and the dateline ("بغداد - واع").

    An outlet reporting in its own voice is not a source (the contract's null).
    """
    ids: set[str] = set()
    if outlet:
        ids |= {e.id for e in entity_data.find_entities(outlet) if e.type == "actor"}
    for v in a.views[:3]:
        if v.sentence.end - v.sentence.start > 80:
            continue
        for p in v.entities:
            e: Entity = p.obj  # type: ignore[assignment]
            if e.type == "actor" and e.kind == "news_agency":
                ids.add(e.id)
    return ids


def _statement_source(a: Analysis, outlets: set[str]) -> str | None:
    """A body's own statement published as it is: its press office is the source."""
    for i in outlets:
        info = entity_data.actor(i) or {}
        if info.get("kind") and info.get("kind") not in ("news_agency",):
            return i
    return _first_person_source(a)


def extract_analysis(a: Analysis, doc_id: str, outlet: str | None = None) -> list[Claim]:
    frame = Frame()
    outlets = outlet_ids(a, outlet)
    default_source = _statement_source(a, outlets)
    claims: list[Claim] = []
    previous: Reading | None = None
    recent: dict[str, Reading] = {}  # the last count read with each outcome
    views = _article_views(a)
    mentions = _country_mentions(a, views)  # (one pass over the article for both)
    home = _document_country(mentions)
    main = None if home else _main_country(mentions)
    headline_main = _headline_country(mentions, main)
    breakdown: tuple[str, str | None] | None = None  # the toll whose list items follow: (outcome, side)
    neutralised: list[Claim] = []  # the dead counted as "neutralised" (تحييد)
    unsided: set[float] = set()  # tolls of the dead that name no side (استشهاد 550 سورياً)
    for view in views:
        atts = attributions(a, view)
        resolve_anaphors(atts, view, frame.source, frame.last_body)
        counts = [p for p in view.quantities if p.obj.kind == "count" and (p.obj.value or 0) > 0]  # type: ignore[attr-defined]
        main_here = headline_main if view.headline else main
        # a new speaker introduced here starts a new passage, unless the sentence
        # says it speaks of the same events (من جهتها); "في سياق منفصل" always does
        opening = [c for c in view.cues if c.tok_start <= view.tok_start + 1]
        # (a wire relaying the statement — "بحسب وكالة فرانس برس" — opens no new passage)
        new_speakers = [
            x.source for x in atts if x.source and (entity_data.actor(x.source) or {}).get("kind") != "news_agency"
        ]
        if any("new_topic" in c.kinds for c in opening):
            frame.period, frame.countries, frame.actor = None, [], []
            frame.place, frame.all_countries = None, []
            frame.group_ops = False
        elif (
            counts and new_speakers and frame.source
            and _other_speaker(new_speakers[0], frame.figure_source or frame.source)
        ):
            if not any("same_topic" in c.kinds for c in opening):
                frame.period = None
                # (the passage's lands stay with a new speaker on the same figures — "وقال التحالف … 53 مدنياً
                # إضافياً" after the US army's toll in Iraq and Syria — unless the speaker is a body of another
                # land that does not fight abroad: "وقال الجيش الكاميروني إن …" after a passage on Nigeria)
                body = entity_data.actor(new_speakers[0]) or {}
                away = _acts_abroad(new_speakers[0], body, expeditionary())
                if body.get("country") and body["country"] not in frame.countries and not away:
                    frame.countries, frame.place, frame.all_countries = [], None, []
            frame.actor = []
        if counts and new_speakers:
            frame.figure_source = new_speakers[0]
        if not counts and _group_tells_its_operations(view, atts):
            # "ونشر التنظيم حصيلة عملياته الأسبوعية على النحو التالي:": the list that follows is its attacks
            frame.group_ops = True
        sentence_claims: list[Claim] = []
        note_countries(a, view, frame)
        item = _list_item(a, view)
        heading = not item and breakdown is not None and _list_heading(a, view)
        if heading and breakdown is not None:
            # "المدنيون:"، "العسكريون:": a heading inside the breakdown names the side of the lines below it
            civ = any("civilian" in c.kinds for c in view.cues)
            breakdown = (breakdown[0], "civilian" if civ else None)
        announced = breakdown
        if not item and not heading:
            breakdown = None
        reads: list[Reading] = []
        inline = _inline_breakdown(a, view, recent) if counts else None
        if inline is None and announced is not None and not item and not heading and counts:
            # "وقد تم تصنيف الشهداء حسب المحافظات على الشكل التالي:" then "حلب 197, ادلب 75, حمص 62":
            # the line after the announcement gives the parts by place, without bullets
            inline = (view.nstart - 1, announced)
        for p in counts:
            r = read_count(a, view, p, previous, recent)
            reads.append(r)
            if item and breakdown is not None:
                r = as_breakdown_item(r, view, p, *breakdown)
            elif (
                inline is not None
                and p.nstart > inline[0]
                # (attacks spread over places may name the place after the number: "36 في دير الزور")
                and (_after_a_place(view, p) or (inline[1][0] in ("attack", "operation") and place_right_after(a, view, p)))
            ):
                # "وتوزعت حصيلة المدنيين حسب المحافظات: حمص 45، حماة 30": the toll's parts by place, inline
                r = as_breakdown_item(r, view, p, *inline[1])
            if r.metric is None and r.noun == "person" and r.side is None and r.outcome in ("kill", "capture") and of_the_enemy(a, view, r):
                # "أحصينا 11 قتيلاً في صفوف العدو": the enemy of whoever speaks — a state's foe is an armed
                # group's men, an armed group's foe the state's
                speaker, _ = source_for(atts, p.tok_start, frame.source)
                # (an office or a force of the state, its country yet unknown, is the state's side)
                own = "friendly" if speaker in (STATE, STATE_FORCES) else side_of_actor(speaker) if speaker else None
                if own in ("friendly", "armed"):
                    r.side = "armed" if own == "friendly" else "friendly"
                    r.noun = "member" if r.side == "armed" else "friendly"
                    r.metric, r.rule = metric_of(view, r), "the-speaker's-enemy"
            if (
                r.metric is None
                and r.noun == "person"
                and r.side is None
                and r.outcome == "kill"
                and not r.suspect
                # (not deaths no one caused: "توفي 43 ألف شخص بسبب الجفاف")
                and r.rule not in NO_KILLING_RULES
            ):
                speaker, _ = source_for(atts, p.tok_start, frame.source)
                if (entity_data.actor(speaker) or {}).get("counts_civilians") if speaker else False:
                    # "وثقت البعثة مقتل 23 شخصاً"، "وثق مراسلنا استشهاد 23 شخصاً": a body that counts the
                    # civilian dead, naming no side, counts civilians
                    r.noun, r.side, r.metric, r.rule = "civilian", "civilian", "civilians_killed", "dead-counted-by-a-civilian-monitor"
            if (
                r.metric == "operations"
                and r.rule == "count+operation"
                and not _force_doer(a, view)
                # (bare عمليات: not the strikes a group's media tell of, "4 انفجارات جراء غارات جوية")
                and (a.token_text(p.tok_end) in grammar("operation_nouns") or a.token_in(p.tok_start, grammar("operation_nouns"), "و"))
                # (nor operations it was the target of: "مواقعها استهدفت بـ 9 عمليات إنزال")
                and not any(view.tok_start <= c.tok_start < p.tok_start for c in view.cues_of("target"))
            ):
                speaker, _ = source_for(atts, p.tok_start, frame.source)
                if (entity_data.actor(speaker) or {}).get("kind") in ARMED_KINDS if speaker else False:
                    # "وبلغ مجموع العمليات – بحسب بيانات حركة الشباب – 83 عملية": the operations a group
                    # reports of itself are its attacks
                    r.noun, r.metric, r.rule = "attack", "attacks", "operations-the-group-reports"
                    frame.group_ops = True
            if r.metric == "operations" and r.rule == "count+operation" and frame.group_ops and _groups_own_operations(a, view, p, reads):
                # "حصيلة العمليات التي شنها عناصر التنظيم … الرقة (10 عمليات)": in a passage that counts
                # a group's own operations, the later ones no force is named with are its attacks too
                r.noun, r.metric, r.rule = "attack", "attacks", "operations-of-the-passage's-group"
            if r.metric == "attacks" and (
                r.rule in _GROUP_OPS_RULES
                or r.rule == "operations-the-group-reports"
                # "سجل المؤشر 64 عملية إرهابية … وتصدرت الصومال القائمة بـ 21 عملية": a report that counts
                # attacks as عمليات goes on counting them so
                or (r.rule == "count+attack" and a.token_text(p.tok_end) in grammar("operation_nouns"))
            ):
                frame.group_ops = True
            if r.suspect and r.metric is None and r.side is None and r.outcome == "capture" and frame.armed_group and r.rule != "wanted-for-crimes":
                # "اعتقل في الإجمال 156 مشبوهاً" in a passage about Boko Haram: its suspects
                r.side, r.metric, r.rule = "armed", "captured", "suspects-of-the-passage's-group"
            if r.outcome == "kill" and r.side is None and r.quantity.value:
                unsided.add(r.quantity.value)
            if r.rule != "rate" and not _single_after_noun(a, p, r):
                # (a rate set off inside a list, "بينهم 294 طفلاً، بمعدل 10 أطفال يومياً، و173 امرأة", is no item)
                previous = r
            if r.outcome and r.side and (r.metric or r.side == "civilian"):
                # (the civilian wounded too, whom no metric counts: "268 قتيلاً و807 جرحى" of civilians — the
                # wounded a province's share then breaks down are theirs, not a force's counted before; not a
                # reading set aside, "إعدام أربعة مسلحين", whose people no later share may count)
                recent[r.outcome] = r
            if r.metric is None:
                continue
        _share_the_verb_after_the_list(a, view, reads)
        owner_after_the_list(a, view, reads)
        others_name_the_first(a, view, reads)
        casualties_with_parts(a, view, reads)
        apposed_parts_of_a_toll(a, view, reads)
        civilians_with_forces_among_them(view, reads)
        for r in reads:
            if r.metric is None:
                continue
            filled = _fill(a, view, r, frame, atts, default_source, doc_id, outlets, home, main_here)
            if r.metric == "killed" and _neutralised(a, view, r):
                neutralised.extend(filled)
            if item:
                for c in filled:
                    c.context["item"] = "yes"  # a line of a list: its figure is its own, whatever another line says
            sentence_claims.extend(filled)
        for i, r in enumerate(reads):
            # "مقتل 15 شخصاً، من بينهم 13 جندياً واثنان من المتطوعين": a toll of persons of one side
            parts = list(takewhile(lambda x: x.metric is not None and not x.leader, reads[i + 1 :]))
            whole = toll_of_its_parts(view, r, parts)
            if whole is not None:
                sentence_claims.extend(_fill(a, view, whole, frame, atts, default_source, doc_id, outlets, home, main_here))
        claims.extend(sentence_claims)
        _update_frame(a, view, frame, sentence_claims, atts)
        frame.last_body = last_body(view, frame.last_body)
        if not item and not heading:
            breakdown = _breakdown_announced(a, view, recent) or breakdown
    if neutralised:
        claims = _without_broken_down_totals(claims, neutralised)
    if unsided:
        claims = _without_parts_of_unsided_tolls(claims, unsided)
    claims = _without_replaced_announcements(a, claims)
    return _to_contract_ids(merge_claims(claims))


_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def _without_replaced_announcements(a: Analysis, claims: list[Claim]) -> list[Claim]:
    """"وكانت السلطات قد أعلنت سابقاً مقتل ثمانية جنود" beside a larger toll of the same dead: the toll
    announced earlier, which the article's own has replaced, is no claim of its own (an earlier figure
    nothing replaced stays)."""
    words = grammar("earlier_words")
    drop = set()
    for c in claims:
        if not c.metric.endswith(("killed", "wounded")) or c.span is None or c.number_span is None:
            continue
        before = _ARABIC_WORD.findall(norm(a.text[c.span.start : c.number_span.start]))
        # (with its conjunction too: "وأعلنت الوزارة سابقاً")
        if not any(w in grammar("announce_verbs") or (w[:1] in "وف" and w[1:] in grammar("announce_verbs")) for w in before):
            continue  # (an earlier announcement, not an earlier event: "وفي وقت سابق، قتل 3 جنود في درعا")
        earlier = any(w in words for w in before) or any(
            # (in its own bare words: not "في وقت سابق من هذا الشهر"، "في وقت سابق اليوم", another event told)
            f"{x} {y}" in grammar("earlier_phrases") and (i + 2 >= len(before) or before[i + 2] not in grammar("time_after_earlier"))
            for i, (x, y) in enumerate(pairwise(before))
        )
        after = _ARABIC_WORD.findall(norm(a.text[c.number_span.end : c.span.end]))
        if any(w in grammar("another_event_words") for w in after):
            continue  # (an earlier toll of another attack: "مقتل 8 جنود في هجوم آخر")
        # "أعلن الجيش الجمعة مقتل خمسة من عناصره، لكن عدد القتلى ارتفع إلى ثمانية": corrected at once (a toll
        # that rose, not any rise after a "but": "لكن الهجمات زادت وأودت بحياة 30")
        earlier = earlier or any(
            (w in grammar("correction_words") or (w in grammar("correction_before_an") and after[i + 1 : i + 2] == ["ان"]))
            and any(v in grammar("correction_rise_verbs") for v in after[i + 1 : i + 6])
            and any(v in grammar("correction_toll_nouns") for v in after[i + 1 : i + 6])
            for i, w in enumerate(after)
        )
        if earlier and any(
            o is not c
            and o.metric == c.metric
            and o.value > c.value
            and o.countries == c.countries
            and _overlap(o.period, c.period)
            # (the same speaker's: a government's count beside a monitor's is a contradiction to show)
            and _told_source(o) == _told_source(c)
            for o in claims
        ):
            drop.add(id(c))
    return [c for c in claims if id(c) not in drop] if drop else claims


def _without_parts_of_unsided_tolls(claims: list[Claim], unsided: set[float]) -> list[Claim]:
    """Leave out a place-by-place list read as civilian dead when its parts add up to a toll that named
    no side ("استشهاد 550 سورياً، منهم 448 مدنياً …" then "275 شهيداً من إدلب، 132 من حماة …" = 550):
    the list parts the whole toll, fighters among it, not the civilians."""
    groups: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        if c.rule in ("dead-of-a-place-in-a-civilian-count", "breakdown-of-earlier-toll") and c.span is not None:
            groups.setdefault((c.span.start, c.span.end), []).append(c)

    def adds_up(total: float) -> bool:
        # (the smallest places may be counted in words no list line reads: "شهيدان من اللاذقية، وشهيد من …")
        return any(t - max(3, t / 100) <= total <= t for t in unsided)

    drop = {id(c) for g in groups.values() if len(g) > 2 and adds_up(sum(c.value for c in g)) for c in g}
    return [c for c in claims if id(c) not in drop] if drop else claims


def _neutralised(a: Analysis, view: SentenceView, r: Reading) -> bool:
    """Is this count of the dead named by a word for "neutralised" (تحييد 90، 51 إرهابياً جرى تحييدهم)?"""
    p, words = r.placed, grammar("neutralise_words")
    after = r.noun_end_tok or p.tok_end
    if not a.sentence_has(view, words, "وب"):
        return False  # (nearly every sentence: no word of the sentence to look at)
    near = (*range(max(view.tok_start, p.tok_start - 3), p.tok_start), *range(after, min(after + 3, view.tok_end)))
    return any(a.token_in(t, words, "وب") for t in near)


def _without_broken_down_totals(claims: list[Claim], neutralised: list[Claim]) -> list[Claim]:
    """Leave out a "neutralised" total that the article goes on to break down into the dead and the
    captured of the same places ("أعلن الجيش تحييد 90 إرهابياً … وأظهرت الحصيلة مقتل 25 واعتقال 14"):
    it counts outcomes together, and the contract counts its parts, not it."""
    drop: set[int] = set()
    at = {id(c): i for i, c in enumerate(claims)}
    for n in neutralised:
        later = claims[at[id(n)] + 1 :]
        same = [c for c in later if set(c.countries) == set(n.countries) and c.value < n.value]
        # the breakdown counts the dead by a verb of killing and, next, the captured (not the dead parted
        # by region, "وتوزع القتلى بين منطقة الساحل (140 قتيلاً) …": those are the total's own parts)
        for d, h in pairwise(same):
            # (or "منهم": "تحييد 39 إرهابياً حيث تم القضاء على 20 منهم واستسلام 5 وتوقيف 14")
            dead = d.metric == "killed" and (d.rule.startswith("kill+") or d.rule == "number-of-them") and not any(d is x for x in neutralised)
            if dead and h.metric == "captured" and d.value + h.value <= n.value:
                drop.add(id(n))
    return [c for c in claims if id(c) not in drop]


def _toll_rises_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A verb of a rising toll shortly before a "من X إلى Y" range (ارتفعت حصيلة القتلى من 9 إلى 14)."""
    rise = grammar("rise_words")
    return any(a.token_text(t) in rise for t in range(max(view.tok_start, p.tok_start - 8), p.tok_start))


def _fought_by(a: Analysis, view: SentenceView, p: Placed, foes: set[str]) -> bool:
    """Did one of ``foes`` strike or fight the counted in the count's clause: named by the nisba of a
    strike or of fire (بغارة إسرائيلية، بنيران إسرائيلية) or after "with" (في المواجهات مع الجيش الإسرائيلي)?"""
    if not foes:
        return False
    if _struck_by(view, p, foes):
        return True
    lo, hi = view.clause_of(p.tok_start)
    for x in [*view.entities, *view.adjectives]:
        if getattr(x.obj, "id", None) not in foes or not lo <= x.tok_start < hi:
            continue
        if a.token_in(x.tok_start - 1, grammar("foe_openers"), "و") or any(
            c.kinds & {"operation", "attack"} and c.tok_end == x.tok_start for c in view.cues
        ):
            return True
    return False


def _armed_group_just_before(a: Analysis, view: SentenceView, own: str | None, foes: set[str]) -> bool:
    """Does one of the two sentences before this one name ``own`` together with an armed group — the side it
    fought ("هاجم مقاتلون من جبهة النصرة مواقع لحزب الله") — and none of them any of ``foes`` (the war it is an
    armed group in)?"""
    i = next((k for k, v in enumerate(a.views) if v is view), None)
    if i is None or own is None:
        return False
    fought = False
    for v in a.views[max(0, i - 2) : i]:
        named = {str(getattr(e.obj, "id", "")) for e in [*v.entities, *v.adjectives] if getattr(e.obj, "type", "") == "actor"}
        if named & foes:
            return False
        fought = fought or (own in named and any(x != own and side_of_actor(x) == "armed" for x in named))
    return fought


def _militias_foes_right_after(view: SentenceView, p: Placed) -> tuple[str, ...]:
    """The strikers whose enemies the men counted are, when they are told right after the number as the militias of
    a state that backs them (موالين لإيران، من الميليشيات الإيرانية: actors.yaml militias_armed_against), else none."""
    for x in [*view.entities, *view.adjectives]:
        if not p.tok_end <= x.tok_start <= p.tok_end + 5:
            continue
        xid = str(getattr(x.obj, "id", None))
        for backer, foes in entity_data.militia_backers().items():
            # (the state by its name, its government or a body of it: إيران، الإيرانية، الحرس الثوري)
            if xid == backer or xid == (entity_data.actor(backer) or {}).get("state_of") or backer in entity_data.ancestors(xid):
                return foes
    return ()


def _struck_by(view: SentenceView, p: Placed, foes: set[str], a: Analysis | None = None) -> bool:
    """Did one of ``foes`` strike in this sentence, before the count: its strikes named by its nisba
    (الغارات الأمريكية) or it named by a strike (شنت القوات الأمريكية غارات، غارة للتحالف) — and no
    armed group is named as the doer (a foe's base, embassy or envoy in an ISIS attack does not count)?"""
    attacks = [c.tok_start for c in view.cues if "attack" in c.kinds]
    if any(
        getattr(e.obj, "type", "") == "actor"
        and side_of_actor(e.obj.id) == "armed"  # type: ignore[attr-defined]
        and any(abs(t - e.tok_start) <= 3 for t in attacks)
        for e in view.entities
    ):
        return False  # "في هجوم لداعش قرب قاعدة تضم قوات أمريكية": the group named by its attack did it
    strikes = [c for c in view.cues if c.kinds & {"operation"} and c.tok_start < p.tok_start]
    for x in [*view.entities, *view.adjectives]:
        if getattr(x.obj, "id", None) not in foes or x.tok_start >= p.tok_start:
            continue
        if any(abs(c.tok_start - x.tok_start) <= 3 for c in strikes):
            return True
    if a is None or _another_killer_named(a, view, None):
        return False  # (not where a group is named as the killer: "في اشتباكات مع خلايا داعش، بعد أسبوع من غارات تركية")
    # the weapon by its nisba before the count (استهدفت مسيرة تركية … ما أدى إلى مقتل), or after it in the strike
    # that caused it (قتلوا … إثر غارات تركية، بقصف مدفعي تركي، في استهداف طائرة مسيرة تركية): a foe's drone or guns
    later = [c for c in view.cues if c.kinds & {"operation"} and c.tok_start > p.tok_start]
    for x in view.adjectives:
        if getattr(x.obj, "id", None) not in foes:
            continue
        if x.tok_start < p.tok_start:
            if a.token_in(x.tok_start - 1, grammar("strike_weapons"), "وب"):
                return True
            continue
        # (the nisba right after the strike, past its weapon or one adjective — not a strike attributed to it later,
        # "نُسبت تلك الغارة إلى الجيشين الأمريكي والإسرائيلي")
        strike = next(
            (
                c
                for c in later
                if x.tok_start - 3 <= c.tok_end <= x.tok_start
                and not any(a.token_in(t, grammar_union("target_prepositions", "toward_words"), "و") for t in range(c.tok_end, x.tok_start))
            ),
            None,
        )
        # (not a strike the sentence sets before or since in time: "بعد أيام من قصف تركي")
        if strike is not None and not any(
            a.token_in(t, grammar("background_time_words"), "و") for t in range(max(p.tok_end, strike.tok_start - 3), strike.tok_start)
        ):
            return True
    return False


def _another_killer_named(a: Analysis, view: SentenceView, own: str | None) -> bool:
    """Does the sentence name an armed group other than ``own`` as a doer — by its attack (هجوم لداعش، برصاص
    مسلحين)، as the side fought (اشتباكات مع خلايا داعش) or after على يد — not as more of the dead or arrested
    ("و15 عنصراً من العمال الكردستاني")?"""
    doers = grammar("doer_openers")
    deeds = [c.tok_end for c in view.cues if c.kinds & {"attack", "operation"}]
    for e in [*view.entities, *(c for c in view.cues if "armed_group" in c.kinds)]:
        obj = getattr(e, "obj", None)
        if obj is not None:
            if getattr(obj, "type", "") != "actor" or obj.id == own or side_of_actor(obj.id) != "armed":
                continue
        if any(e.tok_start - 3 <= t <= e.tok_start for t in deeds) or a.token_in(e.tok_start - 1, doers, "و") or (
            a.token_in(e.tok_start - 2, doers, "و") and a.token_in(e.tok_start - 1, grammar("armed_cell_words"), "")
        ):
            return True
    return False


def _joint_force_states(a: Analysis, view: SentenceView) -> list[str]:
    """The states a joint force is made of, named after its word of making (قوة مشتركة من نيجيريا والنيجر
    والكاميرون، قوة مؤلفة من …) and joined by و."""
    if not a.sentence_has(view, grammar("joint_force_words")):
        return []
    places = sorted((e for e in view.entities if getattr(e.obj, "kind", None) == "country"), key=lambda e: e.tok_start)
    for t in range(view.tok_start, view.tok_end - 1):
        if a.token_text(t) not in grammar("joint_force_words") or a.token_text(t + 1) not in grammar("of_words"):
            continue
        found: list[str] = []
        at = t + 2
        for e in places:
            if e.tok_start != at:
                continue
            if found and not name_prefix(a, e).startswith("و"):
                break
            found.append(str(e.obj.country))  # type: ignore[attr-defined]
            at = e.tok_end
        return sorted(set(found))
    return []


def _abroad_after(a: Analysis, view: SentenceView, p: Placed, r: Reading) -> bool:
    """Is the count said to be abroad, as the counted men's own place: right after their noun, or their verb,
    or the words of where they were held (عشرة أشخاص في مركز قيادة الجماعة في الخارج، أوقفوا "خارج الحدود") —
    not another noun's (عمليات خارج الحدود، قيادات في الخارج, a place after من), and not where a place is named
    after it before the next number (خارج الحدود في شمال العراق)?"""
    end = r.noun_end_tok or p.tok_end
    stop = min(view.tok_end, end + 8, *(q.tok_start for q in view.quantities if q.tok_start >= end))
    words = grammar("abroad_after_words")
    for t in range(end, stop):
        if not a.token_in(t, words, "و"):
            continue
        before = a.token_text(t - 1)
        own = a.token_text(t + 1) in grammar("abroad_objects") and t <= end + 2  # (أوقفوا خارج الحدود)
        # (or "في الخارج" ending the men's own place phrase, opened by في right after them — not others they are
        # linked to: "على صلة بقيادات في الخارج")
        held = (
            before == "في"
            and (t - 1 == end or a.token_text(end) == "في")
            and not any(a.token_in(u, grammar("link_words"), "وب") for u in range(end, t))
        )
        if (own or held) and before != "من" and not any(
            e.obj.type == "place" and t < e.tok_start < stop for e in view.entities  # type: ignore[attr-defined]
        ):
            return True
    return False


def _at_sea(a: Analysis, view: SentenceView, p: Placed, r: Reading) -> bool:
    """Is the count set at sea: aimed at ships (هجوماً على السفن، عمليات استهدفت سفناً، هجمات بالصواريخ
    … ضد سفن) or "in" a sea or strait (24 هجوماً بمسيرات في باب المندب), further on in its clause — not
    past a land target, a response or "near" ("ضربات على مواقع الحوثيين رداً على هجماتهم في البحر
    الأحمر"، "هجمات على مواقع للجيش قرب البحر الأحمر")?"""
    end = r.noun_end_tok or p.tok_end
    clause_end = view.clause_of(p.tok_start)[1]
    if clause_end < view.tok_end and a.token_in(clause_end, grammar("target_prepositions"), "و"):
        # (past the comma to the verb of what they struck: "نفذنا 8 عمليات، استهدفت 7 سفن")
        clause_end = view.clause_of(clause_end)[1]
    stop = min(end + 12, clause_end)
    seas = {e.tok_start: e for e in view.entities if getattr(e.obj, "kind", None) == "sea"}
    if not seas and not a.sentence_has(view, grammar("ship_words"), "و"):
        return False  # (nearly every sentence: no word of the sentence to walk to)
    blockers = grammar_union("land_targets", "response_words")
    counted = {q.tok_start for q in view.quantities}
    for t in range(end, stop):
        if a.token_in(t, blockers, "ول"):
            return False
        aimed = a.token_in(t - 1, grammar("target_prepositions"), "و") or (
            t - 1 in counted and a.token_in(t - 2, grammar("target_prepositions"), "و")  # ("استهدفت 7 سفن")
        )
        if a.token_in(t, grammar("ship_words"), "و") and (t == end or aimed):
            return True
        sea = seas.get(t)
        if sea is not None and (a.token_text(t - 1) == "في" or "ب" in sea.prefix):
            return True
    return False


def _single_after_noun(a: Analysis, p: Placed, r: Reading) -> bool:
    """"one" written after its noun as an adjective, counting nothing (خمسة مدنيين من عائلة واحدة بينهم
    ثلاثة أطفال: the family is single): no item of a list."""
    return r.metric is None and p.tok_end - p.tok_start == 1 and a.token_text(p.tok_start) in grammar("one_adjectives")


def _response_opened_before(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    """Where a response the count is part of opens (ردا على ذلك، رداً على الهجوم), before the count."""
    if not a.sentence_has(view, grammar("response_words"), "و"):
        return None  # (nearly every sentence: no word of the sentence to walk back to)
    return next(
        (
            t
            for t in range(p.tok_start - 1, view.tok_start - 1, -1)
            if a.token_in(t, grammar("response_words"), "و") and a.token_in(t + 1, grammar("on_words"))
        ),
        None,
    )


@cache
def _background_openers() -> tuple[str, ...]:
    """The background openers as one tuple: ``str.startswith`` tries them all in one call."""
    return tuple(grammar("background_openers"))


def _background(a: Analysis, view: SentenceView) -> bool:
    """"يذكر أن …"، "يشار إلى أن …": a sentence that recalls earlier events takes no period from the passage."""
    first = " ".join(a.token_text(t) for t in range(view.tok_start, min(view.tok_start + 3, view.tok_end)))
    if first.startswith(_background_openers()):
        return True
    # "وكان الجيش قد أعلن في وقت سابق مقتل 12": a figure from earlier, with no date, has none (the contract)
    earlier = grammar("earlier_time_phrases")
    if not a.sentence_has(view, _first_words("earlier_time_phrases")):
        return False
    return any(
        f"{a.token_text(t)} {a.token_text(t + 1)}" in earlier for t in range(view.tok_start, view.tok_end - 1)
    )


@cache
def _first_words(name: str) -> frozenset[str]:
    """The first words of a grammar list's phrases: a sentence without one holds none of them."""
    return frozenset(w.split()[0] for w in grammar(name) if w.split())


def _opens_on_was(a: Analysis, view: SentenceView) -> bool:
    """Does the sentence open on كان (وكان، فكان): what had happened, or been said, before the story?"""
    return a.token_in(view.tok_start, grammar("was_words"), "و")


def _pluperfect(a: Analysis, view: SentenceView) -> bool:
    """"وكان الجيش قد أوقف …": a sentence opening on كان … قد tells what had happened before the story."""
    return _opens_on_was(a, view) and any(
        a.token_text(t) in grammar("perfect_particles") for t in range(view.tok_start + 1, min(view.tok_start + 6, view.tok_end))
    )


def _earlier_announcement(a: Analysis, view: SentenceView) -> bool:
    """"وكان المرصد أفاد في حصيلة نشرها في 22 كانون الأول بمقتل 2132": what a speaker had said before,
    whose date is not the story's (كان, then a reporting verb a few words on)."""
    return _opens_on_was(a, view) and any(
        view.tok_start < c.tok_start <= view.tok_start + 3 for c in view.cues_of("report")
    )


def _comes_after(a: Analysis, view: SentenceView) -> bool:
    """"ويأتي الهجوم بعد …"، "وجاءت الغارات غداة …": a sentence that sets the story beside earlier events."""
    # (a relation in time after its subject, not "وجاء في البيان" nor "وجاءت العملية في إطار حملة")
    return a.token_in(view.tok_start, grammar("comes_after_verbs"), "و") and any(
        a.token_in(t, grammar("relation_in_time"), "و") for t in range(view.tok_start + 1, min(view.tok_start + 9, view.tok_end))
    )


def _places_of_later_numbers(a: Analysis, view: SentenceView, p: Placed, hi: int) -> set[str]:
    """The countries later numbers up to ``hi`` name right after them as their own (و30 في ليبيا)."""
    out: set[str] = set()
    for q in view.quantities:
        if p.tok_end < q.tok_start < hi and q.obj.kind == "count" and place_right_after(a, view, q):  # type: ignore[attr-defined]
            at = q.tok_end + (a.token_text(q.tok_end) in ("علي", "في"))
            if a.marks_before(at, "(،,:") or "ال" in q.prefix:
                continue  # (not the states a definite number sets out in brackets: "دول الساحل الخمس (موريتانيا …)")
            out |= {str(e.obj.country) for e in view.entities if e.tok_start == at and getattr(e.obj, "country", None)}  # type: ignore[attr-defined]
    return out


def _where_their_parts_are(a: Analysis, view: SentenceView, p: Placed, frame: Frame) -> list[str]:
    """The countries the rest of the sentence places parts of the number in ("246 منهم … على الأراضي السورية"),
    not where some came back to ("عاد 156 آخرين إلى المغرب"), when a part counted of them ("منهم") follows."""
    if not any(c.tok_start > p.tok_end for c in view.cues_of("subset")):
        return []
    found: set[str] = set()
    for e in view.entities:
        if e.tok_start <= p.tok_end or getattr(e.obj, "type", "") != "place" or not getattr(e.obj, "country", None):
            continue
        if any(a.token_in(t, grammar("return_words"), "وف") for t in range(max(view.tok_start, e.tok_start - 5), e.tok_start)):
            continue
        if not_where(a, view, e):
            continue
        found.add(str(e.obj.country))  # type: ignore[attr-defined]
    found |= {
        str(getattr(d.obj, "country", ""))
        for d in view.adjectives
        if d.tok_start > p.tok_end and getattr(d.obj, "country", None) and a.token_in(d.tok_start - 1, grammar("place_nouns"), "وبل")
    }
    return sorted(found)


def _destinations(a: Analysis, view: SentenceView) -> list[str]:
    """Countries a sentence sends people to (توجهوا إلى سوريا والعراق), the joined ones included."""
    to = grammar("destination_words")
    out: list[str] = []
    last_end = -1
    for p in sorted(view.entities, key=lambda x: x.tok_start):
        e: Entity = p.obj  # type: ignore[assignment]
        if e.type != "place" or e.kind != "country" or not e.country:
            continue
        # (or where they went to fight: "خرج منها للقتال في سورية والعراق"، "يقاتلون في سوريا")
        fight_in = a.token_text(p.tok_start - 1) in grammar("in_words") and a.token_in(
            p.tok_start - 2, grammar_union("fighting_verbs", "fighting_nouns"), "ول"
        )
        if a.token_text(p.tok_start - 1) in to or fight_in or (p.tok_start == last_end and p.prefix.startswith("و")):  # type: ignore[attr-defined]
            if any(a.token_in(t, grammar("return_words"), "وف") for t in range(max(view.tok_start, p.tok_start - 5), p.tok_start)):
                continue  # (not home, where some came back to: "فيما عاد 156 آخرين إلى المغرب")
            if e.country not in out:
                out.append(e.country)
            last_end = p.tok_end
    return sorted(out)


def _force_doer(a: Analysis, view: SentenceView) -> bool:
    """Does a force (not one named as the target: استهدفت العمليات كلاً من قوات النظام) act in this sentence?"""
    targets = grammar("target_prepositions")
    for c in view.cues:
        # "30 عملية نفذتها القوات الحكومية": a force by its common name
        if c.kinds & {"own_forces", "friendly_group"} and not any(
            a.token_text(t) in targets for t in range(max(view.tok_start, c.tok_start - 4), c.tok_start)
        ):
            return True
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if e.type != "actor" or not (e.kind in FORCE_KINDS or e.kind.endswith("force")):
            continue
        before = range(max(view.tok_start, p.tok_start - 4), p.tok_start)
        if any(a.token_text(t) in targets for t in before) or any(
            c.tok_start in before for c in view.cues_of("target")
        ):
            continue
        return True
    return False


def _origin_of_a_part(view: SentenceView, p: Placed, c: Placed) -> bool:
    """"عدد مقاتلي الجبهة بين 7 و11 ألفاً، من بينهم آلاف المقاتلين الأجانب": foreigners among the men
    counted are a part of them; the whole is not counted by where its men come from."""
    return c.tok_start > p.tok_end and any(
        "subset" in s.kinds and p.tok_end <= s.tok_start and s.tok_end <= c.tok_start for s in view.cues
    )


def _parts_in_brackets(a: Analysis, view: SentenceView, p: Placed, r: Reading, frame: Frame) -> list[str]:
    """The countries of the parts a bracket right after a counted total gives, each with its own number
    and place ("11 عنصراً (9 في العراق و2 في سوريا)"); none unless two parts name two countries."""
    end = r.noun_end_tok or p.tok_end
    if end >= view.tok_end or not a.marks_before(end, "("):
        return []
    close = a.nt.text.find(")", a.tokens[end].start)
    if close < 0:
        return []
    hi = end
    while hi < view.tok_end and a.tokens[hi].start < close:
        hi += 1
    if sum(1 for x in view.quantities if end <= x.tok_start < hi and x.obj.kind == "count") < 2:  # type: ignore[attr-defined]
        return []
    found, _ = countries_in(a, view, end, hi, frame)
    return sorted(set(found)) if len(set(found)) >= 2 else []


def _fill(
    a: Analysis,
    view: SentenceView,
    r: Reading,
    frame: Frame,
    atts: list,
    default_source: str | None,
    doc_id: str,
    outlets: set[str],
    home: str | None = None,
    main: str | None = None,
) -> list[Claim]:
    p = r.placed
    q: Quantity = r.quantity
    metric = r.metric
    assert metric is not None
    clo, chi = view.clause_of(p.tok_start)
    # (a time aside between commas ends no clause: "قتلت القوات، خلال الشهر الماضي، 45 إرهابياً")
    clo = before_time_aside(a, view, (clo, chi), p.tok_start)
    ctx: dict[str, str] = {}

    # countries
    if metric == "coalition_members":
        countries, place = [], None
        ctx["countries"] = "none-for-membership"
    else:
        # "منها 61 في العراق و36 في سوريا": a place right after the number is its own
        nxt = min([o.tok_start for o in view.quantities if o.tok_start > p.tok_start] + [chi])
        majority = grammar("majority_words")
        # "نحو 10 آلاف عنصر غالبيتهم في العراق": the place of a majority is not the number's own
        if a.sentence_has(view, majority):
            nxt = min([t for t in range(p.tok_end, nxt) if a.token_text(t) in majority] + [nxt])
        reach = (r.noun_end_tok or p.tok_end) + 4
        if a.token_text(r.noun_end_tok or p.tok_end) in grammar("target_prepositions"):
            # "17 ضربة جوية ضد تنظيم داعش في العراق", "12 ضربة ضد أهداف للتنظيم في سوريا": past the
            # target (and the targets' noun before it), to where the strikes were
            prep = r.noun_end_tok or p.tok_end
            reach += next(
                (
                    e.tok_end - prep - 1
                    for e in sorted(
                        [*view.entities, *(c for c in view.cues if "armed_group" in c.kinds)],
                        key=lambda e: e.tok_start,
                    )
                    if prep < e.tok_start <= prep + 2
                ),
                0,
            )
        countries, place = countries_in(a, view, p.tok_end, nxt, frame, starts_before=reach)
        countries += _joined_past_comma(a, view, nxt, countries)
        ctx["countries"] = "number"
        if not countries and (parts := _parts_in_brackets(a, view, p, r, frame)):
            # "نفذت 43 عملية (10 في سوريا و33 في العراق)": a total broken down by country in brackets is in
            # all of them
            countries, place, ctx["countries"] = parts, None, "total-of-parts-in-brackets"
        if r.rule == "gapped-by-place" and (gap := gapped_place(a, view, p)) is not None:
            # "وإيطاليا 17": the item's own place, named before its number
            e = gap.obj
            countries, place = [e.country], (None if e.kind == "country" else e.id)  # type: ignore[attr-defined]
        if metric == "attacks" and (ranked := _ranked_country(a, view, p, clo)):
            # "تصدرت الصومال القائمة بـ 21 عملية، تلتها نيجيريا بـ 12"، "شهدت بوركينا فاسو 18 هجوماً،
            # ومالي 7": the country a ranking or a gapped clause puts before its number (the one after it
            # is the next item's)
            countries, place, ctx["countries"] = _tied_with(a, view, ranked, p), None, "ranked-country"
        if r.rule == "share-of-a-place-in-brackets":
            # "توزعت على العراق (30) وسوريا (15)": the place named right before the bracket is the share's
            named = next((e for e in view.entities if e.tok_end == p.tok_start and getattr(e.obj, "country", None)), None)
            if named is not None:
                countries, place = [named.obj.country], named.obj.id  # type: ignore[attr-defined]
                ctx["countries"] = "place-before-the-bracket"
        if not countries:
            labelled = _label_country(a, view, p)
            if labelled:
                # "(ولاية موزمبيق): 8 في 3 عمليات": the country a list line's label names is its own
                countries, place, ctx["countries"] = [labelled], None, "label"
        if not countries:
            countries, place = countries_in(a, view, clo, chi, frame)
            ctx["countries"] = "clause"
            if metric in ("captured", "leaders_captured") and countries and _places_only_in_the_suspicion(a, view, p, clo, chi, countries) and (
                own := _arresting_state(view, a)
            ) and not set(own) & set(countries) and _police_named(a, view):
                # "اعتقلت الشرطة النمساوية 6 أشخاص يشتبه في أنهم يقدمون الدعم لداعش في سوريا": where the suspects
                # are said to have fought or helped is their story; a state's own police arrest at home
                countries, place, ctx["countries"] = own, None, "home-of-the-arresting-force"
            if len(countries) > 1 and (theirs := _places_of_later_numbers(a, view, p, chi)) and (own := [x for x in countries if x not in theirs]):
                # "246 منهم لقوا حتفهم على الأراضي السورية إلى جانب 40 في العراق": the place a later number
                # names as its own is that number's, not this one's
                countries, place, ctx["countries"] = own, None, "clause-less-the-next-number's-place"
            item = _list_item_span(a, view, p, clo, chi) if len(countries) > 1 else None
            if item is not None and len((own := countries_in(a, view, *item, frame))[0]) == 1:
                # "قتل 1468 شخصاً في باكستان في 910 اعتداءات و1293 في أفغانستان في 364 اعتداء": parallel items
                # of one clause, each with its own country
                countries, place = own
                ctx["countries"] = "list-item"
        origins = metric == "strength" and (
            any("origin" in c.kinds and not _origin_of_a_part(view, p, c) for c in view.cues)
            # "عدد المقاتلين الروس في داعش": members with a nationality are counted by origin
            or any(c.kinds & {"member"} and any(d.tok_start == c.tok_end for d in view.adjectives) for c in view.cues)
            or ranked_fighters(view, p)
        )
        # "نفذ التنظيم 43 عملية حول العالم": a figure for the whole world is in no one country
        worldwide = not countries and (
            _worldwide(a, view) or _regional(a, view, named=True) or _in_many_states(a, view) or _opens_on_a_region(a, view, frame)
        )
        if _in_the_world_after(a, r, p):
            # "أعلن التنظيم مسؤوليته عن 2944 هجوماً في العالم، منها نحو 500 هجوم في سوريا": the figure's own
            # place is the world, whatever its part's country
            countries, place, worldwide = [], None, True
        if worldwide:
            ctx["countries"] = "worldwide"
        # "نفذ الحوثيون أكثر من 100 هجوم على السفن"، "24 هجوماً في باب المندب": at sea, not in the group's country
        # (whatever country the sentence named before it for the group: "أعلنت ميليشيات الحوثي في اليمن أنها
        # شنت ست هجمات … ضد سفن")
        at_sea = ctx["countries"] != "number" and metric in ("attacks", "operations") and _at_sea(a, view, p, r)
        if at_sea:
            countries, place, ctx["countries"] = [], None, "at-sea"
        abroad = ctx["countries"] != "number" and _abroad_after(a, view, p, r)
        if abroad:
            # "ألقت القبض على عشرة أشخاص في مركز قيادة الجماعة في الخارج وعلى 17 داخل إيران": abroad, in no
            # country the text names (the country named after it is the next figure's)
            countries, place, ctx["countries"] = [], None, "abroad"
        settled = origins or worldwide or at_sea or abroad
        if origins and not countries:
            # foreign fighters counted by where they come from (المقاتلين الأجانب، تأتي تونس في
            # مقدمتهم بـ 6500): the countries named are origins, the passage's country is not theirs;
            # where they went (توجهوا إلى سوريا والعراق) is where they are
            gone = _destinations(a, view)
            countries = gone
            ctx["countries"] = "where-they-went" if gone else "none-for-origins"
            if not gone and r.rule == "persons-by-nationality" and (parts := _where_their_parts_are(a, view, p, frame)):
                # "1354 مغربياً التحقوا بصفوف الجماعات الإرهابية، 246 منهم لقوا حتفهم على الأراضي السورية إلى
                # جانب 40 في العراق": the nationals who joined are where the sentence's parts of them are
                countries, ctx["countries"] = parts, "where-their-parts-are"
            first = min((q.tok_start for q in view.quantities if q.obj.kind == "count"), default=p.tok_start)  # type: ignore[attr-defined]
            if not gone and r.rule == "fighters-by-nationality" and first < p.tok_start:
                # "من بين مقاتلي التنظيم في ليبيا نحو 200 جزائري، و500 يحملون الجنسية التونسية": the country
                # the list's opening names before its first figure is where they all are
                countries, _ = countries_in(a, view, view.tok_start, first, frame)
                ctx["countries"] = "before-the-list"
                if not countries and frame.countries:
                    # (or, with none named there, the passage's: "من بين هؤلاء نحو 200 جزائري، و500 تونسي")
                    countries, ctx["countries"] = list(frame.countries), "passage-of-the-list"
        if not countries and not settled and metric in ("captured", "leaders_captured") and (
            own := _arresting_state(view, a)
        ) and (not frame.countries or set(own) <= set(frame.countries)):
            # (not forces that arrest in the country the passage is about: "نفذت القوات الكينية عملية في
            # جوبا السفلى بالصومال. واعتقلت 6 عناصر")
            # "تمكنت السلطات البحرينية من القبض على 8 عناصر، دلت التحريات على تنقلهم بين إيران والعراق":
            # a state's own arrests are at home; the places of another clause are the suspects' story
            countries, place, ctx["countries"] = own, None, "home-of-the-arresting-force"
        if not countries and not settled:
            # (from a response on: "نفذ التنظيم 11 هجوماً ضد أهداف في الولايات المتحدة، وردا على ذلك أسفرت
            # عملياتها عن احتجاز 119": where the provocation struck is not where the response was)
            since = _response_opened_before(a, view, p)
            countries, place = countries_in(a, view, since if since is not None else view.tok_start, view.tok_end, frame)
            ctx["countries"] = "sentence" if since is None else "sentence-from-the-response"
            # (and so does a relative clause on the clause before it: "…، التي يعتقد أنها مسؤولة عن كمين النيجر عام
            # 2017، الذي أسفر عن مقتل 4 جنود" tells of that clause's ambush, not of the group's base named earlier)
            if len(countries) > 1 and (a.token_text(clo) in grammar("elaboration_words") or a.token_in(clo, grammar("which_words"), "و")):
                # "66 عملية جرت على أراضي العراق، حيث تم القضاء على 11 داعشياً …، و28 عملية في سوريا،
                # حيث …": a clause that elaborates the one before it (حيث، إذ) belongs to that one's
                # country (not "… و59 في سوريا، أسفرت عن مقتل 44": the result of the whole list)
                for lo, hi in reversed([c for c in view.clauses if c[1] <= clo]):
                    near, near_place = countries_in(a, view, lo, hi, frame)
                    if near:
                        countries, place = near, near_place
                        ctx["countries"] = "nearest-clause-before"
                        break
            if len(countries) > 1 and ctx["countries"] == "sentence":
                # "وفي العراق، قتل 25 عنصراً …، بينما قتل في سوريا 15": the other country belongs to the
                # clause the contrast opens; the number keeps the place its own part of the sentence named
                contrast = [c for c in view.clauses if c[0] > p.tok_start and a.token_text(c[0]) in grammar("contrast_words")]
                before = [c for c in view.clauses if c[1] <= clo]
                if contrast and before:
                    later, _ = countries_in(a, view, contrast[0][0], view.tok_end, frame)
                    for lo, hi in reversed(before):
                        near, near_place = countries_in(a, view, lo, hi, frame)
                        if near and later and not set(near) & set(later):
                            countries, place = near, near_place
                            ctx["countries"] = "own-part-before-a-contrast"
                            break
            if len(countries) > 1 and ctx["countries"] == "sentence" and (located := _one_state_of_the_towns(a, view, p, countries)):
                countries, ctx["countries"] = sorted(located), "the-sentence's-located-country"
        if not countries and not settled and metric == "strength":
            # "15 ألف مقاتل أجنبي سافروا إلى سوريا والعراق": fighters are where they went
            countries = _destinations(a, view)
            ctx["countries"] = "where-they-went"
        if not countries and not settled:
            countries, place = list(frame.countries), frame.place
            ctx["countries"] = "passage" if countries else "none"
            if r.side == "friendly" and len(theirs := _state_after_its_soldiers(view, a, countries)) == 1 and set(countries) != theirs:
                # "بمقتل ثمانية جنود توغو" in a passage on the Sahel's states: the soldiers' own state, named
                countries, place, ctx["countries"] = sorted(theirs), None, "state-named-after-its-soldiers"
            if len(frame.all_countries) > len(countries) and a.sentence_has(view, grammar("above_words")):
                # "وأوضحت أن العمليات المذكورة أعلاه أسفرت عن مقتل 8 من كبار القادة" after a total for Iraq and
                # Syria and each one's part: all the operations the passage counted, not the last part's
                countries, place = list(frame.all_countries), None
                ctx["countries"] = "all-the-passage-counted"
            if (
                countries
                and any(_region(e) and getattr(e.obj, "country", None) is None for e in view.entities)
                and any(getattr(e.obj, "type", None) != "place" and getattr(e.obj, "kind", None) == "coalition" for e in view.entities)
                and not any(getattr(e.obj, "kind", None) == "country" for e in view.entities)
            ):
                # "أعلنت قوة مشتركة متعددة الجنسيات أنها قتلت 42 مسلحاً في منطقة بحيرة تشاد" under a dateline in
                # one of its states: a force of several states, in a region of several, is in no one of them
                countries, place, settled = [], None, True
                ctx["countries"] = "a-many-states-force-in-a-region"
            own = _home_countries(view, r, Frame(), a)
            if len(countries) > 1 and len(own) == 1 and own[0] in countries:
                # the passage covers Iraq and Syria; "قوات الأمن العراقية نفذت 64 عملية" is Iraq's part
                countries, place = own, None
                ctx["countries"] = "passage-narrowed-by-force"
        if not countries and not settled and frame.title_countries and not view.headline:
            # "سنتكوم: 196 مهمة ضد داعش في العراق وسوريا" over a body that never names them
            countries = list(frame.title_countries)
            ctx["countries"] = "title"
        if not countries and not settled:
            countries = _home_countries(view, r, frame, a)
            ctx["countries"] = "home-of-forces" if countries else "none"
        if not countries and not settled and len(joint := _joint_force_states(a, view)) > 1:
            # "أعلنت قوة عسكرية مشتركة من نيجيريا والنيجر والكاميرون أنها قتلت 100": a force made of states,
            # fighting in them, where nothing else places the figure
            countries, place, ctx["countries"] = joint, None, "the-joint-force's-states"
        if not countries and home and not settled:
            countries = [home]
            ctx["countries"] = "the-article's-only-country"
        if not countries and main and not settled:
            countries = [main]
            ctx["countries"] = "the-article's-main-country"
        across = _across_the_border(a, view)
        if across and countries and set(countries) <= across and r.side == "friendly":
            # "مقتل اثنين من جنودها على الحدود الجنوبية مع اليمن": the neighbour across the border is not
            # where its soldiers fell; their own state is (though its forces fight abroad too)
            own = _friendly_states(view) - across
            if len(own) == 1:
                countries, place, ctx["countries"] = sorted(own), None, "this-side-of-the-border"
        if r.side == "friendly" and ctx["countries"] not in _PLACED_BY_THE_NUMBER and (state := _own_side_of_a_border(a, view, p)):
            # "قتل 26 جندياً تركياً في هجمات على الحدود العراقية": soldiers who fell on their own
            # state's border with a neighbour fell on its side of it, not where the passage is
            countries, place, ctx["countries"] = [state], None, "own-side-of-the-border"
        if (
            ctx["countries"] in _INHERITED_COUNTRIES
            # (the force as a doer, not only the voice: "بحسب القوة المشتركة")
            and any(
                getattr(e.obj, "type", "") == "actor"
                and (entity_data.actor(e.obj.id) or {}).get("many_states")
                and e.obj.id not in _speakers(view, atts)
                for e in view.entities
            )
            and not any(getattr(e.obj, "type", "") == "place" and getattr(e.obj, "country", None) for e in view.entities)
            # (nor men a state's nisba names: "5 جنود نيجيريين")
            and not any(getattr(d.obj, "country", None) for d in view.adjectives)
        ):
            # "قضت قوة المهام المشتركة متعددة الجنسيات على 100 إرهابي" on a page about Nigeria: a force of several
            # states, in a sentence that names no place of one state (a region at most), is in no one of them
            countries, place, ctx["countries"] = [], None, "a-many-states-force"
        only_in = (entity_data.actor(r.group_entity) or {}).get("side_only_in") if r.group_entity else None
        foes = set((entity_data.actor(r.group_entity) or {}).get("armed_against") or ()) if r.group_entity else set()
        if (
            metric.startswith("friendly_")
            and only_in
            and (
                not countries
                or not set(countries) & set(only_in)
                # (nor where its enemy in its own war struck or fought it: "بغارة إسرائيلية في القنيطرة"،
                # "في المواجهات مع الجيش الإسرائيلي" — not a credit or a past: "بحسب وسائل إعلام إسرائيلية")
                or _fought_by(a, view, p, foes)
            )
            # (still the states' side where it fights a jihadist group: "في معارك مع داعش في جرود عرسال" — or where
            # the passage's fight is with one: "ارتفع عدد قتلى حزب الله إلى عشرة" after "اشتباكات مع جبهة النصرة")
            and not any(
                getattr(e.obj, "type", "") == "actor" and e.obj.id != r.group_entity and side_of_actor(e.obj.id) == "armed"
                for e in view.entities
            )
            and not (not _fought_by(a, view, p, foes) and _armed_group_just_before(a, view, r.group_entity, foes))
        ):
            # "263 مقاتلاً من حزب الله" in Lebanon's war with Israel: a group's dead; its side as a
            # government's ally holds only in the war where it is one (Syria's), and only where it is told
            ctx["metric"] = "side-only-in-another-war"
        else:
            against = (entity_data.actor(r.group_entity) or {}).get("armed_against") if r.group_entity else None
            if metric.startswith("friendly_") and against and _struck_by(view, p, set(against), a):
                # "شنت القوات الأمريكية غارات … ما أسفر عن مقتل 25 مقاتلاً من الحشد الشعبي": the men of a
                # force that the sentence's striker fights are that striker's enemies
                ctx["metric"] = "struck-by-its-enemy"
            elif (
                metric.startswith("friendly_")
                and r.group_entity is None
                and (militia_foes := _militias_foes_right_after(view, p))
                and _struck_by(view, p, set(militia_foes), a)
                # (not where a group is named, the killer: "وقتل داعش 10 مقاتلين موالين لإيران")
                and not any(getattr(e.obj, "type", "") == "actor" and side_of_actor(e.obj.id) == "armed" for e in view.entities)  # type: ignore[attr-defined]
            ):
                # "قتل ثمانية مقاتلين موالين لإيران في ضربات أمريكية"، "الغارات الأمريكية … مقتل 6 مسلحين من الميليشيات
                # الإيرانية": militias a government's ally backs are its side against the jihadists, not against the
                # American or Israeli strikes that hit them
                ctx["metric"] = "struck-by-its-enemy"
        if ctx.get("metric") in ("side-only-in-another-war", "struck-by-its-enemy"):
            # a group's wounded are no metric of the contract's: no claim at all
            metric = _ARMED_SIDE_METRIC.get(metric)
            if metric is None:
                return []

    # period
    period = period_in(a, view, clo, chi, p.tok_start)
    ctx["period"] = "clause"
    if period is None and metric not in POINT_IN_TIME:
        period = period_in(a, view, view.tok_start, view.tok_end, p.tok_start)
        ctx["period"] = "sentence"
        if period is None and open_ended_time_in(view, clo, chi):
            ctx["period"] = "open-ended-with-no-date"  # ("قتل 800 منذ حزيران 2017" on an undated page)
        elif period is None and not _background(a, view):
            period = frame.period
            ctx["period"] = "passage" if period else "none"
            if period is None and frame.title_period is not None and not view.headline:
                period, ctx["period"] = frame.title_period, "title"
        elif period is None:
            ctx["period"] = "none-for-background"
    elif period is None:
        ctx["period"] = "none"
    if (
        period is not None
        and frame.period is not None
        and ctx["period"] in ("clause", "sentence")
        # (a statistic's month, half or year, the statement made within two months of its end)
        and (frame.period.end - frame.period.start).days >= 27
        # (the same speaker going on with its statistic, no new event told: not "وأعلنت وزارة الدفاع اليوم
        # مقتل 4 جنود في هجوم" after a monitor's yearly toll)
        and all(att.source in (None, frame.source, frame.figure_source) for att in atts)
        and not any("attack" in c.kinds for c in view.cues)
        and (said := day_said(view, view.tok_start, view.tok_end)) is not None
        and 0 <= (said.start - frame.period.end).days <= 62
    ):
        # "وثقت الشبكة مقتل 1864 مدنياً في النصف الأول من 2019 … وأوضحت الشبكة، في تقرير صدر عنها اليوم، أن
        # النظام قتل 891": the day the report came out does not date the figures of the period it covers
        period, ctx["period"] = frame.period, "passage-over-the-day-said"

    # source
    source, how = source_for(atts, p.tok_start, frame.source if metric != "coalition_members" else None)
    if how == "passage-speaker" and _comes_after(a, view):
        # "ويأتي الهجوم بعد أيام من مقتل 5 جنود": the outlet sets the story beside earlier events in its own
        # voice; the speaker of the passage said nothing of them
        source, how = None, "outlet-recap"
    if source is None and default_source and metric != "coalition_members":
        source, how = default_source, "first-person-statement"
    if (
        source is None
        and how in ("outlet", "passage-speaker")
        and len(frame.seen_sources) == 1
        and metric in ("killed", "civilians_killed", "friendly_killed")
        and (entity_data.actor(frame.seen_sources[0]) or {}).get("kind") == "monitor"
    ):
        # "وبذلك ارتفعت حصيلة القتلى … إلى 1517، موزعين على النحو التالي": a death toll on a page
        # whose only speaker is a monitor is that monitor's, though sentences without a figure came between
        source, how = frame.seen_sources[0], "the-page's-monitor"
    if source is None and how == "outlet" and frame.title_source and not view.headline and metric != "coalition_members":
        # "سنتكوم: إحصائيات النصف الأول": the title's speaker, for a body that names nobody
        source, how = frame.title_source, "title-speaker"
    if source in (STATE, STATE_FORCES):
        # an office of the state spoke (قال حاكم الإقليم): the government of the figure's one country;
        # its army or ministry (قال الجيش): that state's forces where they have an id of their own
        state = entity_data.actor_for_country(countries[0]) if len(countries) == 1 else None
        if state and source == STATE_FORCES:
            state = (entity_data.actor(state) or {}).get("forces") or state
        source, how = state, "office-of-the-state"
    source = _specific(source, frame)
    if source in outlets and source != default_source:
        source, how = None, "outlet-voice"
    ctx["source"] = how
    if (
        metric.startswith("friendly_")
        and r.group_entity
        and source
        and source in ((entity_data.actor(r.group_entity) or {}).get("armed_against") or ())
        # (the foe itself, not its country's press: "بحسب وسائل إعلام إسرائيلية" credits no enemy of the dead)
        and not (
            any(getattr(d.obj, "id", None) == source for d in view.adjectives)
            and not any(getattr(e.obj, "id", None) == source for e in view.entities)
        )
        # (nor where the sentence names another killer: "قال الجيش الأمريكي إن 3 من عناصر الحشد قتلوا في هجوم لداعش")
        and not _another_killer_named(a, view, r.group_entity)
    ):
        # "وقالت الوزارة [التركية] إن 4 عناصر من وحدات حماية الشعب قتلوا": the men a force's foe counts as
        # dead are that foe's enemies (its wounded no claim)
        metric, ctx["metric"] = _ARMED_SIDE_METRIC.get(metric), "counted-by-its-enemy"
        if metric is None:
            return []
    if (
        how == "reporting-verb"
        and ctx["countries"] in ("passage", "passage-narrowed-by-force", "title")
        and (metric.startswith("friendly_") or metric == "civilians_killed")
        and (state := _speaking_state(a, view, source))
    ):
        # "وكانت النيجر أعلنت مقتل 46 جندياً و28 مدنياً في هجوم على جزيرة كرامغا" in a passage on Cameroon and
        # Chad: a state that tells of its own soldiers' and people's dead, with no place in its sentence,
        # tells of its own country's
        countries, place, ctx["countries"] = [state], None, "the-speaking-state's-own"
    if (
        how in ("reporting-verb", "continued-speaker")
        and ctx["countries"] in ("passage", "passage-narrowed-by-force", "title", "none")
        and metric in ("captured", "leaders_captured")
        and source
        and (
            (body := entity_data.actor(source) or {}).get("home")
            # (or, with no country named at all, the government of a state that does not fight abroad)
            or (ctx["countries"] == "none" and body.get("kind") == "state_force" and not _acts_abroad(source, body, expeditionary()))
        )
        and body.get("country")
        # (the body's own arrests: not another force's it tells of, "إن الجيش الوطني السوري ألقى القبض على 20")
        and not any(
            getattr(e.obj, "type", "") == "actor"
            and e.obj.id not in (source, body.get("parent"))
            and side_of_actor(e.obj.id) in ("friendly", "armed")
            and e.tok_start < p.tok_start
            for e in view.entities
        )
    ):
        # "قال وزير الداخلية التركي إن قوات الأمن ألقت القبض على 119 شخصاً بتهمة الانتماء إلى التنظيم" in a
        # passage on Syria: a body that acts only at home (an interior ministry, its police) tells of arrests
        # in its own country when its sentence names no place
        countries, place, ctx["countries"] = [str(body["country"])], None, "the-home-body's-own"

    # actor
    speakers = _speakers(view, atts)
    if metric in ARMED_METRICS:
        group = r.group_entity if r.group_entity and r.group_entity not in speakers else None
        group = group or _armed(view, clo, chi) or _armed(view, view.tok_start, view.tok_end) or frame.armed_group
        actor = [group] if group else []
    elif metric in VICTIM_METRICS:
        # a breakdown by perpetrator (تليه روسيا بـ 221، وقوات التحالف 71): each item's own doers
        # (only for civilians: a force's own dead listed by unit name their victims, not their killers)
        listed = r.item_start is not None and metric == "civilians_killed"
        item = _item_actors(view, r.item_start, p.tok_start, speakers) if listed and r.item_start is not None else []
        group = _armed(view, view.tok_start, view.tok_end) or frame.armed_group
        # but "و9 على يد تنظيم الدولة": doers named right after the number are its own, not the item's
        end = r.noun_end_tok or p.tok_end
        close = [c for c in view.cues if "by_hand" in c.kinds and end <= c.tok_start <= end + 1]
        # (and "على يد جهات أخرى" names nobody: the sentence's group did not do it)
        hands = [c for c in view.cues if "by_hand" in c.kinds]
        if len(hands) > 1 or r.rule == "item-of-a-breakdown":
            # a breakdown by perpetrator: the group named for one part did not kill the whole, nor
            # the others (each line of a listed breakdown names its own doers or none)
            group = None
        by_group = group is not None and any(
            c.phrase.endswith("تنظيم")
            and close
            and close[0].tok_end <= c.tok_start <= close[0].tok_end + 2
            for c in view.cues_of("armed_group")
        )  # "على يد خلايا التنظيم": the passage's group by its common name
        whole = r.part_of.actor_ids if r.part_of is not None and r.part_of.actor_ids is not None else None
        actor = (_actor_right_after(view, close[0]) or ([group] if by_group and group else [])) if close else (
            _killer_after(a, view, end)
            or _killer_before(a, view, p, clo)
            # "وقتلت قسد 35 مدنياً، بينهم 9 أطفال": the part's killers are the whole's
            or (list(whole) if whole is not None else None)
            or item
            or _by_hand(view, p, clo)
            # (the owner of the strike kills the other side: not "قتل 4 جنود خلال عملية عسكرية مصرية")
            or [
                x
                for x in _attack_owner(a, view, _result_of_clause_before(a, view, clo), chi, p.tok_start)
                if metric == "civilians_killed"
                or side_of_actor(x) == "armed"
                # (a state striking another's forces: "مقتل 3 من عناصر قسد بقصف تركي" — not the victims' own
                # state, whose operation they fell in)
                or (_is_force(x) and not _victims_own(view, r, x))
            ]
            or (_attack_owner(a, view, chi, view.tok_end, p.tok_start) if metric == "civilians_killed" and _only_parts_after(a, view, p, chi) else [])
            or ([group] if group else [])
        )
        r.actor_ids = list(actor)
    elif metric == "coalition_members":
        actor = ["COALITION"]
    else:
        exclude = set()
        if r.group_entity:
            exclude.add(r.group_entity)
        actor = _forces(a, view, clo, chi, exclude | speakers) or _forces(a, view, view.tok_start, view.tok_end, exclude | speakers)
        if r.rule == "attacks-by-a-force" and (nisba := _nisba_of_the_strikes(a, view, p)):
            # "قالت الحكومة السورية إن 8 هجمات إسرائيلية طالت المطار": the state the nisba names struck, not
            # the speaker nor the forces the attacks were on
            actor = [nisba]
        # partners named for one part of a tally join the passage's main actor
        actor = actor + [x for x in frame.actor if x not in actor]
        if any(clo <= c.tok_start < chi for c in view.cues_of("own_forces")) and source:
            # "قال المركز إن قواته نفذت": the speaker's own forces
            actor = [source] + [x for x in actor if x != source]
        partners = _partners(view)
        if actor and source and all(x in partners for x in actor) and source not in actor:
            # "قواتها نفذت بالشراكة مع قسد 23 عملية": the partner joins the speaker's forces
            info = entity_data.actor(source) or {}
            if info.get("kind") in FORCE_KINDS or str(info.get("kind", "")).endswith("force"):
                actor = [source, *actor]
        if not actor:
            actor = _forces(a, view, view.tok_start, view.tok_end, exclude)
        if not actor and source:
            # a force that states its own operations did them; an agency or monitor did not
            info = entity_data.actor(source) or {}
            if info.get("kind") in FORCE_KINDS or str(info.get("kind", "")).endswith("force"):
                actor = [source]
        if not actor and source is None:
            # "أفادت مصادر أمنية مصرية بمقتل 21 إرهابياً": the forces are the sources' state's
            nations = [x.nation for x in atts if x.nation and x.tok <= p.tok_start]
            nation = nations[-1] if nations else frame.nation
            info = (entity_data.actor(nation) or {}) if nation else {}
            if info.get("kind") in FORCE_KINDS:
                actor = [nation]  # type: ignore[list-item]
        # the force named by its name before the figure, as the one who did it ("أوقف الجيش 12"، "قضت مفارز
        # الجيش على 91"), not only by an adjective ("غارة أميركية" in a background line) nor after the dead as
        # the means of their death ("لقي 47 مسلحاً مصرعهم في غارات شنتها القوات المسلحة"); of two forces, the
        # one named first ("قتلت القوات الموزمبيقية، بالتعاون مع القوات الرواندية، عشرة إرهابيين")
        named = sorted(
            (e for e in view.entities if e.obj.type == "actor" and e.obj.id in actor),  # type: ignore[attr-defined]
            key=lambda e: e.tok_start,
        )
        # (the other force named before the figure, as a doer too: "قسد نفذت 70 عملية بدعم التحالف" names its
        # partner after the figure, still as a support)
        others = [e for e in named if e.obj.id != named[0].obj.id and (e.tok_start < p.tok_start or a.token_in(e.tok_start - 1, grammar("support_words"), "و"))]  # type: ignore[attr-defined]
        # (the second named as a support, "بالتعاون مع"، "بدعم من" — two forces joined by و say nothing of whose
        # account it is)
        supported = bool(others) and any(
            a.token_in(t, grammar("support_words"), "و") for t in range(named[0].tok_end, others[0].tok_start)
        )
        doer = named[0] if named and named[0].tok_start < p.tok_start and len(actor) <= 2 and (not others or supported) else None
        if (
            source is None
            and ctx["source"] == "outlet"
            and doer is not None
            and (entity_data.actor(doer.obj.id) or {}).get("kind") in _SELF_REPORTING_KINDS  # type: ignore[attr-defined]
            # (nor a recap of earlier events: "يذكر أن …"، "وكان الجيش قد أوقف العام الماضي 47")
            and not _background(a, view)
            and not _pluperfect(a, view)
            # (nor what someone else says it did: "واتهمت منظمة العفو قوات الأمن باعتقال 60" — no accusing or
            # recording verb before the figure)
            and not any(a.token_in(t, grammar("accusation_verbs"), "وف") for t in range(view.tok_start, p.tok_start))
            # (nor the one they fought, first named after "with": "عدد قتلى الحزب جراء المواجهات مع الجيش
            # الإسرائيلي إلى 138" is the party's dead, told by nobody)
            and not (
                a.token_in(doer.tok_start - 1, grammar("foe_openers"), "و")
                and not a.token_in(doer.tok_start - 2, grammar("support_words"), "و")  # (بالتعاون مع قسد: a partner)
            )
        ):
            # "قضت مفارز الجيش الوطني الشعبي خلال 2017 على 91 إرهابياً": what a state's force did, told
            # with nobody reporting it, is the force's own account (its statement the outlet relays)
            source, ctx["source"] = doer.obj.id, DOERS_OWN_ACCOUNT  # type: ignore[attr-defined]

    sent = view.sentence
    evidence = a.text[sent.start : sent.end]
    values: list[tuple[int, str]]
    if q.qualifier == "range" and q.min is not None and q.max is not None and _toll_rises_before(a, view, p):
        # "ارتفعت حصيلة قتلى الهجوم من 9 إلى 14": a toll updated from one figure to another — only the
        # new one is a claim (the settled conventions)
        values = [(int(q.max), "exact")]
    elif q.qualifier == "range" and q.min is not None and q.max is not None:
        values = [(int(q.min), "at_least"), (int(q.max), "at_most")]
    else:
        values = [(int(q.value or 0), q.qualifier if q.qualifier in ("exact", "approx", "at_least", "at_most") else "exact")]
    out = []
    for value, qual in values:
        if value <= 0:
            continue
        out.append(
            Claim(
                doc=doc_id,
                metric=metric,
                value=value,
                qualifier=qual,
                countries=countries,
                period=period,
                actor=actor,
                source=source,
                evidence=evidence,
                span=Span(sent.start, sent.end),
                number_span=Span(q.start, q.end),
                spans=[Span(sent.start, sent.end)],
                place=place,
                rule=r.rule,
                context={
                    **ctx,
                    "sentence": str(sent.index),
                    "headline": "yes" if view.headline else "no",
                    **({"whole": f"{r.whole:g}"} if r.whole is not None else {}),
                },
            )
        )
    pair = _each_of_two(a, view, p) if out else None
    if pair:
        # "النيجر ونيجيريا … بوقوع 3 عمليات في كل منهما"، "دير الزور والحسكة (عمليتان في كل منهما)":
        # the figure holds for each of the two places, once for each
        out = [replace(c, countries=[e.country], place=e.id, context={**c.context, "countries": "each-of-two"})
               for c in out for e in pair]
    return out


def _group_tells_its_operations(view: SentenceView, atts: list[Attribution]) -> bool:
    """An armed group speaks of its operations (نشر التنظيم حصيلة عملياته، أعلن داعش عن عملياته)."""
    group = any((entity_data.actor(x.source) or {}).get("kind") in ARMED_KINDS for x in atts if x.source)
    for c in view.cues_of("report"):
        if not group and c.tok_start <= view.tok_start + 1:
            # the group as the subject of the sentence's opening verb, by name or by its common noun
            # (ونشر التنظيم، أعلن داعش; not "خلية تابعة لتنظيم داعش")
            group = any("armed_group" in d.kinds and d.tok_start == c.tok_end for d in view.cues) or any(
                p.obj.type == "actor" and p.obj.kind in ARMED_KINDS and p.tok_start == c.tok_end and not p.prefix  # type: ignore[attr-defined]
                for p in view.entities
            )
    return group and any("operation" in c.kinds for c in view.cues)


def _each_of_two(a: Analysis, view: SentenceView, p: Placed) -> list[Entity] | None:
    """The two places a figure is given for each of (… X وY … N في كل منهما), or None."""
    after = [a.token_text(t) for t in range(p.tok_end, min(p.tok_end + 6, view.tok_end))]
    two = grammar("each_of_two")
    if "كل" not in after or not any(w == "كل" and (two & set(after[i + 1 : i + 3])) for i, w in enumerate(after)):
        return None  # (كل منهما، كل واحدة منهما)
    places = [e.obj for e in view.entities if e.tok_end <= p.tok_start and e.obj.type == "place" and e.obj.country]
    if len(places) < 2 or places[-1].id == places[-2].id:  # type: ignore[attr-defined]
        return None
    return places[-2:]  # type: ignore[return-value]


def _link_line(a: Analysis, view: SentenceView) -> bool:
    """A short line with no full stop (a linked headline may end on a quote mark)."""
    body = a.text[view.sentence.start : view.sentence.end].rstrip()
    return bool(body) and body[-1] not in ".!?؟" and len(body) < 200 and "\n" not in body


def _is_furniture(a: Analysis, view: SentenceView, furniture: frozenset[str]) -> bool:
    if view.tok_start >= view.tok_end:
        return False
    first = a.token_text(view.tok_start)
    if first in furniture:
        return True
    two = first + " " + a.token_text(view.tok_start + 1)
    three = two + " " + a.token_text(view.tok_start + 2)
    return two in furniture or three in furniture


def _other_speaker(new: str, old: str) -> bool:
    return new != old and new not in _ancestors(old) and old not in _ancestors(new)


_BARE_AROUND_A_HEADING = re.compile(r"^[\s\d\u0660-\u0669.\-–)(:*•#]*$")


def _country_heading(a: Analysis, view: SentenceView) -> str | None:
    """A line that is only a country's name, numbered or not ("10. الفلبين"، "نيجيريا:"): the heading
    of the lines after it, as in a ranking of the states a report counts."""
    text = view.sentence.text(a.text)
    # (alone on its line, after its number at most: the segmenter may cut "10." off as a sentence)
    line = a.text[a.text.rfind("\n", 0, view.sentence.start) + 1 : view.sentence.start]
    if "\n" in text.strip() or not _BARE_AROUND_A_HEADING.match(line):
        return None
    names = [p for p in view.entities if getattr(p.obj, "kind", None) == "country" and p.obj.country]  # type: ignore[attr-defined]
    if len(names) != 1:
        return None
    p = names[0]
    if not (
        _BARE_AROUND_A_HEADING.match(a.nt.text[view.nstart : p.nstart])
        and _BARE_AROUND_A_HEADING.match(a.nt.text[p.nend : view.nend])
    ):
        return None
    return p.obj.country  # type: ignore[attr-defined]


def _update_frame(a: Analysis, view: SentenceView, frame: Frame, claims: list[Claim], atts: list) -> None:
    if not view.headline and view.tok_end - view.tok_start <= 2 and (lead := _dateline_country(a, view)):
        # "المغرب.. تفكيك خلية": a headline cut at its two dots still opens on its country
        frame.title_countries = [lead]
        return
    if not claims and (heading := _country_heading(a, view)):
        # "10. الفلبين" on its own line: the lines after it, until the next such heading, are that state's
        frame.countries, frame.place = [heading], None
        return
    if view.headline:
        # a headline sums up the body that follows: it frames nothing, but its time (and its speaker
        # before a colon) is what a body that never gives one speaks of
        events = any(c.kinds & EVENT_CUES for c in view.cues)  # (not a dateline's "15:32 دمشق")
        if events:
            per = period_in(a, view, view.tok_start, view.tok_end, view.tok_end)
            if per is not None:
                frame.title_period = per
            heads = [x.source for x in atts if x.headline and x.source]
            if heads:
                frame.title_source = heads[0]
        # (the last headline before the figures is the title: a menu's lines come before it)
        cs, _ = countries_in(a, view, view.tok_start, view.tok_end, Frame())
        lead = _dateline_country(a, view)
        if lead:
            cs = [lead]  # "المغرب.. تفكيك خلية إرهابية": the place a headline opens on is where it happened
        if cs and (events or lead) and not LIST_ITEM.match(view.sentence.text(a.text)):  # (not a menu's "• … في أوكرانيا")
            frame.title_countries = cs
        return
    speakers = [x.source for x in atts if x.source]
    if speakers:
        sp = _specific(speakers[-1], frame)
        frame.source = sp
        frame.nation = None
        if sp and sp not in frame.seen_sources:
            frame.seen_sources.append(sp)
    elif any(x.nation for x in atts):
        frame.nation = [x.nation for x in atts if x.nation][-1]
    elif (
        not claims
        and not atts
        # (a figure read as no claim — "من بين القتلى والمعتقلين 6 قادة" — is still the statement's)
        and not any(q.obj.kind == "count" for q in view.quantities)  # type: ignore[attr-defined]
        and not view.sentence.text(a.text).rstrip().endswith(":")
        and not _announces_breakdown(a, view)
    ):
        # the speaker's turn is over (not at a heading of what follows: "وتوزعت الحصيلة على النحو
        # التالي:"، "الخسائر البشرية في صفوف المدنيين:")
        frame.source = frame.figure_source = frame.nation = None
    armed = _armed(view, view.tok_start, view.tok_end)
    if armed:
        frame.armed_group = armed
    tally = [c for c in claims if c.metric not in POINT_IN_TIME]
    if tally:
        last = tally[-1]
        frame.period = last.period or frame.period
        if last.countries:
            frame.countries = list(last.countries)
            frame.place = last.place
            if len(set(frame.all_countries) | set(last.countries)) > 1:
                frame.all_countries = sorted({*frame.all_countries, *(x for c in tally for x in c.countries)})
            parts = {tuple(c.countries) for c in tally if c.countries and c.context.get("countries") != "passage"}
            if len(parts) > 1:
                # a sentence of parallel parts (… في العراق، بينما قتل في سوريا 15): what follows is about all
                frame.countries = sorted({x for part in parts for x in part})
                frame.place = None
        if last.actor and last.metric not in ARMED_METRICS | VICTIM_METRICS and not frame.actor:
            frame.actor = list(last.actor)
        return
    # A sentence without figures sets the passage's period only when it
    # reports events (ضربات، هجمات، مقتل): "منذ 2018 تحول تركيز الشراكة" does not.
    events = any(c.kinds & EVENT_CUES for c in view.cues)
    per = period_in(a, view, view.tok_start, view.tok_end, view.tok_end)
    if per is not None and events and not _earlier_announcement(a, view) and not _report_date(a, view, per):
        frame.period = per
    cs, place = countries_in(a, view, view.tok_start, view.tok_end, frame)
    founding = any(a.token_in(t, grammar("founding_words"), "وف") for t in range(view.tok_start, min(view.tok_start + 3, view.tok_end)))
    # (nor a sentence on other lands a group spread to: "استطاع التنظيم التوسع في بلدان أخرى مثل ليبيا وأفغانستان" —
    # examples, not where the passage's figures are)
    elsewhere = a.sentence_has(view, _OTHER_WORDS) and any(
        a.token_text(t) in _OTHER_WORDS
        and a.token_in(t - 1, grammar("lands_words"), "وفب")
        and a.token_text(t + 1) in ("مثل", "منها", "بينها", "ك")
        for t in range(view.tok_start + 1, view.tok_end)
    )
    # (nor another land's war told as background: "فيما انشغلت موسكو … بالحرب في أوكرانيا")
    wars = [
        p for p in view.entities
        if getattr(p.obj, "type", None) == "place"
        and a.token_text(p.tok_start - 1) == "في"
        # (the war a verb's ب governs, as what kept someone busy: "انشغلت موسكو بالحرب في أوكرانيا" — not a war that
        # opens a passage of its own, "وعلى صعيد الحرب في اليمن"، "أما الحرب في إثيوبيا")
        and a.behind_clitic(p.tok_start - 2, grammar("war_nouns"), "ب")
    ]
    war_only = bool(wars) and {str(getattr(p.obj, "country", "")) for p in wars} >= set(cs) and bool(frame.countries)
    if cs and not founding and not elsewhere and not war_only:
        # (not a sentence on where a group was founded or born: "وقد ولد الحزب في مالي لكنه مدد عملياته
        # إلى البلدان المجاورة" — its verb opens the sentence, unlike a name's ولد: محمد ولد الغزواني)
        frame.countries, frame.place = cs, place
    forces = _forces(a, view, view.tok_start, view.tok_end, _speakers(view))
    if forces and any("operation" in c.kinds for c in view.cues) and not frame.actor:
        frame.actor = forces


def _report_date(a: Analysis, view: SentenceView, per: Period) -> bool:
    """Is the period a report's own date — when it came out (التقرير الشهري الصادر في فبراير) or will
    (ستنشر تقريرها السنوي الشهر المقبل) — rather than the span its figures cover?"""
    if a.docdate.date is not None and per.start > a.docdate.date:
        return True
    issued = grammar("issue_words")
    return any(
        (getattr(t.obj, "start_date", None), getattr(t.obj, "end_date", None)) == (per.start, per.end)
        and any(a.token_in(u, issued, "و") for u in range(max(view.tok_start, t.tok_start - 2), t.tok_start))
        for t in view.times
    )


@cache  # (a function of the actor data alone, asked for every actor of every claim)
def _contract_id(actor_id: str | None) -> str | None:
    """The nearest id of the contract's set (CTS → ISF, AFRICOM → US), else the id itself.

    Forces that news names as bodies of their own (Asayish) keep their id.
    """
    if actor_id is None or actor_id in kept_ids():
        return actor_id
    reported = (entity_data.actor(actor_id) or {}).get("reported_as")
    if reported:
        return str(reported)
    try:
        return entity_data.canonical(actor_id) or actor_id
    except Exception:
        return actor_id


@cache
def _branches() -> dict[str, dict[str, str]]:
    return {k: dict(v) for k, v in (load("actors.yaml").get("branches") or {}).items()}


def _branch(actor_id: str, countries: list[str]) -> str:
    """"تنظيم القاعدة" in a report on Yemen is AQAP: a group's branch by the claim's country."""
    by_country = _branches().get(actor_id)
    if not by_country or not countries:
        return actor_id
    found = {by_country.get(cc) for cc in countries}
    return found.pop() if len(found) == 1 and None not in found else actor_id


def _to_contract_ids(claims: list[Claim]) -> list[Claim]:
    for c in claims:
        c.actor = [_branch(x, c.countries) for x in c.actor]
        if c.source:
            c.source = _branch(c.source, c.countries)
        detail = {"actor": list(c.actor), "source": c.source}
        ids: list[str] = []
        for x in c.actor:
            y = _contract_id(x)
            if y and y not in ids:
                ids.append(y)
        c.actor = ids
        c.source = _contract_id(c.source)
        if detail["actor"] != c.actor or detail["source"] != c.source:
            c.context = {**c.context, "actor_detail": ",".join(detail["actor"]), "source_detail": detail["source"] or ""}
    return claims


_OPENS_QUOTE = re.compile(r"[:：]\s*[«“\"]")


def _between_the_figures(o: Claim, c: Claim) -> str | None:
    """The words between two figures of one evidence sentence, the earlier's end to the later's start (None when
    they are not in one sentence)."""
    if o.span is None or o.number_span is None or c.number_span is None or o.span != c.span:
        return None
    first, later = (o.number_span, c.number_span) if o.number_span.start <= c.number_span.start else (c.number_span, o.number_span)
    return o.evidence[first.end - o.span.start : later.start - o.span.start]


def _quoted_restatement(o: Claim, c: Claim) -> bool:
    """The sentence reports a figure and then quotes the statement that gave it (أعلن الجيش مقتل 44
    تكفيرياً …، وقال في بيان له: «… القضاء على 44 فرداً تكفيرياً»): one figure, told twice."""
    between = _between_the_figures(o, c)
    return between is not None and bool(_OPENS_QUOTE.search(between))


def _reported_again(o: Claim, c: Claim) -> bool:
    """The sentence gives a figure and, after it, a speaker's word for the same one (أصيب سبعة من رجال الشرطة …،
    حيث ذكرت القناة أن سبعة من عناصر الشرطة أصيبوا): one figure, told twice. (In the dev pages a figure given
    again in its sentence after a speaker's verb and its أن was one claim of the gold 15 times in 15.) Not
    another event in contrast (فيما ذكرت مصادر أن جنديين قتلا في صلاح الدين), nor others (3 جنود آخرين)."""
    between = _between_the_figures(o, c)
    if between is None or _others_after(max(o, c, key=lambda x: x.number_span.start if x.number_span else 0)):
        return False
    words = [norm(x) for x in between.split()]
    verbs, that, contrast = grammar("restating_verbs"), grammar("restating_that"), grammar("contrast_words")
    # (a verb behind its clitic too: "وذكرت"، "فقالت")
    at = next((i for i, w in enumerate(words) if w in verbs or (w[:1] in "وف" and w[1:] in verbs)), None)
    if at is None or (at > 0 and words[at - 1] in contrast):
        return False
    return any(w in that for w in words[at:])


def _rounds(rounded: Claim, exact: Claim) -> bool:
    """Is ``rounded`` (أكثر من ألف، نحو 200, or a headline's exact 300) the article's rounding of ``exact``
    (1095، 196، 304)?

    A round number is rounded at its last non-zero digit: "أكثر من 1000" covers 1000–1999 and
    "نحو 200" 150–249; "أكثر من 60" does not cover 80."""
    v = rounded.value
    if v < 10 or exact.value == v:
        return False
    step = 1
    while v % (step * 10) == 0:
        step *= 10
    if step == 1:
        return False  # (not a round number: "أكثر من 37")
    if rounded.qualifier == "at_least":
        return v < exact.value < v + step
    if rounded.qualifier == "exact":
        # a headline's round figure for the body's (مقتل 300 عنصر … مقتل 304 مسلحين): within 5% of it,
        # as a headline shortens a figure (20 and 21 merge), not another toll (20 in a headline, 24 below)
        return abs(exact.value - v) * 2 < step and abs(exact.value - v) <= 0.05 * exact.value
    return rounded.qualifier == "approx" and abs(exact.value - v) * 2 < step


def _others_after(c: Claim) -> bool:
    """Is the figure counted as others, in addition to some before it (250 مسلحاً آخرين)?"""
    if c.span is None or c.number_span is None:
        return False
    after = c.evidence[c.number_span.end - c.span.start :][:30]
    return any(norm(w) in grammar("other_words") for w in after.split()[:3])


def _overlap(x: Period | None, y: Period | None) -> bool:
    return x is None or y is None or (x.start <= y.end and y.start <= x.end)


def _nearly_same(x: Period | None, y: Period | None) -> bool:
    """Periods one figure can carry when an article states it twice: unknown, one inside the other (a
    lead's "خلال 2022" and the body's day of the statement; "خلال فبراير" and "من 9 إلى 15 فبراير"),
    or sharing most of their days."""
    if x is None or y is None or x.contains(y) or y.contains(x):
        return True
    shared = (min(x.end, y.end) - max(x.start, y.start)).days + 1
    spans = (max(x.end, y.end) - min(x.start, y.start)).days + 1
    return shared > 0 and shared * 2 >= spans


def _told_source(c: Claim) -> str | None:
    """The source a claim's text names, not one inferred from who did what."""
    return None if c.context.get("source") == DOERS_OWN_ACCOUNT else c.source


def _rounded_into_exact(claims: list[Claim]) -> list[Claim]:
    """A lead that rounds a figure the body gives exactly ("أكثر من ألف مدني قتلوا" … "1095 مدنياً
    قتلوا"، a headline's "مقتل 300" … "مقتل 304") states it once: the exact figure keeps the rounded
    one's evidence as another place."""
    drop: set[int] = set()
    for i, r in enumerate(claims):
        if i in drop:
            continue
        if r.qualifier not in ("at_least", "approx") and not (r.qualifier == "exact" and r.context.get("headline") == "yes"):
            continue
        twin = next(
            (
                c
                for c in claims
                if c is not r
                and c.qualifier == "exact"
                and c.metric == r.metric
                and c.countries == r.countries
                # (not a side's count against the other's; a source read from the doer alone is no side's word)
                and (c.source == r.source or None in (_told_source(c), _told_source(r)))
                and c.context.get("sentence") != r.context.get("sentence")
                and _overlap(c.period, r.period)
                and _rounds(r, c)
                # (not another figure of the same kind: "قتل أكثر من 200 … في منبج … و250 مسلحاً آخرين")
                and not _others_after(c)
            ),
            None,
        )
        if twin is None:
            continue
        if twin.context.get("headline") == "yes" and r.context.get("headline") != "yes" and r.qualifier != "exact":
            # a headline's exact figure that the body gives rounded ("61 هجوماً" over "أكثر من 60 هجوماً"): the
            # body's statement, with its own qualifier, is the claim (the headline is another place of it)
            drop.add(next(j for j, c in enumerate(claims) if c is twin))
            r.spans = sorted({*r.spans, *twin.spans}, key=lambda s: s.start)
            r.countries, r.period = r.countries or twin.countries, r.period or twin.period
            continue
        drop.add(i)
        twin.spans = sorted({*twin.spans, *r.spans}, key=lambda s: s.start)
    return [c for i, c in enumerate(claims) if i not in drop]


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per figure the article states, with every place it is stated.

    A headline figure repeated in the body merges into the body's claim (the
    body has the fuller context); two statements of the same figure with
    different periods stay apart.
    """
    out: list[Claim] = []

    def same_figure(o: Claim, c: Claim) -> bool:
        if o.metric != c.metric or o.value != c.value or not _nearly_same(o.period, c.period):
            return False
        if o.number_span == c.number_span and o.place != c.place and "each-of-two" in (o.context.get("countries"), c.context.get("countries")):
            return False  # one figure given for each of two places
        if o.context.get("sentence") == c.context.get("sentence") and o.number_span != c.number_span and not (
            _quoted_restatement(o, c) or _reported_again(o, c)
        ):
            # "اثنين في نينوى واثنين آخرين في السليمانية"، "ضابطين وجنديين قتلا": one sentence
            # stating a number twice states two parts, not one figure twice
            return False
        if (
            o.rule in PART_RULES
            and c.rule in PART_RULES
            and o.context.get("headline") == c.context.get("headline") == "no"
            # (a part whose perpetrator one statement leaves unsaid may be the other's: not told apart)
            and o.actor
            and c.actor
            and o.actor != c.actor
        ):
            # "… بينهم طفلان" in two sentences of a monthly toll, each of another perpetrator's
            # victims: two parts of two tolls, not one figure told twice
            return False
        if o.context.get("item") == c.context.get("item") == "yes" and o.context.get("sentence") != c.context.get("sentence"):
            return False  # two lines of a list (- 7 نساء، - 7 شهداء على يد تنظيم الدولة)
        wholes = (o.context.get("whole"), c.context.get("whole"))
        if None not in wholes and wholes[0] != wholes[1]:
            return False  # "58 مدنياً بينهم طفلان" and "14 مدنياً بينهم سيدتان": parts of two wholes
        if o.countries == c.countries:
            return True
        # a headline that names no country is the body's figure
        heads = [x for x in (o, c) if x.context.get("headline") == "yes"]
        return any(not h.countries for h in heads)

    # body claims first, so that a headline merges into the body's figure
    ordered = sorted(claims, key=lambda c: c.context.get("headline") == "yes")
    # candidates by (metric, value), so a long article's claims are not compared all with all
    slots: dict[tuple[str, float], list[int]] = {}
    merged: dict[int, list] = {}
    for c in ordered:
        key = (c.metric, c.value)
        at = next((i for i in slots.get(key, ()) if same_figure(out[i], c)), None)
        if at is None:
            slots.setdefault(key, []).append(len(out))
            out.append(c)
            continue
        twin = out[at]
        keep, other = (c, twin) if twin.context.get("headline") == "yes" and c.context.get("headline") != "yes" else (twin, c)
        out[at] = keep
        merged.setdefault(at, []).extend(other.spans)
        keep.countries = keep.countries or other.countries
        keep.period = keep.period or other.period
        keep.source = keep.source or other.source
        keep.actor = keep.actor or other.actor
    for at, spans in merged.items():
        keep = out[at]
        keep.spans = sorted({*keep.spans, *spans}, key=lambda s: s.start)
    out = _rounded_into_exact(out)
    out.sort(key=lambda c: (c.span.start if c.span else 0, c.number_span.start if c.number_span else 0))
    return out


def extract_text(
    text: str, published: date | None = None, doc_id: str = "doc", outlet: str | None = None
) -> tuple[list[Claim], Analysis]:
    a = analyse(text, published)
    return extract_analysis(a, doc_id, outlet), a
