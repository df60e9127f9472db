"""Reads of the diary.  Other apps use ``daily_nutrient_totals``, ``weight_series``,
``logged_days`` and ``logging_streak``; the pages use ``day_summary``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.diary.domain.budget import Budget, streak
from livewell.diary.domain.exercise import is_estimate_for_age
from livewell.diary.models import DiaryEntry, ExerciseEntry, FavouriteFood, Meal, Recipe, WeightEntry
from livewell.diary.snapshot import sum_snapshots
from livewell.diary.targets import NUTRIENT_TARGETS, Targets, targets_for
from livewell.lib.nutrients import Nutrients

STREAK_LOOKBACK_DAYS = 800
# What the day page shows of an entry (the rest stays in the database).
DAY_FIELDS = (
    "id",
    "day",
    "meal",
    "kind",
    "description",
    "amount",
    "portion_label",
    "grams",
    "nutrients",
    "kcal",
    "deleted_at",
)


def daily_nutrient_totals(*, user: User, start: date, end: date) -> dict[date, Nutrients]:
    """Nutrients eaten on each day from ``start`` to ``end`` inclusive (days with entries only)."""
    by_day: dict[date, list[dict[str, float | None]]] = defaultdict(list)
    rows = DiaryEntry.objects.live().filter(user=user, day__range=(start, end)).values_list("day", "nutrients")
    for day, snapshot in rows:
        by_day[day].append(snapshot)
    totals = {day: sum_snapshots(snapshots) for day, snapshots in by_day.items()}
    return dict(sorted(totals.items()))


def daily_exercise_kcal(*, user: User, start: date, end: date) -> dict[date, float]:
    totals: dict[date, float] = defaultdict(float)
    for day, kcal in ExerciseEntry.objects.filter(user=user, day__range=(start, end)).values_list("day", "kcal"):
        totals[day] += kcal
    return dict(sorted(totals.items()))


def weight_series(*, user: User, start: date, end: date) -> list[tuple[date, float]]:
    """One weight in kg per day that has one (the last logged that day), oldest first."""
    last: dict[date, float] = {}
    rows = WeightEntry.objects.filter(user=user, day__range=(start, end)).order_by("day", "created_at", "id")
    for day, kg in rows.values_list("day", "weight_kg"):
        last[day] = kg
    return sorted(last.items())


def logged_days(*, user: User) -> list[date]:
    """Every day with at least one food entry, oldest first."""
    days = DiaryEntry.objects.live().filter(user=user).values_list("day", flat=True).distinct().order_by("day")
    return list(days)


def logging_streak(*, user: User, today: date) -> int:
    """Consecutive days with food logged, up to today (or yesterday while today is still empty)."""
    recent = (
        DiaryEntry.objects.live()
        .filter(user=user, day__range=(today - timedelta(days=STREAK_LOOKBACK_DAYS), today))
        .order_by()  # without the model's ordering, DISTINCT is over days only
        .values_list("day", flat=True)
        .distinct()
    )
    return streak(recent, today=today)


@dataclass(frozen=True, slots=True)
class MealBlock:
    meal: str
    label: str
    entries: list[DiaryEntry]
    kcal: float


@dataclass(frozen=True, slots=True)
class TargetRow:
    field: str
    label: str
    unit: str
    amount: float | None
    target: float
    is_limit: bool
    incomplete: bool

    @property
    def ratio(self) -> float:
        return 0.0 if self.amount is None or self.target <= 0 else self.amount / self.target

    @property
    def percent(self) -> int:
        return round(self.ratio * 100)

    @property
    def meter_value(self) -> float:
        return min(self.amount or 0.0, self.target * 1.5)

    @property
    def status(self) -> str:
        if self.is_limit:
            return "over the limit" if self.ratio > 1 else "within the limit"
        return "target reached" if self.ratio >= 1 else "below target"


@dataclass(frozen=True, slots=True)
class MacroRow:
    label: str
    grams: float
    target_g: float | None
    percent_energy: float | None


@dataclass
class DaySummary:
    day: date
    meals: list[MealBlock]
    totals: Nutrients
    exercise: list[ExerciseEntry]
    exercise_kcal: float
    targets: Targets | None
    budget: Budget | None
    macros: list[MacroRow]
    target_rows: list[TargetRow]
    streak: int
    exercise_is_estimate: bool
    entry_count: int = 0
    deleted: list[DiaryEntry] = field(default_factory=list)


def macro_rows(totals: Nutrients, targets: Targets | None) -> list[MacroRow]:
    split = totals.energy_split() or {}
    rows = []
    for key, label, fname, tname in (
        ("protein", "Protein", "protein_g", "protein_g"),
        ("carbs", "Carbohydrate", "carbs_g", "carbs_g"),
        ("fat", "Fat", "fat_g", "fat_g"),
    ):
        grams = getattr(totals, fname) or 0.0
        target = getattr(targets, tname) if targets is not None else None
        share = split.get(key)
        rows.append(MacroRow(label, grams, target, None if share is None else share * 100))
    return rows


def target_rows(totals: Nutrients, targets: Targets | None) -> list[TargetRow]:
    if targets is None:
        return []
    rows = []
    for t in NUTRIENT_TARGETS:
        goal = getattr(targets, t.attr, None)
        if goal is None:
            continue
        rows.append(
            TargetRow(
                field=t.field,
                label=t.label,
                unit=t.unit,
                amount=getattr(totals, t.field),
                target=float(goal),
                is_limit=t.is_limit,
                incomplete=t.field in totals.incomplete,
            )
        )
    return rows


def day_summary(*, user: User, day: date, today: date) -> DaySummary:
    entries = list(DiaryEntry.objects.filter(user=user, day=day).only(*DAY_FIELDS).order_by("created_at", "id"))
    live = [e for e in entries if e.deleted_at is None]
    by_meal: dict[str, list[DiaryEntry]] = {m: [] for m in Meal.values}
    for entry in live:
        by_meal[entry.meal].append(entry)
    meals = [
        MealBlock(meal=m, label=Meal(m).label, entries=items, kcal=sum(e.kcal for e in items))
        for m, items in by_meal.items()
    ]
    totals = sum_snapshots(e.nutrients for e in live)
    exercise = list(ExerciseEntry.objects.filter(user=user, day=day).order_by("created_at", "id"))
    exercise_kcal = sum(x.kcal for x in exercise)
    targets = targets_for(user)
    budget = None if targets is None else Budget(goal=targets.kcal, food=totals.kcal or 0.0, exercise=exercise_kcal)
    age = profile_of(user).age_on(day)
    return DaySummary(
        day=day,
        meals=meals,
        totals=totals,
        exercise=exercise,
        exercise_kcal=exercise_kcal,
        targets=targets,
        budget=budget,
        macros=macro_rows(totals, targets),
        target_rows=target_rows(totals, targets),
        streak=logging_streak(user=user, today=today),
        exercise_is_estimate=is_estimate_for_age(age),
        entry_count=len(live),
        deleted=[e for e in entries if e.deleted_at is not None],
    )


def favourite_food_ids(*, user: User) -> set[int]:
    return set(FavouriteFood.objects.filter(user=user).values_list("food_id", flat=True))


def favourites(*, user: User) -> list[FavouriteFood]:
    return list(FavouriteFood.objects.filter(user=user).select_related("food"))


def recipes_of(*, user: User) -> list[Recipe]:
    return list(Recipe.objects.filter(user=user).prefetch_related("ingredients__food"))
