from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django import forms
from django.utils import timezone

from livewell.accounts.models import User
from livewell.members.billing import PLANS
from livewell.members.models import Channel, NotificationKind


class PlanForm(forms.Form):
    plan = forms.ChoiceField(
        label="Choose a plan",
        choices=[(plan.code, f"{plan.label} ({plan.price})") for plan in PLANS.values()],
        initial="monthly",
        widget=forms.RadioSelect,
    )


class PreferencesForm(forms.Form):
    """One choice per kind of notification: in the app, also by e-mail, or off."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for kind, label in NotificationKind.choices:
            self.fields[kind] = forms.ChoiceField(label=str(label), choices=Channel.choices, widget=forms.RadioSelect)


class StaffMembershipForm(forms.Form):
    GRANT = "grant"
    REVOKE = "revoke"

    email = forms.EmailField(label="Member's e-mail address")
    action = forms.ChoiceField(
        label="Change", choices=[(GRANT, "Grant Gold"), (REVOKE, "Revoke Gold")], widget=forms.RadioSelect
    )
    until = forms.DateField(
        label="Gold until (for a grant)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Leave empty for Gold with no end date.",
    )
    reason = forms.CharField(label="Reason", max_length=300, help_text="Kept in the member's history.")

    def clean_email(self) -> User:
        email = self.cleaned_data["email"].strip().lower()
        user = User.objects.filter(email=email).first()
        if user is None:
            raise forms.ValidationError("No member has that e-mail address.")
        return user

    def until_moment(self) -> datetime | None:
        day = self.cleaned_data.get("until")
        if day is None:
            return None
        # Gold lasts to the end of the chosen day, local time.
        return timezone.make_aware(datetime.combine(day, time(23, 59, 59)))
