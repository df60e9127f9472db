"""Site-wide protections: CSP, secure cookies behind HTTPS, CSRF, reset rate limit, CMS upload checks.

The sign-up rate limit and the login lock-out are tested in tests/accounts; not repeated here.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from livewell.diary.models import DiaryEntry
from livewell.diary.services.activity import weight_log
from tests.factories import make_member

ROOT = Path(__file__).resolve().parents[2]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"\sstyle=\"", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\son(click|load|submit|change)=", re.IGNORECASE)


@pytest.mark.django_db
def test_pages_send_a_strict_content_security_policy_and_need_no_inline_code(client: Client) -> None:
    member = make_member()
    client.force_login(member)
    for url in ("/", "/accounts/profile/", f"/tracker/{timezone.localdate():%Y-%m-%d}/", "/goals/"):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = response["Content-Security-Policy"]
        assert "script-src 'self';" in policy, url
        assert "style-src 'self';" in policy, url
        assert "unsafe-inline" not in policy, url
        assert "frame-ancestors 'none'" in policy, url
        html = response.content.decode()
        # The browser would refuse these under the policy, so the page would silently break.
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_STYLE.search(html), url
        assert not INLINE_HANDLER.search(html), url


def _settings_with(env: dict[str, str], tmp_path: Path) -> dict[str, Any]:
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({k: getattr(s, k) for k in "
        "['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SECURE_SSL_REDIRECT', "
        "'SECURE_HSTS_SECONDS', 'SECURE_PROXY_SSL_HEADER']}))"
    )
    full_env = {
        "PATH": os.environ.get("PATH", ""),
        "LIVEWELL_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "livewell.settings",
        "SECRET_KEY": "test-only-" + "k" * 50,
        "ALLOWED_HOSTS": "health.example.org",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_cookies_are_https_only_when_the_site_runs_on_https(tmp_path: Path) -> None:
    https = _settings_with({"SECURE_HTTPS": "true"}, tmp_path)
    assert https["SESSION_COOKIE_SECURE"] is True
    assert https["CSRF_COOKIE_SECURE"] is True
    assert https["SESSION_COOKIE_HTTPONLY"] is True
    assert https["SECURE_SSL_REDIRECT"] is True
    assert https["SECURE_HSTS_SECONDS"] >= 31536000
    plain = _settings_with({"SECURE_HTTPS": "false"}, tmp_path)
    # Secure cookies over plain HTTP would log every member out of a local install.
    assert plain["SESSION_COOKIE_SECURE"] is False
    assert plain["CSRF_COOKIE_SECURE"] is False


@pytest.mark.django_db
def test_a_form_post_without_the_csrf_token_is_refused_and_saves_nothing() -> None:
    member = make_member()
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    day = f"/tracker/{timezone.localdate():%Y-%m-%d}/"
    form = {"quick-meal": "lunch", "quick-kcal": "500"}
    forged = client.post(day + "quick-add/", form)
    assert forged.status_code == 403
    assert not DiaryEntry.objects.filter(user=member).exists()

    client.get(day)  # the page sets the CSRF cookie, as a browser would get it
    token = client.cookies["csrftoken"].value
    genuine = client.post(day + "quick-add/", {**form, "csrfmiddlewaretoken": token})
    assert genuine.status_code in {200, 302}
    assert DiaryEntry.objects.filter(user=member, kcal=500).count() == 1


@pytest.mark.django_db
def test_the_api_with_a_browser_session_needs_the_csrf_header() -> None:
    member = make_member()
    weight = weight_log(user=member, day=timezone.localdate(), value=170, unit="lb")
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    body = json.dumps({"weight": 150, "unit": "lb"})
    forged = client.patch(f"/api/v1/weight/{weight.pk}", body, content_type="application/json")
    assert forged.status_code in {401, 403}
    weight.refresh_from_db()
    assert round(weight.weight_kg / 0.45359237) == 170


@pytest.mark.django_db
def test_password_reset_requests_are_rate_limited(client: Client, settings: Any) -> None:
    cache.clear()
    settings.RATE_LIMIT_PASSWORD_RESET_PER_HOUR = 2
    member = make_member()
    for _ in range(2):
        assert client.post("/accounts/password-reset/", {"email": member.email}).status_code == 302
    refused = client.post("/accounts/password-reset/", {"email": member.email})
    assert refused.status_code == 429
    assert "Too many reset requests" in refused.content.decode()
    from django.core import mail

    assert len(mail.outbox) == 2  # the refused request sent no mail
    cache.clear()


def _png(padding: int = 0) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "white").save(buffer, format="PNG")
    return buffer.getvalue() + b"\0" * padding


def _image_form(upload: SimpleUploadedFile) -> Any:
    form_class = get_image_form(get_image_model())
    return form_class(data={"title": "Spine diagram"}, files={"file": upload})


@pytest.mark.django_db
def test_cms_image_uploads_accept_a_real_image(settings: Any) -> None:
    form = _image_form(SimpleUploadedFile("spine.png", _png(), content_type="image/png"))
    assert form.is_valid(), form.errors


@pytest.mark.django_db
def test_cms_image_uploads_refuse_a_file_that_is_not_an_image() -> None:
    script = SimpleUploadedFile("spine.png", b"#!/bin/sh\nrm -rf /\n", content_type="image/png")
    form = _image_form(script)
    assert not form.is_valid()
    assert "file" in form.errors


@pytest.mark.django_db
def test_cms_image_uploads_refuse_a_file_over_the_size_limit(settings: Any) -> None:
    from django.conf import settings as live

    assert live.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    big = SimpleUploadedFile("huge.png", _png(padding=live.WAGTAILIMAGES_MAX_UPLOAD_SIZE), content_type="image/png")
    form = _image_form(big)
    assert not form.is_valid()
    assert "too big" in str(form.errors["file"]).lower()
