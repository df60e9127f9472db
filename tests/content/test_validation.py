"""Bad input in the admin gets a clear message and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from livewell.accounts.models import User
from livewell.content.models import ArticlePage, ArticleReference, CentrePage, Video, VideoOfTheDay
from livewell.content.models.videos import validate_webvtt
from tests.content.conftest import make_article, make_video

WEBVTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello.\n"
SRT = b"1\n00:00:00,000 --> 00:00:02,000\nHello.\n"


@pytest.fixture
def admin_client_logged_in(client: Client, db: None) -> Client:
    admin = User.objects.create_superuser("admin@example.org", "a-long-admin-password")
    client.force_login(admin)
    return client


def test_reference_without_a_title_is_refused_with_a_clear_message(centre: CentrePage) -> None:
    article = make_article(centre, "walking")
    reference = ArticleReference(page=article, authors="Someone A", source="A journal", year=2020)
    with pytest.raises(ValidationError) as caught:
        reference.full_clean()
    assert caught.value.message_dict["title"] == ["Every reference needs a title, so readers can find the source."]


def test_captions_that_are_not_webvtt_are_refused() -> None:
    with pytest.raises(ValidationError, match='must start with "WEBVTT"'):
        validate_webvtt(SimpleUploadedFile("captions.vtt", SRT))
    validate_webvtt(SimpleUploadedFile("captions.vtt", WEBVTT))  # a real WebVTT file passes


def test_a_video_needs_a_file_or_a_link_and_a_hosted_one_needs_captions(centre: CentrePage) -> None:
    video = Video(title="Walking", centre=centre, transcript="Walk.", duration_seconds=30)
    with pytest.raises(ValidationError) as caught:
        video.full_clean()
    assert "Upload a video file or give a link" in str(caught.value)
    video.file = SimpleUploadedFile("walk.webm", b"\x1a\x45\xdf\xa3")
    with pytest.raises(ValidationError) as caught:
        video.full_clean()
    assert caught.value.message_dict["captions"] == ["A video we host needs a WebVTT captions file."]


def test_two_videos_for_one_centre_and_date_are_refused(centre: CentrePage) -> None:
    first = make_video(centre, "Gentle back-extension tips")
    second = make_video(centre, "Walking safely")
    VideoOfTheDay.objects.create(centre=centre, day=date(2026, 12, 1), video=first)
    clash = VideoOfTheDay(centre=centre, day=date(2026, 12, 1), video=second)
    with pytest.raises(ValidationError) as caught:
        clash.full_clean()
    assert caught.value.message_dict == {
        "day": [
            "December 1, 2026 already has a Video of the Day for this centre (Gentle back-extension tips). "
            "Choose another date or edit that entry."
        ]
    }
    VideoOfTheDay(centre=centre, day=date(2026, 12, 2), video=second).full_clean()  # another day is fine


def test_admin_schedule_form_shows_the_clash(centre: CentrePage, admin_client_logged_in: Client) -> None:
    video = make_video(centre, "Gentle back-extension tips")
    VideoOfTheDay.objects.create(centre=centre, day=date(2026, 12, 1), video=video)
    response = admin_client_logged_in.post(
        "/cms/snippets/content/videooftheday/add/",
        {"centre": centre.pk, "day": "2026-12-01", "video": video.pk},
    )
    assert response.status_code == 200
    assert "already has a Video of the Day for this centre" in response.content.decode()
    assert VideoOfTheDay.objects.count() == 1


def test_admin_video_form_refuses_captions_that_are_not_webvtt(
    centre: CentrePage, admin_client_logged_in: Client
) -> None:
    response = admin_client_logged_in.post(
        "/cms/snippets/content/video/add/",
        {
            "title": "Chair exercises",
            "centre": centre.pk,
            "file": SimpleUploadedFile("chair.webm", b"\x1a\x45\xdf\xa3", content_type="video/webm"),
            "captions": SimpleUploadedFile("chair.vtt", SRT, content_type="text/vtt"),
            "transcript": "Sit tall.",
            "duration_seconds": "20",
        },
    )
    assert response.status_code == 200
    assert "its first line must start with" in response.content.decode()
    assert not Video.objects.filter(title="Chair exercises").exists()


def _article_form(references: list[dict[str, str]], text: str) -> dict[str, str]:
    data: dict[str, str] = nested_form_data(
        {
            "title": "Walking with osteoporosis",
            "slug": "walking-with-osteoporosis",
            "summary": "Walking is a safe way to load your bones.",
            "body": streamfield([("text", rich_text(text))]),
            "hero_alt": "",
            "hero_caption": "",
            "references": inline_formset(references),
            "related_links": inline_formset([]),
        }
    )
    return data


def test_admin_article_form_refuses_a_reference_without_a_title(
    centre: CentrePage, admin_client_logged_in: Client
) -> None:
    data = _article_form([{"authors": "Sinaki M", "title": "", "source": "Bone", "year": "2002"}], "<p>Walk [1].</p>")
    response = admin_client_logged_in.post(f"/cms/pages/add/content/articlepage/{centre.pk}/", data)
    assert response.status_code == 200
    assert "Every reference needs a title" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="walking-with-osteoporosis").exists()


def test_admin_article_form_refuses_a_citation_without_a_reference(
    centre: CentrePage, admin_client_logged_in: Client
) -> None:
    data = _article_form([{"authors": "Sinaki M", "title": "Stronger back muscles", "year": "2002"}], "<p>[2]</p>")
    response = admin_client_logged_in.post(f"/cms/pages/add/content/articlepage/{centre.pk}/", data)
    assert response.status_code == 200
    assert "The text cites [2], but the article has 1 reference." in response.content.decode()
    assert not ArticlePage.objects.filter(slug="walking-with-osteoporosis").exists()


def test_admin_article_form_saves_a_good_draft(centre: CentrePage, admin_client_logged_in: Client) -> None:
    data = _article_form([{"authors": "Sinaki M", "title": "Stronger back muscles", "year": "2002"}], "<p>[1]</p>")
    response = admin_client_logged_in.post(f"/cms/pages/add/content/articlepage/{centre.pk}/", data)
    assert response.status_code == 302
    draft = ArticlePage.objects.get(slug="walking-with-osteoporosis")
    assert not draft.live
    assert [r.title for r in draft.get_latest_revision_as_object().references.all()] == ["Stronger back muscles"]
