"""The signed-in member's own account, for API clients."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from ninja import Router, Schema

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.api.auth import member_auth

router = Router(tags=["account"])


class MeOut(Schema):
    email: str
    first_name: str
    units: str
    date_of_birth: date | None
    sex: str
    height_cm: float | None


@router.get("/me", response=MeOut, auth=member_auth, summary="The signed-in member's profile")
def me(request: HttpRequest) -> MeOut:
    user = request.user
    assert isinstance(user, User)
    profile = profile_of(user)
    return MeOut(
        email=user.email,
        first_name=user.first_name,
        units=profile.units,
        date_of_birth=profile.date_of_birth,
        sex=profile.sex,
        height_cm=float(profile.height_cm) if profile.height_cm is not None else None,
    )
