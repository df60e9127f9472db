"""/api/v1/diary, /exercise and /weight: CRUD, totals, isolation and 4xx on bad input."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import time_machine
from django.test import Client

from livewell.accounts.models import User
from livewell.api.services import api_token_create
from livewell.diary.models import DiaryEntry, ExerciseEntry, WeightEntry
from livewell.foods.models import Food
from livewell.goals.models import GoalPlan
from tests.diary.conftest import MILK


class Api:
    def __init__(self, client: Client, user: User) -> None:
        _token, raw = api_token_create(user=user, name="tests")
        self.client = client
        self.headers = {"Authorization": f"Bearer {raw}"}

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(f"/api/v1{path}", params, headers=self.headers)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self.client.post(f"/api/v1{path}", body, content_type="application/json", headers=self.headers)

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        return self.client.patch(f"/api/v1{path}", body, content_type="application/json", headers=self.headers)

    def delete(self, path: str) -> Any:
        return self.client.delete(f"/api/v1{path}", headers=self.headers)


@pytest.fixture(autouse=True)
def _frozen_clock() -> Any:
    with time_machine.travel("2025-03-10 12:00:00-05:00", tick=False) as traveller:
        yield traveller


@pytest.fixture
def api(client: Client, member: User) -> Api:
    return Api(client, member)


def test_log_food_quick_add_exercise_and_weight_then_read_the_day(
    api: Api, plan: GoalPlan, foods: dict[int, Food]
) -> None:
    cup = foods[MILK].portions.get(description="1 cup").pk
    food = api.post(
        "/diary/entries",
        {"date": "2025-03-10", "meal": "breakfast", "food_id": foods[MILK].pk, "amount": 1, "portion": str(cup)},
    )
    assert food.status_code == 201
    assert food.json()["kcal"] == pytest.approx(148.8)
    assert api.post("/diary/entries", {"date": "2025-03-10", "meal": "lunch", "kcal": 500}).status_code == 201
    weight = api.post("/weight", {"date": "2025-03-10", "weight": 154.3, "unit": "lb"})
    assert weight.json()["weight_kg"] == pytest.approx(69.989, abs=0.001)
    walk = api.post("/exercise", {"date": "2025-03-10", "compendium_code": "17200", "minutes": 45})
    assert walk.status_code == 201
    assert walk.json()["gross_kcal"] == pytest.approx(4.3 * 69.989 * 0.75, abs=0.1)

    day = api.get("/diary/2025-03-10").json()
    assert [e["meal"] for e in day["entries"]] == ["breakfast", "lunch"]
    assert day["totals"]["kcal"] == pytest.approx(648.84)
    assert day["goal_kcal"] == 1207
    assert day["remaining_kcal"] == pytest.approx(1207 - 648.84 + 3.3 * 69.989 * 0.75, abs=0.1)
    assert day["streak_days"] == 1


def test_update_and_delete_entries(api: Api) -> None:
    created = api.post("/diary/entries", {"date": "2025-03-10", "meal": "lunch", "kcal": 400}).json()
    changed = api.patch(f"/diary/entries/{created['id']}", {"meal": "dinner", "kcal": 450}).json()
    assert (changed["meal"], changed["kcal"]) == ("dinner", 450)
    assert api.delete(f"/diary/entries/{created['id']}").status_code == 204
    assert api.get(f"/diary/entries/{created['id']}").status_code == 404


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/diary/entries", {"date": "2025-03-10", "meal": "lunch", "kcal": -10}, "kcal"),
        ("/diary/entries", {"date": "2025-03-10", "meal": "lunch", "food_id": 987654, "amount": 1}, "food"),
        ("/diary/entries", {"date": "2026-01-01", "meal": "lunch", "kcal": 100}, "day"),
        ("/diary/entries", {"date": "2025-03-10", "meal": "brunch", "kcal": 100}, "meal"),
        ("/weight", {"date": "2025-03-10", "weight": -70, "unit": "kg"}, "weight"),
        ("/weight", {"date": "2025-03-10", "weight": 2000, "unit": "lb"}, "weight"),
        ("/exercise", {"date": "2025-03-10", "compendium_code": "99999", "minutes": 30}, "activity"),
        ("/exercise", {"date": "2025-03-10", "description": "Rowing", "minutes": -3, "kcal": 100}, "minutes"),
    ],
)
def test_bad_input_is_a_422_with_a_message_and_nothing_saved(
    api: Api, path: str, body: dict[str, Any], field: str
) -> None:
    response = api.post(path, body)
    assert response.status_code == 422
    assert response.json()["detail"]
    assert response.json()["field"] == field
    assert not DiaryEntry.objects.exists()
    assert not WeightEntry.objects.exists()
    assert not ExerciseEntry.objects.exists()


def test_amount_over_10_kg_is_refused(api: Api, foods: dict[int, Food]) -> None:
    response = api.post(
        "/diary/entries", {"date": "2025-03-10", "meal": "lunch", "food_id": foods[MILK].pk, "amount": 10500}
    )
    assert response.status_code == 422
    assert "10 kg" in response.json()["detail"]


def test_another_members_ids_are_404(client: Client, api: Api, other_member: User) -> None:
    entry = api.post("/diary/entries", {"date": "2025-03-10", "meal": "lunch", "kcal": 400}).json()
    weight = api.post("/weight", {"date": "2025-03-10", "weight": 70, "unit": "kg"}).json()
    exercise = api.post("/exercise", {"date": "2025-03-10", "description": "Rowing", "minutes": 20, "kcal": 150}).json()
    other = Api(client, other_member)
    for path in (f"/diary/entries/{entry['id']}", f"/weight/{weight['id']}", f"/exercise/{exercise['id']}"):
        assert other.get(path).status_code == 404
        assert other.delete(path).status_code == 404
    assert other.patch(f"/weight/{weight['id']}", {"weight": 80, "unit": "kg"}).status_code == 404
    assert other.get("/diary/2025-03-10").json()["entries"] == []
    assert other.get("/weight").json()["items"] == []
    assert DiaryEntry.objects.live().count() == 1


def test_anonymous_requests_are_401(client: Client) -> None:
    assert client.get("/api/v1/diary/2025-03-10").status_code == 401


def test_lists_by_date_range(api: Api) -> None:
    for day in ("2025-03-01", "2025-03-05", "2025-03-09"):
        api.post("/weight", {"date": day, "weight": 70, "unit": "kg"})
    listed = api.get("/weight", start="2025-03-02", end="2025-03-09").json()["items"]
    assert [w["date"] for w in listed] == ["2025-03-05", "2025-03-09"]
    assert api.get("/weight", start="2025-03-09", end="2025-03-01").status_code == 422


def test_diary_day_far_in_the_future_is_422(api: Api) -> None:
    assert date(2025, 3, 10)
    response = api.get("/diary/2030-01-01")
    assert response.status_code == 422
    assert "too far ahead" in response.json()["detail"]
