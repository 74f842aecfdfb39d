"""Saving and querying the store. Every function takes an ``Engine``.

``DEFAULT_URL`` is a SQLite file in the working directory; ``--db`` accepts
any SQLAlchemy URL or a plain file path, and ``postgresql://`` means
PostgreSQL through psycopg 3 (``pip install marsad[postgres]``).

Writes are hand-written SQLAlchemy Core rather than ORM objects, for speed and
because several ``marsad extract`` processes may write one store at once:

- SQLite: WAL, a 30 s busy timeout, and every write transaction opened with
  ``BEGIN IMMEDIATE``. A deferred transaction that reads and then writes can
  fail at once with "database is locked" when a neighbour committed in
  between; an immediate one waits its turn for the write lock instead.
- A document is saved with an upsert on its key, so a neighbour storing the
  same document between our check and our write updates rather than
  collides; any transient failure (lock, deadlock, a lost race) is retried
  in a fresh transaction.
- A document's id is taken from its file name, so two folders can hold one
  id: a document stored from one file is never replaced by a different text
  from another file (``id_clash``), checked before extraction and again
  inside the write transaction, so a neighbour run cannot slip one in.
- PostgreSQL refuses NUL characters in text and no backend can encode a
  lone surrogate: such characters in stored text become U+FFFD, one
  character for one, so every offset into the text stays valid. The claim's
  JSON keeps them exact (JSON escapes them).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    false,
    func,
    insert,
    make_url,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from marsad.model import Claim, Document, ReadError
from marsad.store import migrate
from marsad.store.migrate import StoreError as StoreError  # raised by connect(): one line for the CLI
from marsad.store.schema import ClaimRow, DocumentRow, ErrorRow, RunRow

DEFAULT_URL = "sqlite:///marsad.db"
SQLITE_BUSY_SECONDS = 30.0
INT64 = 2**63
_MAX_LIMIT = 2**62  # a limit past this is no limit: no store holds that many rows, and drivers overflow at 2^63
_HOST = socket.gethostname()

DOCUMENTS = DocumentRow.__table__
CLAIMS = ClaimRow.__table__
RUNS = RunRow.__table__
ERRORS = ErrorRow.__table__

T = TypeVar("T")


def resolve_url(db: str | None) -> str:
    db = db or os.environ.get("MARSAD_DB") or DEFAULT_URL
    if "://" not in db:
        return f"sqlite:///{db}"
    # SQLAlchemy reads a bare postgresql:// as psycopg2, which marsad does not install
    for scheme in ("postgresql://", "postgres://"):
        if db.startswith(scheme):
            return "postgresql+psycopg://" + db[len(scheme) :]
    return db


@cache
def connect(db: str | None = None) -> Engine:
    """An engine for ``db``, its schema upgraded to the current revision."""
    url = resolve_url(db)
    engine = _engine(url)
    try:
        migrate.upgrade(engine)
    except DBAPIError as e:  # no server, no such database, no permission: one line, not a traceback
        shown = make_url(url).render_as_string(hide_password=True)
        first = (str(e.orig).strip().splitlines() or [type(e.orig).__name__])[0]
        raise StoreError(f"cannot open the store {shown}: {first}") from e
    return engine


def _engine(url: str) -> Engine:
    try:
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS} if url.startswith("sqlite") else {})
    except ModuleNotFoundError as e:
        extra = " (pip install 'marsad[postgres]')" if url.startswith("postgres") else ""
        raise StoreError(f"the driver for {url.split(':', 1)[0]} is not installed: {e.name}{extra}") from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # WAL: readers (the dashboard) never block a running extraction, and a killed
    # writer leaves the last committed state intact.
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL"):
        dbapi_conn.execute(f"PRAGMA {pragma}")


def _sqlite_begin(conn: Connection) -> None:
    # Our writes take the write lock up front. Everything else keeps the driver's own
    # transaction handling (BEGIN before the first write), as the rest of marsad expects.
    if conn.get_execution_options().get("marsad_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def _writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction (on SQLite it holds the write lock from its first statement)."""
    with engine.connect() as conn:
        conn.execution_options(marsad_write=True)
        with conn.begin():
            yield conn


