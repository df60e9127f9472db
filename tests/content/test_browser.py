"""Browser tests: a visitor reads an article and plays the Video of the Day; an editor's
article waits for a medical reviewer's approval before it appears in the centre."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from livewell.content.models import ArticlePage, CentrePage, MedicalReviewer
from tests.content.conftest import staff_in
from tests.factories import DEFAULT_PASSWORD

ARTICLE = "/back-pain-center/exercise-and-physical-therapy/"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_reads_an_article_plays_the_video_with_captions_and_follows_a_citation(
    starter_site: CentrePage, browser_page: Any, assert_accessible: Callable[[Any], None]
) -> None:
    page = browser_page
    page.goto("/back-pain-center/")
    assert_accessible(page)
    page.get_by_role("link", name="Exercise and physical therapy for back pain from osteoporosis").first.click()
    page.wait_for_url(f"**{ARTICLE}")
    assert page.get_by_text("Medically reviewed by livewell editorial team on November 25, 2026").is_visible()
    assert_accessible(page)

    video = page.locator(".article-body video")
    video.scroll_into_view_if_needed()
    captions = page.evaluate(
        """async () => {
            const video = document.querySelector('.article-body video');
            const track = video.querySelector('track');
            if (track.readyState !== 2) {
                await new Promise((resolve, reject) => {
                    track.addEventListener('load', resolve);
                    track.addEventListener('error', () => reject(new Error('captions failed to load')));
                });
            }
            video.muted = true;
            await video.play();
            await new Promise((resolve) => setTimeout(resolve, 1200));
            video.pause();
            const tt = video.textTracks[0];
            return {kind: tt.kind, mode: tt.mode, cues: tt.cues.length,
                    first: tt.cues[0].text, time: video.currentTime, error: video.error};
        }"""
    )
    assert captions["kind"] == "captions"
    assert captions["mode"] == "showing"
    assert captions["cues"] >= 10
    assert captions["first"].startswith("Here are some general tips")
    assert captions["error"] is None
    assert captions["time"] > 0.5  # the video really played

    citation = page.locator("a.citation").first
    target = citation.get_attribute("href")
    citation.click()
    page.wait_for_url(re.compile(f"{target}$"))
    reference = page.locator(str(target))
    assert reference.is_visible()
    assert reference.locator("cite").inner_text()
    reference.get_by_role("link", name=re.compile("Back to text")).click()
    page.wait_for_url(re.compile(r"#cite-\d+$"))

    page.get_by_role("link", name="livewell editorial team").first.click()
    page.wait_for_url("**/content/authors/livewell-editorial-team/")
    assert page.locator(".article-card").count() == 6
    assert_accessible(page)

    page.goto("/content/search/")
    page.get_by_label("Words to search for").fill("vertebroplasty")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/content/search/?q=vertebroplasty")
    assert page.get_by_role("link", name=re.compile("^Vertebroplasty, kyphoplasty")).is_visible()
    assert_accessible(page)


def _open_action_menu(page: Any) -> None:
    """Open the dropdown next to the editor's main button ("Save draft" or "Approve")."""
    page.locator(".w-dropdown__toggle:has(.w-sr-only:text-is('More actions'))").last.click()


def _login(page: Any, login_in_browser: Callable[[Any, str, str], None], email: str) -> None:
    page.context.clear_cookies()
    login_in_browser(page, email, DEFAULT_PASSWORD)


def test_editor_submits_an_article_that_waits_for_a_reviewers_approval(
    starter_site: CentrePage, browser_page: Any, login_in_browser: Callable[[Any, str, str], None], live_server: Any
) -> None:
    editor = staff_in("Editors", "editor@example.org")
    reviewer = staff_in("Medical reviewers", "reviewer@example.org")
    MedicalReviewer.objects.create(name="Test Reviewer", slug="test-reviewer", user=reviewer)
    page = browser_page

    _login(page, login_in_browser, editor.email)
    page.goto(f"/cms/pages/add/content/articlepage/{starter_site.pk}/")
    page.locator("#id_title").fill("Walking after a spine fracture")
    page.locator("#id_summary").fill("Short, regular walks help most people keep moving.")
    page.locator("[data-streamfield-stream-container] button[title='Insert a block']").first.click()
    page.get_by_role("option", name="Text").click()
    editor_box = page.locator(".Draftail-Editor [contenteditable='true']").first
    editor_box.click()
    editor_box.type("Walking loads your bones gently and keeps your back muscles working.")
    page.locator("#id_summary").click()  # leaving the rich text editor stores its content in the form
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[type=hidden]')].some((i) => i.value.includes('Walking loads'))"
    )
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/cms/pages/\d+/edit/"))
    page.wait_for_load_state("networkidle")
    _open_action_menu(page)
    assert page.get_by_role("button", name="Publish", exact=True).count() == 0  # editors cannot publish
    page.get_by_role("button", name="Submit to Medical review").click()
    page.wait_for_load_state("networkidle")
    errors = page.evaluate(
        """() => [...document.querySelectorAll('.error-message')].map(
            (e) => (e.closest('[data-contentpath]') || e.parentElement).outerHTML.slice(0, 600))"""
    )
    assert not errors, errors

    draft = ArticlePage.objects.get(slug="walking-after-a-spine-fracture")
    assert not draft.live
    assert draft.workflow_in_progress
    assert page.context.request.get(f"{live_server.url}/back-pain-center/walking-after-a-spine-fracture/").status == 404
    page.goto("/back-pain-center/")
    assert page.get_by_role("link", name="Walking after a spine fracture").count() == 0

    _login(page, login_in_browser, "reviewer@example.org")
    page.goto(f"/cms/pages/{draft.pk}/edit/")
    _open_action_menu(page)
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_load_state("networkidle")

    draft.refresh_from_db()
    assert draft.live
    page.goto("/back-pain-center/")
    page.get_by_role("link", name="Walking after a spine fracture").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Walking after a spine fracture"
    today = timezone.localdate()
    reviewed = f"Medically reviewed by Test Reviewer on {today:%B} {today.day}, {today.year}"
    assert page.get_by_text(reviewed).is_visible()
