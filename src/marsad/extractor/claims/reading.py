"""The ``Reading`` of one count, and the names of rules that mark kinds of readings."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.extractor.document import Analysis, Placed, SentenceView
from marsad.model import Quantity
from marsad.recognize.cues import grammar


@dataclass(slots=True)
class Reading:
    """What the extractor understood about one count."""

    quantity: Quantity
    placed: Placed
    metric: str | None = None
    noun: str | None = None  # the noun section: operation, member, leader, …
    side: str | None = None  # armed, friendly, civilian
    outcome: str | None = None  # kill, capture, wound
    leader: bool = False
    group_entity: str | None = None  # the armed group or force named with the noun
    rule: str = ""
    noun_end_tok: int | None = None
    group_side: str | None = None  # the side of a group named right after the noun
    in_cell: bool = False  # "خلية تتكون من 4": the members of one cell
    item_start: int | None = None  # a list item's first token (after the number before it)
    estimate: bool = False  # an item of a list of strength estimates
    suspect: bool = False  # counted as suspects or wanted men (مطلوبين، مشتبه بهم)
    whole: float | None = None  # for a part (بينهم 9 أطفال): the value of the count it is a part of
    part_of: Reading | None = None  # and the reading of that count
    actor_ids: list[str] | None = None  # the actors its claim was given (set when it is filled)
    after_subset_word: bool = False  # "بينهم 192 طفلاً": stated as a part of the count before it
    # the count read before this one in its sentence (the list's previous item: rates set off inside a list skipped)
    before: Reading | None = field(default=None, repr=False, compare=False)


# readings that continue a list begun by the number before
_LIST_RULES = frozenset({"ranked-list", "bare-number-in-list", "coordinated-with-previous", "list-shares-outcome"})
# readings of a part of the count before
# readings set aside because no one was killed (an accident, a defendant's death, a death with no violence
# told): no later step may read them as a toll again
NO_KILLING_RULES = frozenset({"mishap", "died-on-trial", "death-with-no-violence"})
PART_RULES = frozenset(
    {"subset-of-same-metric", "demographic-subset", "subset-of-previous", "number-of-them", "subset-by-nationality"}
)

# readings whose noun is not the word after the number: a rank (و11 مقدم) or a noun before brackets (عنصري (2))
_NOUN_READ_ELSEWHERE = ("counted-by-rank", "number-in-brackets-after-noun")


def of_the_enemy(a: Analysis, view: SentenceView, r: Reading) -> bool:
    """Are the people counted said to be the enemy's (11 قتيلاً في صفوف العدو، 5 أسرى من العدو)?"""
    end = r.noun_end_tok or r.placed.tok_end
    for t in range(end, min(end + 3, view.tok_end)):
        if a.token_in(t, grammar("enemy_words"), "ول"):
            return all(a.token_text(u) in grammar("between_noun_and_group") for u in range(end, t))
    # "ملحقة بالعدو خسائر كبيرة بلغت 53 قتيلاً": the losses inflicted on the enemy, told before them
    start = view.clause_of(r.placed.tok_start)[0]
    return any(
        a.behind_clitic(t, grammar("enemy_words"), "ب") for t in range(max(start, r.placed.tok_start - 6), r.placed.tok_start)
    )


_NO_ITEM_RULES = frozenset({"mixed-sides", "combined-outcomes", "rate", "superseded-toll", "other-outcome-after", "foiled", "one-of-them"})
