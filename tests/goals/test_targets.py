"""Nutrient targets (clinical-facts §2.1) and the macro split inside the AMDR."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.goals.domain.quantities import parse_height_cm, parse_weight_kg
from livewell.goals.domain.targets import macro_split, nutrient_targets
from livewell.lib.energy import EnergyInputError


@pytest.mark.parametrize(
    ("sex", "age", "calcium", "vitamin_d", "fiber", "iron", "magnesium", "potassium"),
    [
        ("female", 25, 1000, 15, 25, 18, 310, 2600),
        ("female", 45, 1000, 15, 25, 18, 320, 2600),
        ("female", 60, 1200, 15, 21, 8, 320, 2600),
        ("female", 75, 1200, 20, 21, 8, 320, 2600),
        ("male", 25, 1000, 15, 38, 8, 400, 3400),
        ("male", 45, 1000, 15, 38, 8, 420, 3400),
        ("male", 60, 1000, 15, 30, 8, 420, 3400),
        ("male", 71, 1200, 20, 30, 8, 420, 3400),
    ],
)
def test_dri_by_age_and_sex(
    sex: str, age: int, calcium: int, vitamin_d: int, fiber: int, iron: int, magnesium: int, potassium: int
) -> None:
    targets = nutrient_targets(sex=sex, age=age, weight_kg=70, kcal=2000)  # type: ignore[arg-type]  # parametrized
    assert (targets.calcium_mg, targets.vitamin_d_mcg, targets.fiber_g) == (calcium, vitamin_d, fiber)
    assert (targets.iron_mg, targets.magnesium_mg, targets.potassium_mg) == (iron, magnesium, potassium)
    assert targets.sodium_mg_max == 2300
    assert targets.b12_mcg == 2.4
    assert targets.protein_g == pytest.approx(56)  # 0.8 g/kg x 70 kg


def test_limits_from_energy() -> None:
    targets = nutrient_targets(sex="female", age=55, weight_kg=70, kcal=2000)
    assert targets.added_sugars_g_max == pytest.approx(50)  # the sheet's example: 2000 kcal -> 50 g
    assert targets.saturated_fat_g_max == pytest.approx(2000 * 0.10 / 9)
    assert targets.calcium_mg_max == 2000  # UL from 51 years


@given(kcal=st.floats(1200, 4500), weight=st.floats(30, 350))
def test_macro_split_stays_inside_the_amdr_and_adds_up(kcal: float, weight: float) -> None:
    split = macro_split(kcal=kcal, weight_kg=weight)
    assert 10 <= split.protein_pct <= 35 + 1e-9
    assert 45 - 1e-9 <= split.carbs_pct <= 65
    assert 20 - 1e-9 <= split.fat_pct <= 35
    energy = split.protein_g * 4 + split.carbs_g * 4 + split.fat_g * 9
    assert energy == pytest.approx(kcal)


def test_protein_covers_the_rda_when_the_amdr_allows() -> None:
    split = macro_split(kcal=1500, weight_kg=120)  # RDA 96 g = 25.6 % of 1500 kcal
    assert split.protein_g == pytest.approx(96)


@pytest.mark.parametrize(
    ("text", "cm"),
    [("5ft4in", 162.56), ("5 ft 4 in", 162.56), ("5'4\"", 162.56), ("64in", 162.56), ("163cm", 163), ("1.63m", 163)],
)
def test_heights(text: str, cm: float) -> None:
    assert parse_height_cm(text) == pytest.approx(cm)


@pytest.mark.parametrize(("text", "kg"), [("150lb", 68.0388555), ("150 lbs", 68.0388555), ("68kg", 68)])
def test_weights(text: str, kg: float) -> None:
    assert parse_weight_kg(text) == pytest.approx(kg)


@pytest.mark.parametrize("text", ["", "tall", "5ft13in", "163", "-5kg"])
def test_unreadable_heights_name_the_field(text: str) -> None:
    with pytest.raises(EnergyInputError) as caught:
        parse_height_cm(text)
    assert caught.value.field == "height"
