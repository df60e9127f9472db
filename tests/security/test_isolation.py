"""One member can never read, change or delete another member's data, through any page or API operation.

The routes are enumerated from Django's URL resolver and from the API's OpenAPI schema, so a new
route with an id parameter fails ``test_every_parameterised_route_is_classified`` until it is
added to a registry below, and from then on it is attacked by the isolation tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.db.models import Model
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from livewell.accounts.models import User
from livewell.api.services import api_token_create
from livewell.api.urls import api
from livewell.backpain.models import Medicine, PainEntry
from livewell.backpain.services import guide_result_save, medicine_create, pain_entry_create
from livewell.diary.models import DiaryEntry, ExerciseEntry, FavouriteFood, Recipe, RecipeIngredient, WeightEntry
from livewell.diary.services.activity import exercise_log_custom, weight_log
from livewell.diary.services.entries import diary_entry_log_food, diary_entry_quick_add
from livewell.diary.services.recipes import recipe_create, recipe_ingredient_add
from livewell.foods.models import Food
from livewell.foods.services import custom_food_create
from livewell.goals.domain.budget import BudgetInput
from livewell.goals.services import goal_plan_create
from livewell.lib.nutrients import Nutrients
from livewell.members.billing import PLANS
from livewell.members.models import Checkout
from livewell.members.notifications import notification_create
from livewell.members.services import gold_checkout_start
from tests.factories import make_member

# What the id in each parameterised page route refers to.  Kinds in OWNED are member data and get
# attacked; PUBLIC routes take slugs or ids of things everyone may see; OWN_SCOPE routes take a
# parameter that selects within the signed-in member's own data (a day, an export name).
OWNED = {
    "goal_plan",
    "custom_food",
    "diary_entry",
    "exercise",
    "weight",
    "recipe",
    "saved_guide",
    "medicine",
    "pain_entry",
    "notification",
    "checkout",
    "api_token",
}
PUBLIC, OWN_SCOPE = "public", "own-scope"

PAGE_ROUTES: dict[str, str] = {
    "accounts/reset/<uidb64>/<token>/": PUBLIC,
    "goals/plans/<int:plan_id>/": "goal_plan",
    "foods/<int:food_id>/": "custom_food",
    "tracker/<isodate:day>/": OWN_SCOPE,
    "tracker/<isodate:day>/quick-add/": OWN_SCOPE,
    "tracker/<isodate:day>/copy/": OWN_SCOPE,
    "tracker/<isodate:day>/add/": OWN_SCOPE,
    "tracker/favourites/<int:food_id>/": "custom_food",
    "tracker/entries/<int:entry_id>/edit/": "diary_entry",
    "tracker/entries/<int:entry_id>/delete/": "diary_entry",
    "tracker/entries/<int:entry_id>/undo/": "diary_entry",
    "tracker/entries/<int:entry_id>/move/": "diary_entry",
    "tracker/exercise/<int:entry_id>/delete/": "exercise",
    "tracker/weight/<int:entry_id>/delete/": "weight",
    "tracker/recipes/<int:recipe_id>/": "recipe",
    "tracker/recipes/<int:recipe_id>/delete/": "recipe",
    "tracker/recipes/<int:recipe_id>/log/": "recipe",
    "tracker/recipes/<int:recipe_id>/ingredients/": "recipe",
    "tracker/recipes/<int:recipe_id>/ingredients/<int:ingredient_id>/remove/": "recipe",
    "tracker/data/export/<str:what>.csv": OWN_SCOPE,
    "back-pain/tools/guide/saved/<int:result_id>/": "saved_guide",
    "back-pain/tools/medicines/<int:medicine_id>/edit/": "medicine",
    "back-pain/tools/medicines/<int:medicine_id>/delete/": "medicine",
    "back-pain/tools/journal/<int:entry_id>/edit/": "pain_entry",
    "back-pain/tools/journal/<int:entry_id>/delete/": "pain_entry",
    "members/gold/checkout/<str:reference>/": "checkout",
    "members/notifications/<int:notification_id>/read/": "notification",
    "members/follow/<int:centre_id>/": PUBLIC,
    "content/authors/<slug:slug>/": PUBLIC,
    "content/feeds/<slug:slug>/": PUBLIC,
    "content/feeds/<slug:slug>/atom/": PUBLIC,
    "accounts/tokens/<int:token_id>/revoke/": "api_token",
    "documents/authenticate_with_password/<int:restriction_id>/": PUBLIC,
    "media/<path:path>": PUBLIC,
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": PUBLIC,
}
# Mounted whole and staff-only (tested in test_staff_pages_refuse_members); the API is checked through its schema.
NOT_PAGES = ("django-admin/", "cms/", "api/v1/")

API_PATHS: dict[str, str] = {
    "/api/v1/foods/barcode/{gtin}": PUBLIC,
    "/api/v1/foods/{fdc_id}": PUBLIC,  # published foods only: a member's own foods have no FDC id
    "/api/v1/diary/entries/{entry_id}": "diary_entry",
    "/api/v1/exercise/{entry_id}": "exercise",
    "/api/v1/weight/{entry_id}": "weight",
    "/api/v1/diary/{day}": OWN_SCOPE,
    "/api/v1/meds/{medicine_id}": "medicine",
    "/api/v1/pain/{entry_id}": "pain_entry",
    "/api/v1/content/articles/{slug}": PUBLIC,
    "/api/v1/content/centres/{slug}/video-of-the-day": PUBLIC,
    "/api/v1/notifications/{notification_id}/read": "notification",
}
# A valid body for each writing operation, so a refusal cannot come from validation alone.
API_BODIES: dict[str, dict[str, Any]] = {
    "diary_entry": {"meal": "dinner", "amount": 3, "kcal": 999},
    "exercise": {"minutes": 99},
    "weight": {"weight": 150, "unit": "lb"},
    "medicine": {"name": "Taken over"},
    "pain_entry": {"pain": 9, "notes": "taken over"},
}
# Everything a page form might ask for, valid where possible.
FORM_DATA = {
    "meal": "dinner",
    "amount": "2",
    "portion": "g",
    "kcal": "999",
    "minutes": "99",
    "name": "Taken over",
    "servings": "2",
    "pain": "9",
    "weight": "150",
    "unit": "lb",
    "day": "2025-01-02",
    "notes": "taken over",
}
REFUSED = {403, 404}
# Routes that answer another member's id exactly as they answer an id that does not exist (same
# redirect, same error message) instead of with a 404.  Nothing leaks, but the rule is 404; these
# are listed so the exception is visible, and the test checks the two answers really are identical.
# Routes that answer another member's id exactly as they answer a missing one, instead of 404.
SAME_AS_MISSING: set[str] = set()
MISSING_ID = 987654


def _walk(patterns: list[URLPattern | URLResolver], prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def parameterised_page_routes() -> list[str]:
    routes = [r for r in _walk(get_resolver().url_patterns) if "<" in r or "(?P" in r]
    return [r for r in routes if not r.startswith(NOT_PAGES)]


def api_operations() -> list[tuple[str, str, dict[str, Any]]]:
    schema = api.get_openapi_schema(path_prefix="/api/v1/")
    return [(path, method, op) for path, ops in schema["paths"].items() for method, op in ops.items()]


def test_every_parameterised_route_is_classified() -> None:
    unknown_pages = sorted(set(parameterised_page_routes()) - set(PAGE_ROUTES))
    assert not unknown_pages, f"add these page routes to PAGE_ROUTES with the kind of their id: {unknown_pages}"
    unknown_api = sorted({p for p, _m, _o in api_operations() if "{" in p} - set(API_PATHS))
    assert not unknown_api, f"add these API paths to API_PATHS with the kind of their id: {unknown_api}"
    kinds = set(PAGE_ROUTES.values()) | set(API_PATHS.values())
    assert kinds <= OWNED | {PUBLIC, OWN_SCOPE}


@dataclass
class Owned:
    """One of everything member A can own, and the objects' ids by kind."""

    member: User
    ids: dict[str, Any]
    objects: list[Model]


