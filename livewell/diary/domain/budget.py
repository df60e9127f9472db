"""The day's calorie budget: Goal - Food + Exercise = Remaining."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Budget:
    goal: float
    food: float
    exercise: float

    @property
    def remaining(self) -> float:
        return self.goal - self.food + self.exercise

    @property
    def over(self) -> bool:
        return self.remaining < 0


def streak(days: Iterable[date], *, today: date) -> int:
    """Number of consecutive logged days ending today, or yesterday if today is not logged yet.

    A member who logged every day up to yesterday keeps the streak until today ends.
    """
    logged = set(days)
    cursor = today if today in logged else today - timedelta(days=1)
    count = 0
    while cursor in logged:
        count += 1
        cursor -= timedelta(days=1)
    return count
