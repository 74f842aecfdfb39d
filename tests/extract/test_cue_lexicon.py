"""cues.yaml holds no entry that can never match, and every cue finds itself."""

import re
from collections import Counter

import pytest

from marsad.lexicon import load
from marsad.recognize.cues import NOUN_SECTIONS, find_cues
from marsad.text.normalize import norm, normalize
from marsad.text.tokens import tokenize

DATA = load("cues.yaml")
SECTIONS = {k: v for k, v in DATA.items() if isinstance(v, list) and k not in ("expeditionary", "kept_ids")}
NEVER = re.compile("[\ufb50-\ufdff\ufe70-\ufeff\u06cc\u06a9\u0640]")  # presentation forms, Farsi yeh, keheh, tatweel


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_no_entry_that_can_never_match(section):
    bad = [w for w in SECTIONS[section] if NEVER.search(w)]
    assert not bad


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_no_duplicates_after_normalisation(section):
    counts = Counter(norm(w) for w in SECTIONS[section])
    assert [w for w, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("section", sorted(s for s in SECTIONS if s in NOUN_SECTIONS or s in ("kill", "capture", "wound")))
def test_every_entry_is_found_in_a_sentence(section):
    for w in SECTIONS[section]:
        text = f"وقالت المصادر {w} في المنطقة"
        nt = normalize(text)
        kinds = set().union(*(c.kinds for c in find_cues(nt, tokenize(nt.text)))) if text else set()
        assert section in kinds, w


def _kinds_of(text: str) -> set[str]:
    nt = normalize(text)
    return set().union(*(c.kinds for c in find_cues(nt, tokenize(nt.text))))


def test_a_ta_marbuta_is_never_the_pronoun_of_a_verb():
    # أسرة (a family) and قتلة (killers) normalise like أسره and قتله (took him, killed him)
    assert "capture" not in _kinds_of("عادت أسرة إلى الحي")
    assert "kill" not in _kinds_of("لاحقت الشرطة قتلة الصحفي")
    # ... while the verb with its pronoun, and a feminine adjective matched by its masculine, stay
    assert "capture" in _kinds_of("هاجم المسلحون الحاجز وأسره عناصرهم")
    assert _kinds_of("قصفت الطائرات الإسرائيلية") == _kinds_of("قصفت الطائرات الإسرائيلي")
