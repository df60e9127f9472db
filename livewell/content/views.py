"""Public views that are not Wagtail pages: author pages, article search, sitemap."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import urlencode
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from livewell.content.models import Author
from livewell.content.selectors import author_articles, search_articles

SEARCH_PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    return render(request, "content/author.html", {"author": author, "articles": author_articles(author=author)})


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = search_articles(query) if query else []
    page = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"query": query, "page_obj": page, "total": len(results), "page_query": f"{urlencode({'q': query})}&"}
    return render(request, "content/search.html", context)


def sitemap(request: HttpRequest) -> HttpResponse:
    """sitemap.xml of every published page of the Wagtail site serving this request."""
    response: HttpResponse = wagtail_sitemap(request)
    return response
