"""Centres a member follows (new articles there become notifications) and articles they have read."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from livewell.accounts.models import User
from livewell.content.models import ArticlePage, CentrePage
from livewell.members.models import ArticleRead, CentreFollow


def centres_for_following() -> list[CentrePage]:
    return list(CentrePage.objects.live().public().order_by("title"))


def followed_centre_ids(*, user: User) -> set[int]:
    return set(CentreFollow.objects.filter(user=user).values_list("centre_id", flat=True))


def centre_follow_set(*, user: User, centre: CentrePage, following: bool) -> None:
    if following:
        try:
            with transaction.atomic():
                CentreFollow.objects.get_or_create(user=user, centre=centre)
        except IntegrityError:  # a double click raced itself; the follow exists either way
            pass
    else:
        CentreFollow.objects.filter(user=user, centre=centre).delete()


def article_read_record(*, user: User, page: ArticlePage) -> bool:
    """Remember that the member opened this article; True the first time.  Checks the reader badge."""
    from livewell.members.badges import READING_BADGES, badges_check

    try:
        with transaction.atomic():
            _, created = ArticleRead.objects.get_or_create(user=user, page=page)
    except IntegrityError:
        return False
    if created:
        badges_check(user=user, codes=READING_BADGES)
    return created
