"""The self-contained HTML report: one file, inline CSS and SVG, no scripts.

The evidence quote and the finding card are the dashboard's too: both render the
macros of ``templates/shared.html``.
"""

from __future__ import annotations

from functools import cache
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from marsad.consolidate.explain import countries_label, kind_label, metric_label, period_label
from marsad.model import Finding
from marsad.report.gather import Quote, ReportData
from marsad.report.svg import timeline, world_map

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Tahoma,"Noto Naskh Arabic",sans-serif;margin:2rem auto;max-width:64rem;
padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.6rem 1rem;margin:1rem 0}
.finding.contradiction{border-left-color:#d62728}.finding.arithmetic{border-left-color:#ff7f0e}
.finding.metric_confusion{border-left-color:#9467bd}.finding.period_drift{border-left-color:#1f77b4}
.finding.single_source{border-left-color:#bbb}.finding h4{margin:.2rem 0}
.explanation-ar,.evidence{font-family:"Noto Naskh Arabic","Amiri",Tahoma,serif;font-size:1.05rem}
.evidence{background:#fafafa;border-right:3px solid #ccc;margin:.4rem 0;padding:.3rem .8rem}
.evidence mark{background:#ffe066;padding:0 .15em;border-radius:2px;font-weight:bold}
.cite{display:block;font-size:.8rem;color:#666;direction:ltr;text-align:left;font-family:system-ui,sans-serif}
.tick,.value,.label{font:11px system-ui,sans-serif;fill:#444}.panel-title{font:bold 12px system-ui,sans-serif}
.axis{stroke:#999}.grid{stroke:#dfe6ee;stroke-width:1}.sea{fill:#f6f9fc}
.land{fill:#eceae4;stroke:#b9b4a8;stroke-width:.6}.land.has-claims{fill:#dfe7f0}
circle.country{fill:#1f77b4;fill-opacity:.55;stroke:#1f77b4}circle.place{fill:#d62728;fill-opacity:.6;stroke:#a00}
.muted{color:#666;font-size:.9rem}details summary{cursor:pointer;font-weight:bold;margin:.6rem 0}
"""


def _e(s: object) -> str:
    return escape(str(s))


@cache
def shared() -> Any:
    """The macros the report shares with the dashboard (``templates/shared.html``)."""
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("shared.html").module


def cite(q: Quote) -> str:
    m = q.meta
    return (
        f"{q.doc} · {metric_label(m['metric'])} {m['value']} ({m.get('qualifier', 'exact')}) · "
        f"{period_label(_period(m))} · {countries_label(m.get('countries') or [])} · "
        f"source: {m.get('source') or 'outlet'}"
    )


def quote_html(q: Quote) -> str:
    return str(shared().evidence(q, cite(q)))


def _period(m: dict):
    from marsad.model import Period

    return Period.from_dict(m.get("period"))


def finding_html(f: Finding, quotes: list[Quote]) -> str:
    metric = " / ".join(metric_label(m) for m in f.metric.split("/"))
    head = (
        f"{_e(kind_label(f.kind))} · {_e(metric)} · {_e(countries_label(f.countries))} · {_e(period_label(f.period))}"
        f" · values {_e(', '.join(map(str, f.values)))}"
    )
    uniq = unique_quotes(quotes)
    return str(shared().finding_card(f, uniq, Markup(head), [cite(q) for q in uniq]))


def unique_quotes(quotes: list[Quote]) -> list[Quote]:
    """One quote per sentence: one sentence may carry several of a finding's claims."""
    seen: set[tuple[str, str]] = set()
    uniq = []
    for q in quotes:
        if (q.doc, q.text) not in seen:
            seen.add((q.doc, q.text))
            uniq.append(q)
    return uniq


def summary_html(data: ReportData) -> str:
    rows = sorted(
        data.facts,
        key=lambda f: (f.period.start.isoformat() if f.period else "~", f.countries, f.metric, f.value),
    )
    out = [
        '<table id="summary-table"><thead><tr><th>period</th><th>countries</th><th>metric</th><th>value</th>'
        "<th>outlets</th><th>sources</th><th>articles</th></tr></thead><tbody>"
    ]
    for f in rows:
        q = "" if f.qualifier == "exact" else f" ({f.qualifier})"
        nested = " ⊂" if f.period_relation == "contains" else ""
        out.append(
            f"<tr><td>{_e(period_label(f.period))}{nested}</td><td>{_e(countries_label(f.countries))}</td>"
            f"<td>{_e(metric_label(f.metric))}</td><td class='num'>{f.value}{_e(q)}</td>"
            f"<td class='num'>{f.corroboration}</td><td>{_e(', '.join(f.sources) or '—')}</td>"
            f"<td>{_e(', '.join(f.docs))}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append(
        '<p class="muted">outlets: distinct outlets reporting the figure (near-duplicate copies count once); '
        "⊂: the articles give nested periods for it.</p>"
    )
    return "".join(out)


def corroborated_html(data: ReportData) -> str:
    rows = sorted(
        (f for f in data.facts if f.corroboration > 1), key=lambda f: (-f.corroboration, f.metric, -f.value)
    )
    if not rows:
        return "<p>No figure is reported by more than one outlet.</p>"
    items = []
    for f in rows:
        nested = " (the articles give nested periods)" if f.period_relation == "contains" else ""
        items.append(
            f'<li data-fact="{_e(f.id)}"><strong>{f.value}</strong> {_e(metric_label(f.metric))} · '
            f"{_e(countries_label(f.countries))} · {_e(period_label(f.period))}{_e(nested)} — "
            f"<strong>{f.corroboration} outlets</strong> ({_e(', '.join(f.docs))}); "
            f"stated by {_e(', '.join(f.sources) or 'the outlets themselves')}</li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def findings_html(data: ReportData) -> str:
    index = {id(f): i for i, f in enumerate(data.all_findings)}
    out = []
    for kind, rows in data.findings.items():
        items = "".join(finding_html(f, data.quotes[index[id(f)]]) for f in rows)
        title = f"{_e(kind_label(kind))} · <span lang='ar' dir='rtl'>{_e(kind_label(kind, 'ar'))}</span> ({len(rows)})"
        if kind == "single_source":  # many and individually minor: folded
            out.append(
                f'<details class="kind" data-kind="{kind}"><summary>{title}</summary>{items}</details>'
            )
        else:
            out.append(f'<section class="kind" data-kind="{kind}"><h3>{title}</h3>{items}</section>')
    if not out:
        out.append("<p>No findings.</p>")
    return "".join(out)


def render(data: ReportData) -> str:
    n_findings = sum(len(v) for k, v in data.findings.items() if k != "single_source")
    dup = f", {len(data.duplicates)} near-duplicate copies" if data.duplicates else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>marsad report</title>
<style>{CSS}</style>
</head>
<body>
<h1>marsad — cross-checked count claims</h1>
<p class="muted">{data.documents} articles{dup}, {data.claims} claims, {len(data.facts)} facts,
{n_findings} findings besides single-source figures. Generated {data.generated.isoformat()}.</p>
<section id="summary"><h2>Summary by period, country and metric</h2>{summary_html(data)}</section>
<section id="corroborated"><h2>Corroborated figures</h2>{corroborated_html(data)}</section>
<section id="findings"><h2>Findings · <span lang="ar" dir="rtl">النتائج</span></h2>{findings_html(data)}</section>
<section id="timeline"><h2>Timeline of the main metrics</h2>{timeline(data.facts)}</section>
<section id="map"><h2>Places named in the claims</h2>{world_map(data.points)}</section>
</body>
</html>
"""
