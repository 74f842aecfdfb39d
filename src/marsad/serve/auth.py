"""Who may write: one bearer token, from ``MARSAD_TOKEN`` or a token file ``marsad token`` makes.

With no token configured the server is read-only: every write answers 403.
A write without the right ``Authorization: Bearer …`` header answers 401.
Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

ENV_TOKEN = "MARSAD_TOKEN"
ENV_TOKEN_FILE = "MARSAD_TOKEN_FILE"


def default_token_file() -> Path:
    """``$MARSAD_TOKEN_FILE``, else ``$XDG_CONFIG_HOME/marsad/token`` (``~/.config/marsad/token``)."""
    if os.environ.get(ENV_TOKEN_FILE):
        return Path(os.environ[ENV_TOKEN_FILE])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "marsad" / "token"


def read_token_file(path: Path) -> str | None:
    """The token in ``path`` (its first line), or None when there is no such file or it is empty."""
    try:
        token = path.read_text(encoding="utf-8").strip().splitlines()
    except FileNotFoundError:
        return None
    return token[0].strip() if token and token[0].strip() else None


def configured_token(token_file: Path | None = None) -> str | None:
    """The token writes need: the environment's, else the token file's; None means read-only."""
    env = os.environ.get(ENV_TOKEN, "").strip()
    if env:
        return env
    return read_token_file(token_file or default_token_file())


def create_token(path: Path, *, replace: bool = False) -> tuple[str, bool]:
    """The token in ``path``, made (32 random bytes, URL-safe) when missing or ``replace``; (token, made)."""
    if not replace:
        existing = read_token_file(path)
        if existing:
            return existing, False
    token = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # readable by its owner only
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return token, True


def token_matches(expected: str, authorization: str | None) -> bool:
    if not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    return hmac.compare_digest(given.strip().encode("utf-8", "surrogatepass"), expected.encode("utf-8"))
