"""Corpus readers: text, HTML, JSONL, Parquet and WARC files, or folders of them → Documents.

Each input becomes either a ``Document`` or a ``ReadError`` with a reason code,
so that one bad file never stops a corpus. Encodings are decided from the
bytes: a BOM (UTF-8, UTF-16), strict UTF-8, and otherwise charset-normalizer's
best guess, which is how Windows-1256 Arabic files are read. A file that is
mostly UTF-8 with broken bytes is reported, not guessed at: a wrong guess
would silently turn Arabic into mojibake. HTML goes through trafilatura for
its main text, title and date.

News archives are read as streams, one row or record at a time: Parquet
files (columns ``id``, ``text`` or ``html``, ``published``, ``source``,
``url``, ``title``) through pyarrow in row batches, and WARC / WARC.gz
files (Common Crawl News) through warcio, where every HTML response becomes
a document via trafilatura and a page whose letters are mostly not Arabic
script is a ``NotArabic`` item: skipped, and counted by the run.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from marsad.model import Document, ReadError
from marsad.urldate import date_from_url

# A news article is kilobytes; past a few megabytes a "document" is a book,
# a dump or an attack, and every later stage pays for it.
MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSONL_GZ_SUFFIXES = (".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = {".parquet"}
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | PARQUET_SUFFIXES
# A page is read as Arabic when at least this share of its letters are Arabic script.
ARABIC_SHARE = 0.5
PARQUET_BATCH = 256


class NotArabic(ReadError):
    """A page from an archive whose text is not in Arabic: skipped, and counted (not an error of the run)."""


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


# Share of characters that Arabic news text is made of: letters (Arabic or
# Latin), digits, spaces and punctuation. A wrong UTF-16/32 byte order turns
# them into CJK and private-use characters, which score near zero.
def _plausible_share(text: str) -> float:
    if not text:
        return 0.0
    good = sum(
        1
        for ch in text
        if ch.isascii() or "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u2000" <= ch <= "\u206f"
        or "\u00a0" <= ch <= "\u00ff" or "\ufb50" <= ch <= "\ufeff"
    )
    return good / len(text)


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 with no BOM, told by which byte order gives plausible text."""
    best: tuple[float, str, str] | None = None
    for enc in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _plausible_share(text[:4000])
        if best is None or share > best[0]:
            best = (share, text, enc)
    if best is not None and best[0] > 0.97:
        return best[1], best[2]
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of ``data``; raises ``DecodeError``."""
    if not data.strip():
        raise DecodeError("empty", "file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc + "-bom"
            except UnicodeDecodeError as e:
                raise DecodeError("encoding", f"invalid {enc.upper()} after its byte-order mark: {e.reason} at byte {e.start}") from e
    if _looks_binary(data):
        # UTF-16/32 without a BOM has NUL bytes (in every space and Latin letter).
        found = _without_bom(data)
        if found is not None:
            return found
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


class SchemaError(ValueError):
    pass


def _parse_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise SchemaError(f"'published' is not an ISO date: {str(value)[:40]!r}") from None


def _clean_str(value: object, field: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str | int):
        raise SchemaError(f"'{field}' must be a string, not {type(value).__name__}")
    return str(value)


def _displayable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 shown as \\xNN instead of lone surrogates."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _document(doc_id: str, text: str, *, path: str | None, encoding: str | None = None, **meta: object) -> Document:
    published = _parse_date(meta.get("published"))
    published_from = str(meta["published_from"]) if meta.get("published") and meta.get("published_from") else (
        "input" if meta.get("published") else None
    )
    return Document(
        id=doc_id,
        text=text,
        published=published,
        published_from=published_from,
        source=_clean_str(meta.get("source"), "source"),
        url=_clean_str(meta.get("url"), "url"),
        title=_clean_str(meta.get("title"), "title"),
        path=path,
        content_hash=content_hash(text),
        encoding=encoding,
    )


def from_html(html: str, doc_id: str, *, path: str | None = None, **meta: object) -> Document | ReadError:
    """Main text, title and date of an HTML page (trafilatura; the date from the page's metadata via htmldate)."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        return ReadError(doc_id, path, "html", f"HTML could not be parsed: {type(e).__name__}: {e}")
    if extracted is None:
        return ReadError(doc_id, path, "html", "no main text found in the HTML")
    get = extracted.get if isinstance(extracted, dict) else lambda k: getattr(extracted, k, None)
    body = (get("text") or "").strip()
    title = (get("title") or "").strip()
    if not body and not title:
        return ReadError(doc_id, path, "html", "no main text found in the HTML")
    # A headline carries claims too; keep it as the first line of the text.
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    fields = dict(meta)
    fields["title"] = title or meta.get("title")
    if not meta.get("published") and get("date"):
        fields["published"], fields["published_from"] = get("date"), "html-metadata"
    elif not meta.get("published") and meta.get("url"):
        # a raw page with no date in its markup: the day its address carries (…/2017/06/01/…).
        # (Not for JSONL or Parquet rows: there the producer has said what is known in `published`.)
        day = date_from_url(_clean_str(meta.get("url"), "url"))
        if day is not None:
            fields["published"], fields["published_from"] = day.isoformat(), "url"
    try:
        return _document(doc_id, text, path=path, **fields)
    except SchemaError as e:
        return ReadError(doc_id, path, "schema", str(e))


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` + 1 of them.

    Opened without blocking and checked after opening (links followed), so a
    FIFO, a device or a socket behind any name is refused instead of blocking
    the batch or reading forever.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegular(_kind_of(st.st_mode))
        if st.st_size > limit:
            raise _TooLarge(st.st_size)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise _TooLarge(size)
        return b"".join(chunks)
    finally:
        os.close(fd)


class _NotRegular(OSError):
    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


class _TooLarge(OSError):
    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


def _kind_of(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _open_error(doc_id: str, spath: str, e: OSError) -> ReadError:
    if isinstance(e, _NotRegular):
        return ReadError(doc_id, spath, "not_regular", f"{e.kind}, not a regular file: refused")
    if isinstance(e, _TooLarge):
        return ReadError(doc_id, spath, "too_large", f"file is {e.size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB")
    if isinstance(e, FileNotFoundError):
        return ReadError(doc_id, spath, "not_found", "no such file (or a link to nothing)")
    return ReadError(doc_id, spath, "unreadable", f"cannot read file: {e.strerror or e}")


def read_file(path: Path, doc_id: str | None = None) -> Iterator[Document | ReadError]:
    """Documents of one file (a JSONL file holds many and is read line by line)."""
    doc_id = doc_id or _displayable(path.stem)
    spath = _displayable(str(path))
    name = path.name.lower()
    if name.endswith(JSONL_GZ_SUFFIXES) or path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    if path.suffix.lower() in PARQUET_SUFFIXES:
        yield from read_parquet(path)
        return
    if name.endswith(WARC_SUFFIXES):
        yield from read_warc(path)
        return
    try:
        data = _read_regular(path, MAX_BYTES)
    except OSError as e:
        yield _open_error(doc_id, spath, e)
        return
    try:
        text, encoding = decode(data)
    except DecodeError as e:
        yield ReadError(doc_id, spath, e.code, str(e))
        return
    if path.suffix.lower() in HTML_SUFFIXES:
        yield from_html(text, doc_id, path=spath)
    else:
        if not text.strip():
            yield ReadError(doc_id, spath, "empty", "file has no text")
            return
        yield _document(doc_id, text, path=spath, encoding=encoding)


def _jsonl_lines(path: Path) -> Iterator[bytes]:
    """Raw lines of a JSONL file, plain or gzipped, streamed (a corpus may be gigabytes)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise _NotRegular(_kind_of(st.st_mode))
    raw = os.fdopen(fd, "rb")
    stream = gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(JSONL_GZ_SUFFIXES) else raw
    with raw, stream:
        # JSON strings never hold a raw newline, so b"\n" is the only line break;
        # U+2028 and friends inside a string are text, not line ends.
        yield from stream


def read_jsonl(path: Path, lines: tuple[int, int] | None = None) -> Iterator[Document | ReadError]:
    """Documents of a JSONL file; ``lines`` = (first, last), 1-based, reads only those (a shard of it)."""
    spath = _displayable(str(path))
    stem = _displayable(path.name.split(".")[0])
    first, last = lines or (1, None)
    try:
        for n, line in enumerate(_jsonl_lines(path), 1):
            if n < first:
                continue
            if last is not None and n > last:
                break
            if n == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            yield _jsonl_row(line, n, f"{stem}:{n}", spath)
    except OSError as e:  # also gzip.BadGzipFile and EOFError's OSError kin
        yield _open_error(stem, spath, e)
    except (EOFError, zlib.error) as e:
        yield ReadError(stem, spath, "gzip", f"compressed file is damaged: {e}")


def _jsonl_row(line: bytes, n: int, where: str, spath: str) -> Document | ReadError:
    if len(line) > MAX_BYTES:
        return ReadError(where, spath, "too_large", f"line {n} is {len(line) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB")
    try:
        row = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as e:
        return ReadError(where, spath, "encoding", f"line {n} is not UTF-8: byte {e.start}")
    except json.JSONDecodeError as e:
        return ReadError(where, spath, "json", f"line {n} is not JSON: {e.msg} at column {e.colno}")
    except RecursionError:
        return ReadError(where, spath, "json", f"line {n} is nested too deeply to read")
    except ValueError as e:  # e.g. an integer of more than 4,300 digits
        return ReadError(where, spath, "json", f"line {n} cannot be read: {e}")
    if not isinstance(row, dict):
        return ReadError(where, spath, "schema", f"line {n} is not a JSON object")
    raw_id = row.get("id")
    if (raw_id is not None and not isinstance(raw_id, str | int)) or isinstance(raw_id, bool):
        return ReadError(where, spath, "schema", f"line {n}: 'id' must be a string or an integer")
    doc_id = str(raw_id) if raw_id not in (None, "") else where
    strings = [doc_id, *(v for v in row.values() if isinstance(v, str))]
    if any(_SURROGATE.search(v) for v in strings):
        return ReadError(_SURROGATE.sub("\ufffd", doc_id), spath, "encoding", f"line {n} holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is not text")
    meta = {k: row.get(k) for k in ("published", "source", "url", "title")}
    try:
        if isinstance(row.get("text"), str) and row["text"].strip():
            return _document(doc_id, row["text"], path=spath, **meta)
        if isinstance(row.get("html"), str) and row["html"].strip():
            return from_html(row["html"], doc_id, path=spath, **meta)
    except SchemaError as e:
        return ReadError(doc_id, spath, "schema", f"line {n}: {e}")
    return ReadError(doc_id, spath, "schema", f"line {n} has no 'text' or 'html'")


def _open_stream(path: Path) -> Any:
    """A binary stream over a regular file (a FIFO or a device is refused, as everywhere)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise _NotRegular(_kind_of(st.st_mode))
    return os.fdopen(fd, "rb")


def _row_value(value: object) -> object:
    """A Parquet cell as the JSON reader would see it (a date or timestamp as its ISO text)."""
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def read_parquet(path: Path, row_groups: tuple[int, int] | None = None) -> Iterator[Document | ReadError]:
    """Rows of a Parquet file, in row batches (a dump may hold millions of pages).

    ``row_groups`` = (first, stop) reads only those row groups (a shard of
    the file); rows keep their numbers in the whole file.
    """
    spath = _displayable(str(path))
    stem = _displayable(path.name.split(".")[0])
    try:
        import pyarrow.parquet as pq

        with _open_stream(path) as raw:
            pf = pq.ParquetFile(raw)
            names = set(pf.schema_arrow.names)
            if not names & {"text", "html"}:
                yield ReadError(stem, spath, "schema", "Parquet file has no 'text' or 'html' column")
                return
            wanted = [c for c in ("id", "text", "html", "published", "source", "url", "title") if c in names]
            groups = list(range(*row_groups)) if row_groups else None
            n = sum(pf.metadata.row_group(i).num_rows for i in range(groups[0])) if groups else 0
            for batch in pf.iter_batches(batch_size=PARQUET_BATCH, columns=wanted, row_groups=groups):
                for row in batch.to_pylist():
                    n += 1
                    yield _record(row, n, f"{stem}:{n}", spath, "row")
    except OSError as e:
        yield _open_error(stem, spath, e)
    except Exception as e:  # pyarrow's ArrowInvalid and kin: not Parquet, or damaged
        yield ReadError(stem, spath, "parquet", f"Parquet file cannot be read: {type(e).__name__}: {str(e)[:300]}")


def _record(row: dict, n: int, where: str, spath: str, unit: str) -> Document | ReadError:
    """One row of a Parquet file: the same rules as a JSONL line."""
    row = {k: _row_value(v) for k, v in row.items()}
    raw_id = row.get("id")
    if (raw_id is not None and not isinstance(raw_id, str | int)) or isinstance(raw_id, bool):
        return ReadError(where, spath, "schema", f"{unit} {n}: 'id' must be a string or an integer")
    doc_id = str(raw_id) if raw_id not in (None, "") else where
    strings = [doc_id, *(v for v in row.values() if isinstance(v, str))]
    if any(_SURROGATE.search(v) for v in strings):
        return ReadError(_SURROGATE.sub("\ufffd", doc_id), spath, "encoding", f"{unit} {n} holds a lone UTF-16 surrogate")
    meta = {k: row.get(k) for k in ("published", "source", "url", "title")}
    try:
        text, html = row.get("text"), row.get("html")
        if isinstance(text, str) and text.strip():
            if len(text) > MAX_BYTES:
                return ReadError(doc_id, spath, "too_large", f"{unit} {n} is over {MAX_BYTES // 2**20} MB")
            return _document(doc_id, text, path=spath, **meta)
        if isinstance(html, str) and html.strip():
            if len(html) > MAX_BYTES:
                return ReadError(doc_id, spath, "too_large", f"{unit} {n} is over {MAX_BYTES // 2**20} MB")
            return from_html(html, doc_id, path=spath, **meta)
    except SchemaError as e:
        return ReadError(doc_id, spath, "schema", f"{unit} {n}: {e}")
    return ReadError(doc_id, spath, "schema", f"{unit} {n} has no 'text' or 'html'")


def arabic_share(text: str) -> float:
    """The share of a text's letters that are Arabic script (0.0 for a text without letters)."""
    letters = arabic = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff" or "\u08a0" <= ch <= "\u08ff":
                arabic += 1
    return arabic / letters if letters else 0.0


_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


def _html_text(payload: bytes, content_type: str) -> str:
    """An HTTP body as text: the charset the server named, else the bytes' own evidence."""
    m = _CHARSET.search(content_type or "")
    if m:
        try:
            return payload.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)[0]


def read_warc(path: Path) -> Iterator[Document | ReadError]:
    """Every HTML response of a WARC or WARC.gz file as a document (others are not pages and are passed over).

    Ids are ``<file>:<n>``, n counting the HTML responses; the URL is the
    record's target. A page whose letters are mostly not Arabic is a
    ``NotArabic`` item; a page over the size limit or without main text is
    that page's error.
    """
    spath = _displayable(str(path))
    stem = _displayable(path.name.split(".")[0])
    try:
        from warcio.archiveiterator import ArchiveIterator

        with _open_stream(path) as raw:
            n = 0
            for record in ArchiveIterator(raw):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                status = record.http_headers.get_statuscode()
                if status and not str(status).startswith("2"):
                    continue
                n += 1
                where = f"{stem}:{n}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                payload = record.content_stream().read(MAX_BYTES + 1)
                if len(payload) > MAX_BYTES:
                    yield ReadError(where, spath, "too_large", f"page {n} ({url}) is over {MAX_BYTES // 2**20} MB")
                    continue
                try:
                    html = _html_text(payload, content_type)
                except DecodeError as e:
                    yield ReadError(where, spath, e.code, f"page {n} ({url}): {e}")
                    continue
                item = from_html(html, where, path=spath, url=url)
                if isinstance(item, Document) and (share := arabic_share(item.text)) < ARABIC_SHARE:
                    item = NotArabic(where, spath, "not_arabic", f"page {n} ({url}) is not in Arabic ({share:.0%} of its letters are Arabic script)")
                yield item
    except OSError as e:
        yield _open_error(stem, spath, e)
    except Exception as e:  # warcio's ArchiveLoadFailed and kin: not a WARC, or damaged
        yield ReadError(stem, spath, "warc", f"WARC file cannot be read: {type(e).__name__}: {str(e)[:300]}")


def read_corpus(path: str | os.PathLike[str]) -> Iterator[Document | ReadError]:
    """Every document under ``path`` (a file or a folder walked recursively, links followed).

    Document ids are file names without extension; a name that repeats in
    another folder gets its relative path instead, so ids stay unique.
    """
    root = Path(path)
    shown = _displayable(str(root))
    try:
        st = root.stat()
    except FileNotFoundError:
        yield ReadError(_displayable(root.stem) or shown, shown, "not_found", f"path does not exist: {shown}")
        return
    except OSError as e:
        yield ReadError(_displayable(root.stem) or shown, shown, "unreadable", f"cannot read {shown}: {e.strerror or e}")
        return
    seen: set[str] = set()
    if not stat.S_ISDIR(st.st_mode):
        for item in read_file(root):
            yield _unique(item, seen)
        return
    walk_errors: list[OSError] = []
    visited: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_errors.append, followlinks=True):
        yield from _folder_errors(walk_errors)
        here = Path(dirpath)
        # Linked folders are followed; one reached twice (a link loop, or two
        # links to one folder) is read once and the repeat reported.
        try:
            here_st = here.stat()
            key = (here_st.st_dev, here_st.st_ino)
        except OSError:
            key = None
        if key is not None and key in visited:
            rel = _displayable(str(here.relative_to(root)))
            yield ReadError(rel, _displayable(str(here)), "link_loop", "folder already read through another link: skipped")
            dirnames[:] = []
            continue
        if key is not None:
            visited.add(key)
        dirnames.sort()
        for name in sorted(filenames):
            p = here / name
            lname = name.lower()
            if p.suffix.lower() not in SUFFIXES and not lname.endswith(JSONL_GZ_SUFFIXES + WARC_SUFFIXES):
                continue
            doc_id = _displayable(p.stem)
            if doc_id in seen:
                doc_id = _displayable(str(p.relative_to(root).with_suffix(""))).replace(os.sep, "/")
            if doc_id in seen:  # x.txt beside x.html
                doc_id = _displayable(str(p.relative_to(root))).replace(os.sep, "/")
            for item in read_file(p, doc_id):
                yield _unique(item, seen)
    yield from _folder_errors(walk_errors)


def _folder_errors(errors: list[OSError]) -> Iterator[ReadError]:
    while errors:
        e = errors.pop(0)
        where = _displayable(str(e.filename or "?"))
        yield ReadError(Path(where).name, where, "unreadable", f"folder cannot be read: {e.strerror or e}")


def _unique(item: Document | ReadError, seen: set[str]) -> Document | ReadError:
    """A document whose id was already read is an error, not a silent overwrite."""
    if isinstance(item, Document):
        if item.id in seen:
            return ReadError(item.id, item.path, "duplicate_id", f"id '{item.id}' is used by an earlier document")
        seen.add(item.id)
    return item
