"""The ``marsad serve`` and ``marsad token`` commands (registered by ``marsad.cli``)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--db", help="Store: a SQLAlchemy URL or a SQLite file path (default ./marsad.db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--token-file", type=click.Path(path_type=Path), help="Token file for writes (default: the one `marsad token` makes)."
)
@click.option(
    "--max-body-mb", type=click.FloatRange(min=0.001), default=5.0, show_default=True,
    help="Largest request body, in MB (bigger: 413).",
)
@click.option("--log-level", default="info", show_default=True, help="uvicorn's log level: warning, info, debug.")
@click.option(
    "--workers", type=click.IntRange(min=1),
    help="Server processes (default: one per core, at most 4, for a store in a file or on a server; "
    "1 for an in-memory store). They share the answers they keep; /metrics counts per process.",
)
def serve_command(
    db: str | None, host: str, port: int, token_file: Path | None, max_body_mb: float, log_level: str,
    workers: int | None,
) -> None:
    """Serve the REST API (/api/v1, docs at /docs) and the dashboard (/) over the store.

    Writes (POST/DELETE) need a bearer token: MARSAD_TOKEN, or the file marsad token
    makes; with neither the server is read-only.

    Example: marsad serve --db sqlite:///demo.db --port 8000
    """
    import uvicorn

    from marsad.serve import create_app
    from marsad.serve.auth import configured_token, default_token_file
    from marsad.serve.responses import private_file
    from marsad.store import db as store

    err = click.echo
    engine = store.connect(db)  # a store that cannot be opened: one line and exit 2 (marsad.cli.main)
    token = configured_token(token_file)
    if workers is None:
        workers = default_workers(engine)
    where = token_file or default_token_file()
    err(
        f"marsad serve: http://{host}:{port}/ (API /api/v1, docs /docs), {workers} process{'es' if workers > 1 else ''} — "
        + ("writes need the bearer token" if token else f"read-only (no MARSAD_TOKEN and no token file at {where})"),
        err=True,
    )
    responses, remove = private_file()  # one for the server, shared by its processes, gone when it stops
    try:
        if workers == 1:
            app = create_app(engine, token=token, max_body=int(max_body_mb * 1024 * 1024), responses=responses)
            uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)
            return
        import os

        from marsad.serve.auth import ENV_TOKEN_FILE
        from marsad.serve.factory import ENV_DB, ENV_MAX_BODY
        from marsad.serve.responses import ENV_FILE

        engine.dispose()  # the workers open their own
        os.environ[ENV_DB] = store.resolve_url(db)
        os.environ[ENV_MAX_BODY] = str(int(max_body_mb * 1024 * 1024))
        os.environ[ENV_FILE] = str(responses)
        if token_file is not None:
            os.environ[ENV_TOKEN_FILE] = str(token_file)
        uvicorn.run(
            "marsad.serve.factory:make_app", factory=True, workers=workers, host=host, port=port,
            log_level=log_level, proxy_headers=False, server_header=False,
        )
    finally:
        remove()


MAX_DEFAULT_WORKERS = 4


def default_workers(engine: object) -> int:
    """One process per core this process may use, at most 4; 1 for an in-memory SQLite store.

    Python answers one request at a time per process (the GIL), so a second core serves only
    through a second process. An in-memory store lives in one process: others would not see it.
    """
    import os

    url = getattr(engine, "url", None)
    if url is not None and url.get_backend_name() == "sqlite" and (url.database or ":memory:") == ":memory:":
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


@click.command()
@click.option(
    "--file", type=click.Path(path_type=Path),
    help="Where to keep it (default ~/.config/marsad/token, or $MARSAD_TOKEN_FILE).",
)
@click.option("--new", is_flag=True, help="Replace the token (the old one stops working at restart).")
def token_command(file: Path | None, new: bool) -> None:
    """Print the write token for marsad serve, making it first when there is none.

    The file is readable by its owner only; the server reads it at start. Send it as
    'Authorization: Bearer <token>'.

    Example: curl -H "Authorization: Bearer $(marsad token)" -X POST localhost:8000/api/v1/consolidate
    """
    from marsad.serve.auth import create_token, default_token_file

    path = file or default_token_file()
    try:
        token, made = create_token(path, replace=new)
    except OSError as e:
        click.echo(f"error: cannot write the token file {path}: {e.strerror or e}", err=True)
        raise click.exceptions.Exit(2) from e
    click.echo(f"{'new token written to' if made else 'token from'} {path}", err=True)
    click.echo(token)
