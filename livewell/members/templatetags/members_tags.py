"""Template tags: the header's Gold badge and notifications bell, feature checks, article reads, follows."""

from __future__ import annotations

from typing import Any

from django import template

from livewell.accounts.models import User
from livewell.members import notifications as inbox
from livewell.members import permissions
from livewell.members.follows import article_read_record, followed_centre_ids
from livewell.members.models import Membership

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


@register.inclusion_tag("members/_gold_badge.html", takes_context=True)
def gold_member_badge(context: template.Context) -> dict[str, Any]:
    """The Gold Member Badge for the header, shown only to Gold members."""
    return {"is_gold": _is_gold(_member(context))}


@register.inclusion_tag("members/_bell.html", takes_context=True)
def notification_bell(context: template.Context) -> dict[str, Any]:
    user = _member(context)
    request = context.get("request")
    return {
        "bell": inbox.bell_state(user=user) if user else None,
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
