"""Test overlay on ``livewell.settings``: the same settings, with three changes.

- static files served without a manifest, so tests need no collectstatic;
- a fast password hasher (argon2 stays the production default and a test checks it);
- e-mail captured in memory.
"""

from __future__ import annotations

from livewell.settings import *  # noqa: F403 -- an overlay re-exports every setting

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
