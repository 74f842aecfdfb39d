"""Language knowledge as data: loads ``marsad/data/*.yaml`` once and caches it.

Recognisers ask for a data file by name and compile what they need from it
(usually a ``PhraseMatcher``) behind their own ``functools.cache``, and keep
what they build across processes with ``marsad.datacache.cached``. A data file
that is missing or malformed raises ``LexiconError`` at first use, naming the
file, rather than letting a batch fail half-way.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from marsad.datacache import PACKAGE, cached


class LexiconError(RuntimeError):
    """A data file under marsad/data is missing or malformed."""


def data_path(name: str) -> Any:
    return PACKAGE / "data" / name


def yaml_loader() -> type:
    """libyaml's loader when installed: the same data (tests/foundation/test_startup.py), about 8x
    faster than the pure-Python loader, which is what most of a cold start used to spend."""
    import yaml  # only when a data file is parsed: a cached table needs no YAML

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _unique_keys(base: type) -> type:
    """``base`` refusing a key twice in one mapping: YAML keeps the last silently, so a word list named twice
    (two rules' lists given one name) would lose the first list's words without a sign."""
    import yaml

    class Loader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} twice", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep)

    return Loader


@cache
def load(name: str) -> Any:
    """The parsed content of ``marsad/data/<name>`` (YAML, JSON or JSONL)."""
    return cached(f"data-{name}", lambda: _parse(name))


def _parse(name: str) -> Any:
    import yaml

    try:
        raw = data_path(name).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise LexiconError(f"data file missing: marsad/data/{name}") from e
    try:
        if name.endswith(".jsonl"):
            return [json.loads(line) for line in raw.splitlines() if line.strip()]
        if name.endswith(".json"):
            return json.loads(raw)
        return yaml.load(raw, Loader=_unique_keys(yaml_loader()))
    except (yaml.YAMLError, json.JSONDecodeError) as e:
        raise LexiconError(f"data file malformed: marsad/data/{name}: {e}") from e


def words(name: str, key: str) -> list[str]:
    """A list of phrases stored under ``key`` in a YAML mapping."""
    data = load(name)
    if not isinstance(data, dict) or key not in data:
        raise LexiconError(f"marsad/data/{name} has no list '{key}'")
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"marsad/data/{name}: '{key}' must be a list of strings")
    return value
