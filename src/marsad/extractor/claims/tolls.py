"""Tolls and their parts: a toll's side and owner, tolls superseded, risen or combined.

Also a toll broken down into parts (in brackets, in apposition, as the items of a list), which
the extraction loop turns into the breakdown of one claim.
"""

from __future__ import annotations

import re
from itertools import pairwise

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.recognize.cues import Cue, expeditionary, grammar, grammar_stems, grammar_union
from marsad.recognize.entities import ancestors, place_prepositions

from .groups import _group_after
from .metric import _metric, metric_of
from .reading import _NO_ITEM_RULES, Reading
from .sides import _owner_side, _side_of_entity, _side_of_noun_at
from .triggers import _outcome
from .words import (
    _OUTCOME_KINDS,
    _OUTCOME_OR_AFTER_KINDS,
    _OUTCOME_OR_OTHER_KINDS,
    _PEOPLE_NOUNS,
    _cue_at,
    _in_brackets_after,
)


def _side_named_at(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side a toll's noun names at ``tok``: a group or force (من قوات النظام), a people noun, or a
    people noun after من ("عدد القتلى من المتشددين")."""
    side = _group_after(a, view, tok)[0] or _side_of_noun_at(view, tok)
    if side is None and a.token_text(tok) in grammar("of_words"):
        side = _side_of_noun_at(view, tok + 1)
    return side


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


_SIDED_TOLLS = frozenset({"civilians_killed", "friendly_killed", "friendly_wounded", "killed"})


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
    t += a.token_text(t) in grammar("in_words")
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
    if _cue_at(view, after, {"kill", "kill_after"}) is not None and a.token_text(after + 1) in grammar("of_in_words"):
        after += 1  # عدد القتلى من قوات النظام
    side = _side_named_at(a, view, after)
    return side if side in ("armed", "friendly", "civilian") else None


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
                    if (
                        side is not None
                        and a.token_in(d.tok_start, grammar("victims_nouns"), "و")
                        and (side == "armed" or (ent is not None and {ent, *ancestors(ent)} & expeditionary()))
                    ):
                        # "حصيلة ضحايا التحالف الدولي 2984 قتيلاً"، "ضحايا داعش": the victims of a group or of a force
                        # striking abroad are those it killed, not its men (a state's own army is left: "ضحايا الجيش"
                        # may be its fallen)
                        side, ent = "civilian", None
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
        if any(c.kinds & {"kill", "kill_after"} and at < c.tok_start < p.tok_start for c in view.cues):
            return True
        # (nor a breakdown that names the wounded after its word: "فيما توزعت الإصابات بين 291 طفلاً …")
        return not any(
            c.kinds & {"wound", "wound_after"} and (max(kills) < c.tok_start < at or at < c.tok_start < p.tok_start) for c in view.cues
        )
    # "وتوزع المجموع العام للخسائر البشرية … بواقع 1275 طفلاً": human losses, named after the word
    return any(
        a.token_text(c.tok_end) in grammar("human_words") and view.tok_start <= c.tok_start < p.tok_start
        for c in view.cues_of("toll")
    )


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
    of_words = grammar("of_words")
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
        if not items or a.token_text(t) not in of_words:
            continue
        side, ent, _ = _group_after(a, view, t)
        if side in ("armed", "friendly"):
            r.side, r.group_entity = side, ent
            r.noun = "member" if side == "armed" else "friendly"
            r.metric, r.rule = metric_of(view, r), "owner-after-the-list"


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


def _masdar_of_his_own(a: Analysis, c: Cue) -> bool:
    """Does the outcome's masdar carry the pronoun of the one it befell (مقتله، مقتلهم، إصابتها)?"""
    word, last = a.token_text(c.tok_end - 1), c.phrase.split()[-1]
    return any(word.endswith(last + suffix) for suffix in grammar("masdar_pronouns"))


def _combined_total(a: Analysis, view: SentenceView, p: Placed, trig: Cue | None, clause: tuple[int, int]) -> bool:
    """Does this number count people of two outcomes at once?"""
    or_words = grammar("or_words")
    for c in view.cues:
        # "540 مدنياً على الأقل قتلوا أو خطفوا أو جرحوا": the people's own verb after them offers other
        # outcomes as alternatives
        if (
            c.kinds & _OUTCOME_KINDS
            and p.tok_end <= c.tok_start <= p.tok_end + 4
            and c.tok_end < clause[1]
            and not c.prefix.startswith("و")  # (not other people's clause: "وقتل 14 جندياً … وأصيب أو فقد آخرون")
            and a.token_text(c.tok_end) in or_words
            and not any(p.tok_end <= q.tok_start < c.tok_start for q in view.quantities)
            and any(d.tok_start == c.tok_end + 1 and d.kinds & _OUTCOME_OR_OTHER_KINDS and _outcome(d) != _outcome(c) for d in view.cues)
        ):
            return True
    if trig is not None:
        or_words = grammar("or_words")
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
                and between[-1] in or_words
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
            if _masdar_of_his_own(a, c):
                continue  # "ما أدى إلى مقتله وإصابة 3 عسكريين": his own death, then the others' wounds
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
        of_or_of_whom = grammar("of_or_of_whom")
        # تحييد 37 منهم 21 تم القضاء عليهم وتوقيف 9: a neutralised total broken into outcomes
        if trig.phrase.endswith(grammar_stems("neutralise_endings")) and any(
            p.tok_end <= c.tok_start <= p.tok_end + 3
            # (its parts counted after it: "تحييد 37 منهم 21 …"، "منهم من قتل ومنهم من ألقي القبض عليه";
            # not "وتحييد اثنين منهم": two of the cell)
            and (any(c.tok_end <= q.tok_start <= c.tok_end + 1 for q in view.quantities) or a.token_text(c.tok_end) in of_or_of_whom)
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
            if a.token_text(c.tok_end) in or_words and any(
                d.tok_start == c.tok_end + 1 and d.kinds & _OUTCOME_OR_OTHER_KINDS and _outcome(d) != _outcome(c)
                for d in view.cues
            ):
                return True
    of_words = grammar("of_words")
    return any(
        (
            (p.tok_end <= c.tok_start <= p.tok_end + 5 and c.tok_start < clause[1] + 1)
            # (past an aside that names their group, set off by commas: "سقط نحو 30 متشدداً، من تنظيم داعش، قتلى وجرحى")
            or (
                p.tok_end <= c.tok_start <= p.tok_end + 8
                and not any(p.tok_end <= q.tok_start < c.tok_start for q in view.quantities)
                and any(a.token_text(lo) in of_words for lo, _ in view.clauses if p.tok_end <= lo < c.tok_start)
                and all(
                    lo == c.tok_start or a.token_text(lo) in of_words
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
