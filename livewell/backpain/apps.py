from __future__ import annotations

from django.apps import AppConfig


class BackpainConfig(AppConfig):
    name = "livewell.backpain"
    label = "backpain"
    verbose_name = "Back pain tools"
    default_auto_field = "django.db.models.BigAutoField"
