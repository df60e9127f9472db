"""HTTP API for foods (mounted at /api/v1/foods by livewell.api).

- ``GET /search?q=&limit=``: ``{"results": [...]}``, best first, the same objects
  as ``manage.py search_foods --json``; a signed-in member also gets their own foods.
- ``GET /{fdc_id}``: one USDA food with nutrients per 100 g and per portion.
- ``GET /barcode/{gtin}``: the branded food with that UPC/EAN/GTIN.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from livewell.accounts.models import User
from livewell.api.errors import ApiError
from livewell.foods.gtin import GtinError
from livewell.foods.models import Food
from livewell.foods.presenters import food_json
from livewell.foods.selectors import QueryError, food_by_barcode, food_get_by_fdc_id, food_search

router = Router(tags=["foods"])
MAX_LIMIT = 50


def _member(request: HttpRequest) -> User | None:
    user = getattr(request, "user", None)
    return user if isinstance(user, User) and user.is_authenticated else None


@router.get("/search", auth=None, summary="Search foods, best match first")
def search(request: HttpRequest, q: str = "", limit: int = 10) -> dict[str, Any]:
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, f"limit must be between 1 and {MAX_LIMIT}.", field="limit")
    try:
        hits = food_search(query=q, user=_member(request), limit=limit)
    except QueryError as exc:
        raise ApiError(400, str(exc), field="q") from exc
    return {"query": q, "results": [hit.as_json() for hit in hits]}


@router.get("/barcode/{gtin}", auth=None, summary="Look up a packaged food by its barcode")
def barcode(request: HttpRequest, gtin: str) -> dict[str, Any]:
    try:
        food = food_by_barcode(barcode=gtin)
    except GtinError as exc:
        raise ApiError(400, str(exc), field="gtin") from exc
    except Food.DoesNotExist as exc:
        raise ApiError(404, str(exc), field="gtin") from exc
    return food_json(food)


@router.get("/{int:fdc_id}", auth=None, summary="One USDA food with nutrients and portions")
def detail(request: HttpRequest, fdc_id: int) -> dict[str, Any]:
    try:
        food = food_get_by_fdc_id(fdc_id=fdc_id)
    except Food.DoesNotExist as exc:
        raise ApiError(404, f"No food has the FDC id {fdc_id}.", field="fdc_id") from exc
    return food_json(food)
