"""factory_boy factories shared by the tests (no JSON fixtures)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import factory

from livewell.accounts.models import Profile, Sex, Units, User

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def with_profile(obj: User, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            obj.save()
            Profile.objects.get_or_create(
                user=obj,
                defaults={
                    "units": Units.US,
                    "date_of_birth": date(1960, 6, 1),
                    "sex": Sex.FEMALE,
                    "height_cm": Decimal("163.0"),
                },
            )


def make_member(**fields: Any) -> User:
    """A saved member with a profile; typed wrapper around ``UserFactory``."""
    return UserFactory.create(**fields)


def grant_gold(user: User) -> User:
    """Give ``user`` Gold with no end date, granted by a staff account, as staff would."""
    from livewell.members.services import membership_grant

    staff = UserFactory.create(is_staff=True)
    membership_grant(staff=staff, user=user, until=None, reason="test fixture")
    return user
