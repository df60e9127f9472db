"""Logging food: from a food with a portion, quick add, recipes, edit, move, delete/undo, copy."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import transaction
from django.test import TestCase

from livewell.accounts.models import User
from livewell.diary import signals
from livewell.diary.errors import DiaryError
from livewell.diary.models import DiaryEntry, EntryKind, FavouriteFood
from livewell.diary.services import entries as svc
from livewell.diary.services import recipes as recipe_svc
from livewell.foods.models import Food, FoodUsage
from livewell.foods.services import custom_food_create
from livewell.lib.nutrients import Nutrients
from tests.diary.conftest import BANANA, BUTTER, EGG, MILK
from tests.factories import make_member

TODAY = date(2025, 3, 10)


def portion_id(food: Food, description: str) -> str:
    return str(food.portions.get(description=description).pk)


def log(
    user: User, food: Food, amount: float, portion: str, *, meal: str = "breakfast", day: date = TODAY
) -> DiaryEntry:
    return svc.diary_entry_log_food(
        user=user, day=day, meal=meal, food_id=food.pk, amount=amount, portion=portion, today=TODAY
    )


def test_a_cup_of_whole_milk_is_149_kcal(member: User, foods: dict[int, Food]) -> None:
    milk = foods[MILK]
    entry = log(member, milk, 1, portion_id(milk, "1 cup"))
    # USDA: 61 kcal, 3.15 g protein and 113 mg calcium per 100 g; 1 cup = 244 g.
    assert entry.grams == pytest.approx(244)
    assert entry.kcal == pytest.approx(148.84)
    assert entry.nutrients["protein_g"] == pytest.approx(7.686)
    assert entry.nutrients["calcium_mg"] == pytest.approx(275.72)
    assert entry.portion_label == "1 cup"
    assert entry.description == "Milk, whole, 3.25% milkfat, with added vitamin D"


def test_amounts_in_grams_and_ounces(member: User, foods: dict[int, Food]) -> None:
    banana = foods[BANANA]
    assert log(member, banana, 150, "g").kcal == pytest.approx(133.5)
    assert log(member, banana, 2, "oz").grams == pytest.approx(56.69904625)


def test_logging_boosts_the_food_in_search(member: User, foods: dict[int, Food]) -> None:
    log(member, foods[EGG], 2, portion_id(foods[EGG], "1 large"))
    log(member, foods[EGG], 1, portion_id(foods[EGG], "1 large"))
    assert FoodUsage.objects.get(user=member, food=foods[EGG]).count == 2


@pytest.mark.parametrize(
    ("amount", "portion", "message"),
    [
        (-1, "g", "more than zero"),
        (0, "g", "more than zero"),
        (10_001, "g", "at most 10 kg"),
        (50, "1 cup", "at most 10 kg"),  # 50 cups of milk = 12.2 kg
        (1, "999999", "Choose a portion"),
    ],
)
def test_bad_amounts_are_refused_and_nothing_is_saved(
    member: User, foods: dict[int, Food], amount: float, portion: str, message: str
) -> None:
    milk = foods[MILK]
    if portion == "1 cup":
        portion = portion_id(milk, "1 cup")
    with pytest.raises(DiaryError, match=message):
        log(member, milk, amount, portion)
    assert not DiaryEntry.objects.exists()
    assert not FoodUsage.objects.exists()


def test_dates_far_in_the_future_are_refused(member: User, foods: dict[int, Food]) -> None:
    log(member, foods[BANANA], 100, "g", day=TODAY + timedelta(days=7))  # planning a week ahead is fine
    with pytest.raises(DiaryError, match="too far ahead"):
        log(member, foods[BANANA], 100, "g", day=TODAY + timedelta(days=8))
    assert DiaryEntry.objects.count() == 1


def test_unknown_food_and_another_members_custom_food_are_refused(member: User, other_member: User) -> None:
    theirs = custom_food_create(
        user=other_member, description="Grandma's soup", nutrients_per_100g=Nutrients(kcal=50), serving_size_g=250
    )
    for food_id in (theirs.pk, 987654321):
        with pytest.raises(DiaryError, match="not found"):
            svc.diary_entry_log_food(
                user=member, day=TODAY, meal="lunch", food_id=food_id, amount=100, portion="g", today=TODAY
            )
    assert not DiaryEntry.objects.exists()


def test_unknown_meal_is_refused(member: User, foods: dict[int, Food]) -> None:
    with pytest.raises(DiaryError, match="breakfast, lunch"):
        log(member, foods[BANANA], 100, "g", meal="brunch")


def test_quick_add_with_optional_macros(member: User) -> None:
    entry = svc.diary_entry_quick_add(
        user=member, day=TODAY, meal="snacks", kcal=250, protein_g=10, description="Cafe muffin", today=TODAY
    )
    assert entry.kind == EntryKind.QUICK
    assert entry.nutrient_values().kcal == 250
    assert entry.nutrient_values().protein_g == 10
    assert entry.nutrient_values().fat_g is None  # not given = unknown, not zero
    for bad in (-5, 0, 20_000):
        with pytest.raises(DiaryError):
            svc.diary_entry_quick_add(user=member, day=TODAY, meal="snacks", kcal=bad, today=TODAY)
    with pytest.raises(DiaryError, match="negative"):
        svc.diary_entry_quick_add(user=member, day=TODAY, meal="snacks", kcal=100, fat_g=-1, today=TODAY)
    assert DiaryEntry.objects.count() == 1


def test_editing_the_amount_scales_the_logged_snapshot(member: User, foods: dict[int, Food]) -> None:
    milk = foods[MILK]
    entry = log(member, milk, 1, portion_id(milk, "1 cup"))
    # Even if USDA data changes later, the entry scales what was logged.
    Food.objects.filter(pk=milk.pk).update(kcal=999)
    updated = svc.diary_entry_update(user=member, entry_id=entry.pk, amount=2)
    assert updated.kcal == pytest.approx(297.68)
    assert updated.grams == pytest.approx(488)
    assert updated.nutrients["calcium_mg"] == pytest.approx(551.44)


def test_move_between_meals(member: User, foods: dict[int, Food]) -> None:
    entry = log(member, foods[BANANA], 100, "g", meal="breakfast")
    assert svc.diary_entry_move(user=member, entry_id=entry.pk, meal="snacks").meal == "snacks"


def test_delete_then_undo(member: User, foods: dict[int, Food]) -> None:
    entry = log(member, foods[BANANA], 100, "g")
    svc.diary_entry_delete(user=member, entry_id=entry.pk)
    assert not DiaryEntry.objects.live().exists()
    svc.diary_entry_restore(user=member, entry_id=entry.pk)
    assert DiaryEntry.objects.live().get().pk == entry.pk


def test_another_members_entry_cannot_be_changed(member: User, other_member: User, foods: dict[int, Food]) -> None:
    entry = log(member, foods[BANANA], 100, "g")
    with pytest.raises(DiaryEntry.DoesNotExist):
        svc.diary_entry_delete(user=other_member, entry_id=entry.pk)
    with pytest.raises(DiaryEntry.DoesNotExist):
        svc.diary_entry_update(user=other_member, entry_id=entry.pk, amount=5)
    with pytest.raises(DiaryEntry.DoesNotExist):
        svc.diary_entry_move(user=other_member, entry_id=entry.pk, meal="lunch")
    entry.refresh_from_db()
    assert entry.deleted_at is None
    assert entry.amount == 100
    assert entry.meal == "breakfast"


def test_copy_yesterdays_breakfast_and_a_whole_day(member: User, foods: dict[int, Food]) -> None:
    yesterday = TODAY - timedelta(days=1)
    log(member, foods[MILK], 1, portion_id(foods[MILK], "1 cup"), day=yesterday)
    log(member, foods[BANANA], 1, portion_id(foods[BANANA], '1 medium (7" to 7-7/8" long)'), day=yesterday)
    log(member, foods[EGG], 2, portion_id(foods[EGG], "1 large"), day=yesterday, meal="lunch")
    copied = svc.diary_copy(user=member, from_day=yesterday, to_day=TODAY, meal="breakfast", today=TODAY)
    assert sorted(e.description for e in copied) == [
        "Bananas, raw",
        "Milk, whole, 3.25% milkfat, with added vitamin D",
    ]
    assert all(e.day == TODAY and e.meal == "breakfast" for e in copied)
    whole = svc.diary_copy(user=member, from_day=yesterday, to_day=TODAY + timedelta(days=1), today=TODAY)
    assert len(whole) == 3
    with pytest.raises(DiaryError, match="no dinner logged"):
        svc.diary_copy(user=member, from_day=yesterday, to_day=TODAY, meal="dinner", today=TODAY)


def test_recipe_per_serving_and_edits_leave_past_entries_alone(member: User, foods: dict[int, Food]) -> None:
    recipe = recipe_svc.recipe_create(user=member, name="Scrambled eggs", servings=2)
    recipe_svc.recipe_ingredient_add(
        user=member, recipe_id=recipe.pk, food_id=foods[EGG].pk, amount=4, portion=portion_id(foods[EGG], "1 large")
    )
    recipe_svc.recipe_ingredient_add(
        user=member,
        recipe_id=recipe.pk,
        food_id=foods[BUTTER].pk,
        amount=1,
        portion=portion_id(foods[BUTTER], "1 tbsp"),
    )
    # 200 g egg * 1.43 + 14.2 g butter * 7.17 = 286 + 101.814 = 387.814 kcal for 2 servings.
    per_serving = svc.recipe_nutrients_per_serving(recipe)
    assert per_serving.kcal == pytest.approx(193.907)
    entry = svc.diary_entry_log_recipe(
        user=member, day=TODAY, meal="breakfast", recipe_id=recipe.pk, servings=1, today=TODAY
    )
    assert entry.kcal == pytest.approx(193.907)
    recipe_svc.recipe_update(user=member, recipe_id=recipe.pk, name="Scrambled eggs", servings=4)
    entry.refresh_from_db()
    assert entry.kcal == pytest.approx(193.907)  # the past entry keeps its snapshot
    later = svc.diary_entry_log_recipe(
        user=member, day=TODAY, meal="lunch", recipe_id=recipe.pk, servings=1, today=TODAY
    )
    assert later.kcal == pytest.approx(96.9535)


def test_favourites_toggle(member: User, foods: dict[int, Food]) -> None:
    assert svc.favourite_toggle(user=member, food_id=foods[MILK].pk) is True
    assert FavouriteFood.objects.filter(user=member).count() == 1
    assert svc.favourite_toggle(user=member, food_id=foods[MILK].pk) is False
    assert not FavouriteFood.objects.exists()


class FoodLoggedSignalTests(TestCase):
    """The signal goes out after the transaction commits (badges must not see rolled-back rows)."""

    def test_food_logged_is_sent_on_commit(self) -> None:
        user = make_member()
        received: list[dict[str, Any]] = []

        def receiver(sender: object, **kwargs: Any) -> None:
            received.append(kwargs)

        signals.food_logged.connect(receiver)
        try:
            with self.captureOnCommitCallbacks(execute=True), transaction.atomic():
                entry = svc.diary_entry_quick_add(user=user, day=TODAY, meal="lunch", kcal=300, today=TODAY)
                assert received == []
        finally:
            signals.food_logged.disconnect(receiver)
        assert received == [{"signal": signals.food_logged, "user": user, "entry": entry}]
