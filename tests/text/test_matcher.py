"""Lexicon phrases match through Arabic clitics, longest first."""

from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import normalize
from marsad.text.tokens import stems


def found(entries, text):
    nt = normalize(text)
    return [(text[m.start : m.end], m.payloads) for m in PhraseMatcher(entries).find(nt)]


def test_proclitics_are_stripped_and_left_out_of_the_span():
    assert found([("العراق", "IQ")], "وقعت بالعراق") == [("العراق", ("IQ",))]
    assert found([("داعش", "ISIS")], "التابعة لداعش") == [("داعش", ("ISIS",))]
    assert found([("اعتقال", "capture")], "واعتقال 92") == [("اعتقال", ("capture",))]


def test_lam_alef_lam_is_lam_plus_article():
    assert found([("التحالف الدولي", "COALITION")], "وللتحالف الدولي") == [("لتحالف الدولي", ("COALITION",))]


def test_enclitic_pronoun_on_the_last_word():
    assert found([("قادة", "leader")], "قتل أحد قادته") == [("قادته", ("leader",))]


def test_longest_phrase_wins():
    entries = [("الولايات المتحدة", "US"), ("القيادة المركزية للولايات المتحدة", "CENTCOM")]
    assert found(entries, "أعلنت القيادة المركزية للولايات المتحدة") == [
        ("القيادة المركزية للولايات المتحدة", ("CENTCOM",))
    ]


def test_a_phrase_never_spans_sentence_punctuation():
    assert found([("قوات سوريا", "x")], "قوات. سوريا") == []


def test_stems_offer_each_reading():
    readings = {s for s, _, _ in stems("وبالعراق")}
    assert {"العراق", "عراق", "بالعراق"} <= readings
