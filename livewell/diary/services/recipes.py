"""Writes for recipes.  A recipe's nutrients are read when it is logged, so editing it
changes future diary entries only (past entries hold their own snapshot)."""

from __future__ import annotations

from django.db import transaction

from livewell.accounts.models import User
from livewell.diary.errors import DiaryError
from livewell.diary.models import Recipe, RecipeIngredient
from livewell.diary.services.entries import _food_for, measure
from livewell.diary.validation import check_positive

MAX_SERVINGS = 100


def recipe_of(*, user: User, recipe_id: int) -> Recipe:
    recipe = Recipe.objects.filter(user=user, pk=recipe_id).first()
    if recipe is None:
        raise Recipe.DoesNotExist("No such recipe.")
    return recipe


def _name(name: str) -> str:
    name = name.strip()
    if not name:
        raise DiaryError("Give the recipe a name.", field="name")
    return name[:160]


@transaction.atomic
def recipe_create(*, user: User, name: str, servings: float) -> Recipe:
    servings = check_positive(servings, field="servings", what="the number of servings", maximum=MAX_SERVINGS)
    return Recipe.objects.create(user=user, name=_name(name), servings=servings)


@transaction.atomic
def recipe_update(*, user: User, recipe_id: int, name: str, servings: float) -> Recipe:
    recipe = recipe_of(user=user, recipe_id=recipe_id)
    recipe.name = _name(name)
    recipe.servings = check_positive(servings, field="servings", what="the number of servings", maximum=MAX_SERVINGS)
    recipe.save()
    return recipe


@transaction.atomic
def recipe_delete(*, user: User, recipe_id: int) -> None:
    recipe_of(user=user, recipe_id=recipe_id).delete()


@transaction.atomic
def recipe_ingredient_add(*, user: User, recipe_id: int, food_id: int, amount: float, portion: str) -> RecipeIngredient:
    recipe = recipe_of(user=user, recipe_id=recipe_id)
    food = _food_for(user, food_id)
    measured = measure(food=food, amount=amount, portion=portion)
    ingredient = RecipeIngredient.objects.create(
        recipe=recipe,
        food=food,
        grams=measured.grams,
        amount=measured.amount,
        portion_label=measured.portion_label[:120],
    )
    recipe.save(update_fields=["updated_at"])
    return ingredient


@transaction.atomic
def recipe_ingredient_remove(*, user: User, recipe_id: int, ingredient_id: int) -> None:
    recipe = recipe_of(user=user, recipe_id=recipe_id)
    recipe.ingredients.filter(pk=ingredient_id).delete()
    recipe.save(update_fields=["updated_at"])
