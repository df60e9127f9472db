"""System checks for configurations that load but would be unsafe or broken."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register


@register()
def check_livewell_settings(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    problems: list[CheckMessage] = []
    engine = settings.DATABASES["default"]["ENGINE"]
    if engine not in ("django.db.backends.sqlite3", "django.db.backends.postgresql"):
        problems.append(
            Error(
                f"DATABASE_URL selects {engine}; livewell supports SQLite and PostgreSQL only.",
                id="livewell.E001",
            )
        )
    if settings.SITE_ROOT.startswith("http://") and settings.SESSION_COOKIE_SECURE:
        problems.append(
            Warning(
                "SECURE_HTTPS is on but SITE_ROOT starts with http://; links in e-mails will be wrong.",
                hint="Set SITE_ROOT to the https:// address of the site.",
                id="livewell.W001",
            )
        )
    if not settings.DEBUG and "*" in settings.ALLOWED_HOSTS:
        problems.append(Warning("ALLOWED_HOSTS contains '*'; list the host names instead.", id="livewell.W002"))
    if settings.AXES_FAILURE_LIMIT > 50:
        problems.append(Warning("AXES_FAILURE_LIMIT above 50 barely slows password guessing.", id="livewell.W003"))
    return problems
