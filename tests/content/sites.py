"""A bare content site for tests: a home page as the default site's root and an empty Back Pain Center.

Cheaper than loading the starter content; shared by the content and members tests.
"""

from __future__ import annotations

from wagtail.models import Page, Site

from livewell.content.models import CentrePage, HomePage


def bare_back_pain_centre(*, home_slug: str) -> CentrePage:
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug=home_slug))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    centre: CentrePage = home.add_child(
        instance=CentrePage(title="Back Pain Center", slug="back-pain-center", intro="<p>Back pain, explained.</p>")
    )
    return centre
