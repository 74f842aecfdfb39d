"""The self-contained HTML report: one file, inline CSS and SVG, no scripts.

Rendered a piece at a time (``head``, ``summary``, a finding card, a figure's
row, …) so that ``write_report`` writes it as it streams from the store. The
evidence quote and the finding card are the dashboard's too: both render the
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
from marsad.report.gather import Figure, Overview, Quote
from marsad.report.places import Point
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
.more{background:#f4f7fb;border:1px solid #d5dde8;border-radius:4px;padding:.4rem .8rem}code{font-size:.88rem}
ol.top li{margin:.3rem 0}
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


def _n(n: int) -> str:
    return f"{n:,}"


def more(n: int, what: str, commands: list[str]) -> str:
    """The note closing a cut section: how many more, and where they all are."""
    ways = ", ".join(f"<code>{_e(c)}</code>" for c in commands)
    return f'<p class="more">and {_n(n)} more {_e(what)}: {ways} (each with the same <code>--db</code>).</p>'


def headline(f: Finding, values: int = 6) -> str:
    """A finding in one short line: metric, countries, period and its first values (its card says the rest)."""
    metric = " / ".join(metric_label(m) for m in f.metric.split("/"))
    shown = ", ".join(map(str, f.values[:values])) + (", …" if len(f.values) > values else "")
    return f"{metric} · {countries_label(f.countries)} · {period_label(f.period)} · values {shown}"


def articles(f: Figure) -> str:
    """The figure's first articles, and how many more."""
    rest = f.n_docs - len(f.docs)
    return ", ".join(f.docs) + (f" and {rest:,} more" if rest > 0 else "")


def _fact_line(f: Figure) -> str:
    nested = " (the articles give nested periods)" if f.period_relation == "contains" else ""
    return (
        f'<li data-fact="{_e(f.id)}"><strong>{f.value}</strong> {_e(metric_label(f.metric))} · '
        f"{_e(countries_label(f.countries))} · {_e(period_label(f.period))}{_e(nested)} — "
        f"<strong>{f.corroboration} outlets</strong> ({_e(articles(f))}); "
        f"stated by {_e(', '.join(f.sources) or 'the outlets themselves')}</li>"
    )


def matrix_html(matrix: dict[tuple[str, str], int], columns: int = 12) -> str:
    """Claims by metric (rows) and country (columns, the most claimed first; the rest summed)."""
    if not matrix:
        return "<p>No claims.</p>"
    by_country: dict[str, int] = {}
    for (_, c), n in matrix.items():
        by_country[c] = by_country.get(c, 0) + n
    shown = sorted(by_country, key=lambda c: (-by_country[c], c))[:columns]
    rest = len(by_country) > len(shown)
    metrics = sorted({m for m, _ in matrix}, key=lambda m: (-sum(n for (mm, _), n in matrix.items() if mm == m), m))
    head = "".join(f"<th>{_e(countries_label([c] if c else []))}</th>" for c in shown)
    out = [f'<table id="matrix"><thead><tr><th>metric</th>{head}{"<th>other</th>" if rest else ""}</tr></thead><tbody>']
    for m in metrics:
        cells = "".join(f"<td class='num'>{_n(matrix.get((m, c), 0))}</td>" for c in shown)
        if rest:
            other = sum(n for (mm, c), n in matrix.items() if mm == m and c not in shown)
            cells += f"<td class='num'>{_n(other)}</td>"
        out.append(f"<tr><th>{_e(metric_label(m))}</th>{cells}</tr>")
    out.append("</tbody></table>")
    out.append('<p class="muted">A claim about several countries counts under each of them.</p>')
    return "".join(out)


