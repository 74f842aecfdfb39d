"""Quantities: the case table, numbers written as words and digits, spans, and the lexicons.

The table (tests/data/quantities.jsonl) holds sentences written for these
tests in the style of Arabic news, each with every number it contains: span,
value, min/max, qualifier and kind.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.lexicon import load
from marsad.recognize.quantities import dual_forms, find_quantities
from marsad.text.normalize import norm

CASES = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "data" / "quantities.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
FIELDS = ("text", "start", "end", "value", "min", "max", "qualifier", "kind")


def test_the_table_is_large_and_covers_every_kind():
    assert len(CASES) >= 300
    kinds = {e["kind"] for c in CASES for e in c["expected"]}
    assert kinds >= {
        "count", "vague", "year", "date", "time", "age", "duration", "ordinal",
        "percent", "money", "phone", "score", "designation", "rank", "measure",
    }  # fmt: skip
    quals = {e["qualifier"] for c in CASES for e in c["expected"]}
    assert quals == {"exact", "approx", "at_least", "at_most", "range"}


@pytest.mark.parametrize("case", CASES, ids=[f"{i}:{c['text'][:40]}" for i, c in enumerate(CASES)])
def test_case_table(case):
    got = find_quantities(case["text"])
    assert [q.to_dict() for q in got] == [{k: e[k] for k in FIELDS} for e in case["expected"]]
    for q, e in zip(got, case["expected"], strict=True):
        if "noun" in e:
            assert case["text"][q.noun_start : q.noun_end] == e["noun"]


# ------------------------------------------------------- numbers as words

_UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
_TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDRED_HEADS = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]


def _oblique(word: str, rng: random.Random) -> str:
    """Nominative -ون/-ان or oblique -ين/-ين, as a sentence's case requires."""
    if rng.random() < 0.5:
        if word.endswith("ون"):
            return word[:-2] + "ين"
        if word.endswith("تان"):
            return word[:-3] + "تين"
        if word.endswith("ان"):
            return word[:-2] + "ين"
    return word


def _below_hundred(n: int, rng: random.Random) -> list[str]:
    fem = rng.random() < 0.5
    units = _UNITS_F if fem else _UNITS_M
    if n == 0:
        return []
    if n <= 10:
        return [_oblique(units[n], rng)]
    if n == 11:
        return ["إحدى عشرة" if fem else "أحد عشر"]
    if n == 12:
        return [rng.choice(["اثنتا عشرة", "اثنتي عشرة"] if fem else ["اثنا عشر", "اثني عشر"])]
    if n < 20:
        return [units[n - 10] + (" عشرة" if fem else " عشر")]
    tens, unit = divmod(n, 10)
    t = _oblique(_TENS[tens], rng)
    if unit == 0:
        return [t]
    return [_oblique(units[unit], rng), t]


def _below_thousand(n: int, rng: random.Random) -> list[str]:
    h, rest = divmod(n, 100)
    parts: list[str] = []
    hundred = rng.choice(["مئة", "مائة"])
    if h == 1:
        parts.append(hundred)
    elif h == 2:
        parts.append(_oblique(rng.choice(["مئتان", "مائتان"]), rng))
    elif h > 2:
        sep = rng.choice(["", " "])
        parts.append(_HUNDRED_HEADS[h] + sep + hundred)
    return parts + _below_hundred(rest, rng)


def arabic_words(n: int, rng: random.Random) -> str:
    """A number below a million written out as a news report would write it."""
    if n == 0:
        return "صفر"
    th, rest = divmod(n, 1000)
    parts: list[str] = []
    if th == 1:
        parts.append("ألف")
    elif th == 2:
        parts.append(_oblique("ألفان", rng))
    elif 3 <= th <= 10:
        parts.append(" و".join(_below_thousand(th, rng)) + " آلاف")
    elif th > 10:
        parts.append(" و".join(_below_thousand(th, rng)) + " ألف")
    parts += _below_thousand(rest, rng)
    return " و".join(parts)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 999_999), st.randoms(use_true_random=False))
