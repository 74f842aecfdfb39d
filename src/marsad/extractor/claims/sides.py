"""Sides: whose people a count's noun names (armed, friendly, civilian).

The side of an entity, an actor or a cue kind, the sides named in a stretch of tokens, and the
rules that settle a count's side from its owners, its ties and who backed or fought whom.
"""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.model import Entity
from marsad.recognize.cues import Cue, grammar, grammar_stems, grammar_union
from marsad.recognize.entities import actor as entity_actor
from marsad.recognize.entities import actor_for_country as entity_actor_for_country
from marsad.recognize.entities import place_prepositions

from .words import (
    _OUTCOME_KINDS,
    _OUTCOME_OR_OTHER_KINDS,
    ARMED_KINDS,
    FORCE_KINDS,
    PEOPLE_KINDS,
    _cue_at,
    _most_of_them_at,
    _terror_words,
    _to_the_state_words,
)


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


def _backed_side(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side a group word's allegiance gives it: موالية لها (the force named before), الموالية للجيش."""
    word = a.token_text(tok)
    if word in grammar("backed_by_words") and a.token_text(tok + 1) in grammar("of_words"):
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
    if word in grammar("fight_beside_verbs") and a.token_text(tok + 1) in grammar("toward_words") and a.token_text(tok + 2) in grammar("beside_words"):
        # "33 ألف عنصر حاربوا إلى جانب النظام"، "يقاتلون إلى جانب القوات الحكومية": the side they fight beside
        obj = tok + 3
        if a.token_text(obj) in grammar("state_words") or (
            a.token_text(obj) in grammar("forces_words") and a.token_text(obj + 1) in grammar("government_force_words")
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
        end = other.tok_end - (a.token_text(other.tok_end - 1) in grammar("of_words"))  # (the cue may hold the من: "آخرين من")
    # (only past من: "12 مدنياً وجندي" may be twelve civilians and one soldier)
    first = next((c for c in view.cues if c.tok_start == end + 1 and side(c)), None)
    if first is None or a.token_text(end) not in grammar("of_words"):
        return False
    if a.token_text(first.tok_end) in grammar("and_non_words"):
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
    # (in the ranks, or of them: "436 من صفوف المتمردين والإسلاميين وقوات سوريا الديمقراطية")
    if ranks is None or (ranks == end + 1 and a.token_text(end) not in grammar("in_among_words") | grammar("of_words")):
        return False
    first = named_at(ranks + 1)
    if first is None or not a.token_text(first[0]).startswith("و"):
        return False
    second = named_at(first[0])
    # (past items of the first's side, or one word of a side the lexicon does not name: "المتمردين والإسلاميين وقوات …")
    t = first[0]
    for _ in range(3):
        if second is not None and second[1] != first[1]:
            break
        t = second[0] if second is not None else t + 1
        if not a.token_text(t).startswith("و"):
            return False
        second = named_at(t)
    if second is None or second[1] == first[1]:
        return False
    # (nor men loyal to the first, past an adjective of theirs: "والمسلحين القبليين الموالين للحكومة")
    loyal = grammar_union("backed_by_words", "allegiance_words")
    of_words = grammar("of_words")
    if first[1] == "friendly" and any(
        a.token_text(t) in loyal and (a.token_text(t + 1) in _to_the_state_words() or a.token_text(t + 2) in of_words)
        for t in (second[0], second[0] + 1)
    ):
        return False
    return (_backed_side(a, view, second[0]) or second[1]) != first[1]


def _tied_to_group(view: SentenceView) -> bool:
    """Does the sentence name an armed group or its members (بدعوى صلتهم بتنظيم داعش)?"""
    return any(_side_of_entity(e.obj) == "armed" for e in view.entities) or any(  # type: ignore[arg-type]
        c.kinds & {"armed_group", "member", "leader"} for c in view.cues
    )


def _group_tie_after(a: Analysis, view: SentenceView, tok: int, clause: tuple[int, int]) -> bool:
    """Is an armed group named within a few words after ``tok``, in its clause, with no other deed
    between (مواطنين تبين أنهم من مؤيدي تنظيم داعش)?"""
    hi = min(tok + 7, clause[1])
    ties = grammar_union("tie_words", "belonging_verbs", "forming_verbs")
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


def _tied_to_a_group_after(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Does a verb of suspicion, belonging or forming at ``tok`` tie the men a number counts to an armed group named
    after it ("ستة يشتبه بانتمائهم لداعش"، "8 يشكلون خلية تابعة لداعش")?"""
    return a.token_in(tok, grammar_union("suspected_of_belonging", "suspected_men_nouns", "belonging_verbs", "forming_verbs"), "") and _group_tie_after(
        a, view, tok, view.clause_of(tok)
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


def _leader_side(view: SentenceView, leader: Cue, p: Placed) -> str | None:
    """The one side named in a commander's title, between him and the number after (قائد الكتيبة في داعش،
    القائد العام لقوات الأمن): a leader word names no side of its own."""
    sides = _sides_named(view, leader.tok_end, min(leader.tok_end + 4, p.tok_start))
    return next(iter(sides)) if len(sides) == 1 else None


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
        after = _cue_at(view, p.tok_end, {"person", "wound_after"})
        if _most_of_them_at(a, after.tok_end if after is not None else p.tok_end):
            # "157 جريحاً معظمهم من رجال الشرطة": a force is only most of them — the toll names no side
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
        between_words = grammar("between_words")
        # (nor a force named as one party of a clash, "ضحايا الاشتباكات بين قوات الشرطة والمحتجين", or as the
        # foe, "برصاص القوات الحكومية")
        between = {
            u
            for t in range(lo, hi)
            if (a.token_text(t) in between_words and t != (persons.tok_end if persons is not None else p.tok_end + 1))
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


def _force_right_before(view: SentenceView, tok: int) -> bool:
    return any(tok - 2 <= e.tok_end <= tok and _side_of_entity(e.obj) == "friendly" for e in view.entities) or any(  # type: ignore[arg-type]
        tok - 2 <= c.tok_end <= tok and c.kinds & {"friendly_group", "own_forces"} for c in view.cues
    )


def _side_of_noun_at(view: SentenceView, tok: int) -> str | None:
    for c in view.cues:
        if c.tok_start == tok:
            for k, side in (("civilian", "civilian"), ("friendly", "friendly"), ("member", "armed"), ("leader", "armed")):
                if k in c.kinds:
                    return side
    return None


def _last_actor_side(view: SentenceView, tok: int) -> str | None:
    for e in reversed(view.entities):
        if e.tok_start < tok and e.obj.type == "actor":  # type: ignore[attr-defined]
            return _side_of_entity(e.obj)  # type: ignore[arg-type]
    return None


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


def _names_before(view: SentenceView, tok: int, but: frozenset[str] = frozenset()) -> list[tuple[int, str | None]]:
    """(position, side) of the actors and group words named before ``tok`` (group words with a kind in ``but`` left out)."""
    named = [(e.tok_start, _side_of_entity(e.obj)) for e in view.entities if e.tok_start < tok and e.obj.type == "actor"]  # type: ignore[attr-defined,arg-type]
    named += [
        (c.tok_start, "armed" if "armed_group" in c.kinds else "friendly")
        for c in view.cues
        if c.tok_start < tok and c.kinds & {"armed_group", "friendly_group"} and not c.kinds & but
    ]
    return named


def _only_people_before(view: SentenceView, trig: Cue) -> list[Cue]:
    """The people cues before ``trig`` when the sentence names no people after it (else none)."""
    people = [c for c in view.cues if c.kinds & PEOPLE_KINDS]
    before = [c for c in people if c.tok_end <= trig.tok_start]
    return before if len(people) == len(before) else []


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
    # (a force of a state's, by name or by common noun, that a group attacked: "هاجمت الجماعة قوة للجيش وقتلت 12 من
    # عناصرها" — the force is hers, not the group; not the one that struck, "نصبت قوة للجيش كميناً لمجموعة … وقتلت 5
    # من عناصرها")
    owners = [e.tok_start for e in view.entities if _side_of_entity(e.obj) == "friendly" and e.prefix == "ل"]  # type: ignore[arg-type]
    owners += [c.tok_start for c in view.cues if c.kinds & {"friendly_group", "own_forces"} and c.prefix == "ل"]
    named += [
        (t - 1, "friendly")
        for t in owners
        if t < tok
        and a.token_in(t - 1, grammar("generic_force_nouns"), "و")
        and _name_gender(a, t - 1) == "f"
        and _force_attacked_at(a, view, t - 1)
    ]
    in_words = grammar("in_words")
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
            or (a.token_text(e.tok_start - 1) in in_words and a.token_in(e.tok_start - 2, grammar("state_body_heads"), "و"))
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


def _force_attacked_at(a: Analysis, view: SentenceView, force: int) -> bool:
    """Is the force noun at ``force`` (قوة، القوات) the object of an attack — a group named as the subject of an
    assault verb before it ("هاجمت الجماعة قوة للجيش"، "هاجمت حركة الشباب قوة للجيش") — or the subject of a verb of
    suffering ("تعرضت قوة للجيش لكمين")? Not a force that attacked ("هاجمت قوة للجيش معسكراً لبوكو حرام")."""
    if a.token_in(force - 1, grammar("suffered_words"), "و"):
        return True
    for t in range(max(view.tok_start, force - 5), force - 1):
        if a.token_in(t, grammar("assault_verbs"), "و") and _armed_between(view, t + 1, force):
            return True
    return False


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


def _of_both_sides(a: Analysis, tok: int) -> bool:
    """"من الطرفين"، "من كلا الجانبين" right after a count's noun."""
    tok += a.token_text(tok) in grammar("of_words")
    tok += a.token_text(tok) in grammar("both_words")
    return a.token_text(tok) in grammar("both_sides_words")


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
