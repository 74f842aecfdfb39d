"""The metric a reading's outcome, noun and side imply (the more specific wins).

Leaders over members; members counted in a group's strength; fighters by rank.
"""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.recognize.cues import grammar

from .reading import Reading
from .sides import _side_of_entity
from .words import _cue_at, _has, _terror_words


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


def _against_armed_group(view: SentenceView, tok: int) -> bool:
    """"المقاتلين ضد التنظيم": ضد right after the noun, an armed group right after it."""
    if not any(c.phrase in grammar("against_words") for c in view.cues_starting(tok)):
        return False
    return any(
        e.tok_start in (tok + 1, tok + 2) and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
    ) or any(c.tok_start in (tok + 1, tok + 2) and "armed_group" in c.kinds for c in view.cues)


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


def _count_of_members(view: SentenceView, p: Placed) -> bool:
    """"بلغ عدد المقاتلين الفرنسيين في داعش 700": the number of a group's members, stated."""
    count = grammar("count_nouns")
    return any(
        c.kinds & {"toll", "strength"}
        and c.tok_end <= p.tok_start
        and c.tok_start >= view.tok_start
        and (
            (c.phrase.split()[-1] in count and _cue_at(view, c.tok_end, {"member"}) is not None)
            or (len(c.phrase.split()) > 1 and c.phrase.split()[0] in count)  # عدد مقاتلي، أعداد المقاتلين
        )
        for c in view.cues
    )


def _group_counted_before(view: SentenceView, p: Placed) -> bool:
    """"وقدرت الوكالة عدد مقاتلي تنظيم الدولة، استناداً إلى تقارير الاستخبارات، بأنه يراوح بين 20 ألفاً و31
    ألفاً": the count word with a group's men and the group's name after it, earlier in the sentence and no
    number between — whatever body the aside names before the number."""
    count = grammar("count_nouns")
    heads = [
        c
        for c in view.cues
        if c.kinds & {"toll", "strength", "member"}
        and c.tok_end <= p.tok_start
        and len(c.phrase.split()) > 1
        and c.phrase.split()[0] in count
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


def ranked_fighters(view: SentenceView, p: Placed) -> bool:
    """"وجاءت تونس في الرتبة الأولى بـ 3000 مقاتل": fighters ranked by where they come from.

    Not a ranking of the dead (احتل يناير المرتبة الأولى في حجم قتلى الحوثيين بعدد 80 مقاتلاً).
    """
    before = [c for c in view.cues if c.tok_end <= p.tok_start]
    return any("ranking" in c.kinds for c in before) and not any(
        c.kinds & {"kill", "kill_after", "toll", "capture", "wound", "wound_after", "funeral"} for c in before
    )
