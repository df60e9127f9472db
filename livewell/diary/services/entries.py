"""Writes for food diary entries: log a food or recipe, quick add, edit, move, delete/undo, copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from livewell.accounts.models import User
from livewell.diary import signals
from livewell.diary.errors import DiaryError
from livewell.diary.models import DiaryEntry, EntryKind, FavouriteFood, Meal, Recipe
from livewell.diary.snapshot import snapshot_of
from livewell.diary.validation import (
    GRAMS_PER_OUNCE,
    MAX_ENTRY_KCAL,
    check_day,
    check_grams,
    check_optional_grams,
    check_positive,
)
from livewell.foods.models import Food
from livewell.foods.selectors import food_get
from livewell.foods.services import food_usage_record
from livewell.lib.nutrients import Nutrients

GRAMS = "g"
OUNCES = "oz"


@dataclass(frozen=True, slots=True)
class Measured:
    """An amount of a food resolved to grams, with the label shown in the diary."""

    grams: float
    amount: float
    portion_label: str


def measure(*, food: Food, amount: float, portion: str) -> Measured:
    """``portion`` is "g", "oz" or the id of one of the food's portions (as text)."""
    amount = check_positive(amount, field="amount", what="the amount")
    if portion == GRAMS:
        grams, label = amount, "g"
    elif portion == OUNCES:
        grams, label = amount * GRAMS_PER_OUNCE, "oz"
    else:
        found = None
        if portion.isdigit():
            found = food.portions.filter(pk=int(portion)).first()
        if found is None:
            raise DiaryError("Choose a portion from the list.", field="portion")
        grams, label = amount * float(found.gram_weight), found.description
    return Measured(grams=check_grams(grams), amount=amount, portion_label=label)


def _meal(meal: str) -> str:
    if meal not in Meal.values:
        raise DiaryError("Choose breakfast, lunch, dinner or snacks.", field="meal")
    return meal


def _announce(entry: DiaryEntry) -> None:
    transaction.on_commit(lambda: signals.food_logged.send(sender=DiaryEntry, user=entry.user, entry=entry))


def _food_for(user: User, food_id: int) -> Food:
    try:
        return food_get(food_id=food_id, user=user)
    except Food.DoesNotExist:
        raise DiaryError("That food was not found. Search again and pick one from the list.", field="food") from None


def food_preview(*, user: User, food_id: int, amount: float, portion: str) -> tuple[Food, Measured, Nutrients]:
    """What logging this food would add, without saving anything."""
    food = _food_for(user, food_id)
    measured = measure(food=food, amount=amount, portion=portion)
    return food, measured, food.nutrients_per_100g().for_grams(measured.grams)


@transaction.atomic
def diary_entry_log_food(
    *, user: User, day: date, meal: str, food_id: int, amount: float, portion: str, today: date | None = None
) -> DiaryEntry:
    check_day(day, today=today or timezone.localdate())
    food, measured, nutrients = food_preview(user=user, food_id=food_id, amount=amount, portion=portion)
    entry = DiaryEntry.objects.create(
        user=user,
        day=day,
        meal=_meal(meal),
        kind=EntryKind.FOOD,
        food=food,
        description=food.description[:255],
        amount=measured.amount,
        portion_label=measured.portion_label[:120],
        grams=measured.grams,
        nutrients=snapshot_of(nutrients),
        kcal=nutrients.kcal or 0.0,
    )
    food_usage_record(user=user, food=food, when=timezone.now())
    _announce(entry)
    return entry


def recipe_nutrients_per_serving(recipe: Recipe) -> Nutrients:
    total = sum(
        (ing.food.nutrients_per_100g().for_grams(ing.grams) for ing in recipe.ingredients.select_related("food")),
        Nutrients.zero(),
    )
    return total.scaled(1 / recipe.servings)


@transaction.atomic
def diary_entry_log_recipe(
    *, user: User, day: date, meal: str, recipe_id: int, servings: float, today: date | None = None
) -> DiaryEntry:
    check_day(day, today=today or timezone.localdate())
    recipe = Recipe.objects.filter(user=user, pk=recipe_id).first()
    if recipe is None:
        raise DiaryError("That recipe was not found.", field="recipe")
    servings = check_positive(servings, field="amount", what="the number of servings", maximum=100)
    if not recipe.ingredients.exists():
        raise DiaryError("Add at least one ingredient to the recipe before logging it.", field="recipe")
    per_serving = recipe_nutrients_per_serving(recipe)
    nutrients = per_serving.scaled(servings)
    grams = sum(i.grams for i in recipe.ingredients.all()) / recipe.servings * servings
    entry = DiaryEntry.objects.create(
        user=user,
        day=day,
        meal=_meal(meal),
        kind=EntryKind.RECIPE,
        recipe=recipe,
        description=recipe.name,
        amount=servings,
        portion_label="serving",
        grams=check_grams(grams),
        nutrients=snapshot_of(nutrients),
        kcal=nutrients.kcal or 0.0,
    )
    _announce(entry)
    return entry


