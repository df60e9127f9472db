"""A member with osteoporosis uses the back-pain tools in a real Chromium, by keyboard; axe passes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from livewell.backpain.models import HealthContext, PainEntry
from tests.factories import DEFAULT_PASSWORD, make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def press(page: Any, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")


def type_into(page: Any, label: str, text: str) -> None:
    field = page.get_by_label(label, exact=True)
    field.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def tick(page: Any, label: str) -> None:
    box = page.get_by_label(label, exact=True)
    box.focus()
    if not box.is_checked():
        page.keyboard.press("Space")


def test_member_with_osteoporosis_uses_the_tools(
    browser_page: Any, login_in_browser: Callable[..., None], assert_accessible: Callable[[Any], None]
) -> None:
    user = make_member(first_name="Ruth")
    HealthContext.objects.create(user=user, known_op=True, kidney_band="60+")
    page = browser_page
    login_in_browser(page, user.email, DEFAULT_PASSWORD)

    # The guide, one step at a time, by keyboard only.
    page.goto("/back-pain/tools/guide/")
    assert_accessible(page)
    assert page.get_by_label("Your age in years").input_value() == "66"  # from the profile
    press(page, "Next")
    tick(page, "Less than 6 weeks")
    type_into(page, "How bad is the pain now?", "7")
    tick(page, "The pain started suddenly (for example after lifting, a cough or a minor fall)")
    press(page, "Next")
    assert page.get_by_role("heading", name="Step 3 of 6: Warning signs").is_visible()
    press(page, "Back")
    assert page.get_by_label("How bad is the pain now?").input_value() == "7"
    press(page, "Next")
    press(page, "Next")
    assert page.get_by_label("I have been told I have osteoporosis (thin bones)").is_checked()
    press(page, "Next")
    press(page, "Next")
    press(page, "See my results")
    page.wait_for_url("**/guide/result/")
    assert page.get_by_role("heading", name="See your clinician soon").is_visible()
    assert page.get_by_text("Vertebroplasty is not recommended").is_visible()
    assert_accessible(page)
    press(page, "Save to my record")
    assert page.get_by_text("The guide result is saved to your record.").is_visible()

    # Medicines: ibuprofen and warfarin give a major bleeding alert.
    page.goto("/back-pain/tools/medicines/")
    for name in ("ibuprofen", "warfarin"):
        type_into(page, "Medicine", name)
        press(page, "Add medicine")
    alert = page.locator(".alert-major", has_text="Anti-inflammatory painkiller with a blood thinner")
    assert alert.is_visible()
    assert_accessible(page)

    # A week of pain: six earlier days from the database, today's in the browser.
    now = timezone.now()
    for days_ago, pain in zip(range(6, 0, -1), [8, 8, 7, 6, 6, 5], strict=True):
        PainEntry.objects.create(user=user, pain=pain, recorded_at=now - timedelta(days=days_ago))
    page.goto("/back-pain/tools/journal/")
    type_into(page, "Pain (0 to 10)", "4")
    tick(page, "Lower back")
    type_into(page, "What helped? (optional)", "short walk")
    press(page, "Save entry")
    assert page.get_by_text("Your pain entry is saved.").is_visible()
    assert page.get_by_text("clinically meaningful improvement").is_visible()
    assert page.locator("svg#pain-chart").is_visible()
    assert_accessible(page)

    # The printable clinician summary.
    page.goto("/back-pain/tools/summary/")
    assert page.get_by_role("heading", name="Back pain summary for my clinician").is_visible()
    assert page.get_by_role("button", name="Print").is_visible()  # print.js shows it
    assert page.locator(".alert-major").first.is_visible()
    assert page.get_by_text("Vertebroplasty is not recommended (M-AUG-NO)").is_visible()  # the saved guide
    page.emulate_media(media="print")
    assert not page.locator(".tools-nav").is_visible()
    page.emulate_media(media="screen")
    assert_accessible(page)
