from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import models
from django.test import Client
from django.utils import timezone

from livewell.accounts.models import User
from livewell.backpain.models import HealthContext, Medicine, PainEntry, SavedGuideResult
from tests.factories import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_client(client: Client) -> tuple[Client, User]:
    user = make_member()
    client.force_login(user)
    return client, user


def test_guide_is_public_and_returns_red_flags_first(client: Client) -> None:
    response = client.post(
        "/api/v1/backpain/guide",
        {"age": 66, "sex": "female", "duration": "acute", "pain": 9, "red_flags": ["fever", "recent_infection"]},
        content_type="application/json",
    )

    assert response.status_code == 200
    body = response.json()
    assert list(body)[:2] == ["urgent", "red_flags"]
    assert body["urgent"] is True
    assert body["red_flags"] == ["RF-INF"]
    assert body["recommendations"] == []


def test_guide_bad_input_is_422_naming_the_field(client: Client) -> None:
    response = client.post(
        "/api/v1/backpain/guide",
        {"age": 70, "sex": "female", "duration": "weeks", "pain": 5},
        content_type="application/json",
    )

    assert response.status_code == 422
    assert response.json()["field"] == "duration"


def test_guide_rejects_a_body_that_is_not_json(client: Client) -> None:
    response = client.post("/api/v1/backpain/guide", "age=70", content_type="application/json")
    assert response.status_code == 422


def test_medicine_crud_and_alerts(member_client: tuple[Client, User]) -> None:
    client, _ = member_client

    created = client.post("/api/v1/meds", {"name": "Advil", "daily_dose": 800}, content_type="application/json")
    client.post("/api/v1/meds", {"name": "warfarin"}, content_type="application/json")
    alerts = client.get("/api/v1/meds/alerts").json()

    assert created.status_code == 201
    assert created.json()["generic"] == "ibuprofen"
    assert alerts[0]["id"] == "A-NS-ANTICOAG"
    assert alerts[0]["severity"] == "major"

    med_id = created.json()["id"]
    updated = client.put(f"/api/v1/meds/{med_id}", {"name": "naproxen"}, content_type="application/json")
    assert updated.json()["generic"] == "naproxen"
    assert client.delete(f"/api/v1/meds/{med_id}").status_code == 204
    assert [m["name"] for m in client.get("/api/v1/meds").json()["items"]] == ["warfarin"]
    assert client.get("/api/v1/meds/alerts").json() == []


def test_alerts_use_the_health_context(member_client: tuple[Client, User]) -> None:
    client, user = member_client
    HealthContext.objects.create(user=user, kidney_band="15-29")
    Medicine.objects.create(user=user, name="Fosamax", generic="alendronate")

    assert [a["id"] for a in client.get("/api/v1/meds/alerts").json()] == ["A-BP-CKD"]


def test_medicine_with_future_date_is_422(member_client: tuple[Client, User]) -> None:
    client, _ = member_client
    later = (date.today() + timedelta(days=10)).isoformat()
    response = client.post("/api/v1/meds", {"name": "Prolia", "last_dose_on": later}, content_type="application/json")

    assert response.status_code == 422
    assert response.json()["field"] == "last_dose_on"


def test_another_members_objects_are_not_found(member_client: tuple[Client, User]) -> None:
    client, _ = member_client
    other = make_member()
    medicine = Medicine.objects.create(user=other, name="warfarin", generic="warfarin")
    entry = PainEntry.objects.create(user=other, pain=5)

    assert client.get(f"/api/v1/meds/{medicine.pk}").status_code == 404
    assert client.delete(f"/api/v1/meds/{medicine.pk}").status_code == 404
    assert client.get(f"/api/v1/pain/{entry.pk}").status_code == 404
    assert client.put(f"/api/v1/pain/{entry.pk}", {"pain": 1}, content_type="application/json").status_code == 404
    assert client.get("/api/v1/pain").json()["items"] == []
    assert Medicine.objects.filter(pk=medicine.pk).exists()


def test_member_endpoints_need_login(client: Client) -> None:
    assert client.get("/api/v1/meds").status_code == 401
    assert client.get("/api/v1/pain").status_code == 401


def test_pain_journal_crud(member_client: tuple[Client, User]) -> None:
    client, _ = member_client
    payload: dict[str, Any] = {"pain": 7, "locations": ["lower_back"], "activity": "gardening"}

    created = client.post("/api/v1/pain", payload, content_type="application/json")
    entry_id = created.json()["id"]
    changed = client.put(f"/api/v1/pain/{entry_id}", {"pain": 4, "helped": "heat"}, content_type="application/json")

    assert created.status_code == 201
    assert changed.json()["pain"] == 4
    assert changed.json()["recorded_at"] == created.json()["recorded_at"]
    today = timezone.localdate().isoformat()
    assert [e["pain"] for e in client.get(f"/api/v1/pain?start={today}&end={today}").json()["items"]] == [4]
    assert client.delete(f"/api/v1/pain/{entry_id}").status_code == 204


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"pain": 11}, "pain"),
        ({"pain": 3, "locations": ["elbow"]}, "locations"),
        ({"pain": 3, "recorded_at": "0323-05-09T02:58:40+17:06"}, "recorded_at"),
    ],
)
def test_pain_bad_input_is_422(member_client: tuple[Client, User], payload: dict[str, Any], field: str) -> None:
    client, _ = member_client
    response = client.post("/api/v1/pain", payload, content_type="application/json")

    assert response.status_code == 422
    assert response.json()["field"] == field


def test_pain_time_with_a_far_offset_is_kept_as_the_same_instant(member_client: tuple[Client, User]) -> None:
    # +15:30 is valid ISO 8601 but outside PostgreSQL's offset range; the entry is stored in UTC.
    client, _ = member_client
    response = client.post(
        "/api/v1/pain", {"pain": 4, "recorded_at": "2024-03-02T20:00:00+15:30"}, content_type="application/json"
    )

    assert response.status_code == 201
    assert PainEntry.objects.get().recorded_at.isoformat() == "2024-03-02T04:30:00+00:00"


@pytest.mark.parametrize("model", [HealthContext, Medicine, PainEntry, SavedGuideResult])
def test_member_rows_are_deleted_with_the_account(model: type[models.Model]) -> None:
    # Checked on the schema: deleting a user in this test database also touches other apps' tables.
    field = model._meta.get_field("user")
    assert field.remote_field.on_delete is models.CASCADE  # type: ignore[union-attr]  # a relation field


def test_openapi_schema_documents_the_back_pain_endpoints(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/backpain/guide", "/api/v1/meds", "/api/v1/meds/alerts", "/api/v1/pain/{entry_id}"} <= set(paths)


def test_medicine_dose_out_of_range_is_422(member_client: tuple[Client, User]) -> None:
    client, _ = member_client
    response = client.post("/api/v1/meds", {"name": "ibuprofen", "daily_dose": 250000}, content_type="application/json")

    assert response.status_code == 422
    assert response.json()["field"] == "daily_dose"
