from __future__ import annotations

import pytest

from livewell.accounts import starter as accounts_starter
from livewell.goals import starter
from livewell.goals.models import GoalPlan
from livewell.goals.selectors import current_targets


@pytest.mark.django_db
def test_demo_member_gets_one_goal_and_rerunning_changes_nothing() -> None:
    lines: list[str] = []
    accounts_starter.load(lines.append)
    starter.load(lines.append)
    starter.load(lines.append)
    plan = GoalPlan.objects.get(user__email=accounts_starter.DEMO_EMAIL)
    assert plan.goal == "lose-1"
    targets = current_targets(user=plan.user)
    assert targets is not None
    assert targets.kcal >= 1200
    assert "  Demo goal already set." in lines
    assert GoalPlan.objects.count() == 1
