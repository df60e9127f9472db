"""Exercise, weight, reports and recipe pages, as a member uses them with plain forms."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client

from livewell.accounts.models import User
from livewell.diary.models import DiaryEntry, ExerciseEntry, Recipe, WeightEntry
from livewell.diary.services import activity, entries
from livewell.foods.models import Food
from livewell.goals.models import GoalPlan
from tests.diary.conftest import EGG
from tests.factories import grant_gold

TODAY = date(2025, 3, 10)


@pytest.fixture(autouse=True)
def _frozen_clock() -> Any:
    with time_machine.travel("2025-03-10 12:00:00-05:00", tick=False) as traveller:
        yield traveller


@pytest.fixture
def logged_in(client: Client, member: User) -> Client:
    client.force_login(member)
    return client


def test_exercise_needs_a_weight_first_then_logs_net_calories(logged_in: Client, member: User) -> None:
    form = {"kind": "met", "met-day": "2025-03-10", "met-activity": "17200", "met-minutes": "45"}
    refused = logged_in.post("/tracker/exercise/", form)
    assert refused.status_code == 400
    assert "Log your weight first" in refused.content.decode()
    activity.weight_log(user=member, day=TODAY, value=70, unit="kg", today=TODAY)
    assert logged_in.post("/tracker/exercise/", form).status_code == 302
    entry = ExerciseEntry.objects.get()
    assert entry.kcal == pytest.approx(173.25)
    assert entry.gross_kcal == pytest.approx(225.75)
    page = logged_in.get("/tracker/exercise/?day=2025-03-10").content.decode()
    assert "(MET \u2212 1) \u00d7 kg \u00d7 hours" in page  # the budget model is explained
    assert "These are estimates." in page  # born 1960: rule X1


def test_custom_exercise_and_bad_duration(logged_in: Client) -> None:
    good = {
        "kind": "custom",
        "custom-day": "2025-03-10",
        "custom-description": "Aqua Zumba",
        "custom-minutes": "40",
        "custom-kcal": "210",
    }
    assert logged_in.post("/tracker/exercise/", good).status_code == 302
    bad = {**good, "custom-minutes": "-10"}
    response = logged_in.post("/tracker/exercise/", bad)
    assert response.status_code == 400
    assert "The duration must be more than zero." in response.content.decode()
    assert ExerciseEntry.objects.count() == 1


def test_weight_in_pounds_with_trend_progress_and_projection(logged_in: Client, member: User, plan: GoalPlan) -> None:
    for back, lb in ((6, 155.0), (3, 154.0), (0, 153.0)):
        day = (TODAY - timedelta(days=back)).isoformat()
        response = logged_in.post(
            "/tracker/weight/", {"weight-day": day, "weight-weight": str(lb), "weight-unit": "lb"}
        )
        assert response.status_code == 302
    html = logged_in.get("/tracker/weight/").content.decode()
    assert "Latest weigh-in: <strong>153.0 lb</strong>" in html
    assert "smoothing factor 10%" in html
    assert "Goal weight: <strong>143.3 lb</strong>" in html  # 65 kg
    assert '<svg class="chart"' in html
    assert '<title id="weight-chart-t">' in html
    assert "Projection from your goal plan" in html


def test_every_weigh_in_can_be_reached_to_delete(logged_in: Client, member: User) -> None:
    # Two months of daily weigh-ins: the oldest is on the last page of the delete list.
    for back in range(61):
        WeightEntry.objects.create(user=member, day=TODAY - timedelta(days=back), weight_kg=70)
    oldest = WeightEntry.objects.get(day=TODAY - timedelta(days=60))
    first = logged_in.get("/tracker/weight/").content.decode()
    last = logged_in.get("/tracker/weight/", {"page": 3}).content.decode()

    assert "(61 in all)" in first
    assert f"/tracker/weight/{oldest.pk}/delete/" not in first
    assert 'href="?page=2#weigh-ins">Older weigh-ins' in first
    assert f"/tracker/weight/{oldest.pk}/delete/" in last
    assert '<details id="weigh-ins" open>' in last


def test_weight_out_of_range_is_refused(logged_in: Client) -> None:
    response = logged_in.post(
        "/tracker/weight/", {"weight-day": "2025-03-10", "weight-weight": "2", "weight-unit": "kg"}
    )
    assert response.status_code == 400
    assert "A weight must be between 20 and 350 kg" in response.content.decode()
    future = logged_in.post(
        "/tracker/weight/", {"weight-day": "2025-03-12", "weight-weight": "70", "weight-unit": "kg"}
    )
    assert "today or an earlier day" in future.content.decode()
    assert not WeightEntry.objects.exists()


def test_free_members_are_offered_gold_for_the_90_day_report(logged_in: Client) -> None:
    response = logged_in.get("/tracker/reports/?days=90")
    assert response.status_code == 302
    assert response["Location"].startswith("/members/gold/?feature=reports_90_day")
    assert logged_in.get("/tracker/reports/?days=30").status_code == 200


@pytest.mark.parametrize("days", [7, 30, 90])
def test_reports_show_charts_with_text_alternatives(logged_in: Client, member: User, plan: GoalPlan, days: int) -> None:
    for back in range(5):
        entries.diary_entry_quick_add(
            user=member,
            day=TODAY - timedelta(days=back),
            meal="lunch",
            kcal=1000 + back * 100,
            protein_g=50,
            carbs_g=120,
            fat_g=40,
            today=TODAY,
        )
    activity.weight_log(user=member, day=TODAY, value=70, unit="kg", today=TODAY)
    if days == 90:
        grant_gold(member)
    html = logged_in.get(f"/tracker/reports/?days={days}").content.decode()
    assert f"Last {days} days" in html
    assert f"5 of {days} days" in html
    assert html.count('<svg class="chart"') == 3
    assert "Average on logged days: <strong>1,200 kcal</strong> against a target of 1,207 kcal" in html
    assert "The figures as a table" in html
    # Macro split of 50 g protein, 120 g carbohydrate, 40 g fat: 200 + 480 + 360 kcal.
    assert "19%" in html
    assert "46%" in html
    assert "35%" in html


def test_recipe_pages_build_and_log_a_recipe(logged_in: Client, member: User, foods: dict[int, Food]) -> None:
    response = logged_in.post("/tracker/recipes/", {"name": "Egg bake", "servings": "2"})
    recipe = Recipe.objects.get(user=member)
    assert response["Location"] == f"/tracker/recipes/{recipe.pk}/"
    logged_in.post(
        f"/tracker/recipes/{recipe.pk}/ingredients/",
        {"food_id": foods[EGG].pk, "amount": "4", "portion": str(foods[EGG].portions.get(description="1 large").pk)},
    )
    page = logged_in.get(f"/tracker/recipes/{recipe.pk}/").content.decode()
    assert "One serving: <strong>143 kcal</strong>" in page  # 200 g of egg at 143 kcal/100 g, in 2 servings
    logged_in.post(f"/tracker/recipes/{recipe.pk}/log/", {"day": "2025-03-10", "meal": "dinner", "servings": "1.5"})
    entry = DiaryEntry.objects.get()
    assert entry.kcal == pytest.approx(214.5)
    assert entry.meal == "dinner"


def test_other_members_recipes_are_not_found(client: Client, member: User, other_member: User) -> None:
    recipe = Recipe.objects.create(user=member, name="Secret stew", servings=4)
    client.force_login(other_member)
    assert client.get(f"/tracker/recipes/{recipe.pk}/").status_code == 404
    assert client.post(f"/tracker/recipes/{recipe.pk}/delete/").status_code == 404


def test_custom_food_from_label_values_is_searchable_and_private(
    logged_in: Client, member: User, other_member: User
) -> None:
    response = logged_in.post(
        "/tracker/my-foods/",
        {
            "description": "Aunt May's lentil soup",
            "serving_label": "1 bowl",
            "serving_size_g": "300",
            "kcal": "240",
            "protein_g": "15",
            "calcium_mg": "60",
        },
    )
    assert response.status_code == 302
    food = Food.objects.get(owner=member)
    assert food.kcal == pytest.approx(80)  # per 100 g
    assert food.calcium_mg == pytest.approx(20)
    results = logged_in.get("/tracker/2025-03-10/add/", {"meal": "lunch", "q": "lentil soup"}).content.decode()
    assert "Aunt May&#x27;s lentil soup" in results
    assert "1 bowl (300 g)" in results
    logged_in.force_login(other_member)
    theirs = logged_in.get("/tracker/2025-03-10/add/", {"meal": "lunch", "q": "lentil soup"}).content.decode()
    assert "Aunt May" not in theirs


def test_custom_food_needs_a_positive_serving_weight(logged_in: Client) -> None:
    response = logged_in.post(
        "/tracker/my-foods/", {"description": "Mystery", "serving_label": "1", "serving_size_g": "-5", "kcal": "100"}
    )
    assert response.status_code == 400
    assert not Food.objects.exists()
