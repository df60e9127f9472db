from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from livewell.goals import views

app_name = "goals"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.wizard, name="wizard"),
    path("result/", views.result, name="result"),
    path("plans/", views.history, name="history"),
    path("plans/<int:plan_id>/", views.plan_detail, name="plan"),
]
