"""The dashboard: server-rendered pages over the same queries as the API, in English and Arabic.

Pages work without JavaScript (every filter is a link or a form); ``static/app.js`` adds
range selection on the timeline and keyboard shortcuts. Templates autoescape everything;
text from articles sits in ``<bdi>`` so a bidi control in an outlet's name cannot reorder
the page around it, and only http(s) URLs become links.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from marsad.consolidate.explain import countries_label, country_name, kind_label, metric_label, period_label
from marsad.model import METRICS, QUALIFIERS, Period
from marsad.report import svg
from marsad.report.gather import KIND_ORDER  # one order of finding kinds for the report and the dashboard
from marsad.report.places import points_from_counts
from marsad.serve.i18n import QUALIFIER_LABELS, STRINGS, pick_lang
from marsad.serve.views import claim_quote, ledger, marked_article, split_claim_id
from marsad.store import db as store
from marsad.store import pages
from marsad.store.db import CLAIM_SORTS, ClaimFilter

router = APIRouter(include_in_schema=False)

HERE = Path(__file__).parent


def _safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address a link may point to, else None (``javascript:``, ``data:``…)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _env() -> Environment:
    env = Environment(
        loader=ChoiceLoader(
            [FileSystemLoader(HERE / "templates"), FileSystemLoader(HERE.parent / "report" / "templates")]
        ),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        metric_label=metric_label,
        kind_label=kind_label,
        period_label=period_label,
        countries_label=countries_label,
        country_name=country_name,
        safe_url=_safe_url,
        METRICS=METRICS,
        QUALIFIERS=QUALIFIERS,
        SORTS=CLAIM_SORTS,
    )
    return env


ENV = _env()


def _query(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in params.items() if v not in (None, "")}
    for k, v in changes.items():
        if v is None:
            merged.pop(k, None)
        else:
            merged[k] = v
    return "?" + urlencode(merged) if merged else ""


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    q = request.query_params
    lang = pick_lang(q.get("lang"), request.cookies.get("lang"), request.headers.get("accept-language"))
    t = STRINGS[lang]
    params = {k: v for k, v in q.items() if k != "lang"}
    other = "ar" if lang == "en" else "en"
    html = ENV.get_template(name).render(
        lang=lang,
        dir="rtl" if lang == "ar" else "ltr",
        t=t,
        ql=QUALIFIER_LABELS[lang],
        path=request.url.path,
        params=params,
        query=lambda **ch: _query(params, **ch),
        switch_url=request.url.path + _query(params, lang=other),
        **ctx,
    )
    response = HTMLResponse(html, status_code=status)
    if q.get("lang") in STRINGS:
        response.set_cookie("lang", q["lang"], max_age=365 * 86400, samesite="lax", httponly=True)
    return response


def not_found(request: Request, message: str = "") -> HTMLResponse:
    return render(request, "not_found.html", status=404, message=message)


def _engine(request: Request) -> Any:
    return request.app.state.settings.engine


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        n = int(value) if value not in (None, "") else None
    except ValueError:
        return None
    return n if n is None or -(2**63) <= n < 2**63 else None


def claim_filter(request: Request) -> ClaimFilter:
    """The page's filter from its query string; values that do not parse are left out."""
    q = request.query_params

    def text(name: str) -> str | None:
        v = q.get(name)
        return v if v else None

    metric = text("metric")
    qualifier = text("qualifier")
    return ClaimFilter(
        metric=metric if metric in METRICS else None,
        country=text("country"),
        source=text("source"),
        outlet=text("outlet"),
        actor=text("actor"),
        qualifier=qualifier if qualifier in QUALIFIERS else None,
        place=text("place"),
        doc=text("doc"),
        since=_date(q.get("since")),
        until=_date(q.get("until")),
        min_value=_int(q.get("min_value")),
        max_value=_int(q.get("max_value")),
        words=text("q"),
    )


def _year_range(f: ClaimFilter, year: str) -> ClaimFilter:
    y = int(year)
    return replace(f, since=date(y, 1, 1), until=date(y, 12, 31))


# -- pages -------------------------------------------------------------------------------------------


