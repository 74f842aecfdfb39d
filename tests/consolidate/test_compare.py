"""When two numbers agree, when two periods are compatible, when two actors are related."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from marsad.consolidate.compare import (
    actors_compatible,
    period_relation,
    periods_compatible,
    sources_related,
    sum_interval,
    values_agree,
)
from marsad.model import Period

YEAR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
H1_2024 = Period(date(2024, 1, 1), date(2024, 6, 30))
MAY_2023 = Period(date(2023, 5, 1), date(2023, 5, 31))


def test_about_2500_agrees_with_exactly_2500():
    assert values_agree((2500, "approx"), (2500, "exact"))
    assert values_agree((2500, "approx"), (2600, "approx"))


def test_153_and_196_do_not_agree():
    assert not values_agree((153, "exact"), (196, "exact"))


def test_more_than_120_agrees_with_153_but_at_most_5000_not_with_9000():
    assert values_agree((120, "at_least"), (153, "exact"))
    assert not values_agree((5000, "at_most"), (9000, "approx"))


def test_parts_with_a_rounded_total():
    assert sum_interval([(55, "exact"), (52, "exact")]) == (107, 107)


def test_periods():
    assert period_relation(YEAR_2024, H1_2024) == "contains"
    assert period_relation(H1_2024, YEAR_2024) == "within"
    assert period_relation(MAY_2023, YEAR_2024) == "apart"
    assert period_relation(None, None) == "equal"
    assert period_relation(None, YEAR_2024) == "none"
    assert periods_compatible(YEAR_2024, H1_2024)
    assert not periods_compatible(MAY_2023, H1_2024)


def test_a_command_is_related_to_the_state_it_belongs_to():
    assert actors_compatible(["CENTCOM", "ISF"], ["US", "COALITION"])
    assert actors_compatible([], ["TR"])
    assert not actors_compatible(["SDF"], ["TR"])
    assert sources_related("CENTCOM", "US")
    assert not sources_related(None, "CENTCOM")


@given(st.integers(1, 10**6), st.sampled_from(["exact", "approx", "at_least", "at_most"]))
def test_every_figure_agrees_with_itself(value, qualifier):
    assert values_agree((value, qualifier), (value, qualifier))
