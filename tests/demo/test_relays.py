"""The relays sample (samples/relays): the demo raises what a careful reader raises, and nothing else.

The 16 articles go through the real pipeline — reading, extraction, the store,
consolidation — into a SQLite store in a temporary folder, alone and together
with samples/reports as ``make demo`` runs them. The expected findings, the
figures corroborated by two or more outlets and the near-duplicate copies are
data in samples/relays/expected.json (mirrored by expected.md), so that a
change to the rules that loses a finding, or raises one nobody would, fails
here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import app
from marsad.consolidate import consolidate, duplicates, list_facts, list_findings
from marsad.consolidate.explain import kind_label
from marsad.pipeline import run
from marsad.store import db as store

ROOT = Path(__file__).resolve().parents[2]
RELAYS = ROOT / "samples" / "relays"
REPORTS = ROOT / "samples" / "reports"
EXPECTED = json.loads((RELAYS / "expected.json").read_text(encoding="utf-8"))
RELEASES = EXPECTED["releases"]


def _key(kind: str, metric: str, countries, values, docs) -> tuple:
    return (kind, metric, tuple(sorted(countries)), tuple(values), tuple(sorted(docs)))


def _expected_findings() -> set[tuple]:
    return {
        _key(f["kind"], f["metric"], f["countries"], f["values"], f["docs"]) for r in RELEASES for f in r["findings"]
    }


def _raised(engine) -> set[tuple]:
    return {
        _key(f.kind, f.metric, f.countries, f.values, f.docs)
        for f in list_findings(engine)
        if f.kind != "single_source"
    }


def _store(folder: Path, *corpora: Path) -> tuple[str, object]:
    url = f"sqlite:///{folder / 'store.db'}"
    for corpus in corpora:
        summary = run(corpus, db=url)
        assert not summary.errors, summary.errors
    engine = store.connect(url)
    consolidate(engine)
    return url, engine


@pytest.fixture(scope="module")
def relays(tmp_path_factory):
    return _store(tmp_path_factory.mktemp("relays"), RELAYS / "articles.jsonl")[1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The store ``make demo`` builds: both samples."""
    return _store(tmp_path_factory.mktemp("demo"), REPORTS, RELAYS / "articles.jsonl")


def test_every_article_gives_claims(relays):
    claims = store.query_claims(relays)
    ids = [json.loads(line)["id"] for line in (RELAYS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(ids) == 16
    assert {c.doc for c in claims} == set(ids)


def test_every_expected_finding_is_raised(relays):
    missing = _expected_findings() - _raised(relays)
    assert not missing, f"expected findings not raised: {sorted(missing)}"


def test_no_finding_a_careful_reader_would_not_raise(relays):
    extra = _raised(relays) - _expected_findings()
    assert not extra, f"findings nobody would raise (or add them to expected.json/md): {sorted(extra)}"


def test_the_demo_store_raises_the_same_findings(demo):
    # samples/reports are about different events: they add single-source figures only
    _, engine = demo
    assert _raised(engine) == _expected_findings()


def test_corroborated_figures_are_the_expected_ones(relays):
    got = {
        (f.metric, tuple(f.countries), f.value, f.corroboration) for f in list_facts(relays) if f.corroboration > 1
    }
    want = {
        (c["metric"], tuple(sorted(c["countries"])), c["value"], c["outlets"]) for r in RELEASES for c in r["corroborated"]
    }
    assert got == want


def test_near_duplicate_copies_count_with_their_original(relays):
    assert duplicates(relays) == EXPECTED["duplicates"]


@pytest.mark.parametrize(
    "miss", [m for r in RELEASES for m in r["known_misses"]], ids=lambda m: f"{m['kind']}:{'+'.join(m['docs'])}"
)
def test_known_misses_are_still_missed(relays, miss):
    raised = [f for f in list_findings(relays) if f.kind == miss["kind"] and set(miss["docs"]) <= set(f.docs)]
    assert not raised, "now raised: move it from known_misses to findings in expected.json and expected.md"


def test_findings_are_explained_in_both_languages(relays):
    for f in list_findings(relays):
        assert f.explanation and f.explanation_ar
        for doc in f.docs:
            assert doc in f.explanation


def test_expected_md_mirrors_expected_json():
    md = (RELAYS / "expected.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\S+) — .*?\n(.*?)(?=^## |\Z)", md, flags=re.M | re.S))
    assert set(sections) == {r["release"] for r in RELEASES}
    for r in RELEASES:
        text = sections[r["release"]]
        bullets = re.findall(r"^- \*\*(.+?)\*\* — (.*?)(?=^- |^\S|\Z)", text, flags=re.M | re.S)
        assert len(bullets) == len(r["findings"]), r["release"]
        for f, (label, body) in zip(r["findings"], bullets, strict=True):
            assert label == kind_label(f["kind"]), (r["release"], label)
            for doc in f["docs"]:
                assert f"`{doc}`" in body, (r["release"], doc)
        for doc in r["articles"]:
            assert f"`{doc}`" in text
        for m in r["known_misses"]:
            assert f"**{kind_label(m['kind']).lower()}**" in text.lower()


def test_consolidate_summary_prints_the_cross_check(demo):
    url, _ = demo
    out = CliRunner().invoke(app, ["consolidate", "--db", url, "--summary"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    n_facts = sum(len(r["corroborated"]) for r in RELEASES)
    assert f"Figures reported by two or more outlets: {n_facts}" in lines
    found = [line for line in lines if re.match(r"  [A-Z][a-z]+( [a-z]+)?: ", line)]
    assert len(found) == len(_expected_findings())
    assert any(line.startswith("Findings to check: ") for line in lines)
    assert "  Country drift: 212 operations, 41 killed and 276 captured" in out.output
