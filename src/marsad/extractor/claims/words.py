"""Cue kinds, word lists and lookups at a token: the bottom of the package.

The sets of cue kinds the rules test cues against, built once (a set written out inside a loop
over a sentence's cues is built again for every cue); the word lists read from the grammar, each
cached; and small questions about one token: the cue or entity starting there, a qualifier, a
preposition, a joining و.
"""

from __future__ import annotations

from functools import cache

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.lexicon import load
from marsad.model import Entity
from marsad.recognize.cues import Cue, grammar, grammar_union
from marsad.text.normalize import norm

OUTCOMES = ("kill", "capture", "wound")
GROUP_NOUNS = ("leader", "member", "friendly", "civilian", "person", "suspect", "kill_after", "wound_after", "detained_noun")
FORCE_KINDS = frozenset({"state_force", "coalition", "partner_force", "government", "military", "police"})
ARMED_KINDS = frozenset({"armed_group", "non_state_armed_group", "terrorist_group"})
# Sets of cue kinds the rules test cues against, built once: a set written out inside a loop over a
# sentence's cues is built again for every cue.
_OUTCOME_KINDS = frozenset(OUTCOMES)
_OUTCOME_OR_OTHER_KINDS = frozenset({*OUTCOMES, "other_outcome"})
_OUTCOME_OR_AFTER_KINDS = frozenset({*OUTCOMES, "kill_after", "wound_after"})
_ANY_OUTCOME_KINDS = frozenset({*OUTCOMES, "other_outcome", "kill_after", "wound_after"})
_GROUP_NOUN_KINDS = frozenset(GROUP_NOUNS)
_COUNTED_NOUN_KINDS = frozenset({*GROUP_NOUNS, "operation", "attack"})
# (what a number's noun may be: inside a dual's word, and the next words after a number)
_NOUN_AFTER_KINDS = frozenset({*GROUP_NOUNS, "friendly_group", "operation", "attack", "state", "other"})
_NOUN_NEXT_KINDS = frozenset({*GROUP_NOUNS, "operation", "attack", "state", "other", "friendly_group", "armed_group"})


def joined_by_wa(a: Analysis, p: Placed) -> bool:
    """Is the number joined by و to what came before it (و36، و 36), maybe on the qualifier before it (وما لا يقل
    عن 170، ونحو 40)?"""
    if p.prefix.startswith("و") or a.token_text(p.tok_start - 1) == "و":
        return True
    words = qualifier_words()
    t = p.tok_start - 1
    while t >= 0 and p.tok_start - t <= 4:
        w = a.token_text(t)
        if w.startswith("و") and w[1:] in words:
            return True
        if w not in words:
            return False
        t -= 1
    return False


def _cue_at(view: SentenceView, tok: int, kinds: frozenset[str] | set[str] | tuple[str, ...]) -> Cue | None:
    for c in view.cues_starting(tok):
        if not c.kinds.isdisjoint(kinds):
            return c
    return None


def _entity_at(view: SentenceView, tok: int) -> Entity | None:
    for p in view.entities:
        if p.tok_start == tok:
            return p.obj  # type: ignore[return-value]
    return None


@cache
def _background_opener_words() -> frozenset[str]:
    """The first words of the openers of a background note (يذكر أن، يشار إلى أن)."""
    return frozenset(norm(ph.split()[0]) for ph in grammar("background_openers"))


_COUNTED_BEFORE = frozenset({"member", "leader", "friendly", "civilian", "armed_group", "operation", "attack"})

_NOUN_SIDES = {"civilian": "civilian", "friendly": "friendly", "member": "armed", "leader": "armed"}


def _name_calling(a: Analysis, tok: int) -> bool:
    """Is the token an epithet a report hangs on a group's name (الإرهابية، المتطرفة)?"""
    return a.token_in(tok, grammar("terror_words")) or a.token_in(tok, grammar("takfiri_words"))


def _families(a: Analysis | None, c: Cue) -> bool:
    """أسر after a preposition is أُسَر (families), not أَسَرَ (captured): موزعين على أسر سورية."""
    return a is not None and c.phrase in grammar("verb_spelt_plurals") and a.token_text(c.tok_start - 1) in grammar("oblique_before")


