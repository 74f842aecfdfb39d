"""Groups: the armed group or force named with the counted noun (من داعش، من الجيش).

``_group_after`` and ``_read_group_after`` read the group after the noun (they call each other, so
they stay together), with the rules on who did the killing, took the men or leads them.
"""

from __future__ import annotations

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.model import Entity
from marsad.recognize.cues import Cue, expeditionary, grammar, grammar_stems, grammar_union
from marsad.recognize.entities import actor as entity_actor
from marsad.recognize.entities import adjective_actor
from marsad.text.normalize import norm

from .sides import (
    _backed_side,
    _friendly_between,
    _leader_side,
    _names_before,
    _owner_side,
    _side_of_entity,
    _sides_named,
)
from .words import (
    _OUTCOME_OR_AFTER_KINDS,
    _OUTCOME_OR_OTHER_KINDS,
    _PEOPLE_SIDES,
    PEOPLE_KINDS,
    _cue_at,
    _most_of_them_at,
    _nationality_word_at,
    _qualifier_ends_at,
)


def _group_after(a: Analysis, view: SentenceView, tok: int) -> tuple[str | None, str | None, int]:
    """Side and entity named right after a noun: من داعش، مسلحي داعش، من الجيش."""
    # (a figure's reading asks it of the same noun several times: the answer is the sentence's)
    memo = a.memo.setdefault("group_after", {})
    key = (view.tok_start, view.tok_end, tok)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read_group_after(a, view, tok)
    return found


