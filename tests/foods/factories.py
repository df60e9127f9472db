"""Factories for foods (no fixtures): descriptions are folded for search on save."""

from __future__ import annotations

from typing import Any

import factory

from livewell.foods.models import DataType, Food, Portion


class FoodFactory(factory.django.DjangoModelFactory):  # type: ignore[misc]  # factory_boy is untyped
    class Meta:
        model = Food

    fdc_id = factory.Sequence(lambda n: 900_000 + n)
    data_type = DataType.SR_LEGACY
    description = factory.Sequence(lambda n: f"Test food {n}, raw")
    kcal = 100.0
    protein_g = 5.0
    fat_g = 2.0
    carbs_g = 15.0

    @classmethod
    def _create(cls, model_class: type[Food], *args: Any, **kwargs: Any) -> Food:
        food = model_class(*args, **kwargs)
        food.refresh_search_text()
        food.save()
        return food


class PortionFactory(factory.django.DjangoModelFactory):  # type: ignore[misc]  # factory_boy is untyped
    class Meta:
        model = Portion

    food = factory.SubFactory(FoodFactory)
    seq = factory.Sequence(lambda n: n + 1)
    description = "1 cup"
    gram_weight = 240.0