def _execution_word_before(a: Analysis, view: SentenceView, p: Placed, reach: int) -> int | None:
    """The nearest execution word (أعدم، إعدام، بإعدام) within ``reach`` tokens before the number."""
    words = grammar("execution_words")
    if not a.sentence_has(view, words, "ول"):
        return None  # (nearly every sentence: no word of the sentence to walk back to)
    return next((t for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - reach) - 1, -1) if a.token_in(t, words, "ول")), None)


def _same_preposition_at(a: Analysis, first: int, second: int) -> bool:
    """Do two parts of a list go on with the same preposition at these tokens (29 منها ضد … و23 ضد …، 1200 مدني
    في باكستان … و900 مدني في أفغانستان)?"""
    word = a.token_text(first)
    return word in grammar("parallel_prepositions") and a.token_text(second) == word


def _has(view: SentenceView, kind: str, lo: int | None = None, hi: int | None = None) -> bool:
    lo = view.tok_start if lo is None else lo
    hi = view.tok_end if hi is None else hi
    return any(kind in c.kinds and lo <= c.tok_start < hi for c in view.cues)


def _cue_end(view: SentenceView, tok: int) -> int:
    """The token after the cue that starts at ``tok`` (``tok`` itself when none does)."""
    return next((c.tok_end for c in view.cues if c.tok_start == tok), tok)


def _nationality_at(a: Analysis, view: SentenceView, tok: int) -> bool:
    """Is the word at ``tok`` a nationality (سوريين، وأفغان)?"""
    if any(e.tok_start == tok and getattr(e.obj, "country", None) for e in view.adjectives):
        return True
    return a.token_in(tok, grammar("nationality_plurals"), "و")


@cache
def _to_the_state_words() -> frozenset[str]:
    """What loyalty is owed to when it is the state's side: a pronoun for the force before (لها، منها) or the state
    by its common noun behind ل (للحكومة، للجيش)."""
    return grammar_union("from_it_words", "to_it_words") | {"لل" + w.removeprefix("ال") for w in grammar("state_words")}


@cache
def _statement_openers() -> frozenset[str]:
    """The clause words that open a statement of their own (كما، فيما، بينما، ثم) — not حيث and إذ, which go on
    about the same people."""
    return grammar("clause_conjunctions") - grammar("elaboration_words")


def _cell_size_word(a: Analysis, view: SentenceView, p: Placed) -> int | None:
    """The word of a cell's make-up right before the number (مكونة من، تتألف من), within three words."""
    return next(
        (t for t in range(p.tok_start - 1, max(view.tok_start, p.tok_start - 3) - 1, -1) if a.token_text(t) in grammar("cell_size_words")),
        None,
    )


def _target_word_after(a: Analysis, t: int, hi: int) -> int | None:
    """The word that opens an attack noun's target (على, or a relative clause's verb: الذي استهدف) within
    three words after the noun at ``t``."""
    on_words = grammar("on_words")
    return next(
        (u for u in range(t + 1, min(t + 4, hi)) if a.token_text(u) in on_words or a.token_in(u, grammar("attack_relative_verbs"), "و")),
        None,
    )


# "his" and "their" soldiers (جنوده، جنودهم): an army's or its men's — a group is "she" (جنودها)
_HIS_THEIR = ("ه", "هم")


def _terror_words(a: Analysis, view: SentenceView) -> bool:
    """Does the sentence speak of terrorism (متهماً بالإرهاب، قضايا إرهابية)?"""
    words = grammar("terror_words")
    return a.sentence_has(view, words)


def _oblique(a: Analysis, tok: int, prefix: str) -> bool:
    """Is a name at ``tok`` governed by a preposition (لداعش، إلى داعش، ضد التنظيم)?"""
    return a.governed(tok, prefix)


def _sentence_before_start(a: Analysis, view: SentenceView) -> int:
    """The first token of the sentence before this one (this one's own when it is the first)."""
    return max((v.tok_start for v in a.views if v.tok_start < view.tok_start), default=view.tok_start)


