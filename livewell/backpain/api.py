"""HTTP API for back pain tools (mounted under /api/v1/ by livewell.api).

- ``POST /backpain/guide`` (public): the treatment guide; the same JSON in and out as
  ``manage.py backpain_guide``; bad input is a 422 naming the field.
- ``/meds`` (members): the medicine list, and ``GET /meds/alerts`` for its safety alerts.
- ``/pain`` (members): the pain journal.  Another member's id is a 404.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from livewell.accounts.models import User
from livewell.api.auth import member_auth
from livewell.api.errors import ApiError
from livewell.api.pagination import Page, PageQuery, paginate
from livewell.api.schemas import ErrorOut
from livewell.backpain import selectors, services
from livewell.backpain.domain.engine import evaluate
from livewell.backpain.domain.inputs import GuideInputError, parse_guide_input
from livewell.backpain.models import Medicine, PainEntry

router = Router(tags=["backpain"])

GUIDE_EXAMPLE = {
    "age": 72,
    "sex": "female",
    "duration": "acute",
    "pain": 8,
    "known_op": True,
    "sudden_onset": True,
    "red_flags": [],
    "medicines": ["warfarin", {"name": "oxycodone", "daily_dose": 20}],
    "considering": ["ibuprofen"],
    "crcl": 80,
}


def _member(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # member_auth guarantees a signed-in member
    return user


@router.post(
    "/backpain/guide",
    auth=None,
    response={200: dict[str, Any], 422: ErrorOut},
    summary="Back-pain treatment guide",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}, "example": GUIDE_EXAMPLE}},
        }
    },
)
def guide(request: HttpRequest) -> dict[str, Any]:
    """Red flags first, then options with strength of evidence and sources, items to discuss, and medicine alerts.

    Fields: age (18-120), sex, duration (acute/subacute/chronic), pain (0-10), red_flags (symptom codes),
    yes/no answers such as known_op, prior_fx, sudden_onset, gi_bleed_hx, fall_risk, and medicines / considering
    (names, or objects with name, daily_dose, days_on, months_since_last_dose).
    """
    try:
        data = json.loads(request.body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ApiError(422, "The body must be a JSON object.", field="input") from error
    try:
        return evaluate(parse_guide_input(data)).as_dict()
    except GuideInputError as error:
        raise ApiError(422, f"{error.field}: {error.message}", field=error.field) from error


class MedicineIn(Schema):
    name: str = Field(..., max_length=100, examples=["ibuprofen"])
    daily_dose: Decimal | None = Field(None, ge=0, description="mg a day (µg/h for fentanyl patches)")
    started_on: date | None = None
    last_dose_on: date | None = None


class MedicineOut(Schema):
    id: int
    name: str
    generic: str
    recognised: bool
    daily_dose: float | None
    started_on: date | None
    last_dose_on: date | None

    @staticmethod
    def of(medicine: Medicine) -> MedicineOut:
        return MedicineOut(
            id=medicine.pk,
            name=medicine.name,
            generic=medicine.generic,
            recognised=medicine.recognised,
            daily_dose=None if medicine.daily_dose is None else float(medicine.daily_dose),
            started_on=medicine.started_on,
            last_dose_on=medicine.last_dose_on,
        )


class AlertOut(Schema):
    id: str
    severity: str
    title: str
    message: str
    medicines: list[str]
    sources: list[str]
    unverified: bool


def _medicine(user: User, medicine_id: int) -> Medicine:
    medicine = selectors.medicine_of(user=user, medicine_id=medicine_id)
    if medicine is None:
        raise ApiError(404, "No such medicine in your list.")
    return medicine


def _service_error(error: services.BackpainError) -> ApiError:
    return ApiError(422, error.message, field=error.field)


@router.get("/meds", auth=member_auth, response={200: Page[MedicineOut], 422: ErrorOut}, summary="Your medicines")
def meds_list(request: HttpRequest, page: Query[PageQuery]) -> Page[MedicineOut]:
    return paginate(selectors.medicines_of(user=_member(request)), page, MedicineOut.of)


@router.post("/meds", auth=member_auth, response={201: MedicineOut, 422: ErrorOut}, summary="Add a medicine")
def meds_create(request: HttpRequest, payload: MedicineIn) -> Status[MedicineOut]:
    try:
        medicine = services.medicine_create(user=_member(request), **payload.dict())
    except services.BackpainError as error:
        raise _service_error(error) from error
    return Status(201, MedicineOut.of(medicine))


@router.get("/meds/alerts", auth=member_auth, response=list[AlertOut], summary="Safety alerts for your medicines")
def meds_alerts(request: HttpRequest) -> list[dict[str, object]]:
    return [alert.as_dict() for alert in selectors.medication_alerts(user=_member(request))]


@router.get("/meds/{medicine_id}", auth=member_auth, response={200: MedicineOut, 404: ErrorOut})
def meds_get(request: HttpRequest, medicine_id: int) -> MedicineOut:
    return MedicineOut.of(_medicine(_member(request), medicine_id))


@router.put("/meds/{medicine_id}", auth=member_auth, response={200: MedicineOut, 404: ErrorOut, 422: ErrorOut})
def meds_update(request: HttpRequest, medicine_id: int, payload: MedicineIn) -> MedicineOut:
    medicine = _medicine(_member(request), medicine_id)
    try:
        return MedicineOut.of(services.medicine_update(medicine=medicine, **payload.dict()))
    except services.BackpainError as error:
        raise _service_error(error) from error


@router.delete("/meds/{medicine_id}", auth=member_auth, response={204: None, 404: ErrorOut})
def meds_delete(request: HttpRequest, medicine_id: int) -> HttpResponse:
    services.medicine_delete(medicine=_medicine(_member(request), medicine_id))
    return HttpResponse(status=204)


class PainIn(Schema):
    pain: int = Field(..., ge=0, le=10)
    recorded_at: datetime | None = Field(None, description="Defaults to now; a time without zone is site-local.")
    locations: list[str] = Field(default_factory=list, examples=[["lower_back"]])
    activity: str = Field("", max_length=200)
    helped: str = Field("", max_length=200)
    notes: str = Field("", max_length=2000)


class PainOut(Schema):
    id: int
    recorded_at: datetime
    pain: int
    locations: list[str]
    activity: str
    helped: str
    notes: str

    @staticmethod
    def of(entry: PainEntry) -> PainOut:
        return PainOut(
            id=entry.pk,
            recorded_at=entry.recorded_at,
            pain=entry.pain,
            locations=list(entry.locations),
            activity=entry.activity,
            helped=entry.helped,
            notes=entry.notes,
        )


class PainRange(Schema):
    start: date | None = None
    end: date | None = None


def _entry(user: User, entry_id: int) -> PainEntry:
    entry = selectors.pain_entry_of(user=user, entry_id=entry_id)
    if entry is None:
        raise ApiError(404, "No such pain entry in your journal.")
    return entry


@router.get("/pain", auth=member_auth, response={200: Page[PainOut], 422: ErrorOut}, summary="Your pain journal")
def pain_list(request: HttpRequest, span: Query[PainRange], page: Query[PageQuery]) -> Page[PainOut]:
    if (span.start is None) != (span.end is None):
        raise ApiError(422, "Give both start and end, or neither.", field="end" if span.end is None else "start")
    if span.start and span.end and span.start > span.end:
        raise ApiError(422, "The end date is before the start date.", field="end")
    entries = selectors.pain_entries(user=_member(request), start=span.start, end=span.end)
    return paginate(entries, page, PainOut.of)


@router.post("/pain", auth=member_auth, response={201: PainOut, 422: ErrorOut}, summary="Log pain")
def pain_create(request: HttpRequest, payload: PainIn) -> Status[PainOut]:
    try:
        entry = services.pain_entry_create(user=_member(request), **payload.dict())
    except services.BackpainError as error:
        raise _service_error(error) from error
    return Status(201, PainOut.of(entry))


@router.get("/pain/{entry_id}", auth=member_auth, response={200: PainOut, 404: ErrorOut})
def pain_get(request: HttpRequest, entry_id: int) -> PainOut:
    return PainOut.of(_entry(_member(request), entry_id))


@router.put("/pain/{entry_id}", auth=member_auth, response={200: PainOut, 404: ErrorOut, 422: ErrorOut})
def pain_update(request: HttpRequest, entry_id: int, payload: PainIn) -> PainOut:
    entry = _entry(_member(request), entry_id)
    data = payload.dict()
    data["recorded_at"] = data["recorded_at"] or entry.recorded_at
    try:
        return PainOut.of(services.pain_entry_update(entry=entry, **data))
    except services.BackpainError as error:
        raise _service_error(error) from error


@router.delete("/pain/{entry_id}", auth=member_auth, response={204: None, 404: ErrorOut})
def pain_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    services.pain_entry_delete(entry=_entry(_member(request), entry_id))
    return HttpResponse(status=204)
