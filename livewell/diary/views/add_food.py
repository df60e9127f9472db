"""Add a food to a meal: live search (recent, frequent and favourite foods first),
choose amount and portion, see the calories, then save."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from livewell.accounts.models import User
from livewell.diary.errors import DiaryError
from livewell.diary.forms import FoodAmountForm
from livewell.diary.models import DiaryEntry, EntryKind, Meal
from livewell.diary.selectors import favourite_food_ids, favourites, recipes_of
from livewell.diary.services import entries as entry_services
from livewell.diary.views.common import is_htmx, member, today
from livewell.diary.views.day import after_change
from livewell.foods.models import Food, Portion
from livewell.foods.selectors import QueryError, food_search
from livewell.lib.nutrients import Nutrients

RECENT_LIMIT = 10


@dataclass
class Choice:
    """One food the member can add, with its portions and any preview/error for it."""

    food_id: int
    description: str
    detail: str
    kcal_per_100g: float | None
    portions: list[Portion]
    favourite: bool
    amount: float = 1.0
    portion: str = ""
    preview: Nutrients | None = None
    preview_grams: float | None = None
    error: str = ""


def _meal_of(request: HttpRequest) -> str:
    meal = request.GET.get("meal") or request.POST.get("meal") or ""
    return meal if meal in Meal.values else Meal.BREAKFAST


def _default_portion(portions: list[Portion]) -> str:
    return str(portions[0].pk) if portions else "g"


def _choices_for(user: User, foods: list[tuple[int, str, str, float | None]]) -> list[Choice]:
    ids = [f[0] for f in foods]
    by_food: dict[int, list[Portion]] = {i: [] for i in ids}
    for portion in Portion.objects.filter(food_id__in=ids).order_by("seq", "id"):
        by_food[portion.food_id].append(portion)
    stars = favourite_food_ids(user=user)
    return [
        Choice(
            food_id=fid,
            description=desc,
            detail=detail,
            kcal_per_100g=kcal,
            portions=by_food[fid],
            favourite=fid in stars,
            amount=1.0 if by_food[fid] else 100.0,
            portion=_default_portion(by_food[fid]),
        )
        for fid, desc, detail, kcal in foods
    ]


def search_choices(user: User, query: str) -> list[Choice]:
    if query:
        try:
            hits = food_search(query=query, user=user, limit=10)
        except QueryError:
            return []  # nothing searchable in the text (only punctuation, say): no results
        return _choices_for(user, [(h.food_id, h.description, h.brand or "", h.kcal_per_100g) for h in hits])
    # No query yet: favourites, then foods this member logged recently.
    seen: dict[int, Food] = {fav.food.pk: fav.food for fav in favourites(user=user)}
    recent = (
        DiaryEntry.objects.live()
        .filter(user=user, kind=EntryKind.FOOD, food__isnull=False)
        .select_related("food")
        .order_by("-created_at")[:50]
    )
    for entry in recent:
        if entry.food is not None and entry.food.pk not in seen and len(seen) < RECENT_LIMIT * 2:
            seen[entry.food.pk] = entry.food
    return _choices_for(user, [(f.pk, f.description, f.brand, f.kcal) for f in seen.values()])


def _render(
    request: HttpRequest, day: date, meal: str, query: str, choices: list[Choice], status: int = 200
) -> HttpResponse:
    context = {
        "day": day,
        "meal": meal,
        "meal_label": Meal(meal).label,
        "meal_choices": Meal.choices,
        "query": query,
        "choices": choices,
        "recipes": recipes_of(user=member(request)) if not query else [],
    }
    template = "diary/_food_results.html" if is_htmx(request) and request.method == "GET" else "diary/add_food.html"
    return render(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def add_food(request: HttpRequest, day: date) -> HttpResponse:
    user = member(request)
    meal = _meal_of(request)
    query = (request.GET.get("q") or request.POST.get("q") or "").strip()[:100]
    if request.method == "GET":
        return _render(request, day, meal, query, search_choices(user, query))

    form = FoodAmountForm(request.POST)
    choices = search_choices(user, query)
    if not form.is_valid():
        messages.error(request, "Enter an amount as a number and choose a portion.")
        return _render(request, day, meal, query, choices, status=400)
    data = form.cleaned_data
    chosen = next((c for c in choices if c.food_id == data["food_id"]), None)
    try:
        if request.POST.get("action") == "preview":
            food, measured, nutrients = entry_services.food_preview(
                user=user, food_id=data["food_id"], amount=data["amount"], portion=data["portion"]
            )
            if chosen is None:
                chosen = _choices_for(user, [(food.pk, food.description, food.brand, food.kcal)])[0]
                choices.insert(0, chosen)
            chosen.amount, chosen.portion = data["amount"], data["portion"]
            chosen.preview, chosen.preview_grams = nutrients, measured.grams
            return _render(request, day, meal, query, choices)
        entry = entry_services.diary_entry_log_food(
            user=user,
            day=day,
            meal=data["meal"],
            food_id=data["food_id"],
            amount=data["amount"],
            portion=data["portion"],
            today=today(),
        )
    except DiaryError as error:
        if chosen is not None:
            chosen.error, chosen.amount, chosen.portion = error.message, data["amount"], data["portion"]
        messages.error(request, error.message)
        return _render(request, day, data["meal"], query, choices, status=400)
    messages.success(request, f"Added {entry.description} to {Meal(entry.meal).label} ({entry.kcal:.0f} kcal).")
    return after_change(request, day, entry.meal)


@login_required
@require_POST
def preview(request: HttpRequest) -> HttpResponse:
    """The calories line for one food form (htmx updates it as the amount or portion changes)."""
    form = FoodAmountForm(request.POST)
    context: dict[str, object] = {}
    if not form.is_valid():
        context["error"] = "Enter an amount as a number."
    else:
        try:
            _food, measured, nutrients = entry_services.food_preview(
                user=member(request),
                food_id=form.cleaned_data["food_id"],
                amount=form.cleaned_data["amount"],
                portion=form.cleaned_data["portion"],
            )
        except DiaryError as error:
            context["error"] = error.message
        else:
            context.update(nutrients=nutrients, grams=measured.grams)
    return render(request, "diary/_preview.html", context)


@login_required
@require_POST
def favourite(request: HttpRequest, food_id: int) -> HttpResponse:
    try:
        starred = entry_services.favourite_toggle(user=member(request), food_id=food_id)
    except DiaryError as error:
        # An unknown food, or another member's private one: the address names nothing of yours.
        raise Http404(error.message) from error
    else:
        messages.success(request, "Added to your favourites." if starred else "Removed from your favourites.")
    day = request.POST.get("day") or today().isoformat()
    meal = _meal_of(request)
    query = request.POST.get("q", "")
    return redirect(f"{reverse('diary:add_food', kwargs={'day': day})}?{urlencode({'meal': meal, 'q': query})}")
