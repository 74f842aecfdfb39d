"""The consolidation's working set on disk: every claim once, read back one group at a time.

Each stage of the cross-check needs the claims of one group at a time — one
metric and country set (facts, contradictions), one metric and period
(arithmetic), one value (metric confusions), one figure (drifts) — and the
findings come out in an order no single pass over the store gives (drifts
sorted by the pair of articles they join, arithmetic by its first total,
single sources after everything). So the claims are streamed from the store
once into a temporary SQLite file, indexed by each grouping, and the stages
read their groups back and put what they must reorder into it too.

Why SQLite (the standard library's ``sqlite3``), in a temporary file: it is
an on-disk index and external sort made for exactly this, needs nothing
installed, and works the same whatever backend the store is (a PostgreSQL
store is read once, then the groups are local reads). Every key it sorts or
groups by is an integer assigned here from the Python values — the group
keys are numbered in Python's own order, so no collation of either database
decides an order. Claims and held findings are kept as pickles of plain
tuples of their fields (``_pack``: pickling the dataclasses themselves goes
through ``dataclasses.fields`` for every object and costs twice as much):
this process wrote them a moment before, and they come back exactly.

The claims' near-duplicate clusters (the drifts are ordered by the pair of
clusters they join) are numbered in a table too, and ranked there in code
point order of their representatives' ids (SQLite compares text as UTF-8
bytes, which is code point order): nothing per document or cluster is held
in memory.

Memory: the distinct group keys (metric and countries, metric and period,
figures, values) and SQLite's page cache, never the claims, the documents
or the findings.
"""

from __future__ import annotations

import itertools
import os
import pickle
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from marsad.consolidate.candidates import period_key
from marsad.consolidate.facts import ClaimRef, Fact
from marsad.consolidate.findings import Figure
from marsad.model import Claim, Finding, Period, Span

CACHE_KIB = 16_384  # SQLite's page cache for the working set
CHUNK = 2_000  # rows per executemany
IN_LIST = 500  # ids per "IN (...)" lookup
DRIFT_KINDS = ("country_drift", "period_drift", "source_drift")  # in code-point order: the findings' order
ARITHMETIC, SINGLE_SOURCE = 0, 1  # queues of findings held back until their place in the output comes

_SCHEMA = """
CREATE TABLE claims (seq INTEGER PRIMARY KEY, doc INTEGER, grp INTEGER, mp INTEGER, value INTEGER,
                     fig INTEGER, ps INTEGER, pe INTEGER, cl INTEGER, ref BLOB);
CREATE TABLE clusters (cl INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
CREATE TABLE fact_of (seq INTEGER PRIMARY KEY, fact TEXT);
CREATE TABLE drifts (kind INTEGER, a INTEGER, b INTEGER, n INTEGER, rank INTEGER, pa INTEGER, pb INTEGER,
                     sa INTEGER, sb INTEGER);
CREATE TABLE later (queue INTEGER, key INTEGER, finding BLOB);
CREATE INDEX later_order ON later (queue, key);
CREATE TABLE seen (id TEXT PRIMARY KEY) WITHOUT ROWID;
"""
# made after the claims are in: (grp, doc) lists a group in claim order (documents are numbered in that order)
_INDEXES = """
CREATE INDEX claims_grp ON claims (grp, doc);
CREATE INDEX claims_mp ON claims (mp);
CREATE INDEX claims_value ON claims (value);
CREATE INDEX claims_fig ON claims (fig);
CREATE INDEX claims_doc ON claims (doc, grp, value, ps, pe);
CREATE TABLE cluster_rank (cl INTEGER PRIMARY KEY, rank INTEGER NOT NULL);
INSERT INTO cluster_rank SELECT cl, row_number() OVER (ORDER BY id) FROM clusters;
"""


_CLAIM = tuple(f.name for f in fields(Claim))
_FINDING = tuple(f.name for f in fields(Finding))
_PAIRS: dict[str, type] = {"period": Period, "span": Span, "number_span": Span}  # fields held as (start, end)


def _plain(name: str, v: Any) -> Any:
    if name in _PAIRS:
        return (v.start, v.end) if v is not None else None
    if name == "spans":
        return [(x.start, x.end) for x in v]
    return v


def _typed(name: str, v: Any) -> Any:
    if name in _PAIRS:
        return _PAIRS[name](*v) if v is not None else None
    return v


# where the (start, end) pairs of a claim's fields are, to rebuild a claim positionally
_CLAIM_PAIRS = [(i, _PAIRS[n]) for i, n in enumerate(_CLAIM) if n in _PAIRS]
_CLAIM_SPANS = _CLAIM.index("spans")


