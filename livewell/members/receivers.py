"""Signal receivers, connected in ``MembersConfig.ready``: award badges as data lands, and tell
followers of a centre about a newly published article."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members.badges import EXERCISE_BADGES, FOOD_BADGES, PAIN_BADGES, WEIGHT_BADGES, badges_check
from livewell.members.models import CentreFollow, NotificationKind
from livewell.members.notifications import notification_create

# Re-publishing an old article (a typo fix) is not news: only a first publication this recent is.
NEW_ARTICLE_WINDOW = timedelta(days=1)


def on_food_logged(sender: Any, user: User, **kwargs: Any) -> None:
    badges_check(user=user, codes=FOOD_BADGES)


def on_exercise_logged(sender: Any, user: User, **kwargs: Any) -> None:
    badges_check(user=user, codes=EXERCISE_BADGES)


def on_weight_logged(sender: Any, user: User, **kwargs: Any) -> None:
    badges_check(user=user, codes=WEIGHT_BADGES)


def on_diary_imported(sender: Any, user: User, foods: int, exercise: int, weights: int, **kwargs: Any) -> None:
    # Imported history counts like history logged here (a first food, a logging streak).
    codes = [
        *(FOOD_BADGES if foods else ()),
        *(EXERCISE_BADGES if exercise else ()),
        *(WEIGHT_BADGES if weights else ()),
    ]
    badges_check(user=user, codes=codes)


def on_pain_entry_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    # The back-pain app sends no signal of its own; its rows' post_save is enough.
    if created:
        user = instance.user
        transaction.on_commit(lambda: badges_check(user=user, codes=PAIN_BADGES))


def on_page_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    from livewell.content.models import ArticlePage

    page = instance.specific
    if not isinstance(page, ArticlePage) or page.first_published_at is None:
        return
    if timezone.now() - page.first_published_at > NEW_ARTICLE_WINDOW:
        return
    centre = page.get_parent()
    if centre is None:
        return
    followers = CentreFollow.objects.filter(centre_id=centre.pk).select_related("user")
    link = page.get_url() or ""
    for follow in followers:
        if not follow.user.is_active:
            continue
        notification_create(
            user=follow.user,
            kind=NotificationKind.ARTICLE,
            title=f"New in {centre.title}: {page.title}",
            body=page.summary,
            link=link,
            dedupe_key=f"article:{page.pk}",
        )


def connect() -> None:
    """Wire the receivers (called once from ``MembersConfig.ready``)."""
    from django.db.models.signals import post_save
    from wagtail.signals import page_published

    from livewell.backpain.models import PainEntry
    from livewell.diary import signals as diary

    diary.food_logged.connect(on_food_logged, dispatch_uid="members.food_logged")
    diary.exercise_logged.connect(on_exercise_logged, dispatch_uid="members.exercise_logged")
    diary.weight_logged.connect(on_weight_logged, dispatch_uid="members.weight_logged")
    diary.diary_imported.connect(on_diary_imported, dispatch_uid="members.diary_imported")
    post_save.connect(on_pain_entry_saved, sender=PainEntry, dispatch_uid="members.pain_entry")
    page_published.connect(on_page_published, dispatch_uid="members.page_published")
