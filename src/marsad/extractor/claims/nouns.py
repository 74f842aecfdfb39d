"""The counted noun: after the number, in the count's head, or by nationality and rank."""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.model import Quantity
from marsad.recognize.cues import Cue, grammar, grammar_union
from marsad.recognize.entities import adjective_actor
from marsad.recognize.quantities import people_nisbas
from marsad.text.normalize import norm

from .groups import _group_after
from .sides import _side_of_entity, _tied_to_a_group_after
from .words import (
    _EVENT_KINDS,
    _NOUN_AFTER_KINDS,
    _NOUN_NEXT_KINDS,
    _OUTCOME_KINDS,
    _cell_size_word,
    _cue_at,
    _nationality_word_at,
    _punctuated_before,
    _qualifier_after_at,
)


def _noun_after(a: Analysis, view: SentenceView, p: Placed) -> tuple[Cue | None, int]:
    """The counted noun after a number (skipping من / كبار), and where to look next."""
    q: Quantity = p.obj  # type: ignore[assignment]
    if q.noun_start is not None and q.noun_end is not None:
        nstart = a.nt.norm_index(q.noun_start)
        for c in view.cues:
            if c.nstart <= nstart < c.nend and c.kinds & _NOUN_AFTER_KINDS:
                # (two others, "وأصيب آخران": the dual goes on with the people counted before)
                return c, c.tok_end
        if q.value == 2:
            # "موقعين عسكريين": a dual counts its own noun; the word after it is its adjective
            # (but "أحد عناصر التنظيم" counts the noun after أحد)
            return None, p.tok_end
    # (past a qualifier after the number: "17 على الأقل من عناصر طالبان")
    tok = first = p.tok_end + _qualifier_after_at(a, p.tok_end)
    for _ in range(3):
        if tok >= view.tok_end:
            break
        c = _cue_at(view, tok, _NOUN_NEXT_KINDS)
        if c is not None and c.prefix.startswith(("ب", "وب")) and tok == p.tok_end:
            return None, p.tok_end  # "15 بعمليات ضد قسد": a preposition's object, not what is counted
        if c is not None and c.prefix.startswith("و") and c.kinds & {"wound", "wound_after"} and tok == first:
            return None, p.tok_end  # "مدني واحد واصابة ستة": the next outcome, not what is counted
        if c is not None and c.kinds & {"operation", "attack"} and a.token_text(tok).startswith("وال") and tok == first:
            return None, p.tok_end  # "تحرير أربع مديريات من أصل تسع والعمليات في تقدم": the next clause's subject
        if c is not None and c.kinds == {"other"} and not any(
            q.tok_end <= p.tok_start and q.obj.kind == "count" for q in view.quantities  # type: ignore[attr-defined]
        ):
            # "مصرع قائد كبير بالبيشمركة وخمسة آخرين من عناصره": with no count before them to go on
            # with, the others are counted by their own noun after "آخرين من" ("مقتل 12 من مسلحي داعش
            # وإصابة 20 آخرين من عناصره" goes on with the 12's people)
            named = _others_own_noun(view, c)
            if named is not None:
                return named, named.tok_end
        if c is not None:
            return c, c.tok_end
        if a.token_text(tok) in grammar("between_number_and_noun"):
            tok += 1
            continue
        break
    return None, p.tok_end


def _others_own_noun(view: SentenceView, other: Cue) -> Cue | None:
    """The people noun right after "آخرين من" (وخمسة آخرين من عناصره، آخرين من مقاتليهم)."""
    return _cue_at(view, other.tok_end, {"member", "leader", "friendly", "civilian"})


