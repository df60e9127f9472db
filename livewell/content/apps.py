from __future__ import annotations

from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "livewell.content"
    label = "content"
    verbose_name = "Content centres"
    default_auto_field = "django.db.models.BigAutoField"
