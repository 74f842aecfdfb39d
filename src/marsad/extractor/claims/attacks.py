"""Attacks: attacks on forces and posts, strikes, their victims and who did them."""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.model import Quantity
from marsad.recognize.cues import Cue, expeditionary, grammar, grammar_stems, grammar_union
from marsad.recognize.entities import actor_for_country as entity_actor_for_country

from .groups import _group_after
from .sides import (
    _against_a_force,
    _armed_between,
    _first_side_named,
    _force_post_at,
    _friendly_between,
    _marked_as_a_force,
    _names_before,
    _only_people_before,
    _side_of_entity,
    _sides_named,
    side_of_actor,
)
from .words import (
    PEOPLE_KINDS,
    _acting_mention,
    _attack_right_after,
    _cue_at,
    _has,
    _oblique,
    _target_word_after,
    joined_by_wa,
    qualifier_words,
)


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


def _nationals_of_an_attacked_force(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Are the nationals counted at ``p`` those of a state whose base or forces the sentence says were struck
    (قاعدة أمريكية، القوات الأمريكية), in an attack?"""
    nat = next((d for d in view.adjectives if d.tok_start == p.tok_end), None)
    state = getattr(nat.obj, "country", None) if nat is not None else None
    if state is None or not any("attack" in c.kinds or "operation" in c.kinds for c in view.cues):
        return False
    on_words = grammar("on_words")
    # (the post the attack was on, "على قاعدة أمريكية": not the attackers, "في قصف للقوات السورية", nor a place
    # near a base, "على فندق قرب القاعدة الأمريكية")
    return any(
        d is not nat
        and getattr(d.obj, "country", None) == state
        and a.token_in(d.tok_start - 1, grammar("military_post_nouns"), "")
        and a.token_text(d.tok_start - 2) in on_words
        for d in view.adjectives
    )


def _air_strikes(a: Analysis, noun: Cue | None) -> bool:
    """Is the counted noun an air strike (غارات جوية، 10 ضربات جوية، ثماني هجمات جوية)?"""
    if noun is None:
        return False
    return noun.phrase in grammar("air_strike_nouns") or a.token_in(noun.tok_end, grammar("air_adjectives"))


def _state_did_them_after(a: Analysis, view: SentenceView, noun: Cue | None) -> bool:
    """"210 تعداد الغارات التي نفذتها طائرات حربية روسية": the operations' own relative clause names a state's
    aircraft or forces as their doer (a force's noun with a state's nisba, or a force by name)."""
    if noun is None:
        return False
    if a.token_in(noun.tok_end, grammar("which_words"), "") and a.token_in(noun.tok_end + 1, grammar("carried_out_verbs"), ""):
        verb = noun.tok_end + 1
    else:
        # (an indefinite noun's relative clause needs no التي, past its adjectives: "في عمليتين عسكريتين منفصلتين
        # نفذهما جيش بوركينا فاسو")
        verb = next(
            (t for t in range(noun.tok_end, min(noun.tok_end + 3, view.tok_end)) if a.token_in(t, grammar("carried_out_verbs"), "")),
            None,
        )
        if verb is None or a.token_text(noun.tok_start).startswith("ال"):
            return False
    lo, hi = verb + 1, min(verb + 5, view.tok_end)
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
    against_words = grammar("against_words")
    for c in view.cues:
        if "target" not in c.kinds or c.tok_start >= p.tok_start or c.phrase in against_words:
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
    if a.token_text(t) in grammar("with_words") and any(a.token_in(u, grammar("clash_words"), "و") for u in range(max(view.tok_start, t - 4), t)):
        return True  # "اندلع الاشتباك مع أكثر من 100 من أعضاء الجماعة": the men one clash met
    if a.token_in(t, grammar("confront_verbs"), "و"):
        return True
    # (not the presence a report or study documented: "رصد التقرير الأممي وجود نحو 4000 مقاتل" is an estimate)
    documented = a.token_text(t) in grammar("presence_words") and any(a.token_in(u, grammar("documenting_nouns"), "") for u in before)
    if not documented and any(a.token_in(u, grammar("sighting_words"), "وب") for u in before):
        return True  # "بعد رصد حوالي 50 إرهابياً في المنطقة": the men one sighting counted
    if any(a.token_in(t, grammar("attacker_nouns_before"), "وبل") for t in range(max(clause[0], p.tok_start - 4), p.tok_start)):
        return True  # "قدر البيان عدد مطلقي النار بخمسة أو ستة مسلحين": the shooters of one assault
    carried_out_words = grammar("carried_out_words")
    # "25 تكفيرياً نفذوا الهجوم"، "نحو ألف مقاتل في الهجوم الذي تشنه القوات": one attack's party
    for t in range(p.tok_end, min(p.tok_end + 4, clause[1])):
        if a.token_text(t) in carried_out_words and any(
            c.tok_start == t + 1 and (c.phrase.startswith("ال") or c.prefix.endswith("ال"))
            for c in view.cues_of("attack")
        ):
            return True
    if any(assault(t) for t in range(max(clause[0], p.tok_start - 3), p.tok_start)):
        return True
    by_hand_of_words = grammar("by_hand_of_words")
    return any(
        clause[0] <= c.tok_start and c.tok_end <= p.tok_start and p.tok_start - c.tok_end <= 5
        and any(a.token_text(t) in by_hand_of_words or a.token_in(t, grammar("launched_by_words"), "") for t in range(c.tok_end, p.tok_start))
        # (not the size of the group that launched it: "الهجوم شنه فصيل يضم نحو 500 مقاتل")
        and not any(c.tok_end <= m.tok_start < p.tok_start and "membership" in m.kinds for m in view.cues)
        for c in view.cues_of("attack")
    )


def _victims_of_group(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """Is the noun "victims" with the group in construct after it ("رفات أكثر من 120 من ضحايا تنظيم داعش"): the
    group's victims, not its men (not "25 ضحية من مسلحي بوكو حرام"، "في صفوف داعش")?"""
    return a.token_in(noun.tok_start, grammar("victim_words"), "وبل") and (
        any(e.tok_start == noun.tok_end for e in view.entities) or _cue_at(view, noun.tok_end, {"armed_group"}) is not None
    )


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
    with_words = grammar("with_words")
    for t in range(p.tok_end, min(view.tok_end, p.tok_end + 10)):
        if a.token_text(t) in with_words and any(
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
    own = [
        c
        for c in view.cues
        if c.kinds & {"own_forces", "friendly_group"}
        and c.tok_start < p.tok_start
        # (not the head of a group's own name: "قوات الكريلا نفذت 152 عملية" is the PKK's)
        and not any(
            e.tok_start <= c.tok_start < e.tok_end and _side_of_entity(e.obj) == "armed"  # type: ignore[arg-type]
            for e in view.entities
        )
    ]
    mentions: list[tuple[int, str | None]] = []
    for e in view.entities:
        if view.tok_start <= e.tok_start < p.tok_start and e.obj.type == "actor":  # type: ignore[attr-defined]
            if (
                any(
                    c.kinds & {"report", "report_by", "report_noun", "target"}
                    and c.tok_end <= e.tok_start <= c.tok_end + 1
                    # (not the subject of what is reported, past إن: "وقال البيان إن الحزب نفذ 152 عملية")
                    and not any(d.tok_start == c.tok_end < e.tok_start and "complementizer" in d.kinds for d in view.cues)
                    # (nor the doer after the deed's masdar: "وأكد التقرير شن الجيش التركي 300 هجوم")
                    and not (c.tok_end < e.tok_start and a.token_in(c.tok_end, grammar("carry_out_verbs"), "و"))
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


def _owns_the_dead(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the group at ``tok`` the owner of leaders or men a deed told before befell ("قتل عشرة من عناصر داعش
    بينهم قيادي في هذه الحركة في ثلاث عمليات"، "مقتل 7 مسلحين بينهم أحد قياديي تنظيم القاعدة في عمليتين"): a
    leader's or a member's noun right before it, or behind في and a demonstrative — not the doer of what follows."""
    in_words = grammar("in_words")
    owner = next(
        (
            c
            for c in view.cues
            if c.kinds & {"member", "leader"}
            and (
                c.tok_end == tok
                or (a.token_text(c.tok_end) in in_words and c.tok_end < tok <= c.tok_end + 1 + a.token_in(c.tok_end + 1, grammar("demonstratives"), ""))
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
    about = grammar("verb_object_prepositions")
    if len(words) == 1 and words[0] in about:
        # (also with no word of claiming: "أعلن التنظيم عن ثلاث عمليات في الرقة" — what a side announces, counted
        # right after it, is its own)
        return True
    return 1 <= len(words) <= 2 and words[-1] in grammar("own_deed_nouns") and all(w in about for w in words[:-1])


def _civilians_attacked_after(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """An attack on civilians named after the toll in its clause: "جراء هجوم لداعش على جامعي الكمأة"."""
    attack = [c.tok_start for c in view.cues if c.kinds & {"attack", "operation"} and p.tok_end <= c.tok_start < clause[1]]
    if not attack:
        return False
    on_words = grammar("on_words")
    return any(
        attack[0] < c.tok_start < clause[1]
        and (a.token_text(c.tok_start - 1) in on_words or c.prefix.startswith("علي") or any(
            "target" in d.kinds and d.tok_end <= c.tok_start <= d.tok_end + 1 for d in view.cues
        ))
        for c in view.cues_of("civilian")
    )


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


def _dead_of_operations_against_a_group(a: Analysis, view: SentenceView, trig: Cue) -> bool:
    """Are the bare dead after ``trig`` the men of a group the sentence's operations were against ("خلال أربعة أيام
    من العمليات العسكرية ضد منظمة بي كا كا، قتل 68 في بلدتي …"), with no people named in the sentence and no
    blast, strike or attack told after the verb (not "… ضد حركة الشباب، قتل 5 في انفجار عبوة بسوق": its victims)?"""
    if (
        any(c.kinds & PEOPLE_KINDS for c in view.cues)
        or any(c.tok_start >= trig.tok_end and c.kinds & {"attack", "operation"} for c in view.cues)
        or any(a.token_in(t, grammar("blast_nouns"), "بفول") for t in range(trig.tok_end, view.tok_end))
    ):
        return False
    against = grammar("against_words")
    return any(
        c.tok_end < trig.tok_start
        and "operation" in c.kinds
        # (past the operations' adjective: "العمليات العسكرية ضد")
        and a.token_in(g, against, "")
        and _armed_between(view, g + 1, g + 3)
        for c in view.cues
        for g in (c.tok_end, c.tok_end + 1)
    )


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


def _post_of_a_force_attacked(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Before the number, an attack on a force's post, patrol or vehicle (استهدف مسلحون حاجزاً لقسد،
    إطلاق النار على دورية للجيش): the sentence's dead are the post's men."""
    posts = grammar("post_nouns")
    on_words = grammar("on_words")
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
        # (its owner further on past "belonging to" and the unit's own name: "دورية تابعة لفرقة الحدود البرية للحرس
        # الوطني تعرضت لكمين")
        reach = 7 if a.token_text(t + 1) in grammar("belonging_adjectives") else 4
        # (an attack word within three words before the post: استهدف، على، هجوم على، هاجم مسلحون; or the
        # post's own ordeal after it: "دورية … تعرضت لهجوم")
        if (
            not any(c.kinds & {"target", "attack"} and t - 3 <= c.tok_start < t for c in view.cues)
            and a.token_text(t - 1) not in on_words
            and not any(a.token_in(u, grammar("attack_verbs"), "و") for u in range(max(view.tok_start, t - 3), t - 1))
            and not a.token_in(t - 1, grammar("attack_verbs_with_subject"), "و")
            and not any(a.token_in(u, grammar("suffered_words"), "و") for u in range(t + 1, min(t + reach + 3, p.tok_start)))
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
            [(e.tok_start, _side_of_entity(e.obj)) for e in view.entities if t < e.tok_start < min(t + reach, p.tok_start) and e.obj.type == "actor"]  # type: ignore[attr-defined]
            + [(c.tok_start, "friendly") for c in view.cues if t < c.tok_start < min(t + reach, p.tok_start) and c.kinds & {"friendly_group", "own_forces"}]
            + [(c.tok_start, "armed") for c in view.cues if t < c.tok_start < min(t + reach, p.tok_start) and "armed_group" in c.kinds]
        )
        if owners and owners[0][1] == "friendly":
            return True
    return False


def _force_suffered_an_attack(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Before the number, a force that suffered an attack (تعرضت قوات الجيش لهجوم، قوات الجيش تعرضت إلى كمين) and no
    armed group named before it: the men the attack killed, "سبعة مقاتلين" with no group after them, are the force's."""
    for t in range(view.tok_start, p.tok_start):
        if not a.token_in(t, grammar("suffered_words"), "و"):
            continue
        if not any("attack" in c.kinds and t < c.tok_start <= t + 4 for c in view.cues):
            continue
        forces = [e.tok_start for e in view.entities if _side_of_entity(e.obj) == "friendly"] + [  # type: ignore[arg-type]
            c.tok_start for c in view.cues if c.kinds & {"friendly_group", "own_forces"}
        ]
        # (the force as the verb's subject, right after it or a few words before it)
        subject = [f for f in forces if t < f <= t + 2 or t - 5 <= f < t]
        if not subject:
            continue
        if _armed_between(view, view.tok_start, min(subject)):
            continue
        # (not the men the force went on to kill: "تعرضت القوات لهجوم، وتمكنت من قتل سبعة مقاتلين"، "… وقتلت سبعة")
        if any(a.token_in(u, grammar_union("success_words", "force_kill_verbs_f"), "وف") for u in range(t + 1, p.tok_start)):
            continue
        # (the dead as the attack's own result, "… ما أودى بحياة"، "أسفر عن مقتل", with no other count or clause between
        # — not those a later deed killed: "وتكبد المهاجمون خسائر بمقتل 14 عنصراً"، "فيما قتل 9 مقاتلين")
        result = next(
            (u for u in range(t + 1, p.tok_start) if a.token_in(u, grammar_union("result_verbs", "took_lives_verbs"), "وف")),
            None,
        )
        if result is None or p.tok_start - result > 4:
            continue
        if any(result < q.tok_start < p.tok_start for q in view.quantities):
            continue
        return True
    return False


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


def _victims_of_attack(a: Analysis, view: SentenceView, p: Placed, noun: Cue) -> bool:
    """Are these unnamed members the target of an armed group's attack in this sentence?"""
    if _group_after(a, view, noun.tok_end)[0] is not None or "member" not in noun.kinds or noun.phrase.startswith(grammar_stems("armed_noun_stems")):
        return False
    if a.token_text(noun.tok_end) in grammar("of_words") and a.token_in(noun.tok_end + 1, grammar("attacker_nouns"), ""):
        return False  # "5 عناصر من المهاجمين": of the attackers
    if any(noun.tok_end <= d.tok_start <= noun.tok_end + 1 and side_of_actor(str(getattr(d.obj, "id", ""))) == "armed" for d in view.adjectives):
        return False  # "9 من العناصر المسلحة الحوثية": the group's, by its nisba
    # a force standing at the kill verb (قتلت القوات 5 عناصر، تمكنت القوات من قتل) is the killer and
    # the dead its enemies; a force named earlier as the one attacked (تعرضت قوات … لكمين) is not
    kill = next((c for c in reversed(view.cues) if c.kinds & {"kill"} and c.tok_end <= p.tok_start), None)
    if kill is not None:
        # (the force before "من" of a verb of being able, three words back: verb, subject, من — "وتمكنت القوات من قتل")
        lo = max(view.clause_of(kill.tok_start)[0], kill.tok_start - (3 if a.token_text(kill.tok_start - 1) in grammar("of_words") else 1))
        if any(lo <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "friendly" for e in view.entities):  # type: ignore[arg-type]
            return False
        if any(c.kinds & {"friendly_group", "own_forces"} and lo <= c.tok_start < p.tok_start for c in view.cues):
            return False
        if (
            a.token_text(kill.tok_start - 1) in grammar("of_words")
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
