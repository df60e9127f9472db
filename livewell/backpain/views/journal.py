from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from livewell.backpain import selectors, services
from livewell.backpain.charts import pain_chart
from livewell.backpain.domain.pain import SEVERE_RUN_DAYS, change_over, current_severe_run
from livewell.backpain.forms import PainEntryForm
from livewell.backpain.models import PainEntry
from livewell.backpain.services import BackpainError
from livewell.backpain.views.common import member

PERIODS = (7, 30, 90)
ENTRIES_PAGE_SIZE = 50


def _own(request: HttpRequest, entry_id: int) -> PainEntry:
    entry = selectors.pain_entry_of(user=member(request), entry_id=entry_id)
    if entry is None:
        raise Http404("No such pain entry in your journal.")
    return entry


def _save(form: PainEntryForm, entry: PainEntry | None, request: HttpRequest) -> PainEntry | None:
    data = form.cleaned_data
    try:
        if entry is None:
            return services.pain_entry_create(user=member(request), **data)
        return services.pain_entry_update(entry=entry, **data)
    except BackpainError as error:
        form.add_error(error.field if error.field in form.fields else None, error.message)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def journal(request: HttpRequest) -> HttpResponse:
    user = member(request)
    form = PainEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _save(form, None, request):
        messages.success(request, "Your pain entry is saved.")
        return redirect("backpain:journal")
    try:
        period = int(request.GET.get("days", 30))
    except ValueError:
        period = 30
    period = period if period in PERIODS else 30
    end = timezone.localdate()
    start = end - timedelta(days=period - 1)
    days = selectors.pain_days(user=user, start=start, end=end)
    context = {
        "form": form,
        "period": period,
        "periods": PERIODS,
        "start": start,
        "end": end,
        "days": days,
        "chart": pain_chart([(d.day, d.average) for d in days], start=start, end=end),
        "change": change_over(days),
        "severe_run": current_severe_run(days) >= SEVERE_RUN_DAYS,
        "page_query": f"days={period}&",
        "entries": Paginator(selectors.pain_entries(user=user), ENTRIES_PAGE_SIZE).get_page(request.GET.get("page")),
    }
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "backpain/journal.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def pain_edit(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _own(request, entry_id)
    initial = {
        "recorded_at": timezone.localtime(entry.recorded_at),
        "pain": entry.pain,
        "locations": entry.locations,
        "activity": entry.activity,
        "helped": entry.helped,
        "notes": entry.notes,
    }
    form = PainEntryForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and _save(form, entry, request):
        messages.success(request, "Your pain entry is updated.")
        return redirect("backpain:journal")
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "backpain/pain_edit.html", {"form": form, "entry": entry}, status=status)


@login_required
@require_POST
def pain_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    services.pain_entry_delete(entry=_own(request, entry_id))
    messages.success(request, "The pain entry is deleted.")
    return redirect("backpain:journal")
