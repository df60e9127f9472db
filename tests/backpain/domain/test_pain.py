from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.backpain.domain.pain import PainChange, change_over, current_severe_run, daily_pain, severe_run

D0 = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("baseline", "current", "meaningful"),
    [(8, 6, True), (8, 7, False), (3, 2, True), (5, 4, False), (2, 4, True), (0, 1, False)],
)
def test_meaningful_change_is_two_points_or_thirty_percent(baseline: float, current: float, meaningful: bool) -> None:
    # Ostelo 2008 [S48]: 2 points or 30 % on the 0-10 scale.
    assert PainChange(baseline, current).meaningful is meaningful


def test_change_is_described_in_words() -> None:
    assert "clinically meaningful improvement" in PainChange(8, 5).sentence()
    assert "clinically meaningful worsening" in PainChange(3, 6).sentence()
    assert "small change" in PainChange(8, 7).sentence()


def test_daily_rows_average_several_readings() -> None:
    rows = daily_pain([(D0, 6), (D0, 8), (D0 + timedelta(days=1), 4)])
    assert [(r.day, r.average, r.worst, r.entries) for r in rows] == [
        (D0, 7.0, 8, 2),
        (D0 + timedelta(days=1), 4.0, 4, 1),
    ]


def test_change_needs_two_days() -> None:
    assert change_over(daily_pain([(D0, 5)])) is None
    change = change_over(daily_pain([(D0, 8), (D0 + timedelta(days=6), 5)]))
    assert change is not None
    assert change.meaningful
    assert change.direction == "better"


def test_severe_run_counts_consecutive_days_only() -> None:
    days = daily_pain([(D0, 8), (D0 + timedelta(days=1), 7), (D0 + timedelta(days=3), 9), (D0 + timedelta(days=4), 9)])
    assert severe_run(days) == 2
    days = daily_pain([(D0 + timedelta(days=i), 7) for i in range(3)])
    assert severe_run(days) == 3


def test_out_of_range_scores_are_refused() -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        daily_pain([(D0, 11)])


@given(st.floats(0, 10), st.floats(0, 10))
def test_a_change_of_two_points_is_always_meaningful(baseline: float, current: float) -> None:
    if abs(baseline - current) >= 2:
        assert PainChange(baseline, current).meaningful


def test_current_run_only_counts_days_up_to_the_latest() -> None:
    easing = daily_pain([(D0 + timedelta(days=i), p) for i, p in enumerate([8, 8, 8, 5])])
    worsening = daily_pain([(D0 + timedelta(days=i), p) for i, p in enumerate([5, 7, 8, 9])])
    gap = daily_pain([(D0, 8), (D0 + timedelta(days=1), 8), (D0 + timedelta(days=3), 8)])

    assert severe_run(easing) == 3
    assert current_severe_run(easing) == 0
    assert current_severe_run(worsening) == 3
    assert current_severe_run(gap) == 1
