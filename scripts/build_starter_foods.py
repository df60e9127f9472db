"""Build livewell/foods/data/sr_legacy.jsonl.gz, the starter food set, from the USDA SR Legacy CSV files.

    .venv/bin/python -m scripts.build_starter_foods [--source ../shared/data/fdc/sr_legacy]

It runs the real importer's reading code (``livewell.foods.importer``) and
writes each finished food as one JSON line instead of a database row.  The
first line is a header with the format, the food count and USDA's citation.
Output is sorted by fdc_id so a rebuild of the same release gives the same file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "fdc" / "sr_legacy"
OUTPUT = ROOT / "livewell" / "foods" / "data" / "sr_legacy.jsonl.gz"
CITATION = (
    "U.S. Department of Agriculture, Agricultural Research Service. FoodData Central, 2019. fdc.nal.usda.gov "
    "(SR Legacy, April 2018). Nutrient values from USDA National Nutrient Database for Standard Reference, "
    "Release 28 (slightly revised May 2016)."
)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "livewell.settings")
    import django

    django.setup()
    from livewell.foods.importer import import_fdc
    from livewell.foods.records import STARTER_FORMAT, FoodRecord
    from livewell.foods.writer import BatchResult

    records: list[FoodRecord] = []

    def collect(batch: list[FoodRecord]) -> BatchResult:
        records.extend(FoodRecord(**{f: getattr(r, f) for f in r.__slots__}) for r in batch)
        return BatchResult(added=len(batch), portions=sum(len(r.portions) for r in batch))

    summary = import_fdc(args.source, dataset="sr_legacy", progress=sys.stderr.isatty(), sink=collect)
    records.sort(key=lambda r: r.fdc_id)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    header = {"format": STARTER_FORMAT, "dataset": "sr_legacy", "count": len(records), "citation": CITATION}
    # mtime=0 keeps the gzip bytes identical between rebuilds.
    with args.output.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write((json.dumps(header, separators=(",", ":")) + "\n").encode())
        for record in records:
            out.write((json.dumps(record.to_json(), separators=(",", ":"), ensure_ascii=False) + "\n").encode())
    size = args.output.stat().st_size
    print(f"Wrote {len(records):,} foods ({summary.portions:,} portions) to {args.output} ({size / 1e6:.2f} MB).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
