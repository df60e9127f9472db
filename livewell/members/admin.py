from __future__ import annotations

from django.contrib import admin

from livewell.members.models import EarnedBadge, Membership, MembershipChange, Notification


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin[Membership]):
    """Read-only here: staff change tiers on /members/staff/, which asks for a reason and keeps history."""

    list_display = ["user", "tier", "gold_until", "auto_renew", "provider"]
    list_filter = ["tier", "auto_renew"]
    search_fields = ["user__email"]
    readonly_fields = [f.name for f in Membership._meta.fields]

    def has_add_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(MembershipChange)
class MembershipChangeAdmin(admin.ModelAdmin[MembershipChange]):
    list_display = ["created_at", "user", "from_tier", "to_tier", "source", "actor", "reason"]
    list_filter = ["source", "to_tier"]
    search_fields = ["user__email", "reason"]
    readonly_fields = [f.name for f in MembershipChange._meta.fields]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(EarnedBadge)
class EarnedBadgeAdmin(admin.ModelAdmin[EarnedBadge]):
    list_display = ["user", "code", "earned_at"]
    search_fields = ["user__email"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin[Notification]):
    list_display = ["user", "kind", "title", "created_at", "read_at"]
    list_filter = ["kind"]
    search_fields = ["user__email", "title"]
