from __future__ import annotations

from typing import Any

from livewell.accounts.models import User
from tests.factories import UserFactory


def make_member(**fields: Any) -> User:
    """A member with the factory's profile (female, born 1960-06-01)."""
    user: User = UserFactory(**fields)  # type: ignore[no-untyped-call,assignment]  # factory_boy is untyped
    return user