def summary(ov: Overview, limit: int | None) -> str:
    """The summary section: findings by kind with the top of each, the most corroborated figures, the claims."""
    rows = "".join(
        f'<tr><td><a href="#kind-{k}">{_e(kind_label(k))}</a></td><td lang="ar" dir="rtl">{_e(kind_label(k, "ar"))}</td>'
        f"<td class='num'>{_n(n)}</td></tr>"
        for k, n in ov.kinds.items()
    )
    kinds = (
        f'<table id="kinds"><thead><tr><th>finding</th><th>النتيجة</th><th>how many</th></tr></thead><tbody>{rows}</tbody></table>'
        if rows
        else "<p>No findings.</p>"
    )
    top = []
    for k, found in ov.top_findings.items():
        if k == "single_source":  # one outlet's figure: the corroboration list below says more
            continue
        items = []
        for place, f in found:
            shown = limit is None or place < limit  # its card is in the findings below
            text = _e(headline(f))
            link = f'<a href="#finding-{_e(f.id)}">{text}</a>' if shown else text
            items.append(f"<li>{link} <span class=\"muted\">({len(f.docs)} articles)</span></li>")
        top.append(f"<h4>{_e(kind_label(k))}</h4><ol class=\"top\">{''.join(items)}</ol>")
    facts = "".join(_fact_line(f) for f in ov.top_facts)
    facts_html = f'<ol class="top" id="corroborated">{facts}</ol>' if facts else "<p>No figure is reported by more than one outlet.</p>"
    cut = ov.corroborated - len(ov.top_facts)
    if cut > 0:
        facts_html += more(cut, "figures reported by two or more outlets",
                           ["marsad serve → /facts?min_corroboration=2", "marsad report --full"])
    return (
        '<section id="summary"><h2>Summary</h2>'
        f"<h3>Findings by kind</h3>{kinds}"
        + (f"<h3>Top findings: the most articles involved</h3>{''.join(top)}" if top else "")
        + f"<h3>Figures reported by the most outlets</h3>{facts_html}"
        f"<h3>Claims by metric and country</h3>{matrix_html(ov.matrix)}</section>"
    )


def head(ov: Overview, limit: int | None) -> str:
    dup = f", {_n(ov.duplicates)} near-duplicate copies" if ov.duplicates else ""
    cut = "" if limit is None else (
        f" Each list below shows its first {_n(limit)}; <code>marsad report --full</code> writes them all."
    )
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
<p class="muted">{_n(ov.documents)} articles{dup}, {_n(ov.claims)} claims, {_n(ov.facts)} facts,
{_n(ov.findings)} findings besides single-source figures. Generated {ov.generated.isoformat()}.{cut}</p>
"""


def findings_open() -> str:
    return '<section id="findings"><h2>Findings · <span lang="ar" dir="rtl">النتائج</span></h2>'


def kind_open(kind: str, n: int) -> str:
    title = f"{_e(kind_label(kind))} · <span lang='ar' dir='rtl'>{_e(kind_label(kind, 'ar'))}</span> ({_n(n)})"
    if kind == "single_source":  # many and individually minor: folded
        return f'<details class="kind" data-kind="{kind}" id="kind-{kind}"><summary>{title}</summary>'
    return f'<section class="kind" data-kind="{kind}" id="kind-{kind}"><h3>{title}</h3>'


def kind_close(kind: str, n: int, shown: int) -> str:
    note = ""
    if n > shown:
        label = kind_label(kind).lower()
        note = more(n - shown, f"{label} findings", [f"marsad findings --kind {kind}", "marsad report --full",
                                                    f"marsad serve → /findings?kind={kind}"])
    return note + ("</details>" if kind == "single_source" else "</section>")


def findings_close(any_found: bool) -> str:
    return ("" if any_found else "<p>No findings.</p>") + "</section>"


def figures_open() -> str:
    return (
        '<section id="figures"><h2>Figures by period, country and metric</h2>'
        '<table id="figures-table"><thead><tr><th>period</th><th>countries</th><th>metric</th><th>value</th>'
        "<th>outlets</th><th>sources</th><th>articles</th></tr></thead><tbody>"
    )


def figure_row(f: Figure) -> str:
    q = "" if f.qualifier == "exact" else f" ({f.qualifier})"
    nested = " ⊂" if f.period_relation == "contains" else ""
    return (
        f"<tr><td>{_e(period_label(f.period))}{nested}</td><td>{_e(countries_label(f.countries))}</td>"
        f"<td>{_e(metric_label(f.metric))}</td><td class='num'>{f.value}{_e(q)}</td>"
        f"<td class='num'>{f.corroboration}</td><td>{_e(', '.join(f.sources) or '—')}</td>"
        f"<td>{_e(articles(f))}</td></tr>"
    )


def figures_close(n: int, shown: int) -> str:
    note = more(n - shown, "figures", ["marsad report --full", "marsad serve → /facts"]) if n > shown else ""
    return (
        "</tbody></table>"
        '<p class="muted">outlets: distinct outlets reporting the figure (near-duplicate copies count once); '
        f"⊂: the articles give nested periods for it.</p>{note}</section>"
    )


def pictures(facts: list[Figure], per_metric: int, pts: list[Point]) -> str:
    return (
        f'<section id="timeline"><h2>Timeline of the main metrics</h2>{timeline(facts)}'
        f'<p class="muted">Each metric\'s {_n(per_metric)} most corroborated dated figures at most.</p></section>'
        f'<section id="map"><h2>Places named in the claims</h2>{world_map(pts)}</section>'
    )


TAIL = "</body>\n</html>\n"
