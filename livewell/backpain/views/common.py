from __future__ import annotations

from django.http import HttpRequest

from livewell.accounts.models import User


def member(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # guaranteed by @login_required
    return request.user
