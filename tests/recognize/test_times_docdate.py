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


def test_since_the_start_of_the_year_without_a_date_has_no_known_end():
    # the year is known (2019) but not the day the tally ends: real pages' gold leaves such a period
    # null, as the contract does a figure from "earlier" with no date
    text = "منذ مطلع العام الجاري اعتقلت الشرطة 85 مشتبها بهم في عام 2019."
    dd = document_date(text)
    times = {t.text: (t.start_date, t.end_date) for t in find_times(text, dd.date, dd.year)}
    assert times["منذ مطلع العام الجاري"] == (None, None)
    dated = {t.text: (t.start_date, t.end_date) for t in find_times(text, date(2019, 6, 30), 2019)}
    assert dated["منذ مطلع العام الجاري"] == (date(2019, 1, 1), date(2019, 6, 30))


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


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("date 2025-08-28\nقتلت القوات خمسة مسلحين في كمين بريف المحافظة.", date(2025, 8, 28)),
        ("2025-08-28\nقتلت القوات خمسة مسلحين في كمين بريف المحافظة.", date(2025, 8, 28)),
        # A scraped page's label runs into the article on the same line.
        (" date 2025-09-15 تشهد المقاطعة الشمالية موجة جديدة من الهجمات المسلحة.", date(2025, 9, 15)),
        (
            "date 2025-11-13 https://example.org/20251113/news-1108.html\n\nنفذت القوات 22 عملية.",
            date(2025, 11, 13),
        ),
        ("Published: 2025-08-28T10:00:00+03:00\nقتل ثلاثة جنود في هجوم.", date(2025, 8, 28)),
        ("بغداد - 3 آذار 2016\nأعلنت قيادة العمليات مقتل سبعة مسلحين.", date(2016, 3, 3)),
        (
            "عاجل\n\nالوكالة - مكتب الرباط نشر في: 2 نوفمبر 2022\n\nأعلن الجيش مقتل 58 مسلحا.",
            date(2022, 11, 2),
        ),
    ],
)
def test_datelines_of_scraped_pages(text: str, day: date):
    dd = document_date(text)
    assert (dd.date, dd.year, dd.basis) == (day, day.year, "dateline"), dd.reason


def test_a_publication_phrase_inside_a_sentence_is_not_a_dateline():
    dd = document_date("وقال البيان الذي نشر في 2 نوفمبر 2022 إن القوات قتلت خمسة مسلحين.\nوتستمر العمليات.")
    assert (dd.date, dd.basis) == (None, "established_year")


def test_a_dateline_resolves_weekdays():
    text = "date 2025-12-01\nأعلنت الوزارة اليوم الاثنين ضبط شحنة أسلحة، بعد هجوم وقع الخميس."
    dd = document_date(text)
    times = {t.text: (t.start_date, t.end_date) for t in find_times(text, dd.date, dd.year)}
    assert times["اليوم الاثنين"] == (date(2025, 12, 1), date(2025, 12, 1))
    assert times["الخميس"] == (date(2025, 11, 27), date(2025, 11, 27))
