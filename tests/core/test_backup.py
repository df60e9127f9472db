"""Backup and restore round trip on a real database file (SQLite) or database (PostgreSQL).

Runs `manage.py` in subprocesses against a scratch database, as an operator would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Environment for a scratch site with its own database and media folder (migrated once)."""
    tmp_path = tmp_path_factory.mktemp("site")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "livewell.settings",
        "LIVEWELL_VAR_DIR": str(tmp_path / "var"),
        "SECRET_KEY": "test-only-secret-key-for-backup-round-trip-0123456789",
    }
    scratch_db = ""
    if ON_POSTGRES:
        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        scratch_db = f"lw_backup_{uuid.uuid4().hex[:10]}"
        subprocess.run(["psql", os.environ["DATABASE_URL"], "-c", f"CREATE DATABASE {scratch_db}"], check=True)
        env["DATABASE_URL"] = f"{base}/{scratch_db}"
    _run(env, "migrate", "--noinput", "-v0")
    yield env
    if scratch_db:
        subprocess.run(
            ["psql", os.environ["DATABASE_URL"], "-c", f"DROP DATABASE IF EXISTS {scratch_db} WITH (FORCE)"],
            check=False,
        )


def _run(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if check and result.returncode != 0:
        raise AssertionError(result.stdout + result.stderr)
    return result


def _shell(env: dict[str, str], code: str) -> str:
    return _run(env, "shell", "--no-imports", "-c", code).stdout.strip()


COUNT_MEMBERS = "from livewell.accounts.models import User; print(User.objects.count())"


def test_backup_and_restore_round_trip_keeps_everything(site: dict[str, str], tmp_path: Path) -> None:
    _shell(
        site,
        "from livewell.accounts.services import user_sign_up;"
        "u = user_sign_up(email='keep@example.org', password='a-long-unusual-passphrase');"
        "u.profile.height_cm = 170; u.profile.save()",
    )
    media = Path(site["LIVEWELL_VAR_DIR"]) / "media" / "avatars"
    media.mkdir(parents=True)
    (media / "me.png").write_bytes(b"\x89PNG fake image bytes")
    archive = tmp_path / "site.tar.gz"

    result = _run(site, "backup", str(archive))
    assert "Backed up" in result.stdout
    assert archive.stat().st_size > 0

    # Disaster: the member and the media disappear.
    _shell(site, "from livewell.accounts.models import User; User.objects.all().delete()")
    (media / "me.png").unlink()
    assert _shell(site, COUNT_MEMBERS) == "0"

    result = _run(site, "restore", str(archive), "--yes")
    assert "Restored" in result.stdout
    assert _shell(site, COUNT_MEMBERS) == "1"
    height = _shell(site, "from livewell.accounts.models import Profile; print(Profile.objects.get().height_cm)")
    assert height == "170.0"
    assert (media / "me.png").read_bytes() == b"\x89PNG fake image bytes"


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(site: dict[str, str], tmp_path: Path) -> None:
    _shell(site, "from livewell.accounts.services import user_sign_up; user_sign_up(email='a@b.org', password='x')")
    before = _shell(site, COUNT_MEMBERS)
    bogus = tmp_path / "notes.tar.gz"
    bogus.write_text("just some text")
    result = _run(site, "restore", str(bogus), "--yes", check=False)
    assert result.returncode != 0
    assert "not a readable .tar.gz backup" in result.stderr
    assert _shell(site, COUNT_MEMBERS) == before


def test_backup_refuses_a_folder_as_destination(site: dict[str, str], tmp_path: Path) -> None:
    result = _run(site, "backup", str(tmp_path), check=False)
    assert result.returncode != 0
    assert "is a folder" in result.stderr
