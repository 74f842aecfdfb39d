"""The date an article speaks from: metadata, its dateline, or the year it establishes."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.recognize.times import DocDate, document_date, find_times


def test_metadata_wins():
    dd = document_date("القاهرة - 3 أيار 2024\nقتل خمسة.", published=date(2024, 5, 4))
    assert (dd.date, dd.year, dd.basis) == (date(2024, 5, 4), 2024, "metadata")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("عاجل\n\n2024-05-03\n\nقتل خمسة مسلحين في كمين بريف المحافظة.", date(2024, 5, 3)),
        ("القاهرة - 3 أيار 2024\nأعلنت الوزارة مقتل خمسة مسلحين.", date(2024, 5, 3)),
        ("الجمعة 3 مايو 2024\nأعلنت الوزارة مقتل خمسة مسلحين.", date(2024, 5, 3)),
        ("حصيلة جديدة للمعارك\nنُشر في 12 تشرين الثاني 2023\nقتل عشرة عناصر.", date(2023, 11, 12)),
        ("بغداد، 7 حزيران 2022 (أ ف ب) - قتل جنديان في هجوم شمالي البلاد.", date(2022, 6, 7)),
        ("قتل جنديان في هجوم شمالي البلاد.\nتاريخ النشر: 15/01/2021", date(2021, 1, 15)),
        ("تحديث أمني\nالأحد، ١٤ نيسان ٢٠٢٤\nاعتقلت القوات ثلاثة مطلوبين.", date(2024, 4, 14)),
        # a clock time after the date belongs to the dateline
        ("أنقرة تعلن حصيلة عملياتها\n\n14 آذار 2022، 10:05 ص\n\nأعلنت الوزارة تحييد 40 إرهابياً.", date(2022, 3, 14)),
        # a news agency's head: a Hijri date and the Gregorian one it corresponds to, the story right after
        ("الرياض 3 رمضان 1444 هـ الموافق 25 مارس 2023 م واس أعلنت رئاسة أمن الدولة القبض على 4 إرهابيين.", date(2023, 3, 25)),
    ],
)
def test_dateline(text: str, day: date):
    dd = document_date(text)
    assert (dd.date, dd.year, dd.basis) == (day, day.year, "dateline"), dd.reason


def test_a_sites_clock_over_the_weather_is_not_the_articles_day():
    # a site's banner gives today's date beside the weather; the article's date comes under its title,
    # however many lines of furniture come between
    banner = "السبت 9 مارس 2024\n18°دمشق\n22°حلب\n" + "".join(f"{n}.5 ليرة / دولار\n" for n in range(20))
    dd = document_date(banner + "\nالجيش يعلن حصيلة الشهر\n\n2 فبراير 2019، 11:40 ص\n\nقتل 12 مسلحاً.")
    assert (dd.date, dd.basis) == (date(2019, 2, 2), "dateline"), dd.reason


def test_dateline_reason_names_the_line():
    dd = document_date("الحصيلة الأسبوعية\n\n2024-05-03\n\nقتل خمسة.")
    assert dd.reason == "dateline '2024-05-03' on line 3"


def test_a_date_inside_a_sentence_is_not_a_dateline():
    dd = document_date(
        "قالت الوزارة إن القوات قتلت في 3 أيار 2021 خمسة مسلحين خلال عملية واسعة في الريف الشرقي."
    )
    assert dd.basis == "established_year"
    assert (dd.date, dd.year) == (None, 2021)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # A year stated beside "compared with last year" is the present.
        ("يتوقع أن تتضاعف الهجمات في عام 2022 مقارنة بالعام الماضي.", 2022),
        # A comparison baseline: the article speaks of the year after it.
        ("ارتفع عدد العمليات خلال النصف الأول من العام الجاري مقارنة بعام 2020.", 2021),
        ("تراجعت الهجمات بالمقارنة مع عام 2018 بحسب التقرير.", 2019),
        # The latest written month-year or date.
        ("نفذت القوات 40 عملية خلال شهر آب 2023.\nتأسست الوحدة في العام 1990.", 2023),
        ("نفذت القوات عمليات في الفترة من 28 ديسمبر 2023 إلى 4 يناير 2024.", 2024),
        # Historical years do not count, however recent.
        ("قتل 12 مسلحا في عام 2016.\nويقاتل التحالف التنظيم منذ عام 2019.", 2016),
        (
            "قتل 12 مسلحا في عام 2016 ضمن حملة أمنية.\nوفي عام 2018 عندما قتل زعيم التنظيم تراجعت الهجمات.",
            2016,
        ),
        ("نفذت القوات 30 عملية في عام 2017.\nوتم تشكيل الوحدة الخاصة في أيلول عام 2019.", 2017),
        # A target year in the future does not make the present.
        ("نفذت القوات 30 عملية في عام 2021 ضمن خطة تنتهي بحلول 2030.", 2021),
        # A month compared with is a month of the same year, not last year's.
        ("ارتفعت الهجمات خلال شهر تشرين الأول 2021 مقارنة بشهر أيلول 2021.", 2021),
    ],
)
def test_established_year(text: str, year: int):
    dd = document_date(text)
    assert (dd.date, dd.year, dd.basis) == (None, year, "established_year"), dd.reason


def test_a_marker_with_a_year_and_month_gives_the_year():
    dd = document_date("date 2023-11 تعرضت القوات لهجمات في الفترة من 17 إلى 31 أكتوبر الماضي.")
    assert (dd.date, dd.year, dd.basis) == (None, 2023, "dateline"), dd.reason


def test_a_date_recalled_in_a_lead_with_its_hijri_twin_is_no_dateline():
    dd = document_date("الموصل\nوكان التنظيم قد أعلن في 29 يونيو 2014 الموافق 1 رمضان 1435 هـ قيام دولته المزعومة.")
    assert dd.basis != "dateline", dd.reason


def test_the_same_month_a_year_before_decides_no_year():
    dd = document_date("وثقت الشبكة مقتل 120 مدنياً خلال شهر أيار الماضي، بارتفاع كبير مقارنة بشهر أيار 2022.")
    assert dd.year != 2022, dd.reason


def test_a_birth_year_is_no_present():
    dd = document_date("نعى الحزب قائداً ميدانياً قتل في غارة يوم الثلاثاء، وهو من مواليد عام 1975.")
    assert dd.basis == "none", dd.reason


def test_nothing_to_go_on():
    dd = document_date("قتل خمسة مسلحين أمس في كمين نصبته القوات في الريف الشرقي.")
    assert dd == DocDate(None, None, "none", dd.reason)
    assert dd.reason


def test_a_count_is_not_a_year():
    dd = document_date("يقدر عدد المقاتلين بنحو 2000 مقاتل في المنطقة.")
    assert dd.basis == "none"


def test_established_year_resolves_relative_times_without_guessing():
    text = (
        "تضاعفت الهجمات في عام 2024 مقارنة بالعام الماضي.\n"
        "ونفذت القوات 150 عملية خلال الأشهر الستة الأولى من هذا العام، كما قتل قيادي أمس."
    )
    dd = document_date(text)
    times = {t.text: (t.start_date, t.end_date) for t in find_times(text, dd.date, dd.year)}
    assert times["الأشهر الستة الأولى من هذا العام"] == (date(2024, 1, 1), date(2024, 6, 30))
    assert times["بالعام الماضي"] == (date(2023, 1, 1), date(2023, 12, 31))
    assert times["أمس"] == (None, None)


def test_of_two_datelines_at_a_pages_head_the_earliest_is_the_articles():
    # a site's banner shows the day the page was fetched; the byline under it the article's own day
    text = (
        "الرئيسية\nالأحد 14 يناير 2024\nالتحرير\nبواسطة : التحرير 05-03-2017 01:48 مساءً\n"
        "قال الجيش إنه نفذ 12 غارة خلال اليومين الماضيين."
    )
    d = document_date(text)
    assert d.date == date(2017, 3, 5) and d.basis == "dateline"


def test_a_timeline_or_a_links_date_under_the_articles_is_not_its_date():
    # the page's own date first; a dated line that opens a story further down is not a second dateline
    text = "الجيش يعلن حصيلة العملية\nالثلاثاء 14 مايو 2024\nقتل 12 مسلحا في العملية.\n3 يناير 2024 - هجوم على نقطة تفتيش"
    assert document_date(text).date == date(2024, 5, 14)


def test_a_date_labelled_as_the_publications_wins_and_related_links_dates_do_not():
    banner = "• الخميس 08 ديسمبر 2016\n\nعنوان الخبر\n\n"
    text = banner + "تاريخ النشر: الثلاثاء 06 مايو 2014\n\nقتل 58 مسلحاً في معارك بين الطرفين في محافظة دير الزور شرق سوريا يوم أمس.\n"
    assert document_date(text).date == date(2014, 5, 6)
    links = "عنوان الخبر\n12/06/2023\nقتل 12 مسلحا في عملية عسكرية واسعة نفذتها القوات في المنطقة الشرقية من البلاد أمس.\nمقالات ذات صلة\n04/01/2021\n"
    assert document_date(links).date == date(2023, 6, 12)
