"""Reads other apps rely on: a member's current goal plan and daily targets.

``current_plan(user=...)`` is the newest saved :class:`GoalPlan` (or ``None``);
``current_targets(user=...)`` is its :class:`DailyTargets` (or ``None``).
To draw a projection from the plan, call ``plan_projection(plan)`` or
``livewell.lib.projection.project`` directly.
"""

from __future__ import annotations

from django.db.models import QuerySet

from livewell.accounts.models import User
from livewell.goals.domain.targets import DailyTargets
from livewell.goals.models import GoalPlan
from livewell.lib.projection import Projection, project

__all__ = ["DailyTargets", "current_plan", "current_targets", "plan_history", "plan_of", "plan_projection"]


def plan_history(*, user: User) -> QuerySet[GoalPlan]:
    """Every plan the member saved, newest first."""
    return GoalPlan.objects.filter(user=user).order_by("-created_at", "-id")


def current_plan(*, user: User) -> GoalPlan | None:
    if not user.is_authenticated:
        return None
    return plan_history(user=user).first()


def current_targets(*, user: User) -> DailyTargets | None:
    plan = current_plan(user=user)
    return None if plan is None else plan.daily_targets()


def plan_of(*, user: User, plan_id: int) -> GoalPlan | None:
    """One of the member's own plans; another member's plan is simply not found."""
    return GoalPlan.objects.filter(user=user, pk=plan_id).first()


def plan_projection(plan: GoalPlan, *, days: int | None = None) -> Projection | None:
    """The plan's projection to its goal weight (None without a goal weight)."""
    if plan.goal_weight_kg is None:
        return None
    return project(
        sex="male" if plan.sex == "male" else "female",
        age=plan.age,
        height_cm=plan.height_cm,
        weight_kg=plan.weight_kg,
        activity_factor=plan.activity_factor,
        intake_kcal=plan.target_kcal,
        goal_weight_kg=plan.goal_weight_kg,
        days=days,
    )
