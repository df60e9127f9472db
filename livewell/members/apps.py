from __future__ import annotations

from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "livewell.members"
    label = "members"
    verbose_name = "Membership"
    default_auto_field = "django.db.models.BigAutoField"
