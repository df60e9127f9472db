from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members.models import Channel, Notification, NotificationKind
from livewell.members.notifications import notification_create, notification_preferences_save
from tests.members.conftest import new_member

pytestmark = pytest.mark.django_db

CAUGHT_UP = "You're all caught up!"


def _notify(user: User, title: str = "You earned a badge: First food logged", link: str = "/members/") -> Notification:
    created = notification_create(user=user, kind=NotificationKind.BADGE, title=title, body="Well done.", link=link)
    assert created is not None
    return created


def _header(client: Client) -> str:
    html = client.get("/").content.decode()
    start = html.index('<header class="site-header">')
    return html[start : html.index("</header>", start)]


def test_bell_says_caught_up_then_counts_unread_for_screen_readers(member: User, member_client: Client) -> None:
    header = _header(member_client)
    assert CAUGHT_UP in header
    assert '<summary aria-label="Notifications, none unread">' in header
    _notify(member)
    header = _header(member_client)
    assert CAUGHT_UP not in header
    assert '<summary aria-label="Notifications, 1 unread">' in header
    assert '<span class="bell-count">1</span>' in header
    assert "You earned a badge: First food logged" in header
    assert "Mark all as read" in header


def test_visitors_see_no_bell(client: Client) -> None:
    assert "notification-bell" not in client.get("/").content.decode()


def test_opening_a_notification_marks_it_read_and_follows_its_link(member: User, member_client: Client) -> None:
    notice = _notify(member, link="/members/#badges")
    response = member_client.post(f"/members/notifications/{notice.pk}/read/", {"open": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/members/#badges"
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert CAUGHT_UP in _header(member_client)


def test_mark_all_as_read_without_javascript_returns_to_the_page(member: User, member_client: Client) -> None:
    _notify(member, "One")
    _notify(member, "Two")
    response = member_client.post("/members/notifications/read-all/", {"next": "/tracker/"})
    assert response.status_code == 302
    assert response["Location"] == "/tracker/"
    assert not Notification.objects.filter(user=member, read_at__isnull=True).exists()


def test_mark_all_as_read_with_htmx_returns_the_open_bell(member: User, member_client: Client) -> None:
    _notify(member)
    response = member_client.post("/members/notifications/read-all/", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.strip().startswith('<details class="menu bell-menu" id="notification-bell" open')
    assert CAUGHT_UP in html


def test_an_offsite_next_is_ignored(member: User, member_client: Client) -> None:
    _notify(member)
    response = member_client.post("/members/notifications/read-all/", {"next": "https://evil.example/"})
    assert response["Location"] == "/members/notifications/"


def test_nobody_can_read_or_mark_another_members_notifications(member: User, member_client: Client) -> None:
    other = new_member()
    theirs = _notify(other, "Private to them")
    assert member_client.post(f"/members/notifications/{theirs.pk}/read/").status_code == 404
    assert "Private to them" not in member_client.get("/members/notifications/").content.decode()
    member_client.post("/members/notifications/read-all/")
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_inbox_lists_everything_and_marks_single_items(member: User, member_client: Client) -> None:
    first = _notify(member, "Alpha")
    _notify(member, "Beta")
    page = member_client.get("/members/notifications/").content.decode()
    assert "You have 2 unread notifications." in page
    assert page.index("Beta") < page.index("Alpha")  # newest first
    member_client.post(f"/members/notifications/{first.pk}/read/")
    assert "You have 1 unread notification." in member_client.get("/members/notifications/").content.decode()


def test_a_long_inbox_is_paged_and_counts_every_unread_item(member: User, member_client: Client) -> None:
    for n in range(120):
        _notify(member, f"Notice number {n:03d}")
    first = member_client.get("/members/notifications/").content.decode()
    assert "You have 120 unread notifications." in first
    assert "Notice number 119" in first
    assert "Notice number 070" in first
    assert "Notice number 069" not in first
    assert "Page 1 of 3" in first
    assert "Older notifications" in first
    last = member_client.get("/members/notifications/?page=3").content.decode()
    assert "Notice number 000" in last
    assert "Newer notifications" in last
    assert "Notice number 020" not in last


def test_a_kind_turned_off_adds_nothing_and_email_is_remembered(member: User, member_client: Client) -> None:
    response = member_client.post(
        "/members/notifications/settings/",
        {"badge": Channel.OFF, "gold": Channel.EMAIL, "reminder": Channel.IN_APP, "article": Channel.IN_APP},
    )
    assert response.status_code == 302
    assert notification_create(user=member, kind=NotificationKind.BADGE, title="Muted") is None
    gold = notification_create(user=member, kind=NotificationKind.GOLD, title="Gold news")
    assert gold is not None
    assert gold.email_wanted
    page = member_client.get("/members/notifications/settings/").content.decode()
    assert 'name="badge" value="off" required id="id_badge_2" checked' in page
    assert 'name="gold" value="email" required id="id_gold_1" checked' in page


def test_the_same_keyed_event_notifies_once(member: User) -> None:
    assert notification_create(user=member, kind="reminder", title="Log today", dedupe_key="reminder:x") is not None
    assert notification_create(user=member, kind="reminder", title="Log today", dedupe_key="reminder:x") is None
    assert Notification.objects.filter(user=member).count() == 1


def test_settings_reject_unknown_choices(member: User) -> None:
    with pytest.raises(ValueError, match="Unknown"):
        notification_preferences_save(user=member, channels={"badge": "carrier-pigeon"})


def test_api_lists_and_marks_only_the_members_own_notifications(member: User, member_client: Client) -> None:
    mine = _notify(member, "Mine")
    theirs = _notify(new_member(), "Theirs")
    listing = member_client.get("/api/v1/notifications").json()
    assert listing["unread"] == 1
    assert [item["title"] for item in listing["items"]] == ["Mine"]
    assert member_client.post(f"/api/v1/notifications/{theirs.pk}/read").status_code == 404
    marked = member_client.post(f"/api/v1/notifications/{mine.pk}/read").json()
    assert marked["read_at"] is not None
    _notify(member, "Another")
    assert member_client.post("/api/v1/notifications/read-all").json() == {"marked": 1, "unread": 0}
    assert member_client.get("/api/v1/notifications?unread_only=true").json()["items"] == []
    assert member_client.get("/api/v1/notifications?limit=0").status_code == 422
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_api_needs_a_member(client: Client) -> None:
    assert client.get("/api/v1/notifications").status_code == 401


def test_read_time_is_kept(member: User, member_client: Client) -> None:
    notice = _notify(member)
    before = timezone.now()
    member_client.post(f"/members/notifications/{notice.pk}/read/")
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert notice.read_at >= before


def test_openapi_schema_documents_the_inbox_endpoints(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "get" in paths["/api/v1/notifications"]
    assert "post" in paths["/api/v1/notifications/read-all"]
    assert "post" in paths["/api/v1/notifications/{notification_id}/read"]
