"""The article and centre pages feed the members app: reads count toward a badge; centres can be followed."""

from __future__ import annotations

import pytest
from django.test import Client

from livewell.content.models import ArticlePage, CentrePage
from livewell.members.models import ArticleRead
from tests.factories import make_member


@pytest.mark.django_db
def test_a_member_reading_an_article_is_recorded_once(client: Client, starter_site: CentrePage) -> None:
    member = make_member()
    article = ArticlePage.objects.live().child_of(starter_site).first()
    assert article is not None
    client.force_login(member)
    for _ in range(2):
        assert client.get(article.url).status_code == 200
    assert ArticleRead.objects.filter(user=member, page=article).count() == 1


@pytest.mark.django_db
def test_visitors_reading_leave_no_record(client: Client, starter_site: CentrePage) -> None:
    article = ArticlePage.objects.live().child_of(starter_site).first()
    assert article is not None
    assert client.get(article.url).status_code == 200
    assert not ArticleRead.objects.exists()


@pytest.mark.django_db
def test_centre_page_offers_members_a_follow_button(client: Client, starter_site: CentrePage) -> None:
    client.force_login(make_member())
    html = client.get(starter_site.url).content.decode()
    assert "Follow" in html
