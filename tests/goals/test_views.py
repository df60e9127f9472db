"""The wizard, result page and history as visitors and members use them (no JavaScript)."""

from __future__ import annotations

import re

import pytest
import time_machine
from django.test import Client

from livewell.goals.domain.budget import BudgetInput
from livewell.goals.models import GoalPlan
from livewell.goals.services import goal_plan_create
from tests.factories import DEFAULT_PASSWORD, make_member

ANSWERS = {
    "goal": "lose-1",
    "sex": "female",
    "units": "us",
    "height_ft": "5",
    "height_in": "4",
    "weight": "150",
    "goal_weight": "140",
    "age": "60",
    "activity": "light",
}

GOAL_WORDING = [
    "Gain 2 lb per week", "Gain 1.5 lb per week", "Gain 1 lb per week", "Gain 0.5 lb per week",
    "Maintain my current weight", "Lose 0.5 lb per week", "Lose 1 lb per week", "Lose 1.5 lb per week",
    "Lose 2 lb per week",
]  # fmt: skip


@pytest.mark.django_db
def test_visitor_sees_the_widget_with_the_nine_goals(client: Client) -> None:
    html = client.get("/goals/").content.decode()
    assert "Lose Weight. Feel Great!" in html
    found = [re.search(rf">\s*{re.escape(label)}</label>", html) for label in GOAL_WORDING]
    positions = [match.start() for match in found if match]
    assert len(positions) == 9
    assert positions == sorted(positions)
    for text in ("Female", "Male", "Height, feet", "Height, inches"):
        assert text in html


@pytest.mark.django_db
def test_visitor_gets_a_result_with_charts_and_tables(client: Client) -> None:
    response = client.post("/goals/", ANSWERS)
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "1200" in html
    assert "kcal a day" in html
    assert "1,200 kcal" in html  # the floor is explained
    assert html.count("<svg") == 2
    assert "Simple rule" in html
    assert "Dynamic model" in html
    assert "Calcium" in html
    assert "1200 mg" in html
    assert "Sign up to save" in html
    assert not GoalPlan.objects.exists()


@pytest.mark.django_db
def test_metric_answers(client: Client) -> None:
    answers = {**ANSWERS, "units": "metric", "height_ft": "", "height_in": "", "height_cm": "180", "weight": "90",
               "goal_weight": "", "sex": "male", "age": "40", "activity": "moderate"}  # fmt: skip
    response = client.post("/goals/", answers, follow=True)
    html = response.content.decode()
    assert "2337" in html
    assert "When might you reach" not in html


@pytest.mark.django_db
def test_bad_answers_show_errors_and_keep_nothing(client: Client) -> None:
    response = client.post("/goals/", {**ANSWERS, "age": "16", "height_ft": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter your height in feet and inches" in html
    assert client.get("/goals/result/")["Location"] == "/goals/"


@pytest.mark.django_db
def test_underweight_loss_goal_is_refused_on_the_goal_field(client: Client) -> None:
    response = client.post("/goals/", {**ANSWERS, "weight": "100", "goal_weight": ""})  # BMI 17.2
    assert response.status_code == 400
    assert "will not plan weight loss" in response.content.decode()


@pytest.mark.django_db
def test_member_saves_a_plan_and_sees_history(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    form_html = client.get("/goals/").content.decode()
    assert 'value="163.0"' in form_html  # height from the profile
    response = client.post("/goals/", ANSWERS)
    plan = GoalPlan.objects.get(user=user)
    assert response["Location"] == f"/goals/plans/{plan.pk}/"
    html = client.get(response["Location"]).content.decode()
    assert "Start tracking" in html
    assert 'href="/tracker/"' in html
    client.post("/goals/", {**ANSWERS, "goal": "maintain"})
    history = client.get("/goals/plans/").content.decode()
    assert history.count("/goals/plans/") >= 2
    assert "Maintain my current weight" in history
    assert "Lose 1 lb per week" in history


@pytest.mark.django_db
def test_visitor_answers_are_saved_after_logging_in(client: Client) -> None:
    user = make_member()
    client.post("/goals/", ANSWERS)
    assert client.post("/accounts/login/", {"username": user.email, "password": DEFAULT_PASSWORD}).status_code == 302
    response = client.get("/goals/")
    plan = GoalPlan.objects.get(user=user)
    assert response["Location"] == f"/goals/plans/{plan.pk}/"
    assert plan.goal == "lose-1"
    assert plan.target_kcal == 1200


@pytest.mark.django_db
def test_another_members_plan_is_not_found(client: Client) -> None:
    owner = make_member()
    plan = goal_plan_create(
        user=owner,
        inputs=BudgetInput(sex="female", age=50, height_cm=165, weight_kg=70, activity="light", goal="maintain"),
    )
    client.force_login(make_member())
    assert client.get(f"/goals/plans/{plan.pk}/").status_code == 404


@pytest.mark.django_db
def test_result_page_saves_visitor_answers_once_logged_in(client: Client) -> None:
    client.post("/goals/", ANSWERS)
    user = make_member()
    client.force_login(user)  # keeps the session, as logging in does
    response = client.get("/goals/result/")
    plan = GoalPlan.objects.get(user=user)
    assert response["Location"] == f"/goals/plans/{plan.pk}/"
    assert client.get("/goals/result/")["Location"] == f"/goals/plans/{plan.pk}/"
    assert GoalPlan.objects.filter(user=user).count() == 1


@pytest.mark.django_db
def test_member_wizard_prefills_age_from_date_of_birth(client: Client) -> None:
    client.force_login(make_member())  # born 1960-06-01
    with time_machine.travel("2026-06-15 12:00Z"):
        html = client.get("/goals/").content.decode()
    assert re.search(r'name="age" value="66"', html)
    assert re.search(r'name="height_ft" value="5"', html)
    assert re.search(r'name="height_in" value="4.2"', html)
