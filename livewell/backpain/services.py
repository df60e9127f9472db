"""Writes for the back-pain tools; each checks its input and runs in a transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from livewell.accounts.models import User
from livewell.backpain.domain.medicines import resolve
from livewell.backpain.models import HealthContext, KidneyBand, Medicine, PainEntry, PainLocation, SavedGuideResult

# The journal is for a member's own pain: nothing before this year is a plausible entry.
EARLIEST_PAIN_YEAR = 1900

HEALTH_FIELDS = (
    "known_op",
    "prior_fx",
    "gi_bleed_hx",
    "cvd",
    "recent_mi_stroke",
    "fall_risk",
    "liver_disease",
    "alcohol",
    "oesophageal_problem",
    "dental_work_planned",
)


MIN_DOSE, MAX_DOSE = Decimal(0), Decimal(100_000)


class BackpainError(ValueError):
    """A change the member asked for that cannot be made; ``field`` names the culprit."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def health_context_of(user: User) -> HealthContext:
    context, _ = HealthContext.objects.get_or_create(user=user)
    return context


@transaction.atomic
def health_context_update(*, user: User, kidney_band: str, **flags: bool) -> HealthContext:
    if kidney_band not in KidneyBand.values:
        raise BackpainError("kidney_band", "Choose one of the kidney-function bands.")
    unknown = set(flags) - set(HEALTH_FIELDS)
    if unknown:
        raise BackpainError(sorted(unknown)[0], "is not a health question we ask.")
    context = health_context_of(user)
    context.kidney_band = kidney_band
    for name, value in flags.items():
        setattr(context, name, bool(value))
    if context.recent_mi_stroke:
        context.cvd = True  # a heart attack or stroke this year is heart disease for the NSAID rules too
    context.save()
    return context


def _medicine_fields(
    *, name: str, daily_dose: Decimal | None, started_on: date | None, last_dose_on: date | None, today: date
) -> dict[str, Any]:
    name = name.strip()
    if not name:
        raise BackpainError("name", "Give the medicine's name, for example ibuprofen or Advil.")
    if len(name) > 100:
        raise BackpainError("name", "Keep the name under 100 characters.")
    if daily_dose is not None and not MIN_DOSE <= daily_dose <= MAX_DOSE:
        raise BackpainError("daily_dose", f"The dose per day must be between 0 and {MAX_DOSE:,}.")
    if daily_dose is not None:
        daily_dose = daily_dose.quantize(Decimal("0.01"))
    for field, value in (("started_on", started_on), ("last_dose_on", last_dose_on)):
        if value is not None and value > today:
            raise BackpainError(field, "This date is in the future.")
    return {
        "name": name,
        "generic": " + ".join(resolve(name)),
        "daily_dose": daily_dose,
        "started_on": started_on,
        "last_dose_on": last_dose_on,
    }


@transaction.atomic
def medicine_create(
    *,
    user: User,
    name: str,
    daily_dose: Decimal | None = None,
    started_on: date | None = None,
    last_dose_on: date | None = None,
) -> Medicine:
    fields = _medicine_fields(
        name=name, daily_dose=daily_dose, started_on=started_on, last_dose_on=last_dose_on, today=timezone.localdate()
    )
    return Medicine.objects.create(user=user, **fields)


@transaction.atomic
def medicine_update(
    *,
    medicine: Medicine,
    name: str,
    daily_dose: Decimal | None = None,
    started_on: date | None = None,
    last_dose_on: date | None = None,
) -> Medicine:
    fields = _medicine_fields(
        name=name, daily_dose=daily_dose, started_on=started_on, last_dose_on=last_dose_on, today=timezone.localdate()
    )
    for key, value in fields.items():
        setattr(medicine, key, value)
    medicine.save()
    return medicine


@transaction.atomic
def medicine_delete(*, medicine: Medicine) -> None:
    medicine.delete()


def _pain_fields(
    *, recorded_at: datetime, pain: int, locations: Iterable[str], activity: str, helped: str, notes: str
) -> dict[str, Any]:
    if not 0 <= pain <= 10:
        raise BackpainError("pain", "Pain is a whole number from 0 (none) to 10 (worst imaginable).")
    if recorded_at.year < EARLIEST_PAIN_YEAR:
        raise BackpainError("recorded_at", f"Choose a time after {EARLIEST_PAIN_YEAR}.")
    if timezone.is_naive(recorded_at):
        recorded_at = timezone.make_aware(recorded_at)
    # Stored in UTC: an offset such as +17:06 is valid ISO 8601 but out of PostgreSQL's range.
    recorded_at = recorded_at.astimezone(UTC)
    if recorded_at > timezone.now() + timedelta(minutes=5):
        raise BackpainError("recorded_at", "This time is in the future.")
    chosen = list(dict.fromkeys(locations))
    unknown = [code for code in chosen if code not in PainLocation.values]
    if unknown:
        raise BackpainError("locations", f"Unknown location: {unknown[0]}.")
    for field, value, limit in (("activity", activity, 200), ("helped", helped, 200), ("notes", notes, 2000)):
        if len(value) > limit:
            raise BackpainError(field, f"Keep this under {limit} characters.")
    return {
        "recorded_at": recorded_at,
        "pain": pain,
        "locations": chosen,
        "activity": activity.strip(),
        "helped": helped.strip(),
        "notes": notes.strip(),
    }


@transaction.atomic
def pain_entry_create(
    *,
    user: User,
    pain: int,
    recorded_at: datetime | None = None,
    locations: Iterable[str] = (),
    activity: str = "",
    helped: str = "",
    notes: str = "",
) -> PainEntry:
    fields = _pain_fields(
        recorded_at=recorded_at or timezone.now(),
        pain=pain,
        locations=locations,
        activity=activity,
        helped=helped,
        notes=notes,
    )
    return PainEntry.objects.create(user=user, **fields)


@transaction.atomic
def pain_entry_update(
    *,
    entry: PainEntry,
    pain: int,
    recorded_at: datetime,
    locations: Iterable[str] = (),
    activity: str = "",
    helped: str = "",
    notes: str = "",
) -> PainEntry:
    fields = _pain_fields(
        recorded_at=recorded_at, pain=pain, locations=locations, activity=activity, helped=helped, notes=notes
    )
    for key, value in fields.items():
        setattr(entry, key, value)
    entry.save()
    return entry


@transaction.atomic
def pain_entry_delete(*, entry: PainEntry) -> None:
    entry.delete()


@transaction.atomic
def guide_result_save(*, user: User, answers: dict[str, Any], result: dict[str, Any]) -> SavedGuideResult:
    return SavedGuideResult.objects.create(user=user, answers=answers, result=result, urgent=bool(result.get("urgent")))
