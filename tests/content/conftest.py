"""Fixtures for content tests: media in a temporary folder, the starter site, editorial users."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Group

from livewell.accounts.models import User
from livewell.content import starter
from livewell.content.models import ArticlePage, ArticleReference, CentrePage, Video
from tests.content.sites import bare_back_pain_centre
from tests.factories import make_member


@pytest.fixture
def clean_media(settings: Any) -> Iterator[None]:
    """Delete the media files a test created (uploads, renditions), leaving older ones alone.

    MEDIA_ROOT itself is not moved to a temporary folder: the root URLconf binds the
    media-serving view to MEDIA_ROOT once, and browser tests need those files served.
    """
    media = Path(settings.MEDIA_ROOT)
    before = set(media.rglob("*")) if media.exists() else set()
    yield
    if media.exists():
        for path in sorted(set(media.rglob("*")) - before, reverse=True):
            if path.is_file():
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()


@pytest.fixture
def starter_site(db: None, clean_media: None) -> CentrePage:
    """The starter content as `make run` loads it; returns the Back Pain Center."""
    starter.load(lambda _line: None)
    centre: CentrePage = CentrePage.objects.get(slug="back-pain-center")
    return centre


def staff_in(group_name: str, email: str) -> User:
    user = make_member(email=email, is_staff=False)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(starter_site: CentrePage) -> User:
    return staff_in(starter.EDITORS, "editor@example.org")


@pytest.fixture
def reviewer(starter_site: CentrePage) -> User:
    return staff_in(starter.REVIEWERS, "reviewer@example.org")


@pytest.fixture
def centre(db: None) -> CentrePage:
    """A bare site: home page and an empty Back Pain Center, cheaper than the starter content."""
    return bare_back_pain_centre(home_slug="test-home")


def make_video(centre: CentrePage, title: str) -> Video:
    video: Video = Video.objects.create(
        title=title, centre=centre, link="https://example.org/" + title.lower().replace(" ", "-"),
        transcript=f"{title}: what is said.", duration_seconds=60,
    )  # fmt: skip
    return video


def make_article(
    centre: CentrePage, slug: str, *, text: str = "<p>Walking helps [1].</p>", **fields: Any
) -> ArticlePage:
    page = ArticlePage(
        title=fields.pop("title", slug.replace("-", " ").capitalize()),
        slug=slug,
        summary=fields.pop("summary", "A short summary."),
        body=[{"type": "text", "value": text}],
        references=[ArticleReference(authors="Sinaki M", title="Stronger back muscles", source="Bone", year=2002)],
        **fields,
    )
    centre.add_child(instance=page)
    page.save_revision().publish()
    return page
