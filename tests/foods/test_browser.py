"""A person searches foods as they type, moves through results with the keyboard and opens one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.foods.factories import make_food, make_portion

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_live_search_with_keyboard_then_food_detail(
    browser_page: Any, assert_accessible: Callable[[Any], None]
) -> None:
    milk = make_food(description="Milk, whole, 3.25% milkfat, with added vitamin D", kcal=61.0, calcium_mg=113.0)
    make_portion(milk, "1 cup", 244.0)
    make_food(description="Candies, milk chocolate", category="Sweets", kcal=535.0)
    page = browser_page
    page.goto("/foods/")
    assert_accessible(page)

    search = page.get_by_label("Search foods")
    search.press_sequentially("mil", delay=30)
    first = page.locator("[data-food-results] a").first
    first.wait_for()
    assert "Milk, whole" in first.inner_text()
    assert page.url.endswith("/foods/?q=mil")  # the results can be bookmarked and shared

    search.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent").strip().startswith("Milk, whole")
    page.keyboard.press("ArrowDown")
    assert "Candies, milk chocolate" in page.evaluate("document.activeElement.textContent")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/foods/{milk.pk}/")
    table = page.get_by_role("table").first
    assert "Per 1 cup (244 g)" in table.inner_text()
    assert "276 mg" in table.inner_text()  # calcium: 113 mg per 100 g x 2.44
    assert_accessible(page)
