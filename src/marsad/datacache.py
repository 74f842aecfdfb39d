"""A cache of the language tables built from ``marsad/data``, so a fresh process need not build them.

Reading the YAML and building the recognisers' tables (the phrase matchers of
entities and cues, the number words, the time words) costs a fresh process
several times what the rest of ``marsad parse`` does. ``cached(name, build)``
keeps what ``build()`` returns as a pickle under the user's cache directory
(``$MARSAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/marsad/tables``, else
``~/.cache/marsad/tables``), in a folder named after a digest of the package's
code and data and of the Python that wrote it:

- a change to any ``.py`` or data file, to the package version or to the
  Python version names another folder, so a stale table is never read;
- every file carries a checksum of its pickle, checked before unpickling: a
  truncated or damaged file is rebuilt and rewritten, never trusted;
- a cache that cannot be written (a read-only install, no home directory) is
  simply not used: the tables are built in memory as before;
- ``MARSAD_CACHE_DIR=`` (empty) turns the cache off; deleting the folder is
  always safe.

Compiled regular expressions are not kept here: Python recompiles a pickled
``re.Pattern`` when it loads it, so patterns are instead compiled on first use
(``marsad.recognize.time_lexicon``).

Written in-house: ``functools.cache`` lives for one process, and the on-disk
caches on PyPI (diskcache, joblib.Memory) bring SQLite or NumPy-sized imports
to a cold start whose cost is the point; this is a checksummed pickle per table.
The pickles are trusted like the rest of the user's own files: the folder is
made readable by its owner only.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from marsad import __version__

T = TypeVar("T")

ENV_DIR = "MARSAD_CACHE_DIR"
PACKAGE = Path(__file__).resolve().parent
_SOURCES = (".py", ".yaml", ".json", ".jsonl")  # what a table can depend on: the code and the data
_MAGIC = b"marsad-tables-1\n"
_KEEP = 8  # folders of other versions kept beside the current one (several checkouts may share a home)


@cache
def package_digest() -> str:
    """SHA-256 of the package version and of every code and data file of the package, by relative path."""
    h = hashlib.sha256(__version__.encode())
    found: list[tuple[tuple[str, ...], str]] = []
    for folder, dirs, files in os.walk(PACKAGE):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = Path(folder).relative_to(PACKAGE).parts
        found += [((*rel, f), os.path.join(folder, f)) for f in files if f.endswith(_SOURCES)]
    # the order of sorted(Path.rglob(...)): by path components
    for parts, path in sorted(found):
        h.update("/".join(parts).encode())
        with open(path, "rb") as fh:
            h.update(fh.read())
    return h.hexdigest()


@cache
def _key() -> bytes:
    """What a table depends on besides its name: this package's code and data, and this Python."""
    tag = f"{package_digest()}|{sys.implementation.cache_tag}|{sys.version}|{pickle.HIGHEST_PROTOCOL}"
    return hashlib.sha256(tag.encode()).digest()


def cache_root() -> Path | None:
    """The folder that holds every version's tables, or None when the cache is off."""
    env = os.environ.get(ENV_DIR)
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no home directory to be found: no cache, rather than a folder named ~
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "marsad" / "tables"


def cache_file(name: str) -> Path | None:
    root = cache_root()
    return None if root is None else root / _key().hex()[:24] / f"{name}.pickle"


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``, or what it returned in an earlier process with the same code and data."""
    path = cache_file(name)
    if path is not None:
        found = _read(path)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
    value = build()
    if path is not None:
        _write(path, value)
    return value


_MISSING = object()


def _read(path: Path) -> object:
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
    except OSError:
        return _MISSING
    head = len(_MAGIC) + 64
    key, checksum, payload = blob[len(_MAGIC) : head - 32], blob[head - 32 : head], blob[head:]
    if not blob.startswith(_MAGIC) or key != _key() or hashlib.sha256(payload).digest() != checksum:
        return _MISSING
    try:
        return pickle.loads(payload)
    except Exception:  # a checksummed pickle that still fails to load (a class gone): build anew
        return _MISSING


def _write(path: Path, value: object) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    blob = _MAGIC + _key() + hashlib.sha256(payload).digest() + payload
    import tempfile  # only on a miss

    try:
        new = not path.parent.is_dir()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            # atomic: a process reading at the same time sees the old file or the whole new one
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        if new:
            _prune(path.parent.parent)
    except OSError:
        pass  # a read-only or full disk: the tables were built in memory all the same


def _prune(root: Path) -> None:
    """Remove all but the newest few versions' folders."""
    import shutil

    folders = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in folders[_KEEP + 1 :]:
        shutil.rmtree(old, ignore_errors=True)
