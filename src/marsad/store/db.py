"""Saving and querying the store. Every function takes an ``Engine``.

``DEFAULT_URL`` is a SQLite file in the working directory; ``--db`` accepts
any SQLAlchemy URL or a plain file path, and ``postgresql://`` means
PostgreSQL through psycopg 3 (``pip install marsad[postgres]``).

Writes are hand-written SQLAlchemy Core rather than ORM objects, a batch of
documents per transaction (``store.batch``), for speed and because several
``marsad extract`` processes may write one store at once:

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
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    and_,
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
from marsad.store import migrate, search
from marsad.store.migrate import StoreError as StoreError  # raised by connect(): one line for the CLI
from marsad.store.schema import ClaimRow, DocumentRow, ErrorRow, RunRow

DEFAULT_URL = "sqlite:///marsad.db"
SQLITE_BUSY_SECONDS = 30.0
INT64 = 2**63
_MAX_LIMIT = (
    2**62
)  # a limit past this is no limit: no store holds that many rows, and drivers overflow at 2^63
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
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_SECONDS} if url.startswith("sqlite") else {}
        )
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
    _wal(dbapi_conn)
    for pragma in ("foreign_keys=ON", "synchronous=NORMAL"):
        dbapi_conn.execute(f"PRAGMA {pragma}")


def _wal(dbapi_conn: Any) -> None:
    """Put the file in WAL mode, once: the mode stays with the file.

    Switching needs the file to itself, and SQLite answers "database is locked" at
    once, without waiting, when a neighbour opening the same store at the same moment
    holds it; so the switch is retried for as long as any other wait on the store.
    """
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            mode = dbapi_conn.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() == "wal":
                return
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


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
    engine: Engine,
    run_id: int,
    *,
    documents: int,
    skipped: int,
    claims: int,
    errors: int,
    status: str | None = None,
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
    """Store a document and replace its claims, in one transaction (``store.batch`` for many at once).

    Raises ``IdClash`` (and changes nothing) if the id is stored for a
    different text from another file; see ``id_clash``. Any other failure
    raises too, and changes nothing either.
    """
    from marsad.store.batch import save_batch

    [error] = save_batch(engine, [(doc, claims, date_basis, date_reason)], extractor=extractor, run_id=run_id)
    if error is not None:
        raise error


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
    words: str | None = None,
    limit: int | None = None,
) -> list[Claim]:
    """Stored claims, filtered; every filter value is matched literally.

    ``since``/``until`` keep claims whose period overlaps; ``words`` keeps claims whose evidence
    holds every whitespace-separated word (the API's ``q``; ``store.search``); ``limit`` is at
    least 1 (``ValueError`` otherwise).
    """
    limit = _valid_limit(limit)
    q = select(CLAIMS.c.data).order_by(by_code_point(engine, CLAIMS.c.doc_id), CLAIMS.c.ordinal)
    # the same conditions as the API's and the dashboard's claim queries (claim_page, claim_facets, …)
    where = claim_conditions(
        ClaimFilter(
            metric=metric, country=country, source=source, doc=doc, since=since, until=until, words=words
        ),
        engine,
    )
    if where:
        q = q.where(*where)
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


# -- queries shared by the CLI, the API and the dashboard ------------------------------------------
#
# ``marsad serve`` answers every read from these functions (and ``query_claims`` above builds
# its conditions with ``claim_conditions`` too), so a filter means the same thing everywhere.


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """What a claim query keeps; every value is matched literally, ``None`` keeps everything.

    ``since``/``until`` keep claims whose period overlaps them; ``words`` keeps claims whose
    evidence contains every whitespace-separated word, as a substring, ASCII letters compared
    without case (``store.search``); ``outlet`` is the document's outlet.
    """

    metric: str | None = None
    country: str | None = None
    source: str | None = None
    outlet: str | None = None
    actor: str | None = None
    qualifier: str | None = None
    place: str | None = None
    doc: str | None = None
    since: date | None = None
    until: date | None = None
    min_value: int | None = None
    max_value: int | None = None
    words: str | None = None

    def without(self, name: str) -> ClaimFilter:
        return replace(self, **{name: None})

    def as_params(self) -> dict[str, str]:
        """The filter as the API's and the dashboard's query-string parameters (``words`` is ``q``)."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v is not None and v != "":
                out["q" if f.name == "words" else f.name] = v.isoformat() if isinstance(v, date) else str(v)
        return out


def _in_list(column: Any, item: str) -> Any:
    """``item`` is one of the comma-joined values in ``column``."""
    if not item or "," in item:
        return false()
    return ("," + column + ",").contains(f",{item},", autoescape=True)


def claim_conditions(f: ClaimFilter, engine: Engine, *, index: bool = True) -> list[Any]:
    """The WHERE conditions of a claim filter (over ``claims``; ``outlet`` by a subquery on documents).

    ``words``: see ``store.search`` (how a word is tested depends on the back-end). ``index``: a
    SQLite store's evidence index narrows the rows the test reads (PostgreSQL's planner finds its
    index without being told); the claims kept are the same with it or without.
    """
    c = CLAIMS.c
    out: list[Any] = []
    if f.metric is not None:
        out.append(c.metric == f.metric)
    if f.country is not None:
        out.append(_has_country(f.country))
    if f.source is not None:
        out.append(c.source == f.source)
    if f.outlet is not None:
        out.append(c.doc_key.in_(select(DOCUMENTS.c.key).where(DOCUMENTS.c.source == f.outlet)))
    if f.actor is not None:
        out.append(_in_list(c.actor, f.actor))
    if f.qualifier is not None:
        out.append(c.qualifier == f.qualifier)
    if f.place is not None:
        out.append(c.place == f.place)
    if f.doc is not None:
        out.append(c.doc_key == doc_key(f.doc))
    if f.since:
        out.append(c.period_end >= f.since)
    if f.until:
        out.append(c.period_start <= f.until)
    if f.min_value is not None:
        out.append(c.value >= f.min_value)
    if f.max_value is not None:
        out.append(c.value <= f.max_value)
    out.extend(search.conditions(c.evidence, c.id, f.words, engine, index=index))
    return out


@dataclass(slots=True)
class StoredClaim:
    """A stored claim with its place in the store and its document's outlet, date and title."""

    doc: str
    ordinal: int
    claim: Claim
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    row: int | None = None

    @property
    def id(self) -> str:
        """``<doc>#<ordinal>``, as the consolidation names claims."""
        return f"{self.doc}#{self.ordinal}"

    def to_dict(self) -> dict[str, Any]:
        d = {"id": self.id, **self.claim.to_dict(), "doc": self.doc, "ordinal": self.ordinal}
        d["outlet"] = self.outlet
        d["published"] = self.published.isoformat() if self.published else None
        d["title"] = self.title
        return d


_CLAIM_COLUMNS = (
    CLAIMS.c.id,
    CLAIMS.c.doc_id,
    CLAIMS.c.ordinal,
    CLAIMS.c.data,
    DOCUMENTS.c.source,
    DOCUMENTS.c.published,
    DOCUMENTS.c.title,
)
_CLAIMS_WITH_DOCS = CLAIMS.join(DOCUMENTS, CLAIMS.c.doc_key == DOCUMENTS.c.key)


def _stored_claim(r: Any) -> StoredClaim:
    claim = Claim.from_dict(r.data)
    claim.doc = r.doc_id  # the id as stored
    return StoredClaim(r.doc_id, r.ordinal, claim, r.source, r.published, r.title, r.id)


# sorts of a claim page: name → (key columns, descending); every key list ends unique
CLAIM_SORTS = ("stored", "-stored", "doc", "value", "-value", "period", "-period", "published", "-published")
_NO_DATE = date(1, 1, 1)


def _sort_keys(engine: Engine, sort: str) -> tuple[list[Any], bool]:
    desc = sort.startswith("-")
    name = sort.lstrip("-")
    if sort not in CLAIM_SORTS:
        raise ValueError(f"unknown sort '{sort}': use one of {', '.join(CLAIM_SORTS)}")
    if name == "stored":  # the order claims were stored in: the primary key, no sort at all
        return [CLAIMS.c.id], desc
    if name == "doc":
        return [by_code_point(engine, CLAIMS.c.doc_id), CLAIMS.c.ordinal], desc
    column = {
        "value": CLAIMS.c.value,
        "period": func.coalesce(CLAIMS.c.period_start, _NO_DATE),
        "published": func.coalesce(DOCUMENTS.c.published, _NO_DATE),
    }[name]
    return [column, CLAIMS.c.id], desc


def _after(keys: list[Any], values: list[Any], desc: bool) -> Any:
    """Rows that come after ``values`` in the order of ``keys`` (keyset pagination)."""
    terms = []
    for i, (k, v) in enumerate(zip(keys, values, strict=True)):
        step = k < v if desc else k > v
        terms.append(and_(*[kk == vv for kk, vv in zip(keys[:i], values[:i], strict=True)], step))
    return or_(*terms)


def _typed_cursor(sort: str, values: list[Any]) -> list[Any]:
    """Cursor values back to the column types; ``ValueError`` when they are not what the sort makes."""
    name = sort.lstrip("-")
    if name == "stored":
        if (
            not isinstance(values, list)
            or len(values) != 1
            or isinstance(values[0], bool)
            or not isinstance(values[0], int)
        ):
            raise ValueError("malformed cursor")
        return values
    if not isinstance(values, list) or len(values) != 2:
        raise ValueError("malformed cursor")
    a, b = values
    if isinstance(b, bool) or not isinstance(b, int):
        raise ValueError("malformed cursor")
    if name == "doc":
        if not isinstance(a, str):
            raise ValueError("malformed cursor")
        return [a, b]
    if name == "value":
        if isinstance(a, bool) or not isinstance(a, int):
            raise ValueError("malformed cursor")
        return [a, b]
    if not isinstance(a, str):
        raise ValueError("malformed cursor")
    return [date.fromisoformat(a), b]


def claim_page(
    engine: Engine,
    f: ClaimFilter = ClaimFilter(),
    *,
    sort: str = "stored",
    after: list[Any] | None = None,
    limit: int = 50,
) -> tuple[list[StoredClaim], list[Any] | None]:
    """One page of claims and the position after its last row (``None`` on the last page).

    Keyset pagination: ``after`` is a position this function returned, so a page
    costs the same wherever it is, and rows stored meanwhile neither repeat nor vanish.
    The query is ``marsad.store.pages``' (the one the server answers with), read as ``StoredClaim``s.
    """
    from marsad.store import pages  # built on this module's tables and filter: imported when first asked

    return pages.stored_claim_page(engine, f, sort=sort, after=after, limit=limit)


def iter_claims(
    engine: Engine, f: ClaimFilter = ClaimFilter(), *, sort: str = "stored"
) -> Iterator[StoredClaim]:
    """Every claim the filter keeps, in ``sort`` order, read a page at a time (for downloads)."""
    after = None
    while True:
        rows, after = claim_page(engine, f, sort=sort, after=after, limit=2000)
        yield from rows
        if after is None:
            return


def count_claims(engine: Engine, f: ClaimFilter = ClaimFilter()) -> int:
    q = select(func.count()).select_from(CLAIMS).where(*claim_conditions(f, engine))
    with engine.connect() as conn:
        return int(conn.scalar(q) or 0)


def get_claim(engine: Engine, doc: str, ordinal: int) -> StoredClaim | None:
    q = (
        select(*_CLAIM_COLUMNS)
        .select_from(_CLAIMS_WITH_DOCS)
        .where(CLAIMS.c.doc_key == doc_key(doc), CLAIMS.c.ordinal == ordinal)
    )
    with engine.connect() as conn:
        r = conn.execute(q).first()
    return _stored_claim(r) if r is not None else None


def document_claims(engine: Engine, doc: str) -> list[StoredClaim]:
    """A document's claims in their order."""
    return list(iter_claims(engine, ClaimFilter(doc=doc), sort="doc"))


FACETS = ("metric", "country", "source", "outlet", "year", "qualifier")


def claim_facets(
    engine: Engine,
    f: ClaimFilter = ClaimFilter(),
    names: Iterable[str] = FACETS,
    limit: int = 30,
) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its values among the filtered claims with how many claims have each, most first.

    ``country`` splits multi-country claims (a claim on IQ and SY counts for both); ``year`` is the
    year the claim's period starts; ``outlet`` is the document's outlet.
    """
    out: dict[str, list[tuple[str, int]]] = {}
    where = claim_conditions(f, engine)
    with engine.connect() as conn:
        for name in names:
            if name == "outlet":
                column = DOCUMENTS.c.source
                base = _CLAIMS_WITH_DOCS
            elif name == "country":
                column = CLAIMS.c.countries
                base = CLAIMS
            elif name == "year":
                column = func.extract("year", CLAIMS.c.period_start)
                base = CLAIMS
            elif name in ("metric", "source", "qualifier", "place"):
                column = CLAIMS.c[name]
                base = CLAIMS
            else:
                raise ValueError(f"unknown facet '{name}'")
            q = select(column, func.count()).select_from(base).where(*where).group_by(column)
            counts: dict[str, int] = {}
            for value, n in conn.execute(q):
                if value is None or value == "":
                    continue
                parts = (
                    str(value).split(",")
                    if name == "country"
                    else [str(int(value)) if name == "year" else str(value)]
                )
                for part in parts:
                    counts[part] = counts.get(part, 0) + n
            out[name] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return out


def claim_matrix(engine: Engine, f: ClaimFilter = ClaimFilter()) -> dict[tuple[str, str], int]:
    """Claims by (metric, country); a claim with no country counts under ""."""
    q = (
        select(CLAIMS.c.metric, CLAIMS.c.countries, func.count())
        .where(*claim_conditions(f, engine))
        .group_by(CLAIMS.c.metric, CLAIMS.c.countries)
    )
    out: dict[tuple[str, str], int] = {}
    with engine.connect() as conn:
        for metric, countries, n in conn.execute(q):
            for code in (countries or "").split(",") if countries else [""]:
                out[(metric, code)] = out.get((metric, code), 0) + n
    return out


def claim_timeline(engine: Engine, f: ClaimFilter = ClaimFilter()) -> dict[str, dict[str, int]]:
    """Claims with a period, by metric and by the month their period starts ("YYYY-MM")."""
    q = (
        select(CLAIMS.c.metric, CLAIMS.c.period_start, func.count())
        .where(CLAIMS.c.period_start.is_not(None), *claim_conditions(f, engine))
        .group_by(CLAIMS.c.metric, CLAIMS.c.period_start)
    )
    out: dict[str, dict[str, int]] = {}
    with engine.connect() as conn:
        for metric, start, n in conn.execute(q):
            month = (start if isinstance(start, date) else date.fromisoformat(str(start)[:10])).strftime(
                "%Y-%m"
            )
            series = out.setdefault(metric, {})
            series[month] = series.get(month, 0) + n
    return out


def claim_places(
    engine: Engine, f: ClaimFilter = ClaimFilter()
) -> list[tuple[str | None, list[str], str, int]]:
    """(place id, countries, metric, claims) for the filtered claims: what the map draws."""
    q = (
        select(CLAIMS.c.place, CLAIMS.c.countries, CLAIMS.c.metric, func.count())
        .where(*claim_conditions(f, engine))
        .group_by(CLAIMS.c.place, CLAIMS.c.countries, CLAIMS.c.metric)
    )
    with engine.connect() as conn:
        return [(p, c.split(",") if c else [], m, n) for p, c, m, n in conn.execute(q)]


# -- documents, for the API ----------------------------------------------------------------------


@dataclass(slots=True)
class DocumentInfo:
    """A stored document (or only its recorded errors), without its text unless asked for."""

    id: str
    stored: bool
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    stored_at: datetime | None = None
    claims: int = 0
    date_basis: str | None = None
    date_reason: str | None = None
    text: str | None = None
    errors: list[ReadError] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["published"] = self.published.isoformat() if self.published else None
        d["stored_at"] = self.stored_at.isoformat() if self.stored_at else None
        d["errors"] = [e.to_dict() for e in self.errors]
        if self.text is None:
            del d["text"]
        return d


def _errors_by_doc(conn: Connection, ids: list[str]) -> dict[str, list[ReadError]]:
    out: dict[str, list[ReadError]] = {}
    for start in range(0, len(ids), 500):
        q = select(ERRORS).where(ERRORS.c.doc.in_(ids[start : start + 500])).order_by(ERRORS.c.id)
        for r in conn.execute(q):
            out.setdefault(r.doc, []).append(ReadError(r.doc, r.path, r.code, r.message))
    return out


def document_page(
    engine: Engine,
    *,
    outlet: str | None = None,
    since: date | None = None,
    until: date | None = None,
    with_errors: bool = False,
    after: str | None = None,
    limit: int = 50,
) -> tuple[list[DocumentInfo], str | None]:
    """One page of documents by id (code-point order) and the id to continue after.

    ``since``/``until`` bound the publication date; ``with_errors`` lists instead every id with a
    recorded error (read, extraction or storing), stored or not — a document that could not be
    read was never stored.
    """
    limit = _valid_limit(limit) or 50
    d = DOCUMENTS.c
    if with_errors:
        ids = select(ERRORS.c.doc.label("id")).distinct().subquery()
        key = by_code_point(engine, ids.c.id)
        q = select(ids.c.id, d.key).select_from(ids.outerjoin(DOCUMENTS, d.id == ids.c.id))
        if outlet is not None:
            q = q.where(d.source == outlet)
    else:
        key = by_code_point(engine, d.id)
        q = select(d.id, d.key)
        if outlet is not None:
            q = q.where(d.source == outlet)
    if since is not None:
        q = q.where(d.published >= since)
    if until is not None:
        q = q.where(d.published <= until)
    if after is not None:
        q = q.where(key > after)
    q = q.order_by(key).limit(limit + 1)
    with engine.connect() as conn:
        found = conn.execute(q).all()
        more = len(found) > limit
        found = found[:limit]
        infos = _document_infos(conn, [r.id for r in found], with_text=False)
    return infos, (found[-1].id if more and found else None)


def _document_infos(conn: Connection, ids: list[str], *, with_text: bool) -> list[DocumentInfo]:
    d = DOCUMENTS.c
    cols = [d.id, d.key, d.title, d.source, d.url, d.published, d.stored_at, d.date_basis, d.date_reason]
    if with_text:
        cols.append(d.text)
    rows: dict[str, Any] = {}
    counts: dict[str, int] = {}
    keys = [doc_key(i) for i in ids]
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        for r in conn.execute(select(*cols).where(d.key.in_(chunk))):
            rows[r.id] = r
        q = (
            select(CLAIMS.c.doc_key, func.count())
            .where(CLAIMS.c.doc_key.in_(chunk))
            .group_by(CLAIMS.c.doc_key)
        )
        counts.update({k: n for k, n in conn.execute(q)})
    errs = _errors_by_doc(conn, ids)
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            out.append(DocumentInfo(i, False, errors=errs.get(i, [])))
            continue
        out.append(
            DocumentInfo(
                i,
                True,
                r.title,
                r.source,
                r.url,
                r.published,
                r.stored_at,
                counts.get(r.key, 0),
                r.date_basis,
                r.date_reason,
                r.text if with_text else None,
                errs.get(i, []),
            )
        )
    return out


def get_document(engine: Engine, doc: str, *, with_text: bool = True) -> DocumentInfo | None:
    """A stored document with its text and recorded errors; one never stored but with errors; or None."""
    with engine.connect() as conn:
        info = _document_infos(conn, [doc], with_text=with_text)[0]
    return info if info.stored or info.errors else None


def delete_document(engine: Engine, doc: str) -> bool:
    """Remove a document and its claims (one transaction); False when it was not stored.

    The consolidation's tables keep their snapshot until the next ``consolidate``.
    """

    def work(conn: Connection) -> bool:
        key = doc_key(doc)
        conn.execute(delete(CLAIMS).where(CLAIMS.c.doc_key == key))
        return conn.execute(delete(DOCUMENTS).where(DOCUMENTS.c.key == key)).rowcount > 0

    return _retrying(engine, work)


def outlets(engine: Engine) -> list[tuple[str, int]]:
    """Every named outlet and how many documents it has, most first."""
    q = (
        select(DOCUMENTS.c.source, func.count())
        .where(DOCUMENTS.c.source.is_not(None))
        .group_by(DOCUMENTS.c.source)
    )
    with engine.connect() as conn:
        return sorted(((s, n) for s, n in conn.execute(q)), key=lambda kv: (-kv[1], kv[0]))


def store_counts(engine: Engine) -> dict[str, int]:
    """Rows in the store: documents, claims, errors, facts, findings (what /metrics reports)."""
    from marsad.consolidate.tables import FactRow, FindingRow

    out = {}
    with engine.connect() as conn:
        for name, table in (
            ("documents", DOCUMENTS),
            ("claims", CLAIMS),
            ("errors", ERRORS),
            ("facts", FactRow.__table__),
            ("findings", FindingRow.__table__),
        ):
            out[name] = int(conn.scalar(select(func.count()).select_from(table)) or 0)
    return out


def ping(engine: Engine) -> None:
    """Raise if the store cannot answer a query."""
    with engine.connect() as conn:
        conn.execute(select(1))


# -- facts and findings, for the API and the dashboard ---------------------------------------------


def _stored_fact(d: dict[str, Any]) -> Any:
    from marsad.consolidate.record import StoredFact

    return StoredFact.from_dict(d)


def query_facts(
    engine: Engine,
    *,
    metric: str | None = None,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    min_corroboration: int | None = None,
    doc: str | None = None,
) -> list[Any]:
    """Facts of the last consolidation (``StoredFact``), filtered, in ``list_facts``' order."""
    return fact_page(
        engine,
        metric=metric,
        country=country,
        since=since,
        until=until,
        min_corroboration=min_corroboration,
        doc=doc,
        limit=None,
    )[0]


def fact_page(
    engine: Engine,
    *,
    metric: str | None = None,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    min_corroboration: int | None = None,
    doc: str | None = None,
    offset: int = 0,
    limit: int | None = 50,
) -> tuple[list[Any], int]:
    """One page of filtered facts in ``list_facts``' order (metric, countries, period, value), and how many match.

    Ordered and cut in SQL: a page reads its rows only, however many facts the store holds.
    """
    from marsad.consolidate.tables import FactRow

    t = FactRow.__table__.c
    where = _fact_conditions(metric, country, since, until, min_corroboration, doc)
    order = [
        by_code_point(engine, t.metric),
        by_code_point(engine, t.countries),
        func.coalesce(t.period_start, _NO_DATE),
        t.value,
        t.id,
    ]
    q = select(t.data).where(*where).order_by(*order).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as conn:
        out = [_stored_fact(d) for d in conn.scalars(q)]
        total = int(conn.scalar(select(func.count()).select_from(FactRow.__table__).where(*where)) or 0)
    return out, total


def _fact_conditions(
    metric: str | None,
    country: str | None,
    since: date | None,
    until: date | None,
    min_corroboration: int | None,
    doc: str | None,
) -> list[Any]:
    from marsad.consolidate.tables import FactClaimRow, FactRow

    t = FactRow.__table__.c
    q: list[Any] = []
    if metric is not None:
        q.append(t.metric == metric)
    if country is not None:
        q.append(_in_list(t.countries, country.upper()))
    if since is not None:
        q.append(t.period_end >= since)
    if until is not None:
        q.append(t.period_start <= until)
    if min_corroboration is not None:
        q.append(t.corroboration >= min_corroboration)
    if doc is not None:
        fc = FactClaimRow.__table__.c
        q.append(t.id.in_(select(fc.fact_id).where(fc.doc_id == doc)))
    return q


def get_fact(engine: Engine, fact_id: str) -> Any | None:
    from marsad.consolidate.tables import FactRow

    with engine.connect() as conn:
        d = conn.scalar(select(FactRow.__table__.c.data).where(FactRow.__table__.c.id == fact_id))
    return _stored_fact(d) if d is not None else None


def facts_of_claim(engine: Engine, claim_id: str) -> list[str]:
    """The ids of the facts a claim (``<doc>#<ordinal>``) belongs to."""
    from marsad.consolidate.tables import FactClaimRow

    fc = FactClaimRow.__table__.c
    with engine.connect() as conn:
        return list(conn.scalars(select(fc.fact_id).where(fc.claim_key == doc_key(claim_id))))


def finding_conditions(
    *,
    kind: str | None = None,
    metric: str | None = None,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[Any]:
    """The WHERE conditions of a findings filter (over the consolidation's ``findings`` table).

    The one implementation of the filter: ``marsad findings``, the API's and the dashboard's
    lists (``finding_page``, ``query_findings``) and ``consolidate.list_findings`` use it.
    ``metric`` matches a finding about several (``attacks/operations`` is about both);
    ``country`` is a code among the finding's; a finding with no period matches any period.
    """
    from marsad.consolidate.tables import FindingRow

    t = FindingRow.__table__.c
    where: list[Any] = []
    if kind is not None:
        where.append(t.kind == kind)
    if metric is not None:  # "attacks/operations" is a finding about both
        where.append(_in_list(func.replace(t.metric, "/", ","), metric) if "," not in metric else false())
    if country is not None:
        where.append(_in_list(t.countries, country.upper()))
    if since is not None:
        where.append(or_(t.period_end.is_(None), t.period_end >= since))
    if until is not None:
        where.append(or_(t.period_start.is_(None), t.period_start <= until))
    return where


def query_findings(
    engine: Engine,
    *,
    kind: str | None = None,
    metric: str | None = None,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    fact: str | None = None,
    doc: str | None = None,
) -> list[Any]:
    """Every finding of the last consolidation the filter keeps (``finding_page``'s, and a fact or document)."""
    rows = finding_page(
        engine, kind=kind, metric=metric, country=country, since=since, until=until, limit=None
    )[0]
    if fact is not None:
        rows = [x for x in rows if fact in x.fact_ids]
    if doc is not None:
        rows = [x for x in rows if doc in x.docs]
    return rows


def finding_page(
    engine: Engine,
    *,
    kind: str | None = None,
    metric: str | None = None,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    offset: int = 0,
    limit: int | None = 50,
) -> tuple[list[Any], int]:
    """One page of findings in their computed order, filtered in SQL (``finding_conditions``), and how
    many match (every one with ``limit=None``, counted without a second query)."""
    from marsad.consolidate.record import _finding
    from marsad.consolidate.tables import FindingRow

    t = FindingRow.__table__.c
    where = finding_conditions(kind=kind, metric=metric, country=country, since=since, until=until)
    q = select(t.data).where(*where).order_by(t.ordinal).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as conn:
        rows = [_finding(d) for d in conn.scalars(q)]
        if limit is None and (rows or not offset):  # every match from the offset on: the count is known
            return rows, offset + len(rows)
        total = conn.scalar(select(func.count()).select_from(FindingRow.__table__).where(*where))
    return rows, int(total or 0)


def get_finding(engine: Engine, finding_id: str) -> Any | None:
    from marsad.consolidate.record import _finding
    from marsad.consolidate.tables import FindingRow

    t = FindingRow.__table__.c
    with engine.connect() as conn:
        d = conn.scalar(select(t.data).where(t.id == finding_id))
    return _finding(d) if d is not None else None
