from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from livewell.accounts.models import User
from livewell.content.models import ArticlePage, CentrePage
from livewell.members.models import Membership, Tier
from tests.content.sites import bare_back_pain_centre
from tests.factories import make_member


def new_member(**fields: Any) -> User:
    user = make_member(**fields)
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


@pytest.fixture
def back_pain_centre(db: Any) -> CentrePage:
    """A bare content site: a home page and an empty Back Pain Center."""
    return bare_back_pain_centre(home_slug="members-test-home")


def publish_article(centre: Page, slug: str) -> ArticlePage:
    page = ArticlePage(
        title=slug.replace("-", " ").capitalize(),
        slug=slug,
        summary=f"What to know about {slug.replace('-', ' ')}.",
        body=[{"type": "text", "value": "<p>Walking helps.</p>"}],
    )
    centre.add_child(instance=page)
    page.save_revision().publish()
    return page
