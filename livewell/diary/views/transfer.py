"""Export (CSV, JSON) and import (preview, then confirm).  ``export_csv`` and
``export_json`` are single views so a Gold check can wrap them later."""

from __future__ import annotations

import json
import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from livewell.diary.domain.importers import FormatError
from livewell.diary.forms import ImportForm
from livewell.diary.services import transfer
from livewell.diary.services.transfer import ImportResult
from livewell.diary.views.common import member, today, uses_metric
from livewell.members.permissions import requires_feature

SESSION_KEY = "diary-import"
CSV_EXPORTS = {
    "diary": transfer.export_diary_csv,
    "exercise": transfer.export_exercise_csv,
    "weight": transfer.export_weight_csv,
}


@login_required
@require_GET
def transfer_page(request: HttpRequest) -> HttpResponse:
    form = ImportForm()
    return render(request, "diary/transfer.html", {"section": "transfer", "form": form, "exports": CSV_EXPORTS})


@login_required
@requires_feature("csv_export_all")
@require_GET
def export_csv(request: HttpRequest, what: str) -> HttpResponse:
    exporter = CSV_EXPORTS.get(what)
    if exporter is None:
        raise Http404("No such export.")
    response = HttpResponse(exporter(user=member(request)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="livewell-{what}-{timezone.localdate():%Y-%m-%d}.csv"'
    return response


@login_required
@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    document = transfer.export_json(user=member(request))
    response = HttpResponse(json.dumps(document, indent=1, ensure_ascii=False), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="livewell-{timezone.localdate():%Y-%m-%d}.json"'
    return response


def _run(request: HttpRequest, kind: str, text: str, *, dry_run: bool) -> ImportResult:
    user = member(request)
    if kind == "json":
        return transfer.import_json(user=user, text=text, dry_run=dry_run, today=today())
    parsed = transfer.parse_upload(kind=kind, text=text, weight_unit="kg" if uses_metric(user) else "lb")
    return transfer.import_rows(user=user, source=kind, parsed=parsed, dry_run=dry_run, today=today())


@login_required
@require_POST
def import_upload(request: HttpRequest) -> HttpResponse:
    """Step 1: read the file and show what would be imported, without saving anything."""
    form = ImportForm(request.POST, request.FILES)
    context: dict[str, object] = {"section": "transfer", "form": form, "exports": CSV_EXPORTS}
    if not form.is_valid():
        return render(request, "diary/transfer.html", context, status=400)
    raw = form.cleaned_data["file"].read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    kind = form.cleaned_data["source"]
    try:
        result = _run(request, kind, text, dry_run=True)
    except FormatError as error:
        form.add_error("file", str(error))
        return render(request, "diary/transfer.html", context, status=400)
    token = secrets.token_urlsafe(16)
    request.session[SESSION_KEY] = {"token": token, "kind": kind, "text": text}
    context.update(result=result, token=token, kind_label=dict(ImportForm.SOURCES)[kind])
    return render(request, "diary/import_preview.html", context)


@login_required
@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    """Step 2: import what the preview showed.  Running it twice adds nothing the second time."""
    pending = request.session.get(SESSION_KEY)
    if not pending or pending.get("token") != request.POST.get("token"):
        messages.error(request, "That import has expired. Please choose the file again.")
        return redirect("diary:transfer")
    try:
        result = _run(request, pending["kind"], pending["text"], dry_run=False)
    except FormatError as error:
        messages.error(request, str(error))
        return redirect("diary:transfer")
    del request.session[SESSION_KEY]
    skipped = f" {result.already_imported} were already imported and were skipped." if result.already_imported else ""
    bad = f" {len(result.problems)} row(s) had problems and were not imported." if result.problems else ""
    messages.success(request, f"Imported {result.new_total} row(s).{skipped}{bad}")
    return redirect("diary:transfer")
