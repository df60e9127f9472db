from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from livewell.core.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the whole site (database and uploaded media) into one .tar.gz file. Safe while the app runs."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="where to write the backup, e.g. livewell-2026-11-25.tar.gz")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            summary = backup_create(destination=options["file"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up the {summary.engine} database and {summary.media_files} media files "
                f"to {summary.path} ({summary.size_bytes / 1024:.0f} KiB)."
            )
        )
