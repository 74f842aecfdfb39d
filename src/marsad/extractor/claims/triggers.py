"""Triggers and outcomes: the word that says what befell the counted people.

The nearest trigger before a count in its clause (مقتل، اعتقال، أصيب), or the verb after the
counted phrase (past asides on its subject), and the outcome it gives.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.recognize.cues import Cue, grammar, grammar_stems

from .groups import _group_after
from .lists import _past_joined_item
from .parts import _past_subset_list
from .reading import Reading
from .sides import _side_of_entity
from .words import (
    _ANY_OUTCOME_KINDS,
    _DIED_KINDS,
    _GROUP_NOUN_KINDS,
    _OUTCOME_KINDS,
    _OUTCOME_OR_AFTER_KINDS,
    _OUTCOME_OR_OTHER_KINDS,
    _PEOPLE_OR_FORCE_KINDS,
    OUTCOMES,
    PEOPLE_KINDS,
    _background_opener_words,
    _bare_word,
    _cue_at,
    _died_after,
    _execution_word_before,
    _families,
    _name_calling,
    _of_them_at,
    _punctuated_before,
    _qualifier_after_at,
)

_TRIGGER_WINDOW = 14
# (a verb further back than this reaches the number only when it has named no people of its own: its
# object past a long phrase of time and place, "قتلت خلال سبعة أيام من انطلاق العملية … 270 عنصراً" — not
# another noun's number in a clause on a place, "أصيب جندي في الهجوم على قاعدة يتمركز فيها 400 جندي")
_TRIGGER_WINDOW_NAMED = 10
_BREAK_KINDS = frozenset({"clause_break", "inflict"})  # (cues no trigger is read across)
# (a passive verb of a fate opening the sentence reaches this far, past the event's phrase, to its subject set off
# by a comma: "وقُتل في هذا الهجوم الذي … ووقع في أربيندا قرب الحدود مع مالي، 35 مدنياً")
_OPENING_FATE_WINDOW = 30


def _fate_opening_the_sentence(a: Analysis, view: SentenceView, p: Placed) -> Cue | None:
    """A verb of killing or wounding that opens the sentence with a preposition right after it, and nothing but
    the event's phrase before the number, which a comma sets off: no people, fate, count or clause break between."""
    first = next((c for c in view.cues if c.tok_start <= view.tok_start + 1 and c.kinds & {"kill", "wound"}), None)
    if first is None or p.tok_start - first.tok_end > _OPENING_FATE_WINDOW or not a.token_in(first.tok_end, grammar("event_prepositions"), ""):
        return None
    if not _punctuated_before(a, p.tok_start, "،,"):
        return None  # (the subject is set off by a comma; a number inside the phrase is the phrase's: "قبيلتين تضمان نحو 3000")
    # (the attack's own adjective is no people: "في هذا الهجوم المسلح الذي …")
    attack_ends = {c.tok_end for c in view.cues_of("attack")}
    if any(
        first.tok_end <= c.tok_start < p.tok_start
        and c.kinds & (_BREAK_KINDS | _OUTCOME_OR_OTHER_KINDS | {"member", "friendly", "civilian", "person", "leader", "complementizer"})
        and not (c.tok_start in attack_ends and c.kinds <= {"member"})
        for c in view.cues
    ) or any(first.tok_end <= q.tok_start < p.tok_start for q in view.quantities):
        return None
    return first


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
    if lo > view.tok_start and (opening := _fate_opening_the_sentence(a, view, p)) is not None:
        # "وقُتل في هذا الهجوم الذي لم تتبنه أي جهة ووقع في أربيندا قرب الحدود مع مالي، 35 مدنياً": the passive verb
        # opening the sentence, past a long phrase of the event and its place, reaches its subject at the end
        lo = opening.tok_start
    # (nor past a background note's opener: "كما أصيب العشرات، يذكر أن نحو ألفي فرنسي … يناضلون")
    openers = _background_opener_words()
    if a.sentence_has(view, openers):
        lo = max([lo, *(t for t in range(lo, p.tok_start) if a.token_text(t) in openers)])
    # (when the number's own clause tells its fate after it: not "مشيرا إلى أن 3 منهم ضباط"; asked once, not
    # once per word before the number)
    fate_after = any(p.tok_end <= c.tok_start < clause[1] and c.kinds & _OUTCOME_OR_OTHER_KINDS for c in view.cues)
    if fate_after:
        # (a fate named before the statement's complementizer is the speaker's aside, not the reported figure's:
        # "وقال الجيش، لدى إعلانه عن القتلى، إن ثلاثة جنود آخرين أصيبوا")
        # (not أن after a conjunction of time, "بعد أن حاصرت القرية"، nor in a relative clause, "التي أكدت أن")
        lo = max([lo, *(
            c.tok_start for c in view.cues_of("complementizer")
            if lo <= c.tok_start < p.tok_start
            and not c.prefix
            and a.token_text(c.tok_start - 1) not in grammar("time_conjunctions")
            and not any(a.token_text(t) in grammar("singular_relatives") for t in (c.tok_start - 2, c.tok_start - 3))
        )])
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
            if _doers_before_the_object(a, view, other, p):
                continue  # "قتل ثلاثة مسلحين 12 مدنياً": the verb's subject counted, then its object
            return None
    return best


