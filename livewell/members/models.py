"""Membership tiers and their history, badges, notifications, article reads and centre follows.

Every row belongs to one member (CASCADE on the user), so deleting an account removes it all.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Tier(models.TextChoices):
    FREE = "free", "Free"
    GOLD = "gold", "Gold"


class Membership(models.Model):
    """A member's current tier.  Gold lasts until ``gold_until`` (no end date: granted by staff without one)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    tier = models.CharField(max_length=8, choices=Tier.choices, default=Tier.FREE)
    gold_since = models.DateTimeField(null=True, blank=True)
    gold_until = models.DateTimeField(null=True, blank=True)
    auto_renew = models.BooleanField(default=False)
    plan = models.CharField(max_length=20, blank=True, default="")
    provider = models.CharField(max_length=20, blank=True, default="")
    # The provider's own reference for the subscription: never card data.
    provider_reference = models.CharField(max_length=80, blank=True, default="")
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.user}: {self.get_tier_display()}"

    def is_gold_at(self, moment: datetime) -> bool:
        if self.tier != Tier.GOLD:
            return False
        return self.gold_until is None or self.gold_until > moment

    @property
    def is_gold(self) -> bool:
        return self.is_gold_at(timezone.now())


class ChangeSource(models.TextChoices):
    CHECKOUT = "checkout", "Paid checkout"
    RENEWAL = "renewal", "Renewal"
    LAPSE = "lapse", "Lapsed at the end of the period"
    CANCEL = "cancel", "Renewal cancelled by the member"
    STAFF_GRANT = "staff_grant", "Granted by staff"
    STAFF_REVOKE = "staff_revoke", "Revoked by staff"


class MembershipChange(models.Model):
    """One change of tier or period: who made it, why and when.  Rows are never edited."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership_changes")
    from_tier = models.CharField(max_length=8, choices=Tier.choices)
    to_tier = models.CharField(max_length=8, choices=Tier.choices)
    gold_until = models.DateTimeField(null=True, blank=True)
    source = models.CharField(max_length=16, choices=ChangeSource.choices)
    reason = models.CharField(max_length=300, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.user}: {self.from_tier} → {self.to_tier} ({self.source})"


class CheckoutStatus(models.TextChoices):
    PENDING = "pending", "Waiting for payment"
    PAID = "paid", "Paid"
    CANCELLED = "cancelled", "Cancelled"


class Checkout(models.Model):
    """A checkout started with a billing provider; confirmed once, by the provider's reference."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkouts")
    provider = models.CharField(max_length=20)
    reference = models.CharField(max_length=80, unique=True, default="")
    plan = models.CharField(max_length=20)
    status = models.CharField(max_length=10, choices=CheckoutStatus.choices, default=CheckoutStatus.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.provider} checkout {self.reference} ({self.status})"

    @staticmethod
    def new_reference() -> str:
        return uuid.uuid4().hex


class EarnedBadge(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="badges")
    code = models.CharField(max_length=32)
    earned_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["earned_at", "id"]
        constraints = [models.UniqueConstraint(fields=["user", "code"], name="members_badge_once_per_member")]

    def __str__(self) -> str:
        return f"{self.user}: {self.code}"


class NotificationKind(models.TextChoices):
    BADGE = "badge", "Badge earned"
    GOLD = "gold", "Gold membership"
    REMINDER = "reminder", "Logging reminder"
    ARTICLE = "article", "New article in a centre you follow"


class Channel(models.TextChoices):
    IN_APP = "in_app", "In the app"
    EMAIL = "email", "In the app and by e-mail (daily digest)"
    OFF = "off", "Off"


class Notification(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    title = models.CharField(max_length=160)
    body = models.TextField(blank=True)
    link = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Set when the daily digest included it (only for kinds the member gets by e-mail).
    emailed_at = models.DateTimeField(null=True, blank=True)
    email_wanted = models.BooleanField(default=False)
    # Makes a notification about one event exist once per member, however often a job runs.
    dedupe_key = models.CharField(max_length=120, blank=True, default="")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"], name="members_notif_user_read")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "dedupe_key"], condition=~Q(dedupe_key=""), name="members_notification_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.title}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_prefs")
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.IN_APP)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="members_one_pref_per_kind")]

    def __str__(self) -> str:
        return f"{self.user}: {self.kind} → {self.channel}"


class DigestSent(models.Model):
    """The daily e-mail digest went to this member on this (local) day."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    count = models.PositiveIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="members_one_digest_per_day")]

    def __str__(self) -> str:
        return f"Digest to {self.user} on {self.day}"


class ArticleRead(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="article_reads")
    page = models.ForeignKey("content.ArticlePage", on_delete=models.CASCADE, related_name="+")
    first_read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="members_article_read_once")]

    def __str__(self) -> str:
        return f"{self.user} read page {self.page_id}"


class CentreFollow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="centre_follows")
    centre = models.ForeignKey("content.CentrePage", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "centre"], name="members_follow_once")]

    def __str__(self) -> str:
        return f"{self.user} follows page {self.centre_id}"