@transaction.atomic
def diary_entry_quick_add(
    *,
    user: User,
    day: date,
    meal: str,
    kcal: float,
    protein_g: float | None = None,
    carbs_g: float | None = None,
    fat_g: float | None = None,
    description: str = "",
    today: date | None = None,
) -> DiaryEntry:
    check_day(day, today=today or timezone.localdate())
    kcal = check_positive(kcal, field="kcal", what="calories", maximum=MAX_ENTRY_KCAL, unit=" kcal")
    nutrients = Nutrients(
        kcal=kcal,
        protein_g=check_optional_grams(protein_g, field="protein_g", what="protein"),
        carbs_g=check_optional_grams(carbs_g, field="carbs_g", what="carbohydrate"),
        fat_g=check_optional_grams(fat_g, field="fat_g", what="fat"),
    )
    entry = DiaryEntry.objects.create(
        user=user,
        day=day,
        meal=_meal(meal),
        kind=EntryKind.QUICK,
        description=(description.strip() or "Quick add")[:255],
        amount=1,
        portion_label="",
        grams=None,
        nutrients=snapshot_of(nutrients),
        kcal=kcal,
    )
    _announce(entry)
    return entry


def entry_of(*, user: User, entry_id: int, include_deleted: bool = False) -> DiaryEntry:
    entries = DiaryEntry.objects.filter(user=user)
    if not include_deleted:
        entries = entries.live()
    entry = entries.filter(pk=entry_id).first()
    if entry is None:
        raise DiaryEntry.DoesNotExist("No such diary entry.")
    return entry


@transaction.atomic
def diary_entry_update(
    *,
    user: User,
    entry_id: int,
    meal: str | None = None,
    amount: float | None = None,
    kcal: float | None = None,
) -> DiaryEntry:
    """Change the meal and/or the amount.  Nutrients scale from the entry's own snapshot,
    so a past entry never picks up later changes to the food or recipe."""
    entry = entry_of(user=user, entry_id=entry_id)
    if meal is not None:
        entry.meal = _meal(meal)
    if entry.kind == EntryKind.QUICK:
        if kcal is not None:
            kcal = check_positive(kcal, field="kcal", what="calories", maximum=MAX_ENTRY_KCAL, unit=" kcal")
            entry.nutrients = {**entry.nutrients, "kcal": kcal}
            entry.kcal = kcal
    elif amount is not None:
        amount = check_positive(amount, field="amount", what="the amount")
        factor = amount / entry.amount
        grams = check_grams((entry.grams or 0.0) * factor)
        entry.nutrients = snapshot_of(entry.nutrient_values().scaled(factor))
        entry.grams = grams
        entry.amount = amount
        entry.kcal = entry.kcal * factor
    entry.save()
    return entry


@transaction.atomic
def diary_entry_move(*, user: User, entry_id: int, meal: str) -> DiaryEntry:
    return diary_entry_update(user=user, entry_id=entry_id, meal=meal)


@transaction.atomic
def diary_entry_delete(*, user: User, entry_id: int) -> DiaryEntry:
    """Hide the entry; ``diary_entry_restore`` undoes this."""
    entry = entry_of(user=user, entry_id=entry_id)
    entry.deleted_at = timezone.now()
    entry.save(update_fields=["deleted_at", "updated_at"])
    return entry


@transaction.atomic
def diary_entry_restore(*, user: User, entry_id: int) -> DiaryEntry:
    entry = entry_of(user=user, entry_id=entry_id, include_deleted=True)
    entry.deleted_at = None
    entry.save(update_fields=["deleted_at", "updated_at"])
    return entry


@transaction.atomic
def diary_entries_purge_deleted(*, before: datetime) -> int:
    """Remove entries deleted before ``before`` for good (for an operator's periodic clean-up)."""
    removed, _ = DiaryEntry.objects.filter(deleted_at__lt=before).delete()
    return removed


@transaction.atomic
def diary_copy(
    *,
    user: User,
    from_day: date,
    to_day: date,
    meal: str | None = None,
    to_meal: str | None = None,
    today: date | None = None,
) -> list[DiaryEntry]:
    """Copy one meal (or, with ``meal`` None, the whole day) to another date."""
    check_day(to_day, today=today or timezone.localdate())
    if meal is not None:
        _meal(meal)
    if to_meal is not None:
        _meal(to_meal)
    source = DiaryEntry.objects.live().filter(user=user, day=from_day)
    if meal is not None:
        source = source.filter(meal=meal)
    originals = list(source)
    if not originals:
        what = Meal(meal).label.lower() if meal else "entries"
        raise DiaryError(f"There is no {what} logged on {from_day:%B %-d, %Y} to copy.", field="from_day")
    copies = [
        DiaryEntry(
            user=user,
            day=to_day,
            meal=to_meal or e.meal,
            kind=e.kind,
            food_id=e.food_id,
            recipe_id=e.recipe_id,
            description=e.description,
            amount=e.amount,
            portion_label=e.portion_label,
            grams=e.grams,
            nutrients=dict(e.nutrients),
            kcal=e.kcal,
        )
        for e in originals
    ]
    created = DiaryEntry.objects.bulk_create(copies)
    for entry in created:
        _announce(entry)
    return created


@transaction.atomic
def favourite_toggle(*, user: User, food_id: int) -> bool:
    """Star or unstar a food; returns True when it is now a favourite."""
    food = _food_for(user, food_id)
    deleted, _ = FavouriteFood.objects.filter(user=user, food=food).delete()
    if deleted:
        return False
    FavouriteFood.objects.create(user=user, food=food)
    return True
