"""A tiny FoodData Central CSV download written on the fly, with deliberate bad rows."""

from __future__ import annotations

import csv
from pathlib import Path

FOOD = [
    ["fdc_id", "data_type", "description", "food_category_id", "publication_date"],
    ["1001", "sr_legacy_food", "Milk, whole, 3.25% milkfat", "1", "2019-04-01"],
    ["1002", "sr_legacy_food", "Bananas, raw", "9", "2019-04-01"],
    ["abc", "sr_legacy_food", "Broken id", "9", "2019-04-01"],  # line 4: malformed
    ["1003", "sub_sample_food", "Lab sample of milk", "1", "2019-04-01"],
    ["2001", "branded_food", "CRUNCHY PEANUT BUTTER", "", "2020-11-13"],
    ["3001", "foundation_food", "Milk, whole, foundation sample", "1", "2024-10-31"],
]
FOOD_NUTRIENT = [
    ["id", "fdc_id", "nutrient_id", "amount", "data_points", "derivation_id", "min", "max", "median", "footnote"],
    ["1", "1001", "1008", "61", "", "", "", "", "", ""],
    ["2", "1001", "1003", "3.15", "", "", "", "", "", ""],
    ["3", "1001", "1087", "113", "", "", "", "", "", ""],
    ["4", "1002", "1008", "89", "", "", "", "", "", ""],
    ["5", "1002", "1092", "not-a-number", "", "", "", "", "", ""],  # line 6: malformed
    ["6", "2001", "1008", "588.0", "", "70.0", "", "", "", ""],
    ["7", "3001", "2047", "61", "", "", "", "", "", ""],
    ["8", "3001", "1110", "40", "", "", "", "", "", ""],
    ["9", "1001", "9999", "5", "", "", "", "", "", ""],  # a nutrient we do not track
]
FOOD_PORTION = [
    ["id", "fdc_id", "seq_num", "amount", "measure_unit_id", "portion_description", "modifier", "gram_weight"],
    ["1", "1001", "1", "1", "1000", "", "", "244"],
    ["2", "1001", "2", "1", "1009", "", "", "30.5"],
    ["3", "1002", "1", "1", "9999", "", 'medium (7" to 7-7/8" long)', "118"],
    ["4", "1002", "2", "1", "9999", "", "bad", "0"],  # line 5: malformed
]
MEASURE_UNIT = [["id", "name"], ["1000", "cup"], ["1009", "fl oz"], ["9999", "undetermined"]]
FOOD_CATEGORY = [["id", "code", "description"], ["1", "0100", "Dairy and Egg Products"], ["9", "0900", "Fruits"]]
BRANDED_FOOD = [
    [
        "fdc_id",
        "brand_owner",
        "brand_name",
        "gtin_upc",
        "serving_size",
        "serving_size_unit",
        "household_serving_fulltext",
    ],
    ["2001", "Nutty Inc.", "NUTTY", "036000291452", "32.0", "g", "2 Tbsp"],
]


def write_download(folder: Path, **overrides: list[list[str]]) -> Path:
    tables = {
        "food.csv": FOOD,
        "food_nutrient.csv": FOOD_NUTRIENT,
        "food_portion.csv": FOOD_PORTION,
        "measure_unit.csv": MEASURE_UNIT,
        "food_category.csv": FOOD_CATEGORY,
        "branded_food.csv": BRANDED_FOOD,
    }
    for name, rows in overrides.items():
        tables[name.replace("__", ".")] = rows
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (folder / name).open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, quoting=csv.QUOTE_ALL).writerows(rows)
    return folder