@cache
def _sentencing_words() -> frozenset[str]:
    """A court and its rulings: what stands between قضت and على when a court, not a unit, "قضت على"."""
    return grammar_union("sentencing_words", "court_words", "execution_words")


@cache
def _demographic_nouns() -> frozenset[str]:
    """Women, children and men: people counted by who they are, not by a side."""
    return grammar_union("children_and_women", "men_nouns")


def _in_brackets_after(a: Analysis, first: Placed, later: Placed) -> bool:
    """Is ``later`` inside brackets opened after ``first`` ends: "38 حالة وفاة (9 أطفال و5 نساء)"?"""
    between = a.nt.text[first.nend : later.nstart]
    return "(" in between and ")" not in between[between.rindex("(") :]


_PEOPLE_SIDES = (("civilian", "civilian"), ("friendly", "friendly"), ("leader", "leader"), ("member", "armed"))
PEOPLE_KINDS = frozenset(kind for kind, _ in _PEOPLE_SIDES)


@cache
def qualifier_words() -> frozenset[str]:
    """The words of the qualifier phrases the quantity recogniser reads before a number (ما لا يقل عن، نحو)."""
    phrases = load("quantity_cues.yaml")["qualifiers_before"]
    return frozenset(norm(w) for group in phrases.values() for phrase in group for w in phrase.split())


@cache
def _qualifiers_after() -> tuple[tuple[str, ...], ...]:
    """The qualifier phrases the quantity recogniser reads after a number and its noun (على الأقل), as tokens."""
    phrases = load("quantity_cues.yaml")["qualifiers_after"]
    return tuple(tuple(norm(w) for w in phrase.split()) for group in phrases.values() for phrase in group)


@cache
def _qualifiers_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _qualifiers_after():
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _nationality_word_at(a: Analysis, view: SentenceView, tok: int) -> int:
    """1 when a nationality stands at ``tok`` (سوريين، أكراد), else 0."""
    return int(any(d.tok_start == tok for d in view.adjectives) or a.token_in(tok, grammar("nationality_plurals"), ""))


def _qualifier_ends_at(a: Analysis, tok: int) -> bool:
    """Does a qualifier phrase read after a number end right before ``tok`` ("12 مسلحاً على الأقل | ومدنياً")?"""
    return any(
        tok >= len(words) and all(a.token_text(tok - len(words) + i) == w for i, w in enumerate(words)) for words in _qualifiers_after()
    )


def _qualifier_after_at(a: Analysis, tok: int) -> int:
    """How many tokens of a qualifier phrase start at ``tok`` (2 for "47 شخصاً على الأقل بينهم"), or 0."""
    # (the phrases by their first word: this runs for every number and noun)
    for words in _qualifiers_by_first().get(a.token_text(tok), ()):
        if all(a.token_text(tok + i) == w for i, w in enumerate(words)):
            return len(words)
    return 0


def _most_of_them_at(a: Analysis, tok: int) -> bool:
    """Does "most of them, of …" stand at ``tok`` (معظمهم من، غالبيتهم من): whose people follow is told of most of
    those counted, not of all ("157 جريحاً معظمهم من رجال الشرطة"; not "معظمهم بجروح طفيفة")?"""
    return a.token_text(tok) in grammar("majority_words") and a.token_text(tok + 1) in grammar("of_words")


def _of_them_at(a: Analysis, tok: int) -> bool:
    """Does "of them" stand at ``tok`` (من، منهم …): a verb before it tells of a part of those counted."""
    return a.token_text(tok) in grammar("of_words") or a.token_in(tok, grammar("of_them"), "")


def _qualifier_start(a: Analysis, tok: int, floor: int) -> int:
    """Where the words of a number's qualifier phrase that end right before ``tok`` begin (ما لا يقل عن، نحو),
    not before ``floor``; ``tok`` when none stands there."""
    while tok > floor and a.token_text(tok - 1) in qualifier_words():
        tok -= 1
    return tok


_EVENT_KINDS = frozenset({"attack", "operation", "kill", "capture", "wound", "toll"})

