from __future__ import annotations

import pytest

from livewell.accounts import starter as accounts_starter
from livewell.backpain import starter
from livewell.backpain.models import Medicine, PainEntry

pytestmark = pytest.mark.django_db


def test_starter_gives_the_demo_member_a_week_of_pain_once() -> None:
    lines: list[str] = []
    accounts_starter.load(lines.append)
    starter.load(lines.append)
    starter.load(lines.append)

    assert PainEntry.objects.count() == 7
    assert sorted(Medicine.objects.values_list("generic", flat=True)) == ["acetaminophen", "alendronate"]
    assert lines[-1].strip() == "Back-pain demo data already present."
