"""Writes to foods: usage records and members' custom foods."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.db.models import F

from livewell.accounts.models import User
from livewell.foods.models import DataType, Food, FoodUsage, Portion
from livewell.lib.nutrients import Nutrients


class FoodError(ValueError):
    """Input a member can fix; the message says how."""


@transaction.atomic
def food_usage_record(*, user: User, food: Food, when: datetime) -> FoodUsage:
    """Count one use of ``food`` by ``user`` (the diary calls this when a member logs a food)."""
    if food.owner_id is not None and food.owner_id != user.pk:
        raise FoodError("That food belongs to another member.")
    usage, created = FoodUsage.objects.select_for_update().get_or_create(
        user=user, food=food, defaults={"count": 1, "last_used": when}
    )
    if not created:
        FoodUsage.objects.filter(pk=usage.pk).update(count=F("count") + 1)
        if when > usage.last_used:
            FoodUsage.objects.filter(pk=usage.pk).update(last_used=when)
        usage.refresh_from_db()
    return usage


@transaction.atomic
def custom_food_create(
    *,
    user: User,
    description: str,
    nutrients_per_100g: Nutrients,
    serving_size_g: float | None,
    portions: list[tuple[str, float]] = [],  # noqa: B006 -- the agreed signature; never mutated
) -> Food:
    """A food only ``user`` can see, with nutrients per 100 g and optional portions."""
    description = " ".join(description.split())
    if not description:
        raise FoodError("Give your food a name.")
    if len(description) > 500:
        raise FoodError("A food name can be at most 500 characters long.")
    if serving_size_g is not None and not (0 < serving_size_g <= 5000):
        raise FoodError("A serving size is more than 0 g and at most 5000 g.")
    if nutrients_per_100g.kcal is None:
        raise FoodError("Enter the calories per 100 g.")
    for label, grams in portions:
        if not label.strip():
            raise FoodError("Each portion needs a name, for example “1 slice”.")
        if not (0 < grams <= 5000):
            raise FoodError(f"The portion “{label}” must weigh more than 0 g and at most 5000 g.")
    food = Food(
        data_type=DataType.CUSTOM,
        description=description,
        serving_size_g=serving_size_g,
        owner=user,
        **{name: nutrients_per_100g.as_dict()[name] for name in Nutrients.NAMES},
    )
    food.refresh_search_text()
    food.save()
    Portion.objects.bulk_create(
        Portion(food=food, seq=i, description=label.strip(), gram_weight=grams)
        for i, (label, grams) in enumerate(portions, 1)
    )
    return food
