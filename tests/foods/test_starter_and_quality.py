"""The shipped SR Legacy set: it loads, reloads as a no-op, and search finds everyday foods in it.

The set is loaded once for this module (about 7,800 foods) and removed afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from livewell.foods import starter
from livewell.foods.models import DataType, Food, Portion
from livewell.foods.selectors import food_search

QUALITY = Path(__file__).resolve().parent / "search_quality.json"


@pytest.fixture(scope="module")
def sr_legacy(django_db_setup: Any, django_db_blocker: Any) -> Iterator[list[str]]:
    messages: list[str] = []
    with django_db_blocker.unblock():
        starter.load(messages.append)
        yield messages
        Food.objects.filter(data_type=DataType.SR_LEGACY, owner__isnull=True).delete()


@pytest.mark.django_db
def test_a_new_install_has_the_whole_sr_legacy_set_with_portions(sr_legacy: list[str]) -> None:
    header = starter.header()
    assert Food.objects.filter(data_type=DataType.SR_LEGACY).count() == header["count"] == 7793
    assert "FoodData Central" in header["citation"]
    milk = Food.objects.get(fdc_id=171265)
    assert milk.nutrients_per_100g().kcal == 61.0
    assert milk.nutrients_per_100g().protein_g == 3.15
    assert ("1 cup", 244.0) in [(p.description, p.gram_weight) for p in milk.portions.all()]
    assert Portion.objects.filter(food__data_type=DataType.SR_LEGACY).count() == 14449


@pytest.mark.django_db
def test_loading_again_changes_nothing(sr_legacy: list[str]) -> None:
    before = Food.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
    messages: list[str] = []
    starter.load(messages.append)
    assert messages == ["  Foods: the USDA SR Legacy set is already loaded."]
    assert Food.objects.order_by("-updated_at").values_list("updated_at", flat=True).first() == before


@pytest.mark.django_db
def test_top_three_precision_on_everyday_queries_is_at_least_90_percent(sr_legacy: list[str]) -> None:
    queries = json.loads(QUALITY.read_text(encoding="utf-8"))["queries"]
    assert len(queries) >= 40
    misses = []
    for item in queries:
        top3 = food_search(query=item["query"], user=None, limit=3)
        if not any(hit.fdc_id in item["acceptable"] for hit in top3):
            misses.append(f"{item['query']!r}: {[h.description for h in top3]}")
    precision = 1 - len(misses) / len(queries)
    assert precision >= 0.9, "\n".join(misses)


@pytest.mark.django_db
def test_what_a_person_means_comes_first(sr_legacy: list[str]) -> None:
    def first(query: str) -> str:
        return food_search(query=query, user=None, limit=1)[0].description

    assert first("milk").startswith("Milk, whole")
    assert first("brocoli") == "Broccoli, raw"
    assert first("bannana") == "Bananas, raw"
    assert first("yoghurt").startswith("Yogurt, plain")
    assert first("egg boiled") == "Egg, whole, cooked, hard-boiled"