def _own_everything(member: User) -> Owned:
    today = timezone.localdate()
    food = custom_food_create(
        user=member,
        description="A's secret shake",
        nutrients_per_100g=Nutrients(kcal=80, protein_g=10),
        serving_size_g=250,
    )
    entry = diary_entry_log_food(
        user=member, day=today, meal="breakfast", food_id=food.pk, amount=100, portion="g", today=today
    )
    quick = diary_entry_quick_add(user=member, day=today, meal="lunch", kcal=420)
    exercise = exercise_log_custom(user=member, day=today, description="Swim", minutes=30, kcal=250, today=today)
    weight = weight_log(user=member, day=today - timedelta(days=1), value=170, unit="lb", today=today)
    recipe = recipe_create(user=member, name="A's soup", servings=4)
    ingredient = recipe_ingredient_add(user=member, recipe_id=recipe.pk, food_id=food.pk, amount=200, portion="g")
    favourite, _ = FavouriteFood.objects.get_or_create(user=member, food=food)
    plan = goal_plan_create(
        user=member,
        inputs=BudgetInput(sex="female", age=60, height_cm=163, weight_kg=77, activity="moderate", goal="lose-0.5"),
    )
    medicine = medicine_create(user=member, name="Ibuprofen", daily_dose=Decimal("400"))
    pain = pain_entry_create(user=member, pain=4, notes="after gardening")
    guide = guide_result_save(user=member, answers={"pain": 4}, result={"urgent": False, "advice": "keep moving"})
    notification = notification_create(user=member, kind="gold", title="For A only")
    assert notification is not None
    token, _raw = api_token_create(user=member, name="A's phone")
    gold_checkout_start(user=member, plan_code=next(iter(PLANS)))
    checkout_row = Checkout.objects.get(user=member)
    ids = {
        "custom_food": food.pk,
        "diary_entry": entry.pk,
        "exercise": exercise.pk,
        "weight": weight.pk,
        "recipe": recipe.pk,
        "ingredient": ingredient.pk,
        "goal_plan": plan.pk,
        "medicine": medicine.pk,
        "pain_entry": pain.pk,
        "saved_guide": guide.pk,
        "notification": notification.pk,
        "api_token": token.pk,
        "checkout": checkout_row.reference,
    }
    objects: list[Model] = [
        food,
        entry,
        quick,
        exercise,
        weight,
        recipe,
        ingredient,
        favourite,
        plan,
        medicine,
        pain,
        guide,
        notification,
        token,
        checkout_row,
    ]
    return Owned(member, ids, objects)


