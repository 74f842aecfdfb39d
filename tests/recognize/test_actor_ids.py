"""Every actor id the cue data names is an actor the entity data knows (a misspelt id fails silently)."""

from marsad.lexicon import load
from marsad.recognize import entities


def test_expeditionary_and_kept_ids_are_known_actors():
    cues = load("cues.yaml")
    for section in ("expeditionary", "kept_ids"):
        for actor_id in cues.get(section) or []:
            assert entities.actor(actor_id) is not None, f"cues.yaml {section}: unknown actor {actor_id}"


def test_branches_name_known_actors_and_countries():
    data = load("actors.yaml")
    for group, by_country in (data.get("branches") or {}).items():
        assert entities.actor(group) is not None, group
        for country, branch in by_country.items():
            assert len(country) == 2 and entities.actor(branch) is not None, (group, country, branch)
