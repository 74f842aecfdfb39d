"""Findings found through indexes are the findings of testing every pair: same findings, ids, order and words.

``reference_findings`` is the all-pairs code as it was; every kind is compared
on random claim sets built to meet every branch: articles that relay one
another (the same figures under another period, country set or source),
near-duplicate copies, nested and overlapping periods, undated figures
published days or months apart, related sources and actors, totals and parts.
"""

from __future__ import annotations

import importlib.util
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.consolidate import findings
from marsad.consolidate.facts import ClaimRef, build_facts
from marsad.model import Claim, Period

PERIODS = [
    None,
    Period(date(2024, 1, 1), date(2024, 12, 31)),
    Period(date(2024, 1, 1), date(2024, 6, 30)),
    Period(date(2024, 3, 1), date(2024, 3, 31)),
    Period(date(2024, 3, 10), date(2024, 3, 16)),
    Period(date(2024, 3, 14), date(2024, 3, 14)),
    Period(date(2024, 5, 1), date(2024, 8, 31)),
    Period(date(2023, 4, 1), date(2024, 3, 31)),
]
PUBLISHED = [None, date(2024, 1, 1), date(2024, 1, 20), date(2024, 2, 15), date(2024, 4, 1)]
METRICS = ["killed", "captured", "attacks"]
VALUES = [2, 5, 10, 12, 20, 22, 24, 45, 100, 110]
QUALIFIERS = ["exact", "exact", "exact", "approx", "at_least", "at_most"]
COUNTRIES = [[], ["IQ"], ["SY"], ["TR"], ["IQ", "SY"], ["SY", "IQ"], ["IQ", "SY", "TR"]]
ACTORS = [[], ["CENTCOM"], ["US"], ["ISF"], ["CENTCOM", "ISF"], ["SDF"], ["TR"]]
SOURCES = [None, "CENTCOM", "US", "SOHR", "ISF", "IQ_GOV", "SDF"]

_spec = importlib.util.spec_from_file_location("reference_findings", Path(__file__).with_name("reference_findings.py"))
assert _spec and _spec.loader
reference = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reference)

KINDS = ["contradictions", "arithmetic", "metric_confusions", "drifts"]


def _claim(rng: random.Random, doc: str, earlier: list[Claim]) -> Claim:
    if earlier and rng.random() < 0.5:
        # a relay of an earlier figure with at most two slots changed
        c = rng.choice(earlier)
        claim = Claim(
            doc=doc,
            metric=c.metric,
            value=c.value,
            qualifier=c.qualifier,
            countries=list(c.countries),
            period=c.period,
            actor=list(c.actor),
            source=c.source,
            evidence="x",
        )
        for slot in rng.sample(["metric", "value", "qualifier", "countries", "period", "actor", "source"], 2):
            pool = {"metric": METRICS, "value": VALUES, "qualifier": QUALIFIERS, "countries": COUNTRIES,
                    "period": PERIODS, "actor": ACTORS, "source": SOURCES}[slot]
            if rng.random() < 0.6:
                setattr(claim, slot, rng.choice(pool))
        return claim
    return Claim(
        doc=doc,
        metric=rng.choice(METRICS),
        value=rng.choice(VALUES),
        qualifier=rng.choice(QUALIFIERS),
        countries=list(rng.choice(COUNTRIES)),
        period=rng.choice(PERIODS),
        actor=list(rng.choice(ACTORS)),
        source=rng.choice(SOURCES),
        evidence="x",
    )