def _snapshot(objects: list[Model]) -> list[dict[str, Any]]:
    snapshots = []
    for obj in objects:
        fresh = type(obj)._default_manager.filter(pk=obj.pk).first()
        assert fresh is not None, f"{type(obj).__name__} {obj.pk} of member A was deleted"
        snapshots.append(model_to_dict(fresh))
    return snapshots


ARG = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>")


def _page_url(route: str, owned: Owned) -> str:
    kind = PAGE_ROUTES[route]

    def value(match: re.Match[str]) -> str:
        if match["name"] == "ingredient_id":
            return str(owned.ids["ingredient"])
        return str(owned.ids[kind])

    return "/" + ARG.sub(value, route)


def _member_data_routes() -> list[str]:
    return [r for r in parameterised_page_routes() if PAGE_ROUTES.get(r) in OWNED]


@pytest.fixture
def member_a(db: Any) -> Owned:
    return _own_everything(make_member(email="a@example.org"))


@pytest.mark.django_db
def test_member_b_cannot_reach_member_a_objects_through_any_page(member_a: Owned, client: Client) -> None:
    before = _snapshot(member_a.objects)
    intruder = make_member(email="b@example.org")
    client.force_login(intruder)
    leaks = []
    refused_gets: list[tuple[str, int]] = []
    for route in _member_data_routes():
        url = _page_url(route, member_a)
        answers = {
            "GET": client.get(url).status_code,
            "POST": client.post(url, FORM_DATA).status_code,
            "htmx POST": client.post(url, FORM_DATA, headers={"HX-Request": "true"}).status_code,
        }
        if route in SAME_AS_MISSING:
            missing = "/" + ARG.sub(str(MISSING_ID), route)
            theirs, nothing = client.post(url, FORM_DATA), client.post(missing, FORM_DATA)
            if (theirs.status_code, theirs.get("Location")) != (nothing.status_code, nothing.get("Location")):
                leaks.append(f"{url} answers unlike a missing id: {theirs.status_code} vs {nothing.status_code}")
            # The same error message (the last one added; earlier ones are still queued in the session).
            said = [str(m) for m in theirs.wsgi_request._messages][-1]  # type: ignore[attr-defined] # test client
            assert said == [str(m) for m in nothing.wsgi_request._messages][-1]  # type: ignore[attr-defined]
            assert "not found" in said
            continue
        if answers["GET"] in REFUSED:
            refused_gets.append((url, answers["GET"]))
        # 405 only means the route takes the other method; at least one method must reach the view.
        refused = all(code in REFUSED | {405} for code in answers.values())
        if not refused or all(code == 405 for code in answers.values()):
            leaks.append(f"{url}: {answers}")
    assert not leaks, "member B got past these routes:\n" + "\n".join(leaks)
    assert _snapshot(member_a.objects) == before
    # Nothing of A's was copied into B's account either (logging A's recipe, favouriting A's food).
    for model in (DiaryEntry, ExerciseEntry, WeightEntry, Recipe, FavouriteFood, Medicine, PainEntry):
        assert not model._default_manager.filter(user=intruder).exists(), model.__name__
    assert not Food.objects.filter(owner=intruder).exists()
    assert RecipeIngredient.objects.filter(recipe__user=member_a.member).count() == 1
    # The same addresses work for their owner, so the refusals above are about ownership, not bad ids.
    client.force_login(member_a.member)
    readable = [url for url, code in refused_gets if client.get(url).status_code == 200]
    assert len(readable) == len(refused_gets) >= 8, (readable, refused_gets)


