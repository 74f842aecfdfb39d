"""Every number in an Arabic news text: its span, value, qualifier and kind.

A count claim starts with a quantity, and Arabic news writes the same
number many ways (153، ١٥٣، مئة وثلاثة وخمسون، 2.5 مليون، عنصرين، أحد أفراد)
beside numbers that count nothing (عام 2024، البالغ من العمر 26 عاماً،
إف-16، 20%). ``find_quantities`` finds them all, with spans in the original
text, and labels each ``count``, ``vague`` or its non-count kind so the
extractor never builds a claim on a year or an aircraft type.

Written in-house because no library does this: pyarabic.number reads
written-out numbers in a word list but not digits, duals, vague amounts,
construct forms (ألفي، مئتي) or context; it keeps no character offsets; and
no available package classifies what a number in Arabic news is *for*.

How: one compiled regex cuts the normalised text into tokens and a table of
every number word with every proclitic (وثلاثة، بالعشرات) picks out the
candidates with one dict lookup each; digit runs are tried against the
date/time/phone patterns; atoms that touch are composed by a small grammar
of Arabic numerals (units before tens, و between parts, scales multiplying);
then only the few words around each number are looked at for its
qualifier, range partner and kind. All words live in data/numbers.yaml and
data/quantity_cues.yaml and are compiled once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import methodcaller

from marsad.datacache import cached
from marsad.lexicon import LexiconError, load
from marsad.model import Quantity
from marsad.text.normalize import Normalized, norm, normalize
from marsad.text.tokens import stems

__all__ = ["find_quantities"]

_LET = "\u0621-\u064a"
# "و" and a number after a number: the other end of a range written out (بين الـ21 والـ34)
_AND_A_NUMBER_RE = re.compile(r"\s*و\s*(?:الـ?\s*)?[0-9\u0660-\u0669]+")
_CLOSING_BRACKET = re.compile(r"\s*[)\]]")
_WORD_RE = re.compile(rf"[{_LET}a-z]+|[%$€£]")
_SENT_BREAK_RE = re.compile(r"[.!?\n;]")
# up to the last sentence break of a chunk, in one match (greedy, so the last one)
_TO_LAST_BREAK_RE = re.compile(rf"(?s).*{_SENT_BREAK_RE.pattern}")

# A dual spelt like its plural (مسلحين) counts two only before a dual verb (قتلا، أصيبا).
_NEEDS_DUAL_VERB = "count-if-dual-verb"
# One whose bare form is the dual (مقتل شرطيين: two) and whose plural follows a number (خمسة شرطيين).
_UNLESS_COUNTED = "count-unless-counted"
_NISBA = "count-if-nominative"  # a nisba's dual (باكستانيان), never after a preposition
# A dual in construct (عنصرا أمن، رجلي شرطة), spelt like an accusative or a possessive: two only before
# the body it belongs to.
_CONSTRUCT = "count-if-construct"
_CONSTRUCT_NAMED = "count-if-names-follow"
_CONSTRUCT_LEADER = "count-if-a-group-follows"  # a leaders' dual in construct (زعيمي تنظيم القاعدة)

# Atom roles.
_DIG, _UNIT, _TEEN_UNIT, _TENS, _HUND, _SCALE, _DSCALE, _PSCALE = range(8)
_VAGUE, _ORD, _DUAL, _ONE, _ONE_PRON, _FRAC = range(8, 14)


@dataclass(slots=True)
class _Atom:
    ps: int  # start including proclitics (normalised offsets)
    ns: int  # start of the number itself
    ne: int
    pre: str
    role: int
    value: float | None
    word: str = ""
    decimal: bool = False
    extra: str = ""  # for duals: the kind they carry (count / duration)


@dataclass(slots=True)
class _Num:
    ps: int
    ns: int
    ne: int
    value: float | None
    role: int
    pre: str = ""
    kind: str = ""
    vmin: float | None = None
    vmax: float | None = None
    qualifier: str = "exact"
    digits: bool = False
    decimal: bool = False
    scale: float = 1.0
    words: int = 1
    noun: tuple[int, int] | None = None


# ---------------------------------------------------------------- lexicon


def _forms(entries: object, name: str) -> list[str]:
    if not isinstance(entries, list) or not all(isinstance(x, str) for x in entries):
        raise LexiconError(f"marsad/data/{name}: expected a list of strings, got {entries!r}")
    return [norm(x) for x in entries]


def dual_forms(singular: str) -> list[str]:
    """Nominative and oblique duals of a normalised singular (غاره → غارتان، غارتين)."""
    stem = singular[:-1] + "ت" if singular.endswith("ه") else singular
    return [stem + "ان", stem + "ين"]


# Conjunction, preposition and article combinations a number word can carry (لل = ل + ال).
_PROCLITICS = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ال", "بال", "لل"))


@dataclass(frozen=True, slots=True)
class _Lex:
    words: dict[str, tuple[int, float | None, str]]
    surface: dict[str, tuple[str, str]]
    one_of_skip: frozenset[str]
    qual_before: re.Pattern[str]
    qual_over_noun: re.Pattern[str]
    qual_after: re.Pattern[str]
    sets: dict[str, frozenset[str]]
    phrases_after: dict[str, re.Pattern[str]]
    months_re: re.Pattern[str]
    dual_verb_after: re.Pattern[str]  # "(آخرين) (من التنظيم) قتلا" right after a plural-looking dual
    construct_dual_after: re.Pattern[str]  # "أمن"، "الشرطة" right after a dual in construct
    construct_leader_after: re.Pattern[str]  # "تنظيم"، "جماعة" right after a leaders' dual in construct
    # Cheap tests that rule the qualifier patterns out (most numbers have no qualifier):
    # the text before a match of qual_before ends with one of its phrases (words
    # one space apart), and a match of qual_over_noun or qual_after contains the
    # longest word of one of its phrases.
    qual_before_phrases: tuple[str, ...] = ()
    qual_before_words: int = 1
    qual_over_noun_hint: re.Pattern[str] | None = None
    qual_after_hint: re.Pattern[str] | None = None


_LAST_WORD = re.compile(rf"([{_LET}]+)\s*$")


def _word_before(t: str, s: int) -> str:
    """The word right before position ``s``, its clitics kept (a short look back, not the text before)."""
    m = _LAST_WORD.search(t, max(0, s - 30), s)
    return m.group(1) if m else ""


def _names_a_place(word: str, cues: frozenset[str]) -> bool:
    """Is ``word`` a place cue, bare or behind a one-letter clitic (قرية، بقرية، وبلدة)?"""
    return word in cues or (word[:1] in "وفبل" and word[1:] in cues)


def _named_as_a_place(t: str, word: str, cues: frozenset[str]) -> bool:
    """Does the text name a place by ``word`` anywhere, the whole word right after a place cue (قرية بليون;
    not the start of another word: بلدة الفوعة is no place named ألف)?"""
    return any(
        _names_a_place(_word_before(t, m.start()), cues) for m in re.finditer(rf"(?<![{_LET}]){re.escape(word)}(?![{_LET}])", t)
    )


_NEXT_WORD = re.compile(rf"\s*([{_LET}]+)")


def _phrase_alt(phrases: list[str]) -> str:
    ps = sorted({norm(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ps)


def _phrases(groups: dict[str, list[str]]) -> list[list[str]]:
    """The words of every phrase that ``_phrase_alt`` builds a pattern from, over these groups."""
    return [ws for phrases in groups.values() for p in phrases if (ws := norm(p).split())]


def _longest_word_of_each(phrases: list[list[str]]) -> re.Pattern[str]:
    words = sorted({max(ws, key=len) for ws in phrases}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


@cache
def number_words() -> frozenset[str]:
    """Every number word, normalised, without proclitics (أحد، خمسة، ألفين …)."""
    return frozenset(_lex().words)


@cache
def _lex() -> _Lex:
    return cached("quantities", _build_lex)


def _build_lex() -> _Lex:
    nums = load("numbers.yaml")
    cues = load("quantity_cues.yaml")
    if not isinstance(nums, dict) or not isinstance(cues, dict):
        raise LexiconError("marsad/data/numbers.yaml and quantity_cues.yaml must be mappings")
    words: dict[str, tuple[int, float | None, str]] = {}

    def put(forms: list[str], role: int, value: float | None, extra: str = "") -> None:
        for f in forms:
            words.setdefault(f, (role, value, extra))

    n = "numbers.yaml"
    # Order matters where a word has two roles: أحد is "one of" unless عشر follows (checked later).
    put(_forms(nums["one_of"], n), _ONE, 1)
    put(_forms(nums["one_of_pronoun"], n), _ONE_PRON, 1)
    for table, role in (
        ("teen_units", _TEEN_UNIT),
        ("units", _UNIT),
        ("tens", _TENS),
        ("hundreds", _HUND),
        ("scales", _SCALE),
        ("dual_scales", _DSCALE),
        ("plural_scales", _PSCALE),
    ):
        for v, fs in nums[table].items():
            put(_forms(fs, n), role, float(v))
    for w, floor in nums["vague"].items():
        put([norm(w)], _VAGUE, None if floor is None else float(floor))
    for v, fs in nums["ordinals"].items():
        put(_forms(fs, n), _ORD, float(v))
    for v, fs in nums["fractions"].items():
        put(_forms(fs, n), _FRAC, float(v))
    c = "quantity_cues.yaml"
    no_dual = set(_forms(cues["no_dual"], c))
    bare_dual = set(_forms(cues["bare_dual"], c))
    for s in _forms(cues["duration_dual_nouns"], c):
        for d in dual_forms(s):
            put([d], _DUAL, 2, "duration")
    plurals = set(_forms(cues["counted_plural"], c))
    for s in _forms(cues["counted_singular"], c):
        nom, obl = dual_forms(s)
        if nom not in plurals:  # بلدان is "countries", not "two countries"
            put([nom], _DUAL, 2, "count")
        if s not in no_dual and obl not in plurals:  # مدنيين is the plural; مدنيان can only be two
            put([obl], _DUAL, 2, "count")
        elif s in bare_dual:
            put([obl], _DUAL, 2, _UNLESS_COUNTED)
        elif s in no_dual and obl not in words:
            # "مسلحين آخرين قُتلا": a dual verb after the plural-looking form makes it two
            put([obl], _DUAL, 2, _NEEDS_DUAL_VERB)
    for s in _nisbas():
        # "بينهم باكستانيان"، "قتل أميركيان": two persons by nationality (the nominative only: the
        # oblique باكستانيين is the plural too)
        nom, obl = dual_forms(s)
        if nom not in words:
            put([nom], _DUAL, 2, _NISBA)
        if obl not in words:
            # "ضبط كويتيين ينتميان إلى داعش": the oblique, which is the plural too, only before a dual verb
            put([obl], _DUAL, 2, _NEEDS_DUAL_VERB)
    put(_forms(cues["construct_duals"], c), _DUAL, 2, _CONSTRUCT_NAMED)
    for s in _forms(cues["construct_dual_leaders"], c):
        put([w for w in (s + "ا", s + "ي") if w not in words], _DUAL, 2, _CONSTRUCT_LEADER)
    for s in _forms(cues["construct_dual_singulars"], c):
        # (the construct drops the dual's ن: عنصران أمن → عنصرا أمن، عنصرين → عنصري)
        put([w for w in (s + "ا", s + "ي") if w not in words], _DUAL, 2, _CONSTRUCT)

    # Every surface form: proclitics + number word. The bare word goes in first so
    # that واحد is one word, not و + احد. No ك proclitic: كمية would read as ك + مئة.
    surface: dict[str, tuple[str, str]] = {}
    for pre in _PROCLITICS:
        for w in words:
            surface.setdefault(pre + w, (pre, w))

    qb = cues["qualifiers_before"]
    qual_before = re.compile(
        rf"(?:^|[^{_LET}])[وف]?[بل]?(?:(?P<approx>{_phrase_alt(qb['approx'])})|"
        rf"(?P<at_least>{_phrase_alt(qb['at_least'])})|(?P<at_most>{_phrase_alt(qb['at_most'])}))"
        r"\s*(?:ب\s*)?[(\"“”«]?\s*$"  # (also before a bracketed or quoted number: "ما يقارب (2000) عنصر")
    )
    qn = cues["qualifiers_over_count_noun"]
    # لا يتجاوز عدد المسلحين 500، قدر عدد المقاتلين بـ 2000: the verb qualifies across عدد and its noun.
    qual_over_noun = re.compile(
        rf"(?:^|[^{_LET}])[وف]?(?:(?P<approx>{_phrase_alt(qn['approx'])})|"
        rf"(?P<at_least>{_phrase_alt(qn['at_least'])})|(?P<at_most>{_phrase_alt(qn['at_most'])}))"
        rf"\s+(?:[{_LET}]+\s+){{0,5}}?(?:[{_LET}]+\s+)?(?:ب\s*|\s*)$"
    )
    qa = cues["qualifiers_after"]
    # (up to two words before it, or up to four set off by a comma before it: "30 ضابطاً ومجنداً بالقوات المسلحة،
    # على الأقل")
    qual_after = re.compile(
        rf"^(?:(?:\s*[{_LET}]+){{0,2}}?\s*[،,]?\s*(?:(?P<approx>{_phrase_alt(qa['approx'])})|"
        rf"(?P<at_least>{_phrase_alt(qa['at_least'])})|(?P<at_most>{_phrase_alt(qa['at_most'])}))"
        # (farther, only "at least" itself: "أو أكثر من 20 وفق مصادر أخرى" after a comma is another figure)
        rf"|(?:\s*[{_LET}]+){{3,4}}\s*[،,]\s*(?P<at_least_far>{_phrase_alt(qa['at_least_far'])}))(?![{_LET}])"
    )
    set_keys = (
        "range_open",
        "year_cues",
        "word_year_cues",
        "year_markers",
        "month_heads",
        "date_cues_before",
        "time_cues_before",
        "time_cues_after",
        "age_cues_before",
        "age_nouns_before",
        "age_units",
        "duration_units",
        "duration_nouns_before",
        "percent_before",
        "currencies",
        "money_cues_before",
        "measure_units",
        "measure_cues_before",
        "designation_before",
        "numbered_unit_heads",
        "ordinals_before_year",
        "demonstratives",
        "model_prefixes",
        "rank_before",
        "rank_not_after",
        "sports_cues",
        "counted_singular",
        "counted_plural",
        "negations",
        "ordinal_nouns_before",
        "ordinal_nouns_direct",
        "span_nouns_numbered",
        "one_of_words",
        "one_of_proclitics",
        "dual_relatives",
        "names_before_scales",
        "names_before_quoted_scales",
        "others_stems",
    )
    sets = {k: frozenset(_forms(cues[k], c)) for k in set_keys}
    sets["one_of_event_duals"] = frozenset(d for w in _forms(cues["one_of_event_singulars"], c) for d in dual_forms(w))
    # Accusative singulars after 11..99 (عنصراً، هجوماً) are written with a final alef.
    accusative = {w + "ا" for w in sets["counted_singular"] if not w.endswith("ه")}
    sets["counted"] = sets["counted_singular"] | sets["counted_plural"] | accusative
    # (what a scale word counts right after it: مليون شخص، بليون دولار — an amount, no place's name)
    sets["counted_after_scale"] = sets["counted"] | sets["currencies"] | sets["measure_units"]
    # (a weekday after يوم names the day, not a length: "وستة يوم السبت" counts six, on Saturday)
    days = load("months.yaml")["weekdays"]
    sets["weekdays"] = frozenset(_forms([w for forms in days.values() for w in forms], "months.yaml"))
    phrases_after = {
        k: re.compile(rf"^\s*(?:{_phrase_alt(cues[k])})(?![{_LET}])")
        for k in ("percent_after", "date_cues_after", "age_cues_after", "range_join")
    }
    # (the dash of a range may be an en or em dash set off by spaces: "30000 – 50000")
    phrases_after["range_join"] = re.compile(rf"^\s*(?:[-–—]|(?:{_phrase_alt(cues['range_join'])})\s+|و\s*)\s*$")
    # every spelling times.py knows (months.yaml: the Maghreb's نونبر، the Algerian جانفي …) besides the Hijri months here
    month_names = list(cues["months"]) + [m for names in load("months.yaml")["gregorian"].values() for m in names]
    months_re = re.compile(rf"^\s*(?:{_phrase_alt(month_names)})(?![{_LET}])")
    dual_verb_after = re.compile(
        # (past a closing quote too: '"إرهابيين" قتلا')
        rf"[\"']?\s+(?:(?:{_phrase_alt(cues['dual_verb_skip'])})\s+)?"
        rf"(?:(?:{_phrase_alt(cues['dual_verbs'])})"
        # (past a tie only a verb no other word spells: not قتلا، فجرا, also "by killing", "at dawn")
        rf"|(?:{_phrase_alt(cues['dual_verb_ties'])})\s+(?:[{_LET}]+\s+){{1,3}}"
        rf"(?:{_phrase_alt([v for v in cues['dual_verbs'] if v not in cues['dual_verbs_ambiguous']])})"
        # ("one of the two" past a comma and a tie with quoted names: "قياديين من تنظيم «حراس الدين»، أحدهما مصري")
        # (not past another indefinite dual or plural in ين, whose pair "one of the two" may be: "إرهابيين في عمليتين،
        # إحداهما"، "مسلحين في كمين على طريقين، أحدهما"; past a tie only the masculine, a people's pair)
        rf"|[،,]?\s*(?:(?:{_phrase_alt(cues['dual_verb_ties'])})\s+"
        rf"(?:[\"'«»“”]?(?!(?!ال)[{_LET}]*ين[\"'«»“”]?[\s،,])[{_LET}]+[\"'«»“”]?\s*){{1,4}}[،,]\s*"
        rf"(?:{_phrase_alt(cues['dual_one_of_masculine'])})"
        rf"|(?:{_phrase_alt(cues['dual_one_of'])})))(?![{_LET}])"
    )
    return _Lex(
        dual_verb_after=dual_verb_after,
        construct_dual_after=re.compile(rf"\s+(?:{_phrase_alt(cues['construct_dual_bodies'])})(?![{_LET}])"),
        construct_leader_after=re.compile(rf"\s+[\"'«“]?(?:{_phrase_alt(cues['construct_dual_leader_heads'])})(?![{_LET}])"),
        words=words,
        surface=surface,
        one_of_skip=frozenset(_forms(nums["one_of_skip"], n)),
        qual_before=qual_before,
        qual_over_noun=qual_over_noun,
        qual_after=qual_after,
        sets=sets,
        phrases_after=phrases_after,
        months_re=months_re,
        qual_before_phrases=tuple(" ".join(ws) for ws in _phrases(qb)),
        qual_before_words=max((len(ws) for ws in _phrases(qb)), default=1),
        qual_over_noun_hint=_longest_word_of_each(_phrases(qn)),
        qual_after_hint=_longest_word_of_each(_phrases(qa)),
    )


# ------------------------------------------------------- patterns and atoms

_PATTERN_RE = re.compile(
    r"(?<![\d.,/:+-])(?:"
    r"(?P<date>\d{4}([/.-])\d{1,2}\2\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d])|\d{1,2}/\d{4})"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?P<phone>\+?\d{1,4}(?:[ -]\d{1,4}){2,5}\+?)"
    r")(?![\d/:])"
)


def _pattern_at(t: str, pos: int) -> _Num | None:
    """A date, time or phone number starting at a digit run, if one does."""
    if pos > 0 and t[pos - 1] == "+":
        pos -= 1
    m = _PATTERN_RE.match(t, pos)
    if not m:
        return None
    kind = m.lastgroup or ""
    if kind == "phone" and "+" not in m.group() and sum(ch.isdigit() for ch in m.group()) < 9:
        return None
    s, e = m.span()
    return _Num(s, s, e, None, _DIG, kind=kind, digits=True)


def _digits_value(d: str, t: str, end: int) -> tuple[float, bool] | None:
    """Value of a digit run and whether it is a decimal; None when it is a list (10,15)."""
    if "," not in d and "." not in d:
        return float(d), False
    parts = re.split(r"([.,])", d)
    groups = parts[0::2]
    seps = set(parts[1::2])
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if len(seps) == 2:
        # 1,234.5 or 1.234,5: the last separator is the decimal point.
        last = d.rfind(".") if d.rfind(".") > d.rfind(",") else d.rfind(",")
        whole = re.sub(r"[.,]", "", d[:last])
        return float(whole + "." + d[last + 1 :]), True
    sep = seps.pop()
    scale_after = _SCALE_AFTER_RE.match(t, end) is not None
    if thousands and (sep == "," or len(groups) > 2 or not scale_after):
        return float("".join(groups)), False
    if len(groups) == 2 and (sep == "." or scale_after):
        return float(groups[0] + "." + groups[1]), True  # 2.5 مليون، 2,5 مليون
    return None  # 10,15: a list written without spaces


_SCALE_AFTER_RE = re.compile(r"\s*(?:الف|مليون|مليار|ملايين|الاف)")


# (and the Kuwaiti news agency's decimals, the fraction written first: "5ر1 مليون" is 1.5 million,
# "487ر74 ألف" is 74,487)
_TOKEN_RE = re.compile(rf"([{_LET}]+)|(\d+(?:[.,]\d+)*(?:ر\d+(?![{_LET}]))?)")


_GROUP_1 = methodcaller("group", 1)
_scan_keys_of: tuple[dict[str, tuple[str, str]], frozenset[str | None]] | None = None


def _scan_keys(surface: dict[str, tuple[str, str]]) -> frozenset[str | None]:
    """The number words' surface forms, and None (a digit run's missing word): the tokens ``_scan`` looks at.
    Built once for the lexicon's table (held, so that its identity cannot be a recycled one)."""
    global _scan_keys_of
    if _scan_keys_of is None or _scan_keys_of[0] is not surface:
        _scan_keys_of = (surface, frozenset(surface) | {None})
    return _scan_keys_of[1]


