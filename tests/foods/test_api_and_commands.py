"""The contracts other tools rely on: search_foods --json and /api/v1/foods/..."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from livewell.foods.models import DataType, Food
from tests.foods.factories import make_food, make_member, make_portion

pytestmark = pytest.mark.django_db


@pytest.fixture
def milk() -> Food:
    food = make_food(fdc_id=171265, description="Milk, whole, 3.25% milkfat, with added vitamin D", kcal=61.0)
    make_portion(food, "1 cup", 244.0)
    make_food(description="Candies, milk chocolate", kcal=535.0)
    return food


def test_search_foods_prints_a_json_list_best_first(milk: Food) -> None:
    out = io.StringIO()
    call_command("search_foods", "milk", "--limit", "10", "--json", stdout=out)
    results = json.loads(out.getvalue())
    assert results[0] == results[0] | {
        "fdc_id": 171265,
        "description": milk.description,
        "data_type": "sr_legacy_food",
        "kcal_per_100g": 61.0,
    }
    assert len(results) == 2


def test_search_foods_refuses_an_empty_query() -> None:
    with pytest.raises(CommandError, match="Type a food"):
        call_command("search_foods", "  ", "--json")


def test_the_api_returns_the_same_list_under_results(client: Client, milk: Food) -> None:
    out = io.StringIO()
    call_command("search_foods", "milk", "--json", stdout=out)
    response = client.get("/api/v1/foods/search?q=milk&limit=10")
    assert response.status_code == 200
    assert response.json()["results"] == json.loads(out.getvalue())


@pytest.mark.parametrize(
    ("params", "field"), [({"q": ""}, "q"), ({"q": "m" * 201}, "q"), ({"q": "milk", "limit": 0}, "limit")]
)
def test_bad_searches_get_a_clear_4xx(client: Client, params: dict[str, str | int], field: str) -> None:
    response = client.get("/api/v1/foods/search", params)
    assert 400 <= response.status_code < 500
    assert response.json()["field"] == field
    assert response.json()["detail"]


def test_food_detail_has_nutrients_and_portions(client: Client, milk: Food) -> None:
    data = client.get("/api/v1/foods/171265").json()
    assert data["description"] == milk.description
    assert data["nutrients_per_100g"]["kcal"] == 61.0
    energy = next(n for n in data["nutrients"] if n["fdc_nutrient_id"] == 1008)
    assert energy["per_100g"] == 61.0
    cup = data["portions"][0]
    assert (cup["description"], cup["gram_weight"]) == ("1 cup", 244.0)
    assert cup["nutrients"]["kcal"] == pytest.approx(148.84)
    assert client.get("/api/v1/foods/1").status_code == 404


def test_barcode_lookup_normalises_padding_and_rejects_bad_check_digits(client: Client) -> None:
    make_food(
        description="CRUNCHY PEANUT BUTTER",
        data_type=DataType.BRANDED,
        gtin_upc="036000291452",
        gtin14="00036000291452",
    )
    for code in ("036000291452", "0036000291452", "00036000291452"):
        response = client.get(f"/api/v1/foods/barcode/{code}")
        assert response.status_code == 200
        assert response.json()["description"] == "CRUNCHY PEANUT BUTTER"
    bad = client.get("/api/v1/foods/barcode/036000291453")
    assert bad.status_code == 400
    assert "check digit" in bad.json()["detail"]
    assert client.get("/api/v1/foods/barcode/4006381333931").status_code == 404


def test_a_small_pack_is_found_by_its_upc_e_barcode(client: Client) -> None:
    # USDA FDC 363867 (Del Monte Foods) is listed by its UPC-A 024000001973; the can shows UPC-E 02419703.
    make_food(
        description="DEL MONTE FOODS (FDC 363867)",
        data_type=DataType.BRANDED,
        gtin_upc="024000001973",
        gtin14="00024000001973",
    )
    response = client.get("/api/v1/foods/barcode/02419703")
    assert response.status_code == 200
    assert response.json()["description"] == "DEL MONTE FOODS (FDC 363867)"


def test_search_page_works_as_a_plain_form_and_as_an_htmx_fragment(client: Client, milk: Food) -> None:
    page = client.get("/foods/", {"q": "milk"})
    assert page.status_code == 200
    assert "<html" in page.content.decode()
    assert milk.description in page.content.decode()
    fragment = client.get("/foods/", {"q": "milk"}, headers={"HX-Request": "true"})
    assert "<html" not in fragment.content.decode()
    assert f'href="/foods/{milk.pk}/"' in fragment.content.decode()
    assert client.get("/foods/", {"q": "x" * 201}).status_code == 400


def test_detail_page_shows_nutrients_per_100_g_and_per_portion(client: Client, milk: Food) -> None:
    page = client.get(f"/foods/{milk.pk}/").content.decode()
    assert "Per 100 g" in page
    assert "Per 1 cup (244 g)" in page
    assert f'<option value="{milk.portions.get().pk}" selected>1 cup (244 g)</option>' in page
    custom = client.get(f"/foods/{milk.pk}/", {"grams": "200"}).content.decode()
    assert "Per 200 g" in custom
    assert "122 kcal" in custom


def test_a_custom_food_page_is_only_for_its_owner(client: Client) -> None:
    owner = make_member()
    food = make_food(fdc_id=None, data_type=DataType.CUSTOM, owner=owner, description="My smoothie")
    assert client.get(f"/foods/{food.pk}/").status_code == 404
    client.force_login(owner)
    assert client.get(f"/foods/{food.pk}/").status_code == 200
