"""Property-based API testing: Schemathesis generates requests for every operation in the
OpenAPI schema and sends them to a live server, as a member with a personal token.

Checks: no response is a server error, and every response matches the schema (status code
documented, body conforming).

In the suite each operation gets 15 cases from a fixed seed, so CI is repeatable and a red run
means a change broke something.  ``make fuzz`` (``LIVEWELL_FUZZ_EXAMPLES=N``) explores with a
fresh random seed and N cases per operation, to find new failures; each one found becomes a
named regression test next to the endpoint it concerns.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi import checks as openapi_checks

from livewell.api.services import api_token_create
from livewell.api.urls import api
from tests.factories import make_member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def member_token() -> str:
    member = make_member(email="fuzz@example.org")
    _, raw = api_token_create(user=member, name="schemathesis")
    return raw


# The schema is read once at collection time (it needs no database); requests go to the live server.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1/"))


_DEEP_EXAMPLES = int(os.environ.get("LIVEWELL_FUZZ_EXAMPLES", "0"))


@schema.parametrize()
@settings(
    max_examples=_DEEP_EXAMPLES or 15,
    derandomize=not _DEEP_EXAMPLES,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_without_server_errors_and_matches_schema(
    case: Any, member_token: str, live_server: Any
) -> None:
    case.call_and_validate(
        base_url=live_server.url,
        headers={"Authorization": f"Bearer {member_token}"},
        checks=[
            schemathesis.checks.not_a_server_error,
            openapi_checks.status_code_conformance,
            openapi_checks.response_schema_conformance,
            openapi_checks.content_type_conformance,
        ],
    )
