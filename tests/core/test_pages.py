from __future__ import annotations

import pytest
from django.db import DatabaseError
from django.test import Client


@pytest.mark.django_db
def test_home_has_layout_with_navigation_and_disclaimer(client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'href="#main"' in html  # skip link
    for label in ("Tracker", "Back Pain Center", "Articles", "Log in", "Sign up"):
        assert label in html
    assert "Not medical advice." in html


@pytest.mark.django_db
def test_about_page_cites_usda(client: Client) -> None:
    html = client.get("/about/").content.decode()
    assert "FoodData Central" in html
    assert "Standard Reference, Release 28" in html


@pytest.mark.django_db
def test_healthz_reports_database_ok(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_reports_503_when_database_fails(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:

    class BrokenCursor:
        def __enter__(self) -> BrokenCursor:
            raise DatabaseError("down")

        def __exit__(self, *args: object) -> None:
            return None

    monkeypatch.setattr("livewell.core.views.connection.cursor", lambda: BrokenCursor())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_pages_send_security_headers(client: Client) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_nul_characters_in_input_get_a_400_not_a_database_error(client: Client) -> None:
    response = client.get("/api/v1/content/articles", {"q": "back\x00pain"})
    assert response.status_code == 400
    assert "NUL character" in response.json()["detail"]
    response = client.post("/api/v1/backpain/guide", data='{"age": "\\u0000"}', content_type="application/json")
    assert response.status_code == 400
    assert client.get("/foods/", {"q": "milk\x00"}).status_code == 400
    assert client.get("/foods/", {"q": "milk"}).status_code == 200
