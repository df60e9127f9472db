"""Search behaviour on a small, hand-made food set; runs on SQLite (FTS5) and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from livewell.foods.models import DataType, Food
from livewell.foods.selectors import QueryError, food_get, food_search
from livewell.foods.services import custom_food_create, food_usage_record
from livewell.lib.nutrients import Nutrients
from tests.foods.factories import make_food, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def foods() -> dict[str, Food]:
    made = {
        "whole": make_food(description="Milk, whole, 3.25% milkfat, with added vitamin D", kcal=61),
        "skim": make_food(description="Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim)"),
        "candy": make_food(description="Candies, milk chocolate", category="Sweets", kcal=535),
        "bar": make_food(
            description="MILK CHOCOLATE BAR", data_type=DataType.BRANDED, brand_owner="Cocoa Co.", kcal=540
        ),
        "buttermilk": make_food(description="Biscuits, plain or buttermilk, dry mix"),
        "broccoli": make_food(description="Broccoli, raw", kcal=34),
        "broccoli_soup": make_food(description="Soup, broccoli cheese, canned, condensed, commercial"),
        "banana": make_food(description="Bananas, raw", kcal=89),
        "yogurt": make_food(description="Yogurt, plain, whole milk", kcal=61),
        "egg_boiled": make_food(description="Egg, whole, cooked, hard-boiled", kcal=155),
        "egg_raw": make_food(description="Egg, whole, raw, fresh", kcal=143),
        "eggplant": make_food(description="Eggplant, cooked, boiled, drained, without salt", kcal=35),
        "jalapeno": make_food(description="Peppers, jalapeño, raw", kcal=29),
    }
    return made


def descriptions(query: str, **kwargs: object) -> list[str]:
    return [hit.description for hit in food_search(query=query, user=kwargs.get("user"), limit=10)]  # type: ignore[arg-type]  # test helper


def test_milk_lists_plain_milks_before_milk_chocolate_and_buttermilk(foods: dict[str, Food]) -> None:
    found = descriptions("milk")
    assert found[0] == foods["whole"].description
    assert found.index(foods["skim"].description) < found.index(foods["candy"].description)
    assert found.index(foods["candy"].description) < found.index(foods["bar"].description)
    assert foods["buttermilk"].description not in found[:3]


def test_generic_foods_rank_above_branded_for_a_generic_word(foods: dict[str, Food]) -> None:
    hits = food_search(query="milk chocolate", user=None)
    assert hits[0].data_type == DataType.SR_LEGACY
    assert any(h.data_type == DataType.BRANDED and h.brand == "Cocoa Co." for h in hits)


def test_the_plain_raw_form_comes_first(foods: dict[str, Food]) -> None:
    assert descriptions("broccoli")[0] == "Broccoli, raw"


@pytest.mark.parametrize(("typo", "meant"), [("brocoli", "Broccoli, raw"), ("bannana", "Bananas, raw")])
def test_typos_still_find_the_food(foods: dict[str, Food], typo: str, meant: str) -> None:
    assert descriptions(typo)[0] == meant


def test_british_spelling_finds_the_american_description(foods: dict[str, Food]) -> None:
    assert descriptions("yoghurt")[0] == "Yogurt, plain, whole milk"


def test_words_in_any_order_and_whole_words_before_prefixes(foods: dict[str, Food]) -> None:
    assert descriptions("egg boiled")[0] == "Egg, whole, cooked, hard-boiled"
    assert descriptions("boiled egg")[0] == "Egg, whole, cooked, hard-boiled"
    found = descriptions("egg")
    assert found.index("Egg, whole, raw, fresh") < found.index("Eggplant, cooked, boiled, drained, without salt")


def test_prefixes_and_accents_are_matched(foods: dict[str, Food]) -> None:
    assert descriptions("bana")[0] == "Bananas, raw"
    assert descriptions("jalapeno") == ["Peppers, jalapeño, raw"]
    assert descriptions("JALAPEÑO") == ["Peppers, jalapeño, raw"]


def test_a_word_inside_a_longer_word_is_found_when_nothing_starts_with_it(foods: dict[str, Food]) -> None:
    make_food(description="Strawberries, raw")
    make_food(description="Blueberries, raw")
    assert sorted(descriptions("berries")) == ["Blueberries, raw", "Strawberries, raw"]


def test_a_word_that_matches_nothing_does_not_hide_the_others(foods: dict[str, Food]) -> None:
    assert descriptions("banana qqqxz") == ["Bananas, raw"]


def test_nothing_found_is_an_empty_list(foods: dict[str, Food]) -> None:
    assert descriptions("zzzzqqq") == []


@pytest.mark.parametrize("query", ["", "   ", ",;!", "x" * 201])
def test_empty_and_overlong_queries_are_refused_with_a_message(query: str) -> None:
    with pytest.raises(QueryError):
        food_search(query=query, user=None)


def test_a_members_recent_and_frequent_foods_are_boosted(foods: dict[str, Food]) -> None:
    member = make_member()
    assert descriptions("milk", user=member)[0] == foods["whole"].description
    for days in (1, 2, 3):
        food_usage_record(user=member, food=foods["skim"], when=timezone.now() - timedelta(days=days))
    assert descriptions("milk", user=member)[0] == foods["skim"].description
    # Nobody else's order changes.
    assert descriptions("milk", user=make_member())[0] == foods["whole"].description


def test_usage_counts_and_keeps_the_latest_time(foods: dict[str, Food]) -> None:
    member = make_member()
    now = timezone.now()
    food_usage_record(user=member, food=foods["banana"], when=now)
    usage = food_usage_record(user=member, food=foods["banana"], when=now - timedelta(days=3))
    assert usage.count == 2
    assert usage.last_used == now


def test_custom_foods_are_private_to_their_owner(foods: dict[str, Food]) -> None:
    owner, other = make_member(), make_member()
    mine = custom_food_create(
        user=owner,
        description="Grandma's banana bread",
        nutrients_per_100g=Nutrients(kcal=326, protein_g=4.3, fat_g=10.5, carbs_g=54.6),
        serving_size_g=60,
        portions=[("1 slice", 60.0)],
    )
    assert "Grandma's banana bread" in descriptions("banana bread", user=owner)
    assert "Grandma's banana bread" not in descriptions("banana bread", user=other)
    assert "Grandma's banana bread" not in descriptions("banana bread")
    assert food_get(food_id=mine.pk, user=owner).portions.get().gram_weight == 60.0
    with pytest.raises(Food.DoesNotExist):
        food_get(food_id=mine.pk, user=other)
    with pytest.raises(Food.DoesNotExist):
        food_get(food_id=mine.pk, user=None)
    assert mine.nutrients_per_100g().for_grams(60).kcal == pytest.approx(195.6)


def test_deleting_a_member_deletes_their_custom_foods(foods: dict[str, Food]) -> None:
    owner = make_member()
    custom_food_create(user=owner, description="My shake", nutrients_per_100g=Nutrients(kcal=80), serving_size_g=None)
    owner.delete()
    assert not Food.objects.filter(description="My shake").exists()


def test_food_get_raises_for_unknown_ids() -> None:
    with pytest.raises(Food.DoesNotExist):
        food_get(food_id=987654, user=None)


def test_renaming_a_food_updates_what_search_finds(foods: dict[str, Food]) -> None:
    food = foods["banana"]
    food.description = "Plantains, green, raw"
    food.refresh_search_text()
    food.save()
    assert descriptions("plantain") == ["Plantains, green, raw"]
    assert "Plantains, green, raw" not in descriptions("banana")