def _scan(nt: Normalized, lex: _Lex) -> tuple[list[_Atom], list[_Num]]:
    """Number atoms and whole patterns (dates, times, phones), left to right.

    Tokens are cut by one C-level regex and looked up in a table of every
    number word with every proclitic combination, so most tokens cost one
    dict lookup.
    """
    t = nt.text
    atoms: list[_Atom] = []
    pats: list[_Num] = []
    masked_to = -1
    surface = lex.surface
    placed: dict[str, bool] = {}  # (each scale word looked for as a place name once a text)
    # Most words of a text are no number word: the digit runs (no group 1) and the number words are picked
    # out of the tokens with no Python step per token.
    found = list(_TOKEN_RE.finditer(t))
    for m in compress(found, map(_scan_keys(surface).__contains__, map(_GROUP_1, found))):
        tok = m.group(1)
        if tok is not None:
            hit = surface[tok]
        s = m.start()
        if s < masked_to:
            continue
        if tok is None:
            tok = m.group(2)
            p = _pattern_at(t, s)
            if p is not None:
                pats.append(p)
                masked_to = p.ne
                continue
            _digit_atoms(t, tok, s, m.end(), atoms)
            continue
        pre, w = hit
        ws = s + len(pre)
        role, value, extra = lex.words[w]
        if extra == _UNLESS_COUNTED:
            if "ال" in pre or (atoms and not t[atoms[-1].ne : s].strip()):
                continue  # the plural: خمسة شرطيين، الشرطيين
            if pre.endswith("ل") and atoms and len(between := t[atoms[-1].ne : s].split()) == 1 and between[0] in lex.sets["counted"]:
                continue  # the plural the counted noun before is of: 9 جثث لشرطيين
            extra = "count"
        if extra == _NISBA:
            if pre.strip("وف"):
                continue  # a nominative dual after a preposition is no dual (الموالية لتركيان: a slip)
            extra = "count"
        if extra == _NEEDS_DUAL_VERB:
            # (or the dual vowelled as one, a sukun on its ي: "مقتل لاجئيْن عراقيين")
            # (or a fatha before its ي, the dual's vowel: "تم تحييد آخرَين")
            word = nt.original[slice(*nt.span(ws, m.end()))] if nt.starts is not None else ""
            marked = "\u064a\u0652\u0646" in word or "\u064e\u064a\u0646" in word
            if not (marked or lex.dual_verb_after.match(t, m.end())) or (atoms and not t[atoms[-1].ne : s].strip()):
                continue  # the plural: مسلحين قتلوا، خمسة مسلحين قتلا (a slip for قتلوا after a number)
            extra = "count"
        if extra == _CONSTRUCT_NAMED:
            if not _NAMES_FOLLOW_RE.match(t, m.end()):
                continue  # a process, "عمليتي الاقتراع والفرز": two operations only before their names in quotes
            extra = "count"
        if extra == _CONSTRUCT_LEADER:
            if "ال" in pre or not lex.construct_leader_after.match(t, m.end()):
                continue  # (a possessive or an adjective: "قائدي"، "الديوان الأميري")
            extra = "count"
        if extra == _CONSTRUCT:
            if "ال" in pre or not lex.construct_dual_after.match(t, m.end()) or (atoms and not t[atoms[-1].ne : s].strip()):
                continue  # one (قتل عنصرا من التنظيم، 17 رجلاً شرطة) or a possessive
            extra = "count"
        if role in (_HUND, _SCALE, _DSCALE) and ("ال" in pre or pre.endswith("لل")):
            if not _definite_amount(t, pre, m.end(), lex):
                continue  # في المئة، بالمئة، الألف: the article marks a noun, not an amount
            # (the article is the amount's own: what qualifies it stands before it, "لا يتجاوز المئة عنصر")
            ws, pre = s + len(pre) - 2, pre[:-2]
        if role == _SCALE and not pre and _names_a_place(_word_before(t, s), lex.sets["names_before_scales"]):
            continue  # "في قرية بليون": a village's name, not a billion
        if (
            role == _SCALE
            and t[s - 1 : s] in _QUOTES + "«"
            and t[m.end() : m.end() + 1] in _QUOTES + "»"
            and _names_a_place(_word_before(t, s - 1), lex.sets["names_before_quoted_scales"])
            # (not a count quoted for its size, its noun after it in construct: "نفذت القوات حملة "ألف" مداهمة" — the
            # name is no construct, "عملية «ألفا» مداهمات")
            and not (
                not t[s : m.end()].endswith("ا")
                and (after := _NEXT_WORD.match(t, m.end() + 1))
                and after.group(1) in lex.sets["counted_after_scale"]
            )
        ):
            continue  # "قائد عملية «ألفا»": a scale word alone in quotes after an operation names it (Alpha)
        if (
            role == _SCALE
            and not pre.strip("وفب")
            and not (atoms and not t[atoms[-1].ne : s].strip())
            and not ((after := _NEXT_WORD.match(t, m.end())) and after.group(1) in lex.sets["counted_after_scale"])
            and (placed[w] if w in placed else placed.setdefault(w, _named_as_a_place(t, w, lex.sets["names_before_scales"])))
        ):
            # "… على بليون" after "قرية بليون" in the same text: the village again, no amount before it
            # (but "بليون دولار"، "مليون شخص": an amount of what it counts, right after it)
            continue
        if (
            role == _SCALE
            and w.endswith("ا")
            and not pre.strip("و")
            and not (atoms and not t[atoms[-1].ne : s].strip())
            and (after := _NEXT_WORD.match(t, m.end()))
            and after.group(1) in lex.sets["counted_singular"]
            and "\u064b" not in (nt.original[slice(*nt.span(ws, m.end()))] if nt.starts is not None else "")
        ):
            # "من بينهم ألفا مقاتل غربي": a scale word's dual in construct (its ن dropped) before the singular it
            # counts, no number before it — two thousand; not the accusative after a number ("20 ألفاً مقاتل")
            # nor one written with its tanween (ألفاً)
            role, value = _DSCALE, 2 * (value or 0)
        if (
            w == "واحد"
            and not pre
            and atoms
            and atoms[-1].role == _DIG
            and t[atoms[-1].ne : s].isspace()
            and not 1900 <= (atoms[-1].value or 0) <= 2100
        ):
            continue  # "600 واحد منهم": واحد counting heads after the digits (not after a year: "في 2019 واحد من قادة")
        if w == "واحد" and nt.original[nt.orig(ws + 1)] in "أإ":
            # وأحد normalises to واحد: it is و + أحد (وأحد عشر، وأحد أفراد).
            role, value, extra = lex.words["احد"]
            pre, ws, w = "و", ws + 1, "احد"
        atoms.append(_Atom(s, ws, m.end(), pre, role, value, w, False, extra))
    return atoms, pats


