from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from livewell.accounts.models import User
from tests.factories import DEFAULT_PASSWORD, make_member


@pytest.mark.django_db
def test_login_with_email_in_any_case_and_logout(client: Client) -> None:
    user = make_member(email="ann@example.org")
    response = client.post("/accounts/login/", {"username": "ANN@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    response = client.post("/accounts/logout/", follow=True)
    assert "_auth_user_id" not in client.session
    assert "You are logged out" in response.content.decode()


@pytest.mark.django_db
def test_wrong_password_gives_clear_message(client: Client) -> None:
    make_member(email="ann@example.org")
    response = client.post("/accounts/login/", {"username": "ann@example.org", "password": "nope-nope"})
    assert response.status_code == 200
    assert "do not match an account" in response.content.decode()


@pytest.mark.django_db
def test_ten_wrong_passwords_lock_the_login(client: Client) -> None:
    make_member(email="ann@example.org")
    for _ in range(9):
        response = client.post("/accounts/login/", {"username": "ann@example.org", "password": "wrong-guess"})
        assert response.status_code == 200
    response = client.post("/accounts/login/", {"username": "ann@example.org", "password": "wrong-guess"})
    assert response.status_code == 429
    assert "too many wrong passwords" in response.content.decode()
    # Even the right password is refused while the lock lasts.
    response = client.post("/accounts/login/", {"username": "ann@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_password_reset_sends_a_working_link(client: Client) -> None:
    make_member(email="ann@example.org")
    response = client.post("/accounts/password-reset/", {"email": "ann@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = next(line for line in body.splitlines() if "/accounts/reset/" in line).strip()
    path = link.split("testserver", 1)[1]
    response = client.get(path, follow=True)
    assert response.status_code == 200
    new_password = "another-long-passphrase"
    response = client.post(
        response.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}
    )
    assert response.status_code == 302
    assert User.objects.get(email="ann@example.org").check_password(new_password)


@pytest.mark.django_db
def test_password_reset_for_unknown_address_reveals_nothing(client: Client) -> None:
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
