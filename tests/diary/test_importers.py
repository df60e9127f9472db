"""Parsing MyFitnessPal and Cronometer exports (pure parsers, no database)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.diary.domain.importers import (
    ExerciseRow,
    FoodRow,
    FormatError,
    RowError,
    WeightRow,
    parse_cronometer_biometrics,
    parse_cronometer_exercises,
    parse_cronometer_servings,
    parse_day,
    parse_mfp_exercise,
    parse_mfp_measurement,
    parse_mfp_nutrition,
    parse_number,
)

DATA = Path(__file__).parent / "data"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_mfp_nutrition_summary_one_row_per_meal() -> None:
    parsed = parse_mfp_nutrition(read("mfp_nutrition_summary.csv"))
    assert parsed.problems == []
    rows = [r for r in parsed.rows if isinstance(r, FoodRow)]
    assert len(rows) == 7
    first = rows[0]
    assert (first.line, first.day, first.meal) == (2, date(2025, 3, 1), "breakfast")
    assert first.nutrients["kcal"] == 412.5
    assert first.nutrients["protein_g"] == 22.7
    assert first.nutrients.get("calcium_mg") is None  # MFP gives % Daily Value, not mg
    assert rows[-1].meal == "snacks"  # a custom meal name ("Meal 5") goes to snacks
    assert rows[-1].description == "Meal 5 (MyFitnessPal)"


def test_bad_rows_are_listed_with_line_numbers_and_reasons() -> None:
    text = (
        "Date,Meal,Calories,Fat (g),Protein (g)\n"
        "2025-03-01,Breakfast,300,10,12\n"
        "2025-13-40,Lunch,500,20,30\n"
        "2025-03-01,Dinner,-200,5,5\n"
        "2025-03-01,Snacks,lots,1,1\n"
        "2025-03-02,Lunch,,1,1\n"
    )
    parsed = parse_mfp_nutrition(text)
    assert len(parsed.rows) == 1
    assert [(p.line, p.reason) for p in parsed.problems] == [
        (3, "“2025-13-40” is not a date (expected 2024-01-31 or 01/31/2024)"),
        (4, "Calories cannot be negative (-200)"),
        (5, "Calories “lots” is not a number"),
        (6, "Calories is missing"),
    ]


def test_wrong_file_is_refused_as_a_whole() -> None:
    with pytest.raises(FormatError, match="missing the column"):
        parse_mfp_nutrition(read("cronometer_servings.csv"))
    with pytest.raises(FormatError, match="no Weight column"):
        parse_mfp_measurement(read("mfp_exercise_summary.csv"), unit="lb")


def test_mfp_exercise_and_measurement() -> None:
    exercise = parse_mfp_exercise(read("mfp_exercise_summary.csv"))
    walks = [r for r in exercise.rows if isinstance(r, ExerciseRow)]
    assert next((w.description, w.minutes, w.kcal) for w in walks) == ("Walking, 3.5 mph, brisk pace", 45, 226)
    assert [(p.line, p.reason) for p in exercise.problems] == [(3, "Exercise Calories is missing")]
    weights = parse_mfp_measurement(read("mfp_measurement_summary.csv"), unit="lb")
    first = weights.rows[0]
    assert isinstance(first, WeightRow)
    assert first.weight_kg == pytest.approx(169.2 * 0.45359237)


def test_cronometer_servings_with_vitamin_d_from_iu() -> None:
    parsed = parse_cronometer_servings(read("cronometer_servings.csv"))
    assert parsed.problems == []
    milk, _banana, salmon, egg = parsed.rows
    assert isinstance(milk, FoodRow)
    assert isinstance(salmon, FoodRow)
    assert isinstance(egg, FoodRow)
    assert (milk.description, milk.amount_text, milk.meal) == ("Milk, Whole", "1.00 cup", "breakfast")
    assert milk.nutrients["calcium_mg"] == pytest.approx(275.72)
    assert salmon.nutrients["vitamin_d_mcg"] == pytest.approx(11.0)  # 440 IU / 40
    assert egg.meal == "snacks"  # "Uncategorized"


def test_cronometer_exercises_use_positive_calories_and_biometrics_only_weight() -> None:
    exercises = parse_cronometer_exercises(read("cronometer_exercises.csv"))
    assert [r.kcal for r in exercises.rows if isinstance(r, ExerciseRow)] == [228.61, 177.10]
    bio = parse_cronometer_biometrics(read("cronometer_biometrics.csv"))
    weights = [r for r in bio.rows if isinstance(r, WeightRow)]
    assert len(weights) == 3  # blood pressure rows are skipped
    assert weights[0].weight_kg == pytest.approx(168.4 * 0.45359237)
    assert weights[2].weight_kg == pytest.approx(76.1)


def test_dates_in_us_and_iso_form() -> None:
    assert parse_day("2025-03-01") == parse_day("03/01/2025") == date(2025, 3, 1)


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda v: round(v, 2)))
def test_numbers_round_trip(value: float) -> None:
    assert parse_number(f"{value:,.2f}", what="x") == pytest.approx(value)


@given(st.text(alphabet="abc!?;xyz", min_size=1))
def test_non_numbers_are_row_errors(text: str) -> None:
    with pytest.raises(RowError):
        parse_number(text, what="Calories")
