from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.content.reading import WORDS_PER_MINUTE, reading_minutes, word_count


def test_word_count_ignores_markup() -> None:
    assert word_count("<p>Your <strong>spine</strong> is a stack of bones.</p>") == 7
    assert word_count("back-extension isn\u2019t hard") == 3


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(0, 1), (1, 1), (WORDS_PER_MINUTE, 1), (WORDS_PER_MINUTE + 1, 2), (5 * WORDS_PER_MINUTE, 5)],
)
def test_reading_time_rounds_up_to_whole_minutes(words: int, minutes: int) -> None:
    assert reading_minutes(words) == minutes


@given(st.integers(min_value=0, max_value=100_000))
def test_reading_time_is_enough_to_read_every_word(words: int) -> None:
    minutes = reading_minutes(words)
    assert minutes >= 1
    assert minutes * WORDS_PER_MINUTE >= words
    assert (minutes - 1) * WORDS_PER_MINUTE < max(words, 1)


def test_negative_word_count_is_an_error() -> None:
    with pytest.raises(ValueError, match="negative"):
        reading_minutes(-1)
