from __future__ import annotations

from datetime import date

from django.test import Client

from livewell.content.models import CentrePage, VideoOfTheDay
from tests.content.conftest import make_article, make_video


def test_articles_are_listed_searched_and_shown_with_references(centre: CentrePage, client: Client) -> None:
    make_article(centre, "walking-and-bones", title="Walking and bones", text="<p>Brisk walking [1].</p>")
    make_article(centre, "sleep-and-pain", title="Sleep and pain", text="<p>Pillows [1].</p>")
    draft = make_article(centre, "draft-article", title="Draft article")
    draft.unpublish()

    listed = client.get("/api/v1/content/articles").json()["items"]
    assert {a["slug"] for a in listed} == {"walking-and-bones", "sleep-and-pain"}
    found = client.get("/api/v1/content/articles", {"q": "brisk", "centre": "back-pain-center"}).json()["items"]
    assert [a["slug"] for a in found] == ["walking-and-bones"]
    assert found[0]["url"] == "http://testserver/back-pain-center/walking-and-bones/"

    detail = client.get("/api/v1/content/articles/walking-and-bones").json()
    assert detail["references"][0]["number"] == 1
    assert detail["references"][0]["title"] == "Stronger back muscles"
    assert detail["reading_minutes"] == 1

    missing = client.get("/api/v1/content/articles/draft-article")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "There is no published article called 'draft-article'.", "field": "slug"}
    assert client.get("/api/v1/content/articles", {"centre": "nowhere"}).status_code == 404


def test_video_of_the_day_follows_the_schedule(centre: CentrePage, client: Client) -> None:
    url = "/api/v1/content/centres/back-pain-center/video-of-the-day"
    assert client.get(url).json()["detail"] == "This centre has no videos yet."
    make_video(centre, "Walking tips")
    chosen = make_video(centre, "Standing tall")
    VideoOfTheDay.objects.create(centre=centre, day=date(2026, 12, 1), video=chosen)

    scheduled = client.get(url, {"day": "2026-12-01"}).json()
    assert scheduled["title"] == "Standing tall"
    assert scheduled["scheduled"] is True
    assert scheduled["link"] == "https://example.org/standing-tall"
    rotated = client.get(url, {"day": "2026-12-02"}).json()
    assert rotated["scheduled"] is False
    bad = client.get(url, {"day": "December"})
    assert bad.status_code == 422
    assert bad.json()["field"] == "day"
