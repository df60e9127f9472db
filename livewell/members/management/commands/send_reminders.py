from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from livewell.members.reminders import digests_send, reminders_send
from livewell.members.services import memberships_renew_or_lapse


class Command(BaseCommand):
    help = (
        "For cron (e.g. hourly): renew or lapse ended Gold periods and warn those ending soon, add logging "
        "reminders (from 18:00 local time), and e-mail each member's daily digest. Running it twice sends "
        "nothing twice."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        renewals = memberships_renew_or_lapse()
        reminders = reminders_send()
        digests = digests_send()
        self.stdout.write(
            f"Gold: renewed {renewals.renewed}, lapsed {renewals.lapsed}, warned {renewals.warned}. "
            f"Reminders added: {reminders}. Digests e-mailed: {digests}."
        )
