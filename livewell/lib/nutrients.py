"""Nutrient amounts as a pure value object: scale by grams, add up a day.

Amounts are per the stated quantity (for foods: per 100 g edible portion, as
USDA FoodData Central reports them).  A nutrient the source did not report is
``None``, not 0: "unknown" and "none" are different things to someone counting
calcium.  Adding a known amount to an unknown one gives the known part and
records that the total is incomplete (``incomplete`` lists such fields).

FDC nutrient ids (``FDC_IDS``) from FDC nutrient.csv, clinical-facts.md §2.3.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

# Field name -> FoodData Central nutrient.id (clinical-facts.md §2.3 [S16]).
FDC_IDS: dict[str, int] = {
    "kcal": 1008,
    "protein_g": 1003,
    "fat_g": 1004,
    "carbs_g": 1005,
    "fiber_g": 1079,
    "sugars_g": 2000,
    "added_sugars_g": 1235,
    "saturated_fat_g": 1258,
    "trans_fat_g": 1257,
    "cholesterol_mg": 1253,
    "sodium_mg": 1093,
    "potassium_mg": 1092,
    "calcium_mg": 1087,
    "iron_mg": 1089,
    "magnesium_mg": 1090,
    "vitamin_d_mcg": 1114,
    "b12_mcg": 1178,
}

LABELS: dict[str, tuple[str, str]] = {
    "kcal": ("Calories", "kcal"),
    "protein_g": ("Protein", "g"),
    "fat_g": ("Fat", "g"),
    "carbs_g": ("Carbohydrate", "g"),
    "fiber_g": ("Fibre", "g"),
    "sugars_g": ("Sugars", "g"),
    "added_sugars_g": ("Added sugars", "g"),
    "saturated_fat_g": ("Saturated fat", "g"),
    "trans_fat_g": ("Trans fat", "g"),
    "cholesterol_mg": ("Cholesterol", "mg"),
    "sodium_mg": ("Sodium", "mg"),
    "potassium_mg": ("Potassium", "mg"),
    "calcium_mg": ("Calcium", "mg"),
    "iron_mg": ("Iron", "mg"),
    "magnesium_mg": ("Magnesium", "mg"),
    "vitamin_d_mcg": ("Vitamin D", "µg"),
    "b12_mcg": ("Vitamin B12", "µg"),
}


class NutrientError(ValueError):
    """An amount that cannot be a nutrient quantity (negative, not a number)."""


@dataclass(frozen=True, slots=True)
class Nutrients:
    kcal: float | None = None
    protein_g: float | None = None
    fat_g: float | None = None
    carbs_g: float | None = None
    fiber_g: float | None = None
    sugars_g: float | None = None
    added_sugars_g: float | None = None
    saturated_fat_g: float | None = None
    trans_fat_g: float | None = None
    cholesterol_mg: float | None = None
    sodium_mg: float | None = None
    potassium_mg: float | None = None
    calcium_mg: float | None = None
    iron_mg: float | None = None
    magnesium_mg: float | None = None
    vitamin_d_mcg: float | None = None
    b12_mcg: float | None = None
    # Fields that were unknown for at least one part of a sum.
    incomplete: frozenset[str] = field(default_factory=frozenset)

    NAMES: ClassVar[tuple[str, ...]] = tuple(FDC_IDS)

    def __post_init__(self) -> None:
        for name in self.NAMES:
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, int | float) or value != value or value < 0:
                raise NutrientError(f"{name} must be a number of zero or more, not {value!r}")

    @classmethod
    def zero(cls) -> Nutrients:
        values: dict[str, Any] = dict.fromkeys(cls.NAMES, 0.0)
        return cls(**values)

    @classmethod
    def from_fdc(cls, amounts: dict[int, float]) -> Nutrients:
        """Build from ``{fdc_nutrient_id: amount}``; ids we do not track are ignored."""
        values: dict[str, Any] = {name: amounts.get(fdc_id) for name, fdc_id in FDC_IDS.items()}
        return cls(**values)

    def as_dict(self) -> dict[str, float | None]:
        return {name: getattr(self, name) for name in self.NAMES}

    def scaled(self, factor: float) -> Nutrients:
        """Multiply every known amount by ``factor`` (e.g. grams / 100)."""
        if factor < 0 or factor != factor:
            raise NutrientError(f"cannot scale nutrients by {factor!r}")
        values: dict[str, Any] = {n: (None if (v := getattr(self, n)) is None else v * factor) for n in self.NAMES}
        return replace(self, **values)

    def for_grams(self, grams: float, *, per: float = 100.0) -> Nutrients:
        """Amounts in ``grams`` of a food whose amounts are given per ``per`` grams."""
        if grams < 0:
            raise NutrientError(f"an amount of food cannot be negative ({grams} g)")
        return self.scaled(grams / per)

    def __add__(self, other: object) -> Nutrients:
        if not isinstance(other, Nutrients):
            return NotImplemented
        values: dict[str, Any] = {}
        incomplete = set(self.incomplete | other.incomplete)
        for name in self.NAMES:
            mine, theirs = getattr(self, name), getattr(other, name)
            if mine is None and theirs is None:
                values[name] = None
                continue
            if mine is None or theirs is None:
                incomplete.add(name)
            values[name] = (mine or 0.0) + (theirs or 0.0)
        return Nutrients(**values, incomplete=frozenset(incomplete))

    def __radd__(self, other: object) -> Nutrients:
        # Lets sum() start from 0.
        if other == 0:
            return self
        return self.__add__(other)

    def energy_split(self) -> dict[str, float] | None:
        """Share of energy from protein, carbohydrate and fat (4/9/4 kcal/g, clinical-facts §2.1).

        None when a macro is unknown or there is no energy from macros.
        """
        if self.protein_g is None or self.carbs_g is None or self.fat_g is None:
            return None
        protein, carbs, fat = self.protein_g * 4, self.carbs_g * 4, self.fat_g * 9
        total = protein + carbs + fat
        if total <= 0:
            return None
        return {"protein": protein / total, "carbs": carbs / total, "fat": fat / total}
