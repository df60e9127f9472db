from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from livewell.backpain import integrations
from livewell.backpain.summary import clinician_summary
from livewell.diary.services.activity import weight_log
from livewell.lib.nutrients import Nutrients
from tests.factories import make_member

pytestmark = pytest.mark.django_db

END = date(2026, 11, 20)
START = END - timedelta(days=6)


@dataclass(frozen=True)
class FakeTargets:
    calcium_mg: float = 1200.0
    vitamin_d_mcg: float = 15.0
    protein_g: float = 60.0


def test_summary_averages_bone_nutrients_against_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    totals = {
        START: Nutrients(kcal=1500.0, calcium_mg=900.0, vitamin_d_mcg=10.0, protein_g=50.0),
        END: Nutrients(kcal=1700.0, calcium_mg=1500.0, vitamin_d_mcg=None, protein_g=70.0),
    }
    monkeypatch.setattr(integrations, "daily_nutrient_totals", lambda **kw: totals)
    monkeypatch.setattr(integrations, "current_targets", lambda **kw: FakeTargets())

    summary = clinician_summary(user=make_member(), start=START, end=END)
    rows = {row.label: row for row in summary.nutrients}

    assert rows["Calcium"].average == 1200.0
    assert rows["Calcium"].percent == 100
    assert rows["Vitamin D"].average == 10.0  # the unknown day is left out, not counted as 0
    assert rows["Vitamin D"].days == 1
    assert rows["Protein"].percent == 100
    assert summary.targets_known


def test_summary_shows_weight_in_the_members_units() -> None:
    user = make_member()
    weight_log(user=user, day=START, value=70.0, unit="kg", today=END)
    weight_log(user=user, day=END, value=69.0, unit="kg", today=END)

    summary = clinician_summary(user=user, start=START, end=END)

    assert summary.weight_unit == "lb"  # the factory member uses US units
    assert [round(value, 1) for _day, value in summary.weight] == [154.3, 152.1]
    assert summary.weight_change is not None
    assert round(summary.weight_change, 1) == -2.2


def test_summary_without_any_data_is_still_complete() -> None:
    summary = clinician_summary(user=make_member(), start=START, end=END)

    assert summary.pain_days == []
    assert summary.change is None
    assert summary.weight == []
    assert [row.average for row in summary.nutrients] == [None, None, None]
    assert not summary.targets_known
