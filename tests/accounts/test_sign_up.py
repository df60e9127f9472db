from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from livewell.accounts.models import Profile, User

GOOD_PASSWORD = "a-long-unusual-passphrase"


def _sign_up(client: Client, email: str, password: str, again: str | None = None) -> str:
    response = client.post(
        "/accounts/sign-up/", {"email": email, "password1": password, "password2": again or password}
    )
    return response.content.decode() if response.status_code != 302 else ""


@pytest.mark.django_db
def test_sign_up_creates_member_with_profile_and_logs_in(client: Client) -> None:
    response = client.post(
        "/accounts/sign-up/",
        {"email": "Ruth@Example.org", "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD},
    )
    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == "ruth@example.org"  # stored lower-case
    assert Profile.objects.filter(user=user).exists()
    assert client.get("/accounts/profile/").status_code == 200


@pytest.mark.django_db
def test_taken_email_is_refused_whatever_its_case(client: Client) -> None:
    User.objects.create_user(email="ruth@example.org", password=GOOD_PASSWORD)
    html = _sign_up(client, "RUTH@example.org", GOOD_PASSWORD)
    assert "already exists" in html
    assert User.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1", "too short"),
        ("password123", "too common"),
        ("48213907561234", "entirely numeric"),
    ],
)
def test_weak_password_is_refused_with_reason(client: Client, password: str, message: str) -> None:
    html = _sign_up(client, "new@example.org", password)
    assert message in html
    assert not User.objects.exists()


@pytest.mark.django_db
def test_malformed_email_is_refused(client: Client) -> None:
    html = _sign_up(client, "not-an-address", GOOD_PASSWORD)
    assert "Enter a valid email address" in html
    assert not User.objects.exists()


@pytest.mark.django_db
def test_mismatched_passwords_are_refused(client: Client) -> None:
    html = _sign_up(client, "new@example.org", GOOD_PASSWORD, again=GOOD_PASSWORD + "x")
    assert "not the same" in html
    assert not User.objects.exists()


@pytest.mark.django_db
def test_sign_up_is_rate_limited_per_address(client: Client, settings: object) -> None:
    limit = 3
    settings.RATE_LIMIT_SIGNUP_PER_HOUR = limit  # type: ignore[attr-defined]  # pytest-django settings fixture
    for n in range(limit):
        _sign_up(Client(), f"m{n}@example.org", GOOD_PASSWORD)
    response = Client().post(
        "/accounts/sign-up/",
        {"email": "late@example.org", "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD},
    )
    assert response.status_code == 429
    assert "Too many sign-ups" in response.content.decode()
    assert not User.objects.filter(email="late@example.org").exists()


def test_production_password_hasher_is_argon2() -> None:
    import livewell.settings as production

    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    # The test overlay uses a fast hasher only to keep the suite quick.
    assert settings.PASSWORD_HASHERS != production.PASSWORD_HASHERS


@pytest.mark.django_db
def test_sign_up_returns_to_a_safe_next_page_only(client: Client) -> None:
    response = client.post(
        "/accounts/sign-up/?next=/goals/",
        {"email": "a@example.org", "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD, "next": "/goals/"},
    )
    assert response["Location"] == "/goals/"
    response = Client().post(
        "/accounts/sign-up/",
        {
            "email": "b@example.org",
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
            "next": "https://evil.example.com/",
        },
    )
    assert response["Location"] == "/accounts/profile/"
