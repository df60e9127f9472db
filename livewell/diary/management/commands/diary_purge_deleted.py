"""Remove diary entries that members deleted more than --days ago (they stay that long so "Undo" works)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from livewell.diary.services.entries import diary_entries_purge_deleted


class Command(BaseCommand):
    help = "Delete for good the diary entries members deleted more than --days days ago (default 7)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=7, help="Keep deleted entries this many days (default 7).")

    def handle(self, *args: Any, **options: Any) -> None:
        days: int = options["days"]
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        removed = diary_entries_purge_deleted(before=timezone.now() - timedelta(days=days))
        self.stdout.write(f"Removed {removed} deleted diary entr{'y' if removed == 1 else 'ies'}.")
