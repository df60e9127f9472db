"""Reads shared by pages, views, feeds and the API."""

# Wagtail ships no type information, so values it returns are Any here.
# mypy: no-warn-return-any

from __future__ import annotations

from datetime import date
from typing import Any

from wagtail.query import PageQuerySet

from livewell.content.models import ArticlePage, Author, CentrePage, Video, VideoOfTheDay
from livewell.content.rotation import rotation_index


def video_of_the_day(*, centre: CentrePage, day: date) -> Video | None:
    """The editor's scheduled video for ``centre`` on ``day``; without a schedule,
    the centre's videos in a fixed rotation (see ``rotation_index``)."""
    scheduled = VideoOfTheDay.objects.filter(centre=centre, day=day).select_related("video", "video__poster").first()
    if scheduled is not None:
        return scheduled.video
    videos = list(Video.objects.filter(centre=centre).select_related("poster").order_by("pk"))
    if not videos:
        return None
    return videos[rotation_index(day, len(videos))]


def published_articles() -> PageQuerySet:
    return ArticlePage.objects.live().public().select_related("author", "reviewer")


def latest_articles(limit: int | None = None, *, centre: CentrePage | None = None) -> list[ArticlePage]:
    articles = published_articles().order_by("-first_published_at", "title")
    if centre is not None:
        articles = articles.child_of(centre)
    return list(articles[:limit] if limit else articles)


def centre_articles(*, centre: CentrePage, limit: int | None = None) -> list[ArticlePage]:
    return latest_articles(limit, centre=centre)


def author_articles(*, author: Author) -> list[ArticlePage]:
    return list(published_articles().filter(author=author).order_by("title"))


def search_articles(query: str, *, centre: CentrePage | None = None) -> list[Any]:
    """Published articles matching ``query`` (all of its words), best match first (Wagtail search)."""
    query = query.strip()
    if not query:
        return []
    articles = published_articles()
    if centre is not None:
        articles = articles.child_of(centre)
    return list(articles.search(query, operator="and"))