def _definite_amount(t: str, pre: str, end: int, lex: _Lex) -> bool:
    """"لا يتجاوز المئة عنصر"، "أكثر من الألف مقاتل": a hundred or a thousand with the article, its singular
    noun right after it, is an amount as the spoken register writes it (not في المئة، بالمئة)."""
    return pre in ("ال", "وال") and bool(after := _NEXT_WORD.match(t, end)) and after.group(1) in lex.sets["counted_singular"]  # type: ignore[union-attr]


def _digit_atoms(t: str, d: str, s: int, e: int, out: list[_Atom]) -> None:
    if "ر" in d:
        frac, whole = d.split("ر")
        if "." not in frac and "," not in frac and "." not in whole and "," not in whole:
            if len(frac) == 3 and _SCALE_AFTER_RE.match(t, e) is None:
                # ("500ر2 مقاتل": three digits and no scale word after them, a thousands separator: 2,500)
                out.append(_Atom(s, s, e, "", _DIG, float(whole) * 1000 + float(frac), d, False))
            else:
                out.append(_Atom(s, s, e, "", _DIG, float(whole + "." + frac), d, True))
            return
        d = d.split("ر")[0]
        e = s + len(d)
    dv = _digits_value(d, t, e)
    if dv is None:
        # A comma list without spaces (10,15): each part is its own number.
        pos = s
        for part in re.split(r"[.,]", d):
            out.append(_Atom(pos, pos, pos + len(part), "", _DIG, float(part), part))
            pos += len(part) + 1
        return
    out.append(_Atom(s, s, e, "", _DIG, dv[0], d, dv[1]))


