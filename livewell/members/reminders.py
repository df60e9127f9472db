"""Jobs for ``send_reminders``: logging reminders and the daily e-mail digest.

Both are keyed so a second run the same day adds and sends nothing new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members.models import DigestSent, Notification, NotificationKind
from livewell.members.notifications import notification_create

# Reminders go out from this local hour on (settings.TIME_ZONE), late enough that most members
# have had the chance to log the day's meals and early enough to still do it.
REMINDER_HOUR = 18


@dataclass
class ReminderReport:
    reminders: int = 0
    digests: int = 0


def reminders_send(*, now: datetime | None = None) -> int:
    """Remind members who have used the tracker but logged no food today.  Returns how many were added."""
    from livewell.diary.models import DiaryEntry

    now = now or timezone.now()
    local = timezone.localtime(now)
    if local.hour < REMINDER_HOUR:
        return 0
    today = local.date()
    trackers = DiaryEntry.objects.live().values("user_id")
    logged_today = DiaryEntry.objects.live().filter(day=today).values("user_id")
    members = User.objects.filter(is_active=True, pk__in=trackers).exclude(pk__in=logged_today)
    added = 0
    for user in members.iterator():
        created = notification_create(
            user=user,
            kind=NotificationKind.REMINDER,
            title="Nothing logged today yet",
            body="A quick entry keeps your streak going. It only takes a minute.",
            link=reverse("diary:today"),
            dedupe_key=f"reminder:{today.isoformat()}",
        )
        added += created is not None
    return added


def digests_send(*, now: datetime | None = None) -> int:
    """E-mail each member, once a day, the notifications they chose to get by e-mail.  Returns e-mails sent."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    waiting = Notification.objects.filter(email_wanted=True, emailed_at__isnull=True)
    user_ids = sorted(set(waiting.values_list("user_id", flat=True)))
    sent = 0
    for user_id in user_ids:
        user = User.objects.filter(pk=user_id, is_active=True).first()
        if user is None:
            continue
        try:
            with transaction.atomic():
                items = list(waiting.filter(user=user).order_by("created_at", "id").select_for_update())
                if not items:
                    continue
                DigestSent.objects.create(user=user, day=today, count=len(items), sent_at=now)
                context = {"user": user, "items": items, "site_root": settings.SITE_ROOT, "day": today}
                send_mail(
                    subject=render_to_string("members/email/digest_subject.txt", context).strip(),
                    message=render_to_string("members/email/digest.txt", context),
                    from_email=None,
                    recipient_list=[user.email],
                )
                Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed_at=now)
                sent += 1
        except IntegrityError:  # today's digest already went out; these wait for tomorrow's
            continue
    return sent
