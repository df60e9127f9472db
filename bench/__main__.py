"""Run the benchmarks in bench/ and write their figures into docs/benchmarks.md.

Each benchmark is a module ``bench/bench_<name>.py`` with ``run() -> str`` that
does its own set-up (temporary database, server on a free loopback port, ...),
measures, prints progress, and returns a Markdown section.  The section
replaces the one between ``<!-- bench:<name> -->`` markers in the report, so
benchmarks can be rerun one at a time:  ``python -m bench foods_search``.
"""

from __future__ import annotations

import importlib
import os
import platform
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks.md"
HEADER = (
    "# Benchmarks\n\n"
    "Figures from `make bench` (or `python -m bench NAME` for one benchmark). Each section says what it\n"
    "measured, on which machine, and when. Goals come from the issues; timings are never asserted in\n"
    "unit tests.\n"
)


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in (ROOT / "bench").glob("bench_*.py"))


def machine() -> str:
    cpus = os.cpu_count() or 0
    return f"{platform.system()} {platform.machine()}, {cpus} cores, Python {platform.python_version()}"


def replace_section(report: str, name: str, body: str) -> str:
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    stamped = f"{start}\n{body.strip()}\n\n_Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}._\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(report):
        return pattern.sub(lambda _m: stamped, report)
    return report.rstrip() + "\n\n" + stamped + "\n"


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "livewell.settings")
    for name in names:
        print(f"== bench {name} ==", flush=True)
        module = importlib.import_module(f"bench.bench_{name}")
        body: str = module.run()
        report = REPORT.read_text(encoding="utf-8") if REPORT.exists() else HEADER
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        REPORT.write_text(replace_section(report, name, body), encoding="utf-8")
        print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