def _cached(request: Request, name: str, *key: Any, make: Any) -> Any:
    """``make()``, kept until the store changes (``marsad.serve.cache``): the same for every visitor."""
    return request.app.state.settings.cache.get((name, *key), make)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    engine = _engine(request)
    f = claim_filter(request)
    lang = pick_lang(request.query_params.get("lang"), request.cookies.get("lang"), request.headers.get("accept-language"))
    matrix = _cached(request, "matrix", f, make=lambda: store.claim_matrix(engine, f))
    metrics = [m for m in METRICS if any(k[0] == m for k in matrix)]
    countries = sorted({c for _, c in matrix}, key=lambda c: (-sum(n for (_, cc), n in matrix.items() if cc == c), c))
    params = f.as_params()

    def href(p: Any) -> str:
        key = "country" if p.kind == "country" else "place"
        return "/claims" + _query(params, **{key: p.id})

    def timeline() -> Markup:
        series = store.claim_timeline(engine, f)
        return Markup(svg.claims_timeline(series, labels=lambda m: metric_label(m, lang)))  # escaped inside

    def world_map() -> Markup:
        title = "الأماكن التي تذكرها الادعاءات" if lang == "ar" else "Places the claims name"
        pts = points_from_counts(store.claim_places(engine, f))
        return Markup(svg.world_map(pts, href=href, title=title, lang=lang))  # escaped inside

    def latest_findings() -> tuple[list[Any], int]:
        found, total = [], 0
        for kind in KIND_ORDER[:-1]:  # single-source figures are many and minor: not on the overview
            rows, n = store.finding_page(
                engine, kind=kind, since=f.since, until=f.until, metric=f.metric, country=f.country, limit=8
            )
            found += rows
            total += n
        found.sort(key=lambda x: (x.period.end if x.period else date.min), reverse=True)
        return found[:8], total

    findings, total_findings = _cached(request, "findings", f, make=latest_findings)
    # claims by metric under the filter: one grouped count (what a count per metric gives)
    by_metric = _cached(
        request, "by_metric", f, make=lambda: dict(store.claim_facets(engine, f, ("metric",), limit=len(METRICS))["metric"])
    )
    return render(
        request,
        "overview.html",
        f=f,
        counts=_cached(request, "counts", make=lambda: store.store_counts(engine)),
        matrix=matrix,
        metrics=metrics,
        countries=countries,
        totals={m: by_metric.get(m, 0) for m in metrics},
        timeline=_cached(request, "timeline", f, lang, make=timeline),
        map_svg=_cached(request, "map", f, lang, make=world_map),
        findings=findings,
        total_findings=total_findings,
    )


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    engine = _engine(request)
    f = claim_filter(request)
    if request.query_params.get("year", "").isdigit():
        f = _year_range(f, request.query_params["year"])
    sort = request.query_params.get("sort", "stored")
    sort = sort if sort in CLAIM_SORTS else "stored"
    from marsad.serve.api import decode_cursor, encode_cursor

    try:
        after = decode_cursor(f"claims:{sort}", request.query_params.get("cursor"))
        rows, more = pages.stored_claim_page(engine, f, sort=sort, after=after, limit=50)
    except Exception:  # a stale or edited cursor: the first page
        rows, more = pages.stored_claim_page(engine, f, sort=sort, limit=50)
    facets = _cached(request, "facets", f, make=lambda: store.claim_facets(engine, f, limit=12))
    return render(
        request,
        "claims.html",
        f=f,
        rows=rows,
        facets=facets,
        sort=sort,
        total=_cached(request, "count", f, make=lambda: store.count_claims(engine, f)),
        next_cursor=encode_cursor(f"claims:{sort}", more) if more is not None else None,
        download=lambda fmt: "/api/v1/claims" + _query({**f.as_params(), "sort": sort}, format=fmt),
    )


@router.get("/claim", response_class=HTMLResponse)
def claim_view(request: Request) -> HTMLResponse:
    engine = _engine(request)
    doc = request.query_params.get("doc", "")
    n = _int(request.query_params.get("n"))
    c = store.get_claim(engine, doc, n) if doc and n is not None else None
    if c is None:
        return not_found(request)
    info = store.get_document(engine, doc)
    text = info.text if info else None
    claims = store.document_claims(engine, doc)
    facts = store.facts_of_claim(engine, c.id)
    return render(
        request,
        "claim.html",
        c=c,
        info=info,
        quote=claim_quote(c, text),
        segments=marked_article(text or "", claims, c.ordinal),
        claims=claims,
        facts=facts,
        findings=store.query_findings(engine, doc=doc),
    )


@router.get("/document", response_class=HTMLResponse)
def document_view(request: Request) -> HTMLResponse:
    engine = _engine(request)
    doc = request.query_params.get("id", "")
    info = store.get_document(engine, doc) if doc else None
    if info is None:
        return not_found(request)
    claims = store.document_claims(engine, doc) if info.stored else []
    return render(
        request,
        "document.html",
        info=info,
        claims=claims,
        segments=marked_article(info.text or "", claims),
    )


@router.get("/facts", response_class=HTMLResponse)
def facts_page(request: Request) -> HTMLResponse:
    f = claim_filter(request)
    min_c = _int(request.query_params.get("min_corroboration"))
    rows, total = store.fact_page(
        _engine(request), metric=f.metric, country=f.country, since=f.since, until=f.until,
        min_corroboration=min_c if min_c and min_c > 0 else None, limit=500,
    )
    return render(request, "facts.html", f=f, rows=rows, total=total, min_corroboration=min_c)


@router.get("/facts/{fact_id}", response_class=HTMLResponse)
def ledger_page(request: Request, fact_id: str) -> HTMLResponse:
    found = ledger(_engine(request), fact_id)
    if found is None:
        return not_found(request)
    return render(request, "ledger.html", L=found, split_claim_id=split_claim_id)


@router.get("/findings", response_class=HTMLResponse)
def findings_page(request: Request) -> HTMLResponse:
    f = claim_filter(request)
    kind = request.query_params.get("kind") or None
    groups = []
    for k in KIND_ORDER if kind is None else [kind]:
        rows, n = store.finding_page(
            _engine(request), kind=k, metric=f.metric, country=f.country, since=f.since, until=f.until, limit=200
        )
        if n:
            groups.append((k, rows, n))
    total = sum(n for _, _, n in groups)
    return render(request, "findings.html", f=f, groups=groups, kind=kind, total=total)


def period_of(d: dict | None) -> Period | None:
    return Period.from_dict(d) if d else None


ENV.globals["period_of"] = period_of
ENV.globals["lambda_ledger"] = lambda fact_id: f"/facts/{fact_id}"
ENV.globals["link"] = lambda path, base, **changes: path + _query(base, **changes)
