"""The top: ``read_count`` reads one count into a ``Reading`` in the order the package doc gives.

``_read_count`` is one function of some 3,000 lines, the rules tried in order, each ``return``
ending the reading; a mechanical split cannot divide it, so this module keeps it whole.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.model import Quantity
from marsad.recognize.cues import Cue, grammar, grammar_stems, grammar_union

from .attacks import (
    _agent_side,
    _air_strikes,
    _ambushed_by_a_group_after,
    _attack_on_a_force_before,
    _attacking_party,
    _bases_attacked,
    _civilians_attacked_after,
    _dead_of_operations_against_a_group,
    _fired_on_civilians_before,
    _force_is_the_killer,
    _force_operation,
    _force_suffered_an_attack,
    _fought_them_before,
    _group_tells_its_attacks_toll,
    _killed_by_the_only_group,
    _nationals_of_an_attacked_force,
    _operations_against_a_force,
    _post_attacked_after,
    _post_of_a_force_attacked,
    _restates_air_strikes,
    _state_did_them_after,
    _strike_on_a_group,
    _struck_a_friendly_force,
    _targeted_men_before,
    _toll_of_an_attack_on_a_post,
    _victims_of_attack,
    _victims_of_group,
)
from .fates import (
    _being_then_missing,
    _bombers_who_blew_themselves_up,
    _carried_out_just_before,
    _changed_from,
    _died_of_nothing_told,
    _died_on_trial,
    _family_crime,
    _fate_of_the_men,
    _foiled,
    _gunmen_took,
    _held_after,
    _held_by_someone,
    _held_named_before,
    _held_population,
    _killed_by_mines,
    _men_on_the_move,
    _mishap,
    _ordered_only,
    _sentence_passed,
    _speakers_counted,
    _still_at_large,
    _taken_to_hospital,
    _transferred,
    _wounded_of_the_next_clause,
)
from .groups import (
    _armed_described,
    _doer_after,
    _enlisted_side,
    _force_did_it,
    _group_after,
    _group_did_or_claimed,
    _group_did_the_killing,
    _group_did_them,
    _group_taken_before,
    _joined_a_group,
    _of_its_ranks,
    _one_named_before,
    _others_group_later,
    _others_of_a_commander,
    _party_anaphor_at,
    _people_side_before,
    _retinue_owner,
    state_force_nisba_after,
)
from .lists import (
    _distributed_noun,
    _fighters_joined_to_civilians,
    _group_of_the_joined_wounded,
    _last_of_mixed_list,
    _listed_after,
    _mixed_parts,
    _next_part_in_brackets,
    _noun_of_a_joined_list,
    _opens_a_list_item,
    _other_side_joined,
    _parallel_opening,
    _past_joined_item,
    _past_joined_ones,
    _place_of_item,
    _ranked_next,
    _same_word_after,
    _side_joined_to_noun,
    _side_of_next,
    _soldier_joined_to_fighters,
    gapped_place,
    place_right_after,
)
from .metric import (
    _against_armed_group,
    _coalition_context,
    _count_of_members,
    _members_estimated_before,
    _metric,
)
from .nouns import (
    _bracketed_after_a_place,
    _cell_dismantled,
    _cell_members,
    _count_head,
    _counted_before_relative,
    _dead_of_a_kind,
    _members_in_the_count_head,
    _nisba_dual,
    _noun_after,
    _of_a_nationality_after,
    _one_cell_in_the_count_head,
    _origin_in_brackets,
    _other_noun_after,
    _others_own_noun,
    _partitive,
    _pronoun_one,
    _rank_after,
    _ranks_in_the_count_head,
    _shares_next_noun,
)
from .parts import (
    _among_a_count_told_before,
    _among_before,
    _among_victims,
    _captives_before_subset,
    _civilian_casualties_before,
    _civilians_named_before,
    _civilians_of_a_toll,
    _combatants_among,
    _combatants_counted_after,
    _martyrs_a_monitor_documents,
    _men_after_children_and_women,
    _part_of_persons,
    _part_of_unnamed_persons,
    _past_subset_list,
    _subset_aside_after,
    _whole_big_enough,
    _whole_of_a_part,
)
from .reading import _LIST_RULES, _NOUN_READ_ELSEWHERE, PART_RULES, Reading
from .reread import _read_again
from .sides import (
    _armed_between,
    _criminals_after,
    _default_side,
    _force_right_before,
    _friendly_between,
    _group_tie_after,
    _item_sides,
    _leader_side,
    _loser_side,
    _names_before,
    _of_both_sides,
    _owner_of_sided_war,
    _owner_side,
    _owner_side_agreeing,
    _previous_ties,
    _ranks_of_two_sides_after,
    _said_to_be,
    _side_of_entity,
    _sides_named,
    _tied_to_a_group_after,
    _tied_to_group,
    _two_sides_named_after,
    side_of_actor,
)
from .tolls import (
    _SIDED_TOLLS,
    _bodies_found_beside_a_toll,
    _broken_down_toll_before,
    _cadets,
    _combined_total,
    _rise_to_before,
    _rising_toll_before,
    _superseded_toll,
    _toll,
    _toll_named_after,
    _toll_owner,
    _toll_rose_since,
    _toll_side,
)
from .triggers import (
    _but_they_died,
    _executed_by_a_group,
    _executed_by_a_state,
    _lost_own_men,
    _martyred,
    _named_bodies_end,
    _other_outcome_before,
    _outcome,
    _own_predicate_after,
    _past_aside,
    _past_place_phrase,
    _trigger_after,
    _trigger_before,
    _verb_after_subject,
)
from .words import (
    _COUNTED_BEFORE,
    _EVENT_KINDS,
    _HIS_THEIR,
    _NOUN_SIDES,
    _OUTCOME_KINDS,
    _OUTCOME_OR_AFTER_KINDS,
    _OUTCOME_OR_OTHER_KINDS,
    _PEOPLE_NOUNS,
    _PEOPLE_OR_FORCE_KINDS,
    _PEOPLE_SIDES,
    GROUP_NOUNS,
    OUTCOMES,
    PEOPLE_KINDS,
    _bare_word,
    _cue_at,
    _cue_end,
    _demographic_nouns,
    _died_after,
    _has,
    _nationality_at,
    _nationality_word_at,
    _punctuated_before,
    _qualifier_after_at,
    _qualifier_start,
    _same_preposition_at,
    _sentence_before_start,
    _sentencing_words,
    _terror_words,
    before_time_aside,
    joined_by_wa,
    qualifier_words,
)


def _trend_of_the_count_before(a: Analysis, view: SentenceView, p: Placed, previous: Reading | None) -> Reading | None:
    """The count of operations or attacks just given, in its sentence, when a bare number is where it went later:
    after a verb of change and "to" ("تراجعت إلى 180"), or after "did not exceed" ("لم تتجاوز الـ 40")."""
    if previous is None or previous.metric not in ("attacks", "operations") or previous.placed.tok_start < view.tok_start:
        return None
    if any(c.tok_start == p.tok_end and c.kinds - {"locative"} for c in view.cues):
        return None  # (a noun of its own after it: "ارتفعت إلى 30 قتيلاً")
    to = p.tok_start - 1
    if a.token_in(to, grammar("destination_words"), "") and a.token_in(to - 1, grammar_union("rise_words", "change_words"), "و"):
        return previous
    verb = p.tok_start - 1 - (a.token_text(p.tok_start - 1) in grammar("article_alone"))
    beyond = a.token_in(verb, grammar("not_beyond_verbs"), "") and a.token_in(verb - 1, grammar("not_beyond_negations"), "و")
    return previous if beyond else None


def _a_year_in_a_time(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number a year of four digits that a time expression covers ("في 2019"، "عام 2015")?"""
    text = a.token_text(p.tok_start)
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100):
        return False
    return any(t.tok_start <= p.tok_start < t.tok_end for t in view.times)


