from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from livewell.content import starter
from livewell.content.models import ArticlePage, CentrePage, HomePage, Video
from livewell.content.starter_articles import ARTICLES, StarterArticle
from livewell.content.starter_references import REFERENCES
from livewell.content.webvtt import parse_cues

MEDIA = Path(starter.__file__).resolve().parent / "starter_media"
FACT_SHEET_TAGS = {f"S{n}" for n in range(1, 50)}


def test_starter_builds_the_back_pain_center(starter_site: CentrePage) -> None:
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()  # Wagtail's "Welcome" page is gone
    assert starter_site.url == "/back-pain-center/"
    articles = ArticlePage.objects.child_of(starter_site).live()
    assert articles.count() >= 6
    for article in articles:
        assert article.url.startswith("/back-pain-center/")
        assert article.references.count() >= 3
        assert article.author.name == "livewell editorial team"
        assert article.reviewer.name == "livewell editorial team"
        assert article.last_reviewed is not None
    video = Video.objects.get(centre=starter_site)
    assert video.captions.read(6) == b"WEBVTT"
    assert video.poster is not None
    assert video.poster.width == 640
    assert {g.name for g in Group.objects.all()} >= {"Editors", "Medical reviewers", "Admins"}
    workflow = starter_site.get_workflow()
    assert workflow.name == "Medical review"
    assert [(task.name, type(task.specific).__name__) for task in workflow.tasks] == [
        ("Approval by a medical reviewer", "MedicalReviewTask")
    ]


def test_loading_again_changes_nothing(starter_site: CentrePage) -> None:
    counts = (Page.objects.count(), Revision.objects.count(), Video.objects.count(), get_image_model().objects.count())
    lines: list[str] = []
    starter.load(lines.append)
    assert lines == []
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        Video.objects.count(),
        get_image_model().objects.count(),
    ) == (counts)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.slug)
def test_each_starter_article_cites_the_fact_sheet_and_every_citation_resolves(article: StarterArticle) -> None:
    assert len(article.references) >= 3
    assert set(article.references) <= FACT_SHEET_TAGS
    assert all(REFERENCES[tag].title for tag in article.references)
    from livewell.content.citations import cited_numbers

    texts = [str(value) for _kind, value in article.body]
    cited = {n for text in texts for n in cited_numbers(text)}
    assert cited == set(range(1, len(article.references) + 1)), "every reference is cited and no citation dangles"
    assert any(kind == "video_of_the_day" for kind, _value in article.body)


def test_starter_video_is_small_and_its_captions_and_transcript_match() -> None:
    assert (MEDIA / "back-extension-tips.webm").stat().st_size < 2 * 1024 * 1024
    cues = parse_cues((MEDIA / "back-extension-tips.vtt").read_text(encoding="utf-8"))
    transcript = (MEDIA / "back-extension-tips.txt").read_text(encoding="utf-8")
    assert len(cues) >= 10
    assert cues[-1].end_seconds <= 67  # the video's duration_seconds in the starter
    assert all(cue.text in transcript for cue in cues)
    assert all(later.start_seconds >= earlier.end_seconds for earlier, later in pairwise(cues))
