"""Typed helpers that make foods and members for the foods tests."""

from __future__ import annotations

import itertools
from typing import Any

from livewell.foods.models import DataType, Food, Portion
from tests.factories import make_member

__all__ = ["make_food", "make_member", "make_portion"]

_numbers = itertools.count(900_000)


def make_food(**fields: Any) -> Food:
    """A saved public SR Legacy food (search text filled in); ``fields`` override the defaults."""
    number = next(_numbers)
    values: dict[str, Any] = {
        "fdc_id": number,
        "data_type": DataType.SR_LEGACY,
        "description": f"Test food {number}, raw",
        "kcal": 100.0,
        "protein_g": 5.0,
        "fat_g": 2.0,
        "carbs_g": 15.0,
    }
    values.update(fields)
    food = Food(**values)
    food.refresh_search_text()
    food.save()
    return food


def make_portion(food: Food, description: str = "1 cup", gram_weight: float = 240.0) -> Portion:
    seq = food.portions.count() + 1
    return Portion.objects.create(food=food, seq=seq, description=description, gram_weight=gram_weight)