def test_numbers_written_as_words_read_back(n, rng):
    words = arabic_words(n, rng)
    text = f"وقالت المصادر إن {words} شخص لقوا حتفهم"
    got = [q for q in find_quantities(text) if q.kind == "count"]
    assert len(got) == 1, (words, got)
    assert got[0].value == n, words
    assert got[0].text == words


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999_999), st.sampled_from(["western", "indic", "grouped", "indic_grouped"]))
def test_numbers_written_as_digits_read_back(n, style):
    digits = f"{n:,}" if "grouped" in style else str(n)
    if "indic" in style:
        digits = digits.translate(str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬"))
    text = f"أعلنت القيادة اعتقال {digits} عنصر من التنظيم"
    got = find_quantities(text)
    assert [(q.text, q.value, q.kind) for q in got] == [(digits, n, "count")]


_PIECES = [c["text"] for c in CASES[::7]] + [
    "\u0640",
    "\u064b",
    "،",
    " ",
    "\n",
    "ﻻ",
    "٫",
    "5",
    "آلاف",
    "عنصرين",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6), st.text(max_size=20))
def test_spans_point_into_the_original_text(pieces, noise):
    text = noise.join(pieces)
    got = find_quantities(text)
    last_end = -1
    for q in got:
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end
        last_end = q.end
        if q.noun_start is not None:
            assert 0 <= q.noun_start < q.noun_end <= len(text)


def test_diacritics_and_tatweel_keep_original_spans():
    text = "قُتِلَ ثَلاثَةُ عَناصِرَ وأُسِرَ الـ ٨٥ مُسلّحاً"
    got = find_quantities(text)
    assert [(q.text, q.value) for q in got] == [("ثَلاثَةُ", 3), ("٨٥", 85)]


def test_dual_and_one_of_mark_their_noun():
    text = "قتل أحد قادة التنظيم واعتقل عنصرين"
    one, dual = find_quantities(text)
    assert text[one.noun_start : one.noun_end] == "قادة"
    assert (dual.noun_start, dual.noun_end) == (dual.start, dual.end)


def test_accepts_a_normalized_text():
    from marsad.text.normalize import normalize

    assert [q.value for q in find_quantities(normalize("نفذت القوات 38 عملية"))] == [38]


# ------------------------------------------------------------- lexicons


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


@pytest.mark.parametrize("name", ["numbers.yaml", "quantity_cues.yaml"])
def test_lexicon_has_no_entry_that_can_never_match(name):
    data = load(name)
    for s in _strings(data):
        assert not any("\ufb50" <= ch <= "\ufeff" for ch in s), f"presentation form in {s!r}"
        assert "ی" not in s and "ک" not in s, f"Farsi letter in {s!r}"
        assert "\u0640" not in s, f"tatweel in {s!r}"
        assert unicodedata.normalize("NFC", s) == s
    for key, value in data.items():
        lists = value.values() if isinstance(value, dict) else [value]
        for lst in lists:
            if not isinstance(lst, list):
                continue
            normed = [norm(x) for x in lst]
            dups = {x for x in normed if normed.count(x) > 1}
            assert not dups, f"{name}:{key} has entries equal after normalisation: {dups}"


def test_no_number_word_has_two_meanings():
    nums = load("numbers.yaml")
    seen: dict[str, str] = {}
    for key in ("units", "tens", "hundreds", "scales", "dual_scales", "plural_scales", "ordinals"):
        for value, forms in nums[key].items():
            for f in forms:
                where = f"{key}:{value}"
                assert seen.setdefault(norm(f), where) == where, f"{f} is {seen[norm(f)]} and {where}"


