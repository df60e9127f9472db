"""The production configuration passes Django's deployment checks; bad values stop start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args: str, env: dict[str, str], var_dir: Path) -> subprocess.CompletedProcess[str]:
    full_env = {
        "PATH": os.environ.get("PATH", ""),
        "LIVEWELL_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "livewell.settings",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, check=False
    )


PRODUCTION = {
    "SECRET_KEY": "x" * 20 + "-production-secret-key-with-enough-entropy-9f8e7d6c5b4a",
    "SECURE_HTTPS": "true",
    "ALLOWED_HOSTS": "health.example.org",
    "SITE_ROOT": "https://health.example.org",
}


def test_check_deploy_is_clean_with_production_env(tmp_path: Path) -> None:
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION, var_dir=tmp_path)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_secret_key_is_generated_once_into_var(tmp_path: Path) -> None:
    _manage("check", env={}, var_dir=tmp_path)
    key = (tmp_path / "secret_key").read_text()
    _manage("check", env={}, var_dir=tmp_path)
    assert (tmp_path / "secret_key").read_text() == key
    assert len(key) >= 50
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"


def test_malformed_setting_stops_start_up_with_its_name(tmp_path: Path) -> None:
    result = _manage("check", env={"DEBUG": "maybe"}, var_dir=tmp_path)
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr


def test_unsupported_database_is_reported_by_system_check(tmp_path: Path) -> None:
    result = _manage("check", env={"DATABASE_URL": "mysql://root@127.0.0.1/test"}, var_dir=tmp_path)
    assert result.returncode != 0
    assert "livewell.E001" in result.stderr or "mysql" in result.stderr.lower()
