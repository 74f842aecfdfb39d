"""The ``marsad`` command: a thin shell over the library, same names as the API."""

from __future__ import annotations

import json
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    help="marsad (مرصد): count claims from Arabic conflict reporting, source-attributed and cross-checked.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


# rich is imported by the commands that print with it: `marsad parse --json` and the
# other plain-output commands start about 30 ms sooner without it (bench/bench_startup.py).
@cache
def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr)

DbOption = Annotated[
    str | None, typer.Option("--db", help="Store: a SQLAlchemy URL or a SQLite file path (default ./marsad.db).")
]


def _fail(message: str, code: int = 2) -> None:
    """One line on stderr and an exit status, instead of a traceback."""
    _console(stderr=True).print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    raise typer.Exit(code=code)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"not an ISO date (YYYY-MM-DD): {value}") from e


@app.command()
def extract(
    corpus: Annotated[
        Path, typer.Argument(help="A .txt/.html/.jsonl(.gz)/.parquet/.warc(.gz) file or a folder of them.")
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Also write the claims as JSONL; with --engine dask, the Parquet folder."),
    ] = None,
    db: DbOption = None,
    force: Annotated[bool, typer.Option(help="Re-extract documents already stored.")] = False,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Processes extracting at once (default: every core).")
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="local (this machine's processes) or dask (a Dask cluster, Parquet out).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="With --engine dask: the scheduler's address (default: a local cluster)."),
    ] = None,
) -> None:
    """Extract count claims from a corpus into the store.

    Example: [bold]marsad extract reports/ -o claims.jsonl --db sqlite:///marsad.db --workers 2[/bold]

    With [bold]--engine dask[/bold] the corpus is extracted on a Dask cluster into a folder of
    partitioned Parquet (documents/, claims/, errors/; -o names it, default ./marsad-parquet),
    which [bold]marsad load[/bold] brings into a store.
    """
    from marsad.outfile import output_path_error
    from marsad.pipeline import run

    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine '{engine}': use local or dask", param_hint="--engine")
    if scheduler is not None and engine != "dask":
        raise typer.BadParameter("--scheduler goes with --engine dask", param_hint="--scheduler")
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
        raise typer.Exit(code=1)


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
        raise typer.Exit(code=1)


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
def summary(db: DbOption = None) -> None:
    """A readable summary of the store: claims per metric and country, errors of the last run.

    Example: [bold]marsad summary --db sqlite:///demo.db[/bold]
    """
    from rich.table import Table

    from marsad.model import METRICS
    from marsad.store import db as store

    engine = store.connect(db)
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
        t.add_row(m, *[str(sum(1 for cl in row if c in (cl.countries or ["—"]))) for c in countries], str(len(row)))
    _console().print(t)
    run = store.last_run(engine)
    if run is not None:
        errs = store.errors(engine, run.id)
        _console().print(f"last run: {run.documents} documents, {run.skipped} skipped, {run.errors} errors")
        for e in errs:
            _console().print(f"  [red]{e.code}[/red] {e.doc}: {e.message}")


@app.command()
def claims(
    db: DbOption = None,
    metric: Annotated[str | None, typer.Option(help="Only this metric.")] = None,
    country: Annotated[str | None, typer.Option(help="Only claims covering this ISO country code.")] = None,
    source: Annotated[str | None, typer.Option(help="Only claims stated by this source id.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document.")] = None,
    since: Annotated[str | None, typer.Option(help="Period overlaps from this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Period overlaps until this date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many (1 or more).")] = None,
) -> None:
    """List stored claims, filtered.

    Example: [bold]marsad claims --metric killed --country SY --since 2024-01-01 --json[/bold]
    """
    from marsad.store import db as store

    rows = store.query_claims(
        store.connect(db),
        metric=metric,
        country=country,
        source=source,
        doc=doc,
        since=_date(since),
        until=_date(until),
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
        t.add_row(c.doc, c.metric, str(c.value), c.qualifier, ",".join(c.countries), per, ",".join(c.actor), c.source or "—")
    _console().print(t)


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, parquet or geojson.")] = "jsonl",
    db: DbOption = None,
    raw_cells: Annotated[
        bool, typer.Option("--raw-cells", help="CSV: keep cells starting with = + - @ as they are (no formula guard).")
    ] = False,
) -> None:
    """Export stored claims as JSONL, CSV, Parquet or GeoJSON, streamed from the store.

    Example: [bold]marsad export claims.parquet --format parquet[/bold]
    """
    from marsad.export import FORMATS, export_claims, export_geojson
    from marsad.outfile import OutputError
    from marsad.store import db as store
    from marsad.store import stream

    if fmt.lower() not in (*FORMATS, "geojson"):
        raise typer.BadParameter(f"unknown format '{fmt}': use jsonl, csv, parquet or geojson")
    try:
        engine = store.connect(db)
        if fmt.lower() == "geojson":
            n = export_geojson(stream.stored_claims(engine), output)
        else:
            n = export_claims(stream.claims(engine), output, fmt, guard_formulas=not raw_cells)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from e
    except OutputError as e:
        _fail(str(e))
    _console().print(f"{n} claims written to {output}")


