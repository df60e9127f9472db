"""HTTP API for membership (mounted under /api/v1/ by livewell.api): the notifications inbox."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from livewell.accounts.models import User
from livewell.api.auth import member_auth
from livewell.api.pagination import Page, PageQuery, paginate
from livewell.api.schemas import ErrorOut
from livewell.members import notifications as inbox

router = Router(tags=["members"])


class NotificationOut(Schema):
    id: int
    kind: str
    title: str
    body: str
    link: str
    created_at: datetime
    read_at: datetime | None


class NotificationList(Page[NotificationOut]):
    unread: int = Field(..., description="How many of your notifications are unread (whatever the filter).")


class MarkedAll(Schema):
    marked: int
    unread: int


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # member_auth sets it
    return request.user


@router.get("/notifications", auth=member_auth, response={200: NotificationList, 422: ErrorOut})
def list_notifications(request: HttpRequest, page: Query[PageQuery], unread_only: bool = False) -> NotificationList:
    """Your notifications, newest first, a page at a time, with how many are unread."""
    user = _user(request)
    rows = inbox.notifications_of(user=user)
    if unread_only:
        rows = rows.filter(read_at__isnull=True)
    listed = paginate(rows, page, NotificationOut.from_orm)
    return NotificationList(**listed.dict(), unread=inbox.unread_count(user=user))


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
