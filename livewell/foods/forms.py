from __future__ import annotations

from django import forms

from livewell.foods.selectors import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search foods",
        max_length=MAX_QUERY_LENGTH,
        required=False,
        help_text="For example “milk”, “egg boiled” or “banana”. Use the arrow keys to move through the results.",
    )


class PortionForm(forms.Form):
    portion = forms.TypedChoiceField(label="Portion", coerce=int, required=False)
    grams = forms.FloatField(
        label="Or an amount in grams", min_value=0.1, max_value=5000, required=False, help_text="Overrides the portion."
    )

    def __init__(self, *args: object, portions: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Django's Form takes untyped *args
        choice_field = self.fields["portion"]
        assert isinstance(choice_field, forms.TypedChoiceField)
        choice_field.choices = [("", "100 g"), *portions]
