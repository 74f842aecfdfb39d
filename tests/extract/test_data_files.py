"""The language data files: a key written twice in one mapping silently drops the first list."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "marsad" / "data"


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    twice = [k for k, n in Counter(map(str, keys)).items() if n > 1]
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"key(s) written twice: {twice}", node.start_mark)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_key_is_written_twice(path: Path) -> None:
    yaml.load(path.read_text("utf-8"), Loader=_StrictLoader)


def test_a_key_written_twice_is_caught() -> None:
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("grammar:\n  a: [1]\n  a: [2]\n", Loader=_StrictLoader)
