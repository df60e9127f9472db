"""HTTP API for diary (mounted under /api/v1/ by livewell.api)."""

from __future__ import annotations

from ninja import Router

router = Router(tags=["diary"])
