"""Billing providers: the interface a real provider will implement, and a local fake for dev and tests.

The flow is: ``start_checkout`` (the member is sent to the provider's page) → the provider confirms
payment (``confirm``) → the member is Gold until the period end → near the end the provider either
renews (``renew`` returns a new period end) or does not, and the membership lapses to Free.
No card data ever reaches livewell: a real provider keeps it on its own pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from django.urls import reverse

from livewell.accounts.models import User
from livewell.members.models import Checkout, CheckoutStatus, Membership


@dataclass(frozen=True)
class Plan:
    code: str
    label: str
    price: str
    days: int


# Prices are placeholders an operator sets with their real provider; the fake charges nothing.
PLANS: dict[str, Plan] = {
    "monthly": Plan("monthly", "Gold, monthly", "$4.99 a month", 30),
    "yearly": Plan("yearly", "Gold, yearly", "$49 a year", 365),
}


@dataclass(frozen=True)
class CheckoutStart:
    reference: str
    redirect_url: str


class BillingProvider(Protocol):
    name: str

    def start_checkout(self, *, user: User, plan: Plan) -> CheckoutStart:
        """Open a checkout and say where to send the member to pay."""
        ...

    def confirm(self, *, reference: str) -> bool:
        """True when the provider says the checkout ``reference`` is paid."""
        ...

    def renew(self, *, membership: Membership, plan: Plan, period_end: datetime) -> datetime | None:
        """Charge the next period; its new end, or None when renewal failed or is not wanted."""
        ...


class FakeProvider:
    """Takes no money and stores no card: a page with one "Pay with the test provider" button.

    ``fail_renewals`` lets a test (or a developer) see the lapse path.
    """

    name = "fake"

    def __init__(self, *, fail_renewals: bool = False) -> None:
        self.fail_renewals = fail_renewals

    def start_checkout(self, *, user: User, plan: Plan) -> CheckoutStart:
        checkout = Checkout.objects.create(
            user=user, provider=self.name, plan=plan.code, reference=Checkout.new_reference()
        )
        return CheckoutStart(checkout.reference, reverse("members:fake_checkout", args=[checkout.reference]))

    def confirm(self, *, reference: str) -> bool:
        # The fake "pays" when the member presses the button, so a pending checkout is payable.
        return Checkout.objects.filter(
            reference=reference, provider=self.name, status__in=[CheckoutStatus.PENDING, CheckoutStatus.PAID]
        ).exists()

    def renew(self, *, membership: Membership, plan: Plan, period_end: datetime) -> datetime | None:
        if self.fail_renewals or not membership.auto_renew:
            return None
        return period_end + timedelta(days=plan.days)


_PROVIDERS: dict[str, BillingProvider] = {"fake": FakeProvider()}


def provider_named(name: str) -> BillingProvider:
    try:
        return _PROVIDERS[name]
    except KeyError:
        raise LookupError(f"No billing provider called {name!r}") from None


def default_provider() -> BillingProvider:
    # A real provider is registered in _PROVIDERS and chosen here (e.g. from a setting) when one exists.
    return _PROVIDERS["fake"]
