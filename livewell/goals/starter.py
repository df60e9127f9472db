"""Starter data: give the demo member a goal plan, so the tracker has targets at once."""

from __future__ import annotations

from collections.abc import Callable

from django.utils import timezone

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.accounts.starter import DEMO_EMAIL
from livewell.goals.domain.budget import BudgetInput
from livewell.goals.models import GoalPlan
from livewell.goals.services import goal_plan_create
from livewell.lib.units import KG_PER_LB


def load(out: Callable[[str], None]) -> None:
    user = User.objects.filter(email=DEMO_EMAIL).first()
    if user is None:
        out("  No demo member, so no demo goal.")
        return
    if GoalPlan.objects.filter(user=user).exists():
        out("  Demo goal already set.")
        return
    profile = profile_of(user)
    age = profile.age_on(timezone.localdate()) or 65
    plan = goal_plan_create(
        user=user,
        inputs=BudgetInput(
            sex="male" if profile.sex == "male" else "female",
            age=min(max(age, 18), 100),
            height_cm=float(profile.height_cm or 162.6),
            weight_kg=170 * KG_PER_LB,
            activity="light",
            goal="lose-1",
            goal_weight_kg=155 * KG_PER_LB,
        ),
        units=profile.units,
    )
    out(f"  Demo goal: {plan.goal_label}, {plan.target_kcal} kcal a day.")
