"""Import a MyFitnessPal, Cronometer or livewell JSON export into a member's diary from the shell.

Operators use it for exports too large for the upload form.  Running it twice with the same
file adds nothing the second time; a run that was killed adds only what it had not saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from livewell.accounts.models import User
from livewell.accounts.services import profile_of
from livewell.diary.domain.importers import FormatError
from livewell.diary.forms import ImportForm
from livewell.diary.services import transfer

FORMATS = [value for value, _label in ImportForm.SOURCES]


class Command(BaseCommand):
    help = (
        "Import a diary export file for one member. Safe to rerun: rows already imported are skipped. "
        "CSV files are saved in committed batches (--batch rows each), so an interrupted run can simply be run again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The exported file (UTF-8 CSV or livewell JSON).")
        parser.add_argument("--user", required=True, help="The member's e-mail address.")
        parser.add_argument("--format", required=True, choices=FORMATS, dest="kind", help="What kind of file it is.")
        parser.add_argument(
            "--weight-unit",
            choices=["lb", "kg"],
            default=None,
            help="Unit of a MyFitnessPal measurement file (default: the member's profile units).",
        )
        parser.add_argument("--batch", type=int, default=1000, help="Rows per committed batch (default 1000).")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; save nothing.")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        kind: str = options["kind"]
        batch: int = options["batch"]
        if batch < 1:
            raise CommandError("--batch must be 1 or more.")
        user = User.objects.filter(email__iexact=options["user"]).first()
        if user is None:
            raise CommandError(f"No member with the e-mail address {options['user']}.")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")

        dry_run: bool = options["dry_run"]
        try:
            if kind == "json":
                # The JSON import links custom foods and recipes to entries, so it stays one transaction.
                result = transfer.import_json(user=user, text=text, dry_run=dry_run)
            else:
                unit = options["weight_unit"] or ("kg" if profile_of(user).units == "metric" else "lb")
                parsed = transfer.parse_upload(kind=kind, text=text, weight_unit=unit)
                self.stdout.write(f"Read {len(parsed.rows)} rows from {path.name}.")
                self.stdout.flush()
                result = transfer.import_rows(
                    user=user,
                    source=kind,
                    parsed=parsed,
                    dry_run=dry_run,
                    commit_every=batch,
                    progress=self._progress,
                )
        except FormatError as exc:
            raise CommandError(str(exc)) from exc

        for problem in result.problems:
            self.stderr.write(f"line {problem.line}: {problem.reason}")
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(
            f"{verb} {result.new_food} food, {result.new_exercise} exercise and {result.new_weight} weight rows; "
            f"{result.already_imported} already imported; {len(result.problems)} problems."
        )

    def _progress(self, saved: int) -> None:
        self.stdout.write(f"Saved {saved} rows")
        self.stdout.flush()
