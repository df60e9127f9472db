"""Reads from the diary and goals apps for the clinician summary and the calcium alert.

Those apps are built alongside this one; each reader returns ``None`` when the other
app does not offer the selector yet, so the page can say the data is not available
instead of failing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from livewell.accounts.models import User
from livewell.lib.nutrients import Nutrients


class Targets(Protocol):
    calcium_mg: float
    vitamin_d_mcg: float
    protein_g: float


def _selector(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def daily_nutrient_totals(*, user: User, start: date, end: date) -> dict[date, Nutrients] | None:
    reader = _selector("livewell.diary.selectors", "daily_nutrient_totals")
    if reader is None:
        return None
    totals: dict[date, Nutrients] = reader(user=user, start=start, end=end)
    return totals


def weight_series(*, user: User, start: date, end: date) -> list[tuple[date, float]] | None:
    reader = _selector("livewell.diary.selectors", "weight_series")
    if reader is None:
        return None
    series: list[tuple[date, float]] = reader(user=user, start=start, end=end)
    return series


def current_targets(*, user: User) -> Targets | None:
    reader = _selector("livewell.goals.selectors", "current_targets")
    if reader is None:
        return None
    targets: Targets | None = reader(user=user)
    return targets
