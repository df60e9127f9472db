from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.template import Context, Template
from django.test import Client
from django.utils import timezone

from livewell.accounts.models import User
from livewell.content.models import ArticlePage, CentrePage
from livewell.members.models import ArticleRead, CentreFollow, EarnedBadge, Notification
from tests.members.conftest import new_member, publish_article

pytestmark = pytest.mark.django_db

READ_TAG = Template("{% load members_tags %}{% record_article_read page %}")


def test_following_a_centre_brings_new_articles_to_the_inbox_once(
    member: User, member_client: Client, back_pain_centre: CentrePage
) -> None:
    bystander = new_member()
    page = member_client.get("/members/notifications/settings/").content.decode()
    assert "Follow Back Pain Center" in page
    response = member_client.post(f"/members/follow/{back_pain_centre.pk}/", {"follow": "1"})
    assert response.status_code == 302
    assert CentreFollow.objects.filter(user=member).count() == 1
    article = publish_article(back_pain_centre, "walking-after-a-fracture")
    notice = Notification.objects.get(user=member)
    assert notice.kind == "article"
    assert notice.title == "New in Back Pain Center: Walking after a fracture"
    assert notice.link == article.url
    assert not Notification.objects.filter(user=bystander).exists()
    # A later edit re-publishes the page: that is not a new article.
    ArticlePage.objects.get(pk=article.pk).save_revision().publish()
    assert Notification.objects.filter(user=member).count() == 1


def test_republishing_an_old_article_tells_no_one(member: User, back_pain_centre: CentrePage) -> None:
    article = publish_article(back_pain_centre, "an-old-article")
    CentreFollow.objects.create(user=member, centre=back_pain_centre)
    with time_machine.travel(timezone.now() + timedelta(days=3)):
        ArticlePage.objects.get(pk=article.pk).save_revision().publish()
    assert not Notification.objects.filter(user=member).exists()


def test_unfollow_with_htmx_swaps_the_button(member: User, member_client: Client, back_pain_centre: CentrePage) -> None:
    CentreFollow.objects.create(user=member, centre=back_pain_centre)
    response = member_client.post(f"/members/follow/{back_pain_centre.pk}/", {"follow": "0"}, HTTP_HX_REQUEST="true")
    assert "Follow Back Pain Center" in response.content.decode()
    assert not CentreFollow.objects.filter(user=member).exists()


def test_reading_five_back_pain_articles_earns_the_reader_badge(member: User, back_pain_centre: CentrePage) -> None:
    articles = [publish_article(back_pain_centre, f"article-{n}") for n in range(5)]
    for article in articles[:4]:
        READ_TAG.render(Context({"user": member, "page": article}))
        READ_TAG.render(Context({"user": member, "page": article}))  # a second visit counts once
    assert ArticleRead.objects.filter(user=member).count() == 4
    assert not EarnedBadge.objects.filter(user=member, code="reader_5").exists()
    READ_TAG.render(Context({"user": member, "page": articles[4]}))
    assert EarnedBadge.objects.filter(user=member, code="reader_5").exists()


def test_reads_are_not_recorded_for_visitors_or_other_pages(back_pain_centre: CentrePage) -> None:
    from django.contrib.auth.models import AnonymousUser

    article = publish_article(back_pain_centre, "for-visitors")
    assert READ_TAG.render(Context({"user": AnonymousUser(), "page": article})) == ""
    member = new_member()
    READ_TAG.render(Context({"user": member, "page": back_pain_centre}))
    assert not ArticleRead.objects.exists()


def test_follow_button_tag_for_the_centre_template(member: User, back_pain_centre: CentrePage) -> None:
    from django.contrib.auth.models import AnonymousUser

    tag = Template("{% load members_tags %}{% follow_button centre %}")
    assert "Follow Back Pain Center" in tag.render(Context({"user": member, "centre": back_pain_centre}))
    CentreFollow.objects.create(user=member, centre=back_pain_centre)
    assert "Following Back Pain Center" in tag.render(Context({"user": member, "centre": back_pain_centre}))
    assert tag.render(Context({"user": AnonymousUser(), "centre": back_pain_centre})).strip() == ""
