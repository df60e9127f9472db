"""Limits on what a member can log, with the message they see when they cross one."""

from __future__ import annotations

import math
from datetime import date, timedelta

from livewell.diary.errors import DiaryError

MAX_GRAMS = 10_000.0  # 10 kg in one entry is a typing mistake, not a meal
MAX_ENTRY_KCAL = 10_000.0
MAX_DAYS_AHEAD = 7  # members may plan a week of meals, not log next year
EARLIEST_DAY = date(1900, 1, 1)
MIN_WEIGHT_KG = 20.0
MAX_WEIGHT_KG = 350.0
GRAMS_PER_OUNCE = 28.349523125  # avoirdupois ounce, exact (NIST Handbook 44)


def check_day(day: date, *, today: date) -> date:
    if day > today + timedelta(days=MAX_DAYS_AHEAD):
        raise DiaryError(
            f"{day:%B %-d, %Y} is too far ahead: you can plan at most {MAX_DAYS_AHEAD} days ahead.", field="day"
        )
    if day < EARLIEST_DAY:
        raise DiaryError("That date is too long ago.", field="day")
    return day


def check_positive(value: float, *, field: str, what: str, maximum: float | None = None, unit: str = "") -> float:
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value):
        raise DiaryError(f"Enter a number for {what}.", field=field)
    if value <= 0:
        raise DiaryError(f"{what.capitalize()} must be more than zero.", field=field)
    if maximum is not None and value > maximum:
        raise DiaryError(f"{what.capitalize()} must be at most {maximum:,g}{unit}.", field=field)
    return float(value)


def check_grams(grams: float) -> float:
    if grams > MAX_GRAMS:
        raise DiaryError(
            f"That is {grams / 1000:,.1f} kg of food; one entry can be at most 10 kg. Check the amount.",
            field="amount",
        )
    return check_positive(grams, field="amount", what="the amount")


def check_optional_grams(value: float | None, *, field: str, what: str) -> float | None:
    if value is None:
        return None
    if value < 0 or math.isnan(value):
        raise DiaryError(f"{what.capitalize()} cannot be negative.", field=field)
    if value > MAX_GRAMS / 10:
        raise DiaryError(f"{what.capitalize()} must be at most {MAX_GRAMS / 10:,g} g.", field=field)
    return float(value)


def check_weight_kg(kg: float) -> float:
    check_positive(kg, field="weight", what="your weight")
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise DiaryError(
            f"A weight must be between {MIN_WEIGHT_KG:g} and {MAX_WEIGHT_KG:g} kg "
            f"({MIN_WEIGHT_KG / 0.45359237:.0f} to {MAX_WEIGHT_KG / 0.45359237:.0f} lb).",
            field="weight",
        )
    return kg


def day_from_text(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DiaryError(f"{text!r} is not a date like 2025-01-31.", field="day") from None
