"""Writes for accounts: sign-up, profile changes, deletion."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db import transaction

from livewell.accounts.models import Profile, User, normalize_email


class AccountError(ValueError):
    """A request to change an account that cannot be carried out."""


@transaction.atomic
def user_sign_up(*, email: str, password: str) -> User:
    email = normalize_email(email)
    if User.objects.filter(email__iexact=email).exists():
        raise AccountError("An account with this e-mail address already exists.")
    user = User.objects.create_user(email=email, password=password)
    Profile.objects.create(user=user)
    return user


def profile_of(user: User) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(
    *,
    user: User,
    first_name: str,
    units: str,
    date_of_birth: date | None,
    sex: str,
    height_cm: Decimal | None,
) -> Profile:
    profile = profile_of(user)
    user.first_name = first_name.strip()
    user.save(update_fields=["first_name"])
    profile.units = units
    profile.date_of_birth = date_of_birth
    profile.sex = sex
    profile.height_cm = height_cm
    profile.full_clean()
    profile.save()
    return profile


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete a member and, through CASCADE foreign keys, everything they own."""
    user.delete()
