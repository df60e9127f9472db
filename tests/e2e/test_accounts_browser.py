"""A visitor signs up, logs out and logs in again in a real Chromium; pages pass axe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from livewell.accounts.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_log_out_and_log_in(browser_page: Any, login_in_browser: Callable[..., None]) -> None:
    page = browser_page
    page.goto("/")
    page.get_by_role("link", name="Sign up").first.click()
    page.get_by_label("E-mail address").fill("grace@example.org")
    page.get_by_label("Password", exact=True).fill("a-long-unusual-passphrase")
    page.get_by_label("Password again").fill("a-long-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/accounts/profile/")
    assert page.get_by_text("Your account is ready").is_visible()
    assert User.objects.filter(email="grace@example.org").exists()

    page.locator("summary", has_text="My account").click()
    page.get_by_role("button", name="Log out").click()
    assert page.get_by_text("You are logged out").is_visible()
    assert page.get_by_role("link", name="Log in").is_visible()

    login_in_browser(page, "grace@example.org", "a-long-unusual-passphrase")
    assert page.locator("summary", has_text="My account").is_visible()


def test_sign_up_errors_are_announced_and_nothing_is_created(browser_page: Any) -> None:
    page = browser_page
    page.goto("/accounts/sign-up/")
    page.get_by_label("E-mail address").fill("grace@example")
    page.get_by_label("Password", exact=True).fill("123")
    page.get_by_label("Password again").fill("123")
    page.get_by_role("button", name="Create account").click()
    alert = page.get_by_role("alert")
    assert "There is a problem" in alert.inner_text()
    assert not User.objects.exists()


@pytest.mark.parametrize("path", ["/", "/accounts/sign-up/", "/accounts/login/", "/about/"])
def test_public_pages_pass_axe(browser_page: Any, assert_accessible: Callable[[Any], None], path: str) -> None:
    browser_page.goto(path)
    assert_accessible(browser_page)


def test_layout_is_keyboard_navigable_with_skip_link(browser_page: Any) -> None:
    page = browser_page
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_layout_works_at_200_percent_zoom(browser_page: Any) -> None:
    page = browser_page
    # 200% zoom of a 1280 px window is a 640 px CSS viewport.
    page.set_viewport_size({"width": 640, "height": 900})
    page.goto("/")
    no_sideways_scroll = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert no_sideways_scroll
    assert page.get_by_role("link", name="Back Pain Center").first.is_visible()
