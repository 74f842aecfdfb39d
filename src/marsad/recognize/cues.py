"""Cue words for claim extraction: outcomes, counted nouns, groups, reporting.

The vocabulary lives in ``data/cues.yaml``. Nouns are listed once; the
accusative (عنصرا) and construct (مسلحي) forms that news grammar produces are
generated here, and clitics are handled by the phrase matcher.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import cache, lru_cache, reduce

from marsad.datacache import cached
from marsad.lexicon import LexiconError, load
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import Normalized, norm
from marsad.text.tokens import Token

NOUN_SECTIONS = frozenset(
    {
        "operation",
        "attack",
        "member",
        "leader",
        "friendly",
        "civilian",
        "state",
        "person",
        "suspect",
        "kill_after",
        "wound_after",
        "detained_noun",
    }
)


VERB_SECTIONS = frozenset({"kill", "capture", "wound"})


@cache
def expeditionary() -> frozenset[str]:
    """Actors whose home country does not locate what they do."""
    return frozenset(load("cues.yaml").get("expeditionary") or [])


@cache
def also_at_home() -> frozenset[str]:
    """Expeditionary actors that fight at home too: "البلاد" in their statements may be home."""
    return frozenset(load("cues.yaml").get("also_at_home") or [])


@cache
def grammar(name: str) -> frozenset[str]:
    """A list of grammar words from cues.yaml, normalised (whole-token lookups)."""
    words = (load("cues.yaml").get("grammar") or {}).get(name)
    if words is None:
        raise LexiconError(f"marsad/data/cues.yaml: grammar has no list '{name}'")
    return frozenset(norm(w) for w in words)


@cache
def grammar_union(*names: str) -> frozenset[str]:
    """``grammar(a) | grammar(b) | …``, built once: the rules test words against such unions inside
    loops over a sentence's tokens, where a union written out is built again for every token."""
    return reduce(operator.or_, (grammar(n) for n in names))


@cache
def grammar_stems(*names: str) -> tuple[str, ...]:
    """The union of grammar lists as a tuple, for ``str.startswith`` tests of word stems (a word's
    clitics and endings vary, its stem does not), built once."""
    return tuple(sorted(grammar_union(*names)))


@cache
def kept_ids() -> frozenset[str]:
    """Actor ids reported as they are, not rolled up to the contract's set."""
    return frozenset(load("cues.yaml").get("kept_ids") or [])


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see marsad.text.matcher.Match
class Cue:
    start: int
    end: int
    nstart: int
    nend: int
    tok_start: int
    tok_end: int
    kinds: frozenset[str]
    phrase: str
    prefix: str = ""


def _inflections(word: str) -> set[str]:
    w = norm(word)
    forms = {w}
    if " " in w:
        return forms
    if w[-1] not in "اهو":
        forms.add(w + "ا")  # accusative with tanween: عنصرا، هجوما، تكفيريا
    if w.endswith("ين") and len(w) > 4:
        forms.add(w[:-1])  # construct state: مسلحي داعش
        forms.add(w[:-2] + "ون")  # nominative: قتل سبعة مسلحون
    if w.endswith("ون") and len(w) > 4:
        forms.add(w[:-2] + "ي")
    # duals (عنصرين، غارتين، جنديان): a dual names its noun as well as the count 2
    if w.endswith("ه"):
        forms.update({w[:-1] + "تين", w[:-1] + "تان"})
    elif not w.endswith(("ين", "ون", "ات", "ا")):
        forms.update({w + "ين", w + "ان"})
    return forms


@cache
def _matcher() -> PhraseMatcher[str]:
    return cached("cues", _build_matcher)


def _build_matcher() -> PhraseMatcher[str]:
    data = load("cues.yaml")
    if not isinstance(data, dict):
        raise LexiconError("marsad/data/cues.yaml must be a mapping of sections")
    entries: list[tuple[str, str]] = []
    for section, words in data.items():
        if section in ("expeditionary", "kept_ids", "grammar"):
            continue
        if not isinstance(words, list):
            raise LexiconError(f"marsad/data/cues.yaml: section '{section}' must be a list")
        for w in words:
            forms = _inflections(w) if section in NOUN_SECTIONS else {norm(w)}
            if section in VERB_SECTIONS and " " not in w and not norm(w).endswith(("ا", "ه", "ي")):
                forms.add(norm(w) + "وا")  # plural past: استشهدوا، حيدوا
            entries.extend((f, section) for f in forms)
    # "الإطاحة ب" with its ب glued to the count after it ("الإطاحة بأحد عناصر داعش"): the phrase without it,
    # kept by find_cues only before a number that carries the ب (not "الإطاحة بالأسد"), unless it is a cue alone
    phrases = {f for f, _ in entries}
    entries += [
        pair
        for f, section in list(entries)
        if f.endswith(" ب") and f[:-2] not in phrases
        for pair in ((f[:-2], section), (f[:-2], _GLUED_B))
    ]
    return PhraseMatcher(entries)


# the payload that marks a phrase whose ب the next word carries (see _build_matcher)
_GLUED_B = "glued_b"


@cache
def _number_words() -> frozenset[str]:
    from marsad.recognize.quantities import number_words

    return number_words()


