"""Food search page (live with htmx, plain GET without JavaScript) and food detail page."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from livewell.accounts.models import User
from livewell.foods.forms import PortionForm, SearchForm
from livewell.foods.models import Food
from livewell.foods.presenters import nutrient_lines
from livewell.foods.selectors import FoodHit, QueryError, food_get, food_search

RESULTS_TEMPLATE = "foods/_results.html"


def _member(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) and request.user.is_authenticated else None


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    query = request.GET.get("q", "").strip()
    hits: list[FoodHit] = []
    error = ""
    status = 200
    if query:
        try:
            hits = food_search(query=query, user=_member(request), limit=20)
        except QueryError as exc:
            error, status = str(exc), 400
    context = {"form": form, "query": query, "hits": hits, "error": error}
    if getattr(request, "htmx", False):
        return render(request, RESULTS_TEMPLATE, context, status=status)
    return render(request, "foods/search.html", context, status=status)


@require_GET
def detail(request: HttpRequest, food_id: int) -> HttpResponse:
    try:
        food = food_get(food_id=food_id, user=_member(request))
    except Food.DoesNotExist as exc:
        raise Http404("No such food.") from exc
    portions = list(food.portions.all())
    form = PortionForm(
        request.GET or None,
        portions=[(p.pk, f"{p.description} ({p.gram_weight:g} g)") for p in portions],
        initial={"portion": portions[0].pk} if portions else None,  # the table shows the first portion by default
    )
    grams: float | None = None
    amount_label = ""
    if form.is_valid():
        chosen = next((p for p in portions if p.pk == form.cleaned_data["portion"]), None)
        if form.cleaned_data["grams"]:
            grams = form.cleaned_data["grams"]
            amount_label = f"{grams:g} g"
        elif chosen is not None:
            grams = chosen.gram_weight
            amount_label = f"{chosen.description} ({chosen.gram_weight:g} g)"
    elif not form.is_bound and portions:
        grams = portions[0].gram_weight
        amount_label = f"{portions[0].description} ({portions[0].gram_weight:g} g)"
    context = {
        "food": food,
        "portions": portions,
        "form": form,
        "lines": nutrient_lines(food, grams),
        "amount_label": amount_label,
    }
    return render(request, "foods/detail.html", context, status=200 if not form.errors else 400)
