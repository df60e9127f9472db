from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.http import HttpRequest, HttpResponse
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members.permissions import GOLD_FEATURES, has_feature, requires_feature

pytestmark = pytest.mark.django_db


def test_every_listed_feature_needs_gold_and_others_are_free(member: User, make_gold: Callable[..., Any]) -> None:
    assert {"reports_90_day", "reports_custom_range", "unlimited_recipes", "clinician_pdf", "csv_export_all"} <= set(
        GOLD_FEATURES
    )
    assert not any(has_feature(member, feature) for feature in GOLD_FEATURES)
    assert has_feature(member, "daily_diary")  # not listed: free for everyone
    make_gold(member)
    assert all(has_feature(member, feature) for feature in GOLD_FEATURES)


def test_gold_stops_the_moment_the_period_ends_even_before_the_lapse_job(
    member: User, make_gold: Callable[..., Any]
) -> None:
    make_gold(member, days=2)
    assert has_feature(member, "csv_export_all")
    with time_machine.travel(timezone.now() + timedelta(days=2, seconds=1)):
        assert not has_feature(member, "csv_export_all")


def test_decorator_sends_free_members_to_the_gold_page_naming_the_feature(
    member: User, make_gold: Callable[..., Any], rf: RequestFactory
) -> None:
    @requires_feature("clinician_pdf")
    def summary_pdf(request: HttpRequest) -> HttpResponse:
        return HttpResponse("the PDF")

    request = rf.get("/back-pain/tools/summary.pdf")
    request.user = member
    response = summary_pdf(request)
    assert response.status_code == 302
    assert response["Location"].startswith("/members/gold/?feature=clinician_pdf")
    make_gold(member)
    assert summary_pdf(request).content == b"the PDF"


def test_decorator_refuses_a_feature_missing_from_the_list() -> None:
    with pytest.raises(ValueError, match="GOLD_FEATURES"):
        requires_feature("teleportation")


def test_free_member_gets_a_clear_upgrade_page_for_badge_progress(member_client: Client) -> None:
    response = member_client.get("/members/badges/progress/", follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/members/gold/?feature=badge_progress")
    assert "This is a Gold feature" in page
    assert "Progress toward every badge you have not earned yet" in page
    assert "Continue to payment" in page


def test_visitor_is_asked_to_log_in_for_a_gold_feature(client: Client) -> None:
    response = client.get("/members/badges/progress/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_gold_member_sees_badge_progress(member: User, member_client: Client, make_gold: Callable[..., Any]) -> None:
    make_gold(member)
    response = member_client.get("/members/badges/progress/")
    assert response.status_code == 200
    assert "0 of 7 days in a row now" in response.content.decode()


def test_template_tag_gives_the_same_answer(member: User, make_gold: Callable[..., Any]) -> None:
    template = Template('{% load members_tags %}{% has_feature "csv_export_all" as ok %}{{ ok|yesno:"gold,free" }}')
    assert template.render(Context({"user": member})) == "free"
    make_gold(member)
    assert template.render(Context({"user": member})) == "gold"
