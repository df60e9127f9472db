from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from livewell.accounts.models import User
from livewell.members.badges import BADGES_BY_CODE, badges_check


class Command(BaseCommand):
    help = "Compute every achievement badge for every active member and award the ones earned. Safe to rerun."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", help="Only this member.")
        parser.add_argument("--badge", action="append", choices=sorted(BADGES_BY_CODE), help="Only this badge.")

    def handle(self, *args: Any, **options: Any) -> None:
        members = User.objects.filter(is_active=True).order_by("pk")
        if options["email"]:
            members = members.filter(email=options["email"].strip().lower())
        codes = options["badge"] or None
        awarded = 0
        total = members.count()
        for user in tqdm(members.iterator(), total=total, disable=total < 200 or options["verbosity"] < 1):
            awarded += len(badges_check(user=user, codes=codes))
        self.stdout.write(f"Checked {total} member{'s' if total != 1 else ''}; awarded {awarded} new badge(s).")