_PEOPLE_NOUNS = frozenset({"leader", "member", "friendly", "civilian", "person"})
_PEOPLE_OR_FORCE_KINDS = _PEOPLE_NOUNS | {"friendly_group"}


def _died_after(a: Analysis, view: SentenceView, tok: int, clause: tuple[int, int]) -> bool:
    """قضوا right after the counted phrase: they died (على يد names who killed them), unless
    على and an object follow (قضوا على 50 مسلحاً: they finished others off)."""
    on_words = grammar("on_words")
    for c in view.cues_of("finish_off"):
        if c.phrase in grammar("died_qada_forms") and tok <= c.tok_start < min(tok + 2, clause[1]):
            return a.token_text(c.tok_end) not in on_words or _cue_at(view, c.tok_end, {"by_hand"}) is not None
    return False


def _attack_right_after(view: SentenceView, end: int) -> Cue | None:
    """The attack word at most two words after the men counted (قتل 12 عنصراً في هجوم …)."""
    return next((c for c in view.cues_of("attack") if end <= c.tok_start <= end + 2), None)


def _acting_mention(a: Analysis, x: Placed) -> bool:
    """A force's name that may be a verb's subject: no preposition written on it or before it, no bracket."""
    if x.prefix.strip("و") or a.token_in(x.tok_start - 1, grammar("not_subject_before"), "و"):
        return False
    before = a.nt.text[max(0, x.nstart - 2) : x.nstart].strip()
    return not (before and before[-1] in grammar("name_brackets"))


_DIED_KINDS = frozenset({"kill", "kill_after", "wound", "wound_after"})


def _bare_word(a: Analysis, view: SentenceView, t: int) -> bool:
    """A word no recogniser claimed and that opens nothing (no و): an adjective of the noun before it."""
    return (
        not a.token_text(t).startswith("و")
        and not any(c.tok_start <= t < c.tok_end for c in view.cues)
        and not any(e.tok_start <= t < e.tok_end for e in view.entities)
        and not any(q.tok_start <= t < q.tok_end for q in view.quantities)
    )


def _counting_value(view: SentenceView, noun: Cue) -> float:
    """The value of the number that counts ``noun`` (right before it, past a word at most), else 0."""
    q = next((x for x in view.quantities if x.tok_end <= noun.tok_start and noun.tok_start - x.tok_end <= 2), None)
    return (getattr(q.obj, "value", None) or 0) if q is not None else 0


def _no_number_beside(view: SentenceView, c: Cue) -> bool:
    """Does no number stand right before, at or right after the people word (not "ومدنيين اثنين")?"""
    return not any(q.tok_end == c.tok_start or q.tok_start in (c.tok_start, c.tok_end) for q in view.quantities)


def _punctuated_before(a: Analysis, tok: int, marks: str) -> bool:
    """Does one of ``marks`` stand between token ``tok`` and the one before it?"""
    return a.marks_before(tok, marks)


def before_time_aside(a: Analysis, view: SentenceView, clause: tuple[int, int], tok: int) -> int:
    """Where the number's clause starts, or the clause before it when a time aside between commas stands
    between them: "خسرت القوات في معركة الموصل، في الفترة بين تشرين الأول 2016 وتموز 2017، ما بين 1200 و1500
    من عناصرها" — the aside interrupts the verb and its object and ends no clause of the verb's."""
    aside = next((c for c in view.clauses if c[1] == clause[0]), None)
    # (only when the clause goes on with the number ``tok``, at most a "نحو" or "ما بين" before it: after
    # "أعلن التحالف، اليوم الخميس، أن قواته نفذت 212 عملية" the aside is the statement's day, its clause done)
    if aside is None or tok - clause[0] > 2:
        return clause[0]
    t = aside[0]
    while t < aside[1] and a.token_in(t, grammar("time_aside_openers"), "و"):
        t += 1
    time = next((x for x in view.times if x.tok_start <= t and x.tok_end >= aside[1]), None)
    if time is None or t == aside[1]:
        return clause[0]
    return next((c[0] for c in view.clauses if c[1] == aside[0]), aside[0])
