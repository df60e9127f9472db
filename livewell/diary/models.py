"""Diary rows a member owns: food entries (as snapshots), recipes, favourites, exercise, weight.

A food entry stores what was eaten *as it was at log time*: a reference to
the food (kept only for "log again" and search boosts), the grams, the portion
label and the nutrient amounts for those grams.  Editing a recipe or
re-importing USDA data therefore never changes a past day.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from livewell.diary.snapshot import nutrients_from
from livewell.lib.nutrients import Nutrients


class Meal(models.TextChoices):
    BREAKFAST = "breakfast", "Breakfast"
    LUNCH = "lunch", "Lunch"
    DINNER = "dinner", "Dinner"
    SNACKS = "snacks", "Snacks"


class EntryKind(models.TextChoices):
    FOOD = "food", "Food"
    RECIPE = "recipe", "Recipe"
    QUICK = "quick", "Quick add"


class ImportSource(models.TextChoices):
    NONE = "", "Logged here"
    JSON = "json", "livewell JSON export"
    MFP = "mfp", "MyFitnessPal"
    CRONOMETER = "cronometer", "Cronometer"


class LiveEntryQuerySet(models.QuerySet["DiaryEntry"]):
    def live(self) -> LiveEntryQuerySet:
        """Entries not deleted (deleted ones are kept briefly so "Undo" can bring them back)."""
        return self.filter(deleted_at__isnull=True)


def _import_key_unique(name: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(fields=["user", "import_key"], condition=~Q(import_key=""), name=name)


class DiaryEntry(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="diary_entries")
    day = models.DateField()
    meal = models.CharField(max_length=10, choices=Meal.choices)
    kind = models.CharField(max_length=8, choices=EntryKind.choices, default=EntryKind.FOOD)
    food = models.ForeignKey("foods.Food", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    recipe = models.ForeignKey("Recipe", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    description = models.CharField(max_length=255)
    # How much: `amount` of `portion_label` weighing `grams` in all (grams is None for a quick add).
    amount = models.FloatField(default=1.0)
    portion_label = models.CharField(max_length=120, blank=True)
    grams = models.FloatField(null=True, blank=True)
    # Nutrient amounts for what was eaten, at log time: {field name: value or None}.
    nutrients = models.JSONField(default=dict)
    kcal = models.FloatField(default=0.0)
    source = models.CharField(max_length=12, choices=ImportSource.choices, blank=True, default="")
    import_key = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[LiveEntryQuerySet] = LiveEntryQuerySet.as_manager()  # type: ignore[assignment]  # manager built from a queryset

    class Meta:
        ordering = ["day", "created_at", "id"]
        indexes = [models.Index(fields=["user", "day"])]
        constraints = [_import_key_unique("diary_entry_import_key_unique")]
        verbose_name_plural = "diary entries"

    def __str__(self) -> str:
        return f"{self.day} {self.meal}: {self.description}"

    def nutrient_values(self) -> Nutrients:
        return nutrients_from(self.nutrients)


class Recipe(models.Model):
    """A member's dish: ingredients with amounts, divided into servings."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recipes")
    name = models.CharField(max_length=160)
    servings = models.FloatField(default=1.0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class RecipeIngredient(models.Model):
    recipe = models.ForeignKey(Recipe, on_delete=models.CASCADE, related_name="ingredients")
    food = models.ForeignKey("foods.Food", on_delete=models.CASCADE, related_name="+")
    grams = models.FloatField()
    amount = models.FloatField(default=1.0)
    portion_label = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.grams:g} g of food {self.food_id} in {self.recipe}"


class FavouriteFood(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="favourite_foods")
    food = models.ForeignKey("foods.Food", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "food"], name="diary_favourite_food_unique")]

    def __str__(self) -> str:
        return f"{self.user} ★ food {self.food_id}"


class ExerciseEntry(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exercise_entries")
    day = models.DateField()
    # 2011 Compendium code; blank for a custom entry with calories given by the member.
    activity_code = models.CharField(max_length=8, blank=True)
    description = models.CharField(max_length=200)
    minutes = models.FloatField()
    met = models.FloatField(null=True, blank=True)
    weight_kg = models.FloatField(null=True, blank=True, help_text="Body weight used for a MET estimate.")
    gross_kcal = models.FloatField()
    # What the day's budget counts: net kcal for MET entries, the given kcal for custom ones.
    kcal = models.FloatField()
    source = models.CharField(max_length=12, choices=ImportSource.choices, blank=True, default="")
    import_key = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["day", "created_at", "id"]
        indexes = [models.Index(fields=["user", "day"])]
        constraints = [_import_key_unique("diary_exercise_import_key_unique")]
        verbose_name_plural = "exercise entries"

    def __str__(self) -> str:
        return f"{self.day}: {self.description} ({self.minutes:g} min)"


class WeightEntry(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="weight_entries")
    day = models.DateField()
    weight_kg = models.FloatField()
    source = models.CharField(max_length=12, choices=ImportSource.choices, blank=True, default="")
    import_key = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["day", "created_at", "id"]
        indexes = [models.Index(fields=["user", "day"])]
        constraints = [_import_key_unique("diary_weight_import_key_unique")]
        verbose_name_plural = "weight entries"

    def __str__(self) -> str:
        return f"{self.day}: {self.weight_kg:.1f} kg"
