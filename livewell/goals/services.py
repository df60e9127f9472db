"""Writes for goals: saving a wizard result as a member's new current plan."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from livewell.accounts.models import User
from livewell.accounts.services import profile_of, profile_update
from livewell.goals.domain.budget import BudgetInput, compute_budget
from livewell.goals.models import GoalPlan


@transaction.atomic
def goal_plan_create(*, user: User, inputs: BudgetInput, units: str = "us") -> GoalPlan:
    """Compute the budget and save it as the member's newest plan.

    Also keeps the profile in step (sex and height), since both describe the same body.
    Raises ``EnergyInputError`` for bad input; nothing is saved then.
    """
    budget = compute_budget(inputs)
    macros = budget.rounded_macros()
    plan = GoalPlan.objects.create(
        user=user,
        units="metric" if units == "metric" else "us",
        sex=inputs.sex,
        age=inputs.age,
        height_cm=inputs.height_cm,
        weight_kg=inputs.weight_kg,
        goal=inputs.goal,
        activity=inputs.activity,
        goal_weight_kg=inputs.goal_weight_kg,
        bmr_kcal=budget.plan.bmr_kcal,
        tdee_kcal=budget.plan.tdee_kcal,
        target_kcal=budget.plan.target_kcal,
        floor_applied=budget.plan.floor_applied,
        protein_g=int(macros["protein_g"]),
        carbs_g=int(macros["carbs_g"]),
        fat_g=int(macros["fat_g"]),
        nutrients=budget.rounded_nutrients(),
        warnings=list(budget.warnings),
    )
    profile = profile_of(user)
    height = Decimal(str(round(inputs.height_cm, 1)))
    if profile.sex != inputs.sex or profile.height_cm != height:
        profile_update(
            user=user,
            first_name=user.first_name,
            units=profile.units,
            date_of_birth=profile.date_of_birth,
            sex=inputs.sex,
            height_cm=height,
        )
    return plan
