from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from livewell.members import domain

DAY = date(2026, 1, 1)


def test_longest_run_counts_consecutive_days_and_ignores_gaps_and_duplicates() -> None:
    days = [DAY, DAY + timedelta(1), DAY + timedelta(1), DAY + timedelta(2), DAY + timedelta(5), DAY + timedelta(6)]
    assert domain.longest_run(days) == 3
    assert domain.longest_run([]) == 0


@given(st.sets(st.integers(min_value=0, max_value=60)))
def test_longest_run_is_between_one_and_the_number_of_days(offsets: set[int]) -> None:
    days = [DAY + timedelta(days=n) for n in offsets]
    run = domain.longest_run(days)
    assert (run == 0) == (not offsets)
    assert run <= len(offsets)
    # A run of k days needs k consecutive offsets somewhere in the set.
    if run:
        assert any(all(start + i in offsets for i in range(run)) for start in offsets)
        assert not any(all(start + i in offsets for i in range(run + 1)) for start in offsets)


def test_first_five_pounds_is_measured_toward_the_goal_in_its_direction() -> None:
    # Losing from 80 kg toward 70 kg: the best weight 77.5 kg is 2.5 kg of progress.
    assert domain.best_progress_kg(start_kg=80, goal_kg=70, weights_kg=[79, 77.5, 78]) == 2.5
    # Gaining from 50 toward 55: moving down is not progress.
    assert domain.best_progress_kg(start_kg=50, goal_kg=55, weights_kg=[49, 48]) == 0
    assert domain.best_progress_kg(start_kg=50, goal_kg=55, weights_kg=[52.5]) == 2.5
    assert domain.FIRST_STEP_KG_US == 5 * 0.45359237


def test_goal_reached_needs_a_weight_at_or_past_the_goal() -> None:
    assert not domain.goal_reached(start_kg=80, goal_kg=70, weights_kg=[71, 70.2])
    assert domain.goal_reached(start_kg=80, goal_kg=70, weights_kg=[71, 70.04])
    assert domain.goal_reached(start_kg=60, goal_kg=65, weights_kg=[66])
    # A maintenance plan has no weight to reach.
    assert not domain.goal_reached(start_kg=70, goal_kg=70, weights_kg=[70])
