"""The ``marsad serve`` and ``marsad token`` commands (registered by ``marsad.cli``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def serve_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Store: a SQLAlchemy URL or a SQLite file path (default ./marsad.db).")
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    token_file: Annotated[
        Path | None,
        typer.Option("--token-file", help="Token file for writes (default: the one `marsad token` makes)."),
    ] = None,
    max_body_mb: Annotated[
        float, typer.Option("--max-body-mb", min=0.001, help="Largest request body, in MB (bigger: 413).")
    ] = 5.0,
    log_level: Annotated[str, typer.Option(help="uvicorn's log level: warning, info, debug.")] = "info",
    workers: Annotated[
        int, typer.Option(min=1, help="Server processes (each with its own cache and /metrics counters).")
    ] = 1,
) -> None:
    """Serve the REST API (/api/v1, docs at /docs) and the dashboard (/) over the store.

    Writes (POST/DELETE) need a bearer token: MARSAD_TOKEN, or the file [bold]marsad token[/bold]
    makes; with neither the server is read-only.

    Example: [bold]marsad serve --db sqlite:///demo.db --port 8000[/bold]
    """
    import uvicorn

    from marsad.serve import create_app
    from marsad.serve.auth import configured_token, default_token_file
    from marsad.store import db as store

    err = typer.echo
    engine = store.connect(db)  # a store that cannot be opened: one line and exit 2 (marsad.cli.main)
    token = configured_token(token_file)
    app = create_app(engine, token=token, max_body=int(max_body_mb * 1024 * 1024))
    where = token_file or default_token_file()
    err(
        f"marsad serve: http://{host}:{port}/ (API /api/v1, docs /docs) — "
        + ("writes need the bearer token" if token else f"read-only (no MARSAD_TOKEN and no token file at {where})"),
        err=True,
    )
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)
        return
    import os

    from marsad.serve.auth import ENV_TOKEN_FILE
    from marsad.serve.factory import ENV_DB, ENV_MAX_BODY

    os.environ[ENV_DB] = store.resolve_url(db)
    os.environ[ENV_MAX_BODY] = str(int(max_body_mb * 1024 * 1024))
    if token_file is not None:
        os.environ[ENV_TOKEN_FILE] = str(token_file)
    uvicorn.run(
        "marsad.serve.factory:make_app", factory=True, workers=workers, host=host, port=port,
        log_level=log_level, proxy_headers=False, server_header=False,
    )


def token_command(
    file: Annotated[
        Path | None, typer.Option("--file", help="Where to keep it (default ~/.config/marsad/token, or $MARSAD_TOKEN_FILE).")
    ] = None,
    new: Annotated[bool, typer.Option("--new", help="Replace the token (the old one stops working at restart).")] = False,
) -> None:
    """Print the write token for [bold]marsad serve[/bold], making it first when there is none.

    The file is readable by its owner only; the server reads it at start. Send it as
    'Authorization: Bearer <token>'.

    Example: [bold]curl -H "Authorization: Bearer $(marsad token)" -X POST localhost:8000/api/v1/consolidate[/bold]
    """
    from marsad.serve.auth import create_token, default_token_file

    path = file or default_token_file()
    try:
        token, made = create_token(path, replace=new)
    except OSError as e:
        typer.echo(f"error: cannot write the token file {path}: {e.strerror or e}", err=True)
        raise typer.Exit(code=2) from e
    typer.echo(f"{'new token written to' if made else 'token from'} {path}", err=True)
    typer.echo(token)
