from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Site

from livewell.accounts.models import User
from livewell.content.models import ArticlePage, CentrePage, HomePage
from livewell.members.models import Membership, Tier
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
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="members-test-home"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    centre: CentrePage = home.add_child(
        instance=CentrePage(title="Back Pain Center", slug="back-pain-center", intro="<p>About back pain.</p>")
    )
    return centre


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
