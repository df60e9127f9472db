"""Whole journeys in a real Chromium at 200 % zoom, driven by the keyboard; every page passes axe.

200 % zoom of a 1280 px wide window is a 640 CSS px viewport: each page visited must not scroll
sideways, must show its key controls inside the viewport, and must pass axe (no serious or critical
violations).  The main actions are done with Tab, Enter, Space and the arrow keys, and the focused
control must show a visible focus indicator.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from livewell.accounts.models import User
from livewell.backpain.models import PainEntry
from livewell.content.models import ArticlePage, ArticleReference, CentrePage
from livewell.diary.models import DiaryEntry
from livewell.foods.records import FoodRecord
from livewell.foods.starter import STARTER_FILE
from livewell.foods.writer import write_batch
from livewell.goals.models import GoalPlan
from tests.content.conftest import clean_media, starter_site  # noqa: F401 (fixtures used by the article journey)
from tests.factories import DEFAULT_PASSWORD, make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ZOOMED = {"width": 640, "height": 900}  # a 1280 x 1800 window at 200 %
MILK = 171265  # SR Legacy "Milk, whole, 3.25% milkfat, with added vitamin D"; 1 cup = 244 g


def load_foods(*fdc_ids: int) -> None:
    """Write a few real SR Legacy foods (with their USDA portions) from the shipped starter file."""
    wanted = set(fdc_ids)
    records = []
    with gzip.open(STARTER_FILE, "rt", encoding="utf-8") as lines:
        next(lines)  # the header line
        for line in lines:
            data = json.loads(line)
            if data["id"] in wanted:
                records.append(FoodRecord.from_json(data))
    write_batch(records)


def is_focused(page: Any, target: Any) -> bool:
    return bool(target.evaluate("(el) => el === document.activeElement"))


def assert_focus_visible(page: Any) -> None:
    """The focused element draws an outline or a focus ring (site.css :focus-visible)."""
    style = page.evaluate(
        """() => {
            const s = getComputedStyle(document.activeElement);
            return {outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow};
        }"""
    )
    assert (style["outline"] != "none" and style["width"] > 0) or style["shadow"] != "none", style


def tab_to(page: Any, target: Any, limit: int = 120) -> None:
    """Press Tab until ``target`` has the focus, then check the focus can be seen."""
    target.wait_for()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if is_focused(page, target):
            assert_focus_visible(page)
            return
    raise AssertionError(f"Tab never reached {target}")


def activate(page: Any, target: Any, url: str | re.Pattern[str] | None = None) -> None:
    """Tab to a link or button and press Enter; wait for the page it leads to when ``url`` is given."""
    tab_to(page, target)
    if url is None:
        page.keyboard.press("Enter")
    else:
        with page.expect_navigation(url=url):
            page.keyboard.press("Enter")


def type_in(page: Any, field: Any, text: str) -> None:
    """Replace a field's value by typing, as someone using the keyboard would."""
    if not is_focused(page, field):
        tab_to(page, field)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


# Visible elements that reach past the right edge of the viewport (or the left), unless a scrolling
# container (a wide table's wrapper) holds them: such content would be cut off or need sideways scrolling.
CLIPPED_JS = """() => {
    const width = window.innerWidth;
    const scrolls = (el) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === 'auto' || o === 'scroll') return true;
        }
        return false;
    };
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) continue;  // empty, or visually hidden text for screen readers
        if (!el.checkVisibility({visibilityProperty: true})) continue;  // e.g. inside a closed <details>
        if ((r.right > width + 1 || r.left < -1) && !scrolls(el)) {
            const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`;
            out.push(`${name} ${Math.round(r.left)}-${Math.round(r.right)}`);
        }
    }
    return out.slice(0, 8);
}"""


