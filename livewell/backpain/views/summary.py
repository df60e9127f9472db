from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from livewell.backpain.charts import pain_chart, weight_chart
from livewell.backpain.forms import DateRangeForm
from livewell.backpain.pdf import summary_pdf as render_pdf
from livewell.backpain.summary import clinician_summary
from livewell.backpain.views.common import member
from livewell.members.permissions import requires_feature

DEFAULT_DAYS = 30


def _range(request: HttpRequest) -> tuple[DateRangeForm, date, date]:
    end = timezone.localdate()
    start = end - timedelta(days=DEFAULT_DAYS - 1)
    if "start" in request.GET or "end" in request.GET:
        form = DateRangeForm(request.GET)
        if form.is_valid():
            return form, form.cleaned_data["start"], form.cleaned_data["end"]
        return form, start, end
    return DateRangeForm(initial={"start": start, "end": end}), start, end


@login_required
@require_http_methods(["GET"])
def summary(request: HttpRequest) -> HttpResponse:
    form, start, end = _range(request)
    data = clinician_summary(user=member(request), start=start, end=end)
    context = {
        "form": form,
        "summary": data,
        "pain_chart": pain_chart([(d.day, d.average) for d in data.pain_days], start=start, end=end),
        "weight_chart": weight_chart(data.weight, start=start, end=end, unit=data.weight_unit) if data.weight else None,
        "pdf_query": f"start={start.isoformat()}&end={end.isoformat()}",
    }
    return render(request, "backpain/summary.html", context, status=400 if form.errors else 200)


@login_required
@requires_feature("clinician_pdf")
@require_http_methods(["GET"])
def summary_pdf(request: HttpRequest) -> HttpResponse:
    _form, start, end = _range(request)
    data = clinician_summary(user=member(request), start=start, end=end)
    response = HttpResponse(render_pdf(data), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="back-pain-summary-{start}-to-{end}.pdf"'
    return response
