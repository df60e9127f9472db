"""Content centre models: Wagtail pages, people snippets and videos."""

from __future__ import annotations

from livewell.content.models.pages import (
    ArticleIndexPage,
    ArticlePage,
    ArticleReference,
    ArticleRelatedLink,
    CentreFeaturedArticle,
    CentrePage,
    CentreToolLink,
    HomePage,
)
from livewell.content.models.people import Author, MedicalReviewer
from livewell.content.models.videos import Video, VideoOfTheDay
from livewell.content.models.workflow import MedicalReviewTask

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleReference",
    "ArticleRelatedLink",
    "Author",
    "CentreFeaturedArticle",
    "CentrePage",
    "CentreToolLink",
    "HomePage",
    "MedicalReviewTask",
    "MedicalReviewer",
    "Video",
    "VideoOfTheDay",
]
