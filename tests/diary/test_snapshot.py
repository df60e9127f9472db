"""Adding up entry snapshots gives what adding Nutrients gives (including what is incomplete)."""

from __future__ import annotations

from functools import reduce
from operator import add

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livewell.diary.snapshot import nutrients_from, sum_snapshots
from livewell.lib.nutrients import Nutrients

amounts = st.one_of(st.none(), st.floats(min_value=0, max_value=5000, allow_nan=False))
snapshots = st.fixed_dictionaries(dict.fromkeys(Nutrients.NAMES, amounts))


@given(st.lists(snapshots, min_size=1, max_size=12))
def test_sum_matches_adding_nutrients(items: list[dict[str, float | None]]) -> None:
    expected = reduce(add, (nutrients_from(i) for i in items))
    got = sum_snapshots(items)
    assert got.incomplete == expected.incomplete
    for name in Nutrients.NAMES:
        want = getattr(expected, name)
        if want is None:
            assert getattr(got, name) is None
        else:
            assert getattr(got, name) == pytest.approx(want)


def test_an_empty_day_is_zero() -> None:
    assert sum_snapshots([]) == Nutrients.zero()
