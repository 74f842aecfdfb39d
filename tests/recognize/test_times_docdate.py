"""The document date as real pages give it, and the times it resolves.

Complements test_docdate.py: datelines of scraped pages and the years an
article names as its current one.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.recognize.times import document_date, find_times


def test_a_year_written_after_a_relative_year_is_the_current_one():
    text = (
        "قضت وحدات الجيش على أربعين مسلحا منذ بداية السنة الجارية 2015 في عمليات متفرقة.\n"
        "وكانت الحصيلة في عام 2016 أعلى بحسب المصدر نفسه."
    )
    dd = document_date(text)
    assert (dd.date, dd.year, dd.basis) == (None, 2015, "established_year"), dd.reason
    assert "current year" in dd.reason


def test_since_the_start_of_the_year_without_a_date_is_the_whole_year():
    text = "منذ مطلع العام الجاري اعتقلت الشرطة 85 مشتبها بهم في عام 2019."
    dd = document_date(text)
    times = {t.text: (t.start_date, t.end_date) for t in find_times(text, dd.date, dd.year)}
    assert times["منذ مطلع العام الجاري"] == (date(2019, 1, 1), date(2019, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "الاثنين\nهاجم مسلحون حاجزا للجيش يوم الاثنين في عام 2019.",
        "هاجم مسلحون حاجزا للجيش الاثنين الماضي.\nالحصيلة الأسبوعية لعام 2019",
    ],
)
def test_a_weekday_needs_a_date_not_a_year(text: str):
    dd = document_date(text)
    assert dd.date is None and dd.year == 2019
    days = [t for t in find_times(text, dd.date, dd.year) if "الاثنين" in t.text]
    assert days and all(t.start_date is None and t.end_date is None for t in days)
