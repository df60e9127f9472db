"""Foods, their household portions, and each member's food usage.

Identity: every food has its own primary key ``id`` that the rest of the app
uses (diary entries point at it).  ``fdc_id`` is the USDA FoodData Central id,
unique but nullable: a member's custom food has none.  ``food_get`` takes
``id``; the API's ``/foods/{fdc_id}`` and the search JSON carry both.

Nutrients are stored per 100 g as one nullable column per tracked nutrient
(the field names of ``livewell.lib.nutrients.Nutrients``, each keyed to its FDC
nutrient id by ``FDC_IDS``), so reading one food's nutrients is one row.
``None`` means USDA did not report the value.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from livewell.foods.text import fold
from livewell.lib.nutrients import Nutrients


class DataType(models.TextChoices):
    SR_LEGACY = "sr_legacy_food", "SR Legacy"
    FOUNDATION = "foundation_food", "Foundation"
    SURVEY = "survey_fndds_food", "Survey (FNDDS)"
    BRANDED = "branded_food", "Branded"
    CUSTOM = "custom", "My food"


# Data types searched in the "generic" tier: whole foods people mean by a plain word.
GENERIC_TYPES = frozenset({DataType.SR_LEGACY, DataType.FOUNDATION, DataType.SURVEY, DataType.CUSTOM})


class NutrientColumns(models.Model):
    """Per-100 g amounts, one column per ``Nutrients`` field."""

    kcal = models.FloatField(null=True, blank=True)
    protein_g = models.FloatField(null=True, blank=True)
    fat_g = models.FloatField(null=True, blank=True)
    carbs_g = models.FloatField(null=True, blank=True)
    fiber_g = models.FloatField(null=True, blank=True)
    sugars_g = models.FloatField(null=True, blank=True)
    added_sugars_g = models.FloatField(null=True, blank=True)
    saturated_fat_g = models.FloatField(null=True, blank=True)
    trans_fat_g = models.FloatField(null=True, blank=True)
    cholesterol_mg = models.FloatField(null=True, blank=True)
    sodium_mg = models.FloatField(null=True, blank=True)
    potassium_mg = models.FloatField(null=True, blank=True)
    calcium_mg = models.FloatField(null=True, blank=True)
    iron_mg = models.FloatField(null=True, blank=True)
    magnesium_mg = models.FloatField(null=True, blank=True)
    vitamin_d_mcg = models.FloatField(null=True, blank=True)
    b12_mcg = models.FloatField(null=True, blank=True)

    class Meta:
        abstract = True

    def nutrients_per_100g(self) -> Nutrients:
        return Nutrients(**{name: getattr(self, name) for name in Nutrients.NAMES})


class Food(NutrientColumns):
    fdc_id = models.PositiveIntegerField(null=True, blank=True, unique=True)
    data_type = models.CharField(max_length=24, choices=DataType.choices)
    description = models.CharField(max_length=500)
    category = models.CharField(max_length=200, blank=True)
    brand_owner = models.CharField(max_length=200, blank=True)
    brand_name = models.CharField(max_length=200, blank=True)
    gtin_upc = models.CharField(max_length=20, blank=True)
    # gtin_upc padded to 14 digits (see livewell.foods.gtin), for exact look-ups.
    gtin14 = models.CharField(max_length=14, blank=True, db_index=True)
    serving_size_g = models.FloatField(null=True, blank=True)
    household_serving = models.CharField(max_length=200, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="custom_foods"
    )
    # Folded description + brand: what both search backends index.
    search_text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["description"]
        indexes = [models.Index(fields=["data_type"], name="foods_food_type_idx")]

    def __str__(self) -> str:
        return self.description

    @property
    def brand(self) -> str:
        return self.brand_name or self.brand_owner

    @property
    def is_custom(self) -> bool:
        return self.owner_id is not None

    def refresh_search_text(self) -> None:
        self.search_text = search_text_for(self.description, self.brand_owner, self.brand_name)


def search_text_for(description: str, brand_owner: str = "", brand_name: str = "") -> str:
    parts = [description]
    for brand in (brand_name, brand_owner):
        if brand and brand.casefold() not in description.casefold():
            parts.append(brand)
    return fold(" ".join(parts))


class Portion(models.Model):
    food = models.ForeignKey(Food, on_delete=models.CASCADE, related_name="portions")
    seq = models.PositiveIntegerField()
    description = models.CharField(max_length=200)
    gram_weight = models.FloatField()

    class Meta:
        ordering = ["seq", "id"]
        constraints = [models.UniqueConstraint(fields=["food", "seq"], name="foods_portion_unique_seq")]

    def __str__(self) -> str:
        return f"{self.description} ({self.gram_weight:g} g)"


class FoodUsage(models.Model):
    """How often and how recently a member logged a food; search boosts these."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="food_usages")
    food = models.ForeignKey(Food, on_delete=models.CASCADE, related_name="usages")
    count = models.PositiveIntegerField(default=0)
    last_used = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "food"], name="foods_usage_unique")]
        indexes = [models.Index(fields=["user", "-last_used"], name="foods_usage_recent_idx")]

    def __str__(self) -> str:
        return f"{self.food_id} used {self.count} times"