# ------------------------------------------------------------- composition


def _joined(t: str, a: _Atom, b: _Atom) -> str | None:
    """'' when b directly follows a, 'و' when joined by و, None otherwise."""
    gap = t[a.ne : b.ps]
    if "\n" in gap:
        # a line wrapped inside a number ("وألف\nو595 طفلاً"): one break, the next line going on with و
        wrapped = gap.count("\n") == 1 and (b.pre == "و" or (b.pre == "" and _DIGIT_AND_RE.fullmatch(gap) is not None))
        if not wrapped or not gap.replace("و", "").isspace():
            return None
        return "و"
    if (
        a.role == _DIG
        and b.role in (_SCALE, _PSCALE, _DSCALE)
        and b.pre == ""
        and (
            _enclosed(gap.strip(), t, a.ps)
            or (gap.strip() == "/" and t[: a.ps].rstrip().endswith("/") and not t[: a.ps].rstrip()[:-1].rstrip()[-1:].isdigit())
        )
    ):
        # "وجود (18) ألف مقاتل"، "نحو /10/ آلاف عنصر" (the slashes of official Syrian wires): digits set in
        # brackets or slashes before their scale word
        return ""
    if gap and not gap.isspace():
        # Digits take no proclitic group: "مليون و200 ألف" leaves the و in the gap;
        # some writers also set و apart from number words: "ثلاث و ثلاثون".
        return "و" if _DIGIT_AND_RE.fullmatch(gap) and b.pre == "" else None
    if b.pre == "":
        if not gap and a.role == _DIG and b.role in (_SCALE, _PSCALE, _DSCALE):
            return ""  # "20ألف": a scale word glued to its digits, as pasted pages write it
        return "" if gap else None
    if b.pre == "و":
        return "و"
    if b.pre == "وال" and a.pre.endswith("ال"):
        return "و"  # a definite compound: "الخوارج الأربعة والخمسين"
    return None


_DIGIT_AND_RE = re.compile(r"\s+و\s*")
# marks that set digits apart before their scale word: brackets, and quotes, whose direction writers mix
_CLOSERS = {")": "(", "]": "[", "»": "«"}
_QUOTES = "\"“”'‘’"
# (the names of what a construct dual counts, in quotes after it: عمليتي «مخلب النسر»)
_NAMES_FOLLOW_RE = re.compile(r"\s*[" + re.escape(_QUOTES + "«") + "]")
_OPENERS = frozenset('(["“”«')


def _enclosed(closer: str, t: str, start: int) -> bool:
    """'(18) ألف'، '“40” ألف': digits in brackets or quotes, then their scale word (``closer`` is the gap after
    the digits, ``start`` where they begin)."""
    if closer not in _CLOSERS and not (len(closer) == 1 and closer in _QUOTES):
        return False  # (most gaps: the character before the digits is not even looked at)
    i = start - 1
    while i >= 0 and t[i].isspace():
        i -= 1
    opener = t[i] if i >= 0 else ""
    if closer in _CLOSERS:
        return opener == _CLOSERS[closer]
    return opener != "" and opener in _QUOTES


def _compose(t: str, atoms: list[_Atom]) -> list[_Num]:
    out: list[_Num] = []
    i = 0
    n = len(atoms)
    while i < n:
        num, i = _take(t, atoms, i)
        if num is not None:
            out.append(num)
    return out


def _take(t: str, atoms: list[_Atom], i: int) -> tuple[_Num | None, int]:
    a = atoms[i]
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    link = _joined(t, a, nxt) if nxt else None
    role = a.role

    if role in (_ONE, _TEEN_UNIT) and nxt and link == "" and nxt.role == _UNIT and nxt.value == 10:
        base = _Num(a.ps, a.ns, nxt.ne, a.value + 10, _UNIT, a.pre, words=2)
        return _continue(t, atoms, i + 2, base, "teen", a.value + 10)
    if role == _FRAC:
        # نصف مليون: a fraction is a number only in front of a scale word.
        if nxt and link == "" and nxt.role == _SCALE and nxt.value:
            value = (a.value or 0.0) * nxt.value
            num = _Num(a.ps, a.ns, nxt.ne, value, _UNIT, a.pre, scale=nxt.value, words=2)
            return _continue(t, atoms, i + 2, num, "scale", 0.0, total=value)
        return None, i + 1
    if role == _ONE:
        return _Num(a.ps, a.ns, a.ne, 1.0, _ONE, a.pre), i + 1
    if role == _ONE_PRON:
        return _Num(a.ps, a.ns, a.ne, 1.0, _ONE_PRON, a.pre), i + 1
    if role == _TEEN_UNIT:
        return _Num(a.ps, a.ns, a.ne, a.value, _UNIT, a.pre), i + 1
    if role == _ORD:
        if nxt and link == "" and nxt.role == _UNIT and nxt.value == 10:
            return _Num(a.ps, a.ns, nxt.ne, a.value + 10, _ORD, a.pre, words=2), i + 2
        return _Num(a.ps, a.ns, a.ne, a.value, _ORD, a.pre), i + 1
    if role == _DUAL:
        num = _Num(a.ps, a.ns, a.ne, 2.0, _DUAL, a.pre, kind="duration" if a.extra == "duration" else "")
        num.noun = (a.ns, a.ne)
        return num, i + 1
    if role in (_VAGUE, _PSCALE):
        floor = a.value
        end = a.ne
        j = i + 1
        if (
            role == _VAGUE
            and nxt
            and nxt.role == _PSCALE
            and nxt.pre in ("", "ال")
            and t[a.ne : nxt.ps].isspace()
        ):
            floor = None if floor is None else floor * (nxt.value or 1)
            end = nxt.ne
            j = i + 2
        elif role == _VAGUE and nxt and nxt.role == _UNIT and nxt.value == 10 and not nxt.pre and t[a.ne : nxt.ps].isspace():
            # "بضعة عشر": a few and ten, some number in the teens — vague, not the ten it ends on
            floor = None if floor is None else floor + 10
            end = nxt.ne
            j = i + 2
        num = _Num(a.ps, a.ns, end, None, _VAGUE, a.pre, vmin=floor)
        return num, j
    if role == _DIG:
        num = _Num(a.ps, a.ns, a.ne, a.value, _DIG, a.pre, digits=True, decimal=a.decimal)
        return _continue(t, atoms, i + 1, num, "dig", a.value or 0.0)
    if role in (_SCALE, _DSCALE):
        value = a.value or 0.0
        num = _Num(a.ps, a.ns, a.ne, value, _UNIT, a.pre, scale=value if role == _SCALE else value / 2)
        return _continue(t, atoms, i + 1, num, "scale", 0.0, total=value)
    last = {_UNIT: "unit", _TENS: "tens", _HUND: "hund"}[role]
    num = _Num(a.ps, a.ns, a.ne, a.value, _UNIT, a.pre)
    return _continue(t, atoms, i + 1, num, last, a.value or 0.0)


