from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from livewell.backpain.models import HealthContext, Medicine, PainEntry, SavedGuideResult
from tests.factories import grant_gold, make_member

pytestmark = pytest.mark.django_db

STEPS: list[dict[str, Any]] = [
    {"age": "72", "sex": "female"},
    {"duration": "acute", "pain": "8", "sudden_onset": "on"},
    {},
    {"known_op": "on", "vcf_count": "0"},
    {"kidney_band": "60+"},
    {"medicines": "warfarin", "considering": "ibuprofen"},
]


def walk_guide(client: Client, steps: list[dict[str, Any]] = STEPS) -> None:
    for number, answers in enumerate(steps, start=1):
        response = client.post(reverse("backpain:guide"), {"step": number, "action": "next", **answers})
        assert response.status_code == 302, response.content.decode()[:2000]


def test_visitor_completes_the_guide_step_by_step(client: Client) -> None:
    first = client.get(reverse("backpain:guide"))
    assert "Step 1 of 6" in first.content.decode()

    walk_guide(client)
    page = client.get(reverse("backpain:guide_result")).content.decode()

    assert "See your clinician soon" in page  # RF-NEWFX box comes first
    assert page.index("RF-NEWFX") < page.index("M-ACTIVE")
    assert "Anti-inflammatory painkiller with a blood thinner" in page
    assert "not a diagnosis" in page
    assert "Log in to save this result" in page


def test_urgent_red_flag_is_shown_in_the_red_box_without_self_care(client: Client) -> None:
    steps = [dict(s) for s in STEPS]
    steps[2] = {"red_flags": ["saddle_numbness", "urinary_retention"]}
    walk_guide(client, steps)
    page = client.get(reverse("backpain:guide_result")).content.decode()

    assert "Seek care now" in page
    assert "RF-CES" in page
    assert "Keep moving within your pain limits" not in page


def test_back_keeps_answers_and_invalid_step_shows_errors(client: Client) -> None:
    client.post(reverse("backpain:guide"), {"step": 1, "action": "next", "age": "70", "sex": "male"})
    bad = client.post(reverse("backpain:guide"), {"step": 2, "action": "next", "pain": "14"})
    back = client.post(reverse("backpain:guide"), {"step": 2, "action": "back"})
    again = client.get(back["Location"]).content.decode()

    assert bad.status_code == 400
    assert "There is a problem" in bad.content.decode()
    assert back["Location"].endswith("?step=1")
    assert 'value="70"' in again


def test_result_before_finishing_sends_you_to_the_missing_step(client: Client) -> None:
    client.post(reverse("backpain:guide"), {"step": 1, "action": "next", "age": "70", "sex": "male"})
    response = client.get(reverse("backpain:guide_result"))
    assert response["Location"].endswith("?step=2")


def test_print_view_has_the_results(client: Client) -> None:
    walk_guide(client)
    page = client.get(reverse("backpain:guide_print")).content.decode()
    assert "backpain/print.js" in page
    assert "RF-NEWFX" in page


