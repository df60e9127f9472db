from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.content.webvtt import CaptionsError, has_webvtt_header, parse_cues

GOOD = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:04.000\nHello.\n\n00:01:04.500 --> 00:01:06.000 line:0\nTwo\nlines\n"


def test_cues_are_read_with_times_and_text() -> None:
    cues = parse_cues(GOOD)
    assert [(c.start_seconds, c.end_seconds, c.text) for c in cues] == [
        (0.0, 4.0, "Hello."),
        (64.5, 66.0, "Two\nlines"),
    ]


def test_header_may_follow_a_byte_order_mark_and_carry_a_title() -> None:
    assert has_webvtt_header("\ufeffWEBVTT\n")
    assert has_webvtt_header("WEBVTT - captions for a video\n")
    assert has_webvtt_header("WEBVTT")


@pytest.mark.parametrize(
    "text",
    [
        "1\n00:00:00,000 --> 00:00:04,000\nHello.\n",  # SubRip (.srt), a common mix-up
        "WEBVTTX\n",
        "webvtt\n",
        "",
    ],
)
def test_files_that_are_not_webvtt_are_refused_with_the_reason(text: str) -> None:
    with pytest.raises(CaptionsError, match='must start with "WEBVTT"'):
        parse_cues(text)


def test_a_broken_timing_line_is_reported() -> None:
    with pytest.raises(CaptionsError, match="not valid WebVTT"):
        parse_cues("WEBVTT\n\n00:00:00,000 --> 00:00:04,000\nHello.\n")


def test_a_cue_that_ends_before_it_starts_is_reported() -> None:
    with pytest.raises(CaptionsError, match="end after it starts"):
        parse_cues("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nHello.\n")


@given(st.text(max_size=40).filter(lambda s: not s.removeprefix("\ufeff").startswith("WEBVTT")))
def test_anything_without_the_header_is_not_webvtt(text: str) -> None:
    assert not has_webvtt_header(text)
