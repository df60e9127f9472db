"""A new member logs a day in a real Chromium: breakfast from search, quick add, exercise, weight,
copy yesterday's breakfast; totals and remaining calories are right; axe passes on diary and reports."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from livewell.accounts.models import User
from livewell.diary.services import entries
from livewell.foods.models import Food
from tests.diary.conftest import make_plan
from tests.factories import DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def remaining(page: Any) -> str:
    return str(page.locator("#remaining").inner_text())


def test_a_new_member_logs_a_day(
    browser_page: Any,
    login_in_browser: Callable[..., None],
    assert_accessible: Callable[[Any], None],
    member: User,
    foods: dict[int, Food],
) -> None:
    today = timezone.localdate()
    plan = make_plan(member)  # worked example 1 of the fact sheet: 1,207 kcal a day
    assert plan.target_kcal == 1207
    entries.diary_entry_quick_add(
        user=member, day=today - timedelta(days=1), meal="breakfast", kcal=320, description="Porridge with raisins"
    )
    page = browser_page
    login_in_browser(page, member.email, DEFAULT_PASSWORD)

    page.goto("/tracker/")
    assert remaining(page) == "1,207"
    assert_accessible(page)

    # Breakfast from live search: type, pick the portion, see the calories, add.
    page.get_by_role("link", name="Add food to Breakfast").click()
    page.get_by_label("Search foods").fill("milk")
    milk = page.locator("li.food-choice", has_text="Milk, whole, 3.25% milkfat, with added vitamin D")
    milk.first.wait_for()
    milk = milk.first
    milk.get_by_label("Portion").select_option(label="1 cup (244 g)")
    milk.get_by_label("Amount").fill("1")
    milk.get_by_role("button", name=re.compile("^Show calories")).click()
    page.wait_for_load_state()
    milk = page.locator("li.food-choice", has_text="Milk, whole, 3.25% milkfat, with added vitamin D").first
    assert "149 kcal" in milk.locator(".preview-slot").inner_text()
    assert_accessible(page)
    milk.get_by_role("button", name=re.compile("^Add .* to diary$")).click()
    page.wait_for_url(re.compile(r"/tracker/\d{4}-\d{2}-\d{2}/"))
    assert remaining(page) == "1,058"  # 1207 - 148.84

    # Quick add (htmx swaps the day in place).
    page.get_by_label("Meal", exact=True).select_option("snacks")
    page.get_by_label("Calories (kcal)").fill("200")
    page.get_by_role("button", name="Add calories").click()
    page.get_by_text("Added 200 kcal to Snacks.").wait_for()
    assert remaining(page) == "858"

    # Weight, then exercise (its calories need the weight).
    page.goto("/tracker/weight/")
    page.get_by_label("Weight", exact=True).fill("154.3")
    page.get_by_role("button", name="Save weight").click()
    page.get_by_text("Logged 154.3 lb").wait_for()
    page.goto("/tracker/exercise/")
    page.get_by_label("Activity", exact=True).first.select_option("17200")
    page.get_by_label("Minutes").first.fill("45")
    page.get_by_role("button", name="Log activity").click()
    page.get_by_text("Logged Walking, brisk (3.5 mph)").wait_for()

    # 154.3 lb = 69.99 kg; net (4.3 - 1) x 69.99 x 0.75 h = 173.2 kcal.
    page.goto("/tracker/")
    assert page.locator(".term", has_text="Food").locator(".term-value").inner_text() == "349"
    assert page.locator(".term", has_text="Exercise").locator(".term-value").inner_text() == "173"
    assert remaining(page) == "1,031"

    page.get_by_role("button", name="Copy yesterday\u2019s breakfast").click()
    page.get_by_text("Copied 1 item (breakfast)").wait_for()
    assert page.locator("#breakfast").get_by_role("cell", name="Porridge with raisins", exact=True).is_visible()
    assert remaining(page) == "711"
    assert_accessible(page)

    # Delete with undo, and move between meals: htmx swaps the day in place.
    page.get_by_role("button", name="Delete Quick add").click()
    page.get_by_role("button", name="Undo delete").wait_for()
    assert remaining(page) == "911"
    page.get_by_role("button", name="Undo delete").click()
    page.get_by_text("Brought back Quick add.").wait_for()
    assert remaining(page) == "711"
    page.get_by_label("Move Porridge with raisins to").select_option("lunch")
    page.get_by_role("button", name="Move Porridge with raisins").click()
    page.get_by_text("Moved Porridge with raisins to Lunch.").wait_for()
    assert page.locator("#lunch").get_by_role("cell", name="Porridge with raisins", exact=True).is_visible()
    assert page.url.endswith(f"/tracker/{today.isoformat()}/")  # htmx did not push the action URL

    page.goto("/tracker/reports/?days=30")
    assert page.get_by_role("img", name=re.compile("Calories eaten per day")).is_visible()
    assert_accessible(page)
