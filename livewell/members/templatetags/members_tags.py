"""Template tags: the header's Gold badge and notifications bell, feature checks, article reads, follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from livewell.accounts.models import User
from livewell.members import notifications as inbox
from livewell.members import permissions
from livewell.members.follows import article_read_record, followed_centre_ids
from livewell.members.models import Membership, Notification

register = template.Library()


def _member(context: template.Context) -> User | None:
    user = context.get("user")
    if user is None:
        request = context.get("request")
        user = getattr(request, "user", None)
    return user if isinstance(user, User) and user.is_authenticated else None


def _is_gold(user: User | None) -> bool:
    if user is None:
        return False
    membership = Membership.objects.filter(user=user).first()
    return membership is not None and membership.is_gold


@dataclass(frozen=True, slots=True)
class HeaderState:
    """What the page header shows a member: the Gold badge and the notifications bell."""

    is_gold: bool
    bell: inbox.BellState


def _header_state_query(user: User) -> HeaderState:
    """The header's state, usually in one query.

    The member's latest notifications carry the unread count and the membership
    as subqueries; only a member with no notifications at all needs a second
    query for the membership.
    """
    membership = Membership.objects.filter(user=OuterRef("user")).order_by("pk")
    unread = (
        Notification.objects.filter(user=OuterRef("user"), read_at__isnull=True)
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    latest: list[Notification] = list(
        inbox.notifications_of(user=user).annotate(
            unread_total=Coalesce(Subquery(unread, output_field=IntegerField()), Value(0)),
            member_tier=Subquery(membership.values("tier")[:1]),
            member_gold_until=Subquery(membership.values("gold_until")[:1]),
        )[: inbox.LATEST_IN_MENU]
    )
    if not latest:
        return HeaderState(is_gold=_is_gold(user), bell=inbox.BellState(unread=0, latest=[]))
    first: Any = latest[0]  # annotated attributes are not on the model's type
    tier = first.member_tier
    is_gold = tier is not None and Membership(tier=tier, gold_until=first.member_gold_until).is_gold
    return HeaderState(is_gold=is_gold, bell=inbox.BellState(unread=first.unread_total, latest=latest))


def _header_state(context: template.Context, user: User) -> HeaderState:
    """Computed once per request: the badge and the bell tags both read it."""
    request = context.get("request")
    if request is None:
        return _header_state_query(user)
    cached = getattr(request, "_livewell_header_state", None)
    if not isinstance(cached, HeaderState):
        cached = _header_state_query(user)
        request._livewell_header_state = cached
    return cached


@register.inclusion_tag("members/_gold_badge.html", takes_context=True)
def gold_member_badge(context: template.Context) -> dict[str, Any]:
    """The Gold Member Badge for the header, shown only to Gold members."""
    user = _member(context)
    return {"is_gold": user is not None and _header_state(context, user).is_gold}


@register.inclusion_tag("members/_bell.html", takes_context=True)
def notification_bell(context: template.Context) -> dict[str, Any]:
    user = _member(context)
    request = context.get("request")
    return {
        "bell": _header_state(context, user).bell if user else None,
        "next": request.get_full_path() if request is not None else "",
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("members/_membership_summary.html", takes_context=True)
def membership_summary(context: template.Context) -> dict[str, Any]:
    """Tier and earned badges, for the account profile page."""
    from livewell.members.badges import badges_of

    user = _member(context)
    if user is None:
        return {"user": None}
    return {"user": user, "is_gold": _is_gold(user), "badges": [b for b in badges_of(user=user) if b.earned]}


@register.simple_tag(takes_context=True)
def has_feature(context: template.Context, feature: str) -> bool:
    """``{% has_feature "csv_export_all" as ok %}``: the same check as ``@requires_feature``."""
    return permissions.has_feature(_member(context), feature)


@register.simple_tag(takes_context=True)
def record_article_read(context: template.Context, page: Any) -> str:
    """Put ``{% record_article_read page %}`` in the article template: counts reads toward a badge."""
    user = _member(context)
    from livewell.content.models import ArticlePage

    specific = getattr(page, "specific", page)
    if user is not None and isinstance(specific, ArticlePage):
        article_read_record(user=user, page=specific)
    return ""


@register.inclusion_tag("members/_follow_button.html", takes_context=True)
def follow_button(context: template.Context, centre: Any) -> dict[str, Any]:
    """A Follow / Unfollow button for a centre page (members only)."""
    user = _member(context)
    request = context.get("request")
    return {
        "centre": centre,
        "member": user,
        "following": user is not None and centre.pk in followed_centre_ids(user=user),
        "next": request.get_full_path() if request is not None else "",
        "csrf_token": context.get("csrf_token"),
    }
