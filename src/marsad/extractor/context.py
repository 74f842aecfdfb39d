"""What a passage carries forward, and the slots a claim takes from it.

News states the frame of a tally once — "خلال أيار 2023 … في العراق وسوريا"
— and then lists figures that rely on it ("وأسفرت هذه العمليات عن …"). A
``Frame`` holds the period, countries, actor and speaker that the last
claim-bearing sentence established; a claim uses what its own clause says
first, then its sentence, then the frame.

Where a frame stops: a new speaker introduced by an attribution phrase
starts a new passage; a full sentence with neither a count nor a reporting
verb ends the speaker's turn; a headline or caption (a short line without a
full stop) is transparent. Dates of foundings and launches (تشكيل التحالف في
أيلول 2014) are background and never become a tally's period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from marsad.extractor.claims.sides import side_of_actor
from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.lexicon import load
from marsad.model import Entity, Period, TimeExpression
from marsad.recognize.cues import Cue, also_at_home, expeditionary, grammar, grammar_union
from marsad.recognize.entities import actor as entity_actor
from marsad.recognize.entities import actor_for_country, adjective_actor, place_prepositions

LOCATIVE_PLACE_KINDS = frozenset(
    {"governorate", "district", "town", "region", "feature", "camp", "city", "village"}
)
POINT_IN_TIME = frozenset({"strength", "coalition_members"})


@dataclass(slots=True)
class Frame:
    period: Period | None = None
    countries: list[str] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)
    source: str | None = None
    # who gave the passage's figures: a speaker in between who gives none (a group
    # claiming the attack) does not start a new passage when the first speaks again
    figure_source: str | None = None
    armed_group: str | None = None
    last_body: str | None = None  # the last state body named: what "الجهاز"، "الوزارة" stand for
    group_ops: bool = False  # the passage counts an armed group's own operations (its attacks)
    place: str | None = None
    recent_countries: list[str] = field(default_factory=list)
    # the countries of the passage's figures taken together, when it counted in several (a total for
    # Iraq and Syria, then each one's part): what "the operations above" cover
    all_countries: list[str] = field(default_factory=list)
    places_named: bool = False  # has the page named any place so far, a town as well as a country
    seen_sources: list[str] = field(default_factory=list)
    nation: str | None = None  # the state of the unnamed sources speaking (مصادر أمنية مصرية)
    # a title's time and speaker ("سنتكوم: إحصائيات النصف الأول من عام 2024"): what a body that
    # never says either is about
    title_period: Period | None = None
    title_source: str | None = None
    title_countries: list[str] = field(default_factory=list)


def _period(t: TimeExpression) -> Period | None:
    if t.start_date is None or t.end_date is None:
        return None
    return Period(t.start_date, t.end_date)


# a year written in the time's own text, which is the page's original (time_lexicon's YEAR reads normalised
# text: its digits are ASCII; here they may be Arabic-Indic, ٢٠١٧)
_WRITTEN_YEAR = re.compile(r"(?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?![0-9٠-٩])")


def open_ended_time_in(view: SentenceView, lo: int, hi: int) -> bool:
    """Is there a span from a known start to a present the text does not date ("منذ حزيران 2017" on a
    page with no date) between tokens lo and hi? The figure's time is stated, only not knowable: no
    other time of the passage is its."""
    return any(
        lo <= p.tok_start < hi
        and p.obj.relative  # type: ignore[attr-defined]
        and p.obj.end_date is None  # type: ignore[attr-defined]
        and _WRITTEN_YEAR.search(p.obj.text)  # type: ignore[attr-defined]  # (its start is written: منذ … 2017)
        for p in view.times
    )


def usable_times(view: SentenceView) -> list[Placed]:
    """Time expressions that can be a period: not the date of a founding.

    "تم تشكيل التحالف الدولي ضد داعش في أيلول 2014" dates the founding: an
    anchor word earlier in the same clause makes the date background.
    """
    out = []
    for p in view.times:
        t: TimeExpression = p.obj  # type: ignore[assignment]
        if _period(t) is None:
            continue
        lo, hi = view.clause_of(p.tok_start)
        if any(lo <= c.tok_start < p.tok_start for c in view.cues_of("anchor")):
            continue
        # (nor a page's update stamp opening the sentence: "آخر تحديث :الأربعاء 24 أبريل 2024")
        if any(c.tok_start == view.tok_start and c.tok_end == lo for c in view.cues_of("page_stamp")):
            continue
        # "في أيلول 2014، أطلقت …": a fronted date whose clause is only the date
        if p.tok_end + 1 >= hi and any(
            hi <= c.tok_start <= hi + 1 for c in view.cues_of("anchor")
        ):
            continue
        out.append(p)
    return out


def _speech_time(view: SentenceView, p: Placed) -> bool:
    """ "قال الجيش يوم الأربعاء إن …": the day something was said, right after its speaker."""
    return any(
        c.kinds & {"report", "report_by"} and c.tok_end <= p.tok_start <= c.tok_end + 5 for c in view.cues
    ) and not any(
        c.kinds & {"kill", "capture", "wound", "operation", "attack"}
        and c.tok_end <= p.tok_start
        and c.tok_start >= p.tok_start - 5
        for c in view.cues
    )


def day_said(view: SentenceView, lo: int, hi: int) -> Period | None:
    """The one time between tokens lo and hi when it is the day something was said, told relative to the
    page (قال الجيش اليوم، في تقرير صدر عنها اليوم الإثنين), else None."""
    times = [p for p in usable_times(view) if lo <= p.tok_start < hi]
    if len(times) != 1 or not _speech_time(view, times[0]):
        return None
    t = times[0].obj
    if getattr(t, "grain", None) != "day" or not getattr(t, "relative", False):
        return None
    return _period(t)  # type: ignore[arg-type]


def period_in(a: Analysis, view: SentenceView, lo: int, hi: int, near: int) -> Period | None:
    """The period stated between tokens lo and hi, nearest to ``near``.

    The day a statement was made counts only when nothing else dates the figure; a date after a
    comparison the figure opens (2138 مسلحاً مقارنة بـ 1950 في عام 2024), or in an aside on a
    beginning after it (علماً أن الحركة انطلقت عام 1967), is not the figure's.
    """
    best: tuple[int, int, int, Period] | None = None
    for p in usable_times(view):
        if lo <= p.tok_start < hi:
            if _compared_or_aside(a, view, near, p):
                continue
            # (as near before as after, the one after is the number's: "من 148 هجوماً في عام 2023 إلى
            # 200 هجوم في عام 2024" — the year before 200 follows 148)
            rank = (1 if _speech_time(view, p) else 0, abs(p.tok_start - near), 1 if p.tok_start < near else 0)
            per = _period(p.obj)  # type: ignore[arg-type]
            if per and (best is None or rank < best[:3]):
                best = (*rank, per)
    return best[3] if best else None


def _compared_or_aside(a: Analysis, view: SentenceView, near: int, p: Placed) -> bool:  # not the figure's time
    """Is the time at ``p`` the compared figure's (2138 مسلحاً مقارنة بـ 1950 في عام 2024: the first time
    a few words after the opener, not "مقارنة بالعام الماضي خلال شهر مايو 2024") or an aside's on the
    background (علماً أن الحركة انطلقت عام 1967; not "علماً أن الهجوم وقع في 3 مارس")?"""
    # "في اشتباكات تعد الأكثر دموية هذا العام": the time a superlative is measured over, not the figure's
    # (each word list looked for in the sentence first: nearly every sentence has none, and no walk is needed)
    if a.sentence_has(view, grammar("superlative_words"), "و") and any(
        a.token_in(t, grammar("superlative_words"), "و") for t in range(max(view.tok_start, p.tok_start - 3), p.tok_start)
    ):
        return True
    # (the opener a few words before the time, the figure not between them: a sentence with no figure that
    # compares "خلال الأشهر الثلاثة الأولى من 2023 بالمقارنة مع العام الفائت" is about the first period — but
    # a figure after the opener owns the time after it, "مقارنة بـ 12 في 2022"، "وبالمقارنة قتل 35 في مارس")
    for t in range(max(view.tok_start, p.tok_start - 5), p.tok_start) if a.sentence_has(view, grammar("comparison_openers"), "وب") else ():
        if (
            a.token_in(t, grammar("comparison_openers"), "وب")
            and not t < near < p.tok_start
            and not any(t < q.tok_start < p.tok_start for q in view.times)
        ):
            return True
    for t in range(near + 1, p.tok_start):
        if a.token_in(t, grammar("aside_openers"), "و") and any(
            a.token_in(u, grammar("aside_history_words"), "و") for u in range(t + 1, p.tok_start)
        ):
            return True
    return False


def name_prefix(a: Analysis, p: Placed) -> str:
    """The proclitics written before a recognised name in its first token (و، ب، وب …)."""
    return a.nt.text[a.tokens[p.tok_start].start : p.nstart] if p.tok_start < len(a.tokens) else ""


def _listed_after_adjacency(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A country in a list ("بكل من"، "لكل من") that an adjacency word opens a few words before, no
    number between."""
    t = _country_list(a, view, p)[0]
    if not (a.token_text(t - 1) == "من" and a.token_in(t - 2, grammar("list_openers"), "بلو")):
        return False
    lo = max(view.tok_start, t - 6)
    if any(lo <= q.tok_start < t for q in view.quantities):
        return False
    # (the adjacency word with an object of its own, "المتاخمة للمناطق الساخنة بكل من"، "المتاخمة لكل من";
    # not a bare "المناطق المجاورة في كل من مالي والنيجر", where the list says where)
    return any(
        a.token_in(u, grammar("adjacency_words"), "و") and (a.token_text(u + 1).startswith("ل") or a.token_text(u + 1) == "مع")
        for u in range(lo, t - 1)
    )


