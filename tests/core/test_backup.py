"""Backup and restore round trip on a real database file (SQLite) or database (PostgreSQL).

Runs `manage.py` in subprocesses against a scratch database, as an operator would.
"""

from __future__ import annotations

from pathlib import Path

from tests.scratch import manage as _run
from tests.scratch import shell as _shell

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
