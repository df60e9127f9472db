"""Starter data for members: the demo member follows the Back Pain Center and has the badges their data earns."""

from __future__ import annotations

from collections.abc import Callable

from livewell.accounts.models import User
from livewell.accounts.starter import DEMO_EMAIL
from livewell.content.models import CentrePage
from livewell.members.badges import BACK_PAIN_CENTRE_SLUG, badges_check
from livewell.members.follows import centre_follow_set


def load(out: Callable[[str], None]) -> None:
    demo = User.objects.filter(email=DEMO_EMAIL).first()
    if demo is None:
        out("  members: no demo member, nothing to do")
        return
    centre = CentrePage.objects.filter(slug=BACK_PAIN_CENTRE_SLUG).first()
    if centre is not None:
        centre_follow_set(user=demo, centre=centre, following=True)
    earned = badges_check(user=demo)
    out(f"  members: demo member follows the Back Pain Center; {len(earned)} new badge(s)")
