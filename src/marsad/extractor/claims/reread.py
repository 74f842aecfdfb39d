"""A count read again in the light of the count read before it (``_read_again``)."""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.recognize.cues import grammar, grammar_stems, grammar_union

from .attacks import (
    _agent_side,
    _ambush_posts,
    _attack_on_a_force_after,
    _gunfight_with_a_force,
    _targetings_counted,
)
from .groups import _force_did_it, _group_after
from .metric import _metric
from .parts import _all_of_them_civilians, _all_the_dead_civilians, _fighters_of_a_fight_between_sides
from .reading import Reading
from .sides import _sides_named
from .tolls import _doer_of_the_operations_tolled, _killed_and_wounded_after
from .triggers import _outcome, _own_fate_after
from .words import _OUTCOME_KINDS, _PEOPLE_OR_FORCE_KINDS, PEOPLE_KINDS, _cue_at, qualifier_words


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
        and a.token_text(p.tok_end) in grammar("of_words")
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


def _attackers_clause_after(a: Analysis, view: SentenceView, end: int) -> bool:
    """A verb of attack (شنوا، هاجموا، حاولوا) right after the people counted, past a qualifier."""
    t = end
    while t < view.tok_end and a.token_text(t) in qualifier_words():
        t += 1
    if a.token_text(t) in grammar("least_words"):  # (على الأقل: على is a qualifier word, الأقل its end)
        t += 1
    if a.token_in(t, grammar("attempt_verbs"), ""):
        return a.token_in(t + 1, grammar("attack_verbal_nouns"), "")
    return a.token_in(t, grammar("attackers_clause_verbs"), "")


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
