"""The dynamic model against the behaviour Hall et al. 2011 report (clinical-facts §1.3 [S5])."""

from __future__ import annotations

import pytest

from livewell.lib.energy import mifflin_st_jeor
from livewell.lib.projection import ProjectionError, dynamic_weights, project

# An overweight adult, as in the paper's rules of thumb.
OVERWEIGHT = {"sex": "male", "age": 40, "height_cm": 175.0, "weight_kg": 95.0}
PAL = 1.55


def maintenance(person: dict[str, object]) -> float:
    return mifflin_st_jeor(**person) * PAL  # type: ignore[arg-type]  # the dict holds the keyword arguments


def course(person: dict[str, object], cut: float, years: int = 12) -> list[float]:
    return dynamic_weights(
        **person,  # type: ignore[arg-type]  # the dict holds the keyword arguments
        activity_factor=PAL,
        intake_kcal=maintenance(person) - cut,
        days=round(365.25 * years),
    )


def test_ten_kcal_a_day_is_about_one_pound_eventually() -> None:
    weights = course(OVERWEIGHT, cut=10)
    eventual_lb = (weights[0] - weights[-1]) / 0.45359237
    assert eventual_lb == pytest.approx(1.0, abs=0.2)


def test_hundred_kj_a_day_is_about_one_kilogram_eventually() -> None:
    weights = course(OVERWEIGHT, cut=100 / 4.184)
    assert weights[0] - weights[-1] == pytest.approx(1.0, abs=0.25)


def test_half_of_the_change_takes_about_a_year() -> None:
    weights = course(OVERWEIGHT, cut=250)
    total = weights[0] - weights[-1]
    half_day = next(day for day, kg in enumerate(weights) if weights[0] - kg >= total / 2)
    assert 0.7 * 365 <= half_day <= 1.3 * 365


def test_more_body_fat_means_more_loss_and_a_longer_road() -> None:
    lean = {"sex": "male", "age": 40, "height_cm": 180.0, "weight_kg": 70.0}
    heavy = {"sex": "male", "age": 40, "height_cm": 180.0, "weight_kg": 120.0}
    lean_course, heavy_course = course(lean, cut=300), course(heavy, cut=300)
    lean_total = lean_course[0] - lean_course[-1]
    heavy_total = heavy_course[0] - heavy_course[-1]
    assert heavy_total > lean_total

    def half_time(weights: list[float], total: float) -> int:
        return next(day for day, kg in enumerate(weights) if weights[0] - kg >= total / 2)

    assert half_time(heavy_course, heavy_total) > half_time(lean_course, lean_total)


def test_dynamic_model_is_slower_than_the_3500_kcal_rule() -> None:
    person = {"sex": "female", "age": 60, "height_cm": 162.56, "weight_kg": 68.04}
    result = project(
        **person,  # type: ignore[arg-type]  # the dict holds the keyword arguments
        activity_factor=1.375,
        intake_kcal=1200,
        goal_weight_kg=63.5,
    )
    assert result.linear_days is not None
    assert result.dynamic_days is not None
    assert result.dynamic_days > result.linear_days
    weekly = result.weekly()
    assert weekly[0] == (0, 68.04, 68.04)
    # After the first weeks the dynamic curve sits above the straight line and the gap widens.
    gaps = [dynamic - linear for _day, linear, dynamic in weekly[2:]]
    assert all(gap > 0 for gap in gaps)
    assert gaps[-1] > gaps[0]


def test_linear_rule_is_3500_kcal_per_pound() -> None:
    person = {"sex": "male", "age": 40, "height_cm": 180.0, "weight_kg": 90.0}
    result = project(
        **person,  # type: ignore[arg-type]  # the dict holds the keyword arguments
        activity_factor=1.55,
        intake_kcal=maintenance(person) / PAL * 1.55 - 500,
        goal_weight_kg=90 - 10 * 0.45359237,
    )
    # 10 lb x 3,500 kcal / 500 kcal per day = 70 days.
    assert result.linear_days == 70


def test_goal_out_of_reach_is_never_not_a_date() -> None:
    person = {"sex": "female", "age": 50, "height_cm": 165.0, "weight_kg": 80.0}
    # 100 kcal/day less settles about 5 kg lighter; 20 kg is never reached.
    result = project(
        **person,  # type: ignore[arg-type]  # the dict holds the keyword arguments
        activity_factor=1.375,
        intake_kcal=maintenance(person) / PAL * 1.375 - 100,
        goal_weight_kg=60,
    )
    assert result.linear_days is not None
    assert result.dynamic_days is None


def test_goal_in_the_wrong_direction_is_never() -> None:
    result = project(
        sex="female", age=50, height_cm=165, weight_kg=80, activity_factor=1.375, intake_kcal=1400, goal_weight_kg=90
    )
    assert result.linear_days is None
    assert result.dynamic_days is None


def test_bad_inputs_raise() -> None:
    with pytest.raises(ProjectionError):
        project(sex="female", age=50, height_cm=165, weight_kg=80, activity_factor=1.375, intake_kcal=1400, days=0)
    with pytest.raises(ProjectionError):
        project(
            sex="female", age=50, height_cm=165, weight_kg=80, activity_factor=1.375, intake_kcal=1400, goal_weight_kg=0
        )


def test_maintaining_never_reaches_another_weight() -> None:
    person = {"sex": "female", "age": 30, "height_cm": 165.0, "weight_kg": 60.0}
    # Example #3's maintain target is 1815 kcal against an unrounded TDEE of 1815.34.
    result = project(
        **person,  # type: ignore[arg-type]  # the dict holds the keyword arguments
        activity_factor=1.375,
        intake_kcal=1815,
        goal_weight_kg=58,
    )
    assert result.linear_days is None
    assert result.dynamic_days is None
    assert result.dynamic_daily[-1] == pytest.approx(60.0)


def test_goal_just_short_of_the_plateau_is_reached_and_just_past_it_never() -> None:
    cut = 100
    plateau = course(OVERWEIGHT, cut=cut)[-1]  # twelve years on: levelled off
    common = {**OVERWEIGHT, "activity_factor": PAL, "intake_kcal": maintenance(OVERWEIGHT) - cut}
    near = project(**common, goal_weight_kg=plateau + 0.3)  # type: ignore[arg-type]  # keyword arguments
    beyond = project(**common, goal_weight_kg=plateau - 0.3)  # type: ignore[arg-type]  # keyword arguments
    assert near.dynamic_days is not None
    assert 365 < near.dynamic_days < 3653
    assert beyond.dynamic_days is None
    assert beyond.linear_days is not None  # the straight line gets anywhere eventually