def _continue(
    t: str, atoms: list[_Atom], j: int, num: _Num, last: str, cur: float, total: float = 0.0
) -> tuple[_Num, int]:
    """Extend a number while the next atoms are part of it (Arabic numeral grammar).

    ``last`` is the kind of the last part read (unit, teen, tens, hund, scale, dig),
    ``cur`` the amount since the last scale word, ``total`` what scales produced.
    """
    last_part = cur
    scale_seen = num.scale if last == "scale" else 0.0
    prev = atoms[j - 1]
    while j < len(atoms):
        b = atoms[j]
        link = _joined(t, prev, b)
        if link is None:
            break
        r, v = b.role, b.value or 0.0
        if link == "":
            if r == _UNIT and v == 10 and last == "unit" and 1 <= last_part <= 9:
                cur += 10
                last = "teen"
            elif r == _HUND and v == 100 and last == "unit" and 3 <= last_part <= 9 and cur == last_part:
                cur = last_part * 100
                last = "hund"
            elif r in (_SCALE, _PSCALE) and last != "scale" and cur > 0:
                if r == _PSCALE and not (last == "dig" or (last == "unit" and cur <= 10)):
                    break
                if last == "dig" and v == 1000 and cur >= 1000 and total == 0:
                    # "4000 آلاف مقاتل": the digits already hold the thousands; the scale word repeats them
                    num.ne = b.ne
                    num.words += 1
                    last = "scale"
                    scale_seen = v
                    prev = b
                    j += 1
                    continue
                if scale_seen and v >= scale_seen:
                    break
                total += cur * v
                cur = 0.0
                scale_seen = v
                num.scale = v
                last = "scale"
            else:
                break
        else:  # joined by و
            ok = False
            after = atoms[j + 1] if j + 1 < len(atoms) else None
            if (
                after
                and after.role in (_SCALE, _PSCALE)
                and _joined(t, b, after) == ""
                and scale_seen
                and (after.value or 0) >= scale_seen
            ):
                # "بين 7 آلاف و12 ألف"، "بين ألف وخمسمئة وثلاثة آلاف": the part after و has its own scale, as
                # large as one already read — a second number
                break
            if r == _DIG:
                ok = last == "scale" and v < scale_seen
            elif r == _UNIT:
                nb = atoms[j + 1] if j + 1 < len(atoms) else None
                if nb and nb.role == _HUND and nb.value == 100 and _joined(t, b, nb) == "" and 3 <= v <= 9:
                    # وخمس مئة: a whole hundred, which only follows a scale word.
                    if last != "scale":
                        break
                    cur += v * 100
                    last, last_part = "hund", v * 100
                    num.ne = nb.ne
                    num.words += 2
                    prev = nb
                    j += 2
                    continue
                ok = last in ("hund", "scale") and v >= 1
            elif r == _TENS:
                ok = last in ("hund", "scale") or (last == "unit" and 1 <= last_part <= 9)
            elif r == _HUND:
                ok = last == "scale"
            elif r in (_SCALE, _DSCALE):
                ok = last == "scale" and v < scale_seen
            elif r == _FRAC and last == "scale":
                # مليون ونصف، ثلاثة آلاف ونصف: a fraction of the last scale; nothing follows it.
                total += v * scale_seen
                num.ne = b.ne
                num.words += 1
                j += 1
                break
            elif r in (_TEEN_UNIT, _ONE):
                nb = atoms[j + 1] if j + 1 < len(atoms) else None
                nn = atoms[j + 2] if j + 2 < len(atoms) else None
                if (
                    last == "scale"
                    and nn
                    and nn.role in (_SCALE, _PSCALE)
                    and _joined(t, nb, nn) == ""  # type: ignore[arg-type]
                    and (nn.value or 0) >= scale_seen
                ):
                    break  # "سبعة آلاف واثني عشر ألف": the teen has its own scale — a second number
                if (
                    last in ("hund", "scale")
                    and nb
                    and _joined(t, b, nb) == ""
                    and nb.role == _UNIT
                    and nb.value == 10
                ):
                    cur += v + 10
                    last = "teen"
                    last_part = v + 10
                    num.ne = nb.ne
                    num.words += 2
                    prev = nb
                    j += 2
                    continue
            if not ok:
                break
            if r in (_SCALE, _DSCALE):
                total += v
                scale_seen = v if r == _SCALE else v / 2
                last = "scale"
            else:
                cur += v
                last = {_DIG: "dig", _UNIT: "unit", _TENS: "tens", _HUND: "hund"}[r]
                if r == _DIG:
                    num.digits = True
                    num.decimal = num.decimal or b.decimal
        last_part = v
        num.ne = b.ne
        num.words += 1
        prev = b
        j += 1
    num.value = total + cur
    return num, j


# ------------------------------------------------------------- context


def _sentence_window(t: str, start: int, end: int) -> str:
    chunk_l = t[max(0, start - 100) : start]
    last = _TO_LAST_BREAK_RE.match(chunk_l)
    cut = last.end() if last else 0
    m = _SENT_BREAK_RE.search(t, end, end + 100)
    return chunk_l[cut:] + t[start : m.start() if m else end + 100]


# a Latin word (two letters or more) right before a number, with only spaces between
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}[ \t]*\Z")  # (\Z: not past a line break, as $ is)


def _one_of_the_two(t: str, x: _Num, lex: _Lex) -> bool:
    """"أحد العنصرين"، "وأحد الحارسين"، "لأحد الجنديين": one of two people already told of, the word
    right before the dual (nothing but a space between); not two events a relative clause introduces
    ("أحد الهجومين اللذين شنهما" counts them)."""
    m = _ONE_OF_BEFORE_RE.search(t, max(0, x.ps - 12), x.ps)
    if m is None:
        return False
    word = m.group(1)
    if word not in lex.sets["one_of_words"] and not (word[:1] in lex.sets["one_of_proclitics"] and word[1:] in lex.sets["one_of_words"]):
        return False
    dual = t[x.ps : x.ne]
    if word not in lex.sets["one_of_words"] and not dual.startswith("ال"):
        # (وأحد folds into واحد, "one": "بينهم طفل واحد وامرأتان" counts the women; "one of" takes a definite dual)
        return False
    if dual not in lex.sets["one_of_event_duals"]:
        return True
    # (an indefinite dual, "أحد هجومين شنهما", or a relative within a few words, "أحد الهجومين
    # الانتحاريين اللذين"، "أحد الهجومين، اللذين", introduces the pair: counted)
    if not dual.startswith("ال"):
        return False
    return not any(w in lex.sets["dual_relatives"] for w in _right_words(t, x.ne, 3))


_ONE_OF_BEFORE_RE = re.compile(rf"([{_LET}]+)[ \t]+$")


def _left_words(t: str, pos: int, k: int = 5) -> list[str]:
    chunk = t[max(0, pos - 60) : pos]
    m = _TO_LAST_BREAK_RE.match(chunk)
    if m is not None:
        chunk = chunk[m.end() :]
    return _WORD_RE.findall(chunk)[-k:]


# the next word, over an opening quote or bracket: أحد “أمراء” داعش
# (past a closing bracket too: "بما يقارب (2000) عنصر" counts members, it is no year)
_NEXT_WORD_RE = re.compile(rf"[ \t]*[)\]]?[ \t]*(?:/[ \t]*)?[\"'“«(]?([{_LET}a-z]+|[%$€£])")


def _right_words(t: str, pos: int, k: int = 3) -> list[str]:
    out = []
    for _ in range(k):
        m = _NEXT_WORD_RE.match(t, pos)
        if not m:
            break
        out.append(m.group(1))
        pos = m.end()
    return out


@lru_cache(maxsize=131072)
def _in(word: str | None, s: frozenset[str]) -> bool:
    """Membership of ``word`` or any clitic reading of it (a frozenset hashes once, so this caches well)."""
    if not word:
        return False
    if word in s:
        return True
    return any(st in s for st, _, _ in stems(word)[1:])


@lru_cache(maxsize=131072)
def _bare_in(word: str | None, s: frozenset[str]) -> bool:
    """Membership allowing proclitics only (no enclitic readings)."""
    if not word:
        return False
    if word in s:
        return True
    return any(st in s for st, _, encl in stems(word)[1:] if not encl)


# ------------------------------------------------------------- main


