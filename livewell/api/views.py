"""Members manage their personal API tokens on a page next to their profile."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from livewell.accounts.models import User
from livewell.api.models import ApiToken
from livewell.api.services import api_token_create, api_token_revoke


def _member(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # guaranteed by @login_required
    return request.user


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    user = _member(request)
    new_token: str | None = None
    error: str | None = None
    if request.method == "POST":
        try:
            _, new_token = api_token_create(user=user, name=request.POST.get("name", ""))
        except ValueError as exc:
            error = str(exc)
    context = {
        "tokens": ApiToken.objects.filter(user=user),
        "new_token": new_token,
        "error": error,
    }
    return render(request, "api/tokens.html", context, status=400 if error else 200)


@login_required
@require_POST
def revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    # Another member's token answers like a token that never existed: 404, as everywhere else.
    if not api_token_revoke(user=_member(request), token_id=token_id):
        raise Http404("That token does not exist.")
    messages.success(request, "The token is revoked; programs using it can no longer sign in.")
    return redirect("api_tokens:list")


def api_not_found(request: HttpRequest, rest: str) -> JsonResponse:
    """Unknown /api/v1/ addresses answer in JSON, like every other API error."""
    return JsonResponse({"detail": "Not found.", "field": None}, status=404)
