"""python manage.py import_fdc PATH [--dataset sr_legacy|foundation|survey|branded] [--download]."""

from __future__ import annotations

import shutil
import sys
import urllib.request
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from livewell.foods.importer import DATASETS, UnusableInput, import_fdc

# Official FoodData Central CSV downloads (the releases this importer was written against).
DOWNLOADS = {
    "sr_legacy": "https://fdc.nal.usda.gov/fdc-datasets/FoodData_Central_sr_legacy_food_csv_2018-04.zip",
    "foundation": "https://fdc.nal.usda.gov/fdc-datasets/FoodData_Central_foundation_food_csv_2024-10-31.zip",
    "survey": "https://fdc.nal.usda.gov/fdc-datasets/FoodData_Central_survey_food_csv_2024-10-31.zip",
    "branded": "https://fdc.nal.usda.gov/fdc-datasets/FoodData_Central_branded_food_csv_2024-10-31.zip",
}


class Command(BaseCommand):
    help = (
        "Import a USDA FoodData Central CSV download (a .zip or an unpacked folder). Streams the files, "
        "writes in batches, and is safe to rerun or to rerun after an interruption."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="the FDC CSV .zip, or the folder it was unpacked into")
        parser.add_argument("--dataset", choices=sorted(DATASETS), help="import only this data type")
        parser.add_argument("--batch-size", type=int, default=2000, help="foods per transaction (default 2000)")
        parser.add_argument(
            "--download",
            action="store_true",
            help="first download the official zip for --dataset to PATH (needs internet)",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bars")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        dataset: str | None = options["dataset"]
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        if options["download"]:
            if dataset is None:
                raise CommandError("--download needs --dataset to know which file to fetch.")
            self._download(DOWNLOADS[dataset], path)
        show = not options["no_progress"] and sys.stderr.isatty()
        try:
            summary = import_fdc(
                path,
                dataset=dataset,
                batch_size=options["batch_size"],
                progress=show,
                report=lambda text: self.stderr.write(text),
            )
        except UnusableInput as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(summary.text()))

    def _download(self, url: str, path: Path) -> None:
        if path.exists():
            self.stdout.write(f"{path} is already there; not downloading again.")
            return
        self.stdout.write(f"Downloading {url} ...")
        partial = path.with_name(path.name + ".part")
        try:
            with urllib.request.urlopen(url, timeout=60) as response, partial.open("wb") as out:  # noqa: S310 -- fixed https URL
                shutil.copyfileobj(response, out, length=1024 * 1024)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise CommandError(f"Could not download {url}: {exc}") from exc
        partial.rename(path)
