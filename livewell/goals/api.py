"""HTTP API for goals and energy (mounted under /api/v1/energy by livewell.api).

``POST /api/v1/energy/budget`` is public (the wizard is for visitors too) and answers
with the same object as ``manage.py energy --json``.  Heights as ``height_cm``, or
``height_ft`` + ``height_in``, or text ``height`` ("5ft4in", "163cm"); weights as
``weight_kg``, ``weight_lb`` or text ``weight``; goal weight likewise.  Bad input is a
422 naming the field.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from livewell.api.errors import ApiError
from livewell.api.schemas import ErrorOut
from livewell.goals.domain.budget import BudgetInput, compute_budget
from livewell.goals.domain.quantities import parse_height_cm, parse_weight_kg
from livewell.lib.energy import EnergyInputError, sex_from
from livewell.lib.projection import ProjectionError
from livewell.lib.units import KG_PER_LB, ft_in_to_cm

router = Router(tags=["goals"])


class BudgetIn(Schema):
    sex: str
    age: int
    activity: str
    goal: str
    height_cm: float | None = None
    height_ft: float | None = None
    height_in: float | None = None
    height: str | None = None
    weight_kg: float | None = None
    weight_lb: float | None = None
    weight: str | None = None
    goal_weight_kg: float | None = None
    goal_weight_lb: float | None = None
    goal_weight: str | None = None


def _height_cm(payload: BudgetIn) -> float:
    if payload.height_cm is not None:
        return payload.height_cm
    if payload.height_ft is not None:
        return ft_in_to_cm(payload.height_ft, payload.height_in or 0)
    if payload.height:
        return parse_height_cm(payload.height, field="height")
    raise EnergyInputError("height_cm", "height is required: give height_cm, height_ft and height_in, or height.")


def _weight_kg(kg: float | None, lb: float | None, text: str | None, *, field: str, required: bool) -> float | None:
    if kg is not None:
        return kg
    if lb is not None:
        return lb * KG_PER_LB
    if text:
        return parse_weight_kg(text, field=field)
    if required:
        raise EnergyInputError(f"{field}_kg", f"{field} is required: give {field}_kg, {field}_lb or {field}.")
    return None


def budget_input(payload: BudgetIn) -> BudgetInput:
    sex = sex_from(payload.sex)
    weight = _weight_kg(payload.weight_kg, payload.weight_lb, payload.weight, field="weight", required=True)
    assert weight is not None  # required=True raises instead of returning None
    return BudgetInput(
        sex=sex,
        age=payload.age,
        height_cm=_height_cm(payload),
        weight_kg=weight,
        activity=payload.activity,
        goal=payload.goal,
        goal_weight_kg=_weight_kg(
            payload.goal_weight_kg, payload.goal_weight_lb, payload.goal_weight, field="goal_weight", required=False
        ),
    )


@router.post("/budget", auth=None, response={200: dict[str, Any], 422: ErrorOut}, summary="Energy budget for a goal")
def budget(request: HttpRequest, payload: BudgetIn) -> dict[str, Any]:
    """BMR, TDEE, daily calorie target (with safety floor), macros, nutrient targets and projections."""
    try:
        return compute_budget(budget_input(payload)).as_json()
    except EnergyInputError as error:
        raise ApiError(422, error.message, field=error.field) from error
    except ProjectionError as error:
        raise ApiError(422, str(error), field="goal_weight_kg") from error
