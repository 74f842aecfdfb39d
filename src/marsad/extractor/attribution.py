"""Who states a number: reporting verbs and phrases, within and across sentences.

Arabic news attributes with a verb before the statement (قال المتحدث إن …،
أعلنت القيادة أن …), a phrase after it (…، بحسب المرصد؛ وفقاً لبيان صادر عن …)
or a headline prefix (الجيش الأميركي: …). The speaker is the first actor or
person after the verb (or, for a noun such as تقارير وكالة أسوشيتد برس, the
actor right after the noun); a person speaks for the organisation
``people.yaml`` gives them. ``البيان`` and a pronoun verb (وأضاف) continue the
current speaker. "أعلن التنظيم مسؤوليته عن …" claims an attack: it is not a
source for the figure. The state speaks through its offices and officials
(قال حاكم الإقليم، قال مسؤولون محليون، أعلن وزير الدفاع) and its bodies by their
common names (وقال الجيش في بيان، قالت الحكومة): which state is known only with
the figure's countries, so these resolve to ``STATE``/``STATE_FORCES`` and
run.py decides; an unnamed source (مصدر أمني، مصادر محلية) stays unnamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.extractor.document import Analysis, SentenceView
from marsad.model import Entity
from marsad.recognize.cues import grammar, grammar_union
from marsad.recognize.entities import actor as entity_actor
from marsad.recognize.entities import actor_for_country as entity_actor_for_country

_SPEAKER_WINDOW = 8
_NOUN_WINDOW = 3


@dataclass(slots=True)
class Attribution:
    tok: int  # token where the attribution's scope begins (or ends, for trailing)
    source: str | None  # canonical id; None = continue the current speaker
    trailing: bool = False
    headline: bool = False  # "الجيش الأميركي: …"
    weak: bool = False  # a group claiming its own attacks: used only when nobody else speaks
    unnamed: bool = False  # "قال مصدر أمني": somebody speaks whom the text does not name
    inside: bool = False  # an unnamed one who may belong to the body already speaking (مصدر، مسؤول)
    anaphor: bool = False  # "وأوضح الجهاز": a body named before, by its common noun
    nation: str | None = None  # "مصادر أمنية مصرية": the state unnamed sources belong to (not a source)
    official: bool = False  # "قال مسؤولون": unnamed, but the state's men — the state speaks


def _speaker(e: Entity) -> str | None:
    if e.type == "person":
        return e.org or None
    if e.type == "actor":
        return e.id
    return None


def _first_speaker(
    view: SentenceView,
    lo: int,
    hi: int,
    after_verb: bool = True,
    heard_by: bool = True,
    nisba: bool = True,
    a: Analysis | None = None,
) -> str | None:
    # after a verb the speaker stands before the complementizer: قال المرصد إن خلايا داعش …
    for c in view.cues:
        if after_verb and "complementizer" in c.kinds and lo <= c.tok_start < hi:
            hi = c.tok_start
    # "قال لوكالة الأنباء": the agency heard it, the speaker is elsewhere
    heard = [p for p in view.entities if heard_by and p.obj.kind == "news_agency" and "ل" in p.prefix]  # type: ignore[attr-defined]
    for p in view.entities:
        if lo <= p.tok_start < hi:
            e = p.obj
            if after_verb and p in heard:
                continue
            sp = _speaker(e)  # type: ignore[arg-type]
            if sp is None and e.type == "place" and e.kind == "country" and not p.prefix:  # type: ignore[attr-defined]
                # "أعلنت النيجر مقتل …"، "بوركينا فاسو تعلن …": a country that speaks is its government
                if (p.tok_start == lo) if after_verb else (p.tok_end == hi):
                    sp = entity_actor_for_country(e.country)  # type: ignore[attr-defined]
            if sp:
                return sp
    if after_verb and nisba:
        # "قال المتحدث العسكري المصري": a title with a nationality adjective
        for p in view.adjectives:
            if any(x.tok_start <= p.tok_start < x.tok_end for x in heard):
                continue  # (the name of the agency that heard it: "لوكالة الصحافة الفرنسية" — no state speaks)
            if lo <= p.tok_start < min(hi, lo + 4):
                if a is not None and any(a.token_text(t) in grammar("stateless_speakers") for t in range(lo, p.tok_start)):
                    # "صحيفة الغارديان البريطانية"، "خبير استخبارات بريطاني": a newspaper's or an
                    # expert's country, not its state speaking
                    return None
                aid = p.obj.id  # type: ignore[attr-defined]
                if a is not None and a.token_text(p.tok_start - 1) in grammar("security_words"):
                    # "مصدر عسكري عراقي"، "السلطات الأمنية العراقية": the state's forces, where they have an id
                    aid = (entity_actor(aid) or {}).get("forces") or aid
                return aid
    return None


def _sentence_subject(a: Analysis, view: SentenceView, before: int) -> str | None:
    """The first actor of the sentence before token ``before`` that no preposition governs: the subject a
    later verb's pronoun refers to."""
    for p in view.entities:
        if p.tok_start >= before:
            break
        if not a.governed(p.tok_start, p.prefix) and (sp := _speaker(p.obj)):  # type: ignore[arg-type]
            return sp
    return None


