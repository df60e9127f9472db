"""Energy maths against clinical-facts.md §1.5 worked examples, plus properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.lib.energy import (
    ACTIVITY_FACTORS,
    GOALS,
    EnergyInputError,
    Person,
    bmr_kcal,
    goal_by_id,
    plan_energy,
    round_half_up,
    tdee_kcal,
)

# (sex, age, cm, kg, activity, goal, BMR unrounded, TDEE shown, target, floor applied) -- §1.5 #1-#4.
WORKED_EXAMPLES = [
    ("female", 65, 160, 70, "sedentary", "lose-0.5", 1214.0, 1457, 1207, False),
    ("male", 40, 180, 90, "moderate", "lose-1", 1830.0, 2837, 2337, False),
    ("female", 30, 165, 60, "light", "maintain", 1320.25, 1815, 1815, False),
    ("male", 72, 170, 68, "sedentary", "lose-2", 1387.5, 1665, 1500, True),
]


@pytest.mark.parametrize(
    ("sex", "age", "cm", "kg", "activity", "goal", "bmr", "tdee", "target", "floored"), WORKED_EXAMPLES
)
def test_worked_examples_from_the_fact_sheet(
    sex: str,
    age: int,
    cm: float,
    kg: float,
    activity: str,
    goal: str,
    bmr: float,
    tdee: int,
    target: int,
    floored: bool,
) -> None:
    person = Person(sex=sex, age=age, height_cm=cm, weight_kg=kg)  # type: ignore[arg-type]  # parametrized str
    plan = plan_energy(person, activity=activity, goal_id=goal)
    assert plan.bmr == pytest.approx(bmr)
    assert plan.tdee_kcal == tdee
    assert plan.target_kcal == target
    assert plan.floor_applied is floored


def test_clamped_target_says_so_with_the_achievable_rate() -> None:
    # Example #4: 1665 - 1000 = 665 is clamped to 1500; the real deficit is 165 kcal/day ~ 0.33 lb/week.
    plan = plan_energy(Person(sex="male", age=72, height_cm=170, weight_kg=68), activity="sedentary", goal_id="lose-2")
    assert plan.daily_change_kcal == -165
    assert plan.achievable_lb_per_week == pytest.approx(-0.33, abs=0.005)
    assert any("1,500 kcal" in w and "0.33 lb per week" in w for w in plan.warnings)


def test_half_kcal_rounds_up_not_to_even() -> None:
    assert round_half_up(2836.5) == 2837
    assert round_half_up(1456.8) == 1457
    assert round_half_up(1320.25) == 1320


def test_nine_goals_in_widget_order_and_wording() -> None:
    assert [g.id for g in GOALS] == [
        "gain-2", "gain-1.5", "gain-1", "gain-0.5", "maintain", "lose-0.5", "lose-1", "lose-1.5", "lose-2",
    ]  # fmt: skip
    assert GOALS[0].label == "Gain 2 lb per week"
    assert GOALS[4].label == "Maintain my current weight"
    assert GOALS[8].label == "Lose 2 lb per week"
    # 3,500 kcal per lb over 7 days (clinical-facts §1.3).
    assert [goal_by_id(g).daily_change_kcal for g in ("lose-0.5", "lose-1", "lose-1.5", "lose-2")] == [
        -250, -500, -750, -1000,
    ]  # fmt: skip


def test_activity_levels() -> None:
    assert ACTIVITY_FACTORS == {"sedentary": 1.2, "light": 1.375, "moderate": 1.55, "active": 1.725, "very_active": 1.9}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"age": 17}, "age"),
        ({"age": 101}, "age"),
        ({"height_cm": 119.9}, "height_cm"),
        ({"height_cm": 231}, "height_cm"),
        ({"weight_kg": 29}, "weight_kg"),
        ({"weight_kg": 351}, "weight_kg"),
        ({"weight_kg": float("nan")}, "weight_kg"),
        ({"sex": "other"}, "sex"),
    ],
)
def test_impossible_inputs_raise_a_clear_error_naming_the_field(kwargs: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"sex": "female", "age": 50, "height_cm": 165, "weight_kg": 70, **kwargs}
    with pytest.raises(EnergyInputError) as caught:
        Person(**values)  # type: ignore[arg-type]  # deliberately wrong values
    assert caught.value.field == field


def test_unknown_goal_and_activity_are_errors_not_zero() -> None:
    person = Person(sex="female", age=50, height_cm=165, weight_kg=70)
    with pytest.raises(EnergyInputError, match="Unknown goal") as goal_error:
        plan_energy(person, activity="light", goal_id="lose-3")
    assert goal_error.value.field == "goal"
    with pytest.raises(EnergyInputError, match="Unknown activity") as activity_error:
        plan_energy(person, activity="couch", goal_id="maintain")
    assert activity_error.value.field == "activity"


def test_weight_loss_is_refused_when_already_underweight() -> None:
    thin = Person(sex="female", age=40, height_cm=170, weight_kg=52)  # BMI 18.0
    with pytest.raises(EnergyInputError, match=r"BMI is 18\.0") as caught:
        plan_energy(thin, activity="light", goal_id="lose-0.5")
    assert caught.value.field == "goal"
    assert plan_energy(thin, activity="light", goal_id="gain-0.5").target_kcal > 0


def test_warns_when_the_rate_would_take_bmi_under_18_5() -> None:
    near = Person(sex="female", age=40, height_cm=170, weight_kg=55)  # BMI 19.0
    plan = plan_energy(near, activity="active", goal_id="lose-2")
    assert any("under 18.5" in w for w in plan.warnings)


def test_older_adults_are_warned_about_fast_loss_only() -> None:
    older = Person(sex="female", age=70, height_cm=160, weight_kg=85)
    fast = plan_energy(older, activity="moderate", goal_id="lose-1.5")
    slow = plan_energy(older, activity="moderate", goal_id="lose-1")
    assert any("muscle and bone" in w for w in fast.warnings)
    assert not any("muscle and bone" in w for w in slow.warnings)


people = st.builds(
    Person,
    sex=st.sampled_from(["female", "male"]),
    age=st.integers(18, 100),
    height_cm=st.floats(120, 230),
    weight_kg=st.floats(30, 350),
)


@given(person=people, more=st.floats(0.1, 20))
def test_bmr_rises_with_weight_and_height(person: Person, more: float) -> None:
    heavier = Person(person.sex, person.age, person.height_cm, min(person.weight_kg + more, 350))
    taller = Person(person.sex, person.age, min(person.height_cm + more, 230), person.weight_kg)
    assert bmr_kcal(heavier) >= bmr_kcal(person)
    assert bmr_kcal(taller) >= bmr_kcal(person)


@given(person=people, years=st.integers(1, 30))
def test_bmr_falls_with_age(person: Person, years: int) -> None:
    older = Person(person.sex, min(person.age + years, 100), person.height_cm, person.weight_kg)
    assert bmr_kcal(older) <= bmr_kcal(person)


@given(person=people.filter(lambda p: p.bmi >= 18.5), activity=st.sampled_from(list(ACTIVITY_FACTORS)))
def test_target_never_below_the_floor(person: Person, activity: str) -> None:
    for goal in GOALS:
        plan = plan_energy(person, activity=activity, goal_id=goal.id)
        assert plan.target_kcal >= (1200 if person.sex == "female" else 1500)


@given(person=people, activity=st.sampled_from(list(ACTIVITY_FACTORS)))
def test_gain_goals_never_give_a_target_below_tdee(person: Person, activity: str) -> None:
    tdee = tdee_kcal(bmr_kcal(person), activity)
    for goal in GOALS:
        if goal.is_gain:
            assert plan_energy(person, activity=activity, goal_id=goal.id).target_kcal > tdee
