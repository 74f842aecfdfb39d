"""`marsad eval` prints the shared scorer's figures (checked against it when ../shared is present)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.evaluate import score

SHARED = Path(__file__).parents[3] / "shared" / "eval"


def claim(doc, metric, value, countries=(), **kw):
    return {"doc": doc, "metric": metric, "value": value, "countries": list(countries), **kw}


def test_matching_is_one_to_one_on_doc_metric_value_and_countries():
    gold = [claim("a", "killed", 4, ["IQ"]), claim("a", "killed", 4, ["IQ"]), claim("a", "captured", 9)]
    pred = [claim("a", "killed", 4, ["IQ"], evidence="x"), claim("a", "captured", 9, ["SY"], evidence="x")]
    s = score(gold, pred, {"a": "x"})
    assert (s.tp, s.fp, s.fn) == (1, 1, 2)
    assert s.evidence_bad == 0


def test_claims_in_documents_without_gold_are_false_positives():
    s = score([claim("a", "killed", 4)], [claim("b", "killed", 4, evidence="y")], {"a": "x", "b": "y"})
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_value_zero_is_ignored():
    s = score([claim("a", "killed", 0)], [claim("a", "killed", 0, evidence="x")], {"a": "x"})
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="shared/eval is not beside the repo")
def test_same_summary_as_the_shared_scorer(tmp_path):
    corpus = SHARED / "dev" / "corpus.jsonl"
    gold = SHARED / "dev" / "gold.jsonl"
    from marsad.pipeline import extract_corpus

    pred = tmp_path / "pred.jsonl"
    rows = [c.to_dict() for r in extract_corpus(corpus) for c in r.claims]
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    theirs = subprocess.run(
        [sys.executable, str(SHARED / "score.py"), str(gold), str(pred), "--corpus", str(corpus)],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]
    from marsad.evaluate import score_files

    assert score_files(gold, pred, corpus).summary_line() == theirs
