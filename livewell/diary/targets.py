"""The member's daily targets, read from the goal engine (livewell.goals)."""

from __future__ import annotations

from dataclasses import dataclass

from livewell.accounts.models import User
from livewell.goals.selectors import DailyTargets as Targets
from livewell.goals.selectors import current_targets

__all__ = ["NUTRIENT_TARGETS", "NutrientTarget", "Targets", "targets_for"]


def targets_for(user: User) -> Targets | None:
    """The member's current targets, or None when they have no plan yet."""
    return current_targets(user=user)


@dataclass(frozen=True, slots=True)
class NutrientTarget:
    """One progress bar: ``field`` of Nutrients against ``attr`` of Targets."""

    field: str
    attr: str
    label: str
    unit: str
    is_limit: bool  # True: stay under (sodium, saturated fat); False: reach at least


# Shown on the day page and reports; DRIs from clinical-facts.md §2.1 [S9]-[S13].
NUTRIENT_TARGETS: tuple[NutrientTarget, ...] = (
    NutrientTarget("protein_g", "protein_g", "Protein", "g", False),
    NutrientTarget("calcium_mg", "calcium_mg", "Calcium", "mg", False),
    NutrientTarget("vitamin_d_mcg", "vitamin_d_mcg", "Vitamin D", "µg", False),
    NutrientTarget("fiber_g", "fiber_g", "Fibre", "g", False),
    NutrientTarget("potassium_mg", "potassium_mg", "Potassium", "mg", False),
    NutrientTarget("magnesium_mg", "magnesium_mg", "Magnesium", "mg", False),
    NutrientTarget("iron_mg", "iron_mg", "Iron", "mg", False),
    NutrientTarget("b12_mcg", "b12_mcg", "Vitamin B12", "µg", False),
    NutrientTarget("sodium_mg", "sodium_mg_max", "Sodium", "mg", True),
    NutrientTarget("saturated_fat_g", "saturated_fat_g_max", "Saturated fat", "g", True),
    NutrientTarget("added_sugars_g", "added_sugars_g_max", "Added sugars", "g", True),
)
