from __future__ import annotations

from datetime import date, timedelta

from django.http import HttpRequest
from django.utils import timezone

from livewell.accounts.models import User
from livewell.accounts.services import profile_of


def member(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # guaranteed by @login_required
    return request.user


def is_htmx(request: HttpRequest) -> bool:
    """True for a request htmx made (django-htmx sets ``request.htmx``)."""
    return bool(getattr(request, "htmx", False))


def today() -> date:
    return timezone.localdate()


def uses_metric(user: User) -> bool:
    return profile_of(user).units == "metric"


def nav_days(day: date) -> dict[str, date]:
    return {"previous_day": day - timedelta(days=1), "next_day": day + timedelta(days=1), "today": today()}


def parse_float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None
