"""RSS 2.0 and Atom feeds of each centre's newest articles."""

# Wagtail ships no type information, so values it returns are Any here.
# mypy: no-warn-return-any

from __future__ import annotations

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed

from livewell.content.models import ArticlePage, CentrePage
from livewell.content.selectors import centre_articles

FEED_SIZE = 20


class CentreFeed(Feed[ArticlePage, CentrePage]):
    def get_object(self, request: HttpRequest, slug: str) -> CentrePage:
        centre = CentrePage.objects.live().public().filter(slug=slug).first()
        if centre is None:
            raise Http404("No such centre.")
        self.request = request
        return centre

    def title(self, obj: CentrePage) -> str:
        return f"{obj.title}: new articles"

    def link(self, obj: CentrePage) -> str:
        return str(obj.get_url(request=self.request))

    def description(self, obj: CentrePage) -> str:
        return f"New and updated articles from the livewell {obj.title}."

    def items(self, obj: CentrePage) -> list[ArticlePage]:
        return centre_articles(centre=obj, limit=FEED_SIZE)

    def item_title(self, item: ArticlePage) -> str:
        return item.title

    def item_description(self, item: ArticlePage) -> str:
        return item.summary

    def item_link(self, item: ArticlePage) -> str:
        return str(item.get_url(request=self.request))

    def item_pubdate(self, item: ArticlePage) -> datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: ArticlePage) -> datetime | None:
        return item.last_published_at

    def item_author_name(self, item: ArticlePage) -> str | None:
        return item.author.name if item.author else None


class CentreAtomFeed(CentreFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: CentrePage) -> str:
        return self.description(obj)