def _state_body(a: Analysis, view: SentenceView, lo: int, hi: int) -> str | None:
    """"وزارة الاتصال في بوركينا فاسو"، "الجيش في مالي": a state's body told by the country after في."""
    if lo >= hi or a.token_text(lo) not in grammar("state_body_heads"):
        return None
    for c in view.cues_of("complementizer"):
        if lo < c.tok_start < hi:
            hi = c.tok_start
    for p in view.entities:
        e = p.obj
        if not lo < p.tok_start < min(hi, lo + 8):
            continue
        # "الشرطة في منطقة تانك بشمال غرب باكستان": the place's country, after في or ب
        located = a.token_text(p.tok_start - 1) == "في" or "ب" in p.prefix  # type: ignore[attr-defined]
        if e.type == "place" and e.country and located:  # type: ignore[attr-defined]
            return entity_actor_for_country(e.country)  # type: ignore[attr-defined]
        if e.type != "place":  # type: ignore[attr-defined]
            return None  # another name comes first: the body is that one's
    return None


def _local_force(a: Analysis, view: SentenceView, lo: int, hi: int) -> str | None:
    """"شرطة نينوى"، "قيادة شرطة محافظة ديالى"، "قائد عمليات بغداد"، "العقيد … من شرطة الأنبار": a
    state's forces named by the place they serve — that country's forces.

    The place follows the force word at once (a construct), or after a province noun; عمليات
    names a command only after a head (قيادة، قائد), since alone it is any operation.
    """
    for c in view.cues_of("complementizer"):
        if lo < c.tok_start < hi:
            hi = c.tok_start
    words, bare = grammar("local_force_words"), grammar("local_force_bare")
    heads, between = grammar("local_force_heads"), grammar("province_nouns")
    places = {p.tok_start: p.obj for p in view.entities}
    for t in range(lo, min(hi, lo + _SPEAKER_WINDOW)):
        w = a.token_text(t)
        if w not in words or (w not in bare and a.token_text(t - 1) not in heads):
            continue
        nxt = t + 2 if a.token_text(t + 1) in between else t + 1
        e = places.get(nxt)
        if e is not None and e.type == "place" and e.country:  # type: ignore[attr-defined]
            state = entity_actor_for_country(e.country)  # type: ignore[attr-defined]
            return (entity_actor(state) or {}).get("forces") or state if state else None
    return None