def _shares_next_noun(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"21 و23 سنة": the number joined by و to the next one, whose noun is one no metric counts."""
    if a.token_text(p.tok_end) != "و":
        return False
    nxt = next((q for q in view.quantities if q.tok_start == p.tok_end + 1), None)
    return nxt is not None and _other_noun_after(a, view, nxt)


def _bracketed_after_a_place(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A bare number in brackets right after a place's name: "العراق (30)"."""
    if p.tok_start == 0:
        return False
    before = a.nt.text[a.tokens[p.tok_start - 1].end : a.tokens[p.tok_start].start]
    end = a.tokens[p.tok_end].start if p.tok_end < len(a.tokens) else len(a.nt.text)
    after = a.nt.text[a.tokens[p.tok_end - 1].end : end]
    return "(" in before and ")" in after and any(
        e.tok_end == p.tok_start and e.obj.type == "place" for e in view.entities  # type: ignore[attr-defined]
    )


def _nisba_dual(a: Analysis, p: Placed) -> bool:
    """Is the number a dual of a nationality's nisba (باكستانيان، سوريان)?"""
    word = a.token_text(p.tok_start)
    if a.token_in(p.tok_start - 1, grammar("dual_pronouns"), "و"):
        return False  # "اعتقلت الشرطة عنصرين من داعش، وهما عراقيان": the pair told again, not two more
    # (the oblique كويتيين is a dual only where the number finder saw a dual verb after it)
    return p.tok_end - p.tok_start == 1 and word.endswith(("ان", "ين")) and (
        adjective_actor(word[:-2]) is not None or word[:-2] in people_nisbas()
    )


def _origin_in_brackets(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A number in brackets right after a country, where the sentence counts fighters by origin."""
    if not any("origin" in c.kinds for c in view.cues):
        return False
    gap = a.nt.text[a.tokens[p.tok_start - 1].end : a.tokens[p.tok_start].start] if p.tok_start > 0 else ""
    if "(" not in gap:
        return False
    return any(
        e.tok_end == p.tok_start and e.obj.type == "place" and e.obj.kind == "country"  # type: ignore[attr-defined]
        for e in view.entities
    )


def _toll_head_of_another_fate(a: Analysis, view: SentenceView, p: Placed, noun: Cue) -> bool:
    """A toll's head of another fate than ``noun`` right before the number, past a verb of rising
    ("عدد قتلى جنود الجيش ارتفع إلى اثنين"، "حصيلة القتلى إلى 5")."""
    wounded = "wound_after" in noun.kinds
    clause = view.clause_of(p.tok_start)
    for c in view.cues:
        if clause[0] <= c.tok_start < p.tok_start and p.tok_start - c.tok_end <= 6 and c.kinds & {"kill", "wound"}:
            if a.token_in(c.tok_start, grammar("definite_toll_nouns"), "و") or a.token_text(c.tok_start - 1) in grammar("count_head_words"):
                return ("wound" in c.kinds) != wounded and not c.kinds >= {"kill", "wound"}
    return False


def _cell_members(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number the size of a cell named right before it, that a kill governs (القضاء على خلية
    إرهابية مكونة من 4 أفراد)?"""
    size = _cell_size_word(a, view, p)
    cell = next(
        (
            c
            for c in view.cues
            if size is not None and "armed_group" in c.kinds and a.token_in(c.tok_start, grammar("cell_words"), "و") and size - 4 <= c.tok_start < size
        ),
        None,
    )
    # (the kill governs the cell: "القضاء على خلية"، "قتل خلية" — not "قتل جندي في اشتباك مع خلية مكونة من 6")
    return cell is not None and any(cell.tok_start - 2 <= c.tok_end <= cell.tok_start for c in view.cues_of("kill"))


def _cell_dismantled(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the number the size of a cell that the sentence says was dismantled (تفكيك خلية إرهابية من 5
    أشخاص، فككت الشرطة شبكة مؤلفة من أربعة): its members were taken — unless the sentence counts
    those taken itself ("… تتكون من 5 أشخاص، تم توقيف 3 منهم")."""
    size = _cell_size_word(a, view, p)
    if size is not None:
        # (the cell may carry a preposition: "الإطاحة بخلية متكونة من 12 عنصراً")
        cell = next((t for t in range(size - 1, max(view.tok_start, size - 4) - 1, -1) if a.token_in(t, grammar("cell_nouns"), "وب")), None)
        if cell is None:
            # (past the group it is loyal to: "خلية إرهابية موالية لتنظيم داعش تتكون من أربعة")
            far = next((t for t in range(size - 4, max(view.tok_start, size - 6) - 1, -1) if a.token_in(t, grammar("cell_nouns"), "وب")), None)
            if far is not None and any(a.token_text(t) in grammar("allegiance_words") for t in range(far + 1, far + 3)):
                cell = far
    elif a.token_text(p.tok_start - 1) in grammar("of_words"):
        # (a bare "of" right after the cell or its one adjective: "خلية إرهابية من 5 أشخاص"; not "بعد بلاغ من 3")
        cell = next((t for t in (p.tok_start - 2, p.tok_start - 3) if a.token_in(t, grammar("cell_nouns"), "وب")), None)
    else:
        return False
    # (a terrorist cell, or one whose group is named between it and its size: "شبكة إرهابية"، "خلية
    # موالية لداعش تتألف من 7" — not any group named elsewhere in the sentence)
    if cell is None or not (
        any(c.tok_start == cell for c in view.cues_of("armed_group"))
        or a.token_in(cell + 1, grammar("terror_words"), "")
        or any(cell < e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
        # (or the group its members pledged to, right after them: "خلية متكونة من 12 عنصراً بايعت تنظيم داعش")
        or any(p.tok_end <= e.tok_start <= p.tok_end + 3 and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
    ):
        return False
    if any(c.tok_start >= p.tok_end for c in view.cues_of("capture")):
        return False
    # (the verb right before the cell, or before its subject: "فككت الشرطة المغربية اليوم شبكة")
    lo = max(view.clause_of(cell)[0], cell - 8)
    if any(a.token_in(t, grammar("dismantled_participles"), "") for t in range(cell + 1, min(cell + 4, p.tok_start))):
        return True  # (or its participle after it: "الخلية الإرهابية المفككة تتكون من 13 عنصراً")
    if a.token_in(cell - 1, grammar("uncover_words"), "وب") and not any(
        a.token_in(t, grammar("negation_words"), "و") for t in range(max(view.tok_start, cell - 5), cell - 1)
    ):
        return True  # "قادت إلى كشف خلية مكونة من أربعة عناصر": a cell uncovered, its members taken
    return any(a.token_in(t, grammar("dismantle_words"), "وب") for t in range(lo, cell)) and not any(
        c.kinds & _OUTCOME_KINDS and lo <= c.tok_start < cell for c in view.cues
    )


def _rank_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A number followed by a military rank (5 برتبة رائد، 11 مقدم، 20 نقيباً)."""
    return p.tok_end < view.tok_end and a.token_in(p.tok_end, grammar("rank_words"), "و")


def _of_a_nationality_after(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Does the number's phrase name where its people come from: "يحملون الجنسية التونسية"، "من المملكة
    المغربية"، "من السعوديين"?"""
    if a.token_in(tok, grammar("carry_nationality_words"), "") and a.token_in(tok + 1, grammar("passport_words"), ""):
        return True
    if a.token_text(tok) not in grammar("of_words"):
        return False
    at = tok + 1
    if any(e.tok_start == at and getattr(e.obj, "kind", None) == "country" for e in view.entities):
        return True
    if a.token_in(at, grammar("kingdom_words"), "") and any(d.tok_start == at + 1 for d in view.adjectives):
        return True  # "من المملكة المغربية"
    return bool(_nationality_word_at(a, view, at))


def _partitive(a: Analysis, view: SentenceView, p: Placed, noun: Cue | None) -> bool:
    """"51 من القتلى"، "وتوزع القتلى بين …": a share of the toll already given."""
    if noun is not None and a.token_text(noun.tok_start - 1) in grammar("of_words"):
        return True
    if a.token_text(p.tok_start - 1) == "ب" and any(
        e.obj.type == "place" and p.tok_start - 4 <= e.tok_end <= p.tok_start - 1  # type: ignore[attr-defined]
        for e in view.entities
    ):
        # "ثم محافظة صعدة بـ 12 قتيلاً": a place's share of the toll already given
        return True
    tolls = grammar("definite_toll_nouns")
    return any(a.token_text(t) in tolls for t in range(view.tok_start, p.tok_start))


def _pronoun_one(q: Quantity) -> bool:
    return norm(q.text) in grammar("one_of_them")


def _dead_of_a_kind(a: Analysis, view: SentenceView, p: Placed) -> tuple[Cue, str] | None:
    """"54 من القتلى من المحامين": the people's cue after "من <the dead> من", and the toll's fate (also "من بين
    القتلى": "61 من بين القتلى من المسلحين")."""
    t = p.tok_end
    among = a.token_text(t) in grammar("of_words") and a.token_text(t + 1) in grammar("among_words")
    if among:
        t += 1  # ("من بين القتلى": بين stands where من does, one cue with the dead)
    elif a.token_text(t) not in grammar("of_words"):
        return None
    if a.token_text(t + 2) not in grammar("of_words"):
        return None
    toll = _cue_at(view, t + 1, {"kill", "wound", "kill_after", "wound_after"}) or (
        _cue_at(view, t, {"kill", "wound", "kill_after", "wound_after"}) if among else None
    )
    if toll is None or toll.tok_end != t + 2 or not a.token_text(t + 1).startswith("ال"):
        return None
    people = _cue_at(view, t + 3, {"civilian", "friendly", "member", "friendly_group"})
    if people is None:
        return None
    return people, "wound" if toll.kinds & {"wound", "wound_after"} and not toll.kinds & {"kill", "kill_after"} else "kill"


def _count_head(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    """The token of the count word (عدد، تعداد) that opens the phrase a number states, within a few words
    before it and no other number between."""
    # (several readings of one number ask it: the answer is the sentence's, kept in the analysis' memo)
    memo = a.memo.setdefault("count_head", {})
    key = (view.tok_start, p.tok_start)
    if key not in memo:
        memo[key] = _find_count_head(a, view, p)
    return memo[key]


def _find_count_head(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    if not a.sentence_has(view, grammar("count_head_words"), "و"):
        return None  # (one set test rules out most sentences before a scan of the words before the number)
    head = next(
        (t for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - 12) - 1, -1) if a.token_in(t, grammar("count_head_words"), "و")),
        None,
    )
    if head is None or any(head < q.tok_start < p.tok_start for q in view.quantities):
        return None
    return head


def _one_cell_in_the_count_head(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """"عدد عناصر الخلية بلغ 5 أشخاص": the count's head names one cell (not "عدد خلايا التنظيم", the group's
    cells, whose men are its strength, nor a group called a network or a group: شبكة حقاني، مجموعة أبو سياف)."""
    head = _count_head(a, view, p)
    return head is not None and any(a.token_in(t, grammar("cell_words"), "و") for t in range(head + 1, p.tok_start))


def _members_in_the_count_head(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does the count's head name an armed group's men right after its count word (عدد الإرهابيين، عدد
    مسلحي التنظيم), no fate between?"""
    head = _count_head(a, view, p)
    if head is None or any(head < c.tok_start < p.tok_start and c.kinds & _EVENT_KINDS for c in view.cues):
        return False
    men = _cue_at(view, head + 1, {"member", "armed_group"}) or next(
        (c for c in view.cues if c.tok_start == head and "strength" in c.kinds and c.tok_end == head + 2), None
    )
    if men is None:
        return False
    if a.token_in(men.tok_end, grammar_union("family_words", "kin_words"), "") or a.token_text(men.tok_end).startswith(tuple(grammar("family_stems"))):
        return False  # (a family's members: "عدد أفراد أسرتي أقل من 4 أشخاص")
    side, _, _ = _group_after(a, view, men.tok_end)
    return side in (None, "armed") and not _cue_at(view, men.tok_end, {"friendly", "friendly_group"})


def _ranks_in_the_count_head(a: Analysis, view: SentenceView, p: Placed) -> tuple[bool, str | None]:
    """Does a count's head name an armed group's ranks before its number ("عدد الأجانب في صفوف داعش بلغ"),
    and which group (its entity, if named)?"""
    head = _count_head(a, view, p)
    if head is None:
        return False, None
    for t in range(head + 1, p.tok_start - 1):
        if a.token_in(t, grammar("in_ranks_words"), "") and a.token_text(t + 1) in grammar("ranks_words"):
            side, ent, _ = _group_after(a, view, t + 2)
            if side == "armed":
                return True, ent
    return False, None


def _counted_before_relative(a: Analysis, view: SentenceView, trig: Cue) -> str | None:
    """The side of the people a count's head names before the relative clause that holds the verb ("عدد
    المدنيين الذين قتلوا 854"، "عدد الجنود الذين لقوا حتفهم … 40"): civilian, friendly or armed, else None."""
    rel = trig.tok_start - 1
    if not (a.token_in(rel, grammar("relative_pronouns"), "") or a.token_text(rel) in grammar("which_words")):
        return None
    people = next((c for c in view.cues if c.tok_end in (rel, rel - 1) and c.kinds & {"civilian", "friendly", "member"}), None)
    if people is None or a.token_text(people.tok_start - 1) not in grammar("count_nouns"):
        return None
    return "civilian" if "civilian" in people.kinds else "friendly" if "friendly" in people.kinds else "armed"


def _other_noun_after(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Is the word right after a number a noun that no cue, name or time covers?"""
    tok = p.tok_end
    if tok >= view.tok_end:
        return False
    word = a.token_text(tok)
    if (word in grammar("counted_things") or word in grammar("uncounted_people") or word in grammar("force_unit_plurals")) and not any(
        x.tok_start <= tok < x.tok_end for x in view.entities
    ):
        return True  # "13 بندقية"، "ثماني قنابل": things counted, whatever letter opens them
    if not word or not ("\u0621" <= word[0] <= "\u064a") or word[0] in "وبلفك":
        return False  # punctuation, digits, or a word that may carry a clitic (واعتقال، بعمليات)
    if _punctuated_before(a, tok, "،,.:;؛"):
        return False  # "واعتقال 92، أما في العراق": a comma ends the number's phrase
    if word in grammar("of_words") and (things := grammar("counted_things")) and (
        (nxt := a.token_text(tok + 1)) in things or (nxt.startswith("ال") and nxt[2:] in things)
    ):
        return True  # "تدمير 3 من مخابئ المتشددين": some of the things counted next
    if word in grammar("after_bare_number"):
        return False
    if _tied_to_a_group_after(a, view, tok):
        return False  # a verb of the men counted, tying them to a group: "قتلت ستة يشتبه بانتمائهم لداعش"
    if word.startswith("م") and a.token_in(tok + 1, grammar("participle_complements"), ""):
        return False  # "حوالي 10,000 مبالغ فيها": a participle saying what the figure is, no noun it counts
    before = a.token_text(p.tok_start - 1)
    if a.token_in(p.tok_start, grammar("one_two_words")) and len(before) > 3 and before.endswith(("ين", "ان", "ون")):
        return False  # "متهمين اثنين تورطا بالترويج": two, the adjective of the plural before it, counts that one
    q: Quantity = p.obj  # type: ignore[assignment]
    between_words = grammar("between_words")
    if (before in between_words and q.min is not None and q.max is not None and q.min != q.max) or (
        any(a.token_text(t) in between_words for t in range(max(view.tok_start, p.tok_start - 4), p.tok_start - 1))
        and any(x.tok_end in (p.tok_start - 1, p.tok_start) for x in view.quantities)
    ):
        return False  # a range ("بين 3500 و4000 عندما بدأ الهجوم"): the word after its far end is no noun of it
    # (a place word is another noun: "119 مشتبهاً بهم في 23 محافظة" counts provinces)
    if any(c.tok_start <= tok < c.tok_end and c.kinds - {"locative"} for c in view.cues):
        return False
    covered = [*view.entities, *view.times, *view.quantities]
    return not any(x.tok_start <= tok < x.tok_end for x in covered)
