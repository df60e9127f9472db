"""Importing FoodData Central CSV downloads: streaming, batched, idempotent, crash-safe.

How: first the big side files (food_nutrient, food_portion, branded_food) are
streamed into a throw-away SQLite staging file keyed by fdc_id, keeping only
the nutrients we track, so memory stays flat even for Branded's ~2 GB.  Then
food.csv is streamed and every ``batch_size`` foods are completed from the
staging file and written in one transaction (``livewell.foods.writer``).  A
kill at any moment leaves whole batches only; a rerun rebuilds the staging
file and upserts by fdc_id, so it finishes the job without duplicates.
Malformed rows are reported with file and line and skipped.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from tqdm import tqdm

from livewell.foods.fdc_csv import Source, UnusableInput, integer, number
from livewell.foods.records import WANTED_NUTRIENT_IDS, FoodRecord, nutrients_from_fdc
from livewell.foods.writer import BatchResult, write_batch

DATASETS: dict[str, frozenset[str]] = {
    "sr_legacy": frozenset({"sr_legacy_food"}),
    "foundation": frozenset({"foundation_food"}),
    "survey": frozenset({"survey_fndds_food"}),
    "branded": frozenset({"branded_food"}),
}
ALL_TYPES = frozenset().union(*DATASETS.values())
NUTRIENT_FILES = ("food_nutrient.csv", "food_nutrient_from_sr28.csv")
FOOD_COLUMNS = {"fdc_id", "data_type", "description"}
UNDETERMINED_UNIT = "undetermined"
MAX_REPORTED = 50


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    portions: int = 0
    skipped_rows: int = 0
    skipped_other_types: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def foods(self) -> int:
        return self.added + self.updated

    def text(self) -> str:
        lines = [
            f"Imported {self.foods:,} foods ({self.added:,} new, {self.updated:,} updated) "
            f"with {self.portions:,} portions in {self.seconds:.1f} s.",
        ]
        if self.skipped_other_types:
            lines.append(f"Left out {self.skipped_other_types:,} rows of other data types.")
        if self.skipped_rows:
            lines.append(f"Skipped {self.skipped_rows:,} malformed rows (listed above).")
        return "\n".join(lines)


class _Problems:
    def __init__(self, summary: ImportSummary, report: Callable[[str], None]) -> None:
        self.summary = summary
        self.report = report

    def __call__(self, file: str, line: int, message: str) -> None:
        self.summary.skipped_rows += 1
        text = f"{file} line {line}: {message}; row skipped"
        if len(self.summary.problems) < MAX_REPORTED:
            self.summary.problems.append(text)
            self.report(text)
        elif len(self.summary.problems) == MAX_REPORTED:
            self.summary.problems.append("(further problems are counted, not listed)")
            self.report(self.summary.problems[-1])


def import_fdc(
    path: Path,
    *,
    dataset: str | None = None,
    batch_size: int = 2000,
    progress: bool = True,
    report: Callable[[str], None] = print,
    sink: Callable[[list[FoodRecord]], BatchResult] = write_batch,
) -> ImportSummary:
    """Import one FDC CSV download; raises UnusableInput for input that cannot be imported.

    ``sink`` receives each completed batch (the database writer by default; the
    starter-file builder passes one that writes JSON lines).
    """
    started = time.perf_counter()
    if dataset is not None and dataset not in DATASETS:
        raise UnusableInput(f"Unknown dataset {dataset!r}; choose one of {', '.join(DATASETS)}.")
    types = DATASETS[dataset] if dataset else ALL_TYPES
    source = Source(path)
    summary = ImportSummary()
    problem = _Problems(summary, report)
    try:
        _check(source, dataset)
        staging_dir = Path(settings.VAR_DIR) / "import-tmp"
        staging_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=staging_dir) as tmp:
            staging = sqlite3.connect(Path(tmp) / "staging.sqlite3")
            try:
                _stage(source, staging, problem, progress)
                _import_foods(source, staging, types, batch_size, summary, problem, progress, sink)
            finally:
                staging.close()
    finally:
        source.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _check(source: Source, dataset: str | None) -> None:
    if not source.has("food.csv"):
        raise UnusableInput(f"food.csv is missing from {source.path}: is this a FoodData Central CSV download?")
    missing = FOOD_COLUMNS - set(source.header("food.csv"))
    if missing:
        raise UnusableInput(f"food.csv in {source.path} is not in FDC format: no column {', '.join(sorted(missing))}.")
    if source.find(*NUTRIENT_FILES) is None:
        raise UnusableInput(f"food_nutrient.csv is missing from {source.path}.")
    if dataset == "branded" and not source.has("branded_food.csv"):
        raise UnusableInput(f"branded_food.csv is missing from {source.path}; it is needed for --dataset branded.")


def _lookup(source: Source, name: str, key: str, value: str) -> dict[str, str]:
    if not source.has(name):
        return {}
    with source.rows(name) as rows:
        return {row[key]: row[value] for _, row in rows if row.get(key) and row.get(value)}


def _chunks(rows: Iterable[tuple[object, ...]], size: int = 20000) -> Iterable[list[tuple[object, ...]]]:
    chunk: list[tuple[object, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _stage(source: Source, db: sqlite3.Connection, problem: _Problems, progress: bool) -> None:
    db.executescript(
        """
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE nutrient (fdc_id INTEGER, nutrient_id INTEGER, amount REAL);
        CREATE TABLE portion (fdc_id INTEGER, line INTEGER, seq INTEGER, label TEXT, grams REAL);
        CREATE TABLE branded (fdc_id INTEGER PRIMARY KEY, brand_owner TEXT, brand_name TEXT, gtin TEXT,
                              serving REAL, household TEXT, category TEXT);
        """
    )
    nutrient_file = source.find(*NUTRIENT_FILES)
    assert nutrient_file is not None  # checked in _check

    def nutrient_rows() -> Iterable[tuple[object, ...]]:
        with source.rows(nutrient_file, progress=progress) as rows:
            for line, row in rows:
                try:
                    nutrient_id = integer(row.get("nutrient_id"))
                    if nutrient_id not in WANTED_NUTRIENT_IDS:
                        continue
                    amount = number(row.get("amount"))
                    fdc_id = integer(row.get("fdc_id"))
                except (ValueError, TypeError) as exc:
                    problem(nutrient_file, line, f"bad fdc_id, nutrient_id or amount ({exc})")
                    continue
                if amount is not None:
                    yield (fdc_id, nutrient_id, amount)

    for chunk in _chunks(nutrient_rows()):
        db.executemany("INSERT INTO nutrient VALUES (?, ?, ?)", chunk)

    if source.has("food_portion.csv"):
        units = _lookup(source, "measure_unit.csv", "id", "name")

        def portion_rows() -> Iterable[tuple[object, ...]]:
            with source.rows("food_portion.csv", progress=progress) as rows:
                for line, row in rows:
                    try:
                        fdc_id = integer(row.get("fdc_id"))
                        grams = number(row.get("gram_weight"))
                        amount = number(row.get("amount"))
                        seq = int(number(row.get("seq_num")) or 0)
                    except (ValueError, TypeError) as exc:
                        problem("food_portion.csv", line, f"bad number ({exc})")
                        continue
                    if grams is None or grams <= 0:
                        problem("food_portion.csv", line, "gram_weight must be more than 0")
                        continue
                    label = _portion_label(row, amount, units)
                    if label:
                        yield (fdc_id, line, seq, label, grams)

        for chunk in _chunks(portion_rows()):
            db.executemany("INSERT INTO portion VALUES (?, ?, ?, ?, ?)", chunk)

    if source.has("branded_food.csv"):

        def branded_rows() -> Iterable[tuple[object, ...]]:
            with source.rows("branded_food.csv", progress=progress) as rows:
                for line, row in rows:
                    try:
                        fdc_id = integer(row.get("fdc_id"))
                        serving = number(row.get("serving_size"))
                    except (ValueError, TypeError) as exc:
                        problem("branded_food.csv", line, f"bad fdc_id or serving_size ({exc})")
                        continue
                    unit = (row.get("serving_size_unit") or "").strip().casefold()
                    grams = serving if unit in ("g", "grm") and serving and serving > 0 else None
                    yield (
                        fdc_id,
                        (row.get("brand_owner") or "").strip(),
                        (row.get("brand_name") or "").strip(),
                        (row.get("gtin_upc") or "").strip(),
                        grams,
                        (row.get("household_serving_fulltext") or "").strip(),
                        (row.get("branded_food_category") or "").strip(),
                    )

        for chunk in _chunks(branded_rows()):
            db.executemany("INSERT OR REPLACE INTO branded VALUES (?, ?, ?, ?, ?, ?, ?)", chunk)

    db.executescript(
        "CREATE INDEX nutrient_fdc ON nutrient (fdc_id); CREATE INDEX portion_fdc ON portion (fdc_id, seq, line);"
    )


def _portion_label(row: dict[str, str], amount: float | None, units: dict[str, str]) -> str:
    description = (row.get("portion_description") or "").strip()
    if description and description.casefold() != "quantity not specified":
        return description
    unit = units.get((row.get("measure_unit_id") or "").strip(), "")
    if unit == UNDETERMINED_UNIT:
        unit = ""
    modifier = (row.get("modifier") or "").strip()
    parts = [f"{amount:g}" if amount else "1", unit, modifier]
    label = " ".join(p for p in parts if p)
    return label if (unit or modifier) else ""


def _import_foods(
    source: Source,
    staging: sqlite3.Connection,
    types: frozenset[str],
    batch_size: int,
    summary: ImportSummary,
    problem: _Problems,
    progress: bool,
    sink: Callable[[list[FoodRecord]], BatchResult],
) -> None:
    categories = _lookup(source, "food_category.csv", "id", "description")
    categories.update(
        _lookup(source, "wweia_food_category.csv", "wweia_food_category", "wweia_food_category_description")
    )
    batch: list[FoodRecord] = []
    bar = tqdm(desc="foods", unit=" foods", disable=not progress, leave=False)

    def flush() -> None:
        _complete(staging, batch)
        result = sink(batch)
        summary.added += result.added
        summary.updated += result.updated
        summary.portions += result.portions
        bar.update(len(batch))
        batch.clear()

    try:
        with source.rows("food.csv", progress=progress) as rows:
            for line, row in rows:
                data_type = (row.get("data_type") or "").strip()
                if data_type not in types:
                    summary.skipped_other_types += 1
                    continue
                description = " ".join((row.get("description") or "").split())
                try:
                    fdc_id = integer(row.get("fdc_id"))
                except (ValueError, TypeError) as exc:
                    problem("food.csv", line, f"bad fdc_id ({exc})")
                    continue
                if not description:
                    problem("food.csv", line, "the description is empty")
                    continue
                category = categories.get((row.get("food_category_id") or "").strip(), "")
                batch.append(FoodRecord(fdc_id=fdc_id, data_type=data_type, description=description, category=category))
                if len(batch) >= batch_size:
                    flush()
            if batch:
                flush()
    finally:
        bar.close()


def _complete(staging: sqlite3.Connection, batch: list[FoodRecord]) -> None:
    """Fill nutrients, portions and brand details of ``batch`` from the staging file."""
    ids = [r.fdc_id for r in batch]
    marks = ",".join("?" * len(ids))
    amounts: dict[int, dict[int, float]] = {}
    for fdc_id, nutrient_id, amount in staging.execute(
        f"SELECT fdc_id, nutrient_id, amount FROM nutrient WHERE fdc_id IN ({marks})",  # noqa: S608 -- placeholders only
        ids,
    ):
        amounts.setdefault(fdc_id, {})[nutrient_id] = amount
    portions: dict[int, list[tuple[str, float]]] = {}
    for fdc_id, label, grams in staging.execute(
        f"SELECT fdc_id, label, grams FROM portion WHERE fdc_id IN ({marks}) ORDER BY fdc_id, seq, line",  # noqa: S608 -- placeholders only
        ids,
    ):
        portions.setdefault(fdc_id, []).append((label, grams))
    branded = {
        row[0]: row
        for row in staging.execute(
            f"SELECT * FROM branded WHERE fdc_id IN ({marks})",  # noqa: S608 -- placeholders only
            ids,
        )
    }
    for record in batch:
        record.nutrients = nutrients_from_fdc(amounts.get(record.fdc_id, {}))
        record.portions = portions.get(record.fdc_id, [])
        if record.fdc_id in branded:
            _, owner, name, gtin, serving, household, category = branded[record.fdc_id]
            record.brand_owner, record.brand_name, record.gtin_upc = owner, name, gtin
            record.serving_size_g, record.household_serving = serving, household
            record.category = record.category or category
            if serving and not record.portions:
                record.portions = [(f"1 serving ({household})" if household else "1 serving", serving)]


__all__ = ["DATASETS", "ImportSummary", "UnusableInput", "import_fdc"]
