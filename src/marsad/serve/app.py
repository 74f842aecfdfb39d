"""The application: the REST API under /api/v1, the dashboard at /, health and metrics.

Every answer that is not a success has one shape, ``{"code", "message", "detail"}``,
from the API and from anything else the server refuses (an unknown path, a body over
the limit, a missing token). Every response carries a Content-Security-Policy that
allows scripts and styles from this server only: nothing inline, nothing from data.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.serve.cache import RevisionCache
from marsad.serve.metrics import Metrics
from marsad.serve.responses import ResponseCacheMiddleware, SharedResponses, private_file
from marsad.store.db import SQLITE_BUSY_SECONDS
from marsad.store.revision import StoreRevision

STATIC = Path(__file__).parent / "static"
DEFAULT_MAX_BODY = 5 * 1024 * 1024

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# Swagger UI (vendored, served from here) sets styles from script: its page alone allows inline styles
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


class FastJSONResponse(JSONResponse):
    """JSON encoded by orjson: the same bytes as Starlette's (UTF-8, no spaces), several times faster.

    A value orjson refuses (an integer past 64 bits, a string with a lone surrogate) goes
    through the standard encoder as before.
    """

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content)
        except TypeError:
            return super().render(content)


# SQLite, for a server that mostly reads: the database file mapped into memory (pages are read
# from the OS's cache without a copy, shared by every worker process), a larger page cache per
# connection, and sorts in memory.
SQLITE_READ_PRAGMAS = ("mmap_size=1073741824", "cache_size=-16384", "temp_store=MEMORY")
SQLITE_POOL = 20  # connections kept open: about as many as requests answered at once


def tune_for_reads(engine: Engine) -> None:
    """SQLite: the read pragmas on every connection, and fresh statistics for the query planner.

    Without statistics SQLite's planner picks an index by its shape alone: it would look a
    claim's document up by its primary key and read the row (with the article's text before
    the outlet) rather than the covering ``ix_documents_outlet``. ``ANALYZE`` with an analysis
    limit samples a few hundred entries of each index: milliseconds, whatever the store's size.
    """
    if engine.dialect.name != "sqlite" or event.contains(engine, "connect", _read_pragmas):
        return
    event.listen(engine, "connect", _read_pragmas)
    pool = engine.pool
    if isinstance(pool, QueuePool) and pool.size() < SQLITE_POOL:
        # the default keeps 5 connections: with more requests at once, each extra one opened a
        # connection (pragmas, a new memory map, an empty page cache) and closed it after
        engine.pool = QueuePool(
            pool._creator, pool_size=SQLITE_POOL, max_overflow=SQLITE_POOL, timeout=pool.timeout(),
            pre_ping=pool._pre_ping, recycle=pool._recycle, _dispatch=pool.dispatch, dialect=pool._dialect,
        )  # fmt: skip
    pool.dispose()  # connections made before (the migrations') are made anew, tuned
    with engine.connect() as conn:
        # a writer holding the store (marsad extract): start without, rather than wait its turn
        conn.exec_driver_sql("PRAGMA busy_timeout=500")
        try:
            conn.exec_driver_sql("PRAGMA analysis_limit=400")
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        except DBAPIError:  # busy, or a read-only file: the planner does without
            conn.rollback()
        finally:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(SQLITE_BUSY_SECONDS * 1000)}")


def _read_pragmas(dbapi_conn: Any, _record: Any) -> None:
    for pragma in SQLITE_READ_PRAGMAS:
        dbapi_conn.execute(f"PRAGMA {pragma}")


@dataclass
class Settings:
    engine: Engine
    token: str | None = None  # None: read-only
    max_body: int = DEFAULT_MAX_BODY
    metrics: Metrics = field(default_factory=Metrics)
    revision: StoreRevision = field(init=False)
    cache: RevisionCache = field(init=False)
    responses: SharedResponses | None = None  # whole answers shared by the server's processes

    def __post_init__(self) -> None:
        self.revision = StoreRevision(self.engine)
        self.cache = RevisionCache(self.revision.current)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, detail: Any = None, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.detail, self.headers = status, code, message, detail, headers


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"code": code, "message": message, "detail": detail}


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    500: "internal",
    503: "unavailable",
}


class GuardMiddleware:
    """Outermost layer: body limit (413), security headers, request metrics.

    A declared ``Content-Length`` over the limit is refused before any byte is read; a
    chunked body is counted as it arrives and refused when it passes the limit.
    """

    def __init__(self, app: Any, settings: Settings, fastapi: FastAPI) -> None:
        self.app = app
        self.fastapi = fastapi  # the application inside, for its state and routes
        self.settings = settings

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        limit = self.settings.max_body
        status = {"code": 500, "sent": False}
        docs = scope.get("path", "").startswith(("/docs", "/static/swagger-ui"))

        async def guarded_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                status["code"], status["sent"] = message["status"], True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-security-policy"]
                headers += [
                    (b"content-security-policy", (DOCS_CSP if docs else CSP).encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        async def refuse(size: int) -> None:
            body = error_body(
                "too_large", f"request body is over the limit of {limit} bytes", {"limit": limit, "declared": size}
            )
            await FastJSONResponse(body, status_code=413)(scope, receive, guarded_send)

        declared = dict(scope.get("headers") or []).get(b"content-length")
        try:
            if declared is not None and int(declared) > limit:
                await refuse(int(declared))
                return
        except ValueError:
            pass
        seen = 0

        async def counted_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:  # answered by the app's handler, in the error shape
                    raise StarletteHTTPException(413, f"request body is over the limit of {limit} bytes")
            return message

        try:
            await self.app(scope, counted_receive, guarded_send)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or ("(unmatched)" if status["code"] == 404 else "(other)")
            self.settings.metrics.observe(
                scope.get("method", ""), template, status["code"], time.perf_counter() - started
            )


def create_app(
    engine: Engine,
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    responses: Path | None = None,
) -> FastAPI:
    """The marsad application over ``engine`` (writes need ``token``; None: read-only).

    ``responses``: the answers file shared by the server's worker processes
    (``marsad.serve.responses``); None: one of its own, removed with the application.
    An in-memory store has none (its revision cannot be read).
    """
    from marsad.serve import api, dashboard

    tune_for_reads(engine)
    settings = Settings(engine=engine, token=token or None, max_body=max_body)
    if settings.revision.dialect in ("sqlite", "postgresql"):
        if responses is None:
            responses, remove = private_file()
            weakref.finalize(settings, remove)
        settings.responses = SharedResponses(responses, settings.revision.current)
    app = FastAPI(
        default_response_class=FastJSONResponse,
        title="marsad",
        version=__version__,
        description=(
            "Count claims from Arabic conflict reporting: documents, claims, cross-checked facts and "
            "findings. Reads are open; writes need `Authorization: Bearer <token>` (`marsad token`). "
            "Every error is `{code, message, detail}`."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.settings = settings

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, e: ApiError) -> JSONResponse:
        return FastJSONResponse(error_body(e.code, e.message, e.detail), status_code=e.status, headers=e.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, e: RequestValidationError) -> JSONResponse:
        detail = [
            {"loc": [str(x) for x in err.get("loc", ())], "message": err.get("msg", ""), "type": err.get("type", "")}
            for err in e.errors()
        ]
        first = detail[0] if detail else {"loc": [], "message": "invalid request"}
        where = ".".join(first["loc"][1:] or first["loc"])
        return FastJSONResponse(error_body("invalid", f"{where}: {first['message']}", detail), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, e: StarletteHTTPException) -> Any:
        code = _HTTP_CODES.get(e.status_code, f"http_{e.status_code}")
        message = e.detail if isinstance(e.detail, str) else code
        if e.status_code == 404 and not request.url.path.startswith("/api/"):
            return dashboard.not_found(request, message)
        return FastJSONResponse(error_body(code, message), status_code=e.status_code, headers=getattr(e, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(_request: Request, e: Exception) -> JSONResponse:
        return JSONResponse(
            error_body("internal", "the server failed to answer", {"error": type(e).__name__}), status_code=500
        )

    @app.get("/healthz", tags=["service"], summary="Liveness and store reachability")
    def healthz() -> JSONResponse:
        from marsad.store import db as store

        try:
            store.ping(engine)
        except Exception as e:
            return JSONResponse(
                error_body("unavailable", "the store does not answer", {"error": type(e).__name__}), status_code=503
            )
        return FastJSONResponse({"status": "ok", "version": __version__, "writes": settings.token is not None})

    @app.get("/metrics", tags=["service"], summary="Prometheus metrics", response_class=PlainTextResponse)
    def metrics() -> PlainTextResponse:
        from marsad.store import db as store

        try:
            counts = settings.cache.get(("store_counts",), lambda: store.store_counts(engine))
        except Exception:
            counts = None
        return PlainTextResponse(
            settings.metrics.render(counts, settings.cache, settings.responses), media_type="text/plain; version=0.0.4; charset=utf-8"
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=308)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>marsad API</title>"
            '<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css"></head><body>'
            '<div id="swagger-ui" data-url="/api/v1/openapi.json"></div>'
            '<script src="/static/swagger-ui/swagger-ui-bundle.js"></script>'
            '<script src="/static/docs.js"></script></body></html>'
        )

    app.include_router(api.router)
    app.include_router(dashboard.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    inner: Any = app if settings.responses is None else ResponseCacheMiddleware(app, settings.responses)
    return GuardMiddleware(inner, settings, app)  # type: ignore[return-value]