def find_quantities(text: str | Normalized) -> list[Quantity]:
    """Every number in ``text``, sorted by start, non-overlapping, spans in the original text.

    A span covers the number itself: digits, number words, a mixed form
    (3 آلاف), a range's two ends (10 و15), a dual noun (عنصرين) or أحد — never
    its proclitics (وثلاثة → ثلاثة, الـ 85 → 85) or its qualifier (نحو).
    ``kind`` is ``count``, ``vague`` (value None, ``min`` the floor: عشرات → 10)
    or the kind of a number that counts nothing (year, age, designation, …).
    Ranges carry ``qualifier='range'`` and ``value == min``. Duals and
    أحد + plural set ``noun_start``/``noun_end``. Accepts a ``Normalized`` so a
    pipeline normalises once.
    """
    nt = text if isinstance(text, Normalized) else normalize(text)
    t = nt.text
    lex = _lex()
    atoms, pats = _scan(nt, lex)
    nums = _compose(t, atoms)
    kept = [_keep(t, x, lex) for x in nums]
    nums = [x for i, x in enumerate(nums) if kept[i] and not _dual_adjective(t, nums, i, kept, lex)]
    nums = _ranges(nt, nums, lex)
    consumed = -1
    result: list[_Num] = []
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(t)] if "http" in t or "www." in t else []
    for x in sorted(nums + pats, key=lambda q: q.ns):
        if x.ns < consumed:
            continue
        if urls and any(a <= x.ns < b for a, b in urls):
            x.kind = "designation"  # a page's address (https://…/20260204/…): a date or an id, no count
        if not x.kind and x.role == _DUAL and _one_of_the_two(t, x, lex):
            x.kind = "designation"  # "قتل أحد العنصرين، وإصابة الآخر": the two already told of, not a count
        if not x.kind and x.digits and _LATIN_WORD_RE.search(t[max(0, x.ps - 12) : x.ps]):
            x.kind = "designation"  # digits in a run of Latin words: a name, a site's slogan ("It's Over 9000!")
        if not x.kind:
            consumed = max(consumed, _classify(t, x, lex))
        if x.role == _ONE and x.kind == "count":
            _one_of_noun(t, x, lex)
        if x.kind in ("count", "vague"):
            _qualify(t, x, lex)
        if x.kind == "date" and result:
            _day_before_day(t, result[-1], x)
        result.append(x)
        consumed = max(consumed, x.ne)
    return [_to_quantity(nt, x) for x in result]


def _day_before_day(t: str, prev: _Num, x: _Num) -> None:
    """In "5 و6 آذار" only the last day touches the month; the first is a date too."""
    if prev.kind == "count" and prev.digits and prev.value is not None and 1 <= prev.value <= 31:
        if _DAY_JOIN_RE.fullmatch(t[prev.ne : x.ps]):
            prev.kind = "date"


_DAY_JOIN_RE = re.compile(r"\s*(?:و|,|-)?\s*")


def _keep(t: str, x: _Num, lex: _Lex) -> bool:
    """Drop words that look like numbers but are not (يوم الأحد، الاثنين، تشرين الأول)."""
    if x.role == _ORD:
        if "ال" not in x.pre and not x.pre.endswith("لل"):
            return False
        left = _left_words(t, x.ps, 1)
        return not (left and left[-1] in lex.sets["month_heads"])
    if x.role == _ONE or (x.role == _UNIT and x.words == 1 and x.value == 2):
        left = _left_words(t, x.ps, 3)
        if "ال" in x.pre or x.pre.endswith("لل"):
            return False  # الأحد / الاثنين are weekdays
        if left and left[-1] in ("يوم", "اي", "ايه"):
            return False
        if x.role == _ONE and any(w in lex.sets["negations"] for w in left[-3:]):
            return False  # لم يصب أحد: nobody
        if x.role == _ONE:
            right = _right_words(t, x.ne, 1)
            if not right or right[0] in ("%", "$"):
                return False
    return True


@cache
def people_nisbas() -> frozenset[str]:
    """Nisbas of peoples that are no state's (عربي، أجنبي), normalised: their duals count two persons."""
    return frozenset(norm(w) for w in load("quantity_cues.yaml").get("people_nisbas") or [])


def _nisbas() -> list[str]:
    """The masculine singular nisba of every state in actors.yaml (سوري، باكستاني), normalised: the
    states' ``m`` forms and the bare singular adjectives of the actors that carry them, and the peoples'
    of quantity_cues.yaml (عربي، أجنبي)."""
    data = load("actors.yaml")
    found = {norm(st["m"]) for st in data.get("states") or [] if st.get("m")}
    found |= people_nisbas()
    for a in data.get("actors") or []:
        for adj in a.get("adjectives") or []:
            w = norm(adj)
            if not w.startswith("ال") and w.endswith("ي") and len(w) > 3:
                found.add(w)
    return sorted(found)


def _dual_adjective(t: str, nums: list[_Num], i: int, kept: list[bool], lex: _Lex) -> bool:
    """A dual right after a dual agrees with it (طائرتين مسيرتين): one count, not two; so does one after the
    number two (اثنان آخران) or past the pair's adjective ("عنصرين مسلحين آخرين قتلا")."""
    x = nums[i]
    if i > 0 and x.role == _DUAL and not x.pre and nums[i - 1].value == 2 and kept[i - 1]:
        gap = t[nums[i - 1].ne : x.ps]
        if gap.isspace():
            return True  # (a dual after the number two agrees with it too: "اثنان آخران")
        words = gap.split()
        if (
            t[x.ps : x.ne].startswith(tuple(lex.sets["others_stems"]))
            and len(words) == 1
            and words[0].endswith(("ين", "ان"))
            and not words[0].startswith("و")
            and not any(ch in gap for ch in "،,.؛:")
        ):
            return True  # ("others" past the pair's adjective: "عنصرين مسلحين آخرين قتلا")
    if i == 0 or nums[i - 1].role != _DUAL or x.pre:
        return False
    # عنصرين اثنين: the number word only repeats the dual.
    if x.role != _DUAL and not (x.role == _UNIT and x.words == 1 and x.value == 2):
        return False
    return t[nums[i - 1].ne : nums[i].ps].isspace()


def _ranges(nt: Normalized, nums: list[_Num], lex: _Lex) -> list[_Num]:
    t = nt.text
    out: list[_Num] = []
    i = 0
    plain = (_DIG, _UNIT)
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        if (
            b is not None
            and a.role in plain
            and b.role in plain
            and a.value is not None
            and b.value is not None
        ):
            gap = t[a.ne : b.ns]
            if gap.isspace() and "\n" not in gap and _tatweel_dash(nt, a.ne, b.ns):
                gap = "-"  # "بـ500 ـ 600 عضو": a tatweel set as a dash (normalising took it out)
            if lex.phrases_after["range_join"].match(gap) and "\n" not in gap:
                merged = _range(t, a, b, gap.strip(), lex)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _tatweel_dash(nt: Normalized, start: int, end: int) -> bool:
    original = nt.original[slice(*nt.span(start, end))]
    return original.strip() == "\u0640"


def _range(t: str, a: _Num, b: _Num, gap: str, lex: _Lex) -> _Num | None:
    lo, hi = a.value or 0.0, b.value or 0.0
    if b.scale > 1 and a.scale == 1 and lo * b.scale <= hi and lo < b.scale:
        lo *= b.scale
    if gap == "-":
        if not (a.digits and b.digits) or _list_index(t, a):
            return None  # ("1- 97 قتلوا": the first number numbers the line)
        window = _sentence_window(t, a.ns, b.ne)
        if lo >= hi or any(w in lex.sets["sports_cues"] for w in _WORD_RE.findall(window)):
            return _Num(a.ps, a.ns, b.ne, None, _DIG, a.pre, kind="score", digits=True)
    elif gap != "و" and a.digits and _FOUR_RE.fullmatch(t[a.ns : a.ne]) and 1900 <= lo <= 2100 and not (b.digits and _FOUR_RE.fullmatch(t[b.ns : b.ne])):
        # "انخفض العدد في 2004 إلى 11 ألفاً و736": a year, then the figure it fell to — no range
        left = _left_words(t, a.ps, 1)
        if left and (left[-1] == "في" or _bare_in(left[-1], lex.sets["year_cues"])):
            return None
    if gap == "و":
        left = _left_words(t, a.ps, 3)
        if left and left[-1] == "ال":
            left = left[:-1]  # "بين الـ27 و31 ألف": the article before a range's first end
        if not left or not (_bare_in(left[-1], lex.sets["range_open"]) or " ".join(left[-2:]) == "ما بين"):
            return None
    if lo >= hi:
        return None
    return _Num(
        a.ps,
        a.ns,
        b.ne,
        lo,
        a.role,
        a.pre,
        vmin=lo,
        vmax=hi,
        qualifier="range",
        digits=a.digits and b.digits,
        decimal=a.decimal or b.decimal,
        scale=b.scale,
        words=a.words + b.words,
    )


_INDEX_AFTER = re.compile(r"\s*[-–.)]\s")


def _list_index(t: str, x: _Num) -> bool:
    """A number that opens its line before a dash, dot or bracket: the line's number in a list (1- 97 …)."""
    start = t.rfind("\n", 0, x.ps) + 1
    # (a list's line numbers stay small: "30000 – 50000" opening a line is a range)
    small = x.value is not None and x.value < 100
    return small and not t[start : x.ps].strip(" \t") and _INDEX_AFTER.match(t, x.ne) is not None  # (not "(12) مدنياً")


