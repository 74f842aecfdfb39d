"""The public pipeline: read → extract → (store), usable from Python and the CLI.

``extract`` and ``parse`` work on a string; ``extract_corpus`` on a path and
yields one ``DocResult`` per document or per read error, so a caller sees
every input exactly once. ``run`` adds the store: each document is saved in
its own transaction and skipped on the next run when neither its text nor
the extractor has changed, which makes re-running idempotent and lets a
killed run resume.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad import __version__
from marsad.corpus import content_hash, read_corpus
from marsad.extractor.run import extract_analysis, extract_text
from marsad.model import Claim, DocResult, Document, ReadError
from marsad.outfile import open_output


@cache
def extractor_version() -> str:
    """The package version plus a digest of its language data."""
    h = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("marsad")))
    # the language data and the code that reads it: a change to either re-extracts
    for entry in sorted(root.rglob("*")):
        if entry.is_file() and entry.suffix in (".py", ".yaml", ".json", ".jsonl") and "__pycache__" not in entry.parts:
            h.update(str(entry.relative_to(root)).encode())
            h.update(entry.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


def _as_date(published: date | str | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    return date.fromisoformat(published[:10])


def extract(text: str, published: date | str | None = None, doc_id: str | None = None) -> list[Claim]:
    """Count claims of one text."""
    claims, _ = extract_text(text, _as_date(published), doc_id or "doc")
    return claims


# Extraction is linear in a document's length (about 0.5 s for 400 KB on one
# core); a document that takes far longer is pathological, and the batch must
# not wait on it. ``MARSAD_DOC_SECONDS`` changes the budget; 0 turns it off.
DOC_SECONDS = 60.0


class _OverBudget(Exception):
    pass


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise ``_OverBudget`` in this thread after ``seconds`` (main thread with SIGALRM only)."""
    usable = seconds > 0 and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expired(_signum, _frame):  # type: ignore[no-untyped-def]
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@cache
def _warm() -> None:
    extract_text("قتل 3 عناصر من داعش في كركوك أمس. وقال الجيش العراقي إن 2024 كان عاماً صعباً.", None, "warm")


def extract_document(doc: Document, seconds: float | None = None) -> DocResult:
    from marsad.extractor.document import analyse

    budget = float(os.environ.get("MARSAD_DOC_SECONDS", DOC_SECONDS)) if seconds is None else seconds
    _warm()  # the language data loads once, outside any budget: an alarm must never cut a load short
    try:
        with _time_budget(budget):
            a = analyse(doc.text, doc.published)
            claims = extract_analysis(a, doc.id, doc.source)
    except _OverBudget:
        return DocResult(doc, [], ReadError(doc.id, doc.path, "timeout", f"extraction took over {budget:g} s: skipped"))
    except Exception as e:  # one document's failure must not end the batch; it is reported
        return DocResult(doc, [], ReadError(doc.id, doc.path, "extract", f"extraction failed: {type(e).__name__}: {e}"))
    reason = a.docdate.reason
    if a.docdate.basis == "metadata" and doc.published_from == "html-metadata":
        reason += " (read from the page's HTML metadata)"
    return DocResult(doc, claims, None, a.docdate.basis, reason)


def extract_corpus(path: str | Path) -> Iterator[DocResult]:
    """One result per document of a corpus (errors included, in order)."""
    for item in read_corpus(path):
        if isinstance(item, ReadError):
            yield DocResult(None, [], item)
        else:
            yield extract_document(item)


def parse(text: str, published: date | str | None = None) -> dict[str, Any]:
    """What marsad recognises in a text: quantities, times, entities, claims."""
    claims, a = extract_text(text, _as_date(published), "parse")
    return {
        "document_date": {
            "date": a.docdate.date.isoformat() if a.docdate.date else None,
            "year": a.docdate.year,
            "basis": a.docdate.basis,
            "reason": a.docdate.reason,
        },
        "quantities": [p.obj.to_dict() for v in a.views for p in v.quantities],  # type: ignore[attr-defined]
        "times": [p.obj.to_dict() for v in a.views for p in v.times],  # type: ignore[attr-defined]
        "entities": [p.obj.to_dict() for v in a.views for p in v.entities],  # type: ignore[attr-defined]
        "claims": [c.to_dict() for c in claims],
    }


