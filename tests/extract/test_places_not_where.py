"""Places a sentence names that say nothing of where its figures fell (extractor.context.not_where)."""

from __future__ import annotations

from marsad.extractor.context import not_where
from marsad.extractor.document import analyse


def _not_where(text: str) -> dict[str, bool]:
    a = analyse(text)
    return {a.nt.text[p.nstart : p.nend]: not_where(a, v, p) for v in a.views for p in v.entities if p.obj.type == "place"}


def test_a_province_of_the_neighbour_across_the_border_is_not_where():
    got = _not_where(
        "قتل 12 مدنيا في قصف على مخيم للنازحين عند الحدود مع لواء اسكندرون بريف إدلب الشمالي.\n"
        "وقالت وزارة الخارجية التركية إنها تتابع التطورات."
    )
    assert got["اسكندرون"] is True
    assert got["ريف ادلب الشمالي"] is False


def test_an_inner_boundary_between_provinces_of_one_country_is_still_where():
    got = _not_where("قتل 5 جنود في هجوم قرب الحدود مع محافظة الأنبار.")
    assert got["الانبار"] is False


def test_a_sentence_with_no_token_of_its_own_does_not_lend_its_words_to_the_next():
    # "***" on its own line starts where the next sentence does: its (empty) word set is not the next one's
    from marsad.extractor.run import _worldwide

    a = analyse("تقرير سنوي\n***\nقتل 1400 شخص في هجمات حول العالم خلال العام الماضي.")
    assert any(v.tok_start == v.tok_end for v in a.views)  # the empty sentence is there
    asked_in_order = [_worldwide(a, v) for v in a.views]
    assert asked_in_order[-1] is True
