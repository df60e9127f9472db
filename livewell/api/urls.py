"""The one versioned API, /api/v1/.  Each app contributes a router from its api.py."""

from __future__ import annotations

from livewell.accounts.api import router as accounts_router
from livewell.api.errors import install_error_handlers
from livewell.api.schema import LivewellAPI
from livewell.backpain.api import router as backpain_router
from livewell.content.api import router as content_router
from livewell.diary.api import router as diary_router
from livewell.foods.api import router as foods_router
from livewell.goals.api import router as goals_router
from livewell.members.api import router as members_router

api = LivewellAPI(
    title="livewell API",
    version="1",
    urls_namespace="api",
    description=(
        "Personal health tracker API. Authenticate with a personal token "
        "(`Authorization: Bearer lw_…`, created on your profile page) or a browser session. "
        'Errors are JSON: `{"detail": message, "field": name or null}`. '
        "Lists come a page at a time: `?limit=` (1 to 500, default 100) and `?offset=`; the answer is "
        '`{"items": [...], "count": total, "limit", "offset", "next_offset": next page or null}`.'
    ),
)
install_error_handlers(api)

api.add_router("/", accounts_router)
api.add_router("/energy", goals_router)
api.add_router("/foods", foods_router)
api.add_router("/", diary_router)
api.add_router("/", backpain_router)
api.add_router("/content", content_router)
api.add_router("/", members_router)
