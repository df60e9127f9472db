"""Shaping foods for JSON and templates: nutrients per 100 g and per portion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from livewell.foods.models import Food, Portion
from livewell.lib.nutrients import FDC_IDS, LABELS, Nutrients


@dataclass(frozen=True, slots=True)
class NutrientLine:
    key: str
    label: str
    unit: str
    fdc_nutrient_id: int
    per_100g: float | None
    per_portion: float | None


def nutrient_lines(food: Food, portion_grams: float | None = None) -> list[NutrientLine]:
    per_100 = food.nutrients_per_100g()
    per_portion = per_100.for_grams(portion_grams) if portion_grams is not None else None
    lines = []
    for key in Nutrients.NAMES:
        label, unit = LABELS[key]
        lines.append(
            NutrientLine(
                key=key,
                label=label,
                unit=unit,
                fdc_nutrient_id=FDC_IDS[key],
                per_100g=getattr(per_100, key),
                per_portion=None if per_portion is None else getattr(per_portion, key),
            )
        )
    return lines


def _rounded(values: dict[str, float | None]) -> dict[str, float | None]:
    return {k: (None if v is None else round(v, 3)) for k, v in values.items()}


def portion_json(food: Food, portion: Portion) -> dict[str, Any]:
    nutrients = food.nutrients_per_100g().for_grams(portion.gram_weight)
    return {
        "description": portion.description,
        "gram_weight": portion.gram_weight,
        "nutrients": _rounded(nutrients.as_dict()),
    }


def food_json(food: Food) -> dict[str, Any]:
    return {
        "food_id": food.pk,
        "fdc_id": food.fdc_id,
        "description": food.description,
        "data_type": food.data_type,
        "category": food.category,
        "brand_owner": food.brand_owner,
        "brand_name": food.brand_name,
        "gtin_upc": food.gtin_upc,
        "serving_size_g": food.serving_size_g,
        "kcal_per_100g": food.kcal,
        "is_custom": food.is_custom,
        "nutrients_per_100g": food.nutrients_per_100g().as_dict(),
        "nutrients": [
            {
                "key": line.key,
                "name": line.label,
                "unit": line.unit,
                "fdc_nutrient_id": line.fdc_nutrient_id,
                "per_100g": line.per_100g,
            }
            for line in nutrient_lines(food)
        ],
        "portions": [portion_json(food, p) for p in food.portions.all()],
    }