@dataclass
class RunSummary:
    run_id: int | None = None
    documents: int = 0
    skipped: int = 0
    claims: int = 0
    errors: list[ReadError] = field(default_factory=list)
    by_metric: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)


def _store_error(doc: Document, e: Exception) -> ReadError:
    """A storing failure as the document's error: the driver's first line, not SQLAlchemy's SQL dump."""
    cause = getattr(e, "orig", None) or e
    first = (str(cause).strip().splitlines() or [""])[0]
    return ReadError(doc.id, doc.path, "store", f"storing failed: {type(cause).__name__}: {first[:500]}")


def _save(engine: Any, run_id: int | None, doc: Document, result: DocResult, version: str) -> ReadError | None:
    """Store one extracted document; any failure is that document's error and changes nothing."""
    from marsad.store import db as store

    try:
        store.save_document(
            engine,
            doc,
            result.claims,
            extractor=version,
            run_id=run_id,
            date_basis=result.date_basis,
            date_reason=result.date_reason,
        )
    except Exception as e:  # one document's failure must not end the batch; it is reported
        return _store_error(doc, e)
    return None


def _record_error(engine: Any, summary: RunSummary, err: ReadError) -> None:
    """Count an error in the summary, and in the store if the store still takes it."""
    from marsad.store import db as store

    summary.errors.append(err)
    with contextlib.suppress(Exception):  # if the store is what failed, the summary and exit status still say so
        store.save_error(engine, summary.run_id, err)  # type: ignore[arg-type]


def run(
    corpus: str | Path,
    db: str | None = None,
    out: Path | None = None,
    progress: Callable[[DocResult], None] | None = None,
    force: bool = False,
) -> RunSummary:
    """Extract a corpus into the store (and optionally a JSONL file)."""
    from marsad.store import db as store

    engine = store.connect(db)
    version = extractor_version()
    summary = RunSummary(run_id=store.start_run(engine, str(corpus)))
    status = "aborted"
    stack = contextlib.ExitStack()
    try:
        # claims go to a file that replaces the output only when the run ends well
        # (marsad.outfile: a temporary file beside it, or the device itself for /dev/null)
        sink = stack.enter_context(open_output(out, "w", encoding="utf-8")) if out else None
        for item in read_corpus(corpus):
            if isinstance(item, ReadError):
                _record_error(engine, summary, item)
                if progress:
                    progress(DocResult(None, [], item))
                continue
            try:
                # another file's different text under this id stays, whatever --force says: never a silent overwrite
                refused = store.id_clash(engine, item)
                current = refused is None and not force and store.is_current(engine, item, version)
            except Exception as e:  # the store failed for this document: its error, the batch goes on
                refused, current = _store_error(item, e), False
            if refused is not None:
                _record_error(engine, summary, refused)
                if progress:
                    progress(DocResult(item, [], refused))
                continue
            if current:
                summary.skipped += 1
                if sink:  # the output file lists every claim, stored ones included
                    for c in store.query_claims(engine, doc=item.id):
                        sink.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
                if progress:
                    progress(DocResult(item))
                continue
            result = extract_document(item)
            if result.error is None:
                result.error = _save(engine, summary.run_id, item, result, version)
                if result.error is not None and result.error.code == "store":
                    # the store refuses a clash a neighbour run made since our check: say so as a clash
                    with contextlib.suppress(Exception):
                        result.error = store.id_clash(engine, item) or result.error
            if result.error is not None:
                _record_error(engine, summary, result.error)
                if progress:
                    progress(result)
                continue
            summary.documents += 1
            summary.claims += len(result.claims)
            for c in result.claims:
                summary.by_metric[c.metric] = summary.by_metric.get(c.metric, 0) + 1
                for cc in c.countries or ["—"]:
                    summary.by_country[cc] = summary.by_country.get(cc, 0) + 1
                if sink:
                    sink.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
            if progress:
                progress(result)
        status = "failed" if summary.errors else "ok"
    except BaseException:
        stack.__exit__(*sys.exc_info())  # the output stays as it was
        raise
    else:
        stack.close()
    finally:
        store.finish_run(
            engine,
            summary.run_id,
            documents=summary.documents,
            skipped=summary.skipped,
            claims=summary.claims,
            errors=len(summary.errors),
            status=status,
        )
    return summary


__all__ = ["RunSummary", "content_hash", "extract", "extract_corpus", "extract_document", "parse", "run"]
