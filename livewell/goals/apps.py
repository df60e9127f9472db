from __future__ import annotations

from django.apps import AppConfig


class GoalsConfig(AppConfig):
    name = "livewell.goals"
    label = "goals"
    verbose_name = "Goals and energy"
    default_auto_field = "django.db.models.BigAutoField"
