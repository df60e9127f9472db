"""The demo member every new install gets, so people can look around at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from livewell.accounts.models import Profile, Sex, Units, User

DEMO_EMAIL = "demo@livewell.local"
DEMO_PASSWORD = "livewell-demo-2026"  # noqa: S105 -- a published demo login, not a secret


def load(out: Callable[[str], None]) -> None:
    user = User.objects.filter(email=DEMO_EMAIL).first()
    if user is None:
        user = User.objects.create_user(email=DEMO_EMAIL, password=DEMO_PASSWORD, first_name="Pat")
    Profile.objects.get_or_create(
        user=user,
        defaults={
            "units": Units.US,
            "date_of_birth": date(1961, 4, 12),
            "sex": Sex.FEMALE,
            "height_cm": Decimal("162.6"),
        },
    )
    out(f"  Demo member: {DEMO_EMAIL} / {DEMO_PASSWORD}")
