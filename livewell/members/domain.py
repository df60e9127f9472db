"""Pure rules behind the achievement badges (no Django): streaks and weight progress."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

# 1 lb = 0.45359237 kg exactly (international avoirdupois pound, 1959); the "first 5 lb" badge
# is 5 lb for members on US units and 2.5 kg (a round metric step) for members on metric units.
KG_PER_LB = 0.45359237
FIRST_STEP_KG_US = 5 * KG_PER_LB
FIRST_STEP_KG_METRIC = 2.5
# Weights are logged to 0.1 lb / 0.1 kg, so a goal counts as reached within half that step.
GOAL_TOLERANCE_KG = 0.05


def longest_run(days: Iterable[date]) -> int:
    """The most consecutive calendar days in ``days`` (duplicates and order do not matter)."""
    best = run = 0
    previous: date | None = None
    for day in sorted(set(days)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


def best_progress_kg(*, start_kg: float, goal_kg: float, weights_kg: Iterable[float]) -> float:
    """How far the best logged weight got from the start toward the goal, in kg (0 if never).

    Direction comes from the goal: below the start means losing, above means gaining.
    """
    direction = 1.0 if goal_kg < start_kg else -1.0 if goal_kg > start_kg else 0.0
    if direction == 0.0:
        return 0.0
    return max((max(0.0, (start_kg - w) * direction) for w in weights_kg), default=0.0)


def goal_reached(*, start_kg: float, goal_kg: float, weights_kg: Iterable[float]) -> bool:
    """True once any logged weight is at the goal or beyond it, in the goal's direction."""
    needed = abs(start_kg - goal_kg)
    if needed <= GOAL_TOLERANCE_KG:
        return False  # a "maintain" plan has no weight to reach
    return best_progress_kg(start_kg=start_kg, goal_kg=goal_kg, weights_kg=weights_kg) >= needed - GOAL_TOLERANCE_KG
