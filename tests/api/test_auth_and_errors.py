from __future__ import annotations

import pytest
from django.test import Client

from livewell.api.models import ApiToken
from livewell.api.services import api_token_create
from tests.factories import make_member


@pytest.mark.django_db
def test_me_needs_authentication_with_json_error(client: Client) -> None:
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["detail"] == "Authentication required."


@pytest.mark.django_db
def test_bearer_token_authenticates_and_records_use(client: Client) -> None:
    user = make_member(email="tok@example.org")
    token, raw = api_token_create(user=user, name="my script")
    response = client.get("/api/v1/me", headers={"authorization": f"Bearer {raw}"})
    assert response.status_code == 200
    assert response.json()["email"] == "tok@example.org"
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert raw not in {t.digest for t in ApiToken.objects.all()}  # only a digest is stored


@pytest.mark.django_db
def test_revoked_or_wrong_token_is_refused(client: Client) -> None:
    user = make_member()
    token, raw = api_token_create(user=user, name="old")
    token.delete()
    assert client.get("/api/v1/me", headers={"authorization": f"Bearer {raw}"}).status_code == 401
    assert client.get("/api/v1/me", headers={"authorization": "Bearer lw_nonsense"}).status_code == 401


@pytest.mark.django_db
def test_session_authenticates_browser_requests(client: Client) -> None:
    client.force_login(make_member(email="sess@example.org"))
    assert client.get("/api/v1/me").json()["email"] == "sess@example.org"


@pytest.mark.django_db
def test_member_creates_and_revokes_tokens_on_the_tokens_page(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    response = client.post("/accounts/tokens/", {"name": "Phone"})
    html = response.content.decode()
    assert "Copy it now" in html
    token = ApiToken.objects.get(user=user)
    assert token.prefix in html
    response = client.post("/accounts/tokens/", {"name": "  "})
    assert response.status_code == 400
    assert "Give the token a name" in response.content.decode()
    other = make_member()
    other_token, _ = api_token_create(user=other, name="theirs")
    client.post(f"/accounts/tokens/{other_token.pk}/revoke/")
    assert ApiToken.objects.filter(pk=other_token.pk).exists()  # not the member's: untouched
    client.post(f"/accounts/tokens/{token.pk}/revoke/")
    assert not ApiToken.objects.filter(pk=token.pk).exists()


@pytest.mark.django_db
def test_openapi_schema_and_docs_are_served_locally(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "livewell API"
    assert "/api/v1/me" in schema["paths"]
    docs = client.get("/api/v1/docs").content.decode()
    assert "cdn" not in docs.lower()


@pytest.mark.django_db
def test_unknown_api_address_answers_json_404(client: Client) -> None:
    response = client.get("/api/v1/no/such/thing")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "field": None}
