"""Forms for the back-pain tools: the guide's steps, medicines, health context and pain entries."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from livewell.backpain.domain.inputs import RED_FLAG_SYMPTOMS, Duration
from livewell.backpain.models import HealthContext, KidneyBand, PainLocation
from livewell.backpain.services import HEALTH_FIELDS


def _yes_no(label: str, help_text: str = "") -> forms.BooleanField:
    return forms.BooleanField(label=label, required=False, help_text=help_text)


# ---------------------------------------------------------------- the guide, one question group per step


class AboutStep(forms.Form):
    title = "About you"
    age = forms.IntegerField(label="Your age in years", min_value=18, max_value=120)
    sex = forms.ChoiceField(label="Sex", choices=[("female", "Female"), ("male", "Male")], widget=forms.RadioSelect)


class PainStep(forms.Form):
    title = "Your back pain"
    duration = forms.ChoiceField(
        label="How long have you had this pain?",
        choices=[
            (Duration.ACUTE.value, "Less than 6 weeks"),
            (Duration.SUBACUTE.value, "6 to 12 weeks"),
            (Duration.CHRONIC.value, "More than 12 weeks"),
        ],
        widget=forms.RadioSelect,
    )
    weeks_since_onset = forms.IntegerField(
        label="If less than 6 weeks: how many weeks ago did it start?", min_value=0, max_value=6, required=False
    )
    pain = forms.IntegerField(
        label="How bad is the pain now?",
        min_value=0,
        max_value=10,
        help_text="0 means no pain and 10 the worst pain you can imagine.",
    )
    sudden_onset = _yes_no("The pain started suddenly (for example after lifting, a cough or a minor fall)")
    non_opioid_tried = _yes_no("I have already tried ordinary painkillers and the pain is still bad")
    hospitalised_for_pain = _yes_no("I needed hospital care because of this pain")


class RedFlagStep(forms.Form):
    title = "Warning signs"
    intro = "Tick any that you have now. If none apply, leave them all unticked."
    red_flags = forms.MultipleChoiceField(
        label="Do you have any of these?",
        choices=[(code, text) for code, (_rule, text) in RED_FLAG_SYMPTOMS.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class BonesStep(forms.Form):
    title = "Your bones"
    known_op = _yes_no("I have been told I have osteoporosis (thin bones)")
    prior_fx = _yes_no("I have broken a bone after a minor fall or bump (since age 50)")
    vcf_count = forms.IntegerField(
        label="How many spine (vertebral) fractures have you had?", min_value=0, max_value=30, initial=0
    )
    months_since_fracture = forms.IntegerField(
        label="How many months ago was your most recent fracture?", min_value=0, max_value=1200, required=False
    )
    fracture_on_treatment = _yes_no("I broke a bone while taking an osteoporosis medicine")
    steroids = _yes_no("I take steroid tablets such as prednisone every day")


class HealthStep(forms.Form):
    title = "Your health"
    kidney_band = forms.ChoiceField(
        label="Kidney function (eGFR or creatinine clearance, mL/min)",
        choices=KidneyBand.choices,
        required=False,
        help_text="Your clinician or your blood-test results can tell you this.",
    )
    gi_bleed_hx = _yes_no("I have had a stomach ulcer or stomach bleeding")
    cvd = _yes_no("I have heart failure, or have had a heart attack or stroke")
    recent_mi_stroke = _yes_no("I had a heart attack or stroke in the past 12 months")
    fall_risk = _yes_no("I have fallen in the past year, or worry about falling")
    liver_disease = _yes_no("I have liver disease")
    alcohol = _yes_no("I drink alcohol most days")


class MedicinesStep(forms.Form):
    title = "Your medicines"
    medicines = forms.CharField(
        label="Medicines you take",
        required=False,
        max_length=1000,
        help_text="Generic or brand names separated by commas, for example: warfarin, Tylenol, Prolia.",
    )
    considering = forms.CharField(
        label="Medicines you are thinking of taking",
        required=False,
        max_length=1000,
        help_text="For example: ibuprofen. We will check them against your other answers.",
    )


GUIDE_STEPS: tuple[type[forms.Form], ...] = (AboutStep, PainStep, RedFlagStep, BonesStep, HealthStep, MedicinesStep)


def split_names(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").replace("\n", ",").split(",") if part.strip()]


# ---------------------------------------------------------------- medicines and health context


class MedicineForm(forms.Form):
    name = forms.CharField(
        label="Medicine",
        max_length=100,
        help_text="Generic or brand name, for example ibuprofen or Advil.",
        widget=forms.TextInput(attrs={"list": "medicine-names", "autocomplete": "off"}),
    )
    daily_dose = forms.DecimalField(
        label="Dose per day",
        required=False,
        min_value=0,
        max_digits=9,
        decimal_places=2,
        help_text="In mg a day (µg per hour for fentanyl patches). For Percocet and similar, the opioid's mg.",
    )
    started_on = forms.DateField(label="Started on", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    last_dose_on = forms.DateField(
        label="Last dose or injection",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Needed for 6-monthly injections such as Prolia.",
    )


class HealthContextForm(forms.ModelForm):  # type: ignore[type-arg]  # django-stubs generic ModelForm
    class Meta:
        model = HealthContext
        fields = ("kidney_band", *HEALTH_FIELDS)


# ---------------------------------------------------------------- pain journal


class PainEntryForm(forms.Form):
    recorded_at = forms.DateTimeField(
        label="Time",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    pain = forms.IntegerField(
        label="Pain (0 to 10)", min_value=0, max_value=10, help_text="0 means no pain and 10 the worst imaginable."
    )
    locations = forms.MultipleChoiceField(
        label="Where?", choices=PainLocation.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    activity = forms.CharField(label="What were you doing?", max_length=200, required=False)
    helped = forms.CharField(label="What helped?", max_length=200, required=False)
    notes = forms.CharField(label="Notes", max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound and "recorded_at" not in self.initial:
            self.initial["recorded_at"] = timezone.localtime().replace(second=0, microsecond=0)


class DateRangeForm(forms.Form):
    start = forms.DateField(label="From", widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end date is before the start date.")
        if start and end and (end - start).days > 366:
            self.add_error("start", "Choose at most one year.")
        return cleaned
