"""Every data file under the package states each key once: YAML keeps the last of two equal keys
silently, so a list added under a name already in use would replace the first one unseen."""

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "marsad" / "data"


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise ValueError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen[key] = True
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_key_is_stated_twice(path: Path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)


def test_a_key_stated_twice_is_caught():
    with pytest.raises(ValueError, match="duplicate key 'a'"):
        yaml.load("a: [1]\nb: 2\na: [3]\n", Loader=_StrictLoader)
    # (also inside a section, as cues.yaml keeps its grammar lists)
    with pytest.raises(ValueError, match="duplicate key 'ranks'"):
        yaml.load("grammar:\n  ranks: [x]\n  other: [y]\n  ranks: [z]\n", Loader=_StrictLoader)