@lru_cache(maxsize=64)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase (the words are joined by single spaces, as _phrase_at joins tokens)."""
    return frozenset(ph.split(" ", 1)[0] for ph in phrases)


STATE = "@state"  # the government of the country the figure is in, decided with the claim's countries
STATE_FORCES = "@state-forces"  # that state's forces, where the contract gives them an id of their own (IQ: ISF)


def _phrase_at(a: Analysis, tok: int, hi: int, words: frozenset[str]) -> int:
    """How many tokens from ``tok`` (at most three, ending by ``hi``) spell one of ``words``; 0 if none."""
    if a.token_text(tok) not in _first_words(words):
        return 0  # (nearly every token opens none of the phrases: no phrase joined to look up)
    for n in (3, 2, 1):
        if tok + n <= hi and " ".join(a.token_text(t) for t in range(tok, tok + n)) in words:
            return n
    return 0


def _home_body(a: Analysis, view: SentenceView, lo: int) -> str | None:
    """"وقال الجيش في بيان إن …"، "أعلنت وزارة الدفاع": a state's body by its common name, with no
    nationality, country or name of its own after it — the forces of the state the figure is in;
    "قالت الحكومة"، "أفاد التلفزيون الرسمي": that state's government.

    A passage (this sentence and the two before) that names one state's body, by name or nationality
    (القوات التركية), speaks of that state's; one that names two, or a text that names two with none
    near, is ambiguous and names nobody; a text that names none speaks of the state the figure is in.
    """
    forces = _phrase_at(a, lo, view.tok_end, grammar("home_state_bodies"))
    n = forces or _phrase_at(a, lo, view.tok_end, grammar("home_state_voices"))
    if not n:
        return None
    near = a.states_near(view)
    if len(near) > 1 or (not near and len(a.named_states) > 1):
        return None  # (two states' bodies in the passage, or in a text that names none near: either's)
    if a.token_text(lo + n) in grammar("army_name_words"):
        return None  # "الجيش الوطني"، "الجيش الحر": an army by its own name, not the state's by its common noun
    for p in view.entities:
        if lo + n <= p.tok_start <= lo + n + 1:
            e = p.obj
            if not forces and e.type == "place" and e.country and a.token_text(p.tok_start - 1) == "في":  # type: ignore[attr-defined]
                # "التلفزيون الرسمي في النيجر": the state of the country after في
                return entity_actor_for_country(e.country)  # type: ignore[attr-defined]
            return None  # "الجيش في مالي" (_state_body's), "وزارة الدفاع الروسية": named after all
    if any(lo + n <= p.tok_start <= lo + n + 1 for p in view.adjectives):
        return None
    if near and forces:
        # "نفذت القوات التركية عملية … وقالت وزارة الدفاع": the one state whose forces the passage names is
        # the one whose ministry speaks (a government or its media by their common nouns stay the figure's
        # state's: "وذكرت الحكومة" in a report on Mali that names the US in passing)
        state = entity_actor_for_country(next(iter(near)))
        return ((entity_actor(state) or {}).get("forces") or state) if state else None
    return STATE_FORCES if forces else STATE


def _state_official(a: Analysis, view: SentenceView, lo: int, hi: int) -> str | None:
    """"قال مدير شرطة إقليم أروزجان"، "المتحدث باسم حاكم الإقليم": an office of the state speaks for it.

    Which state is known only with the figure's country (run.py resolves ``STATE``).
    """
    if lo < hi and a.token_text(lo) in grammar("spokesman_of") and a.token_text(lo + 1) == "باسم":
        lo += 2  # المتحدث باسم، الناطق باسم (not "متحدث عسكري", a title itself)
    if lo >= hi:
        return None
    titles = grammar("state_office_titles")
    one = a.token_text(lo)
    two = f"{one} {a.token_text(lo + 1)}" if lo + 1 < hi else one
    if one not in titles and two not in titles:
        return None
    # (not a group's, a party's or a defector's officer: "قائد عسكري في الحركة"، "ضابط منشق عن الجيش")
    if _not_the_states(a, view, lo + 1, min(lo + 5, hi)):
        return None
    return STATE


def _not_the_states(a: Analysis, view: SentenceView, lo: int, hi: int) -> bool:
    """A word after an official's title that makes him no state's man (طبي، في الجماعة، منشق، إغاثي …) —
    before what he says: "وقال مسؤول محلي إن مسلحي الجماعة …" names the group in his statement."""
    for c in view.cues_of("complementizer"):
        if lo <= c.tok_start < hi:
            hi = c.tok_start
    return any(a.token_in(t, grammar("non_state_officials"), "وبل") for t in range(lo, hi))


def _author_of_noun(a: Analysis, view: SentenceView, tok: int, clause_end: int) -> str | None:
    """The author right after a report noun (بيان لوزارة الدفاع، حصيلة سنوية للمرصد).

    Only modifiers of the noun may come between; "حصيلة خسائر تنظيم داعش"
    counts the group's losses and names no author.
    """
    skip = grammar("report_noun_modifiers")
    while tok < clause_end and a.token_text(tok) in skip:
        tok += 1
    if tok >= clause_end:
        return None
    for p in view.entities:
        if p.tok_start == tok:
            return _speaker(p.obj)  # type: ignore[arg-type]
    return None


def _subject_right_before(a: Analysis, view: SentenceView, tok: int) -> str | None:
    for p in view.entities:
        if p.tok_end == tok and p.tok_start >= view.tok_start:
            gap = a.nt.text[a.tokens[tok - 1].end : a.tokens[tok].start]
            if gap.strip():
                return None  # "…، قالت الوزارة": punctuation ends the clause before the verb
            return _speaker(p.obj)  # type: ignore[arg-type]
    return None


def _spokesman_of_named_body(a: Analysis, view: SentenceView, start: int, before: int) -> str | None:
    """"وفقاً لما ذكره المتحدث باسم البعثة": the spokesman of a body the sentence named before by name
    (بعثة الأمم المتحدة … البعثة), the last one named."""
    t = start + (a.token_text(start) in grammar("spokesman_of"))
    if t == start or a.token_text(t) != "باسم" or not a.token_in(t + 1, grammar_union("anaphoric_bodies", "mission_words"), ""):
        return None
    # (the body the common noun fits — its name holds the noun, "بعثة الأمم المتحدة … البعثة", or it is the
    # international body a mission or organisation is — not the last actor named: "قالت البعثة إن الجيش
    # المالي قتل 30 مدنياً، وفقاً لما ذكره المتحدث باسم البعثة" is the mission's)
    word = a.token_text(t + 1).removeprefix("ال")
    mission = a.token_in(t + 1, grammar("mission_words"), "")
    fits = [
        p.obj
        for p in view.entities
        if p.tok_end <= before
        and p.obj.type == "actor"  # type: ignore[attr-defined]
        and (word in a.nt.text[p.nstart : p.nend] or (mission and p.obj.kind in ("international_org", "monitor")))  # type: ignore[attr-defined]
    ]
    return _speaker(fits[-1]) if fits else None  # type: ignore[arg-type]


def attributions(a: Analysis, view: SentenceView) -> list[Attribution]:
    """The attributions in a sentence, in order."""
    out: list[Attribution] = []
    for c in view.cues:
        if c.kinds & {"report_by", "report_noun"} and not c.kinds & {"report"}:
            # بحسب المرصد، بيان لوزارة الدفاع: the source follows at once
            clause_end = view.clause_of(c.tok_start)[1]
            if "report_by" in c.kinds:
                # وفقاً لوكالة رويترز: after an attribution phrase ل joins the source, not a listener
                start = c.tok_end
                if any("report" in d.kinds and d.tok_start == start for d in view.cues):
                    start += 1  # "حسبما قال حاكم الإقليم": past the verb to its speaker
                hi = min(start + _NOUN_WINDOW, clause_end)
                sp = (
                    _first_speaker(view, start, hi, heard_by=False)
                    or _state_body(a, view, start, clause_end)
                    or (_local_force(a, view, start, hi) or _state_official(a, view, start, hi) if start > c.tok_end else None)
                )
                if sp is None:
                    sp = _spokesman_of_named_body(a, view, start, c.tok_start)
            else:
                sp = _author_of_noun(a, view, c.tok_end, clause_end)
            if "report_noun" in c.kinds and "report_by" not in c.kinds and sp is None:
                continue  # "حصيلة عملياتها": a noun with no speaker attributes nothing
            if "report_by" in c.kinds and sp is None and a.token_text(c.tok_end) not in grammar("unnamed_sources"):
                continue  # "وفقاً لأسباب الوفاة": according to a cause, not to a speaker (وفق مصادر is one)
            # (after a figure, the phrase closes it; a span of time before it is no figure: "وبلغ مجموع
            # العمليات خلال 15 يوماً – بحسب بيانات الحركة – 83 عملية")
            trailing = any(
                q.tok_start < c.tok_start and q.obj.kind == "count" for q in view.quantities  # type: ignore[attr-defined]
            ) and c.tok_start > view.tok_start + 2
            out.append(Attribution(c.tok_start, sp, trailing))
        # "مؤتمر صحفي تابعته الوكالة": a verb with an object pronoun introduces no speech
        elif "report" in c.kinds and not a.carries_pronoun(c):
            # أعلن التنظيم مسؤوليته: claiming an attack, not stating a figure
            if any(c.tok_end <= d.tok_start <= c.tok_end + 4 for d in view.cues_of("responsibility")):
                continue
            clause_end = view.clause_of(c.tok_start)[1]
            hi = min(c.tok_end + _SPEAKER_WINDOW, max(clause_end, c.tok_end + 2))
            # the speaker comes before the figure: in "أشار التقرير إلى مقتل 57 عنصراً من
            # تنظيم داعش" the group after the number is what is counted, not who speaks
            hi = min([q.tok_start for q in view.quantities if c.tok_end < q.tok_start < hi] + [hi])
            start = c.tok_end
            if a.token_text(c.tok_start) in grammar("relay_verbs"):
                # "نقلت وكالة الصحافة الفرنسية عن مصدر أمني": the agency relays, the speaker follows عن
                an = next((t for t in range(c.tok_end, hi) if a.token_text(t) == "عن"), None)
                if an is not None:
                    start, hi = an + 1, min(an + 1 + _SPEAKER_WINDOW, view.tok_end)
            if a.token_text(start) in grammar("unnamed_sources"):
                # "قال مصدر أمني"، "مصدر في شرطة ديالى": a body named right after, or nobody
                # "مصدر عسكري" may be the body's own man; "مصادر محلية"، "شهود" are not
                inside = a.token_text(start) in grammar("insider_sources")
                # "مصادر أمنية عراقية": sources of a nationality are still unnamed ones, though
                # the forces they tell of are that state's
                sp = _first_speaker(view, start + 1, min(start + 5, hi), nisba=inside, a=a)
                sp = sp or _local_force(a, view, start + 1, min(start + 5, hi))
                nation = None if sp or inside else _first_speaker(view, start + 1, min(start + 5, hi), a=a)
                official = (
                    sp is None
                    and a.token_text(start) in grammar("official_sources")
                    and not _not_the_states(a, view, start + 1, min(start + 5, hi))
                )
                out.append(
                    Attribution(c.tok_start, sp, unnamed=sp is None, inside=inside, nation=nation, official=official)
                )
                continue
            # (not a relay, whose speaker follows عن: "لكنه نقل عن الجيش العراقي أن …")
            if (
                not c.prefix
                and _after_a_subject_pronoun(a, view, c.tok_start)
                and a.token_text(c.tok_start) not in grammar("relay_verbs")
                and a.token_text(c.tok_end) not in grammar("verb_object_prepositions")
            ):
                out.append(Attribution(c.tok_start, None))
                continue
            sp = None
            if a.token_text(start) in grammar("verb_object_prepositions") and not a.token_text(c.tok_start).startswith("ال"):
                # "أشادت القيادة المركزية بـ«قسد»، في حين كشفت عن حصيلة عملياتها ضد داعش": a verb whose object
                # follows at once has its subject in the pronoun — the sentence's subject, not the one after عن
                sp = _subject_right_before(a, view, c.tok_start) if not c.prefix else None
                # ("الهند تعلن عن مقتل": the subject right before the verb)
                sp = sp or _first_speaker(view, max(view.tok_start, c.tok_start - 2), c.tok_start, after_verb=False)
                out.append(Attribution(c.tok_start, sp or _sentence_subject(a, view, c.tok_start)))
                continue
            if start == c.tok_end and not c.prefix:
                # a headline's subject before its verb: "القيادة المركزية الأمريكية تعلن حصيلة عملياتها ضد داعش"
                # (the verb unjoined and nothing between, so not the last words of another clause)
                sp = _subject_right_before(a, view, c.tok_start)
            sp = sp or _first_speaker(view, start, hi, a=a) or _state_body(a, view, start, hi)
            sp = sp or _local_force(a, view, start, hi) or _state_official(a, view, start, hi)
            if sp is None and start == c.tok_end:
                # the subject may come before the verb: القيادة المركزية قالت
                sp = _first_speaker(view, max(view.tok_start, c.tok_start - 5), c.tok_start, after_verb=False)
            anaphor = sp is None and a.token_text(start) in grammar("anaphoric_bodies")
            sp = sp or _home_body(a, view, start)
            out.append(Attribution(c.tok_start, sp, anaphor=anaphor))
    # "تبنى تنظيم داعش 41 هجوماً": a group's own claim, its source unless someone reports it
    for c in view.cues_of("responsibility"):
        if not out:
            sp = _first_speaker(view, c.tok_end, c.tok_end + 3)
            if sp:
                out.append(Attribution(c.tok_start, sp, weak=True))
    # Headline style: "الجيش الأميركي: نفذنا …"
    colon = a.nt.text.find(":", view.nstart, view.nend)
    # (a headline's, not a breakdown line's label: "النظام السوري: 12 مدنياً، بينهم 3 أطفال.")
    if colon != -1 and colon - view.nstart < 60 and view.headline:
        for p in view.entities:
            # the speaker opens the line ("سنتكوم: …"), not a label's last word ("عدد القتلى من عناصر داعش: 30")
            if p.nend <= colon and p.tok_start == view.tok_start:
                sp = _speaker(p.obj)  # type: ignore[arg-type]
                if sp:
                    out.append(Attribution(view.tok_start, sp, headline=True))
                    break
    out.sort(key=lambda x: x.tok)
    return out


def _after_a_subject_pronoun(a: Analysis, view: SentenceView, tok: int) -> bool:
    """"لكنه حذر من تعاون بين مجموعات مرتبطة بتنظيم داعش": the verb's subject is the pronoun before it."""
    words = grammar("subject_pronoun_particles")
    return any(
        tok - k >= view.tok_start and " ".join(a.token_text(t) for t in range(tok - k, tok)) in words for k in (1, 2)
    )


