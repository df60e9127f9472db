"""Exercise and weight pages."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.diary.domain.charts import COLOURS, Chart, Series, render_svg
from livewell.diary.domain.exercise import is_estimate_for_age
from livewell.diary.domain.trend import ALPHA, ewma_trend, progress_to_goal
from livewell.diary.errors import DiaryError
from livewell.diary.forms import CustomExerciseForm, ExerciseForm, WeightForm, add_service_error
from livewell.diary.models import ExerciseEntry, WeightEntry
from livewell.diary.selectors import weight_series
from livewell.diary.services import activity as activity_services
from livewell.diary.targets import targets_for
from livewell.diary.views.common import member, today, uses_metric
from livewell.goals.selectors import current_plan, plan_projection
from livewell.lib.units import kg_to_lb

WEIGHT_WINDOW_DAYS = 90
PROJECTION_AHEAD_DAYS = 28
WEIGH_INS_PAGE_SIZE = 30


def _day_param(request: HttpRequest) -> date:
    text = request.GET.get("day") or request.POST.get("day") or ""
    try:
        return date.fromisoformat(text) if text else today()
    except ValueError:
        return today()


@login_required
@require_http_methods(["GET", "POST"])
def exercise_page(request: HttpRequest) -> HttpResponse:
    user = member(request)
    day = _day_param(request)
    met_form = ExerciseForm(prefix="met", initial={"day": day, "minutes": 30})
    custom_form = CustomExerciseForm(prefix="custom", initial={"day": day})
    status = 200
    if request.method == "POST":
        kind = request.POST.get("kind")
        try:
            if kind == "custom":
                custom_form = CustomExerciseForm(request.POST, prefix="custom")
                if custom_form.is_valid():
                    data = custom_form.cleaned_data
                    entry = activity_services.exercise_log_custom(
                        user=user,
                        day=data["day"],
                        description=data["description"],
                        minutes=data["minutes"],
                        kcal=data["kcal"],
                        today=today(),
                    )
                    messages.success(request, f"Logged {entry.description}: {entry.kcal:.0f} kcal.")
                    return redirect(f"{reverse('diary:exercise')}?day={entry.day.isoformat()}")
            else:
                met_form = ExerciseForm(request.POST, prefix="met")
                if met_form.is_valid():
                    data = met_form.cleaned_data
                    entry = activity_services.exercise_log(
                        user=user,
                        day=data["day"],
                        activity_code=data["activity"],
                        minutes=data["minutes"],
                        today=today(),
                    )
                    messages.success(request, f"Logged {entry.description}: {entry.kcal:.0f} kcal (net).")
                    return redirect(f"{reverse('diary:exercise')}?day={entry.day.isoformat()}")
        except DiaryError as error:
            add_service_error(custom_form if kind == "custom" else met_form, error)
        status = 400
    entries = ExerciseEntry.objects.filter(user=user, day__range=(day - timedelta(days=13), day)).order_by(
        "-day", "-created_at"
    )
    context = {
        "section": "exercise",
        "day": day,
        "met_form": met_form,
        "custom_form": custom_form,
        "entries": entries,
        "estimate": is_estimate_for_age(profile_of(user).age_on(day)),
        "latest_weight": activity_services.body_weight_kg(user=user, day=day),
        "units": "metric" if uses_metric(user) else "us",
    }
    return render(request, "diary/exercise.html", context, status=status)


@login_required
@require_POST
def exercise_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    try:
        entry = activity_services.exercise_of(user=member(request), entry_id=entry_id)
    except ExerciseEntry.DoesNotExist:
        raise Http404("No such exercise entry.") from None
    activity_services.exercise_delete(user=member(request), entry_id=entry.pk)
    messages.info(request, f"Deleted {entry.description}.")
    return redirect(f"{reverse('diary:exercise')}?day={entry.day.isoformat()}")


def weight_chart(
    *,
    user_units_metric: bool,
    start: date,
    end: date,
    actual: list[tuple[date, float]],
    trend: list[tuple[date, float]],
    goal_kg: float | None,
    projection: list[tuple[date, float]] | None = None,
) -> str:
    def conv(points: list[tuple[date, float]]) -> list[tuple[date, float]]:
        return points if user_units_metric else [(d, kg_to_lb(v)) for d, v in points]

    unit = "kg" if user_units_metric else "lb"
    goal = None if goal_kg is None else (goal_kg if user_units_metric else kg_to_lb(goal_kg))
    lines = [
        Series("Weight", conv(actual), colour=COLOURS["actual"], dots=True),
        Series("Trend", conv(trend), colour=COLOURS["trend"]),
    ]
    if projection:
        lines.append(Series("Projection", conv(projection), colour=COLOURS["projection"], dashed=True))
    description = f"{len(actual)} weigh-ins from {start:%B %-d} to {end:%B %-d, %Y}."
    if projection:
        description += f" Your plan projected {conv(projection)[-1][1]:.1f} {unit} by {projection[-1][0]:%B %-d}."
    if actual:
        description += f" Latest {conv(actual)[-1][1]:.1f} {unit}, trend {conv(trend)[-1][1]:.1f} {unit}."
    if goal is not None:
        description += f" Goal {goal:.1f} {unit}."
    chart = Chart(
        title="Weight, smoothed trend and your plan's projection" if projection else "Weight and smoothed trend",
        description=description,
        unit=unit,
        start=start,
        end=end,
        lines=lines,
        reference=goal,
        reference_label=f"Goal {goal:.1f} {unit}" if goal is not None else "",
    )
    return render_svg(chart, chart_id="weight-chart")


def projected_weights(*, user: User, start: date, end: date) -> list[tuple[date, float]]:
    """The goal plan's projected weight (Hall et al. 2011 dynamic model, from livewell.goals),
    one point per day from the plan's start, clipped to ``start``..``end``."""
    plan = current_plan(user=user)
    if plan is None:
        return []
    plan_start = timezone.localdate(plan.created_at)
    days = (end - plan_start).days
    if days < 1:
        return []
    projection = plan_projection(plan, days=days)
    if projection is None:
        return []
    points = [(plan_start + timedelta(days=i), kg) for i, kg in enumerate(projection.dynamic_daily)]
    return [(d, kg) for d, kg in points if start <= d <= end]


