"""Writes and reads for the notifications inbox, and members' per-kind channel choices."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members.models import Channel, Notification, NotificationKind, NotificationPreference

LATEST_IN_MENU = 5


def channel_for(*, user: User, kind: str) -> str:
    """The member's choice for ``kind``; everything is in the app until they change it."""
    pref = NotificationPreference.objects.filter(user=user, kind=kind).values_list("channel", flat=True).first()
    return pref or Channel.IN_APP


def channels_of(*, user: User) -> dict[str, str]:
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "channel"))
    return {kind: chosen.get(kind, Channel.IN_APP) for kind in NotificationKind.values}


def notification_preferences_save(*, user: User, channels: dict[str, str]) -> None:
    with transaction.atomic():
        for kind, channel in channels.items():
            if kind not in NotificationKind.values or channel not in Channel.values:
                raise ValueError(f"Unknown notification kind or channel: {kind}={channel}")
            NotificationPreference.objects.update_or_create(user=user, kind=kind, defaults={"channel": channel})


def notification_create(
    *, user: User, kind: str, title: str, body: str = "", link: str = "", dedupe_key: str = ""
) -> Notification | None:
    """Add a notification unless the member turned this kind off or already has this one (same key).

    Returns the new notification, or None when nothing was added.
    """
    if kind not in NotificationKind.values:
        raise ValueError(f"Unknown notification kind {kind!r}")
    channel = channel_for(user=user, kind=kind)
    if channel == Channel.OFF:
        return None
    if dedupe_key and Notification.objects.filter(user=user, dedupe_key=dedupe_key).exists():
        return None
    try:
        with transaction.atomic():
            return Notification.objects.create(
                user=user,
                kind=kind,
                title=title[:160],
                body=body,
                link=link,
                dedupe_key=dedupe_key,
                email_wanted=channel == Channel.EMAIL,
            )
    except IntegrityError:  # another process added the same keyed notification a moment ago
        return None


def notifications_of(*, user: User) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).order_by("-created_at", "-id")


def unread_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


@dataclass(frozen=True)
class BellState:
    unread: int
    latest: list[Notification]


def bell_state(*, user: User) -> BellState:
    return BellState(unread=unread_count(user=user), latest=list(notifications_of(user=user)[:LATEST_IN_MENU]))


def notification_of(*, user: User, notification_id: int) -> Notification:
    """One of the member's own notifications; anyone else's is simply not found."""
    found = Notification.objects.filter(user=user, pk=notification_id).first()
    if found is None:
        raise Http404("No such notification.")
    return found


def notification_mark_read(*, user: User, notification_id: int) -> Notification:
    with transaction.atomic():
        found = notification_of(user=user, notification_id=notification_id)
        if found.read_at is None:
            found.read_at = timezone.now()
            found.save(update_fields=["read_at"])
        return found


def notifications_mark_all_read(*, user: User) -> int:
    with transaction.atomic():
        return Notification.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())
