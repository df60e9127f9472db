"""HTTP API for content centres (mounted at /api/v1/content by livewell.api).

Public and read-only: published articles (with their references) and a centre's
Video of the Day.  Drafts and pages awaiting review are never returned.
"""

# Wagtail ships no type information, so values it returns are Any here.
# mypy: no-warn-return-any

from __future__ import annotations

from datetime import date, datetime

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema

from livewell.api.errors import ApiError
from livewell.api.pagination import Page, PageQuery, paginate
from livewell.api.schemas import ErrorOut
from livewell.content.models import ArticlePage, CentrePage, Video, VideoOfTheDay
from livewell.content.selectors import latest_articles, published_articles, search_articles, video_of_the_day

router = Router(tags=["content"])

MAX_QUERY_LENGTH = 200


class ArticleOut(Schema):
    title: str
    slug: str
    url: str
    summary: str
    centre: str | None
    author: str | None
    medical_reviewer: str | None
    last_reviewed: date | None
    reading_minutes: int
    first_published_at: datetime | None


class ReferenceOut(Schema):
    number: int
    authors: str
    title: str
    source: str
    year: int | None
    doi: str
    pmid: str
    url: str


class ArticleDetailOut(ArticleOut):
    references: list[ReferenceOut]


class VideoOut(Schema):
    day: date
    scheduled: bool
    title: str
    file_url: str | None
    captions_url: str | None
    poster_url: str | None
    link: str | None
    transcript: str
    duration_seconds: int


def _article_out(request: HttpRequest, page: ArticlePage) -> dict[str, object]:
    centre = page.centre
    return {
        "title": page.title,
        "slug": page.slug,
        "url": request.build_absolute_uri(page.get_url(request=request)),
        "summary": page.summary,
        "centre": centre.slug if centre else None,
        "author": page.author.name if page.author else None,
        "medical_reviewer": page.reviewer.name if page.reviewer else None,
        "last_reviewed": page.last_reviewed,
        "reading_minutes": page.reading_minutes,
        "first_published_at": page.first_published_at,
    }


def _centre(slug: str) -> CentrePage:
    centre = CentrePage.objects.live().public().filter(slug=slug).first()
    if centre is None:
        raise ApiError(404, f"There is no centre called {slug!r}.", field="slug")
    return centre


@router.get("/articles", response={200: Page[ArticleOut], 404: ErrorOut, 422: ErrorOut}, auth=None)
def list_articles(
    request: HttpRequest, page: Query[PageQuery], centre: str | None = None, q: str = ""
) -> Page[dict[str, object]]:
    """Published articles, newest first; `q` searches titles, summaries and text; `centre` filters by slug."""
    query = q.strip()[:MAX_QUERY_LENGTH]
    hub = _centre(centre) if centre is not None else None
    pages = search_articles(query, centre=hub) if query else latest_articles(centre=hub)
    return paginate(pages, page, lambda article: _article_out(request, article))


@router.get("/articles/{slug}", response={200: ArticleDetailOut, 404: ErrorOut}, auth=None)
def get_article(request: HttpRequest, slug: str) -> dict[str, object]:
    page = published_articles().filter(slug=slug).first()
    if page is None:
        raise ApiError(404, f"There is no published article called {slug!r}.", field="slug")
    data = _article_out(request, page)
    data["references"] = [
        {
            "number": number,
            "authors": ref.authors,
            "title": ref.title,
            "source": ref.source,
            "year": ref.year,
            "doi": ref.doi,
            "pmid": ref.pmid,
            "url": ref.url,
        }
        for number, ref in enumerate(page.references.all(), start=1)
    ]
    return data


def _absolute(request: HttpRequest, url: str | None) -> str | None:
    return request.build_absolute_uri(url) if url else None


@router.get("/centres/{slug}/video-of-the-day", response={200: VideoOut, 404: ErrorOut, 422: ErrorOut}, auth=None)
def get_video_of_the_day(request: HttpRequest, slug: str, day: date | None = None) -> dict[str, object]:
    """The centre's Video of the Day for `day` (default: today in the site's time zone)."""
    hub = _centre(slug)
    when = day or timezone.localdate()
    video: Video | None = video_of_the_day(centre=hub, day=when)
    if video is None:
        raise ApiError(404, "This centre has no videos yet.", field="slug")
    poster = video.poster.get_rendition("width-640").url if video.poster else None
    return {
        "day": when,
        "scheduled": VideoOfTheDay.objects.filter(centre=hub, day=when).exists(),
        "title": video.title,
        "file_url": _absolute(request, video.file.url if video.file else None),
        "captions_url": _absolute(request, video.captions.url if video.captions else None),
        "poster_url": _absolute(request, poster),
        "link": video.link or None,
        "transcript": video.transcript,
        "duration_seconds": video.duration_seconds,
    }
