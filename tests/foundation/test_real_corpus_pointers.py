"""The real-page corpus in the repository is pointers and facts only: every gold
claim points into an indexed page, inside its length, in the contract's format."""

import json
import re
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parents[2] / "quality" / "real"
METRICS = {
    "operations", "attacks", "killed", "captured", "leaders_killed", "leaders_captured", "strength",
    "friendly_killed", "friendly_wounded", "civilians_killed", "coalition_members",
}


def _rows(name: str) -> list[dict]:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} is not in this checkout")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_index_rows_are_pointers_with_a_split():
    rows = _rows("index.jsonl")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert set(r) >= {"id", "url", "outlet", "length", "sha256", "kind", "split"}
        assert "text" not in r and "excerpt" not in r  # no article text in the repository
        assert re.fullmatch(r"[0-9a-f]{64}", r["sha256"])
        assert r["split"] in {"dev", "test"} and r["kind"] in {"tally", "incident", "negative"}
        assert r["url"].startswith(("http://", "https://"))


def test_gold_claims_point_inside_indexed_pages():
    pages = {r["id"]: r for r in _rows("index.jsonl")}
    for g in _rows("gold.jsonl"):
        assert g["doc"] in pages, g
        assert "evidence" not in g  # offsets, not sentences
        start, end = g["evidence_span"]
        assert 0 <= start < end <= pages[g["doc"]]["length"], g
        assert g["metric"] in METRICS and g["qualifier"] in {"exact", "approx", "at_least", "at_most"}
        assert isinstance(g["value"], int) and g["value"] >= 0
        assert g["countries"] == sorted(g["countries"])


def test_a_story_or_outlet_never_straddles_the_split():
    rows = _rows("index.jsonl")
    sides: dict[str, set[str]] = {}
    for r in rows:
        sides.setdefault(r["outlet"], set()).add(r["split"])
    assert not [o for o, s in sides.items() if len(s) > 1]
