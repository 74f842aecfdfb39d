"""Resolved periods are named back the way articles name them."""

from datetime import date

import pytest

from marsad.consolidate.explain import countries_label, period_label, qualified, when
from marsad.model import Period


@pytest.mark.parametrize(
    ("start", "end", "en", "ar"),
    [
        ("2024-01-01", "2024-12-31", "2024", "عام 2024"),
        ("2024-01-01", "2024-06-30", "first half of 2024", "النصف الأول من 2024"),
        ("2024-10-01", "2024-12-31", "Q4 2024", "الربع 4 من 2024"),
        ("2023-05-01", "2023-05-31", "May 2023", "أيار/مايو 2023"),
        ("2024-12-30", "2025-01-06", "2024-12-30 to 2025-01-06", "من 2024-12-30 إلى 2025-01-06"),
    ],
)
def test_period_labels(start, end, en, ar):
    p = Period(date.fromisoformat(start), date.fromisoformat(end))
    assert period_label(p, "en") == en
    assert period_label(p, "ar") == ar


def test_countries_and_qualifiers():
    assert countries_label(["SY", "IQ"]) == "Iraq and Syria"
    assert countries_label(["IQ", "SY"], "ar") == "العراق وسوريا"
    assert countries_label([]) == "no stated country"
    assert qualified(2500, "approx") == "about 2500"
    assert qualified(2500, "approx", "ar") == "نحو 2500"


def test_an_undated_estimate_is_as_of_its_publication():
    assert when(None, date(2025, 3, 1)) == "as of 2025-03-01"
    assert when(None, None) == "with no stated period"
