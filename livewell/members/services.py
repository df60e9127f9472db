"""Writes for membership: checkout, confirmation, renewal or lapse, staff grant and revoke.

Every change of tier or period adds a ``MembershipChange`` row (who, why, when).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from livewell.accounts.models import User
from livewell.members.billing import PLANS, BillingProvider, CheckoutStart, default_provider, provider_named
from livewell.members.models import (
    ChangeSource,
    Checkout,
    CheckoutStatus,
    Membership,
    MembershipChange,
    NotificationKind,
    Tier,
)
from livewell.members.notifications import notification_create

ENDING_SOON_DAYS = 7


def long_date(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "F j, Y")


class MembershipError(Exception):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def membership_of(*, user: User) -> Membership:
    membership, _ = Membership.objects.get_or_create(user=user)
    return membership


def _record(
    *,
    membership: Membership,
    from_tier: str,
    source: str,
    reason: str = "",
    actor: User | None = None,
    now: datetime,
) -> None:
    MembershipChange.objects.create(
        user=membership.user,
        from_tier=from_tier,
        to_tier=membership.tier,
        gold_until=membership.gold_until,
        source=source,
        reason=reason,
        actor=actor,
        created_at=now,
    )


def _gold_started(membership: Membership) -> None:
    until = membership.gold_until
    body = f"Your Gold membership runs until {long_date(until)}." if until else "Your Gold membership has no end date."
    notification_create(
        user=membership.user,
        kind=NotificationKind.GOLD,
        title="Welcome to Gold!",
        body=body,
        link=reverse("members:home"),
    )


def gold_checkout_start(*, user: User, plan_code: str, provider: BillingProvider | None = None) -> CheckoutStart:
    plan = PLANS.get(plan_code)
    if plan is None:
        raise MembershipError("Choose the monthly or the yearly plan.", field="plan")
    return (provider or default_provider()).start_checkout(user=user, plan=plan)


def gold_checkout_complete(
    *, user: User, reference: str, auto_renew: bool = True, now: datetime | None = None
) -> Membership:
    """Turn a paid checkout into Gold.  Confirming the same checkout twice changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        checkout = Checkout.objects.select_for_update().filter(user=user, reference=reference).first()
        if checkout is None:
            raise MembershipError("That checkout was not found. Please start again.")
        membership = Membership.objects.select_for_update().get(pk=membership_of(user=user).pk)
        if checkout.status == CheckoutStatus.PAID:
            return membership
        if checkout.status != CheckoutStatus.PENDING or not provider_named(checkout.provider).confirm(
            reference=reference
        ):
            raise MembershipError("The payment was not confirmed, so nothing changed. Please try again.")
        plan = PLANS[checkout.plan]
        was = membership.tier
        # Paying while already Gold adds the new period after the current one.
        start = membership.gold_until if membership.is_gold_at(now) and membership.gold_until else now
        if not membership.is_gold_at(now):
            membership.gold_since = now
        membership.tier = Tier.GOLD
        membership.gold_until = start + timedelta(days=plan.days)
        membership.auto_renew = auto_renew
        membership.plan = plan.code
        membership.provider = checkout.provider
        membership.provider_reference = checkout.reference
        membership.save()
        checkout.status = CheckoutStatus.PAID
        checkout.completed_at = now
        checkout.save(update_fields=["status", "completed_at"])
        _record(membership=membership, from_tier=was, source=ChangeSource.CHECKOUT, reason=plan.label, now=now)
        _gold_started(membership)
        return membership


def gold_checkout_cancel(*, user: User, reference: str) -> None:
    Checkout.objects.filter(user=user, reference=reference, status=CheckoutStatus.PENDING).update(
        status=CheckoutStatus.CANCELLED
    )


def membership_cancel_renewal(*, user: User, now: datetime | None = None) -> Membership:
    """The member keeps Gold to the end of the paid period, then it lapses."""
    now = now or timezone.now()
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership_of(user=user).pk)
        if membership.auto_renew:
            membership.auto_renew = False
            membership.save(update_fields=["auto_renew", "updated_at"])
            _record(membership=membership, from_tier=membership.tier, source=ChangeSource.CANCEL, actor=user, now=now)
        return membership


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise MembershipError("Give a reason: it is kept in the member's history.", field="reason")
    return reason[:300]


