"""The report files: self-contained, RTL evidence with the number highlighted, Markdown twin."""

import importlib.util
import re
from pathlib import Path

import pytest

from marsad.consolidate import consolidate, list_facts, list_findings
from marsad.report import write_report

_spec = importlib.util.spec_from_file_location(
    "crosscheck_scenarios", Path(__file__).parents[1] / "consolidate" / "scenarios.py"
)
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)

ALL = ["contradiction", "nested_release", "arithmetic", "metric_confusion", "period_drift", "undated"]


@pytest.fixture
def engine(tmp_path):
    engine = scenarios.engine_for(tmp_path, *ALL)
    consolidate(engine)
    return engine


@pytest.fixture
def report(engine, tmp_path):
    return write_report(engine, tmp_path / "out" / "report.html")


def cards(html: str) -> list[str]:
    return re.findall(r'<article class="finding [a-z_]+" data-kind="([a-z_]+)"', html)


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
    assert md.index("## Summary") < md.index("## Findings") < md.index("## Figures by period, country and metric")
    assert "### Contradiction" in md and "### Broken arithmetic" in md
    assert "**٥٧**" in md


def test_empty_store_still_gives_a_report(tmp_path):
    from marsad.store import db as store

    engine = store.connect(f"sqlite:///{tmp_path / 'empty.db'}")
    html, md = write_report(engine, tmp_path / "r.html")
    assert "No findings." in html.read_text(encoding="utf-8")
    assert md.exists()


def test_the_summary_comes_first_with_kinds_top_findings_figures_and_the_matrix(report):
    html = report[0].read_text(encoding="utf-8")
    order = [html.index(f'id="{a}"') for a in ("summary", "findings", "figures", "timeline", "map")]
    assert order == sorted(order)
    summary = html[order[0] : order[1]]
    assert 'id="kinds"' in summary and 'id="corroborated"' in summary and 'id="matrix"' in summary
    assert "Contradiction" in summary and "Iraq" in summary
    # a top finding links to its card below
    links = re.findall(r'href="#(finding-X[0-9a-f]+)"', summary)
    assert links and all(f'id="{x}"' in html for x in links)


def test_each_list_stops_at_the_limit_and_says_how_many_more_and_where(engine, tmp_path):
    found = list_findings(engine)
    by_kind = {k: sum(1 for f in found if f.kind == k) for k in {f.kind for f in found}}
    assert by_kind["single_source"] > 1 and len(list_facts(engine)) > 1
    html_path, md_path = write_report(engine, tmp_path / "r.html", limit=1)
    html, md = html_path.read_text(encoding="utf-8"), md_path.read_text(encoding="utf-8")
    shown = cards(html)
    assert sorted(shown) == sorted(by_kind)  # one card of each kind
    for kind, n in by_kind.items():
        if n > 1:
            note = f"and {n - 1} more"
            assert note in html and f"marsad findings --kind {kind}" in html and f"/findings?kind={kind}" in html
            assert note in md
    rows = re.findall(r"<tr>", html.split('id="figures-table"')[1].split("</table>")[0])
    assert len(rows) == 2  # the header and one figure
    assert f"and {len(list_facts(engine)) - 1} more figures" in html
    assert "marsad report --full" in html


def test_without_a_limit_every_finding_and_figure_is_written(engine, tmp_path):
    html_path, md_path = write_report(engine, tmp_path / "r.html", limit=None)
    html = html_path.read_text(encoding="utf-8")
    assert len(cards(html)) == len(list_findings(engine))
    assert html.split('id="figures-table"')[1].count("<tr>") == len(list_facts(engine)) + 1
    assert "more figures" not in html and "more contradiction" not in html
    assert md_path.read_text(encoding="utf-8").count("\n#### ") >= len(list_findings(engine))


def test_a_limit_below_one_is_refused(engine, tmp_path):
    with pytest.raises(ValueError, match="at least 1"):
        write_report(engine, tmp_path / "r.html", limit=0)


def test_the_command_line_takes_a_limit_or_full(engine, tmp_path):
    from click.testing import CliRunner

    from marsad.cli import app

    db = f"sqlite:///{engine.url.database}"
    one = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "one.html"), "--limit", "1", "--db", db])
    full = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "full.html"), "--full", "--db", db])
    assert one.exit_code == 0 and full.exit_code == 0, one.output + full.output
    assert len(cards((tmp_path / "one.html").read_text(encoding="utf-8"))) < len(list_findings(engine))
    assert len(cards((tmp_path / "full.html").read_text(encoding="utf-8"))) == len(list_findings(engine))
    assert CliRunner().invoke(app, ["report", "--limit", "0", "--db", db]).exit_code == 2
