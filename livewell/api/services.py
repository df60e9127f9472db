"""Writes for API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.db import transaction

from livewell.accounts.models import User
from livewell.api.models import ApiToken

TOKEN_PREFIX = "lw_"  # noqa: S105 -- a visible prefix, not a secret


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@transaction.atomic
def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Create a token and return it with its plain text, which is never stored."""
    name = name.strip()
    if not name:
        raise ValueError("Give the token a name so you can recognise it later.")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name[:80], digest=token_digest(raw), prefix=raw[:8])
    return token, raw


@transaction.atomic
def api_token_revoke(*, user: User, token_id: int) -> bool:
    deleted, _ = ApiToken.objects.filter(user=user, pk=token_id).delete()
    return deleted > 0
