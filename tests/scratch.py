"""A scratch livewell site for tests that drive `manage.py` and real servers in subprocesses.

The site has its own database (a SQLite file, or a new PostgreSQL database when the suite runs
on PostgreSQL), media folder and secret key; it is migrated once per test session.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")


def manage(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if check and result.returncode != 0:
        raise AssertionError(result.stdout + result.stderr)
    return result


def shell(env: dict[str, str], code: str) -> str:
    return manage(env, "shell", "--no-imports", "-c", code).stdout.strip()


@contextmanager
def scratch_site(folder: Path) -> Iterator[dict[str, str]]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "livewell.settings",
        "LIVEWELL_VAR_DIR": str(folder / "var"),
        "SECRET_KEY": "test-only-secret-key-for-scratch-sites-0123456789abcdef",
    }
    scratch_db = ""
    if ON_POSTGRES:
        admin_url = os.environ["DATABASE_URL"]
        scratch_db = f"lw_scratch_{uuid.uuid4().hex[:10]}"
        subprocess.run(["psql", admin_url, "-qc", f"CREATE DATABASE {scratch_db}"], check=True)
        env["DATABASE_URL"] = f"{admin_url.rsplit('/', 1)[0]}/{scratch_db}"
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        yield env
    finally:
        if scratch_db:
            subprocess.run(
                ["psql", os.environ["DATABASE_URL"], "-qc", f"DROP DATABASE IF EXISTS {scratch_db} WITH (FORCE)"],
                check=False,
            )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def app_server(env: dict[str, str], *, workers: int = 1) -> Iterator[str]:
    """A real gunicorn server for the scratch site on a free loopback port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "livewell.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:  # noqa: S310 -- loopback
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    errors = process.stderr.read() if process.stderr else b""
                    raise AssertionError(f"server did not start: {errors!r}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