def _pack(r: ClaimRef) -> bytes:
    c = r.claim
    claim = tuple(_plain(n, getattr(c, n)) for n in _CLAIM)
    return pickle.dumps((r.id, claim, r.cluster, r.outlet, r.published), protocol=pickle.HIGHEST_PROTOCOL)


def _unpack(blob: bytes) -> ClaimRef:
    claim_id, claim, cluster, outlet, published = pickle.loads(blob)
    values = list(claim)
    for i, cls in _CLAIM_PAIRS:
        if values[i] is not None:
            values[i] = cls(*values[i])
    values[_CLAIM_SPANS] = [Span(*x) for x in values[_CLAIM_SPANS]]
    return ClaimRef(claim_id, Claim(*values), cluster, outlet, published)


def _pack_finding(f: Finding) -> bytes:
    return pickle.dumps(tuple(_plain(n, getattr(f, n)) for n in _FINDING), protocol=pickle.HIGHEST_PROTOCOL)


def _unpack_finding(blob: bytes) -> Finding:
    return Finding(**{n: _typed(n, v) for n, v in zip(_FINDING, pickle.loads(blob), strict=True)})


def _ordinal(d: date | None) -> int | None:
    return d.toordinal() if d is not None else None


class _Keys:
    """Distinct keys numbered as they come; ``ordered()`` lists them in Python's order of the keys."""

    def __init__(self) -> None:
        self.ids: dict[Any, int] = {}

    def __call__(self, key: Any) -> int:
        n = self.ids.get(key)
        if n is None:
            n = self.ids[key] = len(self.ids)
        return n

    def ordered(self) -> list[tuple[Any, int]]:
        return sorted(self.ids.items())


PREFIX = "marsad-consolidate-"


