from __future__ import annotations

import pytest

from livewell.foods.records import FoodRecord, nutrients_from_fdc


def test_energy_falls_back_to_atwater_general_then_specific() -> None:
    # Foundation foods often have no 1008; clinical-facts §2.3 [S16].
    assert nutrients_from_fdc({2047: 61.0, 2048: 60.0})["kcal"] == 61.0
    assert nutrients_from_fdc({2048: 60.0})["kcal"] == 60.0
    assert nutrients_from_fdc({1008: 62.0, 2047: 61.0})["kcal"] == 62.0


def test_energy_is_computed_from_macros_only_when_all_three_are_known() -> None:
    assert nutrients_from_fdc({1003: 10.0, 1004: 10.0, 1005: 10.0})["kcal"] == pytest.approx(170.0)
    assert nutrients_from_fdc({1003: 10.0, 1005: 10.0})["kcal"] is None


def test_vitamin_d_in_international_units_is_converted_to_micrograms() -> None:
    assert nutrients_from_fdc({1110: 40.0})["vitamin_d_mcg"] == pytest.approx(1.0)
    assert nutrients_from_fdc({1114: 2.5, 1110: 40.0})["vitamin_d_mcg"] == 2.5


def test_a_starter_line_round_trips() -> None:
    record = FoodRecord(
        fdc_id=171265,
        data_type="sr_legacy_food",
        description="Milk, whole, 3.25% milkfat, with added vitamin D",
        category="Dairy and Egg Products",
        nutrients=nutrients_from_fdc({1008: 61.0, 1003: 3.15}),
        portions=[("1 cup", 244.0)],
    )
    assert FoodRecord.from_json(record.to_json()) == record
