from __future__ import annotations

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "livewell.core"
    label = "core"
    verbose_name = "Core: layout, home, health check"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from livewell.core import checks  # noqa: F401 -- registers system checks
