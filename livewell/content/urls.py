from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from livewell.content import feeds, views

app_name = "content"

urlpatterns: list[URLPattern | URLResolver] = [
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("search/", views.search, name="search"),
    path("feeds/<slug:slug>/", feeds.CentreFeed(), name="centre_feed"),
    path("feeds/<slug:slug>/atom/", feeds.CentreAtomFeed(), name="centre_feed_atom"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
]
