"""Other fates: held, transferred, at large, died of no violence told, sentenced, foiled."""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.recognize.cues import Cue, grammar, grammar_union
from marsad.recognize.entities import actor as entity_actor

from .groups import _group_after
from .reading import Reading
from .sides import _side_of_entity
from .words import (
    _OUTCOME_OR_OTHER_KINDS,
    _cue_at,
    _qualifier_start,
    _qualifiers_by_first,
    _statement_openers,
    before_time_aside,
)


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
    verb_object_prepositions = grammar("verb_object_prepositions")
    if any(
        a.token_in(t, grammar("fate_of_men_words"), "و")
        and (a.token_text(t).endswith(("وا", "ون")) or (t < p.tok_end + 4 and a.token_text(t + 1) not in verb_object_prepositions))
        for t in after
    ):
        return True  # "خرجوا"، "ألقوا السلاح"، "6 آلاف عنصر سيخضعون للمحاكمة": the men's own verb or fate
    words = grammar_union("fate_of_men_words", "leaving_words", "transfer_words")
    # (not a word that opens what someone says, not the men's fate: "ونقل عن مسؤول أن التنظيم يضم 5 آلاف")
    said = max((c.tok_start for c in view.cues if c.tok_start < p.tok_start and c.kinds & {"complementizer", "report"}), default=-1)
    ma_words = grammar("ma_words")
    verb_object_prepositions = grammar("verb_object_prepositions")
    for t in range(max(lo, p.tok_start - 8, said), p.tok_start):
        if not a.token_in(t, words, "و") or a.token_text(t - 1) in ma_words or a.token_text(t + 1) in verb_object_prepositions:
            continue
        agency = any(e.tok_start == t + 1 and (entity_actor(e.obj.id) or {}).get("kind") == "news_agency" for e in view.entities)  # type: ignore[attr-defined]
        if not agency:
            return True
    return False


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
    verb_object_prepositions = grammar("verb_object_prepositions")
    moved = [
        t
        for t in range(max(clause[0], p.tok_start - 8), p.tok_start)
        # (with its preposition too: "مهمة لنقل 7000 معتقل")
        if a.token_in(t, grammar("transfer_words"), "وفلب") and a.token_text(t + 1) not in verb_object_prepositions  # (نقلت الوكالة عن: relayed)
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


def _gunmen_took(a: Analysis, view: SentenceView, p: Placed, clause: tuple[int, int]) -> bool:
    """Did gunmen do the taking: "احتجز مسلحون 20 شخصاً"، "مسلحين احتجزوا 170 شخصاً"، "اعتقل مسلحو الحوثي 20"?"""
    verb = next(
        (c for c in reversed(view.cues) if "capture" in c.kinds and clause[0] <= c.tok_start and c.tok_end <= p.tok_start), None
    )
    if verb is None:
        return False
    gunmen = grammar_union("armed_adjectives", "militant_nouns", "gunmen_construct")
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
            return not a.token_in(t - 1, grammar_union("target_prepositions", "with_words"), "و")
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
    # (counted back from the qualifier's first word: "شن الاحتلال التركي أكثر من 4 آلاف هجوم")
    q = _qualifier_start(a, p.tok_start, view.tok_start)
    return any(
        a.token_in(t, verbs, "و")
        # (not a relative clause of men: "قتل 5 مسلحين نفذت خليتهم 3 هجمات")
        and not any(c.kinds & people and t - 3 <= c.tok_end <= t for c in view.cues)
        for t in range(max(view.tok_start, q - 3), q)
    )


def _wounded_of_the_next_clause(a: Analysis, view: SentenceView, p: Placed, loss: Cue, r: Reading) -> bool:
    """"الجيش الذي خسر في أفغانستان 2400 عسكري كما أصيب نحو 20 ألفاً آخرين": the loss verb right before the
    number is its outcome; the wounding after it opens a clause of its own (كما، و) and counts others."""
    clause = view.clause_of(p.tok_start)
    # (the loss right before the number, "ما بين" or its force's name between, or past a time aside)
    near = loss.tok_end <= p.tok_start <= loss.tok_end + 5 or before_time_aside(a, view, clause, p.tok_start) <= loss.tok_start < clause[0]
    if r.outcome != "wound" or not near:
        return False
    hurt = next((c for c in view.cues_of("wound") if p.tok_end <= c.tok_start <= p.tok_end + 4), None)
    return hurt is not None and (
        hurt.prefix.startswith("و")
        or a.token_text(hurt.tok_start - 1) in grammar("next_clause_openers")
        # (or a list's "besides": "خسرت 120 من عناصرها فضلاً عن إصابة نحو 400 آخرين")
        or any(c.tok_end == hurt.tok_start for c in view.cues_of("coordinator"))
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


def _changed_from(a: Analysis, view: SentenceView, first: Placed, second: Placed) -> str | None:
    """How a figure changed "from ``first`` to ``second``" after a verb of change (ارتفع، انخفض): "compared"
    when each has a time of its own (من 120 هجوماً عام 2019 إلى 200 عام 2020), "updated" when neither does
    (ارتفع عدد القتلى من 12 جندياً إلى 20); None when this is no such pair."""
    if a.token_text(first.tok_start - 1) not in grammar("of_words") or not a.token_in(second.tok_start - 1, grammar("toward_words"), ""):
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


def _held_after(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Are the group's men counted as held: a participle of being held after the group the noun names
    (عنصر من تنظيم داعش معتقل), or the counted noun is itself one (9 آلاف محتجز من عناصر داعش)? A stock
    of prisoners is told so, with no verb of capture."""
    side, _, end = _group_after(a, view, tok)
    if side != "armed":
        return False
    return a.token_in(end, grammar("held_participles"), "و") or a.token_in(tok - 1, grammar("held_participles"), "")


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


def _bombers_who_blew_themselves_up(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Are the men counted suicide bombers who blew themselves up, told as the attack's bombers ("ثلاثة
    انتحاريين فجروا أنفسهم بالمطار"، "كان انتحاريان فجرا نفسيهما داخل المسجد") rather than a toll's dead
    ("مقتل 19 إرهابياً بينهم 4 فجروا أنفسهم"، "ثمانية قتلى هم ستة مدنيين والانتحاريان")? In the dev pages
    the gold counted the first kind 0 times in 20 and the second always."""
    bombers = grammar("suicide_bombers")
    if not (a.token_in(p.tok_end, bombers, "و") or (p.tok_end - p.tok_start == 1 and a.token_in(p.tok_start, bombers, "و"))):
        return False
    selves = grammar("blown_up_selves")
    if not any(a.token_in(t, selves) for t in range(p.tok_end, min(view.tok_end, p.tok_end + 8))):
        return False
    tolls = grammar("definite_toll_nouns")
    # (a kill told before them in their own clause makes them its dead: "قتل 5 جنود، بعد أن فجر 3 انتحاريين أنفسهم"
    # has the soldiers' toll in another clause)
    lo = view.clause_of(p.tok_start)[0]
    return not any(lo <= c.tok_start and c.tok_end <= p.tok_start and c.kinds & {"kill", "kill_after"} for c in view.cues) and not any(
        a.token_in(t, tolls, "و") for t in range(max(view.tok_start, p.tok_start - 3), p.tok_start)
    )
