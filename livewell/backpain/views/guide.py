"""The step-by-step treatment guide.  Answers live in the session, so it works without
JavaScript and for visitors; members may save a result to their record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from livewell.accounts.models import User
from livewell.backpain import selectors, services
from livewell.backpain.domain.engine import GuideResult, evaluate
from livewell.backpain.domain.inputs import GuideInputError, parse_guide_input
from livewell.backpain.forms import GUIDE_STEPS, MedicinesStep, split_names
from livewell.backpain.models import KIDNEY_BAND_CRCL, Medicine
from livewell.backpain.presentation import present_result
from livewell.backpain.views.common import member

SESSION_KEY = "backpain_guide"
# Which step asks each field, to send a person back to the right question.
FIELD_STEP = {name: index + 1 for index, form in enumerate(GUIDE_STEPS) for name in form.base_fields}


def _answers(request: HttpRequest) -> dict[str, dict[str, Any]]:
    answers: dict[str, dict[str, Any]] = request.session.get(SESSION_KEY, {})
    return answers


def _step_number(raw: str | None) -> int:
    try:
        number = int(raw or 1)
    except ValueError:
        number = 1
    return min(max(number, 1), len(GUIDE_STEPS))


def _member_defaults(user: User, step: int) -> dict[str, Any]:
    defaults = selectors.guide_defaults(user=user)
    health = defaults.health
    form = GUIDE_STEPS[step - 1]
    if step == 1:
        return {"age": defaults.age, "sex": defaults.sex or None}
    values = {name: getattr(health, name) for name in form.base_fields if hasattr(health, name)}
    return {name: value for name, value in values.items() if value not in (None, "")}


def _initial(request: HttpRequest, step: int) -> dict[str, Any]:
    saved = _answers(request).get(str(step))
    if saved is not None:
        return saved
    if request.user.is_authenticated:
        return _member_defaults(member(request), step)
    return {}


@require_http_methods(["GET", "POST"])
def guide(request: HttpRequest) -> HttpResponse:
    if request.GET.get("restart"):
        request.session.pop(SESSION_KEY, None)
        return redirect("backpain:guide")
    step = _step_number(request.POST.get("step") or request.GET.get("step"))
    form_class = GUIDE_STEPS[step - 1]
    if request.method == "POST":
        form = form_class(request.POST)
        going_back = request.POST.get("action") == "back"
        if form.is_valid():
            answers = _answers(request)
            answers[str(step)] = form.cleaned_data
            request.session[SESSION_KEY] = answers
        elif not going_back:
            return _render_step(request, form, step, status=400)
        if going_back:
            return redirect(f"{reverse('backpain:guide')}?step={max(step - 1, 1)}")
        if step == len(GUIDE_STEPS):
            return redirect("backpain:guide_result")
        return redirect(f"{reverse('backpain:guide')}?step={step + 1}")
    return _render_step(request, form_class(initial=_initial(request, step)), step)


def _render_step(request: HttpRequest, form: Any, step: int, status: int = 200) -> HttpResponse:
    saved_medicines = []
    if isinstance(form, MedicinesStep) and request.user.is_authenticated:
        saved_medicines = list(selectors.medicines_of(user=member(request)))
    context = {
        "form": form,
        "step": step,
        "total": len(GUIDE_STEPS),
        "steps": [form_class.title for form_class in GUIDE_STEPS],  # type: ignore[attr-defined]  # set on each step
        "is_last": step == len(GUIDE_STEPS),
        "saved_medicines": saved_medicines,
    }
    return render(request, "backpain/guide_step.html", context, status=status)


def _saved_medicine(saved: Medicine, today: date) -> dict[str, Any]:
    use = selectors.medicine_use(saved, today=today)
    details = {
        "daily_dose": use.daily_dose,
        "days_on": use.days_on,
        "months_since_last_dose": use.months_since_last_dose,
    }
    return {"name": saved.name, **{key: value for key, value in details.items() if value is not None}}


def guide_data(request: HttpRequest) -> dict[str, Any] | int:
    """The session's answers as the engine's JSON object, or the number of the first unanswered step."""
    answers = _answers(request)
    data: dict[str, Any] = {}
    for number in range(1, len(GUIDE_STEPS) + 1):
        if str(number) not in answers:
            return number
        data.update(answers[str(number)])
    band = data.pop("kidney_band", "")
    if band in KIDNEY_BAND_CRCL:
        data["crcl"] = KIDNEY_BAND_CRCL[band]
    if data.get("duration") != "acute":
        data.pop("weeks_since_onset", None)
    medicines: list[Any] = split_names(data.pop("medicines", ""))
    if request.user.is_authenticated:
        # A member's saved list carries doses and dates (opioid MME, the denosumab interval).
        today = timezone.localdate()
        medicines += [_saved_medicine(saved, today) for saved in selectors.medicines_of(user=member(request))]
        calcium = selectors.recent_dietary_calcium(user=member(request), today=today)
        if calcium is not None:
            data["dietary_calcium_mg"] = round(calcium)
    data["medicines"] = medicines
    data["considering"] = split_names(data.pop("considering", ""))
    return {key: value for key, value in data.items() if value is not None}


def _result(request: HttpRequest) -> tuple[dict[str, Any], GuideResult] | HttpResponse:
    data = guide_data(request)
    if isinstance(data, int):
        messages.info(request, "Please answer this step first.")
        return redirect(f"{reverse('backpain:guide')}?step={data}")
    try:
        return data, evaluate(parse_guide_input(data))
    except GuideInputError as error:
        messages.error(request, f"Please check this answer: {error.message}")
        return redirect(f"{reverse('backpain:guide')}?step={FIELD_STEP.get(error.field, 1)}")


@require_http_methods(["GET"])
def guide_result(request: HttpRequest) -> HttpResponse:
    outcome = _result(request)
    if isinstance(outcome, HttpResponse):
        return outcome
    _data, result = outcome
    context = {"result": present_result(result.as_dict()), "print_view": False}
    return render(request, "backpain/guide_result.html", context)


@require_http_methods(["GET"])
def guide_print(request: HttpRequest) -> HttpResponse:
    outcome = _result(request)
    if isinstance(outcome, HttpResponse):
        return outcome
    _data, result = outcome
    context = {"result": present_result(result.as_dict()), "print_view": True, "today": timezone.localdate()}
    return render(request, "backpain/guide_print.html", context)


@login_required
@require_POST
def guide_save(request: HttpRequest) -> HttpResponse:
    outcome = _result(request)
    if isinstance(outcome, HttpResponse):
        return outcome
    data, result = outcome
    saved = services.guide_result_save(user=member(request), answers=data, result=result.as_dict())
    messages.success(request, "The guide result is saved to your record.")
    return redirect("backpain:saved_guide", result_id=saved.pk)


@login_required
@require_http_methods(["GET"])
def saved_guide(request: HttpRequest, result_id: int) -> HttpResponse:
    saved = selectors.saved_guide_of(user=member(request), result_id=result_id)
    if saved is None:
        raise Http404("No such saved result.")
    context = {"result": present_result(saved.result), "saved": saved, "print_view": False}
    return render(request, "backpain/guide_saved.html", context)
