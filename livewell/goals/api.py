"""HTTP API for goals and energy (mounted under /api/v1/ by livewell.api)."""

from __future__ import annotations

from ninja import Router

router = Router(tags=["goals"])