def check_page(page: Any, assert_accessible: Callable[[Any], None], *controls: Any) -> None:
    """At 200 % zoom: no sideways scrolling, the key controls fit in the viewport, axe passes."""
    assert page.viewport_size == ZOOMED
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url} scrolls sideways at 200 % zoom: {widths[0]} px > {widths[1]} px"
    for control in controls:
        control.scroll_into_view_if_needed()
        assert control.is_visible(), f"{control} is hidden at 200 % zoom on {page.url}"
        box = control.bounding_box()
        assert box is not None
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= ZOOMED["width"] + 0.5, f"{control} is cut off at 200 % zoom on {page.url}"
    clipped = page.evaluate(CLIPPED_JS)
    assert not clipped, f"content is cut off at 200 % zoom on {page.url}: {clipped}"
    assert_accessible(page)


def open_account_menu(page: Any) -> None:
    summary = page.locator("summary", has_text="My account")
    tab_to(page, summary)
    page.keyboard.press("Enter")
    assert page.locator("details.account-menu").get_attribute("open") is not None


def test_visitor_sets_a_goal_signs_up_and_logs_a_day(
    browser_page: Any, assert_accessible: Callable[[Any], None]
) -> None:
    load_foods(MILK)
    page = browser_page
    page.set_viewport_size(ZOOMED)

    # The goal wizard, by keyboard: radio groups with the arrow keys and Space.
    page.goto("/goals/")
    submit = page.get_by_role("button", name="Work out my calories")
    check_page(page, assert_accessible, page.get_by_label("Lose 1 lb per week"), submit)
    tab_to(page, page.locator("#id_goal_4"))  # "Maintain my current weight" is preselected
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.get_by_label("Lose 1 lb per week").is_checked()
    tab_to(page, page.locator("#id_sex_0"), limit=1)
    page.keyboard.press("Space")
    assert page.get_by_label("Female").is_checked()
    for field, value in (("#id_height_ft", "5"), ("#id_height_in", "4"), ("#id_weight", "150")):
        type_in(page, page.locator(field), value)
    type_in(page, page.get_by_label("Goal weight", exact=False).first, "140")
    type_in(page, page.locator("#id_age"), "60")
    activate(page, submit, url="**/goals/result/")

    assert page.locator(".target-number").inner_text() == "1200"
    sign_up = page.get_by_role("link", name="Sign up to save")
    check_page(page, assert_accessible, sign_up, page.get_by_role("img", name=re.compile("^Projected weight")))
    activate(page, sign_up, url=re.compile(r"/accounts/sign-up/\?next="))

    # Sign up: the saved answers become the member's first goal plan.
    create = page.get_by_role("button", name="Create account")
    check_page(page, assert_accessible, page.get_by_label("E-mail address"), create)
    type_in(page, page.get_by_label("E-mail address"), "ada@example.org")
    type_in(page, page.get_by_label("Password", exact=True), "a-long-unusual-passphrase")
    type_in(page, page.get_by_label("Password again"), "a-long-unusual-passphrase")
    activate(page, create, url=re.compile(r"/goals/plans/\d+/$"))
    member = User.objects.get(email="ada@example.org")
    plan = GoalPlan.objects.get(user=member)
    assert plan.target_kcal == 1200
    check_page(page, assert_accessible, page.get_by_role("link", name="Start tracking"))

    # Profile, through the account menu.
    open_account_menu(page)
    check_page(page, assert_accessible, page.get_by_role("link", name="Profile and settings"))
    activate(page, page.get_by_role("link", name="Profile and settings"), url="**/accounts/profile/")
    check_page(page, assert_accessible, page.get_by_role("button", name="Save profile"))

    # The diary: a food from search, then a quick add.
    activate(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Tracker"), url="**/tracker/")
    add_breakfast = page.get_by_role("link", name="Add food to Breakfast")
    check_page(page, assert_accessible, add_breakfast, page.get_by_role("button", name="Add calories"))
    activate(page, add_breakfast, url=re.compile(r"/tracker/\d{4}-\d{2}-\d{2}/add/"))
    search = page.get_by_label("Search foods")
    assert is_focused(page, search)  # the search box has the focus on arrival
    page.keyboard.type("milk")  # live search: results replace the list as you type
    milk = page.locator("li.food-choice", has_text="Milk, whole, 3.25% milkfat, with added vitamin D").first
    milk.wait_for()
    page.wait_for_url(re.compile(r"q=milk"))
    add_milk = milk.get_by_role("button", name=re.compile("^Add .* to diary$"))
    check_page(page, assert_accessible, search, milk.get_by_label("Amount"), add_milk)
    portion = milk.get_by_label("Portion")
    tab_to(page, portion)
    while "1 cup (244 g)" not in portion.evaluate("(el) => el.selectedOptions[0].textContent"):
        page.keyboard.press("ArrowDown")  # a closed select changes its choice with the arrow keys
    assert milk.get_by_label("Amount").input_value() == "1"
    activate(page, add_milk, url=re.compile(r"/tracker/\d{4}-\d{2}-\d{2}/"))
    assert page.locator("#breakfast").get_by_text("Milk, whole, 3.25% milkfat").first.is_visible()
    assert page.locator("#remaining").inner_text() == "1,051"  # 1200 - 148.84

    quick = page.locator("#quick-add")
    meal = quick.get_by_label("Meal", exact=True)
    tab_to(page, meal)
    while meal.input_value() != "snacks":
        page.keyboard.press("ArrowDown")
    type_in(page, quick.get_by_label("Calories (kcal)"), "200")
    type_in(page, quick.get_by_label("Description"), "Oat bar")
    activate(page, quick.get_by_role("button", name="Add calories"))
    page.get_by_text("Added 200 kcal to Snacks.").wait_for()
    assert page.locator("#remaining").inner_text() == "851"
    assert DiaryEntry.objects.filter(user=member).count() == 2
    check_page(page, assert_accessible, add_breakfast, page.get_by_role("button", name="Add calories"))

    # Reports.
    activate(
        page, page.get_by_role("navigation", name="Tracker").get_by_role("link", name="Reports"), url="**/reports/"
    )
    chart = page.get_by_role("img", name=re.compile("Calories eaten per day"))
    check_page(page, assert_accessible, chart)


def test_member_uses_the_back_pain_tools(
    browser_page: Any, login_in_browser: Callable[..., None], assert_accessible: Callable[[Any], None]
) -> None:
    user = make_member(first_name="Ruth")
    page = browser_page
    page.set_viewport_size(ZOOMED)
    login_in_browser(page, user.email, DEFAULT_PASSWORD)

    # The treatment guide, one step at a time.  First, the header's notifications menu opens inside the screen.
    page.goto("/back-pain/tools/")
    bell = page.locator("details.bell-menu > summary")
    tab_to(page, bell)
    page.keyboard.press("Enter")
    check_page(page, assert_accessible, page.get_by_role("link", name="See all notifications"))
    page.keyboard.press("Enter")  # closes it again
    guide_link = page.get_by_role("link", name="Start the guide")
    check_page(page, assert_accessible, guide_link)
    activate(page, guide_link, url="**/back-pain/tools/guide/")
    next_button = page.get_by_role("button", name="Next", exact=True)
    check_page(page, assert_accessible, page.get_by_label("Your age in years"), next_button)
    activate(page, next_button, url="**/guide/**")
    tab_to(page, page.get_by_label("Less than 6 weeks", exact=True))
    page.keyboard.press("Space")
    type_in(page, page.get_by_label("How bad is the pain now?", exact=True), "6")
    check_page(page, assert_accessible, next_button)
    for step in range(3, 7):
        activate(page, next_button, url="**/guide/**")
        check_page(page, assert_accessible, page.get_by_role("heading", name=re.compile(f"^Step {step} of 6")))
    results = page.get_by_role("button", name="See my results")
    activate(page, results, url="**/guide/result/")
    save = page.get_by_role("button", name="Save to my record")
    check_page(page, assert_accessible, page.get_by_role("heading", level=1), save)
    activate(page, save, url="**")
    assert page.get_by_text("The guide result is saved to your record.").is_visible()

    # Medicines: ibuprofen with warfarin raises a major bleeding alert.
    tools = page.get_by_role("navigation", name="Back-pain tools")
    activate(page, tools.get_by_role("link", name="My medicines"), url="**/medicines/")
    add = page.get_by_role("button", name="Add medicine", exact=True)
    check_page(page, assert_accessible, page.get_by_label("Medicine", exact=True), add)
    for name in ("ibuprofen", "warfarin"):
        type_in(page, page.get_by_label("Medicine", exact=True), name)
        with page.expect_navigation():
            page.keyboard.press("Enter")  # Enter in the field submits the form
    alert = page.locator(".alert-major", has_text="Anti-inflammatory painkiller with a blood thinner")
    check_page(page, assert_accessible, alert)

    # The pain journal: earlier days come from the database, today's is typed in.
    now = timezone.now()
    for days_ago, pain in zip(range(6, 0, -1), [8, 8, 7, 6, 6, 5], strict=True):
        PainEntry.objects.create(user=user, pain=pain, recorded_at=now - timedelta(days=days_ago))
    activate(page, tools.get_by_role("link", name="Pain journal"), url="**/journal/")
    save_entry = page.get_by_role("button", name="Save entry", exact=True)
    check_page(page, assert_accessible, page.get_by_label("Pain (0 to 10)", exact=True), save_entry)
    type_in(page, page.get_by_label("Pain (0 to 10)", exact=True), "4")
    tab_to(page, page.get_by_label("Lower back", exact=True))
    page.keyboard.press("Space")
    activate(page, save_entry, url="**/journal/**")
    assert page.get_by_text("Your pain entry is saved.").is_visible()
    assert PainEntry.objects.filter(user=user).count() == 7
    check_page(page, assert_accessible, page.locator("svg#pain-chart"))

    # The printable clinician summary.
    activate(page, tools.get_by_role("link", name="Clinician summary"), url="**/summary/")
    print_button = page.get_by_role("button", name="Print")
    check_page(
        page, assert_accessible, page.get_by_role("heading", name="Back pain summary for my clinician"), print_button
    )
    assert page.locator(".alert-major").first.is_visible()
    tab_to(page, print_button)


def test_published_article_reads_at_200_percent_zoom_by_keyboard(
    starter_site: CentrePage,  # noqa: F811 (the fixture imported above)
    browser_page: Any,
    assert_accessible: Callable[[Any], None],
) -> None:
    # The page the editorial journey in tests/content ends on: a reviewed article, just published.
    article = ArticlePage(
        title="Walking after a spine fracture",
        slug="walking-after-a-spine-fracture",
        summary="Short, regular walks help most people keep moving.",
        body=[{"type": "text", "value": "<p>Walking loads your bones gently [1].</p>"}],
        live=False,
        references=[ArticleReference(title="Low back pain and sciatica in over 16s", source="NICE", year=2016)],
    )
    starter_site.add_child(instance=article)
    article.save_revision().publish()

    page = browser_page
    page.set_viewport_size(ZOOMED)
    page.goto("/back-pain-center/")
    link = page.get_by_role("link", name="Walking after a spine fracture")
    check_page(page, assert_accessible, link)
    activate(page, link, url="**/back-pain-center/walking-after-a-spine-fracture/")
    check_page(page, assert_accessible, page.get_by_role("heading", level=1, name="Walking after a spine fracture"))

    # A starter article with a hero image, a captioned video and citations.
    page.goto("/back-pain-center/exercise-and-physical-therapy/")
    citation = page.locator("a.citation").first
    check_page(page, assert_accessible, page.get_by_role("heading", level=1), page.locator(".article-body video"))
    target = citation.get_attribute("href")
    activate(page, citation)
    page.wait_for_url(re.compile(f"{target}$"))
    check_page(page, assert_accessible, page.locator(str(target)))
