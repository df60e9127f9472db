"""Parsers for CSV exports of MyFitnessPal and Cronometer (pure Python, no Django).

Each parser reads the whole text and returns rows it understood plus the
problems, each with its line number (the header is line 1), so a bad row
is reported and the good ones still import.

Formats, as described publicly by the two services:

- MyFitnessPal "Nutrition Summary": one row per meal per day with the meal's
  totals: ``Date, Meal, Calories, Fat (g), Saturated Fat, Polyunsaturated Fat,
  Monounsaturated Fat, Trans Fat, Cholesterol, Sodium (mg), Potassium,
  Carbohydrates (g), Fiber, Sugar, Protein (g), Vitamin A, Vitamin C, Calcium,
  Iron, Note``.  Vitamin A, vitamin C, calcium and iron are percentages of the
  Daily Value there, not amounts, so they are not imported (left unknown).
- MyFitnessPal "Exercise Summary": ``Date, Exercise, Type, Exercise Calories,
  Exercise Minutes, Sets, Reps Per Set, Kilograms, Steps, Note``.
- MyFitnessPal "Measurement Summary": ``Date, Weight`` in the account's unit
  (the file does not say which; the importer asks).
- Cronometer "Servings": ``Day, Time, Group, Food Name, Amount, Energy (kcal),
  …, Calcium (mg), …, Protein (g), …`` one row per food eaten; vitamin D is in
  IU and becomes µg at 40 IU per µg (clinical-facts.md §2.1).
- Cronometer "Exercises": ``Day, Time, Exercise, Minutes, Calories Burned,
  Group``; burned calories may be written as negative numbers.
- Cronometer "Biometrics": ``Day, Time, Group, Metric, Unit, Amount``; only
  the "Weight" metric is imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

IU_PER_MCG_VITAMIN_D = 40.0  # clinical-facts.md §2.1 conversions
KG_PER_LB = 0.45359237


class FormatError(ValueError):
    """The file as a whole is not the expected export (wrong columns, not CSV)."""


@dataclass(frozen=True, slots=True)
class FoodRow:
    line: int
    day: date
    meal: str  # breakfast / lunch / dinner / snacks
    description: str
    amount_text: str
    nutrients: dict[str, float | None]
    # For livewell's own JSON: kind, amount, portion_label, grams and food reference.
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ExerciseRow:
    line: int
    day: date
    description: str
    minutes: float
    kcal: float
    # For livewell's own JSON: compendium_code, met, body_weight_kg, gross_kcal.
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WeightRow:
    line: int
    day: date
    weight_kg: float


Row = FoodRow | ExerciseRow | WeightRow


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    reason: str


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class RowError(ValueError):
    pass


MEAL_WORDS = {
    "breakfast": "breakfast",
    "lunch": "lunch",
    "dinner": "dinner",
    "supper": "dinner",
    "snack": "snacks",
    "snacks": "snacks",
}


def meal_of(text: str) -> str:
    """Map a meal or group name to ours; names we do not know (custom MFP meals,
    Cronometer's "Uncategorized") become snacks."""
    return MEAL_WORDS.get(text.strip().lower(), "snacks")


def parse_day(text: str) -> date:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RowError(f"“{text}” is not a date (expected 2024-01-31 or 01/31/2024)")


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def parse_number(text: str, *, what: str, required: bool = True) -> float | None:
    cleaned = text.strip().replace(",", "")
    if cleaned == "":
        if required:
            raise RowError(f"{what} is missing")
        return None
    if not _NUMBER.match(cleaned):
        raise RowError(f"{what} “{text.strip()}” is not a number")
    return float(cleaned)


def _nonnegative(value: float | None, what: str) -> float | None:
    if value is not None and value < 0:
        raise RowError(f"{what} cannot be negative ({value:g})")
    return value


def _reader(text: str, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    text = text.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    headers = {(h or "").strip() for h in (reader.fieldnames or [])}
    missing = sorted(required - headers)
    if missing:
        raise FormatError(f"This file is missing the column(s) {', '.join(missing)}; is it the right export?")
    for record in reader:
        clean = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in record.items()}
        if not any(clean.values()):
            continue
        yield reader.line_num, clean


def _collect(text: str, required: set[str], build: Callable[[int, dict[str, str]], Row | None]) -> Parsed:
    parsed = Parsed()
    for line, record in _reader(text, required):
        try:
            row = build(line, record)
        except RowError as exc:
            parsed.problems.append(Problem(line, str(exc)))
            continue
        if row is not None:
            parsed.rows.append(row)
    return parsed


# --- MyFitnessPal ---------------------------------------------------------------

MFP_NUTRITION_COLUMNS = {
    "kcal": "Calories",
    "fat_g": "Fat (g)",
    "saturated_fat_g": "Saturated Fat",
    "trans_fat_g": "Trans Fat",
    "cholesterol_mg": "Cholesterol",
    "sodium_mg": "Sodium (mg)",
    "potassium_mg": "Potassium",
    "carbs_g": "Carbohydrates (g)",
    "fiber_g": "Fiber",
    "sugars_g": "Sugar",
    "protein_g": "Protein (g)",
}


def parse_mfp_nutrition(text: str) -> Parsed:
    def build(line: int, r: dict[str, str]) -> Row:
        nutrients: dict[str, float | None] = {}
        for name, column in MFP_NUTRITION_COLUMNS.items():
            nutrients[name] = _nonnegative(
                parse_number(r.get(column, ""), what=column, required=name == "kcal"), column
            )
        meal_name = r.get("Meal", "") or "Snacks"
        return FoodRow(
            line=line,
            day=parse_day(r["Date"]),
            meal=meal_of(meal_name),
            description=f"{meal_name} (MyFitnessPal)",
            amount_text="",
            nutrients=nutrients,
        )

    return _collect(text, {"Date", "Meal", "Calories"}, build)


def parse_mfp_exercise(text: str) -> Parsed:
    def build(line: int, r: dict[str, str]) -> Row:
        kcal = abs(parse_number(r["Exercise Calories"], what="Exercise Calories") or 0.0)
        minutes = parse_number(r.get("Exercise Minutes", ""), what="Exercise Minutes", required=False)
        if not r.get("Exercise"):
            raise RowError("the exercise name is missing")
        return ExerciseRow(
            line=line,
            day=parse_day(r["Date"]),
            description=r["Exercise"],
            minutes=_nonnegative(minutes, "Exercise Minutes") or 0.0,
            kcal=kcal,
        )

    return _collect(text, {"Date", "Exercise", "Exercise Calories"}, build)


def parse_mfp_measurement(text: str, *, unit: str) -> Parsed:
    """``unit`` is "lb" or "kg": the member's MyFitnessPal unit, which the file does not state."""

    def build(line: int, r: dict[str, str]) -> Row | None:
        weight_text = r.get("Weight", "") or r.get("Weight (lb)", "") or r.get("Weight (kg)", "")
        if not weight_text:
            raise RowError("the weight is missing")
        value = _nonnegative(parse_number(weight_text, what="Weight"), "Weight") or 0.0
        row_unit = "kg" if "Weight (kg)" in r else "lb" if "Weight (lb)" in r else unit
        return WeightRow(
            line=line, day=parse_day(r["Date"]), weight_kg=value * KG_PER_LB if row_unit == "lb" else value
        )

    header = [h.strip() for h in next(csv.reader(io.StringIO(text.lstrip("\ufeff"))), [])]
    if not any(h.startswith("Weight") for h in header):
        raise FormatError("This file has no Weight column; is it the measurement export?")
    return _collect(text, {"Date"}, build)


# --- Cronometer -------------------------------------------------------------------

CRONOMETER_COLUMNS = {
    "kcal": "Energy (kcal)",
    "protein_g": "Protein (g)",
    "fat_g": "Fat (g)",
    "carbs_g": "Carbs (g)",
    "fiber_g": "Fiber (g)",
    "sugars_g": "Sugars (g)",
    "added_sugars_g": "Added Sugars (g)",
    "saturated_fat_g": "Saturated (g)",
    "trans_fat_g": "Trans-Fats (g)",
    "cholesterol_mg": "Cholesterol (mg)",
    "sodium_mg": "Sodium (mg)",
    "potassium_mg": "Potassium (mg)",
    "calcium_mg": "Calcium (mg)",
    "iron_mg": "Iron (mg)",
    "magnesium_mg": "Magnesium (mg)",
    "b12_mcg": "B12 (Cobalamin) (µg)",
}
CRONOMETER_VITAMIN_D_IU = "Vitamin D (IU)"


def parse_cronometer_servings(text: str) -> Parsed:
    def build(line: int, r: dict[str, str]) -> Row:
        name = r.get("Food Name", "")
        if not name:
            raise RowError("the food name is missing")
        nutrients: dict[str, float | None] = {}
        for field_name, column in CRONOMETER_COLUMNS.items():
            nutrients[field_name] = _nonnegative(
                parse_number(r.get(column, ""), what=column, required=field_name == "kcal"), column
            )
        iu = _nonnegative(
            parse_number(r.get(CRONOMETER_VITAMIN_D_IU, ""), what="Vitamin D", required=False), "Vitamin D"
        )
        nutrients["vitamin_d_mcg"] = None if iu is None else iu / IU_PER_MCG_VITAMIN_D
        return FoodRow(
            line=line,
            day=parse_day(r["Day"]),
            meal=meal_of(r.get("Group", "")),
            description=name,
            amount_text=r.get("Amount", ""),
            nutrients=nutrients,
        )

    return _collect(text, {"Day", "Food Name", "Energy (kcal)"}, build)


def parse_cronometer_exercises(text: str) -> Parsed:
    def build(line: int, r: dict[str, str]) -> Row:
        if not r.get("Exercise"):
            raise RowError("the exercise name is missing")
        minutes = _nonnegative(parse_number(r.get("Minutes", ""), what="Minutes", required=False), "Minutes")
        kcal = abs(parse_number(r["Calories Burned"], what="Calories Burned") or 0.0)
        return ExerciseRow(
            line=line, day=parse_day(r["Day"]), description=r["Exercise"], minutes=minutes or 0.0, kcal=kcal
        )

    return _collect(text, {"Day", "Exercise", "Calories Burned"}, build)


def parse_cronometer_biometrics(text: str) -> Parsed:
    def build(line: int, r: dict[str, str]) -> Row | None:
        if r.get("Metric", "").strip().lower() != "weight":
            return None  # blood pressure, body fat and others are not tracked here
        unit = r.get("Unit", "").strip().lower()
        value = _nonnegative(parse_number(r["Amount"], what="Amount"), "Amount") or 0.0
        if unit in ("lb", "lbs", "pound", "pounds"):
            kg = value * KG_PER_LB
        elif unit in ("kg", "kgs", "kilogram", "kilograms"):
            kg = value
        else:
            raise RowError(f"unknown weight unit “{r.get('Unit', '')}” (expected lbs or kg)")
        return WeightRow(line=line, day=parse_day(r["Day"]), weight_kg=kg)

    return _collect(text, {"Day", "Metric", "Unit", "Amount"}, build)


PARSERS: dict[str, Callable[[str], Parsed]] = {
    "mfp_nutrition": parse_mfp_nutrition,
    "mfp_exercise": parse_mfp_exercise,
    "cronometer_servings": parse_cronometer_servings,
    "cronometer_exercises": parse_cronometer_exercises,
    "cronometer_biometrics": parse_cronometer_biometrics,
}
