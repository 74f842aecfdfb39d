"""The extractor on the project's own corpora, scored like the shared dev set.

Floors are pinned in quality/floors.json (they only go up).
"""

import json
from pathlib import Path

import pytest

from marsad.evaluate import load_jsonl, score
from marsad.pipeline import extract_corpus

ROOT = Path(__file__).parents[2]
FLOORS = json.loads((ROOT / "quality" / "floors.json").read_text("utf-8"))
CORPORA = {
    "own_corpus": (ROOT / "tests/data/corpus/reports.jsonl", ROOT / "tests/data/corpus/gold.jsonl"),
    "samples": (ROOT / "samples/reports", ROOT / "samples/gold.jsonl"),
    # written by someone who had not read the rules: the measure of generalisation
    "heldout": (ROOT / "tests/data/heldout/reports.jsonl", ROOT / "tests/data/heldout/gold.jsonl"),
    "heldout2": (ROOT / "tests/data/heldout2/reports.jsonl", ROOT / "tests/data/heldout2/gold.jsonl"),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_meets_its_floor(name):
    corpus, gold = CORPORA[name]
    texts, pred = {}, []
    for r in extract_corpus(corpus):
        assert r.error is None, r.error
        texts[r.doc.id] = r.doc.text
        pred += [c.to_dict() for c in r.claims]
    s = score(load_jsonl(gold), pred, texts)
    floor = FLOORS[name]
    assert s.evidence_bad == 0
    assert s.f1 >= floor["f1"], s.report(show=True)
    assert s.period >= floor.get("period", 0), s.report(show=True)
