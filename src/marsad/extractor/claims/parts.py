"""Parts and subsets: a count that is a part of another and the whole it is part of.

بينهم 9 أطفال، منهم: the part and its whole, subset lists, and the civilians or combatants among
a toll.
"""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.recognize.cues import Cue, grammar, grammar_union

from .groups import _group_after
from .nouns import _noun_after
from .reading import Reading
from .sides import _side_of_entity, _sides_named
from .words import (
    _DIED_KINDS,
    _PEOPLE_NOUNS,
    _PEOPLE_OR_FORCE_KINDS,
    _cue_at,
    _demographic_nouns,
    _died_after,
    _nationality_at,
    _qualifier_after_at,
)


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


def _captives_before_subset(a: Analysis, view: SentenceView, p: Placed, previous: Reading) -> bool:
    """"عشرات الأسرى منهم 16": the word before "of them" names people held, who are not the count
    before (not "أعدم داعش 40 من الأسرى، منهم 16 امرأة": those 40 were executed)."""
    sub = next((c for c in view.cues_of("subset") if p.tok_start - 2 <= c.tok_end <= p.tok_start), None)
    if sub is None or not a.token_in(sub.tok_start - 1, grammar("captive_nouns"), "و"):
        return False
    return sub.tok_start - 1 > (previous.noun_end_tok or previous.placed.tok_end) + 1


def _civilians_of_a_toll(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A death toll or a documenting verb before the number, and no word of wounds, arrests or another
    fate anywhere in the sentence."""
    # (also the dead and wounded named together: "وثق مقتل وإصابة ما لا يقل عن 74 مدنياً" counts both)
    if any(c.kinds & {"wound", "wound_after", "capture", "detained_noun", "other_outcome", "mixed_outcome_noun"} for c in view.cues):
        return False
    # (not the living: "أحصى التقرير 5000 مدني يعيشون في مخيم الهول")
    if any(a.token_in(t, grammar("living_verbs"), "و") for t in range(p.tok_end, min(p.tok_end + 4, view.tok_end))):
        return False
    # (nor visitors: "إذ زارها نحو ستة ملايين سائح")
    if any(a.token_in(t, grammar("visiting_verbs"), "و") for t in range(max(view.tok_start, p.tok_start - 3), p.tok_start)):
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


def _whole_of_a_part(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number at ``p`` the whole a count right before it is taken out of (3 من أصل 5، 3 من بين 5، ثلاثة
    من خمسة)?"""
    t = p.tok_start - 1
    if a.token_in(t, grammar("out_of_words"), ""):
        t -= 1
    if a.token_text(t) not in grammar("of_words"):
        return False
    return any(x.tok_end == t and x.obj.kind == "count" for x in view.quantities)  # type: ignore[attr-defined]


def _among_victims(view: SentenceView, p: Placed) -> bool:
    """"من بين الضحايا 14 رجلاً": the number right after "among the victims"."""
    victims = grammar("the_victims_words")
    return any(any(w in c.phrase for w in victims) and p.tok_start - 2 <= c.tok_end <= p.tok_start for c in view.cues_of("subset"))


def _combatants_among(view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Soldiers or fighters counted among the number, right after it (منهم ثلاثة جنود، بينهم مسلحان)."""
    return _combatants_counted_after(view, p.tok_end, 3, clause[1])


def _combatants_counted_after(view: SentenceView, tok: int, reach: int, hi: int) -> bool:
    """A subset word within ``reach`` tokens after ``tok`` with soldiers or fighters after it (بينهم شرطيان)."""
    subset = next((c.tok_end for c in view.cues if "subset" in c.kinds and tok <= c.tok_start <= tok + reach), None)
    if subset is None:
        return False
    return any(c.kinds & {"friendly", "member", "leader"} and subset <= c.tok_start <= min(subset + 3, hi) for c in view.cues)


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
    between_words = grammar("between_words")
    for t in range(end, hi):
        # (بين after the fight's noun, past its place: "في معارك حي الشيخ مقصود بين الوحدات الكردية والفصائل")
        if a.token_text(t) not in between_words or not any(a.token_in(u, grammar("fight_between_nouns"), "وفب") for u in range(max(lo, t - 5), t)):
            continue
        if _sides_named(view, end, t):
            return False  # (the killer told after the men: "قتل 25 عنصراً بنيران القوات الأمنية خلال اشتباكات بين …")
        if a.token_in(t + 1, grammar("both_sides_words"), ""):
            return True
        if {"friendly", "armed"} <= _sides_named(view, t + 1, min(t + 8, view.tok_end)):
            return True
    return False


def _all_of_them_civilians(a: Analysis, view: SentenceView, r: Reading, p: Placed) -> bool:
    """Is the number's noun followed by "هم" and a list, to the clause's end, of children, women and men only
    (هم 3 أطفال وامرأة ورجل) — the whole, not a part (بينهم)?"""
    t = r.noun_end_tok or p.tok_end
    if a.token_text(t) not in grammar("they_pronoun_words"):
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
        and _cue_at(view, noun.tok_end + (a.token_text(noun.tok_end) in grammar("of_words")), {"member", "friendly", "friendly_group"}) is None
    )


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
    list_step_words = grammar("list_step_words")
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
        if a.token_text(t) in list_step_words:
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


def _among_a_count_told_before(a: Analysis, view: SentenceView, p: Placed, recent: dict[str, Reading] | None) -> Reading | None:
    """The earlier reading a sentence opening "(و)من بين الـN" names again by its number, when ``p`` comes after it."""
    if not recent:
        return None
    between_words = grammar("between_words")
    for q in view.quantities:
        if not (view.tok_start <= q.tok_start <= view.tok_start + 3 and q.tok_end <= p.tok_start and q is not p):
            continue
        if a.token_text(q.tok_start - 1) not in between_words or not ("ال" in q.prefix or a.token_text(q.tok_start).startswith("ال")):
            continue
        value = getattr(q.obj, "value", None)
        return next((x for x in recent.values() if x.quantity.value == value and x.outcome and x.placed.tok_start < view.tok_start), None)
    return None
