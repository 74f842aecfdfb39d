"""The time lexicon compiled into regular expressions, once per process.

months.yaml and time_words.yaml hold the words; this module turns them into
normalised lookup tables and the compiled patterns that ``times`` runs over
normalised text. Keeping the compilation here keeps ``times`` about meaning
(how an expression resolves) rather than about spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from marsad.datacache import cached
from marsad.lexicon import LexiconError, load
from marsad.text.normalize import norm

T = TypeVar("T")

# A year written in digits that news can mean (counts such as 2500 are out).
YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
HIJRI_YEAR = r"1[34][0-9]{2}(?![0-9])"
B = r"(?<!\w)"  # word start
E = r"(?!\w)"  # word end
# Proclitics an article-initial word may carry: و ف, then ب ك, or ل + ال = لل.
AL = r"(?:[وف]?(?:[بك]?ال|لل))"


def _key(s: str) -> str:
    return " ".join(norm(s).split())


def phrase(p: str) -> str:
    """Regex for a normalised phrase: flexible spaces, proclitics before ال."""
    words = _key(p).split()
    first = words[0]
    if first.startswith("ال") and len(first) > 3:
        head = AL + re.escape(first[2:])
    else:
        head = "[وف]?" + re.escape(first)
    return head + "".join(r"\s+" + re.escape(w) for w in words[1:])


def alt(phrases: list[str] | set[str], clitics: bool = True) -> str:
    """Longest-first alternation of phrases (so كانون الثاني beats كانون)."""
    keys = sorted({_key(p) for p in phrases}, key=lambda k: (-len(k), k))
    if clitics:
        return "(?:" + "|".join(phrase(k) for k in keys) + ")"
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in keys) + ")"


def strip_clitics(s: str) -> str:
    """The lookup key of a matched phrase: spaces folded, proclitics before ال removed."""
    k = " ".join(s.split())
    m = re.match(r"[وف]?(?:[بك]?ال|لل)", k)
    if m and m.end() < len(k):
        k = "ال" + k[m.end() :]
    return k


# (id of a table, phrase) → (the table, its entry): the same few phrases are
# looked up in every document, each through up to five regex-built keys. The
# table is kept in the entry so that a recycled id is never trusted.
_LOOKUPS: dict[tuple[int, str], tuple[dict, object]] = {}


def lookup(table: dict[str, T], s: str) -> T | None:
    """``table`` entry for a matched phrase, trying it with and without proclitics."""
    key = (id(table), s)
    hit = _LOOKUPS.get(key)
    if hit is not None and hit[0] is table:
        return hit[1]  # type: ignore[return-value]
    found = _lookup(table, s)
    if len(_LOOKUPS) > 100_000:
        _LOOKUPS.clear()
    _LOOKUPS[key] = (table, found)
    return found


def _lookup(table: dict[str, T], s: str) -> T | None:
    k = " ".join(s.split())
    for cand in (k, strip_clitics(k), k[1:], strip_clitics(k[1:]), k[2:]):
        if cand in table:
            return table[cand]
    return None


def _int_map(section: object, name: str) -> dict[str, int]:
    if not isinstance(section, dict):
        raise LexiconError(f"{name} must be a mapping of numbers to lists")
    out: dict[str, int] = {}
    for value, words in section.items():
        if not isinstance(words, list):
            raise LexiconError(f"{name}: {value} must map to a list")
        for w in words:
            out[strip_clitics(_key(w))] = int(value)
    return out


@dataclass(frozen=True)
class TimeLexicon:
    months: dict[str, int]  # normalised name → month number
    ambiguous: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    day_offsets: dict[str, int]
    units: dict[str, tuple[str, int]]  # phrase → (week|month|year, offset)
    modifiers: dict[str, int]  # الماضي → -1, المقبل → 1, الجاري → 0
    halves: dict[str, int]
    quarters: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    parts: dict[str, str]  # مطلع → start, نهاية → end
    ago_units: dict[str, int]  # unit word → days
    ago_plural: dict[str, int]
    last_units: dict[str, str]  # word → hour/day/week/month/year
    last_duals: dict[str, str]
    within_singles: dict[str, str]  # one unit after خلال (أسبوع واحد → week)
    duration_units: dict[str, str]  # word → day/week/month/year (شهرا → month)
    duration_duals: dict[str, str]  # dual → unit (شهرين → month)
    count_nouns: frozenset[str]
    year_word_values: dict[str, int]  # a word of a year in words → what it adds (الفين → 2000)
    year_word_parts: dict[str, list[str]]  # thousands, hundreds, units, ten, tens → words
    words: dict[str, list[str]]  # plain word lists, normalised


def _ordinals(data: dict) -> dict[str, int]:
    """Day ordinals 1–31 from the units and tens in the data (الحادي والعشرين …)."""
    base = _int_map(data["day_ordinals"], "day_ordinals")
    teen = _key(data["ordinal_teen"])
    one = _key(data["ordinal_one"])
    tens = {v: k for k, v in base.items() if v in (20, 30)}
    out = dict(base)
    for unit, v in base.items():
        if 2 <= v <= 9:
            out[f"{unit} {teen}"] = 10 + v
            out[f"{unit} و{tens[20]}"] = 20 + v
    out[f"{one} و{tens[20]}"] = 21
    out[f"{one} و{tens[30]}"] = 31
    return out


def _year_in_words(data: dict) -> tuple[dict[str, int], dict[str, list[str]]]:
    values: dict[str, int] = {}
    parts: dict[str, list[str]] = {}
    for part, section in data.items():
        if part == "ten":
            table = {_key(w): 10 for w in section}
        else:
            table = _int_map(section, f"year_in_words.{part}")
        parts[part] = sorted(table)
        for w, v in table.items():
            values.setdefault(w, v)
    return values, parts


@cache
def lexicon() -> TimeLexicon:
    return cached("time-words", _build_lexicon)


def _build_lexicon() -> TimeLexicon:
    months = load("months.yaml")
    words = load("time_words.yaml")
    if not isinstance(months, dict) or not isinstance(words, dict):
        raise LexiconError("months.yaml and time_words.yaml must be mappings")
    units: dict[str, tuple[str, int]] = {}
    for unit, offsets in words["relative_units"].items():
        for off, phrases in offsets.items():
            for p in phrases:
                units[strip_clitics(_key(p))] = (unit, int(off))
    modifiers: dict[str, int] = {}
    for kind, off in (("past", -1), ("next", 1), ("current", 0)):
        for w in words["modifiers"][kind]:
            modifiers[_key(w)] = off
    parts = {_key(w): kind for kind in ("start", "end") for w in words["year_parts"][kind]}
    last_units = {_key(w): u for u, ws in words["last_units"].items() for w in ws}
    last_duals = {_key(w): u for u, ws in words["last_duals"].items() for w in ws}
    within_singles = {_key(w): u for u, ws in words["within_singles"].items() for w in ws}
    duration_units = {_key(w): u for u, ws in words["duration_units"].items() for w in ws}
    duration_duals = {_key(w): u for u, ws in words["duration_duals"].items() for w in ws}
    plain = {
        k: [_key(w) for w in v]
        for k, v in words.items()
        if isinstance(v, list) and all(isinstance(w, str) for w in v)
    }
    year_word_values, year_word_parts = _year_in_words(words["year_in_words"])
    return TimeLexicon(
        months=_int_map(months["gregorian"], "gregorian"),
        ambiguous=frozenset(_key(w) for w in months["ambiguous"]),
        hijri=_int_map(months["hijri"], "hijri"),
        weekdays=_int_map(months["weekdays"], "weekdays"),
        day_offsets=_int_map(words["day_offsets"], "day_offsets"),
        units=units,
        modifiers=modifiers,
        halves=_int_map(words["halves"], "halves"),
        quarters=_int_map(words["quarters"], "quarters"),
        numbers=_int_map(words["small_numbers"], "small_numbers"),
        ordinals=_ordinals(words),
        parts=parts,
        ago_units=_int_map(words["ago_units"], "ago_units"),
        ago_plural=_int_map(words["ago_plural_units"], "ago_plural_units"),
        last_units=last_units,
        last_duals=last_duals,
        within_singles=within_singles,
        duration_units=duration_units,
        duration_duals=duration_duals,
        count_nouns=frozenset(plain["count_nouns"]),
        year_word_values=year_word_values,
        year_word_parts=year_word_parts,
        words=plain,
    )


class Patterns:
    """Every pattern by name, each compiled the first time it is used.

    A process that reads one sentence needs a few of these large patterns;
    compiling all of them cost a fresh ``marsad parse`` more than the rest of
    its work. A pattern compiled late is the same pattern (the same source
    string), so matching is unchanged; its source comes from ``_sources``.
    """

    # Each attribute below is compiled by __getattr__ on first access, then kept on the instance.
    since_before: re.Pattern[str]  # "منذ" (+ part word) right before an expression
    since_event_before: re.Pattern[str]  # "منذ سقوط النظام في" right before an expression
    part_before: re.Pattern[str]  # "مطلع" / "نهاية" right before an expression
    until_before: re.Pattern[str]  # "حتى" (+ part word) right before an expression
    span_from_before: re.Pattern[str]  # "منذ" / "من" (+ part word) before the first of two expressions
    span_gap: re.Pattern[str]  # "وحتى" (+ part word): all that stands between the two
    starting_before: re.Pattern[str]  # "[خلال] N units ابتداء من" right before an expression
    count_after: re.Pattern[str]  # a counted noun right after a number
    historical_before: re.Pattern[str]
    future_before: re.Pattern[str]
    comparison_before: re.Pattern[str]
    dateline_marker: re.Pattern[str]
    dateline_label: re.Pattern[str]  # a marker and a colon right before a date, later in its line

    def __init__(self, sources: PatternSources) -> None:
        self.rules: Mapping[str, re.Pattern[str]] = _CompiledOnUse(sources.rules)
        # A rule runs only near one of its trigger tokens (or near a year-like
        # number for the numeric rules), within ``margins`` characters: scanning
        # every position of an article with every pattern costs ten times more.
        self.triggers = sources.triggers
        self.margins = sources.margins
        self._named = sources.named

    def __getattr__(self, name: str) -> re.Pattern[str]:
        source = self.__dict__.get("_named", {}).get(name)
        if source is None:
            raise AttributeError(name)
        rx = re.compile(source)
        setattr(self, name, rx)  # later look-ups find the attribute and never come here
        return rx


class _CompiledOnUse(Mapping[str, "re.Pattern[str]"]):
    """Rule name → pattern, each compiled on its first look-up."""

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, name: str) -> re.Pattern[str]:
        rx = self._compiled.get(name)
        if rx is None:
            rx = self._compiled[name] = re.compile(self._sources[name])
        return rx

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


@dataclass(frozen=True)
class PatternSources:
    """The source of every pattern: what the data files make of them, kept across processes."""

    rules: dict[str, str]
    named: dict[str, str]
    triggers: dict[str, frozenset[str]]
    margins: dict[str, tuple[int, int]]


def _core(lx: TimeLexicon, s: str, weekday: bool = True) -> str:
    """A Gregorian date in words: [weekday] [day [من]] [شهر] month[/month] [[,] [عام] year].

    Group names carry the suffix ``s`` so that a range can hold two cores.
    """
    mon = alt(set(lx.months), clitics=False)
    days = alt(set(lx.ordinals), clitics=False)
    wd = alt(set(lx.weekdays)) if weekday else None
    gsuf = alt(lx.words["gregorian_suffix"], clitics=False)
    parts = []
    if wd:
        parts.append(rf"(?:[وف]?يوم\s+)?(?:(?P<wd{s}>{wd})\s*,?\s*)?")
    parts.append(
        # (the day may carry the article: "السبت الـ24 من أغسطس")
        rf"(?:(?:ال\s?)?(?P<d{s}>[0-3]?[0-9])(?![0-9]|[:./-][0-9])\s*(?:من\s+)?"
        rf"|(?=ال)(?P<dw{s}>{days})\s+(?:من\s+)?)?"
    )
    parts.append(rf"(?P<shr{s}>[وفبل]?شهر\s+)?")
    parts.append(
        rf"(?P<m{s}>[وب]?{mon}){E}(?:\s*(?:/|\\|-)\s*(?P<m2{s}>{mon}){E}|\s*\(\s*(?P<m3{s}>{mon})\s*\))?"
    )
    parts.append(rf"(?:\s*,?\s*(?:من\s+)?(?:[لب]?(?:ال)?(?:عام|سنه)\s+)?(?P<y{s}>{YEAR})(?:\s*{gsuf}{E})?)?")
    return "".join(parts)


def _hcore(lx: TimeLexicon) -> str:
    hmon = alt(set(lx.hijri), clitics=False)
    days = alt(set(lx.ordinals), clitics=False)
    hsuf = alt(lx.words["hijri_suffix"], clitics=False)
    return (
        rf"{B}(?:(?P<hd>[0-3]?[0-9])(?![0-9])\s*(?:من\s+)?|(?P<hdw>{days})\s+(?:من\s+)?)?"
        rf"(?P<hshr>[وفبل]?شهر\s+)?(?P<hm>{hmon}){E}"
        rf"(?:\s*,?\s*(?:(?:ال)?(?:عام|سنه)\s+)?(?P<hy>{HIJRI_YEAR})(?:\s*(?P<hsuf>{hsuf}){E})?)?"
    )


def _yspec(lx: TimeLexicon) -> str:
    """What may follow a half, quarter or "first N months": the year it belongs to."""
    rel_year = alt([p for p, (u, _) in lx.units.items() if u == "year"])
    return (
        rf"(?:\s+(?:[وف]?(?:من|في|خلال)\s+)?"
        rf"(?:(?P<ysrel>{rel_year}){E}{_written_year('ysry')}"
        rf"|(?:(?:[لب]?ال|لل)?(?:عام|سنه)\s+)?(?P<ysy>{YEAR})"
        rf"|(?P<ysbare>(?:ال|لل)(?:عام|سنه)){E}(?!\s*[0-9])))?"
    )


def _written_year(name: str) -> str:
    """An optional year written right after a relative year, bare or in brackets."""
    return rf"(?:(?:\s+|\s*\(\s*)(?P<{name}>{YEAR})(?:\s*\))?)?"


def _variants(words: set[str]) -> frozenset[str]:
    """Each token as it may appear with proclitics (وأيار، بالعام، للعام)."""
    out: set[str] = set()
    for w in words:
        out.add(w)
        if w.startswith("ال"):
            out.add("لل" + w[2:])
            out.update(p + "لل" + w[2:] for p in "وف")
        for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"):
            out.add(p + w)
    return frozenset(out)


def _first_tokens(phrases: object) -> set[str]:
    return {_key(p).split()[0] for p in phrases}  # type: ignore[union-attr]


def _all_tokens(phrases: object) -> set[str]:
    return {t for p in phrases for t in _key(p).split()}  # type: ignore[union-attr]


# Rules whose every match holds a year-like number (19xx, 20xx, 13xx, 14xx).
NUMERIC_RULES = frozenset({"iso", "dmy", "mdy", "my", "year", "bare_year", "year_range", "hijri_year"})


def _triggers(lx: TimeLexicon) -> tuple[dict[str, frozenset[str]], dict[str, tuple[int, int]]]:
    w = lx.words
    months = _all_tokens(lx.months) - {"الاول", "الثاني", "اول", "ثاني"}
    hijri = _all_tokens(lx.hijri) - {"الاول", "الثاني", "اول", "ثاني", "الاخر", "الاخره", "الثانيه", "اخر"}
    units = {t for p in lx.units for t in p.split() if t not in ("هذا", "هذه")}
    day_rel = _all_tokens(lx.day_offsets) - {"يوم", "من", "اول", "مساء", "صباح", "فجر", "ليله"}
    trig = {
        "range": _variants(months),
        "date": _variants(months),
        "hijri": _variants(hijri),
        "relunit": _variants(units),
        "month_day": _variants({"الشهر"}),
        "word_year": _variants(set(lx.year_word_parts["thousands"])),
        "dayrel": _variants(day_rel),
        "weekday": _variants(set(lx.weekdays)),
        "half": _variants(_first_tokens(lx.halves)),
        "quarter": _variants(_first_tokens(lx.quarters)),
        "first_months": _variants(set(w["month_plurals"]) | {"اول"}),
        "part_year": _variants(set(lx.parts)),
        "ago": _variants(set(w["ago_words"])),
        "last": _variants(set(w["last_words"]) | {t for p in w["within_words"] for t in p.split()[-1:]}),
    }
    margins = {
        "range": (60, 50),
        "date": (40, 60),
        "hijri": (30, 30),
        "relunit": (12, 20),
        "month_day": (40, 20),
        "word_year": (25, 60),
        "dayrel": (12, 20),
        "weekday": (12, 20),
        "half": (4, 40),
        "quarter": (4, 40),
        "first_months": (30, 50),
        "part_year": (4, 30),
        "ago": (4, 25),
        "last": (40, 30),
    }
    margins.update({r: (25, 45) for r in NUMERIC_RULES})
    return trig, margins


@cache
def patterns() -> Patterns:
    return Patterns(cached("time-patterns", _sources))


@cache
def pattern_endings() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """For a pattern anchored at the end of its stretch of text (the ``…_before`` ones: words, spaces, then
    ``$``), the words the stretch must end with, trailing spaces aside (the last words of its closing phrases,
    as ``alt`` writes them), and the words one of which it must hold (the first words of its opening phrases;
    none when the ending says enough). Nearly every stretch fails one test or the other, which ``str``
    methods tell at once, where the pattern would be tried at every position of the stretch."""
    lx = lexicon()
    w = lx.words

    def first(phrases: Iterable[str]) -> tuple[str, ...]:
        return tuple({_key(p).split()[0] for p in phrases})

    def last(phrases: Iterable[str]) -> set[str]:
        return {_key(p).split()[-1] for p in phrases}

    parts = last(lx.parts)
    return {
        "since_before": (tuple(last(w["since"]) | parts), first(w["since"])),
        "since_event_before": (("في",), first(w["since"])),
        "part_before": (tuple(parts), ()),
        "until_before": (tuple(last(w["until"]) | parts), first(w["until"])),
        "starting_before": (tuple(last(w["starting_words"])), first(w["starting_words"])),
    }


def _sources() -> PatternSources:
    lx = lexicon()
    w = lx.words
    tod = (
        rf"(?:\s*,?\s*(?:في\s+)?(?:{alt(w['hour_words'])}\s+)?[0-2]?[0-9][:.][0-5][0-9](?::[0-5][0-9])?"
        rf"(?:\s*{alt(w['day_periods'], clitics=False)}{E})?)?"
    )
    hsuf = alt(w["hijri_suffix"], clitics=False)
    mods = alt(set(lx.modifiers), clitics=False)
    to = alt(w["range_to"], clitics=False)
    frm = alt(w["range_from"], clitics=False)
    lead = alt(w["period_lead"])
    days = alt(set(lx.ordinals), clitics=False)
    nums = alt(set(lx.numbers), clitics=False)
    yw = [_key(x) for x in w["year_words"]]
    bare = [x for x in yw if not x.startswith("ال")]
    defined = [x[2:] for x in yw if x.startswith("ال")]
    year_words = (
        rf"(?:[وفبل]?{alt(bare, clitics=False)}|[وف]?(?:[بل]?ال|لل){alt(defined, clitics=False)})"
    )
    range_pre = rf"(?P<pre>{B}{lead}\s+(?:الممتده\s+|ما\s+)?)?(?P<frm>{B}[وف]?{frm}\s+)?"

    rules: dict[str, str] = {}
    rules["range"] = (
        range_pre
        + rf"{B}(?:{_core(lx, 'a')}|(?:ال\s?)?(?P<dx>[0-3]?[0-9])(?![0-9:./])|(?P<dwx>{days}))"
        # (بين 13 أكتوبر الماضي و1 نوفمبر الجاري: the first end's modifier adds nothing the second's month does not)
        + rf"(?:\s+(?:{mods}){E})?"
        + rf"\s*(?P<conn>-|{B}{to}{E}|و)\s*"
        + _core(lx, "b", weekday=True)
    )
    rules["year_range"] = (
        rf"(?P<frm>{B}[وف]?{frm}\s+)?(?P<yw>{year_words}\s+)?(?P<ya>{YEAR})"
        rf"\s*(?P<conn>-|{B}{to}{E}|و)\s*(?:{year_words}\s+)?(?P<yb>{YEAR})"
    )
    rules["date"] = B + _core(lx, "") + rf"(?:\s+(?P<mod>{mods}){E})?" + tod
    rules["hijri"] = _hcore(lx)
    rules["hijri_year"] = rf"{B}(?:{year_words}\s+)?(?P<hy>{HIJRI_YEAR})\s*(?:{hsuf}){E}"
    # An ISO timestamp's time and zone go with its day (2025-08-28T10:00:00Z, normalised to lower case).
    stamp = r"(?:t[0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?(?:z|[+-][0-2][0-9]:?[0-5][0-9])?(?![0-9a-z]))?"
    rules["iso"] = (
        rf"(?<![0-9./-])(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>[01]?[0-9])(?P=sep)(?P<d>[0-3]?[0-9])"
        rf"(?![0-9]|[./-][0-9]){stamp}" + tod
    )
    rules["dmy"] = (
        # (the month as wide as a day: "12/27/2019" is a site's American order, which dmy() reads)
        r"(?<![0-9./-])(?P<d>[0-3]?[0-9])(?P<sep>[-/.])(?P<m>[0-3]?[0-9])(?P=sep)(?P<y>[0-9]{4})"
        rf"(?![0-9]|[./-][0-9])(?:\s*(?P<h>{hsuf}){E})?" + tod
    )
    rules["my"] = rf"(?<![0-9./-])(?P<m>[01]?[0-9])/(?P<y>{YEAR})(?![0-9]|[./-][0-9])"
    # A site's header in the English order, its month in Arabic: "مايو 16th, 2022"، "مايو 16، 2022".
    rules["mdy"] = (
        rf"{B}(?P<m>{alt(set(lx.months), clitics=False)})\s+(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?\s*[,،]?\s*"
        rf"(?P<y>{YEAR})(?![0-9])"
    )
    rules["year"] = rf"{B}{year_words}\s+(?P<y>{YEAR})(?:\s*{alt(w['gregorian_suffix'], clitics=False)}{E})?"
    rules["bare_year"] = (
        rf"{B}(?:[وف]?{alt(w['year_context'], clitics=False)})\s+(?P<y>{YEAR})(?![0-9]|[./-][0-9])"
    )
    # A year written after a relative year (السنة الجارية 2015، العام الحالي (2015)) names it.
    # A day of a relative month: 8 من الشهر الجاري، الثامن من الشهر الماضي.
    month_units = alt([p for p, (u, _) in lx.units.items() if u == "month"])
    rules["month_day"] = (
        rf"{B}(?:(?:[وف]?يوم\s+)?(?:ال\s*)?(?P<d>[0-3]?[0-9])(?![0-9])|(?=ال)(?P<dw>{days}))"
        rf"\s+(?:من\s+)?(?P<u>{month_units}){E}"
    )
    yp = lx.year_word_parts
    unit, ten = alt(yp["units"], clitics=False), alt(yp["ten"], clitics=False)
    tens = alt(yp["tens"], clitics=False)
    rest = rf"(?:{unit}\s+{ten}|(?:{unit}\s+و\s*)?{tens}|{unit}|{ten})"
    in_words = (
        rf"{alt(yp['thousands'], clitics=False)}(?:\s+و\s*{alt(yp['hundreds'], clitics=False)})?"
        rf"(?:\s+و\s*{rest})?"
    )
    rules["word_year"] = (
        rf"{B}(?:(?P<part>[وف]?{alt(set(lx.parts), clitics=False)})\s+(?:(?:ال)?(?:عام|سنه)\s+)?"
        rf"|(?P<yw>{year_words})\s+|[وف]?{alt(w['word_year_context'], clitics=False)}\s+)"
        rf"(?P<wy>{in_words}){E}"
    )
    rules["relunit"] = rf"{B}(?P<u>{alt(set(lx.units))}){E}" + _written_year("uy")
    rules["dayrel"] = rf"{B}(?P<r>{alt(set(lx.day_offsets))}){E}(?:\s+(?P<wd>{alt(set(lx.weekdays))}){E})?"
    rules["weekday"] = (
        rf"{B}(?:(?P<lead>[وف]?{alt(w['weekday_lead'], clitics=False)})\s+)?(?P<wd>{alt(set(lx.weekdays))}){E}"
        rf"(?:\s+(?P<mod>{mods}){E})?"
    )
    rules["half"] = rf"{B}(?P<h>{alt(set(lx.halves))}){E}" + _yspec(lx)
    rules["quarter"] = rf"{B}(?P<q>{alt(set(lx.quarters))}){E}" + _yspec(lx)
    plural = alt(w["month_plurals"])
    first = alt(w["first_words"])
    rules["first_months"] = (
        rf"{B}(?:{plural}\s+(?:ال\s*)?(?P<n1>{nums}|[0-9]{{1,2}})\s+{first}"
        rf"|(?:ال\s*)?(?P<n2>{nums}|[0-9]{{1,2}})\s+{plural}\s+{first}"
        rf"|[وف]?اول\s+(?P<n3>{nums}|[0-9]{{1,2}})\s+{plural}){E}" + _yspec(lx)
    )
    rules["part_year"] = (
        rf"{B}[وف]?(?P<part>{alt(set(lx.parts), clitics=False)})\s+"
        rf"(?:(?P<rel>{alt([p for p, (u, _) in lx.units.items() if u == 'year'])}){E}{_written_year('ry')}"
        rf"|(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y>{YEAR})"
        rf"|(?P<bare>(?:ال)(?:عام|سنه)){E}(?!\s*[0-9]))"
    )
    ago_units = alt(set(lx.ago_units), clitics=False)
    ago_plural = alt(set(lx.ago_plural), clitics=False)
    rules["ago"] = (
        rf"{B}[وف]?{alt(w['ago_words'], clitics=False)}\s+"
        rf"(?:(?P<u>{ago_units})|(?P<n>[0-9]{{1,3}}|{nums})\s+(?P<pu>{ago_plural})){E}"
    )
    last = alt(w["last_words"])
    rules["last"] = (
        rf"{B}(?:(?:(?P<u1>{alt(set(lx.last_units))})\s+(?:ال\s*)?(?P<n1>[0-9]{{1,3}}|{nums})"
        rf"|(?:ال\s*)?(?P<n2>[0-9]{{1,3}}|{nums})\s+(?P<u2>{alt(set(lx.last_units), clitics=False)})"
        rf"|(?P<u3>{alt(set(lx.last_duals))}))\s+{last}{E}"
        rf"|[وف]?{alt(w['within_words'], clitics=False)}\s+(?P<n4>[0-9]{{1,3}}|{nums})\s+"
        rf"(?P<u4>{alt(set(lx.last_units), clitics=False)}){E}(?!\s+[وف]?(?:{alt(w['within_not_before'], clitics=False)}){E})"
        rf"|[وف]?{alt(w['within_words'], clitics=False)}\s+(?:(?P<u5>{alt(set(lx.within_singles), clitics=False)})"
        rf"|(?P<u6>{alt(set(lx.duration_duals), clitics=False)})){E}"
        rf"(?!\s+[وف]?(?:{alt(w['within_not_before'], clitics=False)}){E}))"
    )
    parts = alt(set(lx.parts), clitics=False)
    triggers, margins = _triggers(lx)
    named = {
        "since_before": rf"{B}(?P<since>[وف]?{alt(w['since'], clitics=False)})\s+(?:(?P<part>{parts})\s+)?$",
        "since_event_before": (
            rf"{B}[وف]?{alt(w['since'], clitics=False)}\s+[وفبل]?{alt(w['since_events'])}{E}"
            rf"(?:\s+[^\s.,،؛:!?()]+){{0,5}}?\s+[وف]?في\s+$"
        ),
        "part_before": rf"{B}[وف]?(?P<part>{parts})\s+$",
        "until_before": rf"{B}[وف]?{alt(w['until'], clitics=False)}\s+(?:(?P<part>{parts})\s+)?$",
        "span_from_before": rf"{B}[وف]?{alt(w['span_from'], clitics=False)}\s+(?:(?P<part>{parts})\s+)?$",
        # (a time of day may stand before the end: "منذ 30 أيلول حتى فجر اليوم")
        "span_gap": (
            rf"[\s,،]*[وف]?{alt(w['span_to'], clitics=False)}\s+(?:(?P<part>{parts})\s+)?"
            rf"(?:{alt(w['weekday_lead'], clitics=False)}\s+)?$"
        ),
        "starting_before": (
            rf"{B}(?:[وف]?{alt(w['duration_leads'], clitics=False)}\s+)?"
            rf"(?:(?:ال\s*)?(?P<n>[0-9]{{1,3}}|{alt(set(lx.numbers), clitics=False)})\s+"
            rf"(?P<u>{alt(set(lx.duration_units), clitics=False)})|(?P<u2>{alt(set(lx.duration_duals))}))"
            rf"\s*,?\s+{alt(w['starting_words'], clitics=False)}\s+$"
        ),
        "count_after": rf"\s*(?:{alt(lx.count_nouns, clitics=False)}){E}",
        "historical_before": rf"{B}[وف]?(?:{alt(w['historical_markers'])}){E}",
        "future_before": rf"{B}[وفل]?(?:{alt(w['future_markers'])}){E}",
        "comparison_before": rf"{B}[وف]?(?:{alt(w['comparison_markers'])}){E}",
        "dateline_marker": rf"^\W*(?:{alt(w['dateline_markers'])}){E}",
        "dateline_label": rf"{B}(?:{alt(w['dateline_markers'])})\s*:\s*$",
    }
    return PatternSources(rules=rules, named=named, triggers=triggers, margins=margins)