def _doers_before_the_object(a: Analysis, view: SentenceView, doers: Placed, p: Placed) -> bool:
    """Is ``doers`` a count of men right before ``p`` (its people noun and one adjective at most between,
    no و, comma or "of them"), and ``p`` a count of people: a verb's subject, then its object?"""
    if p.prefix or not 1 <= p.tok_start - doers.tok_end <= 2 or _punctuated_before(a, p.tok_start, "،,؛;:.()-–\"«»"):
        return False
    if a.token_in(p.tok_start, grammar("one_of_them"), "و"):
        return False  # (one of them, a part: "4 عناصر أحدهم قيادي")
    if _cue_at(view, doers.tok_end, {"member"}) is None and not (
        doers.tok_end == doers.tok_start + 1 and _cue_at(view, doers.tok_start, {"member"}) is not None
    ):
        return False
    # (the verb has no subject of its own before the doers: "قتل ثلاثة مسلحين 12 مدنياً" — not "قتلت القوات 20 مسلحاً 15
    # عنصراً من بوكو حرام"; and the object is people other than armed men: a breakdown of the doers is theirs)
    verb = next((c for c in view.cues if c.tok_end <= doers.tok_start and c.kinds & {"kill", "capture", "wound"}), None)
    if verb is None or doers.tok_start != verb.tok_end:
        return False
    return _cue_at(view, p.tok_end, {"civilian", "friendly", "person"}) is not None and _cue_at(view, p.tok_end, {"subset"}) is None


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
    if a.token_text(p.tok_end) in grammar("of_words"):
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


_RELATIVE_REACH = 9  # words a relative clause on the counted people may run before their fate


