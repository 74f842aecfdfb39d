"""`marsad parse` on the peers' own cases (Duckling, dateparser), when ../shared is present."""

import json
from pathlib import Path

import pytest

import marsad

PEER = Path(__file__).parents[3] / "shared" / "eval" / "peer"


def cases(name):
    path = PEER / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()] if path.exists() else []


pytestmark = pytest.mark.skipif(not PEER.exists(), reason="shared/eval/peer is not beside the repo")


@pytest.mark.parametrize("case", cases("numbers.jsonl"), ids=lambda c: c["text"])
def test_number(case):
    values = [q["value"] for q in marsad.parse(case["text"])["quantities"]]
    assert case["value"] in values


@pytest.mark.parametrize("case", cases("times.jsonl"), ids=lambda c: c["text"])
def test_time(case):
    times = marsad.parse(case["text"], case["published"])["times"]
    assert any(t["start_date"] == case["start"] and t["end_date"] == case["end"] for t in times), times
