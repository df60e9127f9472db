from __future__ import annotations

import pytest

from livewell.foods.templatetags.foods_format import amount


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (275.72, "mg", "276 mg"),
        (12.32, "g", "12.3 g"),
        (3.15, "g", "3.15 g"),
        (148.84, "kcal", "149 kcal"),
        (0.0, "g", "0 g"),
        (None, "mg", "—"),
    ],
)
def test_amounts_are_shown_with_sensible_precision(value: float | None, unit: str, shown: str) -> None:
    assert amount(value, unit) == shown
