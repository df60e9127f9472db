"""HTTP API for the diary (mounted under /api/v1/ by livewell.api).

- ``GET /diary/{day}``: the day's entries, totals, exercise and remaining calories.
- ``/diary/entries``: create (from a food, or a quick add), read, change, delete food entries.
- ``/exercise`` and ``/weight``: create, list, read, change, delete.

Every endpoint needs a signed-in member; another member's id is a 404.
Refused input (negative or huge amounts, far-future dates, unknown foods) is a
422 with ``{"detail": message, "field": name}`` and nothing is saved.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from livewell.accounts.models import User
from livewell.api.auth import member_auth
from livewell.api.errors import ApiError
from livewell.api.pagination import Page, PageQuery, paginate
from livewell.api.schemas import ErrorOut
from livewell.diary.errors import DiaryError
from livewell.diary.models import DiaryEntry, ExerciseEntry, WeightEntry
from livewell.diary.selectors import day_summary
from livewell.diary.services import activity, entries
from livewell.diary.validation import check_day

router = Router(tags=["diary"])

MealName = Literal["breakfast", "lunch", "dinner", "snacks"]
MAX_LIST_DAYS = 366


def _member(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # member_auth guarantees a signed-in member
    return user


def _refused(error: DiaryError) -> ApiError:
    return ApiError(422, error.message, field=error.field)


class EntryOut(Schema):
    id: int
    date: date
    meal: str
    kind: str
    description: str
    amount: float
    portion: str
    grams: float | None
    food_id: int | None
    kcal: float
    nutrients: dict[str, float | None]

    @staticmethod
    def of(entry: DiaryEntry) -> EntryOut:
        return EntryOut(
            id=entry.pk,
            date=entry.day,
            meal=entry.meal,
            kind=entry.kind,
            description=entry.description,
            amount=entry.amount,
            portion=entry.portion_label,
            grams=entry.grams,
            food_id=entry.food_id,
            kcal=round(entry.kcal, 1),
            nutrients=entry.nutrients,
        )


class ExerciseOut(Schema):
    id: int
    date: date
    description: str
    compendium_code: str
    minutes: float
    met: float | None
    kcal: float = Field(..., description="Net kcal, counted in the day's budget.")
    gross_kcal: float

    @staticmethod
    def of(x: ExerciseEntry) -> ExerciseOut:
        return ExerciseOut(
            id=x.pk,
            date=x.day,
            description=x.description,
            compendium_code=x.activity_code,
            minutes=x.minutes,
            met=x.met,
            kcal=round(x.kcal, 1),
            gross_kcal=round(x.gross_kcal, 1),
        )


class WeightOut(Schema):
    id: int
    date: date
    weight_kg: float
    weight_lb: float

    @staticmethod
    def of(w: WeightEntry) -> WeightOut:
        return WeightOut(
            id=w.pk, date=w.day, weight_kg=round(w.weight_kg, 3), weight_lb=round(w.weight_kg / 0.45359237, 2)
        )


class DayOut(Schema):
    date: date
    entries: list[EntryOut]
    totals: dict[str, float | None]
    exercise: list[ExerciseOut]
    exercise_kcal: float
    goal_kcal: float | None = Field(..., description="None until the member has a goal plan.")
    remaining_kcal: float | None = Field(..., description="Goal - food + exercise.")
    streak_days: int


class FoodEntryIn(Schema):
    date: date
    meal: MealName
    food_id: int | None = Field(None, description="A food from /foods search; omit for a quick add.")
    amount: float | None = Field(None, description="How many of `portion` (for a food).")
    portion: str = Field("g", description='"g", "oz" or the id of one of the food\'s portions.')
    kcal: float | None = Field(None, description="Quick add: the calories (without food_id).")
    protein_g: float | None = None
    carbs_g: float | None = None
    fat_g: float | None = None
    description: str = Field("", max_length=255)


@router.post(
    "/diary/entries", auth=member_auth, response={201: EntryOut, 422: ErrorOut}, summary="Log food or quick add"
)
def entry_create(request: HttpRequest, payload: FoodEntryIn) -> Status[EntryOut]:
    user = _member(request)
    try:
        if payload.food_id is not None:
            if payload.amount is None:
                raise DiaryError("Give the amount.", field="amount")
            entry = entries.diary_entry_log_food(
                user=user,
                day=payload.date,
                meal=payload.meal,
                food_id=payload.food_id,
                amount=payload.amount,
                portion=payload.portion,
            )
        elif payload.kcal is not None:
            entry = entries.diary_entry_quick_add(
                user=user,
                day=payload.date,
                meal=payload.meal,
                kcal=payload.kcal,
                protein_g=payload.protein_g,
                carbs_g=payload.carbs_g,
                fat_g=payload.fat_g,
                description=payload.description,
            )
        else:
            raise DiaryError("Give food_id and amount, or kcal for a quick add.", field="food_id")
    except DiaryError as error:
        raise _refused(error) from error
    return Status(201, EntryOut.of(entry))


def _entry(request: HttpRequest, entry_id: int) -> DiaryEntry:
    try:
        return entries.entry_of(user=_member(request), entry_id=entry_id)
    except DiaryEntry.DoesNotExist:
        raise ApiError(404, "No such diary entry.") from None


@router.get("/diary/entries/{entry_id}", auth=member_auth, response={200: EntryOut, 404: ErrorOut})
def entry_get(request: HttpRequest, entry_id: int) -> EntryOut:
    return EntryOut.of(_entry(request, entry_id))


class EntryPatch(Schema):
    meal: MealName | None = None
    amount: float | None = None
    kcal: float | None = Field(None, description="Quick-add entries only.")


@router.patch("/diary/entries/{entry_id}", auth=member_auth, response={200: EntryOut, 404: ErrorOut, 422: ErrorOut})
def entry_update(request: HttpRequest, entry_id: int, payload: EntryPatch) -> EntryOut:
    entry = _entry(request, entry_id)
    try:
        updated = entries.diary_entry_update(
            user=_member(request), entry_id=entry.pk, meal=payload.meal, amount=payload.amount, kcal=payload.kcal
        )
    except DiaryError as error:
        raise _refused(error) from error
    return EntryOut.of(updated)


@router.delete("/diary/entries/{entry_id}", auth=member_auth, response={204: None, 404: ErrorOut})
def entry_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    entries.diary_entry_delete(user=_member(request), entry_id=_entry(request, entry_id).pk)
    return HttpResponse(status=204)


class RangeQuery(Schema):
    start: date | None = None
    end: date | None = None


def _range(query: RangeQuery) -> tuple[date, date]:
    end = query.end or timezone.localdate()
    start = query.start or end.replace(day=1)
    if start > end:
        raise ApiError(422, "start must be on or before end.", field="start")
    if (end - start).days > MAX_LIST_DAYS:
        raise ApiError(422, f"Ask for at most {MAX_LIST_DAYS} days at a time.", field="start")
    return start, end


class ExerciseIn(Schema):
    date: date
    minutes: float
    compendium_code: str | None = Field(None, description="A 2011 Compendium code from the exercise page.")
    description: str = Field("", max_length=200, description="For a custom entry (without a code).")
    kcal: float | None = Field(None, description="For a custom entry: calories burned.")


@router.get("/exercise", auth=member_auth, response={200: Page[ExerciseOut], 422: ErrorOut}, summary="Your exercise")
def exercise_list(request: HttpRequest, query: Query[RangeQuery], page: Query[PageQuery]) -> Page[ExerciseOut]:
    start, end = _range(query)
    rows = ExerciseEntry.objects.filter(user=_member(request), day__range=(start, end)).order_by(
        "day", "created_at", "id"
    )
    return paginate(rows, page, ExerciseOut.of)


@router.post("/exercise", auth=member_auth, response={201: ExerciseOut, 422: ErrorOut}, summary="Log exercise")
def exercise_create(request: HttpRequest, payload: ExerciseIn) -> Status[ExerciseOut]:
    user = _member(request)
    try:
        if payload.compendium_code:
            entry = activity.exercise_log(
                user=user, day=payload.date, activity_code=payload.compendium_code, minutes=payload.minutes
            )
        elif payload.kcal is not None:
            entry = activity.exercise_log_custom(
                user=user,
                day=payload.date,
                description=payload.description,
                minutes=payload.minutes,
                kcal=payload.kcal,
            )
        else:
            raise DiaryError(
                "Give compendium_code, or description and kcal for a custom entry.", field="compendium_code"
            )
    except DiaryError as error:
        raise _refused(error) from error
    return Status(201, ExerciseOut.of(entry))


def _exercise(request: HttpRequest, entry_id: int) -> ExerciseEntry:
    try:
        return activity.exercise_of(user=_member(request), entry_id=entry_id)
    except ExerciseEntry.DoesNotExist:
        raise ApiError(404, "No such exercise entry.") from None


@router.get("/exercise/{entry_id}", auth=member_auth, response={200: ExerciseOut, 404: ErrorOut})
def exercise_get(request: HttpRequest, entry_id: int) -> ExerciseOut:
    return ExerciseOut.of(_exercise(request, entry_id))


class ExercisePatch(Schema):
    minutes: float
    kcal: float | None = None


@router.patch("/exercise/{entry_id}", auth=member_auth, response={200: ExerciseOut, 404: ErrorOut, 422: ErrorOut})
def exercise_update(request: HttpRequest, entry_id: int, payload: ExercisePatch) -> ExerciseOut:
    entry = _exercise(request, entry_id)
    try:
        updated = activity.exercise_update(
            user=_member(request), entry_id=entry.pk, minutes=payload.minutes, kcal=payload.kcal
        )
    except DiaryError as error:
        raise _refused(error) from error
    return ExerciseOut.of(updated)


@router.delete("/exercise/{entry_id}", auth=member_auth, response={204: None, 404: ErrorOut})
def exercise_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    activity.exercise_delete(user=_member(request), entry_id=_exercise(request, entry_id).pk)
    return HttpResponse(status=204)


class WeightIn(Schema):
    date: date
    weight: float
    unit: Literal["lb", "kg"] = "lb"


@router.get("/weight", auth=member_auth, response={200: Page[WeightOut], 422: ErrorOut}, summary="Your weights")
def weight_list(request: HttpRequest, query: Query[RangeQuery], page: Query[PageQuery]) -> Page[WeightOut]:
    start, end = _range(query)
    rows = WeightEntry.objects.filter(user=_member(request), day__range=(start, end)).order_by(
        "day", "created_at", "id"
    )
    return paginate(rows, page, WeightOut.of)


@router.post("/weight", auth=member_auth, response={201: WeightOut, 422: ErrorOut}, summary="Log a weight")
def weight_create(request: HttpRequest, payload: WeightIn) -> Status[WeightOut]:
    try:
        entry = activity.weight_log(user=_member(request), day=payload.date, value=payload.weight, unit=payload.unit)
    except DiaryError as error:
        raise _refused(error) from error
    return Status(201, WeightOut.of(entry))


def _weight(request: HttpRequest, entry_id: int) -> WeightEntry:
    try:
        return activity.weight_of(user=_member(request), entry_id=entry_id)
    except WeightEntry.DoesNotExist:
        raise ApiError(404, "No such weight entry.") from None


@router.get("/weight/{entry_id}", auth=member_auth, response={200: WeightOut, 404: ErrorOut})
def weight_get(request: HttpRequest, entry_id: int) -> WeightOut:
    return WeightOut.of(_weight(request, entry_id))


class WeightPatch(Schema):
    weight: float
    unit: Literal["lb", "kg"] = "lb"


@router.patch("/weight/{entry_id}", auth=member_auth, response={200: WeightOut, 404: ErrorOut, 422: ErrorOut})
def weight_update(request: HttpRequest, entry_id: int, payload: WeightPatch) -> WeightOut:
    entry = _weight(request, entry_id)
    try:
        updated = activity.weight_update(
            user=_member(request), entry_id=entry.pk, value=payload.weight, unit=payload.unit
        )
    except DiaryError as error:
        raise _refused(error) from error
    return WeightOut.of(updated)


@router.delete("/weight/{entry_id}", auth=member_auth, response={204: None, 404: ErrorOut})
def weight_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    activity.weight_delete(user=_member(request), entry_id=_weight(request, entry_id).pk)
    return HttpResponse(status=204)


# Registered last: "/diary/{day}" would otherwise also match "/diary/entries".
@router.get("/diary/{day}", auth=member_auth, response={200: DayOut, 422: ErrorOut}, summary="A day of the diary")
def diary_day(request: HttpRequest, day: date) -> DayOut:
    today = timezone.localdate()
    try:
        check_day(day, today=today)
    except DiaryError as error:
        raise _refused(error) from error
    summary = day_summary(user=_member(request), day=day, today=today)
    budget = summary.budget
    return DayOut(
        date=day,
        entries=[EntryOut.of(e) for block in summary.meals for e in block.entries],
        totals={k: (None if v is None else round(v, 3)) for k, v in summary.totals.as_dict().items()},
        exercise=[ExerciseOut.of(x) for x in summary.exercise],
        exercise_kcal=round(summary.exercise_kcal, 1),
        goal_kcal=None if budget is None else budget.goal,
        remaining_kcal=None if budget is None else round(budget.remaining, 1),
        streak_days=summary.streak,
    )