def _transient(e: DBAPIError) -> bool:
    """A failure that a fresh transaction may not meet: a lock, a deadlock, a lost race, a dropped link."""
    if e.connection_invalidated:
        return True
    # serialization failure, deadlock, unique violation (a neighbour inserted first), lock not available
    if getattr(e.orig, "sqlstate", None) in {"40001", "40P01", "23505", "55P03"}:
        return True
    message = str(e.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _retrying(engine: Engine, work: Callable[[Connection], T], attempts: int = 6) -> T:
    """``work`` in a write transaction, retried in a fresh one after a transient failure."""
    for attempt in range(attempts):
        try:
            with _writing(engine) as conn:
                return work(conn)
        except DBAPIError as e:
            if attempt == attempts - 1 or not _transient(e):
                raise
            time.sleep(random.uniform(0, 0.05 * 2**attempt))  # jitter: two retrying neighbours drift apart
    raise AssertionError("unreachable")


# -- text every backend can store --------------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def _nul_free(engine: Engine) -> bool:
    """Must stored text be free of NUL? (PostgreSQL's text type refuses it; SQLite keeps it.)"""
    return engine.dialect.name != "sqlite"


def _storable(s: str | None, nul_free: bool) -> str | None:
    """``s`` with what the backend cannot store replaced by U+FFFD, one character for one."""
    if s is None:
        return None
    if nul_free and "\x00" in s:
        s = s.replace("\x00", "\ufffd")
    if _SURROGATE.search(s):  # from a file name that is not UTF-8, or a lone \\ud800 in JSON
        s = _SURROGATE.sub("\ufffd", s)
    return s


def storable(engine: Engine) -> Callable[[str], str]:
    """A function making a string storable in ``engine``'s text columns (U+FFFD for what it refuses)."""
    nul_free = _nul_free(engine)
    return lambda s: _storable(s, nul_free)  # type: ignore[return-value]


def _needs_cleaning(values: Iterable[str | None], nul_free: bool) -> bool:
    return any(v is not None and _storable(v, nul_free) is not v for v in values)


def doc_key(doc_id: str) -> str:
    """The primary key of a document: sha256 of its id (any length, any character)."""
    return hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- runs ----------------------------------------------------------------------------------------


def start_run(engine: Engine, corpus: str) -> int:
    """Record a new run of this process (first marking runs whose process was killed as aborted)."""
    abort_stale_runs(engine)
    values = {
        "corpus": _storable(corpus, _nul_free(engine)),
        "started": _now(),
        "status": "running",
        "documents": 0,
        "skipped": 0,
        "claims": 0,
        "errors": 0,
        "pid": os.getpid(),
        "host": _HOST,
    }
    return _retrying(engine, lambda conn: conn.execute(insert(RUNS).values(values)).inserted_primary_key[0])


def finish_run(
    engine: Engine, run_id: int, *, documents: int, skipped: int, claims: int, errors: int, status: str | None = None
) -> None:
    """Close a run: ``ok``, ``failed`` (some documents had errors) or ``aborted`` (the run stopped)."""
    values = {
        "finished": _now(),
        "documents": documents,
        "skipped": skipped,
        "claims": claims,
        "errors": errors,
        "status": status or ("failed" if errors else "ok"),
    }
    _retrying(engine, lambda conn: conn.execute(update(RUNS).where(RUNS.c.id == run_id).values(values)))


def abort_stale_runs(engine: Engine) -> list[int]:
    """Mark as ``aborted`` the runs of this host still ``running`` whose process is gone (killed)."""
    q = select(RUNS.c.id, RUNS.c.pid, RUNS.c.started).where(RUNS.c.status == "running", RUNS.c.host == _HOST)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    gone = [r.id for r in rows if r.pid is not None and not _alive(r.pid, r.started)]
    for run_id in gone:
        _retrying(engine, lambda conn, run_id=run_id: _mark_aborted(conn, run_id))
    return gone


def _mark_aborted(conn: Connection, run_id: int) -> None:
    # a killed run never wrote its counts: take them from what it stored (finished stays unknown)
    docs = select(func.count()).select_from(DOCUMENTS).where(DOCUMENTS.c.run_id == run_id).scalar_subquery()
    claims = (
        select(func.count())
        .select_from(CLAIMS.join(DOCUMENTS, CLAIMS.c.doc_key == DOCUMENTS.c.key))
        .where(DOCUMENTS.c.run_id == run_id)
        .scalar_subquery()
    )
    errs = select(func.count()).select_from(ERRORS).where(ERRORS.c.run_id == run_id).scalar_subquery()
    conn.execute(
        update(RUNS)
        .where(RUNS.c.id == run_id, RUNS.c.status == "running")
        .values(status="aborted", documents=docs, claims=claims, errors=errs)
    )


def _alive(pid: int, started: datetime) -> bool:
    """Is the process that started the run at ``started`` (UTC) still there?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: it exists
    stat = _proc_stat(pid)
    if stat is None:  # no /proc: the pid exists, assume it is ours
        return True
    state, began = stat
    # a zombie has exited; and pids are reused, so one younger than the run is another process
    return state != "Z" and began <= started.replace(tzinfo=UTC).timestamp() + 2


def _proc_stat(pid: int) -> tuple[str, float] | None:
    """A Linux process's state letter and start time (epoch seconds), from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
        with open("/proc/stat") as f:
            boot = next(float(line.split()[1]) for line in f if line.startswith("btime "))
    except (OSError, StopIteration, ValueError):
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # the command name may hold spaces and parentheses
    return fields[0], boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")


# -- documents -----------------------------------------------------------------------------------


class IdClash(ValueError):
    """The document's id is stored for a different text from another file: not stored (see ``id_clash``)."""


def origin_of(path: str | None) -> str | None:
    """Where a document came from: the real, absolute path of its file (a JSONL line's is its file's)."""
    return os.path.realpath(path) if path else None


def id_clash(engine: Engine, doc: Document) -> ReadError | None:
    """The error for ``doc`` if its id is stored for a different text from another file, else None.

    Same file (its text edited) or same text (from anywhere) is no clash: the
    first replaces, the second is current. A document with no path, or stored
    without one, cannot clash.
    """
    origin = _storable(origin_of(doc.path), _nul_free(engine))
    if origin is None:
        return None
    with engine.connect() as conn:
        stored = conn.execute(_stored_identity().where(DOCUMENTS.c.key == doc_key(doc.id))).first()
    message = _clash_message(stored, doc, origin)
    return ReadError(doc.id, doc.path, "id_clash", message) if message else None


def _stored_identity() -> Any:
    return select(DOCUMENTS.c.id, DOCUMENTS.c.path, DOCUMENTS.c.origin, DOCUMENTS.c.content_hash)


def _clash_message(stored: Any, doc: Document, origin: str) -> str | None:
    if stored is None or stored.content_hash == doc.content_hash:
        return None
    # a row stored before origins were kept: its path is relative to where that run started (most likely here)
    stored_origin = stored.origin or origin_of(stored.path)
    if stored_origin is None or stored_origin == origin:
        return None
    shown = (stored.path, doc.path) if stored.path != doc.path else (stored_origin, origin)
    return (
        f"id '{doc.id}' is already stored from {shown[0]} with a different text; {shown[1]} was not stored "
        "(the first stays: rename one of the files, or in JSONL give one of the lines another id)"
    )


def is_current(engine: Engine, doc: Document, extractor: str) -> bool:
    """Is this exact document already stored by this extractor version?"""
    q = select(DOCUMENTS.c.content_hash, DOCUMENTS.c.extractor, DOCUMENTS.c.published, DOCUMENTS.c.source)
    with engine.connect() as conn:
        row = conn.execute(q.where(DOCUMENTS.c.key == doc_key(doc.id))).first()
    # the date and outlet change what is extracted (relative periods, outlet voice)
    return (
        row is not None
        and row.content_hash == doc.content_hash
        and row.extractor == extractor
        and row.published == doc.published
        and row.source == _storable(doc.source, _nul_free(engine))
    )


def _claim_row(key: str, doc_id: str, i: int, c: Claim) -> dict[str, Any]:
    value = int(c.value)
    if not -INT64 <= value < INT64:
        raise ValueError(f"claim value of {value.bit_length()} bits does not fit the store's 64-bit integers")
    return {
        "doc_key": key,
        "doc_id": doc_id,
        "ordinal": i,
        "metric": c.metric,
        "value": value,
        "qualifier": c.qualifier,
        "countries": ",".join(sorted(c.countries)),
        "period_start": c.period.start if c.period else None,
        "period_end": c.period.end if c.period else None,
        "actor": ",".join(c.actor),
        "source": c.source,
        "evidence": c.evidence,
        "span_start": c.span.start if c.span else None,
        "span_end": c.span.end if c.span else None,
        "place": c.place,
        "data": c.to_dict(),
    }


_CLAIM_TEXT = ("doc_id", "metric", "qualifier", "countries", "actor", "source", "evidence", "place")


def _clean_rows(doc_row: dict[str, Any], claim_rows: list[dict[str, Any]], nul_free: bool) -> None:
    """Make every stored string storable, in place (claims are read from the document: clean if it is)."""
    text_fields = [k for k, v in doc_row.items() if isinstance(v, str)]
    if not _needs_cleaning((doc_row[k] for k in text_fields), nul_free):
        return
    for k in text_fields:
        doc_row[k] = _storable(doc_row[k], nul_free)
    for row in claim_rows:
        for k in _CLAIM_TEXT:
            row[k] = _storable(row[k], nul_free)


def save_document(
    engine: Engine,
    doc: Document,
    claims: list[Claim],
    *,
    extractor: str,
    run_id: int | None = None,
    date_basis: str | None = None,
    date_reason: str | None = None,
) -> None:
    """Store a document and replace its claims, in one transaction.

    Raises ``IdClash`` (and changes nothing) if the id is stored for a
    different text from another file; see ``id_clash``.
    """
    key = doc_key(doc.id)
    row = {
        "key": key,
        "id": doc.id,
        "content_hash": doc.content_hash,
        "extractor": extractor,
        "text": doc.text,
        "published": doc.published,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "path": doc.path,
        "origin": origin_of(doc.path),
        "date_basis": date_basis,
        "date_reason": date_reason,
        "run_id": run_id,
        "stored_at": _now(),
    }
    # every row is built before the transaction: a claim that cannot be stored changes nothing
    claim_rows = [_claim_row(key, doc.id, i, c) for i, c in enumerate(claims)]
    _clean_rows(row, claim_rows, _nul_free(engine))

    def work(conn: Connection) -> None:
        if row["origin"] is not None:
            _refuse_clash(conn, doc, row["origin"])
        if not _upsert_document(conn, row):  # a neighbour stored a clashing document since our look
            _refuse_clash(conn, doc, row["origin"])
            raise IdClash(f"id '{doc.id}' was just stored from another file by another run")
        conn.execute(delete(CLAIMS).where(CLAIMS.c.doc_key == key))
        if claim_rows:
            conn.execute(insert(CLAIMS), claim_rows)

    _retrying(engine, work)


def _refuse_clash(conn: Connection, doc: Document, origin: str) -> None:
    # the row stays locked until we commit (PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole store)
    q = _stored_identity().where(DOCUMENTS.c.key == doc_key(doc.id)).with_for_update()
    message = _clash_message(conn.execute(q).first(), doc, origin)
    if message:
        raise IdClash(message)


def _upsert_document(conn: Connection, row: dict[str, Any]) -> bool:
    """Insert or replace the document row; False if a stored row of another file and text was kept."""
    dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)
    if dialect is None:  # no portable upsert: replace, and let _retrying handle a neighbour's insert
        conn.execute(delete(DOCUMENTS).where(DOCUMENTS.c.key == row["key"]))
        conn.execute(insert(DOCUMENTS).values(row))
        return True
    stmt = dialect.insert(DOCUMENTS).values(row)
    changed = {k: stmt.excluded[k] for k in row if k != "key"}
    # the same check as _clash_message, in SQL, for a row a neighbour inserted after we looked
    same = or_(
        stmt.excluded.origin.is_(None),
        DOCUMENTS.c.origin.is_(None),
        DOCUMENTS.c.origin == stmt.excluded.origin,
        DOCUMENTS.c.content_hash == stmt.excluded.content_hash,
    )
    upsert = stmt.on_conflict_do_update(index_elements=[DOCUMENTS.c.key], set_=changed, where=same)
    # an INSERT's row count is kept only when asked for: 0 is a conflict whose row the WHERE kept
    return conn.execute(upsert, execution_options={"preserve_rowcount": True}).rowcount != 0


