"""The constructions Arabic reports use for figures, each as an example (tests/data/constructions.jsonl)."""

import json
from pathlib import Path

import pytest

import marsad

# constructions.jsonl: the project's first cases; constructions_real.jsonl: the
# constructions found on real pages, each written anew in the project's words
CASES = [
    json.loads(line)
    for name in ("constructions.jsonl", "constructions_real.jsonl")
    for line in (Path(__file__).parents[1] / "data" / name).read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_construction(case):
    claims = [c.to_dict() for c in marsad.extract(case["text"], published=case.get("published"))]
    got = [{k: c[k] for k in e} for c, e in zip(claims, case["expect"], strict=False)]
    assert len(claims) == len(case["expect"]), claims
    assert got == case["expect"]


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_evidence_is_the_original_sentence(case):
    for c in marsad.extract(case["text"], published=case.get("published")):
        assert case["text"][c.span.start : c.span.end] == c.evidence
        assert case["text"][c.number_span.start : c.number_span.end]