def sweep_abandoned(directory: str | None = None) -> list[Path]:
    """Remove the working sets of consolidations whose process is gone.

    A consolidation killed outright (SIGKILL, the OOM killer, a power cut)
    cannot remove its own folder; its process id is in the folder's name, so
    the next consolidation removes it. Returns the folders removed.
    """
    removed = []
    for folder in Path(directory or tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name[len(PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or not folder.is_dir() or _alive(int(pid)):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # alive under another user, or cannot tell: leave it
    return True


class WorkingSet:
    """Claims, their facts and the findings still to be ordered, in a temporary SQLite file."""

    def __init__(self, directory: str | None = None) -> None:
        sweep_abandoned(directory)
        self._dir = tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-", dir=directory)
        self.db = sqlite3.connect(Path(self._dir.name) / "working.db", isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", f"cache_size=-{CACHE_KIB}", "temp_store=FILE"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.executescript(_SCHEMA)
        # one transaction for the file's whole life: nothing here is ever committed for anyone else to read,
        # and a statement in autocommit would pay a commit each (a finding id seen is one statement)
        self.db.execute("BEGIN")
        self.groups, self.buckets, self.figures = _Keys(), _Keys(), _Keys()
        self._group_keys: list[tuple[str, tuple[str, ...]]] = []
        self.with_totals: set[int] = set()  # metric-and-period buckets holding a figure for several countries
        self.value_metrics: dict[int, set[str]] = defaultdict(set)  # metrics a value of 10+ is dated under
        self.figure_size: dict[int, int] = defaultdict(int)
        self.claims = 0
        self._drifts = 0
        self._later = 0
        self._dates: dict[int, date] = {}

    def __enter__(self) -> WorkingSet:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.db.close()
        self._dir.cleanup()

    # --- filling ---------------------------------------------------------------------------------

    def fill(self, refs: Iterable[ClaimRef], min_confusion: int) -> None:
        """Store the claims (in the order given, which is kept) and index them."""
        doc_no, last = -1, None
        cluster, cl = None, 0
        rows: list[tuple] = []
        for seq, r in enumerate(refs):
            c = r.claim
            if r.doc != last:
                doc_no, last = doc_no + 1, r.doc
            if r.cluster != cluster:
                cluster, cl = r.cluster, self._cluster_no(r.cluster)
            countries = tuple(sorted(c.countries))
            value = int(c.value)
            grp = self.groups((c.metric, countries))
            if grp == len(self._group_keys):
                self._group_keys.append((c.metric, countries))
            mp = self.buckets((c.metric, period_key(c.period)))
            if len(c.countries) > 1:
                self.with_totals.add(mp)
            if value >= min_confusion and c.period is not None:
                self.value_metrics[value].add(c.metric)
            fig = self.figures((c.metric, value))
            self.figure_size[fig] += 1
            p = c.period
            rows.append(
                (
                    seq,
                    doc_no,
                    grp,
                    mp,
                    value,
                    fig,
                    _ordinal(p.start) if p else None,
                    _ordinal(p.end) if p else None,
                    cl,
                    _pack(r),
                )
            )
            if len(rows) == CHUNK:
                self.db.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
                rows.clear()
            self.claims = seq + 1
        if rows:
            self.db.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        for statement in _INDEXES.split(";"):
            if statement.strip():
                self.db.execute(statement)

    def _cluster_no(self, cluster: str) -> int:
        row = self.db.execute("SELECT cl FROM clusters WHERE id = ?", (cluster,)).fetchone()
        if row is not None:
            return row[0]
        return self.db.execute("INSERT INTO clusters (id) VALUES (?)", (cluster,)).lastrowid or 0

    # --- reading groups back ---------------------------------------------------------------------

    def _refs(self, where: str, arg: int) -> tuple[list[ClaimRef], dict[int, int], dict[str, str]]:
        """The claims of one group in claim order, each one's seq (by ``id()``), and each claim's fact."""
        refs, seqs, facts = [], {}, {}
        q = f"SELECT c.seq, c.ref, f.fact FROM claims c LEFT JOIN fact_of f USING (seq) WHERE {where} ORDER BY c.seq"
        for seq, blob, fact in self.db.execute(q, (arg,)):
            r = _unpack(blob)
            refs.append(r)
            seqs[id(r)] = seq
            if fact is not None:
                facts[r.id] = fact
        return refs, seqs, facts

    def metric_groups(self) -> Iterator[tuple[list[ClaimRef], dict[int, int], dict[str, list[Figure]]]]:
        """Each metric and country set's claims in the groups' order, each one's seq (by ``id()``), and every
        figure their articles give."""
        for _, grp in self.groups.ordered():
            refs, seqs, _ = self._refs("c.grp = ?", grp)
            yield refs, seqs, self._doc_figures(grp, refs, seqs)

    def _doc_figures(
        self, grp: int, refs: Sequence[ClaimRef], seqs: dict[int, int]
    ) -> dict[str, list[Figure]]:
        """(metric, countries, value, period key) of every claim of the articles that have a claim in ``grp``."""
        doc_of_seq = dict(self.db.execute("SELECT seq, doc FROM claims WHERE grp = ?", (grp,)))
        names = {doc_of_seq[seqs[id(r)]]: r.doc for r in refs}
        out: dict[str, list[Figure]] = defaultdict(list)
        q = (
            "SELECT doc, grp, value, ps, pe FROM claims WHERE doc IN (SELECT DISTINCT doc FROM claims WHERE grp = ?)"
            " ORDER BY doc, seq"
        )
        for doc, g, value, ps, pe in self.db.execute(q, (grp,)):
            metric, countries = self._group_keys[g]
            out[names[doc]].append((metric, countries, value, (self._date(ps), self._date(pe)) if ps else ()))
        return out

    def _date(self, ordinal: int) -> date:
        d = self._dates.get(ordinal)
        if d is None:
            d = self._dates[ordinal] = date.fromordinal(ordinal)
        return d

    def arithmetic_buckets(self) -> Iterator[tuple[list[ClaimRef], dict[int, int], dict[str, str]]]:
        """The claims of each metric and period that holds a figure for several countries (order: any)."""
        for mp in sorted(self.with_totals):
            yield self._refs("c.mp = ?", mp)

    def values(self, min_confusion: int) -> Iterator[tuple[list[ClaimRef], dict[str, str]]]:
        """Every claim of each value that two metrics give with a date, in the values' order."""
        for value in sorted(v for v, metrics in self.value_metrics.items() if len(metrics) > 1):
            refs, _, facts = self._refs("c.value = ?", value)
            yield refs, facts

    def figure_groups(self) -> Iterator[tuple[int, list[ClaimRef], dict[int, int], dict[int, int]]]:
        """Each figure (metric, value) held by two claims or more, with its rank among all figures, each
        claim's seq and the rank of its cluster among the claims' clusters (both by ``id()`` of the claims)."""
        q = (
            "SELECT c.seq, c.ref, k.rank FROM claims c JOIN cluster_rank k USING (cl) WHERE c.fig = ? "
            "ORDER BY c.seq"
        )
        for rank, (_, fig) in enumerate(self.figures.ordered()):
            if self.figure_size[fig] > 1:
                refs, seqs, clusters = [], {}, {}
                for seq, blob, cluster in self.db.execute(q, (fig,)):
                    r = _unpack(blob)
                    refs.append(r)
                    seqs[id(r)] = seq
                    clusters[id(r)] = cluster
                yield rank, refs, seqs, clusters

    def facts_of(self, facts: Sequence[Fact], seqs: dict[int, int]) -> None:
        """Remember each claim's fact (``seqs``: by ``id()`` of the claims) for the findings that cite it later."""
        rows = [(seqs[id(r)], f.id) for f in facts for r in f.claims]
        self.db.executemany("INSERT INTO fact_of VALUES (?, ?)", rows)

    # --- drifts: pairs of articles, ordered -------------------------------------------------------

    def add_drifts(self, rows: Iterable[tuple[str, tuple[int, int, int], int, int, int, int]]) -> None:
        """Drifting pairs as (kind, place, cluster rank of a, of b, seq of a, of b), in the order met."""
        kinds = {k: i for i, k in enumerate(DRIFT_KINDS)}
        out = []
        for kind, (rank, pa, pb), ca, cb, sa, sb in rows:
            out.append((kinds[kind], ca, cb, self._drifts, rank, pa, pb, sa, sb))
            self._drifts += 1
            if len(out) == CHUNK:  # a figure that many articles give can drift in millions of pairs
                self.db.executemany("INSERT INTO drifts VALUES (?,?,?,?,?,?,?,?,?)", out)
                out.clear()
        self.db.executemany("INSERT INTO drifts VALUES (?,?,?,?,?,?,?,?,?)", out)

    def drift_sides(
        self, batch: int = 1_000
    ) -> Iterator[tuple[str, list[ClaimRef], list[ClaimRef], dict[str, str]]]:
        """Each kind and pair of articles in order, with each side's claims: the first pair's claim first,
        then the others in the order they were met; and the facts of all of them."""
        rows = self.db.execute("SELECT kind, a, b, rank, pa, pb, sa, sb FROM drifts ORDER BY kind, a, b, n")
        pending: list[tuple[str, list[int], list[int]]] = []
        for (kind, _, _), pairs in itertools.groupby(rows, key=lambda row: row[:3]):
            pairs = list(pairs)
            first = min(pairs, key=lambda row: row[3:6])
            side_a = list(dict.fromkeys([first[6], *(row[6] for row in pairs)]))
            side_b = list(dict.fromkeys([first[7], *(row[7] for row in pairs)]))
            pending.append((DRIFT_KINDS[kind], side_a, side_b))
            if len(pending) == batch:
                yield from self._sides(pending)
                pending = []
        yield from self._sides(pending)

    def _sides(
        self, pending: list[tuple[str, list[int], list[int]]]
    ) -> Iterator[tuple[str, list[ClaimRef], list[ClaimRef], dict[str, str]]]:
        wanted = sorted({s for _, a, b in pending for s in (*a, *b)})
        refs: dict[int, ClaimRef] = {}
        facts: dict[str, str] = {}
        for i in range(0, len(wanted), IN_LIST):
            part = wanted[i : i + IN_LIST]
            q = (
                "SELECT c.seq, c.ref, f.fact FROM claims c LEFT JOIN fact_of f USING (seq) "
                f"WHERE c.seq IN ({','.join('?' * len(part))})"
            )
            for seq, blob, fact in self.db.execute(q, part):
                r = refs[seq] = _unpack(blob)
                if fact is not None:
                    facts[r.id] = fact
        for kind, a, b in pending:
            yield kind, [refs[s] for s in a], [refs[s] for s in b], facts

    # --- findings held back, and finding ids seen ------------------------------------------------

    def hold(self, queue: int, key: int | None, findings: Iterable[Finding]) -> None:
        """Findings to be written later in the order of ``key`` (default: the order they are held in)."""
        rows = []
        for f in findings:
            rows.append((queue, self._later if key is None else key, _pack_finding(f)))
            self._later += 1
        self.db.executemany("INSERT INTO later VALUES (?, ?, ?)", rows)

    def held(self, queue: int) -> Iterator[Finding]:
        for (blob,) in self.db.execute("SELECT finding FROM later WHERE queue = ? ORDER BY key", (queue,)):
            yield _unpack_finding(blob)

    def first_time(self, finding_id: str) -> bool:
        """True the first time a finding id is offered (ids are content hashes: a repeat says nothing new)."""
        return self.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (finding_id,)).rowcount == 1
