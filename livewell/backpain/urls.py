from __future__ import annotations

from django.urls import URLPattern, URLResolver

app_name = "backpain"

urlpatterns: list[URLPattern | URLResolver] = []
