from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from livewell.accounts.models import User
from livewell.diary.services.entries import diary_entry_quick_add
from livewell.members.models import Channel, Membership, Notification, NotificationKind
from livewell.members.notifications import notification_create, notification_preferences_save
from tests.members.conftest import new_member

pytestmark = pytest.mark.django_db

TZ = timezone.get_current_timezone()
EVENING = datetime(2026, 3, 20, 19, 30, tzinfo=TZ)
MORNING = datetime(2026, 3, 20, 8, 0, tzinfo=TZ)


def _quick_add(user: User, day: date) -> None:
    diary_entry_quick_add(user=user, day=day, meal="lunch", kcal=400, today=day)


def test_evening_reminder_goes_to_trackers_who_have_not_logged_today_once(member: User) -> None:
    logged_today = new_member()
    never_tracked = new_member()
    _quick_add(member, date(2026, 3, 19))
    _quick_add(logged_today, date(2026, 3, 20))
    with time_machine.travel(MORNING):
        call_command("send_reminders", stdout=None)
    assert not Notification.objects.filter(kind=NotificationKind.REMINDER).exists()  # too early in the day
    with time_machine.travel(EVENING):
        call_command("send_reminders", stdout=None)
        call_command("send_reminders", stdout=None)
    reminders = Notification.objects.filter(kind=NotificationKind.REMINDER)
    assert [n.user for n in reminders] == [member]
    assert reminders.get().link == "/tracker/"
    assert not Notification.objects.filter(user__in=[logged_today, never_tracked]).exists()
    # The next evening is a new day.
    with time_machine.travel(EVENING + timedelta(days=1)):
        call_command("send_reminders", stdout=None)
    assert Notification.objects.filter(user=member, kind=NotificationKind.REMINDER).count() == 2


def test_reminders_turned_off_are_not_added(member: User) -> None:
    notification_preferences_save(user=member, channels={"reminder": Channel.OFF})
    _quick_add(member, date(2026, 3, 19))
    with time_machine.travel(EVENING):
        call_command("send_reminders", stdout=None)
    assert not Notification.objects.filter(user=member).exists()


def test_daily_digest_emails_only_chosen_kinds_once_a_day(member: User) -> None:
    quiet = new_member()
    notification_preferences_save(user=member, channels={"badge": Channel.EMAIL})
    with time_machine.travel(MORNING):
        notification_create(user=member, kind="badge", title="You earned a badge: First exercise", link="/members/")
        notification_create(user=member, kind="gold", title="In the app only")
        notification_create(user=quiet, kind="badge", title="Quiet member badge")
        call_command("send_reminders", stdout=None)
        call_command("send_reminders", stdout=None)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert message.subject == "Your livewell update: one new notification"
    assert "You earned a badge: First exercise" in message.body
    assert f"{settings.SITE_ROOT}/members/" in message.body
    assert "In the app only" not in message.body
    # A badge later the same day waits for tomorrow's digest.
    with time_machine.travel(MORNING + timedelta(hours=2)):
        notification_create(user=member, kind="badge", title="You earned a badge: 7-day streak")
        call_command("send_reminders", stdout=None)
    assert len(mail.outbox) == 1
    with time_machine.travel(MORNING + timedelta(days=1)):
        call_command("send_reminders", stdout=None)
    assert len(mail.outbox) == 2
    assert "7-day streak" in mail.outbox[1].body
    assert "First exercise" not in mail.outbox[1].body


def test_send_reminders_also_lapses_ended_gold(member: User, make_gold: Callable[..., Membership], capsys: Any) -> None:
    make_gold(member, days=1, auto_renew=False)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        call_command("send_reminders")
    assert not Membership.objects.get(user=member).is_gold
    assert "lapsed 1" in capsys.readouterr().out
