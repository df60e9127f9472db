"""The goal wizard (for visitors and members), its result page and a member's plan history."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.goals import charts
from livewell.goals.domain.budget import Budget, BudgetInput, compute_budget
from livewell.goals.domain.targets import NUTRIENT_LABELS
from livewell.goals.forms import WizardForm, initial_from
from livewell.goals.models import GoalPlan
from livewell.goals.selectors import current_plan, plan_history, plan_of
from livewell.goals.services import goal_plan_create
from livewell.lib.energy import EnergyInputError, sex_from
from livewell.lib.projection import ProjectionError
from livewell.lib.units import KG_PER_LB

# A visitor's last answers (SI units), kept so the result survives a reload and can be
# saved to their profile once they sign up or log in and come back to /goals/.
SESSION_KEY = "goals.wizard_answers"


def _member(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) and request.user.is_authenticated else None


def _answers(inputs: BudgetInput, units: str) -> dict[str, Any]:
    return {**asdict(inputs), "units": units}


def _inputs_from(answers: dict[str, Any]) -> BudgetInput:
    return BudgetInput(
        sex=sex_from(str(answers["sex"])),
        age=int(answers["age"]),
        height_cm=float(answers["height_cm"]),
        weight_kg=float(answers["weight_kg"]),
        activity=str(answers["activity"]),
        goal=str(answers["goal"]),
        goal_weight_kg=None if answers.get("goal_weight_kg") is None else float(answers["goal_weight_kg"]),
    )


def _plan_answers(plan: GoalPlan) -> dict[str, Any]:
    return {
        "sex": plan.sex,
        "age": plan.age,
        "height_cm": plan.height_cm,
        "weight_kg": plan.weight_kg,
        "activity": plan.activity,
        "goal": plan.goal,
        "goal_weight_kg": plan.goal_weight_kg,
        "units": plan.units,
    }


def _member_initial(user: User) -> dict[str, Any]:
    profile = profile_of(user)
    answers: dict[str, Any] = {"units": profile.units}
    plan = current_plan(user=user)
    if plan is not None:
        answers.update(_plan_answers(plan))
        answers["units"] = profile.units
    if profile.sex:
        answers["sex"] = profile.sex
    age = profile.age_on(timezone.localdate())
    if age is not None:
        answers["age"] = age
    if profile.height_cm is not None:
        answers["height_cm"] = float(profile.height_cm)
    return initial_from(answers)


def _save_pending(request: HttpRequest, user: User) -> GoalPlan | None:
    answers = request.session.pop(SESSION_KEY, None)
    if not answers:
        return None
    try:
        return goal_plan_create(user=user, inputs=_inputs_from(answers), units=answers.get("units", "us"))
    except (EnergyInputError, ProjectionError, KeyError, ValueError):
        return None  # stale or tampered answers: the member simply starts afresh


@require_http_methods(["GET", "POST"])
def wizard(request: HttpRequest) -> HttpResponse:
    member = _member(request)
    if request.method == "GET" and member is not None:
        saved = _save_pending(request, member)
        if saved is not None:
            messages.success(request, "We saved the goal you worked out before you logged in.")
            return redirect("goals:plan", plan_id=saved.pk)
    visitor_answers = request.session.get(SESSION_KEY) or {}
    initial = _member_initial(member) if member is not None else initial_from(visitor_answers)
    form = WizardForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        inputs = form.budget_input()
        units = form.cleaned_data["units"]
        try:
            if member is not None:
                plan = goal_plan_create(user=member, inputs=inputs, units=units)
                messages.success(request, "Your new goal is saved. The tracker now uses this target.")
                return redirect("goals:plan", plan_id=plan.pk)
            compute_budget(inputs)  # validate before keeping the answers
        except EnergyInputError as error:
            form.add_error(form.field_for(error.field), error.message)
        except ProjectionError as error:
            form.add_error("goal_weight", str(error))
        else:
            request.session[SESSION_KEY] = _answers(inputs, units)
            return redirect("goals:result")
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "goals/wizard.html", {"form": form}, status=status)


@require_GET
def result(request: HttpRequest) -> HttpResponse:
    """A visitor's result (from the session); members are sent to their current plan."""
    member = _member(request)
    answers = request.session.get(SESSION_KEY)
    if member is not None:
        # Answers from before logging in are saved now; otherwise show the current plan.
        plan = _save_pending(request, member) if answers else None
        if plan is not None:
            messages.success(request, "We saved the goal you worked out before you logged in.")
        else:
            plan = current_plan(user=member)
        return redirect("goals:plan", plan_id=plan.pk) if plan else redirect("goals:wizard")
    if not answers:
        return redirect("goals:wizard")
    try:
        budget = compute_budget(_inputs_from(answers))
    except (EnergyInputError, ProjectionError, KeyError, ValueError):
        request.session.pop(SESSION_KEY, None)
        return redirect("goals:wizard")
    context = result_context(budget, units=answers.get("units", "us"), start=timezone.localdate())
    return render(request, "goals/result.html", {**context, "plan": None})


