"""The language data under src/marsad/data is read by PyYAML, which keeps the last of two equal keys
without a word: a second list under a name already taken (two "earlier_words" in cues.yaml) would
silently replace the first and turn off every rule that reads it. Each file must hold each key once."""

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "marsad" / "data"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with a key it has already seen."""


def _no_repeated_keys(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_repeated_keys)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_every_key_of_a_data_file_is_given_once(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)


def test_a_repeated_key_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("grammar:\n  earlier_words: [a]\n  earlier_words: [b]\n", Loader=_StrictLoader)


def test_a_misspelt_key_on_a_states_line_is_refused_with_its_state(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.recognize.entities as entities
    from marsad.lexicon import LexiconError

    data = {"actors": [], "states": [{"iso": "XX", "m": "سيني", "f": "سينية", "names": ["سين"], "alsoo": [["س", "س"]]}]}
    monkeypatch.setattr(entities, "load", lambda name: data)
    with pytest.raises(LexiconError, match=r"XX.*alsoo"):
        entities._load_actors([])


def test_another_spelling_of_a_nisba_must_be_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.recognize.entities as entities
    from marsad.lexicon import LexiconError

    data = {"actors": [], "states": [{"iso": "XX", "m": "سيني", "f": "سينية", "names": ["سين"], "also": [["صيني"]]}]}
    monkeypatch.setattr(entities, "load", lambda name: data)
    with pytest.raises(LexiconError, match=r"XX.*pair"):
        entities._load_actors([])


def test_a_misspelt_actor_key_is_refused_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.recognize.entities as entities
    from marsad.lexicon import LexiconError

    data = {"actors": [{"id": "SOME_FORCE", "name": "A force", "kind": "state_force", "armed_agianst": ["TR"]}]}
    monkeypatch.setattr(entities, "load", lambda name: data)
    with pytest.raises(LexiconError, match="armed_agianst"):
        entities._load_actors([])


def test_a_word_list_named_twice_in_a_data_file_is_refused_naming_the_key(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import marsad.lexicon as lexicon

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "twice.yaml").write_text("grammar:\n  launch_verbs: [شن]\n  launch_verbs: [انطلقت]\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_path", lambda name: tmp_path / "data" / name)
    with pytest.raises(lexicon.LexiconError, match="launch_verbs"):
        lexicon._parse("twice.yaml")


def test_every_data_file_names_each_key_once() -> None:
    import marsad.lexicon as lexicon

    for path in sorted(lexicon.data_path("").glob("*.yaml")):
        lexicon._parse(path.name)  # (raises LexiconError on a key given twice)
