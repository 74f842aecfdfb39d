"""Lists: items of a list of counts and what an item shares with the others.

The noun or place an item leaves out, the next and the last items, and sides joined to each
other in one list.
"""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.recognize.cues import Cue, grammar, grammar_union

from .groups import _group_after
from .nouns import _noun_after, _others_own_noun, _toll_head_of_another_fate
from .parts import _past_subset_list
from .reading import Reading
from .sides import _owner_side, _side_of_entity
from .words import (
    _COUNTED_NOUN_KINDS,
    _OUTCOME_KINDS,
    _PEOPLE_NOUNS,
    _counting_value,
    _cue_at,
    _nationality_at,
    _no_number_beside,
    _punctuated_before,
    _qualifier_start,
    _same_preposition_at,
    joined_by_wa,
    qualifier_words,
)


def gapped_place(a: Analysis, view: SentenceView, p: Placed) -> Placed | None:
    """The place right before a number, joined by و to what came before it ("وإيطاليا 17"): an item of a
    list that names its place first and leaves out the noun the first item gave."""
    e = next((e for e in view.entities if e.tok_end == p.tok_start and e.obj.type == "place"), None)  # type: ignore[attr-defined]
    if e is None or not getattr(e.obj, "country", None) or p.prefix:
        return None
    if a.token_in(p.tok_start, grammar("one_two_words"), ""):
        return None  # ("لبنانيين اثنين وسورياً واحداً": a Syrian, the number word his adjective)
    if e.prefix.startswith("و") or a.token_text(e.tok_start - 1) == "و":
        return e
    # (or opened by و and "in" before its place: "قتل في إدلب 9 مدنيين، وفي أريحا 4")
    before = a.token_text(e.tok_start - 1)
    return e if before[:1] == "و" and before[1:] in grammar("in_at_words") else None


def place_right_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A place right after a number, or after على/في ("4 حمص"، "4 على حمص")."""
    at = p.tok_end + (a.token_text(p.tok_end) in grammar("on_in_words"))
    return any(e.tok_start == at and e.obj.type == "place" for e in view.entities)  # type: ignore[attr-defined]


def _place_of_item(a: Analysis, view: SentenceView, r: Reading) -> bool:
    """Does a list's item name its place next to its number, before it or after its noun?"""
    before = any(e.tok_end == r.placed.tok_start and e.obj.type == "place" for e in view.entities)  # type: ignore[attr-defined]
    end = r.noun_end_tok or r.placed.tok_end
    after = any(
        end <= e.tok_start <= end + 2 and e.obj.type == "place" for e in view.entities  # type: ignore[attr-defined]
    )
    return before or after


def _fighters_joined_to_civilians(a: Analysis, view: SentenceView, noun: Cue, count: float | None) -> bool:
    """Fighters or soldiers joined by و to the civilians counted, with no number of their own
    (مواطناً مدنياً ومقاتلاً، مدنياً وعسكرياً)."""
    after = noun.tok_end
    adjective = _cue_at(view, after, {"civilian"})
    if adjective is not None:
        after = adjective.tok_end
    joined = _cue_at(view, after, {"friendly", "member"})
    # (a number of their own before or after them, "و5 جنود"، "وجندي واحد", makes them a count of their own)
    if joined is None or not joined.prefix.startswith("و") or any(q.tok_start in (joined.tok_start, joined.tok_end) for q in view.quantities):
        return False
    # (in the same case and number as the civilians, an adjective of the same count — not one more person
    # named after them, "بينهم طفلان وضابط"، "أربعة مدنيين ورجل أمن")
    first, second = a.token_text(noun.tok_end - 1), a.token_text(joined.tok_end - 1)
    if any(first.endswith(e) and second.endswith(e) for e in grammar("agreeing_endings")):
        return True
    # (after a hundred or a thousand both stand in the bare singular: "8318 مواطن مدني ومقاتل")
    marked = tuple(grammar("number_endings"))
    return (count or 0) >= 100 and not first.endswith(marked) and not second.endswith(marked)


