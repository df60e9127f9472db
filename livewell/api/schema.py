"""The API's OpenAPI document, with the error responses every operation can give.

Every endpoint can answer 400 (unparsable body), 401 (not signed in), 404 (no such object,
or another member's), 422 (invalid input) and 429 (rate limit), all as
``{"detail": str, "field": str | null}``.  Declaring them once here keeps the schema honest
for clients and for the Schemathesis run in CI without repeating them on each route.
"""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI
from ninja.openapi.schema import OpenAPISchema

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "properties": {
        "detail": {"type": "string", "description": "What went wrong, in words a person can act on."},
        "field": {
            "anyOf": [{"type": "string"}, {"type": "null"}],
            "description": "The input field at fault, if one is.",
        },
        "errors": {
            "type": "array",
            "description": "With 422: every invalid field.",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "message": {"type": "string"},
                },
            },
        },
    },
    "required": ["detail"],
}

STANDARD_ERRORS = {
    "400": "The request body could not be read.",
    "401": "Authentication required.",
    "403": "Not allowed.",
    "404": "Not found (or not yours).",
    "405": "Method not allowed.",
    "422": "Invalid input; `field` names the first invalid field.",
    "429": "Too many requests.",
}

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


class LivewellAPI(NinjaAPI):
    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        components = schema.setdefault("components", {})
        components.setdefault("schemas", {})["Error"] = ERROR_SCHEMA
        error_ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for operations in schema.get("paths", {}).values():
            for method, operation in operations.items():
                if method not in HTTP_METHODS:
                    continue
                # Ninja keys its own responses by int; one key per status (as strings, like JSON).
                responses = {str(code): value for code, value in operation.get("responses", {}).items()}
                for status, description in STANDARD_ERRORS.items():
                    responses.setdefault(status, {"description": description, "content": error_ref})
                operation["responses"] = responses
        return schema
