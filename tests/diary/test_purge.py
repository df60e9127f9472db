"""Deleted entries stay for undo, then the operator's clean-up removes them for good."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command

from livewell.accounts.models import User
from livewell.diary.models import DiaryEntry
from livewell.diary.services import entries

TODAY = date(2025, 3, 10)


def test_purge_removes_only_entries_deleted_long_enough_ago(member: User) -> None:
    with time_machine.travel("2025-03-01 12:00:00+00:00", tick=False):
        old = entries.diary_entry_quick_add(user=member, day=TODAY, meal="lunch", kcal=100, today=TODAY)
        entries.diary_entry_delete(user=member, entry_id=old.pk)
    with time_machine.travel("2025-03-10 12:00:00+00:00", tick=False):
        recent = entries.diary_entry_quick_add(user=member, day=TODAY, meal="lunch", kcal=200, today=TODAY)
        entries.diary_entry_delete(user=member, entry_id=recent.pk)
        kept = entries.diary_entry_quick_add(user=member, day=TODAY, meal="lunch", kcal=300, today=TODAY)
        out = StringIO()
        call_command("diary_purge_deleted", "--days", "7", stdout=out)
        assert out.getvalue().strip() == "Removed 1 deleted diary entry."
        assert set(DiaryEntry.objects.values_list("pk", flat=True)) == {recent.pk, kept.pk}
        call_command("diary_purge_deleted", stdout=StringIO())  # running again changes nothing
        assert DiaryEntry.objects.count() == 2


@pytest.mark.django_db
def test_negative_days_is_refused() -> None:
    with pytest.raises(CommandError, match="0 or more"):
        call_command("diary_purge_deleted", "--days", "-1")
