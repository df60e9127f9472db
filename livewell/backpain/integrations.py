"""Reads from the diary and goals apps, in one place, for the clinician summary and the
calcium alert: nutrient totals per day, the weight series (kg) and the member's targets.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from livewell.accounts.models import User
from livewell.diary import selectors as diary
from livewell.goals import selectors as goals
from livewell.lib.nutrients import Nutrients


class Targets(Protocol):
    @property
    def calcium_mg(self) -> float: ...
    @property
    def vitamin_d_mcg(self) -> float: ...
    @property
    def protein_g(self) -> float: ...


def daily_nutrient_totals(*, user: User, start: date, end: date) -> dict[date, Nutrients]:
    return diary.daily_nutrient_totals(user=user, start=start, end=end)


def weight_series(*, user: User, start: date, end: date) -> list[tuple[date, float]]:
    return diary.weight_series(user=user, start=start, end=end)


def current_targets(*, user: User) -> Targets | None:
    return goals.current_targets(user=user)
