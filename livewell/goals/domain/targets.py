"""Daily nutrient targets from the US DRIs by age and sex, and the macro split.

Pure Python.  Figures from clinical-facts.md §2.1 (DRI table [S9]-[S12], AMDR [S10],
DGA limits [S13]).  The sheet covers adults from 19; an 18-year-old gets the 19-30
figures (the nearest band the sheet gives) -- the 14-18 DRIs differ a little (more
calcium), so this is stated on the result page as an approximation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from livewell.lib.energy import Sex

# Age bands of the DRI table: (upper age inclusive, column index).
_BANDS = ((30, 0), (50, 1), (70, 2))


def _band(age: int) -> int:
    for upper, index in _BANDS:
        if age <= upper:
            return index
    return 3  # > 70


# nutrient -> sex -> values for 19-30, 31-50, 51-70, >70 (clinical-facts §2.1).
_DRI: dict[str, dict[Sex, tuple[float, float, float, float]]] = {
    "calcium_mg": {"male": (1000, 1000, 1000, 1200), "female": (1000, 1000, 1200, 1200)},  # RDA [S9]
    "vitamin_d_mcg": {"male": (15, 15, 15, 20), "female": (15, 15, 15, 20)},  # RDA [S9]
    "fiber_g": {"male": (38, 38, 30, 30), "female": (25, 25, 21, 21)},  # AI [S10]
    "potassium_mg": {"male": (3400, 3400, 3400, 3400), "female": (2600, 2600, 2600, 2600)},  # AI [S11]
    "iron_mg": {"male": (8, 8, 8, 8), "female": (18, 18, 8, 8)},  # RDA [S12]
    "b12_mcg": {"male": (2.4, 2.4, 2.4, 2.4), "female": (2.4, 2.4, 2.4, 2.4)},  # RDA [S12]
    "magnesium_mg": {"male": (400, 420, 420, 420), "female": (310, 320, 320, 320)},  # RDA [S12]
}
PROTEIN_RDA_G_PER_KG = 0.8  # [S10]
SODIUM_MAX_MG = 2300  # CDRR and DGA limit [S11][S13]
CALCIUM_UL_MG = (2500, 2000)  # 19-50, 51+ [S9]
ADDED_SUGARS_MAX_SHARE = 0.10  # < 10 % of energy [S13]
SATURATED_FAT_MAX_SHARE = 0.10  # < 10 % of energy [S13]
PROT_AGE_G_PER_KG = (1.0, 1.2)  # expert guidance for 65+ (Bauer 2013 [S15]), shown as a badge only

# Energy per gram (clinical-facts §2.1 conversions).
KCAL_PER_G_PROTEIN = 4.0
KCAL_PER_G_CARBS = 4.0
KCAL_PER_G_FAT = 9.0

# AMDR, share of energy [S10].
AMDR = {"protein": (0.10, 0.35), "carbs": (0.45, 0.65), "fat": (0.20, 0.35)}
# Our default split, inside every AMDR range; protein is raised (and fat, then carbs,
# lowered within their ranges) when the RDA in grams needs more than 20 % of energy.
DEFAULT_SHARES = {"protein": 0.20, "carbs": 0.50, "fat": 0.30}


@dataclass(frozen=True, slots=True)
class MacroSplit:
    protein_g: float
    carbs_g: float
    fat_g: float
    protein_pct: float
    carbs_pct: float
    fat_pct: float


def macro_split(*, kcal: float, weight_kg: float) -> MacroSplit:
    """Grams and share of energy for protein, carbohydrate and fat, all within the AMDR."""
    if kcal <= 0:
        raise ValueError("energy must be positive to split it into macronutrients")
    rda_share = PROTEIN_RDA_G_PER_KG * weight_kg * KCAL_PER_G_PROTEIN / kcal
    protein = min(max(DEFAULT_SHARES["protein"], rda_share), AMDR["protein"][1])
    fat = DEFAULT_SHARES["fat"]
    carbs = 1 - protein - fat
    if carbs < AMDR["carbs"][0]:
        fat = max(AMDR["fat"][0], 1 - protein - AMDR["carbs"][0])
        carbs = 1 - protein - fat
    return MacroSplit(
        protein_g=protein * kcal / KCAL_PER_G_PROTEIN,
        carbs_g=carbs * kcal / KCAL_PER_G_CARBS,
        fat_g=fat * kcal / KCAL_PER_G_FAT,
        protein_pct=protein * 100,
        carbs_pct=carbs * 100,
        fat_pct=fat * 100,
    )


@dataclass(frozen=True, slots=True)
class NutrientTargets:
    """Daily micronutrient targets and limits for one person (unrounded)."""

    calcium_mg: float
    calcium_mg_max: float
    vitamin_d_mcg: float
    protein_g: float
    fiber_g: float
    sodium_mg_max: float
    potassium_mg: float
    iron_mg: float
    magnesium_mg: float
    b12_mcg: float
    added_sugars_g_max: float
    saturated_fat_g_max: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


def nutrient_targets(*, sex: Sex, age: int, weight_kg: float, kcal: float) -> NutrientTargets:
    band = _band(age)
    values = {name: table[sex][band] for name, table in _DRI.items()}
    return NutrientTargets(
        calcium_mg=values["calcium_mg"],
        calcium_mg_max=CALCIUM_UL_MG[0] if age <= 50 else CALCIUM_UL_MG[1],
        vitamin_d_mcg=values["vitamin_d_mcg"],
        protein_g=PROTEIN_RDA_G_PER_KG * weight_kg,
        fiber_g=values["fiber_g"],
        sodium_mg_max=SODIUM_MAX_MG,
        potassium_mg=values["potassium_mg"],
        iron_mg=values["iron_mg"],
        magnesium_mg=values["magnesium_mg"],
        b12_mcg=values["b12_mcg"],
        added_sugars_g_max=ADDED_SUGARS_MAX_SHARE * kcal / KCAL_PER_G_CARBS,
        saturated_fat_g_max=SATURATED_FAT_MAX_SHARE * kcal / KCAL_PER_G_FAT,
    )


# Display labels and units, in the order the result page lists them.
NUTRIENT_LABELS: dict[str, tuple[str, str, str]] = {
    "protein_g": ("Protein (RDA, 0.8 g per kg)", "g", "at least"),
    "fiber_g": ("Fibre", "g", "at least"),
    "calcium_mg": ("Calcium", "mg", "at least"),
    "vitamin_d_mcg": ("Vitamin D", "µg", "at least"),
    "potassium_mg": ("Potassium", "mg", "at least"),
    "magnesium_mg": ("Magnesium", "mg", "at least"),
    "iron_mg": ("Iron", "mg", "at least"),
    "b12_mcg": ("Vitamin B12", "µg", "at least"),
    "sodium_mg_max": ("Sodium", "mg", "at most"),
    "added_sugars_g_max": ("Added sugars", "g", "at most"),
    "saturated_fat_g_max": ("Saturated fat", "g", "at most"),
    "calcium_mg_max": ("Calcium, all sources (upper limit)", "mg", "at most"),
}


@dataclass(frozen=True, slots=True)
class DailyTargets:
    """What a member aims for each day (the diary's "Goal" and progress bars).

    ``kcal`` and the macros are the plan's targets; the rest are DRI targets (at least)
    or limits (``*_max``, at most), in the units their names say.
    """

    kcal: int
    protein_g: float
    carbs_g: float
    fat_g: float
    fiber_g: float
    calcium_mg: float
    vitamin_d_mcg: float
    sodium_mg_max: float
    potassium_mg: float
    iron_mg: float
    magnesium_mg: float
    b12_mcg: float
    added_sugars_g_max: float
    saturated_fat_g_max: float
    goal_weight_kg: float | None
    start_weight_kg: float
