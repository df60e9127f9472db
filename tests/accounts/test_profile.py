from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.test import Client

from livewell.accounts.models import Profile, User
from tests.factories import DEFAULT_PASSWORD, make_member


@pytest.mark.django_db
def test_profile_requires_login(client: Client) -> None:
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_profile_saves_us_height_as_centimetres(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    response = client.post(
        "/accounts/profile/",
        {"units": "us", "date_of_birth": "1958-03-02", "sex": "male", "height_ft": "5", "height_in": "10"},
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.height_cm == Decimal("177.8")  # 70 in x 2.54
    assert profile.sex == "male"
    assert profile.date_of_birth == date(1958, 3, 2)


@pytest.mark.django_db
def test_profile_saves_metric_height(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    client.post("/accounts/profile/", {"units": "metric", "height_cm": "171.5", "sex": "female"})
    profile = Profile.objects.get(user=user)
    assert (profile.units, profile.height_cm) == ("metric", Decimal("171.5"))


@pytest.mark.django_db
@time_machine.travel(date(2026, 11, 25))
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"units": "metric", "height_cm": "90"}, "greater than or equal to 120"),
        ({"units": "us", "height_ft": "8"}, "less than or equal to 7"),
        ({"units": "us", "date_of_birth": "2030-01-01"}, "in the future"),
        ({"units": "us", "date_of_birth": "2015-01-01"}, "for adults"),
    ],
)
def test_impossible_profile_values_are_refused_and_nothing_changes(
    client: Client, data: dict[str, str], message: str
) -> None:
    user = make_member()
    before = Profile.objects.get(user=user)
    client.force_login(user)
    response = client.post("/accounts/profile/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    after = Profile.objects.get(user=user)
    assert (after.height_cm, after.date_of_birth, after.units) == (
        before.height_cm,
        before.date_of_birth,
        before.units,
    )


@pytest.mark.django_db
def test_account_deletion_needs_password_and_confirmation(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    response = client.post("/accounts/delete/", {"password": "wrong", "confirm": "on"})
    assert response.status_code == 400
    assert "not your password" in response.content.decode()
    response = client.post("/accounts/delete/", {"password": DEFAULT_PASSWORD})
    assert response.status_code == 400
    assert User.objects.filter(pk=user.pk).exists()


@pytest.mark.django_db
def test_account_deletion_removes_member_and_their_data(client: Client) -> None:
    user = make_member()
    other = make_member()
    client.force_login(user)
    response = client.post("/accounts/delete/", {"password": DEFAULT_PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Profile.objects.filter(user_id=user.pk).exists()
    assert User.objects.filter(pk=other.pk).exists()
    assert "_auth_user_id" not in client.session
