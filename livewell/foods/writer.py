"""Writing imported foods: one batch = one transaction, upserted by fdc_id.

A batch writes its foods, their nutrients and their portions together, so a
reader (or a rerun after a crash) never sees a food without its portions.
Rerunning a batch updates the same rows: nothing is added twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from livewell.foods.gtin import normalise_stored
from livewell.foods.models import Food, Portion, search_text_for
from livewell.foods.records import FoodRecord
from livewell.foods.search import vocabulary_changed
from livewell.lib.nutrients import Nutrients

UPDATE_FIELDS = [
    "data_type",
    "description",
    "category",
    "brand_owner",
    "brand_name",
    "gtin_upc",
    "gtin14",
    "serving_size_g",
    "household_serving",
    "search_text",
    "updated_at",
    *Nutrients.NAMES,
]


@dataclass(slots=True)
class BatchResult:
    added: int = 0
    updated: int = 0
    portions: int = 0


def _food(record: FoodRecord) -> Food:
    return Food(
        fdc_id=record.fdc_id,
        data_type=record.data_type,
        description=record.description[:500],
        category=record.category[:200],
        brand_owner=record.brand_owner[:200],
        brand_name=record.brand_name[:200],
        gtin_upc=record.gtin_upc[:20],
        gtin14=(normalise_stored(record.gtin_upc) or "") if record.gtin_upc else "",
        serving_size_g=record.serving_size_g,
        household_serving=record.household_serving[:200],
        search_text=search_text_for(record.description, record.brand_owner, record.brand_name),
        **{name: record.nutrients.get(name) for name in Nutrients.NAMES},
    )


def write_batch(records: list[FoodRecord]) -> BatchResult:
    """Upsert ``records`` (unique fdc_ids) and replace their portions, atomically."""
    if not records:
        return BatchResult()
    by_id = {r.fdc_id: r for r in records}  # a repeated fdc_id in one batch: the last row wins
    with transaction.atomic():
        existing = set(Food.objects.filter(fdc_id__in=by_id).values_list("fdc_id", flat=True))
        Food.objects.bulk_create(
            [_food(r) for r in by_id.values()],
            update_conflicts=True,
            unique_fields=["fdc_id"],
            update_fields=UPDATE_FIELDS,
            batch_size=500,
        )
        ids = dict(Food.objects.filter(fdc_id__in=by_id).values_list("fdc_id", "id"))
        Portion.objects.filter(food_id__in=ids.values()).delete()
        portions = [
            Portion(food_id=ids[fdc_id], seq=seq, description=label[:200], gram_weight=grams)
            for fdc_id, record in by_id.items()
            for seq, (label, grams) in enumerate(record.portions, 1)
        ]
        Portion.objects.bulk_create(portions, batch_size=1000)
    vocabulary_changed()
    return BatchResult(added=len(by_id) - len(existing), updated=len(existing), portions=len(portions))
