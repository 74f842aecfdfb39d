"""``marsad load RUN_DIR``: a Dask run's Parquet into the store.

Partitions are read in order, one at a time (bounded memory), and every
document goes through the same decisions as ``marsad extract``: a document
already stored with this text, date, outlet and extractor version is
skipped (so loading twice changes nothing); another file's different text
under a stored id is an ``id_clash`` error; an archive page whose URL is
stored under another id is skipped; the rest are stored a batch per
transaction with their claims exactly as extracted (the claim JSON of the
``data`` column). The run's read and extraction errors are recorded as the
load's errors, and an id met twice in the run is a ``duplicate_id`` error.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from marsad.model import DocResult, ReadError


class NotARun(ValueError):
    pass


def parts(root: Path) -> list[str]:
    """The partition names present in all three folders (a missing one is a partition a killed run never wrote)."""
    names = [sorted(p.name for p in (root / kind).glob("part-*.parquet")) for kind in ("documents", "claims", "errors")]
    if not any(names):
        raise NotARun(f"{root} holds no documents/, claims/ or errors/ partitions (is it the output of --engine dask?)")
    return sorted(set(names[0]) & set(names[1]) & set(names[2]))


def load_run(root: str | Path, db: str | None = None, batch: int = 64,
             progress: Any = None) -> Any:
    """Load a run folder into the store; returns a ``pipeline.RunSummary``."""
    import pyarrow.parquet as pq

    from marsad.engine import columns
    from marsad.pipeline import _ERROR, _EXTRACT, RunSummary, _Run, _windows
    from marsad.store import db as store

    root = Path(root)
    names = parts(root)
    engine = store.connect(db)
    summary = RunSummary(run_id=store.start_run(engine, f"load {root}"))
    status = "aborted"
    try:
        state = _Run(engine, summary, None, progress, "", force=False)
        seen: set[str] = set()
        for name in names:
            for row in pq.read_table(root / "errors" / name).to_pylist():
                state.finish(_ERROR, ReadError(row["doc"], row["path"], row["code"], row["message"]))
            claims: dict[str, list] = defaultdict(list)
            for row in pq.read_table(root / "claims" / name, columns=["doc", "ordinal", "data"]).to_pylist():
                claims[row["doc"]].append((row["ordinal"], columns.claim_of(row)))
            docs = pq.read_table(root / "documents" / name).to_pylist()
            for window in _windows(docs, batch):
                items = []
                for row in window:
                    doc = columns.document_of(row)
                    if doc.id in seen:
                        state.finish(_ERROR, ReadError(doc.id, doc.path, "duplicate_id", f"id '{doc.id}' is used by an earlier document of the run"))
                        continue
                    seen.add(doc.id)
                    found = [c for _, c in sorted(claims.pop(doc.id, []), key=lambda t: t[0])]
                    items.append((doc, DocResult(doc, found, None, row["date_basis"], row["date_reason"]), row["extractor"]))
                _store(state, engine, items, _EXTRACT)
        status = "failed" if summary.errors else "ok"
    finally:
        store.finish_run(engine, summary.run_id, documents=summary.documents,
                         skipped=summary.skipped + summary.known_urls, claims=summary.claims,
                         errors=len(summary.errors), status=status)
    return summary


def _store(state: Any, engine: Any, items: list, extract: int) -> None:
    """Decide each document against one batch look-up, then store the new ones in one transaction."""
    from marsad.engine import writer
    from marsad.pipeline import store_results
    from marsad.store import db as store

    try:
        rows = writer.lookup(engine, [d for d, _, _ in items])
        looked = True
    except Exception:
        rows, looked = {}, False
    by_version: dict[str, list] = defaultdict(list)
    decided = []
    for doc, result, version in items:
        state.version = version  # "current" means stored by the extractor that made this run
        action, what = state.decide(doc, rows.get(store.doc_key(doc.id)), looked)
        decided.append((action, what, doc, result if action == extract else None))
        if action == extract:
            by_version[version].append((action, what, doc, result))
    for version, group in by_version.items():
        store_results(engine, state.summary.run_id, version, [r for _, _, _, r in group])
    for action, what, doc, result in decided:
        state.finish(action, what, doc, result)
