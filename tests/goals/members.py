"""A typed way to make members in these tests (factory_boy itself is untyped)."""

from __future__ import annotations

from livewell.accounts.models import User
from tests.factories import UserFactory


def new_member() -> User:
    """A member with the factory's profile: female, born 1960-06-01, 163 cm."""
    user: User = UserFactory()  # type: ignore[no-untyped-call,assignment]  # factory_boy is untyped
    return user
