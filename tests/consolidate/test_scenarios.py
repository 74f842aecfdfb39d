"""Each scenario yields exactly the findings it was written for — no more."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from marsad.consolidate import consolidate, duplicates, list_facts, list_findings

_spec = importlib.util.spec_from_file_location(
    "crosscheck_scenarios", Path(__file__).with_name("scenarios.py")
)
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)

EXPECTED = scenarios.expected()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_are_exactly_the_expected_ones(name, tmp_path):
    engine = scenarios.engine_for(tmp_path, name)
    consolidate(engine)
    got = sorted((f.kind, f.metric, f.values) for f in list_findings(engine) if f.kind != "single_source")
    want = sorted((k, m, v) for k, m, v in EXPECTED[name]["findings"])
    assert got == want


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corroboration_counts_outlets(name, tmp_path):
    engine = scenarios.engine_for(tmp_path, name)
    consolidate(engine)
    facts = {(f.metric, tuple(f.countries), f.value, f.corroboration) for f in list_facts(engine)}
    for metric, countries, value, outlets in EXPECTED[name]["facts"]:
        assert (metric, tuple(countries), value, outlets) in facts


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "duplicates" in EXPECTED[n]))
def test_near_duplicates_are_clustered(name, tmp_path):
    engine = scenarios.engine_for(tmp_path, name)
    result = consolidate(engine)
    assert duplicates(engine) == EXPECTED[name]["duplicates"]
    assert result.duplicates == len(EXPECTED[name]["duplicates"])


def test_single_source_is_one_finding_per_fact_with_one_outlet(tmp_path):
    engine = scenarios.engine_for(tmp_path, "periods_differ")
    consolidate(engine)
    single = list_findings(engine, kind="single_source")
    assert sorted(f.values[0] for f in single) == [38, 45, 313]
    assert all(len(f.fact_ids) == 1 for f in single)
