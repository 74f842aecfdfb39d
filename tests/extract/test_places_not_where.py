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