@app.command()
def load(
    run_dir: Annotated[Path, typer.Argument(help="The Parquet folder of an --engine dask run.")],
    db: DbOption = None,
) -> None:
    """Bring a Dask run's Parquet (documents/, claims/, errors/) into the store (idempotent).

    Example: [bold]marsad load run/ --db postgresql://marsad@db/marsad[/bold]
    """
    from marsad.engine.load import NotARun, load_run

    try:
        summary = load_run(run_dir, db=db)
    except NotARun as e:
        _fail(str(e))
    _print_run(summary)
    if summary.errors:
        raise typer.Exit(code=1)


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold claims (JSONL).")],
    pred: Annotated[Path, typer.Argument(help="Predicted claims (JSONL).")],
    corpus: Annotated[Path | None, typer.Option(help="Corpus, to check evidence and count every document.")] = None,
    show: Annotated[bool, typer.Option(help="List misses and false positives.")] = False,
) -> None:
    """Score predicted claims against gold, with the figures of the shared scorer.

    Example: [bold]marsad eval gold.jsonl claims.jsonl --corpus corpus.jsonl --show[/bold]
    """
    from marsad.evaluate import score_files

    s = score_files(gold, pred, corpus)
    typer.echo(s.report(show=show, corpus=corpus is not None))


@app.command()
def parse(
    text: Annotated[str, typer.Argument(help="Arabic text to inspect.")],
    published: Annotated[str | None, typer.Option(help="Document date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Show what marsad recognises in a text: quantities, times, entities and claims.

    Example: [bold]marsad parse "قتل 3 عناصر من داعش في كركوك أمس" --published 2024-05-03 --json[/bold]
    """
    from marsad.pipeline import parse as parse_text

    result = parse_text(text, _date(published))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
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
def consolidate(
    db: DbOption = None,
    show: Annotated[
        bool,
        typer.Option(
            "--summary", help="Then print the figures two or more outlets report and every finding but single-source ones."
        ),
    ] = False,
) -> None:
    """Cross-check stored claims: near-duplicate articles, facts, findings (idempotent).

    Example: [bold]marsad consolidate --db sqlite:///marsad.db --summary[/bold]
    """
    from marsad.consolidate import consolidate as run_consolidation
    from marsad.store import db as store

    engine = store.connect(db)
    result = run_consolidation(engine)
    _console().print(
        f"{result.documents} documents ({result.duplicates} near-duplicates), {result.claims} claims → "
        f"[bold]{result.facts}[/bold] facts, [bold]{result.findings}[/bold] findings"
    )
    if show:
        from marsad.consolidate import list_facts, list_findings
        from marsad.consolidate.explain import cross_check_lines

        typer.echo("\n".join(cross_check_lines(list_facts(engine), list_findings(engine))))


@app.command()
def findings(
    db: DbOption = None,
    kind: Annotated[
        str | None,
        typer.Option(
            help="contradiction, arithmetic, metric_confusion, country_drift, period_drift, source_drift, single_source"
        ),
    ] = None,
    metric: Annotated[str | None, typer.Option(help="Only this metric.")] = None,
    country: Annotated[str | None, typer.Option(help="Only findings covering this ISO country code.")] = None,
    single_source: Annotated[
        bool, typer.Option("--single-source", help="Also list figures only one outlet reports (left out by default).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per finding.")] = False,
) -> None:
    """List the findings of the last consolidation: the ones a person can act on, each
    with its explanation under it (figures one outlet alone reports only with --single-source).

    Example: [bold]marsad findings --kind contradiction[/bold]
    """
    from rich.padding import Padding

    from marsad.consolidate import list_findings
    from marsad.store import db as store

    rows = list_findings(store.connect(db), kind=kind, metric=metric, country=country)
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
        _console().print(f"[bold]{f.kind}[/bold]  {f.metric}  {where}  {per}  [{values}]  {len(f.docs)} articles", highlight=False)
        _console().print(Padding(f.explanation, (0, 0, 0, 4)), highlight=False)


@app.command()
def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write (a .md is written beside it).")] = Path(
        "marsad-report.html"
    ),
    db: DbOption = None,
    limit: Annotated[
        int, typer.Option(min=1, help="Items per list (findings of each kind, figures); the rest are counted.")
    ] = 100,
    full: Annotated[bool, typer.Option("--full", help="Every finding and figure, however many.")] = False,
) -> None:
    """Write a self-contained HTML (and Markdown) report: summary first, then findings, figures, timeline, map.

    Example: [bold]marsad report -o report.html --db sqlite:///marsad.db[/bold]
    """
    from marsad.outfile import OutputError
    from marsad.report import write_report
    from marsad.store import db as store

    try:
        html_path, md_path = write_report(store.connect(db), output, limit=None if full else limit)
    except OutputError as e:
        _fail(str(e))
    _console().print(f"report written to {html_path} and {md_path}")


# marsad serve and marsad token: the API and dashboard (marsad.serve)
from marsad.serve.command import serve_command, token_command  # noqa: E402

app.command(name="serve")(serve_command)
app.command(name="token")(token_command)


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