def save_error(engine: Engine, run_id: int, err: ReadError) -> None:
    nul_free = _nul_free(engine)
    values = {
        "run_id": run_id,
        "doc": _storable(err.doc, nul_free),
        "path": _storable(err.path, nul_free),
        "code": _storable(err.code, nul_free),
        "message": _storable(err.message, nul_free),
    }
    _retrying(engine, lambda conn: conn.execute(insert(ERRORS).values(values)))


# -- reading -------------------------------------------------------------------------------------


def _valid_limit(limit: int | None) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise ValueError(f"limit must be a whole number of claims, not {limit!r}")
    if limit < 1:
        raise ValueError(f"limit must be at least 1 (got {limit}); leave it out for every claim")
    return limit if limit < _MAX_LIMIT else None


def query_claims(
    engine: Engine,
    *,
    metric: str | None = None,
    country: str | None = None,
    source: str | None = None,
    doc: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[Claim]:
    """Stored claims, filtered; every filter value is matched literally.

    ``since``/``until`` keep claims whose period overlaps; ``limit`` is at
    least 1 (``ValueError`` otherwise).
    """
    limit = _valid_limit(limit)
    q = select(CLAIMS.c.data).order_by(by_code_point(engine, CLAIMS.c.doc_id), CLAIMS.c.ordinal)
    if metric is not None:
        q = q.where(CLAIMS.c.metric == metric)
    if country is not None:
        q = q.where(_has_country(country))
    if source is not None:
        q = q.where(CLAIMS.c.source == source)
    if doc is not None:
        q = q.where(CLAIMS.c.doc_key == doc_key(doc))
    if since:
        q = q.where(CLAIMS.c.period_end >= since)
    if until:
        q = q.where(CLAIMS.c.period_start <= until)
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as conn:
        return [Claim.from_dict(d) for d in conn.scalars(q)]


def by_code_point(engine: Engine, column: Any) -> Any:
    """``column`` ordered by code point, as SQLite and Python order strings, whatever the database's locale."""
    # PostgreSQL sorts by its collation (en_US puts "a" before "B", punctuation nearly last): byte order
    # in UTF-8 is code point order, so every backend lists claims and documents alike
    return column.collate("C") if engine.dialect.name == "postgresql" else column


def _has_country(country: str) -> Any:
    code = country.upper()
    if not code or "," in code:  # the column is a comma-joined list: no single code holds a comma
        return false()
    # autoescape: a code of "%" or "_" is that character, not a wildcard
    return ("," + CLAIMS.c.countries + ",").contains(f",{code},", autoescape=True)


def iter_documents(engine: Engine) -> Iterator[DocumentRow]:
    with Session(engine) as s:
        yield from s.scalars(select(DocumentRow).order_by(by_code_point(engine, DocumentRow.id)))


def documents(engine: Engine, ids: Iterable[str] | None = None) -> dict[str, DocumentRow]:
    with Session(engine) as s:
        if ids is None:
            rows = list(s.scalars(select(DocumentRow)))
        else:
            keys = sorted({doc_key(i) for i in ids})
            rows = []
            for start in range(0, len(keys), 500):  # bound the statement's parameters
                chunk = keys[start : start + 500]
                rows.extend(s.scalars(select(DocumentRow).where(DocumentRow.key.in_(chunk))))
        s.expunge_all()
        return {r.id: r for r in rows}


def errors(engine: Engine, run_id: int | None = None) -> list[ReadError]:
    with Session(engine) as s:
        q = select(ErrorRow).order_by(ErrorRow.id)
        if run_id is not None:
            q = q.where(ErrorRow.run_id == run_id)
        return [ReadError(r.doc, r.path, r.code, r.message) for r in s.scalars(q)]


def last_run(engine: Engine) -> RunRow | None:
    with Session(engine) as s:
        run = s.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(1)).first()
        if run is not None:
            s.expunge(run)
        return run
