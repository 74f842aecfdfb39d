"""Slot filling: from a count quantity and what surrounds it to a claim.

The work is anchored on numbers: most sentences hold none, and only a
sentence with a count is looked at closely. For each count the extractor
reads, in order:

1. the counted noun right after it (138 مهمة، ثمانية من كبار قادة داعش،
   166 مسلحاً آخرين) or, for a definite phrase, right before it (أعضاء
   التحالف الـ 85); a dual or أحد brings its own noun;
2. whose people they are: a group after the noun (من داعش، من الجيش) or
   the side a noun implies (جندي is a soldier, مدني a civilian);
3. the outcome: the nearest trigger before it in its clause (مقتل، اعتقال،
   أصيب), a noun after it (قتلى، جرحى), or, for آخرين and منهم, the outcome and
   group of the number it continues;
4. the metric those imply (the more specific wins: leaders over members).

Context slots (countries, period, actor, source) come from
``marsad.extractor.context`` and ``marsad.extractor.attribution``.

The package's modules, each importing only those below it:

- ``words``: Cue kinds, word lists and lookups at a token: the bottom of the package.
- ``reading``: The ``Reading`` of one count, and the names of rules that mark kinds of readings.
- ``sides``: Sides: whose people a count's noun names (armed, friendly, civilian).
- ``groups``: Groups: the armed group or force named with the counted noun (من داعش، من الجيش).
- ``nouns``: The counted noun: after the number, in the count's head, or by nationality and rank.
- ``parts``: Parts and subsets: a count that is a part of another and the whole it is part of.
- ``lists``: Lists: items of a list of counts and what an item shares with the others.
- ``triggers``: Triggers and outcomes: the word that says what befell the counted people.
- ``fates``: Other fates: held, transferred, at large, died of no violence told, sentenced, foiled.
- ``attacks``: Attacks: attacks on forces and posts, strikes, their victims and who did them.
- ``metric``: The metric a reading's outcome, noun and side imply (the more specific wins).
- ``tolls``: Tolls and their parts: a toll's side and owner, tolls superseded, risen or combined.
- ``reread``: A count read again in the light of the count read before it (``_read_again``).
- ``read``: The top: ``read_count`` reads one count into a ``Reading`` in the order the package doc gives.

``read.read_count`` reads the numbered slots above in order; this package re-exports the names callers import.
"""

from .groups import state_force_nisba_after
from .lists import gapped_place, place_right_after
from .metric import metric_of, ranked_fighters
from .parts import civilians_with_forces_among_them
from .read import read_count
from .reading import NO_KILLING_RULES, PART_RULES, Reading, of_the_enemy
from .sides import side_of_actor
from .tolls import (
    apposed_parts_of_a_toll,
    as_breakdown_item,
    casualties_with_parts,
    others_name_the_first,
    owner_after_the_list,
    toll_of_its_parts,
)
from .words import (
    ARMED_KINDS,
    FORCE_KINDS,
    GROUP_NOUNS,
    OUTCOMES,
    PEOPLE_KINDS,
    before_time_aside,
    joined_by_wa,
    qualifier_words,
)

__all__ = [
    "ARMED_KINDS",
    "FORCE_KINDS",
    "GROUP_NOUNS",
    "NO_KILLING_RULES",
    "OUTCOMES",
    "PART_RULES",
    "PEOPLE_KINDS",
    "Reading",
    "apposed_parts_of_a_toll",
    "as_breakdown_item",
    "before_time_aside",
    "casualties_with_parts",
    "civilians_with_forces_among_them",
    "gapped_place",
    "joined_by_wa",
    "metric_of",
    "of_the_enemy",
    "others_name_the_first",
    "owner_after_the_list",
    "place_right_after",
    "qualifier_words",
    "ranked_fighters",
    "read_count",
    "side_of_actor",
    "state_force_nisba_after",
    "toll_of_its_parts",
]