def _carries_b_on_a_number(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` a number with a ب glued to it (بأحد، بخمسة، ب557)?"""
    if i >= len(tokens):
        return False
    word = tokens[i].text
    return word.startswith("ب") and (word[1:2].isdigit() or word[1:] in _number_words())


@lru_cache(maxsize=4096)
def _kinds(payloads: tuple[str, ...]) -> frozenset[str]:
    # a document has about a hundred cues drawn from a few hundred payload tuples
    return frozenset(payloads)


def find_cues(nt: Normalized, tokens: list[Token]) -> list[Cue]:
    """Every cue phrase in the text, longest first, with all its kinds — but not a word of an outcome
    (the kill, capture and wound sections: verbs, and nouns like قتيل) whose ه, read as an attached pronoun,
    is a ta marbuta as written, whatever case ending follows it: no such word takes one (أسرةٌ "a family"
    is no أسره "took him captive", قتلة "killers" no قتله). Other nouns and adjectives keep it: their
    feminine is matched that way (الإسرائيلية by إسرائيلي). Nor a one-word verb right after a person's
    title: it is the name (العقيد ياسر)."""
    cues = _matcher().find_as(nt, tokens, _cue)
    if any(_GLUED_B in c.kinds for c in cues):
        cues = [
            Cue(c.start, c.end, c.nstart, c.nend, c.tok_start, c.tok_end, c.kinds - {_GLUED_B}, c.phrase, c.prefix)
            for c in cues
            if _GLUED_B not in c.kinds or _carries_b_on_a_number(tokens, c.tok_end)
        ]
    vehicles, nouns_after_numbers = grammar("stopped_vehicles"), grammar("verb_spelt_plurals")

    def no_capture(c: Cue) -> bool:
        # a verb of holding whose object, right after it or after its subject, is a vehicle stopped it ("أوقف
        # المسلحون الحافلة" — no one was taken); a verb's spelling right after a number is a plural noun ("22 ألفاً
        # و705 أسر", families)
        return _stops_a_vehicle(tokens, c.tok_end, vehicles) or _plural_after_a_number(nt, tokens, c.tok_start, nouns_after_numbers)

    cues = [
        Cue(c.start, c.end, c.nstart, c.nend, c.tok_start, c.tok_end, c.kinds - {"capture"}, c.phrase, c.prefix)
        if "capture" in c.kinds and no_capture(c) else c
        for c in cues
    ]
    judiciary = grammar("judiciary_phrases")
    if any(c.phrase in judiciary for c in cues):
        after = grammar("judiciary_after")
        cues = [c for c in cues if not (c.phrase in judiciary and c.tok_end < len(tokens) and tokens[c.tok_end].text in after)]
    cues = [c for c in cues if c.kinds]
    titles = _titles()
    # (the original letter behind the cue's last normalised one: case endings after it were dropped)
    return [
        c
        for c in cues
        if not (c.kinds <= VERB_SECTIONS and not c.phrase.endswith("ه") and nt.original[nt.orig(c.nend - 1)] == "ة")
        # nor a one-word verb right after a title, which is a name: "العقيد ياسر" (Yasser, not يأسر)
        and not (c.kinds <= VERB_SECTIONS and c.tok_end - c.tok_start == 1 and c.tok_start > 0 and tokens[c.tok_start - 1].text in titles)
    ]


@cache
def _titles() -> frozenset[str]:
    """A person's titles, and each joined by و to the one before it: "اللواء أحمد والعقيد ياسر" (built once, not
    once a document)."""
    titles = grammar("name_titles")
    return titles | {"و" + t for t in titles}


def _stops_a_vehicle(tokens: list[Token], i: int, vehicles: frozenset[str]) -> bool:
    """Is the word at ``i``, or the one after it past a subject word, a vehicle (no number between)?"""
    for j in (i, i + 1):
        if j >= len(tokens) or _is_number(tokens[j].text):
            return False
        if tokens[j].text in vehicles:
            # (and no men counted with it: "أوقفت الشرطة سيارة مفخخة و3 انتحاريين")
            return not any(_is_number(t.text.removeprefix("و")) for t in tokens[j + 1 : j + 4])
    return False


def _plural_after_a_number(nt: Normalized, tokens: list[Token], i: int, nouns: frozenset[str]) -> bool:
    """Is token ``i`` such a plural, right after a number with no comma between, and no number of men after it
    (not "قتل الجيش 12، أسر 5 من مسلحي الشباب"، "قتل 12 أسر 5")?"""
    if tokens[i].text not in nouns or i == 0 or not _is_number(tokens[i - 1].text.removeprefix("و")):
        return False
    if any(ch in nt.text[tokens[i - 1].end : tokens[i].start] for ch in ",،"):
        return False
    return not (i + 1 < len(tokens) and (_is_number(tokens[i + 1].text) or tokens[i + 1].text == "من"))


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in _number_words()


def _cue(
    start: int, end: int, nstart: int, nend: int, tok_start: int, tok_end: int,
    phrase: str, payloads: tuple[str, ...], prefix: str,
) -> Cue:
    return Cue(start, end, nstart, nend, tok_start, tok_end, _kinds(payloads), phrase, prefix)
