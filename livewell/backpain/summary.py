"""Gather the one-page clinician summary for a member and a date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils import timezone

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.backpain import integrations, selectors
from livewell.backpain.domain.alerts import Alert
from livewell.backpain.domain.pain import SEVERE_RUN_DAYS, DailyPain, PainChange, change_over, severe_run
from livewell.backpain.models import Medicine
from livewell.backpain.presentation import present_result
from livewell.lib.units import kg_to_lb

# (Nutrients field, label, unit, targets field) for the bone-health nutrients on the summary.
BONE_NUTRIENTS = (
    ("calcium_mg", "Calcium", "mg", "calcium_mg"),
    ("vitamin_d_mcg", "Vitamin D", "µg", "vitamin_d_mcg"),
    ("protein_g", "Protein", "g", "protein_g"),
)


@dataclass(frozen=True)
class NutrientRow:
    label: str
    unit: str
    average: float | None
    target: float | None
    days: int

    @property
    def percent(self) -> int | None:
        if self.average is None or not self.target:
            return None
        return round(self.average / self.target * 100)


@dataclass(frozen=True)
class ClinicianSummary:
    name: str
    age: int | None
    sex: str
    start: date
    end: date
    pain_days: list[DailyPain]
    pain_entries: int
    change: PainChange | None
    severe_days_in_a_row: int
    medicines: list[Medicine]
    alerts: list[Alert]
    guides: list[tuple[date, dict[str, Any]]]
    weight: list[tuple[date, float]]
    weight_unit: str
    nutrients: list[NutrientRow]
    targets_known: bool

    @property
    def severe_run_flag(self) -> bool:
        """Rule P2 (product rule): pain of 7 or more on 3 or more days in a row."""
        return self.severe_days_in_a_row >= SEVERE_RUN_DAYS

    @property
    def weight_change(self) -> float | None:
        if not self.weight or len(self.weight) < 2:
            return None
        return self.weight[-1][1] - self.weight[0][1]


def _nutrient_rows(user: User, start: date, end: date) -> tuple[list[NutrientRow], bool]:
    totals = integrations.daily_nutrient_totals(user=user, start=start, end=end)
    targets = integrations.current_targets(user=user)
    rows = []
    for field, label, unit, target_field in BONE_NUTRIENTS:
        known = [value for n in totals.values() if (value := getattr(n, field)) is not None]
        rows.append(
            NutrientRow(
                label=label,
                unit=unit,
                average=sum(known) / len(known) if known else None,
                target=None if targets is None else float(getattr(targets, target_field)),
                days=len(known),
            )
        )
    return rows, targets is not None


def clinician_summary(*, user: User, start: date, end: date) -> ClinicianSummary:
    profile = profile_of(user)
    days = selectors.pain_days(user=user, start=start, end=end)
    weights = integrations.weight_series(user=user, start=start, end=end)
    metric = profile.units == "metric"
    if not metric:
        weights = [(day, kg_to_lb(kg)) for day, kg in weights]
    nutrients, targets_known = _nutrient_rows(user, start, end)
    guides = [
        (timezone.localdate(saved.created_at), present_result(saved.result))
        for saved in selectors.saved_guides(user=user, start=start, end=end)[:5]
    ]
    return ClinicianSummary(
        name=user.get_full_name(),
        age=profile.age_on(end),
        sex=profile.get_sex_display(),
        start=start,
        end=end,
        pain_days=days,
        pain_entries=sum(day.entries for day in days),
        change=change_over(days),
        severe_days_in_a_row=severe_run(days),
        medicines=list(selectors.medicines_of(user=user)),
        alerts=selectors.medication_alerts(user=user),
        guides=guides,
        weight=weights,
        weight_unit="kg" if metric else "lb",
        nutrients=nutrients,
        targets_known=targets_known,
    )
