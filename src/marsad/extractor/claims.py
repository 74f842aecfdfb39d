"""Slot filling: from a count quantity and what surrounds it to a claim.

The work is anchored on numbers: most sentences hold none, and only a
sentence with a count is looked at closely. For each count the extractor
reads, in order:

1. the counted noun right after it (138 مهمة، ثمانية من كبار قادة داعش،
   166 مسلحاً آخرين) or, for a definite phrase, right before it (أعضاء
   التحالف الـ 85); a dual or أحد brings its own noun;
2. whose people they are: a group after the noun (من داعش، من الجيش) or
   the side a noun implies (جندي is a soldier, مدني a civilian);
3. the outcome: the nearest trigger before it in its clause (مقتل، اعتقال،
   أصيب), a noun after it (قتلى، جرحى), or, for آخرين and منهم, the outcome and
   group of the number it continues;
4. the metric those imply (the more specific wins: leaders over members).

Context slots (countries, period, actor, source) come from
``marsad.extractor.context`` and ``marsad.extractor.attribution``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.lexicon import load
from marsad.model import Entity, Quantity
from marsad.recognize.cues import Cue, expeditionary, grammar, grammar_stems, grammar_union
from marsad.recognize.entities import actor as entity_actor
from marsad.recognize.entities import actor_for_country as entity_actor_for_country
from marsad.recognize.entities import adjective_actor, place_prepositions
from marsad.recognize.quantities import people_nisbas
from marsad.text.normalize import norm

OUTCOMES = ("kill", "capture", "wound")
GROUP_NOUNS = ("leader", "member", "friendly", "civilian", "person", "suspect", "kill_after", "wound_after", "detained_noun")
FORCE_KINDS = frozenset({"state_force", "coalition", "partner_force", "government", "military", "police"})
ARMED_KINDS = frozenset({"armed_group", "non_state_armed_group", "terrorist_group"})
# Sets of cue kinds the rules test cues against, built once: a set written out inside a loop over a
# sentence's cues is built again for every cue.
_OUTCOME_KINDS = frozenset(OUTCOMES)
_OUTCOME_OR_OTHER_KINDS = frozenset({*OUTCOMES, "other_outcome"})
_OUTCOME_OR_AFTER_KINDS = frozenset({*OUTCOMES, "kill_after", "wound_after"})
_ANY_OUTCOME_KINDS = frozenset({*OUTCOMES, "other_outcome", "kill_after", "wound_after"})
_GROUP_NOUN_KINDS = frozenset(GROUP_NOUNS)
_COUNTED_NOUN_KINDS = frozenset({*GROUP_NOUNS, "operation", "attack"})
# (what a number's noun may be: inside a dual's word, and the next words after a number)
_NOUN_AFTER_KINDS = frozenset({*GROUP_NOUNS, "friendly_group", "operation", "attack", "state", "other"})
_NOUN_NEXT_KINDS = frozenset({*GROUP_NOUNS, "operation", "attack", "state", "other", "friendly_group", "armed_group"})
_TRIGGER_WINDOW = 14
# (a verb further back than this reaches the number only when it has named no people of its own: its
# object past a long phrase of time and place, "قتلت خلال سبعة أيام من انطلاق العملية … 270 عنصراً" — not
# another noun's number in a clause on a place, "أصيب جندي في الهجوم على قاعدة يتمركز فيها 400 جندي")
_TRIGGER_WINDOW_NAMED = 10
_BREAK_KINDS = frozenset({"clause_break", "inflict"})  # (cues no trigger is read across)


@dataclass(slots=True)
class Reading:
    """What the extractor understood about one count."""

    quantity: Quantity
    placed: Placed
    metric: str | None = None
    noun: str | None = None  # the noun section: operation, member, leader, …
    side: str | None = None  # armed, friendly, civilian
    outcome: str | None = None  # kill, capture, wound
    leader: bool = False
    group_entity: str | None = None  # the armed group or force named with the noun
    rule: str = ""
    noun_end_tok: int | None = None
    group_side: str | None = None  # the side of a group named right after the noun
    in_cell: bool = False  # "خلية تتكون من 4": the members of one cell
    item_start: int | None = None  # a list item's first token (after the number before it)
    estimate: bool = False  # an item of a list of strength estimates
    suspect: bool = False  # counted as suspects or wanted men (مطلوبين، مشتبه بهم)
    whole: float | None = None  # for a part (بينهم 9 أطفال): the value of the count it is a part of
    part_of: Reading | None = None  # and the reading of that count
    actor_ids: list[str] | None = None  # the actors its claim was given (set when it is filled)
    after_subset_word: bool = False  # "بينهم 192 طفلاً": stated as a part of the count before it
    # the count read before this one in its sentence (the list's previous item: rates set off inside a list skipped)
    before: Reading | None = field(default=None, repr=False, compare=False)


def gapped_place(a: Analysis, view: SentenceView, p: Placed) -> Placed | None:
    """The place right before a number, joined by و to what came before it ("وإيطاليا 17"): an item of a
    list that names its place first and leaves out the noun the first item gave."""
    e = next((e for e in view.entities if e.tok_end == p.tok_start and e.obj.type == "place"), None)  # type: ignore[attr-defined]
    if e is None or not getattr(e.obj, "country", None) or p.prefix:
        return None
    if a.token_in(p.tok_start, grammar("one_two_words"), ""):
        return None  # ("لبنانيين اثنين وسورياً واحداً": a Syrian, the number word his adjective)
    return e if e.prefix.startswith("و") or a.token_text(e.tok_start - 1) == "و" else None


def place_right_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A place right after a number, or after على/في ("4 حمص"، "4 على حمص")."""
    at = p.tok_end + (a.token_text(p.tok_end) in ("علي", "في"))
    return any(e.tok_start == at and e.obj.type == "place" for e in view.entities)  # type: ignore[attr-defined]


def _place_of_item(a: Analysis, view: SentenceView, r: Reading) -> bool:
    """Does a list's item name its place next to its number, before it or after its noun?"""
    before = any(e.tok_end == r.placed.tok_start and e.obj.type == "place" for e in view.entities)  # type: ignore[attr-defined]
    end = r.noun_end_tok or r.placed.tok_end
    after = any(
        end <= e.tok_start <= end + 2 and e.obj.type == "place" for e in view.entities  # type: ignore[attr-defined]
    )
    return before or after


def joined_by_wa(a: Analysis, p: Placed) -> bool:
    """Is the number joined by و to what came before it (و36، و 36), maybe on the qualifier before it (وما لا يقل
    عن 170، ونحو 40)?"""
    if p.prefix.startswith("و") or a.token_text(p.tok_start - 1) == "و":
        return True
    words = qualifier_words()
    t = p.tok_start - 1
    while t >= 0 and p.tok_start - t <= 4:
        w = a.token_text(t)
        if w.startswith("و") and w[1:] in words:
            return True
        if w not in words:
            return False
        t -= 1
    return False


def _sides_named(view: SentenceView, lo: int, hi: int) -> set[str]:
    """The sides of the actors and of the group or force words named from token ``lo`` up to ``hi``."""
    sides = {side for e in view.entities if lo <= e.tok_start < hi and (side := _side_of_entity(e.obj))}  # type: ignore[arg-type]
    for c in view.cues:
        if lo <= c.tok_start < hi:
            if "armed_group" in c.kinds:
                sides.add("armed")
            if c.kinds & {"friendly_group", "own_forces"}:
                sides.add("friendly")
    return sides


def _cue_at(view: SentenceView, tok: int, kinds: frozenset[str] | set[str] | tuple[str, ...]) -> Cue | None:
    for c in view.cues_starting(tok):
        if not c.kinds.isdisjoint(kinds):
            return c
    return None


def _entity_at(view: SentenceView, tok: int) -> Entity | None:
    for p in view.entities:
        if p.tok_start == tok:
            return p.obj  # type: ignore[return-value]
    return None


def _side_of_entity(ent: Entity) -> str | None:
    if ent.type == "actor" or ent.type == "person":
        fixed = (entity_actor(ent.id) or {}).get("side") if ent.type == "actor" else None
        if fixed:
            return str(fixed)  # (a militia fighting beside a government: حزب الله in Syria's war)
        return _side_of_kind(ent.kind)
    return None


def _side_of_kind(kind: str) -> str | None:
    if kind in ARMED_KINDS:
        return "armed"
    if kind in FORCE_KINDS or kind.endswith("force"):
        return "friendly"
    return None


def side_of_actor(actor_id: str) -> str | None:
    """The side an actor id stands on (its own ``side`` in actors.yaml, else its kind's)."""
    info = entity_actor(actor_id) or {}
    return str(info["side"]) if info.get("side") else _side_of_kind(str(info.get("kind") or ""))


def _noun_after(a: Analysis, view: SentenceView, p: Placed) -> tuple[Cue | None, int]:
    """The counted noun after a number (skipping من / كبار), and where to look next."""
    q: Quantity = p.obj  # type: ignore[assignment]
    if q.noun_start is not None and q.noun_end is not None:
        nstart = a.nt.norm_index(q.noun_start)
        for c in view.cues:
            if c.nstart <= nstart < c.nend and c.kinds & _NOUN_AFTER_KINDS:
                # (two others, "وأصيب آخران": the dual goes on with the people counted before)
                return c, c.tok_end
        if q.value == 2:
            # "موقعين عسكريين": a dual counts its own noun; the word after it is its adjective
            # (but "أحد عناصر التنظيم" counts the noun after أحد)
            return None, p.tok_end
    # (past a qualifier after the number: "17 على الأقل من عناصر طالبان")
    tok = first = p.tok_end + _qualifier_after_at(a, p.tok_end)
    for _ in range(3):
        if tok >= view.tok_end:
            break
        c = _cue_at(view, tok, _NOUN_NEXT_KINDS)
        if c is not None and c.prefix.startswith(("ب", "وب")) and tok == p.tok_end:
            return None, p.tok_end  # "15 بعمليات ضد قسد": a preposition's object, not what is counted
        if c is not None and c.prefix.startswith("و") and c.kinds & {"wound", "wound_after"} and tok == first:
            return None, p.tok_end  # "مدني واحد واصابة ستة": the next outcome, not what is counted
        if c is not None and c.kinds & {"operation", "attack"} and a.token_text(tok).startswith("وال") and tok == first:
            return None, p.tok_end  # "تحرير أربع مديريات من أصل تسع والعمليات في تقدم": the next clause's subject
        if c is not None and c.kinds == {"other"} and not any(
            q.tok_end <= p.tok_start and q.obj.kind == "count" for q in view.quantities  # type: ignore[attr-defined]
        ):
            # "مصرع قائد كبير بالبيشمركة وخمسة آخرين من عناصره": with no count before them to go on
            # with, the others are counted by their own noun after "آخرين من" ("مقتل 12 من مسلحي داعش
            # وإصابة 20 آخرين من عناصره" goes on with the 12's people)
            named = _others_own_noun(view, c)
            if named is not None:
                return named, named.tok_end
        if c is not None:
            return c, c.tok_end
        if a.token_text(tok) in grammar("between_number_and_noun"):
            tok += 1
            continue
        break
    return None, p.tok_end


def _others_own_noun(view: SentenceView, other: Cue) -> Cue | None:
    """The people noun right after "آخرين من" (وخمسة آخرين من عناصره، آخرين من مقاتليهم)."""
    return _cue_at(view, other.tok_end, {"member", "leader", "friendly", "civilian"})


def _side_named_at(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side a toll's noun names at ``tok``: a group or force (من قوات النظام), a people noun, or a
    people noun after من ("عدد القتلى من المتشددين")."""
    side = _group_after(a, view, tok)[0] or _side_of_noun_at(view, tok)
    if side is None and a.token_text(tok) == "من":
        side = _side_of_noun_at(view, tok + 1)
    return side


def _group_after(a: Analysis, view: SentenceView, tok: int) -> tuple[str | None, str | None, int]:
    """Side and entity named right after a noun: من داعش، مسلحي داعش، من الجيش."""
    # (a figure's reading asks it of the same noun several times: the answer is the sentence's)
    memo = a.memo.setdefault("group_after", {})
    key = (view.tok_start, view.tok_end, tok)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read_group_after(a, view, tok)
    return found


def _fighters_joined_to_civilians(a: Analysis, view: SentenceView, noun: Cue, count: float | None) -> bool:
    """Fighters or soldiers joined by و to the civilians counted, with no number of their own
    (مواطناً مدنياً ومقاتلاً، مدنياً وعسكرياً)."""
    after = noun.tok_end
    adjective = _cue_at(view, after, {"civilian"})
    if adjective is not None:
        after = adjective.tok_end
    joined = _cue_at(view, after, {"friendly", "member"})
    # (a number of their own before or after them, "و5 جنود"، "وجندي واحد", makes them a count of their own)
    if joined is None or not joined.prefix.startswith("و") or any(q.tok_start in (joined.tok_start, joined.tok_end) for q in view.quantities):
        return False
    # (in the same case and number as the civilians, an adjective of the same count — not one more person
    # named after them, "بينهم طفلان وضابط"، "أربعة مدنيين ورجل أمن")
    first, second = a.token_text(noun.tok_end - 1), a.token_text(joined.tok_end - 1)
    if any(first.endswith(e) and second.endswith(e) for e in grammar("agreeing_endings")):
        return True
    # (after a hundred or a thousand both stand in the bare singular: "8318 مواطن مدني ومقاتل")
    marked = tuple(grammar("number_endings"))
    return (count or 0) >= 100 and not first.endswith(marked) and not second.endswith(marked)


def _bases_attacked(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Military bases or positions counted right after an armed group's verb of attack (هاجمت قاعدتين،
    استهدفت ثلاث قواعد): each base struck is one attack."""
    q: Quantity = p.obj  # type: ignore[assignment]
    dual = q.noun_start is not None  # (a dual holds its noun: "قاعدتين"; a number has it next: "3 قواعد")
    noun_tok = p.tok_start if dual else p.tok_end
    if not (
        a.token_in(noun_tok, grammar("base_nouns"), "")
        or (dual and a.token_text(noun_tok).startswith(grammar_stems("base_noun_stems")))
    ):
        return False
    after = noun_tok + 1
    # (not a group's bases a force struck: "استهدفت 5 قواعد إرهابية"، "قواعد للتنظيم")
    if any(
        a.token_in(t, grammar_union("terror_words", "takfiri_words"), "ل")
        or any(e.tok_start == t and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
        or _cue_at(view, t, {"armed_group"}) is not None
        for t in range(after, min(after + 3, view.tok_end))
    ):
        return False
    if not any(a.token_in(t, grammar("attack_verbs"), "و") for t in range(max(clause[0], p.tok_start - 2), p.tok_start)):
        return False
    # (the doer: the side named nearest before the number, "أعلنت المقاومة الإسلامية أنها هاجمت …")
    named = sorted(_names_before(view, p.tok_start))
    return bool(named) and named[-1][1] == "armed"


def _enlisted_side(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side of civilians enlisted in a body (مدنيين منخرطين في قوة …، منضوين في صفوف داعش) at ``tok``:
    the armed group named after the body, else the state's."""
    if not (a.token_text(tok) in grammar("enlisted_words") and a.token_text(tok + 1) == "في"):
        return None
    side = _group_after(a, view, tok + 2)[0]
    if side == "armed":
        return "armed"  # (named or not: "منضوين في صفوف الجماعات المسلحة")
    return "friendly" if a.token_text(tok + 2) in grammar("force_bodies") or side == "friendly" else None


def _between_noun_and_group(a: Analysis, t: int) -> bool:
    """A word that may stand between people counted and their group, also with و or ل on a noun
    (وعناصر، لميليشيات) — not و on a preposition, which opens the next item ("وفي صفوف المسلحين 40")."""
    words = grammar("between_noun_and_group")
    word = a.token_text(t)
    if word in words:
        return True
    bare = word[1:]
    # (و only where it joins the group's men to its leaders counted: "قيادات وعناصر ميليشيات حزب الله" — not a new
    # clause or item, "9 مسلحين، وعناصر قوات الأمن تلاحق الفارين"، "6 مسلحين وعناصر من الشرطة")
    joined = word.startswith("و") and bare in words and a.token_in(t - 1, grammar("leader_plurals"), "")
    return (word.startswith("ل") and bare in words) or joined


def _read_group_after(a: Analysis, view: SentenceView, tok: int) -> tuple[str | None, str | None, int]:
    if a.token_text(tok) in grammar("own_fate_nouns") and a.token_text(tok + 1) == "من":
        return _read_group_after(a, view, tok + 1)  # "لقي عنصران مصرعهما من حزب الله": past their fate
    if (
        a.token_text(tok) in grammar("bare_force_bodies")
        and a.token_in(tok - 1, grammar_union("generic_member_nouns", "men_nouns"), "و")
        and a.token_text(tok + 1) not in grammar("former_words")
    ):
        return "friendly", None, tok + 1  # "4 عناصر شرطة"، "3 أفراد أمن": a state's body in construct
    if a.token_text(tok) in grammar("group_nisbas"):
        return "armed", None, tok + 1  # "64 ضابطاً حوثياً"، "5 ضباط داعشيين": the nisba of a group after the people counted
    if a.token_text(tok) in grammar("volunteer_adjectives"):
        return "friendly", None, tok + 1  # "36 مقاتلاً متطوعاً": the army's volunteers (the Sahel's VDP)
    if a.token_text(tok) in grammar("security_words"):
        return "friendly", None, tok + 1  # "ستة عناصر أمنيين"، "معاونين عسكريين": men of the state's forces
    backed = _backed_side(a, view, tok)
    if not backed and a.token_text(tok) in grammar_union("armed_adjectives", "local_adjectives", "seniority_adjectives"):
        # "عنصران مسلحان مناهضان للجهاديين"، "مسلحين محليين موالين لدمشق"، "قائدان كبيران في الجيش": past the
        # adjective of the noun
        tok += 1
        backed = _backed_side(a, view, tok)
    nationality = bool(_nationality_word_at(a, view, tok))
    if not backed and nationality and a.token_text(tok + 1) == "ومن":
        # "18 عنصراً إيرانياً ومن ميليشيات موالية لإيران": men of a state and of militias on its side, one toll — the
        # side of the group joined to them
        joined = _group_after(a, view, tok + 2)
        if joined[0] in ("friendly", "armed"):
            return joined
    if not backed and nationality and _backed_side(a, view, tok + 1):
        # "5 مقاتلين سوريين موالين لطهران": past the fighters' nationality, whom they back
        tok += 1
        backed = _backed_side(a, view, tok)
    if backed:
        # "تسعة عناصر موالين للنظام": fighters named by whom they back
        return backed, None, tok + 2
    if a.behind_clitic(tok, grammar("state_owner_words"), "ل"):
        return "friendly", None, tok + 1  # "13 عنصراً للنظام": the state's own men
    own = _cue_at(view, tok, {"member"})
    if own is not None and own.prefix.startswith("ل") and own.tok_end < view.tok_end:
        # "104 عمليات لعناصر التنظيم": of a group's men — the group after them
        owner = next((e for e in view.entities if e.tok_start == own.tok_end), None)
        if owner is not None and _side_of_entity(owner.obj) == "armed":  # type: ignore[arg-type]
            return "armed", owner.obj.id, owner.tok_end  # type: ignore[attr-defined]
        group = _cue_at(view, own.tok_end, {"armed_group"})
        if group is not None:
            return "armed", None, group.tok_end
    for t in range(tok, min(tok + 6, view.tok_end)):
        if a.token_text(t) in grammar("belonging_adjectives") and a.token_text(t + 1) in grammar("its_words"):
            # "أعلنت قسد مقتل 11 عنصراً تابعاً لها": men of the one "it" names, the body named before them
            owner = _owner_side(view, tok)
            if owner:
                return owner, None, t + 2
        if (
            t > tok
            and a.token_text(t) in grammar_union("allegiance_words", "backed_by_words")
            and a.token_in(t - 1, grammar("militia_words"), "ل")
        ):
            # "من عناصر ميليشيا موالية للحكومة": a militia named by whom it backs (the two words the loop walks past)
            backed = _backed_side(a, view, t)
            if backed:
                return backed, None, t + 2
        if t > tok and a.token_text(t) not in grammar("between_noun_and_group"):
            backed = _backed_side(a, view, t + 1) or (
                # (past the group word's own adjective: "من الكتائب المقاتلة الداعمة لوحدات الحماية")
                _backed_side(a, view, t + 2) if a.token_text(t + 1) in grammar("group_word_adjectives") else None
            )
            if backed:
                # "مقاتلاً من مجموعات موالية لها"، "من المجموعات الموالية للجيش": the side they back
                return backed, None, t + 2
        placed = next((p for p in view.entities if p.tok_start == t), None)
        if placed is not None:
            ent: Entity = placed.obj  # type: ignore[assignment]
            side = _side_of_entity(ent)
            if side:
                return side, ent.id, placed.tok_end
        if (party := _party_anaphor_at(a, t)) is not None:
            # "مقتل عنصرين من الحزب": the party the report named last (Hezbollah's men in Syria's war,
            # the PKK's in Turkey's)
            side = _side_of_entity(party)
            if side:
                return side, party.id, t + 1
        c = _cue_at(view, t, {"member"}) if t > tok else None
        if c is not None and a.token_text(c.tok_end) in grammar_union("terror_words", "takfiri_words"):
            return "armed", None, c.tok_end + 1  # "شخصين من العناصر التكفيرية"، "من العناصر الإرهابية"
        if (
            c is not None
            and a.token_in(t - 1, grammar("ranks_words"), "")
            and "friendly" not in c.kinds
            and not a.token_in(c.tok_end, grammar("state_owner_words"), "")  # (في صفوف عناصر النظام)
        ):
            # "مقتل 120 من صفوف المتمردين"، "من صفوف متمردي طالبان": the ranks of a group's men (and of
            # the group named after them)
            # (whose men they are may follow: "في صفوف عناصر النظام" are the regime's, "مقاتلي العشائر الموالين
            # للجيش" the army's; a bare "المقاتلين" names no side — only a word of the armed does: المتمردين)
            side, ent, end = _group_after(a, view, c.tok_end)
            if side:
                return side, ent, end
            backed = next((b for u in range(c.tok_end, min(c.tok_end + 3, view.tok_end)) if (b := _backed_side(a, view, u))), None)
            if backed:
                return backed, None, c.tok_end
            if a.token_text(c.tok_start).removeprefix("ال").startswith(grammar_stems("armed_noun_stems", "rebel_noun_stems")):
                return "armed", None, c.tok_end
        c = _cue_at(view, t, {"armed_group"})
        if c is not None:
            backed = _backed_side(a, view, c.tok_end)
            if backed:
                return backed, None, c.tok_end  # "مقاتلاً من مجموعات موالية لها": of the side they back
            owner = next((e for e in view.entities if e.tok_start == c.tok_end), None)
            if owner is not None and _side_of_entity(owner.obj) == "friendly":  # type: ignore[arg-type]
                # "عناصر ميليشيا قوات حكومة الوفاق": a force's militia, as its enemies' outlets call it
                return "friendly", owner.obj.id, owner.tok_end  # type: ignore[attr-defined]
            return "armed", None, c.tok_end
        c = _cue_at(view, t, {"friendly_group", "own_forces"}) or (_cue_at(view, t, {"friendly"}) if t > tok else None)
        if c is not None and t > tok and c.prefix.startswith("و") and _qualifier_ends_at(a, t):
            # (a new item past the count's qualifier: "12 مسلحاً على الأقل وجنديين")
            break
        if c is not None and "friendly_group" in c.kinds and _allied_with_group(a, view, c.tok_end):
            # "15 مسلحاً من الميليشيات المحلية المتحالفة مع الحوثيين": militias on the group's side
            return "armed", None, c.tok_end
        if c is not None and a.token_text(c.tok_end) in grammar("terror_words"):
            # "في صفوف ميليشيات فجر ليبيا الإرهابية": a force the speaker calls terrorist is the enemy he reports on
            return "armed", None, c.tok_end + 1
        if c is not None:
            return "friendly", None, c.tok_end  # (also "تسعة أفراد من رجال الشرطة")
        c = _cue_at(view, t, {"civilian"})
        if c is not None and t > tok and c.prefix.startswith("و") and _qualifier_ends_at(a, t):
            break  # (a new item past the count's qualifier: "12 مسلحاً على الأقل ومدنياً واحداً")
        if c is not None and _armed_described(a, view, c.tok_end):
            c = None  # (not people described as armed or a group's: "من الأهالي المسلحين"، "من أهالي المنطقة المنضمين لداعش")
        if c is not None and (t > tok or c.phrase.endswith("دفاع المدني")):
            return "civilian", None, c.tok_end  # (also "4 عناصر للدفاع المدني": rescuers are civilians)
        if a.token_in(t, grammar("militia_words"), "ول") and (state := _state_nisba_after(a, view, t + 1)) is not None:
            # "من الميليشيات الإيرانية"، "ميليشيات الاحتلال الإيراني": a state's militias fight on the side of
            # the government they back
            return "friendly", None, state
        if a.token_text(t) in grammar_union("family_words", "kin_words"):
            # "أربعة من أفراد عائلته": an officer's family are civilians (not "اثنين من أبنائه التابعين للتنظيم":
            # sons who are its men)
            backed = _backed_side(a, view, t + 1)
            if backed is None and a.token_in(t + 1, grammar("allegiance_words"), "") and "armed" in _sides_named(view, t + 2, t + 3):
                backed = "armed"
            if backed:
                return backed, None, t + 3
            return "civilian", None, t + 1
        if (
            (a.token_in(t, grammar("post_nouns"), "") or a.token_in(t, grammar("unit_nouns"), ""))
            and a.token_text(t).startswith("ال")
            and (
                a.token_in(t - 1, grammar("generic_member_nouns"), "")
                # (or persons "of" the force: "لقي تسعة أشخاص من القوة مصرعهم")
                or (a.token_in(t, grammar("unit_nouns"), "") and a.token_text(t - 1) == "من" and t - 1 == tok)
            )
            # (a brigade or battalion is a force's when one is named after it or no armed side is named at all:
            # "عناصر اللواء 53 في الحشد"; the opposition's and the groups' have brigades too)
            and (
                not a.token_in(t, grammar("formation_nouns"), "")
                or "friendly" in _sides_named(view, t + 1, t + 6)
                or "armed" not in _sides_named(view, view.tok_start, view.tok_end)
            )
            # (not a group's own unit: "عناصر القوة التابعة لتنظيم داعش"، "عناصر الوحدة المسؤولة عن التفجيرات")
            and "armed" not in _sides_named(view, t + 1, t + 5)
            # (nor the men a force killed or took: "قتلت الشرطة تسعة من أبرز عناصر الكتيبة" are the enemy's)
            and not _force_did_it(a, view, tok)
            # (an attack told after a verb of theirs is what befell them: "من القوة مصرعهم في كمين")
            and not any(
                t < c.tok_start <= t + 4
                and "attack" in c.kinds
                and not any(t < d.tok_start < c.tok_start and d.kinds & _OUTCOME_OR_AFTER_KINDS for d in view.cues)
                for c in view.cues
            )
        ):
            # "مقتل اثنين من عناصر الدورية"، "إصابة 3 من أفراد القوة المداهمة": the men of the post, patrol or
            # force the report is about, a force's
            return "friendly", None, t + 1
        if t > tok and a.token_in(t, grammar("state_owner_words"), "") and a.token_in(t - 1, grammar("generic_member_nouns"), ""):
            return "friendly", None, t + 1  # "30 قتيلاً في صفوف عناصر النظام": the state's own men
        if (a.token_text(t) in grammar("force_ministries") or f"{a.token_text(t)} {a.token_text(t + 1)}" in grammar("force_ministries")):
            # "اثنين من عناصر وزارة الدفاع"، "14 عنصراً من الوزارة": the men of a ministry of force
            return "friendly", None, t + 1 + (a.token_text(t) not in grammar("force_ministries"))
        if not _between_noun_and_group(a, t) and not (
            a.token_text(t) == "بين" and a.token_in(t + 1, grammar("ranks_words"), "")
        ):
            # (past "بين صفوف" too: "قتل عشرة عناصر بين صفوف قوات النظام"; and past و or ل on a word between:
            # "قيادات وعناصر ميليشيات حزب الله"، "15 عنصراً لميليشيات حزب الله")
            break
    return None, None, tok


def _group_did_the_killing(view: SentenceView, tok: int) -> bool:
    """Is an armed group named right before the verb or the deed of killing that comes before ``tok`` (مليشيا
    الحوثي وحدها تسببت بمقتل …، قتل التنظيم …) — the killer, not the ones counted?"""
    verb = max((c for c in view.cues if c.kinds & {"kill"} and c.tok_end <= tok), key=lambda c: c.tok_start, default=None)
    if verb is None:
        return False
    lo = max(view.tok_start, verb.tok_start - 4)
    return "armed" in _sides_named(view, lo, verb.tok_start) and "friendly" not in _sides_named(view, lo, verb.tok_start)


def _force_did_it(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is a friendly force the subject of the verb of killing or capture that last tells a fate before ``tok``
    in its clause (قتلت الشرطة …، قوات الأمن اعتقلت …) — the doer of what befell the men counted? The force right
    after the verb, or right before it with at most a particle of the perfect (قد) between and no punctuation
    (not the topic of a passive: "الجنود الفرنسيين: فقد قتل اثنان منهم"، "عناصر الشرطة، الذين قتل 5 منهم"). Not a
    fate told as a noun (أكد الجيش مقتل ثلاثة منهم، أسفر عن مقتل …), not a wound after it, nor where an armed side
    is named."""
    clause = view.clause_of(tok)
    verb = max(
        (c for c in view.cues if c.kinds & _OUTCOME_OR_AFTER_KINDS and clause[0] <= c.tok_start and c.tok_end <= tok),
        key=lambda c: c.tok_start,
        default=None,
    )
    if (
        verb is None
        or not verb.kinds & {"kill", "capture"}
        or verb.phrase in grammar_union("result_nouns", "capture_result_nouns")
        or a.token_in(verb.tok_start - 1, grammar("oblique_before"), "")
        or "armed" in _sides_named(view, view.tok_start, tok)
    ):
        return False

    def near(start: int, end: int) -> bool:
        if end <= verb.tok_start:
            gap = range(end, verb.tok_start)
            return (
                len(gap) <= 1
                and all(a.token_in(t, grammar("perfect_particles"), "ف") for t in gap)
                and not a.marks_before(verb.tok_start, "،,:؛;")
            )
        return start == verb.tok_end and start < tok

    return any(near(e.tok_start, e.tok_end) and _side_of_entity(e.obj) == "friendly" for e in view.entities) or any(  # type: ignore[arg-type]
        near(c.tok_start, c.tok_end) and c.kinds & {"friendly_group", "own_forces"} for c in view.cues
    )


def _armed_described(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Are the people named right before ``tok`` described as armed or a group's (المسلحين، المنضمين لداعش)?"""
    words = grammar_union("armed_adjectives", "allegiance_words", "belonging_verbs", "joined_words")
    for u in range(tok, min(tok + 3, view.tok_end)):
        if a.token_text(u).startswith("و") or any(q.tok_start == u for q in view.quantities):
            return False  # (the next item: "1213 مدنياً و410 مسلحين")
        if any(c.tok_start == u and c.kinds & _OUTCOME_OR_OTHER_KINDS for c in view.cues):
            return False  # (a verb of their own: "ثلاثة مدنيين أعدمهم المسلحون")
        if a.token_in(u, words, ""):
            return True
    return False


def _state_nisba_after(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where the nisba of a state that backs the government of the report's country ends, right at ``tok``
    or past الاحتلال (الإيرانية، الاحتلال الإيراني in Syria or Iraq — not in Yemen, where the name is the
    Houthis', nor the Turkish-backed factions of Syria's north)."""
    tok += a.token_in(tok, grammar("occupation_words"), "")
    d = next((d for d in view.adjectives if d.tok_start == tok), None)
    info = (entity_actor(str(getattr(d.obj, "id", ""))) or {}) if d is not None else {}
    hosts = set(info.get("backs_government_in") or ())
    if d is None or not hosts:
        return None
    named = {
        str(getattr(e.obj, "country", "") or "") for v in a.views for e in v.entities if getattr(e.obj, "type", "") == "place"
    }
    return d.tok_end if named & hosts and not named - hosts - {str(info.get("state_of"))} else None


def _party_anaphor_at(a: Analysis, tok: int) -> Entity | None:
    """The party الحزب at ``tok`` names again: the last actor named before it whose name opens with حزب
    (not "كتائب حزب الله"), unless a name of its own follows it ("الحزب الإسلامي التركستاني")."""
    if not a.token_in(tok, grammar("party_anaphors"), "ول") or (
        a.token_text(tok + 1).startswith("ال") and not a.token_in(tok + 1, grammar("toward_words"))  # (الحزب إلى 212)
    ):
        return None
    best: Entity | None = None
    for v in a.views:
        if v.tok_start >= tok:
            break
        for e in v.entities:
            if e.tok_start < tok and e.obj.type == "actor" and norm(e.obj.text).lstrip("ول").startswith("حزب"):  # type: ignore[attr-defined]
                best = e.obj  # type: ignore[assignment]
    return best


def _allied_with_group(a: Analysis, view: SentenceView, tok: int) -> bool:
    """An allegiance word right after a force word, then an armed group (المتحالفة مع الحوثيين، الموالية لداعش)."""
    if not a.token_in(tok, grammar("allied_words"), "و"):
        return False
    return any(
        tok + 1 <= e.tok_start <= tok + 2 and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
    ) or any(tok + 1 <= c.tok_start <= tok + 2 and "armed_group" in c.kinds for c in view.cues)


def _backed_side(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side a group word's allegiance gives it: موالية لها (the force named before), الموالية للجيش."""
    word = a.token_text(tok)
    if word in grammar("backed_by_words") and a.token_text(tok + 1) == "من":
        # "ميليشيا مدعومة من الحكومة": backed by the state, on its side
        # (not by a state named abroad: "إرهابيين مدعومين من الهند" stay the enemy's)
        return "friendly" if a.token_text(tok + 2) in grammar("state_words") else None
    if word in grammar("backed_by_words") and a.token_text(tok + 1) in grammar("from_it_words"):
        # "القوات الحكومية والفصائل المدعومة منها": backed by the force named before
        side = _last_actor_side(view, tok)
        return side if side == "friendly" else None
    if word in grammar("opposed_words"):
        # "عنصران مسلحان مناهضان للجهاديين"، "مقاتلين مناهضين لداعش": fighters against the armed group
        against = a.behind_clitic(tok + 1, grammar("militant_nouns"), "ل")
        armed = any(
            tok + 1 <= e.tok_start <= tok + 2 and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
        )
        return "friendly" if against or armed else None
    if word in grammar("fight_beside_verbs") and a.token_text(tok + 1) in ("الي", "إلى") and a.token_text(tok + 2) == "جانب":
        # "33 ألف عنصر حاربوا إلى جانب النظام"، "يقاتلون إلى جانب القوات الحكومية": the side they fight beside
        obj = tok + 3
        if a.token_text(obj) in grammar("state_words") or (
            a.token_text(obj) in ("القوات", "قوات") and a.token_text(obj + 1) in ("الحكومية", "النظامية", "الحكومة", "النظام")
        ):
            return "friendly"
        side = next((_side_of_entity(e.obj) for e in view.entities if obj <= e.tok_start <= obj + 1), None)  # type: ignore[arg-type]
        return side
    if word in grammar("which_words") and a.token_text(tok + 1) in grammar("fight_beside_verbs"):
        return _backed_side(a, view, tok + 1)  # "الفصائل التي تقاتل إلى جانب وحدات حماية الشعب"
    if word in grammar("which_words") and a.token_text(tok + 1) in grammar("backing_verbs"):
        tok += 1  # "الفصائل التي تسلحها أنقرة": the side of the one that arms them, as after الموالية
    elif word not in grammar("allegiance_words"):
        return None
    for e in view.entities:
        if tok + 1 <= e.tok_start <= tok + 2:
            ent: Entity = e.obj  # type: ignore[assignment]
            if ent.type == "place" and ent.kind == "country" and ent.country:
                # "الفصائل التابعة لإيران"، "الموالية لتركيا": backed by a state, on the states' side
                state = entity_actor_for_country(ent.country)
                return "friendly" if state and (entity_actor(state) or {}).get("kind") in FORCE_KINDS else None
            if ent.type == "place":
                break  # (a town: only a capital standing for its state says a side, below)
            return _side_of_entity(ent)
    nxt = a.token_text(tok + 1)
    if a.behind_clitic(tok + 1, grammar("state_words"), "ل") or a.behind_clitic(tok + 1, grammar("capitals_for_states"), "ل"):
        return "friendly"  # الموالين للنظام، الموالية للحكومة، موالين لدمشق: the state's side
    if nxt.startswith("ل") and nxt.endswith(tuple(grammar("possessive_pronouns"))):
        side = _last_actor_side(view, tok)
        return side if side == "friendly" else None
    return None


@cache
def _background_opener_words() -> frozenset[str]:
    """The first words of the openers of a background note (يذكر أن، يشار إلى أن)."""
    return frozenset(norm(ph.split()[0]) for ph in grammar("background_openers"))


def _trigger_before(view: SentenceView, p: Placed, clause: tuple[int, int], a: Analysis) -> Cue | None:
    """The nearest outcome word before a number. It may sit across a short
    parenthesis (قواتها حيدت، اليوم الثلاثاء، 12 إرهابياً) but not across a
    clause word such as مما or بينما."""
    # (a name counts as one word: "قتل مسلحون من جماعة بوكو حرام وداعش ما لا يقل عن 25 جندياً")
    inner = {t for e in view.entities for t in range(e.tok_start + 1, e.tok_end)}
    lo, words, near = p.tok_start, 0, view.tok_start
    while lo > view.tok_start and words < _TRIGGER_WINDOW:
        lo -= 1
        words += lo not in inner
        if words == _TRIGGER_WINDOW_NAMED:
            near = lo
    for c in view.cues:
        # (and a second reported clause has its own verb: "إن 200 عنصر قتلوا، وإن 1500 عنصر جرحوا")
        breaks = not c.kinds.isdisjoint(_BREAK_KINDS) or ("complementizer" in c.kinds and c.prefix.startswith("و"))
        if breaks and lo <= c.tok_start < p.tok_start:
            lo = c.tok_start
    # (nor past a background note's opener: "كما أصيب العشرات، يذكر أن نحو ألفي فرنسي … يناضلون")
    openers = _background_opener_words()
    if a.sentence_has(view, openers):
        lo = max([lo, *(t for t in range(lo, p.tok_start) if a.token_text(t) in openers)])
    # (when the number's own clause tells its fate after it: not "مشيرا إلى أن 3 منهم ضباط"; asked once, not
    # once per word before the number)
    fate_after = any(p.tok_end <= c.tok_start < clause[1] and c.kinds & _OUTCOME_OR_OTHER_KINDS for c in view.cues)
    for t in range(lo, p.tok_start) if fate_after else ():
        # (and a speaker's participle opening a new reported clause: "أعلن الجيش مقتل قيادي، مضيفا أن 4 جنود
        # أصيبوا" — the death told before is the first statement's; so a reporting verb joined by و: "عن إصابة
        # 33 عسكرياً، وأوضح أن سبعة عسكريين آخرين في عداد المفقودين" — the missing are not wounded)
        if (
            view.tok_start < t
            and (
                (
                    a.token_in(t, grammar("speech_participles"), "و")
                    and any(c.tok_start in (t + 1, t + 2) for c in view.cues_of("complementizer"))
                )
                # (a finite verb has its subject before أن: "وذكر الجيش المالي أن")
                or (
                    a.token_text(t).startswith("و")
                    and any("report" in c.kinds for c in view.cues_starting(t))
                    and any(t < c.tok_start <= t + 4 for c in view.cues_of("complementizer"))
                )
            )
        ):
            lo = t
    best = None
    for c in view.cues:
        if c.tok_end <= p.tok_start and c.tok_start >= lo:
            if c.kinds & _OUTCOME_OR_OTHER_KINDS:
                if best is None or c.tok_start > best.tok_start:
                    best = c
    if best is not None and best.phrase in grammar("deeds_after_do_verb") and any(
        # (a time set off by commas may stand between: "قاموا، مساء اليوم، بإعدام 18 مدنياً")
        "do_verb" in c.kinds and view.tok_start <= c.tok_start < best.tok_start and best.tok_start - c.tok_end <= 5 for c in view.cues
    ):
        # "وقام تنظيم داعش بإعدام 12 مدنياً": what a group did (قام … بـ), not a court's sentence
        return replace(best, kinds=frozenset({"kill"}))
    if best is None or ("other_outcome" in best.kinds and not best.kinds & _OUTCOME_KINDS):
        return None  # اختطفوا 40 آخرين: nothing the metrics count happened to them
    if best.tok_start < near and (
        _cue_at(view, best.tok_end, _GROUP_NOUN_KINDS) is not None
        or any(q.tok_start == best.tok_end for q in view.quantities)
        # (nor a definite noun of the held, no verb: "عدد المعتقلين بتهم … منذ عام 2003 بأكثر من ألف شخص"
        # counts a stock — but the dead or wounded so named are a toll however far: "القتلى في التفجير
        # الذي وقع … بلغوا 30 مدنياً")
        or (best.phrase.startswith("ال") and not best.kinds & {"kill", "wound"})
    ):
        return None
    if any(q.tok_end == best.tok_start for q in view.quantities) and any(
        c.tok_end in (p.tok_start, p.tok_start - 1) for c in view.cues_of("membership")
    ):
        # "المجموعة التي أوقعت أربعة قتلى كانت تضم 20 إرهابياً": a fate counted already is not the
        # fate of the band's size
        return None
    # a number between the trigger and this one takes the trigger for itself,
    # unless it is a list: مقتل 14 عنصراً وأسر 92 gives أسر to 92 anyway.
    for other in view.quantities:
        q = other.obj
        # a dual naming another thing (في البلدين) does not take the trigger, nor a number word after
        # the strike it counts ("قتلت غارة جوية واحدة إرهابيين اثنين")
        if best.tok_end <= other.tok_start < p.tok_start and q.kind == "count" and q.noun_start is None:  # type: ignore[attr-defined]
            if not any(ch.isdigit() for ch in q.text) and any(  # type: ignore[attr-defined]
                c.tok_end == other.tok_start and c.kinds & {"operation", "attack"} for c in view.cues
            ):
                continue
            return None
    return best


_COUNTED_BEFORE = frozenset({"member", "leader", "friendly", "civilian", "armed_group", "operation", "attack"})

_NOUN_SIDES = {"civilian": "civilian", "friendly": "friendly", "member": "armed", "leader": "armed"}


def _others_group_later(a: Analysis, view: SentenceView, p: Placed) -> tuple[str, str | None] | None:
    """The side named after "آخرين من …" later in the sentence, for the count before it."""
    for c in view.cues_of("other"):
        if p.tok_end < c.tok_start <= p.tok_end + 10 and a.token_text(c.tok_end) == "من":
            side, ent, _ = _group_after(a, view, c.tok_end)
            if side in ("armed", "friendly"):
                return side, ent
            return None
    return None


def _name_calling(a: Analysis, tok: int) -> bool:
    """Is the token an epithet a report hangs on a group's name (الإرهابية، المتطرفة)?"""
    return a.token_in(tok, grammar("terror_words")) or a.token_in(tok, grammar("takfiri_words"))


def _named_bodies_end(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where the group or force named right after a noun ends, with any joined by و after it
    (عناصر وزارة الدفاع وجهاز الأمن العام), or None when none is named."""
    side, _, end = _group_after(a, view, tok)
    if not side or end <= tok:
        if a.token_text(tok) not in grammar("affiliation_words") and not _name_calling(a, tok):
            return None
        end = tok  # the group already read with its noun: its affiliation or its epithet follows
    while True:
        if _name_calling(a, end):
            # "تسعة من حركة طالبان الإرهابية، لقوا مصرعهم": past the name-calling adjective a report gives the group
            end += 1
            continue
        if a.token_text(end) in grammar("affiliation_words"):
            # "مسلحي حركة الشباب المتصلة بتنظيم القاعدة قتلا": past the group's affiliation
            tied = next((e for e in view.entities if end < e.tok_start <= end + 2 and e.obj.type == "actor"), None)  # type: ignore[attr-defined]
            if tied is not None:
                end = tied.tok_end
                continue
        nxt = next((e for e in view.entities if e.tok_start == end and e.obj.type == "actor"), None)  # type: ignore[attr-defined]
        if nxt is None or not nxt.prefix.startswith("و"):  # type: ignore[attr-defined]
            return end
        end = nxt.tok_end


def _martyred(a: Analysis, view: SentenceView, p: Placed, r: Reading, clause: tuple[int, int]) -> bool:
    """Fighters whose death is told as martyrdom (استشهاد، استشهدوا) and whose group is not named with them."""
    end = r.noun_end_tok or p.tok_end
    if a.token_text(p.tok_end) == "من":
        return False  # "5 من مقاتلي الحركة": a group's own fighters, whoever mourns them
    if a.token_text(p.tok_end).removeprefix("ال").startswith(grammar_stems("armed_noun_stems")):
        return False  # (no reporter calls terrorists martyrs: "تصفية 535 إرهابياً في حق الشهيد")
    words = grammar("martyr_words")

    def own(c: Cue) -> bool:
        # (the number's own verb, not one another verb stands between: "استشهاد 16 من قوات الأمن ومقتل
        # 15 إرهابياً" tells of the 15 by مقتل)
        return c.tok_start > p.tok_start or not (
            any(d.kinds & _OUTCOME_KINDS and d.phrase not in words and c.tok_end <= d.tok_start < p.tok_start for d in view.cues)
            # (nor a verb told of the people counted before, the number with its own verb after it: "ستة جنود
            # استشهدوا وخمسة إرهابيين قتلوا")
            or (
                p.prefix.startswith("و")
                and any(d.kinds & _OUTCOME_KINDS and d.phrase not in words and end <= d.tok_start < end + 3 for d in view.cues)
            )
        )

    if not any(clause[0] <= c.tok_start < min(end + 3, clause[1]) and c.phrase in words and own(c) for c in view.cues) and not any(
        f"{a.token_text(t)} {a.token_text(t + 1)}" in grammar("martyrdom_phrases") for t in range(end, min(end + 4, clause[1]))
    ):
        return False
    side, _, _ = _group_after(a, view, end)
    return side is None


def _families(a: Analysis | None, c: Cue) -> bool:
    """أسر after a preposition is أُسَر (families), not أَسَرَ (captured): موزعين على أسر سورية."""
    return a is not None and c.phrase == "اسر" and a.token_text(c.tok_start - 1) in grammar("oblique_before")


_RELATIVE_REACH = 9  # words a relative clause on the counted people may run before their fate


def _trigger_after(view: SentenceView, tok: int, clause: tuple[int, int], a: Analysis | None = None) -> Cue | None:
    """A verb right after the counted phrase, in the same clause: ثلاثة عناصر قتلوا.

    Not a verb that has a number of its own after it: in "145 إرهابياً وأوقفت 106"
    the verb opens the next item of the list."""
    for c in view.cues:
        # (or the verb right past a comma, agreeing with the men counted: "اثنين من مسلحي الحوثي، قتلا مساء الأحد")
        past_comma = (
            a is not None
            and c.tok_start == clause[1]
            and tok <= c.tok_start < tok + 3
            and not c.prefix
            and c.kinds & _OUTCOME_KINDS
            and c.tok_end - c.tok_start == 1
            and a.token_text(c.tok_start).endswith(("وا", "ا"))
            # (not the men's own deed, its object after it: "خمسة مسلحين، قتلوا مدنيين")
            and _cue_at(view, c.tok_end, _PEOPLE_OR_FORCE_KINDS) is None
            and not any(q.tok_start == c.tok_end for q in view.quantities)
        )
        if (tok <= c.tok_start < min(tok + 3, clause[1]) or past_comma) and c.kinds & _OUTCOME_OR_AFTER_KINDS:
            if _families(a, c):
                continue
            if (
                a is not None
                and (c.prefix.startswith(("ب", "ل")) or a.token_text(c.tok_start - 1).startswith("ب"))
                and any(a.token_in(t, grammar("convicted_words"), "و") for t in range(tok, c.tok_start))
            ):
                # (what they were convicted of, not their fate: "9 عناصر أدينوا بالتخطيط لاغتيال الرئيس" — but "6 من
                # المحكومين بالإعدام قتلوا" died, by the verb after)
                continue
            if c.prefix.startswith("و") and c.kinds & {"kill_after", "wound_after"}:
                continue  # "… عناصر وقتلى ومعتقلي التنظيم": a noun coordinated in the phrase, no predicate
            if c.kinds & {"kill_after", "wound_after"} and any(
                tok <= q.tok_start and q.tok_end == c.tok_start and q.obj.kind == "count"  # type: ignore[attr-defined]
                for q in view.quantities
            ):
                return None  # another number's own noun: "(10 أطفال و6 نساء) و80 جريحاً"
            # (also past "بالإضافة إلى": "مقتل 17 من جنوده و4 مدنيين بالإضافة إلى إصابة 22 آخرين")
            opens_next = (c.prefix.startswith("و") or (a is not None and a.token_text(c.tok_start - 1) in ("الي", "إلى"))) and any(
                c.tok_end <= q.tok_start <= c.tok_end + 2 and q.obj.kind == "count"  # type: ignore[attr-defined]
                and not any(d.kinds & _OUTCOME_KINDS and c.tok_end <= d.tok_start < q.tok_start for d in view.cues)
                for q in view.quantities
            )
            # (or the others it tells of: "خسرت القوات جندياً واحداً وأصيب لها آخر")
            opens_next = opens_next or (
                c.prefix.startswith("و") and any(_cue_at(view, t, {"other"}) is not None for t in range(c.tok_end, c.tok_end + 3))
            )
            if opens_next:
                return None
            if (them := _cue_at(view, c.tok_end, {"subset"})) is not None and them.phrase in grammar("part_of_them_words") and any(
                them.tok_end <= q.tok_start <= them.tok_end + 1 and q.obj.kind == "count"  # type: ignore[attr-defined]
                for q in view.quantities
            ):
                return None  # the verb of a part counted after it: "لم يتجاوز عددهم ثلاثة آلاف قتل منهم 800"
            if c.kinds & {"kill", "capture"} and any(
                q.tok_start == c.tok_end
                and q.obj.kind == "count"  # type: ignore[attr-defined]
                # (not the next subject, which و joins: "ستة جنود استشهدوا وخمسة إرهابيين قتلوا")
                and not q.prefix.startswith("و")
                # (nor a count a preposition governs, no object: "4 جنود قتلوا بهجومين"، "قتلوا ب3 غارات")
                and not (a is not None and (q.prefix[:1] in grammar("instrument_prepositions") or a.token_text(q.tok_start - 1) in grammar("instrument_prepositions")))
                # (not "one of them" that sets a part apart: "4 عناصر قُتلوا، أحدهم ضابط")
                and not (a is not None and a.token_in(q.tok_start, grammar("one_of_them"), "و"))
                for q in view.quantities
            ):
                return None  # the subject's own deed, its object counted after it: "3 من الشرطة قتلوا 11 مسلحاً"
            return c
    if a is not None and tok == clause[1]:
        # "إن 17 من مسلحي طالبان، لقوا مصرعهم": a fate told only of a subject, past the comma that closes it
        fate = next((c for c in view.cues if c.tok_start == tok and c.phrase in grammar("fate_phrases")), None)
        if fate is not None:
            return fate
        # (or the plural verb of a subject a complementizer opened: "أن 12 مسلحاً من جماعة … المتطرفة، قتلوا
        # خلال الاشتباكات" — with no number after it, the verb's own object)
        verb = next((c for c in view.cues if c.tok_start == tok and c.kinds & {"kill", "wound"} and not c.prefix), None)
        if (
            verb is not None
            and a.token_text(verb.tok_end - 1).endswith("وا")
            and not any(q.tok_start in (verb.tok_end, verb.tok_end + 1) for q in view.quantities)
            # (nor people after it, its object: "إن خمسة مسلحين، قتلوا مدنيين في قرية")
            and not any(c.kinds & PEOPLE_KINDS and c.tok_start in (verb.tok_end, verb.tok_end + 1) for c in view.cues)
            and any(
                "complementizer" in d.kinds
                and clause[0] <= d.tok_end < tok
                and any(q.tok_start == d.tok_end and q.obj.kind == "count" for q in view.quantities)  # type: ignore[attr-defined]
                for d in view.cues
            )
        ):
            return verb
        # (or a passive with their pronoun: "اثنين من مقاتلي الحزب، تم تحييدهم في غارات")
        done = next((c for c in view.cues if c.tok_start in (tok, tok + 1) and c.kinds & {"kill", "capture"}), None)
        if (
            done is not None
            and a.token_in(tok, grammar("passive_auxiliaries"), "و")
            and a.token_text(done.tok_end - 1).endswith(tuple(grammar("plural_object_pronouns")))
        ):
            return done
    aside = a is not None and a.token_in(tok, grammar("subject_asides"), "")
    if a is not None and (aside or a.token_text(tok) in grammar("relative_pronouns")):
        # "المهاجمين الثلاثة الذين كانوا يرتدون أحزمة ناسفة قد لقوا مصرعهم": past the people's relative
        # clause, a fate told only of a subject (لقوا مصرعهم، لقوا حتفهم)
        return next(
            (
                c
                for c in view.cues
                if tok + 2 <= c.tok_start < clause[1]
                and (
                    (c.tok_start < tok + _RELATIVE_REACH and (c.kinds & {"kill_after", "wound_after"} or c.phrase in grammar("fate_phrases")))
                    # (or a kill verb the particle قد marks as the main verb, further on: "ممن شاركوا في الهجوم
                    # على السجن من الخارج والداخل قد قتلوا")
                    # (or, past an unmarked one, the subject's own passive verb with no object after it:
                    # "أربعة مسلحين يشتبه أنهم ينتمون للقاعدة قتلوا في غارة" — not "يعتقد أنهم قتلوا": the belief's)
                    or (aside and c.tok_start < tok + _RELATIVE_REACH and _passive_after_aside(a, view, c))
                    or (
                        c.tok_start < tok + 2 * _RELATIVE_REACH
                        and c.kinds & {"kill", "wound"}
                        and a.token_in(c.tok_start - 1, grammar("main_verb_particles"), "و")
                        # (not a verb the clause reports of them: "ممن ثبت أنهم قد قتلوا جنوداً")
                        and not any("complementizer" in d.kinds and tok < d.tok_start < c.tok_start for d in view.cues)
                    )
                )
                and not c.prefix.startswith("و")
                and not any(tok < q.tok_start < c.tok_start for q in view.quantities)
            ),
            None,
        )
    return None



def _execution_word_before(a: Analysis, view: SentenceView, p: Placed, reach: int) -> int | None:
    """The nearest execution word (أعدم، إعدام، بإعدام) within ``reach`` tokens before the number."""
    words = grammar("execution_words")
    if not a.sentence_has(view, words, "ول"):
        return None  # (nearly every sentence: no word of the sentence to walk back to)
    return next((t for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - reach) - 1, -1) if a.token_in(t, words, "ول")), None)


def _executed_by_a_state(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Are the group's men counted at ``p`` executed, with no group named as the executioner before the
    word (تم إعدام أربعة إرهابيين، حكم الإعدام على تسعة من الإرهابيين)? A state's sentence carried out, not
    a death in the fighting; a group executing its own (نفذ التنظيم حكم الإعدام بحق أربعة من قيادييه) or
    others (أعدم داعش 15 مدنياً) kills them."""
    lo = view.clause_of(p.tok_start)[0]
    at = _execution_word_before(a, view, p, 8)
    if at is None or any(at < c.tok_start and c.tok_end <= p.tok_start and c.kinds & _OUTCOME_KINDS for c in view.cues):
        # (an outcome of its own between them: "ردا على إعدام الرهائن، قتل الجيش 20 إرهابياً" kills)
        return False
    lo = min(lo, at)
    # (the executioner before the word or, as the verb's subject, between it and the number: أعدم داعش 12)
    armed = any(lo <= c.tok_start < p.tok_start and c.tok_start != at and "armed_group" in c.kinds for c in view.cues) or any(
        lo <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
    )
    # (or its men as the verb's subject, the group's name no entity of its own: "مسلحو الشباب أعدموا 4 من عناصرهم")
    armed = armed or any(lo <= c.tok_start < at and "member" in c.kinds for c in view.cues)
    return not armed


def _group_taken_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A group's men counted as what befell them before the number ("قتل 689 من عناصر تنظيم بي كا كا … في 129 عملية
    أمنية"): the group named after a word of killing or taking, the operations the force's."""
    fates = [c.tok_end for c in view.cues if c.tok_end <= p.tok_start and c.kinds & {"kill", "capture"}]
    return any(
        f <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for f in fates for e in view.entities  # type: ignore[arg-type]
    ) or any(f <= c.tok_start < p.tok_start and c.kinds & {"armed_group", "member"} for f in fates for c in view.cues)


def _group_did_them(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """An armed group named right before the number as the subject of a verb of doing ("ونفذت خلايا تنظيم داعش 45
    عملية أمنية"): the group's own "security operations" are its attacks."""
    lo = max(view.tok_start, p.tok_start - 5)
    groups = [e.tok_start for e in view.entities if lo <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed"]  # type: ignore[arg-type]
    groups += [c.tok_start for c in view.cues if lo <= c.tok_start < p.tok_start and c.kinds & {"armed_group", "member"}]
    return any(
        a.token_in(t, grammar("doing_verbs"), "و") for g in groups for t in range(max(view.tok_start, g - 2), g)
    )


def _executed_by_a_group(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """An execution word before the number with an armed group as its doer between them or before it
    ("أعدمت حركة الشباب 5 صوماليين"، "أعدم التنظيم 12 شاباً")."""
    at = _execution_word_before(a, view, p, 6)
    # (with no other fate between: not "بعد أن أعدم التنظيم رهينة، قتل مسلحوه 6 سوريين في اشتباكات")
    if at is None or any(at < c.tok_start < p.tok_start and c.kinds & _OUTCOME_KINDS for c in view.cues):
        return False
    # (nor men the words after them name as a force's or the group's: "4 سوريين من عناصر قوات النظام"، "3 تونسيين من مقاتليه")
    for t in (p.tok_end, p.tok_end + 1):
        if a.token_text(t) == "من" and _cue_at(view, t + 1, _PEOPLE_OR_FORCE_KINDS) is not None:
            return False
    lo = max(view.tok_start, at - 4)
    return any(lo <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for e in view.entities) or any(  # type: ignore[arg-type]
        lo <= c.tok_start < p.tok_start and "armed_group" in c.kinds for c in view.cues
    )


def _same_word_after(a: Analysis, view: SentenceView, first: Placed, second: Placed) -> bool:
    """Do two numbers go on with the same preposition (past "منها" after the first): "29 منها ضد … و23 ضد …"?"""
    subset = _cue_at(view, first.tok_end, {"subset"})
    return _same_preposition_at(a, subset.tok_end if subset is not None else first.tok_end, second.tok_end)


def _item_sides(view: SentenceView, lo: int, hi: int) -> set[str]:
    """The one side a list's item names before its number (وفي صفوف الجيش، وفي صفوف المدنيين), with the name
    ending right before it; empty when it names none, or more than one, or the name stands further off."""
    sides = _sides_named(view, lo, hi) | {"civilian" for c in view.cues if lo <= c.tok_start < hi and "civilian" in c.kinds}
    named_end = max(
        [e.tok_end for e in view.entities if lo <= e.tok_start < hi and _side_of_entity(e.obj)]  # type: ignore[arg-type]
        + [
            c.tok_end
            for c in view.cues
            if lo <= c.tok_start < hi and c.kinds & {"armed_group", "friendly_group", "own_forces", "civilian", "friendly", "member"}
        ],
        default=None,
    )
    return sides if len(sides) == 1 and named_end == hi else set()


def _parallel_opening(
    a: Analysis, view: SentenceView, first: Placed, second: Placed, opener: int | None = None, reach: int = 4
) -> bool:
    """Does the second number's item open, right after the first number (or at ``opener``, past the first's
    noun), with و and the preposition that stood a few words before the first ("في صفوف الشرطة 1224، وفي صفوف
    الجيش 519")? ``reach``: how many words a place between the preposition and its number may take."""
    opener = first.tok_end if opener is None else opener
    word = a.token_text(opener)
    if not (word.startswith("و") and word[1:] in grammar("parallel_prepositions")) or not 0 < second.tok_start - opener <= reach:
        return False
    if any(first.tok_end <= q.tok_start < second.tok_start for q in view.quantities):
        return False
    return any(a.token_text(t) == word[1:] for t in range(max(view.tok_start, first.tok_start - reach), first.tok_start))


def _same_preposition_at(a: Analysis, first: int, second: int) -> bool:
    """Do two parts of a list go on with the same preposition at these tokens (29 منها ضد … و23 ضد …، 1200 مدني
    في باكستان … و900 مدني في أفغانستان)?"""
    word = a.token_text(first)
    return word in grammar("parallel_prepositions") and a.token_text(second) == word


def _lost_own_men(a: Analysis, view: SentenceView, loss: Cue, p: Placed) -> bool:
    """فقدان right before a number of the force's own men (اثنين من جنوده، خمسة من جنودنا), as the sentence's
    first outcome: a loss of life. After a death toll (مقتل 11 جندياً وفقدان تسعة آخرين) or a capture
    (أسر جنديين) it is the missing, and so it is when the sentence tells of contact lost with them or of
    their unknown fate (فقدان ثلاثة من جنوده بعد انقطاع الاتصال بهم)."""
    if loss.tok_end != p.tok_start or a.token_text(p.tok_end) != "من":
        return False
    owned = _cue_at(view, p.tok_end + 1, {"friendly", "member"})
    if owned is None or not a.carries_pronoun(owned):
        return False
    if any(a.token_in(t, grammar("lost_contact_words"), "وب") for t in range(loss.tok_end, view.tok_end)):
        return False
    return not any(
        c.kinds & _OUTCOME_OR_AFTER_KINDS and view.tok_start <= c.tok_start < loss.tok_start for c in view.cues
    )


def _passive_after_aside(a: Analysis, view: SentenceView, c: Cue) -> bool:
    """A kill or wound verb that ends a subject's unmarked relative clause: not the belief's own verb
    (أنهم قتلوا), and with no one it was done to after it (قتلوا جندياً)."""
    if not c.kinds & {"kill", "wound"} or c.prefix or not a.token_text(c.tok_start).endswith("ا"):
        return False  # (a verb agreeing with its plural or dual subject, قتلوا، أصيبا — not "لعمليات الاغتيال")
    particle = a.token_in(c.tok_start - 1, grammar("main_verb_particles"), "")
    if any("complementizer" in d.kinds and d.tok_end in (c.tok_start, c.tok_start - particle) for d in view.cues):
        return False
    return _no_object_after(a, view, c)


def _no_object_after(a: Analysis, view: SentenceView, c: Cue) -> bool:
    """Does the verb ``c`` end its clause or go on with a preposition, a time or a clitic's phrase (قتلوا في
    غارة، أصيبوا بجروح، قتلوا أمس، قتلوا عندما)? The same letters are the active verb, whose object follows
    it as a bare noun: "كانوا يستقلون دراجة نارية قتلوا رئيس البلدية" tells of whom they killed."""
    t = c.tok_end
    if t >= view.clause_of(c.tok_start)[1] or _punctuated_before(a, t, "،,.:;؛()"):
        return True
    if any(x.tok_start == t for x in view.times):
        return True
    if any(d.tok_start == t and d.prefix.startswith("و") for d in view.cues):
        return True  # (the next clause: "قتلوا وأصيب آخرون" — not a noun that opens with و, "قتلوا وزير")
    word = a.token_text(t)
    if word.startswith("ب") and not any(x.tok_start == t for x in view.adjectives):
        return True  # (by what: "بنيران، برصاص، بجروح" — not a nisba, "قتلوا باكستانياً")
    return word in grammar("after_bare_number") or word in grammar("event_break_words")


def _own_fate_after(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """The outcome of the first verb of fate within a few words after the number, before any other number."""
    nxt = min([q.tok_start for q in view.quantities if q.tok_start > p.tok_start] + [view.tok_end])
    # (their own verb, not one of a clause about something else: "و5 آخرون في الهجوم الذي أسفر عن إصابة 9")
    stop = next((t for t in range(p.tok_end, nxt) if a.token_in(t, grammar("which_words"), "") or a.token_text(t) == "في"), nxt)
    # (nor the next item's, joined by و: "واثنان آخران من النيجر، وإصابة 23 آخرين")
    after = [c for c in view.cues if p.tok_end <= c.tok_start < min(stop, p.tok_end + 10) and _outcome(c) and not c.prefix.startswith("و")]
    return _outcome(min(after, key=lambda c: c.tok_start)) if after else None


def _outcome(c: Cue | None) -> str | None:
    if c is None:
        return None
    for o in OUTCOMES:
        if o in c.kinds:
            return o
    if "kill_after" in c.kinds:
        return "kill"  # لقي مدنيان حتفهما
    if "wound_after" in c.kinds:
        return "wound"
    return None


def _has(view: SentenceView, kind: str, lo: int | None = None, hi: int | None = None) -> bool:
    lo = view.tok_start if lo is None else lo
    hi = view.tok_end if hi is None else hi
    return any(kind in c.kinds and lo <= c.tok_start < hi for c in view.cues)


def _speakers_counted(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Are the people counted the ones who speak, the subject of a verb of saying right before them whose
    words follow (قال 3 من سكان البلدة إن …، أفاد أحد السكان أن …)?"""
    if any(c.tok_end == p.tok_start and "report_by" in c.kinds for c in view.cues):
        # "وبحسب أحد السكان فإن الضحايا …"، "وفقاً لثلاثة مسؤولين": whom the words are credited to
        return True
    said = next((c for c in view.cues if c.tok_end == p.tok_start and "report" in c.kinds), None)
    if said is None or not a.token_in(said.tok_start, grammar("saying_verbs"), "و"):
        return False
    return any(p.tok_end <= c.tok_start for c in view.cues_of("complementizer"))


def _fate_of_the_men(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does the clause tell what befell the men counted — they surrendered or left (a plural verb or a fate
    after them: "ألقوا السلاح وسلموا أنفسهم"), or were moved, tried or carried off (the word right before
    them: "خرجت دفعة تضم 150 من عناصر داعش"، "محاكمة حوالى 120 جهادياً"، "نقلت قسد نحو 5 آلاف")? Not a
    word about something else: "بحسب ما نقلت رويترز"، "الخارجة عن القانون"، "بعد خروج القوات الأمريكية"."""
    lo, hi = view.clause_of(p.tok_start)
    # (not men who left to fight for a group, "غادر البلاد نحو 400 مواطن للقتال في صفوف داعش": its strength)
    if any(a.token_in(t, grammar("joining_words"), "و") for t in range(max(lo, p.tok_start - 8), min(hi, p.tok_end + 8))):
        return False
    after = range(p.tok_end, min(hi, p.tok_end + 8))
    if any(c.tok_start in after or p.tok_start - 3 <= c.tok_start < p.tok_start for c in view.cues_of("other_outcome")):
        return True
    if any(
        a.token_in(t, grammar("fate_of_men_words"), "و")
        and (a.token_text(t).endswith(("وا", "ون")) or (t < p.tok_end + 4 and a.token_text(t + 1) != "عن"))
        for t in after
    ):
        return True  # "خرجوا"، "ألقوا السلاح"، "6 آلاف عنصر سيخضعون للمحاكمة": the men's own verb or fate
    words = grammar_union("fate_of_men_words", "leaving_words", "transfer_words")
    # (not a word that opens what someone says, not the men's fate: "ونقل عن مسؤول أن التنظيم يضم 5 آلاف")
    said = max((c.tok_start for c in view.cues if c.tok_start < p.tok_start and c.kinds & {"complementizer", "report"}), default=-1)
    for t in range(max(lo, p.tok_start - 8, said), p.tok_start):
        if not a.token_in(t, words, "و") or a.token_text(t - 1) == "ما" or a.token_text(t + 1) == "عن":
            continue
        agency = any(e.tok_start == t + 1 and (entity_actor(e.obj.id) or {}).get("kind") == "news_agency" for e in view.entities)  # type: ignore[attr-defined]
        if not agency:
            return True
    return False


def read_count(
    a: Analysis, view: SentenceView, p: Placed, previous: Reading | None, recent: dict[str, Reading] | None = None
) -> Reading:
    """Understand one count quantity; ``previous`` is the count before it and
    ``recent`` the last count read with each outcome (for "51 من القتلى")."""
    r = _read_count(a, view, p, previous, recent)
    if (
        r.metric
        and r.quantity.value == 1
        and previous is not None
        and previous.outcome == r.outcome
        and a.token_in(p.tok_end, grammar("one_of_those"))
    ):
        # "مقتل ثلاثة من جنودها …، أحد هؤلاء الجنود قضى على الفور": one of those just counted, with
        # their fate, is a detail of that figure (not "وقتل أحد هؤلاء العناصر" of ten captured)
        r.metric, r.rule = None, "one-of-those-told"
    worst = p.tok_end + (a.token_text(p.tok_end) == "من")
    if (
        r.metric
        and r.quantity.value == 1
        and a.token_in(worst, grammar("ranking_superlatives"), "")
        and any(c.kinds & {"attack", "operation"} for c in view.cues_starting(worst + 1))
    ):
        # "لقوا مصرعهم في واحد من أسوأ الهجمات"، "أحد أعنف الهجمات": one of the worst attacks, a ranking, no
        # count (not one of the most dangerous men, "مقتل أحد أخطر قادة داعش": one leader, counted)
        r.metric, r.rule = None, "one-of-the-worst"
    if r.metric == "friendly_killed" and r.quantity.value == 2 and any(
        a.token_in(t, grammar("charge_nouns"), "وب") for t in range(max(view.tok_start, p.tok_start - 3), p.tok_start)
    ):
        # "أعدم 37 مداناً بجرائم قتل شرطيين": the crimes a court named, policemen killed in general (the plural
        # spelt as the dual), no count
        r.metric, r.rule = None, "crimes-charged"
    if r.metric == "strength" and r.rule == "number-of-a-named-body" and _qualifier_after_at(a, p.tok_end):
        # "اثنين على الأقل من الموالين لداعش وخمسة من جماعة …، قتلوا": men of a body named past a qualifier are a
        # fate's count read on, not a group's size ("at least" is no estimate of its fighters)
        r.metric, r.rule = None, "named-body-past-a-qualifier"
    _read_again(a, view, p, previous, r)
    if r.metric == "strength" and _fate_of_the_men(a, view, p):
        r.metric, r.rule = None, "a-fate-of-the-men-counted"
    if r.metric and _speakers_counted(a, view, p):
        r.metric, r.rule = None, "speakers-counted"
    end = r.noun_end_tok or p.tok_end
    taken_or_dead = r.metric in ("killed", "captured", "leaders_killed", "leaders_captured")
    if r.metric and (taken_or_dead or _cue_at(view, end - 1, {"other"}) is not None) and _still_at_large(a, view, end):
        # "و3 آخرون لا يزالون فارين"، "فر 3 آخرون لا يزالون طلقاء": still at large, neither taken nor dead (a
        # group's men at large counted as such are its strength: "1800 مسلح ما زالوا طلقاء")
        r.metric, r.rule = None, "still-at-large"
    if r.metric in _SIDED_TOLLS and (_two_sides_named_after(a, view, p.tok_end) or _ranks_of_two_sides_after(a, view, p.tok_end)):
        # "بلغت 32 قتيلاً من المدنيين والعسكريين": one toll of two sides, the contract's combined total
        r.metric, r.rule = None, "mixed-sides"
    if (
        r.metric == "strength"
        and a.token_text(p.tok_end) == "من"
        and a.token_in(p.tok_end + 1, grammar("group_plurals"), "")
        # (nor men a count head named: "قدر عدد عناصر داعش بنحو 2000 من الخلايا النائمة")
        and not any(
            a.token_in(t, grammar("count_head_words"), "و")
            and (
                _cue_at(view, t + 1, {"member"}) is not None
                or any(c.tok_start == t and c.tok_end > t + 1 and c.kinds & {"member", "strength"} for c in view.cues)
            )
            for t in range(view.clause_of(p.tok_start)[0], p.tok_start)
        )
    ):
        # "نحو 30 من الجماعات المسلحة": the groups counted, not their fighters
        r.metric, r.rule = None, "counts-groups"
    if (
        r.metric == "civilians_killed"
        and r.rule == "kill+civilian"
        and _group_after(a, view, _cue_end(view, p.tok_end))[0] == "armed"
    ):
        # "قتل 3 مهندسين تابعين لداعش": men of a trade who serve a group are its members
        r.noun, r.side, r.rule = "member", "armed", "trade-of-a-group"
        r.metric = _metric(view, r, p)
    if (
        r.metric is None
        and r.rule == "persons-by-nationality"
        and r.outcome == "kill"
        and _group_after(a, view, _cue_end(view, r.noun_end_tok or p.tok_end))[0] == "armed"
    ):
        # "ولقي مواطن سعودي، ويمنيان، ينتمون لتنظيم القاعدة مصرعهم": people counted by their nationality and
        # said to belong to a group are its men
        r.noun, r.side, r.rule = "member", "armed", "nationals-of-a-group"
        r.metric = _metric(view, r, p)
    if (
        r.metric is None
        and r.rule in ("persons-by-nationality", "kill+person")
        and r.outcome == "kill"
        # (not persons named as such, whom the contract leaves unsided: "لإعدام شخصين")
        and not any(a.token_in(t, grammar("persons_words"), "") for t in range(p.tok_end, (r.noun_end_tok or p.tok_end) + 1))
        and not a.token_text(p.tok_start).startswith(("شخص", "اشخاص"))  # (the dual: "شخصين")
        and _executed_by_a_group(a, view, p)
    ):
        # "أعدمت حركة الشباب 5 صوماليين بتهمة التجسس": the people a group executes are civilians
        r.noun, r.side, r.rule = "civilian", "civilian", "executed-by-a-group"
        r.metric = _metric(view, r, p)
    if r.metric == "attacks" and (op := _cue_at(view, p.tok_end, {"operation", "attack"})) is not None and any(
        a.token_in(t, grammar("state_operation_adjectives"), "") for t in range(op.tok_start + 1, op.tok_end + 1)
    ) and _group_taken_before(a, view, p) and not _group_did_them(a, view, p):
        # "قتل 689 من عناصر التنظيم في 129 عملية أمنية": security operations are a state's, whoever is named before them
        r.noun, r.metric, r.rule = "operation", "operations", "security-operations"
    if r.metric in ("killed", "captured") and any(
        # (a plural or dual of leaders: not one leader and the men with him, "مقتل قائد 12 عنصراً كانوا برفقته")
        c.tok_end == p.tok_start and "leader" in c.kinds and a.token_text(c.tok_end - 1).endswith(("ين", "ون", "ه", "اء", "ان", "ات"))
        for c in view.cues
    ):
        # "مقتل قياديين اثنين من التنظيم": the number after its noun counts that noun's leaders
        r.leader = True
        r.metric = _metric(view, r, p)
    if r.metric in ("killed", "leaders_killed") and _executed_by_a_state(a, view, p):
        r.metric, r.rule = None, "execution-of-the-condemned"
    if r.metric in ("captured", "leaders_captured") and (
        (lo := view.clause_of(p.tok_start)[0]) is not None
        and any(
            "capture" in c.kinds and lo <= c.tok_start and c.tok_end < p.tok_start and a.token_in(c.tok_end, grammar("charge_openers"), "و")
            for c in view.cues
        )
        # (the men a deed of the charge governs, its indefinite masdar right before them: "بتهريب ثلاثة"، "بتهمة
        # تجنيد 12" — not the verb's own object after a charge told in full, "اعتقل بتهمة الإرهاب 21 شخصاً"، "بتهمة
        # الانتماء لداعش 17")
        and not a.token_text(p.tok_start - 1).removeprefix("و").startswith(("ال", "بال", "لل", "ل"))
        and not a.token_in(p.tok_start - 1, grammar("charge_openers"), "و")
        and not any(e.tok_end == p.tok_start for e in view.entities)
    ):
        # "اعتُقلا لقيامهما بتهريب ثلاثة من متشددي داعش": the charge right after the verb names men who were not
        # the ones taken (not "واعتقلت الشرطة بتهمة الانتماء إلى داعش 5 أشخاص", the verb's subject between)
        r.metric, r.rule = None, "counted-in-the-charge"
    if (
        r.metric in ("attacks", "operations")
        and a.token_in(p.tok_start - 1, grammar("ranking_superlatives"), "و")
        and p.tok_start - 1 >= view.tok_start
    ):
        # "وحدث أسوأ 20 هجوماً في العراق": the worst of them, a ranking, not a count (people are still
        # counted: "القبض على أخطر 5 إرهابيين")
        r.metric, r.rule = None, "superlative-ranking"
    if (
        r.metric
        and r.rule in PART_RULES
        and any(p.tok_start - 3 <= c.tok_start < p.tok_start for c in view.cues_of("subset"))
        and any(
            a.token_in(t, grammar("severity_words"), "")
            for t in [*range(max(view.tok_start, p.tok_start - 2), p.tok_start), *range(p.tok_end, min(view.tok_end, p.tok_end + 3))]
        )
    ):
        # "أكثر من 100 جريح، بينهم أكثر من 20 في حالة حرجة": how badly some of them are hurt, no count of its own
        r.metric, r.rule = None, "severity-of-a-part"
    if previous is not None and previous.placed.tok_start >= view.tok_start:
        # the whole a part belongs to ("بينهم طفلان" of 14 or of 58): two equal parts of two wholes are two figures
        if r.rule in PART_RULES and r.part_of is None:
            r.whole = previous.whole or previous.quantity.value
            r.part_of = previous.part_of or previous
        elif r.rule in _LIST_RULES and previous.whole is not None:
            r.whole = previous.whole
            r.part_of = previous.part_of
    return r


def _targetings_counted(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does the number count targetings or assassinations (its own noun, or the count's head right before it:
    "بلغت حصيلة الاستهدافات 292 استهدافاً"، "عدد عمليات الاغتيالات 35 عملية"), with no force named before it
    and no state that fights abroad named as their doer?"""
    words = grammar("counted_targetings")
    # (its own noun with no target after it: not "نفذ التحالف 19 استهدافاً للميليشيات"، "15 استهدافاً ضد الميليشيات",
    # a force's strikes on a group)
    nxt = a.token_text(p.tok_end + 1)
    own = a.token_in(p.tok_end, words, "") and not (nxt.startswith("ل") or nxt in grammar("target_prepositions"))
    heads = grammar_union("count_head_words", "toll_heads")
    # (the head words looked for in the sentence first: nearly every sentence has none)
    head = a.sentence_has(view, heads, "و") and any(
        a.token_in(t, heads, "و")
        and (a.token_in(t + 1, words, "") or (a.token_in(t + 1, grammar("operation_nouns"), "") and a.token_in(t + 2, words, "")))
        for t in range(max(view.tok_start, p.tok_start - 12), p.tok_start)
    )
    # (the number's own noun, if any, is a targeting or an operation: not "في سياق الرد على الاغتيالات … 20 غارة")
    noun = _cue_at(view, p.tok_end, {"operation", "attack"})
    head = head and (noun is None or a.token_in(p.tok_end, words | grammar("operation_nouns"), ""))
    if not (own or head):
        return False
    # (nor a state's strikes by their nisba, in the count's head or right after the number: "64 استهدافاً بالطائرات
    # المسيرة التركية"، "حصيلة الاستهدافات الإسرائيلية" — not a nisba of whom the targeted served or of a part
    # counted after: "متعاونين مع الميليشيات الإيرانية"، "بينها 12 استهدافاً روسياً")
    away = expeditionary()
    nxt = min([q.tok_start for q in view.quantities if q.tok_start > p.tok_start] + [view.tok_end])
    near = range(max(view.tok_start, p.tok_start - 8), min(nxt, p.tok_end + 5))
    if any(d.tok_start in near and getattr(d.obj, "id", None) in away for d in view.adjectives):
        return False
    # (and a strike noun before it with a state's nisba: "حصيلة الضربات الإسرائيلية على الأراضي السورية … 64 استهدافاً")
    nisba_at = {d.tok_start for d in view.adjectives if getattr(d.obj, "country", None)}
    if any(c.tok_end <= p.tok_start and c.kinds & {"attack", "operation"} and c.tok_end in nisba_at for c in view.cues):
        return False
    # (nor strikes a state's force is named as carrying out: "نفذتها مسيرات الجيش التركي"، "من قبل القوات الروسية" —
    # not unknown gunmen or a faction: "نفذها مجهولون"، "شنتها الفصائل الموالية لأنقرة")
    doers = grammar_union("carried_out_verbs", "launched_by_words")
    for t in range(p.tok_end, nxt):
        if a.token_in(t, doers, "و") or f"{a.token_text(t)} {a.token_text(t + 1)}" in grammar("agent_words"):
            start = t + (1 if a.token_in(t, doers, "و") else 2)
            if _state_force_within(a, view, start, min(nxt, start + 2), away):
                return False
    # (the toll after it may name forces among the dead: "أسفرت عن مقتل 27 بينهم 7 من الفصائل")
    return not _friendly_between(view, view.tok_start, p.tok_start)


def _state_force_within(a: Analysis, view: SentenceView, lo: int, hi: int, away: frozenset[str]) -> bool:
    """A force of a state that fights abroad named between ``lo`` and ``hi``, by name or by nisba."""
    return any(
        lo <= e.tok_start < hi and e.obj.type == "actor" and (e.obj.id in away or entity_actor_for_country(str(e.obj.country or "")) in away)  # type: ignore[attr-defined]
        for e in view.entities
    ) or any(lo <= d.tok_start < hi and getattr(d.obj, "id", None) in away for d in view.adjectives)


def _whose_persons(a: Analysis, view: SentenceView, p: Placed, previous: Reading | None, r: Reading) -> tuple[str, str, str] | None:
    """Whose persons counted with no side are, from what the sentence says around them: (noun, side, rule), or None.

    - "ما أسفر عن وقوع 5 قتلى، هم 3 أطفال وامرأة ورجل": dead whom the sentence lists in full as children, women
      and men are civilians;
    - "قتلت قوات الأمن أربعة أفراد على الأقل شنوا هجوماً على موقع سياحي": persons a force killed, whom a verb of
      attack right after them names as the attackers, are of the armed side;
    - "قتل خمسة من المشتبه بهم في إطلاق نار مع قوات الأمن واعتقل أربعة آخرون": suspects a force fought are its
      enemy (also when first read as a part of soldiers counted before);
    - "وقتل سبعة على الأقل وأصيب ثمانية آخرون جراء هجوم انتحاري استهدف تجمعاً للجيش"، "4 قتلى و13 مصاباً سقطوا
      جراء استهداف الجماعة معسكراً لقوات العمالقة": the dead of an attack the sentence then tells was on a force's
      post are that force's (a toll of أشخاص stays a toll of persons).
    """
    if r.noun != "person":
        return None
    if (
        (r.side is None or r.rule == "breakdown-of-earlier-toll")
        and r.outcome in ("kill", "capture")
        and a.token_text(p.tok_end) == "من"
        and _cue_at(view, p.tok_end + 1, {"suspect"}) is not None
        and _gunfight_with_a_force(a, view, p)
    ):
        return "member", "armed", "suspects-in-a-gunfight-with-a-force"
    if r.metric is not None or r.side is not None:
        return None
    if r.outcome == "kill" and _all_of_them_civilians(a, view, r, p):
        return "civilian", "civilian", "dead-listed-as-children-women-and-men"
    if r.outcome == "kill" and _all_the_dead_civilians(a, view, p):
        return "civilian", "civilian", "all-the-dead-named-civilians"
    if r.outcome == "kill" and _attackers_clause_after(a, view, r.noun_end_tok or p.tok_end) and _force_did_it(a, view, p.tok_start):
        return "member", "armed", "attackers-a-force-killed"
    if (
        r.outcome in ("kill", "wound")
        and r.rule in ("bare-number-after-trigger", "other-continues-previous", "kill+person", "wound+person")
        and not a.token_in(r.noun_end_tok - 1 if r.noun_end_tok else p.tok_start, grammar("persons_words"), "")
        and _attack_on_a_force_after(a, view, p)
        and (previous is None or previous.side in (None, "friendly") or r.rule != "other-continues-previous")
    ):
        return "friendly", "friendly", "toll-of-an-attack-on-a-force-after"
    return None


def _cue_end(view: SentenceView, tok: int) -> int:
    """The token after the cue that starts at ``tok`` (``tok`` itself when none does)."""
    return next((c.tok_end for c in view.cues if c.tok_start == tok), tok)


_SPEAKER_NOUN_KINDS = frozenset({"friendly_group", "own_forces", "report_noun", "state"})


def _superseded_toll(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int], outcome: str | None) -> bool:
    """Is the number's toll one the article says was replaced ("وأفادت حصيلة سابقة بمقتل 35 جندياً")?

    - an earlier toll named in the number's clause;
    - or opening the sentence, whatever aside follows ("وكانت حصيلة سابقة أوردها الجيش، أفادت بمقتل أربعة من
      عناصره"), unless a new toll is told between ("…، قبل أن ترتفع إلى 7") or a new statement follows its fate;
    - a first count opening the sentence that the sentence overtakes after the number ("وأفادت الإحصائية الأولى
      بمقتل 5 مدنيين، فيما أعلنت السلطات لاحقاً مقتل 8").
    """
    def opens(c: Cue) -> bool:
        return c.tok_start - view.tok_start <= 2 and c.tok_end <= p.tok_start and not _new_statement_after_the_old(a, view, c, p)

    def new_toll_between(c: Cue) -> bool:
        # (not إلى after a reporting verb: "أشارت إلى مقتل ستة")
        return any(
            c.tok_end <= t.tok_start < p.tok_start
            and t.kinds & {"toll", "toll_verb"}
            and not any(u.tok_end == t.tok_start and "report" in u.kinds for u in view.cues)
            for t in view.cues
        )

    if any(clause[0] <= c.tok_start < p.tok_start or (opens(c) and not new_toll_between(c)) for c in view.cues_of("superseded")):
        # (not one the sentence confirms: "الرقم الذي تم الإعلان عنه سابقاً وهو 30 قتيلاً هو الصحيح")
        return not any(a.token_in(t, grammar("confirmed_words"), "") for t in range(p.tok_end, min(p.tok_end + 8, clause[1])))

    return any(opens(c) and _overtaken_after(a, view, p, outcome) for c in view.cues_of("first_tally"))


def _overtaken_after(a: Analysis, view: SentenceView, p: Placed, outcome: str | None) -> bool:
    """Does the sentence go on, after the number, to a later count of the same fate or a rise to a number
    ("فيما أعلنت السلطات لاحقاً مقتل 8"، "وارتفعت لاحقاً إلى 7") — not a later word on something else?"""
    for q in view.quantities:
        if q.tok_start < p.tok_end or getattr(q.obj, "kind", None) != "count":
            continue
        between = [c for c in view.cues if p.tok_end <= c.tok_start < q.tok_start]
        if any(c.kinds & {"toll", "toll_verb"} for c in between) or any(_outcome(c) == outcome for c in between if c.kinds & _OUTCOME_KINDS):
            return True
    return False


def _new_statement_after_the_old(a: Analysis, view: SentenceView, old: Cue, p: Placed) -> bool:
    """After the earlier toll's first fate, a new statement before the number: another reporting verb or a
    contrast ("أفادت بمقتل 10 جنود، لكن الجيش أعلن لاحقاً مقتل 17"، "…، وأكدت الوزارة اليوم مقتل 11")."""
    fate = next((c.tok_end for c in view.cues if old.tok_end <= c.tok_start < p.tok_start and c.kinds & _OUTCOME_KINDS), None)
    if fate is None:
        return False
    # (a statement set against it: "لكن الجيش أعلن لاحقاً"، "غير أن منظمة … وثقت")
    if any(a.token_in(t, grammar("but_words"), "و") for t in range(fate, p.tok_start)):
        return True
    reports = [c for c in view.cues if fate <= c.tok_start < p.tok_start and "report" in c.kinds]
    if not reports:
        return False
    # (a speaker named between the old toll's fate and the number: "وأكدت الوزارة اليوم"، "فيما أعلنت مساء اليوم هيئة
    # الأركان" — not the old toll speaking on, "وذكرت أيضاً أن 10 آخرين"، "بينما أشارت إلى")
    if any(fate <= e.tok_start < p.tok_start and e.obj.type == "actor" for e in view.entities) or any(
        fate <= d.tok_start < p.tok_start and d.kinds & _SPEAKER_NOUN_KINDS for d in view.cues
    ) or any(a.token_in(u, grammar("speaker_nouns"), "و") for u in range(fate, p.tok_start)):
        return True
    # (or a masculine verb after the feminine toll: "فيما أعلن اليوم مقتل 38")
    return a.token_text(old.tok_start).endswith("ه") and any(not a.token_text(c.tok_start).endswith("ت") for c in reports)


def _among_before(a: Analysis, p: Placed) -> tuple[SentenceView, Cue] | None:
    """The sentence and the بينهم or منهم right before the number, when it is told as a part ("بينهم 3 قياديين")."""
    view = a.view_of(p.tok_start)
    if view is None:
        return None
    among = next((c for c in view.cues_of("subset") if c.tok_end in (p.tok_start, p.tok_start - 1)), None)
    return (view, among) if among is not None else None


def _part_of_persons(view: SentenceView, among: Cue) -> bool:
    """Is the whole the part after ``among`` belongs to a toll of persons, whose side no word names ("لقي 25
    شخصاً حتفهم، بينهم 14 جندياً")?"""
    whole = max((q for q in view.quantities if q.tok_end <= among.tok_start), key=lambda q: q.tok_start, default=None)
    if whole is None:
        return False
    # (persons, the dead by their noun alone, or a bare number: "20 قتيلاً بينهم 8 جنود"، "قتل 21 بينهم 9 جنود")
    own = next((c for c in view.cues if c.tok_start == whole.tok_end), None)
    return own is None or bool(own.kinds & {"person", "kill_after", "wound_after", "locative"}) or not own.kinds & _PEOPLE_OR_FORCE_KINDS


def _all_the_dead_civilians(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does the sentence go on to say that all the dead were civilians ("لقي عشرة أشخاص مصرعهم …، وأفيد أن جميع
    القتلى هم من المدنيين")? Not "most of them" a number of its own counts, nor another side's word."""
    phrases = grammar("all_the_dead")
    for t in range(p.tok_end, view.tok_end - 1):
        if f"{a.token_text(t).removeprefix('و')} {a.token_text(t + 1)}" not in phrases:
            continue
        for u in range(t + 2, min(view.tok_end, t + 5)):
            if any(c.tok_start == u and "civilian" in c.kinds for c in view.cues):
                return not any(t < q.tok_start < u for q in view.quantities)
            if a.token_text(u) not in grammar("civilians_linkers"):
                break
    return False


def _read_again(a: Analysis, view: SentenceView, p: Placed, previous: Reading | None, r: Reading) -> None:
    """Second thoughts on a reading, from what the sentence says around the number after all: the side of persons
    a list or a toll names elsewhere, tolls that mix sides or outcomes, sentences and ambush posts, a fate the
    people's own verb of suffering names, a number that counts the noun before it."""
    if (found := _whose_persons(a, view, p, previous, r)) is not None:
        r.noun, r.side, r.rule = found
        r.metric = _metric(view, r, p)
        return
    if (
        r.metric
        and r.rule == "other-continues-previous"
        and a.token_in(p.tok_start - 1, grammar_union("return_words", "gone_or_freed_words"), "وف")
    ):
        # "246 منهم لقوا حتفهم …، فيما عاد 156 آخرين إلى المغرب": others who came back, freed or fled, not more dead
        r.metric, r.outcome, r.rule = None, None, "others-gone-another-way"
        return
    if (
        r.outcome
        and r.rule == "other-continues-previous"
        # (a fate of their own before them is theirs: "فيما أصيب 12 آخرون، وقتل 6 مدنيين")
        and not any(p.tok_start - 3 <= c.tok_start < p.tok_start and _outcome(c) for c in view.cues)
        and _own_fate_after(a, view, p) not in (None, r.outcome)
    ):
        # "قتل 64 من مقاتلي داعش …، وإن 35 آخرين من المصريين كان قد اعتقلوا من قبل التنظيم": others whose own verb
        # after them tells another fate are no more of the first count's
        r.metric, r.outcome, r.rule = None, None, "others-with-a-fate-of-their-own"
        return
    if r.metric == "operations" and r.rule == "count+operation" and _targetings_counted(a, view, p):
        # "بلغت حصيلة الاستهدافات في درعا 292 استهدافاً"، "بلغ عدد عمليات الاغتيالات 35 عملية": a monitor's count of
        # targetings and assassinations by gunmen, no force named doing them — attacks, not operations
        r.noun, r.metric, r.rule = "attack", "attacks", "targetings-counted"
        return
    if r.metric == "operations" and r.noun == "operation" and (op := _cue_at(view, p.tok_end, {"operation"})) is not None and (
        a.token_in(op.tok_end, grammar("killing_deeds"), "")
        # (not the verb of what befell people in them: "نفذت القوات 12 عملية قتل خلالها 30 إرهابياً"، "قتل فيها قائد")
        and not any(op.tok_end < q.tok_start <= op.tok_end + 3 for q in view.quantities)
        and not a.token_in(op.tok_end + 1, grammar("in_them_words"), "")
        # (nor a force's killings of a group's men: "5 عمليات تصفية لقيادات داعش")
        and "armed" not in _sides_named(view, op.tok_end + 1, op.tok_end + 4)
    ):
        # "شهد المخيم 10 عمليات قتل نفذها مجهولون"، "3 عمليات اغتيال": killings counted as incidents, no
        # operation against a group nor a count of the dead
        r.metric, r.noun, r.rule = None, None, "killings-counted"
        return
    if (
        r.metric is None
        and r.noun == "person"
        and r.side is None
        and r.outcome == "wound"
        and previous is not None
        and previous.rule == "toll-of-the-attacked-force"
        and previous.placed.tok_start >= view.tok_start
        and (p.prefix.startswith("و") or a.token_text(p.tok_start - 1).startswith("و"))
    ):
        # "ارتفاع عدد القتلى إلى 12، وسقوط 18 مصاباً نتيجة هجوم على كمين أمني": the wounded of the same attack on
        # the force's post are its men too
        r.noun, r.side = "friendly", "friendly"
        r.metric = _metric(view, r, p)
        r.rule = "wounded-of-the-attacked-force"
    if (
        r.metric is None
        and r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and previous is not None
        and previous.side == "civilian"
        and previous.placed.tok_start >= view.tok_start
        and a.token_in(r.noun_end_tok or p.tok_end, grammar("of_them"), "")
        # (a part no bigger than the civilians counted, and no breakdown after منهم: "قتل 20 شخصاً منهم 8 من عناصر الفصائل")
        and (r.quantity.value or 0) <= (previous.quantity.value or 0)
        and not _cue_at(view, (r.noun_end_tok or p.tok_end) + 1, _PEOPLE_OR_FORCE_KINDS | {"armed_group"})
        and not any(q.tok_start == (r.noun_end_tok or p.tok_end) + 1 for q in view.quantities)
    ):
        # "لقي 68 مدنياً حتفهم … والتنظيم الذي أقدم أيضاً على إعدام 36 شخصاً منهم": persons of the civilians just
        # counted are civilians
        r.noun, r.side = "civilian", "civilian"
        r.metric = _metric(view, r, p)
        r.rule = "persons-of-the-civilians-counted"
    if r.metric is None and r.noun == "person" and r.side is None and r.outcome in ("kill", "wound") and (
        doer := _doer_of_the_operations_tolled(a, view, p)
    ):
        # "كشفت الجماعة عن حصيلة عملياتها التي بلغت 64 قتيلاً و91 جريحاً": the toll of a side's own operations is
        # its enemies' dead and wounded
        r.side = "friendly" if doer == "armed" else "armed"
        r.noun = "friendly" if r.side == "friendly" else "member"
        r.metric = _metric(view, r, p)
        r.rule = "toll-of-a-sides-operations"
    if r.metric in ("killed", "leaders_killed") and (
        _fighters_of_a_fight_between_sides(a, view, p, r)
        # (and a part of them: "بينهم قياديان")
        or (
            r.after_subset_word
            and previous is not None
            and previous.rule == "mixed-sides"
            and r.group_entity is None
            and _group_after(a, view, r.noun_end_tok or p.tok_end)[0] is None
            # (not a part whose own noun names the side: "130 شخصاً هم 120 متمرداً و10 جنود")
            and not a.token_text((r.noun_end_tok or p.tok_end) - 1).removeprefix("ال").startswith(grammar_stems("armed_noun_stems", "rebel_noun_stems"))
        )
    ):
        # "نحو 10 مقاتلين بينهم قياديان قضوا في معارك … بين الوحدات الكردية وجبهة النصرة": fighters no side is
        # named for, in a fight between sides, are of both (the contract's combined totals)
        r.metric, r.rule = None, "mixed-sides"
    if r.metric in ("attacks", "operations") and _ambush_posts(a, view, p):
        # "هجوم استهدف كمينين أمنيين"، "هاجموا الكمينين"، "أفراد الكمينين": the posts an attack hit or the two told
        # before, no ambushes set
        r.metric, r.rule = None, "ambush-posts"
    if (
        r.metric == "attacks"
        and a.token_in(p.tok_start, grammar("ambush_duals"), "و")
        and _agent_side(a, view, p, view.clause_of(p.tok_start)) == "friendly"
    ):
        # "ونصبت القوات العراقية كمينين لعناصر داعش": a force's ambushes are its operations
        r.noun, r.metric, r.rule = "operation", "operations", "ambushes-by-a-force"
    if r.metric in ("captured", "leaders_captured") and a.token_in(p.tok_start - 1, grammar("sentencing_words"), "و"):
        # "صدق الحاكم العسكري على حكم المحكمة بسجن 292 معتقلاً": a court's sentence of the held, no arrest
        r.metric, r.rule = None, "sentenced"
    if (
        r.outcome == "kill"
        and r.metric
        and r.noun_end_tok is not None
        and (hurt := _cue_at(view, r.noun_end_tok, {"wound_after"})) is not None
        # (the adjective itself, not the next item's masdar: "مقتل 16 عنصراً وإصابة 20")
        and not hurt.kinds & {"wound", "kill_after"}
        and not a.token_text(r.noun_end_tok).startswith("و")
    ):
        # "20 قتيلاً و69 مدنياً جريحاً": the noun's own word of wounding after it says what befell them
        r.outcome = "wound"
        r.metric = _metric(view, r, p)
    if r.metric and r.quantity.value == 1 and a.token_in(p.tok_start - 1, grammar("family_words"), "و"):
        # "ينتمون إلى عائلة واحدة"، "من أسرة واحدة": one family, the number its adjective — no one counted
        r.metric, r.rule = None, "one-family"
    if (
        r.outcome == "kill"
        and r.metric
        and a.token_in(p.tok_start - 1, grammar("kill_verbs"), "و")
        and any(
            q.tok_start == (r.noun_end_tok or p.tok_end)
            and not a.token_text(q.tok_start).startswith("و")
            and q.obj.kind == "count"  # type: ignore[attr-defined]
            # (not "one of them", a part set apart: "قُتل مدنيان، أحدهما طفلة")
            and not a.token_in(q.tok_start, grammar("one_of_them"), "و")
            # (the object a count of people, its noun right after it or in it: "15 شخصاً"، "جنديين")
            and (q.obj.noun_start is not None or any(c.tok_start == q.tok_end and c.kinds & PEOPLE_KINDS for c in view.cues))  # type: ignore[attr-defined]
            for q in view.quantities
        )
    ):
        # "قتل انتحاريان 15 شخصاً"، "قتل مسلحان 5 جنود": the verb's subject, the killers, before the count of its
        # object — not men killed (the passive joins both by و: "قتل مسلحان و5 جنود")
        r.metric, r.rule = None, "doers-of-the-killing"
    if r.metric in ("friendly_killed", "friendly_wounded", "killed") and (others := _cue_at(view, p.tok_end, {"other"})) is not None:
        # "استشهاد مخبر ومجند وإصابة 5 آخرين، بينهم اثنان مدنيان": others of whom civilians are a part are of
        # both sides, not the force's
        among = next((c for c in view.cues if others.tok_end <= c.tok_start <= others.tok_end + 1 and "subset" in c.kinds), None)
        if among is not None and any(
            among.tok_end <= q.tok_start <= among.tok_end + 1
            # (past its number, or the dual itself: "بينهم مدنيان")
            and any(q.tok_start <= c.tok_start <= q.tok_end + 1 and "civilian" in c.kinds for c in view.cues)
            for q in view.quantities
        ):
            r.metric, r.rule = None, "mixed-sides"
    if r.metric == "strength":
        # (not men a fate befell, named right before them past a qualifier: "أسفرت عن مقتل وجرح ما لا يقل عن 30
        # مسلحاً" — the dead and wounded in one figure, no group's size)
        t = p.tok_start - 1
        while t > view.tok_start and a.token_text(t) in qualifier_words():
            t -= 1
        if any(c.tok_end == t + 1 and c.kinds & (_OUTCOME_KINDS | {"mixed_outcome_noun"}) for c in view.cues):
            r.metric, r.rule = None, "combined-outcomes"
    if r.outcome == "kill" and r.metric and _killed_and_wounded_after(a, view, r.noun_end_tok or p.tok_end):
        # "أكثر من 1500 مدني يمني قتلوا و أصيبوا": the dead and the wounded in one figure (و set apart too)
        r.metric, r.rule = None, "combined-outcomes"
    if r.outcome == "kill" and (hurt := _what_befell_them(a, view, p)) is not None:
        # "… واستشهاده، كما تعرض ثلاثة من رجال الأمن ومواطن، لإصابات مختلفة": the verb of suffering before the
        # men counted opens their own fate, which its ل names (not the death told before it)
        r.outcome = hurt
        r.metric = _metric(view, r, p)
        r.rule = "what-befell-them"
    if r.metric in ("operations", "attacks") and _adjective_of_a_noun_before(a, view, p):
        # "في المراحل الثماني من عملية إرادة النصر": a number with the article after a definite noun no cue
        # reads is that noun's adjective — it counts phases, not operations or attacks
        r.metric, r.rule = None, "counts-the-noun-before"


def _read_count(
    a: Analysis, view: SentenceView, p: Placed, previous: Reading | None, recent: dict[str, Reading] | None = None
) -> Reading:
    q: Quantity = p.obj  # type: ignore[assignment]
    r = Reading(q, p)
    # (only within the sentence: what a part may belong to; the chain ends with it)
    r.before = previous if previous is not None and previous.placed.tok_start >= view.tok_start else None
    if any(c.tok_end == p.tok_start for c in view.cues_of("by_hand")):
        # "قُتلوا على يد أحد الحراس"، "على أيدي 3 مسلحين": the number right after "by the hand of" counts
        # the killers, not the dead
        r.rule = "perpetrators-by-hand"
        return r
    clause = view.clause_of(p.tok_start)
    noun, nxt = _noun_after(a, view, p)
    if noun is None:
        # "وتوزعت العمليات بين 59 في سوريا و137 في العراق": the noun distributed before the number
        noun = _distributed_noun(a, view, p, previous)
    # (or its caption, a pronoun between: "3648 هو عدد الأطفال الذين قتلوا في غزة")
    head = p.tok_end + (a.token_text(p.tok_end) in grammar("copula_pronouns"))
    # (past a qualifier after the number: "حيث 112 على الأقل عدد عناصر التنظيم ممن قتلوا")
    head += _qualifier_after_at(a, head) if a.token_text(head + _qualifier_after_at(a, head)) == "عدد" else 0
    if noun is None and a.token_text(head) != "عدد" and (aside := _subset_aside_after(a, view, head)) is not None:
        head = aside  # "ارتفع إلى 5 بينهم قيادي، عدد عناصر الوحدات الذين قضوا": past "among them a leader"
    if noun is None and a.token_text(head) == "عدد":
        # "وبذلك يرتفع إلى 58 عدد الجنود الذين قتلوا": the number told before its toll, whose people and
        # verb follow
        named = _cue_at(view, head + 1, _PEOPLE_OR_FORCE_KINDS)  # (الجنود is a force's word too)
        if named is None and (men := _cue_at(view, head, {"strength"})) is not None and men.tok_end == head + 2:
            # ("عدد عناصر الوحدات الذين قضوا": the count word and the men read as one strength phrase; the men
            # are what the number counts)
            named = replace(men, tok_start=head + 1, kinds=frozenset({"member"}))
        who = named.tok_end if named is not None else None
        # (past their nationality: "عدد العسكريين الأميركيين الذين قتلوا")
        while who is not None and (adj := next((d for d in view.adjectives if d.tok_start == who), None)) is not None:
            who = adj.tok_end
        # (past the group they belong to: "عدد عناصر وحدات حماية الشعب الكردي الذين قضوا")
        if who is not None and (group := next((e for e in view.entities if e.tok_start == who + (a.token_text(who) == "من")), None)) is not None:
            who = group.tok_end
            while (adj := next((d for d in view.adjectives if d.tok_start == who), None)) is not None:
                who = adj.tok_end
            word = a.token_text(who)
            if word.startswith("ال") and word.endswith(("ي", "يه")) and a.token_in(who + 1, grammar("relative_pronouns"), ""):
                who += 1  # (the name's own nisba: "وحدات حماية الشعب الكردي الذين")
        def fate_after(w: int) -> bool:
            return a.token_in(w, grammar("relative_pronouns"), "") and (
                _cue_at(view, w + 1, _OUTCOME_OR_AFTER_KINDS) is not None
                # (or "قضوا", died — not "قضوا على", finished off)
                or (_cue_at(view, w + 1, {"finish_off"}) is not None and a.token_text(w + 2) != "على")
            )

        if who is not None and not fate_after(who):
            # (past whom they are loyal to, or the second force of a list: "عدد المسلحين الموالين لتنظيم داعش
            # الذين قتلوا"، "عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا")
            who = next(
                (
                    w
                    for w in range(who + 1, min(who + 9, view.tok_end))
                    if fate_after(w) and not any(who <= q.tok_start < w for q in view.quantities)
                ),
                who,
            )
        if who is not None and fate_after(who):
            noun, nxt = named, who
            r.rule = "number-before-its-toll"
    toll_after_number: str | None = None
    if r.rule == "number-before-its-toll" and head > p.tok_end and (verb := _cue_at(view, nxt + 1, _OUTCOME_OR_AFTER_KINDS | {"finish_off"})) is not None:
        # (past an aside, the people's own verb is in the next clause: "ارتفع إلى 5 بينهم قيادي، عدد … الذين قضوا")
        toll_after_number = "wound" if verb.kinds & {"wound", "wound_after"} else "capture" if "capture" in verb.kinds else "kill"
    if (
        noun is None
        and a.token_in(head, grammar("count_head_words"), "")
        # (also the rise's verb right before the number, no إلى: "ليرتفع 24 على الأقل … عدد الشهداء")
        and (_rise_to_before(a, view, p) or a.token_in(p.tok_start - 1, grammar("rise_words"), "وفل"))
    ):
        # "يرتفع إلى 92 تعداد الاستهدافات الجوية"، "ارتفع إلى 51 عدد الشهداء": the number told before what
        # it counts — strikes or attacks, or the dead (also "عدد القتلى في صفوف قوات النظام"; past a qualifier
        # or an "among them" aside: "إلى 31 على الأقل عدد الشهداء")
        counted = _cue_at(view, head + 1, {"operation", "attack", "kill_after", "wound_after"})
        if counted is None and a.token_in(head + 1, grammar("definite_toll_nouns"), ""):
            counted = _cue_at(view, head + 1, {"kill", "wound", "toll"})
            toll_after_number = "wound" if a.token_in(head + 1, grammar("wounded_toll_nouns"), "") else "kill"
        if counted is not None:
            noun, nxt = counted, counted.tok_end
            r.rule = "number-before-its-count"
            if toll_after_number is None and counted.kinds & {"kill_after", "wound_after"}:
                toll_after_number = "wound" if "wound_after" in counted.kinds else "kill"
    if noun is None and (part := _dead_of_a_kind(a, view, p)) is not None:
        # "وكان 54 من القتلى من المحامين"، "إن 20 من الضحايا من الأطفال": so many of the dead were of a kind —
        # the toll's fate, the kind's side
        noun, nxt, toll_after_number = part[0], part[0].tok_end, part[1]
        r.rule = "of-the-dead-of-a-kind"
    if noun is None:
        # "أدت على التوالي إلى مقتل 8 و11 و17 إرهابياً من داعش": bare numbers joined by و before the
        # noun of the last
        last = _noun_of_a_joined_list(a, view, p)
        if last is not None:
            noun, nxt = last
    if noun is None and (at := p.tok_end + (a.token_text(p.tok_end) == "ما")) < view.tok_end and a.token_text(at) == "بين":
        # "وإيقاف 111 ما بين إرهابيين وعناصر إسناد": one number for kinds of the same side's men — their noun
        first = _cue_at(view, at + 1, {"member"})
        second = _cue_at(view, first.tok_end, {"member"}) if first is not None else None
        if (
            first is not None
            and second is not None
            and second.prefix.startswith("و")
            # (not men of two sides: "ما بين مسلحين وعناصر من الشرطة")
            and _group_after(a, view, second.tok_end)[0] not in ("friendly", "civilian")
            and not _cue_at(view, second.tok_end, {"friendly", "friendly_group"})
        ):
            noun, nxt = first, second.tok_end
    if noun is None and a.token_text(p.tok_end) == "من":
        # "خمس من ست غارات جوية استهدفت كوباني": a part of the strikes counted next, with their noun
        at = p.tok_end + 1 + (a.token_text(p.tok_end + 1) in grammar("out_of_words"))
        whole = next((x for x in view.quantities if x.tok_start == at and x.obj.kind == "count"), None)  # type: ignore[attr-defined]
        strikes = _cue_at(view, whole.tok_end, {"operation", "attack"}) if whole is not None else None
        people = _cue_at(view, whole.tok_end, _PEOPLE_NOUNS) if whole is not None and strikes is None else None
        if strikes is not None:
            noun = strikes
            r.rule = "part-of-the-strikes-counted-next"
        elif people is not None:
            # "ثلاثة من أصل خمسة قياديين قتلوا": a part of the people counted next, with their noun
            noun = people
            r.rule = "part-of-the-people-counted-next"
    kinds = noun.kinds if noun else frozenset()
    r.noun_end_tok = nxt
    if noun is None and _origin_in_brackets(a, view, p):
        # "المقاتلين الأجانب … تشمل تونس (6500) والسعودية (2500)": each country's fighters, in brackets
        r.noun, r.side, r.estimate, r.rule = "member", "armed", True, "fighters-by-origin-in-brackets"

    # Definite counted phrase with the number after it: أعضاء التحالف الدولي الـ 85
    if noun is None and (q.text.startswith("ال") or a.token_text(p.tok_start - 1) == "ال"):
        for c in reversed(view.cues):
            if c.tok_end <= p.tok_start and c.tok_start >= p.tok_start - 7:
                if c.kinds & {"member", "state", "operation", "attack", "leader", "membership"}:
                    noun, kinds = c, c.kinds
                    if "membership" in kinds and _coalition_context(view):
                        kinds = frozenset({"state"})  # أعضاء التحالف الـ 85: member states
                    r.rule = "definite-phrase"
                    break

    # "التفجيرات الثلاثة التي نفذتها الجماعة"، "الهجمات الأربع": attacks named first, then their number word with
    # the article, as its adjective (a word of three to ten: not an ordinal, "بيانها العشرين", nor a dual), with the
    # group that did them told right after
    if (
        noun is None
        and p.prefix.endswith("ال")
        and 3 <= (q.value or 0) <= 10
        and not a.tokens[p.tok_start].text[-1:].isdigit()
        and (before := next((c for c in view.cues if c.tok_end == p.tok_start and "attack" in c.kinds), None)) is not None
        and a.token_text(before.tok_end - 1).startswith("ال")
        # (told as a group's deed in a relative clause after the numeral: not the bombings a report turns back to,
        # "وعقب التفجيرات الثلاثة هرعت …"، "وأدانت الحكومة التفجيرات الخمسة")
        and _doer_after(a, view, p.tok_end + a.token_in(p.tok_end, grammar("which_words"), "")) == "armed"
        and not _foiled(a, view, p)
    ):
        noun, kinds = before, before.kinds
        r.rule = "attacks-and-their-numeral"

    # "عنصري (2) دعم للجماعات الإرهابية"، "إرهابيين (3)": a number in brackets restates the noun before it
    if noun is None and a.nt.text[max(0, p.nstart - 2) : p.nstart].strip().endswith("("):
        before = next(
            (c for c in view.cues if c.tok_end == p.tok_start and c.kinds & {"member", "leader", "friendly", "civilian", "person"}),
            None,
        )
        if before is None and previous is not None and previous.placed.tok_end == p.tok_start - 1:
            # "نفذت 43 عملية (10 في سوريا و33 في العراق)": the first part of a total counted just before,
            # its noun the total's (operations and attacks too)
            before = next((c for c in view.cues if c.tok_end == p.tok_start and c.kinds & {"operation", "attack"}), None)
        if before is not None:
            noun, kinds = before, before.kinds
            nxt = max(nxt, p.tok_end)
            r.rule = "number-in-brackets-after-noun"
        elif a.token_text(p.tok_start - 1) in grammar("member_duals"):
            # "عنصري (2) دعم": the dual in construct, which reads like a nisba alone
            r.noun = "member"
            r.side = "armed" if _tied_to_group(view) or _terror_words(a, view) else None
            nxt = max(nxt, p.tok_end)
            r.rule = "number-in-brackets-after-noun"

    # "إرهابيين اثنين"، "تكفيري واحد": a number word after its noun, as an adjective (also a definite
    # one before an outcome phrase: "الخوارج الأربعة والخمسين إلى الجحيم")
    outcome_noun_only = noun is not None and "ال" in p.prefix and not noun.kinds & _PEOPLE_NOUNS
    # (one and two come after the noun they count, whatever follows them: "قتلت غارة جوية واحدة إرهابيين اثنين")
    # (an indefinite noun and its adjective, not "وقتل في الهجوم اثنان من عناصر الشرطة": the dead of the attack)
    one_or_two = (
        q.value in (1, 2)
        and q.noun_start is None
        and a.token_in(p.tok_start, grammar("one_two_words"), "و")
        and a.token_text(p.tok_end) != "من"
        and any(
            c.tok_end == p.tok_start and c.kinds & _COUNTED_BEFORE and not c.phrase.startswith("ال") and not c.prefix.endswith("ال")
            for c in view.cues
        )
    )
    # (not a dual, which is its own noun: "سكان القريتين" counts villages)
    if (noun is None or outcome_noun_only or one_or_two) and not any(ch.isdigit() for ch in q.text) and not p.prefix.startswith("و") and q.noun_start is None:
        before = next(
            (
                c
                for c in view.cues
                # (past the persons' nationality: "مدنيين سوريين اثنين")
                if (c.tok_end == p.tok_start or (c.tok_end == p.tok_start - 1 and _nationality_at(a, view, c.tok_end)))
                and (
                    c.kinds & {"member", "leader", "friendly", "civilian", "armed_group"}
                    # (one and two follow any noun they count: "غارة جوية واحدة"، "هجومين اثنين")
                    or (c.kinds & {"operation", "attack"} and one_or_two)
                )
            ),
            None,
        )
        if before is not None:
            noun, kinds, nxt = before, before.kinds, p.tok_end
            r.rule = "noun-then-number-word"
            if q.value == 1 and kinds & {"operation", "attack"}:
                # "غارة جوية واحدة": one strike is an event, as a bare singular noun would be
                r.rule = "one-after-its-noun"
                return r
        elif (
            noun is None
            and r.noun is None
            and a.token_in(p.tok_start, grammar("one_two_words"), "و")
            and a.token_in(p.tok_start - 1, grammar("uncounted_people"), "")
            and (fate := _trigger_before(view, p, clause, a)) is not None
            and "kill" in fate.kinds
            and fate.tok_end == p.tok_start - 1
        ):
            # "أدى لمقتل لاجئين اثنين": refugees or the displaced, no metric's while they live, are civilians
            # when they are killed — the number word after them
            r.noun, r.side, r.noun_end_tok = "civilian", "civilian", p.tok_end
            r.rule = "killed-refugees-then-number-word"
        elif noun is None and r.noun is None and a.token_in(p.tok_start, grammar("one_two_words"), "و") and _nationality_at(a, view, p.tok_start - 1):
            # "أوقف الجيش لبنانيين اثنين وسورياً واحداً": persons counted by nationality, the number
            # word after them as an adjective (whose side the context tells, as with أشخاص)
            r.noun, r.noun_end_tok = "person", p.tok_end
            r.rule = "nationality-then-number-word"

    # (or "ثلاثة عناصر آخرون": others after a noun of no side of its own)
    others_after_noun = (
        noun is not None and noun.phrase in grammar("generic_member_nouns") and _cue_at(view, noun.tok_end, {"other"}) is not None
    )
    # ("لقي 11 جندياً مصرعهم، فيما أدخل أربعة مصابين آخرين": the wounded others of the dead counted before)
    casualties_others = (
        noun is not None
        and "wound_after" in noun.kinds
        and previous is not None
        and previous.outcome == "kill"
        and (
            _cue_at(view, noun.tok_end, {"other"}) is not None
            # (or added to the dead by a word of addition: "جثث 15 قتيلاً من قوات النخبة، إضافة إلى أربعة جرحى")
            or (
                view.tok_start <= previous.placed.tok_start
                and any(c.tok_end == p.tok_start for c in view.cues_of("coordinator"))
                and not any(previous.placed.tok_end <= q.tok_start < p.tok_start for q in view.quantities)
            )
        )
    )
    if (
        "other" in kinds
        and previous is not None
        and previous.noun is None
        and previous.rule == "dual-of-other-noun"
        and (other := _cue_at(view, p.tok_end, {"other"})) is not None
        and a.token_text(other.tok_start) in grammar("people_others")
        and (people := [x for x in (recent or {}).values() if x.placed.tok_start < p.tok_start])
    ):
        # "ثمانية جنود قتلوا في هجوم على نقطتين عسكريتين. وأضافت المصادر أن خمسة آخرين أصيبوا": others of
        # people (آخرين) are of the people counted last, not of the two posts between
        previous = max(people, key=lambda x: x.placed.tok_start)
    one = _one_named_before(a, view, p) if "other" in kinds or others_after_noun else None
    if one is not None:
        # "استشهاد جندي تركي، وإصابة اثنين آخرين": the others of one person named without a number
        # (the group named after the others wins: "وإصابة 4 آخرين من المسلحين")
        side = (
            _group_after(a, view, nxt)[0]
            or _group_after(a, view, one.tok_end)[0]
            or ("friendly" if "friendly" in one.kinds else "civilian" if "civilian" in one.kinds else None)
            or (_leader_side(view, one, p) if "leader" in one.kinds else None)
            # (a man martyred, or the men an attack on a force's post cost: "استهدف الهجوم مواقع القوات، مما أسفر
            # عن استشهاد عنصر وإصابة اثنين آخرين" — the force's)
            or ("friendly" if a.token_in(one.tok_start - 1, grammar("martyr_words"), "و") else None)
            or ("friendly" if "member" in one.kinds and _attack_on_a_force_before(a, view, p) else None)
            or "armed"
        )
        r.noun, r.side = {"friendly": "friendly", "civilian": "civilian", "armed": "member"}[side], side
        r.rule = "others-of-one-named"
    elif previous is not None and ("other" in kinds or (casualties_others and previous.side)):
        # وأسر 32 آخرين: the same people as the number before
        r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
        subset_leaders = previous.leader and any(
            previous.placed.tok_start - 2 <= c.tok_end <= previous.placed.tok_start for c in view.cues_of("subset")
        )
        if previous.leader and (previous.quantity.noun_start is not None or subset_leaders):
            # "تصفية أحد القيادات و29 آخرين"، "اعتقال 40 بينهم 8 قياديين، ومقتل 7 آخرين":
            # the others of the group, not more leaders
            r.leader, r.noun = False, "member"
        if not joined_by_wa(a, p) and _part_of_unnamed_persons(a, view, previous.placed):
            # "إن 6 أشخاص قتلوا بينهم أربعة جنود، في حين أصيب 15 آخرون": the others of the persons, not
            # of the soldiers among them — whose side nobody said (not the next item of the part's own list:
            # "من بينهم 572 من القوات قتلوا و1292 آخرين أصيبوا")
            r.noun, r.side, r.leader, r.group_entity = "person", None, False, None
        if joined_by_wa(a, p) is False and _last_of_mixed_list(a, view, previous):
            # "قتل ثلاثة مدنيين وخمسة جنود، وأصيب 29 آخرون": the others of people of more than one side —
            # whose side nobody said
            r.noun, r.side, r.leader, r.group_entity = "person", None, False, None
        r.rule = r.rule or "other-continues-previous"
        # "آخرين من …" may still name the group, or whose men they are ("آخرين من مقاتليهم")
        named = _others_own_noun(view, noun) if noun is not None and "other" in noun.kinds else None
        if named is not None and a.carries_pronoun(named):
            side, ent = _owner_side(view, p.tok_start), None
        else:
            side, ent, _ = _group_after(a, view, nxt)
        if side:
            r.side, r.group_entity = side, ent or r.group_entity
    elif kinds & {"operation"} and not kinds & {"member", "leader"}:
        r.noun = "operation"
        strikes = noun is not None and noun.phrase in grammar("air_strike_nouns")
        # (not a force's own operations after them: "… 20 عملية، في حين نفذ الجيش العراقي 35 عملية ضد داعش")
        forces_own = any(
            x.kinds & {"friendly_group", "own_forces"} and x.tok_start < p.tok_start and x.tok_start >= p.tok_start - 6
            for x in view.cues
        ) or any(
            _side_of_entity(e.obj) == "friendly" and p.tok_start - 6 <= e.tok_start < p.tok_start  # type: ignore[arg-type]
            for e in view.entities
        )
        if not strikes and not forces_own and any(
            "attack" in c.kinds
            # (or the same noun made attacks before: "رصد 110 عملية إرهابية … بـ 88 عملية")
            # (the article after ل too: "شهد العام زيادة للهجمات الإرهابية، إذ بلغ عددها 222 عملية")
            and (c.phrase.startswith("ال") or c.prefix.endswith(("ال", "لل")) or "عملي" in c.phrase)
            and view.tok_start <= c.tok_start < p.tok_start
            and not any("operation" in d.kinds and "attack" not in d.kinds and c.tok_end <= d.tok_start < p.tok_start for d in view.cues)
            for c in view.cues
        ):
            # "عدد العمليات الإرهابية في 2017 تجاوز 1080 عملية"، "العمليات الانتحارية توزعت … بغداد 7 عمليات":
            # the operations counted are the attacks named before (not "عدد الهجمات من 15 غارة جوية":
            # a force's air strikes)
            r.noun, r.rule = "attack", "operations-named-attacks-before"
        elif (
            not strikes
            and not forces_own
            and previous is not None
            and previous.rule == "operations-named-attacks-before"
            and previous.placed.tok_start >= view.tok_start
            # (the next item of a list joined by و or set in brackets, not any later operations)
            and (joined_by_wa(a, p) or "(" in a.nt.text[max(0, p.nstart - 2) : p.nstart])
        ):
            # "توزعت الهجمات على كركوك (7 عمليات) وديالى (5 عمليات)": the list goes on counting them
            r.noun, r.rule = "attack", "operations-named-attacks-before"
    elif kinds & {"attack"}:
        r.noun = "attack"
    elif kinds & {"state"} and not kinds & {"member", "leader"}:
        r.noun = "state"
        side, ent, _ = _group_after(a, view, nxt) if nxt is not None else (None, None, 0)
        if side is None and nxt is not None and a.token_in(nxt, grammar("member_adjectives"), ""):
            side, ent, _ = _group_after(a, view, nxt + 1)  # (past their adjective: "18 عضواً مزعوماً في داعش")
        if side == "armed":
            # "15 عضواً في جماعة بوكو حرام": members of a group, not member states
            r.noun, r.side, r.group_entity = "member", "armed", ent
    elif kinds & {"leader"}:
        r.noun, r.side, r.leader = "leader", "armed", True
        if noun is not None and a.token_text(noun.tok_end).startswith("و") and (
            _cue_at(view, noun.tok_end, {"member", "armed_group"}) is not None
            or a.token_in(noun.tok_end, grammar("militia_words"), "و")
        ):
            # "تصفية 30 من قيادات وميليشيات الخوارج": leaders and their men under one number — the men killed
            r.noun, r.leader = "member", False
    elif kinds & {"friendly", "friendly_group"}:
        r.noun, r.side = "friendly", "friendly"
        if (
            noun is not None
            and noun.phrase in grammar("generic_force_nouns")
            and nxt is not None
            and (armed := _group_after(a, view, nxt))[0] == "armed"
            # (the group named right after the forces' word: "قوات تنظيم الدولة الإسلامية"، "قوات التنظيم")
            and (
                any(e.tok_start in (nxt, nxt + 1) and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
                or any(c.tok_start in (nxt, nxt + 1) and "armed_group" in c.kinds for c in view.cues)
            )
        ):
            # "مقتل 15 من قوات التنظيم"، "من قوات تنظيم الدولة": a group's forces are its men
            r.noun, r.side, r.group_entity = "member", "armed", armed[1]
        elif (
            noun is not None
            and noun.phrase in grammar("recruit_nouns")
            and (
                (any("origin" in c.kinds for c in view.cues) and not any(c.kinds & {"friendly_group", "own_forces"} for c in view.cues))
                # (the group right after them wins over a force named elsewhere: "قتلت القوات 200 مجند في صفوف داعش")
                or (nxt is not None and _group_after(a, view, nxt)[0] == "armed")
            )
        ):
            # "هؤلاء المقاتلين يتحدرون من 86 دولة، تأتي تونس في مقدمتهم ب6500 مجنّداً"، "200 مجند في صفوف
            # داعش": a group's recruits, not an army's conscripts — a group named elsewhere in the sentence
            # is not theirs ("اشتباكات مع الإرهابيين ... استشهاد 3 ضباط و5 مجندين")
            r.noun, r.side = "member", "armed"
    elif kinds & {"civilian"} and noun is not None and _armed_described(a, view, noun.tok_end):
        r.noun = "person"  # "4 من الأهالي المسلحين": people described as armed are no civilians
    elif kinds & {"civilian"}:
        r.noun, r.side = "civilian", "civilian"
        if nxt is not None and _group_after(a, view, nxt)[0] == "friendly":
            # "خمسة مدنيين من مساعدي الجيش": auxiliaries of a force are its side (the contract's Sides)
            r.noun, r.side = "friendly", "friendly"
    elif kinds & {"member"}:
        r.noun, r.side = "member", "armed"
    elif kinds & {"person", "kill_after", "wound_after", "suspect"}:
        r.noun = "person"  # (a suspect is a group's member only when the text ties him to one)
        r.suspect = "suspect" in kinds
        if noun is not None and "kill_after" in kinds and _martyrs_a_monitor_documents(a, view, noun):
            r.side = "civilian"  # "ليرتفع إلى 31 عدد الشهداء الذين وثق المرصد استشهادهم"
    elif kinds & {"detained_noun"}:
        r.noun = "person"  # 12 ألف سجين: held people, of a group when the sentence names one
    elif kinds & {"armed_group"} and noun is not None and noun.phrase in grammar("group_nouns_counted"):
        r.noun = "group"  # "تفكيك 57 خلية": groups counted, not their men (no metric counts them)
    elif kinds & {"armed_group"}:
        r.noun, r.side = "member", "armed"

    of_at = p.tok_end + (_qualifier_after_at(a, p.tok_end) if noun is None else 0)
    if noun is None and r.noun is None and a.token_text(of_at) == "من":
        # "أربعة من قوات الحشد الشعبي قتلوا"، "27 من تنظيم داعش": of a force or group named at once (past a
        # qualifier too: "عشرة على الأقل من قوات الأمن المصرية … لقوا مصرعهم")
        side, ent, end = _group_after(a, view, of_at)
        if side in ("armed", "friendly") and ent is not None:
            r.noun = "member" if side == "armed" else "friendly"
            r.side, r.group_entity, r.noun_end_tok = side, ent, end
            r.rule = r.rule or "number-of-a-named-body"
            if _other_side_joined(a, view, end, side):
                # "تقتل 57 من تنظيم الدولة الإسلامية وقوات النظام": one number for both sides
                r.rule = "mixed-sides"
                return r
    # (not the others' noun after "آخرين من": "وإصابة 19 آخرين من مقاتليها")
    nisba = _cue_at(view, noun.tok_end, {"member"}) if r.noun == "person" and noun is not None and "other" not in noun.kinds else None
    if nisba is not None:
        # "71 فرداً تكفيرياً": a person described by a group's nisba is its member (and the
        # phrase ends after the nisba: "13 فرداً تكفيرياً شديد الخطورة قتلوا")
        r.noun, r.side = "member", "armed"
        r.noun_end_tok = max(r.noun_end_tok or 0, nisba.tok_end)
    said = None
    if noun is not None and ((r.noun == "person" and r.side is None) or r.noun == "civilian"):
        said = _said_to_be(a, view, noun.tok_end)
        if r.noun == "civilian" and said != "armed":
            said = None  # ("52 مواطناً وصفهم بالتكفيريين": citizens the speaker calls a group's men)
    elif noun is None and r.noun is None and a.token_text(p.tok_end) in grammar_union("of_whom", "suspicion_words"):
        # "مقتل 313 ممن تقول السلطات إنهم متشددون"، "اعتقال ثمانية يشتبه في أنهم إرهابيون"
        said = _said_to_be(a, view, p.tok_end)
    if said is not None:
        # "مقتل 40 شخصاً قال إنهم من الإرهابيين": who the people are is said after them
        r.noun, r.side = ("member", "armed") if said == "armed" else ("civilian", "civilian")
        r.rule = "said-to-be"
    if (
        r.noun == "person"
        and noun is not None
        and a.token_text(noun.tok_end) == "من"
        and (owned := _cue_at(view, noun.tok_end + 1, {"member", "friendly"})) is not None
        and a.carries_pronoun(owned)
    ):
        # "سقوط 11 شخصاً من مقاتليها": persons of its fighters are its fighters
        r.noun = "member" if "member" in owned.kinds else "friendly"
        noun, r.noun_end_tok = owned, owned.tok_end
    if r.noun in ("member", "person", "friendly") and noun is not None and a.carries_pronoun(noun):
        # "قُتل 63 من مقاتليها": its fighters — the side of the force it refers to; a group
        # counting "its officers" (أعلنت الجماعة مقتل خمسة من ضباطها) counts its members
        retinue = _retinue_owner(a, view, noun, p.tok_start)
        owner = retinue or _owner_side_agreeing(a, view, p.tok_start, noun) or _owner_side(view, p.tok_start)
        if retinue is None and a.token_text(noun.tok_start).startswith(tuple(grammar("comrade_nouns"))):
            owner = None  # (a man's comrades are his side's, whoever else was named: "اجتماع مع اثنين من زملائه")
        if owner == "armed" and r.noun == "friendly" and noun.phrase in grammar("soldier_nouns") and a.token_text(noun.tok_start).endswith(_HIS_THEIR) and (
            any(_side_of_entity(e.obj) == "friendly" and e.tok_start < p.tok_start for e in view.entities)  # type: ignore[arg-type]
            # (or a force by its common noun: "قال مصدر عسكري إن القوات قتلت 243 من عناصر الشباب … وإن 22 من
            # جنوده لقوا حتفهم")
            or any(
                c.kinds & {"friendly_group", "own_forces"}
                and c.tok_end <= p.tok_start
                # (not the force the group attacked: "هاجم القوات … بمقتل 4 من جنوده" are the group's)
                and not a.token_in(c.tok_start - 1, grammar("attack_verbs"), "و")
                for c in view.cues
            )
        ):
            # "شن الجيش التشادي هجوماً على بوكو حرام بعد مقتل نحو 100 من جنوده": an army's soldiers, though
            # the group was named last — his soldiers, the army's; "حركة الشباب اعترفت بمقتل 40 من جنودها"
            # are hers, the movement's (a group counting "its officers" counts its members)
            owner = "friendly"
        if (
            retinue is None
            and owner == "armed"
            and r.noun == "friendly"
            and a.token_in(p.tok_start - 1, grammar("kill_verbs"), "و")
            and all(side != "friendly" for _, side in _names_before(view, p.tok_start))
            and any(a.token_in(t, grammar("assault_verbs"), "و") for t in range(view.tok_start, p.tok_start))
        ):
            # "هاجم مسلحو بوكو حرام سجناً وقتلوا ثلاثة من حراسه": the group assaulted and killed them, so
            # the guards or soldiers are those of the place it attacked, not its own (not a strike's: "استهدفت
            # طائرة موكب زعيم القاعدة وقتلت اثنين من حراسه" are his)
            owner = "friendly"
        if owner and (r.noun != "friendly" or owner == "armed"):
            r.side = owner
            r.rule = "possessed-noun"
            r.group_entity = r.group_entity or _owner_of_sided_war(view, p.tok_start)
            if r.noun == "friendly":
                r.noun = "member"
    if (
        r.noun == "leader"
        and noun is not None
        and a.carries_pronoun(noun)
        and _retinue_owner(a, view, noun, p.tok_start) is None
        and (_owner_side_agreeing(a, view, p.tok_start, noun) or _owner_side(view, p.tok_start)) == "friendly"
    ):
        # "وأعلنت قوات البشمركة مقتل أحد قادتها": a force's own commanders, by its pronoun, are its men
        r.noun, r.side, r.leader = "friendly", "friendly", False
        r.rule = "possessed-leader"
    if r.noun in ("member", "person") and noun is not None and _of_its_ranks(a, noun.tok_end, ("في", "من")):
        # "أعلن الجيش مقتل 14 عنصراً في صفوفه": members of its own ranks — the side of the one it refers to
        owner = _owner_side(view, p.tok_start)
        if owner:
            r.side = owner
            r.rule = "possessed-noun"
            r.group_entity = r.group_entity or _owner_of_sided_war(view, p.tok_start)
    if r.noun in ("member", "person") and noun is not None and a.token_in(noun.tok_end, grammar("its_words"), ""):
        # "أعلن حزب الله مقتل عنصرين له": its own men — the side of the one who speaks of them (also the
        # party named again by its common noun: "وكان الحزب أعلن مقتل عنصرين له")
        owner = _owner_side(view, p.tok_start)
        party = next((x for t in range(view.tok_start, p.tok_start) if (x := _party_anaphor_at(a, t)) is not None), None)
        if party is not None and _side_of_entity(party):
            owner = _side_of_entity(party)
        if owner:
            r.side = owner
            r.rule = "possessed-noun"
            r.group_entity = r.group_entity or _owner_of_sided_war(view, p.tok_start)
    after_noun = (noun.tok_end if noun is not None else p.tok_end) if r.noun in ("member", "person", None) else None
    if after_noun is not None:
        after_noun += _qualifier_after_at(a, after_noun)  # (مقتل أربعة على الأقل وإصابة ستة آخرين من عناصر طالبان)
    if after_noun is not None and _group_after(a, view, after_noun)[0] is None:
        # "قتل 4 عناصر وإصابة آخرين من قوات النظام": the dead and "the others" wounded share the group after
        hurt = next((c for c in view.cues if c.tok_start == after_noun and c.prefix.startswith("و") and c.kinds & {"wound", "kill"}), None)
        others = hurt.tok_end if hurt is not None else None
        if others is not None:
            # (past the number of the others: "وإصابة ستة آخرين من عناصر حركة طالبان")
            others = next((x.tok_end for x in view.quantities if x.tok_start == others), others)
        if others is not None and a.token_text(others) in grammar("another_words"):
            side, ent, _ = _group_after(a, view, others + 1)
            # (not men of two sides after them: "مقتل 6 أشخاص وإصابة 5 آخرين من العسكريين والمدنيين")
            if side is not None and not _two_sides_named_after(a, view, others):
                r.side, r.group_entity = side, ent or r.group_entity
                r.noun = r.noun or "person"
                r.rule = "group-after-the-others"
    # "347 قتيلاً، بينهم 27 من داعش و283 من القوات الحكومية و37 من المدنيين": a toll of all
    # sides is no claim, though its outcome still carries to its parts
    if (
        r.noun == "person"
        and r.side is None
        and noun is not None
        and noun.kinds & {"kill_after", "wound_after"}
        and _group_after(a, view, noun.tok_end)[0] is None
    ):
        # "12 قتيلاً و30 جريحاً من المدنيين": a toll's dead and wounded share the group after the last
        joined = _past_joined_item(a, view, noun.tok_end, {"kill_after", "wound_after"})
        side, ent, _ = _group_after(a, view, joined) if joined is not None else (None, None, 0)
        if side is None and joined is not None and _cue_at(view, joined, {"civilian"}) is not None:
            side = "civilian"  # "12 قتيلاً و30 جريحاً مدنيين"
        if side is not None:
            r.side, r.group_entity = side, ent or r.group_entity
            r.rule = "group-after-the-last-item"
    mixed = r.noun in ("person", "friendly") and noun is not None and _mixed_parts(a, view, noun.tok_end)
    mixed = mixed or (noun is not None and r.noun in ("friendly", "civilian") and _side_joined_to_noun(a, view, noun))
    # "نحو 100 مقاتل وجندي لقوا حتفهم": fighters and soldiers in one figure
    mixed = mixed or (noun is not None and r.noun == "member" and _soldier_joined_to_fighters(a, view, noun))
    # "64 عنصراً من الطرفين"، "30 قتيلاً من الجانبين": of both sides, a combined total
    # (not civilians, whoever's they are: "قتل 9 مدنيين من الطرفين في تبادل للقصف")
    mixed = mixed or (r.noun != "civilian" and _of_both_sides(a, noun.tok_end if noun is not None else p.tok_end))
    if r.noun == "civilian" and noun is not None and _fighters_joined_to_civilians(a, view, noun, q.value):
        # "مقتل 8318 مواطناً مدنياً ومقاتلاً من الفصائل": civilians and fighters under one number
        r.rule = "mixed-sides"
        return r
    if r.noun in ("member", "person", "leader", "friendly", "civilian") and noun is not None:
        # (after the number word that follows its noun: "ومساعدين اثنين للجيش")
        side, ent, after = _group_after(a, view, p.tok_end if r.rule == "noun-then-number-word" else noun.tok_end)
        if side == "friendly" and r.noun == "member" and a.token_in(noun.tok_start, grammar("militant_nouns"), "وبل"):
            # "حيّدت 144 إرهابياً من وحدات حماية الشعب": the speaker's own word says whose side they are on
            side, ent = "armed", ent
        if side == "friendly" and r.noun in ("member", "person"):
            # (named after "others" too: "13 عنصراً من داعش وعنصرين آخرين من الحشد الشعبي")
            r.side, r.group_side = "friendly", "friendly"
        elif side == "friendly" and r.noun == "leader":
            # "قائدان كبيران في الجيش العراقي": commanders of a force are its men (the contract's leaders are a group's)
            r.noun, r.side, r.leader, r.group_side = "friendly", "friendly", False, "friendly"
        elif side == "friendly" and r.noun == "civilian" and a.token_text(noun.tok_end) == "في":
            # "20 مدنياً في قوات رديفة للجيش": civilians serving in a force are of its side
            r.noun, r.side = "friendly", "friendly"
        elif r.noun == "civilian" and (enlisted := _enlisted_side(a, view, noun.tok_end)) is not None:
            # "8 مدنيين منخرطين في قوة لمؤازرة الجيش": civilians enlisted in a force are its men
            r.noun, r.side = ("member", "armed") if enlisted == "armed" else ("friendly", "friendly")
        elif side == "armed" and r.noun in ("person", "member", "leader") and not (r.noun == "person" and _victims_of_group(a, view, noun)):
            r.side = "armed"
            r.group_side = "armed"
        elif (
            side == "armed"
            and r.noun == "friendly"
            and ent is not None
            and noun.phrase in grammar("soldier_nouns")
            and a.token_text(noun.tok_end) == "من"
            and any(e.tok_start == noun.tok_end + 1 and e.obj.id == ent for e in view.entities)  # type: ignore[attr-defined]
            # (not an army by its name, whatever side it fights on: "جنديين من الجيش الوطني السوري")
            and not a.token_in(noun.tok_end + 1, grammar("army_names"), "")
        ):
            # "قتل 5 جنود من PKK": a group's fighters called soldiers, the group named right after them
            r.noun, r.side, r.group_side = "member", "armed", "armed"
        elif side == "armed" and r.noun == "friendly" and ent is not None and noun.phrase in grammar("security_men_words"):
            # "ثلاثة عناصر أمن تابعين لتنظيم داعش"، "عناصر أمن من جماعة الحوثي": a group's own security men
            r.noun, r.side, r.group_side = "member", "armed", "armed"
        elif side == "armed" and r.noun == "friendly" and after == noun.tok_end + 1 and a.token_text(noun.tok_end) in grammar("group_nisbas"):
            # "64 ضابطاً حوثياً": officers whose nisba names a group are its men
            r.noun, r.side, r.group_side = "member", "armed", "armed"
        elif side == "civilian" and r.noun == "person":
            r.side = "civilian"  # 16 شخصاً من جامعي الكمأة
        elif side == "civilian" and r.noun == "member" and not r.leader:
            r.noun, r.side = "civilian", "civilian"  # "4 عناصر للدفاع المدني": members of a civilian body
        elif side is None and r.noun == "person" and (civ := _cue_at(view, noun.tok_end, {"civilian"})) is not None:
            joined = _cue_at(view, civ.tok_end, {"friendly", "member"})
            # (an adjective of the same persons, not a count of its own: "12 شخصاً مدنياً وجنديان")
            if joined is not None and joined.prefix.startswith("و") and not any(q.tok_start == joined.tok_start for q in view.quantities):
                # "نحو 500 شخص مدني وعسكري قتلوا": persons of both sides, a combined total
                r.rule = "mixed-sides"
                return r
            r.side = "civilian"  # "540 قتيلاً مدنياً": the adjective right after the noun
        if ent:
            r.group_entity = ent
        r.noun_end_tok = max(r.noun_end_tok or 0, after)
        if (
            side in ("armed", "friendly")
            and _other_side_joined(a, view, after, side)
            # (not men the noun itself calls terrorists or militants: "5 إرهابيين من حزب العمال الكردستاني
            # ووحدات حماية الشعب" are of both groups, whatever side the second is on elsewhere)
            and not (
                side == "armed"
                and noun.phrase.startswith(grammar_stems("armed_noun_stems"))
                # (unless the second is a state's own forces: "22 مسلحاً من تنظيم داعش والجيش السوري")
                and not any(
                    after <= e.tok_start < after + 4 and getattr(e.obj, "kind", None) in ("state_force", "government")
                    for e in view.entities
                )
            )
        ):
            # "22 عنصراً من الجيش السوري وتنظيم داعش": a toll of both sides is no claim
            r.rule = "mixed-sides"
            return r
        joined = next((c for c in view.cues if c.tok_start == noun.tok_end and c.prefix.startswith("و")), None)
        other = _NOUN_SIDES.get(next(iter(joined.kinds & set(_NOUN_SIDES)), ""), r.side) if joined is not None else r.side
        if (
            joined is not None
            and r.side is not None
            and other != r.side
            and (
                "civilian" in (other, r.side)
                # (soldiers and militants in one number, "33 عسكرياً ومسلحاً"; not a generic عنصر, who may be
                # the army's auxiliary: "53 جندياً وعنصراً داعماً للجيش")
                or (
                    {other, r.side} == {"friendly", "armed"}
                    and (
                        (joined if other == "armed" else noun).phrase.startswith(grammar_stems("armed_noun_stems"))
                        # (or a fighter the adjective after him calls a militant: "45 جندياً ومقاتلاً متشدداً")
                        or (other == "armed" and a.token_in(joined.tok_end, grammar_union("armed_adjectives", "militant_adjectives"), ""))
                    )
                )
            )
            and not any(q.tok_start == joined.tok_end for q in view.quantities)  # (ومدني واحد: an item of its own)
            # (nor a dual, its own count: "مقتل أربعة مدنيين وعنصرين من أفراده")
            and not any(q.tok_start == joined.tok_start for q in view.quantities)
            and q.noun_start is None  # (a dual counts its own noun: "مقتل جنديين ومدني" is two soldiers)
            # (a plural counted, then one person in the singular: "خمسة مدنيين وشرطياً قتلوا" is five and one)
            and not (
                (
                    a.token_text(noun.tok_start).endswith(("ين", "ون"))
                    or 3 <= (q.value or 0) <= 10
                    # (a number's singular in the accusative, then a noun without it: "15 إرهابياً وشرطي" are
                    # fifteen and one; "238 عسكرياً ومدنياً" share the number)
                    or (
                        (q.value or 0) >= 11
                        and a.token_text(noun.tok_end - 1).endswith("ا")
                        and not a.token_text(joined.tok_end - 1).endswith("ا")
                    )
                )
                and not a.token_text(joined.tok_start).endswith(("ين", "ون", "ات"))  # (one person: وشرطياً، وجندي)
                # (a broken plural is no one person: "نحو 1200 من المدنيين وعناصر الأمن" are both sides)
                and not a.token_in(joined.tok_start, grammar("broken_plural_people"), "و")
            )
        ):
            # "قتل 238 عسكرياً ومدنياً"، "106 مدنيين وعسكريين": one number for people of two sides
            r.rule = "mixed-sides"
            return r
        # عناصر من كبار قادة التنظيم: a leader noun may follow the first noun
        if not r.leader:
            t = noun.tok_end
            while t < min(noun.tok_end + 3, view.tok_end) and a.token_text(t) in grammar("between_number_and_noun"):
                t += 1
            # (or the leader word right after the noun, its adjective: "3 عناصر قياديين")
            if (t > noun.tok_end or a.token_in(t, grammar("leader_adjectives"), "")) and _cue_at(view, t, {"leader"}):
                r.leader, r.side = True, "armed"

    if r.noun in ("member", "person") and noun is not None and _against_armed_group(view, noun.tok_end):
        # "عدد المقاتلين ضد التنظيم": those who fight a group are of the other side
        r.side, r.group_entity = "friendly", None
        r.rule = "fighters-against-a-group"
    if (
        r.noun == "member"
        and r.group_side is None
        and noun is not None
        # (past their nationality: "وسبعة مقاتلين أكراد آخرين" — not with a group of their own after, "و7 مقاتلين
        # أجانب آخرين من تنظيم داعش")
        and a.token_text(others := noun.tok_end + _nationality_word_at(a, view, noun.tok_end)) in grammar("another_words")
        and (others == noun.tok_end or _group_after(a, view, others + 1)[0] is None)
        and previous is not None
        and previous.placed.tok_start >= view.tok_start
        and previous.side in ("friendly", "armed")
    ):
        # "قتل 450 من المقاتلين الموالين للحكومة وأصيب نحو 2500 عنصر آخر": others of the same side
        r.side = previous.side
        r.rule = "another-of-the-same"
    if (
        r.noun in ("member", "person")
        and r.group_entity is None
        and noun is not None
        and _group_after(a, view, noun.tok_end)[0] is None
        and any(c.tok_start > p.tok_start for c in view.cues_of("repelling"))
        and not noun.phrase.startswith(grammar_stems("armed_noun_stems"))
    ):
        # "30 مقاتلاً قتلوا أثناء التصدي لهجمات خلايا داعش": the defenders are the force's
        r.side = "friendly"
        r.rule = "killed-repelling-an-attack"
    elif (
        r.noun == "member"
        and r.side == "armed"
        and r.group_entity is None
        and r.rule != "possessed-noun"  # (whose men "عناصرهم" are, their pronoun already said)
        and noun is not None
        and _victims_of_attack(a, view, p, noun)
    ):
        # "نصب عناصر داعش كميناً لسيارة تابعة للواء القدس، ما أسفر عن مقتل ثلاثة عناصر":
        # unnamed members killed in a group's attack on a force are the force's
        r.side = "friendly"
        r.rule = "members-of-attacked-force"

    # (a bare unit noun, a person or an individual, between the number and منهم changes nothing: "مقتل 26 فرداً منهم"،
    # "أسفرا عن مقتل 11 شخصاً منهم")
    unit_of_them = (
        noun is not None
        and noun.tok_start == p.tok_end
        and noun.tok_end == p.tok_end + 1
        and a.token_text(p.tok_end) in grammar_union("persons_words", "unit_person_words")
        and a.token_text(noun.tok_end) in grammar("of_them")
        # (not منهم opening the toll's parts, "قتل فيها 40 فرداً منهم 24 عنصراً أمنياً"، "12 فرداً منهم أطفال": a number
        # or a people's noun right after it)
        and not any(noun.tok_end < q.tok_start <= noun.tok_end + 2 for q in view.quantities)
        and _cue_at(view, noun.tok_end + 1, _PEOPLE_NOUNS) is None
    )
    if unit_of_them:
        noun, r.noun = None, None
    of_at = p.tok_end + unit_of_them
    if noun is None and r.noun is None and a.token_text(of_at) in grammar("of_them"):
        # "تم القضاء على ستة منهم": of the people named before (الخوارج), their side — unless what they
        # are follows them ("667 شخصاً، 34 منهم أعضاء في تنظيمات إرهابية": of a group)
        told = _cue_at(view, of_at + 1, {"member", "friendly"})
        told_side = None
        if told is not None:
            told_side = _group_after(a, view, told.tok_end)[0]
            span = range(told.tok_end, min(told.tok_end + 4, view.tok_end))
            if (
                told_side is None
                and "membership" in told.kinds
                and any(a.token_in(t, grammar("terror_words"), "") for t in span)
                # (not members of a unit that fights terrorism: "5 منهم أعضاء في وحدة مكافحة الإرهاب")
                and not any(a.token_in(t, grammar_union("counter_terror_words", "unit_nouns"), "") for t in span)
            ):
                told_side = "armed"  # "أعضاء في تنظيمات إرهابية": members of terrorist groups
        side = told_side if told_side in ("armed", "friendly") else _people_side_before(view, p.tok_start, a)
        if side == "friendly" and told_side is None and (_fought_them_before(a, view, p.tok_start) or _force_did_it(a, view, p.tok_start)):
            # "جنودنا تصدوا لهم، مما أسفر عن مقتل ثلاثة منهم": of those the soldiers fought; "إن قوات الأمن
            # اعتقلت ثمانية منهم": of those the force took, not of the force
            side = "armed"
        if (
            side == "armed"
            and told_side is None
            and previous is not None
            and previous.side in ("civilian", "friendly")
            and previous.outcome == "kill"
            and previous.placed.tok_start < view.tok_start
            and _group_did_the_killing(view, p.tok_start)
        ):
            # "ووثق التقرير مقتل 250 مدنياً. مليشيا الحوثي وحدها تسببت بمقتل 120 منهم": of those counted before, not
            # of the group named as the killer
            side = previous.side
        if side == "armed" and told is None and _cue_at(view, of_at + 1, {"leader"}) is not None:
            side = "leader"  # ("قتل 30 مسلحاً، وأكد الجيش أن 12 منهم قادة ميدانيون": leaders among them)
        if side == "leader":
            # "خمسة خلفاء، قُتل ثلاثة منهم": leaders of them are leaders
            r.noun, r.side, r.leader = "leader", "armed", True
            r.rule = "number-of-them"
        elif side is not None:
            r.noun, r.side = ("member" if side == "armed" else side if side == "civilian" else "friendly"), side
            r.rule = "number-of-them"
    if noun is None and a.token_text(p.tok_start - 1) in grammar("their_number"):
        back = [c for c in view.cues if c.tok_end <= p.tok_start and c.kinds & {"member", "leader", "friendly", "civilian", "person"}]
        if back:
            noun = back[-1]
            kinds = noun.kinds
            side, ent, _ = _group_after(a, view, noun.tok_end)
            r.noun = "leader" if "leader" in kinds else "friendly" if "friendly" in kinds else "civilian" if "civilian" in kinds else "member" if "member" in kinds else "person"
            r.side = side or {"leader": "armed", "member": "armed", "friendly": "friendly", "civilian": "civilian"}.get(r.noun)
            r.leader = r.noun == "leader"
            r.group_entity = ent
            r.rule = "their-number"

    if noun is None and _rank_after(a, view, p):
        # "بينهم … 5 برتبة رائد، و4 برتبة نقيب"، "منهم ثلاثة برتبة عميد، و11 مقدم": the dead or held
        # counted by rank are a part of the toll just given
        earlier = previous if previous is not None and previous.outcome else (recent or {}).get("kill")
        if earlier is not None and earlier.outcome:
            r.noun, r.side, r.group_entity, r.outcome = earlier.noun, earlier.side, earlier.group_entity, earlier.outcome
            r.leader = earlier.leader and earlier.rule == "counted-by-rank"  # (the next rank of the same leaders)
            r.rule = "counted-by-rank"
            if earlier.side == "armed" and any(
                max(view.tok_start, earlier.placed.tok_end) <= c.tok_start < p.tok_start for c in view.cues_of("leader")
            ):
                # "كانوا من القيادات الميدانية، ويحملون رتباً عسكرية رفيعة، بينهم … 6 برتبة رائد": the ranks of the
                # dead the sentence calls the group's field leaders are leaders
                r.noun, r.leader = "leader", True

    # A dual or "one of" counts its own noun; if that noun is not one the
    # metrics count (بلدين، عامين، إحدى الدول), the number is not a claim.
    # "بينهم باكستانيان": two persons by nationality, a dual of a nisba
    nisba_dual = q.noun_start is not None and noun is None and _nisba_dual(a, p)
    bases = _bases_attacked(a, view, p, clause)
    if q.noun_start is not None and noun is None and r.rule not in _NOUN_READ_ELSEWHERE and not nisba_dual and not bases:
        r.rule = "dual-of-other-noun"
        fate = _trigger_before(view, p, clause, a)
        if (
            a.token_in(p.tok_start, grammar("uncounted_people"), "")
            and fate is not None
            and "kill" in fate.kinds
            and "kill_after" not in fate.kinds
            and p.tok_start - fate.tok_end <= 1
        ):
            # "مقتل لاجئيْن عراقيين": two refugees killed, civilians as their plural is ("قتل 12 لاجئاً")
            r.noun, r.side, r.outcome = "civilian", "civilian", "kill"
            r.rule = "uncounted-people-killed"
            r.metric = _metric(view, r, p)
        elif a.token_in(p.tok_start, grammar("explosion_duals"), "") and _group_did_or_claimed(a, view, p):
            # "أعلن تنظيم داعش مسؤوليته عن انفجارين"، "انفجارين نفذهما مقاتلو الشباب": blasts a group set off or
            # claimed are its attacks (an explosion alone may be an accident)
            r.noun, r.rule = "attack", "blasts-a-group-claimed"
            r.metric = _metric(view, r, p)
        return r
    if bases:
        # "هاجمت المقاومة قاعدتين أمريكيتين"، "استهدفت ثلاث قواعد للاحتلال": a group counting the bases it
        # struck counts its attacks
        r.noun, r.rule = "attack", "bases-attacked"
    coordinated_part = (
        previous is not None
        and previous.rule == "subset-by-nationality"
        and joined_by_wa(a, p)
    )
    whole = previous
    if (
        whole is not None
        and whole.rule == "counts-another-noun"
        and whole.placed.tok_start >= view.tok_start
        # (the nationalities counted, not hostages: "يحتجزون حوالى 20 رهينة بينهم ثمانية إندونيسيين")
        and a.token_in(whole.placed.tok_end, grammar("nationality_count_nouns"), "")
    ):
        # "القبض على 44 متهماً من ست جنسيات بينهم 33 سعودياً": past the count of nationalities, the arrested
        told = [x for x in (recent or {}).values() if x.metric and view.tok_start <= x.placed.tok_start < whole.placed.tok_start]
        whole = max(told, key=lambda x: x.placed.tok_start) if told else whole
    if (
        noun is None
        and whole is not None
        and whole.side
        and whole.outcome
        and whole.metric is not None  # (not the prisoners of a swap: "1200 من أسراهم، من بينهم 7 سعوديين")
        and (nisba_dual or _nationality_at(a, view, p.tok_end))
        and (coordinated_part or any(p.tok_start - 2 <= c.tok_end <= p.tok_start for c in view.cues_of("subset")))
    ):
        # "اعتقال 30 شخصاً، من بينهم ستة سوريين وأربعة أفغان": the arrested (or the dead) parted by
        # nationality are parts of the count before them
        r.noun, r.side, r.group_entity, r.outcome = whole.noun, whole.side, whole.group_entity, whole.outcome
        r.leader = whole.leader  # ("اعتقال خمسة قادة من داعش، بينهم سوريان": two of the leaders)
        r.noun_end_tok = p.tok_end + (not nisba_dual)
        r.rule = "subset-by-nationality"
        r.metric = _metric(view, r, p)
        if whole is not previous:
            r.whole, r.part_of = whole.whole or whole.quantity.value, whole.part_of or whole
        return r
    if noun is None and r.noun is None and (nisba_dual or _nationality_at(a, view, p.tok_end)) and (
        not _has(view, "origin")
        # (but the nationals themselves joining: "1354 مغربياً التحقوا بصفوف الجماعات الإرهابية")
        or any(c.tok_start == p.tok_end + 1 and a.token_in(c.tok_start, grammar("joining_words"), "و") for c in view.cues_of("origin"))
    ):
        # "توقيف 3 سوريين بتهمة الانتماء إلى داعش"، "اعتقلت الشرطة 12 عراقياً": persons counted by
        # nationality, whose side the context tells like أشخاص (not in a count of foreign fighters by
        # origin, which the strength rules read)
        r.noun, r.noun_end_tok = "person", p.tok_end + (not nisba_dual)
        r.rule = r.rule or "persons-by-nationality"
        if _nationals_of_an_attacked_force(a, view, p):
            # "مقتل 3 أمريكيين وإصابة 42 آخرين بهجوم مسيرة على قاعدة أمريكية": the nationals of the force
            # whose base was struck are its men
            r.noun, r.side = "friendly", "friendly"
            r.rule = "nationals-of-the-attacked-force"
        t = r.noun_end_tok + (a.token_in(r.noun_end_tok, grammar("fighting_verbs"), ""))
        if a.token_in(t, grammar("in_ranks_words"), "") and a.token_text(t + 1) in grammar("ranks_words"):
            side, ent, _ = _group_after(a, view, t + 2)
            if side == "armed":
                # "نحو 800 ليبي يقاتلون في صفوف داعش": men of a nationality in a group's ranks are its fighters
                r.noun, r.side, r.group_entity = "member", "armed", ent
                r.rule = "nationals-in-a-groups-ranks"
    if (
        noun is None
        and r.noun is None
        and a.token_in(p.tok_end, grammar("times_words"), "")
        and any(
            p.tok_start - 2 <= c.tok_end <= p.tok_start
            # (exposed to it, "للهجوم": not a multiplier or a mention, "تضاعفت الهجمات 3 مرات"، "أرجأ الهجوم 3 مرات")
            and c.prefix.startswith("ل")
            for c in view.cues_of("attack")
        )
    ):
        # "تعرضت القوات الأمريكية للهجوم 27 مرة": attacked so many times, so many attacks
        r.noun, r.noun_end_tok = "attack", p.tok_end + 1
        r.rule = "attacked-so-many-times"
    if noun is None and r.noun is None and a.token_in(p.tok_end, grammar("times_words"), ""):
        # "استهدفت المسيرات التركية 12 مرة مواقع لقسد": a verb of striking and its subject before the number —
        # so many strikes, a state's operations or a group's attacks by who struck
        verb = next(
            (t for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - 5) - 1, -1) if a.token_in(t, grammar("attack_verbs"), "و")),
            None,
        )
        if verb is not None and not any(verb < q.tok_start < p.tok_start for q in view.quantities):
            # (the doer is the verb's subject, right after it — its noun with a nisba, "المسيرات التركية"; what
            # follows the subject is the target: "استهدف التنظيم الجيش العراقي 3 مرات" are the group's attacks)
            state = _friendly_between(view, verb + 1, verb + 2) or any(
                verb + 1 <= d.tok_start <= verb + 2 and _side_of_entity(d.obj) == "friendly" for d in view.adjectives  # type: ignore[arg-type]
            )
            if state or _armed_between(view, verb + 1, verb + 2):
                r.noun, r.noun_end_tok = ("operation" if state else "attack"), p.tok_end + 1
                r.rule = "struck-so-many-times"
    if (
        noun is None
        and r.noun is None
        and a.token_in(p.tok_end, grammar("incident_nouns"), "")
        and (
            any(view.tok_start <= c.tok_start < p.tok_start for c in view.cues_of("attack"))
            # (or incidents are called terrorist in the sentence: "وقعت 258 حادث إرهابي"، "تراجع الحوادث الإرهابية من
            # 481 حادثة" — not any word of terror: "350 حادثاً … في إطار حملة مكافحة الإرهاب")
            or any(
                a.token_in(t, grammar("incident_nouns"), "وبل") and a.token_in(t + 1, grammar("terror_words"), "")
                for t in range(view.tok_start, view.tok_end)
            )
            # (or the sentence before counted them: "أكثر من 100 هجوم … وقال المسؤول إن هذا العدد يشمل 47
            # حادثاً في العراق")
            or (
                previous is not None
                and previous.metric == "attacks"
                and previous.placed.tok_start >= _sentence_before_start(a, view)
                and not any("new_topic" in c.kinds for c in view.cues)
            )
        )
        and (
            p.tok_end + 1 >= view.tok_end
            or a.token_in(p.tok_end + 1, grammar("after_incident_words"), "")
            or a.token_text(p.tok_end + 1).startswith("و")  # (the next item: "بـ 15 حادثة ومنطقتي جلمدغ")
            or _punctuated_before(a, p.tok_end + 1, "،,.:;؛()")
        )
    ):
        # "بلغ عدد الحوادث الإرهابية … 110، منها 50 حادثة في مقديشو"، "87% من الهجمات … تليها 24 حادثة":
        # incidents counted where attacks were named are attacks
        r.noun, r.noun_end_tok = "attack", p.tok_end + 1
        r.rule = "incidents-named-attacks-before"
    if (
        noun is None
        and r.noun is None
        and previous is not None
        and (previous.metric == "strength" or previous.rule == "fighters-by-nationality")
        and view.tok_start <= previous.placed.tok_start
        and _opens_a_list_item(a, view, p)
        and _of_a_nationality_after(a, view, p.tok_end)
    ):
        # "نحو 200 مقاتل جزائري، و500 يحملون الجنسية التونسية، و300 من المغرب، وأكثر من 100 من
        # السعوديين": a group's fighters counted by where they come from, the noun given once
        r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
        r.estimate = True
        r.rule = "fighters-by-nationality"
    # "توقيف 22 مهرباً"، "عادت 1300 عائلة"، "و34 طلقة": a number followed by a noun
    # the metrics do not count is not a bare number waiting for a list's reading.
    if (
        noun is None
        and r.noun is None
        and r.rule not in _NOUN_READ_ELSEWHERE
        and not bases
        and not _next_part_in_brackets(a, p, previous)
        and _other_noun_after(a, view, p)
    ):
        # its outcome still carries down a list: أودى بحياة 170 أفغانياً و13 جندياً
        fate = _trigger_before(view, p, clause, a)
        r.outcome = _outcome(fate)
        r.rule = "counts-another-noun"
        if (
            r.outcome == "kill"
            and fate is not None
            # (its own verb or noun right before it: "مقتل 68"، "قتل نحو 12" — not another number's
            # noun, "آلاف القتلى ونحو مليوني نازح")
            and p.tok_start - fate.tok_end <= 3
            and "kill_after" not in fate.kinds
            and not any(c.kinds & {"kill_after", "wound_after"} and fate.tok_end <= c.tok_start < p.tok_start for c in view.cues)
            # (nor the noun of a number before it, the displaced joined after: "آلاف القتلى ونحو مليوني نازح")
            and not any(q.tok_end == fate.tok_start for q in view.quantities)
            and not any(fate.tok_end <= c.tok_start < p.tok_start for c in view.cues_of("other_outcome"))
            and a.token_in(p.tok_end, grammar("uncounted_people"), "")
            # (not a death the cold or a shipwreck caused: "توفي 700 نازح جراء البرد")
            and not _mishap(a, view, clause, p.tok_start)
        ):
            # "مقتل 68 مهاجراً أفريقياً"، "قتل 12 لاجئاً": migrants, refugees and the displaced no metric
            # counts while they live are civilians when they are killed
            r.noun, r.side = "civilian", "civilian"
            r.noun_end_tok = p.tok_end + 1
            r.rule = "uncounted-people-killed"
            r.metric = _metric(view, r, p)
        return r

    # Subsets: بينهم 3 قياديين، قتل ثلاثة منهم، منها 61 في العراق
    # (past the number's qualifier, when it has one: "بينهم ما لا يقل عن 9 من لواء القدس")
    q_start = _qualifier_start(a, p.tok_start, max(view.tok_start, p.tok_start - 5)) if q.qualifier != "exact" else p.tok_start
    subset_before = any(
        # (right before the qualifier when there is one, not past other words: "ومن ضمنهم المقاتلين والعسكريين
        # نحو 170 ألف شخص" is no part)
        (p.tok_start - 2 <= c.tok_end <= p.tok_start or (q_start < p.tok_start and c.tok_end == q_start))
        # (not past another fate: "25 جريحاً بينهم ضباط وفقدان 13 جندياً", the missing are no part)
        and not any(d.kinds & _OUTCOME_OR_OTHER_KINDS and c.tok_end <= d.tok_start < p.tok_start for d in view.cues)
        for c in view.cues_of("subset")
    ) or (
        # "مقتل ستة أشخاص: أربعة جنود واثنين من المتطوعين": the parts after a colon closing the toll
        previous is not None
        and previous.noun_end_tok == p.tok_start
        and ":" in a.nt.text[a.tokens[p.tok_start - 1].end : a.tokens[p.tok_start].start]
    )
    subset_after = _cue_at(view, p.tok_end, {"subset"}) is not None
    r.after_subset_word = subset_before or (
        # and the next item of the same list of parts ("بينهم 192 طفلاً و131 امرأة")
        previous is not None
        and previous.after_subset_word
        and previous.placed.tok_start >= view.tok_start
        and joined_by_wa(a, p)
    )
    if (subset_before or subset_after) and previous is not None and previous.rule == "combined-outcomes" and noun is not None:
        # "مقتل واعتقال 157 إرهابياً، بينهم 10 قياديين": a part of a mixed total mixes too,
        # unless it names its own outcome (منهم 21 تم القضاء عليهم)
        own = _trigger_before(view, p, clause, a)
        after = _trigger_after(view, nxt, clause)
        named = noun.kinds & {"kill_after", "wound_after"}  # "تحييد 52 إرهابياً؛ بينهم 46 قتيلاً"
        if after is None and not named and (own is None or own.tok_end <= previous.placed.tok_start):
            r.rule = "part-of-combined-total"
            return r
    if (
        subset_before
        and previous is not None
        and previous.side in ("armed", "friendly", "civilian")  # (men among civilians: "271 مدنياً، هم: 220 رجلاً")
        and noun is not None
        and a.token_text(noun.tok_start) in _demographic_nouns()
    ):
        # "اعتقال 8 بينهم 4 نساء": women among those arrested are of the arrested's side
        r.noun, r.side, r.group_entity = previous.noun, previous.side, previous.group_entity
        r.rule = "demographic-subset"
    elif (
        subset_before
        and previous is not None
        and previous.side is None
        and previous.noun in ("person", None)
        and previous.outcome == "kill"
        and noun is not None
        and a.token_text(noun.tok_start) in grammar("children_and_women")
    ):
        # "قتل 22 شخصاً بينهم 8 أطفال"، "ارتفع إلى 51 بينهم 8 أطفال و6 مواطنات": the children and women among
        # a toll that names no side are civilians, though the toll itself is no claim
        r.noun, r.side, r.outcome = "civilian", "civilian", "kill"
        r.rule = "demographic-subset"
    elif (
        noun is not None
        and a.token_text(noun.tok_start) in _demographic_nouns()
        and _among_victims(view, p)
        and any(x.side == "civilian" for x in (recent or {}).values())
    ):
        # "وكان من بين الضحايا 14 رجلاً وأربعة صبية": the men among the victims of a civilian toll
        r.noun, r.side = "civilian", "civilian"
        r.rule = "demographic-subset"
    elif (
        previous is not None
        and previous.rule == "demographic-subset"
        and noun is not None
        and a.token_text(noun.tok_start) in _demographic_nouns()
        and joined_by_wa(a, p)
    ):
        # "من بينهم 14 امرأة و29 قاصراً": the next part of the same list
        r.noun, r.side, r.group_entity = previous.noun, previous.side, previous.group_entity
        r.rule = "demographic-subset"
    if subset_before and previous is not None and r.noun == "person" and r.side is None and kinds & {"kill_after", "wound_after"}:
        # "تحييد 52 إرهابياً؛ بينهم 46 قتيلاً": the dead among them are of their side
        r.side, r.group_entity = previous.side, previous.group_entity
    elif subset_before and previous is not None and r.noun == "person" and r.side is None and previous.side == "civilian":
        # "مقتل 19 مدنياً، قتل من بينهم 6 أشخاص على أيدي قوات النظام": persons among civilians are civilians
        r.side = "civilian"
    elif (
        subset_before
        and previous is not None
        and r.noun == "person"
        and r.side is None
        and previous.noun == "member"
        and previous.side == "armed"
    ):
        # "لم يتجاوز عدد المقاتلين ثلاثة آلاف، قتل منهم 800 شخص": persons among a group's men counted are its men
        r.noun, r.side, r.group_entity = "member", "armed", previous.group_entity
    elif (
        subset_before
        and previous is not None
        and r.noun == "friendly"
        and noun is not None
        and noun.phrase in grammar("officer_nouns")
        and previous.noun in ("member", "leader")
        and previous.side == "armed"
        and _group_after(a, view, noun.tok_end)[0] is None
    ):
        # "مقتل 200 حوثي بينهم 82 ضابطاً": the officers among a group's dead are its officers
        r.noun, r.side, r.group_entity = "member", "armed", previous.group_entity
        r.rule = "officers-among-a-group's-men"
    events_named = (
        subset_after
        and r.noun is None
        and noun is None
        # ("منها": the non-human plural's pronoun — not "منهم", people)
        and a.token_text(p.tok_end).endswith("ها")
        and (previous is None or previous.placed.tok_start < view.tok_start)
        and (events := [c for c in view.cues if c.tok_end <= p.tok_start and c.kinds & {"operation", "attack"}])
        and not any(events[-1].tok_end <= q.tok_start < p.tok_start for q in view.quantities)
    )
    if events_named:
        # "وأشارت القيادة، في تفاصيل تلك العمليات، إلى أن 137 منها نفذت في العراق": "of them", the operations the
        # sentence named before the number (not the men the sentence before counted killed)
        r.noun = "operation" if "operation" in events[-1].kinds else "attack"
        r.rule = "part-of-the-events-named"
    if (subset_after or subset_before) and previous is not None and r.noun is None:
        r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
        r.rule = "subset-of-previous"
        if previous.rule == "mixed-sides" or r.side is None:
            # "… بينهم 27 من تنظيم داعش و283 من القوات الحكومية": each part names its own side (past "منهم"
            # too: "قتل ستة أشخاص، أربعة منهم من الشرطة المحلية")
            them = _cue_at(view, p.tok_end, {"subset"}) if subset_after else None
            side, ent, _ = _group_after(a, view, them.tok_end if them is not None else p.tok_end)
            if side:
                r.side, r.group_entity = side, ent
                if them is not None and r.noun == "person" and side in ("armed", "friendly"):
                    # (a part of a toll of persons, named by its side, is of its side's men and shares the fate)
                    r.noun, r.outcome = "member" if side == "armed" else "friendly", r.outcome or previous.outcome
            elif previous.rule == "mixed-sides":
                # (a figure of the same mixed toll, "ارتفع العدد إلى 132؛ منهم …", has no side either)
                r.side, r.group_entity = None, None
    # و36 في سوريا: a bare number coordinated with the one before takes its reading
    coordinated = joined_by_wa(a, p)
    # "87 عملية نفذت في العراق إلى جانب قوات الأمن، و125 في سوريا": a parallel item by place
    by_place = a.token_text(p.tok_end) in ("في", "ب") and any(
        e.tok_start == p.tok_end + 1 and e.obj.type == "place" for e in view.entities  # type: ignore[attr-defined]
    )
    near = previous is not None and (
        previous.placed.tok_end >= p.tok_start - 5
        or (by_place and view.tok_start <= previous.placed.tok_start and p.tok_start - previous.placed.tok_end <= 15)
        # "29 منها ضد قوات سوريا الديمقراطية و23 ضد المدنيين": a parallel item, the same preposition after it
        or (
            view.tok_start <= previous.placed.tok_start
            and p.tok_start - previous.placed.tok_end <= 12
            and _same_word_after(a, view, previous.placed, p)
        )
    )
    # "وشهدت فرنسا 23 هجوماً وإيطاليا 17": the next item names its place before its number, the noun
    # gapped (also a list by place after the number: "5 ضربات على دمشق، 4 حمص، 1 درعا")
    gap = gapped_place(a, view, p)
    listed_by_place = "," in a.nt.text[max(view.nstart, p.nstart - 3) : p.nstart] and place_right_after(  # (، is , once normalised)
        a, view, p
    )
    if (
        r.noun is None
        and previous is not None
        and previous.noun is not None
        and previous.placed.tok_end >= p.tok_start - 6
        and (gap is not None or listed_by_place)
        and _place_of_item(a, view, previous)
    ):
        r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
        r.outcome = previous.outcome
        r.rule = "gapped-by-place" if gap is not None else "coordinated-with-previous"
    if r.noun is None and coordinated and previous is not None and near:
        r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
        r.outcome = previous.outcome
        r.estimate = previous.metric == "strength" or previous.estimate  # (the next item of a list of estimates)
        r.rule = "coordinated-with-previous"
        if a.token_text(p.tok_end) == "من" and r.noun in ("person", "member", "friendly"):
            # "27 من تنظيم داعش و283 من القوات الحكومية": the item names its own side
            side, ent, _ = _group_after(a, view, p.tok_end)
            if side and side != r.side:
                r.side, r.group_entity = side, ent
                if r.noun == "friendly":
                    r.noun = "member"  # ("50 من العسكريين، هم: 30 من قوات الحكومة … و8 من الفصائل")

    if r.noun is None and previous is not None and _changed_from(a, view, previous.placed, p) == "compared":
        # "زاد عدد الغارات من 15 غارة جوية في 2016 إلى 47 في 2018": the figure of a later period, compared
        # with the one before it, counts the same thing
        r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
        r.outcome = previous.outcome
        r.rule = "compared-with-an-earlier-period"
    elif (
        r.noun is None
        and previous is not None
        and previous.noun is not None
        and view.tok_start <= previous.placed.tok_start
        and p.tok_start - previous.placed.tok_end <= 9
        and any(a.token_in(t, grammar("comparison_words"), "وب") for t in (p.tok_start - 1, p.tok_start - 2) if t >= view.tok_start)
        # (nothing but the period's words between it and its time: not "مقابل 5 في صفوف الجيش يوم الأحد", the
        # other side of the same day)
        and any(
            p.tok_end <= x.tok_start <= p.tok_end + 4
            and not any(p.tok_end <= c.tok_start < x.tok_start and c.kinds - {"locative"} for c in view.cues)
            and not any(p.tok_end <= e.tok_start < x.tok_start for e in view.entities)
            for x in view.times
        )
    ):
        # "فقدت 4302 جندي، مقابل 3337 في الفترة ذاتها من العام الماضي"، "اعتقال 718 شخصاً في 2016 مقارنة بـ395
        # خلال 2014": the figure of another period set beside it counts the same thing
        r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
        r.outcome = previous.outcome
        r.rule = "compared-with-another-period"

    # The outcome.
    trig = _trigger_before(view, p, clause, a)
    if coordinated and trig is not None:
        # "354 مدنياً قتلوا و470 أصيبوا"، "12 جندياً قتلوا و30 آخرين أصيبوا": an item joined by و with a verb
        # of its own right after it or after its noun
        other = _cue_at(view, p.tok_end, {"other"})
        own_at = {p.tok_end, r.noun_end_tok or p.tok_end, *((other.tok_end,) if other is not None else ())}
        own = next((c for c in view.cues if c.tok_start in own_at and c.kinds & _OUTCOME_KINDS and not c.prefix), None)
        # (the verb before may follow the previous number at once: "و8 أصيبوا بجروح، وامرأتان لقيتا حتفهما")
        if own is not None and trig.tok_start >= (previous.placed.tok_end if previous is not None else view.tok_start):
            trig = own
    elif a.nt.text[max(view.nstart, p.nstart - 2) : p.nstart].strip().endswith("("):
        # "تليها الغارات الجوية (5 لقوا حتفهم و6 أصيبوا)": a number opening brackets takes the verb right after
        # it, not one before the brackets
        own = next((c for c in view.cues if c.tok_start == p.tok_end and c.kinds & _OUTCOME_KINDS and not c.prefix), None)
        trig = own or trig
    if trig is not None and "kill" in trig.kinds and _sentence_passed(a, view, clause[0], trig.tok_start - 1, trig.tok_start):
        # "وطاول حكم الإعدام 7 آخرين": a sentence passed on them, not their deaths
        trig = None
    # (a part counted by rank keeps the fate of the toll it parts when no verb of its own is near: "بينهم
    # ضابط برتبة عميد، و6 برتبة رائد")
    r.outcome = _outcome(trig) or (r.outcome if r.rule == "counted-by-rank" else None)
    if (
        trig is not None
        and trig.tok_end <= p.tok_start
        and "kill" in trig.kinds
        and a.token_in(p.tok_start - 1, grammar_union("assault_verbs", "attack_verbs"), "و")
    ):
        # "قتل 48 شخصاً عندما هاجم 50 مسلحاً المستوطنة": the men an assault verb right before counts made it
        r.outcome = None
    if (
        trig is not None
        and trig.tok_end <= p.tok_start
        and "kill" not in trig.kinds
        and _cue_at(view, p.tok_end, {"kill_after"}) is not None
        and any(a.token_in(t, grammar("result_verbs"), "و") for t in range(trig.tok_end, p.tok_start))
    ):
        # "وتأتي الاعتقالات بعد أيام من تفجيرات خلفت أكثر من 150 قتيلاً": what the verb of result brought, its
        # dead, not the fate named before it
        r.outcome = "kill"
    if toll_after_number is not None and (r.outcome is None or r.rule == "number-before-its-count"):
        # (the toll counted right after the number says the fate, not a verb before it: "استشهد مواطن متأثراً
        # بإصابته، ليرتفع إلى 24 عدد الشهداء")
        r.outcome = toll_after_number
    if r.outcome is None and r.rule == "compared-with-another-period" and previous is not None:
        r.outcome = previous.outcome  # (the figure compared has no verb of its own)
    if r.outcome is None and "kill_after" in kinds:
        r.outcome = "kill"
    if (
        r.outcome is None
        and r.rule == "number-of-them"
        and previous is not None
        and view.tok_start <= previous.placed.tok_start
        and previous.outcome
        # (of a count of persons whose side only its parts tell: "وجرح 19 شخصاً آخرين تسعة منهم من الشرطة")
        and (previous.metric or previous.noun == "person")
        # (set right after them, past a comma or آخرين: not "أمكن تحديد شخصية اثنين منهم"، "9 آلاف منهم حكم عليهم")
        and (
            p.tok_start
            <= (previous.noun_end_tok or previous.placed.tok_end) + 1 + (_cue_at(view, previous.noun_end_tok or previous.placed.tok_end, {"other"}) is not None)
            # (or told after أن by the speaker, with no number between: "أوقفت 74 مشتبهاً …، مؤكدة أن 73 منهم
            # يحملون جنسيات أجنبية")
            or (
                # (of the captured, or the leaders among the dead — not "مقتل 5 جنود، مشيرا إلى أن 3 منهم ضباط",
                # ranks of the same dead)
                (previous.outcome == "capture" or r.leader)
                and a.token_in(p.tok_start - 1, grammar("that_words"), "و")
                and not any(previous.placed.tok_end <= q.tok_start < p.tok_start for q in view.quantities)
                and not any(c.kinds & {"other_outcome", *OUTCOMES} and p.tok_end <= c.tok_start < p.tok_end + 5 for c in view.cues)
            )
        )
        and not any(c.kinds & {"other_outcome", *OUTCOMES} and previous.placed.tok_end <= c.tok_start < p.tok_end + 2 for c in view.cues)
        and not any(
            a.token_in(t, grammar_union("severity_words", "escape_words"), "") for t in range(p.tok_end, min(view.tok_end, p.tok_end + 4))
        )
    ):
        # "القبض على 10 متهمين، 3 منهم تلقوا التدريبات في إيران": a part of those just taken, told by what
        # else is true of them
        r.outcome = previous.outcome
    if (
        r.outcome == "kill"
        and "wound_after" in kinds
        and "kill_after" not in kinds
        and trig is not None
        and (trig.tok_end < p.tok_start - 1 or "kill_after" in trig.kinds or a.token_in(trig.tok_start, grammar("fall_words"), ""))
    ):
        # "بلغت الحصيلة 9 قتلى في صفوف الإرهابيين و3 جرحى من الجنود", "12 قتيلا و30 جريحا":
        # the noun names its own outcome (not "توفي 3 جرحى": the verb says what became of them; but a
        # fall is said of the wounded too: "سقوط 56 جريحاً")
        r.outcome = "wound"
    if r.outcome == "wound" and "kill_after" in kinds and "wound_after" not in kinds and trig is not None and "wound_after" in trig.kinds:
        r.outcome = "kill"  # "(15 إصابة بجروح)، ثم إطلاق النار (ثلاث حالات وفاة)": the noun names its own outcome
    if r.outcome == "kill" and "detained_noun" in kinds and trig is not None and "kill_after" in trig.kinds:
        r.outcome = "capture"  # "(20 قتيلاً، 50 معتقلاً)": the noun names its own outcome, as جريحاً does
    if r.outcome is None and "detained_noun" in kinds and not _other_outcome_before(view, p, clause) and q.noun_start is None:
        r.outcome = "capture"  # (not "الإفراج عن 887 محتجزاً": released, not held)
    if r.outcome is None and "wound_after" in kinds:
        r.outcome = "wound"
    if r.outcome is None and (told := _among_a_count_told_before(a, view, p, recent)) is not None:
        # "القبض على 46 تكفيرياً … ومن بين الستة وأربعين تكفيرياً، هناك 8 عناصر تكفيرية و4 مفتش عنهم": parts
        # of the count the article gave before, named again by its number
        r.outcome = told.outcome
        if r.side is None and r.noun in ("person", "member"):
            r.side = told.side
    if r.outcome is None and r.rule == "number-in-brackets-after-noun":
        # "أوقفت مفرزة للجيش، بالتنسيق مع …، بتبسة عنصري (2) دعم": the bulletin's opening verb, however far
        opener = [c for c in view.cues if c.tok_start < p.tok_start and c.kinds & {"capture", "kill"}]
        r.outcome = _outcome(opener[-1]) if opener else None
    if (
        r.outcome is None
        and r.rule == "demographic-subset"
        and r.side == "civilian"
        and previous is not None
        and _among_victims(view, p)
    ):
        # "من بين الضحايا 14 رجلاً وأربعة صبية لقوا مصرعهم": the victims' own verb, past the list
        joined = _past_joined_item(a, view, r.noun_end_tok or p.tok_end) or (r.noun_end_tok or p.tok_end)
        r.outcome = _outcome(_trigger_after(view, joined, (clause[0], view.tok_end), a))
    if r.outcome is None and subset_before and previous is not None:
        r.outcome = "capture" if _captives_before_subset(a, view, p, previous) else previous.outcome
        if (bigger := _whole_big_enough(view, p, previous)) is not None:
            # "مقتل 262 شخصاً، وإصابة 112 آخرين، بينهم 141 مدنياً": a part larger than the count right before
            # it is a part of the one before that
            r.outcome = bigger.outcome
            r.whole, r.part_of = bigger.whole or bigger.quantity.value, bigger.part_of or bigger
    # (على may stand before the number's qualifier: "قضوا على نحو ألف مسلح")
    ala = p.tok_start - 1
    while ala > max(view.tok_start, p.tok_start - 4) and a.token_text(ala) != "علي" and a.token_text(ala) in qualifier_words():
        ala -= 1
    if r.rule in ("noun-then-number-word", "number-in-brackets-after-noun") and noun is not None and noun.tok_end == p.tok_start:
        # (or before the noun a number word or its figure in brackets follows: "قضت مفرزة على إرهابيين اثنين"،
        # "قضت مفرزة على إرهابيين (02) خطيرين")
        ala = noun.tok_start - 1
    if r.outcome is None and a.token_text(ala) == "علي" and any(
        "finish_off" in c.kinds
        and max(view.tok_start, p.tok_start - 12) <= c.tok_start < ala
        # (not a court's sentence: "قضت محكمة مصرية بالإعدام على 26 متهماً" ruled, it killed no one)
        and not any(a.token_in(t, _sentencing_words(), "وب") for t in range(c.tok_end, ala))
        # (the masdar only as a deed done, after تم or من: "تم القضاء في العملية على 12" — not the judiciary as a
        # subject, "عرض القضاء على 12 متهماً", nor an aim, "بهدف القضاء نهائياً على 200")
        and (c.phrase not in grammar("finish_off_masdars") or a.token_in(c.tok_start - 1, grammar("finish_off_masdar_openers"), "و"))
        for c in view.cues
    ):
        # قضت مفرزة للجيش على 3 إرهابيين (also past commas: "قضت قوات الجيش، خلال الشهر الماضي، على 11")
        r.outcome = "kill"
    if r.outcome is None and r.noun in ("member", "friendly", "civilian", "person", "leader"):
        died = next((c for c in view.cues_of("finish_off") if clause[0] <= c.tok_start < p.tok_start), None)
        if (
            died is not None
            and died.phrase in grammar("died_qada_forms")
            and not any(a.token_text(t) == "علي" for t in range(died.tok_end, p.tok_start))
            # (not a ruling, "قضى الحكم بحبس ستة متهمين"، nor time spent, "المدة التي قضاها في الحبس ثمانية")
            and not any(a.token_in(t, grammar("sentencing_words"), "وب") for t in range(died.tok_end, p.tok_start))
            and a.token_text(died.tok_end - 1).removeprefix(died.prefix) == died.phrase
        ):
            r.outcome = "kill"  # "قضى خلال العام 627 عنصراً من قوات النظام": died, its subject after it
    if r.outcome is None and a.token_text(ala) == "علي" and any(
        clause[0] <= c.tok_start < ala for c in view.cues_of("catch_split")
    ):
        r.outcome = "capture"  # قبضت قوات الأمن على 13 إرهابياً
    if r.outcome is None and r.noun in ("civilian", "person", "member", "friendly") and _but_they_died(a, view, r.noun_end_tok or p.tok_end):
        # "أربعة مسلحين هاجموا القاعدة، لكنهم قتلوا بعد تبادل لإطلاق النار": the subject's own deed told
        # first, then its fate
        r.outcome = "kill"
    if r.outcome is None and r.noun in ("civilian", "person", "member", "friendly") and _cue_at(view, r.noun_end_tok or p.tok_end, {"kill_after"}):
        # "فقدان 130 مدنياً لحياتهم": whatever the verb, the words right after the people say they died
        r.outcome = "kill"
    # (not people something else happened to first: "تحرير 178 شخصاً … كانت بوكو حرام تحتجزهم")
    freed = any(
        not c.kinds & _OUTCOME_KINDS and p.tok_start - 2 <= c.tok_end <= p.tok_start
        for c in view.cues_of("other_outcome")
    )
    # (nor a force's own losses: "فقدت عشرة رجال كما أصيب 40 من أفرادها")
    lost = any(c.phrase != "فقدان" and c.tok_end == p.tok_start for c in view.cues_of("loss"))
    if r.outcome is None and r.noun in (*GROUP_NOUNS, "other") and not freed:
        r.outcome = _outcome(_trigger_after(view, r.noun_end_tok or p.tok_end, clause, a))
        # (past the people's nationality too: "11 جندياً جزائرياً على الأقل قتلوا")
        q_at = r.noun_end_tok or p.tok_end
        q_at = next((d.tok_end for d in view.adjectives if d.tok_start == q_at), q_at)
        # (or its state's name written for the nisba without its tanween: "30 جنديا سوريا على الأقل قتلوا")
        q_at = next(
            (e.tok_end for e in view.entities if e.tok_start == q_at == e.tok_end - 1 and not e.prefix and e.obj.kind == "country"),  # type: ignore[attr-defined]
            q_at,
        )
        set_off = _qualifier_after_at(a, q_at)
        if r.outcome is None and set_off:
            # "3804 مدنيين، على الأقل، قُتلوا": past a qualifier set off by commas, to the verb
            past_q = q_at + set_off
            r.outcome = _outcome(_trigger_after(view, past_q, (past_q, min(past_q + 2, view.tok_end)), a))
        if r.outcome is None and r.noun in ("civilian", "person", "member", "friendly") and (
            aside := _past_aside(a, view, q_at)
        ) is not None:
            # "سبعة مصلين، معظمهم من كبار السن، قتلوا": past an aside set off by two commas, to the verb (and
            # past the people's nationality: "54 جندياً أوغندياً، بمن فيهم قادة، فقدوا حياتهم")
            r.outcome = _outcome(_trigger_after(view, aside, (aside, min(aside + 2, view.tok_end)), a))
        aux = q_at
        while aux < min(q_at + 2, view.tok_end) and a.token_in(aux, grammar("auxiliaries_before_verb"), "و"):
            aux += 1
        # (not a group's bare member noun past a state's nisba: "25 عنصراً تركياً كانوا قد قتلوا" — whose men, the
        # noun alone does not say)
        past_nisba = q_at != (r.noun_end_tok or p.tok_end) and r.noun == "member" and r.group_entity is None
        if r.outcome is None and aux > q_at and not past_nisba:
            # "33 جندياً تركياً كانوا قد قتلوا": past "were" and the perfect's particle, to the verb
            r.outcome = _outcome(_trigger_after(view, aux, (aux, min(aux + 1, view.tok_end)), a))
        if r.outcome is None and (where := _past_place_phrase(a, view, q_at)) is not None:
            # "ما يقرب من 700 من مقاتلي داعش في سوريا والعراق قتلوا": past where they were, to the verb
            r.outcome = _outcome(_trigger_after(view, where, (where, min(where + 2, view.tok_end)), a))
        if lost and r.outcome != "kill":  # (but "فقدت 3 سيدات حياتهن": lost their lives)
            r.outcome = None
        if r.outcome is None and r.rule == "noun-then-number-word" and "ال" in p.prefix:
            # "الإرهابيين الثلاثة، تم تحييدهم": the definite subject, set off by a comma from its verb
            r.outcome = _outcome(_trigger_after(view, p.tok_end, (clause[0], view.tok_end), a))
        if r.outcome is None and r.noun in ("member", "friendly", "person"):
            # "408 من عناصر وزارة الدفاع وجهاز الأمن العام قتلوا": the verb after the bodies named
            named_end = _named_bodies_end(a, view, r.noun_end_tok or p.tok_end)
            if named_end is not None:
                r.outcome = _outcome(_trigger_after(view, named_end, clause, a))
        past = _past_subset_list(a, view, r.noun_end_tok or p.tok_end)
        if past is None and r.noun in ("member", "friendly", "person"):
            # "أربعة من عناصر تنظيم القاعدة، بينهم قيادي في التنظيم، قتلوا": past the group named first
            named_end = _named_bodies_end(a, view, r.noun_end_tok or p.tok_end)
            past = _past_subset_list(a, view, named_end) if named_end is not None else None
        if r.outcome is None and past is not None and not a.token_in(past, grammar("clause_conjunctions"), "و"):
            # "239 مدنياً بينهم 13 طفلاً و8 سيدات، قضوا على يد قوات النظام": the verb after the parts
            # (not one a conjunction opens: "خسر 11 رجلاً بينهم ثلاثة ضباط، كما أصيب ستة")
            r.outcome = _outcome(_trigger_after(view, past, (past, min(past + 3, view.tok_end)), a))
        if r.outcome is None and r.noun in ("civilian", "person", "member", "friendly") and any(
            "by_hand" in c.kinds
            and (r.noun_end_tok or p.tok_end) <= c.tok_start <= (r.noun_end_tok or p.tok_end) + 2
            # (not past a verb of their own, a plural's past in وا: "40 عضواً في الجماعة خضعوا للتدريب على يد
            # حركات" were trained, not killed; an adjective may stand between, "جثتين لعنصرين مقطوعي الرأس، على يد")
            and not any(
                a.token_text(t).endswith("وا") and _cue_at(view, t, {"kill"}) is None and not a.token_in(t, grammar("passive_kill_verbs"), "و")
                for t in range(r.noun_end_tok or p.tok_end, c.tok_start)
            )
            # (nor past what befell them by that hand, a masdar after ل: "تعرض أحد أفراد الأمن للطعن على يد امرأة")
            and not any(a.token_text(t).startswith("لل") for t in range(r.noun_end_tok or p.tok_end, c.tok_start))
            for c in view.cues
        ) and not any(view.tok_start <= c.tok_start < p.tok_start for c in view.cues_of("capture")):
            # (not in a count of arrests: "اعتقال 167 شخصاً بينهم 13 طفلاً و8 سيدات على يد أطراف النزاع")
            r.outcome = "kill"  # "سقط 130 مدنياً منهم على يد قوات النظام": a toll by the hand of its perpetrator
        if (
            r.outcome is None
            and r.noun in ("civilian", "friendly", "member")
            and p.tok_start == clause[0]  # (the count opens its clause: "16 مدنياً … حصيلة شهداء المجزرة")
            and (toll := _toll_named_after(a, view, r.noun_end_tok or p.tok_end))
        ):
            # "16 مدنياً جلهم من الأطفال والنساء حصيلة شهداء المجزرة": the people counted, then what they are the
            # toll of — the dead
            r.outcome = toll
        if r.outcome is None and (
            _died_after(a, view, r.noun_end_tok or p.tok_end, clause)
            or (past is not None and _died_after(a, view, past, (clause[0], view.tok_end)))
        ):
            # "596 من عناصر الجماعة قضوا في مواجهات": died, the number its subject (also past its parts:
            # "31 مدنياً بينهم 9 أطفال قضوا بانفجار مخلفات الحرب")
            r.outcome = "kill"
        item_end = r.noun_end_tok or p.tok_end
        if (other_after := _cue_at(view, item_end, {"other"})) is not None:
            item_end = other_after.tok_end  # ("ثلاثة مدنيين آخرين وخمسة ضباط شرطة قتلوا": past آخرين)
        joined = _past_joined_item(a, view, item_end) if r.outcome is None else None
        if joined is not None:
            # "ما لا يقل عن 100 متشدد و17 من الجنود قتلوا": two counted subjects share the verb
            r.outcome = _outcome(_trigger_after(view, joined, clause, a))
        ones = _past_joined_ones(a, view, r.noun_end_tok or p.tok_end, clause) if r.outcome is None else None
        if ones is not None:
            # "ثمانية مدنيين وعامل استخبارات وجندياً قتلوا": single persons joined to the counted
            # subject share its verb
            r.outcome = _outcome(_trigger_after(view, ones, (ones, min(ones + 2, clause[1])), a))
        if r.outcome is None and r.noun in _PEOPLE_NOUNS:
            # "ثمانية جنود أتراك و21 من مسلحي الحزب، قتلوا": the verb after a subject of several counted
            # items, each with its nationality, its group or its aside
            died = _verb_after_subject(a, view, r.noun_end_tok or p.tok_end)
            r.outcome = "kill" if died is not None and "finish_off" in died.kinds else _outcome(died)
    if (
        r.outcome is None
        and r.noun in ("person", "member")
        and noun is not None
        and _held_after(a, view, noun.tok_end)
        # (not the held set free: "أفرجت السلطات عن 300 محتجز من عناصر داعش"، "… بعد الإفراج عنهم"; those moved
        # stay held; nor those held before: "40 عنصراً من داعش معتقلين سابقين")
        and not a.sentence_has(view, grammar("release_words"), "وبل")
        and not any(a.token_in(t, grammar("former_words"), "") for t in range(p.tok_end, min(p.tok_end + 8, view.tok_end)))
    ):
        # "وجود 26 ألف عنصر من تنظيم داعش معتقل في العراق وسوريا": the group's men held, past the group
        r.outcome = "capture"
        r.rule = r.rule or "held-after-the-group"
    if r.outcome is None and r.noun in ("person", "member") and not r.in_cell and _held_named_before(a, view, p, clause):
        # "أن المقبوض عليهم من عناصر الخلية 5 أشخاص": the held, named first, then how many they are
        r.outcome = "capture"
        r.rule = r.rule or "held-named-before"
    if r.outcome is None and r.noun == "civilian" and _civilians_of_a_toll(a, view, p):
        # "وثق تقرير الشبكة 6036 مدنياً"، "غير أن الحصيلة تشمل أيضاً 627 مدنياً": civilians counted in a
        # toll or a documented count, with no verb of their own, are its dead
        r.outcome = "kill"
        r.rule = "civilians-of-a-documented-toll"
    if r.outcome is None and r.noun in ("civilian", "friendly", "member", "person", "leader") and _broken_down_toll_before(a, view, p):
        # "مقتل 315 شخصاً، وتوزعت الحصيلة على النحو الآتي: 271 مدنياً …": the parts of the toll
        r.outcome = "kill"
        r.rule = "part-of-a-toll-broken-down"
    if (
        r.outcome is None
        and r.noun in ("civilian", "friendly", "member", "leader")
        and previous is not None
        and previous.placed.tok_start >= view.tok_start
        and previous.outcome in ("kill", "wound")
        and (gap := a.nt.text[a.tokens[(previous.noun_end_tok or previous.placed.tok_end) - 1].end : p.nstart]).strip(" ،,:؛;") == ""
        and ((previous.noun == "person" and previous.side is None) or (any(ch in gap for ch in ":؛;") and previous.side == r.side))
        # (not a part with a predicate of its own: "6 جنود لا يزالون في عداد المفقودين"، "40 عنصراً تم توقيفهم")
        and not _own_predicate_after(a, view, r.noun_end_tok or p.tok_end, clause)
    ):
        # "القتلى عددهم 11 شخصاً، 3 من قوات النظام و7 من المسلحين"، "مقتل ستة من عناصرها؛ أربعة جنود …":
        # the first part right after a toll of persons set off by a comma, or after a colon or a
        # semicolon, parts it (the items after it share its verb) — of the wounded too: "أصيب 34 شخصاً، 15 من
        # عناصر الأمن و17 مدنياً"
        r.outcome = previous.outcome
        r.rule = "part-of-a-toll-broken-down"
    if r.noun == "person" and r.side is None and noun is not None and _men_after_children_and_women(a, view, p, noun, previous, r):
        # "(44 طفلاً، 16 امرأة، 145 رجلاً)": the men of a toll broken down by who the dead were, after its
        # children and women, are civilians like them
        r.noun, r.side = "civilian", "civilian"
        r.rule = "men-of-a-demographic-breakdown"
    if r.outcome is None and r.noun in (*GROUP_NOUNS, "other") and any(
        clause[0] <= c.tok_start < p.tok_start for c in view.cues_of("meet_fate")
    ):
        # لقي 17 جندياً و36 عنصراً داعماً للجيش حتفهم: the outcome noun closes a long subject,
        # past any apposition set off by commas (لقي تسعة جنود، تابعين لبعثة …، مصرعهم)
        fate = next((c for c in view.cues_of("kill_after") if p.tok_end <= c.tok_start < view.tok_end), None)
        if fate is not None:
            r.outcome = "kill"
    head = previous
    if previous is not None and not previous.metric and recent:
        # the list's head is the last figure with a metric, past numbers of other nouns (من 12 جنسية)
        heads = [x for x in recent.values() if x.metric and view.tok_start <= x.placed.tok_start < p.tok_start]
        if heads:
            head = max(heads, key=lambda x: x.placed.tok_start)
    if (
        head is not None
        and head.metric
        and (head.outcome or head.metric == "strength")
        and _ranked_next(a, view, p, head)
    ):
        # "الربع الأخير شهد مصرع 146 مقاتلاً، واحتل ديسمبر المرتبة الأولى بـ 59، يليه أكتوبر بـ 49"
        if r.noun is None:
            r.noun, r.side, r.leader, r.group_entity = head.noun, head.side, head.leader, head.group_entity
        r.item_start = head.placed.tok_end
        if head.metric == "strength" and r.noun == "member":
            # "تأتي تونس في مقدمتهم بـ 6500، تليها السعودية بـ 2500": a ranking of strengths
            r.estimate, r.side = True, "armed"
            r.rule = "ranked-list"
        if r.outcome is None and r.noun == head.noun:
            r.outcome = head.outcome
            r.side = r.side or head.side  # (حل اليمنيون ثانيا بـ14 متهماً: the suspects of the list's head)
            r.rule = "ranked-list"
    # (also past commas: "شيعت المليشيا في صنعاء وحدها، منذ مطلع الشهر الجاري (178) قتيلاً")
    funeral = next(
        (c for c in view.cues_of("funeral") if max(view.tok_start, p.tok_start - 15) <= c.tok_start < p.tok_start), None
    )
    if funeral is not None and r.noun in ("member", "person", "leader", "friendly", "civilian") and r.outcome in (None, "kill"):
        # "شيعت ميليشيا الحوثي 188 عنصراً": the buried were killed, and were the mourners' own
        r.outcome = "kill"
        victims = any(a.token_in(t, grammar("victim_words"), "ل") for t in range(p.tok_start, min(p.tok_end + 3, view.tok_end)))
        if r.noun == "civilian" or (victims and r.noun == "person"):
            # (but a state burying a group's victims, "تشييع 60 من ضحايا تنظيم داعش"، "شيعت الحكومة 90 مواطناً
            # من ضحايا داعش", buries civilians)
            r.noun, r.side = "civilian", "civilian"
        elif r.noun in ("person", "friendly"):
            # (the Houthis' buried officers, ضابطاً، are the Houthis')
            r.side = _agent_side(a, view, p, clause) or r.side
            # (Hezbollah's dead, buried by it, are an armed group's in its own war with Israel: the claim's
            # countries decide, as for "its" men)
            r.group_entity = r.group_entity or _owner_of_sided_war(view, p.tok_start)
        r.rule = "funeral-of-own-dead"
    plain = r.noun == "member" and noun is not None and noun.phrase in grammar("generic_member_nouns")
    if (
        plain
        and r.outcome == "wound"
        and r.group_entity is None
        and r.group_side != "armed"  # (a group named by its common noun: "11 من عناصر الجماعة")
        and _group_after(a, view, r.noun_end_tok or p.tok_end)[0] is None
        and _others_group_later(a, view, p) is None
        and _cue_at(view, r.noun_end_tok or p.tok_end, {"other"}) is None  # (وإصابة 3 عناصر آخرين: the others')
        and _cue_at(view, r.noun_end_tok or p.tok_end, {"member"}) is None  # (جرح عنصرين إرهابيين: a group's)
    ):
        # "وأصيب أكثر من 19 عنصراً بجراح"، "ما أدى لإصابة عنصرين": the wounded a report counts
        # without naming their group are the force's own (a group's wounded come with its name)
        r.noun, r.side = "friendly", "friendly"
        r.rule = r.rule or "wounded-of-the-force"
    if plain and r.group_entity is None and r.outcome in ("kill", "wound"):
        # "لقي أربعة عناصر مصرعهم وأصيب 24 آخرون من قوات البنيان المرصوص": the group named with the
        # others is the group of the first number too
        later = _others_group_later(a, view, p)
        if later is not None and later[0] != r.side:
            r.side, r.group_entity = later
            r.noun = "friendly" if r.side == "friendly" else r.noun
            r.rule = r.rule or "group-named-with-the-others"
    if r.noun == "person" and r.side is None and r.outcome == "kill" and noun is not None and "kill_after" in noun.kinds:
        # "مصرع 183 قتيلاً وأكثر من 210 جريحاً من المليشيات الحوثية": the group named after the joined
        # wounded is the dead's too
        shared = _group_of_the_joined_wounded(a, view, noun.tok_end)
        if shared is not None:
            r.side, r.group_entity = shared
            r.noun = "member" if shared[0] == "armed" else shared[0] if shared[0] in ("friendly", "civilian") else r.noun
            r.rule = r.rule or "group-named-with-the-wounded"
    if (
        plain
        and r.group_entity is None
        and r.side == "armed"
        and r.outcome in ("kill", "wound", "capture")  # (and those it took: "… وأسر سبعة عناصر")
        and r.group_side is None  # (not "مقتل 11 عنصراً من التنظيم": the group named with them)
        and _group_after(a, view, r.noun_end_tok or p.tok_end)[0] is None
        # (nor the group's men by their adjective: "أربعة عناصر تكفيرية")
        and a.token_text(r.noun_end_tok or p.tok_end) not in grammar_union("terror_words", "takfiri_words")
        and (
            _post_of_a_force_attacked(a, view, p)
            or _post_attacked_after(a, view, r.noun_end_tok or p.tok_end)
            or _ambushed_by_a_group_after(a, view, r.noun_end_tok or p.tok_end)
        )
    ):
        # "أطلق مسلحون النار على دورية لقسد، ما أدى لمقتل عنصرين": the men of the post or patrol attacked
        r.noun, r.side = "friendly", "friendly"
        r.rule = r.rule or "men-of-the-post-attacked"
    # (the convicts named after the number, or before it with the number as their adjective: "مدانين اثنين")
    convicts = (
        a.sentence_has(view, grammar("convicted_words"))
        and any(a.token_text(t) in grammar("convicted_words") for t in range(p.tok_end, min(p.tok_end + 3, view.tok_end)))
    ) or (
        a.token_text(p.tok_start - 1) in grammar("convicted_words")
    )
    if r.outcome == "kill" and (
        (trig is not None and trig.phrase in grammar("execution_words") and (
            any(a.token_text(t) in grammar("court_words") for t in range(clause[0], trig.tok_start))
            # (the authorities as the verb's subject, "أعدمت السلطات"، or a ratification right before it, "صدق على
            # إعدام" — not the authorities as the speaker of a group's executions: "قالت السلطات إن مسلحين أعدموا")
            or a.token_in(trig.tok_end, grammar("execution_authorities"), "")
            or any(a.token_in(t, grammar("ratify_words"), "و") for t in range(max(clause[0], trig.tok_start - 6), trig.tok_start))
            or convicts
        ))
        # "مصر تعدم 15 إرهابياً أدينوا بقتل رجال جيش": the state executing convicts — the killing they were
        # convicted of is not this number's
        or (convicts and (trig is None or trig.tok_start > p.tok_start))
    ):
        # "أصدرت محكمة مصرية إعدام عشرة إرهابيين": a court's sentence, not a death
        r.outcome, r.metric, r.rule = None, None, "court-sentence"
        return r
    if r.outcome == "kill" and r.noun == "member" and r.group_entity is None and _martyred(a, view, p, r, clause):
        # "استشهاد ستة مقاتلين بنيران داعش": a martyr is the reporter's own, never the enemy
        r.noun, r.side = "friendly", "friendly"
        r.rule = r.rule or "martyred-fighters"
    blocked = _other_outcome_before(view, p, clause)
    if (
        r.outcome is None
        and "other" in kinds
        and previous is not None
        and not blocked
        # (not others a court sentenced: "وطاول حكم الإعدام 7 آخرين" after a toll of the attack they were tried for)
        and not _sentence_passed(a, view, clause[0], clause[0], p.tok_start)
    ):
        r.outcome = previous.outcome
    if r.outcome == "kill" and "kill_after" not in kinds and (trig is None or trig.tok_end <= p.tok_start) and _taken_to_hospital(a, view, r.noun_end_tok or p.tok_end):
        # "قتل خمسة جنود، ونقل 29 آخرون إلى المستشفى": those taken to hospital are the wounded, not more dead
        r.outcome = "wound"
    if (
        r.outcome is None
        and previous is not None
        and previous.outcome is None
        and previous.noun != r.noun
        and not blocked
        and joined_by_wa(a, p)
        and (r.quantity.value or 0) > 1  # (not "وأحد أعضاء اللجنة": one of a list of titles)
        and (
            parallel := [
                x for x in (recent or {}).values()
                if x.noun == r.noun and view.tok_start <= x.placed.tok_start < previous.placed.tok_start
                # (each item going on alike: not "و200 مدني نزحوا", a verb of their own after it)
                and _same_preposition_at(a, x.noun_end_tok or x.placed.tok_end, r.noun_end_tok or p.tok_end)
            ]
        )
        and len({x.outcome for x in parallel}) == 1
    ):
        # "مقتل 1200 مدني في باكستان في 800 هجوم و900 مدني في أفغانستان": parallel items, the second of the same
        # noun as the first, past the first's own complement counting another thing
        r.outcome = parallel[0].outcome
        r.rule = r.rule or "parallel-item-shares-outcome"
    if (
        r.outcome is None
        and previous is not None
        and previous.outcome
        and previous.placed.tok_start >= view.tok_start
        and r.noun in ("member", "friendly", "civilian", "leader")
        and not blocked
        and a.token_in(p.tok_start - 1, grammar("set_against_words"), "و")
        and not any(previous.placed.tok_end <= q.tok_start < p.tok_start for q in view.quantities)
    ):
        # "قتل 27 عنصراً من قوات النظام مقابل 20 مقاتلاً من الفصائل": the other side's toll set against it, with
        # its own people named, shares its fate
        r.outcome = previous.outcome
        r.rule = r.rule or "toll-set-against"
    if r.outcome is None and previous is not None and previous.outcome and not blocked and view.tok_start <= previous.placed.tok_start:
        # "عدد القتلى في صفوف الشرطة 1224، وفي صفوف الجيش 519 جندياً": the next item opens with the same
        # preposition the first one's did, and counts the same fate — of the side it names itself; or, past the
        # first one's noun, counts the same people ("قتل في قرية كيلا 120 مدنياً، وفي قرية دوري 75 مدنياً")
        item_sides = _item_sides(view, previous.placed.tok_end + 1, p.tok_start) if _parallel_opening(a, view, previous.placed, p) else set()
        same_people = (
            r.noun is not None
            and r.noun == previous.noun
            and r.side == previous.side
            and previous.noun_end_tok is not None
            and _parallel_opening(a, view, previous.placed, p, opener=previous.noun_end_tok, reach=7)
        )
        if item_sides or same_people:
            r.outcome = previous.outcome
            if r.noun is None and item_sides:
                side = next(iter(item_sides))
                r.noun, r.side = ("member" if side == "armed" else side), side
            r.rule = r.rule or "parallel-item-shares-outcome"
    if r.outcome is None and previous is not None and previous.outcome and not blocked and _listed_after(
        a, view, p, previous, noun.tok_start if r.rule == "noun-then-number-word" and noun is not None else None
    ):
        # قُتل 498 عنصراً من قوات النظام، إضافة إلى 241 من عناصر داعش
        r.outcome = previous.outcome
        r.rule = r.rule or "list-shares-outcome"
        if previous.rule == "combined-outcomes":
            # "قتل وأصيب أربعة ضباط وثلاثة ضباط صف وثمانية جنود": every item shares both outcomes
            r.metric, r.rule = None, "combined-outcomes"
            return r
    if r.outcome is None and not blocked and r.noun in ("member", "leader", "friendly", "civilian", "person"):
        # "اعتقلت خلالها أبرز مسؤول في التنظيم، إضافة لثلاثة عناصر آخرين": added to a person the verb
        # named, with no number of his own, the list still shares that verb
        add = next((c.tok_start for c in view.cues if "coordinator" in c.kinds and p.tok_start - 3 <= c.tok_start < p.tok_start), None)
        if add is None and p.prefix.startswith("ل") and a.token_text(p.tok_start - 1) in grammar("addition_words"):
            add = p.tok_start - 1  # (its ل glued to the number word: "إضافة لثلاثة عناصر")
        verbs = [c for c in view.cues if add is not None and c.tok_end <= add and c.kinds & _OUTCOME_OR_OTHER_KINDS]
        trig = max(verbs, key=lambda c: c.tok_start) if verbs else None
        if trig is not None and not any(trig.tok_end <= q.tok_start < p.tok_start for q in view.quantities):
            r.outcome = _outcome(trig)
            r.rule = r.rule or "added-to-one-named"
    if (
        r.outcome is None
        and previous is not None
        and previous.outcome
        and previous.side
        and previous.placed.tok_start >= view.tok_start
        and r.noun in (None, "person", previous.noun)
        and not blocked
        and "(" in a.nt.text[a.tokens[previous.placed.tok_end - 1].end : a.tokens[p.tok_start].start]
        and ")" not in a.nt.text[a.tokens[previous.placed.tok_end - 1].end : a.tokens[p.tok_start].start]
        # (not brackets opened by a list announced with a colon: "وتوزعت الهجمات على المناطق التالية: (36 في …")
        and ":" not in a.nt.text[a.tokens[previous.placed.tok_end - 1].end : a.tokens[p.tok_start].start]
    ):
        # "بلغ عددهم 739 شخصاً منذ 2015 (275 شخصاً في سنة 2015، و276 في 2016)": a total's parts in brackets
        r.outcome, r.side = previous.outcome, previous.side
        r.noun = r.noun or previous.noun
        r.rule = r.rule or "parts-in-brackets"
    whole = (previous.part_of or previous) if previous is not None and previous.placed.tok_start >= view.tok_start else None
    if r.noun is None and r.outcome is None and whole is not None and whole.noun and _bracketed_after_a_place(a, view, p):
        # "45 عملية توزعت على العراق (30) وسوريا (15)"، "45 مدنياً توزعوا على حلب (30) وإدلب (15)": each
        # place's share of the count before, in brackets after its name
        r.noun, r.side, r.outcome, r.leader = whole.noun, whole.side, whole.outcome, whole.leader
        r.group_entity = whole.group_entity
        r.part_of, r.whole = whole, whole.quantity.value
        r.rule = "share-of-a-place-in-brackets"
    loss = next(
        (
            c
            for c in view.cues
            if "loss" in c.kinds
            # (فقدان ثمانية آخرين: missing — but a force's first word of its own men is their death:
            # "أعلن الجيش فقدان اثنين من جنوده وإصابة ثمانية")
            and (c.phrase != "فقدان" or _lost_own_men(a, view, c, p))
            and clause[0] <= c.tok_start < p.tok_start
            and (
                c.phrase != "فقد"
                or _force_right_before(view, c.tok_start)
                # "وفقد الجيش العراقي 5 من عناصره": the verb, then the force that lost them
                or any(e.tok_start == c.tok_end and _side_of_entity(e.obj) == "friendly" for e in view.entities)  # type: ignore[arg-type]
                or any(d.tok_start == c.tok_end and d.kinds & {"friendly_group", "own_forces"} for d in view.cues)
                # "أكد الجيش أنه قتل 1100 مسلح وفقد أكثر من 100 جندي": the same subject's second verb (not
                # "مقتل 17 جندياً وفقد 22 آخرين": others after it went missing)
                or (
                    c.prefix.startswith("و")
                    and _cue_at(view, p.tok_end, {"other"}) is None
                    # (an active verb, with its subject or its "that he" before it — not the passive that opens
                    # the clause: "قتل 7 مدنيين وفقد 3 عسكريين" went missing)
                    and any("kill" in d.kinds and clause[0] < d.tok_start < c.tok_start for d in view.cues)
                    # (men it lost are named, or the subject killed the other side's men before it — a bare number
                    # after the force's own dead is the passive's subject: "ثمانية جنود قتلوا وفقد اثنان"، "سقط
                    # عشرة قتلى وفقد خمسة وجرح 25" went missing; "أنه قتل 40 مسلحاً وفقد اثنين" lost two)
                    and (noun is not None or (previous is not None and previous.side == "armed"))
                )
            )
        ),
        None,
    )
    if (
        r.side is None
        and r.noun == "person"
        and noun is not None
        and noun.kinds & {"kill_after", "wound_after"}
        and (inflict := next((c for c in view.cues_of("inflict") if clause[0] <= c.tok_start < p.tok_start), None))
        is not None
    ):
        # "أوقعت في صفوف الحوثيين 30 قتيلاً"، "أوقعت بين الحوثيين وقوات صالح ستين قتيلاً": the side the
        # toll was inflicted on, named between the verb and the number
        # (past the verb's own subject: "أوقعت القوات في صفوف الحوثيين 30 قتيلاً")
        start = next(
            (
                t + (a.token_text(t) == "بين")
                for t in range(inflict.tok_end, p.tok_start)
                if a.token_text(t) == "بين" or (a.token_text(t) == "في" and a.token_in(t + 1, grammar("ranks_words"), ""))
            ),
            p.tok_start,
        )
        side, ent, end = _group_after(a, view, start) if start < p.tok_start else (None, None, start)
        while end < p.tok_start and a.token_text(end).startswith("و"):
            more, _, end2 = _group_after(a, view, end)
            if more != side or end2 <= end:
                break
            end = end2
        if side in ("armed", "friendly") and end == p.tok_start:
            r.side, r.group_entity = side, ent or r.group_entity
            r.rule = "toll-inflicted-on-a-side"
    if (
        r.side is None
        and r.noun == "person"
        and noun is not None
        and noun.kinds & {"kill_after", "wound_after"}
        and (whose := next((c for c in view.cues if c.tok_start == noun.tok_end and c.prefix in ("", "ل")), None)) is not None
        and (sided := next((k for k in ("friendly", "civilian") if k in whose.kinds), None)) is not None
        # (not people of two kinds: "9 جثث لعسكريين ومدنيين")
        and not any(c.tok_start == whose.tok_end and c.prefix.startswith("و") and c.kinds & _PEOPLE_NOUNS for c in view.cues)
    ):
        # "جثث 5 قتلى عسكريين"، "14 جثة لعسكريين": the dead named by the people they were, right after
        r.noun, r.side = sided, sided
        r.rule = r.rule or "dead-named-by-their-people"
    if (
        loss is not None
        and r.noun == "leader"
        and r.outcome is None
        and loss.phrase not in grammar("suffer_words")
        and _loser_side(a, view, loss) == "armed"
        # (not leaders who surrendered or defected: "خسرت الحركة أربعة من قادتها الذين سلموا أنفسهم")
        and not any(p.tok_end <= c.tok_start < clause[1] for c in view.cues_of("other_outcome"))
    ):
        # "خسر التنظيم خمسة من قياداته": a group's lost leaders are its dead leaders
        r.outcome, r.side = "kill", "armed"
        r.rule = "losses-of-armed-group"
    if (
        loss is not None
        and loss.phrase == "فقد"
        and (
            a.token_in(p.tok_end, grammar("nominative_others"), "")
            # (or a bare nominative dual right after the verb, the passive's subject: "ثمانية جنود قتلوا وفقد
            # اثنان" — not the accusative object of a force's loss: "أنه قتل 35 … وفقد اثنين")
            or (noun is None and loss.tok_end == p.tok_start and a.token_text(p.tok_start) in grammar("nominative_two"))
        )
        and _cue_at(view, p.tok_end + 1, {"kill_after"}) is None  # (not "وفقد 4 آخرون حياتهم": they died)
    ):
        # "قتل خمسة جنود وفُقد 15 آخرون": the passive, with the others as its subject — missing, not lost
        r.outcome, r.metric, r.rule = None, None, "went-missing"
        return r
    if loss is not None and a.token_text(loss.tok_end) in grammar("trace_words"):
        # "وفقد أثر 18 جندياً": their trace was lost — missing, not dead
        r.outcome, r.metric, r.rule = None, None, "went-missing"
        return r
    if (
        loss is not None
        and r.noun in ("member", "person", "friendly", None)
        # (or its dead named as such: "خسر تنظيم داعش 1044 قتيلاً")
        and (
            r.outcome is None
            or (r.outcome == "kill" and r.side is None and noun is not None and "kill_after" in noun.kinds)
            or _wounded_of_the_next_clause(a, view, p, loss, r)
        )
        and loss.phrase not in grammar("suffer_words")
        # (a bare number in millions is money: "قدرت خسارة سوريا بنحو 300 مليار")
        and not (r.noun is None and (q.value or 0) >= 1_000_000)
    ):
        # فقدت قواته اثنين من مقاتليها: a force's own losses; "خسر داعش 1900 مسلحاً": a group's
        # (تكبد takes losses of any kind, "تكبدت أربعة خسائر": only its dead named as such count)
        loser = _loser_side(a, view, loss)
        # (a speaker's own "فقدنا" of persons names no force: "فقدنا سبعة أشخاص" may be a town's; "فقدنا
        # خمسة من قوات الأمن"، "خسرنا 13 رجلاً" are a force's)
        # (nor "فقدنا 1259 شهيداً": a nation's dead, of every kind)
        townsfolk = loss.phrase in grammar("first_person_losses") and noun is not None and (
            noun.phrase in grammar("persons_words") or "kill_after" in noun.kinds
        )
        own = loser or (r.side if townsfolk else "friendly")
        if a.token_text(p.tok_end) == "من" and any(
            a.token_in(t, grammar_union("family_words", "kin_words"), "") for t in range(p.tok_end + 1, min(p.tok_end + 4, view.tok_end))
        ):
            # "التي فقدت ثمانية من أفراد أسرتها"، "فقد أربعة من بناته": a family's dead are civilians
            own = "civilian"
        r.outcome, r.side, r.noun = "kill", own, r.noun or "person"
        r.rule = "loss-of-own-forces" if loser != "armed" else "losses-of-armed-group"
    if (
        r.noun is None
        and r.outcome is None
        and a.token_text(p.tok_start - 1) in grammar("died_before_hand")
        and _cue_at(view, p.tok_end, {"by_hand"}) is not None
    ):
        r.outcome = "kill"
    if r.noun is None and r.outcome is not None and _shares_next_noun(a, view, p):
        # "عمرهما 21 و23 سنة"، "بين 3 و5 سنوات": a bare number joined to the next one shares its noun
        r.rule = "counts-another-noun"
        return r
    if r.noun is None and r.outcome is not None:
        # مقتل 14 واعتقال 92: a bare number after a trigger
        same_sentence = previous is not None and previous.placed.tok_start >= view.tok_start
        # "فيما قتل 160 من قوات النظام": its own group (not the next item's, "12، وقوات التحالف 9")
        own_group = _group_after(a, view, p.tok_end)[0] if a.token_text(p.tok_end) == "من" else None
        # "قتل 15 شخصاً بينهم 9 جنود وأصيب نحو 30": the wounded are of the whole toll, not of its part
        part = previous is not None and any(
            previous.placed.tok_start - 2 <= c.tok_start < previous.placed.tok_start for c in view.cues_of("subset")
        )
        own_verb = a.token_text(p.tok_start - 1) in grammar("died_before_hand") or any(
            (r.outcome in c.kinds and p.tok_start in (c.tok_end, c.tok_start - 1))
            or ("by_hand" in c.kinds and c.tok_start == p.tok_end)  # "و اثنين على أيدي قوات سوريا الديمقراطية"
            for c in view.cues
        )
        if part and own_verb and previous is not None and previous.rule == "subset-of-same-metric" and previous.outcome == r.outcome:
            # "و9 بينهم 3 أطفال، فيما قضى 40 على يد جهات أخرى": after a part of the same kind as its whole,
            # a number with its own verb is the next item, of that kind too
            part = False
        # "قتلوا ستة مسلحين … وأدت أيضاً إلى مقتل جندي وجرح أربعة": one person named by their fate after the
        # last number, whose side the bare number right after takes
        lone = _one_named_before(a, view, p) if previous is not None and same_sentence and own_group is None else None
        fate = _trigger_before(view, p, clause, a) if lone is not None else None
        if (
            lone is not None
            and previous is not None
            and lone.tok_start > previous.placed.tok_end
            and not part
            # (its fate's verb right after the lone noun, the number right after that: "مقتل جندي وجرح أربعة")
            and fate is not None
            and lone.tok_end <= fate.tok_start <= lone.tok_end + 1
            and fate.tok_end == p.tok_start
        ):
            lone_side = "friendly" if "friendly" in lone.kinds else "civilian" if "civilian" in lone.kinds else "armed"
            r.noun, r.side = {"friendly": "friendly", "civilian": "civilian", "armed": "member"}[lone_side], lone_side
            r.rule = "bare-number-after-one-named"
        elif (
            previous is not None
            and same_sentence
            and previous.side
            and previous.noun not in ("operation", "attack", "state")
            and own_group in (None, previous.side)
            and not part
            # (not a number with a toll of its own people between: "…إلى 19، ويرتفع عدد القتلى من المتشددين
            # إلى 105"; a toll naming none, "وبلغ عدد المصابين 20", goes on with the list's people)
            and _toll_side(a, view, p, previous.placed.tok_end) is None
            # (nor the toll of what men counted with no fate did: "واستهدف ستة انتحاريين من داعش قرية، مما أسفر عن
            # مقتل أربعة" — their victims, not more of them)
            and not (
                previous.outcome is None
                and previous.side == "armed"
                # (the men counted right after the verb, its subject — not its object after a subject: "وهاجم مسلحون 5
                # جنود، ما أدى إلى مقتل ثلاثة")
                and a.token_in(previous.placed.tok_start - 1, grammar_union("assault_verbs", "attack_verbs"), "و")
            )
        ):
            r.noun, r.side, r.leader, r.group_entity = previous.noun, previous.side, previous.leader, previous.group_entity
            r.rule = "bare-number-in-list"
        else:
            # حصيلة القتلى في صفوف الدرك بلغت 19: the group named after the trigger, else the list's next
            # مقتل 15 من الجيش الصومالي: the group after the number; else after the trigger
            side, ent = _group_after(a, view, p.tok_end)[:2]
            if side is None and _of_its_ranks(a, p.tok_end, ("من",)):
                # "أعلنت القوات المسلحة مقتل 11 من صفوفها": of its own ranks, whoever "its" is
                side = _owner_side(view, p.tok_start)
            if side is None and trig is not None:
                side, ent = _group_after(a, view, trig.tok_end)[:2]
                if side is None and _cue_at(view, trig.tok_end, {"civilian"}):
                    side = "civilian"  # "الشهداء المدنيون: 117,388": the toll noun's own adjective
                if side is None and _martyrs_a_monitor_documents(a, view, trig):
                    side = "civilian"
            if side is None and trig is not None and not part and a.token_in(trig.tok_end, grammar("of_them"), ""):
                # "ارتفع تعداد القتلى منهم إلى 56": the dead of the people named before
                side = _people_side_before(view, trig.tok_start, a)
                side = side if side in ("armed", "friendly", "civilian") else None
            if side is None and trig is not None and not part and a.carries_pronoun(trig):
                # "ليرتفع إجمالي قتلاه إلى 426": its dead — the side of the one it refers to
                side, ent = _toll_owner(a, view, trig.tok_start)
            earlier = (recent or {}).get(r.outcome)
            if (
                side is None
                and not part
                and earlier is not None
                and earlier.placed.tok_start >= view.tok_start
                and earlier.side
                # (a part of it, or more of them: not "الهجوم الذي أسفر عن مقتل 305" after "مقتل 15 مسلحاً")
                and ((q.value or 0) <= (earlier.quantity.value or 0) or a.token_text(p.tok_end) in grammar("another_words"))
            ):
                # "مقتل 27 تكفيرياً في 3 وقائع، أحدها … أسفر عن مقتل 9": the same outcome again in the
                # sentence that counted whose it was (past a count of something else in between)
                side = earlier.side
            if side is None and toll_after_number is not None and noun is not None:
                # "ارتفع إلى 12 عدد القتلى المدنيين"، "… عدد القتلى في صفوف قوات النظام": the toll's own people
                side, ent = _group_after(a, view, noun.tok_end)[:2]
                if side is None and _cue_at(view, noun.tok_end, {"civilian"}) is not None:
                    side = "civilian"
            if side is None and not part and trig is not None and _cue_at(view, p.tok_end, {"other"}) is not None:
                # "العشرات من عناصر داعش قتلوا وجرح أكثر من 20 آخرين": others of men counted vaguely before
                # (no number of theirs was read) — their side
                men = max(
                    (c for c in view.cues if c.kinds & {"member", "friendly"} and view.tok_start <= c.tok_start < trig.tok_start),
                    key=lambda c: c.tok_start,
                    default=None,
                )
                # (men a vague amount counts, "العشرات من عناصر داعش"، "عشرات المسلحين" — not an adjective of a
                # thing, "لمقذوف عسكري")
                vague = men is not None and any(
                    q.tok_end in (men.tok_start, men.tok_start - 1) and q.obj.kind != "count"  # type: ignore[attr-defined]
                    for q in view.quantities
                )
                if vague and men is not None:
                    side, ent = _group_after(a, view, men.tok_end)[:2]
                    side = side or ("friendly" if "friendly" in men.kinds else None)
            if side is None and trig is not None and not part:
                side = _counted_before_relative(a, view, trig)
            r.noun, r.side = "person", side or _side_of_next(a, view, p)
            if r.side is None and r.outcome == "kill" and trig is not None and not part and _targeted_men_before(a, view, trig):
                # "كثف الطيران الأمريكي استهدافه عناصر القاعدة، حيث قتل ما لا يقل عن عشرين": the dead of the
                # strikes are the group's men the sentence says they targeted
                side, r.side = "armed", "armed"
            if r.outcome == "kill" and trig is not None and not part and _others_of_a_commander(a, view, p, trig):
                # "قتلت قوات الأمن القيادي بكتيبة عقبة بن نافع لقمان أبو صخر، وثمانية آخرين": others killed with a
                # group's leader named after the verb are his men, not the force's
                side, r.side = "armed", "armed"
            if r.side is None and r.outcome == "kill" and trig is not None and not part and _fired_on_civilians_before(a, view, trig):
                # "أطلق مسلحون الرصاص على القرويين، فقتلوا 17 على الأقل": the dead are the people the attackers
                # fired on
                side, r.side = "civilian", "civilian"
            if side is not None and ent is not None:
                r.group_entity = ent  # (whose side it is may hold only in one war: Hezbollah's)
            r.rule = "bare-number-after-trigger"
            if trig is not None and any(
                c.kinds & {"friendly", "civilian"}
                and view.tok_start <= c.tok_start < trig.tok_start
                and not any(q.tok_end == c.tok_start for q in view.quantities)
                and _side_joined_to_noun(a, view, c)
                for c in view.cues
            ):
                # "عدد العسكريين والمدنيين الذين قتلوا … ارتفع إلى 273": a toll of both sides together
                r.side, r.rule = None, "mixed-sides"
                return r
            if (
                r.side is None
                and r.outcome in ("kill", "wound")
                # (not the persons just counted in its sentence: "أسفر الهجوم على مقر للصحوة عن مقتل تسعة أشخاص
                # وإصابة 33" — the wounded are of those persons, whose side is not told)
                and not (
                    previous is not None
                    and previous.noun == "person"
                    and previous.side is None
                    and previous.placed.tok_start >= view.tok_start
                )
                and _attack_on_a_force_before(a, view, p)
            ):
                # "وتسبب الهجوم الانتحاري على قافلة أمنية في مقتل 40": the dead an attack on a force's post
                # cost, with no noun at all, are the force's
                r.noun, r.side, r.rule = "friendly", "friendly", "dead-of-the-attacked-force"
    # "51 من القتلى"، "وتوزع القتلى بين … 140 قتيلاً": a share of the toll already given
    if (
        r.noun == "person"
        and r.side is None
        and recent
        and r.outcome in recent
        and not kinds & {"person"}
        and _partitive(a, view, p, noun)
        and _toll_side(a, view, p, clause[0]) is None  # ("حصيلة القتلى في صفوف قوات الأمن": its own side)
        # (not a larger toll set beside it for comparison: "مقارنة بحصيلة شهر أبريل التي بلغت 741 قتيلاً"
        # after 399 of the security forces is another month's toll of every side)
        and not (
            (q.value or 0) > (recent[r.outcome].quantity.value or 0)
            and any(a.token_in(t, grammar("comparison_words"), "وب") for t in range(clause[0], p.tok_start))
        )
    ):
        # "وأن 51 من القتلى سقطوا في بورنو": a breakdown of those already counted
        earlier = recent[r.outcome]
        r.side, r.leader, r.group_entity = earlier.side, earlier.leader, earlier.group_entity
        if (
            (q.value or 0) > (earlier.quantity.value or 0)
            and earlier.placed.tok_start < view.tok_start
            and any(clause[0] <= c.tok_start < p.tok_start for c in view.cues_of("toll"))
            and not any(a.token_text(t) in grammar_union("rise_words", "toll_update_words") for t in range(view.tok_start, p.tok_end + 3))
        ):
            # "وبلغت حصيلة القتلى منذ مطلع العام 391 قتيلاً": a toll of its own, larger than the one before it and
            # not said to raise or update it (وبذلك يصل، حصيلة جديدة، بعد وفاة), is no share of it and takes none of
            # its side
            r.side, r.leader, r.group_entity = None, False, None
        if (q.value or 0) > (earlier.quantity.value or 0) and (part := _among_before(a, earlier.placed)) is not None:
            # "20 مسلحاً بينهم 3 قياديين … ارتفع عدد القتلى إلى 27": more than a part holds is the whole's share, not
            # the part's kind; "لقي 25 شخصاً حتفهم، بينهم 14 جندياً … إلى 25 قتيلاً": nor its side, where the whole
            # named none
            r.leader = False
            if _part_of_persons(*part):
                r.side, r.group_entity = None, None
        if earlier.side == "armed" and earlier.placed.tok_start < view.tok_start and any(
            a.token_in(t, grammar("victims_nouns"), "و") for t in range(clause[0], p.tok_start)
        ):
            # "قتل أربعة انتحاريين 28 شخصاً … «عدد الضحايا الآن 28 قتيلاً»": the victims of an attack are
            # not the attackers counted before them (a group's dead are not its victims)
            r.side, r.leader, r.group_entity = None, False, None
        if any(max(view.tok_start, p.tok_start - 8) <= c.tok_start < p.tok_start for c in view.cues_of("civilian")):
            # "بلغ مجموع الضحايا المدنيين 1075 شخصاً (268 قتيلاً و807 جرحى)": the toll just named is of
            # civilians, whatever toll came before it
            r.side, r.leader, r.group_entity = "civilian", False, None
        r.rule = "breakdown-of-earlier-toll"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and (
            (noun is not None and noun.kinds & {"kill", "kill_after"})
            # (or a bare number with its place: "وقضى 15 في ريف حماة، واستشهد 8 في إدلب")
            or (noun is None and r.rule == "bare-number-after-trigger" and a.token_text(p.tok_end) == "في")
        )
        and (
            # the civilians' count just before it, whose parts it gives (أصيب 55 مدنياً (23 قتيلاً و32 جريحاً))
            (previous is not None and previous.side == "civilian" and p.tok_start - previous.placed.tok_end <= 3)
            or (
                (recent or {}).get("kill") is not None
                and recent["kill"].side == "civilian"
                and not recent["kill"].after_subset_word
                and any(c.tok_start < p.tok_start for c in view.cues_of("ranking"))
            )
            # "استشهاد 110 مدنيين. وأفادت اللجان بأن 70 شهيداً سقطوا في حلب، فيما سقط تسعة شهداء في إدلب":
            # the dead of each place, right after a civilian toll, are its parts
            or (
                (recent or {}).get("kill") is not None
                and recent["kill"].side == "civilian"
                # (the toll itself, not women or children counted among a toll of no side: "1513 شهيداً من
                # بينهم 192 طفلاً و131 امرأة … حلب (514 شهيداً)")
                and not recent["kill"].after_subset_word
                and 0 < p.tok_start - recent["kill"].placed.tok_end <= 80
                and any(
                    e.obj.type == "place"  # type: ignore[attr-defined]
                    and (r.noun_end_tok or p.tok_end) <= e.tok_start <= (r.noun_end_tok or p.tok_end) + 3
                    for e in view.entities
                )
            )
        )
        and any(e.obj.type == "place" for e in view.entities)  # type: ignore[attr-defined]
        # (not a side's own losses named before it: "أما خسائر داعش والكتائب، فقد بلغت 1490 قتيلاً")
        and not any(
            c.tok_start < p.tok_start
            and c.phrase.split()[-1] in grammar("dead_toll_words")
            and _group_after(a, view, c.tok_end)[0] in ("armed", "friendly")
            for c in view.cues_of("toll")
        )
    ):
        # "حيث أصيب 50 مدنياً (20 قتيلاً و30 جريحاً)، تلتها نينوى (7 قتلى)"، "صلاح الدين حيث سقط فيها 40
        # قتيلاً": a place's dead in a count of civilian casualties are civilians
        r.side = "civilian"
        r.rule = "dead-of-a-place-in-a-civilian-count"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and _civilians_attacked_after(a, view, p, clause)
        # (not persons among whom soldiers are counted: "قُتل سبعة أشخاص منهم ثلاثة جنود في هجمات استهدفت
        # مدنيين وقاعدة عسكرية" is a toll of both sides)
        and not _combatants_among(view, p, clause)
    ):
        # "قُتل 18 شخصاً جراء هجوم لداعش على جامعي الكمأة": the persons are the civilians attacked
        r.side = "civilian"
        r.rule = "persons-of-the-civilians-attacked"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and previous is not None
        and previous.placed.tok_start >= view.tok_start
        and previous.outcome == "kill"
        and previous.side in ("armed", "friendly", "civilian")
        and any(a.token_text(t) in grammar("rise_words") for t in range(previous.placed.tok_end, p.tok_start))
    ):
        # "أعلنت المليشيا مقتل 104 من عناصرها، ليرتفع العدد منذ مطلع العام إلى 1732 قتيلاً": the total the
        # count before it raises is of the same people — unless the dead it raises are named as another
        # side's (".. ارتفع إلى 18، بينما ارتفع عدد قتلى القوات الحكومية إلى 13")
        named = {
            side
            for c in view.cues
            if previous.placed.tok_end <= c.tok_start < p.tok_start and "kill" in c.kinds
            for side in _sides_named(view, c.tok_end, c.tok_end + 1)
        }
        r.side = named.pop() if len(named) == 1 else previous.side
        r.rule = "total-the-count-before-raises"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and _civilian_casualties_before(a, view, p)
        # (not "درس 159 بلاغاً باحتمال سقوط ضحايا مدنيين اعتبرت 149 منها تفتقر إلى الصدقية": of the reports)
        and not a.token_in(p.tok_end, grammar("of_things"), "")
    ):
        # "ووثقت البعثة عدداً من الإصابات بين المدنيين في درنة، بواقع 15 حالة وفاة": the casualties named civilian
        r.side = "civilian"
        r.rule = "dead-of-civilian-casualties"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and a.token_text(p.tok_start - 1) in grammar_union("their_number", "restating_words")
    ):
        # "أما العسكريون فقد بلغ عددهم 95 قتيلاً"، "قتل النسبة الأكبر من المدنيين، بواقع 376 شهيداً":
        # the dead restate the number of the people named before them
        side = _people_side_before(view, p.tok_start)
        # (not the sum of two sides just counted: "قتل 40 مسلحاً من داعش و12 جندياً، أي 52 قتيلاً")
        sides = {
            next(sd for kind, sd in _PEOPLE_SIDES if kind in c.kinds)
            for c in view.cues
            if c.tok_start < p.tok_start and c.kinds & PEOPLE_KINDS
        }
        if side in ("civilian", "friendly", "armed") and len(sides & {"civilian", "friendly", "armed"}) < 2:
            r.side = side
            r.noun = "member" if side == "armed" else side
            r.rule = "dead-of-the-people-named"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and noun is not None
        and noun.phrase in grammar("sailor_nouns")
        and a.sentence_has(view, grammar("merchant_ship_words"), "و")
    ):
        # "أسفرت الهجمات على السفن التجارية عن مقتل 3 بحارة": a merchant ship's crew (not a warship's)
        r.side = "civilian"
        r.rule = "sailors-of-a-merchant-ship"
    if r.noun == "person" and "person" in kinds and r.side is None and r.outcome == "kill" and _civilians_named_before(a, view, p):
        # "انفجر لغم بشاحنة تقل أشخاصاً من جامعي الكمأة … بمقتل 16 شخصاً": the persons are those civilians
        r.side = "civilian"
        r.rule = "persons-named-civilian-before"
    generic = r.noun == "member" and noun is not None and noun.phrase in grammar("generic_member_nouns")
    if ((r.noun == "person" and r.side is None) or (generic and r.group_entity is None)) and r.outcome == "kill":
        # "بلغت خسائر قوات النظام خلال الشهر 85 قتيلاً"، "بلغ عدد القتلى من قوات النظام 48 عنصراً":
        # the toll's own subject (a generic عنصر or مقاتل after the number names no side)
        # (the clauses after a toll of one side go on counting it: "الخسائر في صفوف المدنيين إلى القصف
        # (9 حالات وفاة …)، ثم إطلاق النار (ثلاث حالات وفاة)")
        lo = clause[0]
        if any(
            x is not None and x.rule == "toll-of-a-named-side" and x.placed.tok_start >= view.tok_start
            for x in (previous, (recent or {}).get("kill"))
        ):
            lo = view.tok_start
        if p.tok_start == clause[0] > view.tok_start and a.marks_before(p.tok_start, ":"):
            lo = view.tok_start  # (the toll's head before a colon: "عدد القتلى من الجنود: 24 شخصاً")
        side = _toll_side(a, view, p, lo)
        if side is None and r.noun == "person" and noun is not None and "kill_after" in noun.kinds:
            # "تكبد داعش خسائر بشرية بلغت 12 قتيلاً": the dead of the side that suffered the losses
            # (not "تكبدت أربعة خسائر": losses of any kind)
            losses = [c for c in view.cues if "loss" in c.kinds and lo <= c.tok_start < p.tok_start]
            loss = losses[-1] if losses else None  # (the nearest: "… فيما تكبدت القوات خسائر بلغت 3 قتلى")
            side = _loser_side(a, view, loss) if loss is not None and loss.phrase in grammar("suffer_words") else None
        if side is not None and (r.noun == "person" or side != r.side):
            r.side = side
            if generic and side != "armed":
                r.noun = side
            r.rule = r.rule or "toll-of-a-named-side"
    if (
        generic
        and r.group_entity is None
        and r.side == "armed"
        and r.outcome == "kill"
        and not r.rule
        and trig is not None
        and trig.tok_end <= p.tok_start
        and noun.phrase in grammar("element_nouns")
        and not a.token_in(trig.tok_start - 1, grammar("passive_auxiliaries"), "و")
        and (
            (a.token_in(trig.tok_start, grammar("kill_verbs"), "وف") and _killed_by_the_only_group(a, view, trig, p))
            or (
                _group_tells_its_attacks_toll(a, view, trig)
                and "friendly" not in _sides_named(view, view.tok_start, p.tok_start)
                and a.token_text(noun.tok_end) != "من"  # (not its own men: "6 عناصر من مقاتليها")
            )
        )
    ):
        # "وتمكن التنظيم من قتل أربعة عناصر"، "أعلن التنظيم قتل 70 عنصراً": men an armed group killed,
        # of no group named, are of the side it fights
        r.noun, r.side = "friendly", "friendly"
        r.rule = "men-killed-by-an-armed-group"
    if r.noun == "person" and r.side is None and r.outcome in ("kill", "wound"):
        # "عشرة قتلى سقطوا في صفوف قوات البنيان المرصوص": in whose ranks, past the verb
        end = r.noun_end_tok or p.tok_end
        for t in range(end, min(end + 4, clause[1])):
            # (right after the noun: not past a verb, "10 أشخاص كانوا يختبئون بين المدنيين")
            civ = _cue_at(view, t + 1, {"civilian"}) if t == end and a.token_text(t) == "بين" else None
            if (
                civ is not None
                # (nor both sides, "بين المدنيين والعسكريين"; a verb after و is the next clause)
                and _cue_at(view, civ.tok_end, {"civilian", "friendly", "member", "armed_group", "friendly_group"}) is None
                # (nor people among whom forces are counted: "19 شخصاً بين ركاب حافلة، بينهم شرطيان")
                and not _combatants_counted_after(view, civ.tok_end, 2, view.tok_end)
            ):
                # "1601 حالة وفاة بين المدنيين": among civilians (not "بين المدنيين والعسكريين", both sides)
                r.side = "civilian"
                r.rule = r.rule or "among-civilians"
                break
            if a.token_text(t) in grammar("ranks_words"):
                side, ent, _ = _group_after(a, view, t + 1)
                if side:
                    r.side, r.group_entity = side, ent
                    r.rule = r.rule or "in-the-ranks-of"
                break
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and trig is not None
        and a.token_text(trig.tok_start - 1) == "من"
        and any(a.token_text(t) in grammar("success_words") for t in range(max(clause[0], trig.tok_start - 8), trig.tok_start))
    ):
        # "تمكنت قواتهم خلال عملية مطاردة من قتل 20 شخصاً": who a force succeeded in killing is its enemy
        r.side = "armed"
        r.rule = r.rule or "succeeded-against"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and trig is not None
        and a.token_in(trig.tok_start, grammar("kill_verbs"), "وف")
        and _force_is_the_killer(a, view, trig)
        and a.sentence_has(view, grammar("exchange_of_fire_words"), "وبل")
    ):
        # "وقتلت الشرطة 4 أشخاص في تبادل لإطلاق النار"، "قالت وزارة الداخلية إنها قتلت شخصين أثناء تبادل
        # لإطلاق النار": the persons a force killed in a gunfight are its enemy
        r.side = "armed"
        r.rule = r.rule or "killed-by-a-force-in-a-gunfight"
    if r.noun == "person" and r.outcome == "capture" and r.side in (None, "armed") and _criminals_after(a, view, p):
        # "القبض على 245 فرداً من العناصر المشتبه فيهم والمطلوبين جنائياً": wanted for crimes,
        # not tied to a group
        r.side = None
        r.rule = "wanted-for-crimes"
        r.metric = None
        return r
    if (
        r.outcome == "kill"
        and r.noun == "person"
        and r.side is None
        and (
            # "يشتبه في انتمائهم لجماعة الشباب"، "يعتقد أنهم من مسلحي بوكو حرام" (not "يعتقد أن مسلحين … اختطفوهم":
            # a new subject) — or their own belonging verb, "ينتمون إلى"
            (
                a.token_in(r.noun_end_tok or p.tok_end, grammar("suspected_of_belonging"), "")
                and any(a.token_in(t, grammar("their_belonging"), "") for t in range((r.noun_end_tok or p.tok_end) + 1, (r.noun_end_tok or p.tok_end) + 3))
            )
            or a.token_in(r.noun_end_tok or p.tok_end, grammar("belonging_verbs"), "")
        )
        and _group_tie_after(a, view, r.noun_end_tok or p.tok_end, clause)
    ):
        # "نحو 12 شخصاً يشتبه في انتمائهم لجماعة الشباب قتلوا في ضربات": persons taken for a group's men
        r.noun, r.side = "member", "armed"
        r.rule = "persons-tied-to-a-group"
    if (
        r.noun == "person"
        and r.side is None
        and r.noun_end_tok is not None
        and (adj := _cue_at(view, r.noun_end_tok, {"friendly", "civilian"})) is not None
        and adj.tok_end == adj.tok_start + 1
        # (the adjective itself, no preposition on it and no second kind after it: not "9 جثث لعسكريين ومدنيين")
        and a.token_text(adj.tok_start) == adj.phrase
        # (a nisba, the adjective's form: not the parts in brackets after them, "ثلاثة أمريكيين (جنديان ومترجم)")
        and adj.phrase.endswith(("ي", "يا", "يين", "يون", "يه", "ية"))
        and not any(c.tok_start == adj.tok_end for c in view.cues)
        and a.token_text(adj.tok_start).startswith("ال") == a.token_text(r.noun_end_tok - 1).startswith("ال")
    ):
        # "165 رجلاً عسكرياً"، "ثلاثة رجال مدنيين": men whose adjective says their side
        r.noun = r.side = "friendly" if "friendly" in adj.kinds else "civilian"
        r.noun_end_tok = adj.tok_end
    if r.outcome == "capture" and r.noun == "civilian" and _group_tie_after(a, view, r.noun_end_tok or p.tok_end, clause):
        # "أوقف الجيش 8 مواطنين تبين أنهم من مؤيدي تنظيم داعش": citizens taken as a group's men
        r.noun, r.side = "member", "armed"
        r.rule = "citizens-tied-to-a-group"
    if r.outcome is None and r.noun in ("person", "member") and r.side in (None, "armed") and _cell_dismantled(a, view, p):
        # "أعلنت الوزارة تفكيك خلية إرهابية من 5 أشخاص": the members of a dismantled cell were taken
        r.outcome, r.noun, r.side = "capture", "member", "armed"
        r.rule = r.rule or "members-of-a-dismantled-cell"
    if r.noun == "person" and r.side is None and r.rule != "other-continues-previous":
        # ("مقتل خمسة أشخاص وإصابة 12 آخرين": the others are of the persons' side, none)
        r.side = _default_side(a, view, r.outcome, p)
        if (
            r.side is None
            and r.outcome == "kill"
            and a.token_in(r.noun_end_tok - 1 if r.noun_end_tok else p.tok_end, grammar("martyr_nouns"), "")
            and any(a.token_in(t, grammar("offered_verbs"), "و") for t in range(max(clause[0], p.tok_start - 8), p.tok_start))
            and "friendly" in _sides_named(view, clause[0], p.tok_start)
            and "armed" not in _sides_named(view, clause[0], p.tok_start)
        ):
            # "وقدمت قوات الدرك في أحداث الكرك 3 شهداء": the martyrs a force gave are its men (not the martyrs of a
            # market bombing a ministry reports: "قالت الداخلية إن التفجير خلف 12 شهيداً")
            r.side = "friendly"
            r.rule = "a-force's-martyrs"
        if r.side is None and r.outcome == "kill" and _cell_members(a, view, p):
            # "القضاء على خلية إرهابية مكونة من 4 أفراد": the persons a cell is made of are its members
            r.noun, r.side = "member", "armed"
            r.rule = r.rule or "a-cell-made-of"
        if r.side is None and r.outcome == "capture" and _terror_words(a, view) and not a.detention_report:
            # "مكنت مكافحة الإرهاب من اعتقال أكثر من 3129 شخصاً": persons arrested in terrorism cases
            r.side = "armed"
            r.rule = r.rule or "arrested-for-terrorism"
        if r.side is None and r.outcome == "capture" and trig is not None and "capture" in trig.kinds and _previous_ties(a, view):
            # "فككت الأجهزة 57 خلية مرتبطة بداعش. ومكنت هذه الجهود من إلقاء القبض على 902 شخص":
            # persons arrested right after a sentence on a group's cells are its suspects
            r.side = "armed"
            r.rule = "arrested-after-a-group-named"
    if r.outcome == "capture" and (r.noun in ("person", "civilian", "other", None) or "detained_noun" in kinds) and a.detention_report:
        # "النظام السوري مسؤول عن اعتقال 113 شخصاً … تحولت إلى حالات اختفاء قسري": a monitor's count of
        # arbitrary arrests, not of an armed group's men taken
        r.side, r.metric, r.rule = None, None, "arbitrary-arrests"
        return r
    if r.suspect and r.side is None and r.outcome in ("kill", "capture"):
        # "مقتل أربعة مطلوبين واعتقال قيادي في تنظيم داعش"، "اعتقال 15 متهماً بالإرهاب"،
        # "قتل الجيش 10 إرهابيين واعتقل 6 مشتبه بهم": suspects tied to a group, to terrorism,
        # or arrested where the report has counted a group's men already
        earlier = any(x.side == "armed" for x in (recent or {}).values())
        if _tied_to_group(view) or _terror_words(a, view) or earlier:
            r.side = "armed"

    end = r.noun_end_tok or p.tok_end
    if (r.outcome is not None or r.noun in ("member", "leader")) and any(
        not c.kinds & _OUTCOME_KINDS
        # (a group's members with an adjective after their group: "مسلحي بوكو حرام الإرهابي استسلموا")
        and (
            c.tok_start == end
            or (r.outcome is None and end < c.tok_start <= end + 2)
            # (past a being verb, before the missing: "وإن 45 باتوا في عداد المفقودين")
            or (end < c.tok_start <= end + 2 and _being_then_missing(a, end, c))
        )
        and not c.prefix.startswith("و")  # (واستسلام 15 آخرين: the next item's own verb)
        # (nor past a comma, with its own number after it: "القضاء على 10 إرهابيين، استسلام 3")
        and not (_punctuated_before(a, c.tok_start, "،,") and any(q.tok_start == c.tok_end for q in view.quantities))
        and _cue_at(view, c.tok_end, {"kill_after"}) is None  # (فقدوا حياتهم: they died)
        # (taking part is no fate: "قتل 90 إرهابياً من داعش شاركوا في الهجوم" were killed)
        and not (r.outcome is not None and c.phrase in grammar("participation_words"))
        for c in view.cues_of("other_outcome")
    ):
        # "بينهم 46 قتيلاً، و8 سلموا أنفسهم": what the verb after the number says happened wins
        r.outcome, r.metric, r.rule = None, None, "other-outcome-after"
        return r
    own_attack_noun = r.noun in ("attack", "operation") and (
        q.noun_start is not None or _cue_at(view, p.tok_end, {"attack", "operation"}) is not None
    )
    if r.outcome is not None and not own_attack_noun and _combined_total(a, view, p, trig, clause):
        # (not the attacks that caused them, named with their number: "سقط عشرات القتلى والمصابين إثر تفجيرين")
        own = _cue_at(view, p.tok_end, {"kill_after", "wound_after"})
        if own is None or own.kinds >= {"kill_after", "wound_after"}:
            # مقتل وإصابة 30، قتلت أو اعتقلت 25، سقطوا بين قتيل وجريح: a total that mixes outcomes
            r.metric, r.rule = None, "combined-outcomes"
            return r
        # "بلغ إجمالي عدد الشهداء والمصابين … 92 شهيداً، بينهم 43 من قوات الأمن": the number's own noun names
        # one fate of the two its head names
        r.outcome = "kill" if "kill_after" in own.kinds else "wound"
        r.rule = "own-fate-of-a-combined-head"
    if (
        r.outcome is not None
        and previous is not None
        and previous.rule == "combined-outcomes"
        and previous.placed.tok_start >= view.tok_start
        and (trig is None or trig.tok_end <= previous.placed.tok_start)
        and joined_by_wa(a, p)
    ):
        # "مقتل وإصابة ثلاثة ضباط و4 جنود": the next item of a list the two outcomes share mixes them too
        r.metric, r.rule = None, "combined-outcomes"
        return r
    if (
        r.outcome is None
        and previous is not None
        and previous.rule == "superseded-toll"
        and previous.outcome
        and any(p.tok_start - 2 <= c.tok_end <= p.tok_start for c in view.cues_of("toll_verb"))
    ):
        # "أشارت حصيلة سابقة إلى مقتل 9 جنود، قبل أن ترتفع إلى 14": the toll that replaced it
        r.outcome = previous.outcome
        r.rule = "toll-replaces-earlier"
    if (
        r.outcome is None
        or (r.noun in (None, "person") and r.side is None)
        or (
            r.noun == "member"
            and r.side == "armed"
            and trig is not None
            and ("toll" in trig.kinds or any(c.tok_end == trig.tok_start for c in view.cues_of("toll")))
        )
    ):
        # (also when the toll's own noun gave the outcome: "حصيلة قتلى قوات النظام إلى 27 شخصاً"
        # — whose dead they are is named with the toll, not with the number, even when the number
        # counts them as members: "… إلى 17 عنصراً")
        _toll(a, view, p, clause, r)
        if r.noun == "person" and r.side is None and r.outcome == "capture":
            r.side = _default_side(a, view, r.outcome, p)  # a toll of the held: tied to a group or not
            if r.side is None and not a.detention_report and (
                _terror_words(a, view) or (r.rule == "their-number" and _previous_ties(a, view))
            ):
                r.side = "armed"  # (in terrorism cases, or right after a sentence on a group's cells)
    if (
        r.noun == "person"
        and r.side is None
        and recent
        and r.outcome in recent
        and recent[r.outcome].placed.tok_start >= view.tok_start
        and _rising_toll_before(view, p, recent[r.outcome].placed.tok_end)
    ):
        # "قتل 540 مدنياً الشهر الماضي، ليرتفع عدد الضحايا منذ مطلع العام إلى 6 آلاف شخص":
        # the toll that rises is the one just given, of the same people
        earlier = recent[r.outcome]
        r.side, r.leader, r.group_entity = earlier.side, earlier.leader, earlier.group_entity
        if (part := _among_before(a, earlier.placed)) is not None and _part_of_persons(*part):
            # "عشرة قتلى بينهم خمسة مسلحين … ارتفع عدد القتلى إلى 38 شخصاً": the toll of persons rises, not its part
            r.side, r.leader, r.group_entity = None, False, None
        r.rule = "toll-rises-from-earlier"
    if r.noun == "person" and r.side is None and r.outcome == "kill" and _strike_on_a_group(a, view, p):
        # "قصف جوي للتحالف على مواقع تنظيم داعش … خلف 28 قتيلاً": the dead of a force's strike on a
        # group's positions are the group's
        r.side, r.noun = "armed", "member"
        r.rule = "toll-of-a-strike-on-a-group"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and _killed_by_mines(a, view, p)
        # (whoever planted them: "ضحايا الألغام التي زرعتها جماعة الحوثي"; not a force's or a group's men)
        and not any(c.kinds & {"friendly", "friendly_group", "own_forces", "member", "leader"} for c in view.cues)
        and not any(_side_of_entity(e.obj) == "friendly" for e in view.entities)  # type: ignore[arg-type]
        # (nor a whole some of whom are then told apart as civilians: "سقوط 101 ضحية … منهم 44 مدنياً")
        and not any(
            any("subset" in d.kinds and p.tok_end <= d.tok_start < c.tok_start <= d.tok_end + 2 for d in view.cues)
            for c in view.cues_of("civilian")
        )
    ):
        # "بلغ إجمالي ضحايا الألغام 4501 قتيل": the dead of mines and the war's remnants, whose side
        # no one names, are the people who walk the fields and roads — civilians
        r.side, r.noun = "civilian", "civilian"
        r.rule = "victims-of-mines"
    if r.noun == "operation" and noun is not None and _doer_after(a, view, noun.tok_end) == "armed":
        # "66 عملية نفذتها خلايا تنظيم داعش": a group's operations are its attacks
        r.noun = "attack"
        r.rule = "operations-done-by-armed-group"
    if (
        r.noun == "operation"
        and noun is not None
        and a.token_text(noun.tok_end) not in grammar("target_prepositions")
        and _group_after(a, view, noun.tok_end)[0] == "armed"
        # (not a force's operations against the group's men: "نفذ جهاز مكافحة الإرهاب 104 عمليات لعناصر داعش")
        and not (a.token_text(noun.tok_end).startswith("ل") and "friendly" in _sides_named(view, p.tok_start - 5, p.tok_start))
    ):
        # 11 عملية لخلايا داعش: operations of an armed group are its attacks (not "23 ضربة جوية على
        # تنظيم داعش": strikes on it)
        r.noun = "attack"
        r.rule = "operations-of-armed-group"
    against_group = noun is not None and any(
        noun.tok_end <= c.tok_start <= noun.tok_end + 3 and _group_after(a, view, c.tok_end)[0] == "armed"
        for c in view.cues_of("target")
    )
    if (
        r.noun == "operation"
        and noun is not None
        and not against_group
        and _struck_a_friendly_force(a, view, noun)
        # (not a group's own raids on a force: "شن الحوثيون 5 غارات بطائرات مسيرة على مواقع الجيش")
        and _agent_side(a, view, p, clause) != "armed"
    ):
        # "32 ضربة جوية استهدفت أبناء الحشد الشعبي"، "ضربتين على مقر الحشد": strikes on a force that fights the
        # groups are no operations against a group, nor a group's attacks
        r.rule = "strikes-on-a-friendly-force"
        return r
    if (
        r.noun == "operation"
        and not against_group
        and not _air_strikes(a, noun)
        and _operations_against_a_force(a, view, p)
    ):
        # "واستهدفت العمليات كلاً من قوات النظام وقسد في الرقة (10 عمليات)": operations aimed at a
        # state's forces are the group's attacks
        r.noun = "attack"
        r.rule = "operations-against-a-force"
    if r.noun == "attack" and noun is not None and any(
        a.token_text(t) in ("علي", "على")
        and a.token_in(t + 1, grammar("facility_words"), "ال")
        and any(a.token_in(u, grammar("civilian_facility_adjectives"), "ال") for u in range(t + 2, min(t + 4, view.tok_end)))
        for t in range(noun.tok_end, min(noun.tok_end + 3, view.tok_end))
    ):
        # "10 اعتداءات على مراكز حيوية مدنية": a rights monitor's count of attacks on civilian facilities,
        # by every party, is no count of a group's attacks (not "9 هجمات على مراكز أمنية": its own)
        r.rule = "attacks-on-facilities"
        return r
    if r.noun in ("operation", "attack") and noun is not None and a.token_in(noun.tok_end, grammar("riot_or_crime_words"), "و"):
        # "100 عملية سطو مسلح": robberies counted as operations are crimes, no conflict's
        r.rule = "crimes"
        return r
    if r.noun == "operation" and noun is not None and (
        any(a.token_text(t) in grammar("non_combat_purposes") for t in range(noun.tok_end, min(noun.tok_end + 3, view.tok_end)))
        or a.token_text(noun.tok_end) in grammar("non_combat_campaigns")
    ):
        # "ثماني طلعات للنقل"، "1400 طلعة إلى التزود بالوقود"، "99 حملة إنسانية": sorties or campaigns that fought nobody
        r.rule = "non-combat-sorties"
        return r
    if r.noun in ("operation", "attack") and (
        _foiled(a, view, p)
        # (and a part of foiled plots: "أحبطت 41 هجوماً منذ 2017، بينهم نحو 10 منذ 2022")
        or (r.rule == "subset-of-previous" and previous is not None and previous.rule == "foiled")
        # (its own noun named: "تطويق 266 عملية إرهابية من بينها 114 اعتداء")
        or (
            previous is not None
            and previous.rule == "foiled"
            and previous.placed.tok_start >= view.tok_start
            and any(p.tok_start - 2 <= c.tok_end <= p.tok_start for c in view.cues_of("subset"))
        )
        # (or the attacks are told foiled in their own relative clause: "تسعة من الهجمات التي أحبطت")
        or any(
            c.tok_start == (r.noun_end_tok or p.tok_end) + 1
            and a.token_text(c.tok_start - 1) in grammar("which_words")
            for c in view.cues_of("foil")
        )
    ):
        # "أحبطت القوات 7 عمليات إرهابية": foiled plots are neither operations nor attacks
        r.rule = "foiled"
        return r
    if r.noun == "attack" and a.token_in(p.tok_start - 1, grammar("means_words"), "و"):
        # "الهجوم نفذ بواسطة تفجيرين": the blasts one attack was made of, not attacks
        r.rule = "means-of-an-attack"
        return r
    if (
        r.noun == "operation"
        and not against_group
        and r.rule != "struck-so-many-times"  # (its doer is read from the verb's subject already)
        and _agent_side(a, view, p, clause) == "armed"
        and not _air_strikes(a, noun)
        and not _restates_air_strikes(a, view, p, noun)
        and not _force_operation(a, view, noun)
        and not _state_did_them_after(a, view, noun)
    ):
        # خلايا داعش نفذت 118 عملية: operations carried out by a group are attacks
        r.noun = "attack"
        r.rule = "operations-by-armed-group"
    elif r.noun == "attack" and r.rule in ("", "count+attack") and (
        (_air_strikes(a, noun) and _agent_side(a, view, p, clause) != "armed")
        # (assassinations a state carried out: "نفذت إسرائيل 12 عملية اغتيال")
        or (
            noun is not None
            and noun.phrase in grammar("assassination_phrases")
            and (named := sorted(_names_before(view, p.tok_start)))
            and named[-1][1] == "friendly"
        )
        or (_agent_side(a, view, p, clause) == "friendly" and (against_group or _carried_out_just_before(a, view, p)))
        # (or a state's by the nisba after them: "ست هجمات عسكرية أمريكية"، "4 هجمات أمريكية")
        or (noun is not None and state_force_nisba_after(a, view, noun.tok_end) is not None)
    ):
        # "شنت قوات التحالف ثماني هجمات جوية"، "نفذت أفريكوم 11 هجوماً ضد حركة الشباب"، "التحالف الذي
        # تقوده السعودية نفذ 32 هجوماً": a force's strikes are its operations, whatever word counts them
        r.noun = "operation"
        r.rule = "attacks-by-a-force"

    if r.noun == "person" and r.outcome is None and (ranks := _ranks_in_the_count_head(a, view, p))[0]:
        # "بلغ عدد الأجانب في صفوف داعش 41 ألف شخص": persons counted in a group's ranks are its members
        r.noun, r.side, r.group_entity = "member", "armed", ranks[1]
        r.rule = "persons-in-a-groups-ranks"
    elif r.noun == "person" and r.outcome is None and _members_in_the_count_head(a, view, p):
        # "عدد الإرهابيين المتحصنين بالجبل يتراوح بين 25 و30 فرداً": the persons are the men the head counts
        r.noun, r.side = "member", "armed"
        r.rule = "persons-the-head-names-members"
    if (
        r.noun == "member"
        and r.side == "armed"
        and r.outcome is None
        and (head := _count_head(a, view, p)) is not None
        and not any(head < c.tok_start < p.tok_start and c.kinds & _EVENT_KINDS for c in view.cues)
        # (not men gone from a prison, set free or brought back: "عدد الإرهابيين الذين هربوا من السجن بلغ 40")
        and not any(a.token_in(t, grammar("gone_or_freed_words"), "و") for t in range(head + 1, p.tok_start))
    ):
        # "عدد التونسيين في الجماعات المقاتلة يصل إلى خمسة آلاف مقاتل": a count stated of men, its head
        # naming no event (not "عدد الهجمات التي شنها 50 مسلحاً")
        r.estimate = True
    if r.noun is None and r.outcome is None and noun is None and _members_estimated_before(a, view, p, clause):
        # "تتراوح التقديرات بشأن عدد مقاتلي التنظيم بين 5 و7 آلاف": the members named before the figure
        r.noun, r.side = "member", "armed"
        r.rule = "estimate-of-members-named-before"
    if (
        r.noun in ("person", "member")
        and r.outcome is None
        and noun is not None
        and any(
            a.token_text(t) == "تحت" and a.token_text(t + 1) in grammar("command_words")
            for t in range(noun.tok_end, min(noun.tok_end + 3, view.tok_end))
        )
        and (_has(view, "armed_group") or any(_side_of_entity(e.obj) == "armed" for e in view.entities))  # type: ignore[arg-type]
    ):
        # "قال القيادي في داعش إن لديه 600 رجل تحت إمرته": the men a group's commander leads, its strength
        r.noun, r.side, r.estimate = "member", "armed", True
        r.rule = "men-under-a-commander"
    joined = False
    if ((
        (r.noun == "person" and r.side in (None, "armed"))
        or (r.noun == "civilian" and noun is not None and noun.phrase in grammar("citizen_nouns"))
    ) and r.outcome is None and (_count_of_members(view, p) or (joined := _joined_a_group(a, view, p)))) or (
        # ("عدد التونسيين المنضمين إلى الجماعات المقاتلة يصل إلى ثمانية آلاف": persons named in the count's head
        # as having joined a group, no noun after the figure)
        r.noun is None
        and noun is None
        and r.outcome is None
        and r.rule in ("", "count+none")
        and _count_head(a, view, p) is not None
        and (joined := _joined_a_group(a, view, p))
    ):
        # "عدد المقاتلين الأجانب المنضمين لداعش بلغوا أكثر من 25 ألف شخص"، "15 ألف شخص سافروا إلى
        # سوريا والعراق للقتال مع تنظيم داعش"، "ألفا مواطن روسي انضموا إلى داعش": persons (or a state's
        # citizens) counted as a group's fighters — those who joined it, its strength
        r.noun, r.side = "member", "armed"
        # (a finite verb of theirs — not a purpose, "خلية تقوم بتجنيد الشباب لتسفيرهم للانضمام لداعش")
        r.estimate = r.estimate or (bool(joined) and joined != "purpose")
        r.rule = r.rule or "persons-who-joined-a-group"
    if (
        r.noun == "member"
        and r.side == "armed"
        and r.group_entity is None
        and r.outcome in ("kill", "wound")
        and noun is not None
        and not a.token_in(noun.tok_start, grammar_union("militant_nouns", "armed_adjectives", "attacker_nouns"), "وبل")
        and not noun.phrase.startswith(grammar_stems("armed_noun_stems"))  # (nor "40 متطرفاً"، "12 تكفيرياً": the group's by name)
        and _group_after(a, view, noun.tok_end)[0] is None
        and not a.token_in(noun.tok_end, grammar_union("armed_adjectives", "militant_nouns"), "")
        # (nor "خمسة عناصر من المهاجمين": of the attackers)
        and not a.token_in(noun.tok_end + (a.token_text(noun.tok_end) == "من"), grammar("attacker_nouns"), "")
        and _attack_on_a_force_before(a, view, p)
    ):
        # "هاجمت عناصر من داعش نقطة تابعة للجيش، ما أسفر عن مقتل مقاتلين اثنين"، "تعرض عناصر من إدارة
        # العمليات لكمين أدى إلى مقتل عنصرين": the men an attack on a force's post cost, named by no group,
        # are the force's
        r.noun, r.side = "friendly", "friendly"
        r.rule = "dead-of-the-attacked-force"
    elif r.rule == "toll-rises-to" and r.noun == "person" and r.side is None and r.outcome in ("kill", "wound") and _toll_of_an_attack_on_a_post(a, view, p):
        # "ارتفع عدد قتلى الهجوم على قاعدتين عسكريتين إلى 38": the toll of an attack on a force's posts, no
        # side named, is the force's
        r.noun, r.side = "friendly", "friendly"
        r.rule = "toll-of-the-attacked-force"
    # (here and below, a test of a few words near the number first asks whether the sentence holds such a
    # word at all: most hold none, and the set test is cheaper than reading the words one by one)
    r.in_cell = (a.sentence_has(view, grammar("cell_size_words")) and any(
        a.token_text(t) in grammar("cell_size_words")
        # (not a whole group's make-up: "الجماعة تتكون من نحو 700 عنصر" is its strength — but "خلية من
        # تنظيم داعش تضم 26 عنصراً" is the cell's)
        and (
            any(a.token_in(u, grammar("cell_nouns"), "و") for u in range(max(view.tok_start, t - 6), t))
            or not (
                a.token_in(t - 1, grammar("organisation_nouns"), "و")
                or any(e.tok_end == t and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
            )
        )
        for t in range(max(view.tok_start, p.tok_start - 3), p.tok_start)
    )) or _one_cell_in_the_count_head(a, view, p)
    if r.side == "civilian" and _cadets(a, view, p, r, clause):
        # "1700 شخص من طلاب القاعدة العسكرية"، "77 من الطلاب والمدربين" in a toll of the gendarmerie: cadets
        r.noun = r.side = "friendly"
    r.metric = _metric(view, r, p)
    if mixed:
        r.metric, r.rule = None, "mixed-sides"
        return r
    t = (r.noun_end_tok or p.tok_end) if q.noun_start is None else p.tok_end
    t += a.token_text(t) == "من"
    if a.token_text(t) in grammar("not_words") and _cue_at(view, t + 1, {"civilian"}) is not None:
        # "هم 150 مدنياً و30 من غير المدنيين": non-civilians are the fighters of every side together
        r.metric, r.side, r.rule = None, None, "non-civilians"
        return r
    if r.metric == "strength" and r.outcome is None and _men_on_the_move(a, view, p, r, clause):
        # "خرج نحو ثمانية آلاف مقاتل من الجرود"، "صادفت القوات قرابة 150 من مسلحي الجماعة": men on the move or
        # met in a fight, not the size of their group
        r.metric, r.rule = None, "men-on-the-move"
        return r
    if (
        r.metric == "strength"
        and any(a.token_in(t, grammar("leaving_words"), "و") for t in range(clause[0], p.tok_start))
        and any(a.token_text(t) in grammar("prison_words") for t in range(clause[0], clause[1]))
    ):
        # "مغادرة 241 عائلة بعدد أفراد 865 شخصاً مخيم الهول": people leaving a camp are neither held nor
        # a group's strength
        r.metric, r.rule = None, "leaving-a-camp"
        return r
    if (
        r.metric == "strength"
        and any(a.token_text(t) in grammar("prison_words") for t in range(clause[0], clause[1]))
        # (not men "still at large": ملاحقة 2500 مقاتل ما زالوا طلقاء)
        and not any(a.token_text(t) in grammar("at_large_words") for t in range(p.tok_end, min(p.tok_end + 6, clause[1])))
    ):
        # "سجن غويران يضم 3500 عنصر من داعش": members counted in prison are held, not a strength
        r.metric, r.outcome, r.rule = "captured", "capture", "held-in-prison"
    if r.metric and any(
        c.tok_end <= p.tok_start <= c.tok_end + 2 for kind in ("mixed_outcome", "mixed_outcome_noun") for c in view.cues_of(kind)
    ):
        # "أن تقتل وتأسر حوالى مائتي مسلح": two outcomes for one number, whatever else the sentence says
        r.metric, r.rule = None, "combined-outcomes"
        return r
    if r.outcome == "kill" and a.sentence_has(view, grammar("promotion_words")) and any(
        a.token_text(t) in grammar("promotion_words") and a.token_text(t - 1) in grammar("promotion_before")
        for t in range(p.tok_end, min(p.tok_end + 8, clause[1]))
    ):
        # "ارتقى 12 ضابطاً في الجيش إلى رتبة لواء": promoted, not martyred
        r.metric, r.rule = None, "promotion"
        return r
    if r.outcome == "capture" and any(c.phrase in grammar("swap_cues") for c in view.cues):
        # "صفقة تبادل تشمل 1700 من أسرانا مقابل 1200 من أسراهم": prisoners swapped, not taken
        r.metric, r.rule = None, "prisoner-swap"
        return r
    if r.outcome == "kill" and a.token_in(p.tok_start - 1, grammar("body_words"), "و") and any(
        c.phrase in grammar("swap_cues") for c in view.cues
    ):
        # "تسلمت الحكومة جثث 12 جندياً في إطار صفقة تبادل": the dead of an earlier day handed back, no new toll
        r.metric, r.rule = None, "bodies-swapped"
        return r
    if (
        r.outcome == "kill"
        and a.sentence_has(view, grammar("famine_words"), "وبل")
        and any(a.token_in(t, grammar("famine_words"), "وبل") for t in range(clause[0], p.tok_start))
    ):
        # "مجاعة في الصومال راح ضحيتها أكثر من 250 ألف": famine killed them, no one fighting
        r.metric, r.rule = None, "famine"
        return r
    if r.metric and a.sentence_has(view, grammar("remainder_words"), "و") and any(
        a.token_in(t, grammar("remainder_words"), "و") and a.token_in(t + 1, grammar("definite_toll_nouns"), "")
        for t in range(max(clause[0], p.tok_start - 3), p.tok_start)
    ):
        # "أما بقية الجرحى الأربعة فإصاباتهم طفيفة": the rest of a count already told, not a new one
        r.metric, r.rule = None, "rest-of-a-count"
        return r
    if r.outcome == "kill" and _family_crime(a, view, p):
        # "قتل رجل في الخمسين من عمره زوجته وأطفاله الثلاثة": a man killing his own family, a crime
        r.metric, r.rule = None, "family-crime"
        return r
    if r.outcome == "kill" and _died_of_nothing_told(a, view, clause):
        # "توفيت 12 امرأة أثناء الولادة"، "ماتت 3 نساء في المخيم": a plain verb of dying and no word of violence
        # in the sentence — not a death the fighting caused
        r.metric, r.rule = None, "death-with-no-violence"
        return r
    if r.outcome == "kill" and _died_on_trial(a, view, p):
        # "بلغ عدد المتهمين في القضية 25 شخصاً …، وتوفي متهم واحد": a defendant who died, no one killed
        r.metric, r.rule = None, "died-on-trial"
        return r
    if r.outcome in ("kill", "wound") and _mishap(a, view, clause, p.tok_start):
        # "لقي 12 شخصاً بينهم تسعة من رجال الشرطة حتفهم في حادث تصادم": an accident, not the war
        r.metric, r.rule = None, "mishap"
        return r
    if (
        r.metric == "captured"
        and any(
            a.token_in(t, grammar("flight_words"), "و") and not a.token_in(t - 1, grammar("attempt_words"), "و")
            for t in range(r.noun_end_tok or p.tok_end, min(clause[1], (r.noun_end_tok or p.tok_end) + 5))
        )
        and not any(clause[0] <= c.tok_start < clause[1] and c.tok_start != p.tok_start for c in view.cues_of("capture"))
    ):
        # "150 عنصراً من داعش فروا من داخل السجن": prisoners who got away, no one taken (not "اعتقلت القوات
        # 12 مسلحاً حاولوا الفرار"، "ووقع 15 مسلحاً في الأسر أثناء محاولتهم الفرار": taken as they fled)
        r.metric, r.rule = None, "escaped"
        return r
    if r.metric and r.noun in _PEOPLE_NOUNS and _whole_of_a_part(a, view, p):
        # "ثلاثة من أصل خمسة قياديين قتلوا": the five are those the three were counted out of — what befell
        # the three did not befall them all
        r.metric, r.rule = None, "whole-a-part-is-counted-out-of"
        return r
    if r.metric and a.sentence_has(view, grammar("perfect_particles"), "و") and any(
        a.token_in(t, grammar("perfect_particles"), "و")
        and a.token_in(t + 1, grammar("projection_verbs"), "")
        # (the number it may reach, not a count told after: "قد ترتفع بعد مقتل 15")
        and all(a.token_in(u, grammar("projection_fillers"), "") for u in range(t + 2, p.tok_start))
        for t in range(max(clause[0], p.tok_start - 4), p.tok_start - 1)
    ):
        # "وأن حصيلة الضحايا قد تتجاوز عشرين قتيلاً": what the toll may reach, a guess
        r.metric, r.rule = None, "projected-toll"
        return r
    next_count = next((x for x in view.quantities if x.tok_start > p.tok_start and x.obj.kind == "count"), None)  # type: ignore[attr-defined]
    if r.metric and next_count is not None and _changed_from(a, view, p, next_count) == "updated":
        # "ارتفع عدد قتلى الجيش من 12 جندياً إلى 20": the figure a toll rose from is no claim (the settled
        # conventions; not a figure of an earlier period it is compared with: "من 120 هجوماً عام 2019")
        r.metric, r.rule = None, "toll-updated-from"
        return r
    if r.metric and a.sentence_has(view, grammar("population_verbs"), "و") and any(
        a.token_in(t, grammar("population_verbs"), "و")
        and all(a.token_text(u) in qualifier_words() for u in range(t + 1, p.tok_start))
        for t in range(max(clause[0], p.tok_start - 4), p.tok_start)
    ):
        # "المنطقة التي تأوي نحو ثلاثة ملايين شخص ومقاتلين": the people a place houses, no toll
        r.metric, r.rule = None, "population"
        return r
    if r.metric and _toll_rose_since(a, view, p):
        # "وكان المرصد وثق أمس مقتل 17 مدنياً، إلا أن الحصيلة ارتفعت اليوم": a toll since overtaken
        r.metric, r.rule = None, "superseded-toll"
        return r
    if r.metric and _superseded_toll(a, view, p, clause, r.outcome):
        # "وأفادت حصيلة سابقة بمقتل 35 جندياً": the toll the article has replaced is no claim
        r.metric, r.rule = None, "superseded-toll"
        return r
    if r.metric == "strength" and _attacking_party(a, view, p, clause):
        # "هجوم مكثف من قبل أكثر من 100 مقاتل"، "نحو 60 مسلحاً هاجموا حاجزاً": the party of one
        # incident, not an estimate of the group's size
        r.metric, r.rule = None, "attacking-party"
        return r
    after = r.noun_end_tok or p.tok_end
    if r.metric == "captured" and a.token_in(after, grammar("former_words"), "") and a.token_in(after - 1, grammar("held_participles"), ""):
        # "من بينهم 220 معتقلاً سابقاً": held once, not taken now
        r.metric, r.rule = None, "formerly-held"
        return r
    if r.metric == "strength" and a.token_in(after, grammar("additional_words"), ""):
        # "نشرت الحركة أكثر من 1300 مقاتل إضافي": reinforcements sent, not the group's size
        r.metric, r.rule = None, "reinforcements"
        return r
    if r.metric == "strength" and any(
        c.kinds & {"mixed_outcome", "mixed_outcome_noun"} and c.tok_start >= p.tok_end for c in view.cues
    ):
        # "أكثر من 20 عنصراً من المليشيات وقعوا في كمين وسقطوا جميعهم بين قتيل وجريح": the men of one
        # incident, whose fate the sentence goes on to tell, not a group's size
        r.metric, r.rule = None, "party-of-an-incident"
        return r
    if r.metric == "strength" and any(
        clause[0] <= c.tok_start < p.tok_start and "toll" in c.kinds and c.phrase.split()[-1] in grammar("losses_words")
        for c in view.cues
    ):
        # "وكبدت التنظيم خسائر في صفوفه وصلت إلى قرابة 80 عنصراً": its losses, dead and wounded, not its size
        r.metric, r.rule = None, "losses-not-size"
        return r
    if r.metric == "strength" and _other_outcome_before(view, p, clause):
        # "استسلام نحو 6 آلاف من مسلحي بوكو حرام": men who surrendered are no estimate of a group's size
        r.metric, r.rule = None, "other-outcome-before"
        return r
    if r.metric and r.outcome == "capture" and _held_by_someone(a, view, r, clause):
        # "أنقذت القوات 700 شخص كانوا محتجزين لدى جماعة بوكو حرام": hostages freed, not men taken
        r.metric, r.rule = None, "held-by-someone"
        return r
    if (
        r.metric
        and r.outcome == "capture"
        and r.noun in ("person", "civilian")
        and _gunmen_took(a, view, p, clause)
    ):
        # "هجوم من قبل مسلحين احتجزوا حوالى 170 شخصاً": people a group seized are its hostages, not men taken
        r.metric, r.rule = None, "seized-by-a-group"
        return r
    if r.metric and r.outcome == "capture" and _ordered_only(a, view, p, clause):
        # "أمر الادعاء العام، الخميس، باعتقال 137 مشتبهاً"، "مذكرات اعتقال بحق 800": ordered, not done
        r.metric, r.rule = None, "arrest-ordered"
        return r
    if r.metric and r.outcome == "capture" and _held_population(a, view, p, clause):
        r.metric, r.rule = None, "held-not-taken"
        return r
    if r.metric and r.outcome == "capture" and _transferred(a, view, p, clause):
        # "نقل 2250 سجيناً من عناصر داعش إلى العراق"، "عدد معتقلي داعش الذين نقلوا إلى العراق 4000":
        # detainees moved from one custody to another were not captured by anyone here
        r.metric, r.rule = None, "transferred"
        return r
    if r.metric and r.outcome in ("kill", "capture") and _bodies_found_beside_a_toll(a, view, p, clause, r.outcome):
        # "القضاء على 12 إرهابياً وتوقيف 9، والعثور على 6 جثث لإرهابيين": bodies found are a line of the
        # tally of their own, not more of the dead it has just counted
        r.metric, r.rule = None, "bodies-found-beside-a-toll"
        return r
    after = r.noun_end_tok or p.tok_end
    rates = grammar("rate_words")
    if (r.metric or r.outcome is None) and (
        (
            a.sentence_has(view, rates)
            and any(
                a.token_text(t) in rates
                for t in (*range(max(clause[0], p.tok_start - 3), p.tok_start), *range(after, min(after + 4, clause[1])))
            )
        )
        or (
            a.sentence_has(view, grammar("rate_before"))
            and any(a.token_text(t) in grammar("rate_before") for t in range(max(clause[0], p.tok_start - 2), p.tok_start))
        )
    ):
        # "قتل 23 حوثياً على الأقل يومياً": a rate per day or month counts nothing
        r.metric, r.rule = None, "rate"
        return r
    if r.metric and subset_before and previous is not None and previous.metric == r.metric and r.rule != "subset-of-previous":
        # "4 مدنيين بينهم طفلان": a subset stated with its own number is a claim of its own
        # (the contract's settled convention), of the same metric as its total
        r.rule = "subset-of-same-metric"
    if _pronoun_one(q) and previous is not None and previous.metric and _cue_at(view, p.tok_end, {"leader"}):
        # "اعتقال 4 عناصر أحدهم قيادي": the contract's leader among them
        r.metric = {"killed": "leaders_killed", "captured": "leaders_captured"}.get(previous.metric)
        r.rule = "one-of-them-a-leader"
    elif (
        _pronoun_one(q)
        and previous is not None
        and previous.outcome in ("kill", "wound")
        and previous.side is None
        and (named := _cue_at(view, p.tok_end, {"friendly", "civilian"})) is not None
    ):
        # "ما أسفر عن قتيلين أحدهما جندي": of a toll whose side none is told, the one named a soldier
        side = "friendly" if "friendly" in named.kinds else "civilian"
        r.noun, r.side, r.outcome = side, side, previous.outcome
        r.metric = _metric(view, r, p)
        r.rule = "one-of-them-named"
    elif (
        _pronoun_one(q)
        and previous is not None
        and previous.metric == "civilians_killed"
        and r.noun == "civilian"
        and _cue_at(view, p.tok_end, {"civilian"}) is not None
    ):
        # "مقتل مدنيين اثنين أحدهما طفلة": one of the civilians counted, named a child — a subset stated by
        # "one of" (the contract's explicit quantity), like "بينهم طفل"
        r.outcome, r.side, r.metric = previous.outcome, "civilian", "civilians_killed"
        r.rule = "one-of-them-a-civilian"
    elif (
        _pronoun_one(q)
        and previous is not None
        and previous.metric in ("friendly_killed", "friendly_wounded")
        and a.token_in(p.tok_end, grammar("rank_words"), "")
        and not a.token_text(p.tok_start).endswith("هما")
    ):
        # "مقتل ثمانية عسكريين، أحدهم برتبة رائد": one of the force's dead named by his rank — a subset stated
        # by "one of" (the contract's explicit quantity), like "أحدهم قيادي" among a group's dead (not one of
        # two, "قتل شرطيان أحدهما ضابط": the pair described one by one, which the gold reads as no count)
        r.noun, r.side, r.outcome, r.metric = "friendly", "friendly", previous.outcome, previous.metric
        r.rule = "one-of-them-an-officer"
    elif r.metric and _pronoun_one(q) and not (
        # (not one of men counted with no fate, whom a fate befalls right before "one of them": "هاجم أربعة مسلحين
        # النقطة، وتمكن الحراس من قتل أحدهم" — one of the attackers killed is a count of its own)
        previous is not None
        and previous.outcome is None
        and previous.side == r.side
        and any(c.tok_end == p.tok_start and c.kinds & _OUTCOME_KINDS for c in view.cues)
    ):
        # "أحدهم كان مسؤولاً": one of those already counted
        r.metric, r.rule = None, "one-of-them"
    elif r.metric in ("operations", "attacks") and q.value == 1 and q.noun_start is not None and noun is not None and "ال" in noun.prefix:
        # "إحدى الضربات استهدفت سيارة"، "إحدى الغارات الروسية دمرت مركزاً": one of the strikes, told
        # of, is no count of strikes
        r.metric, r.rule = None, "one-of-them"
    if not r.rule:
        r.rule = f"{r.outcome or 'count'}+{r.noun or 'none'}"
    if r.item_start is None and previous is not None and r.rule in _LIST_RULES and view.tok_start <= previous.placed.tok_start < p.tok_start:
        r.item_start = previous.placed.tok_end
    return r


# readings that continue a list begun by the number before
_LIST_RULES = frozenset({"ranked-list", "bare-number-in-list", "coordinated-with-previous", "list-shares-outcome"})
# readings of a part of the count before
# readings set aside because no one was killed (an accident, a defendant's death, a death with no violence
# told): no later step may read them as a toll again
NO_KILLING_RULES = frozenset({"mishap", "died-on-trial", "death-with-no-violence"})
PART_RULES = frozenset(
    {"subset-of-same-metric", "demographic-subset", "subset-of-previous", "number-of-them", "subset-by-nationality"}
)


def _shares_next_noun(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"21 و23 سنة": the number joined by و to the next one, whose noun is one no metric counts."""
    if a.token_text(p.tok_end) != "و":
        return False
    nxt = next((q for q in view.quantities if q.tok_start == p.tok_end + 1), None)
    return nxt is not None and _other_noun_after(a, view, nxt)


def _ordered_only(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Is the word of capture before the number the object of an order or a warrant (أمر … باعتقال)?"""
    trig = next((c for c in reversed(view.cues) if "capture" in c.kinds and clause[0] <= c.tok_start and c.tok_end <= p.tok_start), None)
    if trig is None:
        return False
    # an order verb governing the word of capture through its ب (أمر الادعاء، الخميس، باعتقال), or a
    # warrant noun right before it (مذكرات اعتقال) — not a statement issued that reports an arrest
    if a.token_text(trig.tok_start).startswith("ب") and any(
        a.token_in(t, grammar("order_verbs"), "وف") for t in range(max(view.tok_start, trig.tok_start - 6), trig.tok_start)
    ):
        return True
    return a.token_in(trig.tok_start - 1, grammar("warrant_nouns"), "و")


def _transferred(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """A transfer word shortly before the number with no word of capture after it (not "نقلت الوكالة
    عن مصدر اعتقال 12": a report relayed, then the arrest)."""
    if not a.sentence_has(view, grammar("transfer_words"), "وفلب"):
        return False  # (nearly every sentence: no word of the sentence to walk to)
    moved = [
        t
        for t in range(max(clause[0], p.tok_start - 8), p.tok_start)
        # (with its preposition too: "مهمة لنقل 7000 معتقل")
        if a.token_in(t, grammar("transfer_words"), "وفلب") and a.token_text(t + 1) != "عن"  # (نقلت الوكالة عن: relayed)
    ]
    if not moved:
        return False
    # (a word of capture after the transfer word, before or after the number: the arrest itself — not the noun
    # of the held, "نقل 7000 معتقل"، "كانوا محتجزين", which names those moved)
    return not any(moved[-1] < c.tok_start < clause[1] and not _names_the_held(a, c) for c in view.cues_of("capture"))


def _names_the_held(a: Analysis, c: Cue) -> bool:
    """Is the capture cue a noun or participle of people held (معتقل، محتجزين، معتقلي), not a verb of arrest?"""
    if a.token_in(c.tok_start - 1, grammar("detention_place_heads"), "وبل"):
        return True  # "في مركز احتجاز": a place of detention
    return "detained_noun" in c.kinds or all(a.token_in(t, grammar("held_participles"), "و") for t in range(c.tok_start, c.tok_end)) or (
        c.tok_end - c.tok_start == 1 and a.token_text(c.tok_start).rstrip("ي") in grammar("held_participles")
    )


def _held_population(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """People counted as held, still or escaping, with no arrest told: "لا يزال أكثر من 9 آلاف من معتقلي داعش
    محتجزين في السجون"، "ساعد خمسة من معتقلي داعش على الهروب"."""
    # (the number's own noun of the held, and no verb of arrest right before the number taking it as object:
    # "القبض على رجل ساعد خمسة من معتقلي داعش على الهروب" arrests the man, not the five)
    caps = [c for c in view.cues_of("capture") if p.tok_start - 3 <= c.tok_start < clause[1]]
    if not caps or not all(_names_the_held(a, c) for c in caps):
        return False
    still = any(a.token_in(t, grammar("still_words"), "و") for t in range(max(clause[0], p.tok_start - 4), p.tok_start))
    fled = any(a.token_in(t, grammar("flight_words"), "وبل") for t in range(p.tok_end, min(clause[1], p.tok_end + 8)))
    return still or fled


def _bracketed_after_a_place(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A bare number in brackets right after a place's name: "العراق (30)"."""
    if p.tok_start == 0:
        return False
    before = a.nt.text[a.tokens[p.tok_start - 1].end : a.tokens[p.tok_start].start]
    end = a.tokens[p.tok_end].start if p.tok_end < len(a.tokens) else len(a.nt.text)
    after = a.nt.text[a.tokens[p.tok_end - 1].end : end]
    return "(" in before and ")" in after and any(
        e.tok_end == p.tok_start and e.obj.type == "place" for e in view.entities  # type: ignore[attr-defined]
    )


def _captives_before_subset(a: Analysis, view: SentenceView, p: Placed, previous: Reading) -> bool:
    """"عشرات الأسرى منهم 16": the word before "of them" names people held, who are not the count
    before (not "أعدم داعش 40 من الأسرى، منهم 16 امرأة": those 40 were executed)."""
    sub = next((c for c in view.cues_of("subset") if p.tok_start - 2 <= c.tok_end <= p.tok_start), None)
    if sub is None or not a.token_in(sub.tok_start - 1, grammar("captive_nouns"), "و"):
        return False
    return sub.tok_start - 1 > (previous.noun_end_tok or previous.placed.tok_end) + 1


def _held_named_before(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """A definite noun of the held (المقبوض عليهم، الموقوفين) earlier in the number's clause, with no
    other number and no other fate between them."""
    for c in view.cues_of("detained_noun"):
        if clause[0] <= c.tok_start < p.tok_start and (
            c.phrase.startswith("ال") or c.prefix.endswith("ال")
        ):
            between = range(c.tok_end, p.tok_start)
            if any(q.tok_start in between for q in view.quantities):
                continue
            if any(d.tok_start in between and d.kinds & _OUTCOME_OR_OTHER_KINDS for d in view.cues):
                continue
            if any(a.token_in(t, grammar("cell_size_words"), "و") for t in between) or any(
                a.token_in(t, grammar("group_nouns_counted"), "وب") for t in between
            ):
                continue  # (not the size of the cell they belong to: "الموقوفين ينتمون إلى الخلية التي تضم 7 أشخاص")
            if any(a.token_text(t) in grammar("at_large_words") for t in between):
                continue  # (not escaped prisoners: "السجناء الفارين من السجن 20 عنصراً")
            # only a short phrase of whom they are between (من عناصر الخلية، في قضايا الإرهاب), not a
            # clause with its own verb and agent ("تلقوا تدريبات على يد 4 عناصر")
            if len(between) > 6 or any(
                a.token_text(t) in grammar("other_agent_words")
                or any(d.tok_start == t and d.kinds & {"by_hand", "report"} for d in view.cues)
                for t in between
            ):
                continue
            return True
    return False


def _civilians_of_a_toll(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A death toll or a documenting verb before the number, and no word of wounds, arrests or another
    fate anywhere in the sentence."""
    # (also the dead and wounded named together: "وثق مقتل وإصابة ما لا يقل عن 74 مدنياً" counts both)
    if any(c.kinds & {"wound", "wound_after", "capture", "detained_noun", "other_outcome", "mixed_outcome_noun"} for c in view.cues):
        return False
    # (not the living: "أحصى التقرير 5000 مدني يعيشون في مخيم الهول")
    if any(a.token_in(t, grammar("living_verbs"), "و") for t in range(p.tok_end, min(p.tok_end + 4, view.tok_end))):
        return False
    words = grammar_union("documenting_words", "dead_toll_words")
    if any(a.token_in(t, words, "وفل") for t in range(view.tok_start, p.tok_start)):
        return True
    # (or counted within a toll of the dead named after them: "270 طفلاً على الأقل هم من ضمن حصيلة المدنيين" —
    # not "ضمن حصيلة المستفيدين من المساعدات")
    return any(
        a.token_in(t, grammar("dead_toll_words"), "")
        and a.token_in(t - 1, grammar("in_ranks_words"), "")
        and _cue_at(view, t + 1, {"kill", "kill_after", "civilian"}) is not None
        for t in range(p.tok_end + 1, min(p.tok_end + 7, view.tok_end))
    )


def _nisba_dual(a: Analysis, p: Placed) -> bool:
    """Is the number a dual of a nationality's nisba (باكستانيان، سوريان)?"""
    word = a.token_text(p.tok_start)
    if a.token_in(p.tok_start - 1, grammar("dual_pronouns"), "و"):
        return False  # "اعتقلت الشرطة عنصرين من داعش، وهما عراقيان": the pair told again, not two more
    # (the oblique كويتيين is a dual only where the number finder saw a dual verb after it)
    return p.tok_end - p.tok_start == 1 and word.endswith(("ان", "ين")) and (
        adjective_actor(word[:-2]) is not None or word[:-2] in people_nisbas()
    )


def _nationals_of_an_attacked_force(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Are the nationals counted at ``p`` those of a state whose base or forces the sentence says were struck
    (قاعدة أمريكية، القوات الأمريكية), in an attack?"""
    nat = next((d for d in view.adjectives if d.tok_start == p.tok_end), None)
    state = getattr(nat.obj, "country", None) if nat is not None else None
    if state is None or not any("attack" in c.kinds or "operation" in c.kinds for c in view.cues):
        return False
    # (the post the attack was on, "على قاعدة أمريكية": not the attackers, "في قصف للقوات السورية", nor a place
    # near a base, "على فندق قرب القاعدة الأمريكية")
    return any(
        d is not nat
        and getattr(d.obj, "country", None) == state
        and a.token_in(d.tok_start - 1, grammar("military_post_nouns"), "")
        and a.token_text(d.tok_start - 2) in ("علي", "على")
        for d in view.adjectives
    )


def _nationality_at(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the word at ``tok`` a nationality (سوريين، وأفغان)?"""
    if any(e.tok_start == tok and getattr(e.obj, "country", None) for e in view.adjectives):
        return True
    return a.token_in(tok, grammar("nationality_plurals"), "و")


def _gunmen_took(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Did gunmen do the taking: "احتجز مسلحون 20 شخصاً"، "مسلحين احتجزوا 170 شخصاً"، "اعتقل مسلحو الحوثي 20"?"""
    verb = next(
        (c for c in reversed(view.cues) if "capture" in c.kinds and clause[0] <= c.tok_start and c.tok_end <= p.tok_start), None
    )
    if verb is None:
        return False
    gunmen = grammar_union("armed_adjectives", "militant_nouns") | {"مسلحو", "مسلحي"}
    if any(verb.tok_end <= q.tok_start < p.tok_start for q in view.quantities):
        return False  # (the number is a later item of the verb's list: "اعتقلت القوات 5 إرهابيين و20 شخصاً")
    # the subject after the verb, before the number, or the gunmen the verb's relative clause hangs on
    if any(a.token_in(t, gunmen, "و") for t in range(verb.tok_end, p.tok_start)):
        return True
    # or a plural verb whose subject they were, named last before it (a relative clause, "مسلحين احتجزوا",
    # or the next verb of theirs, "هاجم مسلحون فندقاً واحتجزوا") — not a noun's masdar: "مقتل 40 إرهابياً
    # وتوقيف 96 شخصاً"
    if not a.token_text(verb.tok_start).endswith("وا"):
        return False
    for t in range(verb.tok_start - 1, max(view.tok_start, verb.tok_start - 10) - 1, -1):
        if any(c.tok_start == t and c.kinds & {"friendly_group", "own_forces", "friendly"} for c in view.cues):
            return False
        if any(e.tok_start == t and _side_of_entity(e.obj) == "friendly" for e in view.entities):  # type: ignore[arg-type]
            return False
        if a.token_in(t, gunmen, "و"):
            # (not gunmen after a preposition, who were fought: "اشتبك عناصر الأمن مع مسلحين واعتقلوا 15")
            return not a.token_in(t - 1, grammar("target_prepositions") | {"مع"}, "و")
    return False


def _held_by_someone(a: Analysis, view: SentenceView, r: Reading, clause: tuple[int, int]) -> bool:
    """Are the people counted said to be held by someone (كانوا محتجزين لدى الجماعة)?"""
    start = r.noun_end_tok or r.placed.tok_end
    held = grammar("held_by_words")
    for c in view.cues:
        # a noun of the held (محتجزين), not a verb of arrest (اعتقلوا لدى محاولتهم: while), then by whom
        if "detained_noun" in c.kinds:
            if start <= c.tok_start <= start + 2 and c.tok_end < clause[1] and a.token_text(c.tok_end) in held:
                if _group_after(a, view, c.tok_end + 1)[0] is not None or any(
                    x.tok_start == c.tok_end + 1 and x.kinds & {"armed_group", "friendly_group"} for x in view.cues
                ):
                    return True
    return False


def _air_strikes(a: Analysis, noun: Cue | None) -> bool:
    """Is the counted noun an air strike (غارات جوية، 10 ضربات جوية، ثماني هجمات جوية)?"""
    if noun is None:
        return False
    return noun.phrase in grammar("air_strike_nouns") or a.token_in(noun.tok_end, grammar("air_adjectives"))


def _state_did_them_after(a: Analysis, view: SentenceView, noun: Cue | None) -> bool:
    """"210 تعداد الغارات التي نفذتها طائرات حربية روسية": the operations' own relative clause names a state's
    aircraft or forces as their doer (a force's noun with a state's nisba, or a force by name)."""
    if noun is None or not a.token_in(noun.tok_end, grammar("which_words"), "") or not a.token_in(
        noun.tok_end + 1, grammar("carried_out_verbs"), ""
    ):
        return False
    lo, hi = noun.tok_end + 2, min(noun.tok_end + 6, view.tok_end)
    # (the verb's subject only, not a target after ضد or على: "العمليات التي نفذتها خلايا التنظيم ضد الجيش")
    hi = next((t for t in range(lo, hi) if a.token_in(t, grammar("target_prepositions"), "و")), hi)
    return any(
        lo <= d.tok_start < hi and getattr(d.obj, "country", None) and any(c.tok_end <= d.tok_start and c.tok_start >= lo and "force_noun" in c.kinds for c in view.cues)
        for d in view.adjectives
    ) or any(lo <= e.tok_start < hi and _side_of_entity(e.obj) == "friendly" for e in view.entities)  # type: ignore[arg-type]


def _force_operation(a: Analysis, view: SentenceView, noun: Cue | None) -> bool:
    """An operation its own words make a force's: a security campaign, a raid, a landing (67 حملة أمنية، 80
    عملية مشتركة، إنزال جوي), or one owned by a force named right after it (6 عمليات للقوات الحكومية)."""
    if noun is None:
        return False
    if noun.phrase in grammar("force_operation_nouns") or a.token_in(noun.tok_end, grammar("security_operation_words"), "وب"):
        return True
    return any(
        e.tok_start == noun.tok_end and e.prefix.startswith("ل") and _side_of_entity(e.obj) == "friendly"  # type: ignore[arg-type]
        for e in view.entities
    ) or any(
        c.tok_start == noun.tok_end and c.prefix.startswith("ل") and c.kinds & {"friendly_group", "own_forces"} for c in view.cues
    )


def _restates_air_strikes(a: Analysis, view: SentenceView, p: Placed, noun: Cue | None) -> bool:
    """A bare strike noun after the number that air strikes named before it restate: "عدد الضربات الجوية
    التي نفذت على مواقع لداعش … بلغ 522 ضربة" (the group named is the strikes' target)."""
    if noun is None or _air_strikes(a, noun):
        return False
    # (the strike's own word, not operations of another doer: "شن التحالف 12 ضربة جوية …، ونفذ التنظيم 7 عمليات")
    if not any(s.split()[0] == noun.phrase for s in grammar("air_strike_nouns")):
        return False
    return any(
        c.tok_end <= p.tok_start and c.kinds & {"operation"} and _air_strikes(a, c) for c in view.cues if c is not noun
    )


def _struck_a_friendly_force(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """Are the strikes counted aimed at a state's own force — the first side named after their
    target word (استهدفت، على, past a place word: "على مقر الدعم اللوجستي للحشد")? A group's operations
    against a force are its attacks; strikes from the air are a state's."""
    if not (_air_strikes(a, noun) or a.token_text(noun.tok_start).startswith(grammar_stems("strike_stems"))):
        return False
    end = min(noun.tok_end + 4, view.tok_end)
    at = next((t for t in range(noun.tok_end, end) if a.token_in(t, grammar("target_prepositions"), "و")), None)
    if at is None:
        return False
    # (in the target's own clause: not the force whose advance strikes on a town prepared, "على المدينة، تمهيداً
    # لتقدم قوات المشاة")
    hi = view.clause_of(at)[1]
    if "armed" in _sides_named(view, at, hi):
        return False  # (a group named with the target: "5 غارات على محيط قاعدة الجيش لصد هجوم حركة الشباب")
    first = next((t for t in range(at + 1, min(at + 7, hi)) if _sides_named(view, t, t + 1)), None)
    # (a state's own force by name: not a partner another state fights, "9 ضربات تركية على مواقع قسد")
    return first is not None and any(e.tok_start == first and e.obj.kind == "state_force" for e in view.entities)  # type: ignore[attr-defined]


def _operations_against_a_force(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does the sentence say, before this number, that operations targeted a state's or its
    partners' forces (استهدفت العمليات كلاً من قوات النظام وقسد) and no armed group?"""
    for c in view.cues:
        if "target" not in c.kinds or c.tok_start >= p.tok_start or c.phrase == "ضد":
            continue
        if not any(d.kinds & {"operation", "attack"} and abs(d.tok_start - c.tok_end) <= 2 for d in view.cues):
            continue
        sides = {
            _side_of_entity(e.obj)  # type: ignore[arg-type]
            for e in view.entities
            if c.tok_end <= e.tok_start <= c.tok_end + 5 and e.obj.type == "actor"  # type: ignore[attr-defined]
        }
        if "friendly" in sides and "armed" not in sides:
            return True
    return False


def _bodies_found_beside_a_toll(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int], outcome: str) -> bool:
    """Is this number a count of bodies found (العثور على 6 جثث، انتشال جثث 5) in a sentence that has
    already counted the dead by a verb of killing? (Bodies found after an arrest are never captures:
    "توقيف آخر مع العثور على أربع جثث".)"""
    bodies, found = grammar("body_words"), grammar("found_words")
    body = next((t for t in (p.tok_start - 1, p.tok_end) if t >= view.tok_start and a.token_in(t, bodies, "وبل")), None)
    if body is None or not any(a.token_in(t, found, "وبل") for t in range(max(view.tok_start, min(body, p.tok_start) - 3), p.tok_start)):
        return False
    if outcome == "capture":
        return True
    return any(c.tok_end <= min(body, p.tok_start) - 3 and not a.token_in(c.tok_start, bodies, "وبل") for c in view.cues_of("kill"))


def _attacking_party(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Fighters counted as the party of one assault: an attack word right before them (هجوم من قبل
    أكثر من 100 مقاتل) or an assault verb right after (100 مسلح … هاجموا، انسحب نحو 300 من مسلحي)."""
    verbs = grammar("assault_verbs")

    def assault(t: int) -> bool:
        return a.token_in(t, verbs, "وف")

    # (not fighters who crossed to join a group: "30 ألف مقاتل أجنبي عبروا الحدود … للانضمام إلى داعش" are
    # its strength, not one incursion's party)
    joining = any(a.token_in(t, grammar("joining_words"), "و") for t in range(p.tok_end, clause[1]))
    if not joining and any(assault(t) for t in range(p.tok_end, min(p.tok_end + 8, clause[1]))):
        return True
    # (past an aside set off by a comma, the verb opening the next clause: "أكثر من 30 مسلحاً يعتقد أنهم من
    # تنظيم القاعدة، هاجموا النقطة الأمنية")
    nxt = clause[1]
    if (
        not joining
        and nxt < min(p.tok_end + 12, view.tok_end)
        and assault(nxt)
        and not a.token_text(nxt).startswith("و")
        and not any(p.tok_end <= q.tok_start < nxt for q in view.quantities)
    ):
        return True
    if not _has(view, "strength") and any(
        a.token_in(t, grammar("armed_party_words"), "و")
        # (carrying arms, not a passport: "500 يحملون الجنسية التونسية")
        and not a.token_in(t + 1, grammar("passport_words"), "")
        for t in [*range(p.tok_end, min(p.tok_end + 4, clause[1])), *range(max(clause[0], p.tok_start - 3), p.tok_start)]
    ):
        return True
    if a.token_in(p.tok_end, grammar("attacker_nouns"), "ب"):
        return True  # "يقدر عددهم بستة مهاجمين": the attackers of one assault
    t = p.tok_start - 1
    while t > view.tok_start and a.token_text(t) in qualifier_words():
        t -= 1
    # (the verb's subject may stand between: "واشتبكت القوات الصومالية مع نحو 300"، "ورصدت طائرات الاستطلاع نحو 70")
    before = range(max(view.tok_start, t - 3), t + 1)
    if a.token_text(t) == "مع" and any(a.token_in(u, grammar("clash_words"), "و") for u in range(max(view.tok_start, t - 4), t)):
        return True  # "اندلع الاشتباك مع أكثر من 100 من أعضاء الجماعة": the men one clash met
    if a.token_in(t, grammar("confront_verbs"), "و"):
        return True
    # (not the presence a report or study documented: "رصد التقرير الأممي وجود نحو 4000 مقاتل" is an estimate)
    documented = a.token_text(t) == "وجود" and any(a.token_in(u, grammar("documenting_nouns"), "") for u in before)
    if not documented and any(a.token_in(u, grammar("sighting_words"), "وب") for u in before):
        return True  # "بعد رصد حوالي 50 إرهابياً في المنطقة": the men one sighting counted
    if any(a.token_in(t, grammar("attacker_nouns_before"), "وبل") for t in range(max(clause[0], p.tok_start - 4), p.tok_start)):
        return True  # "قدر البيان عدد مطلقي النار بخمسة أو ستة مسلحين": the shooters of one assault
    # "25 تكفيرياً نفذوا الهجوم"، "نحو ألف مقاتل في الهجوم الذي تشنه القوات": one attack's party
    for t in range(p.tok_end, min(p.tok_end + 4, clause[1])):
        if a.token_text(t) in ("نفذوا", "شنوا", "في") and any(
            c.tok_start == t + 1 and (c.phrase.startswith("ال") or c.prefix.endswith("ال"))
            for c in view.cues_of("attack")
        ):
            return True
    if any(assault(t) for t in range(max(clause[0], p.tok_start - 3), p.tok_start)):
        return True
    return any(
        clause[0] <= c.tok_start and c.tok_end <= p.tok_start and p.tok_start - c.tok_end <= 5
        and any(a.token_text(t) in ("قبل", "يد") or a.token_in(t, grammar("launched_by_words"), "") for t in range(c.tok_end, p.tok_start))
        # (not the size of the group that launched it: "الهجوم شنه فصيل يضم نحو 500 مقاتل")
        and not any(c.tok_end <= m.tok_start < p.tok_start and "membership" in m.kinds for m in view.cues)
        for c in view.cues_of("attack")
    )


def _family_crime(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A lone killer right after the verb of killing and his kin before the number (قتل رجل … زوجته
    وأطفاله الثلاثة)."""
    kill = next((c for c in reversed(view.cues) if "kill" in c.kinds and c.tok_end <= p.tok_start), None)
    if kill is None or not a.token_in(kill.tok_end, grammar("lone_killers")):
        return False
    if any(c.kinds & {"attack", "operation"} for c in view.cues):
        return False  # (a family among the dead of a strike: "مقتل رجل وزوجته وأطفاله في غارة")
    kin = grammar("kin_words")
    first = next((t for t in range(kill.tok_end, min(p.tok_end + 1, view.tok_end)) if a.token_in(t, kin, "و")), None)
    # his kin his object, not joined to him by و as fellow victims ("قتل مواطن وزوجته وأطفاله")
    return first is not None and not a.token_text(first).startswith("و")


def _sentence_passed(a: Analysis, view: SentenceView, lo: int, first: int, hi: int) -> bool:
    """A verdict noun in ``first``..``hi`` (حكم الإعدام، أحكام بالسجن) with no verb or noun of carrying it out
    after ``lo`` before it: a sentence passed, not carried out ("نفذ التنظيم حكم الإعدام بحق أربعة" was)."""
    carried = grammar_union("carry_out_verbs", "carry_out_nouns")
    return any(
        a.token_in(t, grammar("verdict_nouns"), "وب") and not any(a.token_in(u, carried, "وب") for u in range(max(view.tok_start, lo), t))
        for t in range(max(view.tok_start, first), hi)
    )


def _victims_of_group(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """Is the noun "victims" with the group in construct after it ("رفات أكثر من 120 من ضحايا تنظيم داعش"): the
    group's victims, not its men (not "25 ضحية من مسلحي بوكو حرام"، "في صفوف داعش")?"""
    return a.token_in(noun.tok_start, grammar("victim_words"), "وبل") and (
        any(e.tok_start == noun.tok_end for e in view.entities) or _cue_at(view, noun.tok_end, {"armed_group"}) is not None
    )


_SIDED_TOLLS = frozenset({"civilians_killed", "friendly_killed", "friendly_wounded", "killed"})


def _side_of_cue(c: Cue, own_forces: bool = False) -> str | None:
    """The side a people or force word names (civilians, a force's men, a group's), or None."""
    if "civilian" in c.kinds:
        return "civilian"
    if c.kinds & {"friendly", "friendly_group"} or (own_forces and "own_forces" in c.kinds):
        return "friendly"
    return "armed" if c.kinds & {"member", "armed_group"} else None


def _two_sides_named_after(a: Analysis, view: SentenceView, end: int) -> bool:
    """Are the counted named right after the number, past من, as men of two sides joined by و
    ("من المدنيين والعسكريين"، "من العسكريين والمدنيين"، "من مدنيين ومسلحين")?"""
    side = _side_of_cue

    def plural(t: int) -> bool:
        return a.token_text(t).endswith(("ين", "ون"))

    # (past the dead's own noun or persons: "32 قتيلاً من …"، "150 شخصاً، من مدنيين ومسلحين")
    end = next((c.tok_end for c in view.cues if c.tok_start == end and c.kinds & {"kill_after", "wound_after", "person"}), end)
    # (and past "others": "وإصابة 5 آخرين من العسكريين والمدنيين")
    other = next((c for c in view.cues if c.tok_start == end and "other" in c.kinds), None)
    if other is not None:
        end = other.tok_end - (a.token_text(other.tok_end - 1) == "من")  # (the cue may hold the من: "آخرين من")
    # (only past من: "12 مدنياً وجندي" may be twelve civilians and one soldier)
    first = next((c for c in view.cues if c.tok_start == end + 1 and side(c)), None)
    if first is None or a.token_text(end) != "من":
        return False
    if a.token_text(first.tok_end) == "وغير":
        return True  # "مقتل 155 من المدنيين وغير المدنيين": the side and every other
    return any(
        c.tok_start == first.tok_end
        # (both definite, or both plurals: "من رجال الأمن ومواطن" is three men and one citizen; "من مدنيين ومسلحين")
        and a.token_text(c.tok_start).startswith("و")
        and (
            (a.token_text(c.tok_start).startswith("وال") and a.token_text(first.tok_start).startswith("ال"))
            or (plural(c.tok_start) and plural(first.tok_start))
        )
        # (the second named by whom it backs takes that side: "من القوات الحكومية والفصائل المدعومة منها")
        # (nor one that backs the first by a pronoun: "والمسلحين الموالين لها"، "والفصائل المدعومة منها")
        and not (
            a.token_text(c.tok_end) in grammar_union("backed_by_words", "allegiance_words")
            and a.token_text(c.tok_end + 1) in grammar_union("from_it_words", "to_it_words")
        )
        and (_backed_side(a, view, c.tok_end) or side(c)) not in (None, side(first))
        # (nor one with a number of its own: "4 من رجال الشرطة ومدنيين اثنين")
        and not any(q.tok_start in (c.tok_start, c.tok_end) for q in view.quantities)
        for c in view.cues
    )


@cache
def _to_the_state_words() -> frozenset[str]:
    """What loyalty is owed to when it is the state's side: a pronoun for the force before (لها، منها) or the state
    by its common noun behind ل (للحكومة، للجيش)."""
    return grammar_union("from_it_words", "to_it_words") | {"لل" + w.removeprefix("ال") for w in grammar("state_words")}


def _ranks_of_two_sides_after(a: Analysis, view: SentenceView, end: int) -> bool:
    """Are the counted placed right after the number in the ranks of two sides joined by و ("مقتل 60 في صفوف
    قوات النظام والفصائل المعارضة")? One toll of both, which the contract does not count."""
    def named_at(t: int) -> tuple[int, str] | None:
        for e in view.entities:
            if e.tok_start == t and (side := _side_of_entity(e.obj)):  # type: ignore[arg-type]
                return e.tok_end, side
        for c in view.cues_starting(t):
            if side := _side_of_cue(c, own_forces=True):
                return c.tok_end, side
        return None

    end = next((c.tok_end for c in view.cues if c.tok_start == end and c.kinds & {"kill_after", "wound_after", "person"}), end)
    ranks = next((t for t in (end, end + 1) if a.token_in(t, grammar("ranks_words"), "")), None)
    if ranks is None or (ranks == end + 1 and a.token_text(end) not in ("في", "بين")):
        return False
    first = named_at(ranks + 1)
    if first is None or not a.token_text(first[0]).startswith("و"):
        return False
    second = named_at(first[0])
    if second is None or second[1] == first[1]:
        return False
    # (nor men loyal to the first, past an adjective of theirs: "والمسلحين القبليين الموالين للحكومة")
    loyal = grammar_union("backed_by_words", "allegiance_words")
    if first[1] == "friendly" and any(
        a.token_text(t) in loyal and (a.token_text(t + 1) in _to_the_state_words() or a.token_text(t + 2) == "من")
        for t in (second[0], second[0] + 1)
    ):
        return False
    return (_backed_side(a, view, second[0]) or second[1]) != first[1]


def _still_at_large(a: Analysis, view: SentenceView, end: int) -> bool:
    """Do the counted go on, right after their noun (ending at ``end``), to be still at large (لا يزالون طلقاء،
    ما زالوا فارين)?"""
    # (the words looked for in the sentence first: nearly every sentence has none)
    return a.sentence_has(view, grammar("still_words"), "و") and any(
        a.token_in(t, grammar("still_words"), "و") and any(a.token_in(u, grammar("at_large_words"), "") for u in range(t + 1, t + 3))
        for t in range(end, min(end + 3, view.tok_end))
    )


def _died_of_nothing_told(a: Analysis, view: SentenceView, clause: tuple[int, int]) -> bool:
    """The clause's only verbs of death plain ones (توفي، مات، يموتون) and the sentence no word of violence:
    no attack, strike, wound or killing named beside them."""
    plain = grammar("plain_death_verbs")
    deaths = [c for c in view.cues if clause[0] <= c.tok_start < clause[1] and "kill" in c.kinds]
    if not deaths or not all(a.token_in(c.tok_start, plain, "و") for c in deaths):
        return False
    return not any(
        c.kinds & {"attack", "operation", "wound", "wound_after", "kill_after", "capture"}
        or ("kill" in c.kinds and not a.token_in(c.tok_start, plain, "و"))
        for c in view.cues
    )


def _died_on_trial(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """The count's own verb a plain verb of dying right before it (وتوفي متهم واحد، توفي أحد أفرادها) in a
    sentence about defendants: someone tried who died, not a death the fighting caused."""
    own_verb = any(a.token_in(t, grammar("plain_death_verbs"), "و") for t in range(max(view.tok_start, p.tok_start - 2), p.tok_start))
    # (not a fight with the accused: "ومات شرطيان في الاشتباك مع المتهمين")
    clause = view.clause_of(p.tok_start)
    fight = any(c.kinds & {"attack", "operation"} and clause[0] <= c.tok_start < clause[1] for c in view.cues)
    return own_verb and not fight and a.sentence_has(view, grammar("defendant_words"), "وب")


def _men_on_the_move(a: Analysis, view: SentenceView, p: Placed, r: Reading, clause: tuple[int, int]) -> bool:
    """A verb of coming, going or meeting right around the men counted (خرج نحو ثمانية آلاف مقاتل، وصل أكثر من
    مئة من مسلحي الشباب، صادفت القوات قرابة 150 من مسلحي الجماعة): a party on the move, no group's size — not a
    count that "reached" a figure ("وصل عدد مقاتلي طالبان إلى 25 ألف مقاتل")."""
    end = r.noun_end_tok or p.tok_end
    # (not fighters who came to join a group, "دخل 20 ألف مقاتل أجنبي سوريا للقتال في صفوف داعش", nor a count of
    # the group's men: "عدد المقاتلين … وصل إلى"، "يضم نحو 3000 مقاتل وصلوا من 80 دولة")
    if any(a.token_in(t, grammar("joining_words"), "و") for t in range(end, clause[1])) or any(
        a.token_in(t, grammar("count_head_words"), "") or any(c.tok_start == t for c in view.cues_of("membership"))
        for t in range(clause[0], p.tok_start)
    ):
        return False
    for t in [*range(max(clause[0], p.tok_start - 4), p.tok_start), *range(end, min(clause[1], end + 4))]:
        # (not a part of them: "نحو ثلاثة آلاف مقاتل تونسي في سوريا عاد منهم 600": some came back, the whole is
        # the size)
        if (
            a.token_in(t, grammar("passing_verbs"), "و")
            and not a.token_in(t + 1, grammar("toward_words"), "")
            and not (t >= end and a.token_in(t + 1, grammar("of_them"), ""))
        ):
            return True
    return False


@cache
def _statement_openers() -> frozenset[str]:
    """The clause words that open a statement of their own (كما، فيما، بينما، ثم) — not حيث and إذ, which go on
    about the same people."""
    return grammar("clause_conjunctions") - grammar("elaboration_words")


def _mishap(a: Analysis, view: SentenceView, clause: tuple[int, int], number: int) -> bool:
    """The sentence tells of deaths by accident or disaster (حادث سير، غرق، زلزال) and its clause
    of the number names no attack or operation (قتل 5 جنود في هجوم، فيما غرق 3 is still the attack's).
    Not a unit named for one (كتيبة الصاعقة، قوات الصاعقة: commandos)."""
    units = grammar("mishap_unit_heads")
    # (also past the unit's number: "قائد الكتيبة 103 صاعقة")
    mishaps = [
        c
        for c in view.cues
        if "mishap" in c.kinds
        and not a.token_in(c.tok_start - 1, units, "وبل")
        and not (a.token_text(c.tok_start - 1).isdigit() and a.token_in(c.tok_start - 2, units, "وبل"))
    ]
    # (the unit by its definite name, الصاعقة, is lightning only where weather or a strike is told beside it: "بالصاعقة
    # التي ضربت"، "عندما ضربت الصاعقة"، "جراء الصاعقة" — not "القوات الخاصة الليبية «الصاعقة»"، "6 من عناصر الصاعقة")
    named = {"ال" + w for w in grammar("unit_named_mishaps")}
    mishaps += [
        c
        for c in view.cues
        if c.phrase in named
        and any(
            a.token_in(t, grammar("lightning_context"), "وب")
            for t in range(max(view.tok_start, c.tok_start - 2), min(view.tok_end, c.tok_end + 3))
        )
    ]
    # (a hardship told in another statement of the sentence is not the number's: "وقتل المسلحون 45 مدنياً، كما
    # توفي 40 من النازحين بسبب الأمراض")
    def own_statement(t: int) -> bool:
        lo, hi = sorted((t, number))
        return not any(a.token_in(u, _statement_openers(), "و") for u in range(lo + 1, hi))

    if (
        a.sentence_has(view, grammar("hardship_manners"))
        and any(a.token_in(t, grammar("hardship_manners"), "") and own_statement(t) for t in range(view.tok_start, view.tok_end))
    ) or (
        a.sentence_has(view, grammar("hardship_causes"), "و")
        and any(
            a.token_in(t, grammar("hardship_causes"), "و") and a.token_in(t - 1, grammar("death_causes"), "و") and own_statement(t)
            for t in range(view.tok_start, view.tok_end)
        )
    ):
        # "توفي 700 نازح جراء البرد ونقص التغذية، بينهم 90 طفلاً"، "ماتوا جوعاً": the hardship is the cause,
        # no one killed
        return True
    if not mishaps:
        return False
    if any(a.token_in(t, grammar("execution_words"), "وب") for t in range(clause[0], clause[1])):
        return False  # (an execution by drowning or burning: "قاموا بإعدام 18 مدنياً حرقاً وغرقاً")
    if any(clause[0] <= c.tok_start < clause[1] and a.token_in(c.tok_start - 1, grammar("death_causes"), "و") for c in mishaps) and not any(
        clause[0] <= c.tok_start < clause[1]
        and ("attack" in c.kinds or ("operation" in c.kinds and not a.token_in(c.tok_start, grammar("operation_names_words"), "ول")))
        for c in view.cues
    ):
        # "فقد أحد الجنود حياته جراء صاعقة في منطقة العملية": the cause told, whatever operation was under way —
        # not a strike or an attack that caused it ("جراء انهيار مبنى استهدفته غارة جوية": the strike killed them)
        return True
    return not any(c.kinds & {"attack", "operation"} and clause[0] <= c.tok_start < clause[1] for c in view.cues)


def _origin_in_brackets(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A number in brackets right after a country, where the sentence counts fighters by origin."""
    if not any("origin" in c.kinds for c in view.cues):
        return False
    gap = a.nt.text[a.tokens[p.tok_start - 1].end : a.tokens[p.tok_start].start] if p.tok_start > 0 else ""
    if "(" not in gap:
        return False
    return any(
        e.tok_end == p.tok_start and e.obj.type == "place" and e.obj.kind == "country"  # type: ignore[attr-defined]
        for e in view.entities
    )


def _noun_of_a_joined_list(a: Analysis, view: SentenceView, p: Placed) -> tuple[Cue, int] | None:
    """The noun (and the token after it) that ends a run of bare counts joined by و right after ``p``
    (8 و11 و17 إرهابياً), when ``p`` has none of its own (nor one before it: "حالة وفاة واحدة وثلاث إصابات")."""
    if any(c.tok_end == p.tok_start and c.kinds & _COUNTED_NOUN_KINDS for c in view.cues):
        return None
    at = p
    while True:
        nxt = next((q for q in view.quantities if q.tok_start > at.tok_start), None)
        if nxt is None or nxt.obj.kind != "count" or not joined_by_wa(a, nxt):  # type: ignore[attr-defined]
            return None
        if nxt.tok_start - at.tok_end > (0 if nxt.prefix.startswith("و") else 1):
            return None
        noun, after = _noun_after(a, view, nxt)
        if noun is not None:
            if noun.kinds & {"kill_after", "wound_after"} and _toll_head_of_another_fate(a, view, p, noun):
                # "ارتفع عدد قتلى الجيش إلى اثنين و16 مصاباً": the first is the dead the head named, the last the
                # wounded its own noun names
                return None
            return (noun, after) if noun.kinds & _COUNTED_NOUN_KINDS else None
        at = nxt


def _toll_head_of_another_fate(a: Analysis, view: SentenceView, p: Placed, noun: Cue) -> bool:
    """A toll's head of another fate than ``noun`` right before the number, past a verb of rising
    ("عدد قتلى جنود الجيش ارتفع إلى اثنين"، "حصيلة القتلى إلى 5")."""
    wounded = "wound_after" in noun.kinds
    clause = view.clause_of(p.tok_start)
    for c in view.cues:
        if clause[0] <= c.tok_start < p.tok_start and p.tok_start - c.tok_end <= 6 and c.kinds & {"kill", "wound"}:
            if a.token_in(c.tok_start, grammar("definite_toll_nouns"), "و") or a.token_text(c.tok_start - 1) in grammar("count_head_words"):
                return ("wound" in c.kinds) != wounded and not c.kinds >= {"kill", "wound"}
    return False


def _distributed_noun(a: Analysis, view: SentenceView, p: Placed, previous: Reading | None) -> Cue | None:
    """The counted noun a breakdown verb spreads over the numbers after it (توزعت العمليات بين 59 في
    سوريا … و137 في العراق): right before the first, and for a later one joined by و, the same noun
    when each is followed by its place."""
    words = grammar("breakdown_words")
    spread = grammar("spread_prepositions")

    def spread_at(t: int) -> Cue | None:
        if a.token_text(t) not in spread:
            return None
        for c in view.cues:
            if c.tok_end == t and c.kinds & {"operation", "attack"} and a.token_text(c.tok_start - 1) in words:
                return c
        return None

    first = spread_at(p.tok_start - 1)
    if first is not None:
        return first
    joined = joined_by_wa(a, p)
    if not joined or a.token_text(p.tok_end) != "في":
        return None
    for t in range(view.tok_start, p.tok_start - 1):
        c = spread_at(t)
        if c is not None and a.token_text(t + 2) == "في":
            return c
    return None


def _civilian_casualties_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Casualties named as civilians earlier in the sentence (الإصابات بين المدنيين، الخسائر في صفوف المدنيين،
    عدد الضحايا المدنيين), and no force named between them and the number."""
    words = grammar("casualty_nouns")
    for c in view.cues:
        if "civilian" not in c.kinds or c.tok_start >= p.tok_start:
            continue
        lo = max(view.tok_start, c.tok_start - 4)
        if not any(a.token_text(t) in words for t in range(lo, c.tok_start)):
            continue
        return not any(d.kinds & {"friendly_group", "armed_group", "member"} and c.tok_end <= d.tok_start < p.tok_start for d in view.cues)
    return False


def _civilians_named_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A civilian group named earlier in the sentence, and no force or armed group at all."""
    if any(_side_of_entity(e.obj) for e in view.entities):  # type: ignore[arg-type]
        return False
    if any(c.kinds & {"friendly_group", "armed_group", "member", "friendly", "leader"} for c in view.cues):
        return False
    # (civilians as a group — the plural, or a trade's men, "جامعي الكمأة" — not a body's adjective, "الدفاع
    # المدني"، "سيارة مدنية"، nor the women and children a toll breaks down, "بينهم 18 طفلاً")
    return any(
        c.tok_end <= p.tok_start
        and a.token_in(c.tok_start, grammar("civilians_as_a_group"), "وبل")
        # (in the same telling: not past "فيما"، "بينما" that open another event)
        and not any(a.token_in(t, grammar("contrast_words"), "و") for t in range(c.tok_end, p.tok_start))
        for c in view.cues_of("civilian")
    )


def _killed_by_mines(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Are mines what killed them: a mine word after a word of cause (بانفجار لغم، ضحايا الألغام، جراء
    الألغام), before the number in its sentence or after it in its clause? A cause word is asked for
    because mines are also cleared or lie in fields the report only mentions, and a mine in another
    clause ("فيما أصيب طفل بانفجار لغم") is another event."""
    hi = view.clause_of(p.tok_start)[1]
    for t in [*range(view.tok_start, p.tok_start), *range(p.tok_end, hi)]:
        if a.token_in(t, grammar("mine_words"), "وبل") and t > view.tok_start and a.token_in(t - 1, grammar("mine_causes"), "وبل"):
            return True
    return False


def _strike_on_a_group(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does a friendly force strike a group's positions (على مواقع تنظيم داعش) before this number, in a
    sentence that names no civilians?"""
    lo = view.clause_of(p.tok_start)[0]
    target = [c for c in view.cues if "target" in c.kinds and lo <= c.tok_start and c.tok_end <= p.tok_start]
    if not target or any("civilian" in c.kinds for c in view.cues):
        return False
    if a.sentence_has(view, grammar("mistake_words"), "وب"):
        return False  # (a strike that killed by mistake: "أسفرت خطأ عن مقتل 85 شخصاً")
    # (the strike's own toll, in its clause: not past another attack or a time that brings one in, "بعد
    # أسبوع على هجوم أسفر عن مقتل ثلاثة"، "عقب هجمات شنتها الحركة وخلفت 34 قتيلاً")
    if any(target[-1].tok_end < c.tok_start < p.tok_start and "attack" in c.kinds for c in view.cues) or any(
        a.token_in(t, grammar("event_break_words"), "و") for t in range(target[-1].tok_end, p.tok_start)
    ):
        return False
    hit = any("armed" in _sides_named(view, t.tok_end, t.tok_end + 3) for t in target)
    return hit and "friendly" in _sides_named(view, 0, target[0].tok_start)


def _cell_size_word(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    """The word of a cell's make-up right before the number (مكونة من، تتألف من), within three words."""
    return next(
        (t for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - 3) - 1, -1) if a.token_text(t) in grammar("cell_size_words")),
        None,
    )


def _cell_members(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number the size of a cell named right before it, that a kill governs (القضاء على خلية
    إرهابية مكونة من 4 أفراد)?"""
    size = _cell_size_word(a, view, p)
    cell = next(
        (
            c
            for c in view.cues
            if size is not None and "armed_group" in c.kinds and a.token_in(c.tok_start, grammar("cell_words"), "و") and size - 4 <= c.tok_start < size
        ),
        None,
    )
    # (the kill governs the cell: "القضاء على خلية"، "قتل خلية" — not "قتل جندي في اشتباك مع خلية مكونة من 6")
    return cell is not None and any(cell.tok_start - 2 <= c.tok_end <= cell.tok_start for c in view.cues_of("kill"))


def _cell_dismantled(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number the size of a cell that the sentence says was dismantled (تفكيك خلية إرهابية من 5
    أشخاص، فككت الشرطة شبكة مؤلفة من أربعة): its members were taken — unless the sentence counts
    those taken itself ("… تتكون من 5 أشخاص، تم توقيف 3 منهم")."""
    size = _cell_size_word(a, view, p)
    if size is not None:
        # (the cell may carry a preposition: "الإطاحة بخلية متكونة من 12 عنصراً")
        cell = next((t for t in range(size - 1, max(view.tok_start, size - 4) - 1, -1) if a.token_in(t, grammar("cell_nouns"), "وب")), None)
        if cell is None:
            # (past the group it is loyal to: "خلية إرهابية موالية لتنظيم داعش تتكون من أربعة")
            far = next((t for t in range(size - 4, max(view.tok_start, size - 6) - 1, -1) if a.token_in(t, grammar("cell_nouns"), "وب")), None)
            if far is not None and any(a.token_text(t) in grammar("allegiance_words") for t in range(far + 1, far + 3)):
                cell = far
    elif a.token_text(p.tok_start - 1) == "من":
        # (a bare "of" right after the cell or its one adjective: "خلية إرهابية من 5 أشخاص"; not "بعد بلاغ من 3")
        cell = next((t for t in (p.tok_start - 2, p.tok_start - 3) if a.token_in(t, grammar("cell_nouns"), "وب")), None)
    else:
        return False
    # (a terrorist cell, or one whose group is named between it and its size: "شبكة إرهابية"، "خلية
    # موالية لداعش تتألف من 7" — not any group named elsewhere in the sentence)
    if cell is None or not (
        any(c.tok_start == cell for c in view.cues_of("armed_group"))
        or a.token_in(cell + 1, grammar("terror_words"), "")
        or any(cell < e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
        # (or the group its members pledged to, right after them: "خلية متكونة من 12 عنصراً بايعت تنظيم داعش")
        or any(p.tok_end <= e.tok_start <= p.tok_end + 3 and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
    ):
        return False
    if any(c.tok_start >= p.tok_end for c in view.cues_of("capture")):
        return False
    # (the verb right before the cell, or before its subject: "فككت الشرطة المغربية اليوم شبكة")
    lo = max(view.clause_of(cell)[0], cell - 8)
    if any(a.token_in(t, grammar("dismantled_participles"), "") for t in range(cell + 1, min(cell + 4, p.tok_start))):
        return True  # (or its participle after it: "الخلية الإرهابية المفككة تتكون من 13 عنصراً")
    if a.token_in(cell - 1, grammar("uncover_words"), "وب") and not any(
        a.token_in(t, grammar("negation_words"), "و") for t in range(max(view.tok_start, cell - 5), cell - 1)
    ):
        return True  # "قادت إلى كشف خلية مكونة من أربعة عناصر": a cell uncovered, its members taken
    return any(a.token_in(t, grammar("dismantle_words"), "وب") for t in range(lo, cell)) and not any(
        c.kinds & _OUTCOME_KINDS and lo <= c.tok_start < cell for c in view.cues
    )


def _tied_to_group(view: SentenceView) -> bool:
    """Does the sentence name an armed group or its members (بدعوى صلتهم بتنظيم داعش)?"""
    return any(_side_of_entity(e.obj) == "armed" for e in view.entities) or any(  # type: ignore[arg-type]
        c.kinds & {"armed_group", "member", "leader"} for c in view.cues
    )


def _group_tie_after(a: Analysis, view: SentenceView, tok: int, clause: tuple[int, int]) -> bool:
    """Is an armed group named within a few words after ``tok``, in its clause, with no other deed
    between (مواطنين تبين أنهم من مؤيدي تنظيم داعش)?"""
    hi = min(tok + 7, clause[1])
    ties = grammar_union("tie_words", "belonging_verbs")
    first = min(
        [e.tok_start for e in view.entities if tok <= e.tok_start < hi and _side_of_entity(e.obj) == "armed"]  # type: ignore[arg-type]
        + [c.tok_start for c in view.cues if tok <= c.tok_start < hi and "armed_group" in c.kinds],
        default=None,
    )
    return (
        first is not None
        and any(a.token_in(t, ties, "و") for t in range(tok, first))
        # (not a tie denied: "تبين أنهم ليسوا من عناصر داعش")
        and not any(a.token_in(t, grammar("negation_words"), "و") for t in range(tok, first))
        and not any(tok <= c.tok_start < first and c.kinds & _OUTCOME_OR_OTHER_KINDS for c in view.cues)
    )


def _force_is_the_killer(a: Analysis, view: SentenceView, trig: Cue) -> bool:
    """Is a force the subject of the kill verb: named right after it (وقتلت الشرطة) or the speaker its
    pronoun stands for (قالت وزارة الداخلية إنها قتلت)?"""
    after = range(trig.tok_end, min(trig.tok_end + 2, view.tok_end))
    if any(c.tok_start in after and c.kinds & {"friendly_group", "own_forces"} for c in view.cues) or any(
        e.tok_start in after and _side_of_entity(e.obj) == "friendly" for e in view.entities  # type: ignore[arg-type]
    ):
        return True
    if a.token_text(trig.tok_start - 1) in grammar("she_it_pronouns"):
        return any(
            e.tok_end <= trig.tok_start and _side_of_entity(e.obj) == "friendly" for e in view.entities  # type: ignore[arg-type]
        ) or any(c.tok_end <= trig.tok_start and "friendly_group" in c.kinds for c in view.cues)
    return False


def _gunfight_with_a_force(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"في إطلاق نار مع قوات الأمن"، "في اشتباك مع الشرطة": a gunfight with a force after the number."""
    for t in range(p.tok_end, min(view.tok_end, p.tok_end + 10)):
        if a.token_text(t) == "مع" and any(
            a.token_in(u, grammar_union("exchange_of_fire_words", "fire_words"), "وبل") for u in range(max(p.tok_end, t - 3), t)
        ):
            return _friendly_between(view, t + 1, min(view.tok_end, t + 4))
    return False


def _attack_on_a_force_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A cause after the number (جراء، إثر، بسبب) naming an attack on a force's post or men: "جراء هجوم انتحاري
    استهدف تجمعاً للجيش"، "جراء استهداف الجماعة معسكراً لقوات العمالقة" — no people of another side between."""
    posts = grammar_union("attacked_posts", "generic_posts", "post_nouns")
    cause = next(
        (t for t in range(p.tok_end, min(view.tok_end, p.tok_end + 10)) if a.token_in(t, grammar("cause_words"), "و")), None
    )
    if cause is None or any(
        p.tok_end <= c.tok_start < cause and c.kinds & {"member", "leader", "friendly", "civilian", "person"} for c in view.cues
    ):
        return False
    # (other numbers between only as items of the same toll: "و13 مصاباً"، "وأصيب ثمانية آخرون")
    if any(
        p.tok_end < q.tok_start < cause
        and q.obj.kind == "count"  # type: ignore[attr-defined]
        and not (joined_by_wa(a, q) or a.token_text(q.tok_start - 1).startswith("و"))
        for q in view.quantities
    ):
        return False
    window = range(cause + 1, min(view.tok_end, cause + 9))
    hit = next((c for c in view.cues if c.tok_start in window and c.kinds & {"attack", "target"}), None)
    if hit is None:
        return False
    # (the post the attack's object, at most three words after it, nothing near between: not "قذيفة استهدفت سوقاً
    # شعبياً قرب مقر للشرطة"، "هجوم استهدف حافلة تقل عمالاً قرب معسكر للجيش")
    # (the attacker named between counts for nothing: "جراء استهداف جماعة الحوثيين الموالية لإيران معسكراً لقوات العمالقة")
    named = {t for e in view.entities for t in range(e.tok_start, e.tok_end)}
    post, words = None, 0
    for u in range(hit.tok_end, view.tok_end):
        if a.token_in(u, posts, "ول"):
            post = u
            break
        words += u not in named
        if words > 3:
            break
    if post is None or any(a.token_in(u, grammar("near_words"), "وب") for u in range(hit.tok_end, post)):
        return False
    # (the post a force's: its name or common noun right after the post word, "تجمعاً للجيش"، "معسكراً لقوات العمالقة")
    return _friendly_between(view, post, min(view.tok_end, post + 4))


def _attack_on_a_force_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does the sentence tell, before the number, of an attack on a force or its post (هاجمت نقطة تابعة
    للجيش، استهدفت دورية للأمن، تعرضت قوة من الجيش لكمين)?"""
    posts = grammar_union("attacked_posts", "generic_posts")
    units = posts | grammar("attacked_units")

    def armed_at(lo: int, hi: int) -> bool:
        return _armed_between(view, lo, hi)

    def friendly_at(lo: int, hi: int) -> bool:
        return _friendly_between(view, lo, hi)

    def struck_back(lo: int) -> bool:
        # the dead told as a result of the attack (ما أسفر عن مقتل، أدى إلى مقتل), with no force striking
        # back between ("وتمكنت القوات من قتل 4 عناصر"، "وردت القوات وقتلت خمسة")
        result = next((u for u in range(lo, p.tok_start) if a.token_in(u, grammar("result_verbs"), "وفم")), None)
        return result is None or friendly_at(result, p.tok_start) or any(
            result <= c.tok_start < p.tok_start and c.kinds & {"kill", "capture"} and c.phrase not in grammar("result_nouns")
            for c in view.cues
        )

    for t in range(view.tok_start, p.tok_start):
        if a.token_in(t, grammar("attack_verbs"), "وف"):
            # the post right after the verb or its subject, not a force as the verb's own subject
            # ("هاجمت القوات العراقية مواقع داعش"), nor a force's or a strike's attack told before or right
            # after the verb ("الجيش استهدف مقراً لتجمع العناصر الإرهابية"، "استهدفت طائرات روسية مقراً")
            post = next((u for u in range(t + 1, min(t + 7, p.tok_start)) if a.token_in(u, posts, "ول")), None)
            lo = max(view.tok_start, t - 4)
            by_force = friendly_at(lo, t) or any(lo <= c.tok_start < t and "operation" in c.kinds for c in view.cues)
            if post is not None:
                by_force = by_force or any(
                    t < c.tok_start < post and c.kinds & {"operation", "force_noun"} for c in view.cues
                ) or any(t < d.tok_start < post and getattr(d.obj, "country", None) for d in view.adjectives)
            if (
                post is not None
                and not by_force
                and not armed_at(post, min(post + 6, p.tok_start))
                and not friendly_at(t + 1, post)
                and not struck_back(post + 1)
            ):
                return True
        if a.token_in(t, grammar("attack_nouns_on_posts"), "وبلف"):
            # "الهجوم الانتحاري على قافلة أمنية"، "هجوم مسلح على حاجز للجيش": an attack told as a noun, on a post
            on = _target_word_after(a, t, p.tok_start)
            # (a post, or a vehicle or convoy told as a force's: "قافلة أمنية"، "سيارة للجيش" — not "سيارة تقل ركاباً")
            post = next(
                (
                    u
                    for u in range(on + 1, min(on + 3, p.tok_start))
                    if a.token_in(u, posts, "ول")
                    or (a.token_in(u, units, "ول") and _marked_as_a_force(a, view, u))
                ),
                None,
            ) if on else None
            # (the result verb may open the sentence: "وتسبب الهجوم الانتحاري على قافلة أمنية في مقتل 40")
            result_first = any(a.token_in(u, grammar("result_verbs"), "وفم") for u in range(max(view.tok_start, t - 3), t))
            # (with the result told first there is no result verb after the post to look past: only a force
            # named between the post and the dead could have struck back)
            if post is not None:
                answered = friendly_at(post + 2, p.tok_start) if result_first else struck_back(post + 1)
                if not armed_at(post, min(post + 6, p.tok_start)) and not answered:
                    return True
        against = _against_a_force(a, view, t, p)
        if against is not None and armed_at(view.tok_start, t) and not struck_back(against + 1):
            # "تبنى داعش عمليتين ضد قوات سوريا الديمقراطية، ما أسفر عن مقتل عنصر وإصابة اثنين آخرين": a
            # group's attacks (or operations) against a force itself, not a post of it
            return True
        if a.token_in(t, grammar("suffered_words"), "وف"):
            # "تعرض عناصر من إدارة العمليات لكمين"، "تعرضت دورية للجيش لهجوم"
            hit = next((u for u in range(t + 1, min(t + 10, p.tok_start)) if a.token_in(u, grammar("attack_after_suffered"), "")), None)
            if (
                hit is not None
                and not armed_at(t + 1, hit)
                and (friendly_at(t + 1, hit) or any(a.token_in(u, units, "ول") for u in range(t + 1, hit)))
                and not struck_back(hit + 1)
            ):
                return True
    return False


def _target_word_after(a: Analysis, t: int, hi: int) -> int | None:
    """The word that opens an attack noun's target (على, or a relative clause's verb: الذي استهدف) within
    three words after the noun at ``t``."""
    return next(
        (u for u in range(t + 1, min(t + 4, hi)) if a.token_text(u) == "علي" or a.token_in(u, grammar("attack_relative_verbs"), "و")),
        None,
    )


def _armed_between(view: SentenceView, lo: int, hi: int) -> bool:
    """An armed group named between tokens ``lo`` and ``hi``, by a cue or by name."""
    return any(lo <= c.tok_start < hi and "armed_group" in c.kinds for c in view.cues) or any(
        lo <= e.tok_start < hi and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
    )


def _friendly_between(view: SentenceView, lo: int, hi: int) -> bool:
    """A force or its men named between tokens ``lo`` and ``hi``, by a cue or by name."""
    return any(lo <= c.tok_start < hi and c.kinds & {"friendly", "friendly_group"} for c in view.cues) or any(
        lo <= e.tok_start < hi and _side_of_entity(e.obj) == "friendly" for e in view.entities  # type: ignore[arg-type]
    )


def _marked_as_a_force(a: Analysis, view: SentenceView, u: int) -> bool:
    """Is the post or vehicle at ``u`` told as a force's, by a security word or a force right after it (قافلة
    أمنية، مقر أمني، سيارة للجيش، مركز للشرطة — not "سيارة تقل ركاباً"، "مقر صحيفة")?"""
    return a.token_in(u + 1, grammar("security_words"), "") or _friendly_between(view, u + 1, u + 3)


def _force_post_at(a: Analysis, view: SentenceView, u: int) -> bool:
    """Is the word at ``u`` a force's post: one that is nothing else (ثكنة، حاجز، قاعدة), or one that is
    anyone's (مقر، مركز، موقع) told as a force's?"""
    if a.token_in(u, grammar("attacked_posts"), "ول"):
        return True
    return a.token_in(u, grammar("generic_posts"), "ول") and _marked_as_a_force(a, view, u)


def _toll_of_an_attack_on_a_post(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"عدد قتلى الهجوم على قاعدتين عسكريتين … إلى 38"، "حصيلة ضحايا الهجوم الذي استهدف نقطة للجيش": a toll
    whose dead are an attack's on a force's post, no group named at the post (not a newspaper's offices, a
    mall or polling stations: "الهجوم على مقر صحيفة")."""
    for c in view.cues:
        if "toll" not in c.kinds or c.tok_start >= p.tok_start:
            continue
        # (the toll's own dead noun may be part of the cue or follow it: "عدد القتلى"، "عدد قتلى")
        attack = next((t for t in (c.tok_end, c.tok_end + 1) if a.token_in(t, grammar("attack_nouns_on_posts"), "")), None)
        if attack is None:
            continue
        on = _target_word_after(a, attack, p.tok_start)
        post = next((u for u in range(on + 1, min(on + 3, p.tok_start)) if _force_post_at(a, view, u)), None) if on else None
        if post is not None and not _armed_between(view, post, min(post + 6, p.tok_start)):
            return True
    # (or the attack told after the toll, as its cause: "ارتفاع عدد القتلى إلى 12 نتيجة هجوم على كمين أمني")
    # (or told after the toll as its cause, its word right before the attack — "إلى 12، وسقوط 18 مصاباً نتيجة هجوم
    # على كمين" — with no civilians named among the dead and no other event opened between)
    if any("civilian" in c.kinds for c in view.cues):
        return False
    for t in range(p.tok_end, min(p.tok_end + 8, view.tok_end)):
        if any(q.tok_start == t for q in view.quantities) and not a.token_text(t - 1).startswith("و"):
            break
        if a.token_in(t, grammar("clause_conjunctions"), "و"):
            break
        if (
            a.token_in(t, grammar("attack_nouns_on_posts"), "")
            # (an assault, not a blast that may kill whoever stands near the post: "بعد التفجير الذي استهدف حاجزاً")
            and not a.token_in(t, grammar("blast_nouns"), "")
            and a.token_in(t - 1, grammar("cause_words"), "و")
            and (on := _target_word_after(a, t, view.tok_end)) is not None
        ):
            post = next((u for u in range(on + 1, min(on + 3, view.tok_end)) if _force_post_at(a, view, u)), None)
            return post is not None and not _armed_between(view, post, min(post + 6, view.tok_end))
    return False


# "his" and "their" soldiers (جنوده، جنودهم): an army's or its men's — a group is "she" (جنودها)
_HIS_THEIR = ("ه", "هم")


def _whole_of_a_part(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number at ``p`` the whole a count right before it is taken out of (3 من أصل 5، 3 من بين 5، ثلاثة
    من خمسة)?"""
    t = p.tok_start - 1
    if a.token_in(t, grammar("out_of_words"), ""):
        t -= 1
    if a.token_text(t) != "من":
        return False
    return any(x.tok_end == t and x.obj.kind == "count" for x in view.quantities)  # type: ignore[attr-defined]


def _against_a_force(a: Analysis, view: SentenceView, t: int, p: Placed) -> int | None:
    """The token of ضد when the attack or operation noun at ``t`` is told against a force itself (هجوماً ضد
    القوات الكينية، عمليتين ضد قوات سوريا الديمقراطية), the force named right after it and before the number."""
    if not (
        a.token_in(t, grammar("attack_nouns_on_posts"), "وبلف")
        or any(c.tok_start == t and "operation" in c.kinds for c in view.cues)
    ):
        return None
    against = next((u for u in range(t + 1, min(t + 4, p.tok_start)) if a.token_in(u, grammar("against_words"), "")), None)
    if against is None:
        return None
    hi = min(against + 4, p.tok_start)
    named = any(against < e.tok_start < hi and _side_of_entity(e.obj) == "friendly" for e in view.entities) or any(  # type: ignore[arg-type]
        against < c.tok_start < hi and c.kinds & {"friendly_group"} for c in view.cues
    )
    return against if named else None


def _captives_of_the_attackers(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"بمقتل أربعة أشخاص وأسر سبعة آخرين جراء هجوم تنظيم داعش"، "المهاجمون … أسروا سبعة": persons taken
    captive where the only side the sentence names is the armed one — its hostages, not its men taken."""
    return (
        a.token_in(p.tok_start - 1, grammar("captive_verbs"), "و")
        and not _sides_named(view, view.tok_start, view.tok_end) - {"armed"}
        and not any(c.kinds & {"friendly", "friendly_group", "own_forces"} for c in view.cues)
    )


def _suspected_of_an_attack(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"اعتقال خمسة أشخاص يشتبه في صلتهم بإطلاق النار على قوات"، "3 مشتبه بهم في تنفيذ الهجوم": persons
    held as the suspected authors of an attack, right after their number."""
    t = next((u for u in range(p.tok_end, min(p.tok_end + 8, view.tok_end)) if a.token_text(u) in grammar("suspicion_words")), None)
    if t is None:
        return False
    # (not a shooting in a protest or a brawl, nor a robbery, told before the next count: "خلال
    # احتجاجات"، "وسرقة أمواله")
    told = min([q.tok_start for q in view.quantities if q.tok_start > t] + [t + 14, view.tok_end])
    if any(a.token_in(u, grammar("riot_or_crime_words"), "وبل") for u in range(t + 1, told)):
        return False
    window = range(t + 1, min(t + 6, view.tok_end))
    # (shooting only at a force: not "متهمين بإطلاق النار وأحداث الشغب", a riot)
    return any(
        c.tok_start in window and "attack" in c.kinds and not a.token_in(c.tok_start, grammar("assault_nouns"), "وبل")
        for c in view.cues
    ) or any(
        a.token_text(u) in grammar("shooting_words")
        and (
            any(u < c.tok_start <= u + 4 and c.kinds & {"friendly", "friendly_group", "force_noun"} for c in view.cues)
            or any(u < e.tok_start <= u + 5 and _side_of_entity(e.obj) == "friendly" for e in view.entities)  # type: ignore[arg-type]
        )
        for u in window
    )


def _tie_only_in_part(view: SentenceView, p: Placed) -> bool:
    """"اعتقال 9 أشخاص، بينهم متهمون بالانتماء إلى داعش": only some of them are suspected of a tie to
    the group, named after بينهم or منهم, and nothing before the number ties the whole to it (but
    "اعتقال 71 شخصاً بينهم قيادات من داعش" is a haul from the group that its leaders are part of)."""
    ties = [e.tok_start for e in view.entities if _side_of_entity(e.obj) == "armed"]  # type: ignore[arg-type]
    ties += [c.tok_start for c in view.cues if c.kinds & {"armed_group", "member", "leader"}]
    if not ties or min(ties) < p.tok_start:
        return False
    first = min(ties)
    return any(
        "subset" in c.kinds
        and p.tok_end <= c.tok_start < first
        and (
            any("suspect" in d.kinds and c.tok_end <= d.tok_start <= c.tok_end + 1 for d in view.cues)
            # (or a counted part of the group's men: "القبض على 471 شخصاً بينهم 38 إرهابياً" — the rest are not)
            or any(q.tok_start == c.tok_end and q.tok_end == first for q in view.quantities)
        )
        for c in view.cues
    )


def _previous_ties(a: Analysis, view: SentenceView) -> bool:
    """Does the sentence just before, in the same paragraph, tie people to a group or to terrorism?"""
    i = view.sentence.index
    if i == 0 or i > len(a.views):
        return False
    prev = a.views[i - 1]
    if prev.sentence.paragraph != view.sentence.paragraph:
        return False
    return _tied_to_group(prev) or _terror_words(a, prev)


def _terror_words(a: Analysis, view: SentenceView) -> bool:
    """Does the sentence speak of terrorism (متهماً بالإرهاب، قضايا إرهابية)?"""
    words = grammar("terror_words")
    return a.sentence_has(view, words)


# readings whose noun is not the word after the number: a rank (و11 مقدم) or a noun before brackets (عنصري (2))
_NOUN_READ_ELSEWHERE = ("counted-by-rank", "number-in-brackets-after-noun")


def _of_its_ranks(a: Analysis, t: int, preps: tuple[str, ...]) -> bool:
    """"في صفوفه"، "من صفوفها"، "من أفراده" at token ``t``: of one's own ranks or men (with a pronoun attached),
    not of a family named before (منزل عائلة … من أفرادها)."""
    ranks = a.token_text(t + 1)
    if a.token_text(t) not in preps or not any(ranks.startswith(w) and len(ranks) > len(w) for w in grammar("own_ranks_stems")):
        return False
    kin = grammar_union("family_words", "household_words")
    return ranks.startswith("صفوف") or not any(a.token_in(u, kin, "وبل") for u in range(max(0, t - 12), t))


def _among_victims(view: SentenceView, p: Placed) -> bool:
    """"من بين الضحايا 14 رجلاً": the number right after "among the victims"."""
    return any("الضحايا" in c.phrase and p.tok_start - 2 <= c.tok_end <= p.tok_start for c in view.cues_of("subset"))


def _one_named_before(a: Analysis, view: SentenceView, p: Placed) -> Cue | None:
    """The person word an "others" number continues when no number came before it in the sentence
    (استشهاد جندي، وإصابة اثنين آخرين), or when one person was named by an outcome of their own after
    the last number (مقتل 14 عنصراً من التنظيم مقابل مقتل جندي أمريكي وإصابة 3 آخرين)."""
    last = max((q.tok_end for q in view.quantities if q.tok_start < p.tok_start), default=None)
    if last is not None:
        return next(
            (
                c
                for c in reversed(view.cues)
                if last < c.tok_start
                and c.tok_end <= p.tok_start
                and c.kinds & {"friendly", "civilian", "member"}
                and (
                    any(d.tok_end == c.tok_start and d.kinds & {"kill", "wound", "capture"} and last <= d.tok_start for d in view.cues)
                    # (or added to the dead before with their side: "مقتل 29 مسلحاً، إضافة لضابط وجندي من الجيش
                    # وإصابة أربعة آخرين"; not "مقتل 9 جنود، إضافة إلى طفل، وإصابة 6 آخرين")
                    or (
                        any(a.token_in(t, grammar("addition_words"), "") for t in range(max(last, c.tok_start - 4), c.tok_start))
                        and _group_after(a, view, c.tok_end)[0] is not None
                    )
                )
                # (not others arrested after one killed: "ومقتل جندي واعتقال 3 آخرين من عناصر التنظيم")
                and not any("capture" in d.kinds and c.tok_end <= d.tok_start < p.tok_start for d in view.cues)
            ),
            None,
        )
    # (a commander named alone counts too when his side follows him: "مقتل القائد العام لقوات يبشه و23
    # آخرين" — his men; not a tribal chief's companions, "مقتل زعيم قبلي و3 آخرين", whose side nobody said)
    return next(
        (
            c
            for c in reversed(view.cues)
            if c.tok_end <= p.tok_start
            and (
                c.kinds & {"friendly", "civilian", "member"}
                or ("leader" in c.kinds and _leader_side(view, c, p) is not None)
            )
        ),
        None,
    )


def _leader_side(view: SentenceView, leader: Cue, p: Placed) -> str | None:
    """The one side named in a commander's title, between him and the number after (قائد الكتيبة في داعش،
    القائد العام لقوات الأمن): a leader word names no side of its own."""
    sides = _sides_named(view, leader.tok_end, min(leader.tok_end + 4, p.tok_start))
    return next(iter(sides)) if len(sides) == 1 else None


def _rank_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A number followed by a military rank (5 برتبة رائد، 11 مقدم، 20 نقيباً)."""
    return p.tok_end < view.tok_end and a.token_in(p.tok_end, grammar("rank_words"), "و")


def _opens_a_list_item(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number (with its qualifier: "وأكثر من 100"، "وما بين 80 و100") the next item of a list?"""
    if joined_by_wa(a, p) or _punctuated_before(a, p.tok_start, "،,"):
        return True
    t = p.tok_start - 1
    words = qualifier_words() | {"بين"}  # (a range: "وما بين 80 و100")
    while t > max(view.tok_start, p.tok_start - 4) and a.token_text(t) in words:
        t -= 1
    word = a.token_text(t)
    return t < p.tok_start - 1 and ((word.startswith("و") and word[1:] in words) or _punctuated_before(a, t + 1, "،,"))


def _of_a_nationality_after(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Does the number's phrase name where its people come from: "يحملون الجنسية التونسية"، "من المملكة
    المغربية"، "من السعوديين"?"""
    if a.token_in(tok, grammar("carry_nationality_words"), "") and a.token_in(tok + 1, grammar("passport_words"), ""):
        return True
    if a.token_text(tok) != "من":
        return False
    at = tok + 1
    if any(e.tok_start == at and getattr(e.obj, "kind", None) == "country" for e in view.entities):
        return True
    if a.token_in(at, grammar("kingdom_words"), "") and any(d.tok_start == at + 1 for d in view.adjectives):
        return True  # "من المملكة المغربية"
    return bool(_nationality_word_at(a, view, at))


def _cadets(a: Analysis, view: SentenceView, p: Placed, r: Reading, clause: tuple[int, int]) -> bool:
    """Are the students counted a force's cadets: a military school named after them, or the force's
    toll they are counted in?"""
    hi = r.noun_end_tok or p.tok_end
    student = next((c for c in view.cues if p.tok_end <= c.tok_start < hi + 1 and a.token_in(c.tok_start, grammar("student_words"), "وبل")), None)
    if student is None:
        return False
    t = student.tok_end
    if a.token_in(t, grammar("military_adjectives"), ""):
        return True  # "1700 طالب عسكري"
    # the school in construct with them, and its military word: "طلاب الكلية العسكرية"، "طالب في كلية القوة
    # الجوية" (not a strike's or a force's word nearby: "قتل 20 طالباً في الغارات الجوية على مدرسة")
    t += a.token_text(t) == "في"
    if a.token_in(t, grammar("school_nouns"), "ل") and any(
        a.token_in(u, grammar("military_school_words"), "") for u in range(t + 1, min(view.tok_end, t + 3))
    ):
        return True
    return _toll_side(a, view, p, clause[0]) == "friendly"


def _toll_side(a: Analysis, view: SentenceView, p: Placed, lo: int) -> str | None:
    """The side a toll named between ``lo`` and the number gives its people ("حصيلة القتلى في صفوف
    قوات الأمن"، "عدد القتلى من قوات النظام"، "خسائر قوات النظام")."""
    # (the toll nearest the number: "…إلى 19، ويرتفع عدد القتلى من المتشددين إلى 105")
    toll = max((c for c in view.cues if "toll" in c.kinds and lo <= c.tok_start < p.tok_start), key=lambda c: c.tok_start, default=None)
    if toll is None:
        return None
    after = toll.tok_end
    if a.token_text(after) in grammar("toll_source_adjectives"):
        return None  # "حصيلة عسكرية"، "حصيلة أمنية": who gave the toll, not whose dead it counts
    if _cue_at(view, after, {"kill", "kill_after"}) is not None and a.token_text(after + 1) in ("من", "في"):
        after += 1  # عدد القتلى من قوات النظام
    side = _side_named_at(a, view, after)
    return side if side in ("armed", "friendly", "civilian") else None


def _partitive(a: Analysis, view: SentenceView, p: Placed, noun: Cue | None) -> bool:
    """"51 من القتلى"، "وتوزع القتلى بين …": a share of the toll already given."""
    if noun is not None and a.token_text(noun.tok_start - 1) == "من":
        return True
    if a.token_text(p.tok_start - 1) == "ب" and any(
        e.obj.type == "place" and p.tok_start - 4 <= e.tok_end <= p.tok_start - 1  # type: ignore[attr-defined]
        for e in view.entities
    ):
        # "ثم محافظة صعدة بـ 12 قتيلاً": a place's share of the toll already given
        return True
    tolls = grammar("definite_toll_nouns")
    return any(a.token_text(t) in tolls for t in range(view.tok_start, p.tok_start))


def _criminals_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Persons described as criminals or wanted for crimes right after their number."""
    words = grammar("criminal_words")
    # (up to the next count: "45 متهماً بالإرهاب و30 من تجار المخدرات" tells of two groups of people)
    stop = min([q.tok_start for q in view.quantities if q.tok_start >= p.tok_end] + [p.tok_end + 10, view.tok_end])
    near = range(p.tok_end, stop)
    if any(a.token_text(t) in grammar("terror_words") and a.token_text(t + 1) in words for t in near):
        return False  # "84 فرداً من العناصر الإرهابية الإجرامية": terrorists, whatever else they are called
    if any(a.token_in(t, grammar("charge_nouns"), "ب") and a.token_text(t + 1) in grammar("various_words") for t in near):
        return True  # "2000 متهم بقضايا مختلفة أبرزها الإرهاب": charges of every kind
    crime = next((t for t in near if a.token_in(t, words, "وب")), None)
    if crime is None:
        return False
    # (a tie to a group stated before the crime words: "6 متهمين بالانتماء لداعش في حملة على أوكار المخدرات")
    return not any(
        p.tok_end <= e.tok_start < crime and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
    )


def _default_side(a: Analysis, view: SentenceView, outcome: str | None, p: Placed | None) -> str | None:
    """Whose people a bare أشخاص is: suspects when arrested and tied to a group
    (بدعوى صلتهم بتنظيم داعش), colleagues when a force reports its wounded; a
    death toll of "persons" names no side and is not a claim, nor are persons
    arrested with nothing tying them to a group (the contract counts members)."""
    if outcome == "capture":
        if p is None:
            return "armed"
        if _suspected_of_an_attack(a, view, p):
            return "armed"
        if _captives_of_the_attackers(a, view, p):
            return None
        return "armed" if _tied_to_group(view) and not _tie_only_in_part(view, p) else None
    if outcome == "wound":
        # a force reporting its own wounded names itself in the clause; wounded passers-by
        # (… ضمن مناطق سيطرة قوات الحكومة، ما أدى لإصابة اثنين) name no side
        if p is None:
            return "friendly"
        persons = _cue_at(view, p.tok_end, {"person"})
        if persons is not None and persons.phrase in grammar("persons_words") and _cue_at(view, p.tok_end + 1, {"other"}) is not None:
            # "ومقتل عنصرين من الشرطة وجرح 19 شخصاً آخرين": persons other than the force's men
            return None
        if persons is not None and persons.phrase in grammar("persons_words") and any(
            persons.tok_end <= c.tok_start <= persons.tok_end + 1 for c in view.cues_of("subset")
        ):
            # "أصيب 14 شخصاً بينهم 11 جندياً": persons of whom the soldiers are only a part
            return None
        if any(
            c.phrase in grammar("persons_words")
            and p.tok_start - 2 <= c.tok_end < p.tok_start
            and any(q.tok_end == c.tok_start for q in view.quantities)
            for c in view.cues_of("person")
        ):
            # "انتحارية قتلت ثمانية أشخاص وأصابت 18": the wounded of the persons just counted, whose side is not told
            return None
        lo, hi = view.clause_of(p.tok_start)
        # (the wounded beside a toll of dead that names no side are that toll's: "قال مسؤولون أمنيون إن
        # الانفجار أدى إلى سقوط 9 قتلى و40 مصاباً")
        beside_dead = any(
            (
                (q.tok_end + 2 == p.tok_start and a.token_text(q.tok_end + 1) == "و")
                # (or و written on the number: "16 قتيلاً و75 جريحاً")
                or (q.tok_end + 1 == p.tok_start and p.prefix.startswith("و"))
            )
            and _cue_at(view, q.tok_end, {"kill_after"}) is not None
            for q in view.quantities
        )
        if persons is not None and persons.phrase in grammar("persons_words"):
            # "وقال عقيد في الشرطة إن 38 شخصاً أصيبوا": persons a force's officer speaks of are not its men
            # (a bare number is: "قال الجيش إن 5 أصيبوا")
            lo = max([lo, *(c.tok_end for c in view.cues if "complementizer" in c.kinds and c.tok_end <= p.tok_start)])
        if any((view.tok_start <= c.tok_start < p.tok_start or p.tok_end <= c.tok_start < hi) for c in view.cues_of("civilian")):
            # "عدد القتلى المدنيين 1120 شخصاً بينهم 15 من الشرطة، والجرحى 1005": a civilian toll's wounded;
            # "220 إصابة بين المدنيين وأفراد الأمن": wounded of both
            return None
        # (not soldiers counted as a part of a toll of persons: "قتل 15 شخصاً بينهم 9 جنود وأصيب نحو 30")
        parts = [c.tok_start for c in view.cues if "subset" in c.kinds]
        # (nor a force named as one party of a clash, "ضحايا الاشتباكات بين قوات الشرطة والمحتجين", or as the
        # foe, "برصاص القوات الحكومية")
        between = {
            u
            for t in range(lo, hi)
            if (a.token_text(t) == "بين" and t != (persons.tok_end if persons is not None else p.tok_end + 1))
            or a.token_in(t, grammar("foe_openers"), "و")
            for u in (t + 1, t + 2)
        }  # (the force's noun and its name: "قوات الشرطة الهندية"; not "among" right after the wounded: "14 جريحاً بين الجنود")
        # (nor a force's common noun that only reports them, "(5 أصيبوا بجروح خطيرة) بحسب الشرطة" — a force
        # named giving its figures is still the one that counts its own: "وفق أرقام قسد")
        reported = {u for c in view.cues if "report_by" in c.kinds for u in (c.tok_end, c.tok_end + 1)}
        speaker: set[int] = set()
        if beside_dead:
            # (and a force's men who say it, of a toll they give no side: "قال مسؤولون أمنيون إن الانفجار أدى إلى
            # سقوط 9 قتلى و40 مصاباً" — not the toll of the men named in it, "بين الجنود 17 قتيلاً و20 جريحاً")
            reported |= {u for t in range(lo, hi) if a.token_in(t, grammar("saying_verbs"), "و") for u in (t + 1, t + 2)}
            # (the whole speaker up to what he says: "وقال رائد في الشرطة العراقية إن الحصيلة ارتفعت إلى 16 قتيلاً و75
            # جريحاً")
            said = min((c.tok_start for c in view.cues if "complementizer" in c.kinds and lo <= c.tok_start < p.tok_start), default=None)
            if said is not None and any(a.token_in(t, grammar("saying_verbs"), "و") for t in range(lo, said)):
                speaker = set(range(lo, said))
                reported |= speaker
        if any(
            lo <= e.tok_start < hi
            and e.tok_start not in between
            # (a force that only says a toll beside the dead it gives no side: "وقال رائد في الشرطة العراقية إن …")
            and e.tok_start not in speaker
            and _side_of_entity(e.obj) == "friendly"  # type: ignore[arg-type]
            for e in view.entities
        ) or any(
            lo <= c.tok_start < hi
            and c.tok_start not in between | reported
            and c.kinds & {"friendly_group", "friendly", "own_forces"}
            and not any(c.tok_start - 3 <= t < c.tok_start for t in parts)
            for c in view.cues
        ):
            return "friendly"
        return None
    return None


def of_the_enemy(a: Analysis, view: SentenceView, r: Reading) -> bool:
    """Are the people counted said to be the enemy's (11 قتيلاً في صفوف العدو، 5 أسرى من العدو)?"""
    end = r.noun_end_tok or r.placed.tok_end
    for t in range(end, min(end + 3, view.tok_end)):
        if a.token_in(t, grammar("enemy_words"), "ول"):
            return all(a.token_text(u) in grammar("between_noun_and_group") for u in range(end, t))
    # "ملحقة بالعدو خسائر كبيرة بلغت 53 قتيلاً": the losses inflicted on the enemy, told before them
    start = view.clause_of(r.placed.tok_start)[0]
    return any(
        a.behind_clitic(t, grammar("enemy_words"), "ب") for t in range(max(start, r.placed.tok_start - 6), r.placed.tok_start)
    )


def metric_of(view: SentenceView, r: Reading) -> str | None:
    """The metric a reading's noun, side and outcome make."""
    return _metric(view, r, r.placed)


def _metric(view: SentenceView, r: Reading, p: Placed) -> str | None:
    if r.noun == "operation":
        return "operations"
    if r.noun == "attack":
        return "attacks"
    if r.noun == "state":
        # "شارك فيها 86 دولة", "الدول الأعضاء الـ 87" — not "جنود من بلدين"
        clause = view.clause_of(p.tok_start)
        membership = r.rule == "definite-phrase" or _has(view, "membership", clause[0], clause[1])
        return "coalition_members" if membership and _coalition_context(view) else None
    if r.outcome == "kill":
        if r.side == "armed":
            return "leaders_killed" if r.leader else "killed"
        if r.side == "friendly":
            return "friendly_killed"
        if r.side == "civilian":
            return "civilians_killed"
        return None
    if r.outcome == "capture":
        if r.side == "armed":
            return "leaders_captured" if r.leader else "captured"
        return None
    if r.outcome == "wound":
        return "friendly_wounded" if r.side == "friendly" else None
    if r.noun == "member" and r.side == "armed" and not r.leader and r.quantity.noun_start is None:
        # (not "أحد عناصر داعش": one of them is an individual, never an estimate of a group's size)
        named_group = _has(view, "armed_group") or any(_side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
        estimate = (
            r.estimate
            or r.quantity.qualifier == "approx"
            or r.quantity.min is not None
            or _has(view, "strength")
            or _has(view, "origin")  # "يتحدرون من 86 دولة، تأتي تونس في مقدمتهم ب6500": fighters counted by origin
            or ranked_fighters(view, p)
            or _count_of_members(view, p)
        )
        # "لا تتجاوز ألف عنصر" is an estimate only when a group is named: not "أكثر من 3000 عنصر أمني"
        own_group = r.group_entity is not None or r.group_side == "armed" or _group_counted_before(view, p)
        cell = r.in_cell
        # "بلغ عدد المقاتلين ضد التنظيم 98 ألف مقاتل": the fighters counted are the group's enemies
        against = any(c.tok_end <= p.tok_start and c.kinds & {"member", "strength"} and _against_armed_group(view, c.tok_end) for c in view.cues)
        if (estimate or (r.quantity.qualifier in ("at_most", "at_least") and named_group)) and (
            own_group or _last_group_side(view, p) != "friendly"
        ) and not cell and not against and r.rule != "said-to-be":
            # (not "تفكيك خلية تتكون من 4 متطرفين": a cell's members are no group's strength; nor persons said to be
            # its men, "أربعة أشخاص يعتقد أنهم من أعضاء تنظيم القاعدة")
            # "أصبح لدينا 236 ألف مقاتل" after الحشد الشعبي: a force's size is no armed group's strength
            return "strength"
    if (
        r.noun == "member"
        and "membership" in _kinds_before(view, p)
        and _coalition_context(view)
        # (a coalition's members are states, "يضم 85 عضواً"; not a cell's men beside a coalition named after:
        # "120 خلية كانت تضم 644 عنصراً، كما نفذ مع التحالف الدولي …")
        and any(c.tok_start == p.tok_end and c.phrase in grammar("coalition_member_nouns") for c in view.cues)
    ):
        return "coalition_members"
    return None


def _last_group_side(view: SentenceView, p: Placed) -> str | None:
    """The side of the last group or force named before this number in its sentence."""
    best: tuple[int, str] | None = None
    for e in view.entities:
        side = _side_of_entity(e.obj)  # type: ignore[arg-type]
        if side and e.tok_start < p.tok_start and (best is None or e.tok_start > best[0]):
            best = (e.tok_start, side)
    for c in view.cues:
        side = "armed" if "armed_group" in c.kinds else "friendly" if "friendly_group" in c.kinds else None
        if side and c.tok_start < p.tok_start and (best is None or c.tok_start > best[0]):
            best = (c.tok_start, side)
    return best[1] if best else None


def _force_right_before(view: SentenceView, tok: int) -> bool:
    return any(tok - 2 <= e.tok_end <= tok and _side_of_entity(e.obj) == "friendly" for e in view.entities) or any(  # type: ignore[arg-type]
        tok - 2 <= c.tok_end <= tok and c.kinds & {"friendly_group", "own_forces"} for c in view.cues
    )


def _other_side_joined(a: Analysis, view: SentenceView, tok: int, side: str) -> bool:
    """Is a group of the other side joined by و right after the group ending at ``tok``?"""
    for t in range(tok, min(tok + 4, view.tok_end)):
        word = a.token_text(t)
        if not word.startswith("و"):
            # past the words of a group's name, not past a place the group was in ("57 من داعش في الموصل
            # والجيش العراقي يواصل تقدمه": a new clause, not a second side)
            if word == "في":
                return False
            if word in grammar("between_noun_and_group") or word in grammar("state_owner_words") or any(
                e.tok_start <= t < e.tok_end and e.obj.type == "actor" for e in view.entities  # type: ignore[attr-defined]
            ) or any(d.tok_start == t for d in view.adjectives):  # (its nisba: "القوات السورية")
                continue
            return False
        if a.token_in(t, grammar("allies_words"), "و"):
            continue  # (past the group's allies: "أربعين من الحوثيين وحلفائهم، ومن المدنيين")
        # (و alone before a quoted name: "من القوات السورية و«داعش»"; or a second من: "…، ومن المدنيين")
        at = t + 1 if word in ("و", "ومن") else t
        ends = [e.tok_end for e in view.entities if e.tok_start == at and (_side_of_entity(e.obj) or side) != side]  # type: ignore[arg-type]
        ends += [
            c.tok_end
            for c in view.cues
            if c.tok_start == at
            and (
                ("armed_group" in c.kinds and side == "friendly")
                or ("friendly_group" in c.kinds and side == "armed")
                # "170 من أفراد الأمن والمدنيين": the civilians, plural or definite, are a side too (not
                # "ومدني واحد" nor "ومدني": one person joined, an item of its own)
                or (
                    "civilian" in c.kinds
                    and _people_joined_as_a_side(a, view, c)
                )
            )
        ]
        # "قوات النظام والمسلحين الموالين لها"، "ومليشيات الحشد": armed men loyal to a force are on its side
        friendly_at = {e.tok_start for e in view.entities if _side_of_entity(e.obj) == "friendly"}  # type: ignore[arg-type]
        return any(
            a.token_text(end) not in grammar("allegiance_words")
            # (or a relative clause of backing: "القوات الحكومية والفصائل التي تساندها" are the forces and their allies)
            and not (a.token_text(end) in grammar("which_words") and a.token_text(end + 1) in grammar("backing_verbs"))
            and end not in friendly_at
            for end in ends
        )
    return False


def _kinds_before(view: SentenceView, p: Placed) -> set[str]:
    out: set[str] = set()
    for c in view.cues:
        if p.tok_start - 5 <= c.tok_start < p.tok_start:
            out |= c.kinds
    return out


def _coalition_context(view: SentenceView) -> bool:
    if any(getattr(e.obj, "id", "") == "COALITION" for e in view.entities):
        return True
    if _has(view, "coalition_word") and _has(view, "membership"):
        return True  # "تقود واشنطن تحالفاً دولياً يضم 85 دولة"
    return _has(view, "membership") and any(
        getattr(e.obj, "kind", "") == "coalition" for e in view.entities
    )


def _oblique(a: Analysis, tok: int, prefix: str) -> bool:
    """Is a name at ``tok`` governed by a preposition (لداعش، إلى داعش، ضد التنظيم)?"""
    return a.governed(tok, prefix)


_FOIL_REACH = 6  # words from a foiling verb to the count it foils: room for its subject and a qualifier


def _foiled(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the count one a foiling verb governs (أحبطت القوات 7 عمليات، منعت القوات الخاصة أكثر من 90 عملاً)
    — no other deed nor the foiled thing itself named between ("وأحبطت القوات هجوماً ونفذت 12 عملية")?"""
    return any(
        p.tok_start - _FOIL_REACH <= c.tok_end <= p.tok_start
        and not any(
            d.kinds & {"kill", "capture", "wound", "operation", "attack"} and c.tok_end <= d.tok_start < p.tok_start for d in view.cues
        )
        and not any(a.token_in(t, grammar("carry_out_verbs"), "و") for t in range(c.tok_end, p.tok_start))
        for c in view.cues_of("foil")
    )


def _carried_out_just_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A verb of carrying out (نفذ، شن) right before the count, a qualifier or two between."""
    verbs = grammar("carry_out_verbs")
    people = {"member", "leader", "person", "suspect", "armed_group"}
    return any(
        a.token_in(t, verbs, "و")
        # (not a relative clause of men: "قتل 5 مسلحين نفذت خليتهم 3 هجمات")
        and not any(c.kinds & people and t - 3 <= c.tok_end <= t for c in view.cues)
        for t in range(max(view.tok_start, p.tok_start - 3), p.tok_start)
    )


def _sentence_before_start(a: Analysis, view: SentenceView) -> int:
    """The first token of the sentence before this one (this one's own when it is the first)."""
    return max((v.tok_start for v in a.views if v.tok_start < view.tok_start), default=view.tok_start)


def _group_tells_its_attacks_toll(a: Analysis, view: SentenceView, trig: Cue) -> bool:
    """"وزعم التنظيم أن الهجوم أسفر عن مقتل 70 عنصراً": the toll (a masdar after أسفر عن، أدى إلى) of an
    attack an armed group, the subject of the verb of saying, tells of — its foes' men."""
    if a.token_text(trig.tok_start).removeprefix("و") not in grammar("kill_masdars"):
        return False
    verb = next((t for t in range(max(view.tok_start, trig.tok_start - 3), trig.tok_start) if a.token_in(t, grammar("result_verbs"), "و")), None)
    # (the group's own deed as the verb's subject, "الهجوم"، "العملية" — not a strike on it told by the group:
    # "قالت حركة الشباب إن الغارة الأمريكية أسفرت عن مقتل 3 عناصر")
    if verb is None:
        return False
    deed = next((t for t in range(verb - 1, max(view.tok_start, verb - 8) - 1, -1) if a.token_in(t, grammar("own_attack_nouns"), "و")), None)
    if deed is None or any(a.token_in(t, grammar("strikes_on_a_group"), "و") for t in range(deed, verb)):
        return False
    said = [c for c in view.cues if "report" in c.kinds and c.tok_end <= trig.tok_start]
    return any(
        (e.tok_start in (c.tok_end, c.tok_end + 1) and _side_of_entity(e.obj) == "armed")  # type: ignore[arg-type]
        for c in said
        for e in view.entities
    ) or any(d.tok_start in (c.tok_end, c.tok_end + 1) and "armed_group" in d.kinds for c in said for d in view.cues)


def _killed_by_the_only_group(a: Analysis, view: SentenceView, trig: Cue, p: Placed) -> bool:
    """Is the party named last before the number killed (speaker or subject alike: أعلن التنظيم قتل،
    وقتلت حركة الشباب 5) an armed group, the only one the sentence names? Not one a preposition governs
    (مع عناصر قوات النظام), and not where another group is named, whose men they may be (طالبان … لداعش)."""
    end = p.tok_start if trig.tok_end <= p.tok_start else trig.tok_start
    named = [
        e
        for e in view.entities
        if view.tok_start <= e.tok_start < end
        and e.obj.type == "actor"  # type: ignore[attr-defined]
        and not _oblique(a, e.tok_start, e.prefix)
        # (nor the ranks losses were inflicted on: "ألحقوا خسائر بصفوف حركة الشباب، وقتلوا نحو مائة عنصر")
        and not a.token_in(e.tok_start - 1, grammar("ranks_words"), "بفلو")
        and not any(c.tok_end == e.tok_start and c.kinds & {"member", "leader"} for c in view.cues)
    ]
    if not named:
        return False
    killer = max(named, key=lambda e: e.tok_start)
    if _side_of_entity(killer.obj) != "armed":  # type: ignore[arg-type]
        return False
    if any(
        view.tok_start <= c.tok_start < end and c.kinds & {"friendly_group", "own_forces"} and not _oblique(a, c.tok_start, c.prefix)
        for c in view.cues
    ) or any(
        view.tok_start <= e.tok_start < end
        and _side_of_entity(e.obj) == "friendly"  # type: ignore[arg-type]
        and not _oblique(a, e.tok_start, e.prefix)
        # (nor a force whose men a preposition governs: "اشتبك التنظيم مع عناصر قوات النظام")
        and not any(c.tok_end == e.tok_start and c.kinds & {"member"} and _oblique(a, c.tok_start, c.prefix) for c in view.cues)
        for e in view.entities
    ) or any(view.tok_start <= d.tok_start < end and getattr(d.obj, "country", None) for d in view.adjectives):
        # (a force named in the sentence, not after a preposition, may be the killer: "وقصف الجيش العراقي مواقع
        # تنظيم داعش وقتل 10 عناصر"، "غارة أمريكية قتلت 5 عناصر"، "شن داعش هجوماً …، وتمكنت القوات من قتل 6")
        return False
    if a.token_in(trig.tok_start, grammar("execution_words"), "وف"):
        return False  # (a group executing elements, "أعدم التنظيم 5 عناصر منشقين عنه", may execute its own)
    if any(a.token_in(t, grammar("of_them"), "") for t in range(trig.tok_end, p.tok_start)):
        return False  # (the dead of those named: "تكبد الحوثيون خسائر وقتل منهم 90 عنصراً")
    groups = {e.obj.id for e in view.entities if e.obj.type == "actor" and _side_of_entity(e.obj) == "armed"}  # type: ignore[attr-defined,arg-type]
    return groups == {killer.obj.id} and not any(c.tok_start >= trig.tok_end for c in view.cues_of("armed_group"))  # type: ignore[attr-defined]


def _agent_side(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> str | None:
    """Side of the doer: the actor named nearest before the number in its sentence,
    a speaker or a target aside (نفذ التنظيم 22 عملية؛ طائرات التحالف … بنحو 19 ضربة)."""
    own = [c for c in view.cues if c.kinds & {"own_forces", "friendly_group"} and c.tok_start < p.tok_start]
    mentions: list[tuple[int, str | None]] = []
    for e in view.entities:
        if view.tok_start <= e.tok_start < p.tok_start and e.obj.type == "actor":  # type: ignore[attr-defined]
            if (
                any(
                    c.kinds & {"report", "report_by", "report_noun", "target"} and c.tok_end <= e.tok_start <= c.tok_end + 1
                    for c in view.cues
                )
                or _target_past_its_men(a, view, e.tok_start)
            ) and not _own_deed(a, view, e.tok_end, p.tok_start):
                continue  # the speaker or the target, not the doer
            if _oblique(a, e.tok_start, e.prefix):
                continue  # بالانتماء إلى عصابات داعش، ضد داعش، لداعش: not the subject
            if any(
                c.tok_end == e.tok_start and c.kinds & {"member", "leader"} and _oblique(a, c.tok_start, c.prefix)
                for c in view.cues
            ):
                continue  # "من عناصر داعش": the group owning a noun in a prepositional phrase, not the doer
            if _owns_the_dead(a, view, e.tok_start):
                continue
            mentions.append((e.tok_start, _side_of_entity(e.obj)))  # type: ignore[arg-type]
    for c in view.cues_of("armed_group"):
        if view.tok_start <= c.tok_start < p.tok_start:
            if any(
                d.kinds & {"target", "report", "report_by", "report_noun"}
                and d.tok_end <= c.tok_start <= d.tok_end + 2
                # (not the subject of what is reported, past أن: "وأضاف البيان بأن الجماعة نصبت كمينين" — unless a common
                # noun that may name the state's body told before: "وذكر البيان أن الخلية نفذت 3 عمليات")
                and not (
                    a.token_text(c.tok_start) not in grammar("anaphoric_bodies")
                    and any(d.tok_end <= e.tok_start < c.tok_start and "complementizer" in e.kinds for e in view.cues)
                )
                for d in view.cues
            ) and not _own_deed(a, view, c.tok_end, p.tok_start):
                continue  # "وأوضحت الخلية": the speaker (the Security Media Cell), not a group's cell
            if _oblique(a, c.tok_start, c.prefix):
                continue
            if any(
                d.tok_end == c.tok_start
                and d.kinds & {"member", "leader"}
                and _oblique(a, d.tok_start, d.prefix)
                and not c.prefix.startswith("و")  # (not a second group joined: "للمرتزقة والجماعات الإرهابية")
                # (after a deed done to them: not "شن مسلحون من عناصر التنظيم 11 عملية", its men the doers)
                and any(e.kinds & {"kill", "capture"} and e.tok_end <= d.tok_start for e in view.cues)
                for d in view.cues
            ):
                continue  # "تصفية سبعة من عناصر التنظيم": the group owning the killed, not the doer
            if _owns_the_dead(a, view, c.tok_start):
                continue
            mentions.append((c.tok_start, "armed"))
    mentions += [(c.tok_start, "friendly") for c in own]
    # "الغارات الأمريكية والبريطانية بلغت 931 غارة"، "الضربات الروسية": a state's strikes, by their nisba; "شنت
    # المقاتلات الروسية نحو 70 غارة": its aircraft
    mentions += [
        (d.tok_start, "friendly")
        for d in view.adjectives
        if view.tok_start <= d.tok_start < p.tok_start
        and getattr(d.obj, "country", None)
        and any(c.tok_end == d.tok_start and c.kinds & {"operation", "attack", "force_noun"} for c in view.cues)
    ]
    if not mentions:
        return None
    return max(mentions)[1]


def _target_past_its_men(a: Analysis, view: SentenceView, tok: int) -> bool:
    """"ضد عناصر منظمة بي كا كا": a group named after a target word, past its men and its name's head."""
    t = tok - 1
    heads = grammar("group_name_heads")
    while t > view.tok_start and (
        a.token_in(t, heads, "و") or any(c.tok_start <= t < c.tok_end and c.kinds & {"member", "leader"} for c in view.cues)
    ):
        t -= 1
    return t < tok - 1 and any(c.tok_start <= t < c.tok_end and "target" in c.kinds for c in view.cues)


def _toll(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int], r: Reading) -> None:
    """ارتفعت حصيلة قتلى قوات النظام … إلى 219: the noun comes long before the number."""
    theirs = any(a.token_text(t) in grammar("their_number") for t in range(max(view.tok_start, p.tok_start - 4), p.tok_start))
    if theirs and r.outcome is None:
        # "وفي ما يتعلق بالأشخاص الذين جرى توقيفهم …، أوضح المدير أن عددهم بلغ 739 شخصاً": the people
        # named before by what happened to them
        for t in range(view.tok_start, p.tok_start - 1):
            if a.token_text(t) not in grammar("relative_pronouns"):
                continue
            done = next((c for c in view.cues if t < c.tok_start <= t + 3 and c.kinds & {"kill", "capture", "wound"}), None)
            if done is not None:
                r.outcome = _outcome(done)
                r.noun = r.noun or "person"
                r.rule = "their-number"
                return
    if (
        any(c.tok_start == p.tok_end and c.kinds & {"wound_after", "kill_after"} for c in view.cues)
        and (p.prefix.startswith("و") or a.token_text(p.tok_start - 1).startswith("و"))
        and any(q.tok_end <= p.tok_start for q in view.quantities)
        and not any(c.tok_end == p.tok_start for c in view.cues_of("toll_verb"))
    ):
        return  # "ارتفاع عدد القتلى إلى 12، وسقوط 18 مصاباً": a later item, joined by و, with its own noun of what befell it
    if not any(
        (
            p.tok_start - 2 <= c.tok_end <= p.tok_start
            # "وبلغ عدد الموقوفين ضمن هذه الخلايا أزيد من 4304": the verb opens the clause
            or ("toll" in c.kinds and clause[0] <= c.tok_start and p.tok_start - c.tok_end <= 12)
        )
        for c in view.cues_of("toll_verb")
    ):
        return
    verb = next((c for c in view.cues_of("toll_verb") if c.tok_end == p.tok_start), None)
    if verb is not None:
        own = next(
            (d for d in view.cues if d.tok_end == verb.tok_start and d.kinds & {"kill", "kill_after", "capture", "detained_noun"}),
            None,
        )
        if own is not None and own.prefix.startswith("و"):
            # "يرتفع عدد القتلى إلى 53، والموقوفين إلى 679": each figure's own noun, right before its إلى
            r.outcome = _outcome(own) or ("capture" if "detained_noun" in own.kinds else "kill")
            side, ent, _ = _group_after(a, view, own.tok_end)
            if r.noun in (None, "person", "member") and side:
                r.side, r.group_entity = side, ent or r.group_entity
            r.noun = r.noun or "person"
            r.rule = "toll-rises-to"
            return
    for c in reversed(view.cues):
        # the toll's subject may sit clauses away: حصيلة قتلى قسد في الهجوم …، أمس، إلى 11; the toll
        # nearest the number is its own ("بلغ عدد القتلى 900 …، في حين بلغ عدد الجرحى 1400")
        if "toll" in c.kinds and view.tok_start <= c.tok_start < p.tok_start and p.tok_start - c.tok_start <= 30:
            # (or "عدد الأشخاص الذين تم إيقافهم": the toll's people, then who they are by a relative clause)
            who = next((t for t in range(c.tok_end, min(c.tok_end + 2, p.tok_start)) if a.token_text(t) in grammar("relative_pronouns")), None)
            reach = c.tok_end + 1 if who is None else who + 3
            # (the toll may name its dead in one cue: "حصيلة القتلى في صفوف قوات النظام … ارتفعت إلى 17")
            for d in [c, *view.cues]:
                if (
                    (d is c or c.tok_end <= d.tok_start <= reach)
                    and d.kinds & {"kill", "wound", "kill_after", "capture", "detained_noun"}
                    # (not sentences passed: "ليرتفع عدد أحكام الإعدام إلى 1022")
                    and not a.token_in(d.tok_start - 1, grammar("verdict_nouns"), "وب")
                ):
                    # (عدد الموقوفين … 4304 أشخاص: a toll of the held)
                    r.outcome = _outcome(d) or ("capture" if "detained_noun" in d.kinds else "kill")
                    side, ent, _ = _group_after(a, view, d.tok_end)
                    side = side or _side_named_at(a, view, d.tok_end)  # (عدد القتلى من المتشددين إلى 105)
                    if side is None and any(
                        "civilian" in x.kinds
                        and view.tok_start <= x.tok_start < c.tok_start
                        # (not "المجتمع المدني"، "الدفاع المدني": civil society, civil defence)
                        and not a.token_in(x.tok_start - 1, grammar("civil_not_civilian_heads"), "وبل")
                        # (nor civilians who tell the toll: "أشار مسعفون إلى أن عدد القتلى وصل إلى 14")
                        and _cue_at(view, x.tok_start - 1, {"report"}) is None
                        for x in view.cues
                    ):
                        # "قتل أكبر عدد من المدنيين، حيث وصل عدد ضحاياه إلى 398": the victims named before
                        side = "civilian"
                    # the toll's own group wins over a generic noun: حصيلة قتلى قسد … إلى 11 مقاتلاً
                    if r.noun in (None, "person", "member") and side:
                        r.side, r.group_entity = side, ent or r.group_entity
                    r.noun = r.noun or "person"
                    r.rule = "toll-rises-to"
                    return
                if (
                    c.tok_end <= d.tok_start <= c.tok_end + 1
                    and "civilian" in d.kinds
                    and r.noun == "civilian"
                    and c.phrase.split()[-1] in grammar("death_toll_nouns")
                ):
                    # "وبلغت حصيلة الأطفال 15 طفلاً": a toll of civilians is of their dead
                    r.outcome, r.rule = "kill", "toll-of-civilians"
                    return
            if (
                r.noun == "person"
                and r.side is None
                and c.phrase.split()[-1] in grammar("dead_toll_words")
                and (side := _group_after(a, view, c.tok_end))[0] in ("armed", "friendly")
                and _cue_at(view, r.noun_end_tok - 1 if r.noun_end_tok else p.tok_end, {"kill_after"}) is not None
            ):
                # "أما خسائر داعش والكتائب، فقد بلغت 1490 قتيلاً": a side's losses told by the number's own noun of
                # the dead are that side's dead
                r.outcome, r.side, r.group_entity = "kill", side[0], side[1]
                r.noun = "member" if side[0] == "armed" else "friendly"
                r.rule = "losses-of-a-side"
                return


def _rising_toll_before(view: SentenceView, p: Placed, after: int) -> bool:
    """A death toll (عدد الضحايا، حصيلة القتلى) between the last count and this one,
    and a toll verb right before this one (not "وعدد الموقوفين إلى 4229")."""
    tolls = [c for c in view.cues if "toll" in c.kinds and after <= c.tok_start < p.tok_start]
    of_dead = any(
        d.tok_start == c.tok_end and d.kinds & {"kill", "kill_after"} and not d.kinds & {"capture", "detained_noun"}
        for c in tolls
        for d in view.cues
    )
    return of_dead and any(p.tok_start - 3 <= c.tok_end <= p.tok_start for c in view.cues_of("toll_verb"))


def _side_of_noun_at(view: SentenceView, tok: int) -> str | None:
    for c in view.cues:
        if c.tok_start == tok:
            for k, side in (("civilian", "civilian"), ("friendly", "friendly"), ("member", "armed"), ("leader", "armed")):
                if k in c.kinds:
                    return side
    return None


def _pronoun_one(q: Quantity) -> bool:
    return norm(q.text) in grammar("one_of_them")


def _last_actor_side(view: SentenceView, tok: int) -> str | None:
    for e in reversed(view.entities):
        if e.tok_start < tok and e.obj.type == "actor":  # type: ignore[attr-defined]
            return _side_of_entity(e.obj)  # type: ignore[arg-type]
    return None


def _owns_the_dead(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the group at ``tok`` the owner of leaders or men a deed told before befell ("قتل عشرة من عناصر داعش
    بينهم قيادي في هذه الحركة في ثلاث عمليات"، "مقتل 7 مسلحين بينهم أحد قياديي تنظيم القاعدة في عمليتين"): a
    leader's or a member's noun right before it, or behind في and a demonstrative — not the doer of what follows."""
    owner = next(
        (
            c
            for c in view.cues
            if c.kinds & {"member", "leader"}
            and (
                c.tok_end == tok
                or (a.token_text(c.tok_end) == "في" and c.tok_end < tok <= c.tok_end + 1 + a.token_in(c.tok_end + 1, grammar("demonstratives"), ""))
            )
        ),
        None,
    )
    return owner is not None and any(d.kinds & {"kill", "capture"} and d.tok_end <= owner.tok_start for d in view.cues)


def _own_deed(a: Analysis, view: SentenceView, lo: int, hi: int) -> bool:
    """"أعلن تنظيم داعش (عن) تنفيذه 43 عملية"، "أعلن التنظيم عن ثلاث عمليات": the speaker announces its own deed
    right before the number — or claims it ("أعلن التنظيم مسؤوليته عن (تنفيذ) عمليتين")."""
    claimed = _cue_at(view, lo, {"responsibility"})
    if claimed is not None:
        lo = claimed.tok_end
    words = [a.token_text(t) for t in range(lo, hi)]
    if words == ["عن"]:
        # (also with no word of claiming: "أعلن التنظيم عن ثلاث عمليات في الرقة" — what a side announces, counted
        # right after it, is its own)
        return True
    return 1 <= len(words) <= 2 and words[-1] in grammar("own_deed_nouns") and all(w == "عن" for w in words[:-1])


def _doer_after(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side of a doer named by a relative verb right after the noun (عملية نفذها التنظيم)."""
    if f"{a.token_text(tok)} {a.token_text(tok + 1)}" in grammar("done_by_two_words"):
        tok += 1
    elif a.token_text(tok) not in grammar("done_by_verbs"):
        return None
    for e in view.entities:
        if tok < e.tok_start <= tok + 3 and e.obj.type == "actor":  # type: ignore[attr-defined]
            return _side_of_entity(e.obj)  # type: ignore[arg-type]
    for c in view.cues:
        if tok < c.tok_start <= tok + 3 and c.kinds & {"armed_group", "friendly_group", "member"}:
            return "friendly" if "friendly_group" in c.kinds else "armed"
    return None


@cache
def _sentencing_words() -> frozenset[str]:
    """A court and its rulings: what stands between قضت and على when a court, not a unit, "قضت على"."""
    return grammar_union("sentencing_words", "court_words", "execution_words")


@cache
def _demographic_nouns() -> frozenset[str]:
    """Women, children and men: people counted by who they are, not by a side."""
    return grammar_union("children_and_women", "men_nouns")


def _combatants_among(view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Soldiers or fighters counted among the number, right after it (منهم ثلاثة جنود، بينهم مسلحان)."""
    return _combatants_counted_after(view, p.tok_end, 3, clause[1])


def _combatants_counted_after(view: SentenceView, tok: int, reach: int, hi: int) -> bool:
    """A subset word within ``reach`` tokens after ``tok`` with soldiers or fighters after it (بينهم شرطيان)."""
    subset = next((c.tok_end for c in view.cues if "subset" in c.kinds and tok <= c.tok_start <= tok + reach), None)
    if subset is None:
        return False
    return any(c.kinds & {"friendly", "member", "leader"} and subset <= c.tok_start <= min(subset + 3, hi) for c in view.cues)


def _civilians_attacked_after(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """An attack on civilians named after the toll in its clause: "جراء هجوم لداعش على جامعي الكمأة"."""
    attack = [c.tok_start for c in view.cues if c.kinds & {"attack", "operation"} and p.tok_end <= c.tok_start < clause[1]]
    if not attack:
        return False
    return any(
        attack[0] < c.tok_start < clause[1]
        and (a.token_text(c.tok_start - 1) == "علي" or c.prefix.startswith("علي") or any(
            "target" in d.kinds and d.tok_end <= c.tok_start <= d.tok_end + 1 for d in view.cues
        ))
        for c in view.cues_of("civilian")
    )


_NO_ITEM_RULES = frozenset({"mixed-sides", "combined-outcomes", "rate", "superseded-toll", "other-outcome-after", "foiled", "one-of-them"})


_SIDE_OF_METRIC = {
    "friendly_killed": "friendly", "friendly_wounded": "friendly", "civilians_killed": "civilian",
    "killed": "armed", "leaders_killed": "armed",
}


def toll_of_its_parts(view: SentenceView, toll: Reading, parts: list[Reading]) -> Reading | None:
    """A toll of persons (مقتل 15 شخصاً) whose parts, read right after it, are all of one side and add
    up to it (من بينهم 13 جندياً واثنان من متطوعي الدفاع عن الوطن): the toll is of that side too.
    The contract counts a toll of persons only by the side its parts give it."""
    if toll.metric is not None or toll.noun != "person" or toll.side is not None or toll.outcome not in ("kill", "wound"):
        return None
    sides = {_SIDE_OF_METRIC.get(x.metric or "") for x in parts}
    if len(parts) < 2 or len(sides) != 1 or None in sides or any(x.outcome != toll.outcome for x in parts):
        return None
    total = toll.quantity.value
    if total is None or sum(x.quantity.value or 0 for x in parts if not x.leader) != total:
        return None
    toll.side = sides.pop()
    toll.metric = _metric(view, toll, toll.placed)
    if toll.metric is not None:
        toll.rule = "toll-of-its-parts"
    return toll if toll.metric else None


def casualties_with_parts(a: Analysis, view: SentenceView, reads: list[Reading]) -> None:
    """"40 ضحية في صفوف المدنيين – 18 حالة وفاة و22 حالة إصابة": a count of casualties whose dead
    and wounded follow at once is no death toll (the contract's combined totals); its dead are the
    claim, of its side."""
    for i, r in enumerate(reads[:-2]):
        dead = reads[i + 1]
        # the wounded right after the dead, or right after the dead's own parts in brackets
        # ("108 مدنيين، بينهم 38 حالة وفاة (9 أطفال و5 نساء) و70 جريحاً (21 طفلاً)")
        j = i + 2
        while j < len(reads) and _in_brackets_after(a, dead.placed, reads[j].placed):
            j += 1
        hurt, last = (reads[j], reads[j - 1]) if i + 2 < j < len(reads) else (reads[i + 2], dead)
        end = r.noun_end_tok or r.placed.tok_end
        if (
            r.outcome == "kill"
            and dead.outcome == "kill"
            and hurt.outcome == "wound"
            and dead.placed.tok_start - end <= 8
            and hurt.placed.tok_start - last.placed.tok_end <= 4
            and r.quantity.value == (dead.quantity.value or 0) + (hurt.quantity.value or 0)
        ):
            if dead.metric is None and dead.side is None and r.side is not None:
                dead.side = r.side
                dead.metric = _metric(view, dead, dead.placed)
                dead.rule = "dead-of-a-casualty-count"
            r.metric, r.rule = None, "casualties-with-parts"


_APPOSITION_OPENERS = ("،", ",", "(", "«", "–", "-")  # (not a quotation mark: normalised, a closing one looks the same)
_OUTCOME_CUE_KINDS = ("kill", "capture", "wound", "wound_after", "operation", "attack", "toll_verb")
_LIST_ITEM_SPLIT = re.compile(r"[،,]|(?:^|\s)و")


def apposed_parts_of_a_toll(a: Analysis, view: SentenceView, reads: list[Reading]) -> None:
    """"استشهاد 6 من رجال الشرطة، ضابطين وأمين شرطة و3 مجندين": a toll's breakdown set beside it after a
    comma or in brackets, with no بينهم, counts what the toll counts, of the toll's side.

    Apposition is told from a list that merely follows by the arithmetic: the parts, with one for each
    item that names a single man without a number (وأمين شرطة), add up to the toll."""
    for i, r in enumerate(reads[:-1]):
        if r.metric is None or r.side is None or r.outcome is None or not r.quantity.value:
            continue
        end = r.noun_end_tok or r.placed.tok_end
        parts: list[Reading] = []
        for part in reads[i + 1 :]:
            prev_end = (parts[-1].noun_end_tok or parts[-1].placed.tok_end) if parts else end
            if (
                part.placed.tok_start - prev_end > 3
                or part.leader
                or part.after_subset_word
                or not (part.metric is None or part.rule == "list-shares-outcome" or part.metric == r.metric)
                or part.outcome not in (None, r.outcome)
                or part.side not in (None, r.side, "armed" if part.rule == "list-shares-outcome" else None)
                or part.noun not in (r.noun, "member", "friendly", "person", None)
            ):
                break
            parts.append(part)
        if not parts:
            continue
        # (a place or a group named with the toll's noun stays with it: "مقتل سبعة من أهالي سيناء، ثلاثة رجال …")
        named = next((e.tok_end for e in view.entities if e.tok_start == end), end)
        start = a.tokens[named - 1].end if named > 0 else 0
        between = a.nt.text[start : parts[0].placed.nstart]
        opener = len(between) - len(between.lstrip())
        head = between[opener + 1 :].strip(" «(").split()
        if (
            not between[opener:].startswith(_APPOSITION_OPENERS)
            or len(head) > 2
            or (head and head[0] in place_prepositions())
        ):
            continue  # (the parts' list opens right after the toll's noun, a bare noun of one man at most before its first number)
        last = parts[-1]
        last_end = last.noun_end_tok or last.placed.tok_end
        if any(end <= c.tok_start < last_end for k in _OUTCOME_CUE_KINDS for c in view.cues_of(k)):
            continue  # ("ارتفع عدد القتلى إلى اثنين، بعد وفاة أحد الجرحى": a clause of its own, not the toll's parts)
        span = a.nt.text[start + opener + 1 : a.tokens[last_end - 1].end]
        items = [x for x in _LIST_ITEM_SPLIT.split(span) if x.strip(" «»\"()–-")]
        items += ["one"] * _bare_items_after(a, view, last_end)
        total = sum(int(x.quantity.value or 0) for x in parts)
        if len(parts) < 2 and len(items) < 2:
            continue
        if r.quantity.value != total + (len(items) - len(parts)) or len(items) < len(parts):
            continue
        for part in parts:
            if part.metric == r.metric:
                continue  # (a part whose own noun said it already: "وسيدتان")
            part.side, part.outcome = r.side, r.outcome
            part.noun = part.noun if part.noun not in (None, "person") else r.noun
            part.metric = _metric(view, part, part.placed)
            part.rule = "apposed-part-of-a-toll" if part.metric else part.rule


def _bare_items_after(a: Analysis, view: SentenceView, tok: int) -> int:
    """The items of one man each that close a list after its last number, up to the next mark
    ("ثلاثة رجال وسيدتان وطفل." — one: وطفل); none when an outcome or another number follows first."""
    n = 0
    t = tok
    while t < min(tok + 4, view.tok_end):
        if a.nt.text[a.tokens[t - 1].end : a.tokens[t].start].strip():
            break  # (a comma, a bracket or a full stop closes the list)
        if any(c.tok_start == t for k in _OUTCOME_CUE_KINDS for c in view.cues_of(k)) or any(
            q.tok_start == t for q in view.quantities
        ):
            return 0
        # (only a word that names people: "وطفل", not "وسط المدينة" or "وذلك")
        n += a.token_text(t).startswith("و") and _cue_at(view, t, _PEOPLE_NOUNS) is not None
        t += 1
    return n


def _wounded_of_the_next_clause(a: Analysis, view: SentenceView, p: Placed, loss: Cue, r: Reading) -> bool:
    """"الجيش الذي خسر في أفغانستان 2400 عسكري كما أصيب نحو 20 ألفاً آخرين": the loss verb right before the
    number is its outcome; the wounding after it opens a clause of its own (كما، و) and counts others."""
    if r.outcome != "wound" or not (loss.tok_end <= p.tok_start <= loss.tok_end + 3):
        return False
    hurt = next((c for c in view.cues_of("wound") if p.tok_end <= c.tok_start <= p.tok_end + 4), None)
    return hurt is not None and (hurt.prefix.startswith("و") or a.token_text(hurt.tok_start - 1) in grammar("next_clause_openers"))


def _dead_of_a_kind(a: Analysis, view: SentenceView, p: Placed) -> tuple[Cue, str] | None:
    """"54 من القتلى من المحامين": the people's cue after "من <the dead> من", and the toll's fate."""
    t = p.tok_end
    if a.token_text(t) != "من" or a.token_text(t + 2) != "من":
        return None
    toll = _cue_at(view, t + 1, {"kill", "wound", "kill_after", "wound_after"})
    if toll is None or toll.tok_end != t + 2 or not a.token_text(t + 1).startswith("ال"):
        return None
    people = _cue_at(view, t + 3, {"civilian", "friendly", "member", "friendly_group"})
    if people is None:
        return None
    return people, "wound" if toll.kinds & {"wound", "wound_after"} and not toll.kinds & {"kill", "kill_after"} else "kill"


def _in_brackets_after(a: Analysis, first: Placed, later: Placed) -> bool:
    """Is ``later`` inside brackets opened after ``first`` ends: "38 حالة وفاة (9 أطفال و5 نساء)"?"""
    between = a.nt.text[first.nend : later.nstart]
    return "(" in between and ")" not in between[between.rindex("(") :]


def civilians_with_forces_among_them(view: SentenceView, reads: list[Reading]) -> None:
    """"قتل 22 مدنياً، بينهم عشرون من المتطوعين الداعمين للجيش": a toll called civilian with a force's
    men among its parts mixes sides (the contract's combined totals); the parts stand."""
    for i, r in enumerate(reads[:-1]):
        part = reads[i + 1]
        end = r.noun_end_tok or r.placed.tok_end
        if (
            r.metric == "civilians_killed"
            and r.noun == "civilian"  # (not a monitor's civilian toll of persons that counts its police: UNAMI's)
            and part.metric == "friendly_killed"
            and part.placed.tok_start - end <= 3
            and any(end <= c.tok_start < part.placed.tok_start for c in view.cues_of("subset"))
        ):
            r.metric, r.rule = None, "civilians-with-forces-among-them"


def as_breakdown_item(r: Reading, view: SentenceView, p: Placed, outcome: str, side: str | None) -> Reading:
    """A count in a list item under an announced breakdown of a toll.

    SOHR's and SNHR's monthly tolls give the total, announce "وتوزعت الحصيلة على
    النحو التالي:", then list "- 230 مدنياً" and "- 60 قتلوا برصاص مجهولين" on
    lines of their own: each item counts what the toll counts, of its own side
    when it names one and of the toll's side when it does not."""
    if r.metric is not None or (r.outcome is not None and r.outcome != outcome) or r.rule in _NO_ITEM_RULES:
        return r  # (an item whose own noun says the toll's outcome, "- 21 شهيداً على يد …", still takes its side)
    if outcome in ("attack", "operation"):
        # attacks or operations spread over places: a bare item counts them (not the people of a list before
        # the colon, whose reading a coordinated item took: "… بينهم 6 مدنيين, وتوزعت الهجمات …: (36 في …")
        if r.outcome is None and (r.noun is None or r.rule == "coordinated-with-previous"):
            r.noun = outcome
            r.metric = _metric(view, r, p)
            r.rule = "item-of-a-breakdown" if r.metric else r.rule
        return r
    if r.noun in ("operation", "attack", "state"):
        return r
    r.outcome = outcome
    r.noun = r.noun or "person"
    if r.side is None:
        r.side = side
    if r.item_start is None:
        r.item_start = view.tok_start  # (the line's own doers: "النظام السوري: 12 مدنياً")
    r.metric = _metric(view, r, p)
    if r.metric:
        r.rule = "item-of-a-breakdown"
    return r


def _broken_down_toll_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A death toll, then a word announcing its breakdown (وتوزعت، على النحو الآتي), before the number."""
    words = grammar("breakdown_words")
    at = next((t for t in range(p.tok_start - 1, view.tok_start - 1, -1) if a.token_text(t) in words), None)
    if at is None:
        return False
    kills = [c.tok_start for c in view.cues if c.kinds & {"kill", "kill_after"} and view.tok_start <= c.tok_start < at]
    if kills:
        # (not the wounded's breakdown after the dead's: "فيما بلغ عدد الجرحى 166 جريحاً، على النحو التالي (43 طفلاً …)" —
        # unless the breakdown names the dead: "موزعين على النحو الآتي: الشهداء (10 أطفال …)")
        return any(c.kinds & {"kill", "kill_after"} and at < c.tok_start < p.tok_start for c in view.cues) or not any(
            c.kinds & {"wound", "wound_after"} and max(kills) < c.tok_start < at for c in view.cues
        )
    # "وتوزع المجموع العام للخسائر البشرية … بواقع 1275 طفلاً": human losses, named after the word
    return any(
        a.token_text(c.tok_end) in grammar("human_words") and view.tok_start <= c.tok_start < p.tok_start
        for c in view.cues_of("toll")
    )


def _said_to_be(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """"شخصاً قال إنهم من الإرهابيين"، "إنهم مدنيون": إنهم within three words, whose people right after
    (five after ممن: "313 ممن تقول السلطات إنهم متشددون")."""
    reach = 5 if a.token_text(tok) in grammar("of_whom") else 3
    for t in range(tok, min(tok + reach, view.tok_end)):
        if a.token_text(t) in grammar("they_are"):
            near = [c for c in view.cues if t < c.tok_start <= t + 2]
            if any(c.kinds & {"member", "armed_group"} for c in near) or any(
                t < e.tok_start <= t + 2 and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
            ):
                return "armed"
            if any("civilian" in c.kinds for c in near):
                return "civilian"
            return None
    return None


def _against_armed_group(view: SentenceView, tok: int) -> bool:
    """"المقاتلين ضد التنظيم": ضد right after the noun, an armed group right after it."""
    if not any(c.phrase in grammar("against_words") for c in view.cues_starting(tok)):
        return False
    return any(
        e.tok_start in (tok + 1, tok + 2) and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
    ) or any(c.tok_start in (tok + 1, tok + 2) and "armed_group" in c.kinds for c in view.cues)


_PEOPLE_SIDES = (("civilian", "civilian"), ("friendly", "friendly"), ("leader", "leader"), ("member", "armed"))
PEOPLE_KINDS = frozenset(kind for kind, _ in _PEOPLE_SIDES)


def _names_before(view: SentenceView, tok: int, but: frozenset[str] = frozenset()) -> list[tuple[int, str | None]]:
    """(position, side) of the actors and group words named before ``tok`` (group words with a kind in ``but`` left out)."""
    named = [(e.tok_start, _side_of_entity(e.obj)) for e in view.entities if e.tok_start < tok and e.obj.type == "actor"]  # type: ignore[attr-defined,arg-type]
    named += [
        (c.tok_start, "armed" if "armed_group" in c.kinds else "friendly")
        for c in view.cues
        if c.tok_start < tok and c.kinds & {"armed_group", "friendly_group"} and not c.kinds & but
    ]
    return named


def _fought_them_before(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is "them" the object of a fight verb after the last people noun before ``tok`` (جنودنا تصدوا لهم)?
    (Not "them" the object of a blow: "ألقت عليهم قنابل"، "نصب لهم كمين" — they were hit.)"""
    last = max((c.tok_end for c in view.cues if c.tok_end <= tok and c.kinds & PEOPLE_KINDS), default=view.tok_start)
    if any(
        (a.token_in(t, grammar("fought_them"), "و") and a.token_in(t - 1, grammar("fight_verbs"), "و"))
        or a.token_in(t, grammar("fought_them_nouns"), "و")
        for t in range(last + 1, tok)
    ):
        return True
    # "تصدى للإرهابيين جنود من الفرقة السابعة فقتلوا 15 منهم": the armed men the fight verb took with ل, its
    # subject the force after them, and the killing its next deed (ف)
    fought = next(
        (
            c
            for c in view.cues
            if c.tok_end <= tok
            and c.prefix.lstrip("و") in ("ل", "لل")  # (the clitic ل, not the article: "وتصدى المقاتلون لقوات الأمن")
            and c.kinds & {"member", "armed_group"}
            and a.token_in(c.tok_start - 1, grammar("fight_verbs"), "و")
        ),
        None,
    )
    return fought is not None and any(
        c.prefix.startswith("ف") and c.kinds & {"kill", "capture"} and fought.tok_end < c.tok_start < tok for c in view.cues
    )


def _being_then_missing(a: Analysis, end: int, c: Cue) -> bool:
    """Between the counted (ending at ``end``) and the cue ``c``, only a being verb or a still word (with
    its negation: لا يزالون), and ``c`` names the missing (في عداد المفقودين)."""
    if not any(a.token_in(t, grammar("still_words"), "") for t in range(c.tok_start, c.tok_end)):
        return False
    words = grammar_union("being_words", "still_words")
    return all(
        a.token_in(t, words, "و") or (a.token_in(t, grammar("still_negations"), "و") and a.token_in(t + 1, grammar("still_words"), ""))
        for t in range(end, c.tok_start)
    )


def _only_people_before(view: SentenceView, trig: Cue) -> list[Cue]:
    """The people cues before ``trig`` when the sentence names no people after it (else none)."""
    people = [c for c in view.cues if c.kinds & PEOPLE_KINDS]
    before = [c for c in people if c.tok_end <= trig.tok_start]
    return before if len(people) == len(before) else []


def _targeted_men_before(a: Analysis, view: SentenceView, trig: Cue) -> bool:
    """Are the last people the sentence names before ``trig`` a group's men, named as a target (استهدافه
    عناصر القاعدة، غارات ضد مسلحي داعش), with no other people in the sentence?"""
    before = _only_people_before(view, trig)
    if not before:
        return False
    last = before[-1]
    word = a.token_text(last.tok_start - 1)
    # (a noun of targeting, with its pronoun or a clitic, or "against": not a verb whose subject they are,
    # "استهدف عناصر داعش نقطة تفتيش")
    targeted = a.token_in(last.tok_start - 1, grammar("against_words"), "و") or any(
        word[i:].startswith(tuple(grammar("targeting_nouns"))) for i in (0, 1)
    )
    return targeted and "member" in last.kinds and _group_after(a, view, last.tok_end)[0] == "armed"


def _others_of_a_commander(a: Analysis, view: SentenceView, p: Placed, trig: Cue) -> bool:
    """Does "others" (آخرين) after the number go on from a group's leader, the last person named after ``trig`` —
    its commander by that word (not a party's), or the group owning him named right after him (not a tribal chief,
    "زعيم قبلي بارز في هجوم لحركة الشباب و3 آخرين")?"""
    if not a.token_in(p.tok_end, grammar("another_words"), ""):
        return False
    named = [c for c in view.cues if c.kinds & PEOPLE_KINDS and trig.tok_end <= c.tok_start < p.tok_start]
    if not named or "leader" not in (last := max(named, key=lambda c: c.tok_start)).kinds:
        return False
    if a.token_in(last.tok_start, grammar("commander_words"), "") and not any(
        a.token_in(t, grammar("party_words"), "ل") for t in range(last.tok_end, min(last.tok_end + 3, p.tok_start))
    ):
        return True
    return _group_after(a, view, last.tok_end)[0] == "armed"


def _fired_on_civilians_before(a: Analysis, view: SentenceView, trig: Cue) -> bool:
    """Are the only people the sentence names before ``trig`` civilians the attack was aimed at, behind على
    (أطلق مسلحون الرصاص على القرويين، فقتلوا 17) — with armed men named before them and no other people?"""
    before = _only_people_before(view, trig)
    if not before:
        return False
    last = before[-1]
    if (
        "civilian" not in last.kinds
        or not a.token_in(last.tok_start - 1, grammar("on_words"), "")
        or not a.token_in(last.tok_start - 2, grammar("fire_words"), "")
    ):
        return False
    # (not when a force steps in between and kills: "فتصدت لهم قوات الأمن وقتلت 5")
    if _sides_named(view, last.tok_end, trig.tok_start) or any(
        c.kinds & {"friendly_group", "own_forces"} and last.tok_end <= c.tok_start < trig.tok_start for c in view.cues
    ):
        return False
    return any("member" in c.kinds and c.tok_end <= last.tok_start for c in before[:-1])


def _people_side_before(view: SentenceView, tok: int, a: Analysis | None = None) -> str | None:
    """The side of the people named last before ``tok`` ("leader" for a group's leaders): a people
    noun first (خمسة قادة للجماعة، الخوارج) — by the body named right after it when there is one
    (عناصر من مجموعة فاغنر) — else a force or group's name."""
    nouns = [
        (c.tok_start, next(side for kind, side in _PEOPLE_SIDES if kind in c.kinds))
        for c in view.cues
        if c.tok_start < tok and c.kinds & PEOPLE_KINDS
    ]
    if a is not None:
        # (a group word counted from, as people: "وقتلوا خمسة من الجنود وأصابوا ثلاثة منهم")
        nouns += [
            (c.tok_start, "armed" if "armed_group" in c.kinds else "friendly")
            for c in view.cues
            if c.tok_start < tok
            and c.kinds & {"armed_group", "friendly_group"}
            and (
                (a.token_text(c.tok_start - 1) == "من" and any(q.tok_end == c.tok_start - 1 for q in view.quantities))
                # (or a group word that is its men in the plural: "تبادل لإطلاق النار مع المسلحين أسفر عن
                # مقتل 4 منهم")
                or (
                    c.tok_end - c.tok_start == 1
                    and a.token_in(c.tok_start, grammar("group_men_plurals"), "")
                )
            )
        ]
    if nouns and a is not None:
        start = max(nouns)[0]
        last = next((c for c in view.cues if c.tok_start == start and c.kinds & PEOPLE_KINDS), None)
        named = _group_after(a, view, last.tok_end)[0] if last is not None and "member" in last.kinds and last.tok_end < tok else None
        if named in ("armed", "friendly"):
            nouns = [(start, named)]
    if (
        a is not None
        and nouns
        and max(nouns)[1] == "armed"
        and a.token_text(tok - 1).endswith("وا")
        and _friendly_between(view, max(nouns)[0] + 1, tok)
    ):
        # "هاجم مسلحون نقطة للشرطة وقتلوا 3 منهم": the gunmen are the subject of the verb before "them",
        # so they are the force named after the gunmen
        return "friendly"
    pick = nouns or _names_before(view, tok, but=PEOPLE_KINDS)
    return max(pick)[1] if pick else None


def _changed_from(a: Analysis, view: SentenceView, first: Placed, second: Placed) -> str | None:
    """How a figure changed "from ``first`` to ``second``" after a verb of change (ارتفع، انخفض): "compared"
    when each has a time of its own (من 120 هجوماً عام 2019 إلى 200 عام 2020), "updated" when neither does
    (ارتفع عدد القتلى من 12 جندياً إلى 20); None when this is no such pair."""
    if a.token_text(first.tok_start - 1) != "من" or not a.token_in(second.tok_start - 1, grammar("toward_words"), ""):
        return None
    if second.tok_start - first.tok_end > 8 or any(
        first.tok_end <= q.tok_start < second.tok_start and q.obj.kind == "count"  # type: ignore[attr-defined]
        for q in view.quantities
    ):
        return None
    lo = max(view.tok_start, first.tok_start - 10)
    changes = grammar_union("change_words", "rise_words")
    verb = next((t for t in range(lo, first.tok_start) if a.token_in(t, changes, "و")), None)
    if verb is None:
        return None
    between = any(first.tok_end <= x.tok_start < second.tok_start for x in view.times)
    after = any(second.tok_end <= x.tok_start <= second.tok_end + 3 for x in view.times)
    if between and after:
        return "compared"
    # (a toll of people that rose is updated, the settled conventions; a count of strikes or attacks that
    # changed compares two periods left unsaid: "انخفض عدد الغارات من 40 إلى 12" keeps both)
    toll = a.token_in(verb, grammar("rise_words"), "و") and any(
        (
            c.kinds & {"kill", "kill_after", "wound", "wound_after", "capture", "detained_noun"}
            or any(w in grammar("death_toll_nouns") for w in c.phrase.split())
        )
        and verb <= c.tok_start < first.tok_start
        for c in view.cues
    )
    return "updated" if toll and not between and not after else None


def _toll_rose_since(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """After the number, before any other count: a contrast or "before" (إلا أن، لكن، قبل أن) and then
    the toll rising (الحصيلة ارتفعت، ترتفع الحصيلة) — the figure was overtaken."""
    if not a.sentence_has(view, grammar("overtaken_openers"), "و"):
        return False  # (asked of every figure; the words scanned below are the sentence's)
    nxt = min((q.tok_start for q in view.quantities if q.tok_start > p.tok_start), default=view.tok_end)
    for t in range(p.tok_end, nxt):
        if not a.token_in(t, grammar("overtaken_openers"), "و"):
            continue
        window = range(t + 1, min(t + 5, nxt))
        tolls = [u for u in window if any(c.tok_start == u and "toll" in c.kinds for c in view.cues)]
        rises = [u for u in window if a.token_in(u, grammar("rose_verbs"), "")]
        if not tolls or not rises or abs(tolls[0] - rises[0]) > 2:
            continue
        # (not a toll that may rise, "لكن الحصيلة قد ترتفع", nor another side's, "ارتفعت في صفوف المسلحين")
        return not any(a.token_in(u, grammar("hedge_words"), "") for u in window) and not any(
            a.token_in(u, grammar("ranks_words"), "ب") for u in range(t + 1, min(t + 7, nxt))
        )
    return False


def _last_of_mixed_list(a: Analysis, view: SentenceView, previous: Reading) -> bool:
    """Is ``previous`` the last item of a list joined by و whose items have different sides (مدنيين وخمسة جنود)?"""
    if previous.side not in ("friendly", "civilian") or not joined_by_wa(a, previous.placed):
        return False
    other = {"friendly": {"civilian"}, "civilian": {"friendly"}}[previous.side]
    # (the list may end the sentence before: "… وخمسة ضباط قتلوا. وأصيب 29 آخرون")
    own = a.view_of(previous.placed.tok_start) or view
    lo = max(own.tok_start, previous.placed.tok_start - 8)
    items = [c for c in own.cues if lo <= c.tok_start < previous.placed.tok_start and c.kinds & other]
    return bool(items) and not any(
        items[-1].tok_end <= c.tok_start < previous.placed.tok_start and c.kinds & _OUTCOME_KINDS for c in own.cues
    )


def _part_of_unnamed_persons(a: Analysis, view: SentenceView, part: Placed) -> bool:
    """Is ``part`` a subset (بينهم، منهم) of a count of persons of no side, right before it?"""
    cue = next((c for c in view.cues_of("subset") if part.tok_start - 2 <= c.tok_end <= part.tok_start), None)
    if cue is None:
        return False
    whole = max((q for q in view.quantities if q.tok_end <= cue.tok_start), key=lambda q: q.tok_start, default=None)
    if whole is None or cue.tok_start - whole.tok_end > 3:
        return False
    noun = _noun_after(a, view, whole)[0]
    return noun is not None and "person" in noun.kinds and not noun.kinds & {"friendly", "member", "civilian", "leader"}


def _retinue_owner(a: Analysis, view: SentenceView, noun: Cue, tok: int) -> str | None:
    """The side of the one man whose retinue ``noun`` is (اثنين من مرافقيه): the last man named before ``tok``
    — a leader of the group or force named after him, a group's man, a soldier."""
    word = a.token_text(noun.tok_start)
    stems = tuple(grammar("retinue_nouns"))
    if not word.startswith(stems) or not word.endswith("ه"):
        return None
    man = max(
        (c for c in view.cues if c.tok_end <= tok and c.kinds & {"leader", "member", "friendly"} and not a.token_text(c.tok_start).startswith(stems)),
        key=lambda c: c.tok_start,
        default=None,
    )
    if man is None or a.token_text(man.tok_start).endswith(("ون", "ين", "ات")):
        return None  # (not men in the plural: "هاجم مسلحون سجناً وقتلوا ثلاثة من حراسه" — the prison's)
    if "leader" in man.kinds:
        # (his group right after him, or the side his militia backs: "قائد ميليشيا موالية للحكومة")
        return _group_after(a, view, man.tok_end)[0] or next(
            (side for t in range(man.tok_end, min(man.tok_end + 3, tok)) if (side := _backed_side(a, view, t))), None
        )
    return "friendly" if "friendly" in man.kinds else "armed"


def _owner_side(view: SentenceView, tok: int) -> str | None:
    """Whose "its" is: the actor or group word named last before ``tok`` (أعلنت الجماعة … من ضباطها)."""
    named = _names_before(view, tok)
    return max(named)[1] if named else None


def _owner_side_agreeing(a: Analysis, view: SentenceView, tok: int, noun: Cue) -> str | None:
    """Whose "its" is when it is "ها": the last feminine name (قسد، القوات، هيئة تحرير الشام), not a masculine one
    named after it (التنظيم) — "قتلت قسد 1306 من عناصر التنظيم، فيما قتل 11 من عناصرها" are hers. None for
    another pronoun or when no feminine name stands before."""
    # (only "ها": a masculine "ه" may be a commander's own, no name's — "مصرع قائد بالبيشمركة وخمسة من عناصره")
    if not a.token_text(noun.tok_end - 1).endswith("ها"):
        return None
    named = [(t, side) for t, side in _names_before(view, tok) if _name_gender(a, t) == "f"]
    # (a state's force by a force noun and the state's nisba: "تعرضت قوة عراقية لكمين … قتل فيه 20 من أفرادها")
    named += [
        (d.tok_start - 1, "friendly")
        for d in view.adjectives
        if d.tok_start < tok
        and a.token_in(d.tok_start - 1, grammar("generic_force_nouns"), "و")
        and side_of_actor(str(getattr(d.obj, "id", ""))) == "friendly"
        and _name_gender(a, d.tok_start - 1) == "f"
        # (a force that suffered an attack, "تعرضت قوة عراقية لكمين"، "وكانت قوة عراقية تعرضت أمس لكمين" — not one
        # that struck: "ونصبت قوة عراقية كميناً لمجموعة إرهابية وقتلت 5 من أفرادها")
        and any(a.token_in(t, grammar("suffered_words"), "و") for t in (d.tok_start - 2, d.tok_start + 1, d.tok_start + 2))
    ]
    # (a state by its country's name: "أعلنت تركيا … في أعقاب مقتل 3 من عناصرها" are its forces')
    named += [
        (e.tok_start, "friendly")
        for e in view.entities
        if e.tok_start < tok
        and e.obj.type == "place"  # type: ignore[attr-defined]
        and e.obj.kind == "country"  # type: ignore[attr-defined]
        and _name_gender(a, e.tok_start) == "f"
        # (the state as a subject, not the place a group is in: "بوكو حرام في نيجيريا … من مقاتليها" — but a state's
        # body named by its country, "السلطات في بوركينا فاسو", is the state's)
        and (
            (not e.prefix and a.token_text(e.tok_start - 1) not in place_prepositions())
            or (a.token_text(e.tok_start - 1) == "في" and a.token_in(e.tok_start - 2, grammar("state_body_heads"), "و"))
        )
    ]
    if not named:
        return None
    last = max(named)
    if not noun.phrase.startswith(grammar_stems("armed_noun_stems")) and any(
        a.token_in(t, grammar("speech_participles"), "و") for t in range(last[0] + 1, tok)
    ):
        # "قالت المقاومة الشعبية إنها قتلت 23 من الحوثيين وقوات صالح، مضيفة أن 12 من أفرادها قتلوا": the speaker's
        # participle after the names of those it says it killed goes back to the speaker (not after a group named
        # as the doer, "أن بوكو حرام هاجمت قرية، مشيرة إلى أن 12 من عناصرها قتلوا"; nor "مسلحيها", a group's word)
        speakers = [n for n in named if any("report" in c.kinds and c.tok_end <= n[0] <= c.tok_end + 1 for c in view.cues)]
        if speakers and any(
            c.kinds & _OUTCOME_KINDS and speakers[0][0] < c.tok_start < last[0] for c in view.cues
        ):
            return speakers[0][1]
    return last[1]


def _name_gender(a: Analysis, tok: int) -> str:
    """The grammatical gender of the name opening at ``tok``: feminine for a head in ة (هيئة، حركة، وزارة) or
    a feminine plural or acronym (قوات، قسد) or a country's name in alif (تركيا), masculine otherwise (تنظيم، الجيش،
    داعش)."""
    w = a.token_text(tok)
    if w in grammar("feminine_heads"):
        return "f"  # (before a clitic is stripped: وحدات is no و + حدات)
    w = w[1:] if w[:1] in "وفبل" and len(w) > 3 else w
    w = w.removeprefix("ال")
    # (a country named in alif is feminine too: تركيا، روسيا، نيجيريا)
    return "f" if w.endswith(("ه", "ا")) or w in grammar("feminine_heads") else "m"


def _toll_owner(a: Analysis, view: SentenceView, tok: int) -> tuple[str | None, str | None]:
    """Side and actor id of whose toll "its" names (حصيلة قتلاه): the actor named last before ``tok``,
    not one named as the enemy fought ("في المواجهات مع الجيش الإسرائيلي، لترتفع حصيلة قتلاها")."""
    named = [
        e
        for e in view.entities
        if e.tok_start < tok and e.obj.type == "actor" and not a.token_in(e.tok_start - 1, grammar("foe_openers"), "و")  # type: ignore[attr-defined]
    ]
    if not named:
        return _owner_side(view, tok), None
    last = max(named, key=lambda e: e.tok_start)
    return _side_of_entity(last.obj), last.obj.id  # type: ignore[arg-type,attr-defined]


def _owner_of_sided_war(view: SentenceView, tok: int) -> str | None:
    """The owner of "its" when it is an actor whose side holds only in some wars (side_only_in: حزب الله
    is a government's ally in Syria's war, an armed group in its own with Israel), so that the claim's
    countries can decide which side its dead were on."""
    named = _names_before(view, tok)
    if not named:
        return None
    last = max(named)[0]
    e = next((e for e in view.entities if e.tok_start == last and e.obj.type == "actor"), None)  # type: ignore[attr-defined]
    return e.obj.id if e is not None and (entity_actor(e.obj.id) or {}).get("side_only_in") else None  # type: ignore[attr-defined]


@cache
def qualifier_words() -> frozenset[str]:
    """The words of the qualifier phrases the quantity recogniser reads before a number (ما لا يقل عن، نحو)."""
    phrases = load("quantity_cues.yaml")["qualifiers_before"]
    return frozenset(norm(w) for group in phrases.values() for phrase in group for w in phrase.split())


@cache
def _qualifiers_after() -> tuple[tuple[str, ...], ...]:
    """The qualifier phrases the quantity recogniser reads after a number and its noun (على الأقل), as tokens."""
    phrases = load("quantity_cues.yaml")["qualifiers_after"]
    return tuple(tuple(norm(w) for w in phrase.split()) for group in phrases.values() for phrase in group)


@cache
def _qualifiers_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _qualifiers_after():
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _nationality_word_at(a: Analysis, view: SentenceView, tok: int) -> int:
    """1 when a nationality stands at ``tok`` (سوريين، أكراد), else 0."""
    return int(any(d.tok_start == tok for d in view.adjectives) or a.token_in(tok, grammar("nationality_plurals"), ""))


def _qualifier_ends_at(a: Analysis, tok: int) -> bool:
    """Does a qualifier phrase read after a number end right before ``tok`` ("12 مسلحاً على الأقل | ومدنياً")?"""
    return any(
        tok >= len(words) and all(a.token_text(tok - len(words) + i) == w for i, w in enumerate(words)) for words in _qualifiers_after()
    )


def _qualifier_after_at(a: Analysis, tok: int) -> int:
    """How many tokens of a qualifier phrase start at ``tok`` (2 for "47 شخصاً على الأقل بينهم"), or 0."""
    # (the phrases by their first word: this runs for every number and noun)
    for words in _qualifiers_by_first().get(a.token_text(tok), ()):
        if all(a.token_text(tok + i) == w for i, w in enumerate(words)):
            return len(words)
    return 0


def _of_them_at(a: Analysis, tok: int) -> bool:
    """Does "of them" stand at ``tok`` (من، منهم …): a verb before it tells of a part of those counted."""
    return a.token_text(tok) == "من" or a.token_in(tok, grammar("of_them"), "")


def _past_aside(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where a short aside set off by commas right after token ``tok`` ends ("، معظمهم من كبار السن،"), with no
    number in it; None when no comma follows ``tok`` or none closes the aside within eight words."""
    if view.tok_start < tok < view.tok_end and not a.marks_before(tok, "،,") and any(
        c.tok_start == tok and c.tok_end == tok + 1 and "other" in c.kinds for c in view.cues
    ):
        tok += 1  # (past "others" after the noun: "خمسة رعاة آخرين، أغلبهم من أبناء القبيلة، قتلوا")
    if not (view.tok_start < tok < view.tok_end and a.marks_before(tok, "،,")):
        return None
    for t in range(tok + 1, min(tok + 9, view.tok_end)):
        if a.marks_before(t, "،,"):
            if any(tok <= q.tok_start < t for q in view.quantities):
                return None
            # (the people's own verb after it, in the plural, with no object of its own: not a new clause, "…،
            # معظمهم من النازحين، قتل منهم العشرات"، "…، قتل آباؤهم")
            if not a.token_text(t).endswith(("وا", "ن")) or _of_them_at(a, t + 1):
                return None
            return t
    return None


def _whole_big_enough(view: SentenceView, p: Placed, previous: Reading) -> Reading | None:
    """The earlier count of the sentence a subset belongs to when it is larger than the count right before it
    (which cannot hold it): the nearest one before that with an outcome, large enough; else None."""
    value = getattr(p.obj, "value", None)
    if value is None or previous.quantity.value is None or value <= previous.quantity.value:
        return None
    x = previous.before
    while x is not None and x.placed.tok_start >= view.tok_start:
        if x.outcome and x.quantity.value is not None and x.quantity.value >= value:
            return x
        x = x.before
    return None


def _qualifier_start(a: Analysis, tok: int, floor: int) -> int:
    """Where the words of a number's qualifier phrase that end right before ``tok`` begin (ما لا يقل عن، نحو),
    not before ``floor``; ``tok`` when none stands there."""
    while tok > floor and a.token_text(tok - 1) in qualifier_words():
        tok -= 1
    return tok


def _next_part_in_brackets(a: Analysis, p: Placed, previous: Reading | None) -> bool:
    """Is this number the next part of a total broken down in brackets, the bracket still open? The words after
    each part name it ("قتل 23 ضابطاً (7 أمن وطني، و16 أمن مركزي)"): a unit, not another noun counted."""
    return (
        previous is not None
        and previous.rule == "number-in-brackets-after-noun"
        and joined_by_wa(a, p)
        and ")" not in a.nt.text[previous.placed.nend : p.nstart]
    )


def _listed_after(a: Analysis, view: SentenceView, p: Placed, previous: Reading, item: int | None = None) -> bool:
    """Is this number the next item of a list that began with ``previous``? (``item``: where the item opens when
    its noun comes before its number word, "إضافة إلى عسكريين أميركيين اثنين")"""
    if previous.placed.tok_end > p.tok_start or p.tok_start - previous.placed.tok_end > 12:
        return False
    if not (view.tok_start <= previous.placed.tok_start < view.tok_end):
        return False
    if joined_by_wa(a, p):
        return True
    if (
        (previous.after_subset_word or previous.rule == "list-shares-outcome")
        and a.marks_before(p.tok_start, "،,")
        and _list_closes_with_wa(a, view, p)
    ):
        # "مقتل 66 شخصاً من بينهم 45 عنصراً من قسد، 8 عناصر من التنظيم، 12 مدنياً، وشخص متعاون": the parts of a
        # toll set apart by commas, the last joined by و (not a new clause after a comma: "، 40 مدنياً آخرين ما
        # زالوا تحت الأنقاض")
        return True
    before = a.token_text(p.tok_start - 1)
    if before.startswith("و") and before[1:] in qualifier_words():
        return True  # "مقتل أكثر من 100 مسلح ونحو 30 جندياً": the next item, its qualifier joined by و
    if any(
        c.prefix.startswith("و")
        and c.kinds & _PEOPLE_NOUNS
        and (c.tok_end == p.tok_start or (c.tok_end == p.tok_start - 1 and _nationality_at(a, view, c.tok_end)))
        for c in view.cues
    ):
        # the item's noun before its number word, or before its nationality and number word: "… ومساعدين اثنين
        # للجيش ومدني واحد"، "قتل 32 لاجئاً ومدني يمني واحد"
        return True
    if a.token_text(p.tok_start - 1).startswith("و") and a.token_in(p.tok_start, grammar("one_two_words"), "") and (
        _nationality_at(a, view, p.tok_start - 1)
        or any(e.tok_start == p.tok_start - 1 and getattr(e.obj, "kind", None) == "country" for e in view.entities)
    ):
        return True  # the item's nationality before its number word: "لبنانيين اثنين وسورياً واحداً"
    # (past a qualifier: "إضافة إلى ما لا يقل عن 35 من عناصر الجيش")
    start = _qualifier_start(a, item if item is not None and previous.placed.tok_end <= item < p.tok_start else p.tok_start, previous.placed.tok_end)
    return any(start - 3 <= c.tok_start < start for c in view.cues_of("coordinator"))


def _martyrs_a_monitor_documents(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """Are the martyrs counted the ones a monitor documents ("عدد الشهداء الذين وثق المرصد السوري
    استشهادهم")? The monitors count the civilian dead as martyrs and name fighters by their side."""
    if not a.token_in(noun.tok_end - 1, grammar("martyr_nouns"), "ول"):
        return False
    end = min(noun.tok_end + 4, view.tok_end)
    verb = next((t for t in range(noun.tok_end, end) if a.token_text(t).startswith(tuple(grammar("documenting_words")))), None)
    if verb is None or not any(verb < e.tok_start <= verb + 2 and e.obj.kind == "monitor" for e in view.entities):  # type: ignore[attr-defined]
        return False
    # (not martyrs the monitor names by a side after them: "… استشهادهم من عناصر الفصائل"، "من المدنيين والمقاتلين")
    hi = view.clause_of(verb)[1]
    return not _sides_named(view, verb + 3, hi) and not any(
        verb + 3 <= c.tok_start < hi and c.kinds & {"member", "friendly", "leader"} for c in view.cues
    )


def _subset_aside_after(a: Analysis, view: SentenceView, start: int) -> int | None:
    """Where the words after a short "among them" aside right after the number (and its qualifier, from
    ``start``) go on ("5 بينهم قيادي، عدد"): the token after its comma, or the count word that closes it with
    none ("24 على الأقل بينهم 5 أطفال ومواطنتان عدد الشهداء"); None when no such aside follows the number."""
    start += _qualifier_after_at(a, start)
    if not any(c.tok_start == start and "subset" in c.kinds for c in view.cues):
        return None
    for t in range(start + 1, min(start + 8, view.tok_end)):
        if any(q.tok_start == t for q in view.quantities) and a.marks_before(t, "،,"):
            return None
        if a.marks_before(t, "،,"):
            return t if t < start + 6 else None
        if a.token_in(t, grammar("count_head_words"), "") and (
            a.token_in(t + 1, grammar("definite_toll_nouns"), "") or _cue_at(view, t + 1, {"kill_after", "wound_after"}) is not None
        ):
            return t
    return None


def _list_closes_with_wa(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does a later item of the list close it, after a comma and joined by و (a number or a people noun:
    "، 12 مدنياً، وشخص متعاون"، "، و3 من المدنيين")?"""
    for t in range(p.tok_end, min(p.tok_end + 10, view.tok_end)):
        if not a.marks_before(t, "،,"):
            continue
        if any(q.tok_start == t and joined_by_wa(a, q) for q in view.quantities) or any(
            c.tok_start == t and c.prefix.startswith("و") and c.kinds & _PEOPLE_NOUNS for c in view.cues
        ):
            return True
    return False


def _members_estimated_before(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """A strength word and a group's members before a bare number, an armed group named in the sentence.

    "بلغ عدد عناصر داعش 12 ألفاً" states the count itself, with no estimate word."""
    counted = _count_of_members(view, p)
    if not (counted or any(clause[0] <= c.tok_start < p.tok_start for c in view.cues_of("strength"))):
        return False
    if not (counted or any(view.tok_start <= c.tok_start < p.tok_start for c in view.cues_of("member"))):
        return False
    # (foreign fighters are the groups' by name: "عدد المقاتلين الأجانب الذين سافروا إلى العراق وسوريا")
    foreign = any(
        c.tok_end < p.tok_start and a.token_text(c.tok_end) in grammar("foreign_adjectives")
        for c in view.cues_of("strength")
    ) or (
        # (or of a nationality, where they went to fight a jihad or where the sentence names terror or a group:
        # "عدد المقاتلين التونسيين في بؤر التوتر لم يتجاوز ثلاثة آلاف" — not "عدد المقاتلين الروس في أوكرانيا")
        counted
        and (_terror_words(a, view) or a.sentence_has(view, grammar("jihad_theatre_words")) or _has(view, "armed_group"))
        and any(
            c.kinds & {"member", "strength"} and c.tok_end < p.tok_start and any(d.tok_start == c.tok_end for d in view.adjectives)
            for c in view.cues
        )
    )
    return foreign or _has(view, "armed_group") or _has(view, "origin") or any(_side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]


def _joined_a_group(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """Persons said to have joined or gone to fight with an armed group (للقتال مع تنظيم داعش): "purpose" when
    told by a masdar of purpose (للقتال، للانضمام), "joined" by their own verb (انضموا), else None."""
    words = grammar("joining_words")
    # (or in the count's head before it: "عدد مواطني بلاده الذين التحقوا بصفوف داعش بلغ 611 شخصاً")
    head = next((t for t in range(p.tok_start - 1, view.tok_start - 1, -1) if a.token_in(t, grammar("count_head_words"), "و")), None)
    before = range(head + 1, p.tok_start) if head is not None and not any(head < q.tok_start < p.tok_start for q in view.quantities) else range(0)
    # (or the verb right before it, past a qualifier, the group after: "وانضم نحو 41500 أجنبي إلى تنظيم داعش")
    verb = range(max(view.tok_start, p.tok_start - 4), p.tok_start)
    for t in [*before, *verb, *range(p.tok_end, min(p.tok_end + 12, view.tok_end))]:
        if a.token_in(t, words, "و"):
            # (the group within a few words, only the words of joining between: للقتال مع التنظيم، للانضمام إلى صفوف
            # داعش — not the group they fought or left, "لقتال داعش"، "من عناصر داعش إلى قسد")
            start = t + 1 if t not in verb else p.tok_end + 1
            group = next(
                (
                    g
                    for g in range(start, min(start + 6, view.tok_end))
                    if any(e.tok_start == g and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
                    or any(c.tok_start == g and "armed_group" in c.kinds for c in view.cues)
                ),
                None,
            )
            if (
                group is not None
                # (not the group they fought or left: "لقتال داعش"، "ضد داعش"، "من عناصر داعش إلى قسد")
                and not any(a.token_in(u, grammar_union("against_words", "fought_group_words"), "ول") for u in range(start, group))
                and a.token_text(group - 1) != "من"
                and not (a.token_text(group - 2) == "من" and _cue_at(view, group - 1, {"member"}) is not None)
            ):
                # (a purpose of others who send them is no joining of theirs: "خلية تقوم بتجنيد الشباب لتسفيرهم
                # للانضمام لداعش"; their own, "سافر 15 ألف شخص للقتال إلى جانب داعش", is)
                recruited = a.token_in(t, grammar("purpose_of_joining"), "و") and any(
                    a.token_in(u, grammar("recruiting_words"), "وبل") for u in range(max(view.tok_start, t - 3), t)
                )
                return "purpose" if recruited else "joined"
            return None
    return None


def _count_of_members(view: SentenceView, p: Placed) -> bool:
    """"بلغ عدد المقاتلين الفرنسيين في داعش 700": the number of a group's members, stated."""
    return any(
        c.kinds & {"toll", "strength"}
        and c.tok_end <= p.tok_start
        and c.tok_start >= view.tok_start
        and (
            (c.phrase.split()[-1] in _COUNT_WORDS and _cue_at(view, c.tok_end, {"member"}) is not None)
            or (len(c.phrase.split()) > 1 and c.phrase.split()[0] in _COUNT_WORDS)  # عدد مقاتلي، أعداد المقاتلين
        )
        for c in view.cues
    )


_COUNT_WORDS = frozenset({"عدد", "اعداد", "تعداد"})


def _group_counted_before(view: SentenceView, p: Placed) -> bool:
    """"وقدرت الوكالة عدد مقاتلي تنظيم الدولة، استناداً إلى تقارير الاستخبارات، بأنه يراوح بين 20 ألفاً و31
    ألفاً": the count word with a group's men and the group's name after it, earlier in the sentence and no
    number between — whatever body the aside names before the number."""
    heads = [
        c
        for c in view.cues
        if c.kinds & {"toll", "strength", "member"}
        and c.tok_end <= p.tok_start
        and len(c.phrase.split()) > 1
        and c.phrase.split()[0] in _COUNT_WORDS
    ]
    return any(
        e.tok_start == c.tok_end
        and _side_of_entity(e.obj) == "armed"  # type: ignore[arg-type]
        # (a number inside a time is no other count: "خلال الأشهر الستة الماضية")
        and not any(
            c.tok_end <= q.tok_start < p.tok_start and not any(x.tok_start <= q.tok_start < x.tok_end for x in view.times)
            for q in view.quantities
        )
        for c in heads
        for e in view.entities
    )


_EVENT_KINDS = frozenset({"attack", "operation", "kill", "capture", "wound", "toll"})


def _killed_and_wounded_after(a: Analysis, view: SentenceView, end: int) -> bool:
    """A verb of killing after the people counted (past their nisba), then و and a verb of wounding: "قتلوا و أصيبوا"."""
    for t in range(end, min(end + 3, view.tok_end)):
        kill = next((c for c in view.cues if c.tok_start == t and "kill" in c.kinds and not c.prefix), None)
        if kill is None:
            continue
        after = kill.tok_end + (a.token_text(kill.tok_end) == "و")
        # (not past a comma: "12 عنصراً منهم ضابط قتلوا، وأصيب آخرون" — another clause's wounded)
        joined = after > kill.tok_end or a.token_text(after).startswith("و")
        hurt = _cue_at(view, after, {"wound"}) if joined and not a.marks_before(kill.tok_end, "،,;؛") else None
        # (the same people's verb, plural with no subject of its own: "قتلوا وأصيبوا" — not "قتلوا وأصيب آخرون")
        return hurt is not None and hurt.tok_end == after + 1 and a.token_text(after).endswith("وا")
    return False


def _fighters_of_a_fight_between_sides(a: Analysis, view: SentenceView, p: Placed, r: Reading) -> bool:
    """Are the men counted a generic noun (مقاتلين، عناصر) with no group of theirs named, in a sentence whose fight
    is "between" a force and a group, or "between the two sides"?"""
    end = r.noun_end_tok or p.tok_end
    word = a.token_text(end - 1)
    if r.group_entity is not None or word not in grammar("generic_member_nouns") or _group_after(a, view, end)[0] is not None:
        return False
    if any(d.tok_start == end for d in view.adjectives):
        return False  # (a group's nisba names their side: "20 مقاتلاً حوثياً")
    lo, hi = view.clause_of(p.tok_start)
    # (not men a named side or a strike killed: "قتلت القوات الحكومية 40 مقاتلاً في معارك بين الجيش والحركة"،
    # "قتلوا في قصف للطيران الروسي")
    if _sides_named(view, lo, p.tok_start) or any(lo <= c.tok_start < hi and c.kinds & {"operation", "attack", "by_hand"} for c in view.cues):
        return False
    for t in range(end, hi):
        # (بين after the fight's noun, past its place: "في معارك حي الشيخ مقصود بين الوحدات الكردية والفصائل")
        if a.token_text(t) != "بين" or not any(a.token_in(u, grammar("fight_between_nouns"), "وفب") for u in range(max(lo, t - 5), t)):
            continue
        if _sides_named(view, end, t):
            return False  # (the killer told after the men: "قتل 25 عنصراً بنيران القوات الأمنية خلال اشتباكات بين …")
        if a.token_in(t + 1, grammar("both_sides_words"), ""):
            return True
        if {"friendly", "armed"} <= _sides_named(view, t + 1, min(t + 8, view.tok_end)):
            return True
    return False


def state_force_nisba_after(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The state whose forces strike abroad, named by its nisba right after a noun of attack, past its military
    or air adjective (هجمات عسكرية أمريكية، غارات روسية) — not where its weapon was made (بمسيرة تركية الصنع)."""
    t = tok
    while t < view.tok_end and a.token_text(t) in grammar("strike_modifiers"):
        t += 1
    actor_id = adjective_actor(a.token_text(t)) if t < view.tok_end else None
    if not actor_id or actor_id not in expeditionary() or a.token_text(t + 1) in grammar("made_in_words"):
        return None
    return actor_id


def _attackers_clause_after(a: Analysis, view: SentenceView, end: int) -> bool:
    """A verb of attack (شنوا، هاجموا، حاولوا) right after the people counted, past a qualifier."""
    t = end
    while t < view.tok_end and a.token_text(t) in qualifier_words():
        t += 1
    if a.token_text(t) == "الاقل":  # (على الأقل: على is a qualifier word, الأقل its end)
        t += 1
    if a.token_in(t, grammar("attempt_verbs"), ""):
        return a.token_in(t + 1, grammar("attack_verbal_nouns"), "")
    return a.token_in(t, grammar("attackers_clause_verbs"), "")


def _toll_noun_at(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the word at ``tok`` a noun of the dead, the wounded or the captive (قتيلاً، جرحى، أسيراً)?"""
    return any(c.tok_start == tok and c.kinds & {"kill_after", "wound_after"} for c in view.cues) or a.token_in(
        tok, grammar("captive_singulars"), ""
    )


def others_name_the_first(a: Analysis, view: SentenceView, reads: list[Reading]) -> None:
    """"قتل 11 شخصاً وأصيب أكثر من عشرين آخرين من قوات حفتر": the others named by their force after them are
    of the same people as the persons counted before them, whose side was left unsaid."""
    for first, second in pairwise(reads):
        if (
            first.metric is None
            and first.side is None
            and first.noun == "person"
            and first.outcome in ("kill", "wound")
            and second.rule == "other-continues-previous"
            and second.side in ("friendly", "armed")
            and view.tok_start <= first.placed.tok_start
            and (end := _cue_at(view, second.placed.tok_end, {"other"})) is not None
            and _group_after(a, view, end.tok_end)[0] == second.side
        ):
            first.side, first.group_entity = second.side, second.group_entity
            first.noun = "member" if second.side == "armed" else "friendly"
            first.metric, first.rule = metric_of(view, first), "persons-the-others-name"


def owner_after_the_list(a: Analysis, view: SentenceView, reads: list[Reading]) -> None:
    """"أسفرت عن سقوط ثلاثة آلاف قتيل و12400 جريح، و550 أسيراً من قوات الجيش اليمني": tolls counted one after
    another with و, whose owner the last one names after it (من قوات …), are all of that side."""
    for r in reads:
        if r.metric or r.side or r.outcome not in ("kill", "wound") or r.noun != "person" or r.noun_end_tok is None:
            continue
        # (each item a toll's noun — قتيل، جريح، أسير — not people who may be of another side: "5 أشخاص و3 عناصر
        # من داعش")
        if not _toll_noun_at(a, view, r.noun_end_tok - 1):
            continue
        t, items = r.noun_end_tok, 0
        while True:
            # (the next item: و and a number, or a number whose و stands alone, and its noun)
            q = next(
                (q for q in view.quantities if q.tok_start in (t, t + 1) and (q.prefix.startswith("و") or a.token_text(t) == "و")),
                None,
            )
            if q is None or q.tok_end >= view.tok_end or not _toll_noun_at(a, view, q.tok_end):
                break
            t, items = q.tok_end + 1, items + 1
        if not items or a.token_text(t) != "من":
            continue
        side, ent, _ = _group_after(a, view, t)
        if side in ("armed", "friendly"):
            r.side, r.group_entity = side, ent
            r.noun = "member" if side == "armed" else "friendly"
            r.metric, r.rule = metric_of(view, r), "owner-after-the-list"


def _all_of_them_civilians(a: Analysis, view: SentenceView, r: Reading, p: Placed) -> bool:
    """Is the number's noun followed by "هم" and a list, to the clause's end, of children, women and men only
    (هم 3 أطفال وامرأة ورجل) — the whole, not a part (بينهم)?"""
    t = r.noun_end_tok or p.tok_end
    if a.token_text(t) not in ("هم", "وهم"):
        return False
    people = _demographic_nouns()
    end = view.clause_of(t)[1] if t < view.tok_end else t
    end = max(end, min(view.tok_end, t + 12))
    seen = False
    def bare(u: int) -> str:
        word = a.token_text(u)
        return word[1:] if word.startswith("و") and len(word) > 2 else word

    for u in range(t + 1, min(end, view.tok_end)):
        if bare(u) in people:
            seen = True
            continue
        q = next((q for q in view.quantities if q.tok_start <= u < q.tok_end), None)
        if q is not None:
            if bare(q.tok_end) not in people:
                return False  # (a number of others: "هم 3 رجال وجنديان")
            continue
        return seen and a.marks_before(u, "،,.؛;") if u > t + 1 else False
    return seen


def _men_after_children_and_women(
    a: Analysis, view: SentenceView, p: Placed, noun: Cue, previous: Reading | None, r: Reading
) -> bool:
    """Are these men the next item, right after it, of a civilian toll's children or women of the same fate,
    with no group or force of theirs named ("4 رجال من مسلحي العشائر")?"""
    if (
        a.token_text(noun.tok_start) not in grammar("men_nouns")
        or previous is None
        or previous.placed.tok_start < view.tok_start
        or previous.side != "civilian"
        or previous.outcome != r.outcome
    ):
        return False
    end = previous.noun_end_tok or previous.placed.tok_end
    return (
        end > previous.placed.tok_end
        and a.token_text(end - 1) in _demographic_nouns()
        and p.tok_start - end <= 2
        and _group_after(a, view, noun.tok_end)[0] is None
        and _cue_at(view, noun.tok_end + (a.token_text(noun.tok_end) == "من"), {"member", "friendly", "friendly_group"}) is None
    )


def _ambush_posts(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number a dual of كمين that names posts, not ambushes set: with the article (الكمينين), after a
    target word or an attack (استهدف كمينين، على كمينين), or after its men's noun (أفراد كمينين)?"""
    word = a.token_text(p.tok_start).lstrip("وبل")
    definite = word.startswith("ال") and word[2:] in grammar("ambush_duals")
    if not (definite or word in grammar("ambush_duals")):
        return False
    return (
        definite
        or a.token_text(p.tok_start - 1) in grammar_union("target_prepositions", "member_heads_before_duals")
        or any(c.tok_end == p.tok_start and c.kinds & {"target", "attack"} for c in view.cues)
    )


def _doer_of_the_operations_tolled(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """The side whose own operations a toll before the number counts (حصيلة عملياتها، حصيلة هجماته): the side
    named last before the possessed noun; None when there is no such toll."""
    for c in view.cues_of("toll"):
        if c.tok_start >= p.tok_start:
            continue
        ops = next(
            (d for t in (c.tok_end, c.tok_end + 1) for d in view.cues_starting(t) if d.kinds & {"operation", "attack"}), None
        )
        # (a plural with its pronoun, عملياتها، هجماته — not a singular, whose ة normalises to ه: "حصيلة عملية التفجير";
        # and in the number's clause: not "أعلن الجيش حصيلة عملياته، فيما قتل 12 شخصاً في تفجير")
        if (
            ops is not None
            and a.token_text(ops.tok_end - 1).endswith(tuple(grammar("plural_possessive_endings")))
            and view.clause_of(c.tok_start)[0] <= p.tok_start < view.clause_of(c.tok_start)[1] + 8
            # (no other fate told between, other than the nouns of the toll's own figures: "64 قتيلاً و91 جريحاً")
            and not any(
                d.kinds & _OUTCOME_KINDS
                and ops.tok_end <= d.tok_start < p.tok_start
                and not any(q.tok_end == d.tok_start for q in view.quantities)
                for d in view.cues
            )
        ):
            side = _owner_side(view, ops.tok_start)
            if side in ("armed", "friendly"):
                return side
    return None


def _what_befell_them(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """"تعرض ثلاثة من رجال الأمن … لإصابات": the outcome a verb of suffering right before the number
    names after the people, with ل ("wound" or "kill"); None without such a verb or such a noun."""
    if not a.token_in(p.tok_start - 1, grammar("suffered_words"), "وف"):
        return None
    after = next(
        (c for c in view.cues if c.tok_start >= p.tok_end and c.prefix.startswith("ل") and c.kinds & {"wound", "kill"}), None
    )
    # (not another number's fate: "وتعرض 6 من عناصر الشرطة لهجوم أدى لإصابة ثلاثة منهم")
    if after is None or after.tok_start - p.tok_end > 10 or any(p.tok_end <= q.tok_start < after.tok_start for q in view.quantities):
        return None
    if any(c.kinds & {"attack", "operation"} and p.tok_end <= c.tok_start < after.tok_start for c in view.cues):
        return None  # (what befell them was an attack, whose toll is another figure's)
    return "wound" if "wound" in after.kinds else "kill"


def _adjective_of_a_noun_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A number word with the article right after a definite noun that no cue, name or time covers
    (المراحل الثماني، الأبراج الثلاثة): it agrees with that noun, which is what it counts."""
    before = p.tok_start - 1
    if not p.prefix.endswith("ال") or before < view.tok_start or not a.token_text(before).startswith("ال"):
        return False
    covered = [*view.cues, *view.entities, *view.adjectives, *view.times, *view.quantities]
    return not any(x.tok_start <= before < x.tok_end for x in covered)


def _count_head(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    """The token of the count word (عدد، تعداد) that opens the phrase a number states, within a few words
    before it and no other number between."""
    # (several readings of one number ask it: the answer is the sentence's, kept in the analysis' memo)
    memo = a.memo.setdefault("count_head", {})
    key = (view.tok_start, p.tok_start)
    if key not in memo:
        memo[key] = _find_count_head(a, view, p)
    return memo[key]


def _find_count_head(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    if not a.sentence_has(view, grammar("count_head_words"), "و"):
        return None  # (one set test rules out most sentences before a scan of the words before the number)
    head = next(
        (t for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - 12) - 1, -1) if a.token_in(t, grammar("count_head_words"), "و")),
        None,
    )
    if head is None or any(head < q.tok_start < p.tok_start for q in view.quantities):
        return None
    return head


def _one_cell_in_the_count_head(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"عدد عناصر الخلية بلغ 5 أشخاص": the count's head names one cell (not "عدد خلايا التنظيم", the group's
    cells, whose men are its strength, nor a group called a network or a group: شبكة حقاني، مجموعة أبو سياف)."""
    head = _count_head(a, view, p)
    return head is not None and any(a.token_in(t, grammar("cell_words"), "و") for t in range(head + 1, p.tok_start))


def _members_in_the_count_head(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does the count's head name an armed group's men right after its count word (عدد الإرهابيين، عدد
    مسلحي التنظيم), no fate between?"""
    head = _count_head(a, view, p)
    if head is None or any(head < c.tok_start < p.tok_start and c.kinds & _EVENT_KINDS for c in view.cues):
        return False
    men = _cue_at(view, head + 1, {"member", "armed_group"}) or next(
        (c for c in view.cues if c.tok_start == head and "strength" in c.kinds and c.tok_end == head + 2), None
    )
    if men is None:
        return False
    if a.token_in(men.tok_end, grammar_union("family_words", "kin_words"), "") or a.token_text(men.tok_end).startswith(("أسرت", "اسرت", "عائلت")):
        return False  # (a family's members: "عدد أفراد أسرتي أقل من 4 أشخاص")
    side, _, _ = _group_after(a, view, men.tok_end)
    return side in (None, "armed") and not _cue_at(view, men.tok_end, {"friendly", "friendly_group"})


def _ranks_in_the_count_head(a: Analysis, view: SentenceView, p: Placed) -> tuple[bool, str | None]:
    """Does a count's head name an armed group's ranks before its number ("عدد الأجانب في صفوف داعش بلغ"),
    and which group (its entity, if named)?"""
    head = _count_head(a, view, p)
    if head is None:
        return False, None
    for t in range(head + 1, p.tok_start - 1):
        if a.token_in(t, grammar("in_ranks_words"), "") and a.token_text(t + 1) in grammar("ranks_words"):
            side, ent, _ = _group_after(a, view, t + 2)
            if side == "armed":
                return True, ent
    return False, None


_PEOPLE_NOUNS = frozenset({"leader", "member", "friendly", "civilian", "person"})
_PEOPLE_OR_FORCE_KINDS = _PEOPLE_NOUNS | {"friendly_group"}


def _held_after(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Are the group's men counted as held: a participle of being held after the group the noun names
    (عنصر من تنظيم داعش معتقل), or the counted noun is itself one (9 آلاف محتجز من عناصر داعش)? A stock
    of prisoners is told so, with no verb of capture."""
    side, _, end = _group_after(a, view, tok)
    if side != "armed":
        return False
    return a.token_in(end, grammar("held_participles"), "و") or a.token_in(tok - 1, grammar("held_participles"), "")


def _but_they_died(a: Analysis, view: SentenceView, tok: int) -> bool:
    """After the counted subject's own deed, "لكنهم قتلوا"، "إلا أنهم لقوا مصرعهم": the subject died."""
    buts = grammar("but_they_words")
    if not a.sentence_has(view, buts, "و") and not a.sentence_has(view, grammar("that_they_words")):
        return False  # (nearly every sentence: no word of the sentence to walk to)
    for t in range(tok, min(view.tok_end, tok + 12)):
        if any(q.tok_start == t for q in view.quantities):
            return False  # (another number's: its own fate)
        if a.token_in(t, buts, "و") or (
            a.token_in(t, grammar("that_they_words"), "") and t > tok and a.token_in(t - 1, grammar("except_words"), "")
        ):
            u = t + 1 + a.token_in(t + 1, grammar("fate_fillers"), "")
            fate = _cue_at(view, u, {"kill"})
            if fate is None or fate.prefix:
                return False
            # a fate with nothing for an object after it: "لكنهم قتلوا بعد اشتباك"، "لقوا مصرعهم" (not an active
            # verb with its object, "لكنهم قتلوا عدداً من السكان")
            nxt = fate.tok_end
            return (
                fate.phrase in grammar("fate_phrases")
                or nxt >= view.tok_end
                or _punctuated_before(a, nxt, "،,.:;؛")
                or a.token_in(nxt, grammar("after_a_fate_words"), "و")
            )
    return False


def _group_did_or_claimed(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does an armed group carry out the counted events, named right after them (نفذهما مقاتلو الشباب), or claim
    them, its claim governing them (أعلن داعش مسؤوليته عن انفجارين)?"""
    if _doer_after(a, view, p.tok_end) == "armed":
        return True  # (its doer after it: "انفجارين نفذهما مقاتلو الشباب" — not "نفذتهما فرق الهندسة")
    # (a claim that governs them: "مسؤوليته عن انفجارين"، "تبنى التنظيم الانفجارين" — made by an armed group)
    at = p.tok_start - (a.token_text(p.tok_start - 1) == "عن")
    claim = next((c for c in view.cues_of("responsibility") if c.tok_end == at), None)
    return claim is not None and "armed" in _sides_named(view, view.tok_start, claim.tok_start)


def _counted_before_relative(a: Analysis, view: SentenceView, trig: Cue) -> str | None:
    """The side of the people a count's head names before the relative clause that holds the verb ("عدد
    المدنيين الذين قتلوا 854"، "عدد الجنود الذين لقوا حتفهم … 40"): civilian, friendly or armed, else None."""
    rel = trig.tok_start - 1
    if not (a.token_in(rel, grammar("relative_pronouns"), "") or a.token_text(rel) in grammar("which_words")):
        return None
    people = next((c for c in view.cues if c.tok_end in (rel, rel - 1) and c.kinds & {"civilian", "friendly", "member"}), None)
    if people is None or a.token_text(people.tok_start - 1) not in _COUNT_WORDS:
        return None
    return "civilian" if "civilian" in people.kinds else "friendly" if "friendly" in people.kinds else "armed"


def _toll_named_after(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """"kill" when a toll word (حصيلة) follows the counted people within a few words, no number or verb of
    another fate between (a headline's "12 مدنياً حصيلة قصف النظام"); "wound" for a toll of the wounded."""
    for t in range(tok, min(tok + 7, view.tok_end)):
        if any(q.tok_start == t for q in view.quantities) or any(
            c.tok_start == t and c.kinds & _OUTCOME_OR_OTHER_KINDS for c in view.cues
        ):
            return None
        if t > tok and a.marks_before(t, "،,.:؛;"):
            return None  # (not a toll of the next clause: "توفي 43 جندياً، لترتفع بذلك حصيلة القتلى إلى 45")
        # (not someone's count after a word of attribution or a preposition: "حسب حصيلة وزارة الدفاع")
        if a.token_in(t, grammar("toll_heads"), "") and not (
            a.token_in(t - 1, grammar("oblique_before"), "") or any(c.tok_end == t for c in view.cues_of("report_by"))
        ):
            if a.token_in(t + 1, grammar("wounded_toll_nouns"), ""):
                return "wound"
            # (a toll of the dead or of a deed that kills: "حصيلة شهداء المجزرة"، "حصيلة قصف النظام" — not "حصيلة
            # وزارة الدفاع", whose count it is)
            told = any(c.tok_start == t + 1 and c.kinds & {"kill", "kill_after", "attack", "operation"} for c in view.cues)
            return "kill" if told or a.token_in(t + 1, grammar("martyr_words"), "") else None
    return None


def _died_after(a: Analysis, view: SentenceView, tok: int, clause: tuple[int, int]) -> bool:
    """قضوا right after the counted phrase: they died (على يد names who killed them), unless
    على and an object follow (قضوا على 50 مسلحاً: they finished others off)."""
    for c in view.cues_of("finish_off"):
        if c.phrase in grammar("died_qada_forms") and tok <= c.tok_start < min(tok + 2, clause[1]):
            return a.token_text(c.tok_end) != "علي" or _cue_at(view, c.tok_end, {"by_hand"}) is not None
    return False


def _past_joined_ones(a: Analysis, view: SentenceView, tok: int, clause: tuple[int, int]) -> int | None:
    """Where a chain of single persons joined by و to a counted subject ends (وعامل استخبارات
    وجندياً), if one starts at ``tok``: each item opens with و and names a person within two words."""
    t, items = tok, 0
    while t < clause[1] and (a.token_text(t) == "و" or a.token_text(t).startswith("و")):
        if any(q.tok_start in (t, t + 1) for q in view.quantities):
            return None  # a counted item: _past_joined_item's
        c = next((x for x in view.cues if t <= x.tok_start <= t + 1 and x.kinds & _PEOPLE_NOUNS), None)
        if c is None:
            # an item no cue names ("وعامل استخبارات"), when a named one follows it ("وجندياً")
            on = next((u for u in (t + 1, t + 2) if a.token_text(u).startswith("و") and _cue_at(view, u, _PEOPLE_NOUNS)), None)
            if on is None:
                break
            t, items = on, items + 1
            continue
        t, items = c.tok_end, items + 1
        if t < clause[1] and not a.token_text(t).startswith("و") and not any(
            x.tok_start == t and x.kinds & {"kill", "capture", "wound", "kill_after", "meet_fate"} for x in view.cues
        ):
            t += 1  # the item's own word: "وعامل استخبارات"
    return t if items else None


def _past_joined_item(a: Analysis, view: SentenceView, tok: int, kinds: frozenset[str] | set[str] | None = None) -> int | None:
    """Where a second counted subject joined by و (و17 من الجنود) that starts at ``tok`` ends;
    with ``kinds``, only an item whose noun is of those kinds."""
    q = next((x for x in view.quantities if x.tok_start in (tok, tok + 1) and x.obj.kind == "count"), None)  # type: ignore[attr-defined]
    if q is None or not (q.prefix.startswith("و") if q.tok_start == tok else a.token_text(tok) == "و"):
        return None
    t = q.tok_end + (a.token_text(q.tok_end) == "من")
    wanted = kinds or (_PEOPLE_NOUNS | {"friendly_group", "armed_group"})
    c = next((x for x in view.cues if x.tok_start == t and x.kinds & wanted), None)
    if c is None and q.obj.noun_start is not None:  # type: ignore[attr-defined]
        # a dual counts its own noun: "قتيلان وجريحان، من قوات الحشد الشعبي"
        c = next((x for x in view.cues if x.tok_start == q.tok_start and x.kinds & wanted), None)
    if c is None:
        return None
    # "و(12) حالة إصابة بجروح في صفوف المدنيين": past the wounds' complement to what follows the item
    end = c.tok_end + (a.token_text(c.tok_end) in grammar("wound_complements"))
    if a.token_text(end) != "من" or q.obj.noun_start is not None:  # type: ignore[attr-defined]
        return end  # (a dual's group may stand past a comma: "قتيلان وجريحان، من قوات الحشد")
    side, _, after = _group_after(a, view, end)
    if side not in ("armed", "friendly") or after <= end:
        return end
    # "و15 عنصراً من الجيش الوطني الأفغاني استشهدوا": past the body the item names, its name's words too
    end = after
    while end < min(after + 3, view.tok_end) and (
        a.token_text(end) in grammar("army_name_words") or any(d.tok_start == end for d in view.adjectives)
    ):
        end += 1
    return end


def _group_of_the_joined_wounded(a: Analysis, view: SentenceView, tok: int) -> tuple[str, str | None] | None:
    """The side and group named after a count of wounded joined by و right after ``tok`` (و210 جريحاً
    من المليشيات الحوثية، وأكثر من 200 جريح من عناصر التنظيم)."""
    if not a.token_text(tok).startswith("و"):
        return None
    q = next((x for x in view.quantities if tok <= x.tok_start <= tok + 2 and x.obj.kind == "count"), None)  # type: ignore[attr-defined]
    if q is None:
        return None
    hurt = _cue_at(view, q.tok_end, {"wound_after"})
    if hurt is None:
        # "45 شهيداً وجرح 90 من منتسبي القوات الأمنية"، "5 شهداء وإصابة 10 من عناصر الجيش": the wounding
        # verb or noun first, then its number and the group's men
        verb = _cue_at(view, tok, {"wound"})
        if verb is None or q.tok_start != verb.tok_end or not a.token_in(tok - 1, grammar("martyr_nouns"), ""):
            return None  # (only martyrs, a force's own word for its dead; "7 قتلى وإصابة 3 من الشرطة" may be anyone)
        noun, nxt = _noun_after(a, view, q)
        if noun is not None and not noun.kinds & {"member", "friendly"}:
            return None
        side, ent, _ = _group_after(a, view, nxt if noun is not None else q.tok_end)
        if side is None and noun is not None and "friendly" in noun.kinds:
            side = "friendly"
        return (side, ent) if side in ("armed", "friendly") else None
    side, ent, _ = _group_after(a, view, hurt.tok_end)
    return (side, ent) if side in ("armed", "friendly") else None


def _post_of_a_force_attacked(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Before the number, an attack on a force's post, patrol or vehicle (استهدف مسلحون حاجزاً لقسد،
    إطلاق النار على دورية للجيش): the sentence's dead are the post's men."""
    posts = grammar("post_nouns")
    for t in range(view.tok_start, p.tok_start):
        if a.token_in(t, grammar("targeted_men_nouns"), "و"):
            # (the men themselves as the target: after a noun of attack, "استهدف هجوم آخر عناصر قسد"; after a verb whose
            # feminine says a bomb or an attack struck, "عبوة ناسفة استهدفت عناصر الحشد"; or with the attacks as the
            # means of a passive, "استُهدف عناصر ودوريات تابعة لقوى الأمن بهجمات" — not right after a verb they may be
            # the subject of, "استهدف عناصر الجيش مواقع لداعش")
            if not (
                any("attack" in c.kinds and t - 3 <= c.tok_start < t for c in view.cues)
                or (_cue_at(view, t - 1, {"target"}) is not None and a.token_text(t - 1).endswith("ت"))
                or any("attack" in c.kinds and t < c.tok_start <= t + 8 and c.prefix.startswith("ب") for c in view.cues)
            ):
                continue
        elif not a.token_in(t, posts, "و"):
            continue
        # (an attack word within three words before the post: استهدف، على، هجوم على، هاجم مسلحون; or the
        # post's own ordeal after it: "دورية … تعرضت لهجوم")
        if (
            not any(c.kinds & {"target", "attack"} and t - 3 <= c.tok_start < t for c in view.cues)
            and a.token_text(t - 1) not in ("علي", "على")
            and not any(a.token_in(u, grammar("attack_verbs"), "و") for u in range(max(view.tok_start, t - 3), t - 1))
            and not a.token_in(t - 1, grammar("attack_verbs_with_subject"), "و")
            and not any(a.token_in(u, grammar("suffered_words"), "و") for u in range(t + 1, min(t + 7, p.tok_start)))
        ):
            continue
        # (a force named after the post's owner and before the number acts itself: "هاجم مسلحون دورية للجيش،
        # وتمكنت القوات من أسر خمسة عناصر"، "فرد الجيش وقتل خمسة عناصر": the men it took or killed are the enemy)
        # (not the force named again in brackets, after a preposition or as a speaker's or a base's owner:
        # "(قسد)"، "مصدر في الجيش"، "قرب قاعدة للتحالف")
        acting = [e for e in view.entities if _side_of_entity(e.obj) == "friendly"] + [  # type: ignore[arg-type]
            c for c in view.cues if c.kinds & {"friendly_group", "own_forces"}
        ]
        if any(t + 4 <= x.tok_start < p.tok_start and _acting_mention(a, x) for x in acting):
            continue
        # (the first owner named after the post: "دورية لقسد"، not "مقر لداعش نفذتها طائرات التحالف")
        owners = sorted(
            [(e.tok_start, _side_of_entity(e.obj)) for e in view.entities if t < e.tok_start < min(t + 4, p.tok_start) and e.obj.type == "actor"]  # type: ignore[attr-defined]
            + [(c.tok_start, "friendly") for c in view.cues if t < c.tok_start < min(t + 4, p.tok_start) and c.kinds & {"friendly_group", "own_forces"}]
            + [(c.tok_start, "armed") for c in view.cues if t < c.tok_start < min(t + 4, p.tok_start) and "armed_group" in c.kinds]
        )
        if owners and owners[0][1] == "friendly":
            return True
    return False


def _attack_right_after(view: SentenceView, end: int) -> Cue | None:
    """The attack word at most two words after the men counted (قتل 12 عنصراً في هجوم …)."""
    return next((c for c in view.cues_of("attack") if end <= c.tok_start <= end + 2), None)


def _post_attacked_after(a: Analysis, view: SentenceView, end: int) -> bool:
    """After the men counted, the attack on a post that killed them, by an armed group or by nobody named
    (قتل 12 عنصراً في هجوم شنته الحركة على نقطة تفتيش): they were the post's men."""
    attack = _attack_right_after(view, end)
    if attack is None:
        return False
    on = next((t for t in range(attack.tok_end, min(attack.tok_end + 6, view.tok_end)) if a.token_in(t, grammar("on_words"))), None)
    if on is None or not a.token_in(on + 1, grammar("post_nouns"), ""):
        return False
    # (whoever is named between the attack and the post carried it out: an armed group, or nobody named)
    if not _sides_named(view, attack.tok_end, on) <= {"armed"}:
        return False
    # (a post of the group's own is no force's: "هجوم جوي على مقر لحركة طالبان"، "نقطة تابعة للمسلحين")
    if "armed" in _sides_named(view, on + 2, min(on + 5, view.tok_end)):
        return False
    # (nor where a force is the killer, named before the men: "قتلت القوات 12 عنصراً في هجوم على نقطة")
    return "friendly" not in _sides_named(view, view.clause_of(end)[0], end)


def _ambushed_by_a_group_after(a: Analysis, view: SentenceView, end: int) -> bool:
    """After the men counted, the ambush or attack that killed them and the armed group that carried it
    out (قتل 5 عناصر في كمين نفذه تنظيم داعش، في هجوم شنته مجموعة من فلول النظام), or by whose hand they
    died (على يد داعش): a group's own men are not the ones its ambush killed."""
    attack = _attack_right_after(view, end)
    if attack is not None and a.token_in(attack.tok_end, grammar_union("launched_by_words", "carried_out_verbs"), ""):
        after = attack.tok_end + 1
    else:
        # (or killed by its hand, "مقتل ستة مقاتلين بإطلاق نار مباشر من قبل عناصر داعش"، "على يد داعش")
        hand = next((c.tok_end for c in view.cues_of("by_hand") if end <= c.tok_start <= end + 4), None)
        hand = hand or next(
            (t + 2 for t in range(end, min(end + 5, view.tok_end - 1)) if f"{a.token_text(t)} {a.token_text(t + 1)}" in grammar("agent_words")),
            None,
        )
        if hand is None or any(end <= q.tok_start < hand for q in view.quantities):
            return False
        after = hand
    doers = _sides_named(view, after, min(after + 4, view.tok_end))
    # (nor where a force is the killer, named before the men: "قتلت القوات 5 عناصر في كمين نصبته")
    if doers != {"armed"} or "friendly" in _sides_named(view, view.clause_of(end)[0], end):
        return False
    # (nor a fight between groups, another group named as the target or the foe after the doer: "هجوم شنه
    # تنظيم داعش على مقرات هيئة تحرير الشام"، "على يد داعش في اشتباكات مع جبهة النصرة")
    named = [*view.entities, *view.cues_of("armed_group")]
    doer_end = max((x.tok_end for x in named if after <= x.tok_start < after + 4), default=after)
    return "armed" not in _sides_named(view, doer_end, view.clause_of(end)[1])


def _acting_mention(a: Analysis, x: Placed) -> bool:
    """A force's name that may be a verb's subject: no preposition written on it or before it, no bracket."""
    if x.prefix.strip("و") or a.token_in(x.tok_start - 1, grammar("not_subject_before"), "و"):
        return False
    before = a.nt.text[max(0, x.nstart - 2) : x.nstart].strip()
    return not (before and before[-1] in grammar("name_brackets"))


def _own_predicate_after(a: Analysis, view: SentenceView, tok: int, clause: tuple[int, int]) -> bool:
    """Does a verb or a state of its own follow the counted phrase ending at ``tok`` in its clause?"""
    hi = min(tok + 5, clause[1])
    return any(
        tok <= c.tok_start < hi and c.kinds & _ANY_OUTCOME_KINDS for c in view.cues
    ) or any(a.token_in(t, grammar("still_words"), "و") for t in range(tok, hi))


def _verb_after_subject(a: Analysis, view: SentenceView, tok: int) -> Cue | None:
    """The predicate of a counted subject that goes on past its noun at ``tok``: a nationality or an
    adjective (جنود أتراك), the bodies named (من مسلحي حزب العمال), an aside (، بينهم قائد القاعدة،),
    and more counted items joined by و, each with the same; the verb may stand after a comma that
    closes the subject. None when the subject is followed by anything else."""
    t, items = tok, 0
    for _ in range(4):
        t += _qualifier_after_at(a, t)  # (past a qualifier: "ستة جنود على الأقل من قوة المهام المشتركة")
        u = t + (t < view.tok_end and _bare_word(a, view, t))  # (one word: a nationality, an adjective)
        if (
            u == t + 1
            and u < view.tok_end
            and a.token_text(t).endswith(("ي", "و"))
            and a.token_text(u).startswith("ال")
            and _bare_word(a, view, u)
        ):
            u += 1  # (or an adjective in construct with its definite complement: "مجهولي الهوية"، "متعددي الجنسيات")
        for v in (t, u):
            # (or said to belong: "أربعة أشخاص يعتقد أنهم من أعضاء تنظيم القاعدة، قتلوا")
            said = a.token_in(v, grammar("suspected_of_belonging"), "و") and a.token_in(v + 1, grammar("their_belonging"), "")
            if (a.token_in(v, grammar("belonging_verbs"), "و") or said) and (
                group := next(
                    (e for e in view.entities if v < e.tok_start <= v + (5 if said else 2) and e.obj.type == "actor"), None  # type: ignore[attr-defined]
                )
            ):
                # "3 أشخاص ينتمون إلى تنظيم داعش الإرهابي، بينهم سعوديان، قتلوا": the group they belong to
                t = u = group.tok_end + (group.tok_end < view.tok_end and _bare_word(a, view, group.tok_end))
                items += 1
                break
        named = _named_bodies_end(a, view, u)
        if named is not None and named > u:
            t = u = named
            items += 1
        owner = next((e for e in view.entities if e.tok_start == u and e.obj.type == "actor"), None)  # type: ignore[attr-defined]
        if owner is not None:
            # "30 من مسلحي الشباب الذين …": the group that owns the noun, right after it
            t = u = owner.tok_end
            items += 1
        served = _past_place_served(a, view, u) if items else None
        if served is not None:
            # "12 من عناصر الشرطة في مدينة غاو قتلوا"، "32 من أفراد البعثة في الكونغو أصيبوا": where the men
            # counted serve, past their body, is still the subject
            t = u = served
        share = _past_share_aside(a, view, t)
        if share is not None:
            # "74 مقاتلاً أو ما نسبته 82% من إجمالي القتلى في يناير سقطوا": past the share they are
            t, items = share, items + 1
            break
        one = _past_one_of_them_aside(a, view, u)
        if one is not None:
            # (its own words are the one's, whatever fate they tell: "جنديين، أحدهما جريح منذ أيام، وصلا")
            t = u = one
            items += 1
        aside = _past_subset_list(a, view, u)
        if aside is not None:
            verb = next((c for c in view.cues if u < c.tok_start < aside and c.kinds & _DIED_KINDS), None)
            if verb is not None:
                # "13 عنصراً للنظام منهم ضابط قتلوا، وأصيب آخرون": the aside ends at the verb
                t, items = verb.tok_start, items + 1
                break
            t = u = aside
            items += 1
        joined = _past_joined_item(a, view, u)
        if joined is None:
            break
        t, items = joined, items + 1
    relative = t < view.tok_end and (a.token_text(t) in grammar("relative_pronouns") or a.token_in(t, grammar("subject_asides"), ""))
    if (not items and not relative) or t >= view.tok_end:
        return None  # (a word alone is no subject: "فقدت عشرة رجال كما أصيب 40")
    if a.nt.text[a.tokens[t - 1].end : a.tokens[t].start].strip(" ،,»”\""):
        return None  # (nothing but a comma closes the subject, past a closing quote: "… الكردستاني، قتلوا"، "«القاعدة»، قتلوا")
    # (past a relative clause on them: "120 من عناصر داعش ممن شاركوا في الهجوم على السجن قد قتلوا")
    verb = _trigger_after(view, t, (t, view.clause_of(t)[1] if relative else t + 1), a)
    if verb is not None and _of_them_at(a, verb.tok_end):
        return None  # (a new clause on a part of them: "…، معظمهم من النازحين، قتل منهم العشرات")
    if verb is not None and any(
        q.tok_start in (verb.tok_end, verb.tok_end + 1) and q.obj.kind == "count" for q in view.quantities  # type: ignore[attr-defined]
    ):
        return None  # (the subject's own deed: "4 جنود و3 من الشرطة قتلوا 11 من مسلحي الشباب")
    if verb is None and _died_after(a, view, t, (t, t + 1)):
        # "خمسة جنود وخمسة شرطيين و11 مدنياً قضوا": died, the subject before the verb
        return next(c for c in view.cues if c.tok_start == t and "finish_off" in c.kinds)
    return verb if verb is not None and verb.kinds & _DIED_KINDS else None


_DIED_KINDS = frozenset({"kill", "kill_after", "wound", "wound_after"})


def _past_place_served(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where a place the men serve in ends, told at ``tok`` behind في or its own ب, with a place noun before its
    name or not (في مدينة غاو، بالكونغو الديمقراطية) — None when no place the gazetteer knows stands there."""
    if tok >= view.tok_end:
        return None
    nouns = grammar("named_place_nouns")
    if a.token_text(tok) == "في":
        t = tok + 1 + (a.token_text(tok + 1) in nouns)
    elif a.behind_clitic(tok, nouns, "ب"):
        t = tok + 1
    elif a.tokens[tok].text.startswith("ب"):
        t = tok
    else:
        return None
    place = next((e for e in view.entities if e.tok_start == t and e.obj.type == "place"), None)  # type: ignore[attr-defined]
    return place.tok_end if place is not None else None


def _past_share_aside(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where the verb stands after an aside at ``tok`` that gives the counted as a share of a whole
    (أو ما نسبته 82% من إجمالي القتلى في يناير): the first verb of a fate past its percent, a word
    that is no noun (not "القتلى")."""
    opener = f"{a.token_text(tok)} {a.token_text(tok + 1)}"
    if opener not in grammar("share_openers") or not a.token_in(tok + 2, grammar("share_words"), ""):
        return None
    pct = next((q for q in view.quantities if tok + 3 <= q.tok_start <= tok + 4 and q.obj.kind == "percent"), None)  # type: ignore[attr-defined]
    if pct is None:
        return None
    hi = min(pct.tok_end + 8, view.clause_of(tok)[1])
    verb = next(
        (
            c
            for c in view.cues
            if pct.tok_end <= c.tok_start < hi
            and c.kinds & _DIED_KINDS
            and not c.prefix.startswith("و")
            # (a noun of the whole, not a verb: "من إجمالي القتلى"، "من إجمالي قتلى الجماعة")
            and not a.token_text(c.tok_start).startswith("ال")
            and not a.token_in(c.tok_start - 1, grammar("whole_words"), "")
        ),
        None,
    )
    return verb.tok_start if verb is not None else None


def _bare_word(a: Analysis, view: SentenceView, t: int) -> bool:
    """A word no recogniser claimed and that opens nothing (no و): an adjective of the noun before it."""
    return (
        not a.token_text(t).startswith("و")
        and not any(c.tok_start <= t < c.tok_end for c in view.cues)
        and not any(e.tok_start <= t < e.tok_end for e in view.entities)
        and not any(q.tok_start <= t < q.tok_end for q in view.quantities)
    )


def _past_place_phrase(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where "في" and the places it names, joined by و, end (في سوريا والعراق), if such a phrase starts at ``tok``."""
    if a.token_text(tok) != "في":
        return None
    end, t = None, tok + 1
    while (place := next((e for e in view.entities if e.tok_start == t and e.obj.type == "place"), None)) is not None:  # type: ignore[attr-defined]
        end = t = place.tok_end
    return end


def _past_one_of_them_aside(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where the words go on after an aside set off by commas that describes one of the counted ("جنديين،
    أحدهما برتبة نقيب، قتلا"): the token after its closing comma, or None."""
    if not (tok < view.tok_end and a.marks_before(tok, "،,") and a.token_in(tok, grammar("one_of_them"), "")):
        return None
    return next((t for t in range(tok + 1, min(tok + 6, view.tok_end)) if a.marks_before(t, "،,")), None)


def _past_subset_list(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where a subset list (بينهم 13 طفلاً و8 سيدات) that starts at ``tok`` ends, if one does
    (past a qualifier before it: "47 شخصاً على الأقل بينهم …")."""
    tok += _qualifier_after_at(a, tok)
    sub = _cue_at(view, tok, {"subset"})
    if sub is None:
        return None
    t, items, loose = sub.tok_end, 0, 0  # (past both words of "من بينهم")
    # (or one person named without a number, set off by commas: "، بينهم قيادي في التنظيم،")
    lone = 0
    while t < view.tok_end:
        q = next((x for x in view.quantities if x.tok_start == t), None)
        if q is not None:
            t, items, loose = q.tok_end, items + 1, 0
            continue
        c = next((x for x in view.cues if x.tok_start == t), None)
        if c is not None and c.kinds & _PEOPLE_NOUNS and not items and not lone and t == sub.tok_end:
            t, lone = c.tok_end, 1
            continue
        if c is None and not items and not lone and t == sub.tok_end and _nationality_at(a, view, t):
            t, lone = t + 1, 1  # (persons by their nationality alone: "، بينهم سعوديان،")
            continue
        if not items and not lone and t == sub.tok_end and a.token_in(t, grammar("official_sources"), ""):
            t, lone = t + 1, 1  # (one by his office: "، من بينهم مسؤول العمليات الانتحارية،")
            continue
        if c is not None and (c.kinds & _PEOPLE_NOUNS or ((items or lone) and c.kinds & {"friendly_group", "armed_group"})):
            # (an item's own group: "وثلاثة عناصر في قوة رديفة للجيش")
            t = c.tok_end
            continue
        if a.token_text(t) in ("و", "من", "في"):
            t += 1
            continue
        named = next((e for e in view.entities if e.tok_start == t and e.obj.type == "actor"), None)  # type: ignore[attr-defined]
        if named is not None and items:
            t = named.tok_end  # an item's own force or group: "و12 من قوات سوريا الديمقراطية"
            continue
        if c is None and items and loose < 4 and not any(e.tok_start == t for e in view.entities) and not a.token_in(
            t, grammar("clause_conjunctions"), "و"
        ):
            # an item's own words: "و21 من الكوادر الطبية والدفاع المدني" (not "… ضباط، كما أصيب")
            t, loose = t + 1, loose + 1
            continue
        break
    if lone and not items:
        # only when a comma closes the aside: "…، بينهم قيادي في التنظيم، قتلوا"; the one person may
        # be described and named before it ("، من بينهم زعيم محلي للجماعة يدعى الملا عواز، قتلوا")
        for u in range(t, min(t + 8, view.tok_end)):
            if "،" in a.nt.text[a.tokens[u - 1].end : a.tokens[u].start].replace(",", "،"):
                return u
            if any(
                c.tok_start == u
                and (c.kinds & _DIED_KINDS or _died_after(a, view, u, (u, view.tok_end)))  # (also "قضوا": died)
                and a.token_text(u).endswith("وا")
                for c in view.cues
            ) and not (
                any(x.tok_start == u + 1 for x in [*view.quantities, *view.entities])
                or any(x.tok_start == u + 1 and x.kinds & _PEOPLE_NOUNS for x in view.cues)
            ):
                # (or the plural verb of the whole: "أربعة مسلحين بينهم قائد ميداني في طالبان قُتلوا"; not one
                # with an object, "… قتلوا شرطياً")
                return u
        return None
    return t if items else None


def _loser_side(a: Analysis, view: SentenceView, loss: Cue) -> str | None:
    """The side of who lost: named right after the loss verb (خسر داعش) or right before it (قواته فقدت),
    or owning up to it a few words before, either side of the verb ("مليشيات الحوثي اعترفت مؤخراً
    بخسارة 70 ألف عنصر"، "اعترفت مليشيات الحوثي في بيان بخسارة …")."""
    for e in view.entities:
        if e.tok_start in (loss.tok_end, loss.tok_end + 1) or e.tok_end in (loss.tok_start, loss.tok_start - 1):
            side = _side_of_entity(e.obj)  # type: ignore[arg-type]
            if side:
                return side
    for c in view.cues_of("armed_group"):
        if (c.tok_start in (loss.tok_end, loss.tok_end + 1) or c.tok_end in (loss.tok_start, loss.tok_start - 1)):
            return "armed"  # خسر داعش، التنظيم خسر
    admit = next(
        (t for t in range(max(view.tok_start, loss.tok_start - 6), loss.tok_start) if a.token_in(t, grammar("admit_verbs"), "و")),
        None,
    )
    if admit is not None:
        owners = [e for e in view.entities if admit - 3 <= e.tok_start < loss.tok_start and e.obj.type == "actor"]  # type: ignore[attr-defined]
        if owners:
            return _side_of_entity(min(owners, key=lambda e: abs(e.tok_start - admit)).obj)  # type: ignore[arg-type]
    return None


def _side_joined_to_noun(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """"أربعين من المتطوعين الأمنيين والمدنيين"، "20 مدنياً وعسكرياً": people of another side joined to the
    counted noun by و, with no number of their own — one figure for both (not "5 جنود ومدني", one more)."""
    own = "civilian" if "civilian" in noun.kinds else "friendly" if "friendly" in noun.kinds else None
    other = {"civilian": "friendly", "friendly": "civilian"}.get(own or "")
    if other is None:
        return False
    # "57 جندياً سورياً ومسلحاً من هيئة تحرير الشام": a gunman joined to the soldiers (past their nisba)
    # (its nisba may read as the country's name: "جندياً سورياً")
    t = noun.tok_end + (
        any(d.tok_start == noun.tok_end for d in view.adjectives)
        or any(e.tok_start == noun.tok_end and getattr(e.obj, "kind", None) == "country" for e in view.entities)
    )
    word = a.token_text(t)
    # (the number's own noun in the singular, counted by 11 and up: "5 جنود ومسلحاً" is five soldiers and one more)
    singular = _counting_value(view, noun) > 10
    # (in the counted noun's own case: "15 جندياً ومسلح" is fifteen soldiers and a gunman)
    same_case = word.endswith("ا") == a.token_text(noun.tok_end - 1).endswith("ا")
    if (
        own == "friendly"
        and singular
        and same_case
        and word.startswith("و")
        and (
            word[1:] in grammar_union("armed_adjectives", "militant_nouns")
            # (or a fighter of a group named right after: "130 جندياً سورياً ومقاتلاً من هيئة تحرير الشام")
            or (word[1:] in grammar("generic_member_nouns") and _group_after(a, view, t + 1)[0] == "armed")
        )
        and not any(q.tok_start in (t, t + 1) or q.tok_end == t for q in view.quantities)
    ):
        return True
    for c in view.cues:
        if noun.tok_end <= c.tok_start <= noun.tok_end + 1 and other in c.kinds and c.tok_end - c.tok_start == 1:
            word = a.token_text(c.tok_start)
            # (or both counted in the accusative after a number: "أربعين متطوعاً أمنياً ومدنياً")
            tamyiz = word.endswith("يا") and a.token_text(noun.tok_start).endswith("ا") and _no_number_beside(view, c)
            if word.startswith("و") and (_people_joined_as_a_side(a, view, c) or tamyiz):
                return True
    return False


def _counting_value(view: SentenceView, noun: Cue) -> float:
    """The value of the number that counts ``noun`` (right before it, past a word at most), else 0."""
    q = next((x for x in view.quantities if x.tok_end <= noun.tok_start and noun.tok_start - x.tok_end <= 2), None)
    return (getattr(q.obj, "value", None) or 0) if q is not None else 0


def _soldier_joined_to_fighters(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """A soldier word joined by و right after a count of fighters, with no number of its own (100 مقاتل وجندي)."""
    c = next((c for c in view.cues if c.tok_start == noun.tok_end and "friendly" in c.kinds and c.tok_end - c.tok_start == 1), None)
    # (both counted by the number, in its singular: not "خمسة مسلحين وجندياً", five gunmen and one soldier)
    # (counted by a hundred or more, the genitive singular of both: not "14 عنصراً وجندياً", fourteen and one)
    hundreds = _counting_value(view, noun) >= 100 and not a.token_text(noun.tok_end - 1).endswith(("ا", "ين", "ون", "ات"))
    return c is not None and hundreds and a.token_text(c.tok_start).startswith("و") and _no_number_beside(view, c)


def _no_number_beside(view: SentenceView, c: Cue) -> bool:
    """Does no number stand right before, at or right after the people word (not "ومدنيين اثنين")?"""
    return not any(q.tok_end == c.tok_start or q.tok_start in (c.tok_start, c.tok_end) for q in view.quantities)


def _people_joined_as_a_side(a: Analysis, view: SentenceView, c: Cue) -> bool:
    """A people word joined to another side's that is a side of its own, not one more person: plural or
    definite, with no number of its own ("170 من أفراد الأمن والمدنيين"، "من المتطوعين ومدنيين"; not
    "ومدني واحد"، "ومدنيين اثنين")."""
    word = a.token_text(c.tok_start)
    return _no_number_beside(view, c) and (word[1:].startswith("ال") or word.endswith(("ين", "ون", "ات")))


def _of_both_sides(a: Analysis, tok: int) -> bool:
    """"من الطرفين"، "من كلا الجانبين" right after a count's noun."""
    tok += a.token_text(tok) == "من"
    tok += a.token_text(tok) == "كلا"
    return a.token_text(tok) in grammar("both_sides_words")


def _mixed_parts(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Do the parts of a subset list starting at ``tok`` belong to two or more sides?"""
    end = _past_subset_list(a, view, tok)
    if end is None:
        return False
    sides = set()
    for q in view.quantities:
        if tok < q.tok_start < end:
            c = next((x for x in view.cues if x.tok_start == q.tok_end), None)
            side = _group_after(a, view, q.tok_end)[0]
            if side is None and c is not None and c.kinds & {"member", "leader"}:
                side = _group_after(a, view, c.tok_end)[0]  # (the men of a force named after them: "11 عنصراً من قوات النظام")
            if side is None and c is not None:
                side = "civilian" if "civilian" in c.kinds else "friendly" if "friendly" in c.kinds else "armed" if c.kinds & {"member", "leader"} else None
            if side:
                sides.add(side)
    return len(sides) >= 2


def ranked_fighters(view: SentenceView, p: Placed) -> bool:
    """"وجاءت تونس في الرتبة الأولى بـ 3000 مقاتل": fighters ranked by where they come from.

    Not a ranking of the dead (احتل يناير المرتبة الأولى في حجم قتلى الحوثيين بعدد 80 مقاتلاً).
    """
    before = [c for c in view.cues if c.tok_end <= p.tok_start]
    return any("ranking" in c.kinds for c in before) and not any(
        c.kinds & {"kill", "kill_after", "toll", "capture", "wound", "wound_after", "funeral"} for c in before
    )


def _ranked_next(a: Analysis, view: SentenceView, p: Placed, previous: Reading) -> bool:
    """Is this number the next item of a ranked breakdown (تليها ذمار 19، وصعدة 9، ثم 10 في عمران)?"""
    if not (view.tok_start <= previous.placed.tok_start < p.tok_start):
        return False
    ranks = [c for c in view.cues if "ranking" in c.kinds and c.tok_start < p.tok_start]
    if not ranks:
        return False
    # (an item may name a month in two calendars first: يليه شهر تشرين الأول (أكتوبر) بـ 49)
    if any(p.tok_start - 7 <= c.tok_end <= p.tok_start and c.tok_start >= previous.placed.tok_end for c in ranks):
        return True
    # once a ranking has begun, its later items are joined by و or ثم
    before = range(max(previous.placed.tok_end, p.tok_start - 7), p.tok_start)
    return any(ranks[0].tok_start < t and (a.token_text(t) == "ثم" or a.token_text(t).startswith("و")) for t in before)


def _side_of_next(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """مقتل 6 واعتقال 41 من عناصر التنظيم: a bare number takes the group its list names next — not when its
    own parts follow, of more than one side ("عدد القتلى 845، منهم 743 مدنياً و34 جندياً": no side)."""
    if _mixed_parts(a, view, p.tok_end):
        return None
    for o in view.quantities:
        if p.tok_end <= o.tok_start <= p.tok_end + 4 and o.obj.kind == "count":  # type: ignore[attr-defined]
            noun, nxt = _noun_after(a, view, o)
            if noun is not None and noun.kinds == {"other"}:
                # "مقتل 7 وإصابة 52 آخرين من مقاتليهم": the others' own noun, after "آخرين من"
                noun = _others_own_noun(view, noun)
                nxt = noun.tok_end if noun is not None else nxt
            if noun is None:
                return None
            if noun.kinds & {"leader", "member"}:
                side, _, _ = _group_after(a, view, nxt)
                if side is None and a.carries_pronoun(noun):
                    # "مقتل 7 وإصابة 52 آخرين من مقاتليهم": their fighters, whoever "their" is
                    side = _owner_side(view, o.tok_start)
                return side or "armed"
            if noun.kinds & {"friendly", "friendly_group"}:
                # (not soldiers counted among the whole: "قتل 21 بينهم 9 جنود" — the rest are not told)
                among = any(c.tok_end in (o.tok_start, o.tok_start - 1) for c in view.cues_of("subset"))
                return None if among else "friendly"
            if "civilian" in noun.kinds:
                # (not civilians counted among the whole: "وصل عدد القتلى إلى 14 بينهم 6 أطفال" — the rest are not told)
                among = any(c.tok_end in (o.tok_start, o.tok_start - 1) for c in view.cues_of("subset"))
                return None if among else "civilian"
            return None
    return None


def _first_side_named(a: Analysis, view: SentenceView, before: int) -> str | None:
    """The side of the first force or group the sentence names before token ``before`` (its subject, as
    a rule), by name or by common noun."""
    firsts = [(e.tok_start, _side_of_entity(e.obj)) for e in view.entities if e.tok_start < before]  # type: ignore[arg-type]
    firsts += [
        (c.tok_start, "armed" if "armed_group" in c.kinds else "friendly")
        for c in view.cues
        if c.tok_start < before and c.kinds & {"armed_group", "friendly_group"}
    ]
    sided = sorted((t, side) for t, side in firsts if side)
    return sided[0][1] if sided else None


def _victims_of_attack(a: Analysis, view: SentenceView, p: Placed, noun: Cue) -> bool:
    """Are these unnamed members the target of an armed group's attack in this sentence?"""
    if _group_after(a, view, noun.tok_end)[0] is not None or "member" not in noun.kinds or noun.phrase.startswith(grammar_stems("armed_noun_stems")):
        return False
    if a.token_text(noun.tok_end) == "من" and a.token_in(noun.tok_end + 1, grammar("attacker_nouns"), ""):
        return False  # "5 عناصر من المهاجمين": of the attackers
    # a force standing at the kill verb (قتلت القوات 5 عناصر، تمكنت القوات من قتل) is the killer and
    # the dead its enemies; a force named earlier as the one attacked (تعرضت قوات … لكمين) is not
    kill = next((c for c in reversed(view.cues) if c.kinds & {"kill"} and c.tok_end <= p.tok_start), None)
    if kill is not None:
        # (the force before "من" of a verb of being able, three words back: verb, subject, من — "وتمكنت القوات من قتل")
        lo = max(view.clause_of(kill.tok_start)[0], kill.tok_start - (3 if a.token_text(kill.tok_start - 1) == "من" else 1))
        if any(lo <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "friendly" for e in view.entities):  # type: ignore[arg-type]
            return False
        if any(c.kinds & {"friendly_group", "own_forces"} and lo <= c.tok_start < p.tok_start for c in view.cues):
            return False
        if (
            a.token_text(kill.tok_start - 1) == "من"
            and a.token_in(kill.tok_start - 2, grammar("success_words"), "و")
            and _first_side_named(a, view, kill.tok_start) == "friendly"
        ):
            # "إن قوة من الفرقة 17 نصبت كميناً لمجموعة من عناصر داعش … وتمكنت من قتل جميع أفراد المجموعة
            # المكونة من 25 عنصراً": the force the sentence opens on succeeded in killing — its enemies
            return False
        # "الجيش التشادي يصد هجوماً لـ"بوكو حرام" ويقتل 23 من عناصرها": the force that fought the attack
        # off kills; the dead are the attackers'
        # (no armed subject of the kill verb: "فيما قتل مسلحون 5 عناصر")
        # (the force before the repel verb or right after it: "صد الجيش الأفغاني هجوماً … وقتل")
        # (not past a clause that tells of another event: "…، فيما قتل 5 عناصر في هجوم آخر")
        repel = next((t for t in range(view.tok_start, kill.tok_start) if a.token_in(t, grammar("repel_verbs"), "و")), None)
        kc = view.clause_of(kill.tok_start)
        if (
            repel is not None
            and not any(
                a.token_in(u, grammar("other_event_openers"), "و") for u in range(max(repel, kc[0] - 1), kill.tok_start)
            )
            and any(e.tok_start < repel + 3 and _side_of_entity(e.obj) == "friendly" for e in view.entities)  # type: ignore[arg-type]
            and not any(kill.tok_end <= c.tok_start < p.tok_start and c.kinds & {"member", "armed_group"} for c in view.cues)
            and not any(kill.tok_end <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
        ):
            return False
    first_attack = next((c for c in view.cues if c.kinds & {"attack"} and c.tok_start < p.tok_start), None)
    if (
        first_attack is not None
        and _sides_named(view, max(view.tok_start, first_attack.tok_start - 3), first_attack.tok_start) == {"friendly"}
        # (the force making it, not suffering it: "تعرضت قوات الحكومة لكمين نفذه عناصر داعش")
        and not first_attack.prefix.startswith("ل")
        and not any(a.token_in(t, grammar("suffered_words"), "و") for t in range(max(view.tok_start, first_attack.tok_start - 4), first_attack.tok_start))
    ):
        # "شنت قوات بونتلاند هجوماً واسعاً … وقتلت أكثر من 150 مقاتلاً": the attack is the force's own, and so
        # are the killings told after it — the dead are its enemies
        return False
    armed_before = any(e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for e in view.entities) or any(  # type: ignore[arg-type]
        "armed_group" in c.kinds and c.tok_start < p.tok_start for c in view.cues
    )
    force = any(e.tok_start < p.tok_start and _side_of_entity(e.obj) == "friendly" for e in view.entities) or any(  # type: ignore[arg-type]
        c.kinds & {"friendly_group", "friendly"} and c.tok_start < p.tok_start for c in view.cues
    )
    return first_attack is not None and armed_before and force


def _combined_total(a: Analysis, view: SentenceView, p: Placed, trig: Cue | None, clause: tuple[int, int]) -> bool:
    """Does this number count people of two outcomes at once?"""
    for c in view.cues:
        # "540 مدنياً على الأقل قتلوا أو خطفوا أو جرحوا": the people's own verb after them offers other
        # outcomes as alternatives
        if (
            c.kinds & _OUTCOME_KINDS
            and p.tok_end <= c.tok_start <= p.tok_end + 4
            and c.tok_end < clause[1]
            and not c.prefix.startswith("و")  # (not other people's clause: "وقتل 14 جندياً … وأصيب أو فقد آخرون")
            and a.token_text(c.tok_end) == "او"
            and not any(p.tok_end <= q.tok_start < c.tok_start for q in view.quantities)
            and any(d.tok_start == c.tok_end + 1 and d.kinds & _OUTCOME_OR_OTHER_KINDS and _outcome(d) != _outcome(c) for d in view.cues)
        ):
            return True
    if trig is not None:
        for c in view.cues:
            # two outcome words joined by و or أو right before the number: مقتل وإصابة، قتلت أو ألقت القبض على
            if c is trig or not c.kinds & _OUTCOME_OR_AFTER_KINDS:
                continue
            if c.tok_end > trig.tok_start or not _outcome(c) or _outcome(c) == _outcome(trig):
                continue
            between = [a.token_text(t) for t in range(c.tok_end, trig.tok_start)]
            kill_and_take = {_outcome(c), _outcome(trig)} == {"kill", "capture"}
            no_comma = not any(ch in a.text[c.end : trig.start] for ch in ",،;؛")
            # "قتلت أو ألقت القبض على 25": two outcomes offered as alternatives always mix (also past the
            # verbs' subject: "قتلت القوات الأمريكية وقوات التحالف أو اعتقلت نحو 25")
            if (
                between
                and between[-1] == "او"
                and (
                    len(between) <= 4
                    or (
                        len(between) <= 8
                        and not any(c.tok_end <= q.tok_start < trig.tok_start for q in view.quantities)
                        and no_comma
                    )
                )
            ):
                return True
            if (
                between
                and len(between) <= 3
                and trig.prefix.startswith("و")
                and kill_and_take
                and not any(c.tok_end <= q.tok_start < trig.tok_start for q in view.quantities)
                and no_comma
                # (the words between are the doer, not one person done to: "تصفية عنصر تكفيري والقبض على 24")
                and not any(
                    c.tok_end <= d.tok_start < trig.tok_start and d.kinds & {"member", "leader", "person", "civilian", "friendly", "suspect"}
                    for d in view.cues
                )
            ):
                # "قتل الجيش واعتقل منذ بداية العام 300": one subject's two deeds share the number after them
                return True
            if between:
                continue
            if not no_comma:
                continue  # "… قتلوا، وأصيب 13 بجروح": a comma closes the first verb's clause
            # "مقتل وإصابة 30" mixes; "22 تم القضاء عليهم وتوقيف 11" and "أربعة من أفراد القوات
            # استشهدوا وأصيب سبعة" do not: there the first verb closes its own subject
            trailing = any(
                q.tok_end <= c.tok_start <= q.tok_end + 3 and q.obj.kind == "count"  # type: ignore[attr-defined]
                for q in view.quantities
            ) or any(
                d.kinds & {"member", "leader", "friendly", "civilian", "person", "friendly_group", "other"}
                and d.tok_end <= c.tok_start <= d.tok_end + 2
                and ":" not in a.nt.text[d.nend : c.nstart]  # (not a headline's speaker: "الجيش: مقتل وإصابة 8")
                # (not a force that both killed and took them: "الجيش قتل وألقى القبض على 157 إرهابياً")
                and not (d.kinds & {"friendly_group", "own_forces"} and kill_and_take)
                for d in view.cues
            ) or any(
                # "… من تنظيم داعش قتلوا، واعتقل 374": a group closing the first verb's subject
                # (not "أفادت وزارة الدفاع مقتل واعتقال 157": the speaker)
                e.tok_end <= c.tok_start <= e.tok_end + 1
                and e.obj.type == "actor"  # type: ignore[attr-defined]
                and ":" not in a.nt.text[e.nend : c.nstart]
                and not (_side_of_entity(e.obj) == "friendly" and kill_and_take)  # type: ignore[arg-type]
                and not any(d.kinds & {"report", "report_by", "report_noun"} and d.tok_end <= e.tok_start <= d.tok_end + 1 for d in view.cues)
                for e in view.entities
            )
            if not trailing:
                return True
        if _outcome(trig) == "kill" and any(
            c.kinds & {"capture", "catch_split"}
            and trig.tok_end < c.tok_start <= trig.tok_end + 2
            and a.token_text(trig.tok_end).startswith("و")
            and c.tok_end <= p.tok_start
            for c in view.cues
        ) and not any(trig.tok_end <= q.tok_start < p.tok_start and q.obj.kind == "count" for q in view.quantities):  # type: ignore[attr-defined]
            # "قتل وألقى القبض خلال 2015 على 157": the capture's على comes later, past a time
            return True
        # تحييد 37 منهم 21 تم القضاء عليهم وتوقيف 9: a neutralised total broken into outcomes
        if trig.phrase.endswith(("تحييد", "حيدت", "حيدوا")) and any(
            p.tok_end <= c.tok_start <= p.tok_end + 3
            # (its parts counted after it: "تحييد 37 منهم 21 …"، "منهم من قتل ومنهم من ألقي القبض عليه";
            # not "وتحييد اثنين منهم": two of the cell)
            and (any(c.tok_end <= q.tok_start <= c.tok_end + 1 for q in view.quantities) or a.token_text(c.tok_end) in ("من", "ممن"))
            for c in view.cues_of("subset")
        ):
            later = [c for c in view.cues if c.tok_start > p.tok_end and c.kinds & {"capture", "other_outcome"}]
            if later:
                return True
    for c in view.cues:
        # "329 متمرداً ممن ألقي القبض عليهم أو استسلموا": the people's own relative clause offers another
        # outcome as an alternative (a surrender is no capture); not "… وأصيب أو فقد آخرون", a clause
        # of other people
        if (
            c.kinds & _OUTCOME_KINDS
            and p.tok_end <= c.tok_start <= p.tok_end + 4
            and c.tok_end < clause[1]
            and any(a.token_text(t) in grammar_union("of_whom", "relative_pronouns") for t in range(p.tok_end, c.tok_start))
        ):
            if a.token_text(c.tok_end) == "او" and any(
                d.tok_start == c.tok_end + 1 and d.kinds & _OUTCOME_OR_OTHER_KINDS and _outcome(d) != _outcome(c)
                for d in view.cues
            ):
                return True
    return any(
        (
            (p.tok_end <= c.tok_start <= p.tok_end + 5 and c.tok_start < clause[1] + 1)
            # (past an aside that names their group, set off by commas: "سقط نحو 30 متشدداً، من تنظيم داعش، قتلى وجرحى")
            or (
                p.tok_end <= c.tok_start <= p.tok_end + 8
                and not any(p.tok_end <= q.tok_start < c.tok_start for q in view.quantities)
                and any(a.token_text(lo) == "من" for lo, _ in view.clauses if p.tok_end <= lo < c.tok_start)
                and all(
                    lo == c.tok_start or a.token_text(lo) == "من"
                    for lo, _ in view.clauses
                    if p.tok_end < lo <= c.tok_start
                )
            )
            # "عشرة من أفراد الجيش بينهم ضابط سقطوا بين قتيل وجريح": the men's own verb, further on, with
            # no other count or outcome between
            or (
                p.tok_end <= c.tok_start <= p.tok_end + 12
                and c.tok_start < clause[1] + 1
                # (the men's verb is the one after them: not a count with its own verb before it, "وقتل 7 جنود
                # في الهجوم الذي خلف ضحايا بين قتيل وجريح")
                and not any(
                    d.kinds & _OUTCOME_KINDS and clause[0] <= d.tok_start < p.tok_start and d.phrase not in grammar("fall_words")
                    for d in view.cues
                )
                and not any(a.token_text(t) in grammar("which_words") for t in range(p.tok_end, c.tok_start))
                and not any(p.tok_end <= q.tok_start < c.tok_start for q in view.quantities)
                and not any(
                    d.kinds & _OUTCOME_KINDS and p.tok_end <= d.tok_start and d.tok_end < c.tok_start for d in view.cues
                )
            )
            # "تقتل وتصيب نحو 30 عنصراً": the pair of verbs right before the number
            or (c.tok_end <= p.tok_start <= c.tok_end + 2 and c.tok_start >= clause[0])
        )
        for c in view.cues_of("mixed_outcome")
    ) or any(
        # "مقتل وإصابة ثلاثة ضباط": two outcome nouns right before the number
        c.tok_end <= p.tok_start <= c.tok_end + 2 and c.tok_start >= clause[0]
        for c in view.cues_of("mixed_outcome_noun")
    )


def _other_noun_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the word right after a number a noun that no cue, name or time covers?"""
    tok = p.tok_end
    if tok >= view.tok_end:
        return False
    word = a.token_text(tok)
    if (word in grammar("counted_things") or word in grammar("uncounted_people") or word in grammar("force_unit_plurals")) and not any(
        x.tok_start <= tok < x.tok_end for x in view.entities
    ):
        return True  # "13 بندقية"، "ثماني قنابل": things counted, whatever letter opens them
    if not word or not ("\u0621" <= word[0] <= "\u064a") or word[0] in "وبلفك":
        return False  # punctuation, digits, or a word that may carry a clitic (واعتقال، بعمليات)
    if _punctuated_before(a, tok, "،,.:;؛"):
        return False  # "واعتقال 92، أما في العراق": a comma ends the number's phrase
    if word == "من" and (things := grammar("counted_things")) and (
        (nxt := a.token_text(tok + 1)) in things or (nxt.startswith("ال") and nxt[2:] in things)
    ):
        return True  # "تدمير 3 من مخابئ المتشددين": some of the things counted next
    if word in grammar("after_bare_number"):
        return False
    if word.startswith("م") and a.token_in(tok + 1, grammar("participle_complements"), ""):
        return False  # "حوالي 10,000 مبالغ فيها": a participle saying what the figure is, no noun it counts
    before = a.token_text(p.tok_start - 1)
    if a.token_in(p.tok_start, grammar("one_two_words")) and len(before) > 3 and before.endswith(("ين", "ان", "ون")):
        return False  # "متهمين اثنين تورطا بالترويج": two, the adjective of the plural before it, counts that one
    q: Quantity = p.obj  # type: ignore[assignment]
    if (before == "بين" and q.min is not None and q.max is not None and q.min != q.max) or (
        any(a.token_text(t) == "بين" for t in range(max(view.tok_start, p.tok_start - 4), p.tok_start - 1))
        and any(x.tok_end in (p.tok_start - 1, p.tok_start) for x in view.quantities)
    ):
        return False  # a range ("بين 3500 و4000 عندما بدأ الهجوم"): the word after its far end is no noun of it
    # (a place word is another noun: "119 مشتبهاً بهم في 23 محافظة" counts provinces)
    if any(c.tok_start <= tok < c.tok_end and c.kinds - {"locative"} for c in view.cues):
        return False
    covered = [*view.entities, *view.times, *view.quantities]
    return not any(x.tok_start <= tok < x.tok_end for x in covered)


def _punctuated_before(a: Analysis, tok: int, marks: str) -> bool:
    """Does one of ``marks`` stand between token ``tok`` and the one before it?"""
    return a.marks_before(tok, marks)


def _rise_to_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number the end of a rise, "ارتفع (بذلك) إلى N"?"""
    to = a.token_in(p.tok_start - 1, grammar("toward_words"), "")
    if not to and getattr(p.obj, "qualifier", "exact") != "exact":
        # (past the number's qualifier: "ارتفع إلى أكثر من 210 تعداد الغارات")
        back = next((t for t in range(p.tok_start - 2, max(view.tok_start, p.tok_start - 5) - 1, -1) if a.token_in(t, grammar("toward_words"), "")), None)
        if back is not None:
            return any(a.token_in(t, grammar_union("rise_words", "reach_verbs"), "وفل") for t in range(max(view.tok_start, back - 3), back))
    if not to and not p.prefix.startswith("ل"):
        return False
    at = p.tok_start - to
    verbs = grammar_union("rise_words", "reach_verbs")
    return any(a.token_in(t, verbs, "وفل") for t in range(max(view.tok_start, at - 3), at))


def _among_a_count_told_before(a: Analysis, view: SentenceView, p: Placed, recent: dict[str, Reading] | None) -> Reading | None:
    """The earlier reading a sentence opening "(و)من بين الـN" names again by its number, when ``p`` comes after it."""
    if not recent:
        return None
    for q in view.quantities:
        if not (view.tok_start <= q.tok_start <= view.tok_start + 3 and q.tok_end <= p.tok_start and q is not p):
            continue
        if a.token_text(q.tok_start - 1) != "بين" or not ("ال" in q.prefix or a.token_text(q.tok_start).startswith("ال")):
            continue
        value = getattr(q.obj, "value", None)
        return next((x for x in recent.values() if x.quantity.value == value and x.outcome and x.placed.tok_start < view.tok_start), None)
    return None


def _taken_to_hospital(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Does a hospital follow the counted people at once, "(آخرون) (على الأقل) إلى المستشفى / للمستشفى"?"""
    t = tok
    if _cue_at(view, t, {"other"}) is not None:
        t += 1
    # (only the phrases that open with the token at t can match; past the sentence's end nothing follows)
    for phrase in _qualifiers_by_first().get(a.token_text(t), ()) if t < view.tok_end else ():
        if all(a.token_text(t + i) == w for i, w in enumerate(phrase) if t + i < view.tok_end):
            t += len(phrase)
            break
    if t >= view.tok_end:
        return False
    hospitals = grammar("hospital_words")
    return (
        (a.token_in(t, grammar("toward_words"), "") and t + 1 < view.tok_end and a.token_in(t + 1, hospitals, ""))
        # (with ل, not a hospital in construct: "حراس المستشفى")
        or a.behind_clitic(t, hospitals, "ل")
    )


def _other_outcome_before(view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Is the nearest verb before the number one that no metric counts (اختطف، حرر)?"""
    # (the words after a verb may say what it was: "فقد 100 مدني لحياتهم" lost their lives, not went missing)
    near = [
        c for c in view.cues
        if clause[0] <= c.tok_start and c.tok_end <= p.tok_start and c.kinds & _ANY_OUTCOME_KINDS
    ]
    return bool(near) and "other_outcome" in max(near, key=lambda c: c.tok_start).kinds
