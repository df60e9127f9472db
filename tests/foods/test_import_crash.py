"""kill -9 in the middle of a real SR Legacy import, then a rerun: complete, nothing twice, nothing half-written."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SR_LEGACY = ROOT.parent / "shared" / "data" / "fdc" / "sr_legacy"


def _manage(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


def _food_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM foods_food").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_an_import_killed_midway_is_finished_by_a_rerun(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{db}",
        "LIVEWELL_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "livewell.settings",
    }
    migrate = _manage(env, "migrate", "foods", "--noinput")  # foods and what it depends on
    assert migrate.wait(timeout=300) == 0, migrate.stdout.read() if migrate.stdout else ""

    args = ("import_fdc", str(SR_LEGACY), "--dataset", "sr_legacy", "--batch-size", "100", "--no-progress")
    first = _manage(env, *args)
    deadline = time.monotonic() + 120
    while _food_count(db) < 300 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL, "the import ended before it could be killed"

    expected_portions: Counter[int] = Counter()
    with (SR_LEGACY / "food_portion.csv").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            expected_portions[int(row["fdc_id"])] += 1

    with sqlite3.connect(db) as conn:
        seen = conn.execute(
            "SELECT f.fdc_id, COUNT(p.id) FROM foods_food f LEFT JOIN foods_portion p ON p.food_id = f.id GROUP BY f.id"
        ).fetchall()
    assert 0 < len(seen) < 7793
    # Every food already visible has all its portions: batches are all-or-nothing.
    assert all(count == expected_portions[fdc_id] for fdc_id, count in seen)

    rerun = _manage(env, *args)
    output = rerun.communicate(timeout=300)[0].decode()
    assert rerun.returncode == 0, output
    assert "Imported 7,793 foods" in output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT fdc_id) FROM foods_food").fetchone() == (7793, 7793)
        assert conn.execute("SELECT COUNT(*) FROM foods_portion").fetchone()[0] == sum(expected_portions.values())
        # The search index followed: one FTS row per food.
        assert conn.execute("SELECT COUNT(*) FROM foods_food_fts").fetchone()[0] == 7793