def _dispute_before(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """The token of a dispute word a few words before a country (نزاعاً بين الهند وباكستان، المتنازع عليه مع
    باكستان، المقسمة بين), or None."""
    if not a.sentence_has(view, grammar("dispute_words"), "و") and not a.sentence_has(view, grammar("conflict_nouns"), "و"):
        return None  # (nearly every sentence: no word of the sentence to walk back to)
    for t in range(tok - 1, max(view.tok_start, tok - 5) - 1, -1):
        if a.token_in(t, grammar("dispute_words"), "و"):
            return t
        if (
            a.token_in(t, grammar("conflict_nouns"), "و")
            and a.token_text(t + 1) in grammar("between_parties")
            # (its parties states: not "النزاع مع الشباب"، "النزاع بين الحكومة والمتمردين", a war within one)
            and any(
                t + 2 <= e.tok_start <= t + 3 and getattr(e.obj, "kind", None) == "country" for e in view.entities
            )
        ):
            return t
    return None


def _strikes_abroad(country: str) -> bool:
    """Is this country's state one whose forces fight abroad (the US, Iran, Turkey …)?"""
    state = actor_for_country(country)
    return country in expeditionary() or (state is not None and state in expeditionary())


def not_where(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A place that says nothing of where the counted events happened.

    In a wire's description of a group (تنظيم داعش المحظور في روسيا) and in a
    dateline (القاهرة - أ ف ب، بغداد/ واع) the place is the wire's or the
    reporter's, not the event's.
    """
    # (asked of each place of a sentence for the article's countries, the passage's and each figure's:
    # the answer depends on the sentence alone, so it is worked out once per place)
    memo = a.memo.setdefault("not_where", {})
    key = (view.tok_start, view.tok_end, p.nstart, p.nend)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _not_where(a, view, p)
    return found


def _nisba_of_a_deed(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is this state's name (سورية، تركية: spelt as its feminine nisba) the adjective of the strike or force
    before it — indefinite, with nothing written on it (غارة تركية، طائرة مسيرة تركية)?"""
    if p.prefix or adjective_actor(a.token_text(p.tok_start)) is None or a.token_text(p.tok_start - 1) in place_prepositions():
        return False  # (not "120 غارة في سورية": after a preposition it is the place)
    return any(
        p.tok_start - 2 <= c.tok_end <= p.tok_start and not c.phrase.startswith("ال")
        for kind in ("operation", "attack", "force_noun")
        for c in view.cues_of(kind)
    )


def _placed_elsewhere(view: SentenceView, p: Placed, country: str | None) -> bool:
    """Does the sentence name a place of a country other than ``country`` besides ``p``?"""
    return any(
        q is not p and getattr(q.obj, "type", None) == "place" and getattr(q.obj, "country", None) not in (None, country)
        for q in view.entities
    )


def _seat_or_issue_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"منظمة … ومقرها في العاصمة البريطانية لندن"، "التقرير الذي صدر عن المكتب في لندن": the place is an
    organisation's seat or where its report came out (its seat word or the report's issue verb a few words
    before, with عن or من naming the issuer), when the sentence places something elsewhere too."""
    # (asked of every place: the words looked for in the sentence first, where nearly every sentence has none)
    if not a.sentence_has(view, grammar("seat_words"), "و") and not a.sentence_has(view, grammar("issue_verbs"), "و"):
        return False
    lo = max(view.tok_start, p.tok_start - 8)
    # (the seat word a few words before, past في and the capital's title: "ومقرها في العاصمة البريطانية لندن")
    seat = any(a.token_in(t, grammar("seat_words"), "و") for t in range(max(lo, p.tok_start - 4), p.tok_start))
    # (the issuer's place right after في, the issue verb, then عن and the issuer before it: "صدر عن المكتب في لندن" —
    # not عن "about" before the place a report tells of: "بيان نشره الجيش عن الهجوم في العراق")
    verb = next((t for t in range(lo, p.tok_start) if a.token_in(t, grammar("issue_verbs"), "و")), None)
    opener = next((t for t in (verb + 1, verb + 2) if a.token_text(t) in grammar("issuer_openers")), None) if verb is not None else None
    # (past one adverb: "صدر مؤخراً عن المكتب في لندن")
    issue = opener is not None and a.token_text(p.tok_start - 1) == "في" and p.tok_start - 1 - opener <= 5
    if not (seat or issue):
        return False
    return _placed_elsewhere(view, p, getattr(p.obj, "country", None))


def _speaker_seat(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"بحسبما أفادت هيئة الأركان الفرنسية في باريس": a place right after a speaker that a reporting verb or
    attribution opens is where the speaker sits, when the sentence places something in another country."""
    if a.token_text(p.tok_start - 1) != "في":
        return False
    # (a body that speaks, not a group whose name goes on with its place: "لتنظيم القاعدة في اليمن")
    speaker = next(
        (
            e
            for e in view.entities
            if e.tok_end == p.tok_start - 1 and getattr(e.obj, "type", None) == "actor" and (entity_actor(str(e.obj.id)) or {}).get("kind") != "armed_group"  # type: ignore[attr-defined]
        ),
        None,
    )
    if speaker is None or not any(
        c.kinds & {"report", "report_by"} and speaker.tok_start - 3 <= c.tok_end <= speaker.tok_start for c in view.cues
    ):
        return False
    country = getattr(p.obj, "country", None)
    # (a state that fights abroad speaking at home: not a local body where the events were, "وقالت الشرطة الكينية
    # في مانديرا إن 5 من مسلحي الشباب قتلوا بعد تسللهم من الصومال")
    if not country or getattr(speaker.obj, "country", None) != country or not _strikes_abroad(country):
        return False
    return _placed_elsewhere(view, p, country)


def _town_of_another_province(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"في بلدة بوني جاري بولاية يوبي": a town whose name the gazetteer gives another country's town, named
    just before the province it lies in (two words at most between), is that province's — the same name
    elsewhere is another town."""
    e: Entity = p.obj  # type: ignore[assignment]
    if e.kind in ("country", "governorate") or not e.country:
        return False
    return any(
        p.tok_end <= q.tok_start <= p.tok_end + 2
        and getattr(q.obj, "kind", None) == "governorate"
        and getattr(q.obj, "country", None) not in (None, e.country)
        and (q.prefix.endswith("ب") or a.token_text(q.tok_start - 1) == "في")
        for q in view.entities
    )


def _dateline_with_colon(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"واشنطن: أعلن الجيش الأمريكي …": a place opening its line, a colon after it and a reporting verb after
    that, is where the story was filed."""
    e: Entity = p.obj  # type: ignore[assignment]
    if e.kind in ("country", "governorate", "region"):
        return False  # (a roundup's heading: "العراق: قالت الشرطة إن …" is the item's country)
    if p.tok_start != view.tok_start or not a.nt.text[p.nend : p.nend + 2].lstrip().startswith(":"):
        return False
    if not any(c.tok_start == p.tok_end and "report" in c.kinds for c in view.cues):
        return False
    # (and only in a state that fights abroad, whose capital files its wars' news, or when the sentence places the
    # story elsewhere: "كابول: قال مسؤولون إن 8 مدنيين قتلوا" is Kabul's)
    return bool(e.country and _strikes_abroad(e.country)) or _placed_elsewhere(view, p, e.country)


def _not_where(a: Analysis, view: SentenceView, p: Placed) -> bool:
    # (the place may be inside the phrase itself: "المحظور في روسيا")
    # (only the first place after it: "(الإرهابيين المحظورين في روسيا) شمالي مالي" happened in Mali)
    if any(
        c.tok_start < p.tok_start <= c.tok_end + 1
        and not any(c.tok_end <= q.tok_start and q.tok_end <= p.tok_start for q in view.entities)
        for c in view.cues_of("boilerplate")
    ):
        return True
    if any(
        # (the places it names, coordinated: "المتمركز في سورية والعراق")
        c.tok_start < p.tok_start <= c.tok_end + 3
        and (
            any(e.tok_end == c.tok_start and side_of_actor(str(getattr(e.obj, "id", ""))) == "armed" for e in view.entities)
            or any(d.tok_end == c.tok_start and "armed_group" in d.kinds for d in view.cues)
        )
        for c in view.cues_of("group_base")
    ):
        return True
    e: Entity = p.obj  # type: ignore[assignment]
    if e.kind == "country" and _nisba_of_a_deed(a, view, p):
        # "في غارة تركية"، "قوات سورية": a state's name spelt as its own feminine nisba, right after a strike or a
        # force, is the adjective of who struck, not where
        return True
    if (
        a.token_text(p.tok_start - 1) == "في"
        and a.token_in(p.tok_start - 2, grammar("statement_nouns"), "وب")
        and (
            e.id in _statement_venues()
            or any(q is not p and getattr(q.obj, "type", None) == "place" and getattr(q.obj, "country", None) for q in view.entities)
        )
    ):
        # "أعلن جوتيريش في بيان في نيويورك أن الحصيلة في أوغوساغو بلغت 134 قتيلاً": where the words were said,
        # when the sentence names the event's place too (alone, "في مؤتمر صحفي في الرباط" may be the only word
        # on the country)
        return True
    if _seat_or_issue_before(a, view, p) or _speaker_seat(a, view, p) or _dateline_with_colon(a, view, p):
        return True
    if _town_of_another_province(a, view, p):
        return True
    if (
        e.kind == "country"
        and not p.prefix
        and a.token_in(p.tok_start - 1, grammar("border_words"), "بول")
        # (the definite border, whose adjective the name is — not its owner in construct: "على حدود لبنان الجنوبية")
        and "ال" in a.token_text(p.tok_start - 1)[:4]
        and not any(q.tok_start == p.tok_end and getattr(q.obj, "kind", None) == "country" for q in view.entities)
        and (
            any(c.kinds & {"this_country"} for c in view.cues)
            or _placed_elsewhere(view, p, e.country)
        )
    ):
        # "في واد غربي البلاد، بمحاذاة الحدود السعودية": the state's name as the border's nisba, the neighbour
        # across it, when the sentence places the event on this side (not "على الحدود السعودية اليمنية")
        return True
    if e.kind == "country" and _bordering(a, view, p.tok_start):
        # "إقليم خيبر بختونخوا المتاخم لأفغانستان": the neighbour a place borders
        return True
    if e.kind == "country" and _listed_after_adjacency(a, view, p):
        # "بالمناطق الحدودية المتاخمة للمناطق الساخنة بكل من مالي وليبيا وتونس": the neighbours a list
        # after an adjacency word names, not where
        return True
    if e.kind == "country" and across_a_border(a, view, p):
        # "قرب الحدود مع مالي"، "على الشريط الحدودي مع الجارة تونس": the neighbour across the border
        return True
    if e.kind != "country" and across_a_border(a, view, p) and _beside_a_place_abroad(a, view, p, 1, before=True):
        # "مخيم قاح … عند الحدود مع لواء اسكندرون بريف إدلب": a province of the neighbour across the border, the
        # place on this side named right after it (not an inner boundary: "الحدود مع محافظة الأنبار")
        return True
    if e.kind == "country" and a.token_text(p.tok_start - 1) == "بين" and a.token_in(p.tok_start - 2, grammar("movement_words"), "و"):
        # "قالت إنهم تنقلوا بين إيران والعراق ولبنان": where the suspects travelled, not where the count is
        return True
    if (
        e.kind == "country"
        and a.token_text(p.tok_start - 1) == "في"
        and any(
            a.token_in(t, grammar("training_words"), "و")
            # (a soldiers' accident "في تدريبات عسكرية في تركيا" happened there; people arrested after
            # training abroad, "شاركوا في تدريبات في إيران"، "عادوا بعد تدريبات في ليبيا", did not)
            and (not a.token_in(t - 1, grammar("during_training"), "و") or any("capture" in c.kinds for c in view.cues))
            for t in (p.tok_start - 2, p.tok_start - 3)
            if t >= view.tok_start
        )
    ):
        # "اعتقلت السلطات 10 أشخاص من خلية تلقت تدريبات (عسكرية) في إيران": where they trained, not where
        return True
    if e.kind == "country" and a.token_text(p.tok_start - 1) == "بين" and a.token_in(p.tok_start - 2, grammar("agreement_words"), "لب"):
        # "تنفيذاً للاتفاق بين سورية وروسيا": the parties to a pact, not where the count fell
        return True
    if e.kind == "country" and _joined_abroad(a, view, p):
        # "اعتقال 34 أجنبياً حاربوا في صفوف داعش في سوريا": where the people arrested fought or meant to go
        return True
    if _launched_from(a, view, p):
        return True
    if e.kind == "country" and _come_from(a, view, p):
        # "التهديد يأتي من مهاجمين عائدين من دول مثل سوريا": where they came back from, not where they struck
        return True
    if e.kind == "country" and a.token_in(p.tok_start - 1, grammar("citizens_words"), "و"):
        # "تساوى مواطنو سورية واليمن المقبوض عليهم": whose citizens, not where
        return True
    chain = _border_chain(a, view, p) if e.kind == "country" else None
    if chain is not None:
        # "قرب الحدود بين بنين والنيجر وبوركينا فاسو": the border's states are not where it happened when
        # the sentence names the forces' own country elsewhere (otherwise they are all it says:
        # "غارة على الحدود بين العراق وسوريا")
        first, chain_end = chain
        elsewhere = {
            str(getattr(q.obj, "country", ""))
            for q in [*view.entities, *view.adjectives]
            if getattr(q.obj, "country", None)
            and (getattr(q.obj, "type", "place") == "place" or q in view.adjectives)
            and not first <= q.tok_start < chain_end
            and not across_a_border(a, view, q)  # (not another neighbour: "التأهب على الحدود مع مالي")
        }
        return bool(elsewhere) and e.country not in elsewhere
    if e.kind == "country" and (opener := _dispute_before(a, view, p.tok_start)) is not None:
        # "في ولاية جامو وكشمير التي تشهد نزاعاً بين الهند وباكستان"، "كشمير المتنازع عليها مع باكستان": the
        # states a territory is disputed between say whose claim it is, not where the figure fell — when the
        # sentence places it otherwise (a place, a force's nationality) outside the dispute's words
        elsewhere = {
            str(getattr(q.obj, "country", ""))
            for q in [*view.entities, *view.adjectives]
            if getattr(q.obj, "country", None) and not opener <= q.tok_start <= p.tok_start + 3
        }
        return bool(elsewhere) and e.country not in elsewhere
    if e.kind == "country" and (since := _since_an_event_in(a, view, p)) is not None:
        # "بلغت حصيلة الضربات الإسرائيلية على الأراضي السورية منذ بداية التصعيد في لبنان 77": the country of
        # the event a count runs from, when the sentence places the count elsewhere (a place, or a nisba of a
        # place noun — الأراضي السورية — not of the strikes: "غارات إسرائيلية"); a war's toll "منذ بداية الحرب في
        # اليمن" with nothing else said is that country's
        places = [q for q in view.entities if getattr(q.obj, "type", None) == "place"]
        places += [q for q in view.adjectives if a.token_in(q.tok_start - 1, grammar("place_nouns"), "وبل")]
        elsewhere = {
            str(getattr(q.obj, "country", ""))
            for q in places
            if getattr(q.obj, "country", None) and not since <= q.tok_start <= p.tok_start
        }
        return bool(elsewhere) and e.country not in elsewhere
    if e.kind != "country" and a.token_in(p.tok_start - 1, grammar("neighbourhood_words"), "وبل") and _beside_a_place_abroad(a, view, p, 6):
        # "السيطرة على حي الجولان … شمال غربي الفلوجة": a neighbourhood named after a place in another country,
        # its own city named after it
        return True
    if e.kind == "country" and _likened_neighbour(a, view, p.tok_start):
        # "وتعاني بوركينا فاسو مثل جاراتها في منطقة الساحل مالي والنيجر من العنف": the neighbours it is
        # likened to
        return True
    if e.kind == "country" and _near(a, view, p.tok_start):
        # "قرب بوركينا فاسو جنوب مالي"، "بالقرب من حدود إيران": the country it happened near, not in
        return True
    if (
        e.kind != "country"
        and _bordering(a, view, p.tok_start)
        and any(
            # (the place right before the near words: "سرواباد المتاخمة لـ…"، not one named earlier on)
            p.tok_start - 4 <= q.tok_end <= p.tok_start
            and getattr(q.obj, "type", "") == "place"
            and getattr(q.obj, "kind", "country") != "country"
            and getattr(q.obj, "country", None) not in (None, e.country)
            and not _near(a, view, q.tok_start)
            for q in view.entities
        )
    ):
        # "في بلدة سرواباد المتاخمة لإقليم كردستان العراق": a region of another state that the place named right
        # before lies near
        return True
    if e.kind == "country" and name_prefix(a, p).startswith("و"):
        # "قرب الحدود مع النيجر وبوركينا فاسو": a neighbour joined to one is a neighbour too
        before = next(
            (q for q in view.entities if q.tok_end == p.tok_start and getattr(q.obj, "kind", None) == "country"), None
        )
        if before is not None and not_where(a, view, before):
            return True
    if _hospital_taken_to(a, view, p):
        # "ونُقل المصابان إلى مستشفى في شانلي أورفا": where the wounded are treated, not where they were hit
        return True
    led = grammar("led_by_words")
    if e.country and _strikes_abroad(e.country):
        # (and a state that fights abroad, backing them or carrying it out: "ميليشيات عراقية تدعمها إيران"، "في هجوم
        # شنته الولايات المتحدة" — not "في غارات شنتها نيجيريا", a state striking at home)
        led = led | grammar("backing_verbs") | grammar("carried_out_verbs")
    if a.token_text(p.tok_start - 1) in led or (a.token_text(p.tok_start - 1) == "من" and a.token_text(p.tok_start - 2) in led):
        # "التحالف بقيادة واشنطن"، "الفصائل المدعومة من أنقرة": a capital standing for its state
        return True
    if view.sentence.index <= 2 and p.tok_start - view.tok_start <= 1:
        after = a.nt.text[p.nend : p.nend + 4]
        if after.lstrip().startswith(("-", "–", "/", "(")) and after.strip():
            return True
    return False


def _come_from(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the country at ``p`` where people came or came back from (عائدين من سوريا، القادمين من دول مثل العراق)?"""
    t = p.tok_start - 1
    like = grammar("countries_like_words")
    while t > view.tok_start and a.token_text(t) != "من" and a.token_text(t) in like and p.tok_start - t < 4:
        t -= 1
    return a.token_text(t) == "من" and a.token_in(t - 1, grammar("coming_from_words"), "و")


def _launched_from(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"أن الغارة انطلقت من قاعدة أميركية في جيبوتي": a place a few words after a verb of setting off and من is
    where the strike or the force started from, not where it struck."""
    launch = grammar("setting_off_verbs")
    for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - 6) - 1, -1):
        if a.marks_before(t + 1, "،,.؛;:"):
            return False
        if a.token_text(t) == "من" and a.token_in(t - 1, launch, "و"):
            # (only a start abroad: a base of another state's named on the way, "من قاعدة أميركية في جيبوتي" — not a
            # force's own base at home, "انطلقت من قاعدة عسكرية في ولاية كاتسينا")
            country = getattr(p.obj, "country", None)
            return any(
                t < d.tok_start < p.tok_start and getattr(d.obj, "country", None) not in (None, country) for d in view.adjectives
            )
    return False


def _joined_abroad(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the country at ``p`` where people arrested earlier in the clause fought or meant to join a group?"""
    lo, _ = view.clause_of(p.tok_start)
    words = grammar("joined_abroad_words")
    if not a.sentence_has(view, words, "و"):
        return False  # (nearly every sentence: no word of the sentence to walk back to)
    joined = next((t for t in range(p.tok_start - 1, max(lo, p.tok_start - 7) - 1, -1) if a.token_in(t, words, "و")), None)
    if joined is None:
        return False
    # (the arrest before it is the event: not "قاتلوا في سوريا وقتل منهم 5")
    return any("capture" in c.kinds or "catch_split" in c.kinds for c in view.cues if c.tok_end <= joined)


def _since_an_event_in(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    """The token of منذ when the place at ``p`` closes "منذ (بداية) التصعيد في X", else None."""
    if a.token_text(p.tok_start - 1) != "في" or not a.token_in(p.tok_start - 2, grammar("since_events"), ""):
        return None
    t = p.tok_start - 3
    if a.token_in(t, grammar("since_openers"), ""):
        t -= 1
    return t if t >= view.tok_start and a.token_in(t, grammar("since_words"), "و") else None


def _hospital_taken_to(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the place at ``p`` a hospital's that people were taken to (إلى مستشفى في X، لمستشفى X)?

    Only a hospital one goes to: an attack on a hospital (على مستشفى في X) happened there.
    """
    t = p.tok_start - 1
    if a.token_text(t) == "في":
        t -= 1
    hospitals = grammar("hospital_words")
    if t < view.tok_start or not a.token_in(t, hospitals, "ل"):
        return False
    if not any(q is not p and getattr(q.obj, "type", "") == "place" and getattr(q.obj, "country", None) for q in view.entities):
        # the hospital's town is all the sentence names: most likely the same country's — unless the wounded are
        # that country's own soldiers, named by their nationality, and the sentence before has them fighting in
        # another ("… شمالي سوريا. وأصيب جنديان … ونقلا إلى مستشفى في أورفا": their force carried them home)
        own = {
            getattr(d.obj, "country", None)
            for d in view.adjectives
            if any(c.tok_end == d.tok_start and c.kinds & {"friendly", "member"} for c in view.cues)
        }
        here = getattr(p.obj, "country", None)
        before = a.views[view.sentence.index - 1] if view.sentence.index > 0 else None
        abroad = before is not None and any(
            getattr(q.obj, "type", "") == "place" and getattr(q.obj, "country", None) not in (None, here) for q in before.entities
        )
        if not (here in own and abroad):
            return False
    return a.token_text(t) not in hospitals or a.token_text(t - 1) in grammar("toward_words")


def across_a_border(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the name at ``p`` the neighbour across a border (الحدود مع مالي، بمواجهات حدودية مع الحوثيين)?"""
    at = p.tok_start
    with_words = ("مع", "ومع")
    if a.token_text(at - 1) not in with_words and a.token_text(at - 2) not in with_words:
        return False  # (most names: no مع right before them or before their place word, so no list lookups)
    if a.token_in(at - 1, grammar("place_nouns")) or a.token_in(at - 1, grammar("region_heads")) or a.token_in(at - 1, grammar("state_nouns")):
        at -= 1  # (a province's or a state's word before its name: "الحدود مع لواء اسكندرون"، "مع ولاية كيبي"، "مع دولة مالي")
    if a.token_text(at - 1) not in with_words:
        return False
    border = grammar_union("border_words", "border_adjectives")
    return any(a.token_text(t) in border for t in range(max(view.tok_start, at - 5), at))


def border_chain_countries(a: Analysis, view: SentenceView) -> set[str]:
    """The states the sentence names as those a border lies between (الحدود بين العراق وسوريا)."""
    out: set[str] = set()
    for p in view.entities:
        chain = _border_chain(a, view, p) if getattr(p.obj, "kind", None) == "country" else None
        if chain is not None:
            out.add(str(getattr(p.obj, "country", "")))
    return out


def _border_chain(a: Analysis, view: SentenceView, p: Placed) -> tuple[int, int] | None:
    """Where the list of states a border lies between (الحدود بين بنين والنيجر وبوركينا فاسو) starts
    and ends, when ``p`` is one of them; None otherwise."""
    start, end = _country_list(a, view, p)
    if a.token_text(start - 1) == "بين" and a.token_text(start - 2) in grammar("border_words"):
        return start, end
    return None


def _country_list(a: Analysis, view: SentenceView, p: Placed) -> tuple[int, int]:
    """The first token and the end of the list of countries the one at ``p`` is in: each joined to the
    one before by و, a comma or a state's title (بنين والنيجر وجمهورية مالي، مالي ،ليبيا وتونس)."""
    countries = sorted((q for q in view.entities if getattr(q.obj, "kind", None) == "country"), key=lambda x: x.tok_start)
    i = next((k for k, q in enumerate(countries) if q.tok_start == p.tok_start), None)
    if i is None:
        return p.tok_start, p.tok_end

    def joined(prev: Placed, nxt: Placed) -> bool:
        if nxt.tok_start == prev.tok_end + 1:
            # (past a state's title: "بين النيجر وجمهورية مالي")
            return a.token_in(prev.tok_end, grammar("state_titles"), "و") and a.token_text(prev.tok_end).startswith("و")
        return nxt.tok_start == prev.tok_end and (
            name_prefix(a, nxt).startswith("و") or any(ch in a.nt.text[prev.nend : nxt.nstart] for ch in ",،")
        )

    lo = hi = i
    while lo > 0 and joined(countries[lo - 1], countries[lo]):
        lo -= 1
    while hi + 1 < len(countries) and joined(countries[hi], countries[hi + 1]):
        hi += 1
    return countries[lo].tok_start, countries[hi].tok_end


def _beside_a_place_abroad(a: Analysis, view: SentenceView, p: Placed, reach: int, before: bool = False) -> bool:
    """Is a place of another country, itself where things happen, named within ``reach`` words after the
    place at ``p`` (حي الجولان … الفلوجة، لواء اسكندرون بريف إدلب) — or, with ``before``, earlier in its
    clause (في شمال سيناء … قرب الحدود مع قطاع غزة)?"""
    e = p.obj
    lo = view.clause_of(p.tok_start)[0] if before else p.tok_end
    return any(
        getattr(q.obj, "type", None) == "place"
        and getattr(q.obj, "country", None) not in (None, getattr(e, "country", None))
        and (lo <= q.tok_start < p.tok_start or p.tok_end <= q.tok_start <= p.tok_end + reach)
        and not not_where(a, view, q)
        for q in view.entities
    )


def _likened_neighbour(a: Analysis, view: SentenceView, tok: int) -> bool:
    """A like-word and a neighbour word with its pronoun (مثل جاراتها، على غرار جيرانه) a few words before ``tok``."""
    if not a.sentence_has(view, grammar("neighbour_words"), "و"):
        return False  # (nearly every sentence: no word of the sentence to walk to)
    lo = max(view.tok_start, tok - 6)
    for t in range(lo + 1, tok):
        # (the like-word right before, or a few words before past "what happens in": "على غرار ما يحدث في جارتها توغو")
        if a.token_in(t, grammar("neighbour_words"), "و") and any(
            a.token_in(u, grammar("like_words"), "وب") for u in range(max(view.tok_start, t - 4), t)
        ):
            return True
    return False


def _near(a: Analysis, view: SentenceView, tok: int) -> bool:
    """The tokens before ``tok`` say "near" (قرب، بالقرب من، على مقربة من), maybe of a border (قرب حدود)."""
    t = tok - 1
    if t >= view.tok_start and a.token_text(t) in ("من", "مع"):
        t -= 1
    if t >= view.tok_start and a.token_text(t) in grammar("border_words"):
        t -= 1
        if t >= view.tok_start and a.token_text(t) in ("من", "مع"):
            t -= 1
    return t >= view.tok_start and a.token_text(t) in grammar("near_words")


def _bordering(a: Analysis, view: SentenceView, tok: int) -> bool:
    """The tokens before ``tok`` say "bordering" (المتاخم لأفغانستان، المحاذية لحدود بوركينا فاسو، المتاخمة لإقليم
    كردستان): a word of adjacency, maybe with a border or area noun between — not قرب, whose place may be where
    it all happened."""
    t = tok - 1
    adjacent = grammar("adjacency_words")
    if t - 1 >= view.tok_start and a.token_text(t) not in adjacent and a.token_in(t, grammar_union("border_words", "near_area_nouns"), "ل"):
        t -= 1
    return t >= view.tok_start and a.token_text(t) in adjacent


def capital_abroad(e: Entity) -> bool:
    """A capital whose name stands for a state that fights abroad (واشنطن، موسكو، أنقرة)."""
    return e.id in _capitals_abroad()


@cache
def _statement_venues() -> frozenset[str]:
    sup = load("places_supplement.yaml")
    return frozenset(str(x) for x in [*(sup.get("statement_venues") or []), *(sup.get("capitals_abroad") or [])])


@cache  # (asked of every place a figure's countries are read from)
def _capitals_abroad() -> frozenset[str]:
    return frozenset(str(x) for x in load("places_supplement.yaml").get("capitals_abroad") or [])


def is_locative(a: Analysis, view: SentenceView, p: Placed) -> bool:
    e: Entity = p.obj  # type: ignore[assignment]
    if e.direction:
        return True
    if e.kind in LOCATIVE_PLACE_KINDS and not capital_abroad(e):
        return True
    # A country (or the capital of a state that fights abroad: "وتعتبر واشنطن" is the
    # government, "في واشنطن" a place) is where something happened after في / ب / كل من …, or when
    # it is coordinated with one that is (في العراق وسوريا).
    nt = a.nt.text
    prefix = name_prefix(a, p)
    if "ب" in prefix:
        return True
    if any(c.tok_end in (p.tok_start, p.tok_start - 1) for c in view.cues_of("locative")):
        return True
    if a.token_text(p.tok_start - 1) == "علي" and any(
        c.kinds & {"attack", "operation"} and c.tok_end == p.tok_start - 1 for c in view.cues
    ):
        return True  # "جراء غاراته على سوريا والعراق": the country struck is where it happened
    if prefix.startswith("و") or a.token_text(p.tok_start - 1) == "او":
        # (في العراق وسوريا، في العراق أو سوريا)
        for q in view.entities:
            if q.tok_end in (p.tok_start, p.tok_start - 1) and q.obj.type == "place":  # type: ignore[attr-defined]
                return is_locative(a, view, q)
    if a.token_text(p.tok_start - 1) in grammar("province_words"):
        return True  # "(ولاية العراق): 33 في 17 عملية": a group's province named by its country
    if e.kind == "country" and nt[max(0, p.nstart - 3) : p.nstart].rstrip().endswith(("،", ",", "(")) and any(
        a.token_in(t, grammar("country_group_nouns"), "ب") and (a.token_text(t).startswith("ب") or a.token_text(t - 1) == "في")
        for t in range(max(view.tok_start, p.tok_start - 6), p.tok_start)
    ):
        return True  # "في بلدان الساحل الثلاث، مالي والنيجر": the states of a group named, in apposition
    if (
        e.kind == "country"
        and a.token_text(p.tok_start - 1) in grammar("own_border_nouns")
        and a.token_text(p.tok_end) in grammar("border_sides")
    ):
        return True  # "عند حدود لبنان الجنوبية": a country's own border, by its side
    if capital_abroad(e) and not prefix and _struck_at(a, view, p):
        # "اعتداء إرهابي ضرب العاصمة الفرنسية باريس"، "هجمات باريس": the capital an attack struck is where
        # it was, not its state's voice
        return True
    if (
        e.kind == "country"
        and not prefix
        and a.token_in(p.tok_start - 1, grammar("event_construct_nouns"), "وب")
        and not a.token_in(p.tok_end, grammar("event_target_prepositions"), "")
        and not any(d.tok_start == p.tok_end for d in view.adjectives)
        and not a.token_text(p.tok_end).startswith("ال")
    ):
        return True  # "هجوم الصومال أودى بحياة 54 جندياً"، "كمين النيجر": the attack named by where it was
    verb = p.tok_start - 1 - (a.token_text(p.tok_start - 1) in grammar("state_nouns"))
    if e.kind == "country" and a.token_in(verb, grammar("experience_verbs"), "وف"):
        return True  # "وشهدت نيجيريا 10 عمليات إرهابية": the country the tally's figures happened in
    # a country heading the figures after it (العراق: 17 عملية)
    return p.tok_start <= view.tok_start + 1 and nt[p.nend : p.nend + 3].lstrip(") ").startswith(":")


def _struck_at(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the place an attack's name's second half ("هجمات باريس"), or, called "the capital", its object ("ضرب
    العاصمة الفرنسية باريس")? (Not the bare capital after a verb: "استهدفت طهران" is its state striking.)"""
    t = p.tok_start - 1
    called = True
    if any(d.tok_end == t + 1 for d in view.adjectives) and a.token_text(t - 1) in grammar("capital_nouns"):
        t -= 2
    elif a.token_text(t) in grammar("capital_nouns"):
        t -= 1
    else:
        called = False
    if t < view.tok_start:
        return False
    if called:
        # (its object: not "the capital" as the verb's subject, with an object of its own after it — "هاجمت
        # العاصمة الإيرانية طهران مواقع للمعارضين")
        return a.token_in(t, grammar("struck_place_verbs"), "وف") and not any(
            c.tok_start == p.tok_end and c.kinds & {"member", "armed_group", "friendly", "friendly_group"} for c in view.cues
        ) and not a.token_text(p.tok_end).startswith(tuple(grammar("target_noun_stems")))
    # (the attack named by where it was, not by who struck somewhere else: "هجوم أنقرة على عفرين")
    return a.token_in(t, grammar("event_construct_nouns"), "وب") and not a.token_in(p.tok_end, grammar("event_target_prepositions"), "")


def _inside_a_place_abroad(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"بمنطقة الجيزة في مدينة سرت الليبية": a district named like a place of another country, set inside a
    town or province of its own country right after it, is that one's (not Egypt's Giza)."""
    e: Entity = p.obj  # type: ignore[assignment]
    if e.kind == "country":
        return False
    t = p.tok_end
    if a.token_text(t) != "في" and not a.token_text(t).startswith("ب"):  # (في مدينة سرت، بمدينة سرت، بكركوك)
        return False
    nxt = next((q for q in view.entities if p.tok_end <= q.tok_start <= p.tok_end + 2), None)
    other: Entity | None = nxt.obj if nxt is not None else None  # type: ignore[assignment]
    return (
        other is not None
        and other.type == "place"
        and other.kind in ("town", "governorate", "district")
        and bool(other.country)
        and other.country != e.country
    )


def _named_place_noun_before(a: Analysis, view: SentenceView, tok: int) -> bool:
    """A singular place noun and a name the gazetteer lacks before the nisba at ``tok`` ("في مدينة ديربورن
    الأمريكية"، "بولاية نيو أورليانز الأمريكية"): one to three bare words, nothing recognised, after the place
    noun behind "في" or its own ب."""
    nouns = grammar("named_place_nouns")
    for n in (1, 2, 3):
        noun = tok - 1 - n
        if noun <= view.tok_start or not (
            (a.token_text(noun) in nouns and a.token_text(noun - 1) == "في") or a.behind_clitic(noun, nouns, "ب")
        ):
            continue
        if all(not a.token_text(t).startswith(("ال", "و")) and not view.item_starts_at(t) for t in range(noun + 1, tok)):
            return True
    return False


def _past_place_adjectives(a: Analysis, view: SentenceView, p: Placed) -> int:
    """Where a town's nisba may stand past the rest of its name and its own adjectives ("بلدة بلد حاوا الحدودية
    الصومالية"، "مدينة البيضاء الساحلية الليبية"): past up to two definite adjectives, after at most one
    bare word that ends the name; ``p.tok_end`` when no definite word stands there."""
    t = p.tok_end
    # (a bare word, with no clitic or article: not "فريق كوردستان بالمنظمة الأميركية", an organisation's)
    if t < view.tok_end and not a.token_text(t).startswith(("ال", "و", "بال", "لل", "فال", "كال")) and not view.item_starts_at(t):
        t += 1  # (the rest of a name only its first word matched)
    for _ in range(2):
        word = a.token_text(t)
        if t >= view.tok_end or view.item_starts_at(t) or not (word.startswith("ال") and word.endswith(("يه", "ي"))):
            break
        t += 1
    # (the nisba is definite too, as its place: not a bare one of people after them, "في كابل دبلوماسيين أمريكيين")
    return t if a.token_text(t).startswith("ال") else p.tok_end


def _fled_to(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the place at ``tok`` where men fled to ("المهربين الذين فروا إلى داخل الأراضي السورية"), not where the
    figure fell?"""
    to = grammar("destination_words")
    return any(
        a.token_text(t) in to and a.token_in(t - 1, grammar("fled_verbs"), "و")
        for t in range(max(view.tok_start + 1, tok - 3), tok)
    )


def _lived_in_before(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the place at ``tok`` where men had been living ("بينهم اثنان كانا يقيمان في مخيم الهول السوري"), told after
    كان and a verb of residing — not where the figure fell?"""
    return any(
        a.token_text(t) == "في"
        and a.token_in(t - 1, grammar("residing_verbs"), "")
        and a.token_in(t - 2, grammar("were_verbs"), "و")
        for t in range(max(view.tok_start + 2, tok - 3), tok)
    )


def says_where(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Can the place say where the sentence's events were — not a wire's or a speaker's place, not a place
    abroad that a place of the story lies in, not where men fled to or had been living?"""
    return not (
        not_where(a, view, p)
        or _inside_a_place_abroad(a, view, p)
        or _fled_to(a, view, p.tok_start)
        or _lived_in_before(a, view, p.tok_start)
    )


def countries_in(
    a: Analysis, view: SentenceView, lo: int, hi: int, frame: Frame, starts_before: int | None = None
) -> tuple[list[str], str | None]:
    """Countries (and the most specific place) stated between tokens lo and hi.

    With ``starts_before``, a list of places must begin before that token;
    places coordinated with it (في العراق وسوريا) follow it wherever they end.
    """
    found: list[str] = []
    place: str | None = None
    rank = {"country": 0, "region": 1, "governorate": 2, "district": 3, "feature": 3, "camp": 4, "town": 4}
    best_rank = -1
    last_end = -10
    this_country = _this_country_cues(view, lo, hi)
    if starts_before is not None:
        # "جنوب شرقي البلاد وشمالي العراق": a list of places may begin with "البلاد"
        last_end = max([c.tok_end - 1 for c, where in this_country if where.tok_start < starts_before] + [last_end])
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if not (lo <= p.tok_start < hi) or e.type != "place" or not e.country:
            continue
        if not says_where(a, view, p):
            continue
        if starts_before is not None and p.tok_start >= starts_before and p.tok_start > last_end + 1:
            continue
        last_end = p.tok_end
        if not is_locative(a, view, p):
            continue
        after = _past_place_adjectives(a, view, p)
        nisba = next(
            (
                getattr(d.obj, "country", None)
                for d in view.adjectives
                # (not a country joined to it: "في العراق وسورية", where سورية is the name, not a nisba)
                if d.tok_start in (p.tok_end, after)
                and not any(q.tok_start == d.tok_start for q in view.entities)
                # (not the first of a border's two states: "تل أبيض الحدودية التركية السورية")
                and not (d.tok_start == after != p.tok_end and any(x.tok_start == d.tok_end for x in view.adjectives))
            ),
            None,
        )
        if nisba and nisba != e.country:
            # "في الصحراء الغربية المصرية": a place name of another country's, made this one's by its nisba
            if nisba not in found:
                found.append(nisba)
            continue
        if e.country not in found:
            found.append(e.country)
        r = rank.get(e.kind, 1)
        if r > best_rank:
            best_rank, place = r, e.id
    place_nouns = grammar("place_nouns")
    for p in view.adjectives:
        # "قرب سبع مدن عراقية"، "في الأراضي السورية"، "في الداخل الكيني": a place noun with a country's nisba
        country = getattr(p.obj, "country", None)
        placed = (
            (
                a.token_text(p.tok_start - 1) in place_nouns
                or _named_place_noun_before(a, view, p.tok_start)
                # (or a place noun in construct with a people's word before it: "في منطقة القبائل الباكستانية")
                or (
                    a.token_in(p.tok_start - 2, grammar_union("place_nouns", "construct_place_nouns"), "وبف")
                    and a.token_in(p.tok_start - 1, grammar("construct_place_heads"), "")
                )
            )
            # (not where men or fire came from: "هجوم … من الأراضي العراقية على مخفر"; but "في عدد من القرى")
            and (a.token_text(p.tok_start - 2) != "من" or a.token_in(p.tok_start - 3, grammar("partitive_words"), "و"))
        ) or (a.token_in(p.tok_start - 1, grammar("inside_nouns"), "") and a.token_in(p.tok_start - 2, {"في"}, "و")) or (
            a.token_in(p.tok_start - 1, grammar("conflicts_by_nisba"), "وفب")
            and not a.token_in(p.tok_start - 2, grammar("bodies_before_conflict_words"), "ولب")
            # (past an adjective of its own: "الحرب الإسرائيلية المستمرة في غزة")
            and a.token_text(p.tok_end + a.token_text(p.tok_end).startswith("ال")) not in grammar("war_on_words")
            # (not a war between two states: "الحرب العراقية الإيرانية")
            and not any(d.tok_start == p.tok_end for d in view.adjectives)
        )
        # (not a border's nisba, the neighbour where the border is: "غربي البلاد، بمحاذاة الحدود السعودية")
        border = a.token_in(p.tok_start - 1, grammar("border_words"), "بول") and not a.token_text(p.tok_start).endswith(("ين", "ون"))
        if country and lo <= p.tok_start < hi and placed and not border and not _fled_to(a, view, p.tok_start) and country not in found:
            found.append(country)
    for c, _ in this_country:
        # "في وسط البلاد": the home of the state whose people the sentence counts ("ارتفعت حصيلة قتلى
        # الجيش اللبناني … في شرق البلاد", whatever a banner named), else the country the article last
        # named (not a government that comments: "وأدانت الحكومة الأردنية الهجوم … غرب البلاد"),
        # before any, the home of the state whose body speaks ("قال الجيش التركي إن … جنوب شرق البلاد")
        # A country the same sentence names after "البلاد" is set against it ("داخل البلاد وشمال العراق
        # وسوريا"): the country is then the speaking state's own, not the last one named
        # (only the places joined to it by و as the next items of its list — not a town of the same
        # country or a neighbour "قرب الحدود مع النيجر" further on)
        later = _joined_after(a, view, c.tok_end)
        earlier = [x for x in frame.recent_countries if x not in later]
        # ("داخل البلاد وخارجها": at home and abroad, the same contrast)
        abroad = a.token_in(c.tok_end, grammar("abroad_words"), "و")
        home = _counted_state_before(view, c.tok_start) or (
            _state_named_before(view, c.tok_start, at_home_too=True) if later or abroad else None
        ) or (
            earlier[-1]
            if earlier
            else _state_named_before(view, c.tok_start, at_home_too=not frame.places_named)
        )
        if home is not None and home not in found:
            found.append(home)
    for c in view.cues_of("both_countries"):
        if lo <= c.tok_start < hi and len(frame.recent_countries) >= 2:
            for cc in frame.recent_countries[-2:]:
                if cc not in found:
                    found.append(cc)
    if len(found) > 1 and set(found) <= border_chain_countries(a, view) and (ours := [c for c in found if c in frame.countries]):
        # "قتل 28 جندياً … قرب الحدود بين بنين والنيجر وبوركينا فاسو" in a passage about Benin: of the
        # border's states, the one the passage is about
        found = ours
    return sorted(found), place


def _this_country_cues(view: SentenceView, lo: int, hi: int) -> list[tuple[Cue, Cue]]:
    """"البلاد" between tokens lo and hi after a locative (في وسط البلاد، جنوب شرقي البلاد), each with that
    locative."""
    out = []
    for c in view.cues_of("this_country"):
        if lo <= c.tok_start < hi:
            where = next((d for d in view.cues if "locative" in d.kinds and d.tok_end in (c.tok_start, c.tok_start - 1)), None)
            if where is not None:
                out.append((c, where))
    return out


def _joined_after(a: Analysis, view: SentenceView, tok: int) -> set[str]:
    """The countries of the places joined by و to a list item that ends at ``tok`` ("البلاد وشمال العراق
    وسوريا"): the first within two tokens after a word in و, then each one joined to the one before."""
    if not a.token_text(tok).startswith("و"):
        return set()
    places = sorted((q for q in view.entities if q.obj.type == "place" and getattr(q.obj, "country", None)), key=lambda q: q.tok_start)
    found: set[str] = set()
    end = None
    for q in places:
        first = end is None and tok <= q.tok_start <= tok + 2
        joined = end is not None and q.tok_start in (end, end + 1) and (
            q.prefix.startswith("و") or a.token_text(q.tok_start).startswith("و") or a.token_text(end) == "و"
        )
        if first or joined:
            found.add(q.obj.country)  # type: ignore[attr-defined]
            end = q.tok_end
        elif end is not None and q.tok_start > end + 1:
            break
    return found


def _counted_state_before(view: SentenceView, tok: int) -> str | None:
    """The home of a state body named before ``tok`` as the owner of the people or the toll counted
    (قتلى الجيش اللبناني، جنود الجيش المالي، خسائر القوات العراقية), when it is no expeditionary force."""
    owners = ("kill", "kill_after", "toll", "friendly", "member", "loss")
    away = expeditionary()
    for p in sorted(view.entities, key=lambda e: -e.tok_start):
        e: Entity = p.obj  # type: ignore[assignment]
        if p.tok_start >= tok or e.type != "actor" or e.id in away:
            continue
        home = (entity_actor(e.id) or {}).get("state_of")
        if home and any(c.tok_end == p.tok_start and c.kinds & set(owners) for c in view.cues):
            return str(home)
    return None


def _state_named_before(view: SentenceView, tok: int, at_home_too: bool = False) -> str | None:
    """The country of the first state body the sentence names before ``tok``, unless its forces fight
    abroad (the Russian or the French army's "شمال البلاد" is the country it fights in) — or, with
    ``at_home_too`` (the page has named no place yet), for a force that fights at home too
    (``also_at_home``: "لقي 100 من عناصر العمال الكردستاني … جنوب شرق البلاد"; not after "في ريف حلب")."""
    away = expeditionary() - also_at_home() if at_home_too else expeditionary()
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        act = entity_actor(e.id) or {}
        # (a force that acts only at home, like Turkey's police and gendarmerie, is its state's too)
        if p.tok_start < tok and e.type == "actor" and (home := act.get("state_of") or (act.get("home") and act.get("country"))):
            return None if e.id in away else str(home)
    return None


def note_countries(a: Analysis, view: SentenceView, frame: Frame) -> None:
    """Remember the countries named, in order, for "كلا البلدين"."""
    for p in view.entities:
        e: Entity = p.obj  # type: ignore[assignment]
        if e.type == "place" and e.country:
            frame.places_named = True
        if e.type == "place" and e.country and e.kind == "country" and not not_where(a, view, p):
            # (not the neighbour across a border: "غرب البلاد قرب الحدود مع مالي" is the report's country)
            if e.country in frame.recent_countries:
                frame.recent_countries.remove(e.country)
            frame.recent_countries.append(e.country)
