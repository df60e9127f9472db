from __future__ import annotations

import pytest

from livewell.accounts import starter as accounts_starter
from livewell.accounts.models import User
from livewell.content.models import CentrePage
from livewell.members import starter
from livewell.members.models import CentreFollow

pytestmark = pytest.mark.django_db


def test_starter_is_idempotent_and_makes_the_demo_member_follow_the_centre(back_pain_centre: CentrePage) -> None:
    accounts_starter.load(lambda _line: None)
    lines: list[str] = []
    starter.load(lines.append)
    starter.load(lines.append)
    demo = User.objects.get(email=accounts_starter.DEMO_EMAIL)
    assert CentreFollow.objects.filter(user=demo, centre=back_pain_centre).count() == 1
    assert lines[-1] == "  members: demo member follows the Back Pain Center; 0 new badge(s)"


def test_starter_without_a_demo_member_does_nothing(db: None) -> None:
    lines: list[str] = []
    starter.load(lines.append)
    assert lines == ["  members: no demo member, nothing to do"]
