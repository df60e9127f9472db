from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from livewell.backpain import selectors
from livewell.backpain.views.common import member


@require_http_methods(["GET"])
def home(request: HttpRequest) -> HttpResponse:
    """'My back-pain tools': alerts, latest pain and saved guides for members; the guide for everyone."""
    context: dict[str, object] = {}
    if request.user.is_authenticated:
        user = member(request)
        context = {
            "alerts": selectors.medication_alerts(user=user),
            "medicine_count": selectors.medicines_of(user=user).count(),
            "latest_pain": selectors.pain_entries(user=user).first(),
            "saved_guides": selectors.saved_guides(user=user)[:5],
        }
    return render(request, "backpain/home.html", context)
