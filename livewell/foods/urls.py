from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from livewell.foods import views

app_name = "foods"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.search, name="search"),
    path("<int:food_id>/", views.detail, name="detail"),
]