@login_required
@require_http_methods(["GET", "POST"])
def weight_page(request: HttpRequest) -> HttpResponse:
    user = member(request)
    metric = uses_metric(user)
    form = WeightForm(prefix="weight", initial={"day": today(), "unit": "kg" if metric else "lb"})
    status = 200
    if request.method == "POST":
        form = WeightForm(request.POST, prefix="weight")
        if form.is_valid():
            data = form.cleaned_data
            try:
                activity_services.weight_log(
                    user=user, day=data["day"], value=data["weight"], unit=data["unit"], today=today()
                )
            except DiaryError as error:
                add_service_error(form, error)
            else:
                messages.success(request, f"Logged {data['weight']:g} {data['unit']} for {data['day']:%B %-d}.")
                return redirect("diary:weight")
        status = 400
    end = today()
    start = end - timedelta(days=WEIGHT_WINDOW_DAYS)
    actual = weight_series(user=user, start=start, end=end)
    trend = ewma_trend(actual)
    targets = targets_for(user)
    # The projection continues four weeks past today, so the member sees where the plan heads.
    projection = projected_weights(user=user, start=start, end=end + timedelta(days=PROJECTION_AHEAD_DAYS))
    goal_kg = targets.goal_weight_kg if targets is not None else None
    start_kg = targets.start_weight_kg if targets is not None else None
    progress = None
    if goal_kg is not None and start_kg is not None and trend:
        progress = progress_to_goal(start_kg=start_kg, current_kg=trend[-1][1], goal_kg=goal_kg)
    rows = [
        {"day": d, "kg": kg, "trend_kg": t} for (d, kg), (_, t) in zip(reversed(actual), reversed(trend), strict=True)
    ]
    context = {
        "section": "weight",
        "form": form,
        "rows": rows,
        "entries": Paginator(
            WeightEntry.objects.filter(user=user).order_by("-day", "-created_at", "-id"), WEIGH_INS_PAGE_SIZE
        ).get_page(request.GET.get("page")),
        "entries_open": "page" in request.GET,
        "units": "metric" if metric else "us",
        # SVG from livewell.diary.domain.charts, which escapes every text it writes.
        "chart": mark_safe(
            weight_chart(
                user_units_metric=metric,
                start=min(d for d, _ in actual + projection),
                end=max(end, projection[-1][0]) if projection else end,
                actual=actual,
                trend=trend,
                goal_kg=goal_kg,
                projection=projection,
            )
        )
        if actual or projection
        else "",
        # Weekly rows of the projection for the table alternative.
        "projection": projection[::7],
        "alpha_percent": round(ALPHA * 100),
        "goal_kg": goal_kg,
        "start_kg": start_kg,
        "progress_percent": None if progress is None else round(max(progress, 0) * 100),
        "has_plan": targets is not None,
    }
    return render(request, "diary/weight.html", context, status=status)


@login_required
@require_POST
def weight_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    try:
        activity_services.weight_delete(user=member(request), entry_id=entry_id)
    except WeightEntry.DoesNotExist:
        raise Http404("No such weight entry.") from None
    messages.info(request, "Deleted the weight.")
    return redirect("diary:weight")
