"""The report files: self-contained, RTL evidence with the number highlighted, Markdown twin."""

import importlib.util
import re
from pathlib import Path

import pytest

from marsad.consolidate import consolidate
from marsad.report import write_report

_spec = importlib.util.spec_from_file_location(
    "crosscheck_scenarios", Path(__file__).parents[1] / "consolidate" / "scenarios.py"
)
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)

ALL = ["contradiction", "nested_release", "arithmetic", "metric_confusion", "period_drift", "undated"]


@pytest.fixture
def report(tmp_path):
    engine = scenarios.engine_for(tmp_path, *ALL)
    consolidate(engine)
    return write_report(engine, tmp_path / "out" / "report.html")


def test_both_files_are_written_side_by_side(report):
    html, md = report
    assert html.name == "report.html" and md.name == "report.md" and md.parent == html.parent
    assert html.stat().st_size > 0 and md.stat().st_size > 0


def test_html_needs_nothing_from_the_network(report):
    html = report[0].read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html


def test_html_has_every_section(report):
    html = report[0].read_text(encoding="utf-8")
    for anchor in (
        'id="summary"',
        'id="findings"',
        'id="timeline"',
        'id="map"',
        'id="timeline-chart"',
        'id="map-chart"',
    ):
        assert anchor in html
    for kind in ("contradiction", "arithmetic", "metric_confusion", "period_drift", "single_source"):
        assert f'data-kind="{kind}"' in html


def test_evidence_is_rtl_arabic_with_the_number_marked(report):
    html = report[0].read_text(encoding="utf-8")
    quotes = re.findall(r'<blockquote class="evidence" dir="rtl" lang="ar">(.*?)</blockquote>', html)
    assert quotes
    assert all("<mark>" in q for q in quotes)
    assert any("<mark>٥٧</mark>" in q for q in quotes)  # highlighted as written, Arabic-Indic digits


def test_places_are_drawn_on_the_map(report):
    html = report[0].read_text(encoding="utf-8")
    assert 'data-id="IQ"' in html and 'data-id="SY"' in html


def test_markdown_lists_findings_with_bold_numbers(report):
    md = report[1].read_text(encoding="utf-8")
    assert md.startswith("# marsad")
    assert "## Summary by period, country and metric" in md
    assert "### Contradiction" in md and "### Broken arithmetic" in md
    assert "**٥٧**" in md


def test_empty_store_still_gives_a_report(tmp_path):
    from marsad.store import db as store

    engine = store.connect(f"sqlite:///{tmp_path / 'empty.db'}")
    html, md = write_report(engine, tmp_path / "r.html")
    assert "No findings." in html.read_text(encoding="utf-8")
    assert md.exists()
