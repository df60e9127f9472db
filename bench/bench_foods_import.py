"""Import of the full USDA SR Legacy CSV download (../shared/data/fdc/sr_legacy) into a fresh SQLite database.

Measures wall time of ``import_fdc`` (first run, then an idempotent rerun) and
the worker process's peak resident memory.
"""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

from bench.bench_foods_search import ROOT, run_worker

SR_LEGACY = ROOT.parent / "shared" / "data" / "fdc" / "sr_legacy"
GOAL_S = 15.0


def worker() -> None:
    from django.core.management import call_command

    from livewell.foods.importer import import_fdc

    call_command("migrate", "foods", verbosity=0)
    rss_before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    first = import_fdc(SR_LEGACY, dataset="sr_legacy", progress=False, report=lambda _t: None)
    first_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    second = import_fdc(SR_LEGACY, dataset="sr_legacy", progress=False, report=lambda _t: None)
    second_s = time.perf_counter() - t0
    result = {
        "foods": first.foods,
        "portions": first.portions,
        "first_s": first_s,
        "second_s": second_s,
        "second_added": second.added,
        "rss_before_mb": rss_before_kb / 1024,
        "rss_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    Path(os.environ["BENCH_OUTPUT"]).write_text(json.dumps(result), encoding="utf-8")


def run() -> str:
    r = run_worker("bench.bench_foods_import", "worker")
    verdict = "met" if r["first_s"] < GOAL_S else "NOT met"
    return "\n".join(
        [
            "## SR Legacy import (`import_fdc`, SQLite)",
            "",
            "| run | foods | portions | time | new rows |",
            "| --- | ---: | ---: | ---: | ---: |",
            f"| first import | {r['foods']:,} | {r['portions']:,} | {r['first_s']:.1f} s | {r['foods']:,} |",
            f"| rerun (idempotent) | {r['foods']:,} | {r['portions']:,} | {r['second_s']:.1f} s "
            f"| {r['second_added']} |",
            "",
            f"Goal < {GOAL_S:g} s: **{verdict}**. Peak RSS of the importing process: {r['rss_peak_mb']:.0f} MB "
            f"({r['rss_before_mb']:.0f} MB before the import: Django and the migrations).",
        ]
    )