def _enlisted_side(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side of civilians enlisted in a body (مدنيين منخرطين في قوة …، منضوين في صفوف داعش) at ``tok``:
    the armed group named after the body, else the state's."""
    if not (a.token_text(tok) in grammar("enlisted_words") and a.token_text(tok + 1) in grammar("in_words")):
        return None
    side = _group_after(a, view, tok + 2)[0]
    if side == "armed":
        return "armed"  # (named or not: "منضوين في صفوف الجماعات المسلحة")
    return "friendly" if a.token_text(tok + 2) in grammar("force_bodies") or side == "friendly" else None


def _between_noun_and_group(a: Analysis, t: int) -> bool:
    """A word that may stand between people counted and their group, also with و or ل on a noun
    (وعناصر، لميليشيات) — not و on a preposition, which opens the next item ("وفي صفوف المسلحين 40")."""
    words = grammar("between_noun_and_group")
    word = a.token_text(t)
    if word in words:
        return True
    bare = word[1:]
    # (و only where it joins the group's men to its leaders counted: "قيادات وعناصر ميليشيات حزب الله" — not a new
    # clause or item, "9 مسلحين، وعناصر قوات الأمن تلاحق الفارين"، "6 مسلحين وعناصر من الشرطة")
    joined = word.startswith("و") and bare in words and a.token_in(t - 1, grammar("leader_plurals"), "")
    return (word.startswith("ل") and bare in words) or joined


def _owner_named_after(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side of the body or group a unit is told to belong to or back right after its noun (تابعة لحركة
    الشباب، الموالية للحكومة), or None."""
    if not a.token_in(tok, grammar_union("belonging_adjectives", "allegiance_words"), ""):
        return None
    owner = next((e for e in view.entities if e.tok_start == tok + 1), None)
    if owner is not None and (side := _side_of_entity(owner.obj)) in ("armed", "friendly"):  # type: ignore[arg-type]
        return side
    return "armed" if _cue_at(view, tok + 1, {"armed_group"}) is not None else None


def _read_group_after(a: Analysis, view: SentenceView, tok: int) -> tuple[str | None, str | None, int]:
    if _most_of_them_at(a, tok):
        return None, None, tok  # (the side of most of them, not of all)
    if a.token_text(tok) in grammar("own_fate_nouns") and a.token_text(tok + 1) in grammar("of_words"):
        return _read_group_after(a, view, tok + 1)  # "لقي عنصران مصرعهما من حزب الله": past their fate
    if (
        a.token_text(tok) in grammar("bare_force_bodies")
        and a.token_in(tok - 1, grammar_union("generic_member_nouns", "men_nouns"), "و")
        and a.token_text(tok + 1) not in grammar("former_words")
    ):
        return "friendly", None, tok + 1  # "4 عناصر شرطة"، "3 أفراد أمن": a state's body in construct
    if a.token_text(tok) in grammar("group_nisbas"):
        return "armed", None, tok + 1  # "64 ضابطاً حوثياً"، "5 ضباط داعشيين": the nisba of a group after the people counted
    if a.token_text(tok) in grammar("volunteer_adjectives"):
        return "friendly", None, tok + 1  # "36 مقاتلاً متطوعاً": the army's volunteers (the Sahel's VDP)
    if a.token_text(tok) in grammar("security_words"):
        return "friendly", None, tok + 1  # "ستة عناصر أمنيين"، "معاونين عسكريين": men of the state's forces
    backed = _backed_side(a, view, tok)
    if not backed and a.token_text(tok) in grammar_union("armed_adjectives", "local_adjectives", "seniority_adjectives"):
        # "عنصران مسلحان مناهضان للجهاديين"، "مسلحين محليين موالين لدمشق"، "قائدان كبيران في الجيش": past the
        # adjective of the noun
        tok += 1
        backed = _backed_side(a, view, tok)
    nationality = bool(_nationality_word_at(a, view, tok))
    if not backed and nationality and a.token_text(tok + 1) in grammar("and_of_words"):
        # "18 عنصراً إيرانياً ومن ميليشيات موالية لإيران": men of a state and of militias on its side, one toll — the
        # side of the group joined to them
        joined = _group_after(a, view, tok + 2)
        if joined[0] in ("friendly", "armed"):
            return joined
    if not backed and nationality and _backed_side(a, view, tok + 1):
        # "5 مقاتلين سوريين موالين لطهران": past the fighters' nationality, whom they back
        tok += 1
        backed = _backed_side(a, view, tok)
    if backed:
        # "تسعة عناصر موالين للنظام": fighters named by whom they back
        return backed, None, tok + 2
    if a.behind_clitic(tok, grammar("state_owner_words"), "ل"):
        return "friendly", None, tok + 1  # "13 عنصراً للنظام": the state's own men
    own = _cue_at(view, tok, {"member"})
    if own is not None and own.prefix.startswith("ل") and own.tok_end < view.tok_end:
        # "104 عمليات لعناصر التنظيم": of a group's men — the group after them
        owner = next((e for e in view.entities if e.tok_start == own.tok_end), None)
        if owner is not None and _side_of_entity(owner.obj) == "armed":  # type: ignore[arg-type]
            return "armed", owner.obj.id, owner.tok_end  # type: ignore[attr-defined]
        group = _cue_at(view, own.tok_end, {"armed_group"})
        if group is not None:
            return "armed", None, group.tok_end
    civil_defence = grammar_stems("civil_defence_endings")
    of_words = grammar("of_words")
    between_words = grammar("between_words")
    for t in range(tok, min(tok + 6, view.tok_end)):
        if a.token_text(t) in grammar("belonging_adjectives") and a.token_text(t + 1) in grammar("its_words"):
            # "أعلنت قسد مقتل 11 عنصراً تابعاً لها": men of the one "it" names, the body named before them
            owner = _owner_side(view, tok)
            if owner:
                return owner, None, t + 2
        if (
            t > tok
            and a.token_text(t) in grammar_union("allegiance_words", "backed_by_words")
            and a.token_in(t - 1, grammar("militia_words"), "ل")
        ):
            # "من عناصر ميليشيا موالية للحكومة": a militia named by whom it backs (the two words the loop walks past)
            backed = _backed_side(a, view, t)
            if backed:
                return backed, None, t + 2
        if t > tok and a.token_text(t) not in grammar("between_noun_and_group"):
            backed = _backed_side(a, view, t + 1) or (
                # (past the group word's own adjective: "من الكتائب المقاتلة الداعمة لوحدات الحماية")
                _backed_side(a, view, t + 2) if a.token_text(t + 1) in grammar("group_word_adjectives") else None
            )
            if backed:
                # "مقاتلاً من مجموعات موالية لها"، "من المجموعات الموالية للجيش": the side they back
                return backed, None, t + 2
        placed = next((p for p in view.entities if p.tok_start == t), None)
        if placed is not None:
            ent: Entity = placed.obj  # type: ignore[assignment]
            side = _side_of_entity(ent)
            if side:
                return side, ent.id, placed.tok_end
        if (party := _party_anaphor_at(a, t)) is not None:
            # "مقتل عنصرين من الحزب": the party the report named last (Hezbollah's men in Syria's war,
            # the PKK's in Turkey's)
            side = _side_of_entity(party)
            if side:
                return side, party.id, t + 1
        c = _cue_at(view, t, {"member"}) if t > tok else None
        if c is not None and a.token_text(c.tok_end) in grammar_union("terror_words", "takfiri_words"):
            return "armed", None, c.tok_end + 1  # "شخصين من العناصر التكفيرية"، "من العناصر الإرهابية"
        if (
            c is not None
            and a.token_in(t - 1, grammar("ranks_words"), "")
            and "friendly" not in c.kinds
            and not a.token_in(c.tok_end, grammar("state_owner_words"), "")  # (في صفوف عناصر النظام)
        ):
            # "مقتل 120 من صفوف المتمردين"، "من صفوف متمردي طالبان": the ranks of a group's men (and of
            # the group named after them)
            # (whose men they are may follow: "في صفوف عناصر النظام" are the regime's, "مقاتلي العشائر الموالين
            # للجيش" the army's; a bare "المقاتلين" names no side — only a word of the armed does: المتمردين)
            side, ent, end = _group_after(a, view, c.tok_end)
            if side:
                return side, ent, end
            backed = next((b for u in range(c.tok_end, min(c.tok_end + 3, view.tok_end)) if (b := _backed_side(a, view, u))), None)
            if backed:
                return backed, None, c.tok_end
            if a.token_text(c.tok_start).removeprefix("ال").startswith(grammar_stems("armed_noun_stems", "rebel_noun_stems")):
                return "armed", None, c.tok_end
        c = _cue_at(view, t, {"armed_group"})
        if c is not None:
            backed = _backed_side(a, view, c.tok_end)
            if backed:
                return backed, None, c.tok_end  # "مقاتلاً من مجموعات موالية لها": of the side they back
            owner = next((e for e in view.entities if e.tok_start == c.tok_end), None)
            if owner is not None and _side_of_entity(owner.obj) == "friendly":  # type: ignore[arg-type]
                # "عناصر ميليشيا قوات حكومة الوفاق": a force's militia, as its enemies' outlets call it
                return "friendly", owner.obj.id, owner.tok_end  # type: ignore[attr-defined]
            return "armed", None, c.tok_end
        c = _cue_at(view, t, {"friendly_group", "own_forces"}) or (_cue_at(view, t, {"friendly"}) if t > tok else None)
        if c is not None and t > tok and c.prefix.startswith("و") and _qualifier_ends_at(a, t):
            # (a new item past the count's qualifier: "12 مسلحاً على الأقل وجنديين")
            break
        if c is not None and "friendly_group" in c.kinds and _allied_with_group(a, view, c.tok_end):
            # "15 مسلحاً من الميليشيات المحلية المتحالفة مع الحوثيين": militias on the group's side
            return "armed", None, c.tok_end
        if c is not None and a.token_text(c.tok_end) in grammar("terror_words"):
            # "في صفوف ميليشيات فجر ليبيا الإرهابية": a force the speaker calls terrorist is the enemy he reports on
            return "armed", None, c.tok_end + 1
        if c is not None and "friendly_group" in c.kinds and (backed := _owner_named_after(a, view, c.tok_end)) is not None:
            # "9 من عناصر وحدة شبه عسكرية تابعة لحزب الله": a unit whose owner is named after it is the owner's side
            return backed, None, c.tok_end
        if c is not None and "force_noun" in c.kinds and (
            owner := next((e for e in view.entities if e.tok_start == c.tok_end and _side_of_entity(e.obj) == "armed"), None)  # type: ignore[arg-type]
        ) is not None:
            # "اثنان من عناصر قوات طالبان"، "من أفراد قوات داعش": the forces of a group named right after the word
            # are the group's
            return "armed", owner.obj.id, owner.tok_end  # type: ignore[attr-defined]
        if c is not None:
            return "friendly", None, c.tok_end  # (also "تسعة أفراد من رجال الشرطة")
        c = _cue_at(view, t, {"civilian"})
        if c is not None and t > tok and c.prefix.startswith("و") and _qualifier_ends_at(a, t):
            break  # (a new item past the count's qualifier: "12 مسلحاً على الأقل ومدنياً واحداً")
        if c is not None and _armed_described(a, view, c.tok_end):
            c = None  # (not people described as armed or a group's: "من الأهالي المسلحين"، "من أهالي المنطقة المنضمين لداعش")
        if c is not None and (t > tok or c.phrase.endswith(civil_defence)):
            return "civilian", None, c.tok_end  # (also "4 عناصر للدفاع المدني": rescuers are civilians)
        if a.token_in(t, grammar("militia_words"), "ول") and (state := _state_nisba_after(a, view, t + 1)) is not None:
            # "من الميليشيات الإيرانية"، "ميليشيات الاحتلال الإيراني": a state's militias fight on the side of
            # the government they back
            return "friendly", None, state
        if a.token_text(t) in grammar_union("family_words", "kin_words"):
            # "أربعة من أفراد عائلته": an officer's family are civilians (not "اثنين من أبنائه التابعين للتنظيم":
            # sons who are its men)
            backed = _backed_side(a, view, t + 1)
            if backed is None and a.token_in(t + 1, grammar("allegiance_words"), "") and "armed" in _sides_named(view, t + 2, t + 3):
                backed = "armed"
            if backed:
                return backed, None, t + 3
            return "civilian", None, t + 1
        if (
            (a.token_in(t, grammar("post_nouns"), "") or a.token_in(t, grammar("unit_nouns"), ""))
            and a.token_text(t).startswith("ال")
            and (
                a.token_in(t - 1, grammar("generic_member_nouns"), "")
                # (or persons "of" the force: "لقي تسعة أشخاص من القوة مصرعهم")
                or (a.token_in(t, grammar("unit_nouns"), "") and a.token_text(t - 1) in of_words and t - 1 == tok)
            )
            # (a brigade or battalion is a force's when one is named after it or no armed side is named at all:
            # "عناصر اللواء 53 في الحشد"; the opposition's and the groups' have brigades too)
            and (
                not a.token_in(t, grammar("formation_nouns"), "")
                or "friendly" in _sides_named(view, t + 1, t + 6)
                or "armed" not in _sides_named(view, view.tok_start, view.tok_end)
            )
            # (not a group's own unit: "عناصر القوة التابعة لتنظيم داعش"، "عناصر الوحدة المسؤولة عن التفجيرات")
            and "armed" not in _sides_named(view, t + 1, t + 5)
            # (nor the men a force killed or took: "قتلت الشرطة تسعة من أبرز عناصر الكتيبة" are the enemy's)
            and not _force_did_it(a, view, tok)
            # (an attack told after a verb of theirs is what befell them: "من القوة مصرعهم في كمين")
            and not any(
                t < c.tok_start <= t + 4
                and "attack" in c.kinds
                and not any(t < d.tok_start < c.tok_start and d.kinds & _OUTCOME_OR_AFTER_KINDS for d in view.cues)
                for c in view.cues
            )
        ):
            # "مقتل اثنين من عناصر الدورية"، "إصابة 3 من أفراد القوة المداهمة": the men of the post, patrol or
            # force the report is about, a force's
            return "friendly", None, t + 1
        if t > tok and a.token_in(t, grammar("state_owner_words"), "") and a.token_in(t - 1, grammar("generic_member_nouns"), ""):
            return "friendly", None, t + 1  # "30 قتيلاً في صفوف عناصر النظام": the state's own men
        if (a.token_text(t) in grammar("force_ministries") or f"{a.token_text(t)} {a.token_text(t + 1)}" in grammar("force_ministries")):
            # "اثنين من عناصر وزارة الدفاع"، "14 عنصراً من الوزارة": the men of a ministry of force
            return "friendly", None, t + 1 + (a.token_text(t) not in grammar("force_ministries"))
        if not _between_noun_and_group(a, t) and not (
            a.token_text(t) in between_words and a.token_in(t + 1, grammar("ranks_words"), "")
        ):
            # (past "بين صفوف" too: "قتل عشرة عناصر بين صفوف قوات النظام"; and past و or ل on a word between:
            # "قيادات وعناصر ميليشيات حزب الله"، "15 عنصراً لميليشيات حزب الله")
            break
    return None, None, tok


def _group_did_the_killing(view: SentenceView, tok: int) -> bool:
    """Is an armed group named right before the verb or the deed of killing that comes before ``tok`` (مليشيا
    الحوثي وحدها تسببت بمقتل …، قتل التنظيم …) — the killer, not the ones counted?"""
    verb = max((c for c in view.cues if c.kinds & {"kill"} and c.tok_end <= tok), key=lambda c: c.tok_start, default=None)
    if verb is None:
        return False
    lo = max(view.tok_start, verb.tok_start - 4)
    return "armed" in _sides_named(view, lo, verb.tok_start) and "friendly" not in _sides_named(view, lo, verb.tok_start)


def _force_did_it(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is a friendly force the subject of the verb of killing or capture that last tells a fate before ``tok``
    in its clause (قتلت الشرطة …، قوات الأمن اعتقلت …) — the doer of what befell the men counted? The force right
    after the verb, or right before it with at most a particle of the perfect (قد) between and no punctuation
    (not the topic of a passive: "الجنود الفرنسيين: فقد قتل اثنان منهم"، "عناصر الشرطة، الذين قتل 5 منهم"). Not a
    fate told as a noun (أكد الجيش مقتل ثلاثة منهم، أسفر عن مقتل …), not a wound after it, nor where an armed side
    is named."""
    clause = view.clause_of(tok)
    verb = max(
        (c for c in view.cues if c.kinds & _OUTCOME_OR_AFTER_KINDS and clause[0] <= c.tok_start and c.tok_end <= tok),
        key=lambda c: c.tok_start,
        default=None,
    )
    if (
        verb is None
        or not verb.kinds & {"kill", "capture"}
        or verb.phrase in grammar_union("result_nouns", "capture_result_nouns")
        or a.token_in(verb.tok_start - 1, grammar("oblique_before"), "")
        or "armed" in _sides_named(view, view.tok_start, tok)
    ):
        return False

    def near(start: int, end: int) -> bool:
        if end <= verb.tok_start:
            gap = range(end, verb.tok_start)
            return (
                len(gap) <= 1
                and all(a.token_in(t, grammar("perfect_particles"), "ف") for t in gap)
                and not a.marks_before(verb.tok_start, "،,:؛;")
            )
        return start == verb.tok_end and start < tok

    return any(near(e.tok_start, e.tok_end) and _side_of_entity(e.obj) == "friendly" for e in view.entities) or any(  # type: ignore[arg-type]
        near(c.tok_start, c.tok_end) and c.kinds & {"friendly_group", "own_forces"} for c in view.cues
    )


def _armed_described(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Are the people named right before ``tok`` described as armed or a group's (المسلحين، المنضمين لداعش)?"""
    words = grammar_union("armed_adjectives", "allegiance_words", "belonging_verbs", "joined_words")
    for u in range(tok, min(tok + 3, view.tok_end)):
        if a.token_text(u).startswith("و") or any(q.tok_start == u for q in view.quantities):
            return False  # (the next item: "1213 مدنياً و410 مسلحين")
        if any(c.tok_start == u and c.kinds & _OUTCOME_OR_OTHER_KINDS for c in view.cues):
            return False  # (a verb of their own: "ثلاثة مدنيين أعدمهم المسلحون")
        if a.token_in(u, grammar("doer_openers"), "و"):
            return False  # (who shot them: "4 مدنيين برصاص مسلحين"، "على يد مسلحين")
        if a.token_in(u, words, ""):
            return True
    return False


def _state_nisba_after(a: Analysis, view: SentenceView, tok: int) -> int | None:
    """Where the nisba of a state that backs the government of the report's country ends, right at ``tok``
    or past الاحتلال (الإيرانية، الاحتلال الإيراني in Syria or Iraq — not in Yemen, where the name is the
    Houthis', nor the Turkish-backed factions of Syria's north)."""
    tok += a.token_in(tok, grammar("occupation_words"), "")
    d = next((d for d in view.adjectives if d.tok_start == tok), None)
    info = (entity_actor(str(getattr(d.obj, "id", ""))) or {}) if d is not None else {}
    hosts = set(info.get("backs_government_in") or ())
    if d is None or not hosts:
        return None
    named = {
        str(getattr(e.obj, "country", "") or "") for v in a.views for e in v.entities if getattr(e.obj, "type", "") == "place"
    }
    return d.tok_end if named & hosts and not named - hosts - {str(info.get("state_of"))} else None


def _party_anaphor_at(a: Analysis, tok: int) -> Entity | None:
    """The party الحزب (or the organisation المنظمة) at ``tok`` names again: the last actor named before it whose
    name opens with حزب (منظمة: "منظمة بي كا كا"; not "كتائب حزب الله"), unless a name of its own follows it
    ("الحزب الإسلامي التركستاني")."""
    word = next((w for w in grammar("party_anaphors") if a.token_in(tok, (w,), "ول")), None)
    if word is None or (
        a.token_text(tok + 1).startswith("ال") and not a.token_in(tok + 1, grammar("toward_words"))  # (الحزب إلى 212)
    ):
        return None
    best: Entity | None = None
    party = word.removeprefix("ال")
    for v in a.views:
        if v.tok_start >= tok:
            break
        for e in v.entities:
            if (
                e.tok_start < tok
                and e.obj.type == "actor"  # type: ignore[attr-defined]
                # (the word may stand before the name the entity holds: "منظمة «بي كا كا»")
                and (norm(e.obj.text).lstrip("ول").startswith(party) or (e.tok_start > 0 and a.token_in(e.tok_start - 1, (party,), "ول")))  # type: ignore[attr-defined]
            ):
                best = e.obj  # type: ignore[assignment]
    return best


def _allied_with_group(a: Analysis, view: SentenceView, tok: int) -> bool:
    """An allegiance word right after a force word, then an armed group (المتحالفة مع الحوثيين، الموالية لداعش)."""
    if not a.token_in(tok, grammar("allied_words"), "و"):
        return False
    return any(
        tok + 1 <= e.tok_start <= tok + 2 and _side_of_entity(e.obj) == "armed" for e in view.entities  # type: ignore[arg-type]
    ) or any(tok + 1 <= c.tok_start <= tok + 2 and "armed_group" in c.kinds for c in view.cues)


def _others_group_later(a: Analysis, view: SentenceView, p: Placed) -> tuple[str, str | None] | None:
    """The side named after "آخرين من …" later in the sentence, for the count before it."""
    of_words = grammar("of_words")
    for c in view.cues_of("other"):
        if p.tok_end < c.tok_start <= p.tok_end + 10 and a.token_text(c.tok_end) in of_words:
            side, ent, _ = _group_after(a, view, c.tok_end)
            if side in ("armed", "friendly"):
                return side, ent
            return None
    return None


def _group_taken_before(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """A group's men counted as what befell them before the number ("قتل 689 من عناصر تنظيم بي كا كا … في 129 عملية
    أمنية"): the group named after a word of killing or taking, the operations the force's."""
    fates = [c.tok_end for c in view.cues if c.tok_end <= p.tok_start and c.kinds & {"kill", "capture"}]
    return any(
        f <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed" for f in fates for e in view.entities  # type: ignore[arg-type]
    ) or any(f <= c.tok_start < p.tok_start and c.kinds & {"armed_group", "member"} for f in fates for c in view.cues)


def _group_did_them(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """An armed group named right before the number as the subject of a verb of doing ("ونفذت خلايا تنظيم داعش 45
    عملية أمنية"): the group's own "security operations" are its attacks."""
    lo = max(view.tok_start, p.tok_start - 5)
    groups = [e.tok_start for e in view.entities if lo <= e.tok_start < p.tok_start and _side_of_entity(e.obj) == "armed"]  # type: ignore[arg-type]
    groups += [c.tok_start for c in view.cues if lo <= c.tok_start < p.tok_start and c.kinds & {"armed_group", "member"}]
    return any(
        a.token_in(t, grammar("doing_verbs"), "و") for g in groups for t in range(max(view.tok_start, g - 2), g)
    )


def _of_its_ranks(a: Analysis, t: int, preps: frozenset[str]) -> bool:
    """"في صفوفه"، "من صفوفها"، "من أفراده" at token ``t``: of one's own ranks or men (with a pronoun attached),
    not of a family named before (منزل عائلة … من أفرادها)."""
    ranks = a.token_text(t + 1)
    if a.token_text(t) not in preps or not any(ranks.startswith(w) and len(ranks) > len(w) for w in grammar("own_ranks_stems")):
        return False
    kin = grammar_union("family_words", "household_words")
    return ranks.startswith(grammar_stems("ranks_stems")) or not any(a.token_in(u, kin, "وبل") for u in range(max(0, t - 12), t))


def _one_named_before(a: Analysis, view: SentenceView, p: Placed) -> Cue | None:
    """The person word an "others" number continues when no number came before it in the sentence
    (استشهاد جندي، وإصابة اثنين آخرين), or when one person was named by an outcome of their own after
    the last number (مقتل 14 عنصراً من التنظيم مقابل مقتل جندي أمريكي وإصابة 3 آخرين)."""
    last = max((q.tok_end for q in view.quantities if q.tok_start < p.tok_start), default=None)
    if last is not None:
        return next(
            (
                c
                for c in reversed(view.cues)
                if last < c.tok_start
                and c.tok_end <= p.tok_start
                and c.kinds & {"friendly", "civilian", "member"}
                and (
                    any(d.tok_end == c.tok_start and d.kinds & {"kill", "wound", "capture"} and last <= d.tok_start for d in view.cues)
                    # (or added to the dead before with their side: "مقتل 29 مسلحاً، إضافة لضابط وجندي من الجيش
                    # وإصابة أربعة آخرين"; not "مقتل 9 جنود، إضافة إلى طفل، وإصابة 6 آخرين")
                    or (
                        any(a.token_in(t, grammar("addition_words"), "") for t in range(max(last, c.tok_start - 4), c.tok_start))
                        and _group_after(a, view, c.tok_end)[0] is not None
                    )
                )
                # (not others arrested after one killed: "ومقتل جندي واعتقال 3 آخرين من عناصر التنظيم")
                and not any("capture" in d.kinds and c.tok_end <= d.tok_start < p.tok_start for d in view.cues)
            ),
            None,
        )
    # (a commander named alone counts too when his side follows him: "مقتل القائد العام لقوات يبشه و23
    # آخرين" — his men; not a tribal chief's companions, "مقتل زعيم قبلي و3 آخرين", whose side nobody said)
    return next(
        (
            c
            for c in reversed(view.cues)
            if c.tok_end <= p.tok_start
            and (
                c.kinds & {"friendly", "civilian", "member"}
                or ("leader" in c.kinds and _leader_side(view, c, p) is not None)
            )
        ),
        None,
    )


def _doer_after(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The side of a doer named by a relative verb right after the noun (عملية نفذها التنظيم)."""
    if f"{a.token_text(tok)} {a.token_text(tok + 1)}" in grammar("done_by_two_words"):
        tok += 1
    elif a.token_text(tok) not in grammar("done_by_verbs"):
        return None
    for e in view.entities:
        if tok < e.tok_start <= tok + 3 and e.obj.type == "actor":  # type: ignore[attr-defined]
            return _side_of_entity(e.obj)  # type: ignore[arg-type]
    for c in view.cues:
        if tok < c.tok_start <= tok + 3 and c.kinds & {"armed_group", "friendly_group", "member"}:
            return "friendly" if "friendly_group" in c.kinds else "armed"
    return None


def _others_of_a_commander(a: Analysis, view: SentenceView, p: Placed, trig: Cue) -> bool:
    """Does "others" (آخرين) after the number go on from a group's leader, the last person named after ``trig`` —
    its commander by that word (not a party's), or the group owning him named right after him (not a tribal chief,
    "زعيم قبلي بارز في هجوم لحركة الشباب و3 آخرين")?"""
    if not a.token_in(p.tok_end, grammar("another_words"), ""):
        return False
    named = [c for c in view.cues if c.kinds & PEOPLE_KINDS and trig.tok_end <= c.tok_start < p.tok_start]
    if not named or "leader" not in (last := max(named, key=lambda c: c.tok_start)).kinds:
        return False
    if a.token_in(last.tok_start, grammar("commander_words"), "") and not any(
        a.token_in(t, grammar("party_words"), "ل") for t in range(last.tok_end, min(last.tok_end + 3, p.tok_start))
    ):
        return True
    return _group_after(a, view, last.tok_end)[0] == "armed"


def _people_side_before(view: SentenceView, tok: int, a: Analysis | None = None) -> str | None:
    """The side of the people named last before ``tok`` ("leader" for a group's leaders): a people
    noun first (خمسة قادة للجماعة، الخوارج) — by the body named right after it when there is one
    (عناصر من مجموعة فاغنر) — else a force or group's name."""
    nouns = [
        (c.tok_start, next(side for kind, side in _PEOPLE_SIDES if kind in c.kinds))
        for c in view.cues
        if c.tok_start < tok and c.kinds & PEOPLE_KINDS
    ]
    if a is not None:
        of_words = grammar("of_words")
        # (a group word counted from, as people: "وقتلوا خمسة من الجنود وأصابوا ثلاثة منهم")
        nouns += [
            (c.tok_start, "armed" if "armed_group" in c.kinds else "friendly")
            for c in view.cues
            if c.tok_start < tok
            and c.kinds & {"armed_group", "friendly_group"}
            and (
                (a.token_text(c.tok_start - 1) in of_words and any(q.tok_end == c.tok_start - 1 for q in view.quantities))
                # (or counted by a word of some, "لهجوم مجموعة من الإخوان الإرهابية … عن وفاة 5 منهم" — not as a
                # verb's subject, which struck "them": "هاجمت مجموعة من الفصائل المسلحة حاجزاً وقتلت 4 منهم")
                or (
                    a.token_text(c.tok_start - 1) in of_words
                    and a.token_in(c.tok_start - 2, grammar("partitive_words"), "و")
                    and not a.token_in(c.tok_start - 3, grammar_union("attack_verbs", "assault_verbs", "struck_place_verbs"), "وف")
                )
                # (or a group word that is its men in the plural: "تبادل لإطلاق النار مع المسلحين أسفر عن
                # مقتل 4 منهم")
                or (
                    c.tok_end - c.tok_start == 1
                    and a.token_in(c.tok_start, grammar("group_men_plurals"), "")
                )
            )
        ]
    if nouns and a is not None:
        start = max(nouns)[0]
        named = _side_named_after_noun(a, view, start, tok)
        if named is not None:
            nouns = [(start, named)]
    if (
        a is not None
        and nouns
        and max(nouns)[1] == "armed"
        and a.token_text(tok - 1).endswith("وا")
        and _friendly_between(view, max(nouns)[0] + 1, tok)
    ):
        # "هاجم مسلحون نقطة للشرطة وقتلوا 3 منهم": the gunmen are the subject of the verb before "them",
        # so they are the force named after the gunmen
        return "friendly"
    subject = max(nouns)[0] if nouns else -1
    if (
        a is not None
        and nouns
        and max(nouns)[1] == "armed"
        and any(c.tok_end == subject and "kill" in c.kinds for c in view.cues)
        and any(c.tok_start == subject and c.tok_end == tok for c in view.cues)
        and (earlier := [n for n in nouns if n[0] < subject - 1])
    ):
        # "اقتادوا معهم 29 من عناصر الجيش، وقتل الخاطفون 4 منهم"، "اختطف مسلحون 20 مدنياً، وقتل الخاطفون 4
        # منهم": the men right after the verb are its subject, "them" the people named before them (by the body
        # named after their noun: "عناصر الجيش")
        at, side = max(earlier)
        return _side_named_after_noun(a, view, at, tok) or side
    pick = nouns or _names_before(view, tok, but=PEOPLE_KINDS)
    return max(pick)[1] if pick else None


def _side_named_after_noun(a: Analysis, view: SentenceView, at: int, tok: int) -> str | None:
    """The side of the body named right after the people noun at ``at`` (عناصر الجيش، عناصر من مجموعة فاغنر), when
    the noun is a group's men and ends before ``tok``."""
    noun = next((c for c in view.cues if c.tok_start == at and c.kinds & PEOPLE_KINDS), None)
    if noun is None or "member" not in noun.kinds or noun.tok_end >= tok:
        return None
    named = _group_after(a, view, noun.tok_end)[0]
    return named if named in ("armed", "friendly") else None


def _retinue_owner(a: Analysis, view: SentenceView, noun: Cue, tok: int) -> str | None:
    """The side of the one man whose retinue ``noun`` is (اثنين من مرافقيه): the last man named before ``tok``
    — a leader of the group or force named after him, a group's man, a soldier."""
    word = a.token_text(noun.tok_start)
    stems = tuple(grammar("retinue_nouns"))
    if not word.startswith(stems) or not word.endswith("ه"):
        return None
    man = max(
        (c for c in view.cues if c.tok_end <= tok and c.kinds & {"leader", "member", "friendly"} and not a.token_text(c.tok_start).startswith(stems)),
        key=lambda c: c.tok_start,
        default=None,
    )
    if man is None or a.token_text(man.tok_start).endswith(("ون", "ين", "ات")):
        return None  # (not men in the plural: "هاجم مسلحون سجناً وقتلوا ثلاثة من حراسه" — the prison's)
    if "leader" in man.kinds:
        # (his group right after him, or the side his militia backs: "قائد ميليشيا موالية للحكومة")
        return _group_after(a, view, man.tok_end)[0] or next(
            (side for t in range(man.tok_end, min(man.tok_end + 3, tok)) if (side := _backed_side(a, view, t))), None
        )
    return "friendly" if "friendly" in man.kinds else "armed"


def _joined_a_group(a: Analysis, view: SentenceView, p: Placed) -> str | None:
    """Persons said to have joined or gone to fight with an armed group (للقتال مع تنظيم داعش): "purpose" when
    told by a masdar of purpose (للقتال، للانضمام), "joined" by their own verb (انضموا), else None."""
    words = grammar("joining_words")
    # (or in the count's head before it: "عدد مواطني بلاده الذين التحقوا بصفوف داعش بلغ 611 شخصاً")
    head = next((t for t in range(p.tok_start - 1, view.tok_start - 1, -1) if a.token_in(t, grammar("count_head_words"), "و")), None)
    before = range(head + 1, p.tok_start) if head is not None and not any(head < q.tok_start < p.tok_start for q in view.quantities) else range(0)
    # (or the verb right before it, past a qualifier, the group after: "وانضم نحو 41500 أجنبي إلى تنظيم داعش")
    verb = range(max(view.tok_start, p.tok_start - 4), p.tok_start)
    of_words = grammar("of_words")
    for t in [*before, *verb, *range(p.tok_end, min(p.tok_end + 12, view.tok_end))]:
        if a.token_in(t, words, "و"):
            # (the group within a few words, only the words of joining between: للقتال مع التنظيم، للانضمام إلى صفوف
            # داعش — not the group they fought or left, "لقتال داعش"، "من عناصر داعش إلى قسد")
            start = t + 1 if t not in verb else p.tok_end + 1
            group = next(
                (
                    g
                    for g in range(start, min(start + 6, view.tok_end))
                    if any(e.tok_start == g and _side_of_entity(e.obj) == "armed" for e in view.entities)  # type: ignore[arg-type]
                    or any(c.tok_start == g and "armed_group" in c.kinds for c in view.cues)
                ),
                None,
            )
            if (
                group is not None
                # (not the group they fought or left: "لقتال داعش"، "ضد داعش"، "من عناصر داعش إلى قسد")
                and not any(a.token_in(u, grammar_union("against_words", "fought_group_words"), "ول") for u in range(start, group))
                and a.token_text(group - 1) not in of_words
                and not (a.token_text(group - 2) in of_words and _cue_at(view, group - 1, {"member"}) is not None)
            ):
                # (a purpose of others who send them is no joining of theirs: "خلية تقوم بتجنيد الشباب لتسفيرهم
                # للانضمام لداعش"; their own, "سافر 15 ألف شخص للقتال إلى جانب داعش", is)
                recruited = a.token_in(t, grammar("purpose_of_joining"), "و") and any(
                    a.token_in(u, grammar("recruiting_words"), "وبل") for u in range(max(view.tok_start, t - 3), t)
                )
                return "purpose" if recruited else "joined"
            return None
    return None


def state_force_nisba_after(a: Analysis, view: SentenceView, tok: int) -> str | None:
    """The state whose forces strike abroad, named by its nisba right after a noun of attack, past its military
    or air adjective (هجمات عسكرية أمريكية، غارات روسية) — not where its weapon was made (بمسيرة تركية الصنع)."""
    t = tok
    while t < view.tok_end and a.token_text(t) in grammar("strike_modifiers"):
        t += 1
    actor_id = adjective_actor(a.token_text(t)) if t < view.tok_end else None
    if not actor_id or actor_id not in expeditionary() or a.token_text(t + 1) in grammar("made_in_words"):
        return None
    return actor_id


def _group_did_or_claimed(a: Analysis, view: SentenceView, p: Placed) -> bool:
    """Does an armed group carry out the counted events, named right after them (نفذهما مقاتلو الشباب), or claim
    them, its claim governing them (أعلن داعش مسؤوليته عن انفجارين)?"""
    if _doer_after(a, view, p.tok_end) == "armed":
        return True  # (its doer after it: "انفجارين نفذهما مقاتلو الشباب" — not "نفذتهما فرق الهندسة")
    # (a claim that governs them: "مسؤوليته عن انفجارين"، "تبنى التنظيم الانفجارين" — made by an armed group)
    at = p.tok_start - (a.token_text(p.tok_start - 1) in grammar("verb_object_prepositions"))
    claim = next((c for c in view.cues_of("responsibility") if c.tok_end == at), None)
    return claim is not None and "armed" in _sides_named(view, view.tok_start, claim.tok_start)