def _breakdown(rng: random.Random, total: Claim, names: list[str]) -> list[Claim]:
    """Figures for the single countries of a total, in its article or in another one quoting a related body;
    some add up to the total, some do not."""
    if len(total.countries) < 2:
        total.countries = ["IQ", "SY"]
    parts = []
    for country in total.countries:
        for _ in range(rng.choice([1, 1, 2])):
            doc = total.doc if rng.random() < 0.5 else rng.choice(names)
            value = rng.choice([total.value // len(total.countries), rng.choice(VALUES)])
            source = total.source if rng.random() < 0.7 else rng.choice(SOURCES)
            parts.append(
                Claim(doc=doc, metric=total.metric, value=max(value, 1), qualifier=rng.choice(QUALIFIERS),
                      countries=[country], period=total.period, actor=list(total.actor), source=source, evidence="x")
            )
    return parts


def random_refs(seed: int, docs: int, claims: int) -> list[ClaimRef]:
    """Claims of ``docs`` articles; an article copies (relays) figures of earlier ones, some are near-duplicates."""
    rng = random.Random(seed)
    names = [f"d{i:03d}" for i in range(docs)]
    cluster, outlet, published = {}, {}, {}
    for i, d in enumerate(names):
        cluster[d] = names[rng.randrange(i)] if i and rng.random() < 0.15 else d
        outlet[d] = rng.choice(["o1", "o2", "o3", None]) or f"doc:{cluster[d]}"
        published[d] = rng.choice(PUBLISHED)
    made: list[Claim] = []
    while len(made) < claims:
        doc = rng.choice(names)
        made.append(_claim(rng, doc, made))
        if rng.random() < 0.1:
            made.extend(_breakdown(rng, made[-1], names))
    refs = [
        ClaimRef(f"{c.doc}#{i}", c, cluster[c.doc], outlet[c.doc], published[c.doc]) for i, c in enumerate(made)
    ]
    rng.shuffle(refs)
    return refs


def _same(refs: list[ClaimRef], kind: str) -> list[dict]:
    got = [f.to_dict() for f in getattr(findings, kind)(refs)]
    want = [f.to_dict() for f in getattr(reference, kind)(refs)]
    assert got == want
    return got


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), docs=st.integers(2, 12), claims=st.integers(0, 60))
def test_every_kind_as_every_pair(seed, docs, claims):
    refs = random_refs(seed, docs, claims)
    for kind in KINDS:
        _same(refs, kind)


@pytest.mark.parametrize("seed", range(6))
def test_all_findings_as_every_pair_on_hundreds_of_claims(seed):
    # dense groups: many articles relaying few figures, so components join through many pairs
    refs = random_refs(seed, docs=40 + 20 * seed, claims=300 + 100 * seed)
    facts = build_facts(refs)
    got = [f.to_dict() for f in findings.all_findings(refs, facts)]
    want = [f.to_dict() for f in reference.all_findings(refs, build_facts(refs))]
    assert got == want
    kinds = {f["kind"] for f in got}
    # the comparison covered every kind of finding
    assert {"contradiction", "arithmetic", "metric_confusion", "period_drift", "country_drift", "source_drift"} <= kinds


def test_a_total_with_more_part_combinations_than_are_tried():
    # 30 articles quote CENTCOM for Iraq and for Syria: 900 combinations of parts, of which the first 256 are tried
    period = PERIODS[3]
    total = Claim(doc="t", metric="killed", value=1000, countries=["IQ", "SY"], period=period, source="CENTCOM")
    made = [total]
    for i in range(30):
        for country, value in (("IQ", 10 + i), ("SY", 400 + 20 * i)):
            source = "US" if i % 3 == 0 else "CENTCOM"  # a related body counts as the same
            made.append(Claim(doc=f"p{i:02d}", metric="killed", value=value, countries=[country], period=period,
                              source=source))
    refs = [ClaimRef(f"{c.doc}#{i}", c, c.doc, c.doc, None) for i, c in enumerate(made)]
    got = _same(refs, "arithmetic")
    assert len(got) == 1 and got[0]["values"] == [1000, 10, 400]


def test_one_article_giving_a_figure_for_two_sides_makes_two_facts_with_two_ids():
    # "Coalition strikes killed 12 of the group in Raqqa; the army said it killed 12 more": the same
    # figure, place and time under incompatible actors is two facts, and each keeps its own id
    period = PERIODS[3]
    made = [
        Claim(doc="a", metric="killed", value=12, countries=["SY"], period=period, actor=["COALITION"]),
        Claim(doc="a", metric="killed", value=12, countries=["SY"], period=period, actor=["SY_GOV"]),
    ]
    refs = [ClaimRef(f"{c.doc}#{i}", c, c.doc, c.doc, None) for i, c in enumerate(made)]
    facts = build_facts(refs)
    assert len(facts) == 2
    assert facts[0].id != facts[1].id