@pytest.mark.django_db
def test_member_b_cannot_reach_member_a_objects_through_any_api_operation(member_a: Owned, client: Client) -> None:
    before = _snapshot(member_a.objects)
    intruder = make_member(email="b@example.org")
    _token, raw = api_token_create(user=intruder, name="B's script")
    leaks = []
    attacked = 0
    for path, method, _op in api_operations():
        kind = API_PATHS.get(path)
        if kind not in OWNED:
            continue
        attacked += 1
        url = re.sub(r"\{\w+\}", str(member_a.ids[kind]), path)
        body = API_BODIES.get(str(kind), {}) if method in {"put", "patch", "post"} else None
        response = client.generic(
            method.upper(),
            url,
            data=b"" if body is None else json.dumps(body),
            content_type="application/json",
            headers={"Authorization": f"Bearer {raw}"},
        )
        if response.status_code not in REFUSED:
            leaks.append(f"{method.upper()} {url}: {response.status_code} {response.content[:200]!r}")
    assert attacked >= 15
    assert not leaks, "member B got past these operations:\n" + "\n".join(leaks)
    assert _snapshot(member_a.objects) == before


@pytest.mark.django_db
def test_member_b_cannot_see_member_a_data_in_own_scope_pages(member_a: Owned, client: Client) -> None:
    """The day pages, lists and exports take no id: they must show B's (empty) data, never A's."""
    intruder = make_member(email="b@example.org")
    client.force_login(intruder)
    today = timezone.localdate()
    for url in (
        f"/tracker/{today:%Y-%m-%d}/",
        "/tracker/recipes/",
        "/tracker/my-foods/",
        "/tracker/data/export/livewell.json",
        "/back-pain/tools/medicines/",
        "/back-pain/tools/journal/",
        "/members/notifications/",
        "/goals/plans/",
        "/accounts/tokens/",
    ):
        response = client.get(url)
        assert response.status_code in {200, 302}, url
        text = response.content.decode()
        for secret in ("A&#x27;s secret shake", "A's secret shake", "A's soup", "A&#x27;s soup", "after gardening"):
            assert secret not in text, f"{url} shows member A's {secret!r}"
        assert "For A only" not in text, url
        assert "Ibuprofen" not in text, url
    # Every member API read without an id (lists, summaries) answers with B's data only.
    bearer = {"Authorization": f"Bearer {_raw_token(intruder)}"}
    lists = [p for p, m, op in api_operations() if m == "get" and op.get("security") and "{" not in p]
    lists.append(f"/api/v1/diary/{today:%Y-%m-%d}")
    assert len(lists) >= 5
    for url in lists:
        response = client.get(url, headers=bearer)
        assert response.status_code in {200, 403}, f"{url}: {response.status_code}"
        text = response.content.decode()
        for secret in ("secret shake", "A's soup", "after gardening", "For A only", "Ibuprofen", "A's phone"):
            assert secret not in text, f"{url} shows member A's {secret!r}"


def _raw_token(user: User) -> str:
    return api_token_create(user=user, name="check")[1]


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in_and_the_api_says_401(member_a: Owned, client: Client) -> None:
    before = _snapshot(member_a.objects)
    for route in _member_data_routes():
        url = _page_url(route, member_a)
        for response in (client.get(url), client.post(url, FORM_DATA)):
            if response.status_code == 302:
                assert response["Location"].startswith("/accounts/login/"), url
            else:
                assert response.status_code in REFUSED | {405}, f"{url}: {response.status_code}"
    for url in (
        f"/tracker/{timezone.localdate():%Y-%m-%d}/",
        "/tracker/recipes/",
        "/back-pain/tools/journal/",
        "/members/notifications/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/"), url

    secured = [(p, m) for p, m, op in api_operations() if op.get("security")]
    assert len(secured) >= 20
    for path, method in secured:
        url = re.sub(r"\{\w+\}", str(member_a.ids.get(API_PATHS.get(path, ""), "2025-01-01")), path)
        response = client.generic(method.upper(), url, data=b"{}", content_type="application/json")
        assert response.status_code == 401, f"{method.upper()} {url}: {response.status_code}"
    assert _snapshot(member_a.objects) == before


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/members/staff/", "/cms/", "/django-admin/", "/django-admin/accounts/user/"])
def test_staff_pages_refuse_members(url: str, client: Client) -> None:
    client.force_login(make_member())
    response = client.get(url)
    assert response.status_code in {302, 403, 404}, url
    if response.status_code == 302:
        assert "login" in response["Location"], url
