"""Forms for the tracker pages.  They check types; services check meaning (limits, ownership)."""

from __future__ import annotations

from typing import Any

from django import forms

from livewell.diary.domain.exercise import ACTIVITIES
from livewell.diary.errors import DiaryError
from livewell.diary.models import Meal

MEAL_CHOICES = Meal.choices
WHOLE_DAY = ""


def add_service_error(form: forms.Form, error: DiaryError) -> None:
    """Show a service's refusal next to the field it concerns, or at the top of the form."""
    form.add_error(error.field if error.field in form.fields else None, error.message)


class QuickAddForm(forms.Form):
    meal = forms.ChoiceField(choices=MEAL_CHOICES)
    kcal = forms.FloatField(label="Calories (kcal)")
    protein_g = forms.FloatField(label="Protein (g)", required=False)
    carbs_g = forms.FloatField(label="Carbohydrate (g)", required=False)
    fat_g = forms.FloatField(label="Fat (g)", required=False)
    description = forms.CharField(label="Description", required=False, max_length=255)


class FoodAmountForm(forms.Form):
    """Amount and portion of one search hit; ``portion`` is "g", "oz" or a portion id."""

    food_id = forms.IntegerField(widget=forms.HiddenInput)
    meal = forms.ChoiceField(choices=MEAL_CHOICES)
    amount = forms.FloatField(initial=1)
    portion = forms.CharField(max_length=20)


class EditEntryForm(forms.Form):
    meal = forms.ChoiceField(choices=MEAL_CHOICES)
    amount = forms.FloatField(required=False, help_text="Number of the portions shown.")
    kcal = forms.FloatField(label="Calories (kcal)", required=False)


class MoveForm(forms.Form):
    meal = forms.ChoiceField(choices=MEAL_CHOICES)


class CopyForm(forms.Form):
    from_day = forms.DateField(label="Copy from", widget=forms.DateInput(attrs={"type": "date"}))
    meal = forms.ChoiceField(
        label="What to copy", choices=[(WHOLE_DAY, "The whole day"), *MEAL_CHOICES], required=False
    )
    to_day = forms.DateField(label="Copy to", widget=forms.DateInput(attrs={"type": "date"}))


def activity_choices() -> list[tuple[str, str]]:
    return [(a.code, f"{a.description} ({a.met:g} MET)") for a in ACTIVITIES]


class ExerciseForm(forms.Form):
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    activity = forms.ChoiceField(label="Activity", choices=activity_choices)
    minutes = forms.FloatField(label="Minutes", min_value=0.5, max_value=1440)


class CustomExerciseForm(forms.Form):
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    description = forms.CharField(label="Activity", max_length=200)
    minutes = forms.FloatField(label="Minutes")
    kcal = forms.FloatField(label="Calories burned (kcal)", help_text="From your device or app.")


class WeightForm(forms.Form):
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    weight = forms.FloatField(label="Weight")
    unit = forms.ChoiceField(choices=[("lb", "lb"), ("kg", "kg")])


class RecipeForm(forms.Form):
    name = forms.CharField(max_length=160)
    servings = forms.FloatField(help_text="How many servings the whole recipe makes.")


class ImportForm(forms.Form):
    SOURCES = [
        ("json", "livewell JSON export"),
        ("mfp_nutrition", "MyFitnessPal: Nutrition summary"),
        ("mfp_exercise", "MyFitnessPal: Exercise summary"),
        ("mfp_measurement", "MyFitnessPal: Measurement summary"),
        ("cronometer_servings", "Cronometer: Servings"),
        ("cronometer_exercises", "Cronometer: Exercises"),
        ("cronometer_biometrics", "Cronometer: Biometrics"),
    ]
    source = forms.ChoiceField(label="File type", choices=SOURCES)
    file = forms.FileField(label="File", help_text="The CSV or JSON file as the other service gave it.")

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > 20 * 1024 * 1024:
            raise forms.ValidationError("The file is larger than 20 MB.")
        return upload


class CustomFoodForm(forms.Form):
    """A member's own food, described per serving as printed on a label."""

    description = forms.CharField(label="Name", max_length=500)
    serving_label = forms.CharField(
        label="Serving", max_length=100, initial="1 serving", help_text="For example “1 bowl”."
    )
    serving_size_g = forms.FloatField(label="Serving weight (g)", min_value=0.1, max_value=5000)
    kcal = forms.FloatField(label="Calories per serving (kcal)", min_value=0, max_value=10000)
    protein_g = forms.FloatField(label="Protein (g)", required=False, min_value=0)
    carbs_g = forms.FloatField(label="Carbohydrate (g)", required=False, min_value=0)
    fat_g = forms.FloatField(label="Fat (g)", required=False, min_value=0)
    fiber_g = forms.FloatField(label="Fibre (g)", required=False, min_value=0)
    sodium_mg = forms.FloatField(label="Sodium (mg)", required=False, min_value=0)
    calcium_mg = forms.FloatField(label="Calcium (mg)", required=False, min_value=0)
    vitamin_d_mcg = forms.FloatField(label="Vitamin D (µg)", required=False, min_value=0)

    PER_SERVING = ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g", "sodium_mg", "calcium_mg", "vitamin_d_mcg")
