from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from livewell.backpain import selectors, services
from livewell.backpain.domain.medicines import known_names
from livewell.backpain.forms import HealthContextForm, MedicineForm
from livewell.backpain.models import Medicine
from livewell.backpain.services import HEALTH_FIELDS, BackpainError
from livewell.backpain.views.common import member


def _own(request: HttpRequest, medicine_id: int) -> Medicine:
    medicine = selectors.medicine_of(user=member(request), medicine_id=medicine_id)
    if medicine is None:
        raise Http404("No such medicine in your list.")
    return medicine


@login_required
@require_http_methods(["GET", "POST"])
def meds(request: HttpRequest) -> HttpResponse:
    user = member(request)
    which = request.POST.get("form") if request.method == "POST" else None
    medicine_form = MedicineForm(request.POST if which == "medicine" else None)
    health_form = HealthContextForm(
        request.POST if which == "health" else None, instance=selectors.health_context(user=user)
    )
    if which == "medicine" and medicine_form.is_valid():
        try:
            added = services.medicine_create(user=user, **medicine_form.cleaned_data)
        except BackpainError as error:
            medicine_form.add_error(error.field if error.field in medicine_form.fields else None, error.message)
        else:
            if added.recognised:
                messages.success(request, f"{added.name} is added to your medicines.")
            else:
                messages.warning(
                    request,
                    f"{added.name} is added, but we do not recognise the name, so it is not checked for alerts.",
                )
            return redirect("backpain:meds")
    if which == "health" and health_form.is_valid():
        data = health_form.cleaned_data
        services.health_context_update(
            user=user, kidney_band=data["kidney_band"], **{name: data[name] for name in HEALTH_FIELDS}
        )
        messages.success(request, "Your health answers are saved.")
        return redirect("backpain:meds")
    context = {
        "medicine_form": medicine_form,
        "health_form": health_form,
        "medicines": selectors.medicines_of(user=user),
        "alerts": selectors.medication_alerts(user=user),
        "known_names": known_names(),
    }
    status = 400 if which and (medicine_form.errors or health_form.errors) else 200
    return render(request, "backpain/meds.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def medicine_edit(request: HttpRequest, medicine_id: int) -> HttpResponse:
    medicine = _own(request, medicine_id)
    initial = {
        "name": medicine.name,
        "daily_dose": medicine.daily_dose,
        "started_on": medicine.started_on,
        "last_dose_on": medicine.last_dose_on,
    }
    form = MedicineForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.medicine_update(medicine=medicine, **form.cleaned_data)
        except BackpainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, f"{medicine.name} is updated.")
            return redirect("backpain:meds")
    status = 400 if form.is_bound and form.errors else 200
    context = {"form": form, "medicine": medicine, "known_names": known_names()}
    return render(request, "backpain/medicine_edit.html", context, status=status)


@login_required
@require_POST
def medicine_delete(request: HttpRequest, medicine_id: int) -> HttpResponse:
    medicine = _own(request, medicine_id)
    name = medicine.name
    services.medicine_delete(medicine=medicine)
    messages.success(request, f"{name} is removed from your medicines.")
    return redirect("backpain:meds")
