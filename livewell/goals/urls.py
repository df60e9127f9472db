from __future__ import annotations

from django.urls import URLPattern, URLResolver

app_name = "goals"

urlpatterns: list[URLPattern | URLResolver] = []
