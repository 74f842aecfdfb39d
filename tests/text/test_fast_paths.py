"""Each shortcut taken for speed gives exactly what the plain way gives.

The plain ways are kept beside the shortcuts (the general tokeniser, the
translation table) or written here as the one-line rule they implement, and
both run over every text the repository ships and over generated text.
Whole-extraction identity against another commit is ``bench/identity.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.recognize import entities, quantities
from marsad.text.normalize import _TABLE, _fold_one_to_one, normalize
from marsad.text.tokens import Token, _tokens_unglued, tokenize

ROOT = Path(__file__).resolve().parents[2]


def _bundled_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples" / "reports").glob("*.txt"))]
    for path in [ROOT / "samples" / "relays" / "articles.jsonl", *sorted((ROOT / "tests" / "data").rglob("*.jsonl"))]:
        for line in path.read_text("utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str) and text:
                texts.append(text)
    return texts


BUNDLED = _bundled_texts()

TEXT = st.lists(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list("abcXYZ 0123456789.,;!?-\n\t%\u0640\u064b\u202d\u202c\ufefb«»“”٬٫")),
        st.sampled_from(["سورياوالعراق", "اوال", " و", "ال"]),
    ),
    max_size=200,
).map("".join)


def test_the_corpora_are_there():
    assert len(BUNDLED) > 1000


@pytest.mark.parametrize("i", range(0, len(BUNDLED), 97))
def test_one_to_one_folding_is_the_translation_table(i):
    for text in BUNDLED[i : i + 97]:
        assert _fold_one_to_one(text) == text.translate(_TABLE)


@settings(max_examples=300)
@given(TEXT)
def test_one_to_one_folding_is_the_translation_table_on_any_text(text):
    assert _fold_one_to_one(text) == text.translate(_TABLE)


def test_tokenising_without_glued_words_is_the_general_tokeniser():
    for text in BUNDLED:
        nt = normalize(text).text
        got = tokenize.__wrapped__(nt)
        assert got == _tokens_unglued(nt)
        assert all(type(t) is Token for t in got)


@settings(max_examples=300)
@given(TEXT)
def test_tokenising_is_the_general_tokeniser_on_any_text(text):
    nt = normalize(text).text
    assert tokenize.__wrapped__(nt) == _tokens_unglued(nt)


def test_a_glued_word_is_still_cut():
    assert [t.text for t in tokenize("في سورياوالعراق")] == ["في", "سوريا", "والعراق"]


def _words_after_last_break(t: str, pos: int, k: int = 5) -> list[str]:
    """The rule ``_left_words`` implements, the plain way: every break found, the last kept."""
    chunk = t[max(0, pos - 60) : pos]
    cut = None
    for m in quantities._SENT_BREAK_RE.finditer(chunk):
        cut = m.end()
    if cut is not None:
        chunk = chunk[cut:]
    return quantities._WORD_RE.findall(chunk)[-k:]


@settings(max_examples=300)
@given(TEXT, st.integers(min_value=0, max_value=300))
def test_words_before_a_number_stop_at_the_last_sentence_break(text, pos):
    t = normalize(text).text
    pos = min(pos, len(t))
    assert quantities._left_words(t, pos) == _words_after_last_break(t, pos)


def test_words_before_a_number_examples():
    t = normalize("قتل جنديان. وقال الجيش إن نحو").text
    assert quantities._left_words(t, len(t)) == ["وقال", "الجيش", "ان", "نحو"]
    t = normalize("واحد اثنان ثلاثة أربعة خمسة ستة").text
    assert quantities._left_words(t, len(t)) == ["اثنان", "ثلاثه", "اربعه", "خمسه", "سته"]


def _under_override_plainly(original: str, start: int, end: int) -> bool:
    if any(ch in "\u202d\u202e" for ch in original[start:end]):
        return True
    before = original[max(0, start - 200) : start]
    opened = max(before.rfind(ch) for ch in "\u202d\u202e")
    return opened >= 0 and not any(ch in before[opened:] for ch in "\u202c\n")


@settings(max_examples=300)
@given(TEXT, st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=20))
def test_digits_under_a_bidi_override_are_found_as_before(text, start, length):
    start = min(start, len(text))
    end = min(start + length, len(text))
    assert quantities._under_override(text, start, end) == _under_override_plainly(text, start, end)


def test_an_override_far_before_the_number_does_not_obscure_it():
    far = "\u202e" + "ا" * 250 + " 30 "
    near = "\u202e" + " 30 "
    assert not quantities._under_override(far, len(far) - 3, len(far) - 1)
    assert quantities._under_override(near, 2, 4)
    assert re.fullmatch(r"\d+", near[2:4])


def _cue_before_one_list_at_a_time(lex, doc, i):  # type: ignore[no-untyped-def]
    for kind, words in (("town", lex.cue_town), ("governorate", lex.cue_governorate), ("any", lex.cue_any)):
        if entities._phrase_before(doc, i, words):
            return kind
    # (a compass noun, not an adjective with the article that closes the place before: "ريف حماة الشمالي")
    for n in (2, 1):
        found = entities._phrase_before(doc, i, lex.directions, n)
        if found and found[1] == i - n and not doc.toks[found[1]].text.startswith("ال"):
            return "any"
    return None


def test_the_place_word_before_a_name_is_found_as_one_list_at_a_time_would():
    lex = entities._lexicon()
    seen = 0
    for text in BUNDLED[::3]:
        nt = normalize(text)
        toks = tokenize(nt.text)
        doc = entities._survey(lex, nt, toks)
        for i in range(len(toks)):
            got = entities._cue_before(lex, doc, i)
            assert got == _cue_before_one_list_at_a_time(lex, doc, i)
            seen += got is not None
    assert seen > 100


def _qualifier_plainly(t: str, ns: int, ne: int) -> str | None:
    """The qualifier the three patterns give, each tried as it is (no cheap test first)."""
    lex = quantities._lex()
    left = t[max(0, ns - 60) : ns]
    for rx in (lex.qual_before, lex.qual_over_noun):
        m = rx.search(left)
        if m:
            return m.lastgroup or "exact"
    right = t[ne : ne + 50]
    m = lex.qual_after.match(right)
    if m and quantities._next_items_qualifier(right, m):
        return None  # the next item's qualifier (و أكثر من 120), as _qualify reads it
    return quantities._qualifier_after(m) if m else None


def _qualifier(t: str, ns: int, ne: int) -> str | None:
    x = quantities._Num(ps=ns, ns=ns, ne=ne, value=1, role=0)
    x.qualifier = "none-yet"
    quantities._qualify(t, x, quantities._lex())
    return None if x.qualifier == "none-yet" else x.qualifier


def test_qualifiers_are_found_as_the_patterns_alone_find_them():
    seen = 0
    for text in BUNDLED:
        t = normalize(text).text
        for m in re.finditer(r"\d+|(?<=\s)\w+(?=\s)", t):
            got = _qualifier(t, m.start(), m.end())
            assert got == _qualifier_plainly(t, m.start(), m.end()), (t[max(0, m.start() - 60) : m.end() + 50])
            seen += got is not None
    assert seen > 200


QUALIFIED = st.lists(
    st.sampled_from(["نحو", "ما لا يقل عن", "أكثر من", "ب", "بـ", " ", "  ", "\n", "يقدر عدد", "المسلحين", "لا يتجاوز",
                     "عدد", "على الأقل", "تقريبا", "أو أكثر", "قتل", "و", "ف", "ل", "12", ".", "،", "\t", "\u2003",
                     "من", "عن", "دون", "بدون", "أكثر\nمن", "(نحو", "حدود"]),
    max_size=14,
).map("".join)


@settings(max_examples=500)
@given(QUALIFIED, QUALIFIED)
def test_qualifiers_of_generated_text_are_found_as_the_patterns_alone_find_them(before, after):
    t = normalize(before + " 25 " + after).text
    ns = len(normalize(before + " ").text)
    assert _qualifier(t, ns, ns + 2) == _qualifier_plainly(t, ns, ns + 2)
