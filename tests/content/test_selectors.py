from __future__ import annotations

from datetime import date, timedelta

import time_machine
from django.test import Client

from livewell.content.models import CentrePage, VideoOfTheDay
from livewell.content.rotation import rotation_index
from livewell.content.selectors import video_of_the_day
from tests.content.conftest import make_video


def test_without_videos_there_is_no_video_of_the_day(centre: CentrePage) -> None:
    assert video_of_the_day(centre=centre, day=date(2026, 11, 25)) is None


def test_without_a_schedule_the_centres_videos_take_turns(centre: CentrePage) -> None:
    videos = [make_video(centre, f"Video {n}") for n in range(3)]
    start = date(2026, 11, 25)
    shown = [video_of_the_day(centre=centre, day=start + timedelta(days=n)) for n in range(6)]
    assert shown[:3] == shown[3:]  # the same cycle repeats
    assert set(shown) == set(videos)  # and every video gets its turn
    assert shown[0] == videos[rotation_index(start, 3)]


def test_a_scheduled_video_wins_on_its_date_only(centre: CentrePage) -> None:
    videos = [make_video(centre, f"Video {n}") for n in range(3)]
    day = date(2026, 12, 1)
    rotated = video_of_the_day(centre=centre, day=day)
    chosen = next(video for video in videos if video != rotated)
    VideoOfTheDay.objects.create(centre=centre, day=day, video=chosen)
    assert video_of_the_day(centre=centre, day=day) == chosen
    assert video_of_the_day(centre=centre, day=day + timedelta(days=3)) == rotated


def test_the_centre_page_shows_todays_scheduled_video(centre: CentrePage, client: Client) -> None:
    make_video(centre, "Walking tips")
    scheduled = make_video(centre, "Standing tall")
    VideoOfTheDay.objects.create(centre=centre, day=date(2026, 12, 1), video=scheduled)
    with time_machine.travel("2026-12-01 12:00:00-05:00", tick=False):
        html = client.get("/back-pain-center/").content.decode()
    assert "Video of the Day</span> Standing tall" in html
