"""Whole-site backup and restore: the database and the uploaded media, in one .tar.gz.

- SQLite: the online backup API copies a consistent snapshot while the app keeps running.
- PostgreSQL: ``pg_dump --format=custom`` (a consistent snapshot by MVCC) and ``pg_restore --clean``;
  the PostgreSQL client tools (Debian package ``postgresql-client``) must be installed.

The archive holds ``manifest.json`` (format version, engine, time, migration state), the database
file and ``media/``.  A restore checks the manifest first and changes nothing if the archive is
unusable.  Restoring replaces the current database and media: stop the app servers first.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, connections

FORMAT_VERSION = 1
SQLITE_MEMBER = "database.sqlite3"
PG_MEMBER = "database.pgdump"


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why."""


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    engine: str
    media_files: int
    size_bytes: int


def _engine() -> str:
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = connection.settings_dict
    args = ["--dbname", str(db["NAME"])]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return args, env


def _sqlite_path() -> str:
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return name


def _require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed; install the PostgreSQL client tools (postgresql-client).")
    return found


def _applied_migrations() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, MAX(name) FROM django_migrations GROUP BY app")
        return dict(cursor.fetchall())


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(data))


def backup_create(*, destination: Path) -> BackupSummary:
    engine = _engine()
    destination = destination.resolve()
    if destination.exists() and destination.is_dir():
        raise BackupError(f"{destination} is a folder; give a file name such as livewell-backup.tar.gz.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="livewell-backup-") as tmp:
        work = Path(tmp)
        if engine == "sqlite":
            db_file = work / SQLITE_MEMBER
            source = sqlite3.connect(_sqlite_path())
            target = sqlite3.connect(str(db_file))
            try:
                source.backup(target)  # consistent snapshot, safe while the app writes
            finally:
                target.close()
                source.close()
            db_member = SQLITE_MEMBER
        else:
            db_file = work / PG_MEMBER
            args, env = _pg_env()
            result = subprocess.run(  # noqa: S603 -- fixed argv from settings, no shell
                [_require_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(db_file), *args],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
            db_member = PG_MEMBER
        manifest: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "app": "livewell",
            "engine": engine,
            "created_at": datetime.now(UTC).isoformat(),
            "migrations": _applied_migrations(),
        }
        partial = destination.with_name(destination.name + ".partial")
        media_count = 0
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
            archive.add(db_file, arcname=db_member)
            if media_root.is_dir():
                for path in sorted(media_root.rglob("*")):
                    if path.is_file():
                        archive.add(path, arcname=f"media/{path.relative_to(media_root).as_posix()}")
                        media_count += 1
        partial.replace(destination)  # never leave a half-written archive under the real name
    return BackupSummary(destination, engine, media_count, destination.stat().st_size)


def _read_manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = archive.extractfile("manifest.json")
    except KeyError:
        raise BackupError("This file is not a livewell backup: it has no manifest.json.") from None
    if member is None:
        raise BackupError("This file is not a livewell backup: manifest.json is not a file.")
    try:
        manifest: dict[str, Any] = json.loads(member.read())
    except json.JSONDecodeError as exc:
        raise BackupError(f"The backup's manifest.json is damaged: {exc}") from exc
    if manifest.get("app") != "livewell" or manifest.get("format") != FORMAT_VERSION:
        raise BackupError("This file is not a livewell backup of a format this version can read.")
    return manifest


def backup_restore(*, source: Path) -> BackupSummary:
    engine = _engine()
    if not source.is_file():
        raise BackupError(f"No backup file at {source}.")
    try:
        archive = tarfile.open(source, "r:gz")  # noqa: SIM115 -- closed by the with-block below
    except (tarfile.TarError, OSError) as exc:
        raise BackupError(f"{source} is not a readable .tar.gz backup: {exc}") from exc
    with archive, tempfile.TemporaryDirectory(prefix="livewell-restore-") as tmp:
        manifest = _read_manifest(archive)
        if manifest["engine"] != engine:
            raise BackupError(
                f"This backup is of a {manifest['engine']} database; this site uses {engine}. "
                "Restore it on a site with the same database engine."
            )
        work = Path(tmp)
        # filter="data" refuses absolute paths, links out of the folder and device files.
        archive.extractall(work, filter="data")
        db_member = work / (SQLITE_MEMBER if engine == "sqlite" else PG_MEMBER)
        if not db_member.is_file():
            raise BackupError("The backup has no database file.")
        connections.close_all()
        if engine == "sqlite":
            _restore_sqlite(db_member)
        else:
            _restore_postgres(db_member)
        media_count = _restore_media(work / "media")
    return BackupSummary(source, engine, media_count, source.stat().st_size)


def _restore_sqlite(snapshot: Path) -> None:
    source = sqlite3.connect(str(snapshot))
    try:
        if source.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise BackupError("The database in the backup is damaged (integrity check failed).")
        target = sqlite3.connect(_sqlite_path())
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _restore_postgres(dump: Path) -> None:
    args, env = _pg_env()
    result = subprocess.run(  # noqa: S603 -- fixed argv from settings, no shell
        [
            _require_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            *args,
            str(dump),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed; the database was left as it was: {result.stderr.strip()}")


def _restore_media(extracted: Path) -> int:
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    count = 0
    if extracted.is_dir():
        for path in extracted.rglob("*"):
            if path.is_file():
                target = media_root / path.relative_to(extracted)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
                count += 1
    return count
