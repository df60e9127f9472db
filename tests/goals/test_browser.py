"""A visitor completes the goal wizard with the keyboard only; both pages pass axe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def focused_id(page: Any) -> str:
    return str(page.evaluate("document.activeElement && document.activeElement.id"))


def tab_to(page: Any, element_id: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_id(page) == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_visitor_completes_the_wizard_by_keyboard(browser_page: Any, assert_accessible: Callable[[Any], None]) -> None:
    page = browser_page
    page.goto("/goals/")
    assert page.get_by_role("heading", level=1).inner_text() == "Lose Weight. Feel Great!"
    assert_accessible(page)

    tab_to(page, "id_goal_4")  # "Maintain my current weight" is preselected
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.get_by_label("Lose 1 lb per week").is_checked()
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_sex_0"
    page.keyboard.press("Space")
    assert page.get_by_label("Female").is_checked()
    page.keyboard.press("Tab")  # units: US stays chosen
    for field, value in (("id_height_ft", "5"), ("id_height_in", "4")):
        tab_to(page, field, limit=2)
        page.keyboard.type(value)
    tab_to(page, "id_weight", limit=3)
    page.keyboard.type("150")
    page.keyboard.press("Tab")
    page.keyboard.type("140")
    tab_to(page, "id_age", limit=2)
    page.keyboard.type("60")
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_activity_1"  # "Lightly active" is preselected
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/goals/result/")

    assert page.get_by_role("heading", level=1).inner_text() == "Your daily calorie target"
    assert page.locator(".target-number").inner_text() == "1200"
    assert "1,200 kcal" in page.locator(".warnings").inner_text()
    assert page.get_by_role("img", name="Projected weight: 3,500 kcal rule and dynamic model").is_visible()
    assert page.get_by_role("link", name="Sign up to save").is_visible()
    assert_accessible(page)
