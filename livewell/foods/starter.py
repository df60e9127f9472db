"""The starter food set: the whole USDA SR Legacy, shipped in the repo and loaded on every start.

``data/sr_legacy.jsonl.gz`` is built by ``scripts/build_starter_foods.py`` from
the official FDC CSV download.  Loading is idempotent (upserts by fdc_id) and
returns at once when the set is already there.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from livewell.foods.models import DataType, Food
from livewell.foods.records import STARTER_FORMAT, FoodRecord
from livewell.foods.writer import write_batch

STARTER_FILE = Path(__file__).resolve().parent / "data" / "sr_legacy.jsonl.gz"
BATCH = 2000


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def header(path: Path = STARTER_FILE) -> dict[str, Any]:
    first = next(_lines(path))
    if first.get("format") != STARTER_FORMAT:
        raise ValueError(f"{path} is not a livewell starter food file ({STARTER_FORMAT}).")
    return first


def is_loaded(path: Path = STARTER_FILE) -> bool:
    expected = int(header(path)["count"])
    return Food.objects.filter(data_type=DataType.SR_LEGACY, owner__isnull=True).count() >= expected


def load(out: Callable[[str], None], path: Path = STARTER_FILE) -> None:
    if is_loaded(path):
        out("  Foods: the USDA SR Legacy set is already loaded.")
        return
    lines = _lines(path)
    next(lines)  # the header
    total = added = 0
    batch: list[FoodRecord] = []
    for data in lines:
        batch.append(FoodRecord.from_json(data))
        if len(batch) >= BATCH:
            result = write_batch(batch)
            total, added, batch = total + len(batch), added + result.added, []
    if batch:
        result = write_batch(batch)
        total, added = total + len(batch), added + result.added
    out(f"  Foods: loaded {total:,} USDA SR Legacy foods ({added:,} new).")
