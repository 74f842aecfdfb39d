"""The ``marsad`` command: a thin shell over the library, same names as the API.

Written with click, not typer: typer (0.2x) checks every option's value through a pydantic
``TypeAdapter``, and importing pydantic for that cost ``marsad parse`` about 0.13 s of CPU
before it read a word — more than the whole command takes now (bench/bench_startup.py).
Each command imports what it uses (the pipeline, the store, rich) when it runs, so
``marsad --help`` and ``marsad parse`` load neither the server, nor the store, nor rich.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console
    from sqlalchemy.engine import Engine

    from marsad.store.db import ClaimFilter

PATH = click.Path(path_type=Path)


@click.group(
    help="marsad (مرصد): count claims from Arabic conflict reporting, source-attributed and cross-checked.",
    context_settings={"help_option_names": ["--help"], "max_content_width": 110},
)
def app() -> None:
    pass


# rich is imported by the commands that print with it: `marsad parse --json` and the
# other plain-output commands start about 30 ms sooner without it (bench/bench_startup.py).
@cache
def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr)


_db_option = click.option("--db", help="Store: a SQLAlchemy URL or a SQLite file path (default ./marsad.db).")


def _store(db: str | None) -> Engine:
    """The store's engine for this command, disposed when the command ends: its pool would otherwise keep
    a connection open in a process that runs commands one after another (a notebook, a test's CliRunner)
    until the server refuses more clients."""
    from marsad.store import db as store

    engine = store.connect(db)
    click.get_current_context().call_on_close(engine.dispose)
    return engine


def _fail(message: str, code: int = 2) -> None:
    """One line on stderr and an exit status, instead of a traceback."""
    _console(stderr=True).print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    raise click.exceptions.Exit(code)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"not an ISO date (YYYY-MM-DD): {value}") from e


@app.command()
@click.argument("corpus", type=PATH)
@click.option(
    "-o",
    "--output",
    type=PATH,
    help="Also write the claims as JSONL; with --engine dask, the Parquet folder.",
)
@_db_option
@click.option("--force/--no-force", default=False, help="Re-extract documents already stored.")
@click.option(
    "--workers", type=click.IntRange(min=1), help="Processes extracting at once (default: every core)."
)
@click.option(
    "--engine",
    default="local",
    show_default=True,
    help="local (this machine's processes) or dask (a Dask cluster, Parquet out).",
)
@click.option("--scheduler", help="With --engine dask: the scheduler's address (default: a local cluster).")
def extract(
    corpus: Path,
    output: Path | None,
    db: str | None,
    force: bool,
    workers: int | None,
    engine: str,
    scheduler: str | None,
) -> None:
    """Extract count claims from a corpus into the store.

    Example: marsad extract reports/ -o claims.jsonl --db sqlite:///marsad.db --workers 2

    With --engine dask the corpus is extracted on a Dask cluster into a folder of
    partitioned Parquet (documents/, claims/, errors/; -o names it, default ./marsad-parquet),
    which marsad load brings into a store.
    """
    from marsad.outfile import output_path_error
    from marsad.pipeline import run

    if engine not in ("local", "dask"):
        raise click.BadParameter(f"unknown engine '{engine}': use local or dask", param_hint="--engine")
    if scheduler is not None and engine != "dask":
        raise click.BadParameter("--scheduler goes with --engine dask", param_hint="--scheduler")
    if engine == "dask":
        _extract_dask(corpus, output or Path("marsad-parquet"), scheduler, workers, force)
        return
    if output is not None and (problem := output_path_error(output)):
        _fail(problem)
    if workers is None:
        from marsad.engine.pool import default_workers

        workers = default_workers()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=_console(stderr=True),
        transient=True,
        disable=not _console(stderr=True).is_terminal,
    ) as bar:
        task = bar.add_task("extracting", total=None)
        summary = run(
            corpus, db=db, out=output, progress=lambda _r: bar.advance(task), force=force, workers=workers
        )
    _print_run(summary)
    if summary.errors:
        raise click.exceptions.Exit(1)


def _extract_dask(corpus: Path, out: Path, scheduler: str | None, workers: int | None, force: bool) -> None:
    from marsad.engine.distributed import DaskUnavailable, extract_to_parquet

    try:
        summary = extract_to_parquet(corpus, out, scheduler=scheduler, workers=workers, overwrite=force)
    except DaskUnavailable as e:
        _fail(str(e))
    except FileExistsError as e:
        _fail(f"{e}: give another -o, or --force to replace it")
    _console().print(
        f"[bold]{summary.documents}[/bold] documents extracted on {summary.partitions} partitions, "
        f"[bold]{summary.claims}[/bold] claims, {summary.errors} errors, {summary.not_arabic} pages not in Arabic "
        f"skipped → {out} (marsad load {out})"
    )
    if summary.errors:
        raise click.exceptions.Exit(1)


def _print_run(summary) -> None:  # type: ignore[no-untyped-def]
    skipped = ""
    if summary.not_arabic:
        skipped += f", {summary.not_arabic} pages not in Arabic skipped"
    if summary.known_urls:
        skipped += f", {summary.known_urls} pages whose URL is stored already skipped"
    _console().print(
        f"[bold]{summary.documents}[/bold] documents extracted, {summary.skipped} unchanged and skipped, "
        f"[bold]{summary.claims}[/bold] claims, {len(summary.errors)} errors{skipped}"
    )
    for e in summary.errors:
        _console(stderr=True).print(f"[red]error[/red] {e.doc} ({e.path}): {e.code}: {e.message}")


@app.command()
@_db_option
def summary(db: str | None) -> None:
    """A readable summary of the store: claims per metric and country, errors of the last run.

    Example: marsad summary --db sqlite:///demo.db
    """
    from rich.table import Table

    from marsad.model import METRICS
    from marsad.store import db as store

    engine = _store(db)
    claims = store.query_claims(engine)
    countries = sorted({c for cl in claims for c in (cl.countries or ["—"])})
    t = Table(title=f"{len(claims)} claims by metric and country")
    t.add_column("metric")
    for c in countries:
        t.add_column(c, justify="right")
    t.add_column("total", justify="right")
    for m in METRICS:
        row = [cl for cl in claims if cl.metric == m]
        if not row:
            continue
        t.add_row(
            m, *[str(sum(1 for cl in row if c in (cl.countries or ["—"]))) for c in countries], str(len(row))
        )
    _console().print(t)
    run = store.last_run(engine)
    if run is not None:
        errs = store.errors(engine, run.id)
        _console().print(f"last run: {run.documents} documents, {run.skipped} skipped, {run.errors} errors")
        for e in errs:
            _console().print(f"  [red]{e.code}[/red] {e.doc}: {e.message}")


# The claim filter of `marsad claims` and `marsad export`, named as the API's and the dashboard's
# query parameters (q: words in the evidence); both build a store.ClaimFilter, whose conditions
# (store.db.claim_conditions, store.search for q) every claim query of the CLI, API and dashboard uses.
_CLAIM_FILTER_OPTIONS = (
    click.option("--metric", help="Only this metric."),
    click.option("--country", help="Only claims covering this ISO country code."),
    click.option("--source", help="Only claims stated by this source id."),
    click.option("--doc", help="Only this document."),
    click.option("--since", help="Period overlaps from this date (YYYY-MM-DD)."),
    click.option("--until", help="Period overlaps until this date (YYYY-MM-DD)."),
    click.option(
        "-q",
        "--q",
        "q",
        metavar="WORDS",
        help="Only claims whose evidence holds every one of these words, as substrings, ASCII letters "
        "without case (the API's q=): -q 'كركوك داعش'.",
    ),
)


def _claim_filter_options(command: Callable[..., None]) -> Callable[..., None]:
    for option in reversed(_CLAIM_FILTER_OPTIONS):
        command = option(command)
    return command


def _claim_filter(
    metric: str | None,
    country: str | None,
    source: str | None,
    doc: str | None,
    since: str | None,
    until: str | None,
    q: str | None,
) -> ClaimFilter:
    from marsad.store.db import ClaimFilter

    return ClaimFilter(
        metric=metric,
        country=country,
        source=source,
        doc=doc,
        since=_date(since),
        until=_date(until),
        words=q,
    )


@app.command()
@_db_option
@_claim_filter_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (1 or more).")
def claims(
    db: str | None,
    metric: str | None,
    country: str | None,
    source: str | None,
    doc: str | None,
    since: str | None,
    until: str | None,
    q: str | None,
    as_json: bool,
    limit: int | None,
) -> None:
    """List stored claims, filtered.

    Example: marsad claims --metric killed --country SY --since 2024-01-01 -q 'داعش' --json
    """
    from marsad.store import db as store

    f = _claim_filter(metric, country, source, doc, since, until, q)
    rows = store.query_claims(
        _store(db),
        metric=f.metric,
        country=f.country,
        source=f.source,
        doc=f.doc,
        since=f.since,
        until=f.until,
        words=f.words,
        limit=limit,
    )
    if as_json:
        for c in rows:
            sys.stdout.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        return
    from rich.table import Table

    t = Table(title=f"{len(rows)} claims")
    for col in ("doc", "metric", "value", "qualifier", "countries", "period", "actor", "source"):
        t.add_column(col)
    for c in rows:
        per = f"{c.period.start}..{c.period.end}" if c.period else "—"
        t.add_row(
            c.doc,
            c.metric,
            str(c.value),
            c.qualifier,
            ",".join(c.countries),
            per,
            ",".join(c.actor),
            c.source or "—",
        )
    _console().print(t)


@app.command()
@click.argument("output", type=PATH)
@click.option("--format", "fmt", default="jsonl", show_default=True, help="jsonl, csv, parquet or geojson.")
@_db_option
@click.option(
    "--raw-cells", is_flag=True, help="CSV: keep cells starting with = + - @ as they are (no formula guard)."
)
@_claim_filter_options
def export(
    output: Path,
    fmt: str,
    db: str | None,
    raw_cells: bool,
    metric: str | None,
    country: str | None,
    source: str | None,
    doc: str | None,
    since: str | None,
    until: str | None,
    q: str | None,
) -> None:
    """Export stored claims as JSONL, CSV, Parquet or GeoJSON, streamed from the store; every claim,
    or those the filter options keep (the API's download, format=, takes the same filter).

    Example: marsad export claims.parquet --format parquet --metric killed -q 'كركوك'
    """
    from marsad.export import FORMATS, export_claims, export_geojson
    from marsad.outfile import OutputError
    from marsad.store import stream

    if fmt.lower() not in (*FORMATS, "geojson"):
        raise click.BadParameter(f"unknown format '{fmt}': use jsonl, csv, parquet or geojson")
    f = _claim_filter(metric, country, source, doc, since, until, q)
    try:
        engine = _store(db)
        if fmt.lower() == "geojson":
            n = export_geojson(stream.stored_claims(engine, f=f), output)
        else:
            n = export_claims(stream.claims(engine, f=f), output, fmt, guard_formulas=not raw_cells)
    except ValueError as e:
        raise click.BadParameter(str(e)) from e
    except OutputError as e:
        _fail(str(e))
    _console().print(f"{n} claims written to {output}")


@app.command()
@click.argument("run_dir", type=PATH)
@_db_option
def load(run_dir: Path, db: str | None) -> None:
    """Bring a Dask run's Parquet (documents/, claims/, errors/) into the store (idempotent).

    Example: marsad load run/ --db postgresql://marsad@db/marsad
    """
    from marsad.engine.load import NotARun, load_run

    try:
        summary = load_run(run_dir, db=db)
    except NotARun as e:
        _fail(str(e))
    _print_run(summary)
    if summary.errors:
        raise click.exceptions.Exit(1)


@app.command(name="eval")
@click.argument("gold", type=PATH)
@click.argument("pred", type=PATH)
@click.option("--corpus", type=PATH, help="Corpus, to check evidence and count every document.")
@click.option("--show/--no-show", default=False, help="List misses and false positives.")
def eval_(gold: Path, pred: Path, corpus: Path | None, show: bool) -> None:
    """Score predicted claims against gold, with the figures of the shared scorer.

    Example: marsad eval gold.jsonl claims.jsonl --corpus corpus.jsonl --show
    """
    from marsad.evaluate import score_files

    s = score_files(gold, pred, corpus)
    click.echo(s.report(show=show, corpus=corpus is not None))


@app.command()
@click.argument("text")
@click.option("--published", help="Document date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def parse(text: str, published: str | None, as_json: bool) -> None:
    """Show what marsad recognises in a text: quantities, times, entities and claims.

    Example: marsad parse "قتل 3 عناصر من داعش في كركوك أمس" --published 2024-05-03 --json
    """
    from marsad.pipeline import parse as parse_text

    result = parse_text(text, _date(published))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    from rich.table import Table

    for section in ("quantities", "times", "entities"):
        t = Table(title=section)
        rows = result[section]
        if not rows:
            _console().print(f"{section}: none")
            continue
        for col in rows[0]:
            t.add_column(col)
        for r in rows:
            t.add_row(*[str(v) for v in r.values()])
        _console().print(t)
    _console().print(f"document date: {result['document_date']}")
    for c in result["claims"]:
        _console().print(
            f"claim {c['metric']} {c['value']} ({c['qualifier']}) {c['countries']} {c['period']} "
            f"actor={c['actor']} source={c['source']} rule={c.get('rule')} context={c.get('context')}"
        )


@app.command()
@_db_option
@click.option(
    "--summary",
    "show",
    is_flag=True,
    help="Then print the figures two or more outlets report and every finding but single-source ones.",
)
def consolidate(db: str | None, show: bool) -> None:
    """Cross-check stored claims: near-duplicate articles, facts, findings (idempotent).

    Example: marsad consolidate --db sqlite:///marsad.db --summary
    """
    from marsad.consolidate import consolidate as run_consolidation

    engine = _store(db)
    result = run_consolidation(engine)
    _console().print(
        f"{result.documents} documents ({result.duplicates} near-duplicates), {result.claims} claims → "
        f"[bold]{result.facts}[/bold] facts, [bold]{result.findings}[/bold] findings"
    )
    if show:
        from marsad.consolidate import list_facts, list_findings
        from marsad.consolidate.explain import cross_check_lines

        click.echo("\n".join(cross_check_lines(list_facts(engine), list_findings(engine))))


@app.command()
@_db_option
@click.option(
    "--kind",
    help="contradiction, arithmetic, metric_confusion, country_drift, period_drift, source_drift, single_source",
)
@click.option("--metric", help="Only this metric.")
@click.option("--country", help="Only findings covering this ISO country code.")
@click.option(
    "--single-source", is_flag=True, help="Also list figures only one outlet reports (left out by default)."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per finding.")
def findings(
    db: str | None,
    kind: str | None,
    metric: str | None,
    country: str | None,
    single_source: bool,
    as_json: bool,
) -> None:
    """List the findings of the last consolidation: the ones a person can act on, each
    with its explanation under it (figures one outlet alone reports only with --single-source).

    Example: marsad findings --kind contradiction
    """
    from rich.padding import Padding

    from marsad.consolidate import list_findings

    rows = list_findings(_store(db), kind=kind, metric=metric, country=country)
    hidden = 0
    if not single_source and kind != "single_source":
        hidden = sum(1 for f in rows if f.kind == "single_source")
        rows = [f for f in rows if f.kind != "single_source"]
    if as_json:
        for f in rows:
            sys.stdout.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
        return
    # A list, not a table: an explanation is a sentence, and a table column wraps it one
    # word per line at 80 columns.
    note = f" (and {hidden} figures reported by one outlet only: --single-source)" if hidden else ""
    _console().print(f"[bold]{len(rows)} findings[/bold]{note}")
    for f in rows:
        per = f"{f.period.start}..{f.period.end}" if f.period else "no period"
        where = ",".join(f.countries) or "no country"
        values = ", ".join(map(str, f.values))
        _console().print(
            f"[bold]{f.kind}[/bold]  {f.metric}  {where}  {per}  [{values}]  {len(f.docs)} articles",
            highlight=False,
        )
        _console().print(Padding(f.explanation, (0, 0, 0, 4)), highlight=False)


@app.command()
@click.option(
    "-o",
    "--output",
    type=PATH,
    default=Path("marsad-report.html"),
    show_default=True,
    help="HTML file to write (a .md is written beside it).",
)
@_db_option
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Items per list (findings of each kind, figures); the rest are counted.",
)
@click.option("--full", is_flag=True, help="Every finding and figure, however many.")
def report(output: Path, db: str | None, limit: int, full: bool) -> None:
    """Write a self-contained HTML (and Markdown) report: summary first, then findings, figures, timeline, map.

    Example: marsad report -o report.html --db sqlite:///marsad.db
    """
    from marsad.outfile import OutputError
    from marsad.report import write_report

    try:
        html_path, md_path = write_report(_store(db), output, limit=None if full else limit)
    except OutputError as e:
        _fail(str(e))
    _console().print(f"report written to {html_path} and {md_path}")


# marsad serve and marsad token: the API and dashboard (marsad.serve)
from marsad.serve.command import serve_command, token_command  # noqa: E402

app.add_command(serve_command, name="serve")
app.add_command(token_command, name="token")


def main() -> None:
    """The console entry point: a store that cannot be opened is one line, not a traceback."""
    from marsad.store.errors import StoreError

    try:
        app()
    except StoreError as e:
        _console(stderr=True).print(f"[red]error:[/red] {e}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
