from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from livewell.members.services import memberships_renew_or_lapse


class Command(BaseCommand):
    help = "Renew or lapse Gold memberships whose period has ended; warn those ending within a week."

    def handle(self, *args: Any, **options: Any) -> None:
        report = memberships_renew_or_lapse()
        self.stdout.write(f"Renewed {report.renewed}, lapsed {report.lapsed}, warned {report.warned}.")
