from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members import billing
from livewell.members.models import ChangeSource, Membership, MembershipChange, Notification, Tier
from livewell.members.services import membership_of, memberships_renew_or_lapse
from tests.members.conftest import new_member

pytestmark = pytest.mark.django_db


def _checkout(client: Client, plan: str = "monthly") -> str:
    response = client.post("/members/gold/", {"plan": plan})
    assert response.status_code == 302
    match = re.fullmatch(r"/members/gold/checkout/(\w+)/", response["Location"])
    assert match, response["Location"]
    return match.group(1)


def test_checkout_with_the_fake_provider_makes_the_member_gold(member: User, member_client: Client) -> None:
    reference = _checkout(member_client)
    page = member_client.get(f"/members/gold/checkout/{reference}/").content.decode()
    assert "Pay with the test provider" in page
    assert "card" in page  # says no card details are asked for
    response = member_client.post(f"/members/gold/checkout/{reference}/", {"action": "pay"}, follow=True)
    assert "Welcome to Gold!" in response.content.decode()
    membership = membership_of(user=member)
    assert membership.is_gold
    assert membership.gold_until is not None
    assert membership.gold_until - timezone.now() > timedelta(days=29)
    change = MembershipChange.objects.get(user=member)
    assert (change.from_tier, change.to_tier, change.source) == (Tier.FREE, Tier.GOLD, ChangeSource.CHECKOUT)
    assert Notification.objects.filter(user=member, kind="gold", title="Welcome to Gold!").exists()
    # Confirming the same checkout again adds no second period.
    until = membership.gold_until
    member_client.post(f"/members/gold/checkout/{reference}/", {"action": "pay"})
    assert membership_of(user=member).gold_until == until
    assert MembershipChange.objects.filter(user=member).count() == 1


def test_cancelled_checkout_leaves_the_member_free(member: User, member_client: Client) -> None:
    reference = _checkout(member_client, "yearly")
    member_client.post(f"/members/gold/checkout/{reference}/", {"action": "cancel"})
    assert not membership_of(user=member).is_gold
    response = member_client.post(f"/members/gold/checkout/{reference}/", {"action": "pay"}, follow=True)
    assert "not confirmed" in response.content.decode()
    assert not membership_of(user=member).is_gold


def test_nobody_can_pay_for_another_members_checkout(member_client: Client) -> None:
    reference = _checkout(member_client)
    other = Client()
    other.force_login(new_member())
    assert other.get(f"/members/gold/checkout/{reference}/").status_code == 404
    assert other.post(f"/members/gold/checkout/{reference}/", {"action": "pay"}).status_code == 404


def test_renewal_extends_and_a_cancelled_renewal_lapses_to_free(
    member: User, make_gold: Callable[..., Membership]
) -> None:
    renewing = make_gold(member, days=1, auto_renew=True)
    other = make_gold(new_member(), days=1, auto_renew=False)
    later = timezone.now() + timedelta(days=1, hours=1)
    with time_machine.travel(later):
        report = memberships_renew_or_lapse()
        again = memberships_renew_or_lapse()
    assert (report.renewed, report.lapsed) == (1, 1)
    assert (again.renewed, again.lapsed) == (0, 0)
    renewing.refresh_from_db()
    other.refresh_from_db()
    assert renewing.tier == Tier.GOLD
    assert renewing.gold_until is not None
    assert renewing.gold_until > later + timedelta(days=28)
    assert other.tier == Tier.FREE
    assert MembershipChange.objects.filter(user=other.user, source=ChangeSource.LAPSE).count() == 1
    assert Notification.objects.filter(user=other.user, title="Your Gold membership has ended").count() == 1


def test_failed_renewal_lapses(member: User, make_gold: Callable[..., Membership], monkeypatch: Any) -> None:
    monkeypatch.setitem(billing._PROVIDERS, "fake", billing.FakeProvider(fail_renewals=True))
    make_gold(member, days=1, auto_renew=True)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        call_command("expire_memberships", stdout=None)
    assert membership_of(user=member).tier == Tier.FREE


def test_gold_ending_soon_is_announced_once(member: User, make_gold: Callable[..., Membership]) -> None:
    make_gold(member, days=5, auto_renew=False)
    assert memberships_renew_or_lapse().warned == 1
    assert memberships_renew_or_lapse().warned == 0
    notice = Notification.objects.get(user=member, title="Your Gold membership ends soon")
    assert "Renew" in notice.body


def test_member_can_turn_off_renewal_and_keeps_gold_until_the_end(
    member: User, member_client: Client, make_gold: Callable[..., Membership]
) -> None:
    make_gold(member, days=20, auto_renew=True)
    response = member_client.post("/members/gold/cancel-renewal/", follow=True)
    assert "keep Gold until the end" in response.content.decode()
    membership = membership_of(user=member)
    assert membership.is_gold
    assert not membership.auto_renew


def test_staff_grant_and_revoke_need_a_reason_and_are_kept_in_history(member: User, client: Client) -> None:
    staff = new_member(is_staff=True)
    client.force_login(staff)
    no_reason = client.post("/members/staff/", {"email": member.email, "action": "grant", "reason": ""})
    assert no_reason.status_code == 400
    assert not membership_of(user=member).is_gold
    client.post("/members/staff/", {"email": member.email, "action": "grant", "reason": "Clinic pilot"})
    assert membership_of(user=member).is_gold
    assert membership_of(user=member).gold_until is None
    client.post("/members/staff/", {"email": member.email, "action": "revoke", "reason": "Pilot ended"})
    assert not membership_of(user=member).is_gold
    history = list(MembershipChange.objects.filter(user=member).order_by("created_at", "id"))
    assert [(h.source, h.reason, h.actor) for h in history] == [
        (ChangeSource.STAFF_GRANT, "Clinic pilot", staff),
        (ChangeSource.STAFF_REVOKE, "Pilot ended", staff),
    ]
    page = client.get("/members/staff/").content.decode()
    assert "Pilot ended" in page


def test_members_cannot_use_the_staff_page(member_client: Client, member: User) -> None:
    response = member_client.post("/members/staff/", {"email": member.email, "action": "grant", "reason": "me"})
    assert response.status_code == 302
    assert not membership_of(user=member).is_gold


def test_membership_page_shows_the_gold_badge_and_history(
    member: User, member_client: Client, make_gold: Callable[..., Membership]
) -> None:
    assert "Free</strong> plan" in member_client.get("/members/").content.decode()
    make_gold(member)
    page = member_client.get("/members/").content.decode()
    assert "Gold Member Badge" in page
    header_badge = member_client.get("/").content.decode()
    assert 'class="gold-badge"' in header_badge