def test_duals_never_collide_with_a_sound_plural():
    cues = load("quantity_cues.yaml")
    singulars = {norm(s) for s in cues["counted_singular"]}
    no_dual = {norm(s) for s in cues["no_dual"]}
    assert no_dual <= singulars, no_dual - singulars
    assert dual_forms(norm("غارة")) == ["غارتان", "غارتين"]
    # A plural is never read as a dual, even where the spellings meet (بلدان، مدنيين) —
    # except the few whose bare form in a toll is the dual (مقتل شرطيين: two policemen).
    bare_duals = {dual_forms(norm(s))[1] for s in cues["bare_dual"]}
    for plural in cues["counted_plural"]:
        if norm(plural) not in bare_duals:
            assert find_quantities(f"وصل {plural} إلى المدينة") == [], plural
    assert [q.value for q in find_quantities("قتل مدنيان ومسلحان")] == [2, 2]


def test_a_dual_in_construct_counts_two_only_before_the_body_it_belongs_to():
    assert [q.value for q in find_quantities("قتل مسلحون رجلي شرطة قرب الكنيسة")] == [2]
    assert [q.value for q in find_quantities("أصيب فردا أمن في الانفجار")] == [2]
    # the same spelling is one man in the accusative, or a possessive, anywhere else
    assert find_quantities("قتلت القوات عنصرا من التنظيم") == []
    assert [q.value for q in find_quantities("قتل 17 رجلا شرطة في الهجوم")] == [17]
    assert find_quantities("زار الوزير مركز الشرطة") == []


def test_a_bare_dual_counts_two_unless_a_number_or_the_article_comes_first():
    assert [q.value for q in find_quantities("أعلنت الشرطة مقتل شرطيين في الهجوم")] == [2]
    assert [q.value for q in find_quantities("قتل مسلحون عشرة شرطيين")] == [10]
    assert [q.value for q in find_quantities("قتل 11 من الشرطيين")] == [11]


def test_a_scale_word_the_text_named_as_a_village_is_no_amount_where_it_stands_alone():
    from marsad import parse

    text = "وقصف الطيران قرية بليون بجبل الزاوية، وقتل رجل وطفل بقصف على بليون."
    assert parse(text)["quantities"] == []
    assert [q["value"] for q in parse("وبلغت الخسائر بليون دولار.")["quantities"]] == [1_000_000_000]


def test_a_scale_word_is_a_place_only_where_named_whole_and_not_before_what_it_counts():
    from marsad import parse

    # (the start of another name after a place cue names no place: بلدة الفوعة, بلدة مليونة)
    assert [q["value"] for q in parse("نزح نحو ألف من أهالي بلدة الفوعة.")["quantities"]] == [1000]
    assert [q["value"] for q in parse("نزح نحو مليون من بلدة مليونة.")["quantities"]] == [1_000_000]
    # (the village named, then a billion of what it counts)
    text = "وقصف الطيران قرية بليون بجبل الزاوية. وقدرت الأمم المتحدة الأضرار بليون دولار."
    assert [q["value"] for q in parse(text)["quantities"]] == [1_000_000_000]


def test_a_dual_looking_plural_after_a_counted_noun_and_its_l_is_no_two():
    assert [q.value for q in find_quantities("وصلت 9 جثث لشرطيين إلى المستشفى")] == [9]
    assert [q.value for q in find_quantities("أطلق مسلحون النار على شرطيين")] == [2]


def test_a_number_wrapped_across_one_line_break_by_its_wa_is_one_number():
    # pasted pages break lines inside a sentence: "وألف\nو595 طفلاً" is 1595
    got = find_quantities("قتل ثلاثة آلاف\nوخمسمائة مدني وألف\nو595 طفلاً")
    assert [(q.value, q.kind) for q in got] == [(3500, "count"), (1595, "count")]
    # a blank line between them, or two digits joined by و, are two numbers
    assert [q.value for q in find_quantities("قتل ألف\n\nو595 طفلاً")] == [1000, 595]
    assert [q.value for q in find_quantities("قتل 30\nو40 جريحاً")] == [30, 40]
