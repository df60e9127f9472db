"""One error shape for the whole API: ``{"detail": str, "field": str | null}``."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError


class ApiError(Exception):
    """Raise from an endpoint to answer with a 4xx and a clear message."""

    def __init__(self, status: int, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.field = field


def _field_of(error: dict[str, Any]) -> str | None:
    # ninja locations look like ["body", "payload", "height_cm"] or ["query", "q"].
    parts = [str(p) for p in error.get("loc", []) if p not in ("body", "query", "path", "payload", "form")]
    return ".".join(parts) or None


def install_error_handlers(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def on_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = [{"field": _field_of(e), "message": str(e.get("msg", "invalid value"))} for e in exc.errors]
        first = errors[0] if errors else {"field": None, "message": "invalid input"}
        detail = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
        return api.create_response(request, {"detail": detail, "field": first["field"], "errors": errors}, status=422)

    @api.exception_handler(ApiError)
    def on_api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return api.create_response(request, {"detail": exc.detail, "field": exc.field}, status=exc.status)

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return api.create_response(request, {"detail": "Not found.", "field": None}, status=404)

    @api.exception_handler(AuthenticationError)
    def on_auth(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return api.create_response(request, {"detail": "Authentication required.", "field": None}, status=401)

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return api.create_response(request, {"detail": str(exc), "field": None}, status=exc.status_code)
