# mypy: disable-error-code="import-untyped"
# (django-stubs resolves our foreign keys to Wagtail pages through treebeard and modelsearch, which ship no types.)
from __future__ import annotations

from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "livewell.members"
    label = "members"
    verbose_name = "Membership"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from livewell.members.receivers import connect

        connect()
