"""Writes for exercise and weight logs."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from livewell.accounts.models import User
from livewell.diary import signals
from livewell.diary.domain.exercise import ACTIVITY_BY_CODE, MAX_MINUTES, ExerciseError, met_energy
from livewell.diary.errors import DiaryError
from livewell.diary.models import ExerciseEntry, WeightEntry
from livewell.diary.validation import MAX_ENTRY_KCAL, check_day, check_positive, check_weight_kg
from livewell.lib.units import lb_to_kg

WEIGHT_UNITS = ("lb", "kg")


def body_weight_kg(*, user: User, day: date) -> float | None:
    """The member's latest logged weight on or before ``day``, else the one after it, else None."""
    before = WeightEntry.objects.filter(user=user, day__lte=day).order_by("-day", "-created_at", "-id").first()
    if before is not None:
        return before.weight_kg
    after = WeightEntry.objects.filter(user=user, day__gt=day).order_by("day", "created_at", "id").first()
    return after.weight_kg if after is not None else None


def _announce_exercise(entry: ExerciseEntry) -> None:
    transaction.on_commit(lambda: signals.exercise_logged.send(sender=ExerciseEntry, user=entry.user, entry=entry))


def _minutes(minutes: float) -> float:
    return check_positive(minutes, field="minutes", what="the duration", maximum=MAX_MINUTES, unit=" minutes")


@transaction.atomic
def exercise_log(
    *,
    user: User,
    day: date,
    activity_code: str,
    minutes: float,
    weight_kg: float | None = None,
    today: date | None = None,
) -> ExerciseEntry:
    """Log an activity from the MET table; kcal = MET * kg * hours, net of resting (§3 [S17])."""
    check_day(day, today=today or timezone.localdate())
    activity = ACTIVITY_BY_CODE.get(activity_code)
    if activity is None:
        raise DiaryError("Choose an activity from the list.", field="activity")
    minutes = _minutes(minutes)
    kg = weight_kg if weight_kg is not None else body_weight_kg(user=user, day=day)
    if kg is None:
        raise DiaryError(
            "Log your weight first: exercise calories depend on body weight. "
            "Or add a custom entry with the calories your device shows.",
            field="activity",
        )
    try:
        energy = met_energy(met=activity.met, weight_kg=kg, minutes=minutes)
    except ExerciseError as exc:
        raise DiaryError(str(exc), field="minutes") from exc
    entry = ExerciseEntry.objects.create(
        user=user,
        day=day,
        activity_code=activity.code,
        description=activity.description,
        minutes=minutes,
        met=activity.met,
        weight_kg=kg,
        gross_kcal=energy.gross_kcal,
        kcal=energy.net_kcal,
    )
    _announce_exercise(entry)
    return entry


@transaction.atomic
def exercise_log_custom(
    *, user: User, day: date, description: str, minutes: float, kcal: float, today: date | None = None
) -> ExerciseEntry:
    """An activity not in the table, with the calories the member read from a device or app."""
    check_day(day, today=today or timezone.localdate())
    description = description.strip()
    if not description:
        raise DiaryError("Say what the activity was.", field="description")
    minutes = _minutes(minutes)
    kcal = check_positive(kcal, field="kcal", what="calories", maximum=MAX_ENTRY_KCAL, unit=" kcal")
    entry = ExerciseEntry.objects.create(
        user=user, day=day, description=description[:200], minutes=minutes, gross_kcal=kcal, kcal=kcal
    )
    _announce_exercise(entry)
    return entry


def exercise_of(*, user: User, entry_id: int) -> ExerciseEntry:
    entry = ExerciseEntry.objects.filter(user=user, pk=entry_id).first()
    if entry is None:
        raise ExerciseEntry.DoesNotExist("No such exercise entry.")
    return entry


@transaction.atomic
def exercise_update(*, user: User, entry_id: int, minutes: float, kcal: float | None = None) -> ExerciseEntry:
    """Change the duration (MET entries recompute their calories) or a custom entry's calories."""
    entry = exercise_of(user=user, entry_id=entry_id)
    minutes = _minutes(minutes)
    if entry.met is not None and entry.weight_kg is not None:
        energy = met_energy(met=entry.met, weight_kg=entry.weight_kg, minutes=minutes)
        entry.gross_kcal, entry.kcal = energy.gross_kcal, energy.net_kcal
    elif kcal is not None:
        kcal = check_positive(kcal, field="kcal", what="calories", maximum=MAX_ENTRY_KCAL, unit=" kcal")
        entry.gross_kcal = entry.kcal = kcal
    entry.minutes = minutes
    entry.save()
    return entry


@transaction.atomic
def exercise_delete(*, user: User, entry_id: int) -> None:
    exercise_of(user=user, entry_id=entry_id).delete()


def weight_to_kg(value: float, unit: str) -> float:
    if unit not in WEIGHT_UNITS:
        raise DiaryError("Choose lb or kg.", field="unit")
    check_positive(value, field="weight", what="your weight")
    return lb_to_kg(value) if unit == "lb" else float(value)


@transaction.atomic
def weight_log(*, user: User, day: date, value: float, unit: str, today: date | None = None) -> WeightEntry:
    today = today or timezone.localdate()
    check_day(day, today=today)
    if day > today:
        raise DiaryError("You can only log a weight for today or an earlier day.", field="day")
    kg = check_weight_kg(weight_to_kg(value, unit))
    entry = WeightEntry.objects.create(user=user, day=day, weight_kg=kg)
    transaction.on_commit(lambda: signals.weight_logged.send(sender=WeightEntry, user=user, entry=entry))
    return entry


def weight_of(*, user: User, entry_id: int) -> WeightEntry:
    entry = WeightEntry.objects.filter(user=user, pk=entry_id).first()
    if entry is None:
        raise WeightEntry.DoesNotExist("No such weight entry.")
    return entry


@transaction.atomic
def weight_update(*, user: User, entry_id: int, value: float, unit: str) -> WeightEntry:
    entry = weight_of(user=user, entry_id=entry_id)
    entry.weight_kg = check_weight_kg(weight_to_kg(value, unit))
    entry.save(update_fields=["weight_kg"])
    return entry


@transaction.atomic
def weight_delete(*, user: User, entry_id: int) -> None:
    weight_of(user=user, entry_id=entry_id).delete()
