from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.content.rotation import rotation_index


@given(day=st.dates(), count=st.integers(min_value=1, max_value=50))
def test_the_same_day_always_shows_the_same_video(day: date, count: int) -> None:
    index = rotation_index(day, count)
    assert 0 <= index < count
    assert rotation_index(day, count) == index


@given(start=st.dates(max_value=date(9000, 1, 1)), count=st.integers(min_value=1, max_value=30))
def test_every_video_gets_one_turn_in_each_cycle(start: date, count: int) -> None:
    shown = [rotation_index(start + timedelta(days=offset), count) for offset in range(count)]
    assert sorted(shown) == list(range(count))


@given(day=st.dates(max_value=date(9000, 1, 1)), count=st.integers(min_value=2, max_value=30))
def test_consecutive_days_step_to_the_next_video(day: date, count: int) -> None:
    assert rotation_index(day + timedelta(days=1), count) == (rotation_index(day, count) + 1) % count


def test_a_centre_without_videos_has_no_rotation() -> None:
    with pytest.raises(ValueError, match="at least one video"):
        rotation_index(date(2026, 11, 25), 0)
