"""What a visitor sees on the starter centre, articles, author page, search, feeds and sitemap."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import resolve

from livewell.content.models import ArticlePage, CentrePage
from tests.content.conftest import make_article

ARTICLE = "/back-pain-center/vertebroplasty-kyphoplasty-sacroplasty/"


def test_centre_page_has_featured_articles_tools_and_the_video_of_the_day(
    starter_site: CentrePage, client: Client
) -> None:
    html = client.get("/back-pain-center/").content.decode()
    assert "<h1>Back Pain Center</h1>" in html
    assert "Featured articles" in html
    for article in ArticlePage.objects.child_of(starter_site):
        assert f'href="{article.url}"' in html
    for tool in starter_site.tool_links.all():
        assert f'<a href="{tool.url}">{tool.title}</a>' in html
        assert resolve(tool.url).url_name != "wagtail_serve", f"{tool.url} is not one of our tools"
    assert {tool.title for tool in starter_site.tool_links.all()} >= {
        "Treatment guide",
        "Pain journal",
        "Calorie tracker",
    }
    assert "Video of the Day</span> Gentle back-extension tips" in html
    assert '<track kind="captions"' in html
    assert 'type="application/rss+xml"' in html


def test_article_page_credits_review_and_links_citations_to_references(
    starter_site: CentrePage, client: Client
) -> None:
    html = client.get(ARTICLE).content.decode()
    assert "Medically reviewed by livewell editorial team on" in html
    assert 'datetime="2026-11-25">November 25, 2026</time>' in html
    assert "This article is information, not a diagnosis." in html
    assert re.search(r"\d+ min read", html)
    reference_ids = re.findall(r'<li id="(ref-\d+)"', html)
    assert len(reference_ids) == 9
    cited = set(re.findall(r'href="#(ref-\d+)"', html))
    assert cited == set(reference_ids)  # every citation lands on a reference, every reference is cited
    for cite_id in re.findall(r'class="backlink no-print" href="#(cite-\d+)"', html):
        assert f'id="{cite_id}"' in html  # "Back to text" goes to a real citation
    assert "https://doi.org/10.1136/bmj.k1551" in html
    body = html.split('class="article-body"')[1].split('class="panel not-diagnosis"')[0]
    assert "Video of the Day" in body  # the slot sits inside the article
    assert "Related articles" in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Vertebroplasty, kyphoplasty and sacroplasty' in html
    assert 'media="print"' in html


def test_hero_images_come_in_sizes_with_dimensions_and_alt_text(starter_site: CentrePage, client: Client) -> None:
    html = client.get("/back-pain-center/why-spine-fractures-happen/").content.decode()
    hero = re.search(r"<img[^>]*class=\"hero-image\"[^>]*>", html)
    assert hero is not None
    tag = hero.group(0)
    assert re.search(r'width="\d+"', tag)
    assert re.search(r'height="\d+"', tag)
    assert "480w" in tag
    assert "1200w" in tag
    assert 'alt="Diagram of two short stacks of spine bones' in tag
    assert "an anterior wedge fracture, lower at the front" in html  # the caption
    assert '<meta property="og:image" content="http://testserver/media/images/' in html


def test_author_page_lists_their_articles(starter_site: CentrePage, client: Client) -> None:
    html = client.get("/content/authors/livewell-editorial-team/").content.decode()
    assert '<h1 id="author-title">livewell editorial team</h1>' in html
    assert html.count('class="card article-card"') == ArticlePage.objects.live().count()
    assert client.get("/content/authors/nobody/").status_code == 404


def test_search_finds_articles_by_their_words(starter_site: CentrePage, client: Client) -> None:
    for query, slug in (
        ("vertebroplasty", "vertebroplasty-kyphoplasty-sacroplasty"),
        ("kyphosis", "why-spine-fractures-happen"),
        ("denosumab", "bone-strengthening-medicines"),
    ):
        html = client.get("/content/search/", {"q": query}).content.decode()
        assert f"/back-pain-center/{slug}/" in html, query
        assert "found for" in html


def test_search_hides_drafts_and_says_when_nothing_matches(centre: CentrePage, client: Client) -> None:
    make_article(centre, "walking-and-bones", title="Walking and bones")
    draft = make_article(centre, "swimming-and-bones", title="Swimming and bones")
    draft.unpublish()
    html = client.get("/content/search/", {"q": "bones"}).content.decode()
    assert "Walking and bones" in html
    assert "Swimming and bones" not in html
    assert "No articles found for" in client.get("/content/search/", {"q": "zzzxq"}).content.decode()


def test_many_search_results_come_a_page_at_a_time_and_keep_the_query(centre: CentrePage, client: Client) -> None:
    for n in range(12):
        make_article(centre, f"bones-note-{n}", title=f"Bones note {n}")
    first = client.get("/content/search/", {"q": "bones"}).content.decode()
    assert "12 articles found" in first
    assert "Page 1 of 2" in first
    assert 'href="?q=bones&amp;page=2"' in first
    second = client.get("/content/search/?q=bones&page=2").content.decode()
    assert second.count("<h2><a href=") == 2
    assert 'href="?q=bones&amp;page=1"' in second


def test_feeds_sitemap_and_article_list_include_every_article(starter_site: CentrePage, client: Client) -> None:
    rss = client.get("/content/feeds/back-pain-center/")
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert rss.content.decode().count("<item>") == 6
    atom = client.get("/content/feeds/back-pain-center/atom/")
    assert atom.content.decode().count("<entry>") == 6
    assert client.get("/content/feeds/no-such-centre/").status_code == 404
    sitemap = client.get("/content/sitemap.xml").content.decode()
    listing = client.get("/articles/").content.decode()
    assert "/back-pain-center/</loc>" in sitemap
    for article in ArticlePage.objects.live():
        assert f"{article.url}</loc>" in sitemap
        assert f'href="{article.url}"' in listing
