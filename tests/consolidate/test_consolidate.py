"""consolidate() over the store: idempotent, recomputed after new documents, readable back."""

import importlib.util
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marsad.consolidate import consolidate, list_facts, list_findings
from marsad.consolidate.tables import FactClaimRow, FactRow, FindingRow

_spec = importlib.util.spec_from_file_location(
    "crosscheck_scenarios", Path(__file__).with_name("scenarios.py")
)
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)


def _snapshot(engine):
    return (
        [f.to_dict() for f in list_findings(engine)],
        [f.to_dict() for f in list_facts(engine)],
    )


def test_running_twice_gives_the_same_tables(tmp_path):
    engine = scenarios.engine_for(tmp_path, "nested_release", "metric_confusion")
    first = consolidate(engine)
    snap = _snapshot(engine)
    second = consolidate(engine)
    assert first == second
    assert _snapshot(engine) == snap
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(FindingRow)) == first.findings
        assert s.scalar(select(func.count()).select_from(FactRow)) == first.facts
        assert s.scalar(select(func.count()).select_from(FactClaimRow)) == first.claims


def test_new_documents_are_taken_into_account(tmp_path):
    engine = scenarios.engine_for(tmp_path, "duplicates")
    consolidate(engine)
    assert [f.corroboration for f in list_facts(engine)] == [1]
    scenarios.load(engine, "duplicates_corroborated")
    result = consolidate(engine)
    assert [f.corroboration for f in list_facts(engine)] == [2]
    assert result.documents == 3 and result.duplicates == 1


def test_findings_before_any_consolidation_are_empty(tmp_path):
    engine = scenarios.engine_for(tmp_path, "contradiction")
    assert list_findings(engine) == []
    assert list_facts(engine) == []


def test_a_contradiction_explains_itself_in_both_languages(tmp_path):
    engine = scenarios.engine_for(tmp_path, "nested_release")
    consolidate(engine)
    (f,) = list_findings(engine, kind="contradiction")
    assert f.countries == ["IQ"] and f.docs == ["n1", "n2"]
    assert "64 for October 2024" in f.explanation and "58 for Q4 2024" in f.explanation
    assert "agree on" in f.explanation
    assert "تشرين الأول/أكتوبر 2024" in f.explanation_ar
    assert f.fact_ids  # links back to the facts it concerns


def test_evidence_points_at_the_number_in_its_sentence(tmp_path):
    engine = scenarios.engine_for(tmp_path, "contradiction")
    consolidate(engine)
    (f,) = list_findings(engine, kind="contradiction")
    by_doc = {e["doc"]: e for e in f.evidence}
    c2 = by_doc["c2"]
    start, end = c2["mark"]
    assert c2["text"][start:end] == "٥٧"  # Arabic-Indic digits, as written
    assert c2["value"] == 57


def test_arithmetic_names_the_parts_and_their_sum(tmp_path):
    engine = scenarios.engine_for(tmp_path, "arithmetic")
    consolidate(engine)
    (f,) = list_findings(engine, kind="arithmetic")
    assert f.values == [80, 50, 25]
    assert "Iraq 50 + Syria 25 add up to 75" in f.explanation
    assert "العراق 50 + سوريا 25" in f.explanation_ar


@pytest.mark.parametrize(
    ("filters", "kinds"),
    [
        ({"kind": "metric_confusion"}, {"metric_confusion"}),
        ({"metric": "attacks"}, {"metric_confusion", "single_source"}),
        ({"country": "sy"}, set()),
        ({"country": "IQ", "kind": "single_source"}, {"single_source"}),
    ],
)
def test_findings_can_be_filtered(tmp_path, filters, kinds):
    engine = scenarios.engine_for(tmp_path, "metric_confusion")
    consolidate(engine)
    assert {f.kind for f in list_findings(engine, **filters)} == kinds


def test_findings_are_json_serialisable_with_the_contract_fields(tmp_path):
    engine = scenarios.engine_for(tmp_path, "arithmetic_across", "period_drift")
    consolidate(engine)
    for f in list_findings(engine):
        d = json.loads(json.dumps(f.to_dict(), ensure_ascii=False))
        assert {"kind", "metric", "countries", "period", "values", "docs", "explanation"} <= set(d)
        assert d["explanation"] and d["explanation_ar"]
