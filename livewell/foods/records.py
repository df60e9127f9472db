"""A food as the importer and the starter file carry it, and the FDC nutrient rules (pure Python).

Energy and vitamin D fall back as clinical-facts.md §2.3 [S16] says: energy
1008 (kcal) -> 2047 (Atwater general) -> 2048 (Atwater specific) -> 4/9/4
kcal per g of protein/fat/carbohydrate (§2.1); vitamin D 1114 (µg) else
1110 (IU) / 40.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from livewell.lib.nutrients import FDC_IDS, Nutrients

ENERGY_ATWATER_GENERAL = 2047
ENERGY_ATWATER_SPECIFIC = 2048
VITAMIN_D_IU = 1110
# Every FDC nutrient id the importer keeps: the tracked ones and their fallbacks.
WANTED_NUTRIENT_IDS = frozenset(FDC_IDS.values()) | {ENERGY_ATWATER_GENERAL, ENERGY_ATWATER_SPECIFIC, VITAMIN_D_IU}
STARTER_FORMAT = "livewell-foods/1"


def nutrients_from_fdc(amounts: dict[int, float]) -> dict[str, float | None]:
    """Per-100 g values by ``Nutrients`` field name from ``{fdc_nutrient_id: amount}``."""
    values: dict[str, float | None] = {name: amounts.get(fdc_id) for name, fdc_id in FDC_IDS.items()}
    if values["kcal"] is None:
        for fallback in (ENERGY_ATWATER_GENERAL, ENERGY_ATWATER_SPECIFIC):
            if fallback in amounts:
                values["kcal"] = amounts[fallback]
                break
        else:
            protein, fat, carbs = values["protein_g"], values["fat_g"], values["carbs_g"]
            if protein is not None and fat is not None and carbs is not None:
                values["kcal"] = round(protein * 4 + fat * 9 + carbs * 4, 1)
    if values["vitamin_d_mcg"] is None and VITAMIN_D_IU in amounts:
        values["vitamin_d_mcg"] = round(amounts[VITAMIN_D_IU] / 40, 3)
    # A negative amount is a data error; treat it as unknown rather than crash.
    return {k: (v if v is None or v >= 0 else None) for k, v in values.items()}


@dataclass(slots=True)
class FoodRecord:
    fdc_id: int
    data_type: str
    description: str
    category: str = ""
    brand_owner: str = ""
    brand_name: str = ""
    gtin_upc: str = ""
    serving_size_g: float | None = None
    household_serving: str = ""
    nutrients: dict[str, float | None] = field(default_factory=dict)
    portions: list[tuple[str, float]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.fdc_id, "t": self.data_type, "d": self.description}
        for key, value in (
            ("c", self.category),
            ("bo", self.brand_owner),
            ("bn", self.brand_name),
            ("g", self.gtin_upc),
            ("s", self.serving_size_g),
            ("h", self.household_serving),
        ):
            if value:
                data[key] = value
        data["n"] = [self.nutrients.get(name) for name in Nutrients.NAMES]
        if self.portions:
            data["p"] = [[label, grams] for label, grams in self.portions]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FoodRecord:
        return cls(
            fdc_id=int(data["id"]),
            data_type=str(data["t"]),
            description=str(data["d"]),
            category=str(data.get("c", "")),
            brand_owner=str(data.get("bo", "")),
            brand_name=str(data.get("bn", "")),
            gtin_upc=str(data.get("g", "")),
            serving_size_g=data.get("s"),
            household_serving=str(data.get("h", "")),
            nutrients=dict(zip(Nutrients.NAMES, data["n"], strict=True)),
            portions=[(str(label), float(grams)) for label, grams in data.get("p", [])],
        )