def membership_grant(*, staff: User, user: User, until: datetime | None, reason: str) -> Membership:
    if not staff.is_staff:
        raise MembershipError("Only staff can grant Gold.")
    reason = _reason(reason)
    now = timezone.now()
    if until is not None and until <= now:
        raise MembershipError("Choose an end date in the future, or leave it empty for no end date.", field="until")
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership_of(user=user).pk)
        was = membership.tier
        if not membership.is_gold_at(now):
            membership.gold_since = now
        membership.tier = Tier.GOLD
        membership.gold_until = until
        membership.auto_renew = False
        membership.provider = ""
        membership.plan = ""
        membership.save()
        _record(
            membership=membership, from_tier=was, source=ChangeSource.STAFF_GRANT, reason=reason, actor=staff, now=now
        )
        _gold_started(membership)
        return membership


def membership_revoke(*, staff: User, user: User, reason: str) -> Membership:
    if not staff.is_staff:
        raise MembershipError("Only staff can revoke Gold.")
    reason = _reason(reason)
    now = timezone.now()
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership_of(user=user).pk)
        if membership.tier == Tier.FREE:
            raise MembershipError("This member is not Gold.")
        was = membership.tier
        membership.tier = Tier.FREE
        membership.gold_until = None
        membership.gold_since = None
        membership.auto_renew = False
        membership.save()
        _record(
            membership=membership, from_tier=was, source=ChangeSource.STAFF_REVOKE, reason=reason, actor=staff, now=now
        )
        return membership


@dataclass
class RenewalReport:
    renewed: int = 0
    lapsed: int = 0
    warned: int = 0


def memberships_renew_or_lapse(*, now: datetime | None = None) -> RenewalReport:
    """Renew or lapse every Gold period that has ended, and warn those ending within a week.

    Safe to run as often as cron likes: ended periods are handled once, and each warning is keyed
    to the period's end date.
    """
    now = now or timezone.now()
    report = RenewalReport()
    ended = Membership.objects.filter(tier=Tier.GOLD, gold_until__lte=now).values_list("pk", flat=True)
    for pk in list(ended):
        with transaction.atomic():
            membership = Membership.objects.select_for_update().select_related("user").get(pk=pk)
            if membership.tier != Tier.GOLD or membership.gold_until is None or membership.gold_until > now:
                continue
            plan = PLANS.get(membership.plan)
            new_end = None
            if plan is not None and membership.provider:
                new_end = provider_named(membership.provider).renew(
                    membership=membership, plan=plan, period_end=membership.gold_until
                )
            if new_end is not None and new_end > now:
                membership.gold_until = new_end
                membership.save(update_fields=["gold_until", "updated_at"])
                _record(membership=membership, from_tier=Tier.GOLD, source=ChangeSource.RENEWAL, now=now)
                report.renewed += 1
            else:
                membership.tier = Tier.FREE
                membership.auto_renew = False
                membership.save(update_fields=["tier", "auto_renew", "updated_at"])
                _record(membership=membership, from_tier=Tier.GOLD, source=ChangeSource.LAPSE, now=now)
                notification_create(
                    user=membership.user,
                    kind=NotificationKind.GOLD,
                    title="Your Gold membership has ended",
                    body="You are on the Free plan now. Your data is all still here; you can rejoin Gold any time.",
                    link=reverse("members:gold"),
                    dedupe_key=f"gold-ended:{membership.gold_until.isoformat()}",
                )
                report.lapsed += 1
    soon = Membership.objects.filter(
        tier=Tier.GOLD, auto_renew=False, gold_until__gt=now, gold_until__lte=now + timedelta(days=ENDING_SOON_DAYS)
    ).select_related("user")
    for membership in soon:
        assert membership.gold_until is not None  # filtered above
        created = notification_create(
            user=membership.user,
            kind=NotificationKind.GOLD,
            title="Your Gold membership ends soon",
            body=f"Gold ends on {long_date(membership.gold_until)}. Renew to keep your Gold features.",
            link=reverse("members:gold"),
            dedupe_key=f"gold-ending:{membership.gold_until.isoformat()}",
        )
        report.warned += created is not None
    return report
