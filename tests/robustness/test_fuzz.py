"""Property-based fuzzing of the public functions and the readers.

Whatever text comes in, ``extract`` and ``parse`` return claims whose
evidence is the original text at their span, and the readers turn any bytes
into documents or errors — never an exception. ``make fuzz`` runs the same
properties with many more examples (``MARSAD_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.corpus import read_corpus
from marsad.model import Document, ReadError

EXAMPLES = int(os.environ.get("MARSAD_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# The pieces news text is made of, so that random text reaches the extractor's
# deeper rules instead of stopping at "no number here".
WORDS = [
    "قتل", "مقتل", "اعتقال", "أصيب", "عناصر", "عنصراً", "جنود", "مدنيين", "من", "داعش", "الجيش", "في", "كركوك",
    "سوريا", "العراق", "و", "بين", "نحو", "أكثر", "خلال", "عام", "2024", "أمس", "الشهر", "الماضي", "منهم", "آخرين",
    "قال", "المرصد", "إن", "،", ".", "\n", ":", "(", ")", "«", "»", "١٢", "ثلاثة", "عشرين", "ألف", "مليون", "أحد",
    "هجوم", "عملية", "غارة", "\u200f", "\u202e", "\u202c", "ـ", "إرهابيين", "بحسب", "القيادة", "المركزية",
]
news_text = st.lists(st.one_of(st.sampled_from(WORDS), st.integers(0, 10**15).map(str)), max_size=60).map(" ".join)
any_text = st.text(max_size=400)


def check_claims(text: str, claims) -> None:  # type: ignore[no-untyped-def]
    for c in claims:
        assert text[c.span.start : c.span.end] == c.evidence
        assert text[c.number_span.start : c.number_span.end]
        assert 0 < c.value <= 10**12
        json.dumps(c.to_dict(), ensure_ascii=False)


@FUZZ
@given(st.one_of(news_text, any_text), st.one_of(st.none(), st.dates().map(str)))
def test_extract_never_fails_and_points_back_to_its_text(text, published):
    check_claims(text, marsad.extract(text, published=published))


@FUZZ
@given(st.one_of(news_text, any_text))
def test_parse_never_fails_and_is_json(text):
    json.dumps(marsad.parse(text))


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".jsonl", ".jsonl.gz"]))
def test_any_bytes_in_any_file_become_documents_or_errors(tmp_path_factory, data, suffix):
    folder: Path = tmp_path_factory.mktemp("fuzz")
    (folder / f"doc{suffix}").write_bytes(data)
    for item in read_corpus(folder):
        assert isinstance(item, Document | ReadError)
        if isinstance(item, ReadError):
            assert item.code and item.message


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(["id", "text", "html", "published", "source", "url", "title"]),
                                st.one_of(st.none(), st.integers(), st.text(max_size=80), st.lists(st.integers(), max_size=3))),
                max_size=5))
def test_any_json_lines_become_documents_or_errors(tmp_path_factory, rows):
    folder: Path = tmp_path_factory.mktemp("fuzzjsonl")
    path = folder / "c.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    items = list(read_corpus(path))
    # every non-empty line is accounted for: nothing is silently dropped
    assert len(items) == len(rows)
