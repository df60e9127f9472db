"""Every API list is paged the same way, and following ``next_offset`` returns every row once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from livewell.api.urls import api
from livewell.backpain.models import PainEntry
from tests.factories import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def journal(client: Client) -> list[int]:
    """A member with 7 pain entries, one an hour; their ids newest first (the list's order)."""
    member = make_member()
    client.force_login(member)
    now = timezone.now()
    rows = [PainEntry.objects.create(user=member, pain=n, recorded_at=now - timedelta(hours=n)) for n in range(7)]
    return [row.pk for row in rows]


def test_a_member_walks_the_pages_and_gets_every_entry_once(client: Client, journal: list[int]) -> None:
    seen: list[int] = []
    offset: int | None = 0
    pages = 0
    while offset is not None:
        page = client.get("/api/v1/pain", {"limit": 3, "offset": offset}).json()
        assert page["count"] == 7
        assert page["limit"] == 3
        assert page["offset"] == offset
        seen += [item["id"] for item in page["items"]]
        offset = page["next_offset"]
        pages += 1
    assert pages == 3
    assert seen == journal


def test_the_default_page_holds_everything_a_small_journal_has(client: Client, journal: list[int]) -> None:
    page = client.get("/api/v1/pain").json()
    assert [item["id"] for item in page["items"]] == journal
    assert page["next_offset"] is None
    assert page["limit"] == 100


def test_an_offset_past_the_end_is_an_empty_last_page(client: Client, journal: list[int]) -> None:
    page = client.get("/api/v1/pain", {"offset": 50}).json()
    assert page == {"items": [], "count": 7, "limit": 100, "offset": 50, "next_offset": None}


@pytest.mark.parametrize(
    ("params", "field"), [({"limit": 0}, "limit"), ({"limit": 501}, "limit"), ({"offset": -1}, "offset")]
)
def test_out_of_range_paging_is_a_422_naming_the_parameter(
    client: Client, journal: list[int], params: dict[str, int], field: str
) -> None:
    response = client.get("/api/v1/pain", params)
    assert response.status_code == 422
    assert response.json()["field"] == field


def test_every_list_operation_in_the_schema_is_paged() -> None:
    schema = api.get_openapi_schema(path_prefix="/api/v1/")
    components = schema["components"]["schemas"]
    paged = []
    for path, item in schema["paths"].items():
        get = item.get("get")
        if get is None:
            continue
        content = get["responses"]["200"].get("content")
        if content is None:
            continue
        ok = content["application/json"]["schema"]
        if ok.get("type") == "array":
            paged.append(path)  # a bare list: must be a short computed report
            continue
        ref = ok.get("$ref", "")
        if ref:
            properties = components[ref.rsplit("/", 1)[1]].get("properties", {})
            if "items" in properties:
                parameters = {p["name"] for p in get.get("parameters", [])}
                assert {"limit", "offset"} <= parameters, path
                assert "next_offset" in properties, path
    # The only bare lists are computed from a handful of the member's medicines.
    assert paged == ["/api/v1/meds/alerts"]