def _same_word_after(a: Analysis, view: SentenceView, first: Placed, second: Placed) -> bool:
    """Do two numbers go on with the same preposition (past "منها" after the first): "29 منها ضد … و23 ضد …"?"""
    subset = _cue_at(view, first.tok_end, {"subset"})
    return _same_preposition_at(a, subset.tok_end if subset is not None else first.tok_end, second.tok_end)


def _parallel_opening(
    a: Analysis, view: SentenceView, first: Placed, second: Placed, opener: int | None = None, reach: int = 4
) -> bool:
    """Does the second number's item open, right after the first number (or at ``opener``, past the first's
    noun), with و and the preposition that stood a few words before the first ("في صفوف الشرطة 1224، وفي صفوف
    الجيش 519")? ``reach``: how many words a place between the preposition and its number may take."""
    opener = first.tok_end if opener is None else opener
    word = a.token_text(opener)
    if not (word.startswith("و") and word[1:] in grammar("parallel_prepositions")) or not 0 < second.tok_start - opener <= reach:
        return False
    if any(first.tok_end <= q.tok_start < second.tok_start for q in view.quantities):
        return False
    return any(a.token_text(t) == word[1:] for t in range(max(view.tok_start, first.tok_start - reach), first.tok_start))


def _noun_of_a_joined_list(a: Analysis, view: SentenceView, p: Placed) -> tuple[Cue, int] | None:
    """The noun (and the token after it) that ends a run of bare counts joined by و right after ``p``
    (8 و11 و17 إرهابياً), when ``p`` has none of its own (nor one before it: "حالة وفاة واحدة وثلاث إصابات")."""
    if any(c.tok_end == p.tok_start and c.kinds & _COUNTED_NOUN_KINDS for c in view.cues):
        return None
    at = p
    while True:
        nxt = next((q for q in view.quantities if q.tok_start > at.tok_start), None)
        if nxt is None or nxt.obj.kind != "count" or not joined_by_wa(a, nxt):  # type: ignore[attr-defined]
            return None
        if nxt.tok_start - at.tok_end > (0 if nxt.prefix.startswith("و") else 1):
            return None
        noun, after = _noun_after(a, view, nxt)
        if noun is not None:
            if noun.kinds & {"kill_after", "wound_after"} and _toll_head_of_another_fate(a, view, p, noun):
                # "ارتفع عدد قتلى الجيش إلى اثنين و16 مصاباً": the first is the dead the head named, the last the
                # wounded its own noun names
                return None
            return (noun, after) if noun.kinds & _COUNTED_NOUN_KINDS else None
        at = nxt


def _distributed_noun(a: Analysis, view: SentenceView, p: Placed, previous: Reading | None) -> Cue | None:
    """The counted noun a breakdown verb spreads over the numbers after it (توزعت العمليات بين 59 في
    سوريا … و137 في العراق): right before the first, and for a later one joined by و, the same noun
    when each is followed by its place."""
    words = grammar("breakdown_words")
    spread = grammar("spread_prepositions")

    def spread_at(t: int) -> Cue | None:
        if a.token_text(t) not in spread:
            return None
        for c in view.cues:
            if c.tok_end == t and c.kinds & {"operation", "attack"} and a.token_text(c.tok_start - 1) in words:
                return c
        return None

    first = spread_at(p.tok_start - 1)
    if first is not None:
        return first
    joined = joined_by_wa(a, p)
    if not joined or a.token_text(p.tok_end) not in grammar("in_words"):
        return None
    in_words = grammar("in_words")
    for t in range(view.tok_start, p.tok_start - 1):
        c = spread_at(t)
        if c is not None and a.token_text(t + 2) in in_words:
            return c
    return None


