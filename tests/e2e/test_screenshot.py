"""Takes the README screenshot with the browser harness (docs/screenshot.png)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
# `make screenshot` sets UPDATE_SCREENSHOT=1 to refresh the committed image; ordinary runs write elsewhere.
SCREENSHOT = ROOT / ("docs" if os.environ.get("UPDATE_SCREENSHOT") else "test-results") / "screenshot.png"


def test_readme_screenshot(browser_page: Any) -> None:
    browser_page.set_viewport_size({"width": 1200, "height": 800})
    browser_page.goto("/")
    assert browser_page.get_by_role("heading", level=1).is_visible()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
