"""kill -9 during a member's MyFitnessPal import; the rerun completes with no duplicates and nothing lost."""

from __future__ import annotations

import io
import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from livewell.diary.models import DiaryEntry
from tests.factories import make_member
from tests.scratch import ROOT, manage, scratch_site, shell

EMAIL = "importer@example.org"
HEADER = (
    "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,"
    "Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note"
)
MEALS = ["Breakfast", "Lunch", "Dinner", "Snacks"]


def _mfp_nutrition_file(path: Path, days: int) -> Counter[tuple[str, str, float]]:
    """Years of MyFitnessPal "Nutrition summary" rows; returns (date, meal, kcal) of each row.

    Some days repeat a meal row exactly (MFP writes one row per meal *and* note), so the
    import has to count identical rows rather than collapse them.
    """
    rng = random.Random(10)
    expected: Counter[tuple[str, str, float]] = Counter()
    lines = [HEADER]
    start = date(2019, 1, 1)
    for offset in range(days):
        day = (start + timedelta(days=offset)).isoformat()
        meals = [*MEALS, "Snacks"] if offset % 7 == 0 else MEALS
        for meal in meals:
            kcal = round(rng.uniform(80, 900), 1) if not (offset % 7 == 0 and meal == "Snacks") else 150.0
            fat, carbs, protein = round(kcal * 0.035, 1), round(kcal * 0.12, 1), round(kcal * 0.05, 1)
            lines.append(
                f"{day},{meal},{kcal},{fat},{fat / 3:.1f},1.1,2.2,0.0,{rng.randint(0, 300)},{rng.randint(50, 1500)},"
                f"{rng.randint(100, 1200)},{carbs},{carbs / 10:.1f},{carbs / 4:.1f},{protein},10,12,8,9,"
            )
            expected[(day, "snacks" if meal == "Snacks" else meal.lower(), kcal)] += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


STATE = """
import json
from collections import Counter
from livewell.diary.models import DiaryEntry
rows = DiaryEntry.objects.filter(user__email="{email}")
keys = list(rows.values_list("import_key", flat=True))
print(json.dumps({{
    "rows": [[d.isoformat(), m, k] for d, m, k in rows.values_list("day", "meal", "kcal")],
    "duplicate_keys": sum(n - 1 for n in Counter(keys).values() if n > 1),
}}))
"""


def _state(env: dict[str, str]) -> tuple[Counter[tuple[str, str, float]], int]:
    found = json.loads(shell(env, STATE.format(email=EMAIL)).splitlines()[-1])
    return Counter((d, m, float(k)) for d, m, k in found["rows"]), int(found["duplicate_keys"])


@pytest.mark.slow
def test_a_member_import_killed_midway_is_completed_by_a_rerun_without_duplicates(tmp_path: Path) -> None:
    export = tmp_path / "mfp-nutrition.csv"
    expected = _mfp_nutrition_file(export, days=1000)  # nearly three years: 4,143 rows
    total = sum(expected.values())
    with scratch_site(tmp_path) as env:
        shell(
            env,
            "from livewell.accounts.models import User; "
            f"User.objects.create_user('{EMAIL}', 'a-long-enough-password-1')",
        )
        command = [sys.executable, "manage.py", "import_diary", "--user", EMAIL, "--format", "mfp_nutrition"]
        first = subprocess.Popen(
            [*command, "--batch", "250", str(export)],
            cwd=ROOT,
            env={**env, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert first.stdout is not None
        deadline = time.monotonic() + 120
        saved_lines = 0
        for line in first.stdout:
            if line.startswith("Saved "):
                saved_lines += 1
                if saved_lines == 3:
                    first.send_signal(signal.SIGKILL)
                    break
            assert time.monotonic() < deadline, "the import made no progress"
        first.wait(timeout=30)
        assert first.returncode == -signal.SIGKILL, "the import ended before it could be killed"

        after_kill, duplicates = _state(env)
        assert duplicates == 0
        assert 0 < sum(after_kill.values()) < total, "the kill should leave a partly imported diary"
        assert not after_kill - expected, "every row saved before the kill is a row of the file"

        rerun = manage(env, "import_diary", "--user", EMAIL, "--format", "mfp_nutrition", str(export))
        already = sum(after_kill.values())
        assert f"Imported {total - already} food" in rerun.stdout
        assert f"{already} already imported; 0 problems" in rerun.stdout

        final, duplicates = _state(env)
        assert duplicates == 0
        assert final == expected  # every row once: nothing lost, nothing twice

        again = manage(env, "import_diary", "--user", EMAIL, "--format", "mfp_nutrition", str(export))
        assert f"Imported 0 food, 0 exercise and 0 weight rows; {total} already imported" in again.stdout
        assert _state(env)[0] == expected


SAMPLE = ROOT / "tests" / "diary" / "data" / "mfp_nutrition_summary.csv"


@pytest.mark.django_db
def test_the_import_command_refuses_an_unknown_member() -> None:
    with pytest.raises(CommandError, match=r"No member with the e-mail address nobody@example\.org"):
        call_command("import_diary", "--user", "nobody@example.org", "--format", "mfp_nutrition", str(SAMPLE))


@pytest.mark.django_db
def test_the_import_command_imports_once_and_reports_what_it_did() -> None:
    member = make_member()
    rows = len(SAMPLE.read_text(encoding="utf-8").strip().splitlines()) - 1
    out = io.StringIO()
    call_command("import_diary", "--user", member.email.upper(), "--format", "mfp_nutrition", str(SAMPLE), stdout=out)
    assert f"Imported {rows} food, 0 exercise and 0 weight rows; 0 already imported" in out.getvalue()
    out = io.StringIO()
    call_command("import_diary", "--user", member.email, "--format", "mfp_nutrition", str(SAMPLE), stdout=out)
    assert f"Imported 0 food, 0 exercise and 0 weight rows; {rows} already imported" in out.getvalue()
    assert DiaryEntry.objects.filter(user=member).count() == rows
