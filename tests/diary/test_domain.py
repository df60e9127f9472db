"""Pure maths: exercise energy, the weight trend, streaks, the calorie budget."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.diary.domain.budget import Budget, streak
from livewell.diary.domain.exercise import ACTIVITY_BY_CODE, ExerciseError, is_estimate_for_age, met_energy
from livewell.diary.domain.trend import ewma_trend, progress_to_goal


def test_brisk_walk_matches_the_fact_sheet_example() -> None:
    # clinical-facts.md §3: 70 kg, 3.5 mph brisk walk (4.3 MET), 45 min → 226 gross, 173 net.
    walk = ACTIVITY_BY_CODE["17200"]
    energy = met_energy(met=walk.met, weight_kg=70, minutes=45)
    assert energy.gross_kcal == pytest.approx(225.75)
    assert energy.net_kcal == pytest.approx(173.25)
    assert round(energy.gross_kcal) == 226
    assert round(energy.net_kcal) == 173


@pytest.mark.parametrize(
    ("met", "kg", "minutes"), [(0, 70, 30), (3.0, 0, 30), (3.0, 70, 0), (3.0, 70, -5), (3.0, 70, 24 * 60 + 1)]
)
def test_impossible_exercise_is_refused(met: float, kg: float, minutes: float) -> None:
    with pytest.raises(ExerciseError):
        met_energy(met=met, weight_kg=kg, minutes=minutes)


def test_sitting_still_adds_almost_nothing_net() -> None:
    sitting = ACTIVITY_BY_CODE["07021"]
    assert met_energy(met=sitting.met, weight_kg=80, minutes=60).net_kcal == pytest.approx(24.0)


def test_compendium_codes_keep_leading_zeros() -> None:
    assert ACTIVITY_BY_CODE["01010"].met == 4.0
    assert ACTIVITY_BY_CODE["02150"].description.startswith("Yoga")


def test_exercise_is_an_estimate_from_age_60() -> None:
    assert is_estimate_for_age(60)
    assert is_estimate_for_age(75)
    assert not is_estimate_for_age(59)
    assert not is_estimate_for_age(None)


def test_trend_of_a_steady_weight_is_that_weight() -> None:
    start = date(2025, 1, 1)
    points = [(start + timedelta(days=i), 70.0) for i in range(30)]
    assert all(v == pytest.approx(70.0) for _, v in ewma_trend(points))


def test_trend_moves_a_tenth_of_the_way_each_day_and_more_after_a_gap() -> None:
    d = date(2025, 1, 1)
    trend = ewma_trend([(d, 80.0), (d + timedelta(days=1), 70.0), (d + timedelta(days=3), 70.0)])
    assert trend[1][1] == pytest.approx(79.0)  # 10 % of the 10 kg drop
    # Two days later: the old trend keeps 0.9² of its weight.
    assert trend[2][1] == pytest.approx(0.81 * 79.0 + 0.19 * 70.0)


@given(st.lists(st.floats(min_value=30, max_value=250), min_size=1, max_size=60))
def test_trend_stays_between_the_lowest_and_highest_reading(weights: list[float]) -> None:
    start = date(2025, 1, 1)
    trend = ewma_trend([(start + timedelta(days=i * 2), w) for i, w in enumerate(weights)])
    assert all(min(weights) - 1e-9 <= v <= max(weights) + 1e-9 for _, v in trend)


def test_trend_refuses_unsorted_readings() -> None:
    with pytest.raises(ValueError, match="sorted"):
        ewma_trend([(date(2025, 1, 2), 70.0), (date(2025, 1, 1), 71.0)])


def test_progress_to_goal() -> None:
    assert progress_to_goal(start_kg=80, current_kg=75, goal_kg=70) == pytest.approx(0.5)
    assert progress_to_goal(start_kg=60, current_kg=63, goal_kg=66) == pytest.approx(0.5)  # gaining
    assert progress_to_goal(start_kg=70, current_kg=70, goal_kg=70) is None


def test_budget_is_goal_minus_food_plus_exercise() -> None:
    budget = Budget(goal=1207, food=900, exercise=173.25)
    assert budget.remaining == pytest.approx(480.25)
    assert not budget.over
    assert Budget(goal=1200, food=1500, exercise=0).over


def test_streak_counts_back_from_today_or_yesterday() -> None:
    today = date(2025, 3, 10)
    days = [today - timedelta(days=i) for i in range(1, 6)]  # yesterday and four days before
    assert streak(days, today=today) == 5  # today not logged yet: the streak is not lost
    assert streak([*days, today], today=today) == 6
    assert streak([today - timedelta(days=3)], today=today) == 0
    assert streak([], today=today) == 0
