from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from livewell.accounts.models import User
from livewell.backpain.services import pain_entry_create
from livewell.diary.services import transfer
from livewell.diary.services.activity import exercise_log_custom, weight_log
from livewell.diary.services.entries import diary_entry_quick_add
from livewell.goals.models import GoalPlan
from livewell.members.badges import badges_check
from livewell.members.models import EarnedBadge, Notification

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 20)
Capture = Callable[..., Any]


def _codes(user: User) -> set[str]:
    return set(EarnedBadge.objects.filter(user=user).values_list("code", flat=True))


def _log_food(user: User, day: date) -> None:
    diary_entry_quick_add(user=user, day=day, meal="breakfast", kcal=300, today=TODAY)


def _plan(user: User, *, start_kg: float, goal_kg: float | None) -> GoalPlan:
    return GoalPlan.objects.create(
        user=user,
        created_at=timezone.make_aware(datetime(2026, 3, 1, 8)),
        sex="female",
        age=65,
        height_cm=163,
        weight_kg=start_kg,
        goal="lose_1",
        activity="light",
        goal_weight_kg=goal_kg,
        bmr_kcal=1200,
        tdee_kcal=1600,
        target_kcal=1300,
        protein_g=60,
        carbs_g=160,
        fat_g=45,
        nutrients={},
    )