def resolve_anaphors(atts: list[Attribution], view: SentenceView, current: str | None, last_body: str | None) -> None:
    """"أحبط الأمن الوطني العراقي مخططاً … وأوضح الجهاز أن …": with nobody speaking yet, the
    body a common noun stands for is the last state body named before it."""
    if current is not None:
        return
    for att in atts:
        if not att.anaphor:
            continue
        before = [p.obj.id for p in view.entities if p.tok_start < att.tok and _is_body(p.obj)]  # type: ignore[attr-defined]
        # (with no body named, a state's common noun keeps what it was read as: STATE)
        att.source = before[-1] if before else (last_body or att.source)


def _is_body(e: Entity) -> bool:
    return e.type == "actor" and e.kind in ("state_force", "government", "partner_force", "coalition")


def last_body(view: SentenceView, previous: str | None) -> str | None:
    """The last state body this sentence names, or the one named before it."""
    bodies = [p.obj.id for p in view.entities if _is_body(p.obj)]  # type: ignore[arg-type]
    return bodies[-1] if bodies else previous


def source_for(atts: list[Attribution], tok: int, current: str | None) -> tuple[str | None, str]:
    """The source of a number at token ``tok`` and how it was decided."""
    best: Attribution | None = None
    if current is not None:
        atts = [x for x in atts if not x.weak]
    named: str | None = None  # the last speaker this sentence named before the number
    for att in atts:
        if att.trailing and att.tok > tok:
            return (att.source or current), "trailing-attribution"
        if att.tok <= tok and not att.trailing:
            best = att
            if att.source and not att.unnamed:
                named = att.source
    if best is not None and best.source is None and not best.unnamed and named is not None:
        # "وقالت البعثة إنها وثقت مقتل 12": the second verb is the speaker this sentence just named
        return named, "reporting-verb"
    if best is not None and best.unnamed:
        # "وقال مصدر عسكري" inside a ministry's statement is the ministry's side speaking;
        # an unnamed source heard by an agency, or with no body around, is nobody
        kind = (entity_actor(current) or {}).get("kind") if current else None
        if best.official and best.nation:
            # "وقال مسؤولون أمريكيون": officials of a nationality speak for their own state, whoever spoke before
            return best.nation, "unnamed-official"
        if current and (best.inside or best.official) and kind not in (None, "news_agency", "monitor"):
            return current, "unnamed-speaker-of-passage"
        if best.official:
            # "وقال مسؤولون محليون إن …": officials speak for their state, by nationality or where the figure is
            return (best.nation or STATE), "unnamed-official"
        return None, "unnamed-speaker"
    if best is not None:
        return (best.source or current), ("reporting-verb" if best.source else "continued-speaker")
    return current, "passage-speaker" if current else "outlet"