def _classify(t: str, x: _Num, lex: _Lex) -> int:
    """Set ``x.kind``; return the end of any text the kind consumed (في المئة)."""
    if x.digits and _list_index(t, x):
        x.kind = "rank"
        return -1
    s = lex.sets
    right = _right_words(t, x.ne)
    left = _left_words(t, x.ps)
    r0 = right[0] if right else None
    l0 = left[-1] if left else None
    before = t[x.ps - 1] if x.ps > 0 else ""
    after = t[x.ne] if x.ne < len(t) else ""
    intval = x.value is not None and float(x.value).is_integer()

    if x.role == _ORD:
        x.kind = "ordinal"
        if lex.months_re.match(_OF_RE.sub("", t[x.ne : x.ne + 30], count=1)):
            x.kind = "date"  # الحادي عشر من سبتمبر
        if lex.phrases_after["age_cues_after"].match(t[x.ne : x.ne + 30]):
            x.kind = "age"  # في الخامسة عشرة من عمره
        if _bare_in(l0, s["rank_before"]):
            x.kind = "rank"
        elif _bare_in(l0, s["time_cues_before"]):
            x.kind = "time"
        return -1
    if x.role == _DUAL:
        x.kind = x.kind or "count"
        return -1
    if x.role in (_ONE, _ONE_PRON):
        x.kind = "count"
        return -1
    if x.digits and x.qualifier != "range":
        # Glued to Latin letters (sy24, m4) or hyphenated to a word (إف-16، كوفيد-19).
        if _LATIN_RE.match(after) or _LATIN_RE.match(before):
            x.kind = "designation"
            return -1
        hy = _HYPHEN_BEFORE_RE.search(t[max(0, x.ps - 3) : x.ps])
        # (not a dash after a long word, then a space: "40 ضحية في صفوف المدنيين- 18 حالة وفاة")
        dash = hy is not None and t[x.ps - 1 : x.ps].isspace() and len(left[-1] if left else "") > 5
        if hy and not dash:
            x.kind = "designation"
            return -1
    # (not "حيث شمل هذا الرقم 117 سيدة": the figure just given, not a number's label)
    demonstrative = len(left) > 1 and left[-2] in s["demonstratives"]
    if x.digits and l0 and (_bare_in(l0, s["designation_before"]) or l0 in s["model_prefixes"]) and not demonstrative:
        x.kind = "designation"
        return -1
    if x.digits and _bare_in(l0, s["ordinal_nouns_direct"]):
        x.kind = "ordinal"  # الذكرى 20 للهجمات
        return -1
    if (
        x.digits
        and l0
        and l0.startswith("ال")
        and len(left) >= 2
        and _bare_in(left[-2], s["numbered_unit_heads"])
        and not (r0 and (r0 == "من" or _in(r0, s["counted"])))
    ):
        # "قائد كتيبة الصاعقة 103"، "لواء المشاة 72": a unit's number after its name (not "من كتيبة
        # المشاة 3 جنود": a count of its men)
        x.kind = "designation"
        return -1
    if x.digits and _bare_in(l0, s["span_nouns_numbered"]) and len(left) >= 2 and left[-2] == "في":
        # "في اليوم 158 لعملية درع الفرات": the day of the campaign, numbered (not "قتل اليوم 15
        # مسلحاً": today)
        right = _right_words(t, x.ne, 1)
        if right and (right[0].startswith("ل") or right[0] == "من"):
            x.kind = "ordinal"
            return -1
    if x.digits and l0 == "ال" and len(left) >= 2:
        # الذكرى الـ 25، للمرة الـ 3: the article makes a digit an ordinal after these nouns;
        # الساعات الـ 24 الماضية is a duration; أعضاء التحالف الـ 85 stays a count.
        if _bare_in(left[-2], s["ordinal_nouns_before"]):
            x.kind = "ordinal"
            return -1
        if _bare_in(left[-2], s["duration_nouns_before"]) or _bare_in(left[-2], s["duration_units"]):
            x.kind = "duration"
            return -1
    # Percent.
    # (also past the bracket the figure is set in: "بنسبة (49) بالمئة")
    shut = len(closing.group(0)) if (closing := _CLOSING_BRACKET.match(t, x.ne)) else 0
    pm = lex.phrases_after["percent_after"].match(t[x.ne + shut : x.ne + shut + 20])
    if pm or before == "%" or t[max(0, x.ps - 2) : x.ps].strip() == "%":
        x.kind = "percent"
        return x.ne + shut + pm.end() if pm else -1
    if after == "%" or t[x.ne : x.ne + 2].strip() == "%":
        x.kind = "percent"
        return -1
    # Money.
    if _in(r0, s["currencies"]) or before == "$" or _bare_in(l0, s["money_cues_before"]) or after == "$":
        x.kind = "money"
        return -1
    # Dates: a day number before a month name.
    day = x.value is not None and intval and 1 <= x.value <= 31 and x.words == 1
    if x.digits and (day or (x.qualifier == "range" and (x.vmax or 0) <= 31)):
        # (also "of" the month: "السبت الـ24 من أغسطس")
        if lex.months_re.match(_OF_RE.sub("", t[x.ne : x.ne + 30], count=1)) or lex.phrases_after["date_cues_after"].match(
            t[x.ne : x.ne + 30]
        ):
            x.kind = "date"
            return -1
        # (a plural without the article: "من أفراد الجيش"; not "في اليوم 20 من العملية"، "من الهجمات")
        of_counted = r0 == "من" and len(right) > 1 and right[1] in s["counted_plural"]
        if l0 and _bare_in(l0, s["date_cues_before"]) and not _in(r0, s["counted"]) and not of_counted:
            # (not "اليوم، 15 عضواً": the day word, then a count of something; nor "وأصيب اليوم 10 من
            # أفراد الجيش": a count of some of them)
            x.kind = "date"
            return -1
    if not x.digits and day and t[x.ps : x.ns].endswith("ال") and _OF_RE.match(t[x.ne : x.ne + 6]):
        # "بين الأول والثلاثين من نوفمبر": a definite number word "of" a month is its day
        if lex.months_re.match(_OF_RE.sub("", t[x.ne : x.ne + 30], count=1)):
            x.kind = "date"
            return -1
    # Years.
    if x.digits and intval and not x.decimal and _is_year(t, x, lex, l0, r0):
        x.kind = "year"
        return -1
    if not x.digits and intval and _is_year_in_words(x, lex, l0, r0):
        x.kind = "year"  # مطلع ألفين وأربعة عشر، عام ألفين وعشرين
        return -1
    # Time of day.
    if (l0 and _bare_in(l0, s["time_cues_before"])) or (r0 and r0 in s["time_cues_after"]):
        x.kind = "time"
        return -1
    # Ages and durations.
    if r0 and _bare_in(r0, s["age_units"]) and _age_context(t, x, lex, left, r0):
        x.kind = "age"
        return -1
    if lex.phrases_after["age_cues_after"].match(t[x.ne : x.ne + 30]):
        x.kind = "age"  # في الـ 19 من عمره
        return -1
    if (m := _AND_A_NUMBER_RE.match(t, x.ne)) and lex.phrases_after["age_cues_after"].match(t[m.end() : m.end() + 30]):
        x.kind = "age"  # "بين الـ21 والـ34 من العمر": the first end of a range of ages
        return -1
    noun0 = left[-2] if l0 == "ال" and len(left) > 1 else l0  # (سن الـ18: the article written apart)
    if noun0 and _bare_in(noun0, s["age_nouns_before"]) and x.value is not None and x.value <= 120:
        x.kind = "age"  # "طفلاً دون سن الـ18": the age of, no count
        return -1
    if (
        r0
        and _bare_in(r0, s["duration_units"])
        and not _YEAR_AFTER_NOUN.match(t, x.ne)
        and not (r0 == "يوم" and len(right) > 1 and right[1] in s["weekdays"])
    ):
        # (not a year named after its noun: "إلى 200 عام 2020" counts something in the year 2020; nor a weekday
        # after يوم: "وستة يوم السبت")
        x.kind = "duration"
        return -1
    if not x.digits and l0 and _noun_before(t, x, l0, s) and not (r0 and _bare_in(r0, s["counted"])):
        # A number word after its time noun: الأشهر الستة، يوماً واحداً.
        x.kind = "duration"
        return -1
    # Measures.
    if (r0 and _bare_in(r0, s["measure_units"])) or (l0 and _bare_in(l0, s["measure_cues_before"])):
        x.kind = "measure"
        return -1
    if x.decimal and x.scale == 1:
        x.kind = "measure"
        return -1
    if l0 and _bare_in(l0, s["rank_before"]) and not _bare_in((left[-2] if len(left) > 1 else ""), s["rank_not_after"]):
        x.kind = "rank"  # (not "بيان المركز 12 عملية": the centre's statement)
        return -1
    x.kind = "vague" if x.role == _VAGUE else "count"
    return -1


def _noun_before(t: str, x: _Num, l0: str, s: dict[str, frozenset[str]]) -> bool:
    if t[max(0, x.ps - len(l0) - 1) : x.ps].strip() != l0:
        return False
    if "ال" in x.pre or x.pre.endswith("لل"):
        return l0 in s["duration_nouns_before"]
    # an indefinite number word agrees only with an indefinite noun (يوماً واحداً): after a definite
    # one it starts a new phrase ("قُتل اليوم ستة من عناصر الأمن": today, six)
    return not l0.startswith("ال") and _bare_in(l0, s["duration_units"])


def _age_context(t: str, x: _Num, lex: _Lex, left: list[str], unit: str) -> bool:
    """An age cue shortly before (البالغ من العمر), after (من العمر) or a bracket around (45 عاماً)."""
    if any(_bare_in(w, lex.sets["age_cues_before"]) for w in left):
        return True
    tail = t[x.ne : x.ne + 40]
    k = tail.find(unit)
    if k >= 0 and lex.phrases_after["age_cues_after"].match(tail[k + len(unit) :]):
        return True
    return t[max(0, x.ps - 2) : x.ps].strip() == "("


