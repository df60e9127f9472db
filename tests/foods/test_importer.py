"""import_fdc on a small download written by the test: contents, idempotency, bad rows, bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from livewell.foods.models import DataType, Food, Portion
from livewell.foods.selectors import food_by_barcode
from tests.foods.fdc_files import FOOD, write_download

pytestmark = pytest.mark.django_db


def run_import(path: Path, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_fdc", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_download_is_imported_with_nutrients_portions_and_categories(tmp_path: Path) -> None:
    out, _ = run_import(write_download(tmp_path / "fdc"))
    assert "Imported 4 foods (4 new, 0 updated) with 4 portions" in out
    milk = Food.objects.get(fdc_id=1001)
    assert milk.category == "Dairy and Egg Products"
    nutrients = milk.nutrients_per_100g()
    assert (nutrients.kcal, nutrients.protein_g, nutrients.calcium_mg) == (61.0, 3.15, 113.0)
    assert nutrients.fiber_g is None  # not reported is unknown, not zero
    assert [(p.description, p.gram_weight) for p in milk.portions.all()] == [("1 cup", 244.0), ("1 fl oz", 30.5)]
    banana = Food.objects.get(fdc_id=1002)
    assert [p.description for p in banana.portions.all()] == ['1 medium (7" to 7-7/8" long)']
    assert not Food.objects.filter(description="Lab sample of milk").exists()


def test_malformed_rows_are_reported_with_file_and_line_and_skipped(tmp_path: Path) -> None:
    out, err = run_import(write_download(tmp_path / "fdc"))
    assert "food.csv line 4: bad fdc_id" in err
    assert "food_nutrient.csv line 6: bad fdc_id, nutrient_id or amount" in err
    assert "food_portion.csv line 5: gram_weight must be more than 0" in err
    assert "Skipped 3 malformed rows" in out
    # The rest of the banana row still came in.
    assert Food.objects.get(fdc_id=1002).kcal == 89.0


def test_foundation_energy_and_vitamin_d_fall_back(tmp_path: Path) -> None:
    run_import(write_download(tmp_path / "fdc"), "--dataset", "foundation")
    food = Food.objects.get()
    assert food.data_type == DataType.FOUNDATION
    assert food.kcal == 61.0
    assert food.vitamin_d_mcg == pytest.approx(1.0)


def test_branded_foods_keep_brand_serving_and_barcode(tmp_path: Path) -> None:
    run_import(write_download(tmp_path / "fdc"), "--dataset", "branded")
    food = Food.objects.get()
    assert (food.brand_owner, food.brand_name, food.serving_size_g) == ("Nutty Inc.", "NUTTY", 32.0)
    assert [(p.description, p.gram_weight) for p in food.portions.all()] == [("1 serving (2 Tbsp)", 32.0)]
    assert food_by_barcode(barcode="0036000291452") == food  # EAN-13 form of the UPC-A


def test_a_rerun_adds_nothing_twice_and_updates_changed_rows(tmp_path: Path) -> None:
    folder = write_download(tmp_path / "fdc")
    run_import(folder)
    ids = dict(Food.objects.values_list("fdc_id", "id"))
    portions = Portion.objects.count()
    changed = [row[:] for row in FOOD]
    changed[2][2] = "Bananas, ripe, raw"
    write_download(folder, food__csv=changed)
    out, _ = run_import(folder)
    assert "(0 new, 4 updated)" in out
    assert dict(Food.objects.values_list("fdc_id", "id")) == ids
    assert Portion.objects.count() == portions
    assert Food.objects.get(fdc_id=1002).description == "Bananas, ripe, raw"


def test_a_zip_download_with_a_dated_folder_is_read(tmp_path: Path) -> None:
    folder = write_download(tmp_path / "fdc")
    archive = tmp_path / "FoodData_Central_csv.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in folder.iterdir():
            zipped.write(file, f"FoodData_Central_sr_legacy_food_csv_2018-04/{file.name}")
    out, _ = run_import(archive, "--dataset", "sr_legacy")
    assert "Imported 2 foods" in out


def test_unusable_input_stops_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="does not exist"):
        run_import(tmp_path / "nowhere")
    not_zip = tmp_path / "notes.txt"
    not_zip.write_text("hello", encoding="utf-8")
    with pytest.raises(CommandError, match=r"neither a folder nor a \.zip"):
        run_import(not_zip)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CommandError, match=r"food\.csv is missing"):
        run_import(empty)
    wrong = write_download(tmp_path / "wrong", food__csv=[["id", "name"], ["1", "x"]])
    with pytest.raises(CommandError, match="not in FDC format"):
        run_import(wrong)
    assert not Food.objects.exists()
