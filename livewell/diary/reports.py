"""Report figures over a window of days (read-only; built from the selectors)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from livewell.accounts.models import User
from livewell.diary.domain.charts import COLOURS, Bars, Chart, Series, render_svg
from livewell.diary.domain.trend import ewma_trend
from livewell.diary.selectors import daily_exercise_kcal, daily_nutrient_totals, weight_series
from livewell.diary.targets import Targets, targets_for
from livewell.lib.nutrients import Nutrients
from livewell.lib.units import kg_to_lb

WINDOWS = (7, 30, 90)


@dataclass(frozen=True, slots=True)
class DayRow:
    day: date
    kcal: float | None
    exercise_kcal: float
    calcium_mg: float | None
    vitamin_d_mcg: float | None


@dataclass
class Report:
    days: int
    start: date
    end: date
    rows: list[DayRow]
    logged_days: int
    average: Nutrients | None
    split: dict[str, float] | None
    targets: Targets | None
    calorie_chart: str
    bone_chart: str
    weight_chart: str
    weights: list[tuple[date, float, float]]


def _average(totals: dict[date, Nutrients]) -> Nutrients | None:
    if not totals:
        return None
    return sum(totals.values(), Nutrients.zero()).scaled(1 / len(totals))


def build_report(*, user: User, days: int, today: date, metric: bool) -> Report:
    end = today
    start = today - timedelta(days=days - 1)
    totals = daily_nutrient_totals(user=user, start=start, end=end)
    exercise = daily_exercise_kcal(user=user, start=start, end=end)
    targets = targets_for(user)
    rows = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        n = totals.get(day)
        rows.append(
            DayRow(
                day=day,
                kcal=None if n is None else n.kcal,
                exercise_kcal=exercise.get(day, 0.0),
                calcium_mg=None if n is None else n.calcium_mg,
                vitamin_d_mcg=None if n is None else n.vitamin_d_mcg,
            )
        )
    average = _average(totals)
    kcal_points = [(d, n.kcal or 0.0) for d, n in totals.items()]
    target_text = f" Daily target {targets.kcal:,.0f} kcal." if targets else ""
    avg_text = f" Average on logged days {average.kcal or 0:,.0f} kcal." if average else ""
    calorie_chart = render_svg(
        Chart(
            title=f"Calories eaten per day, last {days} days",
            description=f"{len(totals)} of {days} days logged.{avg_text}{target_text}",
            unit="kcal",
            start=start,
            end=end,
            bars=Bars("Calories", kcal_points, colour=COLOURS["actual"]),
            reference=targets.kcal if targets else None,
            reference_label="Target" if targets else "",
        ),
        chart_id="calorie-chart",
    )
    calcium_target = targets.calcium_mg if targets else None
    bone_lines = [
        Series("Calcium", [(d, n.calcium_mg) for d, n in totals.items() if n.calcium_mg is not None], dots=True),
    ]
    bone_chart = render_svg(
        Chart(
            title=f"Calcium per day, last {days} days",
            description=(
                f"Calcium from food on {len(bone_lines[0].points)} logged days."
                + (f" Target {calcium_target:,.0f} mg." if calcium_target else "")
            ),
            unit="mg",
            start=start,
            end=end,
            lines=bone_lines,
            reference=calcium_target,
            reference_label="Calcium target" if calcium_target else "",
        ),
        chart_id="calcium-chart",
    )
    weights = weight_series(user=user, start=start, end=end)
    trend = ewma_trend(weights)
    conv = (lambda v: v) if metric else kg_to_lb
    unit = "kg" if metric else "lb"
    weight_chart = ""
    if weights:
        weight_chart = render_svg(
            Chart(
                title=f"Weight, last {days} days",
                description=(
                    f"{len(weights)} weigh-ins; first {conv(weights[0][1]):.1f} {unit}, latest "
                    f"{conv(weights[-1][1]):.1f} {unit}; trend now {conv(trend[-1][1]):.1f} {unit}."
                ),
                unit=unit,
                start=start,
                end=end,
                lines=[
                    Series("Weight", [(d, conv(v)) for d, v in weights], dots=True),
                    Series("Trend", [(d, conv(v)) for d, v in trend], colour=COLOURS["trend"]),
                ],
            ),
            chart_id="weight-report-chart",
        )
    return Report(
        days=days,
        start=start,
        end=end,
        rows=rows,
        logged_days=len(totals),
        average=average,
        split=None if average is None else average.energy_split(),
        targets=targets,
        calorie_chart=calorie_chart,
        bone_chart=bone_chart,
        weight_chart=weight_chart,
        weights=[(d, w, t) for (d, w), (_, t) in zip(weights, trend, strict=True)],
    )