def _is_year(t: str, x: _Num, lex: _Lex, l0: str | None, r0: str | None) -> bool:
    s = lex.sets
    v = x.value or 0.0
    raw = t[x.ns : x.ne]
    four = bool(_FOUR_RE.fullmatch(raw) or (x.qualifier == "range" and _FOUR_THEN_RE.match(raw)))
    if not four:
        return False
    counted_after = bool(r0 and (r0 == "من" or any(_in(r0, s[k]) for k in _NOT_YEAR_AFTER)))
    if x.qualifier == "range" and t[x.ne : x.ne + 1] == ")":
        counted_after = False  # "(2014-2017) عناصر داعش": a bracketed span of years, not a count
    # "خلال شهر شباط: 1400 شهيداً": a month closed by a colon labels the figure after it; a year
    # never follows its month across a colon (منذ نيسان 2022 عملية is the year)
    labelled = counted_after and ":" in t[max(0, x.ps - 3) : x.ps]
    if r0 and r0 in s["year_markers"] and 600 <= v <= 2100:
        return True
    if l0 and _bare_in(l0, s["year_cues"]) and 600 <= v <= 2100:
        return True  # (منذ عام 2015 هجمات: the year, then what it saw)
    if l0 == "في" and 1900 <= v <= 2100 and r0 and r0.startswith("و") and x.qualifier != "range":
        return True  # "أوقع أكثر من 100 قتيل في 2004 وعمليات احتجاز الرهائن": the year, then the next item
    if (
        l0 == "في"
        and _RECENT_YEARS[0] <= v <= _RECENT_YEARS[1]
        and x.qualifier != "range"
        and len(before := _left_words(t, x.ps, 2)) >= 2
        and _bare_in(before[-2], s["ordinals_before_year"])
    ):
        return True  # "الثانية في 2026 غارة أمريكية": the second in a year of the news (not "شاركت في 2019 غارة")
    if l0 and lex.months_re.match(l0) and 600 <= v <= 2100 and not labelled:
        return True
    if l0 and _left_is_month(t, x, lex) and 1000 <= v <= 2100 and not labelled:
        return True
    if 1900 <= v <= 2100:
        # 2000 عنصر، 1950 كيلومتراً، 2000 يوم: a noun or unit after it means an amount.
        return not counted_after
    return False


def _is_year_in_words(x: _Num, lex: _Lex, l0: str | None, r0: str | None) -> bool:
    s = lex.sets
    if not (l0 and 1900 <= (x.value or 0.0) <= 2100):
        return False
    cue = _bare_in(l0, s["year_cues"])
    if not cue and (x.words < 2 or not _bare_in(l0, s["word_year_cues"])):
        return False
    return not (r0 and (r0 == "من" or any(_in(r0, s[k]) for k in _NOT_YEAR_AFTER)))


_OF_RE = re.compile(r"^\s*من\s+")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
# compiled once: these run for every number of every document
_LATIN_RE = re.compile(r"[a-z]")
_HYPHEN_BEFORE_RE = re.compile(rf"[{_LET}a-z][ \t]*-[ \t]*$")  # (not a list bullet opening the next line)
_FOUR_RE = re.compile(r"\d{4}")
_FOUR_THEN_RE = re.compile(r"\d{4}\D")
_WORDS_BEFORE_RE = re.compile(rf"([{_LET}]+(?:\s+[{_LET}]+)?)\s*(?:/\s*[{_LET}]+(?:\s+[{_LET}]+)?)?\s*$")
# a year named after a year word (إلى 200 عام 2020): the number before counts something in that year
_YEAR_AFTER_NOUN = re.compile(r"[ \t]*(?:عام|العام|سنة|السنة|لعام)[ \t]+(?:19|20)\d\d(?!\d)")
_NOT_YEAR_AFTER = ("counted", "measure_units", "duration_units")
# after an ordinal and في (الثانية في 2026 غارة), a four-digit number of these is the year the ordinal
# ranks within, whatever noun follows; without the ordinal "شاركت في 2019 غارة" stays a count
_RECENT_YEARS = (2001, 2035)


def _left_is_month(t: str, x: _Num, lex: _Lex) -> bool:
    chunk = t[max(0, x.ps - 30) : x.ps]
    m = _WORDS_BEFORE_RE.search(chunk)
    if not m:
        return False
    words = m.group(0).replace("/", " ").split()
    for k in range(len(words)):
        if lex.months_re.fullmatch(" ".join(words[k:])) or lex.months_re.match(" ".join(words[k:])):
            tail = " ".join(words[k:])
            mm = lex.months_re.match(tail)
            if mm and mm.end() == len(tail):
                return True
    return False


def _qualify(t: str, x: _Num, lex: _Lex) -> None:
    if x.qualifier == "range":
        return
    left = t[max(0, x.ns - 60) : x.ns]
    m = lex.qual_before.search(left) if _may_end_a_phrase(left, lex) else None
    if m is None and lex.qual_over_noun_hint is not None and lex.qual_over_noun_hint.search(left):
        m = lex.qual_over_noun.search(left)
    if m:
        x.qualifier = m.lastgroup or "exact"
        return
    right = t[x.ne : x.ne + 50]
    if lex.qual_after_hint is not None and lex.qual_after_hint.search(right):
        m = lex.qual_after.match(right)
        # (not the next item's qualifier: "مصرع 90 قتيلاً وأكثر من 120 جريحاً")
        if m and not _next_items_qualifier(right, m):
            x.qualifier = _qualifier_after(m)


def _qualifier_after(m: re.Match[str]) -> str:
    """The qualifier a match of ``qual_after`` names (its far form is "at least" too)."""
    return "at_least" if m.lastgroup == "at_least_far" else (m.lastgroup or "exact")


_NEXT_ITEM_RE = re.compile(r"\s*من\s*[\d٠-٩]")


def _next_items_qualifier(right: str, m: re.Match[str]) -> bool:
    """Is the qualifier after a number the next item's, joined by و (وأكثر من 120)?"""
    word = m.group(m.lastgroup or 0).strip() if m.lastgroup else ""
    before = right[: m.start(m.lastgroup)] if m.lastgroup else ""
    return (before.rstrip().endswith("و") or word.startswith("و")) and bool(_NEXT_ITEM_RE.match(right[m.end() :]))


def _may_end_a_phrase(left: str, lex: _Lex) -> bool:
    """Could ``qual_before`` match ``left``? One of its phrases ends the text, or stands before a final ب.

    Its words are separated by white space only, so the text's last words, one
    space apart, end with the phrase (the first may carry proclitics).
    """
    core = left.rstrip()
    # (a bracket or a quote may open the number: "ما يقارب (2000)"، "بنحو “25” ألف")
    core = core[:-1].rstrip() if core[-1:] in _OPENERS else core
    n = lex.qual_before_words
    if " ".join(core.split()[-n:]).endswith(lex.qual_before_phrases):
        return True
    return core.endswith("ب") and " ".join(core[:-1].split()[-n:]).endswith(lex.qual_before_phrases)


def _one_of_noun(t: str, x: _Num, lex: _Lex) -> None:
    pos = x.ne
    for _ in range(3):
        m = _NEXT_WORD_RE.match(t, pos)
        if not m or m.group(1) in "%$€£":
            return
        if m.group(1) in lex.one_of_skip:
            pos = m.end()
            continue
        x.noun = (m.start(1), m.end(1))
        return


# No armed conflict counts a trillion of anything: a bigger "count" is a typo, an
# id or hostile input, and past 2**53 a float no longer holds every integer.
MAX_COUNT = 10**12


def _bounded(v: float | None) -> float | None:
    return None if v is None or not math.isfinite(v) else v


_OVERRIDES = "\u202d\u202e"  # LEFT-TO-RIGHT / RIGHT-TO-LEFT OVERRIDE
_OVERRIDE_RE = re.compile(f"[{_OVERRIDES}]")
_OVERRIDE_END = "\u202c\n"  # POP DIRECTIONAL FORMATTING, or the paragraph's end


def _under_override(original: str, start: int, end: int) -> bool:
    """Are these digits displayed in an order other than the one they are read in?

    Inside an explicit override, "03" shows as "30": a reader and the stored
    value would disagree, so such a number is no count at all.
    """
    if not _OVERRIDE_RE.search(original, max(0, start - 200), end):
        return False  # nearly always: one C-level scan of the window read below
    if any(ch in _OVERRIDES for ch in original[start:end]):
        return True
    before = original[max(0, start - 200) : start]
    opened = max(before.rfind(ch) for ch in _OVERRIDES)
    if opened < 0:
        return False
    return not any(ch in before[opened:] for ch in _OVERRIDE_END)


def _to_quantity(nt: Normalized, x: _Num) -> Quantity:
    s, e = nt.span(x.ns, x.ne)
    value, vmin, vmax = _bounded(x.value), _bounded(x.vmin), _bounded(x.vmax)
    kind = x.kind or "count"
    raw = [v for v in (x.value, x.vmin, x.vmax) if v is not None]
    if any(not math.isfinite(v) or v > MAX_COUNT for v in raw):
        kind = "oversized"
    if _under_override(nt.original, s, e):
        kind = "obscured"
    q = Quantity(
        text=nt.original[s:e],
        start=s,
        end=e,
        value=value,
        min=vmin,
        max=vmax,
        qualifier=x.qualifier,
        kind=kind,
    )
    if x.noun is not None:
        q.noun_start, q.noun_end = nt.span(*x.noun)
    return q
