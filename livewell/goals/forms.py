"""The goal wizard form: the nine goals, sex, height, weight, age and activity."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from livewell.goals.domain.budget import BudgetInput
from livewell.lib.energy import ACTIVITY_LABELS, GOALS, sex_from
from livewell.lib.units import KG_PER_LB, ft_in_to_cm

UNIT_CHOICES = [("us", "US: feet, inches and pounds"), ("metric", "Metric: centimetres and kilograms")]


class WizardForm(forms.Form):
    goal = forms.ChoiceField(
        label="My goal", choices=[(g.id, g.label) for g in GOALS], widget=forms.RadioSelect, initial="maintain"
    )
    sex = forms.ChoiceField(label="Sex", choices=[("female", "Female"), ("male", "Male")], widget=forms.RadioSelect)
    units = forms.ChoiceField(label="Units", choices=UNIT_CHOICES, widget=forms.RadioSelect, initial="us")
    height_ft = forms.IntegerField(label="Height, feet", min_value=3, max_value=7, required=False)
    height_in = forms.DecimalField(
        label="Height, inches", min_value=Decimal(0), max_value=Decimal("11.9"), decimal_places=1, required=False
    )
    height_cm = forms.DecimalField(
        label="Height, cm (metric)", min_value=Decimal(120), max_value=Decimal(230), decimal_places=1, required=False
    )
    weight = forms.DecimalField(
        label="Weight",
        help_text="In pounds (lb); in kilograms (kg) if you chose metric units.",
        min_value=Decimal(1),
        max_value=Decimal(800),
        decimal_places=1,
    )
    goal_weight = forms.DecimalField(
        label="Goal weight",
        help_text="Same units as your weight. Fill it in to see when you might reach it.",
        min_value=Decimal(1),
        max_value=Decimal(800),
        decimal_places=1,
        required=False,
    )
    age = forms.IntegerField(label="Age, years", min_value=18, max_value=100)
    activity = forms.ChoiceField(
        label="How active are you?", choices=list(ACTIVITY_LABELS.items()), widget=forms.RadioSelect, initial="light"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["height_ft"].widget.attrs.update({"inputmode": "numeric"})
        for name in ("height_in", "height_cm", "weight", "goal_weight"):
            self.fields[name].widget.attrs.update({"inputmode": "decimal", "step": "0.1"})

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        metric = cleaned.get("units") == "metric"
        if metric:
            if cleaned.get("height_cm") is None and "height_cm" not in self.errors:
                self.add_error("height_cm", "Enter your height in centimetres, or choose US units.")
        elif cleaned.get("height_ft") is None and "height_ft" not in self.errors:
            self.add_error("height_ft", "Enter your height in feet and inches, or choose metric units.")
        return cleaned

    def budget_input(self) -> BudgetInput:
        """The validated answers in SI units (call only when the form is valid)."""
        data = self.cleaned_data
        metric = data["units"] == "metric"
        if metric:
            height_cm = float(data["height_cm"])
        else:
            height_cm = ft_in_to_cm(data["height_ft"], float(data["height_in"] or 0))
        factor = 1.0 if metric else KG_PER_LB
        goal_weight = data.get("goal_weight")
        return BudgetInput(
            sex=sex_from(data["sex"]),
            age=data["age"],
            height_cm=height_cm,
            weight_kg=float(data["weight"]) * factor,
            activity=data["activity"],
            goal=data["goal"],
            goal_weight_kg=None if goal_weight is None else float(goal_weight) * factor,
        )

    def field_for(self, domain_field: str) -> str | None:
        """The form field to attach a domain error to (``EnergyInputError.field``)."""
        metric = self.cleaned_data.get("units") == "metric"
        return {
            "goal": "goal",
            "sex": "sex",
            "age": "age",
            "activity": "activity",
            "height_cm": "height_cm" if metric else "height_ft",
            "weight_kg": "weight",
            "goal_weight": "goal_weight",
        }.get(domain_field)


def initial_from(answers: dict[str, Any]) -> dict[str, Any]:
    """Form initial values from saved answers in SI (session or plan)."""
    metric = answers.get("units") == "metric"
    initial: dict[str, Any] = {
        key: answers[key] for key in ("goal", "sex", "age", "activity", "units") if answers.get(key) is not None
    }
    height = answers.get("height_cm")
    if height is not None:
        initial["height_cm"] = round(float(height), 1)
        total_in = float(height) / 2.54
        feet = int(total_in // 12)
        inches = round(total_in - feet * 12, 1)
        if inches >= 12:  # 5 ft 11.97 in shows as 6 ft 0 in
            feet, inches = feet + 1, 0.0
        initial["height_ft"] = feet
        initial["height_in"] = inches
    for key, form_key in (("weight_kg", "weight"), ("goal_weight_kg", "goal_weight")):
        value = answers.get(key)
        if value is not None:
            initial[form_key] = round(float(value) if metric else float(value) / KG_PER_LB, 1)
    return initial
