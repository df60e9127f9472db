from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm

from livewell.accounts.models import Profile, Sex, Units, User, normalize_email
from livewell.lib.units import CM_PER_INCH


class SignUpForm(forms.Form):
    email = forms.EmailField(
        label="E-mail address", max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters; not a common password and not only numbers.",
    )
    password2 = forms.CharField(
        label="Password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_email(self) -> str:
        email = normalize_email(self.cleaned_data["email"])
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "An account with this e-mail address already exists. Log in, or reset your password."
            )
        return email

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "The two passwords are not the same.")
        elif p1:
            probe = User(email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label="E-mail address", widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True})
    )
    error_messages = {
        "invalid_login": "That e-mail address and password do not match an account. Check both and try again.",
        "inactive": "This account is not active.",
    }


class ProfileForm(forms.Form):
    """Profile in the member's own units; heights are stored in centimetres."""

    first_name = forms.CharField(label="First name", max_length=80, required=False)
    units = forms.ChoiceField(label="Units", choices=Units.choices, widget=forms.RadioSelect)
    date_of_birth = forms.DateField(
        label="Date of birth", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sex = forms.ChoiceField(
        label="Sex (used for energy and nutrient targets)",
        choices=[("", "Prefer not to say"), *Sex.choices],
        required=False,
    )
    height_ft = forms.IntegerField(label="Height, feet", min_value=3, max_value=7, required=False)
    height_in = forms.DecimalField(
        label="Height, inches",
        min_value=Decimal(0),
        max_value=Decimal("11.9"),
        decimal_places=1,
        required=False,
    )
    height_cm = forms.DecimalField(
        label="Height, cm", min_value=Decimal(120), max_value=Decimal(230), decimal_places=1, required=False
    )

    def clean_date_of_birth(self) -> Any:
        from datetime import date

        born = self.cleaned_data.get("date_of_birth")
        if born is None:
            return None
        today = date.today()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if born > today:
            raise forms.ValidationError("The date of birth is in the future.")
        if age < 18 or age > 110:
            raise forms.ValidationError("livewell is for adults: enter a date of birth for an age of 18 to 110.")
        return born

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        feet, inches, cm = cleaned.get("height_ft"), cleaned.get("height_in"), cleaned.get("height_cm")
        if cleaned.get("units") == Units.US and feet is not None:
            total_cm = (Decimal(feet) * 12 + (inches or Decimal(0))) * Decimal(str(CM_PER_INCH))
            if not Decimal(120) <= total_cm <= Decimal(230):
                self.add_error("height_ft", "Enter a height between 3 ft 11 in and 7 ft 6 in.")
            cleaned["height_cm_value"] = total_cm.quantize(Decimal("0.1"))
        elif cm is not None:
            cleaned["height_cm_value"] = cm
        else:
            cleaned["height_cm_value"] = None
        return cleaned

    @classmethod
    def initial_for(cls, user: User, profile: Profile) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "first_name": user.first_name,
            "units": profile.units,
            "date_of_birth": profile.date_of_birth,
            "sex": profile.sex,
        }
        if profile.height_cm is not None:
            initial["height_cm"] = profile.height_cm
            total_in = float(profile.height_cm) / CM_PER_INCH
            feet = int(total_in // 12)
            initial["height_ft"] = feet
            initial["height_in"] = round(total_in - feet * 12, 1)
        return initial


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label="I understand that my diary, measurements, journal and all other data will be deleted for good.",
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password.")
        return password
