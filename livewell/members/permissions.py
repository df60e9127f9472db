"""What Gold unlocks: the one list, and the one check every view and template uses.

To move a feature between Free and Gold, change ``GOLD_FEATURES`` and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from django.contrib.auth.views import redirect_to_login
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

GOLD_FEATURES: dict[str, str] = {
    "reports_90_day": "90-day reports",
    "reports_custom_range": "reports for any date range you choose",
    "unlimited_recipes": "unlimited recipes",
    "clinician_pdf": "the PDF summary to take to your clinician",
    "csv_export_all": "CSV export of your whole history",
    "badge_progress": "progress toward every badge you have not earned yet",
}


# What Free members get where Gold means "unlimited".
FREE_RECIPE_LIMIT = 5


def at_free_recipe_limit(user: Any) -> bool:
    """True when a member without unlimited recipes already has the Free number of them."""
    if has_feature(user, "unlimited_recipes"):
        return False
    from livewell.diary.models import Recipe

    return Recipe.objects.filter(user_id=cast(Model, user).pk).count() >= FREE_RECIPE_LIMIT


def feature_label(feature: str) -> str:
    return GOLD_FEATURES.get(feature, feature.replace("_", " "))


def has_feature(user: Any, feature: str) -> bool:
    """True when ``user`` may use ``feature``: everything not listed is free; listed ones need Gold."""
    if feature not in GOLD_FEATURES:
        return True
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    from livewell.members.models import Membership

    membership = Membership.objects.filter(user_id=cast(Model, user).pk).first()
    return membership is not None and membership.is_gold_at(timezone.now())


def upgrade_redirect(request: HttpRequest, feature: str) -> HttpResponse:
    """The response for a Free member who asked for ``feature``: the Gold page naming it.

    For a check inside a view (say, only the 90-day window of a report):
    ``if not has_feature(request.user, "reports_90_day"): return upgrade_redirect(request, "reports_90_day")``.
    """
    query = urlencode({"feature": feature, "next": request.get_full_path()})
    return redirect(f"{reverse('members:gold')}?{query}")


ViewFunc = TypeVar("ViewFunc", bound=Callable[..., HttpResponse])


def requires_feature(feature: str) -> Callable[[ViewFunc], ViewFunc]:
    """Send visitors to log in and Free members to the Gold page that names ``feature``."""
    if feature not in GOLD_FEATURES:
        raise ValueError(f"{feature!r} is not in GOLD_FEATURES; add it there first.")

    def decorate(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_feature(request.user, feature):
                return upgrade_redirect(request, feature)
            return view(request, *args, **kwargs)

        return cast(ViewFunc, wrapper)

    return decorate
