"""Free members keep a few recipes; Gold lifts the limit (one permission check in livewell.members)."""

from __future__ import annotations

from django.test import Client

from livewell.accounts.models import User
from livewell.diary.models import Recipe
from livewell.diary.services.recipes import recipe_create
from livewell.members.permissions import FREE_RECIPE_LIMIT
from tests.factories import grant_gold


def _fill_free_allowance(member: User) -> None:
    for n in range(FREE_RECIPE_LIMIT):
        recipe_create(user=member, name=f"Soup {n}", servings=4)


def test_free_member_at_the_recipe_limit_is_offered_gold_and_nothing_is_created(client: Client, member: User) -> None:
    _fill_free_allowance(member)
    client.force_login(member)
    response = client.post("/tracker/recipes/", {"name": "One more", "servings": "2"})
    assert response.status_code == 302
    assert response["Location"].startswith("/members/gold/?feature=unlimited_recipes")
    assert Recipe.objects.filter(user=member).count() == FREE_RECIPE_LIMIT


def test_gold_member_creates_recipes_past_the_free_limit(client: Client, member: User) -> None:
    _fill_free_allowance(member)
    grant_gold(member)
    client.force_login(member)
    response = client.post("/tracker/recipes/", {"name": "One more", "servings": "2"})
    assert response.status_code == 302
    assert Recipe.objects.filter(user=member, name="One more").exists()
