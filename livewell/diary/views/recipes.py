"""Recipes: name, servings and ingredients; log a serving to a meal."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from livewell.diary.errors import DiaryError
from livewell.diary.forms import FoodAmountForm, RecipeForm, add_service_error
from livewell.diary.models import Meal, Recipe
from livewell.diary.selectors import recipes_of
from livewell.diary.services import entries as entry_services
from livewell.diary.services import recipes as recipe_services
from livewell.diary.views.add_food import search_choices
from livewell.diary.views.common import member, parse_float, today
from livewell.diary.views.day import after_change
from livewell.members.permissions import at_free_recipe_limit, upgrade_redirect


def _recipe(request: HttpRequest, recipe_id: int) -> Recipe:
    try:
        return recipe_services.recipe_of(user=member(request), recipe_id=recipe_id)
    except Recipe.DoesNotExist:
        raise Http404("No such recipe.") from None


@login_required
@require_http_methods(["GET", "POST"])
def recipe_list(request: HttpRequest) -> HttpResponse:
    user = member(request)
    form = RecipeForm(request.POST or None, initial={"servings": 4})
    if request.method == "POST" and at_free_recipe_limit(user):
        return upgrade_redirect(request, "unlimited_recipes")
    if request.method == "POST" and form.is_valid():
        try:
            recipe = recipe_services.recipe_create(user=user, **form.cleaned_data)
        except DiaryError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"Created {recipe.name}. Now add its ingredients.")
            return redirect("diary:recipe", recipe_id=recipe.pk)
    recipes = recipes_of(user=user)
    rows = [(r, entry_services.recipe_nutrients_per_serving(r) if r.ingredients.all() else None) for r in recipes]
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "diary/recipes.html", {"section": "recipes", "form": form, "rows": rows}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def recipe_detail(request: HttpRequest, recipe_id: int) -> HttpResponse:
    user = member(request)
    recipe = _recipe(request, recipe_id)
    form = RecipeForm(request.POST or None, initial={"name": recipe.name, "servings": recipe.servings})
    if request.method == "POST" and form.is_valid():
        try:
            recipe_services.recipe_update(user=user, recipe_id=recipe.pk, **form.cleaned_data)
        except DiaryError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Saved. Diary entries you already logged keep their old values.")
            return redirect("diary:recipe", recipe_id=recipe.pk)
    query = (request.GET.get("q") or "").strip()[:100]
    context = {
        "section": "recipes",
        "recipe": recipe,
        "form": form,
        "ingredients": list(recipe.ingredients.select_related("food")),
        "per_serving": entry_services.recipe_nutrients_per_serving(recipe) if recipe.ingredients.exists() else None,
        "query": query,
        "choices": search_choices(user, query) if query else [],
    }
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "diary/recipe.html", context, status=status)


@login_required
@require_POST
def recipe_ingredient_add(request: HttpRequest, recipe_id: int) -> HttpResponse:
    recipe = _recipe(request, recipe_id)
    form = FoodAmountForm({**request.POST.dict(), "meal": Meal.BREAKFAST})
    if not form.is_valid():
        messages.error(request, "Enter an amount as a number and choose a portion.")
    else:
        try:
            recipe_services.recipe_ingredient_add(
                user=member(request),
                recipe_id=recipe.pk,
                food_id=form.cleaned_data["food_id"],
                amount=form.cleaned_data["amount"],
                portion=form.cleaned_data["portion"],
            )
        except DiaryError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, "Ingredient added.")
    return redirect("diary:recipe", recipe_id=recipe.pk)


@login_required
@require_POST
def recipe_ingredient_remove(request: HttpRequest, recipe_id: int, ingredient_id: int) -> HttpResponse:
    recipe = _recipe(request, recipe_id)
    recipe_services.recipe_ingredient_remove(user=member(request), recipe_id=recipe.pk, ingredient_id=ingredient_id)
    messages.info(request, "Ingredient removed.")
    return redirect("diary:recipe", recipe_id=recipe.pk)


@login_required
@require_POST
def recipe_delete(request: HttpRequest, recipe_id: int) -> HttpResponse:
    recipe = _recipe(request, recipe_id)
    recipe_services.recipe_delete(user=member(request), recipe_id=recipe.pk)
    messages.info(request, f"Deleted the recipe {recipe.name}. Diary entries keep their values.")
    return redirect("diary:recipes")


@login_required
@require_POST
def recipe_log(request: HttpRequest, recipe_id: int) -> HttpResponse:
    recipe = _recipe(request, recipe_id)
    try:
        day = date.fromisoformat(request.POST.get("day", ""))
    except ValueError:
        day = today()
    servings = parse_float(request.POST.get("servings"))
    try:
        if servings is None:
            raise DiaryError("Enter the number of servings as a number.", field="servings")
        entry = entry_services.diary_entry_log_recipe(
            user=member(request),
            day=day,
            meal=request.POST.get("meal", ""),
            recipe_id=recipe.pk,
            servings=servings,
            today=today(),
        )
    except DiaryError as error:
        messages.error(request, error.message)
        return redirect(f"{reverse('diary:add_food', kwargs={'day': day})}?meal={request.POST.get('meal', '')}")
    messages.success(request, f"Added {entry.description} to {Meal(entry.meal).label} ({entry.kcal:.0f} kcal).")
    return after_change(request, day, entry.meal)
