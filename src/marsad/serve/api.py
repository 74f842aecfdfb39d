"""The REST API under /api/v1: documents, claims, facts and findings; writes with a token.

Every read goes through ``marsad.store.db`` (the queries the CLI and the dashboard
use); lists are paged with an opaque ``cursor`` (``next`` in each answer).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.background import BackgroundTask

from marsad.model import FINDING_KINDS, METRICS, QUALIFIERS
from marsad.serve.app import ApiError, FastJSONResponse
from marsad.serve.auth import token_matches
from marsad.store import db as store
from marsad.store import pages
from marsad.store.db import CLAIM_SORTS, ClaimFilter

router = APIRouter(prefix="/api/v1")

Metric = Literal[METRICS]  # type: ignore[valid-type]
Qualifier = Literal[QUALIFIERS]  # type: ignore[valid-type]
Sort = Literal[CLAIM_SORTS]  # type: ignore[valid-type]
Kind = Literal[FINDING_KINDS]  # type: ignore[valid-type]
Limit = Annotated[int, Query(ge=1, le=1000, description="Rows per page (1–1000).")]
Cursor = Annotated[str | None, Query(description="The `next` of the previous page.")]
Since = Annotated[date | None, Query(description="Period overlaps from this day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Period overlaps until this day (YYYY-MM-DD).")]
Country = Annotated[str | None, Query(max_length=8, description="ISO 3166-1 alpha-2 code.")]

ERRORS = {
    400: {"description": "Invalid parameters: `{code, message, detail}`"},
    404: {"description": "No such item: `{code, message, detail}`"},
}
WRITE_ERRORS = {
    401: {"description": "Missing or wrong bearer token"},
    403: {"description": "The server is read-only: no token is configured"},
    413: {"description": "Request body over the limit"},
}


def _engine(request: Request) -> Any:
    return request.app.state.settings.engine


def _settings(request: Request) -> Any:
    return request.app.state.settings


def require_token(request: Request) -> None:
    """Writes: 403 when the server has no token (read-only), 401 without the right bearer token."""
    expected = _settings(request).token
    if expected is None:
        raise ApiError(
            403,
            "read_only",
            "this server is read-only: start it with MARSAD_TOKEN set or a token file (marsad token)",
        )
    if not token_matches(expected, request.headers.get("authorization")):
        raise ApiError(
            401,
            "unauthorized",
            "writes need the header 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": 'Bearer realm="marsad"'},
        )


# -- cursors ---------------------------------------------------------------------------------------


def encode_cursor(kind: str, after: Any) -> str:
    raw = json.dumps({"k": kind, "a": after}, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(kind: str, cursor: str | None) -> Any:
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        d = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        d = None
    if not isinstance(d, dict) or d.get("k") != kind or "a" not in d:
        raise ApiError(400, "bad_cursor", "cursor is not one this list gave (it belongs to another list or sort)")
    return d["a"]


def _cached(request: Request, *key: Any, make: Any) -> Any:
    """``make()``, kept until the store changes (``marsad.serve.cache``)."""
    return _settings(request).cache.get(key, make)


def _page(items: list[dict], next_cursor: str | None, request: Request, **extra: Any) -> JSONResponse:
    next_url = str(request.url.include_query_params(cursor=next_cursor)) if next_cursor else None
    # encoded here, straight from plain dicts: FastAPI's generic encoder costs more than the query
    return FastJSONResponse({"items": items, "count": len(items), "next": next_cursor, "next_url": next_url, **extra})


def _offset(cursor: str | None, kind: str) -> int:
    start = decode_cursor(kind, cursor) or 0
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise ApiError(400, "bad_cursor", "cursor is not one this list gave")
    return start


def _offset_page(rows: list, cursor: str | None, kind: str, limit: int) -> tuple[list, str | None]:
    start = _offset(cursor, kind)
    chunk = rows[start : start + limit]
    return chunk, (encode_cursor(kind, start + limit) if start + limit < len(rows) else None)


# -- documents -------------------------------------------------------------------------------------


@router.get("/documents", tags=["documents"], summary="List documents", responses=ERRORS)
def list_documents(
    request: Request,
    outlet: Annotated[str | None, Query(description="Only this outlet (exactly as stored).")] = None,
    since: Annotated[date | None, Query(description="Published on or after this day.")] = None,
    until: Annotated[date | None, Query(description="Published on or before this day.")] = None,
    with_errors: Annotated[
        bool, Query(description="List instead every id with a recorded error, stored or not.")
    ] = False,
    cursor: Cursor = None,
    limit: Limit = 50,
) -> JSONResponse:
    kind = f"documents:{int(with_errors)}"
    after = decode_cursor(kind, cursor)
    if after is not None and not isinstance(after, str):
        raise ApiError(400, "bad_cursor", "cursor is not one this list gave")
    rows, more = store.document_page(
        _engine(request), outlet=outlet, since=since, until=until, with_errors=with_errors, after=after, limit=limit
    )
    return _page([r.to_dict() for r in rows], encode_cursor(kind, more) if more is not None else None, request)


@router.get(
    "/documents/{doc_id:path}",
    tags=["documents"],
    summary="A document: its text, its claims with their spans, its errors",
    responses=ERRORS,
)
def get_document(request: Request, doc_id: Annotated[str, PathParam(description="The document's id.")]) -> dict:
    engine = _engine(request)
    info = store.get_document(engine, doc_id)
    if info is None:
        raise ApiError(404, "not_found", f"no document '{doc_id}'", {"id": doc_id})
    out = info.to_dict()
    out["claims"] = [c.to_dict() for c in store.document_claims(engine, doc_id)] if info.stored else []
    return out


def _parse_json_documents(raw: bytes) -> list[dict]:
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as e:
        raise ApiError(400, "json", f"request body is not JSON: {e}") from e
    rows = body.get("documents") if isinstance(body, dict) and "documents" in body else [body]
    if isinstance(body, list):
        rows = body
    if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) for r in rows):
        raise ApiError(
            400, "schema", "send a document object {id, text|html, published, source, url, title} or {documents: [...]}"
        )
    for i, row in enumerate(rows):
        if not isinstance(row.get("text"), str) and not isinstance(row.get("html"), str):
            raise ApiError(400, "schema", f"document {i} has no 'text' or 'html'", {"index": i})
        if row.get("id") in (None, ""):
            from marsad.corpus import content_hash

            row["id"] = "api-" + content_hash(row.get("text") or row.get("html") or "")[:16]
    return rows


UPLOAD_SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson")


async def _documents_from_request(request: Request, folder: Path) -> list[Any]:
    """The posted documents read by the corpus readers (same checks as ``marsad extract``)."""
    from marsad.corpus import read_file

    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        rows = _parse_json_documents(await request.body())
        path = folder / "posted.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return list(read_file(path))
    if ctype == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=10)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(400, "schema", "multipart body needs a 'file' part (a .txt, .html or .jsonl file)")
        name = os.path.basename(upload.filename or "upload.txt") or "upload.txt"
        suffix = Path(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise ApiError(415, "unsupported_media_type", f"cannot read '{suffix or name}' files: send .txt, .html or .jsonl")
        path = folder / f"upload{suffix}"
        path.write_bytes(await upload.read())
        doc_id = form.get("id")
        items = list(read_file(path, doc_id if isinstance(doc_id, str) and doc_id else Path(name).stem))
        meta = {k: form.get(k) for k in ("published", "source", "url", "title")}
        if suffix not in (".jsonl", ".ndjson"):
            for item in items:
                _apply_form_meta(item, meta)
        return items
    raise ApiError(
        415, "unsupported_media_type", "send application/json or multipart/form-data with a 'file' part"
    )


def _apply_form_meta(item: Any, meta: dict) -> None:
    from marsad.model import Document

    if not isinstance(item, Document):
        return
    for key in ("source", "url", "title"):
        if isinstance(meta.get(key), str) and meta[key]:
            setattr(item, key, meta[key])
    if isinstance(meta.get("published"), str) and meta["published"]:
        try:
            item.published = date.fromisoformat(meta["published"][:10])
        except ValueError as e:
            raise ApiError(400, "schema", f"'published' is not an ISO date: {meta['published'][:40]!r}") from e
        item.published_from = "input"


_POST_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "text": {"type": "string"},
                        "html": {"type": "string"},
                        "published": {"type": "string", "format": "date"},
                        "source": {"type": "string", "description": "the outlet"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                        "documents": {"type": "array", "items": {"type": "object"}},
                    },
                },
                "example": {"id": "a1", "text": "قتل 3 عناصر من داعش في كركوك أمس", "published": "2024-05-03"},
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": ".txt, .html or .jsonl"},
                        "id": {"type": "string"},
                        "published": {"type": "string", "format": "date"},
                        "source": {"type": "string"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                    },
                }
            },
        },
    }
}


@router.post(
    "/documents",
    tags=["documents"],
    summary="Extract documents and store them with their claims",
    status_code=201,
    dependencies=[Depends(require_token)],
    responses={**ERRORS, **WRITE_ERRORS, 415: {"description": "Not JSON, nor a .txt/.html/.jsonl upload"}},
    openapi_extra=_POST_DOC,
)
async def post_documents(request: Request) -> JSONResponse:
    """A JSON document (or `{documents: [...]}`) or an uploaded file, read by the same readers as
    `marsad extract`; each document is extracted and stored (an id already stored is replaced) and
    answered with its claims, or with its error."""
    from starlette.concurrency import run_in_threadpool

    with tempfile.TemporaryDirectory(prefix="marsad-post-") as folder:
        items = await _documents_from_request(request, Path(folder))
    settings = _settings(request)
    results = await run_in_threadpool(_extract_and_store, settings.engine, items)
    settings.cache.clear()
    stored = sum(1 for r in results if r["error"] is None)
    settings.metrics.extracted(stored, sum(len(r["claims"]) for r in results))
    body = {"stored": stored, "errors": len(results) - stored, "documents": results}
    if not stored:
        first = next(r["error"] for r in results if r["error"])
        return JSONResponse(
            {"code": first["code"], "message": f"nothing stored: {first['message']}", "detail": body}, status_code=400
        )
    return JSONResponse(body, status_code=201)


def _extract_and_store(engine: Any, items: list[Any]) -> list[dict]:
    from marsad.model import ReadError
    from marsad.pipeline import extract_document, extractor_version

    version = extractor_version()
    run_id = store.start_run(engine, "api: POST /api/v1/documents")
    out: list[dict] = []
    errors = claims = 0
    try:
        for item in items:
            if isinstance(item, ReadError):
                item.path = None  # the temporary file's path means nothing to the caller
                store.save_error(engine, run_id, item)
                out.append({"id": item.doc, "claims": [], "error": item.to_dict()})
                errors += 1
                continue
            item.path = None  # no file: a posted document replaces the one stored under its id
            result = extract_document(item)
            if result.error is None:
                try:
                    store.save_document(
                        engine, item, result.claims, extractor=version, run_id=run_id,
                        date_basis=result.date_basis, date_reason=result.date_reason,
                    )
                except Exception as e:
                    cause = getattr(e, "orig", None) or e
                    result.error = ReadError(item.id, None, "store", f"storing failed: {type(cause).__name__}")
            if result.error is not None:
                store.save_error(engine, run_id, result.error)
                out.append({"id": item.id, "claims": [], "error": result.error.to_dict()})
                errors += 1
                continue
            claims += len(result.claims)
            stored = store.document_claims(engine, item.id)
            out.append({"id": item.id, "claims": [c.to_dict() for c in stored], "error": None})
    finally:
        store.finish_run(
            engine, run_id, documents=len(out) - errors, skipped=0, claims=claims, errors=errors
        )
    return out


@router.delete(
    "/documents/{doc_id:path}",
    tags=["documents"],
    summary="Remove a document and its claims",
    dependencies=[Depends(require_token)],
    responses={**ERRORS, **WRITE_ERRORS},
)
def delete_document(request: Request, doc_id: str) -> dict:
    if not store.delete_document(_engine(request), doc_id):
        raise ApiError(404, "not_found", f"no document '{doc_id}'", {"id": doc_id})
    _settings(request).cache.clear()
    return {"deleted": doc_id, "note": "facts and findings keep their snapshot until the next consolidate"}


@router.post(
    "/consolidate",
    tags=["facts and findings"],
    summary="Recompute near-duplicates, facts and findings from the stored claims",
    dependencies=[Depends(require_token)],
    responses=WRITE_ERRORS,
)
def post_consolidate(request: Request) -> dict:
    from dataclasses import asdict

    from marsad.consolidate import consolidate

    result = asdict(consolidate(_engine(request)))
    _settings(request).cache.clear()
    return result


# -- claims ----------------------------------------------------------------------------------------


def claim_filter(
    metric: Annotated[Metric | None, Query(description="Only this metric.")] = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    actor: Annotated[str | None, Query(description="Claims naming this actor id (CENTCOM, ISIS, …).")] = None,
    source: Annotated[str | None, Query(description="Claims stated by this source id.")] = None,
    outlet: Annotated[str | None, Query(description="Claims from this outlet's documents.")] = None,
    qualifier: Annotated[Qualifier | None, Query()] = None,
    place: Annotated[str | None, Query(description="Claims at this place id.")] = None,
    doc: Annotated[str | None, Query(description="Claims of this document.")] = None,
    min_value: Annotated[int | None, Query(ge=-(2**63), lt=2**63)] = None,
    max_value: Annotated[int | None, Query(ge=-(2**63), lt=2**63)] = None,
    q: Annotated[str | None, Query(max_length=500, description="Words that must all be in the evidence.")] = None,
) -> ClaimFilter:
    if min_value is not None and max_value is not None and min_value > max_value:
        raise ApiError(400, "invalid", "min_value is greater than max_value", {"min_value": min_value, "max_value": max_value})
    if since and until and since > until:
        raise ApiError(400, "invalid", "since is after until", {"since": since.isoformat(), "until": until.isoformat()})
    return ClaimFilter(
        metric=metric, country=country, source=source, outlet=outlet, actor=actor, qualifier=qualifier,
        place=place, doc=doc, since=since, until=until, min_value=min_value, max_value=max_value, words=q,
    )


MEDIA = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "geojson": ("application/geo+json", "geojson"),
}


@router.get(
    "/claims",
    tags=["claims"],
    summary="Claims, filtered and sorted, a page at a time — or all of them as a download",
    responses={**ERRORS, 200: {"description": "A page of claims, or a csv/jsonl/parquet/geojson file"}},
)
def list_claims(
    request: Request,
    f: Annotated[ClaimFilter, Depends(claim_filter)],
    sort: Annotated[Sort, Query(description="Order (stored: as stored, the fastest); '-' for descending.")] = "stored",
    cursor: Cursor = None,
    limit: Limit = 50,
    total: Annotated[bool, Query(description="Also count every matching claim.")] = False,
    format: Annotated[
        Literal["json", "csv", "jsonl", "parquet", "geojson"],
        Query(description="json: a page; the others: every matching claim as a file."),
    ] = "json",
) -> Any:
    engine = _engine(request)
    if format != "json":
        return _download(engine, f, sort, format)
    after = decode_cursor(f"claims:{sort}", cursor)
    try:
        items, more = pages.claim_page(engine, f, sort=sort, after=after, limit=limit)
    except ValueError as e:
        raise ApiError(400, "bad_cursor", "cursor is not one this list gave", {"error": str(e)}) from e
    # a count reads every matching claim: asked for only, and kept until the store changes
    extra = {"total": _cached(request, "count", f, make=lambda: store.count_claims(engine, f))} if total else {}
    nxt = encode_cursor(f"claims:{sort}", more) if more is not None else None
    return _page(items, nxt, request, **extra)


def _download(engine: Any, f: ClaimFilter, sort: str, fmt: str) -> Response:
    from marsad.export import export_claims, export_geojson

    rows = store.iter_claims(engine, f, sort=sort)  # a page at a time: the file is written as they come
    media, ext = MEDIA[fmt]
    fd, name = tempfile.mkstemp(prefix="marsad-download-", suffix="." + ext)
    os.close(fd)
    path = Path(name)
    try:
        if fmt == "geojson":
            n = export_geojson(rows, path)
        else:
            n = export_claims((r.claim for r in rows), path, fmt)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return FileResponse(
        path,
        media_type=media,
        filename=f"marsad-claims.{ext}",
        background=BackgroundTask(lambda: path.unlink(missing_ok=True)),
        headers={"X-Marsad-Claims": str(n)},
    )


# -- facts and findings ----------------------------------------------------------------------------


@router.get("/facts", tags=["facts and findings"], summary="Facts: one figure and the outlets that state it", responses=ERRORS)
def list_facts(
    request: Request,
    metric: Annotated[Metric | None, Query()] = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    min_corroboration: Annotated[int | None, Query(ge=1, description="Stated by at least this many outlets.")] = None,
    doc: Annotated[str | None, Query(description="Facts with a claim of this document.")] = None,
    cursor: Cursor = None,
    limit: Limit = 50,
) -> JSONResponse:
    start = _offset(cursor, "facts")
    # facts change with a consolidation only: a page is kept, ready to send, until the store changes
    items, total = _cached(
        request, "facts", metric, country, since, until, min_corroboration, doc, start, limit,
        make=lambda: _dicts(store.fact_page(
            _engine(request), metric=metric, country=country, since=since, until=until,
            min_corroboration=min_corroboration, doc=doc, offset=start, limit=limit,
        )),
    )  # fmt: skip
    nxt = encode_cursor("facts", start + limit) if start + limit < total else None
    return _page(items, nxt, request, total=total)


def _dicts(page: tuple[list[Any], int]) -> tuple[list[dict], int]:
    rows, total = page
    return [r.to_dict() for r in rows], total


@router.get(
    "/facts/{fact_id}",
    tags=["facts and findings"],
    summary="A fact: its member claims with their documents, outlets, corroboration and findings",
    responses=ERRORS,
)
def get_fact(request: Request, fact_id: str) -> dict:
    from marsad.serve.views import ledger

    found = ledger(_engine(request), fact_id)
    if found is None:
        raise ApiError(404, "not_found", f"no fact '{fact_id}' (facts change with each consolidate)", {"id": fact_id})
    return found.to_dict()


@router.get("/findings", tags=["facts and findings"], summary="Findings of the last consolidation", responses=ERRORS)
def list_findings(
    request: Request,
    kind: Annotated[Kind | None, Query()] = None,
    metric: Annotated[Metric | None, Query()] = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    fact: Annotated[str | None, Query(description="Findings about this fact.")] = None,
    doc: Annotated[str | None, Query(description="Findings about this document.")] = None,
    cursor: Cursor = None,
    limit: Limit = 50,
) -> JSONResponse:
    engine = _engine(request)
    if fact is not None or doc is not None:  # the ledger's and the claim's few: filtered in full
        every = store.query_findings(
            engine, kind=kind, metric=metric, country=country, since=since, until=until, fact=fact, doc=doc
        )
        rows, nxt = _offset_page(every, cursor, "findings", limit)
        return _page([x.to_dict() for x in rows], nxt, request, total=len(every))
    start = _offset(cursor, "findings")
    items, total = _cached(
        request, "findings", kind, metric, country, since, until, start, limit,
        make=lambda: _dicts(store.finding_page(
            engine, kind=kind, metric=metric, country=country, since=since, until=until, offset=start, limit=limit
        )),
    )  # fmt: skip
    nxt = encode_cursor("findings", start + limit) if start + limit < total else None
    return _page(items, nxt, request, total=total)


@router.get("/findings/{finding_id}", tags=["facts and findings"], summary="One finding", responses=ERRORS)
def get_finding(request: Request, finding_id: str) -> dict:
    found = store.get_finding(_engine(request), finding_id)
    if found is None:
        raise ApiError(404, "not_found", f"no finding '{finding_id}'", {"id": finding_id})
    return found.to_dict()
