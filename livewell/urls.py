from __future__ import annotations

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from livewell.api.urls import api
from livewell.api.views import api_not_found
from livewell.content.views import sitemap as content_sitemap

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("livewell.core.urls")),
    path("accounts/", include("livewell.accounts.urls")),
    path("goals/", include("livewell.goals.urls")),
    path("foods/", include("livewell.foods.urls")),
    path("tracker/", include("livewell.diary.urls")),
    path("back-pain/tools/", include("livewell.backpain.urls")),
    path("members/", include("livewell.members.urls")),
    path("content/", include("livewell.content.urls")),
    path("api/v1/", api.urls),
    path("api/v1/<path:rest>", api_not_found),
    path("accounts/tokens/", include("livewell.api.web_urls")),
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", content_sitemap, name="sitemap"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    from django.views.static import serve

    # Small installs serve uploaded media themselves; big sites put object storage in front.
    urlpatterns.append(path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}))

# Wagtail serves every other path (centres and articles), so it comes last.
urlpatterns.append(path("", include(wagtail_urls)))
