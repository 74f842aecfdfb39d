"""Extraction as a Dask job: shards of a corpus → partitioned Parquet.

    marsad extract CORPUS --engine dask [--scheduler tcp://host:8786] -o run/
    marsad load run/ --db postgresql://…

The driver lists the corpus into shards without parsing it: a JSONL or
JSONL.gz file is cut into runs of ``ROWS_PER_SHARD`` lines (one scan to
count them), a Parquet file into runs of row groups, a WARC file is one
shard, and small text and HTML files are grouped, ``FILES_PER_SHARD`` to a
shard. Ids are those ``marsad extract`` gives (``file:line`` for a line
without an id). A ``dask.bag``
holds one shard per partition; each task reads its shard with the same
readers as ``marsad extract``, runs ``pipeline.extract_document`` on every
document, and writes three Parquet files named after the partition:
``documents/part-00000.parquet``, ``claims/…`` and ``errors/…`` (schema:
``engine.columns``, shared with ``marsad export``). A file is written under a
temporary name and renamed, so a part is whole or absent, and a task that is
run again (a lost worker) writes the same bytes. The driver writes
``manifest.json`` last, with the counts: its presence means the run is
complete.

The cluster is the scheduler at ``--scheduler`` (any ``dask.distributed``
deployment: dask-jobqueue on SLURM, the Dask Kubernetes operator, ``dask
scheduler`` by hand; see docs/scale/), or a ``LocalCluster`` of this
machine's cores. The output folder must be reachable at the same path by
every worker (a shared file system) — Parquet on object storage is not
supported yet.

Differences from ``marsad extract`` with the local engine, all of them
resolved when the run is loaded: the store is not consulted (documents
already stored are extracted again, and ``load`` skips what is current and
pages whose URL is stored); a document id met in two shards is a
``duplicate_id`` error at load; and a document's time budget
(``MARSAD_DOC_SECONDS``) is not enforced, because Dask runs tasks in
threads, where no alarm can interrupt one.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

FILES_PER_SHARD = 200
ROWS_PER_SHARD = 5_000  # a large JSONL or Parquet file is cut into shards of about this many lines or rows
KINDS = ("documents", "claims", "errors")


class DaskUnavailable(RuntimeError):
    pass


@dataclass
class DaskSummary:
    partitions: int = 0
    documents: int = 0
    claims: int = 0
    errors: int = 0
    not_arabic: int = 0
    seconds: float = 0.0


# -- shards --------------------------------------------------------------------------------------

# (file, its document id: None for a file of many documents, the part of it: None for all of it,
# ("lines", first, last) of a JSONL file, ("row_groups", first, stop) of a Parquet file)
Entry = tuple[str, str | None, tuple[str, int, int] | None]
Shard = list[Entry]


def _parts(path: Path, rows: int) -> list[tuple[str, int, int] | None]:
    """A large JSONL (plain or gzipped) or Parquet file as parts of about ``rows`` lines or rows."""
    from marsad.corpus import JSONL_GZ_SUFFIXES, JSONL_SUFFIXES, PARQUET_SUFFIXES, _jsonl_lines

    name = path.name.lower()
    try:
        if name.endswith(JSONL_GZ_SUFFIXES) or path.suffix.lower() in JSONL_SUFFIXES:
            n = sum(1 for _ in _jsonl_lines(path))  # a scan, no parsing
            if n <= rows:
                return [None]
            return [("lines", a, min(a + rows - 1, n)) for a in range(1, n + 1, rows)]
        if path.suffix.lower() in PARQUET_SUFFIXES:
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(path).metadata
            out: list[tuple[str, int, int] | None] = []
            first, count = 0, 0
            for g in range(meta.num_row_groups):
                count += meta.row_group(g).num_rows
                if count >= rows:
                    out.append(("row_groups", first, g + 1))
                    first, count = g + 1, 0
            if first < meta.num_row_groups:
                out.append(("row_groups", first, meta.num_row_groups))
            return out if len(out) > 1 else [None]
    except Exception:  # unreadable or damaged: one shard, whose task reports the error as the readers do
        return [None]
    return [None]


def shards(
    corpus: str | os.PathLike[str], files_per_shard: int = FILES_PER_SHARD, rows_per_shard: int = ROWS_PER_SHARD
) -> list[Shard]:
    """The corpus as shards, in the order ``read_corpus`` reads it; ids follow the same rules."""
    from marsad.corpus import (
        HTML_SUFFIXES,
        JSONL_GZ_SUFFIXES,
        SUFFIXES,
        TEXT_SUFFIXES,
        WARC_SUFFIXES,
        _displayable,
    )

    root = Path(corpus)
    if not root.is_dir():
        return [[(str(root), None, part)] for part in _parts(root, rows_per_shard)]
    out: list[Shard] = []
    small: Shard = []
    seen: set[str] = set()
    visited: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        here = Path(dirpath)
        try:
            st = here.stat()
            key = (st.st_dev, st.st_ino)
        except OSError:
            key = None
        if key is not None and key in visited:
            dirnames[:] = []
            continue
        if key is not None:
            visited.add(key)
        dirnames.sort()
        for name in sorted(filenames):
            p = here / name
            lname = name.lower()
            suffix = p.suffix.lower()
            if suffix not in SUFFIXES and not lname.endswith(JSONL_GZ_SUFFIXES + WARC_SUFFIXES):
                continue
            if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                doc_id = _displayable(p.stem)
                if doc_id in seen:
                    doc_id = _displayable(str(p.relative_to(root).with_suffix(""))).replace(os.sep, "/")
                if doc_id in seen:
                    doc_id = _displayable(str(p.relative_to(root))).replace(os.sep, "/")
                seen.add(doc_id)
                small.append((str(p), doc_id, None))
                if len(small) == files_per_shard:
                    out.append(small)
                    small = []
            else:
                if small:
                    out.append(small)
                    small = []
                out.extend([(str(p), None, part)] for part in _parts(p, rows_per_shard))
    if small:
        out.append(small)
    return out


# -- one partition -------------------------------------------------------------------------------


def _write(table: Any, folder: Path, name: str) -> None:
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, folder / name)


def extract_shard(index: int, shard: Shard, out: str, version: str) -> dict[str, int]:
    """Read, extract and write one shard; returns its counts (runs on a worker)."""
    from marsad.corpus import NotArabic, _unique, read_corpus, read_file, read_jsonl, read_parquet
    from marsad.engine import columns
    from marsad.model import Document, ReadError
    from marsad.pipeline import extract_document

    docs: list[tuple[Document, str, str | None, str | None, int]] = []
    claims = []
    errors: list[ReadError] = []
    not_arabic = 0
    seen: set[str] = set()
    for path, doc_id, part in shard:
        if part is not None and part[0] == "lines":
            items = read_jsonl(Path(path), (part[1], part[2]))
        elif part is not None:
            items = read_parquet(Path(path), (part[1], part[2]))
        else:
            items = read_file(Path(path), doc_id) if doc_id is not None else read_corpus(path)
        for item in items:
            item = _unique(item, seen)
            if isinstance(item, NotArabic):
                not_arabic += 1
                continue
            if isinstance(item, ReadError):
                errors.append(item)
                continue
            result = extract_document(item)
            if result.error is not None:
                errors.append(result.error)
                continue
            docs.append((item, version, result.date_basis, result.date_reason, len(result.claims)))
            claims.extend(result.claims)
    name = f"part-{index:05d}.parquet"
    root = Path(out)
    _write(columns.documents_table(docs), root / "documents", name)
    _write(columns.claims_table(claims), root / "claims", name)
    _write(columns.errors_table(errors), root / "errors", name)
    return {"documents": len(docs), "claims": len(claims), "errors": len(errors), "not_arabic": not_arabic}


# -- the job -------------------------------------------------------------------------------------


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise DaskUnavailable(f"the Dask engine needs dask.distributed: pip install 'marsad[dask]' ({e.name} is missing)") from e
    if scheduler:
        return Client(scheduler), None
    from marsad.engine.pool import default_workers

    cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def _prepare(out: Path, overwrite: bool) -> None:
    if out.exists():
        if not out.is_dir() or stat.S_ISLNK(out.lstat().st_mode):
            raise FileExistsError(f"{out} exists and is not a folder")
        if any(out.iterdir()):
            if not overwrite:
                raise FileExistsError(f"{out} is not empty")
            for kind in KINDS:
                shutil.rmtree(out / kind, ignore_errors=True)
            (out / "manifest.json").unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)


def extract_to_parquet(
    corpus: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    overwrite: bool = False,
    client: Any = None,
    files_per_shard: int = FILES_PER_SHARD,
    rows_per_shard: int = ROWS_PER_SHARD,
) -> DaskSummary:
    """Extract ``corpus`` on a Dask cluster into a folder of partitioned Parquet."""
    from marsad.pipeline import extractor_version

    try:
        import dask.bag as bag
    except ImportError as e:
        raise DaskUnavailable(f"the Dask engine needs dask: pip install 'marsad[dask]' ({e.name} is missing)") from e
    out = Path(out).absolute()
    _prepare(out, overwrite)
    parts = shards(corpus, files_per_shard, rows_per_shard)
    version = extractor_version()
    t0 = time.perf_counter()
    own = client is None
    cluster = None
    if own:
        client, cluster = _client(scheduler, workers)
    try:
        b = bag.from_sequence(list(enumerate(parts)), npartitions=max(1, len(parts)))
        counts = b.map(lambda e: extract_shard(e[0], e[1], str(out), version)).compute(scheduler=client.get)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    summary = DaskSummary(partitions=len(parts), seconds=time.perf_counter() - t0)
    for c in counts:
        summary.documents += c["documents"]
        summary.claims += c["claims"]
        summary.errors += c["errors"]
        summary.not_arabic += c["not_arabic"]
    manifest = {
        "schema": "marsad-run",
        "schema_version": _schema_version(),
        "corpus": str(corpus),
        "extractor": version,
        **asdict(summary),
    }
    tmp = out / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, out / "manifest.json")
    return summary


def _schema_version() -> int:
    from marsad.engine.columns import SCHEMA_VERSION

    return SCHEMA_VERSION
