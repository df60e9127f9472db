from __future__ import annotations

import pytest

from livewell.accounts import starter as accounts_starter
from livewell.diary import starter as diary_starter
from livewell.diary.models import DiaryEntry, ExerciseEntry, WeightEntry
from livewell.diary.selectors import logged_days
from livewell.foods import starter as foods_starter


@pytest.mark.django_db
def test_demo_member_gets_a_week_of_real_meals_once() -> None:
    lines: list[str] = []
    accounts_starter.load(lines.append)
    foods_starter.load(lines.append)
    diary_starter.load(lines.append)
    entries = DiaryEntry.objects.filter(user__email=accounts_starter.DEMO_EMAIL)
    assert entries.count() == diary_starter.DAYS * len(diary_starter.DAY_PLAN)
    # Whole milk, 1 cup = 244 g at 61 kcal per 100 g (USDA SR Legacy 171265).
    milk = entries.filter(food__fdc_id=171265).first()
    assert milk is not None
    assert round(milk.kcal) == round(244 * 0.61)
    assert WeightEntry.objects.count() == diary_starter.DAYS
    assert ExerciseEntry.objects.count() == diary_starter.DAYS // 2
    assert len(logged_days(user=milk.user)) == diary_starter.DAYS

    diary_starter.load(lines.append)
    assert DiaryEntry.objects.count() == diary_starter.DAYS * len(diary_starter.DAY_PLAN)
    assert "already filled" in lines[-1]