@time_machine.travel(datetime(2026, 3, 20, 12, tzinfo=timezone.get_current_timezone()))
def test_first_food_earns_a_badge_and_one_notification(
    member: User, django_capture_on_commit_callbacks: Capture
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _log_food(member, TODAY)
    assert _codes(member) == {"first_food"}
    notice = Notification.objects.get(user=member)
    assert notice.title == "You earned a badge: First food logged"
    assert notice.kind == "badge"
    with django_capture_on_commit_callbacks(execute=True):
        _log_food(member, TODAY)
    assert EarnedBadge.objects.filter(user=member).count() == 1
    assert Notification.objects.filter(user=member).count() == 1


@time_machine.travel(datetime(2026, 3, 20, 12, tzinfo=timezone.get_current_timezone()))
def test_seven_days_in_a_row_earn_the_streak_badge_but_six_do_not(
    member: User, django_capture_on_commit_callbacks: Capture
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        for back in range(6):
            _log_food(member, TODAY - timedelta(days=back))
    assert "streak_7" not in _codes(member)
    with django_capture_on_commit_callbacks(execute=True):
        _log_food(member, TODAY - timedelta(days=6))
    assert "streak_7" in _codes(member)
    assert "streak_30" not in _codes(member)


@time_machine.travel(datetime(2026, 3, 20, 12, tzinfo=timezone.get_current_timezone()))
def test_an_imported_history_earns_the_badges_it_shows_once(
    member: User, django_capture_on_commit_callbacks: Capture
) -> None:
    # A member moving from MyFitnessPal brings a history: its first food and first exercise count.
    data = Path(__file__).parent.parent / "diary" / "data"
    for kind, name in (
        ("mfp_nutrition", "mfp_nutrition_summary.csv"),
        ("mfp_exercise", "mfp_exercise_summary.csv"),
    ):
        text = (data / name).read_text(encoding="utf-8")
        with django_capture_on_commit_callbacks(execute=True):
            transfer.import_rows(
                user=member, source=kind, parsed=transfer.parse_upload(kind=kind, text=text), dry_run=False
            )
    assert _codes(member) == {"first_food", "first_exercise"}
    earned = Notification.objects.filter(user=member, kind="badge").count()
    with django_capture_on_commit_callbacks(execute=True):  # the same file again imports nothing new
        text = (data / "mfp_nutrition_summary.csv").read_text(encoding="utf-8")
        parsed = transfer.parse_upload(kind="mfp_nutrition", text=text)
        transfer.import_rows(user=member, source="mfp_nutrition", parsed=parsed, dry_run=False)
    assert Notification.objects.filter(user=member, kind="badge").count() == earned


@time_machine.travel(datetime(2026, 3, 20, 12, tzinfo=timezone.get_current_timezone()))
def test_first_exercise(member: User, django_capture_on_commit_callbacks: Capture) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        exercise_log_custom(user=member, day=TODAY, description="Swimming", minutes=30, kcal=200, today=TODAY)
    assert _codes(member) == {"first_exercise"}


@time_machine.travel(datetime(2026, 3, 20, 12, tzinfo=timezone.get_current_timezone()))
def test_five_pounds_toward_the_goal_then_the_goal_itself(
    member: User, django_capture_on_commit_callbacks: Capture
) -> None:
    _plan(member, start_kg=80.0, goal_kg=76.0)
    with django_capture_on_commit_callbacks(execute=True):
        weight_log(user=member, day=TODAY - timedelta(days=3), value=176.0, unit="lb", today=TODAY)  # 79.8 kg
    assert _codes(member) == set()
    with django_capture_on_commit_callbacks(execute=True):
        weight_log(user=member, day=TODAY - timedelta(days=2), value=171.0, unit="lb", today=TODAY)  # 77.56 kg
    assert _codes(member) == {"first_step"}
    with django_capture_on_commit_callbacks(execute=True):
        weight_log(user=member, day=TODAY, value=167.5, unit="lb", today=TODAY)  # 75.98 kg
    assert _codes(member) == {"first_step", "goal_weight"}


def test_metric_members_need_two_and_a_half_kilograms(member: User) -> None:
    member.profile.units = "metric"
    member.profile.save()
    _plan(member, start_kg=80.0, goal_kg=70.0)
    with time_machine.travel(datetime(2026, 3, 20, 12, tzinfo=timezone.get_current_timezone())):
        weight_log(user=member, day=TODAY, value=77.6, unit="kg", today=TODAY)
        assert badges_check(user=member) == []
        weight_log(user=member, day=TODAY, value=77.5, unit="kg", today=TODAY)
        assert [b.code for b in badges_check(user=member)] == ["first_step"]


def test_a_pain_journal_week_is_seven_different_days(member: User, django_capture_on_commit_callbacks: Capture) -> None:
    start = timezone.make_aware(datetime(2026, 3, 1, 9))
    with django_capture_on_commit_callbacks(execute=True):
        for day in range(6):
            pain_entry_create(user=member, pain=4, recorded_at=start + timedelta(days=day))
        pain_entry_create(user=member, pain=5, recorded_at=start + timedelta(days=5, hours=3))  # same day again
    assert "pain_week" not in _codes(member)
    with django_capture_on_commit_callbacks(execute=True):
        pain_entry_create(user=member, pain=3, recorded_at=start + timedelta(days=9))
    assert "pain_week" in _codes(member)


def test_recompute_badges_awards_from_existing_data_and_is_safe_to_rerun(member: User, capsys: Any) -> None:
    # Data saved without signals (an import, or data from before badges existed).
    with time_machine.travel(datetime(2026, 3, 20, 12, tzinfo=timezone.get_current_timezone())):
        for back in range(30):
            _log_food(member, TODAY - timedelta(days=back))
    Notification.objects.all().delete()
    EarnedBadge.objects.all().delete()
    call_command("recompute_badges")
    assert _codes(member) == {"first_food", "streak_7", "streak_30"}
    call_command("recompute_badges")
    assert EarnedBadge.objects.filter(user=member).count() == 3
    assert Notification.objects.filter(user=member).count() == 3
    assert "awarded 0 new badge(s)" in capsys.readouterr().out


def test_badges_are_shown_with_the_date_earned(member: User, member_client: Client) -> None:
    EarnedBadge.objects.create(
        user=member, code="first_exercise", earned_at=timezone.make_aware(datetime(2026, 2, 14, 10))
    )
    page = member_client.get("/members/").content.decode()
    assert "First exercise" in page
    assert 'Earned on <time datetime="2026-02-14">February 14, 2026</time>' in page
    assert "Not earned yet" in page


def test_profile_summary_tag_shows_tier_and_earned_badges(member: User, make_gold: Callable[..., Any]) -> None:
    from django.template import Context, Template

    tag = Template("{% load members_tags %}{% membership_summary %}")
    html = tag.render(Context({"user": member}))
    assert "You are on the Free plan" in html
    assert "No badges yet" in html
    EarnedBadge.objects.create(user=member, code="first_food")
    make_gold(member)
    html = tag.render(Context({"user": member}))
    assert "Gold Member Badge" in html
    assert "First food logged" in html
    assert "7-day streak" not in html  # only earned badges on the profile
