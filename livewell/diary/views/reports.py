"""Reports over 7, 30 or 90 days.  ``reports`` is the single view a Gold check can wrap."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from livewell.diary.reports import WINDOWS, build_report
from livewell.diary.views.common import member, today, uses_metric
from livewell.members.permissions import has_feature, upgrade_redirect


@login_required
@require_GET
def reports(request: HttpRequest) -> HttpResponse:
    try:
        days = int(request.GET.get("days", "7"))
    except ValueError:
        days = 7
    if days not in WINDOWS:
        days = 7
    user = member(request)
    if days == 90 and not has_feature(user, "reports_90_day"):
        return upgrade_redirect(request, "reports_90_day")
    metric = uses_metric(user)
    report = build_report(user=user, days=days, today=today(), metric=metric)
    context = {
        "section": "reports",
        "report": report,
        "windows": WINDOWS,
        "units": "metric" if metric else "us",
        # SVG built by livewell.diary.domain.charts, every text escaped there.
        "calorie_chart": mark_safe(report.calorie_chart),
        "bone_chart": mark_safe(report.bone_chart),
        "weight_chart": mark_safe(report.weight_chart),
    }
    return render(request, "diary/reports.html", context)