def _trigger_after(view: SentenceView, tok: int, clause: tuple[int, int], a: Analysis | None = None) -> Cue | None:
    """A verb right after the counted phrase, in the same clause: ثلاثة عناصر قتلوا.

    Not a verb that has a number of its own after it: in "145 إرهابياً وأوقفت 106"
    the verb opens the next item of the list."""
    toward_words = grammar("toward_words")
    if a is not None and a.token_text(tok) in grammar("in_words"):
        # (past where the men counted were: "و5 من القوات شبه العسكرية الإقليمية في جالمودوج قتلوا")
        place = next((e for e in view.entities if e.tok_start == tok + 1 and getattr(e.obj, "type", None) == "place"), None)
        if place is not None and place.tok_end < clause[1]:
            tok = place.tok_end
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
            if a is not None and any(a.token_in(t, grammar("charge_words"), "و") for t in range(c.tok_start - 3, c.tok_start)):
                continue  # the charge they face, not their fate: "أعدمت ثلاثة مواطنين بتهم الإرهاب والقتل"
            if c.kinds & {"kill_after", "wound_after"} and any(
                tok <= q.tok_start and q.tok_end == c.tok_start and q.obj.kind == "count"  # type: ignore[attr-defined]
                for q in view.quantities
            ):
                return None  # another number's own noun: "(10 أطفال و6 نساء) و80 جريحاً"
            # (also past "بالإضافة إلى": "مقتل 17 من جنوده و4 مدنيين بالإضافة إلى إصابة 22 آخرين")
            opens_next = (c.prefix.startswith("و") or (a is not None and a.token_text(c.tok_start - 1) in toward_words)) and any(
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


def _executed_by_a_group(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """An execution word before the number with an armed group as its doer between them or before it
    ("أعدمت حركة الشباب 5 صوماليين"، "أعدم التنظيم 12 شاباً")."""
    at = _execution_word_before(a, view, p, 6)
    # (with no other fate between: not "بعد أن أعدم التنظيم رهينة، قتل مسلحوه 6 سوريين في اشتباكات")
    if at is None or any(at < c.tok_start < p.tok_start and c.kinds & _OUTCOME_KINDS for c in view.cues):
        return False
    of_words = grammar("of_words")
    # (nor men the words after them name as a force's or the group's: "4 سوريين من عناصر قوات النظام"، "3 تونسيين من مقاتليه")
    for t in (p.tok_end, p.tok_end + 1):
        if a.token_text(t) in of_words and _cue_at(view, t + 1, _PEOPLE_OR_FORCE_KINDS) is not None:
            return False
    lo = max(view.tok_start, at - 4)
    return any(lo <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for e in view.entities) or any(  # type: ignore[arg-type]
        lo <= c.tok_start < p.tok_start and "armed_group" in c.kinds for c in view.cues
    )


def _lost_own_men(a: Analysis, view: SentenceView, loss: Cue, p: Placed) -> bool:
    """فقدان right before a number of the force's own men (اثنين من جنوده، خمسة من جنودنا), as the sentence's
    first outcome: a loss of life. After a death toll (مقتل 11 جندياً وفقدان تسعة آخرين) or a capture
    (أسر جنديين) it is the missing, and so it is when the sentence tells of contact lost with them or of
    their unknown fate (فقدان ثلاثة من جنوده بعد انقطاع الاتصال بهم)."""
    if loss.tok_end != p.tok_start or a.token_text(p.tok_end) not in grammar("of_words"):
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
    in_words = grammar("in_words")
    # (their own verb, not one of a clause about something else: "و5 آخرون في الهجوم الذي أسفر عن إصابة 9")
    stop = next((t for t in range(p.tok_end, nxt) if a.token_in(t, grammar("which_words"), "") or a.token_text(t) in in_words), nxt)
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


def _past_place_served(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where a place the men serve in ends, told at ``tok`` behind في or its own ب, with a place noun before its
    name or not (في مدينة غاو، بالكونغو الديمقراطية) — None when no place the gazetteer knows stands there."""
    if tok >= view.tok_end:
        return None
    nouns = grammar("named_place_nouns")
    if a.token_text(tok) in grammar("in_words"):
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


def _past_place_phrase(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where "في" and the places it names, joined by و, end (في سوريا والعراق), if such a phrase starts at ``tok``."""
    if a.token_text(tok) not in grammar("in_words"):
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


def _other_outcome_before(view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Is the nearest verb before the number one that no metric counts (اختطف، حرر)?"""
    # (the words after a verb may say what it was: "فقد 100 مدني لحياتهم" lost their lives, not went missing)
    near = [
        c for c in view.cues
        if clause[0] <= c.tok_start and c.tok_end <= p.tok_start and c.kinds & _ANY_OUTCOME_KINDS
    ]
    return bool(near) and "other_outcome" in max(near, key=lambda c: c.tok_start).kinds
