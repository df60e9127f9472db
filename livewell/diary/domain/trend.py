"""Smoothed weight trend: an exponentially weighted moving average (EWMA).

Day-to-day weight swings by a kilogram or more with water and food in the gut,
so the trend, not the scale, shows progress.  Each day the trend moves
``ALPHA`` (10 %) of the way from yesterday's trend towards today's weight; on
days without a weigh-in the trend stays where it was and the gap is bridged
by applying the same factor once per missing day to the next reading, so a
long gap lets a new reading count for more.  10 % per day gives a trend that
reflects roughly the last two to three weeks (the weights of older readings
fall below one tenth after ~22 days).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

ALPHA = 0.1  # smoothing factor per day


def ewma_trend(points: Sequence[tuple[date, float]], *, alpha: float = ALPHA) -> list[tuple[date, float]]:
    """Trend value on each day that has a reading, from readings sorted by day."""
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    trend: list[tuple[date, float]] = []
    previous_day: date | None = None
    value = 0.0
    for day, weight in points:
        if previous_day is None:
            value = weight
        else:
            gap = (day - previous_day).days
            if gap <= 0:
                raise ValueError("readings must be sorted with one per day")
            # Weight kept by the old trend after `gap` days of smoothing.
            keep = (1 - alpha) ** gap
            value = keep * value + (1 - keep) * weight
        trend.append((day, value))
        previous_day = day
    return trend


def progress_to_goal(*, start_kg: float, current_kg: float, goal_kg: float) -> float | None:
    """Share of the way from start to goal (0..1, may exceed 1); None when start equals goal."""
    span = goal_kg - start_kg
    if abs(span) < 1e-9:
        return None
    return (current_kg - start_kg) / span