def test_member_saves_a_result_with_their_saved_medicines(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    Medicine.objects.create(
        user=user, name="Prolia", generic="denosumab", last_dose_on=timezone.localdate() - timedelta(days=250)
    )
    steps = [dict(s) for s in STEPS]
    steps[5] = {"medicines": "", "considering": ""}
    walk_guide(client, steps)

    response = client.post(reverse("backpain:guide_save"))
    saved = SavedGuideResult.objects.get(user=user)
    page = client.get(response["Location"]).content.decode()

    assert "A-DMAB-LATE" in {a["id"] for a in saved.result["alerts"]}
    assert "Denosumab injection overdue" in page


def test_saving_needs_login(client: Client) -> None:
    walk_guide(client)
    response = client.post(reverse("backpain:guide_save"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not SavedGuideResult.objects.exists()


def test_member_guide_is_prefilled_from_profile(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    page = client.get(reverse("backpain:guide")).content.decode()
    assert 'value="female"' in page
    assert "checked" in page


def test_overview_shows_member_alerts(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    Medicine.objects.create(user=user, name="ibuprofen", generic="ibuprofen")
    Medicine.objects.create(user=user, name="warfarin", generic="warfarin")

    page = client.get(reverse("backpain:home")).content.decode()

    assert "Anti-inflammatory painkiller with a blood thinner" in page
    assert "alert-major" in page


def test_overview_works_for_visitors(client: Client) -> None:
    page = client.get(reverse("backpain:home"))
    assert page.status_code == 200
    assert "Start the guide" in page.content.decode()


def test_meds_page_adds_a_medicine_and_shows_alerts(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    client.post(reverse("backpain:meds"), {"form": "medicine", "name": "Advil", "daily_dose": "600"})
    client.post(reverse("backpain:meds"), {"form": "medicine", "name": "Coumadin"})
    page = client.get(reverse("backpain:meds")).content.decode()

    assert [m.generic for m in Medicine.objects.filter(user=user)] == ["ibuprofen", "warfarin"]
    assert "Major:" in page
    assert 'list="medicine-names"' in page


def test_health_answers_change_alerts(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    Medicine.objects.create(user=user, name="alendronate", generic="alendronate")
    client.post(reverse("backpain:meds"), {"form": "health", "kidney_band": "15-29"})

    assert HealthContext.objects.get(user=user).kidney_band == "15-29"
    assert "Bisphosphonate with low kidney function" in client.get(reverse("backpain:meds")).content.decode()


def test_members_cannot_touch_each_others_medicines_or_entries(client: Client) -> None:
    owner, intruder = make_member(), make_member()
    medicine = Medicine.objects.create(user=owner, name="warfarin", generic="warfarin")
    entry = PainEntry.objects.create(user=owner, pain=4)
    client.force_login(intruder)

    assert client.get(reverse("backpain:medicine_edit", args=[medicine.pk])).status_code == 404
    assert client.post(reverse("backpain:medicine_delete", args=[medicine.pk])).status_code == 404
    assert client.post(reverse("backpain:pain_delete", args=[entry.pk])).status_code == 404
    assert Medicine.objects.filter(pk=medicine.pk).exists()
    assert PainEntry.objects.filter(pk=entry.pk).exists()


def test_member_pages_need_login(client: Client) -> None:
    for name in ("backpain:meds", "backpain:journal", "backpain:summary", "backpain:summary_pdf"):
        assert "/accounts/login/" in client.get(reverse(name))["Location"]


@time_machine.travel("2026-11-20 15:00 -05:00", tick=False)
def test_journal_logs_pain_and_points_out_meaningful_change(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    now = timezone.now()
    PainEntry.objects.create(user=user, pain=8, recorded_at=now - timedelta(days=6))
    response = client.post(
        reverse("backpain:journal"),
        {"recorded_at": "2026-11-20T09:30", "pain": "5", "locations": ["lower_back", "hips"], "helped": "walking"},
    )
    page = client.get(reverse("backpain:journal")).content.decode()
    entry = PainEntry.objects.filter(user=user).first()

    assert response.status_code == 302
    assert entry is not None
    assert timezone.localtime(entry.recorded_at).hour == 9
    assert entry.locations == ["lower_back", "hips"]
    assert "clinically meaningful improvement" in page
    assert "<svg" in page
    assert "Average daily pain" in page


@time_machine.travel("2026-11-20 15:00 -05:00", tick=False)
def test_journal_warns_after_three_severe_days(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    for days_ago in range(3):
        PainEntry.objects.create(user=user, pain=8, recorded_at=timezone.now() - timedelta(days=days_ago))
    assert "3 days in a row" in client.get(reverse("backpain:journal")).content.decode()


def test_every_journal_entry_can_be_reached_page_by_page(client: Client) -> None:
    # A year of daily entries: the oldest is still on the journal page, to edit or delete.
    user = make_member()
    client.force_login(user)
    now = timezone.now()
    oldest = PainEntry.objects.create(user=user, pain=3, recorded_at=now - timedelta(days=120))
    for days_ago in range(120):
        PainEntry.objects.create(user=user, pain=5, recorded_at=now - timedelta(days=days_ago))
    first = client.get(reverse("backpain:journal")).content.decode()
    last = client.get(reverse("backpain:journal"), {"page": 3}).content.decode()

    assert "Page 1 of 3" in first
    assert 'href="?days=30&amp;page=2#entries">Older entries' in first
    assert reverse("backpain:pain_edit", args=[oldest.pk]) not in first
    assert reverse("backpain:pain_edit", args=[oldest.pk]) in last
    assert "Newer entries" in last


def test_pain_entry_can_be_edited(client: Client) -> None:
    user = make_member()
    client.force_login(user)
    entry = PainEntry.objects.create(user=user, pain=6)
    when = timezone.localtime(entry.recorded_at).strftime("%Y-%m-%dT%H:%M")
    client.post(reverse("backpain:pain_edit", args=[entry.pk]), {"recorded_at": when, "pain": "3"})
    entry.refresh_from_db()
    assert entry.pain == 3


@time_machine.travel("2026-11-20 15:00 -05:00", tick=False)
def test_clinician_summary_page_and_pdf(client: Client) -> None:
    user = grant_gold(make_member(first_name="Pat"))
    client.force_login(user)
    for days_ago, pain in enumerate([4, 6, 8]):
        PainEntry.objects.create(user=user, pain=pain, recorded_at=timezone.now() - timedelta(days=days_ago))
    Medicine.objects.create(user=user, name="ibuprofen", generic="ibuprofen")
    Medicine.objects.create(user=user, name="warfarin", generic="warfarin")

    page = client.get(reverse("backpain:summary"), {"start": "2026-11-01", "end": "2026-11-20"})
    pdf = client.get(reverse("backpain:summary_pdf"), {"start": "2026-11-01", "end": "2026-11-20"})
    html = page.content.decode()

    assert page.status_code == 200
    assert "clinically meaningful improvement" in html
    assert "A-NS-ANTICOAG" in html
    assert "Calcium" in html or "not available" in html
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page[^s]", pdf.content)) == 1  # one printable page


def test_printable_summary_is_free_and_the_pdf_is_gold(client: Client) -> None:
    client.force_login(make_member())
    assert client.get(reverse("backpain:summary")).status_code == 200
    pdf = client.get(reverse("backpain:summary_pdf"))
    assert pdf.status_code == 302
    assert pdf["Location"].startswith("/members/gold/?feature=clinician_pdf")


def test_summary_rejects_a_reversed_range(client: Client) -> None:
    client.force_login(make_member())
    response = client.get(reverse("backpain:summary"), {"start": "2026-11-20", "end": "2026-11-01"})
    assert response.status_code == 400
    assert "before the start date" in response.content.decode()
