"""Export (CSV, JSON) and import: round trip into a fresh account, idempotency, preview, bad rows."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from livewell.accounts.models import User
from livewell.diary.domain.importers import FormatError
from livewell.diary.models import DiaryEntry, ExerciseEntry, FavouriteFood, Recipe, WeightEntry
from livewell.diary.services import activity, entries, recipes
from livewell.diary.services import transfer as svc
from livewell.foods.models import Food
from livewell.foods.services import custom_food_create
from livewell.lib.nutrients import Nutrients
from tests.diary.conftest import EGG, MILK
from tests.factories import grant_gold

DATA = Path(__file__).parent / "data"
TODAY = date(2025, 3, 10)


@pytest.fixture(autouse=True)
def _frozen_clock() -> Any:
    with time_machine.travel("2025-03-10 12:00:00-05:00", tick=False) as traveller:
        yield traveller


def fill_account(user: User, foods: dict[int, Food]) -> None:
    milk, egg = foods[MILK], foods[EGG]
    cup = str(milk.portions.get(description="1 cup").pk)
    entries.diary_entry_log_food(user=user, day=TODAY, meal="breakfast", food_id=milk.pk, amount=1, portion=cup)
    entries.diary_entry_quick_add(user=user, day=TODAY, meal="snacks", kcal=180, protein_g=4, description="Oat bar")
    soup = custom_food_create(
        user=user,
        description="My lentil soup",
        nutrients_per_100g=Nutrients(kcal=80, protein_g=5),
        serving_size_g=300,
        portions=[("1 bowl", 300.0)],
    )
    entries.diary_entry_log_food(user=user, day=TODAY, meal="lunch", food_id=soup.pk, amount=1, portion="g")
    recipe = recipes.recipe_create(user=user, name="Eggs and milk", servings=2)
    recipes.recipe_ingredient_add(user=user, recipe_id=recipe.pk, food_id=egg.pk, amount=100, portion="g")
    entries.favourite_toggle(user=user, food_id=milk.pk)
    activity.weight_log(user=user, day=TODAY, value=154, unit="lb")
    activity.exercise_log(user=user, day=TODAY, activity_code="02150", minutes=30)


def test_csv_exports_hold_every_row(member: User, foods: dict[int, Food]) -> None:
    fill_account(member, foods)
    diary = list(csv.DictReader(io.StringIO(svc.export_diary_csv(user=member))))
    assert [r["description"] for r in diary] == [
        "Milk, whole, 3.25% milkfat, with added vitamin D",
        "Oat bar",
        "My lentil soup",
    ]
    assert diary[0]["fdc_id"] == str(MILK)
    assert float(diary[0]["calcium_mg"]) == pytest.approx(275.72)
    weight = list(csv.DictReader(io.StringIO(svc.export_weight_csv(user=member))))
    assert float(weight[0]["weight_lb"]) == pytest.approx(154)
    exercise = list(csv.DictReader(io.StringIO(svc.export_exercise_csv(user=member))))
    assert exercise[0]["compendium_code"] == "02150"


def test_json_export_imported_into_a_fresh_account_reproduces_the_data(
    member: User, other_member: User, foods: dict[int, Food]
) -> None:
    fill_account(member, foods)
    document = svc.export_json(user=member)
    text = json.dumps(document)
    preview = svc.import_json(user=other_member, text=text, dry_run=True)
    assert (preview.new_food, preview.new_exercise, preview.new_weight) == (3, 1, 1)
    assert not DiaryEntry.objects.filter(user=other_member).exists()

    svc.import_json(user=other_member, text=text, dry_run=False)
    again = svc.export_json(user=other_member)
    for section in ("diary", "exercise", "weight", "recipes", "favourites", "custom_foods"):
        assert again[section] == document[section], section
    # The member's own custom food was recreated for them, and entries point at it.
    soup = DiaryEntry.objects.get(user=other_member, meal="lunch")
    assert soup.food is not None
    assert soup.food.owner == other_member
    # Importing the same file twice adds nothing.
    second = svc.import_json(user=other_member, text=text, dry_run=False)
    assert second.new_total == 0
    assert second.already_imported == 5
    assert DiaryEntry.objects.filter(user=other_member).count() == 3
    assert Recipe.objects.filter(user=other_member).count() == 1
    assert FavouriteFood.objects.filter(user=other_member).count() == 1


def test_json_that_is_not_ours_is_refused(member: User) -> None:
    with pytest.raises(FormatError, match="not a livewell export"):
        svc.import_json(user=member, text='{"hello": 1}', dry_run=True)
    with pytest.raises(FormatError, match="not a JSON file"):
        svc.import_json(user=member, text="Date,Meal\n", dry_run=True)


@pytest.mark.parametrize(
    ("kind", "name", "counts"),
    [
        ("mfp_nutrition", "mfp_nutrition_summary.csv", (7, 0, 0)),
        ("mfp_exercise", "mfp_exercise_summary.csv", (0, 3, 0)),
        ("mfp_measurement", "mfp_measurement_summary.csv", (0, 0, 4)),
        ("cronometer_servings", "cronometer_servings.csv", (4, 0, 0)),
        ("cronometer_exercises", "cronometer_exercises.csv", (0, 2, 0)),
        ("cronometer_biometrics", "cronometer_biometrics.csv", (0, 0, 3)),
    ],
)
def test_sample_exports_import_once(member: User, kind: str, name: str, counts: tuple[int, int, int]) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    first = svc.import_rows(user=member, source=kind, parsed=svc.parse_upload(kind=kind, text=text), dry_run=False)
    assert (first.new_food, first.new_exercise, first.new_weight) == counts
    second = svc.import_rows(user=member, source=kind, parsed=svc.parse_upload(kind=kind, text=text), dry_run=False)
    assert second.new_total == 0
    assert second.already_imported == sum(counts)
    stored = (
        DiaryEntry.objects.filter(user=member).count(),
        ExerciseEntry.objects.filter(user=member).count(),
        WeightEntry.objects.filter(user=member).count(),
    )
    assert stored == counts


def test_import_limits_reject_rows_but_keep_the_rest(member: User) -> None:
    text = (
        "Day,Time,Group,Food Name,Amount,Energy (kcal)\n"
        "2025-03-01,,Lunch,Soup,1 bowl,240\n"
        "2031-01-01,,Lunch,Soup,1 bowl,240\n"
        "2025-03-01,,Lunch,Cake,1 cake,25000\n"
    )
    parsed = svc.parse_upload(kind="cronometer_servings", text=text)
    result = svc.import_rows(user=member, source="cronometer_servings", parsed=parsed, dry_run=False)
    assert result.new_food == 1
    assert [p.line for p in result.problems] == [3, 4]
    assert "too far ahead" in result.problems[0].reason
    assert "more than one entry can hold" in result.problems[1].reason


def test_upload_preview_then_confirm_through_the_pages(client: Client, member: User) -> None:
    client.force_login(member)
    upload = SimpleUploadedFile("servings.csv", (DATA / "cronometer_servings.csv").read_bytes(), "text/csv")
    preview = client.post("/tracker/data/import/", {"source": "cronometer_servings", "file": upload})
    html = preview.content.decode()
    assert "nothing has been saved yet" in html
    assert "2025-03-01 Breakfast: Milk, Whole, 149 kcal" in html
    assert not DiaryEntry.objects.exists()
    token = client.session["diary-import"]["token"]
    done = client.post("/tracker/data/import/confirm/", {"token": token}, follow=True)
    assert "Imported 4 row(s)." in done.content.decode()
    assert DiaryEntry.objects.filter(user=member).count() == 4


def test_wrong_file_type_is_explained(client: Client, member: User) -> None:
    client.force_login(member)
    upload = SimpleUploadedFile("weights.csv", (DATA / "cronometer_biometrics.csv").read_bytes(), "text/csv")
    response = client.post("/tracker/data/import/", {"source": "mfp_nutrition", "file": upload})
    assert response.status_code == 400
    assert "is it the right export?" in response.content.decode()


def test_json_export_is_free_and_csv_export_is_gold(client: Client, member: User, foods: dict[int, Food]) -> None:
    fill_account(member, foods)
    client.force_login(member)
    document = json.loads(client.get("/tracker/data/export/livewell.json").content)
    assert document["format"] == "livewell-diary-export"
    response = client.get("/tracker/data/export/diary.csv")
    assert response.status_code == 302
    assert response["Location"].startswith("/members/gold/?feature=csv_export_all")


def test_downloads(client: Client, member: User, foods: dict[int, Food]) -> None:
    fill_account(member, foods)
    grant_gold(member)
    client.force_login(member)
    response = client.get("/tracker/data/export/diary.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "Oat bar" in response.content.decode()
    document = json.loads(client.get("/tracker/data/export/livewell.json").content)
    assert document["format"] == "livewell-diary-export"
    assert client.get("/tracker/data/export/passwords.csv").status_code == 404
