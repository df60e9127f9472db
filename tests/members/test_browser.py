"""Acceptance in a real Chromium: the bell and its badge notification, Gold upgrade and checkout, axe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.factories import DEFAULT_PASSWORD
from tests.members.conftest import new_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CAUGHT_UP = "You're all caught up!"


def test_first_food_rings_the_bell_and_reading_it_clears_it(
    browser_page: Any, login_in_browser: Callable[..., None], assert_accessible: Callable[[Any], None]
) -> None:
    page = browser_page
    member = new_member(email="rose@example.org")
    login_in_browser(page, member.email, DEFAULT_PASSWORD)
    bell = page.locator("#notification-bell")
    expect(bell.locator("summary")).to_have_accessible_name("Notifications, none unread")
    bell.locator("summary").click()
    expect(bell.get_by_text(CAUGHT_UP, exact=True)).to_be_visible()

    page.goto("/tracker/")
    page.get_by_label("Calories (kcal)").fill("350")
    page.get_by_role("button", name="Add calories").click()
    # The diary answers with htmx; the bell refreshes itself without a page load.
    expect(bell.locator("summary")).to_have_accessible_name("Notifications, 1 unread")
    expect(bell.locator(".bell-count")).to_have_text("1")

    bell.locator("summary").click()
    expect(bell.get_by_text(CAUGHT_UP)).to_have_count(0)
    bell.get_by_role("button", name="Unread: You earned a badge: First food logged").click()
    page.wait_for_url("**/members/#badges")
    earned = page.locator(".badge-item.is-earned")
    expect(earned).to_have_count(1)
    expect(earned).to_contain_text("First food logged")
    assert_accessible(page)

    bell = page.locator("#notification-bell")
    expect(bell.locator("summary")).to_have_accessible_name("Notifications, none unread")
    bell.locator("summary").click()
    expect(bell.get_by_text(CAUGHT_UP, exact=True)).to_be_visible()

    page.goto("/members/notifications/")
    expect(page.get_by_role("heading", name="You earned a badge: First food logged")).to_be_visible()
    assert_accessible(page)


def test_free_member_meets_the_upgrade_page_pays_and_wears_the_gold_badge(
    browser_page: Any, login_in_browser: Callable[..., None], assert_accessible: Callable[[Any], None]
) -> None:
    page = browser_page
    member = new_member(email="ada@example.org")
    login_in_browser(page, member.email, DEFAULT_PASSWORD)
    expect(page.get_by_role("link", name="Gold Member Badge")).to_have_count(0)

    page.goto("/members/badges/progress/")
    expect(page.get_by_role("heading", name="This is a Gold feature")).to_be_visible()
    expect(page.get_by_text("Progress toward every badge you have not earned yet").first).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Gold, yearly ($49 a year)").check()
    page.get_by_role("button", name="Continue to payment").click()
    page.get_by_role("button", name="Pay with the test provider").click()
    expect(page.get_by_text("Payment confirmed. Welcome to Gold!")).to_be_visible()
    expect(page.get_by_role("link", name="Gold Member Badge")).to_be_visible()
    expect(page.locator("#notification-bell summary")).to_have_accessible_name("Notifications, 1 unread")
    # Paying leads straight on to the feature that was asked for.
    page.wait_for_url("**/members/badges/progress/")
    expect(page.get_by_role("heading", name="Your progress toward badges")).to_be_visible()
    assert_accessible(page)
