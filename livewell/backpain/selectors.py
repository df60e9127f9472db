"""Reads for the back-pain tools.  Every query is filtered by the member."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db.models import QuerySet
from django.utils import timezone

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.backpain import integrations
from livewell.backpain.domain.alerts import Alert
from livewell.backpain.domain.alerts import medication_alerts as compute_alerts
from livewell.backpain.domain.inputs import MedicineUse, PatientContext
from livewell.backpain.domain.pain import DailyPain, daily_pain
from livewell.backpain.models import HealthContext, Medicine, PainEntry, SavedGuideResult

DAYS_PER_MONTH = 365.25 / 12
CALCIUM_LOOKBACK_DAYS = 7


def medicines_of(*, user: User) -> QuerySet[Medicine]:
    return Medicine.objects.filter(user=user)


def medicine_of(*, user: User, medicine_id: int) -> Medicine | None:
    return Medicine.objects.filter(user=user, pk=medicine_id).first()


def pain_entry_of(*, user: User, entry_id: int) -> PainEntry | None:
    return PainEntry.objects.filter(user=user, pk=entry_id).first()


def health_context(*, user: User) -> HealthContext:
    """The member's saved answers, or an unsaved blank one (reads never write)."""
    return HealthContext.objects.filter(user=user).first() or HealthContext(user=user)


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def medicine_use(medicine: Medicine, *, today: date) -> MedicineUse:
    return MedicineUse(
        name=medicine.name,
        generics=tuple(part for part in medicine.generic.split(" + ") if part),
        daily_dose=_float(medicine.daily_dose),
        days_on=None if medicine.started_on is None else (today - medicine.started_on).days,
        months_since_last_dose=(
            None if medicine.last_dose_on is None else (today - medicine.last_dose_on).days / DAYS_PER_MONTH
        ),
    )


def recent_dietary_calcium(*, user: User, today: date) -> float | None:
    """Average daily calcium from logged food over the past week, if the diary can tell us."""
    totals = integrations.daily_nutrient_totals(
        user=user, start=today - timedelta(days=CALCIUM_LOOKBACK_DAYS - 1), end=today
    )
    if not totals:
        return None
    known = [n.calcium_mg for n in totals.values() if n.calcium_mg is not None]
    return sum(known) / len(known) if known else None


def patient_context(*, user: User, today: date | None = None) -> PatientContext:
    today = today or timezone.localdate()
    health = health_context(user=user)
    return PatientContext(
        age=profile_of(user).age_on(today),
        crcl=health.crcl,
        gi_bleed_hx=health.gi_bleed_hx,
        cvd=health.cvd,
        recent_mi_stroke=health.recent_mi_stroke,
        fall_risk=health.fall_risk,
        liver_disease=health.liver_disease,
        alcohol=health.alcohol,
        oesophageal_problem=health.oesophageal_problem,
        dental_work_planned=health.dental_work_planned,
        dietary_calcium_mg=recent_dietary_calcium(user=user, today=today),
        medicines=tuple(medicine_use(m, today=today) for m in medicines_of(user=user)),
    )


def medication_alerts(*, user: User) -> list[Alert]:
    """The member's medicine-safety alerts, most severe first (for the dashboard and diary)."""
    return compute_alerts(patient_context(user=user))


def _local_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


def pain_entries(*, user: User, start: date | None = None, end: date | None = None) -> QuerySet[PainEntry]:
    """The member's entries, newest first, optionally between two local dates (inclusive)."""
    entries = PainEntry.objects.filter(user=user)
    if start is not None and end is not None:
        low, high = _local_bounds(start, end)
        entries = entries.filter(recorded_at__gte=low, recorded_at__lt=high)
    return entries


def pain_days(*, user: User, start: date, end: date) -> list[DailyPain]:
    readings = [
        (timezone.localdate(entry.recorded_at), entry.pain) for entry in pain_entries(user=user, start=start, end=end)
    ]
    return daily_pain(readings)


def saved_guides(*, user: User, start: date | None = None, end: date | None = None) -> QuerySet[SavedGuideResult]:
    results = SavedGuideResult.objects.filter(user=user)
    if start is not None and end is not None:
        low, high = _local_bounds(start, end)
        results = results.filter(created_at__gte=low, created_at__lt=high)
    return results


def saved_guide_of(*, user: User, result_id: int) -> SavedGuideResult | None:
    return SavedGuideResult.objects.filter(user=user, pk=result_id).first()


@dataclass(frozen=True)
class GuideDefaults:
    """Answers a member has already given elsewhere, to pre-fill the guide."""

    age: int | None
    sex: str
    medicines: str
    health: HealthContext


def guide_defaults(*, user: User) -> GuideDefaults:
    profile = profile_of(user)
    return GuideDefaults(
        age=profile.age_on(timezone.localdate()),
        sex=profile.sex,
        medicines=", ".join(m.name for m in medicines_of(user=user)),
        health=health_context(user=user),
    )