def _opens_a_list_item(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number (with its qualifier: "وأكثر من 100"، "وما بين 80 و100") the next item of a list?"""
    if joined_by_wa(a, p) or _punctuated_before(a, p.tok_start, "،,"):
        return True
    t = p.tok_start - 1
    words = qualifier_words() | grammar("between_words")  # (a range: "وما بين 80 و100")
    while t > max(view.tok_start, p.tok_start - 4) and a.token_text(t) in words:
        t -= 1
    word = a.token_text(t)
    return t < p.tok_start - 1 and ((word.startswith("و") and word[1:] in words) or _punctuated_before(a, t + 1, "،,"))


def _other_side_joined(a: Analysis, view: SentenceView, tok: int, side: str) -> bool:
    """Is a group of the other side joined by و right after the group ending at ``tok``?"""
    in_words = grammar("in_words")
    list_item_joiners = grammar("list_item_joiners")
    # (the reach moves on past each item of the same side: the list may go on)
    t, reach = tok - 1, tok + 4
    while (t := t + 1) < min(reach, view.tok_end):
        word = a.token_text(t)
        if not word.startswith("و"):
            # past the words of a group's name, not past a place the group was in ("57 من داعش في الموصل
            # والجيش العراقي يواصل تقدمه": a new clause, not a second side)
            if word in in_words:
                return False
            if word in grammar("between_noun_and_group") or word in grammar("state_owner_words") or any(
                e.tok_start <= t < e.tok_end and e.obj.type == "actor" for e in view.entities  # type: ignore[attr-defined]
            ) or any(d.tok_start == t for d in view.adjectives):  # (its nisba: "القوات السورية")
                continue
            return False
        if a.token_in(t, grammar("allies_words"), "و"):
            continue  # (past the group's allies: "أربعين من الحوثيين وحلفائهم، ومن المدنيين")
        # (و alone before a quoted name: "من القوات السورية و«داعش»"; or a second من: "…، ومن المدنيين")
        at = t + 1 if word in list_item_joiners else t
        ends = [e.tok_end for e in view.entities if e.tok_start == at and (_side_of_entity(e.obj) or side) != side]  # type: ignore[arg-type]
        ends += [
            c.tok_end
            for c in view.cues
            if c.tok_start == at
            and (
                ("armed_group" in c.kinds and side == "friendly")
                or ("friendly_group" in c.kinds and side == "armed")
                # "170 من أفراد الأمن والمدنيين": the civilians, plural or definite, are a side too (not
                # "ومدني واحد" nor "ومدني": one person joined, an item of its own)
                or (
                    "civilian" in c.kinds
                    and _people_joined_as_a_side(a, view, c)
                )
            )
        ]
        if (
            side == "friendly"
            and a.token_in(at, grammar("civilian_staff_plurals"), "و")
            and not a.token_in(at + 1, grammar("with_them_words"), "")
        ):
            # "270 عنصراً من قوات النظام والدفاع الوطني والحراس والعاملين": a site's staff, civilians, in the list
            return True
        if not ends and (
            any(e.tok_start == at and _side_of_entity(e.obj) == side for e in view.entities)  # type: ignore[arg-type]
            or any(c.tok_start == at and ({"friendly", "friendly_group"} if side == "friendly" else {"armed_group"}) & c.kinds for c in view.cues)
        ):
            # (past another of the same side, the list goes on: "قوات النظام والدفاع الوطني والحراس والعاملين")
            reach = t + 4
            continue
        # "قوات النظام والمسلحين الموالين لها"، "ومليشيات الحشد": armed men loyal to a force are on its side
        friendly_at = {e.tok_start for e in view.entities if _side_of_entity(e.obj) == "friendly"}  # type: ignore[arg-type]
        return any(
            a.token_text(end) not in grammar("allegiance_words")
            # (or a relative clause of backing: "القوات الحكومية والفصائل التي تساندها" are the forces and their allies)
            and not (a.token_text(end) in grammar("which_words") and a.token_text(end + 1) in grammar("backing_verbs"))
            and end not in friendly_at
            for end in ends
        )
    return False


def _last_of_mixed_list(a: Analysis, view: SentenceView, previous: Reading) -> bool:
    """Is ``previous`` the last item of a list joined by و whose items have different sides (مدنيين وخمسة جنود)?"""
    if previous.side not in ("friendly", "civilian") or not joined_by_wa(a, previous.placed):
        return False
    other = {"friendly": {"civilian"}, "civilian": {"friendly"}}[previous.side]
    # (the list may end the sentence before: "… وخمسة ضباط قتلوا. وأصيب 29 آخرون")
    own = a.view_of(previous.placed.tok_start) or view
    lo = max(own.tok_start, previous.placed.tok_start - 8)
    items = [c for c in own.cues if lo <= c.tok_start < previous.placed.tok_start and c.kinds & other]
    return bool(items) and not any(
        items[-1].tok_end <= c.tok_start < previous.placed.tok_start and c.kinds & _OUTCOME_KINDS for c in own.cues
    )


def _next_part_in_brackets(a: Analysis, p: Placed, previous: Reading | None) -> bool:
    """Is this number the next part of a total broken down in brackets, the bracket still open? The words after
    each part name it ("قتل 23 ضابطاً (7 أمن وطني، و16 أمن مركزي)"): a unit, not another noun counted."""
    return (
        previous is not None
        and previous.rule == "number-in-brackets-after-noun"
        and joined_by_wa(a, p)
        and ")" not in a.nt.text[previous.placed.nend : p.nstart]
    )


def _listed_after(a: Analysis, view: SentenceView, p: Placed, previous: Reading, item: int | None = None) -> bool:
    """Is this number the next item of a list that began with ``previous``? (``item``: where the item opens when
    its noun comes before its number word, "إضافة إلى عسكريين أميركيين اثنين")"""
    if previous.placed.tok_end > p.tok_start or p.tok_start - previous.placed.tok_end > 12:
        return False
    if not (view.tok_start <= previous.placed.tok_start < view.tok_end):
        return False
    if joined_by_wa(a, p):
        return True
    if (
        (previous.after_subset_word or previous.rule == "list-shares-outcome")
        and a.marks_before(p.tok_start, "،,")
        and _list_closes_with_wa(a, view, p)
    ):
        # "مقتل 66 شخصاً من بينهم 45 عنصراً من قسد، 8 عناصر من التنظيم، 12 مدنياً، وشخص متعاون": the parts of a
        # toll set apart by commas, the last joined by و (not a new clause after a comma: "، 40 مدنياً آخرين ما
        # زالوا تحت الأنقاض")
        return True
    before = a.token_text(p.tok_start - 1)
    if before.startswith("و") and before[1:] in qualifier_words():
        return True  # "مقتل أكثر من 100 مسلح ونحو 30 جندياً": the next item, its qualifier joined by و
    if any(
        c.prefix.startswith("و")
        and c.kinds & _PEOPLE_NOUNS
        and (c.tok_end == p.tok_start or (c.tok_end == p.tok_start - 1 and _nationality_at(a, view, c.tok_end)))
        for c in view.cues
    ):
        # the item's noun before its number word, or before its nationality and number word: "… ومساعدين اثنين
        # للجيش ومدني واحد"، "قتل 32 لاجئاً ومدني يمني واحد"
        return True
    if a.token_text(p.tok_start - 1).startswith("و") and a.token_in(p.tok_start, grammar("one_two_words"), "") and (
        _nationality_at(a, view, p.tok_start - 1)
        or any(e.tok_start == p.tok_start - 1 and getattr(e.obj, "kind", None) == "country" for e in view.entities)
    ):
        return True  # the item's nationality before its number word: "لبنانيين اثنين وسورياً واحداً"
    # (past a qualifier: "إضافة إلى ما لا يقل عن 35 من عناصر الجيش")
    start = _qualifier_start(a, item if item is not None and previous.placed.tok_end <= item < p.tok_start else p.tok_start, previous.placed.tok_end)
    return any(start - 3 <= c.tok_start < start for c in view.cues_of("coordinator"))


def _list_closes_with_wa(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does a later item of the list close it, after a comma and joined by و (a number or a people noun:
    "، 12 مدنياً، وشخص متعاون"، "، و3 من المدنيين")?"""
    for t in range(p.tok_end, min(p.tok_end + 10, view.tok_end)):
        if not a.marks_before(t, "،,"):
            continue
        if any(q.tok_start == t and joined_by_wa(a, q) for q in view.quantities) or any(
            c.tok_start == t and c.prefix.startswith("و") and c.kinds & _PEOPLE_NOUNS for c in view.cues
        ):
            return True
    return False


def _past_joined_ones(a: Analysis, view: SentenceView, tok: int, clause: tuple[int, int]) -> int | None:
    """Where a chain of single persons joined by و to a counted subject ends (وعامل استخبارات
    وجندياً), if one starts at ``tok``: each item opens with و and names a person within two words."""
    t, items = tok, 0
    while t < clause[1] and (a.token_text(t) == "و" or a.token_text(t).startswith("و")):
        if any(q.tok_start in (t, t + 1) for q in view.quantities):
            return None  # a counted item: _past_joined_item's
        c = next((x for x in view.cues if t <= x.tok_start <= t + 1 and x.kinds & _PEOPLE_NOUNS), None)
        if c is None:
            # an item no cue names ("وعامل استخبارات"), when a named one follows it ("وجندياً")
            on = next((u for u in (t + 1, t + 2) if a.token_text(u).startswith("و") and _cue_at(view, u, _PEOPLE_NOUNS)), None)
            if on is None:
                break
            t, items = on, items + 1
            continue
        t, items = c.tok_end, items + 1
        if t < clause[1] and not a.token_text(t).startswith("و") and not any(
            x.tok_start == t and x.kinds & {"kill", "capture", "wound", "kill_after", "meet_fate"} for x in view.cues
        ):
            t += 1  # the item's own word: "وعامل استخبارات"
    return t if items else None


def _past_joined_item(a: Analysis, view: SentenceView, tok: int, kinds: frozenset[str] | set[str] | None = None) -> int | None:
    """Where a second counted subject joined by و (و17 من الجنود) that starts at ``tok`` ends;
    with ``kinds``, only an item whose noun is of those kinds."""
    q = next((x for x in view.quantities if x.tok_start in (tok, tok + 1) and x.obj.kind == "count"), None)  # type: ignore[attr-defined]
    if q is None or not (q.prefix.startswith("و") if q.tok_start == tok else a.token_text(tok) == "و"):
        return None
    t = q.tok_end + (a.token_text(q.tok_end) in grammar("of_words"))
    wanted = kinds or (_PEOPLE_NOUNS | {"friendly_group", "armed_group"})
    c = next((x for x in view.cues if x.tok_start == t and x.kinds & wanted), None)
    if c is None and q.obj.noun_start is not None:  # type: ignore[attr-defined]
        # a dual counts its own noun: "قتيلان وجريحان، من قوات الحشد الشعبي"
        c = next((x for x in view.cues if x.tok_start == q.tok_start and x.kinds & wanted), None)
    if c is None:
        return None
    # "و(12) حالة إصابة بجروح في صفوف المدنيين": past the wounds' complement to what follows the item
    end = c.tok_end + (a.token_text(c.tok_end) in grammar("wound_complements"))
    if a.token_text(end) not in grammar("of_words") or q.obj.noun_start is not None:  # type: ignore[attr-defined]
        return end  # (a dual's group may stand past a comma: "قتيلان وجريحان، من قوات الحشد")
    side, _, after = _group_after(a, view, end)
    if side not in ("armed", "friendly") or after <= end:
        return end
    # "و15 عنصراً من الجيش الوطني الأفغاني استشهدوا": past the body the item names, its name's words too
    end = after
    while end < min(after + 3, view.tok_end) and (
        a.token_text(end) in grammar("army_name_words") or any(d.tok_start == end for d in view.adjectives)
    ):
        end += 1
    return end


def _group_of_the_joined_wounded(a: Analysis, view: SentenceView, tok: int) -> tuple[str, str | None] | None:
    """The side and group named after a count of wounded joined by و right after ``tok`` (و210 جريحاً
    من المليشيات الحوثية، وأكثر من 200 جريح من عناصر التنظيم)."""
    if not a.token_text(tok).startswith("و"):
        return None
    q = next((x for x in view.quantities if tok <= x.tok_start <= tok + 2 and x.obj.kind == "count"), None)  # type: ignore[attr-defined]
    if q is None:
        return None
    hurt = _cue_at(view, q.tok_end, {"wound_after"})
    if hurt is None:
        # "45 شهيداً وجرح 90 من منتسبي القوات الأمنية"، "5 شهداء وإصابة 10 من عناصر الجيش": the wounding
        # verb or noun first, then its number and the group's men
        verb = _cue_at(view, tok, {"wound"})
        if verb is None or q.tok_start != verb.tok_end or not a.token_in(tok - 1, grammar("martyr_nouns"), ""):
            return None  # (only martyrs, a force's own word for its dead; "7 قتلى وإصابة 3 من الشرطة" may be anyone)
        noun, nxt = _noun_after(a, view, q)
        if noun is not None and not noun.kinds & {"member", "friendly"}:
            return None
        side, ent, _ = _group_after(a, view, nxt if noun is not None else q.tok_end)
        if side is None and noun is not None and "friendly" in noun.kinds:
            side = "friendly"
        return (side, ent) if side in ("armed", "friendly") else None
    side, ent, _ = _group_after(a, view, hurt.tok_end)
    return (side, ent) if side in ("armed", "friendly") else None


def _side_joined_to_noun(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """"أربعين من المتطوعين الأمنيين والمدنيين"، "20 مدنياً وعسكرياً": people of another side joined to the
    counted noun by و, with no number of their own — one figure for both (not "5 جنود ومدني", one more)."""
    own = "civilian" if "civilian" in noun.kinds else "friendly" if "friendly" in noun.kinds else None
    other = {"civilian": "friendly", "friendly": "civilian"}.get(own or "")
    if other is None:
        return False
    # "57 جندياً سورياً ومسلحاً من هيئة تحرير الشام": a gunman joined to the soldiers (past their nisba)
    # (its nisba may read as the country's name: "جندياً سورياً")
    t = noun.tok_end + (
        any(d.tok_start == noun.tok_end for d in view.adjectives)
        or any(e.tok_start == noun.tok_end and getattr(e.obj, "kind", None) == "country" for e in view.entities)
    )
    word = a.token_text(t)
    # (the number's own noun in the singular, counted by 11 and up: "5 جنود ومسلحاً" is five soldiers and one more)
    singular = _counting_value(view, noun) > 10
    # (in the counted noun's own case: "15 جندياً ومسلح" is fifteen soldiers and a gunman)
    same_case = word.endswith("ا") == a.token_text(noun.tok_end - 1).endswith("ا")
    if (
        own == "friendly"
        and singular
        and same_case
        and word.startswith("و")
        and (
            word[1:] in grammar_union("armed_adjectives", "militant_nouns")
            # (or a fighter of a group named right after: "130 جندياً سورياً ومقاتلاً من هيئة تحرير الشام")
            or (word[1:] in grammar("generic_member_nouns") and _group_after(a, view, t + 1)[0] == "armed")
        )
        and not any(q.tok_start in (t, t + 1) or q.tok_end == t for q in view.quantities)
    ):
        return True
    for c in view.cues:
        if noun.tok_end <= c.tok_start <= noun.tok_end + 1 and other in c.kinds and c.tok_end - c.tok_start == 1:
            word = a.token_text(c.tok_start)
            # (or both counted in the accusative after a number: "أربعين متطوعاً أمنياً ومدنياً")
            tamyiz = word.endswith("يا") and a.token_text(noun.tok_start).endswith("ا") and _no_number_beside(view, c)
            if word.startswith("و") and (_people_joined_as_a_side(a, view, c) or tamyiz):
                return True
    return False


def _soldier_joined_to_fighters(a: Analysis, view: SentenceView, noun: Cue) -> bool:
    """A soldier word joined by و right after a count of fighters, with no number of its own (100 مقاتل وجندي)."""
    c = next((c for c in view.cues if c.tok_start == noun.tok_end and "friendly" in c.kinds and c.tok_end - c.tok_start == 1), None)
    # (both counted by the number, in its singular: not "خمسة مسلحين وجندياً", five gunmen and one soldier)
    # (counted by a hundred or more, the genitive singular of both: not "14 عنصراً وجندياً", fourteen and one)
    hundreds = _counting_value(view, noun) >= 100 and not a.token_text(noun.tok_end - 1).endswith(("ا", "ين", "ون", "ات"))
    return c is not None and hundreds and a.token_text(c.tok_start).startswith("و") and _no_number_beside(view, c)


def _people_joined_as_a_side(a: Analysis, view: SentenceView, c: Cue) -> bool:
    """A people word joined to another side's that is a side of its own, not one more person: plural or
    definite, with no number of its own ("170 من أفراد الأمن والمدنيين"، "من المتطوعين ومدنيين"; not
    "ومدني واحد"، "ومدنيين اثنين")."""
    word = a.token_text(c.tok_start)
    return _no_number_beside(view, c) and (word[1:].startswith("ال") or word.endswith(("ين", "ون", "ات")))


def _mixed_parts(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Do the parts of a subset list starting at ``tok`` belong to two or more sides?"""
    end = _past_subset_list(a, view, tok)
    if end is None:
        return False
    sides = set()
    for q in view.quantities:
        if tok < q.tok_start < end:
            c = next((x for x in view.cues if x.tok_start == q.tok_end), None)
            side = _group_after(a, view, q.tok_end)[0]
            if side is None and c is not None and c.kinds & {"member", "leader"}:
                side = _group_after(a, view, c.tok_end)[0]  # (the men of a force named after them: "11 عنصراً من قوات النظام")
            if side is None and c is not None:
                side = "civilian" if "civilian" in c.kinds else "friendly" if "friendly" in c.kinds else "armed" if c.kinds & {"member", "leader"} else None
            if side:
                sides.add(side)
    return len(sides) >= 2


def _ranked_next(a: Analysis, view: SentenceView, p: Placed, previous: Reading) -> bool:
    """Is this number the next item of a ranked breakdown (تليها ذمار 19، وصعدة 9، ثم 10 في عمران)?"""
    if not (view.tok_start <= previous.placed.tok_start < p.tok_start):
        return False
    ranks = [c for c in view.cues if "ranking" in c.kinds and c.tok_start < p.tok_start]
    if not ranks:
        return False
    # (an item may name a month in two calendars first: يليه شهر تشرين الأول (أكتوبر) بـ 49)
    if any(p.tok_start - 7 <= c.tok_end <= p.tok_start and c.tok_start >= previous.placed.tok_end for c in ranks):
        return True
    # once a ranking has begun, its later items are joined by و or ثم
    before = range(max(previous.placed.tok_end, p.tok_start - 7), p.tok_start)
    then_words = grammar("then_words")
    return any(ranks[0].tok_start < t and (a.token_text(t) in then_words or a.token_text(t).startswith("و")) for t in before)


def _side_of_next(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """مقتل 6 واعتقال 41 من عناصر التنظيم: a bare number takes the group its list names next — not when its
    own parts follow, of more than one side ("عدد القتلى 845، منهم 743 مدنياً و34 جندياً": no side)."""
    if _mixed_parts(a, view, p.tok_end):
        return None
    for o in view.quantities:
        if p.tok_end <= o.tok_start <= p.tok_end + 4 and o.obj.kind == "count":  # type: ignore[attr-defined]
            noun, nxt = _noun_after(a, view, o)
            if noun is not None and noun.kinds == {"other"}:
                # "مقتل 7 وإصابة 52 آخرين من مقاتليهم": the others' own noun, after "آخرين من"
                noun = _others_own_noun(view, noun)
                nxt = noun.tok_end if noun is not None else nxt
            if noun is None:
                return None
            if noun.kinds & {"leader", "member"}:
                side, _, _ = _group_after(a, view, nxt)
                if side is None and a.carries_pronoun(noun):
                    # "مقتل 7 وإصابة 52 آخرين من مقاتليهم": their fighters, whoever "their" is
                    side = _owner_side(view, o.tok_start)
                return side or "armed"
            if noun.kinds & {"friendly", "friendly_group"}:
                # (not soldiers counted among the whole: "قتل 21 بينهم 9 جنود" — the rest are not told)
                among = any(c.tok_end in (o.tok_start, o.tok_start - 1) for c in view.cues_of("subset"))
                return None if among else "friendly"
            if "civilian" in noun.kinds:
                # (not civilians counted among the whole: "وصل عدد القتلى إلى 14 بينهم 6 أطفال" — the rest are not told)
                among = any(c.tok_end in (o.tok_start, o.tok_start - 1) for c in view.cues_of("subset"))
                return None if among else "civilian"
            return None
    return None
