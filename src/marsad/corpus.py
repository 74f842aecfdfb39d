"""Corpus readers: text, HTML and JSONL files, or folders of them → Documents.

Each input becomes either a ``Document`` or a ``ReadError`` with a reason code,
so that one bad file never stops a corpus. Encodings are decided from the
bytes: a BOM (UTF-8, UTF-16), strict UTF-8, and otherwise charset-normalizer's
best guess, which is how Windows-1256 Arabic files are read. A file that is
mostly UTF-8 with broken bytes is reported, not guessed at: a wrong guess
would silently turn Arabic into mojibake. HTML goes through trafilatura for
its main text, title and date.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from marsad.model import Document, ReadError

MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is not an article
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


class DecodeError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of ``data``; raises ``DecodeError``."""
    if not data.strip():
        raise DecodeError("empty", "file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise DecodeError("encoding", f"invalid UTF-16: {e.reason} at byte {e.start}") from e
    if _looks_binary(data):
        # UTF-16 without a BOM has a NUL in every other byte of Latin text
        # and in none of Arabic; try it before calling the file binary.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if text and sum(ch.isprintable() or ch.isspace() for ch in text) > 0.97 * len(text):
                return text, enc
        raise DecodeError("binary", "file is binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        loose = data.decode("utf-8", errors="replace")
        bad = loose.count("\ufffd")
        arabic = sum(1 for ch in loose if "\u0600" <= ch <= "\u06ff")
        if arabic > bad:
            raise DecodeError(
                "encoding", f"invalid UTF-8: {bad} broken byte sequence(s), first at byte {e.start}"
            ) from e
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_8", "cp1252", "latin_1"]).best()
    if best is None:
        raise DecodeError("encoding", "cannot tell this file's encoding")
    return str(best), best.encoding


def _parse_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _document(
    doc_id: str, text: str, *, path: str | None, encoding: str | None = None, **meta: object
) -> Document:
    return Document(
        id=doc_id,
        text=text,
        published=_parse_date(meta.get("published")),
        source=str(meta["source"]) if meta.get("source") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        title=str(meta["title"]) if meta.get("title") else None,
        path=path,
        content_hash=content_hash(text),
        encoding=encoding,
    )


def from_html(html: str, doc_id: str, *, path: str | None = None, **meta: object) -> Document | ReadError:
    """Main text, title and date of an HTML page (trafilatura)."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        return ReadError(doc_id, path, "html", f"HTML could not be parsed: {e}")
    if extracted is None:
        return ReadError(doc_id, path, "html", "no main text found in the HTML")
    get = extracted.get if isinstance(extracted, dict) else lambda k: getattr(extracted, k, None)
    body = (get("text") or "").strip()
    title = (get("title") or "").strip()
    if not body and not title:
        return ReadError(doc_id, path, "html", "no main text found in the HTML")
    # A headline carries claims too; keep it as the first line of the text.
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    published = meta.get("published") or get("date")
    return _document(doc_id, text, path=path, title=title or None, **{**meta, "published": published})


def read_file(path: Path, doc_id: str | None = None) -> Iterator[Document | ReadError]:
    """Documents of one file (a JSONL file holds many)."""
    doc_id = doc_id or path.stem
    spath = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield ReadError(doc_id, spath, "too_large", f"file is {size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield ReadError(doc_id, spath, "not_found", "no such file")
        return
    except OSError as e:
        yield ReadError(doc_id, spath, "unreadable", f"cannot read file: {e.strerror or e}")
        return
    try:
        text, encoding = decode(data)
    except DecodeError as e:
        yield ReadError(doc_id, spath, e.code, str(e))
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_text(text, path)
    elif suffix in HTML_SUFFIXES:
        yield from_html(text, doc_id, path=spath)
    else:
        if not text.strip():
            yield ReadError(doc_id, spath, "empty", "file has no text")
            return
        yield _document(doc_id, text, path=spath, encoding=encoding)


def read_jsonl_text(text: str, path: Path) -> Iterator[Document | ReadError]:
    spath = str(path)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.stem}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadError(where, spath, "json", f"line {n} is not JSON: {e.msg} at column {e.colno}")
            continue
        if not isinstance(row, dict):
            yield ReadError(where, spath, "schema", f"line {n} is not a JSON object")
            continue
        doc_id = str(row.get("id") or where)
        meta = {k: row.get(k) for k in ("published", "source", "url", "title")}
        if isinstance(row.get("text"), str) and row["text"].strip():
            yield _document(doc_id, row["text"], path=spath, **meta)
        elif isinstance(row.get("html"), str) and row["html"].strip():
            yield from_html(row["html"], doc_id, path=spath, **meta)
        else:
            yield ReadError(doc_id, spath, "schema", f"line {n} has no 'text' or 'html'")


def read_corpus(path: str | os.PathLike[str]) -> Iterator[Document | ReadError]:
    """Every document under ``path`` (a file or a folder walked recursively).

    Document ids are file names without extension; a name that repeats in
    another folder gets its relative path instead, so ids stay unique.
    """
    root = Path(path)
    if not root.exists():
        yield ReadError(root.stem or str(root), str(root), "not_found", f"path does not exist: {root}")
        return
    if root.is_file():
        seen_one: set[str] = set()
        for item in read_file(root):
            yield _unique(item, seen_one)
        return
    seen: set[str] = set()
    walk_errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_errors.append):
        yield from _folder_errors(walk_errors)
        dirnames.sort()
        here = Path(dirpath)
        for name in sorted(filenames):
            p = here / name
            if p.suffix.lower() not in SUFFIXES:
                continue
            doc_id = p.stem
            if doc_id in seen:
                doc_id = str(p.relative_to(root).with_suffix("")).replace(os.sep, "/")
            if doc_id in seen:  # x.txt beside x.html
                doc_id = str(p.relative_to(root)).replace(os.sep, "/")
            for item in read_file(p, doc_id):
                yield _unique(item, seen)
    yield from _folder_errors(walk_errors)


def _folder_errors(errors: list[OSError]) -> Iterator[ReadError]:
    while errors:
        e = errors.pop(0)
        where = str(e.filename or "?")
        yield ReadError(Path(where).name, where, "unreadable", f"folder cannot be read: {e.strerror or e}")


def _unique(item: Document | ReadError, seen: set[str]) -> Document | ReadError:
    """A document whose id was already read is an error, not a silent overwrite."""
    if isinstance(item, Document):
        if item.id in seen:
            return ReadError(item.id, item.path, "duplicate_id", f"id '{item.id}' is used by an earlier document")
        seen.add(item.id)
    return item
