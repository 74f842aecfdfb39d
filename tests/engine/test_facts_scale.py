"""Facts built by grouping keys are the facts of complete linkage over every pair, claim for claim."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date

import pytest

from marsad.consolidate.facts import ClaimRef, _compatible, _finish, build_facts
from marsad.model import Claim, Period

PERIODS = [
    None,
    Period(date(2024, 1, 1), date(2024, 12, 31)),
    Period(date(2024, 1, 1), date(2024, 6, 30)),
    Period(date(2024, 3, 1), date(2024, 3, 31)),
    Period(date(2024, 3, 1), date(2024, 3, 31)),
    Period(date(2024, 5, 1), date(2024, 8, 31)),
    Period(date(2024, 3, 14), date(2024, 3, 14)),
    Period(date(2024, 3, 10), date(2024, 3, 16)),
    Period(date(2014, 6, 1), date(2024, 12, 31)),  # "since 2014": a decade
    Period(date(2023, 4, 1), date(2024, 3, 31)),  # "the past year", across two calendar years
]
ACTORS = [[], ["CENTCOM"], ["US_GOV"], ["ISF"], ["CENTCOM", "ISF"], ["SDF"]]
QUALIFIERS = ["exact"] * 6 + ["approx", "at_least", "at_most"]


def reference(refs: list[ClaimRef]) -> list:
    """The former build_facts: each claim against every member of every open fact."""
    groups: dict = defaultdict(list)
    for r in refs:
        groups[(r.claim.metric, tuple(sorted(r.claim.countries)))].append(r)
    facts = []
    for (metric, countries), members in sorted(groups.items()):
        members.sort(key=lambda r: (r.claim.qualifier != "exact", r.doc, r.id))
        pending: list[list[ClaimRef]] = []
        for r in members:
            for fact in pending:
                if all(_compatible(r, m) for m in fact):
                    fact.append(r)
                    break
            else:
                pending.append([r])
        facts.extend(_finish(metric, list(countries), m) for m in pending)
    facts.sort(key=lambda f: (f.metric, f.countries, f.period.start if f.period else date.min, f.value))
    return facts


def random_refs(seed: int, n: int, values: int, rounded: bool = False) -> list[ClaimRef]:
    rng = random.Random(seed)
    qualifiers = ["exact", "approx", "approx", "at_least", "at_most"] if rounded else QUALIFIERS
    refs = []
    for i in range(n):
        doc = f"d{rng.randrange(n // 3 + 1):04d}"
        claim = Claim(
            doc=doc,
            metric=rng.choice(["killed", "captured", "attacks"]),
            value=rng.randrange(90, 111) if rounded else rng.choice([rng.randrange(1, values + 1), rng.randrange(1, values + 1) * 10]),
            qualifier=rng.choice(qualifiers),
            countries=rng.choice([["IQ"], ["SY"], ["IQ", "SY"]]),
            period=rng.choice(PERIODS),
            actor=rng.choice(ACTORS),
            evidence="x",
        )
        refs.append(ClaimRef(f"{doc}#{i}", claim, doc, f"outlet{rng.randrange(5)}", None))
    return refs


@pytest.mark.parametrize("seed", range(12))
def test_the_same_facts_as_every_pair(seed):
    # odd seeds: rounded and open figures around 100, where a fact's agreed range narrows as it grows
    refs = random_refs(seed, n=400 + 100 * seed, values=8 + 4 * seed, rounded=seed % 2 == 1)
    got = [f.to_dict() for f in build_facts(refs)]
    want = [f.to_dict() for f in reference(refs)]
    assert got == want
    assert len(got) < len(refs)  # facts were merged, so the check compared something
