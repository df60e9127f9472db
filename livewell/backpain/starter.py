"""Starter data for the demo member: osteoporosis answers, two medicines and a week of pain.

Idempotent: nothing is added when the demo member already has back-pain data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from livewell.accounts.models import User
from livewell.accounts.starter import DEMO_EMAIL
from livewell.backpain.models import HealthContext, PainEntry
from livewell.backpain.services import medicine_create, pain_entry_create

# A slowly easing week after a suspected spine fracture: 8 down to 4 out of 10.
DEMO_WEEK = [
    (8, ["middle_back"], "getting out of bed", "lying down"),
    (8, ["middle_back", "ribs"], "sitting", "heat pad"),
    (7, ["middle_back"], "short walk", "acetaminophen"),
    (6, ["middle_back"], "housework", "rest breaks"),
    (6, ["middle_back"], "walking", "walking slowly"),
    (5, ["middle_back"], "gardening", "stopping early"),
    (4, ["middle_back"], "walking", "physical therapy exercises"),
]


def load(out: Callable[[str], None]) -> None:
    user = User.objects.filter(email=DEMO_EMAIL).first()
    if user is None:
        out("  Back-pain demo data skipped: no demo member.")
        return
    if HealthContext.objects.filter(user=user).exists() or PainEntry.objects.filter(user=user).exists():
        out("  Back-pain demo data already present.")
        return
    HealthContext.objects.create(user=user, known_op=True, kidney_band="60+")
    medicine_create(user=user, name="alendronate", daily_dose=Decimal("10"))
    medicine_create(user=user, name="Tylenol", daily_dose=Decimal("2000"))
    today = timezone.localdate()
    zone = timezone.get_current_timezone()
    for days_ago, (pain, where, doing, helped) in zip(range(6, -1, -1), DEMO_WEEK, strict=True):
        day = today - timedelta(days=days_ago)
        pain_entry_create(
            user=user,
            pain=pain,
            recorded_at=datetime.combine(day, time(9, 0), tzinfo=zone),
            locations=where,
            activity=doing,
            helped=helped,
        )
    out("  Back-pain demo data: health answers, 2 medicines and 7 pain entries for the demo member.")
