"""A member's own foods (label values per serving), created through livewell.foods."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from livewell.diary.forms import CustomFoodForm
from livewell.diary.snapshot import nutrients_from
from livewell.diary.views.common import member
from livewell.foods.models import Food
from livewell.foods.services import FoodError, custom_food_create


@login_required
@require_http_methods(["GET", "POST"])
def custom_foods(request: HttpRequest) -> HttpResponse:
    user = member(request)
    form = CustomFoodForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        grams = data["serving_size_g"]
        per_100g = {name: (None if data[name] is None else data[name] * 100 / grams) for name in form.PER_SERVING}
        try:
            food = custom_food_create(
                user=user,
                description=data["description"],
                nutrients_per_100g=nutrients_from(per_100g),
                serving_size_g=grams,
                portions=[(data["serving_label"], grams)],
            )
        except FoodError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Saved {food.description}. Search for it when you add food.")
            return redirect("diary:custom_foods")
    foods = Food.objects.filter(owner=user).prefetch_related("portions").order_by("description")
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request, "diary/custom_foods.html", {"section": "recipes", "form": form, "foods": foods}, status=status
    )
