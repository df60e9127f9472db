"""Saving plans, history, and the selectors the diary and back-pain apps call."""

from __future__ import annotations

from decimal import Decimal

import pytest
import time_machine

from livewell.accounts.services import profile_of, user_delete
from livewell.goals.domain.budget import BudgetInput
from livewell.goals.models import GoalPlan
from livewell.goals.selectors import current_plan, current_targets, plan_of, plan_projection
from livewell.goals.services import goal_plan_create
from livewell.lib.energy import EnergyInputError
from tests.factories import make_member

EXAMPLE_2 = BudgetInput(sex="male", age=40, height_cm=180, weight_kg=90, activity="moderate", goal="lose-1")


@pytest.mark.django_db
def test_no_plan_means_no_targets() -> None:
    user = make_member()
    assert current_plan(user=user) is None
    assert current_targets(user=user) is None


@pytest.mark.django_db
def test_newest_plan_is_current_and_history_is_kept() -> None:
    user = make_member()
    with time_machine.travel("2026-01-05 09:00Z"):
        first = goal_plan_create(user=user, inputs=EXAMPLE_2)
    with time_machine.travel("2026-03-01 09:00Z"):
        second = goal_plan_create(
            user=user,
            inputs=BudgetInput(
                sex="male", age=40, height_cm=180, weight_kg=86, activity="moderate", goal="lose-0.5",
                goal_weight_kg=80,
            ),
        )  # fmt: skip
    assert current_plan(user=user) == second
    assert GoalPlan.objects.filter(user=user).count() == 2
    assert first.target_kcal == 2337  # clinical-facts §1.5 example #2
    targets = current_targets(user=user)
    assert targets is not None
    assert targets.kcal == second.target_kcal
    assert targets.start_weight_kg == 86
    assert targets.goal_weight_kg == 80
    assert targets.calcium_mg == 1000
    assert targets.sodium_mg_max == 2300
    assert targets.protein_g == second.protein_g


@pytest.mark.django_db
def test_saving_updates_the_profile_sex_and_height() -> None:
    user = make_member()  # female, 163 cm
    goal_plan_create(user=user, inputs=EXAMPLE_2)
    profile = profile_of(user)
    profile.refresh_from_db()
    assert profile.sex == "male"
    assert profile.height_cm == Decimal("180.0")


@pytest.mark.django_db
def test_bad_input_saves_nothing() -> None:
    user = make_member()
    with pytest.raises(EnergyInputError):
        goal_plan_create(
            user=user,
            inputs=BudgetInput(sex="female", age=17, height_cm=160, weight_kg=60, activity="light", goal="maintain"),
        )
    assert not GoalPlan.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_members_never_see_each_others_plans() -> None:
    owner, other = make_member(), make_member()
    plan = goal_plan_create(user=owner, inputs=EXAMPLE_2)
    assert plan_of(user=other, plan_id=plan.pk) is None
    assert current_plan(user=other) is None


@pytest.mark.django_db
def test_account_deletion_removes_plans() -> None:
    user = make_member()
    goal_plan_create(user=user, inputs=EXAMPLE_2)
    user_delete(user=user)
    assert not GoalPlan.objects.exists()


@pytest.mark.django_db
def test_plan_projection_for_the_weight_page() -> None:
    user = make_member()
    plan = goal_plan_create(
        user=user,
        inputs=BudgetInput(
            sex="female", age=60, height_cm=162.56, weight_kg=68.04, activity="light", goal="lose-1",
            goal_weight_kg=63.5,
        ),
    )  # fmt: skip
    projection = plan_projection(plan)
    assert projection is not None
    assert projection.linear_daily[0] == pytest.approx(68.04)
    assert projection.dynamic_days is not None
    assert projection.linear_days is not None
    assert projection.dynamic_days > projection.linear_days
