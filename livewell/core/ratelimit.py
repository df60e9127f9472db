"""A small fixed-window rate limit on the cache, for sign-up and password reset.

Login attempts are throttled by django-axes; this covers the forms that axes
does not watch.  With Redis as the cache the limit holds across app servers.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def hit(*, scope: str, key: str, limit: int, window_seconds: int = 3600) -> bool:
    """Count one attempt; return False once ``limit`` attempts fell in this window."""
    window = int(time.time()) // window_seconds
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    cache.add(cache_key, 0, timeout=window_seconds + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window_seconds + 5)
        count = 1
    return count <= limit