def _struck_so_many_times(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """"استهدفت المسيرات التركية 12 مرة مواقع لقسد": a verb of striking and its subject before "so many times" —
    "operation" when a state struck, "attack" when a group did, else None. The verb, its subject and the target may
    fill a dozen words ("استهدفت خلايا داعش نقاط قوى الأمن الداخلي في ريف الحسكة 9 مرات"), not past another count or
    clause ("قصفت الطائرات مواقع في ريف إدلب، فيما زار المبعوث المنطقة 3 مرات")."""
    verb = next(
        (
            t
            for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - 12) - 1, -1)
            if a.token_in(t, grammar("attack_verbs"), "و") or a.token_in(t, grammar("times_strike_verbs"), "و")
        ),
        None,
    )
    if verb is None or any(verb < q.tok_start < p.tok_start for q in view.quantities) or any(
        verb < c.tok_start < p.tok_start and c.kinds & {"clause_break", "complementizer", "report"} for c in view.cues
    ):
        return None
    # (the doer is the verb's subject, right after it — its noun with a nisba, "المسيرات التركية"; what follows the
    # subject is the target: "استهدف التنظيم الجيش العراقي 3 مرات" are the group's attacks)
    state = _friendly_between(view, verb + 1, verb + 2) or any(
        verb + 1 <= d.tok_start <= verb + 2 and _side_of_entity(d.obj) == "friendly" for d in view.adjectives  # type: ignore[arg-type]
    )
    if state:
        return "operation"
    return "attack" if _armed_between(view, verb + 1, verb + 2) else None


