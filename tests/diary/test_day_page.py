"""The day page and its plain-form actions (no JavaScript), plus the htmx fragment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine
from django.test import Client

from livewell.accounts.models import User
from livewell.diary.models import DiaryEntry
from livewell.diary.services import activity, entries
from livewell.foods.models import Food
from livewell.goals.models import GoalPlan
from tests.diary.conftest import BANANA, MILK

TODAY = date(2025, 3, 10)


@pytest.fixture
def logged_in(client: Client, member: User) -> Client:
    client.force_login(member)
    return client


@pytest.fixture(autouse=True)
def _frozen_clock() -> object:
    with time_machine.travel("2025-03-10 12:00:00-05:00", tick=False) as traveller:
        yield traveller


def test_visitors_get_an_explanation_and_sign_up(client: Client) -> None:
    html = client.get("/tracker/").content.decode()
    assert "Calorie and nutrient tracker" in html
    assert "/accounts/sign-up/" in html
    assert client.get("/tracker/2025-03-10/").status_code == 302  # to the login page


@pytest.mark.django_db
def test_without_a_plan_the_page_says_so_and_links_to_the_wizard(logged_in: Client) -> None:
    html = logged_in.get("/tracker/").content.decode()
    assert "You have no calorie goal yet" in html
    assert 'href="/goals/"' in html
    for meal in ("Breakfast", "Lunch", "Dinner", "Snacks"):
        assert meal in html


def test_totals_and_remaining_calories(logged_in: Client, member: User, plan: GoalPlan, foods: dict[int, Food]) -> None:
    milk = foods[MILK]
    entries.diary_entry_log_food(
        user=member,
        day=TODAY,
        meal="breakfast",
        food_id=milk.pk,
        amount=1,
        portion=str(milk.portions.get(description="1 cup").pk),
        today=TODAY,
    )
    entries.diary_entry_quick_add(user=member, day=TODAY, meal="lunch", kcal=500, today=TODAY)
    activity.weight_log(user=member, day=TODAY, value=70, unit="kg", today=TODAY)
    activity.exercise_log(user=member, day=TODAY, activity_code="17200", minutes=45, today=TODAY)
    html = logged_in.get("/tracker/").content.decode()
    # Goal 1207 (worked example 1) - food 149 (148.84 + 500 = 648.84) + exercise 173 (net) = 731.41.
    assert plan.target_kcal == 1207
    assert '<span class="term-value">1,207</span>' in html
    assert '<span class="term-value">649</span>' in html
    assert '<span class="term-value">173</span>' in html
    assert '<span class="term-value" id="remaining">731</span>' in html
    assert "about 173 kcal" in html  # the profile says born 1960 (aged 64): rule X1 estimate wording
    assert "Calcium" in html  # micronutrient progress bars appear with a plan


def test_quick_add_by_plain_form_post(logged_in: Client) -> None:
    response = logged_in.post(
        "/tracker/2025-03-10/quick-add/",
        {"quick-meal": "snacks", "quick-kcal": "180", "quick-description": "Oat bar"},
    )
    assert response.status_code == 302
    entry = DiaryEntry.objects.get()
    assert (entry.description, entry.kcal, entry.meal) == ("Oat bar", 180, "snacks")
    assert "Oat bar" in logged_in.get(response["Location"]).content.decode()


def test_quick_add_rejects_negative_calories_and_saves_nothing(logged_in: Client) -> None:
    response = logged_in.post("/tracker/2025-03-10/quick-add/", {"quick-meal": "snacks", "quick-kcal": "-50"})
    assert response.status_code == 400
    assert "Calories must be more than zero." in response.content.decode()
    assert not DiaryEntry.objects.exists()


def test_food_from_search_with_preview_then_add(logged_in: Client, foods: dict[int, Food]) -> None:
    banana = foods[BANANA]
    page = logged_in.get("/tracker/2025-03-10/add/", {"meal": "breakfast", "q": "banana"}).content.decode()
    assert "Bananas, raw" in page
    medium = banana.portions.get(description__startswith="1 medium")
    form = {"food_id": banana.pk, "meal": "breakfast", "amount": "1", "portion": str(medium.pk), "q": "banana"}
    preview = logged_in.post("/tracker/2025-03-10/add/", {**form, "action": "preview"}).content.decode()
    assert "105 kcal" in preview  # 118 g x 0.89 kcal/g = 105.02
    assert not DiaryEntry.objects.exists()
    response = logged_in.post("/tracker/2025-03-10/add/", {**form, "action": "add"})
    assert response.status_code == 302
    assert DiaryEntry.objects.get().kcal == pytest.approx(105.02)


def test_unknown_food_and_huge_amount_give_a_clear_message(logged_in: Client, foods: dict[int, Food]) -> None:
    response = logged_in.post(
        "/tracker/2025-03-10/add/", {"food_id": 999999, "meal": "lunch", "amount": "1", "portion": "g", "action": "add"}
    )
    assert response.status_code == 400
    assert "That food was not found" in response.content.decode()
    response = logged_in.post(
        "/tracker/2025-03-10/add/",
        {"food_id": foods[MILK].pk, "meal": "lunch", "amount": "12000", "portion": "g", "action": "add"},
    )
    assert "at most 10 kg" in response.content.decode()
    assert not DiaryEntry.objects.exists()


def test_copy_yesterdays_breakfast_button(logged_in: Client, member: User) -> None:
    yesterday = TODAY - timedelta(days=1)
    entries.diary_entry_quick_add(
        user=member, day=yesterday, meal="breakfast", kcal=320, description="Porridge", today=TODAY
    )
    response = logged_in.post(
        "/tracker/2025-03-10/copy/",
        {"copy-from_day": yesterday.isoformat(), "copy-meal": "breakfast", "copy-to_day": TODAY.isoformat()},
    )
    assert response.status_code == 302
    assert DiaryEntry.objects.filter(day=TODAY, meal="breakfast", description="Porridge").exists()


def test_delete_shows_undo_and_undo_restores(logged_in: Client, member: User) -> None:
    entry = entries.diary_entry_quick_add(
        user=member, day=TODAY, meal="dinner", kcal=600, description="Stew", today=TODAY
    )
    logged_in.post(f"/tracker/entries/{entry.pk}/delete/")
    html = logged_in.get("/tracker/").content.decode()
    assert "Deleted Stew." in html
    assert "Undo delete" in html
    logged_in.post(f"/tracker/entries/{entry.pk}/undo/")
    assert DiaryEntry.objects.live().filter(pk=entry.pk).exists()


def test_htmx_gets_the_day_fragment_only(logged_in: Client, member: User) -> None:
    entry = entries.diary_entry_quick_add(
        user=member, day=TODAY, meal="dinner", kcal=600, description="Stew", today=TODAY
    )
    response = logged_in.post(f"/tracker/entries/{entry.pk}/move/", {"meal": "lunch"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.startswith('<div id="day"')
    assert "<html" not in html
    assert "Moved Stew to Lunch." in html


def test_another_members_entries_are_not_found(client: Client, member: User, other_member: User) -> None:
    entry = entries.diary_entry_quick_add(
        user=member, day=TODAY, meal="dinner", kcal=600, description="Stew", today=TODAY
    )
    client.force_login(other_member)
    assert client.post(f"/tracker/entries/{entry.pk}/delete/").status_code == 404
    assert client.get(f"/tracker/entries/{entry.pk}/edit/").status_code == 404
    assert "Stew" not in client.get("/tracker/").content.decode()


def test_far_future_day_page_is_not_found(logged_in: Client) -> None:
    assert logged_in.get("/tracker/2026-03-10/").status_code == 404


def test_edit_page_changes_amount_and_meal(logged_in: Client, member: User, foods: dict[int, Food]) -> None:
    milk = foods[MILK]
    entry = entries.diary_entry_log_food(
        user=member,
        day=TODAY,
        meal="breakfast",
        food_id=milk.pk,
        amount=1,
        portion=str(milk.portions.get(description="1 cup").pk),
        today=TODAY,
    )
    page = logged_in.get(f"/tracker/entries/{entry.pk}/edit/").content.decode()
    assert "Logged as 1 1 cup (244 g)" in page
    response = logged_in.post(f"/tracker/entries/{entry.pk}/edit/", {"meal": "dinner", "amount": "0.5"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.meal, entry.grams) == ("dinner", 122)
    refused = logged_in.post(f"/tracker/entries/{entry.pk}/edit/", {"meal": "dinner", "amount": "-2"})
    assert refused.status_code == 400
    assert "The amount must be more than zero." in refused.content.decode()


def test_htmx_quick_add_error_is_swapped_in_with_the_message(logged_in: Client) -> None:
    response = logged_in.post(
        "/tracker/2025-03-10/quick-add/", {"quick-meal": "snacks", "quick-kcal": "-50"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200  # htmx swaps only 2xx answers
    html = response.content.decode()
    assert html.startswith('<div id="day"')
    assert "Calories must be more than zero." in html
    assert not DiaryEntry.objects.exists()


def test_entry_rows_escape_the_description_and_offer_edit_move_delete(logged_in: Client, member: User) -> None:
    entry = entries.diary_entry_quick_add(
        user=member, day=TODAY, meal="dinner", kcal=250, description="Fish & <b>chips</b>", today=TODAY
    )
    html = logged_in.get("/tracker/2025-03-10/").content.decode()
    assert "<b>chips</b>" not in html
    assert "<td>Fish &amp; &lt;b&gt;chips&lt;/b&gt;</td>" in html
    assert f'<a href="/tracker/entries/{entry.pk}/edit/">Edit' in html
    assert f'action="/tracker/entries/{entry.pk}/move/"' in html
    assert f'action="/tracker/entries/{entry.pk}/delete/"' in html
    assert (
        f'<label class="visually-hidden" for="move-{entry.pk}">Move Fish &amp; &lt;b&gt;chips&lt;/b&gt; to</label>'
        in html
    )
    assert '<option value="dinner" selected>Dinner</option>' in html
    assert '<option value="lunch">Lunch</option>' in html


def test_a_rejected_quick_add_does_not_leave_its_error_on_the_next_page(logged_in: Client) -> None:
    refused = logged_in.post("/tracker/2025-03-10/quick-add/", {"quick-meal": "lunch", "quick-kcal": "-50"})
    assert "Calories must be more than zero." in refused.content.decode()
    assert 'value="-50"' in refused.content.decode()
    html = logged_in.get("/tracker/2025-03-10/").content.decode()
    assert "Calories must be more than zero." not in html
    assert 'value="-50"' not in html
    # the copy form offers the page's own day and the next one
    assert 'name="copy-to_day" value="2025-03-11"' in html
    assert 'name="copy-to_day" value="2025-03-10"' in html  # the per-meal "copy yesterday's" buttons
    other = logged_in.get("/tracker/2025-03-12/").content.decode()
    assert 'name="copy-to_day" value="2025-03-13"' in other


def test_nutrient_targets_show_a_meter_per_row_and_limits_as_limits(logged_in: Client, plan: GoalPlan) -> None:
    html = logged_in.get("/tracker/2025-03-10/").content.decode()  # nothing eaten yet
    assert '<th scope="row" id="t-calcium_mg">Calcium</th>' in html
    assert '<td class="num">under 2,300 mg</td>' in html
    assert (
        '<meter min="0" max="2300" value="0" optimum="0" high="2300" aria-labelledby="t-sodium_mg"></meter>'
        " <span>0% · within the limit</span>"
    ) in html
    assert 'low="1200" optimum="1200" aria-labelledby="t-calcium_mg"></meter> <span>0% · below target</span>' in html