@login_required
@require_GET
def plan_detail(request: HttpRequest, plan_id: int) -> HttpResponse:
    member = _member(request)
    assert member is not None  # guaranteed by @login_required
    plan = plan_of(user=member, plan_id=plan_id)
    if plan is None:
        raise Http404("No such plan.")
    budget = compute_budget(_inputs_from(_plan_answers(plan)))
    context = result_context(budget, units=plan.units, start=timezone.localdate(plan.created_at))
    current = current_plan(user=member)
    return render(
        request, "goals/result.html", {**context, "plan": plan, "is_current": current is not None and current == plan}
    )


@login_required
@require_GET
def history(request: HttpRequest) -> HttpResponse:
    member = _member(request)
    assert member is not None  # guaranteed by @login_required
    plans = list(plan_history(user=member))
    units = profile_of(member).units
    rows = [
        {
            "plan": plan,
            "weight": _weight(plan.weight_kg, units),
            "goal_weight": None if plan.goal_weight_kg is None else _weight(plan.goal_weight_kg, units),
        }
        for plan in plans
    ]
    return render(request, "goals/history.html", {"rows": rows, "unit": _unit(units)})


def _unit(units: str) -> str:
    return "kg" if units == "metric" else "lb"


def _weight(kg: float, units: str) -> float:
    return round(kg if units == "metric" else kg / KG_PER_LB, 1)


def result_context(budget: Budget, *, units: str, start: date) -> dict[str, Any]:
    data = budget.as_json()
    macros = data["macros"]
    nutrients = data["nutrients"]
    unit = _unit(units)
    context: dict[str, Any] = {
        "b": data,
        "unit": unit,
        "units": units,
        "weight": _weight(budget.inputs.weight_kg, units),
        "macro_chart": charts.macro_bar(
            [
                charts.Segment("Carbohydrate", macros["carbs_pct"], macros["carbs_g"], charts.BLUE),
                charts.Segment("Protein", macros["protein_pct"], macros["protein_g"], charts.GREEN),
                charts.Segment("Fat", macros["fat_pct"], macros["fat_g"], charts.BROWN),
            ],
            title=f"How your {data['target_kcal']} kcal a day split between carbohydrate, protein and fat",
        ),
        "nutrient_rows": [
            {"label": label, "amount": nutrients[name], "unit": nutrient_unit, "kind": kind}
            for name, (label, nutrient_unit, kind) in NUTRIENT_LABELS.items()
        ],
        "age_18_note": budget.inputs.age < 19,
    }
    projection = budget.projection
    if projection is not None:
        weekly = [
            (day, _weight(linear, units), _weight(dynamic, units)) for day, linear, dynamic in projection.weekly()
        ]
        goal = _weight(projection.goal_weight_kg, units) if projection.goal_weight_kg is not None else None
        context["projection"] = {
            "goal": goal,
            "linear_days": projection.linear_days,
            "dynamic_days": projection.dynamic_days,
            "linear_date": None if projection.linear_days is None else start + timedelta(days=projection.linear_days),
            "dynamic_date": None
            if projection.dynamic_days is None
            else start + timedelta(days=projection.dynamic_days),
            "chart": charts.projection_chart(
                weekly=weekly, goal=goal, unit=unit, title="Projected weight: 3,500 kcal rule and dynamic model"
            ),
            "rows": [row for index, row in enumerate(weekly) if index % 4 == 0 or index == len(weekly) - 1],
        }
    return context