def _post_struck_so_many_times(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"معسكر القوات التركية في بعشيقة تم استهدافه 8 مرات": a force's post struck so many times in the passive — the
    force in the post's own phrase right before, not a speaker further back ("وأكد الجيش أن مستودع الأسلحة … تم
    استهدافه")."""
    passive = p.tok_start - 1 - a.token_in(p.tok_start - 1, grammar("times_passive_interjections"), "")
    lo = max(view.tok_start, passive - 6)
    return (
        a.token_in(passive, grammar("times_passive_nouns"), "وإ")
        and a.token_in(passive - 1, grammar("times_passive_words"), "و")
        and _friendly_between(view, lo, passive - 1)
        and not _armed_between(view, lo, passive - 1)
        and not any(passive - 6 <= c.tok_start < passive - 1 for c in view.cues_of("complementizer"))
    )


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
    worst = p.tok_end + (a.token_text(p.tok_end) in grammar("of_words"))
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
    reach = p.tok_start - 1 - a.token_in(p.tok_start - 1, grammar("toward_words"), "")
    if r.metric and a.token_in(reach, grammar("denied_reach_verbs"), "") and a.token_in(reach - 1, grammar("past_negations"), ""):
        # "عدد القتلى هو 54، ولم يصل إلى مئة كما يتم تداوله": the figure denied, not claimed
        r.metric, r.rule = None, "figure-denied"
    if r.metric and _a_year_in_a_time(a, view, p):
        # "وشهدت المدينة في 2015 هجوماً مماثلاً": the year a time names, not 2015 attacks
        r.metric, r.rule = None, "a-year"
    if r.metric == "strength" and _fate_of_the_men(a, view, p):
        r.metric, r.rule = None, "a-fate-of-the-men-counted"
    if r.metric == "killed" and r.outcome == "kill" and _bombers_who_blew_themselves_up(a, view, p):
        r.metric, r.rule = None, "bombers-who-blew-themselves-up"
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
        and a.token_text(p.tok_end) in grammar("of_words")
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
        and not a.token_text(p.tok_start).startswith(grammar_stems("person_stems"))  # (the dual: "شخصين")
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
    if r.metric is None and r.noun is None and r.outcome is None and (before := _trend_of_the_count_before(a, view, p, previous)):
        # "نحو 222 عملية إرهابية، تراجعت إلى 180 في 2016، في حين لم تتجاوز الـ 40 في 2017": the same count, later
        r.noun, r.group_entity, r.metric = before.noun, before.group_entity, before.metric
        r.rule = "trend-of-the-count-before"
    if previous is not None and previous.placed.tok_start >= view.tok_start:
        # the whole a part belongs to ("بينهم طفلان" of 14 or of 58): two equal parts of two wholes are two figures
        if r.rule in PART_RULES and r.part_of is None:
            r.whole = previous.whole or previous.quantity.value
            r.part_of = previous.part_of or previous
        elif r.rule in _LIST_RULES and previous.whole is not None:
            r.whole = previous.whole
            r.part_of = previous.part_of
    return r


def _read_count(
    a: Analysis, view: SentenceView, p: Placed, previous: Reading | None, recent: dict[str, Reading] | None = None
) -> Reading:
    q: Quantity = p.obj  # type: ignore[assignment]
    r = Reading(q, p)
    found = _read_noun(a, view, p, r, previous, q)
    if found is None:
        return r
    clause, noun, nxt, kinds, toll_after_number = found

    found = _read_side(a, view, p, r, previous, recent, noun, nxt, kinds, q)
    if found is None:
        return r
    previous, noun, mixed = found
    if _read_the_group_named_after(a, view, p, r, previous, noun, q):
        return r

    found = _read_nouns_around(a, view, p, r, previous, recent, clause, noun, kinds, q)
    if found is None:
        return r
    noun, kinds = found

    found = _read_subsets(a, view, p, r, previous, recent, clause, noun, nxt, q, kinds)
    if found is None:
        return r
    coordinated, subset_before = found

    trig = _read_outcome(a, view, p, r, previous, recent, clause, noun, coordinated, toll_after_number, kinds, q, subset_before)
    found = _read_outcome_from_context(a, view, p, r, previous, recent, clause, noun, kinds, trig)
    if found is None:
        return r
    trig, = found
    if _read_losses(a, view, p, r, previous, clause, noun, q):
        return r
    if _read_bare_number(a, view, p, r, previous, recent, clause, noun, trig, q, toll_after_number):
        return r
    if _read_side_from_the_toll(a, view, p, r, previous, recent, clause, noun, q, kinds, trig):
        return r

    if _read_operations(a, view, p, r, previous, recent, clause, noun, q, trig):
        return r
    return _read_metric(a, view, p, r, previous, clause, noun, mixed, subset_before, q)


def _carried_out_by_the_count(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number the subject of a verb that carried "it" out (نفذته، شنها), a time word between or none?"""
    t = p.tok_start - 1
    time = next((x for x in view.times if x.tok_end == p.tok_start), None)
    if time is not None:
        t = time.tok_start - 1
    if t < view.tok_start or not a.token_in(t, grammar_union("done_by_verbs", "carried_out_verbs"), "و"):
        return False
    # (not strikes counted after the masdar with its pronoun, spelt the same: "رغم شنها 20 غارة")
    return not any(p.tok_start <= c.tok_start <= p.tok_end and c.kinds & {"operation", "attack"} for c in view.cues)


def _read_noun(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None, q: Quantity
) -> tuple[tuple[int, int], Cue | None, int, frozenset[str], str | None] | None:
    """The counted noun and where it ends: the cue after the number, or else the toll or count the number
    is told before ("إلى 58 عدد الجنود الذين قتلوا"), the noun distributed before it, the dead of a kind,
    the last noun of a joined list, kinds "ما بين", a part of a count next, the definite or bracketed
    phrase before it, and a number word after its noun. A number after "by the hand of" (the killers)
    or one strike counted after its noun settles the reading.
    Returns None when the reading is settled early (``_read_count`` returns it as it stands), else
    clause, noun, nxt, kinds, toll_after_number.
    """
    # (only within the sentence: what a part may belong to; the chain ends with it)
    r.before = previous if previous is not None and previous.placed.tok_start >= view.tok_start else None
    if any(c.tok_end == p.tok_start for c in view.cues_of("by_hand")):
        # "قُتلوا على يد أحد الحراس"، "على أيدي 3 مسلحين": the number right after "by the hand of" counts
        # the killers, not the dead
        r.rule = "perpetrators-by-hand"
        return None
    if _carried_out_by_the_count(a, view, p):
        # "الهجوم الذي نفذته أمس امرأتان"، "التفجير الذي نفذه ثلاثة انتحاريين": after a verb whose object is
        # the attack (its pronoun), the number counts those who carried it out
        r.rule = "perpetrators-who-carried-it-out"
        return None
    clause = view.clause_of(p.tok_start)
    noun, nxt = _noun_after(a, view, p)
    if noun is None:
        # "وتوزعت العمليات بين 59 في سوريا و137 في العراق": the noun distributed before the number
        noun = _distributed_noun(a, view, p, previous)
    # (or its caption, a pronoun between: "3648 هو عدد الأطفال الذين قتلوا في غزة")
    head = p.tok_end + (a.token_text(p.tok_end) in grammar("copula_pronouns"))
    # (past a qualifier after the number: "حيث 112 على الأقل عدد عناصر التنظيم ممن قتلوا")
    head += _qualifier_after_at(a, head) if a.token_text(head + _qualifier_after_at(a, head)) in grammar("count_noun_words") else 0
    if noun is None and a.token_text(head) not in grammar("count_noun_words") and (aside := _subset_aside_after(a, view, head)) is not None:
        head = aside  # "ارتفع إلى 5 بينهم قيادي، عدد عناصر الوحدات الذين قضوا": past "among them a leader"
    if noun is None and a.token_text(head) in grammar("count_noun_words"):
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
        of_words = grammar("of_words")
        # (past the group they belong to: "عدد عناصر وحدات حماية الشعب الكردي الذين قضوا")
        if who is not None and (group := next((e for e in view.entities if e.tok_start == who + (a.token_text(who) in of_words)), None)) is not None:
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
                or (_cue_at(view, w + 1, {"finish_off"}) is not None and a.token_text(w + 2) not in grammar("on_words"))
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
    if noun is None and (at := p.tok_end + (a.token_text(p.tok_end) in grammar("ma_words"))) < view.tok_end and a.token_text(at) in grammar("between_words"):
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
    if noun is None and a.token_text(p.tok_end) in grammar("of_words"):
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
        # (told as a group's deed in a relative clause after the numeral, or as events a relative clause says
        # happened ("التفجيرات الثلاثة التي وقعت يوم السبت"), or claimed by a group named before them ("وتبنى
        # التنظيم الهجمات الأربع"): not the bombings a report turns back to, "وعقب التفجيرات الثلاثة هرعت …"،
        # "وأدانت الحكومة التفجيرات الخمسة")
        and (doer := _doer_after(a, view, p.tok_end + a.token_in(p.tok_end, grammar("which_words"), ""))) in ("armed", None)
        and (
            doer == "armed"
            or (a.token_in(p.tok_end, grammar("which_words"), "") and a.token_in(p.tok_end + 1, grammar("event_happened_verbs"), ""))
            # (a group named before them as the one that claimed them, not denied: "نفت الحركة مسؤوليتها عن …")
            or (
                _armed_between(view, view.tok_start, before.tok_start)
                and any(c.tok_end <= before.tok_start and "responsibility" in c.kinds for c in view.cues)
                and not any(a.token_in(t, grammar("denial_verbs"), "و") for t in range(view.tok_start, before.tok_start))
            )
        )
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
        and a.token_text(p.tok_end) not in grammar("of_words")
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
                return None
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
    return clause, noun, nxt, kinds, toll_after_number


def _read_side(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, noun: Cue | None, nxt: int, kinds: frozenset[str], q: Quantity
) -> tuple[Reading | None, Cue | None, bool] | None:
    """The side of the counted people: the others of one person named before, of a force or group named
    right after the number, a group's nisba, who they are said to be, their own ranks or whose they are,
    and whether the count mixes sides (the civilians and fighters under one number end the reading).
    Returns None when the reading is settled early (``_read_count`` returns it as it stands), else
    previous, noun, mixed.
    """
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
        operation_stems = grammar("operation_stems")
        if not strikes and not forces_own and any(
            "attack" in c.kinds
            # (or the same noun made attacks before: "رصد 110 عملية إرهابية … بـ 88 عملية")
            # (the article after ل too: "شهد العام زيادة للهجمات الإرهابية، إذ بلغ عددها 222 عملية")
            and (c.phrase.startswith("ال") or c.prefix.endswith(("ال", "لل")) or any(s in c.phrase for s in operation_stems))
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
    elif kinds & {"armed_group"} and noun is not None and (
        noun.phrase in grammar("group_nouns_counted")
        # (an indefinite group noun with its adjective right after the number, not "7798 من الفصائل المعارضة")
        or (noun.tok_start == p.tok_end and not noun.phrase.startswith("ال") and noun.phrase.split()[0] in grammar("group_nouns_counted"))
    ):
        # "تفكيك 57 خلية"، "أكثر من 20 جماعة إرهابية": groups counted, not their men (no metric counts them)
        r.noun = "group"
    elif kinds & {"armed_group"}:
        r.noun, r.side = "member", "armed"

    of_at = p.tok_end + (_qualifier_after_at(a, p.tok_end) if noun is None else 0)
    if noun is None and r.noun is None and a.token_text(of_at) in grammar("of_words"):
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
                return None
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
        and a.token_text(noun.tok_end) in grammar("of_words")
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
        if (
            retinue is None
            and owner == "friendly"
            and r.noun == "member"
            and a.token_in(p.tok_start - 1, grammar("force_kill_verbs_f"), "وف")
            and {side for _, side in _names_before(view, p.tok_start - 1)} == {"friendly"}
            and a.token_text(noun.tok_end - 1).endswith("ها")
            # (the force told repelling or prevailing first — not a strike, a bomb or another state that killed a
            # force's men: "غارة إسرائيلية استهدفت مركزاً له وقتلت 3 من عناصره"، "انفجرت عبوة لدى مرور دورية وقتلت")
            and any(
                a.token_in(t, grammar_union("success_words", "repelling_words"), "وف")
                for t in range(view.tok_start, p.tok_start - 1)
            )
            and not any(c.kinds & {"operation"} and c.tok_start < p.tok_start for c in view.cues)
            and not a.sentence_has(view, grammar("suffered_words"))
        ):
            # the force killed them, so "its men" are the other side's, unnamed ("صد هجوماً للمليشيا وقتلت 12 من
            # عناصرها"; not where a group is named, the doer or the owner: "هاجمت الجماعة قوة للجيش وقتلت 12 من
            # عناصرها")
            owner = "armed"
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
    if r.noun in ("member", "person") and noun is not None and _of_its_ranks(a, noun.tok_end, grammar("of_in_words")):
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
        return None
    return previous, noun, mixed


def _read_the_group_named_after(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None, noun: Cue | None,
    q: Quantity
) -> bool:
    """The group named after the noun and the side it gives: a force's or group's men, leaders of a
    group, those fighting a group, others of a nationality, and the rank of leaders after the noun; a
    count of people of both sides ends the reading as mixed.
    Returns True when the reading is settled early (``_read_count`` returns it as it stands).
    """
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
        elif side == "friendly" and r.noun == "civilian" and a.token_text(noun.tok_end) in grammar("in_words"):
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
            and a.token_text(noun.tok_end) in grammar("of_words")
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
                return True
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
            return True
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
            return True
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
    return False


def _read_nouns_around(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, clause: tuple[int, int], noun: Cue | None, kinds: frozenset[str],
    q: Quantity
) -> tuple[Cue | None, frozenset[str]] | None:
    """Nouns told around the number: "of them" (منهم) and the people named before, ranks, a dual or "one
    of" of another noun, bases attacked, nationals, strikes counted by times, incidents, and the whole
    a coordinated part belongs to.
    Returns None when the reading is settled early (``_read_count`` returns it as it stands), else
    noun, kinds.
    """
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
    # (or persons after it, the people named before being who they are: "مقتل العناصر الإرهابية وعددهم ثمانية أشخاص")
    persons_after = noun is not None and "person" in noun.kinds and not noun.kinds & {"member", "leader", "friendly", "civilian"}
    if (noun is None or persons_after) and a.token_text(p.tok_start - 1) in grammar("their_number"):
        back = [c for c in view.cues if c.tok_end <= p.tok_start and c.kinds & {"member", "leader", "friendly", "civilian", "person"}]
        if persons_after and back and not any(
            back[-1].tok_start - 2 <= c.tok_end <= back[-1].tok_start and c.kinds & {"kill", "capture", "wound"} for c in view.cues
        ):
            # (a fate's count only, its word right before the people: "عناصر الخلية البالغ عددهم 17 شخصاً، خططوا"
            # counts no fighters)
            back = []
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
        return None
    if bases:
        # "هاجمت المقاومة قاعدتين أمريكيتين"، "استهدفت ثلاث قواعد للاحتلال": a group counting the bases it
        # struck counts its attacks
        r.noun, r.rule = "attack", "bases-attacked"
    coordinated_part = (
        previous is not None
        # (or after a part whose nisba reads as its state's name, "بينهم 12 بريطانيا و5 فرنسيين")
        and (
            previous.rule in ("subset-by-nationality", "nationals-among-the-dead")
            or (previous.rule == "subset-of-previous" and previous.part_of is not None)
        )
        and joined_by_wa(a, p)
    )
    whole = previous
    among = max((c for c in view.cues_of("subset") if c.tok_end <= p.tok_start), key=lambda c: c.tok_start, default=None)
    if (
        whole is not None
        and not coordinated_part
        and among is not None
        and whole.placed.tok_start >= among.tok_end
        and (nisba_dual or _nationality_at(a, view, p.tok_end))
    ):
        # "10 أشخاص لقوا حتفهم، بينهم عسكريان و4 أجانب": the nationals are a part of the toll before "among", not of
        # the part named before them
        told = [
            x for x in (recent or {}).values()
            if x.metric is not None or x.noun == "person"
            # (the count "among" follows, past its noun and its verb at most: "10 أشخاص لقوا حتفهم، بينهم" — not one
            # told earlier, "أصيب 12 … الذين يحتجزون 20 رهينة بينهم ثمانية إندونيسيين")
            if view.tok_start <= x.placed.tok_start and among.tok_start - 4 <= x.placed.tok_end <= among.tok_start
        ]
        whole = max(told, key=lambda x: x.placed.tok_start) if told else None
    if (
        whole is not None
        and whole.noun == "person"
        and whole.side is None
        and whole.outcome == "kill"
        and noun is None
        and among is not None
        # (right after "among", or a later item of its list: "بينهم عنصر أمن تونسي وأربعة فرنسيين وثلاثة يابانيين")
        and (p.tok_start - 2 <= among.tok_end <= p.tok_start or (p.tok_start - 10 <= among.tok_end and joined_by_wa(a, p)))
        and view.tok_start <= whole.placed.tok_start
        and whole.placed.tok_end <= among.tok_start
        and (nisba_dual or _nationality_at(a, view, p.tok_end))
        # (a sentence that names no side outside the list of parts: not the men of a force or a group, "بينهم ثلاثة
        # باكستانيين من عناصر طالبان"، nor a fight's dead, "في معارك بين الجيش وحركة الشباب بينهم 10 صوماليين")
        and not any(
            c.kinds & {"armed_group", "friendly_group", "own_forces", "member", "friendly", "leader"}
            and not among.tok_end <= c.tok_start < p.tok_start
            for c in view.cues
        )
        and not any(
            getattr(e.obj, "type", "") == "actor" and _side_of_entity(e.obj) and not among.tok_end <= e.tok_start < p.tok_start  # type: ignore[arg-type]
            for e in view.entities
        )
    ):
        # "قتل 13 شخصاً من بينهم تسعة صينيين"، "مقتل 10 على الأقل، بينهم ستة صينيين": the nationals among a toll of
        # persons that names no side are its civilians (foreigners killed in an attack: engineers, tourists)
        r.noun, r.side, r.outcome = "civilian", "civilian", "kill"
        r.noun_end_tok = p.tok_end + (not nisba_dual)
        r.rule = "nationals-among-the-dead"
        r.metric = _metric(view, r, p)
        r.whole, r.part_of = whole.whole or whole.quantity.value, whole
        return None
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
        return None
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
        t = r.noun_end_tok + (a.token_text(r.noun_end_tok) in grammar("were_verbs"))
        fighting = a.token_in(t, grammar("fighting_verbs"), "")
        t += fighting
        ranks = a.token_in(t, grammar("in_ranks_words"), "") and a.token_text(t + 1) in grammar("ranks_words")
        # (or fighting "with" a group: "2900 روسي يقاتلون مع التنظيم في سوريا")
        beside = fighting and a.token_text(t) in grammar("fighting_with_words")
        if ranks or beside:
            side, ent, _ = _group_after(a, view, t + (2 if ranks else 1))
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
        if (struck := _struck_so_many_times(a, view, p)) is not None:
            r.noun, r.noun_end_tok, r.rule = struck, p.tok_end + 1, "struck-so-many-times"
        elif _post_struck_so_many_times(a, view, p):
            r.noun, r.noun_end_tok, r.rule = "attack", p.tok_end + 1, "a-post-struck-so-many-times"
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
        return None
    return noun, kinds


def _read_subsets(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, clause: tuple[int, int], noun: Cue | None, nxt: int, q: Quantity,
    kinds: frozenset[str]
) -> tuple[bool, bool] | None:
    """Subsets and list items: whether the number is a part (بينهم، منهم، منها) of a count before it and
    of what, the events a part counts, each part's own side, and an item joined by و or by place to
    the one before, or a later period compared with an earlier one.
    Returns None when the reading is settled early (``_read_count`` returns it as it stands), else
    coordinated, subset_before.
    """
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
            return None
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
    if (
        (subset_after or subset_before)
        and previous is not None
        and r.noun is None
        # (nor more than a count of events in the sentence before, whose part it cannot be: not "هم أربعة تحتجزهم
        # الشرطة" after "الاعتداءين")
        and not (
            previous.noun in ("attack", "operation")
            and (q.value or 0) > (previous.quantity.value or 0) > 0
            and previous.placed.tok_start < view.tok_start
        )
    ):
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
    by_place = a.token_text(p.tok_end) in grammar("in_at_words") and any(
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
        # (or "in the ranks of": "مئة قتيل في صفوف المتمردين وأربعة في صفوف القوات الحكومية")
        ranks = a.token_in(p.tok_end, grammar("in_ranks_words"), "") and a.token_text(p.tok_end + 1) in grammar("ranks_words")
        if (ranks or a.token_text(p.tok_end) in grammar("of_words")) and r.noun in ("person", "member", "friendly"):
            # "27 من تنظيم داعش و283 من القوات الحكومية": the item names its own side
            side, ent, _ = _group_after(a, view, p.tok_end + ranks)
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
    return coordinated, subset_before


def _read_outcome(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, clause: tuple[int, int], noun: Cue | None, coordinated: bool,
    toll_after_number: str | None, kinds: frozenset[str], q: Quantity, subset_before: bool
) -> Cue | None:
    """The outcome: the trigger before the number (or a verb after it, the toll after it, the outcome
    nouns), an item's own verb, a beheading, a sentence, an assault, kill_after/wound_after nouns,
    finishing off ("قضى على"), the freed and the lost, and the outcome a long subject's verb gives.
    Returns trig.
    """
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
    if (
        trig is not None
        and trig.phrase in grammar("heads_words")
        and not any(a.token_in(t, grammar("beheading_verbs"), "و") for t in range(max(view.tok_start, trig.tok_start - 6), trig.tok_start))
    ):
        # "رؤوس" alone is a beheading only after its cutting verb a few words before ("قطع مسلحون، في الأسبوعين
        # الماضيين، رؤوس 9 مدنيين") —
        # not a bounty or a threat ("مكافآت على رؤوس 4 من قادة الحركة"، "سيقطع رؤوس 12 من الأسرى")
        trig = None
    if trig is not None and "kill" in trig.kinds and _sentence_passed(a, view, clause[0], trig.tok_start - 1, trig.tok_start):
        # "وطاول حكم الإعدام 7 آخرين": a sentence passed on them, not their deaths
        trig = None
    # (a part counted by rank keeps the fate of the toll it parts when no verb of its own is near: "بينهم
    # ضابط برتبة عميد، و6 برتبة رائد"; so does the next item of a list by place: "وفي حماة 7 وإدلب 4")
    kept = r.rule == "counted-by-rank" or (
        # (not past a fate of its own told right after it: "وفي حماة 4 أصيبوا بجروح"، "وإدلب 4 اعتقلوا")
        r.rule == "gapped-by-place"
        and _trigger_after(view, p.tok_end, clause, a) is None
        and not any(p.tok_end <= c.tok_start <= p.tok_end + 1 and c.kinds & _OUTCOME_OR_AFTER_KINDS for c in view.cues)
    )
    r.outcome = _outcome(trig) or (r.outcome if kept else None)
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
    if (
        r.outcome is None
        and "detained_noun" in kinds
        and not _other_outcome_before(view, p, clause)
        and q.noun_start is None
        # (nor the held who got away, the verb right before them: "وفرّ 20 سجيناً من السجن")
        and not any(a.token_in(t, grammar("fled_verbs"), "و") for t in range(max(clause[0], p.tok_start - 2), p.tok_start))
    ):
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
    on_words = grammar("on_words")
    while ala > max(view.tok_start, p.tok_start - 4) and a.token_text(ala) not in on_words and a.token_text(ala) in qualifier_words():
        ala -= 1
    if r.rule in ("noun-then-number-word", "number-in-brackets-after-noun") and noun is not None and noun.tok_end == p.tok_start:
        # (or before the noun a number word or its figure in brackets follows: "قضت مفرزة على إرهابيين اثنين"،
        # "قضت مفرزة على إرهابيين (02) خطيرين")
        ala = noun.tok_start - 1
    if r.outcome is None and a.token_text(ala) in grammar("on_words") and any(
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
        on_words = grammar("on_words")
        if (
            died is not None
            and died.phrase in grammar("died_qada_forms")
            and not any(a.token_text(t) in on_words for t in range(died.tok_end, p.tok_start))
            # (not a ruling, "قضى الحكم بحبس ستة متهمين"، nor time spent, "المدة التي قضاها في الحبس ثمانية")
            and not any(a.token_in(t, grammar("sentencing_words"), "وب") for t in range(died.tok_end, p.tok_start))
            and a.token_text(died.tok_end - 1).removeprefix(died.prefix) == died.phrase
        ):
            r.outcome = "kill"  # "قضى خلال العام 627 عنصراً من قوات النظام": died, its subject after it
    if r.outcome is None and a.token_text(ala) in grammar("on_words") and any(
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
    loss_masdars = grammar("loss_masdars")
    # (nor a force's own losses: "فقدت عشرة رجال كما أصيب 40 من أفرادها")
    lost = any(c.phrase not in loss_masdars and c.tok_end == p.tok_start for c in view.cues_of("loss"))
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
        if (
            r.outcome is None
            and r.noun in ("civilian", "person")
            and clause[1] <= q_at < view.tok_end
            and any(a.marks_before(t, "،,") for t in range(p.tok_end + 1, q_at))
        ):
            # "40 شخصاً، جميعهم مدنيون، قتلوا": the people's side read past the comma of its aside, the verb right
            # after it is theirs (not a next clause's: "و38 مدنياً، فيما أصيب 5")
            r.outcome = _outcome(_trigger_after(view, q_at, (q_at, q_at + 1), a))
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
        took_part = _cue_at(view, q_at, {"other_outcome"})
        if r.outcome is None and took_part is not None and took_part.phrase in grammar("participation_words") and _killed_past_participation(a, view, took_part):
            # "ستة مسلحين شاركوا في الهجوم قتلوا برصاص الشرطة": past the clause of taking part, to the verb
            r.outcome = "kill"
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
        # (nor the held who got away: "وفرّ 20 سجيناً من عناصر التنظيم من سجن في إدلب")
        and not any(a.token_in(t, grammar("fled_verbs"), "و") for t in range(view.tok_start, p.tok_start))
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
    if (
        r.outcome != "kill"
        and any(c.tok_end == p.tok_start for c in view.cues_of("meet_fate"))
        and any(a.token_text(t) in grammar("own_fate_nouns") for t in range(p.tok_end, min(p.tok_end + 4, view.tok_end)))
    ):
        # "أصيبوا في الهجوم ولقي اثنان منهم حتفهما": the verb right before the number and its fate noun after
        # it tell this count's own fate, whatever verb the clause had before
        r.outcome = "kill"
    return trig


def _subject_before_its_object(a: Analysis, view: SentenceView, p: Placed, r: Reading) -> bool:
    """Is the count at ``p`` followed, past its noun and one adjective at most, by another count with no
    و, comma or "of them" between: the verb before them has its subject, then its object
    (قتل مسلحان جهاديان 21 سائحاً) — not a part told after its whole (قتل 5 جنود 2 منهم ضباط)?"""
    if r.noun != "member":
        return False  # (the doers are armed men: gunmen, bombers)
    end = max(r.noun_end_tok or p.tok_end, p.tok_end)
    for t in (end, end + 1):
        # (past one adjective: a word of the same men, "مسلحان جهاديان", or a bare nisba, "مسلحين أجانب" — not a
        # preposition setting one count against another, "5 جنود مقابل 20 مسلحاً")
        if t > end and not (
            _cue_at(view, end, {"member", "armed_group"}) is not None
            or (_bare_word(a, view, end) and a.token_text(end).endswith(("ي", "يا", "يان", "يين", "يون", "ية", "ب")))
        ):
            break
        q = next((x for x in view.quantities if x.tok_start == t), None)
        if q is None:
            continue
        return (
            q.obj.kind == "count"  # type: ignore[attr-defined]
            and not q.prefix
            # (not "one of them" setting a part apart: "4 عناصر من خلايا داعش أحدهم قيادي")
            and not a.token_in(t, grammar("one_of_them"), "و")
            and not _punctuated_before(a, t, "،,؛;:.()-–\"«»")
            and _cue_at(view, q.tok_end, {"subset"}) is None
            # (the object is people other than armed men: "9 دواعش 3 قياديين" is a breakdown of the dead)
            and _cue_at(view, q.tok_end, {"civilian", "friendly", "person"}) is not None
        )
    return False


def _taken_by_a_group(a: Analysis, view: SentenceView, p: Placed, r: Reading, trig: Cue | None) -> bool:
    """Is the capture of the men counted at ``p`` an armed group's deed: the group named right after the
    capture verb and its object pronoun, as its subject (أسرهم التنظيم), or the subject of the sentence's first verb,
    which the capture verb continues behind و with no force named between (هاجمت عناصر من بوكو حرام القرية …
    واعتقلت)? Not where the men counted are tied to a group after them (4 عناصر من خلية لداعش)."""
    end = r.noun_end_tok or p.tok_end
    if trig is None or "capture" not in trig.kinds:
        # (the verb after its object: "30 مقاتلاً كردياً أسرهم التنظيم")
        trig = next((c for c in view.cues_of("capture") if end <= c.tok_start <= end + 2), None)
        if trig is None:
            return False
    groups = [e for e in view.entities if e.obj.type == "actor" and _side_of_entity(e.obj) == "armed"]  # type: ignore[arg-type, attr-defined]
    if any(p.tok_end <= e.tok_start <= end + 3 for e in groups):
        return False
    if a.carries_pronoun(trig) and (
        any(e.tok_start == trig.tok_end for e in groups) or any(c.tok_start == trig.tok_end for c in view.cues_of("armed_group"))
    ):
        # (a verb with its object pronoun, then its subject: "أسرهم التنظيم" — not a masdar and its genitive,
        # "اعتقال خلية للتنظيم")
        return True
    if not trig.prefix.startswith("و") or trig.tok_start - view.tok_start > 30:
        return False
    # (the count right after the verb: the verb names no subject of its own, "واعتقلت قسد لاحقاً 80 عنصراً"; and
    # not the group's own men, "واعتقل 15 من عناصره")
    if any(a.token_text(t) not in qualifier_words() for t in range(trig.tok_end, p.tok_start)) or any(
        end - 1 <= c.tok_start <= end + 1 and a.carries_pronoun(c) for c in view.cues if c.kinds & {"member", "leader"}
    ):
        return False
    # (one group only: another the sentence names, "داهمت هيئة تحرير الشام خلية لداعش … واعتقلت 6", is the
    # target whose men were caught)
    if len({e.obj.id for e in groups}) > 1:  # type: ignore[attr-defined]
        return False
    named = sorted(
        [
            (e.tok_start, _side_of_entity(e.obj))  # type: ignore[arg-type]
            for e in view.entities
            if e.tok_end <= trig.tok_start and e.obj.type == "actor"  # type: ignore[attr-defined]
        ]
        + [(c.tok_start, "armed") for c in view.cues_of("armed_group") if c.tok_end <= trig.tok_start]
        + [(c.tok_start, "armed") for c in view.cues_of("member") if c.tok_end <= trig.tok_start and c.kinds == {"member"}]
        + [(c.tok_start, "friendly") for c in view.cues_of("friendly_group") if c.tok_end <= trig.tok_start]
    )
    # (the first named is the group and nothing but the group is named; the group opens the sentence, or an
    # attack's verb before it does: "مسلحو داعش هاجموا … واعتقلوا"، "هاجمت عناصر من بوكو حرام … واعتقلت" — not a
    # statement's object, "أعلنت السلطات تفكيك خلية لداعش واعتقال 5 من عناصرها")
    if not named or not all(side == "armed" for _, side in named):
        return False
    first = named[0][0]
    return first - view.tok_start <= 1 or any(
        view.tok_start <= c.tok_start <= view.tok_start + 1 and c.tok_end <= first for c in view.cues_of("attack")
    )


def _in_a_mass_grave(a: Analysis, view: SentenceView) -> bool:
    """Does the sentence tell of a mass grave, by name or as "the grave" after one was named before it, and of
    whose dead: a group that killed or buried them, or people of a civilian kind (not "رفات 3500 جثة يعتقد أنها
    مجهولة الهوية", a city's unnamed dead of every side)?"""
    if not view.cues_of("mass_grave") and not (
        any(a.token_in(t, grammar("grave_words"), "وفب") for t in range(view.tok_start, view.tok_end))
        # (named in one of the two sentences before)
        and any(v.cues_of("mass_grave") for v in [v for v in a.views if v.tok_end <= view.tok_start][-2:])
    ):
        return False
    civil = grammar("civil_adjectives")
    if any(a.token_text(c.tok_end - 1) not in civil for c in view.cues_of("civilian")) or view.cues_of("armed_group"):
        return True
    return any(
        getattr(e.obj, "type", "") == "actor" and side_of_actor(e.obj.id) == "armed"  # type: ignore[attr-defined]
        for e in view.entities
    )


def _read_outcome_from_context(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, clause: tuple[int, int], noun: Cue | None, kinds: frozenset[str],
    trig: Cue | None
) -> tuple[Cue | None] | None:
    """The outcome from the context: the head of a list and its parts, funerals, martyrs, the executed,
    the others of a toll (taken to hospital, sentenced), an outcome blocked by another before it, and
    the outcome a list's next item or an addition shares with the count before it.
    Returns None when the reading is settled early (``_read_count`` returns it as it stands), else
    trig.
    """
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
    if (
        r.outcome in (None, "kill")
        and r.side in (None, "civilian")
        and r.group_entity is None
        and (r.noun in ("person", "civilian") or (r.noun is None and a.token_in(p.tok_end, grammar("remains_nouns"), "")))
        and not a.token_in(p.tok_end, grammar("grave_words"), "")
        # (not the dead said to be a group's men: "12 جثة … يعتقد أنها لعناصر من داعش")
        and not any(c.prefix == "ل" and p.tok_end <= c.tok_start < p.tok_end + 12 for c in view.cues_of("member"))
        and (
            any(a.token_in(t, grammar("remains_nouns"), "") for t in (p.tok_start - 1, p.tok_end))
            or any(a.token_in(t, grammar("grave_holding_verbs"), "و") for t in range(clause[0], p.tok_start))
        )
        and _in_a_mass_grave(a, view)
    ):
        # "مقبرة جماعية تضم رفات 25 شخصاً"، "ضمت المقبرة 35 جثة": a mass grave's dead were killed, and,
        # unless named as a force's men (رفات 13 جندياً), were civilians
        r.noun, r.side, r.outcome = "civilian", "civilian", "kill"
        r.rule = "dead-of-a-mass-grave"
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
            # (not the men told as someone's after من: "كمين أدى إلى مقتل خمسة عناصر من المهاجمين")
            or (_force_suffered_an_attack(a, view, p) and a.token_text(r.noun_end_tok or p.tok_end) not in grammar("of_words"))
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
        return None
    if (
        r.outcome in ("kill", "capture")
        and trig is not None
        # (the verb right before the doers, with no subject of its own: "قتل مسلحان جهاديان 21 سائحاً")
        and p.tok_start == trig.tok_end
        and _subject_before_its_object(a, view, p, r)
    ):
        # "قتل مسلحان جهاديان 21 سائحاً": the verb's subject counted before its object is its doers, not its dead
        r.outcome, r.metric, r.rule = None, None, "doers-counted-before-their-object"
        return None
    if r.outcome == "capture" and r.group_entity is None and _taken_by_a_group(a, view, p, r, trig):
        # "ونحو 30 مقاتلاً كردياً أسرهم التنظيم"، "هاجمت عناصر من بوكو حرام قريتين واعتقلت 60 شخصاً": a group's
        # captives, no group's men caught
        r.outcome, r.metric, r.rule = None, None, "taken-by-a-group"
        return None
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
            return None
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
                r.noun == "person"
                and r.side is None
                and any("leader" in c.kinds and trig.tok_end <= c.tok_start < add for c in view.cues)
                # (his group named, or told by its adjective: "أمير تنظيم إرهابي")
                and (_armed_between(view, trig.tok_end, add) or any("member" in c.kinds and trig.tok_end <= c.tok_start < add for c in view.cues))
            ):
                # "القضاء على أمير تنظيم إرهابي …، إضافة إلى 4 أفراد شديدي الخطورة": persons added to a group's
                # leader the verb named are his men
                r.noun, r.side = "member", "armed"
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
    return trig,


def _read_losses(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    clause: tuple[int, int], noun: Cue | None, q: Quantity
) -> bool:
    """Parts in brackets of a whole distributed by place, and losses: what a force lost or missed
    ("فقد"، "خسر"), its dead, its missing and its men gone, and a bare number joined to the next one
    that shares its noun.
    Returns True when the reading is settled early (``_read_count`` returns it as it stands).
    """
    whole = (previous.part_of or previous) if previous is not None and previous.placed.tok_start >= view.tok_start else None
    if r.noun is None and r.outcome is None and whole is not None and whole.noun and _bracketed_after_a_place(a, view, p):
        # "45 عملية توزعت على العراق (30) وسوريا (15)"، "45 مدنياً توزعوا على حلب (30) وإدلب (15)": each
        # place's share of the count before, in brackets after its name
        r.noun, r.side, r.outcome, r.leader = whole.noun, whole.side, whole.outcome, whole.leader
        r.group_entity = whole.group_entity
        r.part_of, r.whole = whole, whole.quantity.value
        r.rule = "share-of-a-place-in-brackets"
    loss_masdars = grammar("loss_masdars")
    lost_verbs = grammar("lost_verbs")
    loss = next(
        (
            c
            for c in view.cues
            if "loss" in c.kinds
            # (فقدان ثمانية آخرين: missing — but a force's first word of its own men is their death:
            # "أعلن الجيش فقدان اثنين من جنوده وإصابة ثمانية")
            and (c.phrase not in loss_masdars or _lost_own_men(a, view, c, p))
            and before_time_aside(a, view, clause, p.tok_start) <= c.tok_start < p.tok_start
            and (
                c.phrase not in lost_verbs
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
        between_words = grammar("between_words")
        in_words = grammar("in_words")
        # "أوقعت في صفوف الحوثيين 30 قتيلاً"، "أوقعت بين الحوثيين وقوات صالح ستين قتيلاً": the side the
        # toll was inflicted on, named between the verb and the number
        # (past the verb's own subject: "أوقعت القوات في صفوف الحوثيين 30 قتيلاً")
        start = next(
            (
                t + (a.token_text(t) in between_words)
                for t in range(inflict.tok_end, p.tok_start)
                if a.token_text(t) in between_words or (a.token_text(t) in in_words and a.token_in(t + 1, grammar("ranks_words"), ""))
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
        and loss.phrase in grammar("lost_verbs")
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
        return True
    if loss is not None and a.token_text(loss.tok_end) in grammar("trace_words"):
        # "وفقد أثر 18 جندياً": their trace was lost — missing, not dead
        r.outcome, r.metric, r.rule = None, None, "went-missing"
        return True
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
        if a.token_text(p.tok_end) in grammar("of_words") and any(
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
        return True
    return False


def _read_bare_number(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, clause: tuple[int, int], noun: Cue | None, trig: Cue | None,
    q: Quantity, toll_after_number: str | None
) -> bool:
    """A bare number after a trigger ("مقتل 14 واعتقال 92"): the noun and side it takes from the count
    before it in the sentence, the men of its own group, a lone force or the force an attack struck.
    Returns True when the reading is settled early (``_read_count`` returns it as it stands).
    """
    if r.noun is None and r.outcome is not None:
        # مقتل 14 واعتقال 92: a bare number after a trigger
        same_sentence = previous is not None and previous.placed.tok_start >= view.tok_start
        # "فيما قتل 160 من قوات النظام": its own group (not the next item's, "12، وقوات التحالف 9")
        own_group = _group_after(a, view, p.tok_end)[0] if a.token_text(p.tok_end) in grammar("of_words") else None
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
            if side is None and _tied_to_a_group_after(a, view, p.tok_end):
                # "قتلت قوات الأمن ستة يشتبه بانتمائهم لتنظيم داعش": the words after the number tie its men to a group,
                # whatever force the verb's subject names
                side = "armed"
            if side is None and _of_its_ranks(a, p.tok_end, grammar("of_words")):
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
            if (
                r.side is None
                and r.outcome == "kill"
                and trig is not None
                and not part
                and (_targeted_men_before(a, view, trig) or _dead_of_operations_against_a_group(a, view, trig))
            ):
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
            # "ألقت القبض على مشتبه واحد"، "على مشتبهين اثنين": the suspects a number word follows, a group's
            # men where the passage is about one (as "3 مشتبهين" are)
            # (not a definite list the number word describes: "قائمة المطلوبين التسعة")
            r.suspect = r.suspect or (
                r.outcome == "capture"
                and any(c.tok_end == p.tok_start and "suspect" in c.kinds and not a.token_text(c.tok_start).startswith("ال") for c in view.cues)
            )
            if trig is not None and any(
                c.kinds & {"friendly", "civilian"}
                and view.tok_start <= c.tok_start < trig.tok_start
                and not any(q.tok_end == c.tok_start for q in view.quantities)
                and _side_joined_to_noun(a, view, c)
                for c in view.cues
            ):
                # "عدد العسكريين والمدنيين الذين قتلوا … ارتفع إلى 273": a toll of both sides together
                r.side, r.rule = None, "mixed-sides"
                return True
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
    return False


def _read_side_from_the_toll(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, clause: tuple[int, int], noun: Cue | None, q: Quantity,
    kinds: frozenset[str], trig: Cue | None
) -> bool:
    """The side from the toll and its context: a share of a toll already given, the side of persons
    counted in whose ranks or by the kind of the dead, losses of a force, persons suspected of or wanted
    for belonging to a group, citizens taken as a group's men, a dismantled cell, the others of persons
    of no side, a monitor's count of the disappeared.
    Returns True when the reading is settled early (``_read_count`` returns it as it stands).
    """
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
        if _tied_to_a_group_after(a, view, p.tok_end + (a.token_text(p.tok_end) in grammar("of_words"))):
            # "مقتل عشرة من قوات الأمن و30 من المشتبه بانتمائهم لتنظيم داعش": the men the list's next item ties to
            # a group are the group's, not the side of the item before
            r.side, r.leader, r.group_entity = "armed", False, None
        r.rule = "breakdown-of-earlier-toll"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and noun is not None
        and _tied_to_a_group_after(a, view, noun.tok_end)
        # (a tie of belonging, "يشتبه بانتمائهم"، "يشتبه بصلتهما" — not a leader believed to be among them, "يعتقد وجود أحد
        # قادة الوحدات")
        and any(a.token_in(t, grammar("suspected_ties"), "وب") for t in range(noun.tok_end + 1, noun.tok_end + 4))
        # (not a new subject after أن: "قتل 5 أشخاص يعتقد أن مسلحين من حركة الشباب اختطفوهم")
        and not any("complementizer" in c.kinds and noun.tok_end < c.tok_start <= noun.tok_end + 2 for c in view.cues)
    ):
        # "قتل ثلاثة أشخاص، يشتبه في انتمائهم لتنظيم القاعدة، في قصف": persons the words after them tie to a group
        # are its men
        r.noun, r.side = "member", "armed"
        r.rule = r.rule or "persons-tied-to-a-group"
    if (
        r.noun == "person"
        and r.side is None
        and r.outcome == "kill"
        and (
            (noun is not None and noun.kinds & {"kill", "kill_after"})
            # (or a bare number with its place: "وقضى 15 في ريف حماة، واستشهد 8 في إدلب")
            or (noun is None and r.rule == "bare-number-after-trigger" and a.token_text(p.tok_end) in grammar("in_words"))
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
                and a.token_text(noun.tok_end) not in grammar("of_words")  # (not its own men: "6 عناصر من مقاتليها")
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
        between_words = grammar("between_words")
        for t in range(end, min(end + 4, clause[1])):
            # (right after the noun: not past a verb, "10 أشخاص كانوا يختبئون بين المدنيين")
            civ = _cue_at(view, t + 1, {"civilian"}) if t == end and a.token_text(t) in between_words else None
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
        and a.token_text(trig.tok_start - 1) in grammar("of_words")
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
        return True
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
            or a.token_in(r.noun_end_tok or p.tok_end, grammar_union("belonging_verbs", "forming_verbs"), "")
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
        return True
    if r.suspect and r.side is None and r.outcome in ("kill", "capture"):
        # "مقتل أربعة مطلوبين واعتقال قيادي في تنظيم داعش"، "اعتقال 15 متهماً بالإرهاب"،
        # "قتل الجيش 10 إرهابيين واعتقل 6 مشتبه بهم": suspects tied to a group, to terrorism,
        # or arrested where the report has counted a group's men already
        earlier = any(x.side == "armed" for x in (recent or {}).values())
        if _tied_to_group(view) or _terror_words(a, view) or earlier:
            r.side = "armed"
    return False


def _killed_past_participation(a: Analysis, view: SentenceView, took_part: Cue) -> bool:
    """A verb of killing a few words past "شاركوا في …", before any other number, agreeing with the men
    counted and joined to nothing: they died ("شاركوا في الهجوم قتلوا برصاص الشرطة") — not a verb of the attack
    told in a clause of its own ("شاركوا في الهجوم الذي قتل فيه 20"، "وقتل منهم 12")."""
    ends = [q.tok_start for q in view.quantities if q.tok_start > took_part.tok_end]
    hi = min([took_part.tok_end + 5, *ends])
    return any(
        took_part.tok_end < c.tok_start < hi
        and "kill" in c.kinds
        and not c.prefix
        and a.token_text(c.tok_start).endswith(("وا", "ا"))
        and not any(a.token_in(t, grammar("which_words"), "و") for t in range(took_part.tok_end, c.tok_start))
        # (the verb with no object of its own: not "شاركوا في الهجوم قتلوا 15 جنديا"، "قتلوا الرهائن"، "قتلوا عددا
        # من الجنود" — the men who took part killed)
        and not _object_after(a, view, c.tok_end)
        for c in view.cues
    )


def _object_after(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Does an object stand right after a verb ending at ``tok``: a number, people or a force, or a word of some?"""
    if tok >= view.tok_end:
        return False
    if any(q.tok_start in (tok, tok + 1) for q in view.quantities):
        return True
    if any(c.tok_start == tok and c.kinds & (PEOPLE_KINDS | {"friendly_group", "armed_group", "leader"}) for c in view.cues):
        return True
    # (hostages and the like, or a word of some with its accusative ending too: "قتلوا عددا من الجنود")
    return a.token_in(tok, grammar("uncounted_people"), "ال") or a.token_text(tok).removesuffix("ا") in grammar("partitive_words")


def _read_operations(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    recent: dict[str, Reading] | None, clause: tuple[int, int], noun: Cue | None, q: Quantity,
    trig: Cue | None
) -> bool:
    """Operations, attacks and the groups behind them: the combined counts an outcome's noun closes,
    whose operations or attacks are counted (a group's, a state's, against a group, crimes, sorties,
    foiled plots, the means of one attack), the persons counted in a group's ranks or its count head,
    and whether the men are a cell's or cadets.
    Returns True when the reading is settled early (``_read_count`` returns it as it stands).
    """
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
        # (taking part is no fate: "قتل 90 إرهابياً من داعش شاركوا في الهجوم" were killed, and so were "ستة
        # مسلحين شاركوا في الهجوم قتلوا برصاص الشرطة", the verb past the clause of taking part)
        and not (c.phrase in grammar("participation_words") and (r.outcome is not None or _killed_past_participation(a, view, c)))
        for c in view.cues_of("other_outcome")
    ):
        # "بينهم 46 قتيلاً، و8 سلموا أنفسهم": what the verb after the number says happened wins
        r.outcome, r.metric, r.rule = None, None, "other-outcome-after"
        return True
    own_attack_noun = r.noun in ("attack", "operation") and (
        q.noun_start is not None or _cue_at(view, p.tok_end, {"attack", "operation"}) is not None
    )
    if r.outcome is not None and not own_attack_noun and _combined_total(a, view, p, trig, clause):
        # (not the attacks that caused them, named with their number: "سقط عشرات القتلى والمصابين إثر تفجيرين")
        own = _cue_at(view, p.tok_end, {"kill_after", "wound_after"})
        if own is None or own.kinds >= {"kill_after", "wound_after"}:
            # مقتل وإصابة 30، قتلت أو اعتقلت 25، سقطوا بين قتيل وجريح: a total that mixes outcomes
            r.metric, r.rule = None, "combined-outcomes"
            return True
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
        return True
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
        r.outcome == "kill"
        and noun is not None
        and noun.phrase in grammar("victim_words")
        and a.token_text(noun.tok_start) in grammar("victim_words")
        # (not victims a verb or a noun says are dead: "قتل 7 ضحايا بانفجار لغم"، "230 ضحية قتيلاً")
        and not any(
            "kill" in c.kinds and clause[0] <= c.tok_start < p.tok_start and not a.token_in(c.tok_start, grammar("fall_words"), "و")
            for c in view.cues
        )
        and not any(c.kinds & {"kill", "kill_after"} and noun.tok_end <= c.tok_start <= noun.tok_end + 2 for c in view.cues)
        and _killed_by_mines(a, view, p)
    ):
        # "سقوط 101 ضحية بسبب الألغام": the victims of mines are their dead and their maimed together — a
        # count of casualties, not of the dead (nor are its parts: "منهم 165 طفلاً")
        r.outcome = None
        r.rule = "casualties-of-mines"
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
        return True
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
    on_words = grammar("on_words")
    if r.noun == "attack" and noun is not None and any(
        a.token_text(t) in on_words
        and a.token_in(t + 1, grammar("facility_words"), "ال")
        and any(a.token_in(u, grammar("civilian_facility_adjectives"), "ال") for u in range(t + 2, min(t + 4, view.tok_end)))
        for t in range(noun.tok_end, min(noun.tok_end + 3, view.tok_end))
    ):
        # "10 اعتداءات على مراكز حيوية مدنية": a rights monitor's count of attacks on civilian facilities,
        # by every party, is no count of a group's attacks (not "9 هجمات على مراكز أمنية": its own)
        r.rule = "attacks-on-facilities"
        return True
    if r.noun in ("operation", "attack") and noun is not None and a.token_in(noun.tok_end, grammar("riot_or_crime_words"), "و"):
        # "100 عملية سطو مسلح": robberies counted as operations are crimes, no conflict's
        r.rule = "crimes"
        return True
    if r.noun == "operation" and noun is not None and (
        any(a.token_text(t) in grammar("non_combat_purposes") for t in range(noun.tok_end, min(noun.tok_end + 3, view.tok_end)))
        or a.token_text(noun.tok_end) in grammar("non_combat_campaigns")
    ):
        # "ثماني طلعات للنقل"، "1400 طلعة إلى التزود بالوقود"، "99 حملة إنسانية": sorties or campaigns that fought nobody
        r.rule = "non-combat-sorties"
        return True
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
        return True
    if r.noun == "attack" and a.token_in(p.tok_start - 1, grammar("means_words"), "و"):
        # "الهجوم نفذ بواسطة تفجيرين": the blasts one attack was made of, not attacks
        r.rule = "means-of-an-attack"
        return True
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
    under_words = grammar("under_words")
    if (
        r.noun in ("person", "member")
        and r.outcome is None
        and noun is not None
        and any(
            a.token_text(t) in under_words and a.token_text(t + 1) in grammar("command_words")
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
        and not a.token_in(noun.tok_end + (a.token_text(noun.tok_end) in grammar("of_words")), grammar("attacker_nouns"), "")
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
    return False


def _leader_named_after_one(a: Analysis, view: SentenceView, tok: int) -> bool:
    """A leader named right after "one of them", or past "is (one) of": "أحدهم قيادي"، "وأحدهم هو من قادة العصابات"."""
    for skip in range(3):
        if _cue_at(view, tok + skip, {"leader"}) is not None:
            return True
        if not a.token_in(tok + skip, grammar("one_is_of_words"), ""):
            return False
    return False


def _read_metric(
    a: Analysis, view: SentenceView, p: Placed, r: Reading, previous: Reading | None,
    clause: tuple[int, int], noun: Cue | None, mixed: bool, subset_before: bool, q: Quantity
) -> Reading:
    """The metric and its corrections: the metric the noun, side and outcome give, then every
    construction that takes it back (mixed sides, non-combatants, men on the move or at large, swaps,
    crimes and mishaps, tolls since overtaken, ordered or transferred arrests, rates…), the leader
    among a count's own parts, and the rule and list item of what is left. Returns the reading.
    """
    r.metric = _metric(view, r, p)
    if mixed:
        r.metric, r.rule = None, "mixed-sides"
        return r
    t = (r.noun_end_tok or p.tok_end) if q.noun_start is None else p.tok_end
    t += a.token_text(t) in grammar("of_words")
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
    if _pronoun_one(q) and previous is not None and previous.metric and _leader_named_after_one(a, view, p.tok_end):
        # "اعتقال 4 عناصر أحدهم قيادي": the contract's leader among them
        r.metric = {"killed": "leaders_killed", "captured": "leaders_captured"}.get(previous.metric)
        r.rule = "one-of-them-a-leader"
    elif (
        _pronoun_one(q)
        and previous is not None
        and previous.outcome == "wound"
        and previous.side in ("friendly", "civilian", "armed")
        and r.outcome == "kill"
        and a.token_in(p.tok_start - 1, grammar("plain_death_verbs"), "وف")
    ):
        # "أصيب أربعة من عناصر الشرطة … توفي أحدهم متأثراً بجراحه": one of the wounded died, one of theirs killed
        # (the contract's explicit "one of")
        r.noun, r.side, r.group_entity = previous.noun, previous.side, previous.group_entity
        r.metric = _metric(view, r, p)
        r.rule = "one-of-the-wounded-died"
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
