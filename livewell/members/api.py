"""HTTP API for membership (mounted under /api/v1/ by livewell.api): the notifications inbox."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema

from livewell.accounts.models import User
from livewell.api.auth import member_auth
from livewell.members import notifications as inbox

router = Router(tags=["members"])

MAX_LIMIT = 100


class NotificationOut(Schema):
    id: int
    kind: str
    title: str
    body: str
    link: str
    created_at: datetime
    read_at: datetime | None


class NotificationList(Schema):
    unread: int
    items: list[NotificationOut]


class MarkedAll(Schema):
    marked: int
    unread: int


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # member_auth sets it
    return request.user


@router.get("/notifications", auth=member_auth, response=NotificationList)
def list_notifications(request: HttpRequest, unread_only: bool = False, limit: int = 50) -> NotificationList:
    """Your notifications, newest first (at most 100), with how many are unread."""
    from livewell.api.errors import ApiError

    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(422, f"limit must be between 1 and {MAX_LIMIT}.", field="limit")
    user = _user(request)
    rows = inbox.notifications_of(user=user)
    if unread_only:
        rows = rows.filter(read_at__isnull=True)
    items = [NotificationOut.from_orm(row) for row in rows[:limit]]
    return NotificationList(unread=inbox.unread_count(user=user), items=items)


@router.post("/notifications/read-all", auth=member_auth, response=MarkedAll)
def read_all(request: HttpRequest) -> MarkedAll:
    user = _user(request)
    marked = inbox.notifications_mark_all_read(user=user)
    return MarkedAll(marked=marked, unread=inbox.unread_count(user=user))


@router.post("/notifications/{notification_id}/read", auth=member_auth, response=NotificationOut)
def read_one(request: HttpRequest, notification_id: int) -> NotificationOut:
    """Mark one of your notifications as read.  Anyone else's notification is 404."""
    row = inbox.notification_mark_read(user=_user(request), notification_id=notification_id)
    return NotificationOut.from_orm(row)
