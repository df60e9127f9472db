from __future__ import annotations

from django.urls import path

from livewell.api import views

app_name = "api_tokens"

urlpatterns = [
    path("", views.tokens, name="list"),
    path("<int:token_id>/revoke/", views.revoke, name="revoke"),
]
