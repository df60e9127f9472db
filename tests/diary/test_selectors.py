"""The reads other apps rely on: daily totals, weight series, logged days and streaks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from livewell.accounts.models import User
from livewell.diary.selectors import daily_nutrient_totals, logged_days, logging_streak, weight_series
from livewell.diary.services import activity, entries
from livewell.foods.models import Food
from tests.diary.conftest import MILK

TODAY = date(2025, 3, 10)


def quick(user: User, day: date, kcal: float, protein_g: float | None = None) -> None:
    entries.diary_entry_quick_add(user=user, day=day, meal="lunch", kcal=kcal, protein_g=protein_g, today=TODAY)


def test_daily_totals_only_for_days_with_entries(member: User, other_member: User, foods: dict[int, Food]) -> None:
    milk = foods[MILK]
    cup = str(milk.portions.get(description="1 cup").pk)
    entries.diary_entry_log_food(
        user=member, day=TODAY, meal="breakfast", food_id=milk.pk, amount=1, portion=cup, today=TODAY
    )
    quick(member, TODAY, 500, protein_g=20)
    quick(member, TODAY - timedelta(days=2), 300)
    quick(other_member, TODAY, 999)
    totals = daily_nutrient_totals(user=member, start=TODAY - timedelta(days=6), end=TODAY)
    assert list(totals) == [TODAY - timedelta(days=2), TODAY]
    day = totals[TODAY]
    assert day.kcal == pytest.approx(648.84)
    assert day.protein_g == pytest.approx(27.686)
    assert day.calcium_mg == pytest.approx(275.72)
    assert "calcium_mg" in day.incomplete  # the quick add did not say how much calcium it had


def test_deleted_entries_do_not_count(member: User) -> None:
    entry = entries.diary_entry_quick_add(user=member, day=TODAY, meal="lunch", kcal=400, today=TODAY)
    entries.diary_entry_delete(user=member, entry_id=entry.pk)
    assert daily_nutrient_totals(user=member, start=TODAY, end=TODAY) == {}
    assert logged_days(user=member) == []


def test_weight_series_keeps_the_last_weight_of_each_day(member: User) -> None:
    activity.weight_log(user=member, day=TODAY - timedelta(days=1), value=70.4, unit="kg", today=TODAY)
    activity.weight_log(user=member, day=TODAY, value=70.2, unit="kg", today=TODAY)
    activity.weight_log(user=member, day=TODAY, value=154, unit="lb", today=TODAY)
    series = weight_series(user=member, start=TODAY - timedelta(days=7), end=TODAY)
    assert [d for d, _ in series] == [TODAY - timedelta(days=1), TODAY]
    assert series[1][1] == pytest.approx(154 * 0.45359237)


def test_logged_days_and_streak(member: User) -> None:
    for back in (0, 1, 2, 5):
        quick(member, TODAY - timedelta(days=back), 300)
    assert logged_days(user=member) == [TODAY - timedelta(days=b) for b in (5, 2, 1, 0)]
    assert logging_streak(user=member, today=TODAY) == 3
    assert logging_streak(user=member, today=TODAY + timedelta(days=1)) == 3  # tomorrow, before logging
    assert logging_streak(user=member, today=TODAY + timedelta(days=2)) == 0
