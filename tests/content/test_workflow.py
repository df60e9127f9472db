"""An article is published only when a medical reviewer approves it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import time_machine
from django.core.management import call_command
from django.test import Client

from livewell.accounts.models import User
from livewell.content.models import ArticlePage, ArticleReference, CentrePage, MedicalReviewer


def _draft(centre: CentrePage, editor: User) -> ArticlePage:
    page = ArticlePage(
        title="Walking after a spine fracture",
        slug="walking-after-a-spine-fracture",
        summary="Short, regular walks help most people.",
        body=[{"type": "text", "value": "<p>Walking keeps you moving [1].</p>"}],
        live=False,
        owner=editor,
        references=[ArticleReference(title="Low back pain and sciatica in over 16s", source="NICE", year=2016)],
    )
    centre.add_child(instance=page)
    page.save_revision(user=editor)
    return page


def test_editors_cannot_publish_and_reviewers_approve(
    starter_site: CentrePage, editor: User, reviewer: User, client: Client
) -> None:
    credited = MedicalReviewer.objects.create(name="Test Reviewer", slug="test-reviewer", user=reviewer)
    page = _draft(starter_site, editor)
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(editor).can_edit()

    state = page.get_workflow().start(page, editor)
    page.refresh_from_db()
    assert not page.live
    assert page.url not in client.get("/back-pain-center/").content.decode()
    assert client.get("/back-pain-center/walking-after-a-spine-fracture/").status_code == 404

    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(page, editor) == []  # the editor cannot approve their own article
    assert "approve" in [name for name, *_ in task.get_actions(page, reviewer)]

    with time_machine.travel(datetime(2026, 12, 3, 15, 0, tzinfo=UTC), tick=False):
        task.on_action(task_state, reviewer, "approve")
    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == "approved"
    assert page.live
    # Approval is the medical review: the page now credits the approving reviewer with that day's date.
    assert page.reviewer == credited
    assert page.last_reviewed == date(2026, 12, 3)
    html = client.get("/back-pain-center/walking-after-a-spine-fracture/").content.decode()
    assert "Medically reviewed by Test Reviewer on" in html
    assert "December 3, 2026" in html
    assert (
        'href="/back-pain-center/walking-after-a-spine-fracture/"' in client.get("/back-pain-center/").content.decode()
    )


def test_a_rejected_article_stays_unpublished(starter_site: CentrePage, editor: User, reviewer: User) -> None:
    page = _draft(starter_site, editor)
    state = page.get_workflow().start(page, editor)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject")
    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == "needs_changes"
    assert not page.live


def test_scheduled_publishing_waits_for_its_time(centre: CentrePage, client: Client) -> None:
    page = ArticlePage(
        title="Balance exercises",
        slug="balance-exercises",
        summary="Steadier on your feet.",
        body=[{"type": "text", "value": "<p>Stand near a counter.</p>"}],
        live=False,
    )
    centre.add_child(instance=page)
    go_live = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with time_machine.travel(datetime(2026, 11, 25, 12, 0, tzinfo=UTC), tick=False):
        page.go_live_at = go_live  # the "Go-live date/time" an editor sets in the admin
        page.save_revision().publish()
        page.refresh_from_db()
        assert not page.live  # scheduled, not yet published
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live
    with time_machine.travel(go_live + timedelta(minutes=1), tick=False):
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        assert "Balance exercises" in client.get("/back-pain-center/").content.decode()
