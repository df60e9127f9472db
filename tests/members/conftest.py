from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members.models import Membership, Tier
from tests.factories import UserFactory


def new_member(**fields: Any) -> User:
    user: User = UserFactory(**fields)  # type: ignore[no-untyped-call,assignment]  # factory_boy is untyped
    return user


@pytest.fixture
def member(db: Any) -> User:
    return new_member()


@pytest.fixture
def member_client(client: Client, member: User) -> Client:
    client.force_login(member)
    return client


@pytest.fixture
def make_gold() -> Callable[..., Membership]:
    def make(user: User, *, days: int = 30, auto_renew: bool = False, plan: str = "monthly") -> Membership:
        now = timezone.now()
        membership, _ = Membership.objects.update_or_create(
            user=user,
            defaults={
                "tier": Tier.GOLD,
                "gold_since": now,
                "gold_until": now + timedelta(days=days),
                "auto_renew": auto_renew,
                "plan": plan,
                "provider": "fake",
            },
        )
        return membership

    return make
