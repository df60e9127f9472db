"""The stable contract: ``manage.py energy`` and ``POST /api/v1/energy/budget``."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

CLI_ARGS = ["--sex", "female", "--age", "60", "--height", "5ft4in", "--weight", "150lb", "--activity", "light"]


def run_energy(*args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("energy", *args, stdout=out, stderr=err)
    except SystemExit as exit_:
        return int(exit_.code or 0), out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def test_cli_prints_one_json_object_with_the_contract_fields() -> None:
    code, out, _err = run_energy(*CLI_ARGS, "--goal", "lose-1", "--goal-weight", "140lb", "--json")
    assert code == 0
    data = json.loads(out)
    # 150 lb, 5 ft 4 in, 60 y: BMR 1235, TDEE 1699; 1699 - 500 = 1199 -> raised to the 1,200 floor.
    assert (data["bmr_kcal"], data["tdee_kcal"], data["target_kcal"]) == (1235, 1699, 1200)
    assert data["floor_applied"] is True
    assert any("1,200 kcal" in w for w in data["warnings"])
    assert set(data["macros"]) >= {"protein_g", "carbs_g", "fat_g"}
    assert set(data["nutrients"]) >= {"calcium_mg", "vitamin_d_mcg", "fiber_g", "protein_g", "sodium_mg_max"}
    assert data["nutrients"]["calcium_mg"] == 1200  # woman 51-70
    projection = data["projection"]
    assert projection["linear_days"] < projection["dynamic_days"]
    assert projection["weekly"][0] == {"day": 0, "linear_kg": 68.04, "dynamic_kg": 68.04}


def test_cli_metric_units_match_the_worked_example() -> None:
    args = ["--sex", "male", "--age", "40", "--height", "180cm", "--weight", "90kg", "--activity", "moderate"]
    code, out, _err = run_energy(*args, "--goal", "lose-1", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["bmr_kcal"], data["tdee_kcal"], data["target_kcal"]) == (1830, 2837, 2337)
    assert data["projection"] is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (["--goal", "lose-3"], "goal"),
        (["--goal", "maintain", "--age", "17"], "age"),
        (["--goal", "maintain", "--height", "tall"], "height"),
        (["--goal", "maintain", "--activity", "couch"], "activity"),
    ],
)
def test_cli_bad_input_exits_2_with_one_line(change: list[str], field: str) -> None:
    args = list(CLI_ARGS)
    for flag, value in zip(change[::2], change[1::2], strict=True):
        if flag in args:
            args[args.index(flag) + 1] = value
        else:
            args += [flag, value]
    code, out, err = run_energy(*args)
    assert code == 2
    assert out == ""
    assert err.strip().count("\n") == 0
    assert err.startswith(f"{field}:")


@pytest.mark.django_db
def test_api_budget_matches_the_cli(client: Client) -> None:
    response = client.post(
        "/api/v1/energy/budget",
        {"sex": "female", "age": 60, "height_ft": 5, "height_in": 4, "weight_lb": 150, "activity": "light",
         "goal": "lose-1", "goal_weight_lb": 140},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 200
    _code, out, _err = run_energy(*CLI_ARGS, "--goal", "lose-1", "--goal-weight", "140lb", "--json")
    assert response.json() == json.loads(out)


@pytest.mark.django_db
def test_api_accepts_metric_fields(client: Client) -> None:
    response = client.post(
        "/api/v1/energy/budget",
        {"sex": "female", "age": 30, "height_cm": 165, "weight_kg": 60, "activity": "light", "goal": "maintain"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["target_kcal"] == 1815  # clinical-facts §1.5 example #3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "field"),
    [({"goal": "lose-3"}, "goal"), ({"height_cm": 300}, "height_cm"), ({"weight_kg": None}, "weight_kg"),
     ({"sex": "x"}, "sex"), ({"age": "old"}, "age")],
)  # fmt: skip
def test_api_bad_input_is_422_naming_the_field(client: Client, change: dict[str, object], field: str) -> None:
    body: dict[str, object] = {
        "sex": "female", "age": 30, "height_cm": 165, "weight_kg": 60, "activity": "light", "goal": "maintain",
        **change,
    }  # fmt: skip
    response = client.post("/api/v1/energy/budget", body, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["field"] == field
    assert response.json()["detail"]
