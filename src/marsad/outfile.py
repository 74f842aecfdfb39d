"""Writing output files safely: complete or not at all, and never over what is not a file.

Every file marsad writes (``extract -o``, ``export``, ``report``) goes through
``open_output``. For a regular target (or a new one) the content is written to
a temporary file beside it and renamed over the target only when it is
complete, so a full disk, a killed process or an exception leaves the old file
as it was and no partial file behind. A target that exists but is not a
regular file — ``/dev/null``, a FIFO, a terminal — is written directly: it is
never renamed over or deleted (as root, renaming over ``/dev/null`` would
replace the device with a file). A folder, a missing parent folder or a
permission problem is an ``OutputError`` with one clear line, raised before
anything is written.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class OutputError(Exception):
    """An output path that cannot be written; the message is one line for the user."""


def _check_target(path: Path) -> os.stat_result | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from e
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"cannot write {path}: it is a folder")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    return st


@contextlib.contextmanager
def open_output(path: str | os.PathLike[str], mode: str = "w", **kwargs: object) -> Iterator[IO]:
    """Open ``path`` for writing so that it is replaced only by complete content."""
    path = Path(path)
    st = _check_target(path)
    if st is not None and not stat.S_ISREG(st.st_mode):
        # a device, FIFO or socket: write to it as it is, never replace it
        try:
            with open(path, mode, **kwargs) as f:  # type: ignore[call-overload]
                yield f
        except OSError as e:
            raise OutputError(f"cannot write {path}: {e.strerror or e}") from e
        return
    import tempfile  # here, not at the top: `marsad parse` imports this module and writes no file

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent or ".")
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, mode, **kwargs) as f:  # type: ignore[call-overload]
            yield f
            f.flush()
            os.fsync(f.fileno())
        if st is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, stat.S_IMODE(st.st_mode))
        else:
            # mkstemp creates 0600; a new output file gets the usual permissions
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from e
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def output_path_error(path: str | os.PathLike[str]) -> str | None:
    """The problem with writing ``path``, checked before any work starts; None when fine."""
    try:
        _check_target(Path(path))
    except OutputError as e:
        return str(e)
    return None


__all__ = ["OutputError", "open_output", "output_path_error"]
